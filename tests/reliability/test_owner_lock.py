"""One file, two programs: the owner lock, read-only opening, restore under a window.

Before: a restore replaced the file under an open window (its later edits read back
as saved and were in no file), and two windows opened the same file without a word.
Every test here runs a real second process.
"""

from __future__ import annotations

import getpass
import hashlib
import json
import os
import signal
import socket
import time
from pathlib import Path

import pytest
from sqlalchemy import select
from support.locks import table_dump
from support.processes import holding, write_in

from ti_desktop.cli import main
from ti_desktop.db import owner_lock
from ti_desktop.db.models import Territoire
from ti_desktop.db.store import Database, open_database
from ti_desktop.errors import DatabaseInUseError
from ti_desktop.services.files import backups


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _names(path: Path) -> list[str]:
    database = open_database(path, read_only=True)
    try:
        with database.reader() as session:
            return sorted(session.scalars(select(Territoire.nom)))
    finally:
        database.close()


@pytest.fixture
def demo_file(demo_database: Database) -> Path:
    """A demo base on disk, closed (so only the processes of the test hold it)."""
    path = demo_database.path
    demo_database.close()
    return path


def test_a_restore_while_a_window_is_open_is_refused_naming_it_and_loses_nothing(
    demo_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", str(demo_file), "backup"]) == 0
    capsys.readouterr()
    with holding(demo_file) as window:
        assert main(["--db", str(demo_file), "restore", "1"]) == 1
        err = capsys.readouterr().err
        write_in(window, "Créé dans la fenêtre après la restauration refusée")
    assert "Traceback" not in err
    assert f"La base « {demo_file} » est ouverte par la fenêtre de TI Desktop" in err
    assert f"de {getpass.getuser()} sur cet ordinateur, depuis le " in err
    assert "ne peut pas être remplacée" in err
    assert "Créé dans la fenêtre après la restauration refusée" in _names(demo_file)


def test_a_second_window_or_writer_is_refused_naming_the_first(
    demo_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = table_dump(demo_file)
    with holding(demo_file):
        with pytest.raises(DatabaseInUseError) as refused:
            open_database(demo_file, lock_wait=0)
        assert main(["--db", str(demo_file), "demo"]) == 1
    err = capsys.readouterr().err
    assert refused.value.holder is not None
    assert refused.value.holder.program == "la fenêtre de TI Desktop"
    assert "ouvrez-la en lecture seule" in refused.value.message
    assert err.count("\n") == 1 and "est ouverte par la fenêtre de TI Desktop" in err
    assert table_dump(demo_file) == before


def test_a_command_that_only_reads_works_beside_the_window(
    demo_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with holding(demo_file) as window:
        write_in(window, "Tout juste créé")
        assert main(["--db", str(demo_file), "list"]) == 0
    captured = capsys.readouterr()
    assert "Tout juste créé" in captured.out
    assert "lue sans rien y écrire" in captured.err


def test_read_only_on_request_writes_nothing(
    database: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    database.close()
    before = _digest(database.path)
    assert main(["--db", str(database.path), "--lecture-seule", "demo"]) == 1
    err = capsys.readouterr().err
    assert "ouverte en lecture seule (à votre demande)" in err
    assert "la modification n'a pas été enregistrée" in err
    assert _digest(database.path) == before
    assert not owner_lock.lock_path(database.path).exists()


def test_a_reader_elsewhere_also_stops_a_restore(
    demo_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    taken = backups.make_backup(demo_file)
    with holding(demo_file, read_only=True):
        assert main(["--db", str(demo_file), "restore", str(taken.path)]) == 1
    assert "ne peut pas être remplacée" in capsys.readouterr().err


def test_the_lock_of_a_killed_program_is_taken_over(demo_file: Path) -> None:
    with holding(demo_file) as window:
        os.kill(window.pid, signal.SIGKILL)
        window.wait()
    assert json.loads(owner_lock.lock_path(demo_file).read_text())["pid"] == window.pid
    database = open_database(demo_file, lock_wait=0)  # no stale lock to delete by hand
    try:
        written = json.loads(owner_lock.lock_path(demo_file).read_text())
        assert written["pid"] == os.getpid()
        assert written["host"] == socket.gethostname()
        assert written["user"] == getpass.getuser()
        assert written["since"][:4].isdigit()
    finally:
        database.close()
    assert not owner_lock.lock_path(demo_file).exists()


def test_a_command_holding_the_base_is_waited_for_a_window_is_not(demo_file: Path) -> None:
    command = "la commande « ti-desktop import »"
    with holding(demo_file, program=command, lasting=False, seconds=1):
        start = time.monotonic()
        database = open_database(demo_file, lock_wait=30)
        waited = time.monotonic() - start
        database.close()
    assert 0.5 < waited < 20
    with (
        holding(demo_file, program=command, lasting=False, seconds=2),
        pytest.raises(DatabaseInUseError) as refused,
    ):
        open_database(demo_file, lock_wait=0.3)
    assert "la commande « ti-desktop import »" in refused.value.message
    with holding(demo_file):
        start = time.monotonic()
        with pytest.raises(DatabaseInUseError):
            open_database(demo_file, lock_wait=30)
        assert time.monotonic() - start < 5


def test_one_process_shares_its_own_lock(demo_file: Path) -> None:
    first = open_database(demo_file)
    second = open_database(demo_file)  # the window and a command run from it (tests)
    second.close()
    with first.session() as session:
        session.add(Territoire(nom="Encore ouvert", region="Normandie", phase="Phase 2"))
    first.close()
    assert "Encore ouvert" in _names(demo_file)
