"""Damaging a base on disk the way a bad sector or an interrupted copy does."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from ti_desktop.db.store import integrity_problems


def damage(path: Path) -> None:
    """Overwrite b-tree page headers in the middle of the (closed) file."""
    size = path.stat().st_size
    connection = sqlite3.connect(path)
    page = connection.execute("PRAGMA page_size").fetchone()[0]
    connection.close()
    with path.open("r+b") as handle:
        for number in range(2, min(size // page, 40), 3):
            handle.seek(number * page)
            handle.write(os.urandom(64))
    assert integrity_problems(path)


def fiche_count(path: Path) -> int:
    """How many fiches-actions the base at ``path`` holds (read-only)."""
    from sqlalchemy import func, select

    from ti_desktop.db.models import FicheAction
    from ti_desktop.db.store import open_database

    database = open_database(path, read_only=True)
    try:
        with database.reader() as session:
            return int(session.scalar(select(func.count()).select_from(FicheAction)) or 0)
    finally:
        database.close()
