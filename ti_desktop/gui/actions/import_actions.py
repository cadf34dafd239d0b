"""Bringing in what users have: a tracker, forms filled by partners, and the forms to send them.

The main window creates one ``ImportActions(window)``. It adds to the *Documents*
menu *Importer un tableau…*, *Importer des fiches remplies…* and *Formulaires à faire
remplir…* (one per fiche of a maître d'ouvrage), accepts files dropped on the window
(``.docx`` forms, ``.xlsx`` / ``.ods`` / ``.csv`` trackers, an exchange workbook),
and writes the form of one fiche for the fiche editor's button. Reading and writing
files runs off the GUI thread; an import is applied as one step of the undo stack.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, Qt, QUrl, Slot
from PySide6.QtGui import QAction, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QFileDialog, QInputDialog

from ti_desktop.db.vocabulary import NatureEnvoi
from ti_desktop.gui.pages.history_page import TABLE as REGISTER_TABLE
from ti_desktop.gui.pages.page_support import show_error
from ti_desktop.gui.undo import ImportCommand

if TYPE_CHECKING:
    from ti_desktop.gui.dialogs.forms_import_dialog import FormsImportDialog
    from ti_desktop.gui.dialogs.table_import_dialog import TableImportDialog
    from ti_desktop.gui.main_window import MainWindow
    from ti_desktop.services.imports.fiche_changes import FicheChange, NewFinancer
    from ti_desktop.services.imports.form_plan import FormsPlan
    from ti_desktop.services.imports.plan import TrackerPlan
    from ti_desktop.services.imports.reading import TrackerReading
    from ti_desktop.services.progress import ProgressCallback

TABLE_FILTER = "Tableaux de suivi (*.xlsx *.xlsm *.ods *.csv);;Tous les fichiers (*)"
FORMS_FILTER = "Formulaires Word (*.docx)"
WRITTEN_TABLES = ("fiche_action", "ligne_financement", "indicateur", "financeur")
"""What an import writes: each view showing one of them reloads."""

_FORM_SUFFIXES = {".docx"}
_TABLE_SUFFIXES = {".xlsx", ".xlsm", ".ods", ".csv"}


class ImportActions(QObject):
    """Tracker and form imports, and the forms to fill, for one main window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.table_dialog: TableImportDialog | None = None
        self.forms_dialog: FormsImportDialog | None = None
        self.owner_dialog: QInputDialog | None = None

        self.table_action = QAction(self.tr("Importer un &tableau…"), window)
        self.table_action.setToolTip(
            self.tr("Lire les fiches d'un tableau Excel, LibreOffice ou CSV, quels qu'en soient "
                    "les en-têtes")
        )  # fmt: skip
        self.forms_action = QAction(self.tr("Importer des fiches &remplies…"), window)
        self.forms_action.setToolTip(
            self.tr("Relire les formulaires renvoyés par les maîtres d'ouvrage (.docx)")
        )
        self.owner_forms_action = QAction(
            self.tr("Formulaires à faire remplir par un maître d'ouvrage…"), window
        )
        menu = window.ui.menu_documents
        actions = menu.actions()
        anchor = actions.index(window.ui.action_import_workbook)
        before = actions[anchor + 1] if anchor + 1 < len(actions) else None
        added = [self.table_action, self.forms_action, self.owner_forms_action]
        if before is None:
            menu.addActions(added)
        else:
            menu.insertActions(before, added)
        self.table_action.triggered.connect(lambda: self.import_table())
        self.forms_action.triggered.connect(lambda: self.import_forms())
        self.owner_forms_action.triggered.connect(self.write_owner_forms)
        window.setAcceptDrops(True)
        window.installEventFilter(self)

    # --- helpers ------------------------------------------------------------------------------

    def _territory(self) -> uuid.UUID | None:
        territoire_id = self.window.current_territoire_id()
        if territoire_id is None:
            show_error(self.window, self.tr("Choisissez d'abord un territoire dans la liste."))
        return territoire_id

    def _territory_name(self, territoire_id: uuid.UUID) -> str:
        current = self.window.current_territory()
        return current.nom if current is not None and current.id == territoire_id else ""

    def _push(
        self, text: str, territoire_id: uuid.UUID | None, changes: list[FicheChange],
        new_financers: list[NewFinancer], on_pushed: Callable[[ImportCommand], object],
    ) -> None:  # fmt: skip
        """Back the base up and write ``changes`` off the GUI thread, then push one step.

        A refusal (no backup possible, a fiche changed since the preview) is shown and
        nothing is written; ``on_pushed`` runs once the step is on the undo stack.
        """
        from ti_desktop.services.files.backups import backup_before_import
        from ti_desktop.services.imports import apply as applying

        window = self.window
        database = window.database

        def backed_up_then_applied(progress: ProgressCallback) -> applying.Undo:
            backup_before_import(database.path)  # refused: nothing is imported
            with database.session() as session:
                return applying.apply_changes(session, changes, new_financers, progress)

        def pushed(applied: applying.Undo) -> None:
            command = ImportCommand(
                database,
                window.notifier,
                text,
                WRITTEN_TABLES,
                territoire_id,
                do=lambda session: applying.apply_changes(session, changes, new_financers),
                undo=applying.undo_changes,
                applied=applied,
            )
            window.undo_stack.push(command)
            on_pushed(command)

        window.tasks.run(backed_up_then_applied, title=text, parent=window, on_done=pushed)

    # --- a tracker ----------------------------------------------------------------------------

    def import_table(self, source: Path | None = None) -> None:
        """Read a tracker off the GUI thread, then show its mapping and preview."""
        territoire_id = self._territory()
        if territoire_id is None:
            return
        if source is None:
            source = self.window.document_actions.ask_open_path(
                self.tr("Importer un tableau de suivi"), TABLE_FILTER
            )
            if source is None:
                return
        from ti_desktop.services.imports.memory import MappingMemory
        from ti_desktop.services.imports.reading import read_tracker

        database = self.window.database
        self.window.tasks.run(
            lambda progress: read_tracker(
                database, source, memory=MappingMemory(), progress=progress
            ),
            title=self.tr("Lecture du tableau…"),
            parent=self.window,
            on_done=lambda reading: self.show_table_dialog(reading, territoire_id),
        )

    def show_table_dialog(
        self, reading: TrackerReading, territoire_id: uuid.UUID
    ) -> TableImportDialog:
        """The mapping and preview of ``reading`` (nothing is written before *Importer*)."""
        from ti_desktop.gui.dialogs.table_import_dialog import TableImportDialog

        window = self.window
        dialog = TableImportDialog(
            reading,
            window.database,
            territoire_id,
            self._territory_name(territoire_id),
            window.tasks,
            window,
        )
        dialog.import_requested.connect(self.apply_table)
        if self.table_dialog is not None:
            self.table_dialog.deleteLater()
        self.table_dialog = dialog
        dialog.open()
        return dialog

    @Slot(object, object)
    def apply_table(self, plan: TrackerPlan, reading: TrackerReading) -> None:
        """Write a checked plan as one undoable step; remember its mapping."""
        self._push(
            self.tr("Import du tableau « {0} »").format(plan.source.name),
            plan.territoire_id,
            plan.changes,
            plan.new_financers,
            lambda command: self._table_imported(command, plan, reading),
        )

    def _table_imported(
        self, command: ImportCommand, plan: TrackerPlan, reading: TrackerReading
    ) -> None:
        from ti_desktop.errors import UserFacingError
        from ti_desktop.services.imports.memory import MappingMemory

        if command.isObsolete():
            return  # nothing to write
        try:
            MappingMemory().remember(reading.headers, reading.specs())
        except UserFacingError as exc:  # the import is done; only the memory is lost
            self.window.ui.status_bar.showMessage(str(exc), 10000)
        self.window.ui.status_bar.showMessage(
            self.tr("Tableau importé : {0} (Ctrl+Z pour annuler)").format(plan.summary()), 15000
        )

    # --- returned forms -----------------------------------------------------------------------

    def import_forms(self, paths: list[Path] | None = None) -> None:
        """Read returned forms off the GUI thread, then show what each changes."""
        territoire_id = self._territory()
        if territoire_id is None:
            return
        if paths is None:
            names, _ = QFileDialog.getOpenFileNames(
                self.window,
                self.tr("Importer des fiches remplies"),
                str(self.window.settings.last_directory),
                FORMS_FILTER,
            )
            if not names:
                return
            paths = [Path(name) for name in names]
            self.window.settings.last_directory = paths[0].parent
        from ti_desktop.services.imports.form_plan import plan_forms

        database, chosen = self.window.database, list(paths)
        self.window.tasks.run(
            lambda progress: plan_forms(
                database, chosen, territoire_id=territoire_id, progress=progress
            ),
            title=self.tr("Lecture des formulaires…"),
            parent=self.window,
            on_done=self.show_forms_dialog,
        )

    def show_forms_dialog(self, plan: FormsPlan) -> FormsImportDialog:
        """The field-by-field changes of ``plan``; *Appliquer* writes the checked forms."""
        from ti_desktop.gui.dialogs.forms_import_dialog import FormsImportDialog

        dialog = FormsImportDialog(plan, self.window)
        dialog.accepted.connect(lambda: self.apply_forms(plan, dialog.checked_changes()))
        if self.forms_dialog is not None:
            self.forms_dialog.deleteLater()
        self.forms_dialog = dialog
        dialog.open()
        return dialog

    def apply_forms(self, plan: FormsPlan, changes: list[FicheChange]) -> None:
        """Write the chosen forms as one undoable step."""
        if not changes:
            return
        used = {line.values.get("financeur_id") for change in changes for line in change.lines}
        financers = [f for f in plan.new_financers if f.id in used]
        self._push(
            self.tr("Fiches remplies : {0} formulaire(s)").format(len(changes)),
            changes[0].territoire_id,
            changes,
            financers,
            lambda command: (
                None
                if command.isObsolete()
                else self.window.ui.status_bar.showMessage(
                    self.tr("{0} formulaire(s) enregistré(s) (Ctrl+Z pour annuler)").format(
                        len(changes)
                    ),
                    15000,
                )
            ),
        )

    # --- forms to fill ------------------------------------------------------------------------

    @Slot(object)
    def write_fiche_form(self, fiche_id: uuid.UUID) -> None:
        """Ask where, then write the form of one fiche and record it as sent."""
        from ti_desktop.services import records
        from ti_desktop.services.imports.form_writer import form_file_name, write_fiche_form
        from ti_desktop.services.register.recording import record_documents

        window = self.window
        with window.database.reader() as session:
            fiche = records.load_fiche(session, fiche_id)
        if fiche is None:
            return
        target = window.document_actions.ask_save_path(
            self.tr("Formulaire à faire remplir"), form_file_name(fiche), FORMS_FILTER
        )
        if target is None:
            return
        if target.suffix.lower() != ".docx":
            target = target.with_name(target.name + ".docx")
        database, territoire_id = window.database, fiche.territoire_id
        objet = f"Formulaire de la fiche-action {fiche.numero}"

        def job(_progress: Any) -> Path:
            written = write_fiche_form(database, fiche_id, target)
            record_documents(
                database, territoire_id, NatureEnvoi.FORMULAIRE, [written], objet=objet
            )
            return written

        window.tasks.run(
            job,
            title=self.tr("Écriture du formulaire…"),
            parent=window,
            on_done=lambda path: self._written([path]),
        )

    @Slot()
    def write_owner_forms(self) -> None:
        """Choose a maître d'ouvrage, then write one form per fiche it carries."""
        from ti_desktop.services.imports.form_writer import maitres_ouvrage

        territoire_id = self._territory()
        if territoire_id is None:
            return
        owners = maitres_ouvrage(self.window.database, territoire_id)
        if not owners:
            show_error(
                self.window, self.tr("Aucune fiche de ce territoire n'a de maître d'ouvrage.")
            )
            return
        labels = [self.tr("{0} ({1} fiche(s))").format(name, count) for name, count in owners]
        dialog = QInputDialog(self.window)
        dialog.setWindowTitle(self.tr("Formulaires à faire remplir"))
        dialog.setLabelText(self.tr("Un formulaire par fiche de ce maître d'ouvrage :"))
        dialog.setComboBoxItems(labels)
        dialog.setComboBoxEditable(False)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.textValueSelected.connect(
            lambda text: self.write_forms_for(territoire_id, owners[labels.index(text)][0])
        )
        self.owner_dialog = dialog
        dialog.open()

    def write_forms_for(self, territoire_id: uuid.UUID, owner: str) -> None:
        """Ask for a folder, then write the forms of ``owner``'s fiches and record them."""
        from ti_desktop.services.imports.form_writer import write_forms_for_owner
        from ti_desktop.services.register.recording import record_documents

        window = self.window
        chosen = QFileDialog.getExistingDirectory(
            window, self.tr("Dossier des formulaires"), str(window.settings.last_directory)
        )
        if not chosen:
            return
        folder = Path(chosen)
        window.settings.last_directory = folder
        database = window.database

        def job(progress: Any) -> list[Path]:
            written = write_forms_for_owner(database, territoire_id, owner, folder, progress)
            objet = f"Formulaires de fiches-actions ({len(written)}) — {owner}"
            record_documents(database, territoire_id, NatureEnvoi.FORMULAIRE, written, objet=objet)
            return written

        window.tasks.run(
            job,
            title=self.tr("Écriture des formulaires…"),
            parent=window,
            on_done=self._written,
        )

    def _written(self, files: list[Path]) -> None:
        window = self.window
        window.notifier.notify(REGISTER_TABLE, window.current_territoire_id())
        window.ui.status_bar.showMessage(
            self.tr("{0} formulaire(s) écrit(s) dans {1}").format(len(files), files[0].parent),
            10000,
        )
        window.document_actions.offer_to_open(files, self.tr("Formulaire(s) à faire remplir"))

    # --- files dropped on the window ----------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.DragEnter:
            assert isinstance(event, QDragEnterEvent)
            if self._dropped(event.mimeData().urls()):
                event.acceptProposedAction()
                return True
        if watched is self.window and event.type() == QEvent.Type.Drop:
            assert isinstance(event, QDropEvent)
            files = self._dropped(event.mimeData().urls())
            if files:
                event.acceptProposedAction()
                self.open_dropped(files)
                return True
        return super().eventFilter(watched, event)

    @staticmethod
    def _dropped(urls: list[QUrl]) -> list[Path]:
        files = [Path(url.toLocalFile()) for url in urls if url.isLocalFile()]
        return [p for p in files if p.suffix.lower() in _FORM_SUFFIXES | _TABLE_SUFFIXES]

    def open_dropped(self, files: list[Path]) -> None:
        """Forms go to the forms import; a spreadsheet to the exchange or the tracker import."""
        forms = [p for p in files if p.suffix.lower() in _FORM_SUFFIXES]
        tables = [p for p in files if p.suffix.lower() in _TABLE_SUFFIXES]
        if forms:
            self.import_forms(forms)
        if tables:
            if len(tables) > 1:
                show_error(self.window, self.tr("Déposez un seul tableau à la fois."))
                return
            self._open_spreadsheet(tables[0])

    def _open_spreadsheet(self, source: Path) -> None:
        from ti_desktop.services.exchange import format as fmt
        from ti_desktop.services.imports.tables import open_table

        def is_exchange(_progress: Any) -> bool:
            with open_table(source) as table:
                return table.kind != "csv" and any(
                    fmt.find_sheet_spec(sheet.name) for sheet in table.sheets
                )

        def done(exchange: bool) -> None:
            if exchange:
                self._import_exchange(source)
            else:
                self.import_table(source)

        self.window.tasks.run(
            is_exchange, title=self.tr("Lecture du fichier…"), parent=self.window, on_done=done
        )

    def _import_exchange(self, source: Path) -> None:
        from ti_desktop.services.exchange.importer import plan_import

        database = self.window.database
        self.window.tasks.run(
            lambda progress: plan_import(database, source, progress),
            title=self.tr("Lecture du classeur…"),
            parent=self.window,
            on_done=self.window.show_import_preview,
        )
