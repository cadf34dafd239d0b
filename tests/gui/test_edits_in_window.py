"""Edits typed with real keys into the real window: the field table's rules and sentences.

The window must refuse what the import refuses, with the same French sentence, and
a write that the environment refuses (a file locked by another program) is reported,
never kept as undoable.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QMessageBox, QTableView, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select
from support.exchange import edit_cell, export_demo
from support.locks import table_dump, write_lock
from support.window import make_window

from ti_desktop.db.models import FicheAction, LigneFinancement, Signataire, Territoire
from ti_desktop.db.store import Database, open_database
from ti_desktop.db.vocabulary import GroupeSignataire
from ti_desktop.gui.main_window import MainWindow
from ti_desktop.gui.models.financing_table_model import COL_MONTANT
from ti_desktop.gui.models.signatory_table_model import COL_CIVILITE
from ti_desktop.services.demo import DEMO_NAME
from ti_desktop.services.exchange.importer import plan_import
from ti_desktop.services.fields import (
    FICHE_ACTION,
    LIGNE_FINANCEMENT,
    TERRITOIRE,
    FieldValueError,
    read_value,
)

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("propagateSizeHints")]


def _settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def _type_into(edit: QWidget, text: str) -> None:
    """Replace the text of a field by typing, then press Enter."""
    edit.setFocus()
    if isinstance(edit, QLineEdit):
        edit.selectAll()
    QTest.keyClicks(edit, text)
    QTest.keyClick(edit, Qt.Key.Key_Return)
    _settle()


def _type_into_cell(table: QTableView, index: QModelIndex, text: str) -> None:
    """Open the cell's editor as a double-click would, type ``text``, press Enter.

    A refused value keeps its editor open, marked: Escape leaves it first.
    """
    focused = QApplication.focusWidget()
    if table.state() == QTableView.State.EditingState and focused is not None:
        QTest.keyClick(focused, Qt.Key.Key_Escape)
        _settle()
    table.setCurrentIndex(index)
    table.edit(index)
    editors = [w for w in table.viewport().findChildren(QWidget) if w.isVisible()]
    editor = next(w for w in editors if isinstance(w, QLineEdit | QComboBox))
    QTest.keyClicks(editor, text)
    QTest.keyClick(editor, Qt.Key.Key_Return)
    _settle()


def _visible_box_texts(window: MainWindow) -> list[str]:
    return [box.text() for box in window.findChildren(QMessageBox) if box.isVisible()]


def _amounts(database: Database, numero: str) -> list[Decimal]:
    with database.reader() as session:
        return list(
            session.scalars(
                select(LigneFinancement.montant)
                .join(FicheAction)
                .where(FicheAction.numero == numero)
                .order_by(LigneFinancement.position)
            )
        )


def _import_reason(database: Database, tmp_path: Path, value: str) -> str:
    """What the import says of ``value`` in the first line's amount (nothing is written)."""
    workbook = export_demo(database, tmp_path)
    edit_cell(workbook, "Financements", 2, "Montant (€)", value)
    problems = [p for p in plan_import(database, workbook).errors if p.column == "Montant (€)"]
    assert problems, value
    return problems[0].reason


def test_the_financing_table_refuses_what_the_import_refuses_with_its_sentence(
    qtbot: QtBot, demo_database: Database, tmp_path: Path
) -> None:
    window = make_window(qtbot, demo_database, tmp_path / "settings")
    page = window.fiches_page
    assert page is not None
    window.ui.territory_tabs.setCurrentWidget(page)
    assert page.current_fiche_numero() == "1.1"
    editor = page.editor
    editor.ui.editor_tabs.setCurrentWidget(editor.ui.financing_tab)
    table = editor.ui.financing_table
    before = _amounts(demo_database, "1.1")
    count = window.undo_stack.count()

    amount = LIGNE_FINANCEMENT["montant"]
    for typed, reason, as_imported in (
        ("12,345", "« 12,345 » a plus de 2 décimales", True),
        ("-5", "négatif", False),
        ("1 000 000 000 000", "dépasse le montant 999\u00a0999\u00a0999\u00a0999,99", False),
    ):
        _type_into_cell(table, editor.financing_model.index(0, COL_MONTANT), typed)
        shown = editor.ui.error_label.text()
        assert not editor.ui.error_label.isHidden()
        assert reason in shown
        with pytest.raises(FieldValueError) as refused:
            read_value(amount, typed)
        assert shown == "⚠ " + refused.value.message  # the field table's sentence
        if as_imported:  # and the import's, for the same cell
            assert refused.value.reason == _import_reason(demo_database, tmp_path, typed)
        assert _amounts(demo_database, "1.1") == before
        assert window.undo_stack.count() == count

    _type_into_cell(table, editor.financing_model.index(0, COL_MONTANT), "250 000,5")
    assert editor.ui.error_label.isHidden()
    assert _amounts(demo_database, "1.1")[0] == Decimal("250000.50")
    assert window.undo_stack.count() == count + 1
    window.undo_action.trigger()
    _settle()
    assert _amounts(demo_database, "1.1") == before


