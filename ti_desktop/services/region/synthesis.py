"""What a Région reads about its territories: counts and money per territory, financer, axis.

Qt-free and exact (``Decimal``), so the Région workbook and the window's dashboard
show the same figures. Conventions, chosen once for every view:

- only fiches outside the trash count; territories in the trash are not passed in;
- financing is summed by the *category* of its status (acquis, accord de principe,
  sollicité, envisagé, refusé), whatever the status labels of the database;
- *reste à financer* is computed per fiche (cost minus every non-refused line, floored
  at zero) then summed: a fiche financed beyond its cost never hides the gap of
  another. The excess is reported apart as *sur-financement*;
- a fiche without a cost has no *reste à financer*, but its lines still count;
- the acquired share is acquired financing over total cost.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from sqlalchemy.orm import Session

from ti_desktop.db.vocabulary import (
    DEFAULT_AXES,
    DEFAULT_PROGRESS_STATES,
    CategorieFinancement,
    GroupeSignataire,
    Phase,
    fold,
)
from ti_desktop.services.financing import ZERO, FinancingSummary, share
from ti_desktop.services.records import TerritoryRecord, load_territories

ALL_TERRITORIES = "Tous les territoires"
NO_AXIS = "(sans axe)"
NO_PROGRESS = "(non renseigné)"

# Column order of the money columns: from the surest to the least sure, refused last.
CATEGORY_ORDER: tuple[CategorieFinancement, ...] = (
    CategorieFinancement.ACQUIS,
    CategorieFinancement.ACCORD,
    CategorieFinancement.SOLLICITE,
    CategorieFinancement.ENVISAGE,
    CategorieFinancement.REFUSE,
)
CATEGORY_LABELS: dict[CategorieFinancement, str] = {
    CategorieFinancement.ACQUIS: "Acquis",
    CategorieFinancement.ACCORD: "Accord de principe",
    CategorieFinancement.SOLLICITE: "Sollicité",
    CategorieFinancement.ENVISAGE: "Envisagé",
    CategorieFinancement.REFUSE: "Refusé",
}


def _empty_amounts() -> dict[CategorieFinancement, Decimal]:
    return dict.fromkeys(CATEGORY_ORDER, ZERO)


@dataclass
class MoneyTotals:
    """Cost and financing of a set of fiches (a territory, an axis, the whole region)."""

    fiches: int = 0
    cout_total: Decimal = ZERO
    financements: dict[CategorieFinancement, Decimal] = field(default_factory=_empty_amounts)
    reste_a_financer: Decimal = ZERO
    sur_financement: Decimal = ZERO
    fiches_sur_financees: int = 0

    def add_summary(self, summary: FinancingSummary) -> None:
        """Count one fiche-action from its financing summary."""
        self.fiches += 1
        self.cout_total += summary.cout_total or ZERO
        for category, amount in summary.par_categorie.items():
            self.financements[category] += amount
        cost = summary.cout_total
        if cost is None:
            return  # no reste à financer nor excess without a cost
        # FinancingSummary's properties, with the planned total summed once
        planned = summary.total_prevu
        self.reste_a_financer += max(cost - planned, ZERO)
        excess = max(planned - cost, ZERO)
        self.sur_financement += excess
        if excess > 0:
            self.fiches_sur_financees += 1

    def add(self, other: MoneyTotals) -> None:
        """Add another set's figures to these."""
        self.fiches += other.fiches
        self.cout_total += other.cout_total
        for category, amount in other.financements.items():
            self.financements[category] += amount
        self.reste_a_financer += other.reste_a_financer
        self.sur_financement += other.sur_financement
        self.fiches_sur_financees += other.fiches_sur_financees

    @property
    def acquis(self) -> Decimal:
        return self.financements[CategorieFinancement.ACQUIS]

    @property
    def total_hors_refus(self) -> Decimal:
        """Every line that is not refused."""
        return sum(
            (v for k, v in self.financements.items() if k != CategorieFinancement.REFUSE), ZERO
        )

    @property
    def part_acquise(self) -> Decimal | None:
        """Acquired financing over total cost (None without a cost)."""
        return share(self.acquis, self.cout_total)


@dataclass
class TerritorySynthesis:
    """One row of the Synthèse sheet."""

    territoire_id: uuid.UUID | None
    nom: str
    region: str = ""
    departements: str = ""
    phase: str = ""
    type_document: str = ""
    statut_contrat: str = ""
    date_signature: date | None = None
    intercommunalites: int = 0
    fiches_par_avancement: dict[str, int] = field(default_factory=dict)
    argent: MoneyTotals = field(default_factory=MoneyTotals)


