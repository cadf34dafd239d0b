"""The list of territories shown on the left of the window (and in the trash)."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QFont

from ti_desktop.services.records import TerritoryRecord

RowRole = Qt.ItemDataRole.UserRole + 1
IdRole = Qt.ItemDataRole.UserRole + 2

_Index = QModelIndex | QPersistentModelIndex


class TerritoryListModel(QAbstractListModel):
    """One row per territory: its name, with the Région as tooltip."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[TerritoryRecord] = []

    def set_rows(self, rows: Sequence[TerritoryRecord]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[TerritoryRecord]:
        return list(self._rows)

    def row_of(self, territoire_id: uuid.UUID) -> int:
        """Row number of a territory, or -1."""
        return next((i for i, r in enumerate(self._rows) if r.id == territoire_id), -1)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt default
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return row.nom
        if role == Qt.ItemDataRole.ToolTipRole:
            parts = [row.nom, row.region or self.tr("Région non renseignée")]
            if row.est_demo:
                parts.append(self.tr("Territoire de démonstration : modifiez-le ou supprimez-le."))
            return "\n".join(parts)
        if role == Qt.ItemDataRole.FontRole and row.est_demo:
            font = QFont()
            font.setItalic(True)
            return font
        if role == RowRole:
            return row
        if role == IdRole:
            return row.id
        return None


class TerritoryFilterProxy(QSortFilterProxyModel):
    """Filters the list on the typed text, ignoring case."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setSortLocaleAware(True)
