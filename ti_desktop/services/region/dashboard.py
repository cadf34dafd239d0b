"""Figures of a territory's dashboard: cost and financing by axis, by financer, fiches by progress.

The dashboard is the Région synthesis (``region.synthesis``) of one territory, shaped
for the page: one aggregation pipeline, so the window and the Région workbook always
show the same figures. *Acquis* is the financing with an *acquis* status; *autres
financements prévus* are the other non-refused lines (accord de principe, sollicité,
envisagé); *reste à financer* is summed per fiche (see ``synthesis``).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from decimal import Decimal

from ti_desktop.db.store import Database
from ti_desktop.db.vocabulary import CategorieFinancement
from ti_desktop.errors import UserFacingError
from ti_desktop.services.financing import ZERO
from ti_desktop.services.region.synthesis import RegionSynthesis, load_synthesis


@dataclass(frozen=True)
class AxisFigures:
    """Cost and financing of the fiches of one axis."""

    axe: str
    fiches: int
    cout_total: Decimal
    acquis: Decimal
    autres_prevus: Decimal
    reste_a_financer: Decimal


@dataclass(frozen=True)
class FinancerFigures:
    """Amounts of one financer, per status category (refused included)."""

    financeur: str
    montants: dict[CategorieFinancement, Decimal]

    @property
    def total_hors_refus(self) -> Decimal:
        return sum((v for k, v in self.montants.items() if k != CategorieFinancement.REFUSE), ZERO)


@dataclass(frozen=True)
class DashboardData:
    """Everything the dashboard page draws, for one territory."""

    territoire: str
    fiches: int
    cout_total: Decimal
    acquis: Decimal
    autres_prevus: Decimal
    reste_a_financer: Decimal
    sur_financement: Decimal
    part_acquise: Decimal | None
    axes: list[AxisFigures]
    financeurs: list[FinancerFigures]
    fiches_par_avancement: list[tuple[str, int]]


def _others(amounts: dict[CategorieFinancement, Decimal]) -> Decimal:
    """The planned financing that is not acquired yet (accord, sollicité, envisagé)."""
    return sum(
        (
            v
            for k, v in amounts.items()
            if k not in (CategorieFinancement.ACQUIS, CategorieFinancement.REFUSE)
        ),
        ZERO,
    )


def dashboard_of(synthesis: RegionSynthesis) -> DashboardData:
    """The dashboard of the one territory ``synthesis`` was computed for."""
    (row,) = synthesis.territoires
    money = row.argent
    return DashboardData(
        territoire=row.nom,
        fiches=money.fiches,
        cout_total=money.cout_total,
        acquis=money.acquis,
        autres_prevus=_others(money.financements),
        reste_a_financer=money.reste_a_financer,
        sur_financement=money.sur_financement,
        part_acquise=money.part_acquise,
        axes=[
            AxisFigures(
                axe=axis.axe,
                fiches=axis.argent.fiches,
                cout_total=axis.argent.cout_total,
                acquis=axis.argent.acquis,
                autres_prevus=_others(axis.argent.financements),
                reste_a_financer=axis.argent.reste_a_financer,
            )
            for axis in synthesis.axes_par_territoire
        ],
        financeurs=[
            FinancerFigures(financer.financeur, financer.montants)
            for financer in synthesis.financeurs_par_territoire
        ],
        fiches_par_avancement=list(row.fiches_par_avancement.items()),
    )


def load_dashboard(database: Database, territoire_id: uuid.UUID) -> DashboardData:
    """Figures of one territory (fiches in the trash excluded), in one short session.

    The Région synthesis of that territory alone: the same records, the same money
    rules, the same figures as its row of the Région workbook.

    Raises:
        UserFacingError: the territory is gone or in the trash.
    """
    with database.reader() as session:
        synthesis = load_synthesis(session, [territoire_id])
    if not synthesis.territoires:
        raise UserFacingError("Ce territoire n'existe plus dans la base.")
    return dashboard_of(synthesis)
