"""Shared fixtures: an isolated data folder and a fresh database per test.

The schema is migrated once per run into a template file; each test gets a copy
(migrating a new file costs ~0.1 s, a copy a millisecond).
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from ti_desktop import paths  # noqa: E402
from ti_desktop.db.store import Database, open_database  # noqa: E402
from ti_desktop.services.demo import create_demo_territory  # noqa: E402


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Every test gets its own user data folder; the real one is never touched."""
    folder = tmp_path / "data"
    monkeypatch.setenv(paths.DATA_DIR_ENV, str(folder))
    monkeypatch.delenv(paths.DATABASE_ENV, raising=False)
    paths.set_data_dir(None)
    yield folder
    paths.set_data_dir(None)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "test.tidb"


@pytest.fixture(scope="session")
def migrated_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An empty database at the head revision, with the reference lists, made once."""
    path = tmp_path_factory.mktemp("template") / "modele.tidb"
    open_database(path).close()
    return path


@pytest.fixture
def database(db_path: Path, migrated_template: Path) -> Iterator[Database]:
    """A fresh, migrated, empty database file (a copy of the template)."""
    shutil.copyfile(migrated_template, db_path)
    db = open_database(db_path)
    yield db
    db.close()


@pytest.fixture
def demo_database(database: Database) -> Database:
    """A database holding the demonstration territory."""
    with database.session() as session:
        create_demo_territory(session)
    return database
