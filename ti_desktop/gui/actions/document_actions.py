"""The « Documents » menu: contract and fiche, Région workbook, import, template check, e-mail.

Each long job runs off the GUI thread through the window's ``TaskRunner``; the
services load in the background job or when first used, so the window opens fast.
Generating, exporting and preparing the e-mail first show what the territory still
lacks (``CheckActions.before``), and the user may go on. Every document produced in
the session is remembered per territory: the e-mail attaches them all.
"""

from __future__ import annotations

import uuid
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Slot
from PySide6.QtWidgets import QFileDialog, QMessageBox

from ti_desktop.db.models import FicheAction, Territoire
from ti_desktop.db.vocabulary import NatureEnvoi
from ti_desktop.errors import UserFacingError
from ti_desktop.gui.open_file import offer_open
from ti_desktop.gui.pages.history_page import TABLE as REGISTER_TABLE
from ti_desktop.gui.pages.page_support import show_error
from ti_desktop.services.register.recording import exported_and_recorded, recorded

if TYPE_CHECKING:  # the dialogs load openpyxl and the mail code: imported when first used
    from ti_desktop.gui.dialogs.email_dialog import EmailDialog
    from ti_desktop.gui.dialogs.export_dialog import ExportDialog
    from ti_desktop.gui.dialogs.import_preview_dialog import ImportPreviewDialog
    from ti_desktop.gui.main_window import MainWindow
    from ti_desktop.services.documents.generation import GeneratedDocuments
    from ti_desktop.services.documents.render import TemplateReport
    from ti_desktop.services.exchange.exporter import ExportReport
    from ti_desktop.services.exchange.importer import ImportPlan, ImportReport
    from ti_desktop.services.progress import ProgressCallback

WORKBOOK_FILTER = "Classeurs Excel (*.xlsx)"
IMPORT_FILTER = "Classeurs Excel ou LibreOffice (*.xlsx *.ods)"
ODS_FILTER = "Classeurs OpenDocument (*.ods)"
DOCX_FILTER = "Documents Word (*.docx)"
ODT_FILTER = "Documents OpenDocument (*.odt)"
# The formats offered when saving, by filter: the first is the default.
DOCUMENT_FORMATS = {DOCX_FILTER: "docx", ODT_FILTER: "odt"}
WORKBOOK_FORMATS = {WORKBOOK_FILTER: "xlsx", ODS_FILTER: "ods"}
ALL_TABLES = ("territoire", "contrat", "enjeu_local", "axe", "signataire", "fiche_action")