@dataclass(frozen=True)
class FinancerRow:
    """Amounts of one financer by status category, for a territory or for all."""

    territoire: str
    region: str
    financeur: str
    montants: dict[CategorieFinancement, Decimal]

    @property
    def total_hors_refus(self) -> Decimal:
        return sum((v for k, v in self.montants.items() if k != CategorieFinancement.REFUSE), ZERO)


@dataclass(frozen=True)
class AxisRow:
    """Fiches and money of one axis, for a territory or for all territories of a phase."""

    territoire: str
    region: str
    phase: str
    axe: str
    argent: MoneyTotals


@dataclass
class RegionSynthesis:
    """Everything the Région sheets and the dashboard show."""

    territoires: list[TerritorySynthesis]
    total: TerritorySynthesis
    avancements: list[str]
    financeurs_ensemble: list[FinancerRow]
    financeurs_par_territoire: list[FinancerRow]
    axes_ensemble: list[AxisRow]
    axes_par_territoire: list[AxisRow]

    @property
    def regions(self) -> list[str]:
        """The distinct régions of the territories, sorted."""
        return sorted({t.region for t in self.territoires if t.region}, key=fold)


def _progress_columns(
    territories: Sequence[TerritoryRecord], known_states: Mapping[str, int] | None
) -> list[str]:
    """Progress states in list order (every state of the database), then missing ones."""
    states: dict[str, int] = dict(known_states or {})
    if not states:
        for position, label in enumerate(DEFAULT_PROGRESS_STATES):
            states[label] = position
    fiches = [f for t in territories for f in t.fiches_actives]
    for fiche in fiches:  # a state unknown to the list given: after the others
        if fiche.avancement and fiche.avancement not in states:
            states[fiche.avancement] = len(states)
    labels = sorted(states, key=lambda label: states[label])
    if any(not f.avancement for f in fiches):
        labels.append(NO_PROGRESS)
    return labels


def _intercommunalities(territory: TerritoryRecord) -> int:
    return len(
        {
            fold(s.organisme)
            for s in territory.signataires
            if s.groupe == GroupeSignataire.INTERCOMMUNALITES.value and s.organisme.strip()
        }
    )


def _territory_row(
    territory: TerritoryRecord, progress_labels: Sequence[str]
) -> TerritorySynthesis:
    contract = territory.contrat_courant
    return TerritorySynthesis(
        territoire_id=territory.id,
        nom=territory.nom,
        region=territory.region,
        departements=territory.departements,
        phase=territory.phase,
        type_document=contract.type_document if contract else "",
        statut_contrat=contract.statut if contract else "",
        date_signature=contract.date_signature if contract else None,
        intercommunalites=_intercommunalities(territory),
        fiches_par_avancement=dict.fromkeys(progress_labels, 0),
    )


_CATEGORIES = {category.value: category for category in CategorieFinancement}


@dataclass
class _TerritoryPass:
    """One territory's figures, gathered in a single pass over its fiches and lines."""

    row: TerritorySynthesis
    axes: list[AxisRow]
    financers: dict[str, dict[CategorieFinancement, Decimal]]


def _scan_territory(
    territory: TerritoryRecord,
    progress_labels: Sequence[str],
    financer_order: dict[str, tuple[int, str]],
) -> _TerritoryPass:
    row = _territory_row(territory, progress_labels)
    axes: dict[str, AxisRow] = {}
    for axis in territory.axes:
        axes.setdefault(
            axis.libelle,
            AxisRow(territory.nom, territory.region, territory.phase, axis.libelle, MoneyTotals()),
        )
    financers: dict[str, dict[CategorieFinancement, Decimal]] = {}
    for fiche in territory.fiches_actives:
        per_category: dict[CategorieFinancement, Decimal] = {}
        for line in fiche.financements:
            category = _CATEGORIES[line.categorie]
            per_category[category] = per_category.get(category, ZERO) + line.montant
            name = line.financeur
            if name not in financers:
                financers[name] = _empty_amounts()
                financer_order[name] = (line.financeur_position, fold(name))
            financers[name][category] += line.montant
        summary = FinancingSummary(fiche.cout_total_ht, per_category)
        row.argent.add_summary(summary)
        state = fiche.avancement or NO_PROGRESS
        row.fiches_par_avancement[state] = row.fiches_par_avancement.get(state, 0) + 1
        axis_label = fiche.axe or NO_AXIS
        if axis_label not in axes:
            axes[axis_label] = AxisRow(
                territory.nom, territory.region, territory.phase, axis_label, MoneyTotals()
            )
        axes[axis_label].argent.add_summary(summary)
    return _TerritoryPass(row, list(axes.values()), financers)


