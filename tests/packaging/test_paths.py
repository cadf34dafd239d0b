"""paths.py in a simulated PyInstaller layout: bundled files are found under sys._MEIPASS."""

from __future__ import annotations

import contextlib
import shutil
import sqlite3
import sys
from pathlib import Path

import pytest
from alembic.script import ScriptDirectory

from ti_desktop import paths
from ti_desktop.db import store

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def frozen_bundle(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the files the spec ships, laid out as in dist/ti-desktop/_internal."""
    bundle = tmp_path / "dist" / "ti-desktop" / "_internal"
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    shutil.copytree(
        ROOT / "ti_desktop" / "db" / "migrations",
        bundle / "ti_desktop" / "db" / "migrations",
        ignore=ignore,
    )
    (bundle / "templates").mkdir(parents=True)
    (bundle / "templates" / "contrat.docx").write_bytes(b"PK\x03\x04 stand-in")
    shutil.copytree(ROOT / "resources" / "icons", bundle / "resources" / "icons")
    monkeypatch.setattr(sys, "_MEIPASS", str(bundle), raising=False)
    return bundle


def test_bundled_folders_resolve_under_meipass(frozen_bundle: Path) -> None:
    assert paths.bundle_root() == frozen_bundle
    assert paths.templates_dir() == frozen_bundle / "templates"
    assert paths.default_contract_template().is_file()
    assert paths.resources_dir() == frozen_bundle / "resources"
    assert (paths.resources_dir() / "icons" / "ti-desktop-256.png").is_file()
    assert paths.migrations_dir() == frozen_bundle / "ti_desktop" / "db" / "migrations"
    assert (paths.migrations_dir() / "env.py").is_file()


def test_migrations_run_from_the_bundle_folder(frozen_bundle: Path, tmp_path: Path) -> None:
    # Alembic loads env.py and versions/*.py by path. A marker revision that exists only in
    # the simulated bundle proves the database is migrated from the bundle's copies.
    source_head = ScriptDirectory(str(ROOT / "ti_desktop" / "db" / "migrations")).get_current_head()
    marker = frozen_bundle / "ti_desktop" / "db" / "migrations" / "versions" / "9999_marker.py"
    marker.write_text(
        f'revision = "bundle_marker"\ndown_revision = "{source_head}"\n'
        "branch_labels = None\ndepends_on = None\n\n\n"
        "def upgrade() -> None:\n    pass\n\n\ndef downgrade() -> None:\n    pass\n",
        encoding="utf-8",
    )
    database = store.open_database(tmp_path / "frozen.tidb")
    database.close()
    with contextlib.closing(sqlite3.connect(tmp_path / "frozen.tidb")) as connection:
        (revision,) = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}
    assert revision == "bundle_marker" == store.head_revision()
    assert {"territoire", "fiche_action", "ligne_financement"} <= tables


def test_without_meipass_the_source_tree_is_used(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delattr(sys, "_MEIPASS", raising=False)
    assert paths.bundle_root() == ROOT
    assert paths.migrations_dir() == ROOT / "ti_desktop" / "db" / "migrations"
    assert paths.resources_dir() == ROOT / "resources"


def test_user_data_never_lives_in_the_bundle(frozen_bundle: Path, data_dir: Path) -> None:
    assert paths.user_data_dir() == data_dir
    assert frozen_bundle not in paths.default_database_path().parents
    assert paths.default_database_path().suffix == ".tidb"
