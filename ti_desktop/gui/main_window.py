"""The main window: the territory list on the left, the territory's pages on the right.

The window composes: it builds the pages and the action objects of its menus
(``gui/actions``: files, territories, documents), connects them, and keeps the list
of territories and the status bar in step with the ``ChangeNotifier``. It writes
nothing and runs no query of its own beyond loading the territory list.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelection, QModelIndex, Qt, Slot
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox, QStyle, QWidget

from ti_desktop import APP_NAME
from ti_desktop.db.store import Database
from ti_desktop.gui.actions.check_actions import CheckActions
from ti_desktop.gui.actions.document_actions import DocumentActions
from ti_desktop.gui.actions.file_actions import FileActions
from ti_desktop.gui.actions.import_actions import ImportActions
from ti_desktop.gui.actions.register_actions import RegisterActions
from ti_desktop.gui.actions.territory_actions import TerritoryActions
from ti_desktop.gui.completion import Suggestions
from ti_desktop.gui.forms.ui_main_window import Ui_MainWindow
from ti_desktop.gui.models.territory_list_model import (
    IdRole,
    RowRole,
    TerritoryFilterProxy,
    TerritoryListModel,
)
from ti_desktop.gui.pages.dashboard_page import DashboardPage
from ti_desktop.gui.pages.fiches_page import FichesPage
from ti_desktop.gui.pages.history_page import HistoryPage
from ti_desktop.gui.pages.page_support import show_error
from ti_desktop.gui.pages.signatories_page import SignatoriesPage
from ti_desktop.gui.pages.territory_page import TerritoryPage
from ti_desktop.gui.settings import AppSettings
from ti_desktop.gui.sync.sync_actions import SyncActions
from ti_desktop.gui.tasks import TaskRunner
from ti_desktop.gui.undo import ChangeNotifier
from ti_desktop.services import records
from ti_desktop.services.records import TerritoryRecord

if TYPE_CHECKING:
    from ti_desktop.gui.dialogs.backups_dialog import BackupsDialog
    from ti_desktop.gui.dialogs.email_dialog import EmailDialog
    from ti_desktop.gui.dialogs.import_preview_dialog import ImportPreviewDialog
    from ti_desktop.gui.dialogs.territory_trash_dialog import TerritoryTrashDialog
    from ti_desktop.services.exchange.importer import ImportPlan

log = logging.getLogger(__name__)

CLOSE_WAIT_SECONDS = 60.0
"""How long closing waits for a cancelled task to stop before giving up."""


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
        self.last_message_box: QMessageBox | None = None
        self.pages: list[QWidget] = []
        self.territory_page: TerritoryPage | None = None
        self.signatories_page: SignatoriesPage | None = None
        self.fiches_page: FichesPage | None = None
        self.dashboard_page: DashboardPage | None = None
        self._pages_show: uuid.UUID | None | bool = False  # territory given to the pages
        self.file_actions = FileActions(self)
        self.territory_actions = TerritoryActions(self)
        self.document_actions = DocumentActions(self)
        self.register_actions = RegisterActions(self)
        self.import_actions = ImportActions(self)  # trackers and forms: menu entries, drops
        self.history_page: HistoryPage | None = None
        self.check_actions = CheckActions(self)
        self.suggestions: Suggestions | None = None

        self.territory_model = TerritoryListModel(self)
        self.territory_proxy = TerritoryFilterProxy(self)
        self.territory_proxy.setSourceModel(self.territory_model)
        self.ui.territory_list_view.setModel(self.territory_proxy)

        # The list stays narrow (room for the tables on a 1024-pixel screen): the rare
        # buttons show an icon, their words are in the tooltip and the Territoire menu.
        style = self.style()
        for button, pixmap in (
            (self.ui.trash_territory_button, QStyle.StandardPixmap.SP_TrashIcon),
            (self.ui.territory_trash_button, QStyle.StandardPixmap.SP_DirIcon),
        ):
            button.setAccessibleName(button.text())
            button.setText("")
            button.setIcon(style.standardIcon(pixmap))
        self.ui.demo_banner_label.setStyleSheet(
            "QLabel { background: #fff4ce; color: #4a3b00; border: 1px solid #e6cf73;"
            " border-radius: 3px; }"
        )
        self.ui.read_only_banner_label.setStyleSheet(
            "QLabel { background: #fde7e9; color: #5c0f14; border: 1px solid #e8a3a9;"
            " border-radius: 3px; }"
        )
        self.ui.read_only_banner_label.hide()
        self.save_label = QLabel(self.tr("Aucune modification depuis l'ouverture"), self)
        self.ui.status_bar.addPermanentWidget(self.save_label)
        self._setup_actions()
        self._build_pages()
        self._connect_signals()
        self._restore_geometry()
        self._after_database_changed()
        self.sync_actions = SyncActions(self)  # regional server: menu entries, status bar

    # --- what the action objects hold (read by tests and tools) --------------------------

    @property
    def last_documents(self) -> list[Path]:
        """The files the last generation wrote (attached to the next e-mail)."""
        return self.document_actions.last_documents

    @property
    def import_dialog(self) -> ImportPreviewDialog | None:
        return self.document_actions.import_dialog

    @property
    def email_dialog(self) -> EmailDialog | None:
        return self.document_actions.email_dialog

    @property
    def backups_dialog(self) -> BackupsDialog | None:
        return self.file_actions.backups_dialog

    @property
    def trash_dialog(self) -> TerritoryTrashDialog | None:
        return self.territory_actions.trash_dialog

    def open_database_file(self, path: Path) -> bool:
        """Replace the open database by ``path`` (see ``FileActions``)."""
        return self.file_actions.open_database_file(path)

    def show_import_preview(self, plan: ImportPlan) -> ImportPreviewDialog:
        """Show what an import would change (see ``DocumentActions``)."""
        return self.document_actions.show_import_preview(plan)

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
        # F2 renames the territory only from its list: in a table F2 edits the cell.
        ui.action_rename_territory.setShortcut(QKeySequence("F2"))
        ui.action_rename_territory.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        ui.territory_list_view.addAction(ui.action_rename_territory)
        ui.action_preferences.setShortcut(QKeySequence.StandardKey.Preferences)
        ui.action_getting_started.setShortcut(QKeySequence.StandardKey.HelpContents)
        self.next_page_action = QAction(self.tr("Onglet suivant"), self)
        self.next_page_action.setShortcuts([QKeySequence("Ctrl+Tab"), QKeySequence("Ctrl+PgDown")])
        self.previous_page_action = QAction(self.tr("Onglet précédent"), self)
        self.previous_page_action.setShortcuts(
            [QKeySequence("Ctrl+Shift+Tab"), QKeySequence("Ctrl+PgUp")]
        )
        for action in (self.next_page_action, self.previous_page_action):
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            self.addAction(action)

    def _build_pages(self) -> None:
        """(Re)create the territory's pages for the current database."""
        tabs = self.ui.territory_tabs
        while tabs.count():
            page = tabs.widget(0)
            tabs.removeTab(0)
            if page is not None:
                page.deleteLater()
        self.ui.menu_fiches.clear()
        self._pages_show = False
        if self.suggestions is not None:
            self.suggestions.deleteLater()
        self.suggestions = suggestions = Suggestions(self.database, self.notifier, self)
        self.territory_page = TerritoryPage(self.database, self.undo_stack, self.notifier, self)
        tabs.addTab(self.territory_page, self.tr("Territoire et contrat"))
        self.signatories_page = SignatoriesPage(
            self.database,
            self.undo_stack,
            self.notifier,
            self,
            settings=self.settings,
            suggestions=suggestions,
        )
        tabs.addTab(self.signatories_page, self.tr("Signataires"))
        fiches = FichesPage(
            self.database,
            self.undo_stack,
            self.notifier,
            self.settings,
            self,
            suggestions=suggestions,
        )
        self.fiches_page = fiches
        fiches.editor.form_requested.connect(self.import_actions.write_fiche_form)
        tabs.addTab(fiches, self.tr("Fiches-actions"))
        menu = self.ui.menu_fiches
        menu.addActions([fiches.new_fiche_action, fiches.duplicate_action, fiches.delete_action])
        menu.addSeparator()
        menu.addActions([fiches.move_up_action, fiches.move_down_action, fiches.renumber_action])
        menu.addSeparator()
        menu.addActions([fiches.trash_action, fiches.focus_filter_action])
        self.dashboard_page = DashboardPage(self.database, self.notifier, self)
        tabs.addTab(self.dashboard_page, self.tr("Tableau de bord"))
        self.history_page = HistoryPage(self.database, self.undo_stack, self.notifier, self)
        tabs.addTab(self.history_page, self.tr("Historique des envois"))
        self.pages = [page for i in range(tabs.count()) if (page := tabs.widget(i)) is not None]

    def _connect_signals(self) -> None:
        ui = self.ui
        files, territories, documents = (
            self.file_actions,
            self.territory_actions,
            self.document_actions,
        )
        ui.territory_list_view.selectionModel().selectionChanged.connect(
            self._on_territory_selection_changed
        )
        ui.territory_filter_edit.textChanged.connect(self._on_territory_filter_edit_text_changed)
        ui.territory_list_view.doubleClicked.connect(self._on_territory_list_view_double_clicked)
        ui.add_territory_button.clicked.connect(territories.new_territory)
        ui.trash_territory_button.clicked.connect(territories.trash_current)
        ui.territory_trash_button.clicked.connect(territories.show_trash)
        ui.action_new_territory.triggered.connect(territories.new_territory)
        ui.action_rename_territory.triggered.connect(territories.rename_current)
        ui.action_trash_territory.triggered.connect(territories.trash_current)
        ui.action_territory_trash.triggered.connect(territories.show_trash)
        ui.action_new_database.triggered.connect(files.new_database)
        ui.action_open.triggered.connect(files.open)
        ui.action_save_copy.triggered.connect(files.save_copy)
        ui.menu_recent.aboutToShow.connect(files.fill_recent_menu)
        ui.action_backups.triggered.connect(files.show_backups)
        ui.action_open_data_folder.triggered.connect(files.open_data_folder)
        ui.action_quit.triggered.connect(self.close)
        ui.action_preferences.triggered.connect(self._on_action_preferences_triggered)
        ui.action_generate_contract.triggered.connect(documents.generate_contract)
        ui.action_generate_fiche.triggered.connect(documents.generate_fiche)
        ui.action_generate_avenant.triggered.connect(self.register_actions.generate_avenant)
        ui.action_generate_report.triggered.connect(self.register_actions.generate_report)
        ui.action_export_workbook.triggered.connect(documents.export_workbook)
        ui.action_import_workbook.triggered.connect(documents.import_workbook)
        ui.action_check_template.triggered.connect(documents.check_template)
        ui.action_prepare_email.triggered.connect(documents.prepare_email)
        ui.action_check_territory.triggered.connect(self.check_actions.check_current)
        ui.action_getting_started.triggered.connect(self._on_action_getting_started_triggered)
        ui.action_about.triggered.connect(self._on_action_about_triggered)
        self.next_page_action.triggered.connect(lambda: self._step_page(1))
        self.previous_page_action.triggered.connect(lambda: self._step_page(-1))
        self.notifier.changed.connect(self._on_notifier_changed)
        self.notifier.saved.connect(self._on_notifier_saved)
        self.notifier.failed.connect(self._on_notifier_failed)

    def _restore_geometry(self) -> None:
        geometry = self.settings.geometry("principale")
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1280, 800)
        splitter = self.settings.geometry("principale_separateur")
        if splitter is None or not self.ui.main_splitter.restoreState(splitter):
            self.ui.main_splitter.setSizes([200, 1080])  # room for the tables at 1024 px
        self.ui.main_splitter.setStretchFactor(1, 1)

    # --- database ----------------------------------------------------------------------

    def _after_database_changed(self) -> None:
        database = self.database
        marker = self.tr(" [lecture seule]") if database.read_only else ""
        self.setWindowTitle(f"{database.path.name}{marker} — {APP_NAME}")
        self.save_label.setText(
            self.tr("Lecture seule : {0}").format(database.read_only_reason)
            if database.read_only
            else self.tr("Aucune modification depuis l'ouverture")
        )
        banner = self.ui.read_only_banner_label
        banner.setVisible(database.read_only)
        if database.read_only:
            banner.setText(
                self.tr(
                    "Base ouverte en lecture seule ({0}) : vous pouvez tout consulter, générer "
                    "et exporter, mais aucune modification n'est enregistrée et les envois ne "
                    "sont pas notés dans l'historique. Rouvrez-la par Fichier › Ouvrir… quand "
                    "elle sera libre."
                ).format(database.read_only_reason)
            )
        self.setWindowFilePath(str(self.database.path))
        self.settings.add_recent_file(self.database.path)
        self.reload_territories()
        first = self.territory_proxy.index(0, 0)
        if first.isValid():
            self.ui.territory_list_view.setCurrentIndex(first)
        self._show_territory(self.current_territoire_id())

    def set_database(self, database: Database) -> None:
        """Swap the open database: the old one is closed and the undo history cleared."""
        self.undo_stack.clear()
        old = self.database
        self.database = database
        if old is not database:
            old.close()
        self.document_actions.last_documents = []
        self.document_actions.produced.clear()
        self._build_pages()
        self._after_database_changed()
        self.ui.status_bar.showMessage(self.tr("Base ouverte : {0}").format(database.path), 5000)

    @Slot()
    def _on_action_preferences_triggered(self) -> None:
        from ti_desktop.gui.dialogs.preferences_dialog import PreferencesDialog  # loads docx

        dialog = PreferencesDialog(self.settings, self.tasks, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    @Slot()
    def _on_action_getting_started_triggered(self) -> None:
        from ti_desktop.gui.dialogs.getting_started_dialog import GettingStartedDialog

        dialog = GettingStartedDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def _step_page(self, step: int) -> None:
        tabs = self.ui.territory_tabs
        if tabs.count() and self.ui.content_stack.currentWidget() is self.ui.tabs_page:
            tabs.setCurrentIndex((tabs.currentIndex() + step) % tabs.count())
            page = tabs.currentWidget()
            if page is not None:
                page.setFocus(Qt.FocusReason.TabFocusReason)

    @Slot()
    def _on_action_about_triggered(self) -> None:
        from ti_desktop import paths
        from ti_desktop.gui.about_dialog import AboutDialog

        dialog = AboutDialog(paths.user_data_dir(), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    # --- territory list ----------------------------------------------------------------

    def reload_territories(self, select_id: uuid.UUID | None = None) -> None:
        """Reload the list, keeping (or moving) the selection."""
        keep = select_id or self.current_territoire_id()
        with self.database.reader() as session:
            rows = records.load_territory_list(session)
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

    def current_territory(self) -> TerritoryRecord | None:
        """The territory selected in the list."""
        row = self.ui.territory_list_view.currentIndex().data(RowRole)
        return row if isinstance(row, TerritoryRecord) else None

    def current_territoire_id(self) -> uuid.UUID | None:
        index = self.ui.territory_list_view.currentIndex()
        if not index.isValid():
            return None
        value = index.data(IdRole)
        return value if isinstance(value, uuid.UUID) else None

    def select_territory(self, territoire_id: uuid.UUID) -> None:
        row = self.territory_model.row_of(territoire_id)
        if row < 0:
            return
        index = self.territory_proxy.mapFromSource(self.territory_model.index(row))
        if not index.isValid():  # hidden by the filter
            self.ui.territory_filter_edit.clear()
            index = self.territory_proxy.mapFromSource(self.territory_model.index(row))
        self.ui.territory_list_view.setCurrentIndex(index)

    def _show_territory(self, territoire_id: uuid.UUID | None) -> None:
        stack = self.ui.content_stack
        stack.setCurrentWidget(self.ui.tabs_page if territoire_id else self.ui.empty_page)
        current = self.current_territory()
        self.ui.demo_banner_label.setVisible(current is not None and current.est_demo)
        # The pages reload themselves on changes: give them a territory only when it changes.
        if self._pages_show != territoire_id:
            self._pages_show = territoire_id
            for page in self.pages:
                setter: Callable[[uuid.UUID | None], None] | None = getattr(
                    page, "set_territory", None
                )
                if setter is not None:
                    setter(territoire_id)
        for action in (
            self.ui.action_generate_contract,
            self.ui.action_generate_fiche,
            self.ui.action_generate_avenant,
            self.ui.action_generate_report,
            self.ui.action_prepare_email,
            self.ui.action_check_territory,
            self.ui.action_rename_territory,
            self.ui.action_trash_territory,
        ):
            action.setEnabled(territoire_id is not None)

    @Slot(QItemSelection, QItemSelection)
    def _on_territory_selection_changed(
        self, _selected: QItemSelection, _deselected: QItemSelection
    ) -> None:
        self._show_territory(self.current_territoire_id())

    @Slot(str)
    def _on_territory_filter_edit_text_changed(self, text: str) -> None:
        self.territory_proxy.setFilterFixedString(text)

    @Slot(QModelIndex)
    def _on_territory_list_view_double_clicked(self, _index: QModelIndex) -> None:
        self.territory_actions.rename_current()

    @Slot(str, object)
    def _on_notifier_changed(self, table: str, _territoire_id: object) -> None:
        if table != "territoire":
            return
        self.reload_territories()
        if self.current_territoire_id() is None:
            # The shown territory went to the trash (or away with an undo): show another.
            first = self.territory_proxy.index(0, 0)
            if first.isValid():
                self.ui.territory_list_view.setCurrentIndex(first)
                return
        self._show_territory(self.current_territoire_id())

    @Slot(datetime)
    def _on_notifier_saved(self, when: datetime) -> None:
        self.save_label.setText(self.tr("Enregistré à {0}").format(f"{when:%H:%M:%S}"))

    @Slot(str)
    def _on_notifier_failed(self, message: str) -> None:
        self.save_label.setText(self.tr("Dernière modification NON enregistrée"))
        self.last_message_box = show_error(self, message)

    # --- closing -----------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        """Cancel the running tasks and wait for them: none may outlive the window."""
        if not self.tasks.wait_for_tasks(CLOSE_WAIT_SECONDS):
            log.warning("Fermeture refusée : une tâche est encore en cours")
            self.ui.status_bar.showMessage(
                self.tr("Une tâche est encore en cours : réessayez de fermer dans un instant."),
                10000,
            )
            event.ignore()
            return
        self.settings.set_geometry("principale", self.saveGeometry())
        self.settings.set_geometry("principale_separateur", self.ui.main_splitter.saveState())
        super().closeEvent(event)
