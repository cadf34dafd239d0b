"""No value changed silently on import: ambiguous dots, formulas, long texts, sheets, rows.

Before: « 12.500 » read as 12,50 €; a formula cell with no calculated value emptied
an existing cost; a text longer than a spreadsheet cell was imported then cut on
export; a sheet named « Fiches actions » was ignored and every fiche dropped with
exit code 0; hidden rows were imported without a word. Each goes through the real
command line (and, for typing, the real window).
"""

from __future__ import annotations

import zipfile
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select
from support.exchange import edit_cell, export_demo, minimal_sheets, write_workbook
from support.locks import table_dump
from support.window import make_window

from ti_desktop.cli import main
from ti_desktop.db.models import FicheAction
from ti_desktop.db.store import Database
from ti_desktop.services.fields.kinds import LONG_TEXT_LIMIT


def _cost(database: Database, numero: str) -> Decimal | None:
    with database.reader() as session:
        return session.scalar(select(FicheAction.cout_total_ht).where(FicheAction.numero == numero))


def _refused(database: Database, workbook: Path, capsys: pytest.CaptureFixture[str]) -> str:
    before = table_dump(database.path)
    assert main(["--db", str(database.path), "import", str(workbook)]) == 1
    err = capsys.readouterr().err
    assert "Traceback" not in err
    assert table_dump(database.path) == before
    return err


def _replace_in_archive(workbook: Path, placeholder: str, text: str) -> None:
    """Put ``text`` where the workbook says ``placeholder``, as another program may write it.

    openpyxl itself cuts a text at a cell's limit, LibreOffice or a script may not.
    """
    with zipfile.ZipFile(workbook) as archive:
        entries = {info.filename: archive.read(info) for info in archive.infolist()}
    with zipfile.ZipFile(workbook, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in entries.items():
            archive.writestr(name, data.replace(placeholder.encode(), text.encode()))


def test_an_ambiguous_dot_is_refused_naming_the_cell(
    demo_database: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    workbook = edit_cell(
        export_demo(demo_database, tmp_path), "Fiches-actions", 2, "Coût total HT (€)", "12.500"
    )
    err = _refused(demo_database, workbook, capsys)
    assert (
        "feuille « Fiches-actions », ligne 2, colonne « Coût total HT (€) » : « 12.500 » est "
        "ambigu : le point sépare-t-il les milliers ou les décimales ? Écrivez 12 500 ou 12,5"
    ) in err
    edit_cell(workbook, "Fiches-actions", 2, "Coût total HT (€)", "1.234.567,89")
    assert main(["--db", str(demo_database.path), "import", str(workbook)]) == 0
    assert _cost(demo_database, "1.1") == Decimal("1234567.89")


def test_a_formula_without_a_calculated_value_never_empties_a_cost(
    demo_database: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    workbook = export_demo(demo_database, tmp_path)
    before = _cost(demo_database, "1.1")
    book = openpyxl.load_workbook(workbook)
    sheet = book["Fiches-actions"]
    header = [cell.value for cell in sheet[1]]
    sheet.cell(2, header.index("Coût total HT (€)") + 1, "=2*600000")  # a script wrote it
    book.save(workbook)
    err = _refused(demo_database, workbook, capsys)
    assert (
        "feuille « Fiches-actions », ligne 2, colonne « Coût total HT (€) » : formule sans "
        "valeur calculée — ouvrez et enregistrez le fichier dans Excel/LibreOffice"
    ) in err
    assert _cost(demo_database, "1.1") == before


def test_a_text_longer_than_a_cell_is_refused_on_import_with_the_limit(
    demo_database: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    workbook = export_demo(demo_database, tmp_path)
    edit_cell(workbook, "Fiches-actions", 2, "Description", "TEXTE-TROP-LONG")
    _replace_in_archive(workbook, "TEXTE-TROP-LONG", "x" * (LONG_TEXT_LIMIT + 1))
    err = _refused(demo_database, workbook, capsys)
    assert (
        "feuille « Fiches-actions », ligne 2, colonne « Description » : le texte fait "
        "32\u00a0768 caractères, au plus 32\u00a0767 sont permis"
    ) in err


def test_the_longest_text_a_cell_holds_goes_through_export_and_back_whole(
    demo_database: Database, tmp_path: Path
) -> None:
    longest = ("Un paragraphe de description. " * 1200)[:LONG_TEXT_LIMIT]
    workbook = export_demo(demo_database, tmp_path)
    edit_cell(workbook, "Fiches-actions", 2, "Description", longest)
    assert main(["--db", str(demo_database.path), "import", str(workbook)]) == 0
    again = export_demo(demo_database, tmp_path, "encore.xlsx")
    book = openpyxl.load_workbook(again, read_only=True)
    rows = list(book["Fiches-actions"].iter_rows(values_only=True))
    column = list(rows[0]).index("Description")
    assert rows[1][column] == longest.strip()


def test_a_sheet_named_with_a_space_instead_of_a_hyphen_is_read(
    database: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sheets = minimal_sheets()
    sheets["Fiches actions"] = sheets.pop("Fiches-actions")
    workbook = write_workbook(tmp_path / "espaces.xlsx", sheets)
    assert main(["--db", str(database.path), "import", str(workbook)]) == 0
    assert "1 fiche" in capsys.readouterr().out
    with database.reader() as session:
        assert session.scalars(select(FicheAction.numero)).all() == ["1.1"]


def test_hidden_rows_are_imported_with_a_warning(
    database: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sheets = minimal_sheets()
    workbook = write_workbook(tmp_path / "masquees.xlsx", sheets)
    book = openpyxl.load_workbook(workbook)
    book["Fiches-actions"].row_dimensions[2].hidden = True
    book.save(workbook)
    assert main(["--db", str(database.path), "import", str(workbook)]) == 0
    err = capsys.readouterr().err
    assert (
        "Feuille « Fiches-actions » : 1 ligne(s) masquée(s) importée(s) comme les autres "
        "(ligne(s) 2)"
    ) in err


@pytest.mark.gui
def test_the_window_refuses_the_ambiguous_dot_and_the_too_long_text(
    qtbot: QtBot, demo_database: Database, tmp_path: Path
) -> None:
    window = make_window(qtbot, demo_database, tmp_path / "réglages")
    page = window.fiches_page
    assert page is not None
    window.ui.territory_tabs.setCurrentWidget(page)
    editor = page.editor
    before = table_dump(demo_database.path)

    cost = editor.ui.cout_edit
    cost.setFocus()
    cost.selectAll()
    QTest.keyClicks(cost, "12.500")
    QTest.keyClick(cost, Qt.Key.Key_Return)
    QApplication.processEvents()
    assert "« 12.500 » est ambigu" in editor.ui.error_label.text()

    description = editor.ui.description_edit
    description.setPlainText("y" * (LONG_TEXT_LIMIT + 1))  # a paste
    editor._on_plain_text_focus_out(description)  # leaving the field commits it
    QApplication.processEvents()
    assert "Description" in editor.ui.error_label.text()
    assert "caractères" in editor.ui.error_label.text()
    assert table_dump(demo_database.path) == before
