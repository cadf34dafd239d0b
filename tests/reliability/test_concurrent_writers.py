"""Two programs writing at once: they wait in turn, nothing half-written, no traceback.

Before: two imports sharing a new financer failed with an ``IntegrityError`` traceback
on ``financeur.libelle``, and so did the same workbook imported twice at once. Each
test runs real ``ti-desktop`` processes side by side; the last one takes the owner
lock away, as on a share where locks do not work, to show the transaction itself
holds (``BEGIN IMMEDIATE``).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import func, select
from support.exchange import minimal_sheets, write_workbook
from support.processes import child_environment

from ti_desktop.db.models import FicheAction, Financeur, LigneFinancement, Territoire
from ti_desktop.db.store import Database, integrity_problems, open_database

_WITHOUT_OWNER_LOCK = r"""
import sys
from ti_desktop.db import owner_lock
def unsupported(*args, **kwargs):
    raise owner_lock.LockUnavailable("verrous non pris en charge", unsupported=True)
owner_lock.acquire = unsupported
from ti_desktop.cli import main
sys.exit(main(sys.argv[1:]))
"""


def _workbook(folder: Path, territory: str, financer: str) -> Path:
    sheets = minimal_sheets(territory)
    sheets["Financements"][1][2] = financer
    sheets["Fiches-actions"][1][3] = "Mobiliser le foncier industriel"
    return write_workbook(folder / f"{territory}.xlsx", sheets)


def _side_by_side(
    database: Path, workbooks: list[Path], *, owner_lock: bool = True
) -> list[subprocess.CompletedProcess[str]]:
    """``ti-desktop --db DATABASE import W`` for each workbook, all started at once."""
    launcher = ["-m", "ti_desktop"] if owner_lock else ["-c", _WITHOUT_OWNER_LOCK]
    processes = [
        subprocess.Popen(
            [sys.executable, *launcher, "--db", str(database), "import", str(workbook)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=child_environment(),
        )
        for workbook in workbooks
    ]
    results = []
    for process in processes:
        out, err = process.communicate(timeout=120)
        results.append(subprocess.CompletedProcess(process.args, process.returncode, out, err))
    return results


def _count(path: Path, model: type) -> int:
    database = open_database(path, read_only=True)
    try:
        with database.reader() as session:
            return int(session.scalar(select(func.count()).select_from(model)) or 0)
    finally:
        database.close()


@pytest.fixture
def base(database: Database) -> Path:
    database.close()
    return database.path


@pytest.mark.parametrize("owner_lock", [True, False], ids=["verrou", "sans-verrou"])
def test_two_imports_sharing_a_new_financer_both_succeed(
    base: Path, tmp_path: Path, owner_lock: bool
) -> None:
    financers = _count(base, Financeur)
    workbooks = [
        _workbook(tmp_path, name, "Fonds régional nouveau") for name in ("Vosges", "Ardennes")
    ]
    results = _side_by_side(base, workbooks, owner_lock=owner_lock)
    for result in results:
        assert result.returncode == 0, result.stderr
        assert "Traceback" not in result.stderr and "IntegrityError" not in result.stderr
    assert _count(base, Financeur) == financers + 1
    assert _count(base, Territoire) == 2
    assert _count(base, LigneFinancement) == 2
    assert integrity_problems(base) == []


@pytest.mark.parametrize("owner_lock", [True, False], ids=["verrou", "sans-verrou"])
def test_the_same_workbook_imported_twice_at_once_is_imported_once(
    base: Path, tmp_path: Path, owner_lock: bool
) -> None:
    workbook = _workbook(tmp_path, "Vosges", "Fonds régional nouveau")
    results = _side_by_side(base, [workbook, workbook], owner_lock=owner_lock)
    for result in results:
        assert result.returncode == 0, result.stderr
        assert "Traceback" not in result.stderr
    assert _count(base, Territoire) == 1
    assert _count(base, FicheAction) == 1
    assert _count(base, LigneFinancement) == 1
