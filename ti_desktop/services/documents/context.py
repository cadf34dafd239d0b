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

from ti_desktop.db.vocabulary import TypeDocument, match_label
from ti_desktop.services.documents.articles import NATURES, PlanFigures, article_texts
from ti_desktop.services.documents.clauses import intercommunality_names, parties, vu_clauses
from ti_desktop.services.documents.formatting import (
    DASH,
    clean_text,
    field_texts,
    or_dash,
    percent,
)
from ti_desktop.services.documents.grammar import count_fiches
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
        "part": percent(share(line.montant, cost)),
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


def fiche_context(fiche: FicheRecord) -> Context:
    """One fiche-action with its financing plan and indicators, formatted."""
    summary = fiche.summary
    cost = fiche.cout_total_ht
    texts = field_texts(FICHE_ACTION, fiche, blank=_FICHE_BLANKS)
    return {
        **texts,
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


def territory_context(territory: TerritoryRecord) -> Context:
    """The ``territoire`` variable shared by the contract and fiche templates."""
    return {
        **field_texts(TERRITOIRE, territory, blank=_TERRITORY_BLANKS),
        "intercommunalites": intercommunality_names(territory),
        "chef_projet": {
            "nom": or_dash(territory.chef_projet_nom),
            "email": clean_text(territory.chef_projet_email).strip(),
            "telephone": clean_text(territory.chef_projet_telephone).strip(),
        },
    }


def _contract_dict(contract: ContractRecord, kind: TypeDocument) -> Context:
    """The ``contrat`` variable: its fields, its title and how it names itself."""
    nature = NATURES[kind]
    texts = field_texts(CONTRAT, contract, blank=_CONTRACT_BLANKS, long_texts=False)
    place = texts["lieu_signature"]
    signed_on = texts["date_signature"]
    dots = "…………………………"
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
        f"le {dots if signed_on == DASH else signed_on}",
    }


def contract_variables(territory: TerritoryRecord) -> Context:
    """The ``contrat`` variable of the territory's current contract (avenant, report)."""
    contract = _contract_of(territory)
    return _contract_dict(contract, _document_kind(contract))


def _axes(axes: list[AxisRecord], fiches: list[FicheRecord]) -> list[Context]:
    result = []
    for number, axis in enumerate(axes, start=1):
        mine = [f for f in fiches if f.axe_id == axis.id]
        result.append(
            {
                "numero": str(number),
                "libelle": clean_text(axis.libelle),
                "fiches": [
                    {"numero": clean_text(f.numero), "intitule": or_dash(f.intitule)} for f in mine
                ],
                "nombre_fiches": len(mine),
                "resume": count_fiches(len(mine)),
            }
        )
    return result


def contract_context(territory: TerritoryRecord, *, today: date | None = None) -> Context:
    """Everything the contract template may use (see ``docs/modeles.md``).

    Args:
        territory: a record of ``records.load_territories`` (fiches outside the trash).
        today: the generation date (tests fix it).
    """
    today = today or date.today()
    contract = _contract_of(territory)
    kind = _document_kind(contract)
    fiches = territory.fiches_actives
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
    return {
        "territoire": territory_context(territory),
        "contrat": _contract_dict(contract, kind),
        "vu": vu_clauses(territory, contract, NATURES[kind].du_present),
        "groupes": groups,
        "signataires": [s for g in groups for s in g["signataires"]],
        "textes": article_texts(
            territory, contract, kind, PlanFigures(len(fiches), total_cost, acquired)
        ),
        "axes": _axes(territory.axes, fiches),
        "enjeux_locaux": [clean_text(e.libelle) for e in contract.enjeux_locaux],
        "fiches": [fiche_context(f) for f in fiches],
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
    return {
        "territoire": territory_context(territory),
        "contrat": _contract_dict(contract, _document_kind(contract)),
        "fiche": fiche_context(fiche),
        "date_generation": format_date_long(today or date.today()),
    }
