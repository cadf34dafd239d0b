"""The main window: the territory list on the left, the territory's pages on the right."""

from __future__ import annotations

import logging
import sqlite3
import uuid
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelection, QModelIndex, Qt, QUrl, Slot
from PySide6.QtGui import QCloseEvent, QDesktopServices, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QInputDialog,
    QLabel,
    QListView,
    QMainWindow,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select

from ti_desktop import APP_NAME, DATABASE_SUFFIX, paths
from ti_desktop.db.base import utc_now
from ti_desktop.db.models import Territoire
from ti_desktop.db.store import Database, copy_database, open_database
from ti_desktop.db.vocabulary import Phase
from ti_desktop.errors import UserFacingError
from ti_desktop.gui.dialogs.backups_dialog import BackupsDialog
from ti_desktop.gui.dialogs.email_dialog import EmailDialog
from ti_desktop.gui.dialogs.import_preview_dialog import ImportPreviewDialog
from ti_desktop.gui.dialogs.preferences_dialog import PreferencesDialog
from ti_desktop.gui.forms.ui_main_window import Ui_MainWindow
from ti_desktop.gui.models.territory_list_model import (
    IdRole,
    RowRole,
    TerritoryFilterProxy,
    TerritoryListModel,
)
from ti_desktop.gui.open_file import offer_open
from ti_desktop.gui.pages.dashboard_page import DashboardPage
from ti_desktop.gui.pages.fiches_page import FichesPage
from ti_desktop.gui.pages.page_support import show_error
from ti_desktop.gui.pages.signatories_page import SignatoriesPage
from ti_desktop.gui.pages.territory_page import TerritoryPage
from ti_desktop.gui.settings import AppSettings
from ti_desktop.gui.sync.sync_actions import SyncActions
from ti_desktop.gui.tasks import TaskRunner
from ti_desktop.gui.undo import ChangeNotifier, InsertRecordCommand, SetFieldsCommand
from ti_desktop.services.edits import territories as territory_edits
from ti_desktop.services.edits.snapshots import snapshot
from ti_desktop.services.files import backups
from ti_desktop.services.territories import create_territory

if TYPE_CHECKING:  # the services load only when first used: the window opens faster
    from ti_desktop.services.documents.generation import GeneratedDocuments
    from ti_desktop.services.documents.render import TemplateReport
    from ti_desktop.services.exchange.exporter import ExportReport
    from ti_desktop.services.exchange.importer import ImportPlan, ImportReport

log = logging.getLogger(__name__)

WORKBOOK_FILTER = "Classeurs Excel (*.xlsx)"
DOCX_FILTER = "Documents Word (*.docx)"
ALL_TABLES = ("territoire", "contrat", "enjeu_local", "axe", "signataire", "fiche_action")


