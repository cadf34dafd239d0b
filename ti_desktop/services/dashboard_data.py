"""Figures of a territory's dashboard: cost and financing by axis, by financer, fiches by progress.

Qt-free and exact (``Decimal``); built on ``services.synthesis`` so the dashboard and
the Région workbook always agree. *Acquis* is the financing with an *acquis* status;
*autres financements prévus* are the other non-refused lines (accord de principe,
sollicité, envisagé); *reste à financer* is summed per fiche (see ``synthesis``).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from decimal import Decimal

from ti_desktop.db.models import Territoire
from ti_desktop.db.store import Database
from ti_desktop.db.vocabulary import CategorieFinancement
from ti_desktop.errors import UserFacingError
from ti_desktop.services.financing import ZERO
from ti_desktop.services.synthesis import synthesize
from ti_desktop.services.territories import full_territory_options


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
        return sum(
            (v for k, v in self.montants.items() if k != CategorieFinancement.REFUSE), ZERO
        )


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
    return sum(
        (
            v
            for k, v in amounts.items()
            if k not in (CategorieFinancement.ACQUIS, CategorieFinancement.REFUSE)
        ),
        ZERO,
    )


def load_dashboard(database: Database, territoire_id: uuid.UUID) -> DashboardData:
    """Figures of one territory (fiches in the trash excluded), in one short session."""
    with database.reader() as session:
        territory = session.get(
            Territoire,
            territoire_id,
            options=full_territory_options(),  # type: ignore[arg-type]
        )
        if territory is None or territory.supprime_le is not None:
            raise UserFacingError("Ce territoire n'existe plus dans la base.")
        synthesis = synthesize([territory])
        row = synthesis.territoires[0]
        money = row.argent
        axes = [
            AxisFigures(
                axe=axis.axe,
                fiches=axis.argent.fiches,
                cout_total=axis.argent.cout_total,
                acquis=axis.argent.acquis,
                autres_prevus=_others(axis.argent.financements),
                reste_a_financer=axis.argent.reste_a_financer,
            )
            for axis in synthesis.axes_par_territoire
        ]
        financers = [
            FinancerFigures(f.financeur, dict(f.montants))
            for f in synthesis.financeurs_par_territoire
        ]
        return DashboardData(
            territoire=territory.nom,
            fiches=money.fiches,
            cout_total=money.cout_total,
            acquis=money.acquis,
            autres_prevus=_others(money.financements),
            reste_a_financer=money.reste_a_financer,
            sur_financement=money.sur_financement,
            part_acquise=money.part_acquise,
            axes=axes,
            financeurs=financers,
            fiches_par_avancement=list(row.fiches_par_avancement.items()),
        )
