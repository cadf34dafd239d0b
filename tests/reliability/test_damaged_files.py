"""Damaged and empty files: refused at opening, never copied, never restored; rescue.

Before: a base with a corrupted page answered ``list`` with a traceback while
``import``, ``contract`` and ``backup`` succeeded on it (the backup corrupt too);
corrupted and zero-byte backups restored with « Base restaurée » (the empty one
leaving 0 fiches); ``restore`` on a damaged base failed with a traceback; a zero-byte
``.tidb`` was silently turned into a new base.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.damage import damage, fiche_count
from support.exchange import export_demo

from ti_desktop.cli import main
from ti_desktop.db.store import Database, integrity_problems, open_database
from ti_desktop.errors import DamagedDatabaseError
from ti_desktop.services.files import backups


@pytest.fixture
def damaged(demo_database: Database) -> Path:
    """The demo base, backed up once, then damaged on disk."""
    demo_database.close()
    backups.make_backup(demo_database.path, backups.MANUAL)
    damage(demo_database.path)
    return demo_database.path


def test_a_damaged_base_is_refused_by_every_command_with_its_backups(
    damaged: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    workbook = tmp_path / "classeur.xlsx"
    copy = tmp_path / "copie.tidb"
    before = damaged.read_bytes()
    for command in (
        ["list"],
        ["import", str(workbook)],
        ["contract", "--territory", "Troyes", "-o", str(tmp_path / "c.docx")],
        ["backup"],
    ):
        assert main(["--db", str(damaged), *command]) == 1, command
        err = capsys.readouterr().err
        assert "Traceback" not in err
        assert f"La base « {damaged} » est endommagée" in err
        assert "1. " in err and "(manuelle)" in err
        assert f"Pour restaurer : ti-desktop --db {damaged} restore 1" in err
    assert damaged.read_bytes() == before
    assert [b.kind for b in backups.list_backups(damaged)] == [backups.MANUAL]
    assert not copy.exists() and not (tmp_path / "c.docx").exists()


def test_no_backup_is_taken_of_a_damaged_base(damaged: Path) -> None:
    with pytest.raises(DamagedDatabaseError) as refused:
        backups.make_backup(damaged, backups.MANUAL)
    assert "Sauvegarde refusée" in refused.value.message
    assert len(backups.list_backups(damaged)) == 1
    assert not list(backups.backup_folder(damaged).glob("*.tmp"))


def test_restore_works_on_a_damaged_base_and_keeps_it_aside(
    damaged: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    damaged_bytes = damaged.read_bytes()
    assert main(["--db", str(damaged), "restore"]) == 0
    assert "1. " in capsys.readouterr().out
    assert main(["--db", str(damaged), "restore", "1"]) == 0
    out = capsys.readouterr().out
    assert "Base restaurée" in out and "La base endommagée est conservée dans" in out
    assert integrity_problems(damaged) == []
    assert fiche_count(damaged) == 12
    kept = [b for b in backups.list_backups(damaged) if b.kind == backups.DAMAGED_COPY]
    assert len(kept) == 1 and not kept[0].usable
    assert kept[0].path.read_bytes() == damaged_bytes


@pytest.mark.parametrize("kind", ["page endommagée", "fichier vide"])
def test_a_damaged_or_empty_backup_is_listed_as_such_and_never_restored(
    demo_database: Database, kind: str, capsys: pytest.CaptureFixture[str]
) -> None:
    demo_database.close()
    path = demo_database.path
    taken = backups.make_backup(path, backups.MANUAL)
    if kind == "fichier vide":
        taken.path.write_bytes(b"")
    else:
        damage(taken.path)
    before = path.read_bytes()
    assert main(["--db", str(path), "restore"]) == 0
    assert "ENDOMMAGÉE, inutilisable" in capsys.readouterr().out
    assert main(["--db", str(path), "restore", "1"]) == 1
    err = capsys.readouterr().err
    assert "Base restaurée" not in err and "Traceback" not in err
    assert f"La sauvegarde « {taken.path.name} » est endommagée ou vide" in err
    assert path.read_bytes() == before
    assert fiche_count(path) == 12


def test_a_zero_byte_base_is_never_turned_into_a_new_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    empty = tmp_path / "territoires.tidb"
    empty.write_bytes(b"")
    assert main(["--db", str(empty), "list"]) == 1
    assert main(["--db", str(empty), "demo"]) == 1
    err = capsys.readouterr().err
    assert f"La base « {empty} » est vide (0 octet)" in err
    assert "n'a pas été remplacée par une base neuve" in err
    assert empty.stat().st_size == 0
    with pytest.raises(DamagedDatabaseError):
        open_database(empty)
    assert empty.stat().st_size == 0


def test_a_typo_in_the_path_creates_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    typo = tmp_path / "typo" / "x.tidb"
    assert main(["--db", str(typo), "list"]) == 1
    assert main(["--db", str(typo), "import", str(tmp_path / "y.xlsx")]) == 1
    err = capsys.readouterr().err
    assert f"La base « {typo} » n'existe pas" in err and "rien n'a été créé" in err
    assert not typo.parent.exists()


def test_the_copy_of_an_export_is_not_written_from_a_damaged_base(
    demo_database: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    exported = export_demo(demo_database, tmp_path)
    demo_database.close()
    damage(demo_database.path)
    assert main(["--db", str(demo_database.path), "import", str(exported)]) == 1
    assert "endommagée" in capsys.readouterr().err
