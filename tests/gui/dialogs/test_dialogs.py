from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select
from support.window import bad_plan

from ti_desktop.db.models import Signataire, Territoire
from ti_desktop.db.store import Database
from ti_desktop.gui import open_file
from ti_desktop.gui.dialogs import email_dialog as email_dialog_module
from ti_desktop.gui.dialogs.backups_dialog import BackupsDialog
from ti_desktop.gui.dialogs.email_dialog import EmailDialog, drafts_folder
from ti_desktop.gui.dialogs.import_preview_dialog import ImportPreviewDialog
from ti_desktop.gui.dialogs.preferences_dialog import PreferencesDialog
from ti_desktop.gui.models.import_plan_models import COL_ROW
from ti_desktop.gui.settings import AppSettings
from ti_desktop.gui.tasks import SynchronousThreadPool, TaskRunner
from ti_desktop.services.documents import email_draft
from ti_desktop.services.exchange.exporter import export_workbook
from ti_desktop.services.exchange.importer import plan_import
from ti_desktop.services.files import backups

# The offscreen platform warns when a window-modal box is shown; harmless.
pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


# --- import preview ----------------------------------------------------------------------


def test_import_preview_with_errors_blocks_import(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = ImportPreviewDialog(bad_plan(tmp_path))
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.ui.import_button.isEnabled()
    assert "Aucune donnée ne sera importée tant que ces erreurs ne sont pas corrigées" in (
        dialog.ui.verdict_label.text()
    )
    assert dialog.ui.tabs_widget.currentWidget() is dialog.ui.errors_tab
    assert dialog.ui.tabs_widget.tabText(1) == "Erreurs (4)"
    table = dialog.ui.errors_table
    model = table.model()
    assert model.rowCount() == 4
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(4)]
    assert headers == ["Feuille", "Ligne", "Colonne", "Problème"]
    # Sorted by sheet, then click-sortable by row number (numeric, not text).
    table.sortByColumn(COL_ROW, Qt.SortOrder.AscendingOrder)
    rows = [model.index(r, COL_ROW).data() for r in range(4)]
    assert rows == ["", "2", "3", "12"]
    assert dialog.ui.warnings_list.count() == 1
    dialog.ui.copy_errors_button.click()
    assert "Fiches\t12\tCoût total HT (€)\t« douze »" in QApplication.clipboard().text()


def test_import_preview_of_real_valid_plan(
    qtbot: QtBot, demo_database: Database, tmp_path: Path
) -> None:
    workbook = tmp_path / "export.xlsx"
    export_workbook(demo_database, workbook)
    plan = plan_import(demo_database, workbook)
    assert plan.is_valid
    dialog = ImportPreviewDialog(plan)
    qtbot.addWidget(dialog)
    assert dialog.ui.import_button.isEnabled()
    assert not dialog.ui.tabs_widget.isTabEnabled(1)
    assert dialog.ui.preview_table.model().rowCount() == len(plan.territories) == 1
    with qtbot.waitSignal(dialog.accepted):
        dialog.ui.import_button.click()


# --- backups -----------------------------------------------------------------------------


