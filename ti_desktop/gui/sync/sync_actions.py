"""The window's regional-server actions: menu entries, status bar, publish and pull.

The main window creates one ``SyncActions(window)``; it adds *Serveur régional…*,
*Publier*, *Récupérer* and *Conflits…* to the *Fichier* menu and a status-bar button
telling what waits (« 3 modifications à publier · publié le 01/12 à 10:22 · … »).
It reads the window's ``database``, ``settings``, ``tasks``, ``notifier``,
``undo_stack`` and ``ui`` (menu_file, action_backups, status_bar), nothing else.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox, QToolButton

from ti_desktop.db.sync_tracking import SYNCHRONISED_TABLES
from ti_desktop.errors import UserFacingError
from ti_desktop.gui.pages.page_support import show_error
from ti_desktop.gui.sync.conflicts_dialog import ConflictsDialog
from ti_desktop.gui.sync.server_dialog import ServerDialog
from ti_desktop.gui.sync.server_settings import ServerSettings
from ti_desktop.services.progress import ProgressCallback
from ti_desktop.services.sync.connection import ServerAccess
from ti_desktop.services.sync.errors import ConflictsPending, PublicationRefused
from ti_desktop.services.sync.publish import PublishReport, publish
from ti_desktop.services.sync.pull import PullReport, pull
from ti_desktop.services.sync.status import SyncStatus, sync_status

if TYPE_CHECKING:
    from ti_desktop.gui.main_window import MainWindow

REFRESH_DELAY_MS = 300


class SyncActions(QObject):
    """Publier / Récupérer / Conflits / Serveur régional for one main window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.server_settings = ServerSettings(window.settings)
        self.session_password: str | None = None  # typed, not kept: for this session only
        self.server_dialog: ServerDialog | None = None
        self.conflicts_dialog: ConflictsDialog | None = None
        self.last_message_box: QMessageBox | None = None
        self.last_status: SyncStatus | None = None

        self.server_action = QAction(self.tr("Serveur régional…"), window)
        self.publish_action = QAction(self.tr("Publier"), window)
        self.publish_action.setShortcut(QKeySequence("Ctrl+Shift+P"))
        self.publish_action.setToolTip(self.tr("Envoyer vos modifications au serveur de la Région"))
        self.pull_action = QAction(self.tr("Récupérer"), window)
        self.pull_action.setShortcut(QKeySequence("Ctrl+Shift+R"))
        self.pull_action.setToolTip(
            self.tr("Recevoir les modifications des autres depuis le serveur")
        )
        self.conflicts_action = QAction(self.tr("Conflits…"), window)
        menu = window.ui.menu_file
        before = window.ui.action_backups
        menu.insertActions(
            before,
            [self.server_action, self.publish_action, self.pull_action, self.conflicts_action],
        )
        menu.insertSeparator(before)

        self.status_button = QToolButton(window)
        self.status_button.setAutoRaise(True)
        self.status_button.setObjectName("sync_status_button")
        window.ui.status_bar.addPermanentWidget(self.status_button)

        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(REFRESH_DELAY_MS)
        self._connect_signals()
        self.refresh()

    def _connect_signals(self) -> None:
        self.server_action.triggered.connect(self.show_server_dialog)
        self.publish_action.triggered.connect(self.publish)
        self.pull_action.triggered.connect(self.pull)
        self.conflicts_action.triggered.connect(self.show_conflicts)
        self.status_button.clicked.connect(self._on_status_button_clicked)
        self._refresh_timer.timeout.connect(self.refresh)
        self.window.notifier.changed.connect(self._on_notifier_changed)
        # the window's title names the open file: a new title, maybe a new database
        self.window.windowTitleChanged.connect(self._on_window_title_changed)

    # --- the status bar -------------------------------------------------------------------

    @Slot()
    def refresh(self) -> None:
        """Count what waits and show it (hidden when no server is set)."""
        configured = self.server_settings.configured
        try:
            status = sync_status(self.window.database)
        except UserFacingError:
            status = None
        self.last_status = status
        linked = status is not None and (status.linked or configured)
        for action in (self.publish_action, self.pull_action):
            action.setEnabled(configured)
        self.conflicts_action.setEnabled(bool(status and status.conflicts))
        self.status_button.setVisible(linked)
        if status is None or not linked:
            return
        self.status_button.setText(self.tr("Serveur : %1").replace("%1", status.summary()))
        address = self.server_settings.address()
        self.status_button.setToolTip(
            self.tr("Serveur régional : %1").replace(
                "%1", address.display() if address else status.address
            )
        )
        if status.conflicts:
            self.status_button.setStyleSheet("QToolButton { color: #A61B1B; font-weight: bold; }")
        else:
            self.status_button.setStyleSheet("")

    @Slot(str, object)
    def _on_notifier_changed(self, _table: str, _territory: object) -> None:
        self._refresh_timer.start()

    @Slot(str)
    def _on_window_title_changed(self, _title: str) -> None:
        self._refresh_timer.start()

    @Slot()
    def _on_status_button_clicked(self) -> None:
        if self.last_status is not None and self.last_status.conflicts:
            self.show_conflicts()
        elif not self.server_settings.configured:
            self.show_server_dialog()
        else:
            self.publish()

    # --- dialogs ------------------------------------------------------------------------

    @Slot()
    def show_server_dialog(self) -> ServerDialog:
        dialog = ServerDialog(self.server_settings, self.window.tasks, self.window)
        dialog.accepted.connect(lambda: self._on_server_dialog_accepted(dialog))
        self.server_dialog = dialog
        dialog.open()
        return dialog

    def _on_server_dialog_accepted(self, dialog: ServerDialog) -> None:
        self.session_password = dialog.ui.password_edit.text() or None
        self.refresh()

    @Slot()
    def show_conflicts(self) -> ConflictsDialog:
        dialog = ConflictsDialog(self.window.database, self._after_local_changes, self.window)
        self.conflicts_dialog = dialog
        dialog.finished.connect(lambda _result: self.refresh())
        dialog.open()
        return dialog

    def ask_password(self, prompt: str) -> str | None:
        """Ask the password when neither the keyring nor this session has it."""
        text, ok = QInputDialog.getText(
            self.window, self.tr("Mot de passe du serveur"), prompt, QLineEdit.EchoMode.Password
        )
        if not ok or not text:
            return None
        self.session_password = text
        return text

    def _access(self) -> ServerAccess | None:
        access = self.server_settings.access(self.session_password)
        if access is None:
            self.show_server_dialog()
            return None
        if access.password is None:
            typed = self.ask_password(
                self.tr("Mot de passe de %1 :").replace("%1", access.address.display())
            )
            if typed is None:
                return None
            access = ServerAccess(access.address, typed)
        return access

    # --- publish and pull -----------------------------------------------------------------

    @Slot()
    def publish(self) -> None:
        access = self._access()
        if access is None:
            return
        database = self.window.database

        def job(progress: ProgressCallback) -> PublishReport:
            return publish(database, access, editable_only=True, progress=progress)

        self.window.tasks.run(
            job,
            title=self.tr("Publication sur le serveur…"),
            parent=self.window,
            on_done=self._on_published,
            on_error=self._on_failed,
        )

    @Slot()
    def pull(self) -> None:
        access = self._access()
        if access is None:
            return
        database = self.window.database

        def job(progress: ProgressCallback) -> PullReport:
            return pull(database, access, progress=progress)

        self.window.tasks.run(
            job,
            title=self.tr("Récupération depuis le serveur…"),
            parent=self.window,
            on_done=self._on_pulled,
            on_error=self._on_failed,
        )

    def _on_published(self, report: PublishReport) -> None:
        self.window.ui.status_bar.showMessage(report.summary(), 15000)
        self.refresh()

    def _on_pulled(self, report: PullReport) -> None:
        self.window.ui.status_bar.showMessage(report.summary(), 15000)
        if report.created or report.modified or report.deleted or report.matched:
            self._after_local_changes()
        self.refresh()
        if report.conflicts:
            self.show_conflicts()

    def _after_local_changes(self) -> None:
        """The file changed under the window: its undo history no longer applies."""
        self.window.undo_stack.clear()
        for table in SYNCHRONISED_TABLES:
            self.window.notifier.changed.emit(table, None)
        self.refresh()

    def _on_failed(self, exc: BaseException) -> None:
        self.refresh()
        box: Any = show_error(self.window, exc if isinstance(exc, UserFacingError) else str(exc))
        self.last_message_box = box
        if isinstance(exc, PublicationRefused | ConflictsPending):
            self.pull_action.setEnabled(True)
