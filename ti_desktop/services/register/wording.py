"""The changes of a territory as French lines (terminal, window) and as plain JSON."""

from __future__ import annotations

from typing import Any

from ti_desktop.services.fields import INDICATEUR
from ti_desktop.services.french_format import format_euros
from ti_desktop.services.records import FicheRecord, FinancingLineRecord, IndicatorRecord
from ti_desktop.services.register.changes import (
    TOTAL_LABELS,
    ChangesSince,
    FicheChange,
    FieldChange,
    ItemChange,
    Nature,
    TerritoryChanges,
    Totals,
    total_text,
    value_text,
)
from ti_desktop.services.register.snapshots import as_plain, plain_value
from ti_desktop.services.register.transmissions import as_json as transmission_json

_INDENT = "  "
_ITEM_WORDS = {
    # (list, feminine): the word after the list's noun
    Nature.AJOUT: ("ajouté", "ajoutée"),
    Nature.RETRAIT: ("retiré", "retirée"),
    Nature.MODIFICATION: ("modifié", "modifiée"),
}


def fiche_title(fiche: FicheRecord) -> str:
    """« 1.2 – Modernisation du port »."""
    return f"{fiche.numero} – {' '.join(fiche.intitule.split())}"


def fiche_brief(fiche: FicheRecord) -> str:
    """« 1.2 – Intitulé (Maître d'ouvrage ; coût 150 000 €) »."""
    details = [fiche.maitre_ouvrage.strip()] if fiche.maitre_ouvrage.strip() else []
    if fiche.cout_total_ht is not None:
        details.append(f"coût {format_euros(fiche.cout_total_ht)}")
    return fiche_title(fiche) + (f" ({' ; '.join(details)})" if details else "")


def line_brief(line: FinancingLineRecord) -> str:
    """« 30 000 €, Sollicité »."""
    return f"{format_euros(line.montant)}, {line.statut}"


def indicator_brief(indicator: IndicatorRecord) -> str:
    """« cible 50 emplois, atteint 12, échéance 31 décembre 2026 »."""
    unit = f" {indicator.unite}" if indicator.unite else ""
    parts = []
    if indicator.valeur_cible is not None:
        parts.append(
            f"cible {value_text(INDICATEUR['valeur_cible'], indicator.valeur_cible)}{unit}"
        )
    if indicator.valeur_atteinte is not None:
        parts.append(
            f"atteint {value_text(INDICATEUR['valeur_atteinte'], indicator.valeur_atteinte)}"
        )
    if indicator.echeance is not None:
        parts.append(f"échéance {value_text(INDICATEUR['echeance'], indicator.echeance)}")
    return ", ".join(parts)


def _field_list(changes: tuple[FieldChange, ...]) -> str:
    return " ; ".join(change.sentence() for change in changes)


def item_sentence(noun: str, item: ItemChange, *, feminine: bool = False) -> str:
    """« Financement ajouté : État — DETR : 30 000 €, Sollicité »."""
    word = _ITEM_WORDS[item.nature][1 if feminine else 0]
    text = f"{noun} {word} : {item.libelle}"
    record = item.apres if item.apres is not None else item.avant
    if item.nature is Nature.MODIFICATION:
        return f"{text} : {_field_list(item.champs)}"
    if isinstance(record, FinancingLineRecord):
        return f"{text} : {line_brief(record)}"
    if isinstance(record, IndicatorRecord) and (brief := indicator_brief(record)):
        return f"{text} ({brief})"
    return text


def fiche_lines(change: FicheChange) -> list[str]:
    """The changes inside one fiche, one per line."""
    lines = [c.sentence() for c in change.champs]
    lines += [item_sentence("Financement", item) for item in change.financements]
    lines += [item_sentence("Indicateur", item) for item in change.indicateurs]
    return lines


def totals_lines(before: Totals, after: Totals) -> list[str]:
    """« Coût total HT : 1 000 € → 1 200 € » for each total (« inchangé » when equal)."""
    lines = []
    for key, label in TOTAL_LABELS:
        old, new = getattr(before, key), getattr(after, key)
        if old == new:
            lines.append(f"{label} : {total_text(key, new)} (inchangé)")
        else:
            lines.append(f"{label} : {total_text(key, old)} → {total_text(key, new)}")
    return lines


Section = tuple[str, list[str]]


