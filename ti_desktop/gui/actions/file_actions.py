"""The « Fichier » menu: new, open, copy of the database, recent files, backups."""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog

from ti_desktop import DATABASE_SUFFIX, paths
from ti_desktop.db.store import copy_database, open_database
from ti_desktop.errors import UserFacingError
from ti_desktop.gui.dialogs.backups_dialog import BackupsDialog
from ti_desktop.gui.pages.page_support import show_error
from ti_desktop.services.files import backups

if TYPE_CHECKING:
    from ti_desktop.gui.main_window import MainWindow

log = logging.getLogger(__name__)


class FileActions(QObject):
    """Opens, creates and copies database files; restores backups."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.backups_dialog: BackupsDialog | None = None

    def open_database_file(self, path: Path) -> bool:
        """Replace the open database by ``path``; False (and a dialog) when refused."""
        try:
            database = open_database(path)
        except UserFacingError as exc:
            show_error(self.window, exc)
            return False
        try:
            backups.daily_backup(path)
        except UserFacingError as exc:
            log.warning("Sauvegarde quotidienne impossible : %s", exc)
        self.window.set_database(database)
        return True

    def _ask_database_path(self, title: str, save: bool) -> Path | None:
        settings = self.window.settings
        folder = str(settings.last_directory)
        pattern = self.tr("Bases TI Desktop (*{0})").format(DATABASE_SUFFIX)
        if save:
            name, _ = QFileDialog.getSaveFileName(self.window, title, folder, pattern)
        else:
            name, _ = QFileDialog.getOpenFileName(self.window, title, folder, pattern)
        if not name:
            return None
        path = Path(name)
        if save and path.suffix.lower() != DATABASE_SUFFIX:
            path = path.with_name(path.name + DATABASE_SUFFIX)
        settings.last_directory = path.parent
        return path

    @Slot()
    def new_database(self) -> None:
        path = self._ask_database_path(self.tr("Nouvelle base"), save=True)
        if path is None:
            return
        if path.exists():
            show_error(
                self.window,
                self.tr("« {0} » existe déjà : utilisez Fichier › Ouvrir pour l'ouvrir.").format(
                    path
                ),
            )
            return
        self.open_database_file(path)

    @Slot()
    def open(self) -> None:
        path = self._ask_database_path(self.tr("Ouvrir une base"), save=False)
        if path is not None:
            self.open_database_file(path)

    @Slot()
    def save_copy(self) -> None:
        window = self.window
        path = self._ask_database_path(self.tr("Enregistrer une copie de la base"), save=True)
        if path is None:
            return
        if path.resolve() == window.database.path.resolve():
            show_error(window, self.tr("Choisissez un autre fichier que la base ouverte."))
            return
        try:
            copy_database(window.database.path, path)
        except (OSError, sqlite3.Error) as exc:
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
            show_error(window, self.tr("Copie impossible vers « {0} » : {1}.").format(path, reason))
            return
        window.ui.status_bar.showMessage(self.tr("Copie enregistrée : {0}").format(path), 8000)

    @Slot()
    def fill_recent_menu(self) -> None:
        window = self.window
        menu = window.ui.menu_recent
        menu.clear()
        current = window.database.path.resolve()
        recent = [p for p in window.settings.recent_files if p != current]
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
    def show_backups(self) -> None:
        dialog = BackupsDialog(self.window.database.path, self.window)
        dialog.restore_requested.connect(self.restore_backup)
        self.backups_dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    @Slot(Path)
    def restore_backup(self, backup_path: Path) -> None:
        """Close the database, put the backup in its place, reopen it."""
        window = self.window
        path = window.database.path
        window.undo_stack.clear()
        window.database.close()
        try:
            saved = backups.restore_backup(path, backup_path)
        except UserFacingError as exc:
            show_error(window, exc)
            self.open_database_file(path)
            return
        if self.open_database_file(path):
            window.ui.status_bar.showMessage(
                self.tr("Sauvegarde restaurée ; l'état remplacé est gardé dans {0}").format(
                    saved.path.name
                ),
                10000,
            )

    @Slot()
    def open_data_folder(self) -> None:
        folder = paths.user_data_dir()
        folder.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
