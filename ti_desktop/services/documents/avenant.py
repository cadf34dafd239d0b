"""The data offered to the avenant template: what changed since the version signed.

``avenant_context`` takes the territory as it is now, the signed versions (the
contract, then the avenants already signed) and the changes since the last of them
(``services/register/changes``), and writes them as the avenant's articles need them:
the parties as in the contract, the « Vu » clauses citing the signed versions, one
article per kind of change (fiches added, removed, modified, financing plan, signatories,
other stipulations), totals before and after, and the annex of the new fiches. Every
name is documented in ``docs/modeles.md``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from ti_desktop.db.vocabulary import NatureEnvoi
from ti_desktop.services.documents.clauses import parties
from ti_desktop.services.documents.context import (
    Context,
    contract_variables,
    fiche_context,
    originals_text,
    territory_context,
)
from ti_desktop.services.documents.formatting import DASH, clean_text, or_dash, typography
from ti_desktop.services.documents.grammar import count_fiches, join_french
from ti_desktop.services.french_format import format_date_long, format_euros
from ti_desktop.services.records import (
    FicheRecord,
    FinancingLineRecord,
    IndicatorRecord,
    TerritoryRecord,
)
from ti_desktop.services.register.changes import (
    TOTAL_LABELS,
    FicheChange,
    ItemChange,
    Nature,
    TerritoryChanges,
    total_text,
)
from ti_desktop.services.register.transmissions import TransmissionRecord
from ti_desktop.services.register.wording import indicator_brief, item_sentence, line_brief

_ARTICLES = (
    "objet", "ajouts", "retraits", "modifications", "financement", "signataires", "autres",
    "dispositions",
)  # fmt: skip
_ARTICLE_TITLES = {
    "objet": "Objet",
    "ajouts": "Fiches-actions ajoutées",
    "retraits": "Fiches-actions retirées",
    "modifications": "Fiches-actions modifiées",
    "financement": "Plan de financement",
    "signataires": "Signataires",
    "autres": "Autres modifications",
    "dispositions": "Dispositions finales",
}
_NEW_TEXT = "Nouvelle rédaction (voir la fiche en annexe)"
_OLD_TEXT = "Rédaction de la version signée"


@dataclass(frozen=True)
class SignedVersions:
    """The versions signed so far: the contract, then the avenants, oldest first."""

    contrat: TransmissionRecord
    avenants: tuple[TransmissionRecord, ...] = ()

    @property
    def en_vigueur(self) -> TransmissionRecord:
        """The last signed version: the avenant compares with it."""
        return self.avenants[-1] if self.avenants else self.contrat

    @property
    def numero(self) -> int:
        """The number of the avenant to write."""
        return len(self.avenants) + 1


def signed_versions_of(signed: Sequence[TransmissionRecord]) -> SignedVersions | None:
    """The signed contract and the avenants signed after it (None: no contract signed)."""
    contracts = [s for s in signed if s.nature == NatureEnvoi.CONTRAT.value]
    if not contracts:
        return None
    contract = contracts[-1]
    assert contract.signe_le is not None
    avenants = tuple(
        s
        for s in signed
        if s.nature == NatureEnvoi.AVENANT.value and s.signe_le and s.signe_le >= contract.signe_le
    )
    return SignedVersions(contract, avenants)


def _signed_on(sent: TransmissionRecord) -> str:
    return format_date_long(sent.signe_le) if sent.signe_le else DASH


def _vu(territory: TerritoryRecord, versions: SignedVersions, contract: Context) -> list[str]:
    name = clean_text(territory.nom).strip()
    period = f" {contract['periode']}" if contract["periode"] else ""
    clauses = [
        "Vu le programme national « Territoires d'industrie » lancé lors du Conseil national "
        "de l'industrie du 22 novembre 2018 ;",
        f"Vu le {contract['nature']} du Territoire d'industrie {name}{period} signé le "
        f"{_signed_on(versions.contrat)} ;",
    ]
    clauses += [
        f"Vu l'avenant n° {number} à ce {contract['nature']}, signé le {_signed_on(sent)} ;"
        for number, sent in enumerate(versions.avenants, start=1)
    ]
    clauses.append(
        "Vu les délibérations des organes compétents des signataires autorisant la signature "
        "du présent avenant ;"
    )
    return [typography(clause) for clause in clauses]


def _fiche_row(fiche: FicheRecord) -> Context:
    return {
        "numero": clean_text(fiche.numero),
        "intitule": or_dash(fiche.intitule),
        "axe": or_dash(fiche.axe),
        "maitre_ouvrage": or_dash(fiche.maitre_ouvrage),
        "cout_total": format_euros(fiche.cout_total_ht) or DASH,
    }


def _row(label: str, before: str, after: str) -> Context:
    return {"champ": label, "avant": before, "apres": after}


def _item_rows(noun: str, items: Sequence[ItemChange]) -> list[Context]:
    """Rows « champ / avant / après » for lines or indicators added, removed or changed."""
    rows = []
    for item in items:
        if item.nature is Nature.AJOUT:
            rows.append(_row(f"{noun} ajouté : {item.libelle}", DASH, _brief(item.apres)))
        elif item.nature is Nature.RETRAIT:
            rows.append(_row(f"{noun} retiré : {item.libelle}", _brief(item.avant), DASH))
        else:
            unit = f" {item.apres.unite}" if isinstance(item.apres, IndicatorRecord) else ""
            rows += [
                _row(
                    f"{item.libelle} : {c.libelle_court[:1].lower()}{c.libelle_court[1:]}",
                    _with_unit(c.texte_avant, c.cle, unit),
                    _with_unit(c.texte_apres, c.cle, unit),
                )
                for c in item.champs
            ]
    return rows


def _with_unit(text: str, key: str, unit: str) -> str:
    """An indicator's value with its unit (« 16 synergies »)."""
    if key in ("valeur_cible", "valeur_atteinte") and unit.strip() and text != DASH:
        return text + unit
    return text


