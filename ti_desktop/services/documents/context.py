"""The data offered to Word templates, already written the French way.

``contract_context(territory)`` turns a territory's read records
(``records.load_territories``) into plain dicts, lists and strings: amounts as
``1 234 567 €``, dates as ``25 octobre 2022``, the parties' wording (``clauses``), the
articles' texts (``articles``). Every field of the field table reaches the templates
under its key (``formatting.field_texts``); the few values computed here (totals,
shares, calendar) are named beside them. Templates only place these values; they never
compute or format. Every name offered here is documented in ``docs/modeles.md``.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from ti_desktop.db.vocabulary import DEFAULT_AXES, StatutContrat, TypeDocument, fold, match_label
from ti_desktop.services.documents.articles import NATURES, PlanFigures, article_texts
from ti_desktop.services.documents.clauses import (
    exemplaires,
    intercommunality_names,
    parties,
    signing_regions,
    vu_clauses,
)
from ti_desktop.services.documents.formatting import (
    BLANK,
    DASH,
    clean_text,
    field_texts,
    or_dash,
    percent,
)
from ti_desktop.services.documents.grammar import count_fiches, join_french, number_in_words
from ti_desktop.services.fields import (
    CONTRAT,
    FICHE_ACTION,
    INDICATEUR,
    LIGNE_FINANCEMENT,
    TERRITOIRE,
)
from ti_desktop.services.financing import ZERO, share
from ti_desktop.services.french_format import format_date_long, format_euros
from ti_desktop.services.records import (
    AxisRecord,
    ContractRecord,
    FicheRecord,
    FinancingLineRecord,
    IndicatorRecord,
    TerritoryRecord,
    new_record,
)

Context = dict[str, Any]

_TITLES = {
    TypeDocument.CONTRAT: "CONTRAT DU TERRITOIRE D'INDUSTRIE",
    TypeDocument.PROTOCOLE: "PROTOCOLE D'ACCORD DU TERRITOIRE D'INDUSTRIE",
    TypeDocument.AVENANT: "AVENANT AU CONTRAT DU TERRITOIRE D'INDUSTRIE",
}
# Empty values left blank rather than dashed: templates test them or print them inline.
_TERRITORY_BLANKS = {
    "nom", "departements", "phase", "chef_projet_email", "chef_projet_telephone",
    "correspondant_region_email",
}  # fmt: skip
_CONTRACT_BLANKS = {
    "type_document", "periode", "statut", "deliberation_region_reference",
    "deliberation_region_date",
}  # fmt: skip
_FICHE_BLANKS = {"numero", "demande_simplification"}
_DRAFT_MENTIONS = {
    StatutContrat.BROUILLON: "Projet",
    StatutContrat.CONCERTATION: "Projet en concertation",
    StatutContrat.VALIDE_REGION: "Projet validé par la Région",
}
NO_AXIS = "Autres fiches-actions"
_DEFAULT_AXES = {fold(label) for labels in DEFAULT_AXES.values() for label in labels}


def _contract_of(territory: TerritoryRecord) -> ContractRecord:
    """The current contract, or an empty one for a territory that has none yet."""
    contract = territory.contrat_courant
    return contract if contract is not None else new_record(ContractRecord, enjeux_locaux=[])


def _document_kind(contract: ContractRecord) -> TypeDocument:
    found = match_label(contract.type_document or "", list(TypeDocument))
    return TypeDocument(found) if found is not None else TypeDocument.CONTRAT


def _financing_line(line: FinancingLineRecord, cost: Decimal | None) -> Context:
    return {
        **field_texts(LIGNE_FINANCEMENT, line),
        "categorie": line.categorie,
        "est_refuse": line.est_refusee,
        # a refused line finances nothing: no share of the cost
        "part": DASH if line.est_refusee else percent(share(line.montant, cost)),
    }


def _indicator(indicator: IndicatorRecord) -> Context:
    return field_texts(INDICATEUR, indicator)


def _calendar(start: date | None, end: date | None) -> str:
    if start and end:
        return f"du {format_date_long(start)} au {format_date_long(end)}"
    if start:
        return f"à partir du {format_date_long(start)}"
    if end:
        return f"jusqu'au {format_date_long(end)}"
    return DASH


def calendar_text(start: date | None, end: date | None) -> str:
    """« du 1er septembre 2024 au 30 juin 2027 », « à partir du … », « jusqu'au … » or a dash."""
    return _calendar(start, end)


