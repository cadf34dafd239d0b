"""Local change tracking: every write is seen, ORM or Core, and nothing else."""

from __future__ import annotations

import uuid
from decimal import Decimal

from sqlalchemy import Column, MetaData, String, Table, insert, select, update
from support.sync import FicheAction, build_territory, core_update, delete_row, set_values

from ti_desktop.db.models import Base, Financeur, LigneFinancement
from ti_desktop.db.sync_tracking import sync_ligne
from ti_desktop.services.demo import create_demo_territory
from ti_desktop.services.exchange.importer import import_workbook
from ti_desktop.services.sync.local import (
    Entry,
    pending_changes,
    pending_count,
    read_rows,
    sync_transaction,
    write_entries,
)
from ti_desktop.services.sync.tables import _describe, sync_table, sync_tables


def mark_all_synchronised(database):
    """Pretend every row was just published (revision 1, base = current values)."""
    with sync_transaction(database) as connection:
        for table in sync_tables():
            ids = list(connection.scalars(select(table.table.c.id)))
            rows = read_rows(connection, table, ids)
            write_entries(
                connection, table.name, {i: Entry(1, False, v, None) for i, v in rows.items()}
            )


def flagged(database):
    with database.engine.connect() as connection:
        return {
            (row.table_nom, row.ligne_id)
            for row in connection.execute(select(sync_ligne).where(sync_ligne.c.modifie))
        }


def test_every_kind_of_write_is_flagged(database):
    build_territory(database, "Alpha")
    mark_all_synchronised(database)
    assert flagged(database) == set()
    with database.engine.connect() as connection:
        assert pending_changes(connection)[0] == []

    fiche, other, third = (r for r in database.engine.connect().scalars(select(FicheAction.id)))
    set_values(database, FicheAction, fiche, intitule="ORM")
    core_update(database, FicheAction, other, intitule="Core")
    delete_row(database, FicheAction, third)  # its lines and indicator go too (cascade)
    with database.session() as session:
        financer = session.scalar(select(Financeur.id))
        status = session.scalar(select(LigneFinancement.statut_id))
        session.execute(
            insert(LigneFinancement),
            [
                {
                    "id": uuid.uuid4(),
                    "fiche_id": fiche,
                    "financeur_id": financer,
                    "statut_id": status,
                    "montant": Decimal(1),
                }
            ],
        )
    marked = flagged(database)
    assert ("fiche_action", fiche) in marked and ("fiche_action", other) in marked
    assert ("fiche_action", third) in marked
    assert sum(1 for table, _ in marked if table == "ligne_financement") == 2  # cascaded
    with database.engine.connect() as connection:
        kinds = sorted((c.table, c.kind) for c in pending_changes(connection)[0])
    assert kinds == [
        ("fiche_action", "modification"),
        ("fiche_action", "modification"),
        ("fiche_action", "suppression"),
        ("indicateur", "suppression"),
        ("ligne_financement", "creation"),
        ("ligne_financement", "suppression"),
        ("ligne_financement", "suppression"),
    ]


def test_the_importers_bulk_writes_are_new_rows(database, tmp_path):
    from support.exchange import export_demo

    source_path = export_demo(_demo_copy(tmp_path), tmp_path)
    import_workbook(database, source_path)
    with database.engine.connect() as connection:
        changes = pending_changes(connection)[0]
    lines = [c for c in changes if c.table == "ligne_financement"]
    assert lines and all(c.kind == "creation" for c in lines)


def _demo_copy(tmp_path):
    """A database whose demo territory is an ordinary one (demos are never published)."""
    from ti_desktop.db.store import open_database

    database = open_database(tmp_path / "source.tidb")
    with database.session() as session:
        territory = create_demo_territory(session)
        territory.est_demo = False
    return database


def test_the_synchronisations_own_writes_are_not_tracked(database):
    build_territory(database, "Alpha", fiches=1)
    mark_all_synchronised(database)
    fiche = database.engine.connect().scalar(select(FicheAction.id))
    with sync_transaction(database) as connection:
        connection.execute(
            update(FicheAction).where(FicheAction.id == fiche).values(intitule="serveur")
        )
    assert flagged(database) == set()


def test_what_does_not_count_as_a_change(database):
    build_territory(database, "Alpha", fiches=1)
    with database.session() as session:
        create_demo_territory(session)
    mark_all_synchronised(database)
    fiche = database.engine.connect().scalar(
        select(FicheAction.id).where(FicheAction.numero == "1.1")
    )
    set_values(database, FicheAction, fiche, notes_privees="seulement pour moi")  # private
    set_values(database, FicheAction, fiche, intitule="Action 1 de Alpha")  # same value
    with database.session() as session:  # demo territories are never published
        for demo_fiche in session.scalars(select(FicheAction).where(FicheAction.numero != "1.1")):
            demo_fiche.intitule += " (démo)"
    with database.engine.connect() as connection:
        changes, unchanged = pending_changes(connection)
        assert changes == []
        assert pending_count(connection) == 0
    assert ("fiche_action", fiche) in {(t, i) for t, ids in unchanged.items() for i in ids}


def test_columns_come_from_the_mapper(database):
    fiche = sync_table("fiche_action")
    mapped = [c.name for c in Base.metadata.tables["fiche_action"].columns]
    assert fiche.columns == tuple(c for c in mapped if c != "notes_privees")
    assert fiche.local_only == frozenset({"notes_privees"})
    assert fiche.column_label("cout_total_ht") == "Coût total HT (€)"
    assert fiche.column_label("axe_id") == "Axe"
    # a column added later is synchronised and compared with no edit
    table = Table(
        "fiche_action",
        MetaData(),
        *[Column(c.name, c.type) for c in Base.metadata.tables["fiche_action"].columns],
        Column("priorite", String(20)),
    )
    later = _describe(table)
    assert "priorite" in later.columns and "priorite" in later.compared
