"""*Historique des envois* in the window: recorded documents, signature, changes, fiche marks."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot
from support.contract import demo_id
from support.register import fiche
from support.window import continue_past_checks, export_with, make_window

from ti_desktop.db.store import Database
from ti_desktop.gui.models.fiche_table_model import COL_NUMERO
from ti_desktop.gui.pages import history_page as history_module
from ti_desktop.gui.pages.history_page import HistoryPage
from ti_desktop.services.register.transmissions import list_transmissions

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("propagateSizeHints")]


def _save_to(monkeypatch: pytest.MonkeyPatch, target: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(target), ""))


def _page(window) -> HistoryPage:  # noqa: ANN001
    page = window.history_page
    assert page is not None
    window.ui.territory_tabs.setCurrentWidget(page)
    return page


def test_a_contract_generated_in_the_window_is_in_the_history(
    qtbot: QtBot, demo_database: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window(qtbot, demo_database, tmp_path / "settings")
    _save_to(monkeypatch, tmp_path / "contrat.docx")
    window.ui.action_generate_contract.trigger()
    continue_past_checks(window)
    page = _page(window)
    assert page.proxy.rowCount() == 1
    sent = page.current_transmission()
    assert sent is not None and sent.nature == "contrat"
    assert sent.fichiers[0].kept_copy.read_bytes() == (tmp_path / "contrat.docx").read_bytes()
    assert page.ui.count_label.text() == "1 envoi(s)"
    assert "Aucun changement." in page.ui.changes_text.toPlainText()
    opened: list[Path] = []
    monkeypatch.setattr(history_module, "open_path", lambda path: opened.append(path) or True)
    page.ui.open_copy_button.click()
    assert opened == [sent.fichiers[0].kept_copy]


def test_mark_signed_then_undo_and_see_the_changes_since(
    qtbot: QtBot, demo_database: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window(qtbot, demo_database, tmp_path / "settings")
    _save_to(monkeypatch, tmp_path / "contrat.docx")
    window.ui.action_generate_contract.trigger()
    continue_past_checks(window)
    page = _page(window)
    assert page.ui.mark_signed_button.isEnabled()
    assert not page.ui.unmark_signed_button.isEnabled()
    page.ui.signed_date_edit.setDate(QDate(2024, 6, 28))
    page.ui.mark_signed_button.click()
    sent = page.current_transmission()
    assert sent is not None and sent.signe_le == date(2024, 6, 28)
    assert page.ui.unmark_signed_button.isEnabled()
    assert "signé le 28 juin 2024" in page.ui.changes_title_label.text()

    window.undo_stack.undo()
    with demo_database.reader() as session:
        (stored,) = list_transmissions(session, demo_id(demo_database))
    assert stored.signe_le is None
    window.undo_stack.redo()

    with demo_database.session() as session:
        fiche(session, "1.2").cout_total_ht = Decimal("2500000")
    window.notifier.notify("fiche_action", demo_id(demo_database))
    text = page.ui.changes_text.toPlainText().replace("\u00a0", " ")
    assert "1.2 – Réseau de chaleur alimenté par la chaleur fatale industrielle" in text
    assert "Coût total HT : 2 300 000 € → 2 500 000 €" in text

    # the avenant from the Documents menu, recorded in its turn
    _save_to(monkeypatch, tmp_path / "avenant.docx")
    window.ui.action_generate_avenant.trigger()
    assert (tmp_path / "avenant.docx").is_file()
    _save_to(monkeypatch, tmp_path / "rapport.docx")
    window.ui.action_generate_report.trigger()
    assert (tmp_path / "rapport.docx").is_file()
    assert window.last_documents == [tmp_path / "rapport.docx"]
    assert [page.proxy.index(r, 1).data() for r in range(page.proxy.rowCount())] == [
        "Rapport de suivi",
        "Avenant",
        "Contrat",
    ]


def test_filters_by_kind_and_recipient(
    qtbot: QtBot, demo_database: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window(qtbot, demo_database, tmp_path / "settings")
    _save_to(monkeypatch, tmp_path / "contrat.docx")
    window.ui.action_generate_contract.trigger()
    continue_past_checks(window)
    _save_to(monkeypatch, tmp_path / "classeur.xlsx")
    window.ui.action_export_workbook.trigger()
    export_with(window, [demo_id(demo_database)])
    page = _page(window)
    assert page.proxy.rowCount() == 2
    combo = page.ui.kind_filter_combo
    combo.setCurrentIndex(combo.findText("Classeur Région"))
    assert page.proxy.rowCount() == 1 and page.ui.count_label.text() == "1 envoi(s) sur 2"
    assert not page.ui.mark_signed_button.isEnabled()  # a workbook is not signed
    combo.setCurrentIndex(0)
    qtbot.keyClicks(page.ui.recipient_filter_edit, "prefecture")
    assert page.proxy.rowCount() == 0
    assert page.ui.count_label.text() == "0 envoi(s) sur 2"


def test_fiches_changed_since_the_last_workbook_are_marked(
    qtbot: QtBot, demo_database: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window(qtbot, demo_database, tmp_path / "settings")
    fiches = window.fiches_page
    assert fiches is not None
    assert fiches.model.change_marks is None  # nothing sent yet
    _save_to(monkeypatch, tmp_path / "classeur.xlsx")
    window.ui.action_export_workbook.trigger()
    export_with(window, [demo_id(demo_database)])
    with demo_database.session() as session:
        fiche(session, "1.2").cout_total_ht = Decimal("2500000")
    window.notifier.notify("fiche_action", demo_id(demo_database))
    fiches.reload()
    model = fiches.model
    marked = {
        model.rows[r].numero: model.index(r, COL_NUMERO).data(Qt.ItemDataRole.ToolTipRole)
        for r in range(model.rowCount())
        if model.index(r, COL_NUMERO).data(Qt.ItemDataRole.DecorationRole) is not None
    }
    assert list(marked) == ["1.2"]
    assert marked["1.2"].startswith("Depuis le classeur envoyé à la Région le ")
    assert marked["1.2"].endswith(": modifiée (coût total HT)")
    assert "point orange" in model.headerData(
        COL_NUMERO, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole
    )


def test_an_email_draft_prepared_is_recorded(
    qtbot: QtBot, demo_database: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtGui import QDesktopServices

    from ti_desktop.gui.dialogs.email_dialog import EmailDialog

    attachment = tmp_path / "Contrat.docx"
    attachment.write_bytes(b"PK contrat")
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda _url: True)
    dialog = EmailDialog(demo_database, demo_id(demo_database), [attachment])
    qtbot.addWidget(dialog)
    dialog.ui.recipients_edit.setPlainText("ti@grandest.example")
    with qtbot.waitSignal(dialog.accepted):
        dialog.ui.open_in_mail_button.click()
    with demo_database.reader() as session:
        (sent,) = list_transmissions(session, demo_id(demo_database))
    assert sent.nature == "courriel" and sent.recipients == ["ti@grandest.example"]
    assert sent.objet == dialog.ui.subject_edit.text()
    assert dialog.draft_path is not None
    assert sent.fichiers[0].kept_copy.read_bytes() == dialog.draft_path.read_bytes()
