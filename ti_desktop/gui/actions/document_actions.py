"""The « Documents » menu: contract and fiche, Région workbook, import, template check, e-mail.

Each long job runs off the GUI thread through the window's ``TaskRunner``; the
services load in the background job or when first used, so the window opens fast.
"""

from __future__ import annotations

import uuid
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Slot
from PySide6.QtWidgets import QFileDialog, QMessageBox

from ti_desktop.db.models import FicheAction, Territoire
from ti_desktop.errors import UserFacingError
from ti_desktop.gui.dialogs.email_dialog import EmailDialog
from ti_desktop.gui.dialogs.import_preview_dialog import ImportPreviewDialog
from ti_desktop.gui.open_file import offer_open
from ti_desktop.gui.pages.history_page import TABLE as REGISTER_TABLE
from ti_desktop.gui.pages.page_support import show_error
from ti_desktop.services.register.recording import exported_and_recorded, recorded
from ti_desktop.services.register.transmissions import NatureEnvoi

if TYPE_CHECKING:
    from ti_desktop.gui.main_window import MainWindow
    from ti_desktop.services.documents.generation import GeneratedDocuments
    from ti_desktop.services.documents.render import TemplateReport
    from ti_desktop.services.exchange.exporter import ExportReport
    from ti_desktop.services.exchange.importer import ImportPlan, ImportReport
    from ti_desktop.services.progress import ProgressCallback

WORKBOOK_FILTER = "Classeurs Excel (*.xlsx)"
DOCX_FILTER = "Documents Word (*.docx)"
ALL_TABLES = ("territoire", "contrat", "enjeu_local", "axe", "signataire", "fiche_action")


