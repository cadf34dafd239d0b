from __future__ import annotations

import uuid
from datetime import UTC, datetime
from decimal import Decimal

import pytest
from sqlalchemy import select

from ti_desktop.db.models import FicheAction, Territoire
from ti_desktop.db.store import Database
from ti_desktop.db.vocabulary import CategorieFinancement
from ti_desktop.errors import UserFacingError
from ti_desktop.services.financing import summarize_fiche
from ti_desktop.services.region.dashboard import load_dashboard


def demo_id(database: Database) -> object:
    with database.reader() as session:
        return session.scalars(select(Territoire.id)).one()


def test_demo_figures_match_fiche_summaries(demo_database: Database) -> None:
    territory_id = demo_id(demo_database)
    data = load_dashboard(demo_database, territory_id)  # type: ignore[arg-type]
    assert data.territoire == "Troyes – Bar-sur-Aube (démonstration)"
    assert data.fiches == 12
    # The demo's known totals.
    assert data.cout_total == Decimal("18455000.00")
    assert data.acquis == Decimal("6545000.00")
    assert data.autres_prevus == Decimal("8950000.00")
    assert data.reste_a_financer == Decimal("2960000.00")
    assert data.part_acquise == Decimal("0.3546")
    assert all(isinstance(v, Decimal) for v in (data.cout_total, data.acquis))

    # Recomputed independently from the fiches' own summaries.
    with demo_database.reader() as session:
        fiches = list(session.scalars(select(FicheAction)))
        summaries = [summarize_fiche(f) for f in fiches]
        by_axis: dict[str, Decimal] = {}
        for fiche in fiches:
            by_axis[fiche.axe.libelle] = by_axis.get(fiche.axe.libelle, Decimal(0)) + (
                fiche.cout_total_ht or Decimal(0)
            )
    assert data.acquis == sum((s.acquis for s in summaries), Decimal(0))
    assert data.reste_a_financer == sum((s.reste_a_financer for s in summaries), Decimal(0))
    assert {a.axe: a.cout_total for a in data.axes} == by_axis
    assert sum(a.fiches for a in data.axes) == 12
    for axis in data.axes:
        # No demo axis is over-financed: the three segments make the cost.
        assert axis.acquis + axis.autres_prevus + axis.reste_a_financer == axis.cout_total

    region = next(f for f in data.financeurs if f.financeur == "Région")
    assert region.montants[CategorieFinancement.ACQUIS] == Decimal("1604000.00")
    assert region.total_hors_refus == Decimal("3304000.00")
    assert dict(data.fiches_par_avancement) == {
        "À l'étude": 3,
        "Prête à démarrer": 3,
        "En cours": 4,
        "Réalisée": 1,
        "Suspendue": 1,
        "Abandonnée": 0,
    }


def test_trash_is_excluded_and_missing_territory_refused(demo_database: Database) -> None:
    territory_id = demo_id(demo_database)
    with demo_database.session() as session:
        fiche = session.scalars(select(FicheAction).where(FicheAction.numero == "1.1")).one()
        cost = fiche.cout_total_ht
        fiche.supprime_le = datetime.now(UTC)
    data = load_dashboard(demo_database, territory_id)  # type: ignore[arg-type]
    assert data.fiches == 11
    assert data.cout_total == Decimal("18455000.00") - cost
    with pytest.raises(UserFacingError):
        load_dashboard(demo_database, uuid.uuid4())


def test_dashboard_agrees_with_region_synthesis(demo_database: Database) -> None:
    from ti_desktop.services.region.synthesis import load_synthesis

    territory_id = demo_id(demo_database)
    with demo_database.session() as session:
        fiches = {f.numero: f for f in session.scalars(select(FicheAction))}
        fiches["1.1"].axe_id = None  # lands in "(sans axe)"
        fiches["1.2"].avancement_id = None  # "(non renseigné)"
        fiches["2.1"].cout_total_ht = Decimal("1000.00")  # over-financed
        fiches["2.2"].cout_total_ht = None  # no cost: lines still count
    data = load_dashboard(demo_database, territory_id)  # type: ignore[arg-type]
    with demo_database.reader() as session:
        synthesis = load_synthesis(session, [territory_id])  # type: ignore[list-item]
    money = synthesis.territoires[0].argent
    assert data.fiches == money.fiches == 12
    assert data.cout_total == money.cout_total
    assert data.acquis == money.acquis
    assert data.reste_a_financer == money.reste_a_financer
    assert data.sur_financement == money.sur_financement > 0
    assert data.acquis + data.autres_prevus == money.total_hors_refus
    assert {a.axe: (a.fiches, a.cout_total, a.acquis, a.reste_a_financer) for a in data.axes} == {
        a.axe: (a.argent.fiches, a.argent.cout_total, a.argent.acquis, a.argent.reste_a_financer)
        for a in synthesis.axes_par_territoire
    }
    assert "(sans axe)" in {a.axe for a in data.axes}
    assert [(f.financeur, f.montants) for f in data.financeurs] == [
        (f.financeur, f.montants) for f in synthesis.financeurs_par_territoire
    ]
    assert data.fiches_par_avancement == list(
        synthesis.territoires[0].fiches_par_avancement.items()
    )