def test_editor_labels_come_from_the_field_table(
    qtbot: QtBot, demo_database: Database, tmp_path: Path
) -> None:
    window = make_window(qtbot, demo_database, tmp_path / "settings")
    assert window.fiches_page is not None and window.territory_page is not None
    ui = window.fiches_page.editor.ui
    owner = FICHE_ACTION["maitre_ouvrage"]
    assert ui.maitre_ouvrage_label.text() == "&" + owner.label + " :"
    assert ui.maitre_ouvrage_label.buddy() is ui.maitre_ouvrage_edit
    assert ui.numero_edit.maxLength() == FICHE_ACTION["numero"].max_length
    assert "1.10" in ui.numero_edit.toolTip()  # the field's help
    page = window.territory_page.ui
    assert page.correspondant_region_email_label.text() == (
        TERRITOIRE["correspondant_region_email"].label + " :"
    )


def test_a_refused_region_address_keeps_the_typed_text_and_says_why(
    qtbot: QtBot, demo_database: Database, tmp_path: Path
) -> None:
    window = make_window(qtbot, demo_database, tmp_path / "settings")
    page = window.territory_page
    assert page is not None
    edit = page.ui.correspondant_region_email_edit
    count = window.undo_stack.count()

    _type_into(edit, "camille.roux@grandest")
    assert edit.text() == "camille.roux@grandest"
    why = "« camille.roux@grandest » n'est pas une adresse électronique valide"
    assert any(why in text for text in _visible_box_texts(window))
    assert why in edit.toolTip()
    assert window.undo_stack.count() == count
    with demo_database.reader() as session:
        stored = session.scalar(
            select(Territoire.correspondant_region_email).where(Territoire.nom == DEMO_NAME)
        )
    assert stored == ""

    # another field's edit reloads the page: the text being corrected stays
    _type_into(page.ui.lieu_signature_edit, "Bar-sur-Aube")
    assert edit.text() == "camille.roux@grandest"

    _type_into(edit, "camille.roux@grandest.fr")
    with demo_database.reader() as session:
        stored = session.scalar(
            select(Territoire.correspondant_region_email).where(Territoire.nom == DEMO_NAME)
        )
    assert stored == "camille.roux@grandest.fr"
    assert why not in edit.toolTip()
    assert window.undo_stack.count() == count + 2


def test_civilite_is_chosen_in_the_signatories_table(
    qtbot: QtBot, demo_database: Database, tmp_path: Path
) -> None:
    window = make_window(qtbot, demo_database, tmp_path / "settings")
    page = window.signatories_page
    assert page is not None
    window.ui.territory_tabs.setCurrentWidget(page)
    group = GroupeSignataire.PARTENAIRES_ECONOMIQUES.value
    model = page.models[group]
    assert model.headerData(COL_CIVILITE, Qt.Orientation.Horizontal) == "Civilité"
    person = model.rows()[0]

    _type_into_cell(page.tables[group], model.index(0, COL_CIVILITE), "Mme")
    with demo_database.reader() as session:
        assert session.get(Signataire, person.id).civilite == "Mme"  # type: ignore[union-attr]
    assert model.index(0, COL_CIVILITE).data() == "Mme"
    window.undo_action.trigger()
    with demo_database.reader() as session:
        assert session.get(Signataire, person.id).civilite == person.civilite  # type: ignore[union-attr]


def test_a_write_on_a_locked_file_is_reported_and_not_undoable(
    qtbot: QtBot, demo_database: Database, tmp_path: Path
) -> None:
    path = demo_database.path
    demo_database.close()
    database = open_database(path, busy_timeout=0.05)
    window = make_window(qtbot, database, tmp_path / "settings")
    page = window.territory_page
    assert page is not None
    before = table_dump(path)

    with write_lock(path):
        _type_into(page.ui.region_edit, "Normandie")
    assert window.save_label.text() == "Dernière modification NON enregistrée"
    assert window.last_message_box is not None and window.last_message_box.isVisible()
    message = window.last_message_box.text()
    assert f"La base « {path} » est occupée par un autre programme" in message
    assert "la modification n'a pas été enregistrée" in message
    assert window.undo_stack.count() == 0 and not window.undo_stack.canUndo()
    assert table_dump(path) == before

    # once the other program is done, the same edit goes through
    _type_into(page.ui.region_edit, "Normandie")
    assert window.undo_stack.count() == 1
    with database.reader() as session:
        region = session.scalar(select(Territoire.region).where(Territoire.nom == DEMO_NAME))
    assert region == "Normandie"
    database.close()
