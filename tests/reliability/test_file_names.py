"""File names: long and emoji names, two drafts in one second, a workbook named ``.csv``.

Before: a territory name over 219 characters made contract generation impossible and
blamed the template; the name limit counted characters, not bytes (100 emoji: « File
name too long »); two e-mail drafts of the same subject in the same second overwrote
each other; ``export -o x.csv`` wrote an xlsx named ``.csv``.
"""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path

import pytest
from docx import Document
from sqlalchemy import update
from support.contract import demo_id, full_text

from ti_desktop.cli import main
from ti_desktop.db.models import Territoire
from ti_desktop.db.store import Database
from ti_desktop.services.documents import generation
from ti_desktop.services.documents.email_draft import build_draft, read_journal, save_draft
from ti_desktop.services.documents.finishing import PROPERTY_LIMIT


def _rename(database: Database, name: str) -> None:
    with database.session() as session:
        session.execute(update(Territoire).values(nom=name))


def test_a_territory_name_of_230_characters_makes_a_contract(
    demo_database: Database,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    name = "Communauté de communes " + "du Grand Territoire Industriel " * 7
    name = name[:230]
    _rename(demo_database, name)
    monkeypatch.chdir(tmp_path)
    assert main(["--db", str(demo_database.path), "contract", "--territory", name[:40]]) == 0
    captured = capsys.readouterr()
    assert "modèle" not in captured.err
    (written,) = tmp_path.glob("*.docx")
    assert len(written.name) <= generation.MAX_FILE_NAME
    title = Document(str(written)).core_properties.title
    assert len(title) == PROPERTY_LIMIT and title.endswith("…")
    assert name.strip() in full_text(written).replace("\n", " ")


def test_a_name_of_100_emoji_fits_the_disk(
    demo_database: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    territoire_id = demo_id(demo_database)
    _rename(demo_database, "🏭" * 100)
    result = generation.generate_contract(demo_database, territoire_id, None)
    assert len(os.fsencode(result.docx.name)) <= generation.MAX_FILE_NAME_BYTES
    assert result.docx.exists() and result.docx.parent == tmp_path


def test_a_name_too_long_for_the_disk_is_refused_plainly(
    demo_database: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / ("é" * 130 + ".docx")  # 130 characters, 265 bytes
    argv = ["--db", str(demo_database.path), "contract", "--territory", "Troyes"]
    assert main([*argv, "-o", str(target)]) == 1
    err = capsys.readouterr().err
    assert "Traceback" not in err and "modèle" not in err
    assert "est trop long pour le disque (135 caractères, 265 octets" in err
    assert not list(tmp_path.glob("*.docx")) and not list(tmp_path.glob(".*.tmp"))


def test_two_drafts_of_one_subject_in_one_second_keep_both(tmp_path: Path) -> None:
    now = datetime(2026, 3, 12, 14, 2, 11)
    drafts = [
        build_draft(
            sender="",
            recipients=["region@grandest.fr"],
            cc=[],
            subject="Contrat — documents",
            body=f"Version {n}",
            attachments=[],
        )
        for n in (1, 2)
    ]
    first, second = (save_draft(d, tmp_path, territoire="Troyes", now=now) for d in drafts)
    assert first != second
    assert first.name == "2026-03-12_14h02-11_Contrat — documents.eml"
    assert second.name == "2026-03-12_14h02-11_Contrat — documents (2).eml"
    assert b"Version 1" in first.read_bytes() and b"Version 2" in second.read_bytes()
    assert [e.draft_file for e in read_journal(tmp_path / "journal.csv")] == [
        first.name,
        second.name,
    ]


@pytest.mark.parametrize("command", ["export", "modele"])
def test_a_workbook_is_never_written_under_another_format_s_name(
    demo_database: Database,
    tmp_path: Path,
    command: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    target = tmp_path / "x.csv"
    assert main(["--db", str(demo_database.path), command, "-o", str(target)]) == 1
    err = capsys.readouterr().err
    assert "« x.csv » : TI Desktop écrit un classeur Excel (.xlsx), pas un fichier « .csv »" in err
    assert "« x.xlsx »" in err
    assert not target.exists()
