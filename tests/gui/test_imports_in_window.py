from __future__ import annotations

import uuid
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QComboBox, QFileDialog, QInputDialog
from pytestqt.qtbot import QtBot
from support.exchange import export_demo
from support.forms import WordEdit
from support.trackers import demo_fiches, region_tracker, write_xlsx
from support.window import make_window

from ti_desktop import paths
from ti_desktop.db.store import Database
from ti_desktop.db.vocabulary import NatureEnvoi
from ti_desktop.gui.dialogs.forms_import_dialog import FormsImportDialog
from ti_desktop.gui.dialogs.table_import_dialog import TableImportDialog
from ti_desktop.gui.main_window import MainWindow
from ti_desktop.gui.models import column_mapping_table_model as columns
from ti_desktop.gui.models import form_result_table_model as results
from ti_desktop.services.demo import DEMO_NAME
from ti_desktop.services.files import backups
from ti_desktop.services.imports.form_reader import read_form
from ti_desktop.services.imports.form_writer import write_fiche_form
from ti_desktop.services.register.transmissions import list_transmissions
from ti_desktop.services.territories import create_territory

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("propagateSizeHints")]


def _table_dialog(window: MainWindow) -> TableImportDialog:
    dialog = window.import_actions.table_dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def _row_of(dialog: TableImportDialog, header: str) -> int:
    model = dialog.mapping_model
    return next(
        row
        for row in range(model.rowCount())
        if model.index(row, columns.COL_HEADER).data().endswith(header)
    )


