"""Migration 0003 on a laptop's file: the bookkeeping tables and triggers, and back."""

from __future__ import annotations

import sqlite3

from alembic import command

from ti_desktop.db.store import alembic_config, open_database
from ti_desktop.db.sync_tracking import SYNCHRONISED_TABLES


def objects(path):
    with sqlite3.connect(path) as connection:
        return {
            (kind, name)
            for kind, name in connection.execute("SELECT type, name FROM sqlite_master")
            if name.startswith("sync_")
        }


def test_0003_adds_and_removes_the_tracking(tmp_path):
    path = tmp_path / "poste.tidb"
    database = open_database(path)
    triggers = {name for kind, name in objects(path) if kind == "trigger"}
    assert len(triggers) == 4 * len(SYNCHRONISED_TABLES)
    assert {"sync_ligne", "sync_conflit", "sync_depot", "sync_curseur", "sync_silence"} <= {
        name for kind, name in objects(path) if kind == "table"
    }
    config = alembic_config()
    with database.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0002")
    assert objects(path) == set()
    with database.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
    assert len({n for k, n in objects(path) if k == "trigger"}) == 4 * len(SYNCHRONISED_TABLES)
    database.close()