def _brief(record: object) -> str:
    if isinstance(record, FinancingLineRecord):
        return line_brief(record)
    if isinstance(record, IndicatorRecord):
        return indicator_brief(record) or DASH
    return DASH


def _amended(changes: TerritoryChanges) -> list[FicheChange]:
    """Fiches whose own fields, indicators or number changed (financing has its article)."""
    return [c for c in changes.fiches_modifiees if c.renumerotee or c.champs or c.indicateurs]


def _modified(change: FicheChange) -> Context:
    rows = []
    if change.renumerotee:
        rows.append(_row("Numéro", change.ancien_numero, change.numero))
    for field in change.champs:
        if field.est_long:
            rows.append(_row(field.libelle_court, _OLD_TEXT, _NEW_TEXT))
        else:
            rows.append(_row(field.libelle_court, field.texte_avant, field.texte_apres))
    rows += _item_rows("Indicateur", change.indicateurs)
    title = f"Fiche-action {clean_text(change.numero)} – {or_dash(change.apres.intitule)}"
    if change.renumerotee:
        title += f" (anciennement n° {clean_text(change.ancien_numero)})"
    return {"titre": title, "numero": change.numero, "lignes": rows}


def _financing_rows(changes: TerritoryChanges) -> list[Context]:
    rows = []
    for change in changes.fiches_modifiees:
        for row in _item_rows("Financement", change.financements):
            rows.append({"fiche": clean_text(change.numero), **row})
    return rows


def _difference(key: str, before: Decimal, after: Decimal) -> str:
    if before == after:
        return DASH
    sign = "+" if after > before else "−"
    return sign + total_text(key, abs(after - before))


def totals_rows(changes: TerritoryChanges) -> list[Context]:
    """« Coût total HT : avant, après, écart » for each total."""
    return [
        {
            "libelle": label,
            "avant": total_text(key, getattr(changes.totaux_avant, key)),
            "apres": total_text(key, getattr(changes.totaux_apres, key)),
            "ecart": _difference(
                key,
                Decimal(getattr(changes.totaux_avant, key)),
                Decimal(getattr(changes.totaux_apres, key)),
            ),
        }
        for key, label in TOTAL_LABELS
    ]


def _other_changes(changes: TerritoryChanges) -> list[str]:
    lines = [f"Territoire — {c.sentence()}" for c in changes.territoire]
    lines += [f"Contrat — {c.sentence()}" for c in changes.contrat]
    lines += [item_sentence("Axe", i) for i in changes.axes]
    lines += [item_sentence("Enjeu local", i) for i in changes.enjeux]
    return [typography(line) for line in lines]


