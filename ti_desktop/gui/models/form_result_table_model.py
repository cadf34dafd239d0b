"""The returned forms of an import: one row each, checked when its changes are to be applied."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush

from ti_desktop.gui.models.fiche_change_table_model import CREATED, REMOVED, UNCHANGED
from ti_desktop.gui.models.record_table_model import RecordTableModel
from ti_desktop.services.imports.form_plan import NEW, REFUSED, FormResult
from ti_desktop.services.imports.form_plan import UNCHANGED as SAME

RowRole = Qt.ItemDataRole.UserRole + 1

COL_FILE, COL_FICHE, COL_STATUS, COL_CHANGES = range(4)


class FormResultTableModel(RecordTableModel):
    """Forms read back; the first column's check box says whether to apply a form."""

    selection_changed = Signal()
    """The set of checked forms changed."""

    right_aligned_columns = frozenset({COL_CHANGES})

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers = [
            self.tr("Formulaire"),
            self.tr("Fiche"),
            self.tr("Résultat"),
            self.tr("Changements"),
        ]
        self._checked: set[int] = set()

    def set_rows(self, rows: Sequence[FormResult]) -> None:
        """Show ``rows``; the forms with changes to apply start checked."""
        self._reset_rows(rows)
        self._checked = {i for i, r in enumerate(self.rows) if r.accepted and _changes(r)}
        self.selection_changed.emit()

    def checked(self) -> list[FormResult]:
        """The forms to apply, in order."""
        return [r for i, r in enumerate(self.rows) if i in self._checked]

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        result = self.row_at(index)
        if index.column() == COL_FILE and isinstance(result, FormResult) and result.accepted:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(
        self,
        index: QModelIndex | QPersistentModelIndex,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        result = self.row_at(index)
        if not isinstance(result, FormResult):
            return None
        column = index.column()
        if role == RowRole:
            return result
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(result, column)
        if role == Qt.ItemDataRole.CheckStateRole and column == COL_FILE and result.accepted:
            checked = index.row() in self._checked
            return Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole:
            if result.status == REFUSED:
                return "\n".join([result.reason, *result.errors])
            return str(result.path)
        if role == Qt.ItemDataRole.ForegroundRole and column == COL_STATUS:
            if result.status == REFUSED:
                return QBrush(REMOVED)
            if result.status == NEW:
                return QBrush(CREATED)
            if result.status == SAME:
                return QBrush(UNCHANGED)
        return None

    def _text(self, result: FormResult, column: int) -> str:
        if column == COL_FILE:
            return result.path.name
        change = result.change
        if column == COL_FICHE:
            return f"{change.numero} — {change.intitule}" if change is not None else ""
        if column == COL_STATUS:
            if result.status == REFUSED:
                return self.tr("Refusé : {0}").format(result.reason)
            return result.status.capitalize()
        return str(_changes(result)) if result.status != REFUSED else ""

    def setData(
        self,
        index: QModelIndex | QPersistentModelIndex,
        value: Any,
        role: int = Qt.ItemDataRole.EditRole,
    ) -> bool:
        result = self.row_at(index)
        if role != Qt.ItemDataRole.CheckStateRole or index.column() != COL_FILE:
            return False
        if not isinstance(result, FormResult) or not result.accepted:
            return False
        state = Qt.CheckState(value) if isinstance(value, int) else value
        if state == Qt.CheckState.Checked:
            self._checked.add(index.row())
        else:
            self._checked.discard(index.row())
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        self.selection_changed.emit()
        return True


def _changes(result: FormResult) -> int:
    return len(result.change.describe()) if result.change is not None else 0