def test_a_tracker_imported_from_the_window_in_one_undoable_step(
    qtbot: QtBot, demo_database: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    tracker = region_tracker(tmp_path / "suivi.xlsx")
    window = make_window(qtbot, demo_database, tmp_path / "settings")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a: (str(tracker), ""))
    window.import_actions.table_action.trigger()
    dialog = _table_dialog(window)
    ui = dialog.ui
    assert "feuille « Suivi 2024 », en-têtes lus en ligne 5" in ui.source_label.text()
    model = dialog.mapping_model
    row = _row_of(dialog, "Commentaires")
    assert model.index(row, columns.COL_TARGET).data() == "Notes privées"
    assert ui.import_button.isEnabled()
    assert "Prêt à importer : 1 fiche(s) créée(s), 2 mise(s) à jour" in ui.verdict_label.text()

    # the user turns « Commentaires » into an ignored column with the combo box
    table = ui.mapping_table
    table.setCurrentIndex(model.index(row, columns.COL_TARGET))
    qtbot.keyClick(table, Qt.Key.Key_F2)
    (editor,) = table.viewport().findChildren(QComboBox)
    editor.setCurrentIndex(editor.findText("Ignorée"))
    editor.activated.emit(editor.currentIndex())
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert model.index(row, columns.COL_TARGET).data() == "Ignorée"
    assert model.index(row, columns.COL_ORIGIN).data() == ""
    qtbot.waitUntil(lambda: dialog.plan is not None and "Notes" not in str(dialog.plan.changes))

    # the preview shows, for the selected fiche, each field before and after
    changes = ui.changes_table.model()
    first = next(r for r in range(changes.rowCount()) if changes.index(r, 1).data() == "1.1")
    ui.changes_table.selectRow(first)
    details = dialog.details_model
    lines = [tuple(details.index(r, c).data() for c in range(3)) for r in range(details.rowCount())]
    assert lines[0] == ("Coût total HT (€)", "4\xa0850\xa0000\xa0€", "5\xa0100\xa0000\xa0€")

    jobs: list[str] = []  # the writing runs off the GUI thread, through the task runner
    run = window.tasks.run
    monkeypatch.setattr(
        window.tasks, "run", lambda job, **kw: jobs.append(kw["title"]) or run(job, **kw)
    )
    qtbot.mouseClick(ui.import_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert jobs == ["Import du tableau « suivi.xlsx »"]
    assert [b.kind for b in backups.list_backups(demo_database.path)] == [backups.BEFORE_IMPORT]
    assert window.undo_stack.count() == 1
    assert window.undo_stack.undoText() == "Import du tableau « suivi.xlsx »"
    assert (
        demo_fiches(demo_database)["2.4"].intitule == "Cellule de veille technologique mutualisée"
    )
    assert demo_fiches(demo_database)["1.1"].notes_privees == ""
    assert "Tableau importé : 1 fiche(s) créée(s)" in window.ui.status_bar.currentMessage()
    assert paths.mapping_memory_path().is_file()

    window.undo_action.trigger()
    fiches = demo_fiches(demo_database)
    assert "2.4" not in fiches and fiches["1.1"].cout_total_ht == Decimal("4850000.00")
    window.redo_action.trigger()
    assert demo_fiches(demo_database)["1.1"].cout_total_ht == Decimal("5100000.00")

    # the same headers next time: the mapping confirmed is proposed again
    window.import_actions.table_action.trigger()
    again = _table_dialog(window)
    assert "Correspondance reprise" in again.ui.source_label.text()
    row = _row_of(again, "Commentaires")
    assert again.mapping_model.index(row, columns.COL_TARGET).data() == "Ignorée"
    assert again.mapping_model.index(row, columns.COL_ORIGIN).data() == ""


def test_a_tracker_with_errors_cannot_be_imported(
    qtbot: QtBot, demo_database: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write_xlsx(tmp_path / "t.xlsx", [["N°", "Intitulé", "Coût"], ["1.1", "x", "cher"]])
    window = make_window(qtbot, demo_database, tmp_path / "settings")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a: (str(path), ""))
    window.import_actions.table_action.trigger()
    dialog = _table_dialog(window)
    assert not dialog.ui.import_button.isEnabled()
    assert dialog.ui.verdict_label.text().startswith("1 problème(s) à corriger")
    errors = dialog.ui.errors_table.model()
    assert [errors.index(0, c).data() for c in range(4)] == [
        "Suivi", "2", "Coût", "« cher » n'est pas un montant ou un nombre",
    ]  # fmt: skip
    assert dialog.ui.tabs_widget.currentWidget() is dialog.ui.errors_tab


def test_the_fiche_editor_writes_the_form_and_records_it(
    qtbot: QtBot, demo_database: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window(qtbot, demo_database, tmp_path / "settings")
    page = window.fiches_page
    assert page is not None
    window.ui.territory_tabs.setCurrentWidget(page)
    page.ui.fiches_table.selectRow(0)
    button = page.editor.form_button
    assert button.isVisible() and button.text() == "Formulaire à faire remplir…"
    target = tmp_path / "envoi" / "formulaire 1.1.docx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(target), ""))
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert read_form(target).numero == page.current_fiche_numero()
    with demo_database.reader() as session:
        sent = list_transmissions(session, demo_fiches(demo_database)["1.1"].territoire_id)
    assert [(s.nature, s.objet) for s in sent] == [
        (
            NatureEnvoi.FORMULAIRE.value,
            f"Formulaire de la fiche-action {page.current_fiche_numero()}",
        )
    ]


def _drop(window: MainWindow, *files: Path) -> None:
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(path)) for path in files])
    action = Qt.DropAction.CopyAction
    buttons, modifiers = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(QPoint(10, 10), action, data, buttons, modifiers)
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    QApplication.sendEvent(window, QDropEvent(QPoint(10, 10), action, data, buttons, modifiers))


