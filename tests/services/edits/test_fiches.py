"""Qt-free fiche use cases: numbering, duplicate, reorder, renumber, checks."""

from __future__ import annotations

import uuid
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import select

from ti_desktop.db.models import FicheAction, Financeur, Territoire
from ti_desktop.db.store import Database
from ti_desktop.errors import UserFacingError
from ti_desktop.services import records
from ti_desktop.services.demo import DEMO_NAME
from ti_desktop.services.edits import fiche_lines
from ti_desktop.services.edits import fiches as fiche_edits


def _territory_id(database: Database) -> uuid.UUID:
    with database.reader() as session:
        return session.scalars(select(Territoire.id).where(Territoire.nom == DEMO_NAME)).one()


def _fiche(database: Database, numero: str) -> FicheAction:
    with database.reader() as session:
        return session.scalars(select(FicheAction).where(FicheAction.numero == numero)).one()


def _numbers(database: Database, territory: uuid.UUID) -> list[str]:
    with database.reader() as session:
        return [r.numero for r in records.load_fiches(session, territory)]


def test_next_free_number_per_axis(demo_database: Database) -> None:
    territory = _territory_id(demo_database)
    with demo_database.reader() as session:
        axes = fiche_edits.load_choices(session, territory).axes
        assert fiche_edits.next_free_numero(session, territory, axes[1].id) == "2.4"
        assert fiche_edits.next_free_numero(session, territory, axes[0].id) == "1.4"


def test_new_fiche_is_inserted_last_and_numbered(demo_database: Database) -> None:
    territory = _territory_id(demo_database)
    with demo_database.session() as session:
        axes = fiche_edits.load_choices(session, territory).axes
        fiche_edits.create_fiche(session, territory, axes[2].id)
    fiche = _fiche(demo_database, "3.4")
    assert fiche.intitule == "Nouvelle fiche-action"
    assert fiche.position == 12
    assert _numbers(demo_database, territory)[-1] == "3.4"


def test_duplicate_copies_lines_and_indicators_with_new_ids(demo_database: Database) -> None:
    original = _fiche(demo_database, "1.1")
    with demo_database.session() as session:
        fiche_edits.duplicate_fiche(session, original.id)
    with demo_database.reader() as session:
        copy = session.scalars(select(FicheAction).where(FicheAction.numero == "1.4")).one()
        source = session.get(FicheAction, original.id)
        assert source is not None
        assert copy.intitule == "Extension du parc de bioraffinage végétal (copie)"
        assert copy.id != source.id
        assert [(line.dispositif, line.montant) for line in copy.financements] == [
            (line.dispositif, line.montant) for line in source.financements
        ]
        source_ids = {line.id for line in source.financements}
        assert source_ids.isdisjoint({line.id for line in copy.financements})
        assert len(copy.indicateurs) == len(source.indicateurs) == 2
        assert len(source.financements) == 4


def test_move_and_undo(demo_database: Database) -> None:
    territory = _territory_id(demo_database)
    fiche = _fiche(demo_database, "1.2")
    with demo_database.session() as session:
        previous = fiche_edits.move_fiche(session, fiche.id, -1)
    assert _numbers(demo_database, territory)[:3] == ["1.2", "1.1", "1.3"]
    with demo_database.session() as session:
        fiche_edits.restore_positions(session, previous)
    assert _numbers(demo_database, territory)[:3] == ["1.1", "1.2", "1.3"]


def test_renumber_groups_by_axis_and_avoids_trashed_numbers(demo_database: Database) -> None:
    territory = _territory_id(demo_database)
    moved = _fiche(demo_database, "4.3")
    trashed = _fiche(demo_database, "1.2")
    with demo_database.session() as session:
        axes = fiche_edits.load_choices(session, territory).axes
        fiche_edits.update_fiche(session, moved.id, {"axe_id": axes[0].id})
        fiche_edits.trash_fiche(session, trashed.id)
    with demo_database.session() as session:
        previous = fiche_edits.renumber_fiches(session, territory)
    numbers = _numbers(demo_database, territory)
    assert numbers[:4] == ["1.1", "1.2", "1.3", "2.1"]
    with demo_database.reader() as session:
        assert session.get(FicheAction, moved.id).numero == "1.3"  # type: ignore[union-attr]
        # the trashed 1.2 gave its number away and took the next free one
        assert session.get(FicheAction, trashed.id).numero == "1.4"  # type: ignore[union-attr]
    with demo_database.session() as session:
        fiche_edits.restore_numbers(session, previous)
    with demo_database.reader() as session:
        assert session.get(FicheAction, moved.id).numero == "4.3"  # type: ignore[union-attr]
        assert session.get(FicheAction, trashed.id).numero == "1.2"  # type: ignore[union-attr]


def test_missing_for_sending(demo_database: Database) -> None:
    territory = _territory_id(demo_database)
    with demo_database.session() as session:
        new_id = fiche_edits.create_fiche(session, territory, None)
    with demo_database.reader() as session:
        detail = records.load_fiche(session, new_id)
        complete = records.load_fiche(session, _fiche(demo_database, "1.1").id)
    assert detail is not None and complete is not None
    assert fiche_edits.missing_for_sending(detail) == [
        "Axe",
        "Maître d'ouvrage",
        "Description",
        "Coût total",
        "Plan de financement",
        "Dates",
        "Indicateurs",
    ]
    assert fiche_edits.missing_for_sending(complete) == []


def test_validation_refuses_bad_values(demo_database: Database) -> None:
    fiche = _fiche(demo_database, "1.1")  # runs 01/09/2024 → 30/06/2027
    with demo_database.reader() as session:  # never committed
        with pytest.raises(UserFacingError, match="antérieure à la date de début"):
            fiche_edits.update_fiche(session, fiche.id, {"date_fin": date(2024, 1, 1)})
        with pytest.raises(UserFacingError, match="négatif"):
            fiche_edits.update_fiche(session, fiche.id, {"cout_total_ht": Decimal("-1")})
        with pytest.raises(UserFacingError, match="déjà utilisé"):
            fiche_edits.update_fiche(session, fiche.id, {"numero": "1.2"})
        with pytest.raises(UserFacingError, match="obligatoire"):
            fiche_edits.update_fiche(session, fiche.id, {"intitule": "  "})
        fiche_edits.update_fiche(session, fiche.id, {"date_fin": date(2028, 1, 1)})


def test_new_financer_and_lines(demo_database: Database) -> None:
    fiche = _fiche(demo_database, "1.3")
    with demo_database.session() as session:
        financer_id = fiche_lines.add_financer(session, "  Fondation   Alpha ")
        fiche_lines.add_financing_line(session, fiche.id)
    with demo_database.reader() as session:
        assert session.get(Financeur, financer_id).libelle == "Fondation Alpha"  # type: ignore[union-attr]
        detail = records.load_fiche(session, fiche.id)
        assert detail is not None
        assert detail.financements[-1].montant == Decimal("0.00")
        assert detail.financements[-1].position == 3
        with pytest.raises(UserFacingError, match="déjà dans la liste"):
            fiche_lines.add_financer(session, "fondation alpha")


def test_natural_key_orders_numbers() -> None:
    numbers = ["1.10", "1.2", "2.1", "1.1", "10.1"]
    assert sorted(numbers, key=fiche_edits.natural_key) == ["1.1", "1.2", "1.10", "2.1", "10.1"]
