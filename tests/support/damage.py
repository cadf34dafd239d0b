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