def test_forms_dropped_on_the_window_show_their_diff_and_apply_as_one_step(
    qtbot: QtBot, demo_database: Database, tmp_path: Path
) -> None:
    fiches = demo_fiches(demo_database)
    filled = tmp_path / "rempli 1.2.docx"
    edit = WordEdit(write_fiche_form(demo_database, fiches["1.2"].id, tmp_path / "f12.docx"))
    edit.set_field("cout_total_ht", "2 450 000 €")
    edit.set_cell("Financeur", 0, 2, "1 000 000")
    edit.save(filled)
    same = write_fiche_form(demo_database, fiches["2.1"].id, tmp_path / "f21.docx")
    with demo_database.session() as session:
        other = create_territory(session, "Vosges", "Grand Est")
        from ti_desktop.services.edits import fiches as fiche_edits

        vosges = fiche_edits.create_fiche(session, other.id)
    foreign = write_fiche_form(demo_database, vosges, tmp_path / "vosges.docx")
    window = make_window(qtbot, demo_database, tmp_path / "settings")
    window.select_territory(fiches["1.2"].territoire_id)

    _drop(window, filled, same, foreign)
    dialog = window.import_actions.forms_dialog
    assert isinstance(dialog, FormsImportDialog) and dialog.isVisible()
    model = dialog.forms_model
    rows = [[model.index(r, c).data() for c in range(4)] for r in range(model.rowCount())]
    assert rows[0][:3] == [
        "rempli 1.2.docx",
        "1.2 — Réseau de chaleur alimenté par la chaleur fatale industrielle",
        "À appliquer",
    ]
    assert rows[1][2] == "Inchangé"
    assert rows[2][2] == (
        f"Refusé : ce formulaire est celui du territoire « Vosges », pas de « {DEMO_NAME} » : "
        "choisissez ce territoire pour l'importer"
    )
    assert model.index(0, results.COL_FILE).data(Qt.ItemDataRole.CheckStateRole) == (
        Qt.CheckState.Checked
    )
    assert dialog.ui.apply_button.text() == "&Appliquer (1)"
    details = dialog.details_model
    assert [tuple(details.index(r, c).data() for c in range(3)) for r in range(2)] == [
        ("Coût total HT (€)", "2\xa0300\xa0000\xa0€", "2\xa0450\xa0000\xa0€"),
        (
            "Financement",
            "ADEME (Fonds Chaleur) — 920\xa0000\xa0€ — Sollicité",
            "ADEME (Fonds Chaleur) — 1\xa0000\xa0000\xa0€ — Sollicité",
        ),
    ]
    dialog.ui.forms_table.selectRow(2)
    notes = dialog.ui.notes_list
    assert notes.item(0).text().startswith("Refusé : ce formulaire est celui du territoire")

    qtbot.mouseClick(dialog.ui.apply_button, Qt.MouseButton.LeftButton)
    assert window.undo_stack.count() == 1
    assert window.undo_stack.undoText() == "Fiches remplies : 1 formulaire(s)"
    assert demo_fiches(demo_database)["1.2"].cout_total_ht == Decimal("2450000.00")
    window.undo_action.trigger()
    assert demo_fiches(demo_database)["1.2"].cout_total_ht == Decimal("2300000.00")
    assert [x.montant for x in demo_fiches(demo_database)["1.2"].financements][0] == Decimal(
        "920000"
    )


def test_an_exchange_workbook_dropped_opens_the_exchange_preview(
    qtbot: QtBot, demo_database: Database, tmp_path: Path
) -> None:
    workbook = export_demo(demo_database, tmp_path)
    window = make_window(qtbot, demo_database, tmp_path / "settings")
    _drop(window, workbook)
    assert window.import_dialog is not None and window.import_dialog.isVisible()


def test_forms_for_a_maitre_d_ouvrage_from_the_menu(
    qtbot: QtBot, demo_database: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window(qtbot, demo_database, tmp_path / "settings")
    folder = tmp_path / "envoi"
    folder.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a: str(folder))
    window.import_actions.owner_forms_action.trigger()
    chooser = window.import_actions.owner_dialog
    assert isinstance(chooser, QInputDialog) and chooser.isVisible()
    assert "Troyes Champagne Métropole (4 fiche(s))" in chooser.comboBoxItems()
    chooser.setTextValue("CCI Troyes et Aube (2 fiche(s))")
    chooser.accept()
    assert sorted(p.name.split(" - ")[0] for p in folder.glob("*.docx")) == [
        "Formulaire fiche 1.3",
        "Formulaire fiche 3.3",
    ]
    territoire_id = window.current_territoire_id()
    assert isinstance(territoire_id, uuid.UUID)
    with demo_database.reader() as session:
        (sent,) = list_transmissions(session, territoire_id)
    assert sent.objet == "Formulaires de fiches-actions (2) — CCI Troyes et Aube"