def fiche_context(fiche: FicheRecord, *, rank: int = 0) -> Context:
    """One fiche-action with its financing plan and indicators, formatted.

    ``rank`` (1, 2… in the annex) names the bookmark on its heading (``ancre``), which
    the annex index points at for its page number.
    """
    summary = fiche.summary
    cost = fiche.cout_total_ht
    texts = field_texts(FICHE_ACTION, fiche, blank=_FICHE_BLANKS)
    return {
        **texts,
        "ancre": f"fiche_{rank}",
        "signet": str(rank),
        "cout_total": texts["cout_total_ht"],
        "calendrier": _calendar(fiche.date_debut, fiche.date_fin),
        "financements": [_financing_line(line, cost) for line in fiche.financements],
        "total_financements": format_euros(summary.total_prevu),
        "part_financee": percent(summary.part_financee),
        "acquis": format_euros(summary.acquis),
        "part_acquise": percent(summary.part_acquise),
        "reste_a_financer": format_euros(summary.reste_a_financer) if cost is not None else DASH,
        "part_reste": percent(share(summary.reste_a_financer, cost)),
        "est_sur_finance": summary.est_sur_finance,
        "sur_financement": format_euros(summary.sur_financement),
        "indicateurs": [_indicator(i) for i in fiche.indicateurs],
    }


def _regions_mention(regions: list[str]) -> str:
    """« Région Grand Est », « Régions Normandie et Hauts-de-France » (a cover's line)."""
    if len(regions) > 1:
        return "Régions " + join_french(regions)
    return f"Région {regions[0]}" if regions else ""


def territory_context(territory: TerritoryRecord) -> Context:
    """The ``territoire`` variable shared by the contract and fiche templates."""
    return {
        **field_texts(TERRITOIRE, territory, blank=_TERRITORY_BLANKS),
        "intercommunalites": intercommunality_names(territory),
        "mention_regions": _regions_mention(signing_regions(territory)),
        "chef_projet": {
            "nom": or_dash(territory.chef_projet_nom),
            "email": clean_text(territory.chef_projet_email).strip(),
            "telephone": clean_text(territory.chef_projet_telephone).strip(),
        },
    }


def _cover_mention(contract: ContractRecord, today: date) -> str:
    """« Signé à Troyes, le 25 octobre 2022 » or « Projet en concertation — version du … »."""
    found = match_label(contract.statut or "", list(StatutContrat))
    status = StatutContrat(found) if found is not None else StatutContrat.BROUILLON
    if status is StatutContrat.SIGNE:
        place = clean_text(contract.lieu_signature).strip() or BLANK
        when = format_date_long(contract.date_signature) if contract.date_signature else BLANK
        return f"Signé à {place}, le {when}"
    return f"{_DRAFT_MENTIONS[status]} — version du {format_date_long(today)}"


def originals_text(originals: int) -> str:
    """« , en onze exemplaires originaux » after « Fait à …, le … » ("" when unknown)."""
    if not originals:
        return ""
    plural = originals > 1
    return (
        f", en {number_in_words(originals)} exemplaire{'s' if plural else ''} "
        f"origina{'ux' if plural else 'l'}"
    )


def _contract_dict(
    contract: ContractRecord,
    kind: TypeDocument,
    *,
    today: date | None = None,
    originals: int = 0,
) -> Context:
    """The ``contrat`` variable: its fields, its title and how it names itself."""
    nature = NATURES[kind]
    texts = field_texts(CONTRAT, contract, blank=_CONTRACT_BLANKS, long_texts=False)
    place = texts["lieu_signature"]
    signed_on = texts["date_signature"]
    dots = "…………………………"
    copies = originals_text(originals)
    return {
        **texts,
        "type_document": kind.value,
        "titre": _TITLES[kind],
        "nature": nature.noun,
        "le_present": nature.le_present,
        "du_present": nature.du_present,
        "annee_debut": str(contract.annee_debut or ""),
        "annee_fin": str(contract.annee_fin or ""),
        "fait_a": f"Fait à {dots if place == DASH else place}, "
        f"le {dots if signed_on == DASH else signed_on}{copies}.",
        "mention_garde": _cover_mention(contract, today or date.today()),
        "exemplaires": str(originals),
    }


def contract_variables(territory: TerritoryRecord, *, today: date | None = None) -> Context:
    """The ``contrat`` variable of the territory's current contract (avenant, report)."""
    contract = _contract_of(territory)
    return _contract_dict(
        contract, _document_kind(contract), today=today, originals=exemplaires(territory)
    )


def default_axes_labels() -> set[str]:
    """The default axes of every phase, folded (an axis the territory did not type)."""
    return set(_DEFAULT_AXES)


def _axis_entry(number: str, label: str, fiches: list[Context]) -> Context:
    return {
        "numero": number,
        "libelle": clean_text(label),
        "fiches": fiches,
        "nombre_fiches": len(fiches),
        "resume": count_fiches(len(fiches)),
    }


