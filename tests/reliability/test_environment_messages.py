"""What a read-only medium, a full disk or another program's lock really is, said plainly.

Before: each of these said « n'est pas une base TI Desktop », an export into a
read-only folder printed 18 ignored lxml tracebacks, ``list | head`` ended on a
BrokenPipeError, and system errors came in English. The read-only folders and full
disks here are real: mounts in a private namespace.
"""

from __future__ import annotations

import errno
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from support.locks import write_lock
from support.processes import child_environment, in_namespace, needs_namespaces

from ti_desktop.cli import main
from ti_desktop.db.models import Territoire
from ti_desktop.db.store import Database, integrity_problems
from ti_desktop.errors import os_error_text
from ti_desktop.services.files.atomic import describe_os_error


@pytest.fixture
def bases(database: Database, tmp_path: Path) -> Path:
    """A folder holding ``vide.tidb`` (no territory) and ``demo.tidb``, both closed."""
    from ti_desktop.db.store import open_database
    from ti_desktop.services.demo import create_demo_territory

    database.close()
    folder = tmp_path / "bases"
    folder.mkdir()
    shutil.copyfile(database.path, folder / "vide.tidb")
    demo = open_database(folder / "demo.tidb")
    with demo.session() as session:
        create_demo_territory(session)
    demo.close()
    return folder


@needs_namespaces
def test_a_read_only_folder_is_read_and_a_write_says_why(bases: Path) -> None:
    result = in_namespace(
        f"""
        D="{bases}"
        mount --bind "$D" "$D"; mount -o remount,bind,ro "$D"
        ti --db "$D/demo.tidb" list; echo "list=$?"
        ti --db "$D/vide.tidb" demo; echo "demo=$?"
        ti --db "$D/nouvelle.tidb" --creer list; echo "creer=$?"
        """
    )
    out, err = result.stdout, result.stderr
    assert "list=0" in out and "démonstration" in out
    assert "demo=1" in out and "creer=1" in out
    assert "n'est pas une base" not in err and "Traceback" not in err
    assert (
        f"La base « {bases}/vide.tidb » est ouverte en lecture seule (le disque, la clé ou le "
        "partage qui la contient est en lecture seule) : la modification n'a pas été "
        "enregistrée." in err
    )
    assert f"Impossible de créer la base « {bases}/nouvelle.tidb » : le disque" in err


_INTEGRITY = (
    "import sqlite3, sys; "
    "print(sqlite3.connect(sys.argv[1]).execute('PRAGMA integrity_check').fetchone()[0])"
)


@needs_namespaces
def test_a_full_disk_says_so_and_leaves_the_base_sound(bases: Path, tmp_path: Path) -> None:
    disk = tmp_path / "disque"
    disk.mkdir()
    result = in_namespace(
        f"""
        D="{disk}"
        mount -t tmpfs -o size=4m tmpfs "$D"
        cp "{bases}/vide.tidb" "$D/vide.tidb"
        dd if=/dev/zero of="$D/remplissage" bs=64k 2>/dev/null || true
        ti --db "$D/vide.tidb" demo; echo "demo=$?"
        ti --db "{bases}/demo.tidb" export -o "$D/classeur.xlsx" --no-record; echo "export=$?"
        ls -a "$D"
        rm "$D/remplissage"
        ti --db "$D/vide.tidb" list --json; echo "list=$?"
        "$PY" -c "{_INTEGRITY}" "$D/vide.tidb"
        """
    )
    out, err = result.stdout, result.stderr
    assert "demo=1" in out and "export=1" in out and "list=0" in out
    assert "Traceback" not in err and "Exception ignored" not in err
    assert f"Le disque de la base « {disk}/vide.tidb » est plein" in err
    assert f"Le disque est plein : impossible d'écrire « {disk}/classeur.xlsx »" in err
    listing = out.split("export=1", 1)[1].split()
    assert not [name for name in listing if name.endswith(".tmp")], listing
    assert "[]" in out and out.rstrip().endswith("ok")


@needs_namespaces
def test_an_export_into_a_read_only_folder_prints_one_line(bases: Path, tmp_path: Path) -> None:
    folder = tmp_path / "sortie"
    folder.mkdir()
    result = in_namespace(
        f"""
        mount --bind "{folder}" "{folder}"; mount -o remount,bind,ro "{folder}"
        ti --db "{bases}/demo.tidb" export -o "{folder}/classeur.xlsx"; echo "export=$?"
        """
    )
    assert "export=1" in result.stdout
    assert result.stderr.count("\n") == 1, result.stderr
    assert result.stderr.startswith(
        f"Erreur : Impossible d'écrire « {folder}/classeur.xlsx » : le support est en "
        "lecture seule."
    )


def test_another_program_s_exclusive_lock_is_not_a_foreign_file(
    bases: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from ti_desktop.db import store

    monkeypatch.setattr(store, "DEFAULT_BUSY_TIMEOUT", 0.05)
    base = bases / "demo.tidb"
    raw = sqlite3.connect(base)
    raw.execute("PRAGMA journal_mode=DELETE")  # a copy made by another tool: no WAL
    raw.close()
    with write_lock(base) as other:
        other.execute("UPDATE territoire SET nom = nom")  # holds the file, readers too
        assert main(["--db", str(base), "list"]) == 1
    err = capsys.readouterr().err
    assert "n'est pas une base" not in err
    assert err.startswith(f"Erreur : La base « {base} » est occupée par un autre programme")
    assert err.count("\n") == 1


def test_list_into_a_closed_pipe_ends_quietly(bases: Path) -> None:
    from ti_desktop.db.store import open_database

    base = open_database(bases / "vide.tidb")
    with base.session() as session:
        session.add_all(
            Territoire(nom=f"Territoire n° {n:05d}", region="Normandie", phase="Phase 2")
            for n in range(3000)
        )
    base.close()
    process = subprocess.Popen(
        [sys.executable, "-m", "ti_desktop", "--db", str(base.path), "list"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=child_environment(),
    )
    assert process.stdout is not None and process.stderr is not None
    assert process.stdout.readline().startswith("Territoire n° ".encode())
    process.stdout.close()  # as « | head -1 » does
    assert process.wait(timeout=60) == 0
    assert process.stderr.read() == b""
    assert integrity_problems(base.path) == []


@pytest.mark.parametrize(
    ("error", "expected"),
    [
        (OSError(errno.ENOSPC, "No space left on device"), "le disque est plein"),
        (PermissionError(errno.EACCES, "Permission denied"), "accès refusé"),
        (OSError(errno.EROFS, "Read-only file system"), "le support est en lecture seule"),
        (OSError(errno.ENAMETOOLONG, "File name too long"), "nom de fichier trop long"),
        (OSError(errno.EIO, "Input/output error"), "erreur d'entrée-sortie"),
        (OSError(errno.ENOTEMPTY, "Directory not empty"), "le dossier n'est pas vide"),
        (OSError(9999, "Weird"), "Weird"),
    ],
)
def test_system_errors_are_told_in_french(error: OSError, expected: str) -> None:
    assert os_error_text(error).startswith(expected)


def test_a_windows_sharing_violation_names_the_other_program() -> None:
    error = PermissionError(errno.EACCES, "The process cannot access the file")
    error.winerror = 32  # type: ignore[attr-defined]
    assert os_error_text(error) == "le fichier est utilisé par un autre programme"
    assert "utilisé par un autre programme" in describe_os_error(Path("contrat.docx"), error)
