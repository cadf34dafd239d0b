"""Issue 10, traps 4 and 5: honest « ready » signals; the right data to the right people."""

from __future__ import annotations

from email import policy
from email.parser import BytesParser
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QFileDialog, QInputDialog
from pytestqt.qtbot import QtBot
from sqlalchemy import select
from support.exchange import workbook_cell_values
from support.keys import press, settle, type_text
from support.window import continue_past_checks, make_window, territory_id

from ti_desktop.db.models import FicheAction, Territoire
from ti_desktop.db.store import Database
from ti_desktop.gui.main_window import MainWindow
from ti_desktop.services.checks import Severity
from ti_desktop.services.demo import DEMO_NAME
from ti_desktop.services.edits import fiche_lines

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore("propagateSizeHints", "grabbing the keyboard", "support raise"),
]


@pytest.fixture
def window(qtbot: QtBot, demo_database: Database, tmp_path: Path) -> MainWindow:
    return make_window(qtbot, demo_database, tmp_path / "settings")


def _over_finance(database: Database, numero: str) -> None:
    with database.session() as session:
        fiche = session.scalars(select(FicheAction).where(FicheAction.numero == numero)).one()
        fiche_lines.add_financing_line(session, fiche.id, {"montant": "1 000 000"})


def test_an_over_financed_fiche_is_not_ready(window: MainWindow, demo_database: Database) -> None:
    _over_finance(demo_database, "1.1")
    page = window.fiches_page
    assert page is not None
    page.reload()
    page.editor.reload()
    label = page.editor.ui.completeness_label.text()
    assert "prête à être envoyée" not in label
    assert label.startswith("⚠ À corriger avant envoi") and "sur-financement" in label.lower()


def test_a_placeholder_indicator_does_not_count_as_filled(
    window: MainWindow, demo_database: Database
) -> None:
    page = window.fiches_page
    assert page is not None
    editor = page.editor
    window.ui.territory_tabs.setCurrentWidget(page)
    with demo_database.session() as session:
        fiche = session.scalars(select(FicheAction).where(FicheAction.numero == "1.1")).one()
        for indicator in list(fiche.indicateurs):
            session.delete(indicator)
    editor.reload()
    assert "Indicateurs" in editor.ui.completeness_label.text()
    editor.ui.add_indicator_button.click()
    settle()
    press(Qt.Key.Key_Escape)  # the new row's name cell is left as proposed
    settle()
    assert "Indicateur provisoire" in editor.ui.completeness_label.text()


def test_generating_shows_what_is_wrong_jumps_to_it_and_lets_the_user_go_on(
    window: MainWindow, demo_database: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _over_finance(demo_database, "2.2")
    target = tmp_path / "contrat.docx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(target), ""))
    window.ui.action_generate_contract.trigger()
    dialog = window.check_actions.dialog
    assert dialog is not None and dialog.isVisible()
    assert not target.exists()  # nothing written before the user chooses
    findings = dialog.findings
    assert findings[0].severity is Severity.INCONSISTENT  # the over-financing first
    assert findings[0].place == "Fiche 2.2"
    # « Aller à » with the keyboard: the fiche, its financing tab
    dialog.activateWindow()
    settle()
    dialog.ui.findings_tree.setFocus()
    press(Qt.Key.Key_Return)
    settle()
    page = window.fiches_page
    assert page is not None
    assert window.ui.territory_tabs.currentWidget() is page
    assert page.current_fiche_numero() == "2.2"
    editor = page.editor.ui
    assert editor.editor_tabs.currentWidget() is editor.financing_tab
    # the territory point: the field, focused
    territory_point = next(
        i for i, f in enumerate(findings) if f.where.field == "correspondant_region_email"
    )
    tree = dialog.ui.findings_tree
    item = tree.topLevelItem(territory_point)
    assert item is not None
    tree.setCurrentItem(item)
    dialog.ui.go_to_button.click()
    settle()
    assert window.territory_page is not None
    assert QApplication.focusWidget() is window.territory_page.ui.correspondant_region_email_edit
    continue_past_checks(window)
    assert target.exists()


def test_export_asks_which_territories_current_first_never_the_demo(
    window: MainWindow, demo_database: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Vallée de l'Arve", True))
    window.ui.add_territory_button.click()
    arve = territory_id(demo_database, "Vallée de l'Arve")
    assert window.current_territoire_id() == arve
    target = tmp_path / "region.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(target), ""))
    window.ui.action_export_workbook.trigger()
    dialog = window.document_actions.export_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.chosen_ids() == [arve]  # the current one, not the demo
    dialog.ui.all_button.click()
    assert dialog.chosen_ids() == [arve]  # « Tous » leaves the demo out too
    dialog.accept()
    continue_past_checks(window)
    cells = workbook_cell_values(target)
    assert "Vallée de l'Arve" in cells and DEMO_NAME not in cells


def test_the_email_goes_to_the_region_with_every_document_produced(
    window: MainWindow,
    demo_database: Database,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    data_dir: Path,
) -> None:
    page = window.territory_page
    assert page is not None
    page.ui.correspondant_region_email_edit.setFocus()
    type_text("pierre.morel@grandest.fr")
    press(Qt.Key.Key_Return)
    with demo_database.reader() as session:
        assert session.scalars(select(Territoire.correspondant_region_email)).one() == (
            "pierre.morel@grandest.fr"
        )
    contract = tmp_path / "contrat.docx"
    workbook = tmp_path / "classeur.xlsx"
    fiche = tmp_path / "fiche.docx"
    for target, action in (
        (contract, window.ui.action_generate_contract),
        (fiche, window.ui.action_generate_fiche),
    ):
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, t=target: (str(t), ""))
        action.trigger()
        continue_past_checks(window)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(workbook), ""))
    window.ui.action_export_workbook.trigger()
    dialog = window.document_actions.export_dialog
    assert dialog is not None
    dialog.set_checked([territory_id(demo_database, DEMO_NAME)])
    dialog.accept()
    continue_past_checks(window)
    window.ui.action_prepare_email.trigger()
    continue_past_checks(window)
    email = window.email_dialog
    assert email is not None and email.isVisible()
    assert email.attachments() == [contract, fiche, workbook]
    body = email.ui.body_edit.toPlainText()
    for path in (contract, fiche, workbook):
        assert f"  - {path.name}" in body
    assert email.ui.recipients_edit.toPlainText() == "pierre.morel@grandest.fr"
    opened: list[object] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    email.ui.open_in_mail_button.click()
    assert opened
    assert email.draft_path is not None
    message = BytesParser(policy=policy.default).parsebytes(email.draft_path.read_bytes())
    assert [part.get_filename() for part in message.iter_attachments()] == [
        "contrat.docx",
        "fiche.docx",
        "classeur.xlsx",
    ]
    assert str(message["To"]) == "pierre.morel@grandest.fr"