def sections(changes: TerritoryChanges) -> list[Section]:
    """The changes by section (title, lines); sections with nothing are left out.

    A changed fiche is one line: its title, then what changed in it after a colon.
    """
    found: list[Section] = [
        ("Territoire", [c.sentence() for c in changes.territoire]),
        ("Contrat", [c.sentence() for c in changes.contrat]),
        ("Enjeux locaux", [item_sentence("Enjeu", i) for i in changes.enjeux]),
        ("Axes", [item_sentence("Axe", i) for i in changes.axes]),
        ("Signataires", [item_sentence("Signataire", i) for i in changes.signataires]),
        (
            f"Fiches-actions ajoutées ({len(changes.fiches_ajoutees)})",
            [fiche_brief(f) for f in changes.fiches_ajoutees],
        ),
        (
            f"Fiches-actions retirées ({len(changes.fiches_retirees)})",
            [fiche_brief(f) for f in changes.fiches_retirees],
        ),
        (
            f"Fiches-actions renumérotées ({len(changes.fiches_renumerotees)})",
            [f"{c.ancien_numero} → {fiche_title(c.apres)}" for c in changes.fiches_renumerotees],
        ),
        (
            f"Fiches-actions modifiées ({len(changes.fiches_au_contenu_modifie)})",
            [
                f"{fiche_title(c.apres)} : " + " ; ".join(fiche_lines(c))
                for c in changes.fiches_au_contenu_modifie
            ],
        ),
    ]
    return [(title, lines) for title, lines in found if lines]


def document_sections(changes: TerritoryChanges) -> list[dict[str, Any]]:
    """The sections for a document: each line with its details (a changed fiche's changes)."""
    details = {fiche_title(c.apres): fiche_lines(c) for c in changes.fiches_au_contenu_modifie}
    result = []
    for title, lines in sections(changes):
        if title.startswith("Fiches-actions modifiées"):
            entries = [{"texte": name, "details": items} for name, items in details.items()]
        else:
            entries = [{"texte": line, "details": []} for line in lines]
        result.append({"titre": title, "lignes": entries})
    return result


def describe(changes: TerritoryChanges) -> list[str]:
    """Every change as French lines, section by section; one line when nothing changed."""
    if changes.is_empty:
        return ["Aucun changement."]
    out: list[str] = []
    for title, lines in sections(changes):
        if title.startswith("Fiches-actions modifiées"):
            out.append(title)
            for change in changes.fiches_au_contenu_modifie:
                out.append(_INDENT + fiche_title(change.apres))
                out.extend(_INDENT * 2 + line for line in fiche_lines(change))
            continue
        out.append(title)
        out.extend(_INDENT + line for line in lines)
    out.append("Totaux")
    out.extend(_INDENT + line for line in totals_lines(changes.totaux_avant, changes.totaux_apres))
    return out


def describe_since(found: ChangesSince) -> list[str]:
    """The heading (since which transmission) then the changes."""
    return [found.heading() + " :", *describe(found.changes)]


# --- JSON -----------------------------------------------------------------------------------


def _field_json(change: FieldChange) -> dict[str, Any]:
    return {
        "cle": change.cle,
        "libelle": change.libelle,
        "avant": plain_value(change.avant),
        "apres": plain_value(change.apres),
        "texte_avant": change.texte_avant,
        "texte_apres": change.texte_apres,
    }


def _item_json(item: ItemChange) -> dict[str, Any]:
    record = item.apres if item.apres is not None else item.avant
    return {
        "nature": item.nature.value,
        "id": str(record.id),
        "libelle": item.libelle,
        "avant": as_plain(item.avant) if item.avant is not None else None,
        "apres": as_plain(item.apres) if item.apres is not None else None,
        "champs": [_field_json(c) for c in item.champs],
    }


def _fiche_change_json(change: FicheChange) -> dict[str, Any]:
    return {
        "id": str(change.apres.id),
        "numero": change.numero,
        "ancien_numero": change.ancien_numero,
        "renumerotee": change.renumerotee,
        "intitule": change.apres.intitule,
        "champs": [_field_json(c) for c in change.champs],
        "financements": [_item_json(i) for i in change.financements],
        "indicateurs": [_item_json(i) for i in change.indicateurs],
    }


def _totals_json(totals: Totals) -> dict[str, Any]:
    return {key: plain_value(getattr(totals, key)) for key, _label in TOTAL_LABELS}


def changes_json(changes: TerritoryChanges) -> dict[str, Any]:
    """The changes with old and new values (amounts as decimal strings, dates ISO)."""
    return {
        "vide": changes.is_empty,
        "territoire": [_field_json(c) for c in changes.territoire],
        "contrat": [_field_json(c) for c in changes.contrat],
        "enjeux_locaux": [_item_json(i) for i in changes.enjeux],
        "axes": [_item_json(i) for i in changes.axes],
        "signataires": [_item_json(i) for i in changes.signataires],
        "fiches": {
            "ajoutees": [as_plain(f) for f in changes.fiches_ajoutees],
            "retirees": [as_plain(f) for f in changes.fiches_retirees],
            "modifiees": [_fiche_change_json(c) for c in changes.fiches_modifiees],
        },
        "totaux": {
            "avant": _totals_json(changes.totaux_avant),
            "apres": _totals_json(changes.totaux_apres),
        },
    }


def changes_since_json(found: ChangesSince) -> dict[str, Any]:
    """``changes_json`` with the transmissions compared."""
    return {
        "territoire_nom": found.changes.apres.nom,
        "depuis": transmission_json(found.depuis),
        "jusqu_a": transmission_json(found.jusqu_a) if found.jusqu_a is not None else None,
        **changes_json(found.changes),
    }