class DocumentActions(QObject):
    """Writes documents and workbooks, reads workbooks, prepares the e-mail."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.last_documents: list[Path] = []
        self.import_dialog: ImportPreviewDialog | None = None
        self.email_dialog: EmailDialog | None = None

    def _require_territory(self) -> uuid.UUID | None:
        territoire_id = self.window.current_territoire_id()
        if territoire_id is None:
            show_error(self.window, self.tr("Choisissez d'abord un territoire dans la liste."))
        return territoire_id

    def ask_save_path(self, title: str, name: str, pattern: str) -> Path | None:
        settings = self.window.settings
        start = str(settings.last_directory / name)
        chosen, _ = QFileDialog.getSaveFileName(self.window, title, start, pattern)
        if not chosen:
            return None
        path = Path(chosen)
        settings.last_directory = path.parent
        return path

    def _ask_open_path(self, title: str, pattern: str) -> Path | None:
        settings = self.window.settings
        chosen, _ = QFileDialog.getOpenFileName(
            self.window, title, str(settings.last_directory), pattern
        )
        if not chosen:
            return None
        path = Path(chosen)
        settings.last_directory = path.parent
        return path

    def pdf_wanted(self) -> bool:
        from ti_desktop.services.documents.pdf import find_soffice

        return self.window.settings.generate_pdf and find_soffice() is not None

    def _document_name(self, territoire_id: uuid.UUID, numero: str | None) -> str | None:
        """The proposed file name of the contract (or of fiche ``numero``); None if gone."""
        from ti_desktop.services.documents import generation

        with self.window.database.reader() as session:
            territory = session.get(Territoire, territoire_id)
            if territory is None:
                return None
            if numero is None:
                return generation.default_contract_file_name(
                    territory, territory.contrat_courant, date.today()
                )
            fiche: FicheAction | None = next(
                (f for f in territory.fiches_actives if f.numero == numero), None
            )
            if fiche is None:
                return None
            return generation.default_fiche_file_name(territory, fiche, date.today())

    @Slot()
    def generate_contract(self) -> None:
        """Ask where, then write the contract (and its PDF) off the GUI thread."""
        territoire_id = self._require_territory()
        name = self._document_name(territoire_id, None) if territoire_id else None
        if territoire_id is None or name is None:
            return
        target = self.ask_save_path(self.tr("Générer le contrat"), name, DOCX_FILTER)
        if target is None:
            return
        from ti_desktop.services.documents import generation

        window = self.window
        database, template, pdf = (
            window.database,
            window.settings.contract_template,
            self.pdf_wanted(),
        )
        window.tasks.run(
            lambda progress: recorded(
                database,
                territoire_id,
                NatureEnvoi.CONTRAT,
                generation.generate_contract(
                    database, territoire_id, target, template=template, pdf=pdf, progress=progress
                ),
            ),
            title=self.tr("Génération du contrat…"),
            parent=window,
            on_done=self._on_documents_generated,
        )

    @Slot()
    def generate_fiche(self) -> None:
        """Write the fiche selected in the Fiches-actions tab."""
        window = self.window
        territoire_id = self._require_territory()
        if territoire_id is None or window.fiches_page is None:
            return
        numero = window.fiches_page.current_fiche_numero()
        if numero is None:
            show_error(
                window, self.tr("Choisissez d'abord une fiche dans l'onglet « Fiches-actions ».")
            )
            return
        name = self._document_name(territoire_id, numero)
        if name is None:
            return
        target = self.ask_save_path(self.tr("Générer la fiche-action"), name, DOCX_FILTER)
        if target is None:
            return
        from ti_desktop.services.documents import generation

        database, template, pdf = (
            window.database,
            window.settings.fiche_template,
            self.pdf_wanted(),
        )
        window.tasks.run(
            lambda progress: recorded(
                database,
                territoire_id,
                NatureEnvoi.FICHE,
                generation.generate_fiche(
                    database,
                    territoire_id,
                    numero,
                    target,
                    template=template,
                    pdf=pdf,
                    progress=progress,
                ),
                objet=f"Fiche-action {numero}",
            ),
            title=self.tr("Génération de la fiche-action…"),
            parent=window,
            on_done=self._on_documents_generated,
        )

    def _on_documents_generated(self, documents: GeneratedDocuments) -> None:
        self.window.notifier.notify(REGISTER_TABLE, None)  # recorded in the history
        files = [p for p in (documents.docx, documents.pdf) if p is not None]
        self.last_documents = files
        self.window.ui.status_bar.showMessage(
            self.tr("Document enregistré : {0}").format(files[0]), 10000
        )
        self.offer_to_open(files, self.tr("Document enregistré"))

    def offer_to_open(self, files: list[Path], title: str) -> QMessageBox:
        """Tell where the files are; offer to open the first one or its folder."""
        box = offer_open(self.window, files, title=title)
        self.window.last_message_box = box
        return box

    @Slot()
    def export_workbook(self) -> None:
        """Write the Région workbook of every territory of the database."""
        from ti_desktop.services.exchange.exporter import export_workbook

        name = self.tr("Classeur Territoires d'industrie - {0}.xlsx").format(
            date.today().isoformat()
        )
        target = self.ask_save_path(
            self.tr("Exporter le classeur pour la Région"), name, WORKBOOK_FILTER
        )
        if target is None:
            return
        if target.suffix.lower() != ".xlsx":
            target = target.with_name(target.name + ".xlsx")
        window = self.window
        database = window.database

        def done(report: ExportReport) -> None:
            window.notifier.notify(REGISTER_TABLE, None)
            window.ui.status_bar.showMessage(report.summary(), 10000)
            self.offer_to_open([target], self.tr("Classeur enregistré"))

        window.tasks.run(
            lambda progress: exported_and_recorded(
                database, export_workbook(database, target, progress=progress)
            ),
            title=self.tr("Export du classeur…"),
            parent=window,
            on_done=done,
        )

    @Slot()
    def import_workbook(self) -> None:
        """Read a workbook, show what it would change, write it only when confirmed."""
        from ti_desktop.services.exchange.importer import plan_import

        source = self._ask_open_path(self.tr("Importer un classeur"), WORKBOOK_FILTER)
        if source is None:
            return
        database = self.window.database
        self.window.tasks.run(
            lambda progress: plan_import(database, source, progress),
            title=self.tr("Lecture du classeur…"),
            parent=self.window,
            on_done=self.show_import_preview,
        )

    def show_import_preview(self, plan: ImportPlan) -> ImportPreviewDialog:
        """Show the plan; its acceptance starts the import (nothing is written before)."""
        dialog = ImportPreviewDialog(plan, self.window)
        dialog.accepted.connect(lambda: self.apply_import(plan))
        # Kept until the next preview replaces it: deleting it on close raced the
        # window's own destruction when both were pending.
        if self.import_dialog is not None:
            self.import_dialog.deleteLater()
        self.import_dialog = dialog
        dialog.open()
        return dialog

    def apply_import(self, plan: ImportPlan) -> None:
        """Write a checked import plan off the GUI thread, then reload every view."""
        from ti_desktop.services.exchange.importer import apply_import
        from ti_desktop.services.files.backups import backup_before_import

        if not plan.is_valid:
            return
        window = self.window
        database = window.database

        def done(report: ImportReport) -> None:
            # The import is not undoable: older commands may not apply any more.
            window.undo_stack.clear()
            for table in ALL_TABLES:
                window.notifier.notify(table, None)
            window.ui.status_bar.showMessage(report.summary(), 15000)

        def backed_up_then_imported(progress: ProgressCallback) -> ImportReport:
            backup_before_import(database.path)  # refused (nothing imported) if impossible
            return apply_import(database, plan, progress)

        window.tasks.run(
            backed_up_then_imported,
            title=self.tr("Import du classeur…"),
            parent=window,
            on_done=done,
        )

    @Slot()
    def check_template(self) -> None:
        """Check a Word template and show what is wrong with it."""
        from ti_desktop.services.documents.render import check_template

        path = self._ask_open_path(self.tr("Vérifier un modèle"), DOCX_FILTER)
        if path is None:
            return
        window = self.window

        def done(report: TemplateReport) -> None:
            box = QMessageBox(window)
            box.setIcon(
                QMessageBox.Icon.Information if report.can_render else QMessageBox.Icon.Warning
            )
            box.setWindowTitle(self.tr("Vérification du modèle"))
            lines = report.lines()
            box.setText(lines[-1])
            box.setInformativeText("\n".join(lines[:-1]))
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            window.last_message_box = box
            box.open()

        window.tasks.run(
            lambda _progress: check_template(path),
            title=self.tr("Vérification du modèle…"),
            parent=window,
            on_done=done,
        )

    @Slot()
    def prepare_email(self) -> None:
        territoire_id = self._require_territory()
        if territoire_id is None:
            return
        window = self.window
        try:
            dialog = EmailDialog(window.database, territoire_id, list(self.last_documents), window)
        except UserFacingError as exc:
            show_error(window, exc)
            return
        self.email_dialog = dialog
        dialog.finished.connect(
            lambda _result: window.notifier.notify(REGISTER_TABLE, territoire_id)
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
