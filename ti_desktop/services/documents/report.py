"""The data offered to the follow-up report template (``rapport-suivi.docx``).

For the comité de suivi: key figures, two charts (financing by status, fiches by
progress), then per axis and per fiche the progress, the indicators (target, achieved,
deadline; late ones flagged), financing acquired against planned, and what changed
since the previous report. Every name is documented in ``docs/modeles.md``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from docxtpl import RichText

from ti_desktop.db.vocabulary import CategorieFinancement
from ti_desktop.services.documents import charts
from ti_desktop.services.documents.charts import COLORS, Bar, DocumentImage
from ti_desktop.services.documents.context import (
    Context,
    calendar_text,
    contract_variables,
    territory_context,
)
from ti_desktop.services.documents.formatting import (
    DASH,
    clean_text,
    field_text,
    or_dash,
    percent,
)
from ti_desktop.services.documents.grammar import count_fiches
from ti_desktop.services.fields import FICHE_ACTION, INDICATEUR
from ti_desktop.services.financing import ZERO, share
from ti_desktop.services.french_format import format_date_long, format_euros
from ti_desktop.services.records import FicheRecord, IndicatorRecord, TerritoryRecord
from ti_desktop.services.register.changes import ChangesSince, totals_of
from ti_desktop.services.register.wording import document_sections, totals_lines

CHART_WIDTH_CM = 16.0
NO_AXIS = "Sans axe"
NO_PROGRESS = "Non renseigné"

# Surest money first; the colours of the dashboard.
_CATEGORIES: tuple[tuple[CategorieFinancement, str, str], ...] = (
    (CategorieFinancement.ACQUIS, "Acquis", COLORS["vert"]),
    (CategorieFinancement.ACCORD, "Accord de principe", COLORS["bleu"]),
    (CategorieFinancement.SOLLICITE, "Sollicité", COLORS["bleu_ciel"]),
    (CategorieFinancement.ENVISAGE, "Envisagé", COLORS["jaune"]),
    (CategorieFinancement.REFUSE, "Refusé", COLORS["gris"]),
)


class Etat:
    """Where an indicator stands, as the report writes it."""

    ATTEINT = "Atteint"
    EN_RETARD = "En retard"
    EN_COURS = "En cours"
    A_DEFINIR = "À définir"


def indicator_state(indicator: IndicatorRecord, today: date) -> str:
    """Reached (achieved ≥ target), late (deadline passed, not reached), in progress."""
    target, achieved = indicator.valeur_cible, indicator.valeur_atteinte
    if target is not None and achieved is not None and achieved >= target:
        return Etat.ATTEINT
    if indicator.echeance is not None and indicator.echeance < today:
        return Etat.EN_RETARD
    if target is None and indicator.echeance is None:
        return Etat.A_DEFINIR
    return Etat.EN_COURS


def _indicator(indicator: IndicatorRecord, fiche: FicheRecord, today: date) -> Context:
    state = indicator_state(indicator, today)
    unit = clean_text(indicator.unite).strip()
    return {
        "nom": or_dash(indicator.nom),
        "unite": unit or DASH,
        "cible": _quantity("valeur_cible", indicator.valeur_cible, unit),
        "atteint": _quantity("valeur_atteinte", indicator.valeur_atteinte, unit),
        "echeance": _date(indicator.echeance),
        "etat": state,
        # red and bold when late: the comité sees it in the fiche's table ({{r …}})
        "etat_signale": RichText(state, color="C00000", bold=True)
        if state == Etat.EN_RETARD
        else RichText(state),
        "en_retard": state == Etat.EN_RETARD,
        "fiche_numero": clean_text(fiche.numero),
        "fiche_intitule": or_dash(fiche.intitule),
    }


def _quantity(key: str, value: Decimal | None, unit: str) -> str:
    text = field_text(INDICATEUR[key], value)
    return f"{text} {unit}".strip() if text else DASH


def _date(value: date | None) -> str:
    return format_date_long(value) if value else DASH


def _fiche(fiche: FicheRecord, today: date) -> Context:
    summary = fiche.summary
    cost = fiche.cout_total_ht
    indicators = [_indicator(i, fiche, today) for i in fiche.indicateurs]
    return {
        "numero": clean_text(fiche.numero),
        "intitule": or_dash(fiche.intitule),
        "avancement": or_dash(fiche.avancement) if fiche.avancement else NO_PROGRESS,
        "maitre_ouvrage": or_dash(fiche.maitre_ouvrage),
        "date_debut": field_text(FICHE_ACTION["date_debut"], fiche.date_debut) or DASH,
        "date_fin": field_text(FICHE_ACTION["date_fin"], fiche.date_fin) or DASH,
        "calendrier": calendar_text(fiche.date_debut, fiche.date_fin),
        "cout_total": format_euros(cost) if cost is not None else DASH,
        "prevus": format_euros(summary.total_prevu),
        "acquis": format_euros(summary.acquis),
        "part_acquise": percent(summary.part_acquise),
        "reste_a_financer": format_euros(summary.reste_a_financer) if cost is not None else DASH,
        "indicateurs": indicators,
        "indicateurs_en_retard": sum(1 for i in indicators if i["en_retard"]),
    }


def _axes(territory: TerritoryRecord, today: date) -> list[Context]:
    groups: list[tuple[str, list[FicheRecord]]] = [
        (axis.libelle, [f for f in territory.fiches_actives if f.axe_id == axis.id])
        for axis in territory.axes
    ]
    known = {axis.id for axis in territory.axes}
    orphans = [f for f in territory.fiches_actives if f.axe_id not in known]
    if orphans:
        groups.append((NO_AXIS, orphans))
    result = []
    for number, (label, fiches) in enumerate(groups, start=1):
        if not fiches:
            continue
        totals = totals_of(fiches)
        result.append(
            {
                "numero": str(number) if label != NO_AXIS else "",
                "libelle": clean_text(label),
                "titre": f"Axe {number} – {clean_text(label)}" if label != NO_AXIS else NO_AXIS,
                "resume": count_fiches(len(fiches)),
                "cout_total": format_euros(totals.cout_total),
                "acquis": format_euros(totals.acquis),
                "part_acquise": percent(share(totals.acquis, totals.cout_total)),
                "fiches": [_fiche(f, today) for f in fiches],
            }
        )
    return result


def _by_category(fiches: Sequence[FicheRecord]) -> dict[CategorieFinancement, Decimal]:
    amounts: dict[CategorieFinancement, Decimal] = dict.fromkeys(CategorieFinancement, ZERO)
    for fiche in fiches:
        for line in fiche.financements:
            category = CategorieFinancement(line.categorie)
            amounts[category] += line.montant
    return amounts


def _progress_counts(fiches: Sequence[FicheRecord], states: Sequence[str]) -> list[tuple[str, int]]:
    counts = dict.fromkeys(states, 0)
    for fiche in fiches:
        label = fiche.avancement or NO_PROGRESS
        counts[label] = counts.get(label, 0) + 1
    return [(label, count) for label, count in counts.items() if count]


def _indicators_summary(indicators: Sequence[Context], late: Sequence[Context]) -> str:
    """« 12 indicateurs, dont 1 atteint et 1 en retard »."""
    if not indicators:
        return "Aucun indicateur défini"
    reached = sum(1 for i in indicators if i["etat"] == Etat.ATTEINT)
    total = f"{len(indicators)} indicateur" + ("s" if len(indicators) > 1 else "")
    return f"{total}, dont {reached} atteint{'s' if reached > 1 else ''} et {len(late)} en retard"


@dataclass(frozen=True)
class ReportCharts:
    """The two images of the report."""

    financements: DocumentImage
    avancement: DocumentImage


def report_charts(
    amounts: dict[CategorieFinancement, Decimal],
    reste: Decimal,
    progress: Sequence[tuple[str, int]],
) -> ReportCharts:
    """Financing by status (with the reste à financer) and fiches by progress."""
    money = [
        Bar(label, amounts[category], format_euros(amounts[category]), color)
        for category, label, color in _CATEGORIES
        if amounts[category] > 0
    ]
    if reste > 0:
        money.append(Bar("Reste à financer", reste, format_euros(reste), COLORS["orange"]))
    fiches = [Bar(label, Decimal(count), str(count), COLORS["bleu"]) for label, count in progress]
    return ReportCharts(
        DocumentImage(charts.bar_chart(money, empty_text="Aucun financement"), CHART_WIDTH_CM),
        DocumentImage(charts.bar_chart(fiches, empty_text="Aucune fiche-action"), CHART_WIDTH_CM),
    )


def _changes(previous: ChangesSince | None) -> Context:
    if previous is None:
        return {
            "depuis": "Premier rapport de suivi : pas de version précédente à comparer.",
            "a_des_changements": False,
            "sections": [],
            "totaux": [],
        }
    found = previous.changes
    heading = previous.document_heading()
    return {
        "depuis": heading + (" : aucun." if found.is_empty else " :"),
        "a_des_changements": not found.is_empty,
        "sections": document_sections(found),
        "totaux": totals_lines(found.totaux_avant, found.totaux_apres)
        if not found.is_empty
        else [],
    }


def report_context(
    territory: TerritoryRecord,
    progress_states: Sequence[str],
    previous: ChangesSince | None,
    *,
    today: date | None = None,
) -> Context:
    """Everything the follow-up report template may use (see ``docs/modeles.md``).

    Args:
        territory: a record of ``records.load_territories``.
        progress_states: the progress labels in their order (the chart's rows).
        previous: the changes since the previous report (None: the first one).
        today: the report's date (late indicators are judged against it).
    """
    today = today or date.today()
    fiches = territory.fiches_actives
    totals = totals_of(fiches)
    amounts = _by_category(fiches)
    progress = _progress_counts(fiches, progress_states)
    images = report_charts(amounts, totals.reste_a_financer, progress)
    indicators = [_indicator(i, f, today) for f in fiches for i in f.indicateurs]
    late = [i for i in indicators if i["en_retard"]]
    planned = totals.prevus
    return {
        "territoire": territory_context(territory),
        "contrat": contract_variables(territory),
        "rapport": {
            "titre": "RAPPORT DE SUIVI",
            "date": format_date_long(today),
            "chiffres": {
                "nombre_fiches": str(totals.nombre_fiches),
                "resume": count_fiches(totals.nombre_fiches),
                "cout_total": format_euros(totals.cout_total),
                "prevus": format_euros(planned),
                "part_prevue": percent(share(planned, totals.cout_total)),
                "acquis": format_euros(totals.acquis),
                "part_acquise": percent(share(totals.acquis, totals.cout_total)),
                "acquis_sur_prevus": percent(share(totals.acquis, planned)),
                "reste_a_financer": format_euros(totals.reste_a_financer),
                "indicateurs": str(len(indicators)),
                "indicateurs_atteints": str(
                    sum(1 for i in indicators if i["etat"] == Etat.ATTEINT)
                ),
                "indicateurs_en_retard": str(len(late)),
                "indicateurs_resume": _indicators_summary(indicators, late),
            },
            "graphique_financements": images.financements,
            "graphique_avancement": images.avancement,
            "financements_par_statut": [
                {
                    "statut": label,
                    "montant": format_euros(amounts[category]),
                    "part": percent(share(amounts[category], totals.cout_total)),
                }
                for category, label, _color in _CATEGORIES
            ]
            + [
                {
                    "statut": "Reste à financer",
                    "montant": format_euros(totals.reste_a_financer),
                    "part": percent(share(totals.reste_a_financer, totals.cout_total)),
                }
            ],
            "fiches_par_avancement": [
                {"avancement": label, "nombre": str(count)} for label, count in progress
            ],
            "axes": _axes(territory, today),
            "retards": late,
            "changements": _changes(previous),
        },
        "date_generation": format_date_long(today),
    }