class TerritoryTrashDialog(QDialog):
    """The territories in the trash, each restorable (the restore is undoable)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setWindowTitle(self.tr("Corbeille des territoires"))
        self.window_ = window
        self.model = TerritoryListModel(self)
        self.list_view = QListView(self)
        self.list_view.setModel(self.model)
        self.hint_label = QLabel(self)
        self.hint_label.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.restore_button = self.buttons.addButton(
            self.tr("Restaurer"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.restore_button.setToolTip(self.tr("Remettre le territoire sélectionné dans la liste"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint_label)
        layout.addWidget(self.list_view)
        layout.addWidget(self.buttons)
        self.resize(480, 360)
        self._connect_signals()
        self.reload()

    def _connect_signals(self) -> None:
        self.buttons.rejected.connect(self.reject)
        self.restore_button.clicked.connect(self._on_restore_button_clicked)
        self.list_view.doubleClicked.connect(self._on_restore_button_clicked)
        self.window_.notifier.changed.connect(self._on_notifier_changed)

    def reload(self) -> None:
        with self.window_.database.reader() as session:
            rows = territory_edits.load_territory_rows(session, trash=True)
        self.model.set_rows(rows)
        self.hint_label.setText(
            self.tr("La corbeille est vide.")
            if not rows
            else self.tr("Territoires supprimés : choisissez-en un puis « Restaurer ».")
        )
        if rows:
            self.list_view.setCurrentIndex(self.model.index(0))
        self.restore_button.setEnabled(bool(rows))

    @Slot(str, object)
    def _on_notifier_changed(self, table: str, _territory_id: object) -> None:
        if table == "territoire":
            self.reload()

    @Slot()
    def _on_restore_button_clicked(self) -> None:
        index = self.list_view.currentIndex()
        if index.isValid():
            self.window_.restore_territory(index.data(IdRole))


class MainWindow(QMainWindow):
    """The window of one open database.

    Args:
        database: the open database (the window closes it when another is opened).
        settings: the user's settings.
        task_runner: runs long work off the GUI thread (tests pass a synchronous one).
    """

    def __init__(
        self,
        database: Database,
        settings: AppSettings,
        parent: QWidget | None = None,
        *,
        task_runner: TaskRunner | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)  # type: ignore[no-untyped-call]  # generated form
        self.database = database
        self.settings = settings
        self.tasks = task_runner or TaskRunner(parent=self)
        self.undo_stack = QUndoStack(self)
        self.notifier = ChangeNotifier(self)
        self.last_documents: list[Path] = []
        self.last_message_box: QMessageBox | None = None
        self.trash_dialog: TerritoryTrashDialog | None = None
        self.backups_dialog: BackupsDialog | None = None
        self.email_dialog: EmailDialog | None = None
        self.import_dialog: ImportPreviewDialog | None = None
        self.pages: list[QWidget] = []
        self.territory_page: TerritoryPage | None = None
        self.signatories_page: SignatoriesPage | None = None
        self.fiches_page: FichesPage | None = None
        self.dashboard_page: DashboardPage | None = None

        self.territory_model = TerritoryListModel(self)
        self.territory_proxy = TerritoryFilterProxy(self)
        self.territory_proxy.setSourceModel(self.territory_model)
        self.ui.territory_list_view.setModel(self.territory_proxy)

        self.ui.demo_banner_label.setStyleSheet(
            "QLabel { background: #fff4ce; color: #4a3b00; border: 1px solid #e6cf73;"
            " border-radius: 3px; }"
        )
        self.save_label = QLabel(self.tr("Aucune modification depuis l'ouverture"), self)
        self.ui.status_bar.addPermanentWidget(self.save_label)
        self._setup_actions()
        self._build_pages()
        self._connect_signals()
        self._restore_geometry()
        self._after_database_changed()
        self.sync_actions = SyncActions(self)  # regional server: menu entries, status bar

    # --- construction ------------------------------------------------------------------

    def _setup_actions(self) -> None:
        ui = self.ui
        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("Annuler"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("Rétablir"))
        self.redo_action.setShortcuts(
            [QKeySequence(QKeySequence.StandardKey.Redo), QKeySequence("Ctrl+Y")]
        )
        ui.menu_edit.insertActions(ui.action_preferences, [self.undo_action, self.redo_action])
        ui.menu_edit.insertSeparator(ui.action_preferences)
        ui.action_open.setShortcut(QKeySequence.StandardKey.Open)
        ui.action_save_copy.setShortcut(QKeySequence("Ctrl+Shift+S"))
        ui.action_quit.setShortcut(QKeySequence.StandardKey.Quit)
        ui.action_new_territory.setShortcut(QKeySequence("Ctrl+Shift+N"))
        ui.action_rename_territory.setShortcut(QKeySequence("F2"))
        ui.action_preferences.setShortcut(QKeySequence.StandardKey.Preferences)

    def _build_pages(self) -> None:
        """(Re)create the territory's pages for the current database."""
        tabs = self.ui.territory_tabs
        while tabs.count():
            page = tabs.widget(0)
            tabs.removeTab(0)
            if page is not None:
                page.deleteLater()
        self.ui.menu_fiches.clear()
        self.territory_page = TerritoryPage(self.database, self.undo_stack, self.notifier, self)
        tabs.addTab(self.territory_page, self.tr("Territoire et contrat"))
        self.signatories_page = SignatoriesPage(self.database, self.undo_stack, self.notifier, self)
        tabs.addTab(self.signatories_page, self.tr("Signataires"))
        fiches = FichesPage(self.database, self.undo_stack, self.notifier, self.settings, self)
        self.fiches_page = fiches
        tabs.addTab(fiches, self.tr("Fiches-actions"))
        menu = self.ui.menu_fiches
        menu.addActions([fiches.new_fiche_action, fiches.duplicate_action, fiches.delete_action])
        menu.addSeparator()
        menu.addActions([fiches.move_up_action, fiches.move_down_action, fiches.renumber_action])
        menu.addSeparator()
        menu.addActions([fiches.trash_action, fiches.focus_filter_action])
        self.dashboard_page = DashboardPage(self.database, self.notifier, self)
        tabs.addTab(self.dashboard_page, self.tr("Tableau de bord"))
        self.pages = [page for i in range(tabs.count()) if (page := tabs.widget(i)) is not None]

    def _connect_signals(self) -> None:
        ui = self.ui
        ui.territory_list_view.selectionModel().selectionChanged.connect(
            self._on_territory_selection_changed
        )
        ui.territory_filter_edit.textChanged.connect(self._on_territory_filter_edit_text_changed)
        ui.territory_list_view.doubleClicked.connect(self._on_territory_list_view_double_clicked)
        ui.add_territory_button.clicked.connect(self.new_territory)
        ui.trash_territory_button.clicked.connect(self.trash_current_territory)
        ui.territory_trash_button.clicked.connect(self.show_territory_trash)
        ui.action_new_territory.triggered.connect(self.new_territory)
        ui.action_rename_territory.triggered.connect(self.rename_current_territory)
        ui.action_trash_territory.triggered.connect(self.trash_current_territory)
        ui.action_territory_trash.triggered.connect(self.show_territory_trash)
        ui.action_new_database.triggered.connect(self._on_action_new_database_triggered)
        ui.action_open.triggered.connect(self._on_action_open_triggered)
        ui.action_save_copy.triggered.connect(self._on_action_save_copy_triggered)
        ui.menu_recent.aboutToShow.connect(self._on_menu_recent_about_to_show)
        ui.action_backups.triggered.connect(self._on_action_backups_triggered)
        ui.action_open_data_folder.triggered.connect(self._on_action_open_data_folder_triggered)
        ui.action_quit.triggered.connect(self.close)
        ui.action_preferences.triggered.connect(self._on_action_preferences_triggered)
        ui.action_generate_contract.triggered.connect(self.generate_contract)
        ui.action_generate_fiche.triggered.connect(self.generate_fiche)
        ui.action_export_workbook.triggered.connect(self.export_workbook)
        ui.action_import_workbook.triggered.connect(self.import_workbook)
        ui.action_check_template.triggered.connect(self.check_template)
        ui.action_prepare_email.triggered.connect(self._on_action_prepare_email_triggered)
        ui.action_about.triggered.connect(self._on_action_about_triggered)
        self.notifier.changed.connect(self._on_notifier_changed)
        self.notifier.saved.connect(self._on_notifier_saved)
        self.notifier.failed.connect(self._on_notifier_failed)

    def _restore_geometry(self) -> None:
        geometry = self.settings.geometry("principale")
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1280, 800)
        splitter = self.settings.geometry("principale_separateur")
        if splitter is None or not self.ui.main_splitter.restoreState(splitter):
            self.ui.main_splitter.setSizes([230, 1050])
        self.ui.main_splitter.setStretchFactor(1, 1)

    # --- database ----------------------------------------------------------------------

    def _after_database_changed(self) -> None:
        self.setWindowTitle(f"{self.database.path.name} — {APP_NAME}")
        self.setWindowFilePath(str(self.database.path))
        self.settings.add_recent_file(self.database.path)
        self.reload_territories()
        first = self.territory_proxy.index(0, 0)
        if first.isValid():
            self.ui.territory_list_view.setCurrentIndex(first)
        self._show_territory(self.current_territory_id())

    def open_database_file(self, path: Path) -> bool:
        """Replace the open database by ``path``; False (and a dialog) when refused."""
        try:
            database = open_database(path)
        except UserFacingError as exc:
            show_error(self, exc)
            return False
        try:
            backups.daily_backup(path)
        except UserFacingError as exc:
            log.warning("Sauvegarde quotidienne impossible : %s", exc)
        self.set_database(database)
        return True

    def set_database(self, database: Database) -> None:
        """Swap the open database: the old one is closed and the undo history cleared."""
        self.undo_stack.clear()
        old = self.database
        self.database = database
        if old is not database:
            old.close()
        self.last_documents = []
        self._build_pages()
        self._after_database_changed()
        self.ui.status_bar.showMessage(
            self.tr("Base ouverte : %1").replace("%1", str(database.path)), 5000
        )

    def _ask_database_path(self, title: str, save: bool) -> Path | None:
        folder = str(self.settings.last_directory)
        pattern = self.tr("Bases TI Desktop (*%1)").replace("%1", DATABASE_SUFFIX)
        if save:
            name, _ = QFileDialog.getSaveFileName(self, title, folder, pattern)
        else:
            name, _ = QFileDialog.getOpenFileName(self, title, folder, pattern)
        if not name:
            return None
        path = Path(name)
        if save and path.suffix.lower() != DATABASE_SUFFIX:
            path = path.with_name(path.name + DATABASE_SUFFIX)
        self.settings.last_directory = path.parent
        return path

    @Slot()
    def _on_action_new_database_triggered(self) -> None:
        path = self._ask_database_path(self.tr("Nouvelle base"), save=True)
        if path is None:
            return
        if path.exists():
            show_error(
                self,
                self.tr("« %1 » existe déjà : utilisez Fichier › Ouvrir pour l'ouvrir.").replace(
                    "%1", str(path)
                ),
            )
            return
        self.open_database_file(path)

    @Slot()
    def _on_action_open_triggered(self) -> None:
        path = self._ask_database_path(self.tr("Ouvrir une base"), save=False)
        if path is not None:
            self.open_database_file(path)

    @Slot()
    def _on_action_save_copy_triggered(self) -> None:
        path = self._ask_database_path(self.tr("Enregistrer une copie de la base"), save=True)
        if path is None:
            return
        if path.resolve() == self.database.path.resolve():
            show_error(self, self.tr("Choisissez un autre fichier que la base ouverte."))
            return
        try:
            copy_database(self.database.path, path)
        except (OSError, sqlite3.Error) as exc:
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
            show_error(
                self,
                self.tr("Copie impossible vers « %1 » : %2.")
                .replace("%1", str(path))
                .replace("%2", reason),
            )
            return
        self.ui.status_bar.showMessage(
            self.tr("Copie enregistrée : %1").replace("%1", str(path)), 8000
        )

    @Slot()
    def _on_menu_recent_about_to_show(self) -> None:
        menu = self.ui.menu_recent
        menu.clear()
        recent = [p for p in self.settings.recent_files if p != self.database.path.resolve()]
        if not recent:
            empty = menu.addAction(self.tr("Aucun fichier récent"))
            empty.setEnabled(False)
            return
        for number, path in enumerate(recent, start=1):
            action = menu.addAction(f"&{number} {path.name}")
            action.setToolTip(str(path))
            action.setStatusTip(str(path))
            action.triggered.connect(lambda _checked=False, p=path: self.open_database_file(p))

    @Slot()
    def _on_action_backups_triggered(self) -> None:
        dialog = BackupsDialog(self.database.path, self)
        dialog.restore_requested.connect(self.restore_backup)
        self.backups_dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    @Slot(Path)
    def restore_backup(self, backup_path: Path) -> None:
        """Close the database, put the backup in its place, reopen it."""
        path = self.database.path
        self.undo_stack.clear()
        self.database.close()
        try:
            saved = backups.restore_backup(path, backup_path)
        except UserFacingError as exc:
            show_error(self, exc)
            self.open_database_file(path)
            return
        if self.open_database_file(path):
            self.ui.status_bar.showMessage(
                self.tr("Sauvegarde restaurée ; l'état remplacé est gardé dans %1").replace(
                    "%1", saved.path.name
                ),
                10000,
            )

    @Slot()
    def _on_action_open_data_folder_triggered(self) -> None:
        folder = paths.user_data_dir()
        folder.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    @Slot()
    def _on_action_preferences_triggered(self) -> None:
        dialog = PreferencesDialog(self.settings, self.tasks, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    @Slot()
    def _on_action_about_triggered(self) -> None:
        from ti_desktop.gui.about_dialog import AboutDialog

        dialog = AboutDialog(paths.user_data_dir(), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    # --- territories -------------------------------------------------------------------

    def reload_territories(self, select_id: uuid.UUID | None = None) -> None:
        """Reload the list, keeping (or moving) the selection."""
        keep = select_id or self.current_territory_id()
        with self.database.reader() as session:
            rows = territory_edits.load_territory_rows(session)
        view = self.ui.territory_list_view
        blocked = view.selectionModel().blockSignals(True)
        self.territory_model.set_rows(rows)
        self.territory_proxy.sort(0)
        row = self.territory_model.row_of(keep) if keep is not None else -1
        if row >= 0:
            view.setCurrentIndex(
                self.territory_proxy.mapFromSource(self.territory_model.index(row))
            )
        view.selectionModel().blockSignals(blocked)
        has_rows = bool(rows)
        for action in (self.ui.action_rename_territory, self.ui.action_trash_territory):
            action.setEnabled(has_rows)
        self.ui.trash_territory_button.setEnabled(has_rows)

    def current_territory_id(self) -> uuid.UUID | None:
        index = self.ui.territory_list_view.currentIndex()
        if not index.isValid():
            return None
        value = index.data(IdRole)
        return value if isinstance(value, uuid.UUID) else None

    def select_territory(self, territory_id: uuid.UUID) -> None:
        row = self.territory_model.row_of(territory_id)
        if row < 0:
            return
        index = self.territory_proxy.mapFromSource(self.territory_model.index(row))
        if not index.isValid():  # hidden by the filter
            self.ui.territory_filter_edit.clear()
            index = self.territory_proxy.mapFromSource(self.territory_model.index(row))
        self.ui.territory_list_view.setCurrentIndex(index)

    def _show_territory(self, territory_id: uuid.UUID | None) -> None:
        stack = self.ui.content_stack
        stack.setCurrentWidget(self.ui.tabs_page if territory_id else self.ui.empty_page)
        row = self.territory_model.row_of(territory_id) if territory_id else -1
        is_demo = row >= 0 and self.territory_model.rows()[row].est_demo
        self.ui.demo_banner_label.setVisible(is_demo)
        for page in self.pages:
            setter: Callable[[uuid.UUID | None], None] | None = getattr(page, "set_territory", None)
            if setter is not None:
                setter(territory_id)
        for action in (
            self.ui.action_generate_contract,
            self.ui.action_generate_fiche,
            self.ui.action_prepare_email,
            self.ui.action_rename_territory,
            self.ui.action_trash_territory,
        ):
            action.setEnabled(territory_id is not None)

    @Slot(QItemSelection, QItemSelection)
    def _on_territory_selection_changed(
        self, _selected: QItemSelection, _deselected: QItemSelection
    ) -> None:
        self._show_territory(self.current_territory_id())

    @Slot(str)
    def _on_territory_filter_edit_text_changed(self, text: str) -> None:
        self.territory_proxy.setFilterFixedString(text)

    @Slot(QModelIndex)
    def _on_territory_list_view_double_clicked(self, _index: QModelIndex) -> None:
        self.rename_current_territory()

    @Slot(str, object)
    def _on_notifier_changed(self, table: str, _territory_id: object) -> None:
        if table != "territoire":
            return
        self.reload_territories()
        if self.current_territory_id() is None:
            # The shown territory went to the trash (or away with an undo): show another.
            first = self.territory_proxy.index(0, 0)
            if first.isValid():
                self.ui.territory_list_view.setCurrentIndex(first)
                return
        self._show_territory(self.current_territory_id())

    @Slot(datetime)
    def _on_notifier_saved(self, when: datetime) -> None:
        self.save_label.setText(self.tr("Enregistré à %1").replace("%1", f"{when:%H:%M:%S}"))

    @Slot(str)
    def _on_notifier_failed(self, message: str) -> None:
        self.save_label.setText(self.tr("Dernière modification NON enregistrée"))
        self.last_message_box = show_error(self, message)

    def _ask_text(self, title: str, label: str, text: str) -> str | None:
        value, accepted = QInputDialog.getText(self, title, label, text=text)
        return value if accepted else None

    @Slot()
    def new_territory(self) -> None:
        """Ask a name, then create a territory with its phase's axes and a draft contract."""
        with self.database.reader() as session:
            proposal = territory_edits.unique_territory_name(session, self.tr("Nouveau territoire"))
        name = self._ask_text(
            self.tr("Nouveau territoire"), self.tr("Nom du territoire :"), proposal
        )
        if name is None:
            return
        # Build the record in a session that is rolled back: the command inserts it.
        try:
            with self.database.reader() as session:
                nom = territory_edits.validate_territory_name(session, None, name)
                territory = create_territory(session, nom, "", Phase.PHASE_2)
                data = snapshot(territory)
                session.rollback()
        except UserFacingError as exc:
            show_error(self, exc)
            return
        command = InsertRecordCommand(
            self.database,
            self.notifier,
            self.tr("Créer le territoire « %1 »").replace("%1", nom),
            Territoire,
            data,
            data["id"],
        )
        self.undo_stack.push(command)
        self.select_territory(command.record_id)
        self.ui.territory_tabs.setCurrentIndex(0)
        if self.territory_page is not None:
            self.territory_page.ui.region_edit.setFocus()

    @Slot()
    def rename_current_territory(self) -> None:
        territory_id = self.current_territory_id()
        if territory_id is None:
            return
        current = self.ui.territory_list_view.currentIndex().data(RowRole)
        name = self._ask_text(self.tr("Renommer le territoire"), self.tr("Nom :"), current.nom)
        if name is None or name.strip() == current.nom:
            return
        try:
            with self.database.reader() as session:
                nom = territory_edits.validate_territory_name(session, territory_id, name)
        except UserFacingError as exc:
            show_error(self, exc)
            return
        self.undo_stack.push(
            SetFieldsCommand(
                self.database,
                self.notifier,
                self.tr("Renommer « %1 »").replace("%1", current.nom),
                Territoire,
                territory_id,
                {"nom": nom},
                territory_id,
            )
        )

    @Slot()
    def trash_current_territory(self) -> None:
        territory_id = self.current_territory_id()
        if territory_id is None:
            return
        current = self.ui.territory_list_view.currentIndex().data(RowRole)
        self.undo_stack.push(
            SetFieldsCommand(
                self.database,
                self.notifier,
                self.tr("Mettre « %1 » à la corbeille").replace("%1", current.nom),
                Territoire,
                territory_id,
                {"supprime_le": utc_now()},
                territory_id,
            )
        )
        self.ui.status_bar.showMessage(
            self.tr("« %1 » est dans la corbeille (Ctrl+Z pour annuler).").replace(
                "%1", current.nom
            ),
            8000,
        )

    def restore_territory(self, territory_id: uuid.UUID) -> None:
        """Take a territory out of the trash and select it."""
        with self.database.reader() as session:
            nom = session.scalar(select(Territoire.nom).where(Territoire.id == territory_id))
        self.undo_stack.push(
            SetFieldsCommand(
                self.database,
                self.notifier,
                self.tr("Restaurer « %1 »").replace("%1", str(nom)),
                Territoire,
                territory_id,
                {"supprime_le": None},
                territory_id,
            )
        )
        self.select_territory(territory_id)

    @Slot()
    def show_territory_trash(self) -> None:
        if self.trash_dialog is None:
            self.trash_dialog = TerritoryTrashDialog(self)
        else:
            self.trash_dialog.reload()
        self.trash_dialog.open()

    # --- documents ---------------------------------------------------------------------

    def _require_territory(self) -> uuid.UUID | None:
        territory_id = self.current_territory_id()
        if territory_id is None:
            show_error(self, self.tr("Choisissez d'abord un territoire dans la liste."))
        return territory_id

    def _ask_save_path(self, title: str, name: str, pattern: str) -> Path | None:
        start = str(self.settings.last_directory / name)
        chosen, _ = QFileDialog.getSaveFileName(self, title, start, pattern)
        if not chosen:
            return None
        path = Path(chosen)
        self.settings.last_directory = path.parent
        return path

    def _pdf_wanted(self) -> bool:
        from ti_desktop.services.documents.pdf import find_soffice

        return self.settings.generate_pdf and find_soffice() is not None

    @Slot()
    def generate_contract(self) -> None:
        """Ask where, then write the contract (and its PDF) off the GUI thread."""
        territory_id = self._require_territory()
        if territory_id is None:
            return
        from ti_desktop.services.documents import generation as contract_documents

        with self.database.reader() as session:
            territory = session.get(Territoire, territory_id)
            assert territory is not None
            name = contract_documents.default_contract_file_name(
                territory, territory.contrat_courant, date.today()
            )
        target = self._ask_save_path(self.tr("Générer le contrat"), name, DOCX_FILTER)
        if target is None:
            return
        database, template, pdf = self.database, self.settings.contract_template, self._pdf_wanted()
        self.tasks.run(
            lambda progress: contract_documents.generate_contract(
                database, territory_id, target, template=template, pdf=pdf, progress=progress
            ),
            title=self.tr("Génération du contrat…"),
            parent=self,
            on_done=self._on_documents_generated,
        )

    @Slot()
    def generate_fiche(self) -> None:
        """Write the fiche selected in the Fiches-actions tab."""
        territory_id = self._require_territory()
        if territory_id is None or self.fiches_page is None:
            return
        numero = self.fiches_page.current_fiche_numero()
        if numero is None:
            show_error(
                self, self.tr("Choisissez d'abord une fiche dans l'onglet « Fiches-actions ».")
            )
            return
        from ti_desktop.services.documents import generation as contract_documents

        with self.database.reader() as session:
            territory = session.get(Territoire, territory_id)
            assert territory is not None
            fiche = next((f for f in territory.fiches_actives if f.numero == numero), None)
            if fiche is None:
                return
            name = contract_documents.default_fiche_file_name(territory, fiche, date.today())
        target = self._ask_save_path(self.tr("Générer la fiche-action"), name, DOCX_FILTER)
        if target is None:
            return
        database, template, pdf = self.database, self.settings.fiche_template, self._pdf_wanted()
        self.tasks.run(
            lambda progress: contract_documents.generate_fiche(
                database,
                territory_id,
                numero,
                target,
                template=template,
                pdf=pdf,
                progress=progress,
            ),
            title=self.tr("Génération de la fiche-action…"),
            parent=self,
            on_done=self._on_documents_generated,
        )

    def _on_documents_generated(self, documents: GeneratedDocuments) -> None:
        files = [p for p in (documents.docx, documents.pdf) if p is not None]
        self.last_documents = files
        self.ui.status_bar.showMessage(
            self.tr("Document enregistré : %1").replace("%1", str(files[0])), 10000
        )
        self.offer_to_open(files, self.tr("Document enregistré"))

    def offer_to_open(self, files: list[Path], title: str) -> QMessageBox:
        """Tell where the files are; offer to open the first one or its folder."""
        box = offer_open(self, files, title=title)
        self.last_message_box = box
        return box

    @Slot()
    def export_workbook(self) -> None:
        """Write the Région workbook of every territory of the database."""
        from ti_desktop.services.exchange.exporter import export_workbook

        name = self.tr("Classeur Territoires d'industrie - %1.xlsx").replace(
            "%1", date.today().isoformat()
        )
        target = self._ask_save_path(
            self.tr("Exporter le classeur pour la Région"), name, WORKBOOK_FILTER
        )
        if target is None:
            return
        if target.suffix.lower() != ".xlsx":
            target = target.with_name(target.name + ".xlsx")
        database = self.database

        def done(report: ExportReport) -> None:
            self.ui.status_bar.showMessage(report.summary(), 10000)
            self.offer_to_open([target], self.tr("Classeur enregistré"))

        self.tasks.run(
            lambda progress: export_workbook(database, target, progress=progress),
            title=self.tr("Export du classeur…"),
            parent=self,
            on_done=done,
        )

    @Slot()
    def import_workbook(self) -> None:
        """Read a workbook, show what it would change, write it only when confirmed."""
        from ti_desktop.services.exchange.importer import plan_import

        chosen, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Importer un classeur"),
            str(self.settings.last_directory),
            WORKBOOK_FILTER,
        )
        if not chosen:
            return
        source = Path(chosen)
        self.settings.last_directory = source.parent
        database = self.database
        self.tasks.run(
            lambda progress: plan_import(database, source, progress),
            title=self.tr("Lecture du classeur…"),
            parent=self,
            on_done=self._on_import_planned,
        )

    def _on_import_planned(self, plan: ImportPlan) -> None:
        self.show_import_preview(plan)

    def show_import_preview(self, plan: ImportPlan) -> ImportPreviewDialog:
        """Show the plan; its acceptance starts the import (nothing is written before)."""
        self.import_plan = plan
        dialog = ImportPreviewDialog(plan, self)
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

        if not plan.is_valid:
            return
        database = self.database

        def done(report: ImportReport) -> None:
            # The import is not undoable: older commands may not apply any more.
            self.undo_stack.clear()
            for table in ALL_TABLES:
                self.notifier.notify(table, None)
            self.ui.status_bar.showMessage(report.summary(), 15000)

        self.tasks.run(
            lambda progress: apply_import(database, plan, progress),
            title=self.tr("Import du classeur…"),
            parent=self,
            on_done=done,
        )

    @Slot()
    def check_template(self) -> None:
        """Check a Word template and show what is wrong with it."""
        from ti_desktop.services.documents.render import check_template

        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("Vérifier un modèle"), str(self.settings.last_directory), DOCX_FILTER
        )
        if not chosen:
            return
        path = Path(chosen)
        self.settings.last_directory = path.parent

        def done(report: TemplateReport) -> None:
            box = QMessageBox(self)
            box.setIcon(
                QMessageBox.Icon.Information if report.can_render else QMessageBox.Icon.Warning
            )
            box.setWindowTitle(self.tr("Vérification du modèle"))
            lines = report.lines()
            box.setText(lines[-1])
            box.setInformativeText("\n".join(lines[:-1]))
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.last_message_box = box
            box.open()

        self.tasks.run(
            lambda _progress: check_template(path),
            title=self.tr("Vérification du modèle…"),
            parent=self,
            on_done=done,
        )

    @Slot()
    def _on_action_prepare_email_triggered(self) -> None:
        territory_id = self._require_territory()
        if territory_id is None:
            return
        try:
            dialog = EmailDialog(self.database, territory_id, list(self.last_documents), self)
        except UserFacingError as exc:
            show_error(self, exc)
            return
        self.email_dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    # --- closing -----------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        self.settings.set_geometry("principale", self.saveGeometry())
        self.settings.set_geometry("principale_separateur", self.ui.main_splitter.saveState())
        self.tasks.cancel_all()
        super().closeEvent(event)
