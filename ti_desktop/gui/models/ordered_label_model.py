"""An ordered list of labels edited in place: the local enjeux and the axes of a territory."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

RowRole = Qt.ItemDataRole.UserRole + 1

_Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class LabelRow:
    """One label; ``note`` is shown after it (e.g. how many fiches use an axis)."""

    id: uuid.UUID
    libelle: str
    note: str = ""


class OrderedLabelModel(QAbstractListModel):
    """Shows the labels numbered; an edit asks the page to push a command."""

    rename_requested = Signal(object, str)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[LabelRow] = []

    def set_rows(self, rows: Sequence[LabelRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[LabelRow]:
        return list(self._rows)

    def row_of(self, record_id: uuid.UUID) -> int:
        """Row number of a record, or -1."""
        return next((i for i, r in enumerate(self._rows) if r.id == record_id), -1)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt default
        return 0 if parent.isValid() else len(self._rows)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return super().flags(index) | Qt.ItemFlag.ItemIsEditable

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            text = f"{index.row() + 1}. {row.libelle}"
            return f"{text} ({row.note})" if row.note else text
        if role == Qt.ItemDataRole.EditRole:
            return row.libelle
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.libelle
        if role == RowRole:
            return row
        return None

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        row = self._rows[index.row()]
        text = str(value).strip()
        if text and text != row.libelle:
            # The database is the truth: the view changes when the command reloads it.
            self.rename_requested.emit(row.id, text)
        return False
