"""Issue 10's traps, typed with real keys into the real window.

Each test reproduces one trap as a new user met it (Tab into a field, type, Enter)
and checks what the database holds and what the window shows afterwards.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QInputDialog,
    QLineEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot
from sqlalchemy import select
from support.keys import settle, type_text
from support.window import make_window

from ti_desktop.db.models import FicheAction, Indicateur, LigneFinancement, Signataire
from ti_desktop.db.store import Database
from ti_desktop.db.vocabulary import GroupeSignataire
from ti_desktop.gui.main_window import MainWindow
from ti_desktop.gui.models import financing_table_model as fin
from ti_desktop.gui.models import indicator_table_model as ind
from ti_desktop.gui.models.signatory_table_model import (
    COL_CIVILITE,
    COL_FONCTION,
    COL_ORGANISME,
    COL_REPRESENTANT,
)
from ti_desktop.gui.widgets.date_line_edit import DateLineEdit

pytestmark = [
    pytest.mark.gui,
    # offscreen, the completion lists cannot be raised nor grab the keyboard
    pytest.mark.qt_log_ignore("propagateSizeHints", "grabbing the keyboard", "support raise"),
]
EPCI = GroupeSignataire.INTERCOMMUNALITES.value


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def type_keys(text: str, *end: Qt.Key) -> None:
    """Type into whatever has the focus, then press ``end`` keys, as a user does."""
    for char in text:  # the events of each key are handled before the next, as when typing
        type_text(char)
        settle()
    for key in end:
        QTest.keyClick(focused(), key)
        settle()


def fiche(database: Database, numero: str) -> FicheAction:
    with database.reader() as session:
        return session.scalars(select(FicheAction).where(FicheAction.numero == numero)).one()


def new_fiche(window: MainWindow) -> None:
    page = window.fiches_page
    assert page is not None
    window.ui.territory_tabs.setCurrentWidget(page)
    QTest.keyClick(page.ui.fiches_table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    settle()


@pytest.fixture
def window(qtbot: QtBot, demo_database: Database, tmp_path: Path) -> MainWindow:
    """The window on the demo, showing the fiches (the page most tests type into)."""
    shown = make_window(qtbot, demo_database, tmp_path / "settings")
    shown.ui.territory_tabs.setCurrentWidget(shown.fiches_page)
    settle()
    return shown


# --- 1. typed dates are never changed --------------------------------------------------------


def test_dates_typed_in_a_new_fiche_are_kept_as_typed(
    window: MainWindow, demo_database: Database
) -> None:
    new_fiche(window)
    editor = window.fiches_page.editor  # type: ignore[union-attr]
    ui = editor.ui
    assert ui.start_date_edit.text() == "" and ui.end_date_edit.text() == ""  # no « today »
    ui.localisation_edit.setFocus()
    type_keys("", Qt.Key.Key_Tab)
    assert focused() is ui.start_date_edit
    type_keys("15/03/2021", Qt.Key.Key_Tab)
    assert focused() is ui.end_date_edit
    type_keys("31/12/2022", Qt.Key.Key_Tab)
    created = fiche(demo_database, "1.4")
    assert (created.date_debut, created.date_fin) == (date(2021, 3, 15), date(2022, 12, 31))
    assert (ui.start_date_edit.text(), ui.end_date_edit.text()) == ("15/03/2021", "31/12/2022")


@pytest.mark.parametrize("typed", ["15032021", "15/3/21", "2021-03-15", " 15.03.2021 "])
def test_every_usual_way_of_typing_a_date(
    window: MainWindow, demo_database: Database, typed: str
) -> None:
    ui = window.fiches_page.editor.ui  # type: ignore[union-attr]
    ui.start_date_edit.setFocus()
    ui.start_date_edit.selectAll()
    type_keys(typed, Qt.Key.Key_Return)
    assert fiche(demo_database, "1.1").date_debut == date(2021, 3, 15)
    assert ui.start_date_edit.text() == "15/03/2021"


def test_an_invalid_date_is_shown_invalid_not_changed(
    window: MainWindow, demo_database: Database
) -> None:
    editor = window.fiches_page.editor  # type: ignore[union-attr]
    ui = editor.ui
    before = fiche(demo_database, "1.1").date_fin
    count = window.undo_stack.count()
    ui.end_date_edit.setFocus()
    ui.end_date_edit.selectAll()
    type_keys("31/02/2028", Qt.Key.Key_Return)
    assert fiche(demo_database, "1.1").date_fin == before
    assert window.undo_stack.count() == count
    assert ui.end_date_edit.text() == "31/02/2028"  # kept, marked
    assert isinstance(ui.end_date_edit, DateLineEdit) and ui.end_date_edit.problem is not None
    assert "n'est pas une date qui existe" in ui.end_date_edit.toolTip()
    assert "n'est pas une date qui existe" in ui.error_label.text()
    # corrected in place: written, the mark goes
    ui.end_date_edit.selectAll()
    type_keys("28/02/2028", Qt.Key.Key_Return)
    assert fiche(demo_database, "1.1").date_fin == date(2028, 2, 28)
    assert ui.end_date_edit.problem is None and ui.error_label.isHidden()
    # emptied: no date, shown empty
    ui.end_date_edit.selectAll()
    type_keys("", Qt.Key.Key_Delete, Qt.Key.Key_Return)
    assert fiche(demo_database, "1.1").date_fin is None
    assert ui.end_date_edit.text() == ""


def test_the_indicator_deadline_cell_keeps_what_is_typed(
    window: MainWindow, demo_database: Database
) -> None:
    editor = window.fiches_page.editor  # type: ignore[union-attr]
    table = editor.ui.indicators_table
    QTest.mouseClick(editor.ui.add_indicator_button, Qt.MouseButton.LeftButton)
    settle()
    assert table.state() == QAbstractItemView.State.EditingState  # the name cell, open
    type_keys("Postes pourvus", Qt.Key.Key_Tab)
    type_keys("emplois", Qt.Key.Key_Tab)
    type_keys("25", Qt.Key.Key_Tab)
    assert table.currentIndex().column() == ind.COL_ECHEANCE
    type_text("15/06")
    assert isinstance(focused(), QLineEdit) and focused().text() == "15/06"  # type: ignore[attr-defined]
    type_keys("/2021", Qt.Key.Key_Return)
    with demo_database.reader() as session:
        indicator = session.scalars(
            select(Indicateur).where(Indicateur.nom == "Postes pourvus")
        ).one()
    assert (indicator.unite, indicator.valeur_cible, indicator.echeance) == (
        "emplois",
        Decimal("25"),
        date(2021, 6, 15),
    )
    row = table.currentIndex().row() - 1 if table.currentIndex().row() > 0 else 0
    shown = [editor.indicator_model.index(r, ind.COL_ECHEANCE).data() for r in range(row + 2)]
    assert "15/06/2021" in shown


def test_an_invalid_date_in_a_cell_stays_open_and_marked(
    window: MainWindow, demo_database: Database
) -> None:
    editor = window.fiches_page.editor  # type: ignore[union-attr]
    editor.ui.editor_tabs.setCurrentWidget(editor.ui.indicators_tab)
    table = editor.ui.indicators_table
    table.setFocus()
    table.go_to(editor.indicator_model.index(0, ind.COL_ECHEANCE), edit=False)
    before = editor.indicator_model.rows[0].echeance
    type_keys("32/13/2021", Qt.Key.Key_Return)
    assert table.state() == QAbstractItemView.State.EditingState
    cell = focused()
    assert isinstance(cell, DateLineEdit) and cell.text() == "32/13/2021"
    assert cell.problem is not None
    assert "n'est pas une date" in editor.ui.error_label.text()
    type_keys("", Qt.Key.Key_Escape)
    assert editor.indicator_model.rows[0].echeance == before


# --- 2. tables move like a spreadsheet ---------------------------------------------------------


def test_signatories_are_typed_cell_after_cell_with_tab(
    window: MainWindow, demo_database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = window.signatories_page
    assert page is not None
    window.ui.territory_tabs.setCurrentWidget(page)
    table = page.tables[EPCI]
    widths = [table.columnWidth(c) for c in range(table.model().columnCount())]
    page.add_actions[EPCI].trigger()
    settle()
    assert table.state() == QAbstractItemView.State.EditingState
    assert table.currentIndex().column() == COL_ORGANISME
    type_keys("Communauté de communes du Barséquanais", Qt.Key.Key_Tab)
    assert table.currentIndex().column() == COL_CIVILITE
    type_keys("M", Qt.Key.Key_Tab)
    assert table.currentIndex().column() == COL_REPRESENTANT
    type_keys("Jean Dupont", Qt.Key.Key_Tab)
    assert table.currentIndex().column() == COL_FONCTION
    type_keys("Président", Qt.Key.Key_Return)
    with demo_database.reader() as session:
        person = session.scalars(
            select(Signataire).where(Signataire.representant == "Jean Dupont")
        ).one()
    assert (person.organisme, person.civilite, person.fonction) == (
        "Communauté de communes du Barséquanais",
        "M.",
        "Président",
    )
    assert [table.columnWidth(c) for c in range(len(widths))] == widths  # widths stay put

    # typing on a selected cell replaces its text; F2 edits, it does not rename
    monkeypatch.setattr(
        QInputDialog, "getText", lambda *a, **k: pytest.fail("F2 opened the rename dialog")
    )
    table.setFocus()
    table.go_to(table.index_of(person.id, COL_FONCTION), edit=False)
    type_keys("Vice-président", Qt.Key.Key_Return)
    table.go_to(table.index_of(person.id, COL_REPRESENTANT), edit=False)
    type_keys("", Qt.Key.Key_F2)
    assert table.state() == QAbstractItemView.State.EditingState
    type_keys("", Qt.Key.Key_End)
    type_keys(" fils", Qt.Key.Key_Return)
    with demo_database.reader() as session:
        again = session.get(Signataire, person.id)
        assert again is not None
        assert (again.fonction, again.representant) == ("Vice-président", "Jean Dupont fils")


def test_a_new_financing_line_is_typed_without_touching_the_mouse_again(
    window: MainWindow, demo_database: Database
) -> None:
    editor = window.fiches_page.editor  # type: ignore[union-attr]
    ui = editor.ui
    table = ui.financing_table
    ui.editor_tabs.setCurrentWidget(ui.financing_tab)
    QTest.mouseClick(ui.add_line_button, Qt.MouseButton.LeftButton)
    settle()
    assert table.isAncestorOf(focused())  # not the button, not the territory filter
    assert table.currentIndex().column() == fin.COL_FINANCEUR
    type_keys("Bpifrance", Qt.Key.Key_Tab)
    type_keys("Prêt d'amorçage", Qt.Key.Key_Tab)
    type_keys("120 000", Qt.Key.Key_Tab)
    type_keys("Acq", Qt.Key.Key_Return)
    assert window.ui.territory_filter_edit.text() == ""
    assert window.current_territory() is not None
    with demo_database.reader() as session:
        line = session.scalars(
            select(LigneFinancement).where(LigneFinancement.dispositif == "Prêt d'amorçage")
        ).one()
        assert (line.financeur.libelle, line.montant, line.statut.libelle) == (
            "Bpifrance",
            Decimal("120000"),
            "Acquis",
        )


def test_a_status_chosen_in_its_list_commits_at_once(
    window: MainWindow, demo_database: Database
) -> None:
    editor = window.fiches_page.editor  # type: ignore[union-attr]
    ui = editor.ui
    ui.editor_tabs.setCurrentWidget(ui.financing_tab)
    table = ui.financing_table
    model = editor.financing_model
    line = model.rows[0]
    index = model.index(0, fin.COL_STATUT)
    settle()
    rect = table.visualRect(index)
    QTest.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())  # select
    QTest.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())  # open
    settle()
    combos = [w for w in table.viewport().findChildren(QComboBox) if w.isVisible()]
    assert len(combos) == 1
    combo = combos[0]
    view = combo.view()
    assert view.isVisible()  # a click on a list cell shows its list at once
    target = next(i for i in range(combo.count()) if combo.itemText(i) == "Refusé")
    QTest.mouseClick(
        view.viewport(),
        Qt.MouseButton.LeftButton,
        pos=view.visualRect(view.model().index(target, 0)).center(),
    )
    settle()
    with demo_database.reader() as session:
        stored = session.get(LigneFinancement, line.id)
        assert stored is not None and stored.statut.libelle == "Refusé"
    assert table.state() != QAbstractItemView.State.EditingState
    assert model.rows[0].statut == "Refusé"


def test_delete_clears_cells_and_ctrl_delete_removes_rows_undoably(
    window: MainWindow, demo_database: Database
) -> None:
    editor = window.fiches_page.editor  # type: ignore[union-attr]
    ui = editor.ui
    ui.editor_tabs.setCurrentWidget(ui.financing_tab)
    table = ui.financing_table
    model = editor.financing_model
    first = model.rows[0]
    assert first.dispositif
    table.setFocus()
    table.go_to(model.index(0, fin.COL_DISPOSITIF), edit=False)
    type_keys("", Qt.Key.Key_Delete)
    with demo_database.reader() as session:
        assert session.get(LigneFinancement, first.id).dispositif == ""  # type: ignore[union-attr]
    count = len(model.rows)
    QTest.keyClick(table, Qt.Key.Key_Delete, Qt.KeyboardModifier.ControlModifier)
    settle()
    assert len(model.rows) == count - 1
    window.undo_action.trigger()
    window.undo_action.trigger()
    settle()
    with demo_database.reader() as session:
        restored = session.get(LigneFinancement, first.id)
        assert restored is not None and restored.dispositif == first.dispositif
    # Enter commits and goes down
    table.setFocus()
    table.go_to(model.index(0, fin.COL_MONTANT), edit=False)
    type_keys("1 000", Qt.Key.Key_Return)
    assert table.currentIndex().row() == 1 and table.state() != QAbstractItemView.State.EditingState


def test_tab_after_the_last_cell_adds_a_row(window: MainWindow, demo_database: Database) -> None:
    editor = window.fiches_page.editor  # type: ignore[union-attr]
    ui = editor.ui
    ui.editor_tabs.setCurrentWidget(ui.indicators_tab)
    table = ui.indicators_table
    model = editor.indicator_model
    count = len(model.rows)
    table.setFocus()
    table.go_to(model.index(count - 1, ind.COL_ATTEINTE), edit=False)
    type_keys("", Qt.Key.Key_Tab)
    settle()
    assert len(model.rows) == count + 1
    assert table.currentIndex() == model.index(count, ind.COL_NOM)
    assert table.state() == QAbstractItemView.State.EditingState


# --- 3. readable at 1024 × 700 -----------------------------------------------------------------


def test_every_page_is_usable_at_1024_by_700(window: MainWindow) -> None:
    window.resize(1024, 700)
    settle()
    signatories = window.signatories_page
    fiches = window.fiches_page
    assert signatories is not None and fiches is not None
    window.ui.territory_tabs.setCurrentWidget(signatories)
    settle()
    metrics = signatories.fontMetrics()
    for table in signatories.tables.values():
        for column in (COL_ORGANISME, COL_FONCTION):
            assert table.columnWidth(column) >= metrics.horizontalAdvance("Communauté de"), column
    window.ui.territory_tabs.setCurrentWidget(fiches)
    settle()
    ui = fiches.ui
    for button in (ui.new_button, ui.duplicate_button, ui.delete_button, ui.trash_button):
        assert button.width() >= button.sizeHint().width(), button.objectName()
    assert ui.fiches_table.columnWidth(1) >= fiches.fontMetrics().horizontalAdvance("x" * 24)


# --- 6. smaller ones ----------------------------------------------------------------------------


def test_pages_switch_with_ctrl_tab_and_ctrl_page_down(window: MainWindow) -> None:
    tabs = window.ui.territory_tabs
    tabs.setCurrentIndex(0)
    window.territory_page.ui.region_edit.setFocus()  # type: ignore[union-attr]
    QTest.keyClick(focused(), Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert tabs.currentIndex() == 1
    QTest.keyClick(focused(), Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert tabs.currentIndex() == 2
    QTest.keyClick(focused(), Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert tabs.currentIndex() == 1


def test_the_message_line_does_not_move_the_fields(window: MainWindow) -> None:
    editor = window.fiches_page.editor  # type: ignore[union-attr]
    ui = editor.ui
    settle()
    top = ui.editor_tabs.mapTo(editor, ui.editor_tabs.rect().topLeft()).y()
    ui.cout_edit.setFocus()
    ui.cout_edit.selectAll()
    type_keys("beaucoup", Qt.Key.Key_Return)
    settle()
    assert not ui.error_label.isHidden()
    assert ui.editor_tabs.mapTo(editor, ui.editor_tabs.rect().topLeft()).y() == top


def test_help_has_a_getting_started_guide(window: MainWindow) -> None:
    from ti_desktop.gui.dialogs.getting_started_dialog import GettingStartedDialog

    window.ui.action_getting_started.trigger()
    dialogs = [w for w in window.findChildren(GettingStartedDialog) if w.isVisible()]
    assert dialogs
    text = dialogs[0].ui.guide_browser.toPlainText()
    assert "cinq étapes" in text and "Préparer un courriel" in text and "Ctrl+V" in text
    assert window.ui.action_getting_started.shortcut().toString() == "F1"


def test_qt_dialogs_speak_french(qapp: QApplication) -> None:
    from PySide6.QtCore import QCoreApplication

    from ti_desktop.gui.app import create_application

    create_application(["test"])
    nbsp = "\u00a0"
    assert QCoreApplication.translate("QFileDialog", "Look in:") == f"Voir dans{nbsp}:"
    assert QCoreApplication.translate("QFileDialog", "Files of type:") == f"Fichiers de type{nbsp}:"


def test_choosing_phase_1_updates_the_default_period(
    window: MainWindow, demo_database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Vallée de la Bresle", True))
    window.ui.add_territory_button.click()
    page = window.territory_page
    assert page is not None
    assert (page.ui.annee_debut_spin.value(), page.ui.annee_fin_spin.value()) == (2023, 2027)
    combo = page.ui.phase_combo
    combo.setFocus()
    QTest.keyClick(combo, Qt.Key.Key_Up)  # Phase 1 is above Phase 2
    settle()
    assert "Phase 1" in combo.currentText()
    assert (page.ui.annee_debut_spin.value(), page.ui.annee_fin_spin.value()) == (2019, 2022)
    if page.phase_question is not None:
        page.phase_question.reject()
    window.undo_action.trigger()
    settle()
    assert (page.ui.annee_debut_spin.value(), page.ui.annee_fin_spin.value()) == (2023, 2027)


def test_the_region_deliberation_has_one_place(window: MainWindow) -> None:
    page = window.signatories_page
    assert page is not None
    window.ui.territory_tabs.setCurrentWidget(page)
    table = page.tables[GroupeSignataire.PARTENAIRES_PUBLICS.value]
    model = page.models[GroupeSignataire.PARTENAIRES_PUBLICS.value]
    row = next(i for i, r in enumerate(model.rows()) if r.organisme == "Région Grand Est")
    index = model.index(row, model.columnCount() - 2)  # référence de délibération
    assert index.data() == "24CP-0512"  # the contract's, shown
    assert not table.is_editable(index)
    assert "Territoire et contrat" in index.data(Qt.ItemDataRole.ToolTipRole)


def test_placeholders_read_as_examples(window: MainWindow) -> None:
    ui = window.territory_page.ui  # type: ignore[union-attr]
    for edit in (ui.region_edit, ui.departements_edit, ui.lieu_signature_edit):
        assert edit.placeholderText().startswith("ex. "), edit.objectName()