def annex_order(territory: TerritoryRecord) -> list[tuple[AxisRecord | None, list[FicheRecord]]]:
    """The fiches by axis, in the axes' order, then those without an axis (empty axes out)."""
    fiches = territory.fiches_actives
    groups: list[tuple[AxisRecord | None, list[FicheRecord]]] = []
    for axis in territory.axes:
        mine = [f for f in fiches if f.axe_id == axis.id]
        if mine:
            groups.append((axis, mine))
    known = {axis.id for axis in territory.axes}
    others = [f for f in fiches if f.axe_id not in known]
    if others:
        groups.append((None, others))
    return groups


def _axes(
    territory: TerritoryRecord, groups: list[tuple[AxisRecord | None, list[Context]]]
) -> tuple[list[Context], list[Context], list[str]]:
    """The axes retained (with fiches), the annex groups, and the axes kept on purpose.

    Axes keep their rank in the territory's list as number (« Axe 3 »), so that they
    match the fiches' numbers. An axis with no fiche is never printed as retained; one
    the territory added itself (not a default axis of a phase) is named apart, as an
    axis the plan may later fill.
    """
    ranks = {axis.id: str(rank) for rank, axis in enumerate(territory.axes, start=1)}
    retained = [
        _axis_entry(ranks[axis.id], axis.libelle, fiches)
        for axis, fiches in groups
        if axis is not None
    ]
    annex = [
        _axis_entry(ranks[axis.id], axis.libelle, fiches)
        if axis is not None
        else _axis_entry("", NO_AXIS, fiches)
        for axis, fiches in groups
    ]
    with_fiches = {axis.id for axis, _ in groups if axis is not None}
    kept = [
        clean_text(axis.libelle)
        for axis in territory.axes
        if axis.id not in with_fiches and fold(axis.libelle) not in _DEFAULT_AXES
    ]
    return retained, annex, kept


def contract_context(territory: TerritoryRecord, *, today: date | None = None) -> Context:
    """Everything the contract template may use (see ``docs/modeles.md``).

    Args:
        territory: a record of ``records.load_territories`` (fiches outside the trash).
        today: the generation date (tests fix it).
    """
    today = today or date.today()
    contract = _contract_of(territory)
    kind = _document_kind(contract)
    order = annex_order(territory)
    fiches = [fiche for _axis, members in order for fiche in members]
    contexts = {fiche.id: fiche_context(fiche, rank=rank) for rank, fiche in enumerate(fiches, 1)}
    retained, annex, kept = _axes(
        territory, [(axis, [contexts[f.id] for f in members]) for axis, members in order]
    )
    summaries = [f.summary for f in fiches]
    total_cost = sum((f.cout_total_ht or ZERO for f in fiches), ZERO)
    acquired = sum((s.acquis for s in summaries), ZERO)
    indicators = [
        {
            **_indicator(i),
            "fiche_numero": clean_text(f.numero),
            "fiche_intitule": or_dash(f.intitule),
        }
        for f in fiches
        for i in f.indicateurs
    ]
    groups = parties(territory)
    figures = PlanFigures(
        len(fiches),
        total_cost,
        acquired,
        axes=tuple(axis["libelle"] for axis in retained),
        indicators=len(indicators),
    )
    return {
        "territoire": territory_context(territory),
        "contrat": _contract_dict(contract, kind, today=today, originals=exemplaires(territory)),
        "vu": vu_clauses(territory, contract, NATURES[kind].du_present),
        "groupes": groups,
        "signataires": [s for g in groups for s in g["signataires"]],
        "textes": article_texts(territory, contract, kind, figures),
        "axes": retained,
        "axes_sans_fiche": kept,
        "annexe": annex,
        "enjeux_locaux": [clean_text(e.libelle) for e in contract.enjeux_locaux],
        "fiches": [contexts[f.id] for f in fiches],
        "indicateurs": indicators,
        "totaux": {
            "nombre_fiches": str(len(fiches)),
            "resume": count_fiches(len(fiches)),
            "cout_total": format_euros(total_cost),
            "financements_acquis": format_euros(acquired),
            "financements_prevus": format_euros(sum((s.total_prevu for s in summaries), ZERO)),
            "reste_a_financer": format_euros(sum((s.reste_a_financer for s in summaries), ZERO)),
            "part_acquise": percent(share(acquired, total_cost)),
        },
        "date_generation": format_date_long(today),
    }


def single_fiche_context(
    territory: TerritoryRecord, fiche: FicheRecord, *, today: date | None = None
) -> Context:
    """Everything the one-fiche template may use: ``territoire``, ``contrat``, ``fiche``."""
    contract = _contract_of(territory)
    today = today or date.today()
    return {
        "territoire": territory_context(territory),
        "contrat": _contract_dict(contract, _document_kind(contract), today=today),
        "fiche": fiche_context(fiche, rank=1),
        "date_generation": format_date_long(today),
    }