def test_backups_dialog_lists_backs_up_and_chooses(
    qtbot: QtBot, database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    db_path = database.path
    old = backups.make_backup(db_path, backups.AUTO, now=datetime(2026, 11, 20, 8, 0, 0))
    dialog = BackupsDialog(db_path)
    qtbot.addWidget(dialog)
    table = dialog.ui.backups_table
    assert table.model().rowCount() == 1
    assert dialog.ui.restore_button.isEnabled()

    dialog.ui.backup_now_button.click()
    assert table.model().rowCount() == 2
    newest = dialog.selected_row()
    assert newest is not None and newest.kind == backups.MANUAL  # newest first, selected
    assert newest.size > 0

    table.selectRow(1)
    monkeypatch.setattr(
        QMessageBox, "question", lambda *args, **kwargs: QMessageBox.StandardButton.Cancel
    )
    dialog.ui.restore_button.click()
    assert dialog.chosen_backup is None

    monkeypatch.setattr(
        QMessageBox, "question", lambda *args, **kwargs: QMessageBox.StandardButton.Yes
    )
    with qtbot.waitSignal(dialog.restore_requested) as blocker:
        dialog.ui.restore_button.click()
    assert blocker.args == [old.path]
    assert dialog.chosen_backup == old.path
    assert dialog.result() == dialog.DialogCode.Accepted.value


# --- e-mail ------------------------------------------------------------------------------


@pytest.fixture
def documents(tmp_path: Path) -> list[Path]:
    docx = tmp_path / "Contrat Troyes.docx"
    pdf = tmp_path / "Contrat Troyes.pdf"
    docx.write_bytes(b"PK\x03\x04 contrat")
    pdf.write_bytes(b"%PDF-1.7 contrat")
    return [docx, pdf]


def demo_with_emails(database: Database) -> object:
    with database.session() as session:
        territory = session.scalars(select(Territoire)).one()
        for index, signatory in enumerate(
            session.scalars(select(Signataire).order_by(Signataire.groupe, Signataire.ordre))
        ):
            if index < 3:
                signatory.email = f"signataire{index}@example.org"
        return territory.id


def test_email_dialog_writes_and_opens_draft(
    qtbot: QtBot,
    demo_database: Database,
    documents: list[Path],
    data_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    territory_id = demo_with_emails(demo_database)
    opened: list[str] = []
    monkeypatch.setattr(
        QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True
    )
    dialog = EmailDialog(demo_database, territory_id, documents)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.show()
    ui = dialog.ui
    assert ui.recipients_edit.toPlainText().count("@") == 3
    assert ui.sender_edit.text() == "Camille Dubois <camille.dubois@example.org>"
    assert ui.subject_edit.text().startswith("Contrat de Territoire d'industrie Troyes")
    assert "Contrat Troyes.pdf" in ui.body_edit.toPlainText()
    assert ui.missing_label.isVisible() and "Signataires" in ui.missing_label.text()
    assert not ui.history_label.isVisible()  # nothing prepared yet
    assert dialog.attachments() == documents

    ui.attachments_list.item(1).setSelected(True)
    ui.remove_attachment_button.click()
    assert dialog.attachments() == documents[:1]
    extra = documents[0].parent / "Fiche 1.1.docx"
    extra.write_bytes(b"PK fiche")
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(extra)], ""))
    ui.add_attachment_button.click()
    assert dialog.attachments() == [documents[0], extra]

    ui.cc_edit.setText("region@grandest.fr")
    with qtbot.waitSignal(dialog.accepted):
        ui.open_in_mail_button.click()
    assert dialog.draft_path is not None
    assert dialog.draft_path.parent == data_dir / "courriels" == drafts_folder()
    assert opened == [str(dialog.draft_path)]
    raw = dialog.draft_path.read_bytes()
    assert b"X-Unsent: 1" in raw
    journal = email_draft.read_journal(drafts_folder() / email_draft.JOURNAL_NAME)
    assert len(journal) == 1
    assert journal[0].attachments == ("Contrat Troyes.docx", "Fiche 1.1.docx")
    assert journal[0].cc == ("region@grandest.fr",)

    # The next dialog for this territory says when the last draft was prepared.
    again = EmailDialog(demo_database, territory_id, documents)  # type: ignore[arg-type]
    qtbot.addWidget(again)
    assert again.ui.history_label.text().startswith(
        "Dernier courriel préparé pour ce territoire : le "
    )
    assert "3 destinataire(s)" in again.ui.history_label.text()


