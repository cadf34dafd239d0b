from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QTextEdit,
)
from pytestqt.qtbot import QtBot
from support.exchange import database_dump, edit_cell, export_demo
from support.window import make_window, visible_names

from ti_desktop.db.store import Database
from ti_desktop.services.demo import DEMO_NAME

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("propagateSizeHints")]


def dialog_text(dialog: QDialog) -> str:
    """Everything a user can read in the dialog: labels, texts and every cell of its views."""
    parts: list[str] = []
    if isinstance(dialog, QMessageBox):
        parts += [dialog.text(), dialog.informativeText(), dialog.detailedText()]
    parts += [label.text() for label in dialog.findChildren(QLabel)]
    parts += [edit.toPlainText() for edit in dialog.findChildren(QPlainTextEdit)]
    parts += [edit.toPlainText() for edit in dialog.findChildren(QTextEdit)]
    for view in dialog.findChildren(QAbstractItemView):
        model = view.model()
        if model is None:
            continue
        for row in range(model.rowCount()):
            cells = [model.data(model.index(row, column)) for column in range(model.columnCount())]
            parts.append(" | ".join("" if cell is None else str(cell) for cell in cells))
    return "\n".join(parts)


def _choose(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a: (str(path), ""))


def test_a_workbook_with_errors_lists_them_and_changes_nothing(
    qtbot: QtBot, demo_database: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = export_demo(demo_database, tmp_path)
    edit_cell(path, "Fiches-actions", 2, "Intitulé", "Titre qui ne doit pas passer")
    edit_cell(path, "Financements", 2, "Montant (€)", "cher")
    edit_cell(path, "Indicateurs", 3, "Échéance", "bientôt")
    before = database_dump(demo_database)
    window = make_window(qtbot, demo_database, tmp_path / "settings")
    _choose(monkeypatch, path)

    window.ui.action_import_workbook.trigger()

    dialog = window.import_dialog
    assert dialog is not None and dialog.isVisible()
    text = dialog_text(dialog)
    for sheet, row, column in (
        ("Financements", "2", "Montant (€)"),
        ("Indicateurs", "3", "Échéance"),
    ):
        assert any(
            sheet in line and row in line and column in line for line in text.splitlines()
        ), text
    dialog.accept()  # even forced, a refused plan writes nothing
    assert database_dump(demo_database) == before


def test_a_good_workbook_is_previewed_then_imported(
    qtbot: QtBot,
    demo_database: Database,
    database_factory_path: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path = export_demo(demo_database, tmp_path)
    from ti_desktop.db.store import open_database

    empty = open_database(database_factory_path)
    window = make_window(qtbot, empty, tmp_path / "settings")
    window.ui.action_trash_territory.trigger()  # nothing selected: no command
    assert window.undo_stack.count() == 0
    _choose(monkeypatch, path)

    window.ui.action_import_workbook.trigger()
    dialog = window.import_dialog
    assert dialog is not None and dialog.isVisible()
    assert DEMO_NAME in dialog_text(dialog)
    assert visible_names(window) == []  # nothing written before confirming

    dialog.accept()
    assert visible_names(window) == [DEMO_NAME]
    window.select_territory(window.territory_model.rows()[0].id)
    assert window.signatories_page is not None
    assert sum(m.rowCount() for m in window.signatories_page.models.values()) == 12
    assert "territoire(s) créé(s)" in window.ui.status_bar.currentMessage()
    window.database.close()


@pytest.fixture
def database_factory_path(tmp_path: Path) -> Path:
    return tmp_path / "vide.tidb"
