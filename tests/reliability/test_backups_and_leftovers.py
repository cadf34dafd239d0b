"""Backups before imports and restores; what killed programs leave behind is cleaned.

Before: no backup was taken before an import; 25 partial backups of up to 218 MB
stayed forever in the backups folder and each killed export leaked about 1 MB in the
temporary folder; ``contract --pdf`` wrote the new PDF beside the old Word file
before replacing it.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from support.damage import fiche_count
from support.exchange import export_demo
from support.processes import child_environment

from ti_desktop import scratch
from ti_desktop.cli import main
from ti_desktop.db.store import Database, integrity_problems
from ti_desktop.services.files import atomic, backups

_KILLED_MID_WRITE = r"""
import sys, tempfile, time
from pathlib import Path
from ti_desktop import scratch
from ti_desktop.services.files.atomic import atomic_path
scratch.start()
with atomic_path(Path(sys.argv[1])) as temporary:
    temporary.write_bytes(b"x" * 1_000_000)  # half a document
    with tempfile.NamedTemporaryFile(prefix="openpyxl.", delete=False) as sheet:
        sheet.write(b"y" * 1_000_000)  # openpyxl's buffer of a sheet being written
    print(temporary, sheet.name, flush=True)
    time.sleep(600)
"""


def test_what_a_killed_program_was_writing_is_removed_at_the_next_start(
    demo_database: Database,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setattr(scratch, "_GRACE_SECONDS", 0.0)
    target = tmp_path / "documents" / "Contrat.docx"
    child = subprocess.Popen(
        [sys.executable, "-c", _KILLED_MID_WRITE, str(target)],
        stdout=subprocess.PIPE,
        text=True,
        env=child_environment(),
    )
    assert child.stdout is not None
    temporary, sheet = map(Path, child.stdout.readline().split())
    os.kill(child.pid, signal.SIGKILL)
    child.wait()
    assert temporary.exists() and sheet.exists()
    assert main(["--db", str(demo_database.path), "list"]) == 0  # any next start
    capsys.readouterr()
    assert not temporary.exists() and not target.exists()
    assert list(target.parent.iterdir()) == []
    assert not sheet.exists() and not sheet.parent.exists()


def test_partial_backups_of_killed_runs_are_removed_not_those_under_way(
    demo_database: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = backups.backup_folder(demo_database.path)
    folder.mkdir(parents=True)
    old = folder / ".20260101-120000_auto.tidb-1a2b3c4d.tmp"
    old.write_bytes(b"\0" * 200_000)
    an_hour_ago = time.time() - 3600
    os.utime(old, (an_hour_ago, an_hour_ago))
    being_written = folder / ".20260101-120001_manuelle.tidb-5e6f7a8b.tmp"
    being_written.write_bytes(b"\0" * 1000)
    assert main(["--db", str(demo_database.path), "list"]) == 0
    capsys.readouterr()
    assert not old.exists()
    assert being_written.exists()


def test_an_import_is_backed_up_first_once_per_command(
    demo_database: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    first = export_demo(demo_database, tmp_path, "a.xlsx")
    second = export_demo(demo_database, tmp_path, "b.xlsx")
    assert main(["--db", str(demo_database.path), "import", str(first), str(second)]) == 0
    taken = backups.list_backups(demo_database.path)
    assert [b.kind for b in taken] == [backups.BEFORE_IMPORT]
    assert taken[0].usable and fiche_count(taken[0].path) == 12
    for _ in range(backups.KEEP_BEFORE_IMPORT + 2):
        backups.backup_before_import(demo_database.path)
    kinds = [b.kind for b in backups.list_backups(demo_database.path)]
    assert kinds.count(backups.BEFORE_IMPORT) == backups.KEEP_BEFORE_IMPORT


def test_an_import_that_cannot_be_backed_up_is_not_made(
    demo_database: Database,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    import sqlite3

    from support.locks import table_dump

    workbook = export_demo(demo_database, tmp_path)

    def full_disk(_source: Path, _target: Path) -> None:
        error = sqlite3.OperationalError("database or disk is full")
        error.sqlite_errorcode = sqlite3.SQLITE_FULL  # type: ignore[attr-defined]
        raise error

    monkeypatch.setattr(backups, "copy_database", full_disk)
    before = table_dump(demo_database.path)
    assert main(["--db", str(demo_database.path), "import", str(workbook)]) == 1
    err = capsys.readouterr().err
    assert "Sauvegarde impossible dans" in err and "est plein" in err
    assert "L'import n'a pas été fait." in err
    assert table_dump(demo_database.path) == before


def test_a_restore_keeps_the_replaced_state_first(
    demo_database: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    empty = backups.make_backup(demo_database.path)
    assert main(["--db", str(demo_database.path), "restore", str(empty.path)]) == 0
    capsys.readouterr()
    kept = [b for b in backups.list_backups(demo_database.path) if b.kind == backups.BEFORE_RESTORE]
    assert len(kept) == 1 and integrity_problems(kept[0].path) == []


def test_the_word_file_takes_its_place_before_its_pdf(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    docx, pdf = tmp_path / "Contrat.docx", tmp_path / "Contrat.pdf"
    docx.write_text("ancien docx")
    pdf.write_text("ancien pdf")
    moves: list[str] = []
    real_replace = os.replace

    def crash_after_the_first_rename(source: str, target: str) -> None:
        real_replace(source, target)
        moves.append(Path(target).name)
        raise SystemExit("coupure de courant")

    monkeypatch.setattr(atomic.os, "replace", crash_after_the_first_rename)
    with (
        pytest.raises(SystemExit),
        atomic.atomic_paths(docx, pdf) as (docx_temporary, pdf_temporary),
    ):
        docx_temporary.write_text("nouveau docx")
        pdf_temporary.write_text("nouveau pdf")
    assert moves == ["Contrat.docx"]
    assert docx.read_text() == "nouveau docx"
    assert not pdf.exists()  # never the old PDF beside the new Word file
    assert sorted(p.name for p in tmp_path.iterdir()) == ["Contrat.docx"]
