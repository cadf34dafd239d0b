"""The territories in the trash, each restorable (the restore is undoable)."""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QListView, QVBoxLayout, QWidget

from ti_desktop.db.store import Database
from ti_desktop.gui.models.territory_list_model import IdRole, TerritoryListModel
from ti_desktop.gui.undo import ChangeNotifier
from ti_desktop.services import records


class TerritoryTrashDialog(QDialog):
    """Lists the trashed territories; *Restaurer* hands the chosen one to ``restore``."""

    def __init__(
        self,
        database: Database,
        notifier: ChangeNotifier,
        restore: Callable[[uuid.UUID], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Corbeille des territoires"))
        self.database = database
        self._restore = restore
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
        self._connect_signals(notifier)
        self.reload()

    def _connect_signals(self, notifier: ChangeNotifier) -> None:
        self.buttons.rejected.connect(self.reject)
        self.restore_button.clicked.connect(self._on_restore_button_clicked)
        self.list_view.doubleClicked.connect(self._on_restore_button_clicked)
        notifier.changed.connect(self._on_notifier_changed)

    def reload(self) -> None:
        with self.database.reader() as session:
            rows = records.load_territory_list(session, trashed=True)
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
    def _on_notifier_changed(self, table: str, _territoire_id: object) -> None:
        if table == "territoire":
            self.reload()

    @Slot()
    def _on_restore_button_clicked(self) -> None:
        index = self.list_view.currentIndex()
        if index.isValid():
            self._restore(index.data(IdRole))