def _subjects(changes: TerritoryChanges) -> list[str]:
    """What the avenant changes, for its first article."""
    subjects = []
    if changes.fiches_ajoutees:
        subjects.append(f"l'ajout de {count_fiches(len(changes.fiches_ajoutees))}")
    if changes.fiches_retirees:
        subjects.append(f"le retrait de {count_fiches(len(changes.fiches_retirees))}")
    modified = len(_amended(changes))
    if modified:
        subjects.append(f"la modification de {count_fiches(modified)}")
    if changes.plan_de_financement_modifie:
        subjects.append("le plan de financement")
    if changes.signataires:
        subjects.append("la liste des signataires")
    if changes.territoire or changes.contrat or changes.axes or changes.enjeux:
        subjects.append("d'autres stipulations du contrat")
    return subjects


def _numbers(changes: TerritoryChanges) -> dict[str, str]:
    """« Article 2 »… for the articles present, "" for the others (numbered without gaps)."""
    present = {
        "objet": True,
        "ajouts": bool(changes.fiches_ajoutees),
        "retraits": bool(changes.fiches_retirees),
        "modifications": bool(_amended(changes)),
        "financement": changes.plan_de_financement_modifie,
        "signataires": bool(changes.signataires),
        "autres": bool(changes.territoire or changes.contrat or changes.axes or changes.enjeux),
        "dispositions": True,
    }
    numbers: dict[str, str] = {}
    count = 0
    for key in _ARTICLES:
        if present[key]:
            count += 1
            numbers[key] = f"Article {count} – {_ARTICLE_TITLES[key]}"
        else:
            numbers[key] = ""
    return numbers


def avenant_context(
    territory: TerritoryRecord,
    versions: SignedVersions,
    changes: TerritoryChanges,
    *,
    today: date | None = None,
) -> Context:
    """Everything the avenant template may use (see ``docs/modeles.md``)."""
    today = today or date.today()
    contract = contract_variables(territory)
    groups = parties(territory)
    number = versions.numero
    in_force = versions.en_vigueur
    noun = contract["nature"]
    versions_text = f"le {noun} signé le {_signed_on(versions.contrat)}"
    if versions.avenants:
        amended = join_french(
            [
                f"l'avenant n° {i} signé le {_signed_on(s)}"
                for i, s in enumerate(versions.avenants, start=1)
            ]
        )
        versions_text += f", modifié par {amended}"
    name = clean_text(territory.nom).strip()
    period = f" {contract['periode']}" if contract["periode"] else ""
    objet = [
        typography(
            f"Le présent avenant modifie le {noun} du Territoire d'industrie {name}{period}, "
            f"signé le {_signed_on(versions.contrat)}"
            + (f" et modifié par {amended}" if versions.avenants else "")
            + f". Il porte sur {join_french(_subjects(changes))}."
        ),
        typography(
            "Les modifications sont établies par comparaison avec la version signée le "
            f"{_signed_on(in_force)} ; elles sont décrites aux articles suivants."
        ),
    ]
    annexed = [*changes.fiches_ajoutees, *(c.apres for c in changes.fiches_au_contenu_modifie)]
    annexed.sort(key=lambda f: f.position)
    place = contract["lieu_signature"]
    dots = "…………………………"
    return {
        "territoire": territory_context(territory),
        "contrat": contract,
        "groupes": groups,
        "signataires": [s for g in groups for s in g["signataires"]],
        "avenant": {
            "numero": str(number),
            "titre": f"AVENANT N° {number}",
            "sous_titre": f"au {noun} du Territoire d'industrie",
            "intitule": f"avenant n° {number}",
            "version_signee": typography(versions_text),
            "date_signature_contrat": _signed_on(versions.contrat),
            "date_version_en_vigueur": _signed_on(in_force),
            "vu": _vu(territory, versions, contract),
            "objet": objet,
            "articles": _numbers(changes),
            "fiches_ajoutees": [_fiche_row(f) for f in changes.fiches_ajoutees],
            "fiches_retirees": [_fiche_row(f) for f in changes.fiches_retirees],
            "fiches_modifiees": [_modified(c) for c in _amended(changes)],
            "financements": _financing_rows(changes),
            "totaux": totals_rows(changes),
            "signataires": [
                typography(item_sentence("Signataire", i)) for i in changes.signataires
            ],
            "autres": _other_changes(changes),
            "annexes": [fiche_context(f) for f in annexed],
            "fait_a": f"Fait à {dots if place == DASH else place}, le {dots}"
            f"{originals_text(int(contract['exemplaires'] or 0))}.",
        },
        "date_generation": format_date_long(today),
    }
