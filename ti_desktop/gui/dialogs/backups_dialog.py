"""The *Sauvegardes* dialog: list a database's backups, back up now, choose one to restore."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSortFilterProxyModel, Qt, Signal, Slot
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QMessageBox, QWidget

from ti_desktop.errors import UserFacingError
from ti_desktop.gui.error_dialogs import show_user_error
from ti_desktop.gui.forms.ui_backups_dialog import Ui_BackupsDialog
from ti_desktop.gui.models.backup_table_model import (
    COL_DATE,
    COL_KIND,
    BackupRow,
    BackupTableModel,
    RowRole,
    SortRole,
)
from ti_desktop.gui.open_file import open_path
from ti_desktop.services.files import backups


class BackupsDialog(QDialog):
    """Lists the backups of ``db_path``; *Restaurer…* hands the chosen file to the caller.

    The dialog never restores by itself: the database is open in the window, so the
    main window closes it, calls ``services.backups.restore_backup`` and reopens it.
    Connect ``restore_requested(Path)`` or read ``chosen_backup`` after ``accepted``.

    In the rescue mode of a damaged base (``rescue``: why it cannot be opened), the
    dialog says what is wrong and offers only what can help: its sound backups.

    Args:
        db_path: the open database file (or the damaged one).
        parent: the main window.
        rescue: the refusal of a damaged base.
    """

    restore_requested = Signal(Path)

    def __init__(
        self,
        db_path: Path,
        parent: QWidget | None = None,
        *,
        rescue: UserFacingError | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_BackupsDialog()
        self.ui.setupUi(self)  # type: ignore[no-untyped-call]  # generated form
        self.db_path = db_path
        self.chosen_backup: Path | None = None
        self.model = BackupTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SortRole)
        self.ui.backups_table.setModel(self.proxy)
        header = self.ui.backups_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_KIND, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        self.ui.backups_table.sortByColumn(COL_DATE, Qt.SortOrder.DescendingOrder)
        self.ui.folder_label.setText(
            self.tr("Dossier : {0}").format(backups.backup_folder(db_path))
        )
        close = self.ui.button_box.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("Fermer"))
        self.rescue = rescue
        if rescue is not None:
            self.setWindowTitle(self.tr("Base endommagée — sauvegardes"))
            self.ui.intro_label.setText(
                "\n\n".join(
                    [
                        str(rescue),
                        self.tr(
                            "Choisissez une sauvegarde intacte puis « Restaurer… » : la base "
                            "endommagée est gardée à part, elle n'est pas effacée."
                        ),
                    ]
                )
            )
            self.ui.backup_now_button.hide()  # a copy of a damaged base would be damaged
            close.setText(self.tr("Ne pas restaurer"))
        self._connect_signals()
        self.reload()

    def _connect_signals(self) -> None:
        self.ui.backup_now_button.clicked.connect(self._on_backup_now_button_clicked)
        self.ui.restore_button.clicked.connect(self._on_restore_button_clicked)
        self.ui.open_folder_button.clicked.connect(self._on_open_folder_button_clicked)
        self.ui.button_box.rejected.connect(self.reject)
        self.ui.backups_table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.ui.backups_table.doubleClicked.connect(self._on_restore_button_clicked)

    def reload(self) -> None:
        """List the backup files again."""
        rows = [BackupRow.from_backup(b) for b in backups.list_backups(self.db_path)]
        self.model.set_rows(rows)
        if rows:
            self.ui.backups_table.selectRow(0)
        self._update_buttons()

    def selected_row(self) -> BackupRow | None:
        """The selected backup, if any."""
        indexes = self.ui.backups_table.selectionModel().selectedRows()
        if not indexes:
            return None
        row = indexes[0].data(RowRole)
        return row if isinstance(row, BackupRow) else None

    @Slot()
    def _update_buttons(self) -> None:
        row = self.selected_row()
        self.ui.restore_button.setEnabled(row is not None and row.usable)

    @Slot()
    def _on_backup_now_button_clicked(self) -> None:
        try:
            backups.make_backup(self.db_path, backups.MANUAL)
        except UserFacingError as exc:
            show_user_error(self, exc)
            return
        self.reload()

    @Slot()
    def _on_restore_button_clicked(self) -> None:
        row = self.selected_row()
        if row is None or not row.usable:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Restaurer une sauvegarde"),
            self.tr(
                "Remplacer la base par la sauvegarde du {0} ?\n\n"
                "L'état actuel sera d'abord sauvegardé : vous pourrez revenir en arrière."
            ).format(f"{row.taken_at:%d/%m/%Y à %H:%M}"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.chosen_backup = row.path
        self.restore_requested.emit(row.path)
        self.accept()

    @Slot()
    def _on_open_folder_button_clicked(self) -> None:
        folder = backups.backup_folder(self.db_path)
        folder.mkdir(parents=True, exist_ok=True)
        open_path(folder)