class DocumentActions(QObject):
    """Writes documents and workbooks, reads workbooks, prepares the e-mail."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.last_documents: list[Path] = []
        self.produced: dict[uuid.UUID, list[Path]] = {}
        """Documents written in this session, per territory, in the order produced."""
        self.import_dialog: ImportPreviewDialog | None = None
        self.email_dialog: EmailDialog | None = None
        self.export_dialog: ExportDialog | None = None

    def _remember(self, territoire_ids: list[uuid.UUID], files: list[Path]) -> None:
        for territoire_id in territoire_ids:
            known = self.produced.setdefault(territoire_id, [])
            for path in files:
                if path in known:
                    known.remove(path)  # written again: listed as the latest
                known.append(path)

    def documents_for(self, territoire_id: uuid.UUID) -> list[Path]:
        """The documents produced for a territory in this session that still exist."""
        return [path for path in self.produced.get(territoire_id, []) if path.exists()]

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

    def ask_save_format(
        self, title: str, name: str, formats: dict[str, str]
    ) -> tuple[Path, str] | None:
        """Where to save and in which format (the filter chosen, else the typed extension)."""
        settings = self.window.settings
        start = str(settings.last_directory / name)
        chosen, selected = QFileDialog.getSaveFileName(
            self.window, title, start, ";;".join(formats)
        )
        if not chosen:
            return None
        path = Path(chosen)
        settings.last_directory = path.parent
        by_suffix = {f".{value}": value for value in formats.values()}
        file_format = by_suffix.get(path.suffix.lower()) or formats.get(
            selected, next(iter(formats.values()))
        )
        return path, file_format

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

    ask_open_path = _ask_open_path  # the import actions ask the same way

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
        """Show what is missing, then ask where and write the contract (and its PDF)."""
        territoire_id = self._require_territory()
        if territoire_id is None:
            return
        self.window.check_actions.before(
            self.tr("Générer le contrat"),
            [territoire_id],
            lambda: self._generate_contract(territoire_id),
        )

    def _generate_contract(self, territoire_id: uuid.UUID) -> None:
        name = self._document_name(territoire_id, None)
        if name is None:
            return
        chosen = self.ask_save_format(self.tr("Générer le contrat"), name, DOCUMENT_FORMATS)
        if chosen is None:
            return
        target, file_format = chosen
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
                    database,
                    territoire_id,
                    target,
                    template=template,
                    pdf=pdf,
                    progress=progress,
                    file_format="odt" if file_format == "odt" else "docx",
                ),
            ),
            title=self.tr("Génération du contrat…"),
            parent=window,
            on_done=lambda documents: self._on_documents_generated(documents, territoire_id),
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
        chosen = self.ask_save_format(self.tr("Générer la fiche-action"), name, DOCUMENT_FORMATS)
        if chosen is None:
            return
        target, file_format = chosen
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
                    file_format="odt" if file_format == "odt" else "docx",
                ),
                objet=f"Fiche-action {numero}",
            ),
            title=self.tr("Génération de la fiche-action…"),
            parent=window,
            on_done=lambda documents: self._on_documents_generated(documents, territoire_id),
        )

    def _on_documents_generated(
        self, documents: GeneratedDocuments, territoire_id: uuid.UUID
    ) -> None:
        self.window.notifier.notify(REGISTER_TABLE, None)  # recorded in the history
        files = [p for p in (documents.docx, documents.pdf) if p is not None]
        self.last_documents = files
        self._remember([territoire_id], files)
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
        """Ask which territories (the current one, never the demo by default), then write."""
        from ti_desktop.gui.dialogs.export_dialog import ExportDialog

        window = self.window
        with window.database.reader() as session:
            from ti_desktop.services import records

            territories = records.load_territory_list(session)
        if not territories:
            show_error(window, self.tr("La base ne contient aucun territoire à exporter."))
            return
        if self.export_dialog is not None:
            self.export_dialog.deleteLater()
        dialog = ExportDialog(territories, window.current_territoire_id(), window)
        dialog.accepted.connect(
            lambda: self._export_checked(dialog.chosen_ids(), dialog.chosen_names())
        )
        self.export_dialog = dialog
        dialog.open()

    def _export_checked(self, territoire_ids: list[uuid.UUID], names: list[str]) -> None:
        if not territoire_ids:
            return
        self.window.check_actions.before(
            self.tr("Exporter"),
            territoire_ids,
            lambda: self._export(territoire_ids, names),
        )

    def _export(self, territoire_ids: list[uuid.UUID], names: list[str]) -> None:
        from ti_desktop.services.exchange.exporter import export_workbook

        name = self.tr("Classeur Territoires d'industrie - {0}.xlsx").format(
            date.today().isoformat()
        )
        if len(names) == 1:
            name = self.tr("Classeur {0} - {1}.xlsx").format(
                names[0].replace("/", "-"), date.today().isoformat()
            )
        chosen = self.ask_save_format(
            self.tr("Exporter le classeur pour la Région"), name, WORKBOOK_FORMATS
        )
        if chosen is None:
            return
        target, file_format = chosen
        suffix = f".{file_format}"
        if target.suffix.lower() != suffix:
            target = target.with_name(target.name + suffix)
        window = self.window
        database = window.database

        def done(report: ExportReport) -> None:
            window.notifier.notify(REGISTER_TABLE, None)
            self._remember(territoire_ids, [target])
            window.ui.status_bar.showMessage(report.summary(), 10000)
            self.offer_to_open([target], self.tr("Classeur enregistré"))

        window.tasks.run(
            lambda progress: exported_and_recorded(
                database,
                export_workbook(
                    database,
                    target,
                    territory_names=names,
                    progress=progress,
                    file_format="ods" if file_format == "ods" else "xlsx",
                ),
            ),
            title=self.tr("Export du classeur…"),
            parent=window,
            on_done=done,
        )

    @Slot()
    def import_workbook(self) -> None:
        """Read a workbook, show what it would change, write it only when confirmed."""
        from ti_desktop.services.exchange.importer import plan_import

        source = self._ask_open_path(self.tr("Importer un classeur"), IMPORT_FILTER)
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
        from ti_desktop.gui.dialogs.import_preview_dialog import ImportPreviewDialog

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
        """Show what is missing, then the draft with every document produced for the territory."""
        territoire_id = self._require_territory()
        if territoire_id is None:
            return
        self.window.check_actions.before(
            self.tr("Préparer le courriel"),
            [territoire_id],
            lambda: self._prepare_email(territoire_id),
        )

    def _prepare_email(self, territoire_id: uuid.UUID) -> None:
        from ti_desktop.gui.dialogs.email_dialog import EmailDialog

        window = self.window
        attachments = self.documents_for(territoire_id)
        try:
            dialog = EmailDialog(window.database, territoire_id, attachments, window)
        except UserFacingError as exc:
            show_error(window, exc)
            return
        self.email_dialog = dialog
        dialog.finished.connect(
            lambda _result: window.notifier.notify(REGISTER_TABLE, territoire_id)
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