def _axis_rank(phase: str, label: str) -> tuple[int, int]:
    """Default axes of the phase first, in their official order; then the others."""
    defaults = [fold(a) for a in DEFAULT_AXES.get(Phase(phase), ())] if phase in list(Phase) else []
    key = fold(label)
    if label == NO_AXIS:
        return (2, 0)
    return (0, defaults.index(key)) if key in defaults else (1, 0)


def _phase_rank(phase: str) -> tuple[int, str]:
    phases = [p.value for p in Phase]
    return (phases.index(phase), "") if phase in phases else (len(phases), fold(phase))


def _regions_label(regions: Sequence[str]) -> str:
    """The région of rows summing several territories: its name, or how many there are."""
    return regions[0] if len(regions) == 1 else f"{len(regions)} régions" if regions else ""


def synthesize(
    territories: Sequence[TerritoryRecord],
    *,
    progress_states: Mapping[str, int] | None = None,
) -> RegionSynthesis:
    """The Région's figures for these territories (``records.load_territories``).

    ``progress_states`` (label → position) gives the progress columns: pass the
    loader's, so that every state of the database has its column. Territories are kept
    in the order given; the per-financer and per-axis breakdowns follow that order too.
    """
    progress_labels = _progress_columns(territories, progress_states)
    order: dict[str, tuple[int, str]] = {}
    passes = [_scan_territory(t, progress_labels, order) for t in territories]
    rows = [scan.row for scan in passes]

    regions = sorted({t.region for t in territories if t.region}, key=fold)
    total = TerritorySynthesis(
        territoire_id=None,
        nom=f"Total ({len(rows)} territoire{'s' if len(rows) > 1 else ''})",
        region=_regions_label(regions),
        fiches_par_avancement=dict.fromkeys(progress_labels, 0),
    )
    for row in rows:
        total.intercommunalites += row.intercommunalites
        for label, count in row.fiches_par_avancement.items():
            total.fiches_par_avancement[label] = total.fiches_par_avancement.get(label, 0) + count
        total.argent.add(row.argent)

    def by_order(names: Iterable[str]) -> list[str]:
        return sorted(names, key=lambda name: order[name])

    overall: dict[str, dict[CategorieFinancement, Decimal]] = {}
    financers_each: list[FinancerRow] = []
    for scan in passes:
        for name in by_order(scan.financers):
            amounts = scan.financers[name]
            financers_each.append(FinancerRow(scan.row.nom, scan.row.region, name, amounts))
            merged_amounts = overall.setdefault(name, _empty_amounts())
            for category, amount in amounts.items():
                merged_amounts[category] += amount
    financers_all = [
        FinancerRow(ALL_TERRITORIES, total.region, name, overall[name])
        for name in by_order(overall)
    ]

    axes_each: list[AxisRow] = []
    merged: dict[tuple[str, str], AxisRow] = {}
    for scan in passes:
        for axis_row in scan.axes:
            axes_each.append(axis_row)
            key = (axis_row.phase, fold(axis_row.axe))
            if key not in merged:
                phase_regions = sorted(
                    {t.region for t in territories if t.phase == axis_row.phase and t.region},
                    key=fold,
                )
                merged[key] = AxisRow(
                    ALL_TERRITORIES,
                    _regions_label(phase_regions),
                    axis_row.phase,
                    axis_row.axe,
                    MoneyTotals(),
                )
            merged[key].argent.add(axis_row.argent)
    first_seen = {key: i for i, key in enumerate(merged)}
    axes_all = sorted(
        merged.values(),
        key=lambda r: (
            _phase_rank(r.phase),
            _axis_rank(r.phase, r.axe),
            first_seen[(r.phase, fold(r.axe))],
        ),
    )
    return RegionSynthesis(
        territoires=rows,
        total=total,
        avancements=progress_labels,
        financeurs_ensemble=financers_all,
        financeurs_par_territoire=financers_each,
        axes_ensemble=axes_all,
        axes_par_territoire=axes_each,
    )


def load_synthesis(
    session: Session, territoire_ids: Sequence[uuid.UUID] | None = None
) -> RegionSynthesis:
    """Load territories (all, or these) as records and synthesize them."""
    loaded = load_territories(session, territoire_ids)
    return synthesize(loaded.territories, progress_states=loaded.progress_states)
