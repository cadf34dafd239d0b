"""The signatories of one group, as an editable table."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont

from ti_desktop.services.edits.territories import SignatoryRow
from ti_desktop.services.french_format import format_date_short

COL_ORGANISME = 0
COL_REPRESENTANT = 1
COL_FONCTION = 2
COL_EMAIL = 3
COL_DELIBERATION_REFERENCE = 4
COL_DELIBERATION_DATE = 5

COLUMN_FIELDS: tuple[str, ...] = (
    "organisme",
    "representant",
    "fonction",
    "email",
    "deliberation_reference",
    "deliberation_date",
)

RowRole = Qt.ItemDataRole.UserRole + 1

_Index = QModelIndex | QPersistentModelIndex


class SignatoryTableModel(QAbstractTableModel):
    """Signatories of one group in signing order; an edit asks the page for a command.

    ``edit_requested(signatory_id, field, text)`` carries the typed text; the page
    validates it and pushes the undoable command, then every view reloads.
    """

    edit_requested = Signal(object, str, str)

    def __init__(self, groupe: str, parent: Any = None) -> None:
        super().__init__(parent)
        self.groupe = groupe
        self._rows: list[SignatoryRow] = []
        self._headers = (
            self.tr("Organisation"),
            self.tr("Représentant(e)"),
            self.tr("Fonction"),
            self.tr("Courriel"),
            self.tr("Délibération"),
            self.tr("Date de délibération"),
        )

    def set_rows(self, rows: Sequence[SignatoryRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[SignatoryRow]:
        return list(self._rows)

    def row_of(self, signatory_id: uuid.UUID) -> int:
        """Row number of a signatory, or -1."""
        return next((i for i, r in enumerate(self._rows) if r.id == signatory_id), -1)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt default
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt default
        return 0 if parent.isValid() else len(COLUMN_FIELDS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section] if 0 <= section < len(self._headers) else None
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return super().flags(index) | Qt.ItemFlag.ItemIsEditable

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == RowRole:
            return row
        value = getattr(row, COLUMN_FIELDS[column])
        if role == Qt.ItemDataRole.DisplayRole:
            if column == COL_ORGANISME and row.co_representant:
                return "   ↳ " + row.organisme
            return format_date_short(value) if isinstance(value, date) else (value or "")
        if role == Qt.ItemDataRole.EditRole:
            return format_date_short(value) if isinstance(value, date) else (value or "")
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == COL_ORGANISME and row.co_representant:
                return self.tr("Co-représentant(e) de « %1 »").replace("%1", row.organisme)
            if column == COL_DELIBERATION_DATE:
                return self.tr("Date au format jj/mm/aaaa")
            return None
        if role == Qt.ItemDataRole.FontRole and column == COL_ORGANISME and row.co_representant:
            font = QFont()
            font.setItalic(True)
            return font
        return None

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        row = self._rows[index.row()]
        text = "" if value is None else str(value)
        if text != self.data(index, Qt.ItemDataRole.EditRole):
            # The database is the truth: the view changes when the command reloads it.
            self.edit_requested.emit(row.id, COLUMN_FIELDS[index.column()], text)
        return False