def test_email_dialog_bad_address_and_mailto(
    qtbot: QtBot, demo_database: Database, documents: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    territory_id = demo_with_emails(demo_database)
    opened: list[object] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    dialog = EmailDialog(demo_database, territory_id, documents)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.recipients_edit.setPlainText("pas une adresse")
    dialog.ui.open_in_mail_button.click()
    boxes = dialog.findChildren(QMessageBox)
    assert boxes and "Adresse électronique invalide" in boxes[-1].text()
    boxes[-1].close()
    assert opened == [] and dialog.draft_path is None
    assert not drafts_folder().exists() or not list(drafts_folder().glob("*.eml"))

    dialog.ui.recipients_edit.setPlainText("a@example.org; Élue <b@example.org>")
    dialog.ui.copy_mailto_button.click()
    url = QApplication.clipboard().text()
    assert url.startswith("mailto:a@example.org,b@example.org?")
    assert "pièces jointes" in dialog.ui.status_label.text()


def test_email_dialog_when_no_mail_client(
    qtbot: QtBot, demo_database: Database, documents: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    territory_id = demo_with_emails(demo_database)
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: False)
    shown: list[Path] = []
    monkeypatch.setattr(email_dialog_module, "show_in_folder", shown.append)
    dialog = EmailDialog(demo_database, territory_id, documents)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.open_in_mail_button.click()
    assert dialog.isVisible()  # stays open with an explanation
    assert dialog.draft_path is not None and dialog.draft_path.exists()
    assert shown == [dialog.draft_path]
    assert str(dialog.draft_path) in dialog.ui.status_label.text()


# --- preferences -------------------------------------------------------------------------


@pytest.fixture
def settings(tmp_path: Path) -> AppSettings:
    return AppSettings(QSettings(str(tmp_path / "test.ini"), QSettings.Format.IniFormat))


def test_preferences_choose_check_reset_and_save(
    qtbot: QtBot, settings: AppSettings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    not_a_template = tmp_path / "modèle région.docx"
    not_a_template.write_bytes(b"ceci n'est pas un document Word")
    settings.generate_pdf = True
    runner = TaskRunner(SynchronousThreadPool())
    dialog = PreferencesDialog(settings, runner)
    qtbot.addWidget(dialog)
    dialog.show()
    ui = dialog.ui
    assert ui.contract_template_edit.text() == "Modèle fourni (contrat.docx)"
    assert not ui.contract_default_button.isEnabled()
    assert ui.pdf_checkbox.isChecked()
    assert ui.soffice_status_label.text().startswith(("LibreOffice trouvé", "LibreOffice est"))

    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(not_a_template), ""))
    ui.contract_browse_button.click()
    assert ui.contract_template_edit.text() == str(not_a_template)
    assert ui.check_report_text.isVisible()
    assert dialog.last_report is not None and not dialog.last_report.can_render
    report_text = ui.check_report_text.toPlainText()
    assert report_text.startswith("✘ Le modèle « modèle région.docx » ne peut pas être utilisé")
    assert "ERREUR" in report_text

    ui.pdf_checkbox.setChecked(False)
    dialog.accept()
    assert settings.contract_template == not_a_template
    assert settings.fiche_template is None
    assert settings.generate_pdf is False

    again = PreferencesDialog(settings)
    qtbot.addWidget(again)
    assert again.ui.contract_default_button.isEnabled()
    again.ui.contract_default_button.click()
    assert again.ui.contract_template_edit.text() == "Modèle fourni (contrat.docx)"
    again.ui.contract_check_button.click()  # the shipped template is usable
    assert again.last_report is not None and again.last_report.can_render, (
        again.last_report.lines() if again.last_report else None
    )
    again.accept()
    assert settings.contract_template is None


# --- after generation --------------------------------------------------------------------


def test_offer_open_buttons(qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    files = [tmp_path / "contrat.docx", tmp_path / "contrat.pdf"]
    opened: list[str] = []
    monkeypatch.setattr(
        QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True
    )
    box = open_file.offer_open(parent, files)
    assert box.isVisible()
    assert "contrat.docx" in box.informativeText() and "contrat.pdf" in box.informativeText()
    buttons = {b.text(): b for b in box.findChildren(QPushButton)}
    assert set(buttons) >= {"Ouvrir", "Afficher dans le dossier", "Fermer"}
    buttons["Ouvrir"].click()
    assert opened == [str(files[0])]

    box = open_file.offer_open(parent, files[:1])
    buttons = {b.text(): b for b in box.findChildren(QPushButton)}
    monkeypatch.setattr(open_file.sys, "platform", "linux")
    buttons["Afficher dans le dossier"].click()
    assert opened[-1] == str(tmp_path)
