"""The « Fichier » menu: new, open, copy of the database, recent files, backups."""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox

from ti_desktop import DATABASE_SUFFIX, paths
from ti_desktop.db.store import copy_database, environment_error, open_database
from ti_desktop.errors import (
    DamagedDatabaseError,
    DatabaseInUseError,
    UserFacingError,
    os_error_text,
)
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

    def open_database_file(
        self, path: Path, *, create: bool = False, read_only: bool = False
    ) -> bool:
        """Replace the open database by ``path``; False (and a dialog) when refused.

        A base held by another program offers to open it read-only; a damaged one
        shows its backups (rescue mode). Only *Nouvelle base* creates a file.
        """
        try:
            database = open_database(path, create=create, read_only=read_only)
        except DatabaseInUseError as exc:
            self.offer_read_only(path, exc)
            return False
        except DamagedDatabaseError as exc:
            self.show_rescue(path, exc)
            return False
        except UserFacingError as exc:
            show_error(self.window, exc)
            return False
        if not database.read_only:
            try:
                backups.daily_backup(path)
            except UserFacingError as exc:
                log.warning("Sauvegarde quotidienne impossible : %s", exc)
                self.window.ui.status_bar.showMessage(
                    self.tr("Sauvegarde du jour impossible : {0}").format(exc.message), 15000
                )
        self.window.set_database(database)
        for notice in database.notices:
            self.window.last_message_box = show_error(self.window, notice)
        return True

    def offer_read_only(self, path: Path, error: DatabaseInUseError) -> QMessageBox:
        """Another program holds ``path``: say who, and offer to read it (non-blocking)."""
        box = QMessageBox(self.window)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Base ouverte ailleurs"))
        box.setText(error.message)
        read = box.addButton(self.tr("Ouvrir en lecture seule"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Annuler"), QMessageBox.ButtonRole.RejectRole)
        read.clicked.connect(lambda: self.open_database_file(path, read_only=True))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.window.last_message_box = box
        box.open()
        return box

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
        self.open_database_file(path, create=True)

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
        except DamagedDatabaseError as exc:
            show_error(window, exc)
            return
        except (OSError, sqlite3.Error) as exc:
            if isinstance(exc, OSError):
                reason = os_error_text(exc)
            else:
                explained = environment_error(path, exc, writing=True)
                reason = explained.message if explained is not None else str(exc)
            show_error(window, self.tr("Copie impossible vers « {0} » : {1}").format(path, reason))
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
        self._show(dialog)

    def show_rescue(self, path: Path, error: DamagedDatabaseError) -> BackupsDialog:
        """Rescue mode: the backups of the damaged base ``path``, one to put in its place."""
        dialog = BackupsDialog(path, self.window, rescue=error)
        dialog.restore_requested.connect(lambda chosen: self.rescue(path, chosen))
        self._show(dialog)
        return dialog

    def _show(self, dialog: BackupsDialog) -> None:
        self.backups_dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def rescue(self, damaged: Path, backup_path: Path) -> bool:
        """Put ``backup_path`` in place of the damaged base ``damaged``, then open it."""
        try:
            saved = backups.restore_backup(damaged, backup_path)
        except UserFacingError as exc:
            self.window.last_message_box = show_error(self.window, exc)
            return False
        if not self.open_database_file(damaged):
            return False
        self.window.ui.status_bar.showMessage(
            self.tr("Sauvegarde restaurée ; la base endommagée est gardée dans {0}").format(
                saved.path.name
            ),
            10000,
        )
        return True

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
