"""Base of the table models that show a list of plain records under fixed headers."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

Index = QModelIndex | QPersistentModelIndex
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
VALUE_ROLE = Qt.ItemDataRole.UserRole + 9
"""The stored value of a cell (``Decimal``, ``date``, text): what Ctrl+C copies."""


def replace_rows(
    model: QAbstractItemModel,
    old: Sequence[Any],
    new: Sequence[Any],
    assign: Callable[[Sequence[Any]], None],
) -> None:
    """Show ``new`` instead of ``old`` without resetting the model when it can be avoided.

    A reload after an edit usually changes one row, adds rows at the end or removes
    some: the model then says exactly that (rows changed, inserted, removed), so the
    open editor, the current cell and the scroll position stay — a reset would close
    the editor the user just moved to with Tab. ``assign(rows)`` stores the rows.
    """
    old_keys = [getattr(r, "id", None) for r in old]
    new_keys = [getattr(r, "id", None) for r in new]
    wanted = set(new_keys)
    kept = [key for key in old_keys if key in wanted]
    identified = None not in old_keys and None not in wanted
    if not identified or kept != new_keys[: len(kept)] or len(wanted) != len(new_keys):
        model.beginResetModel()
        assign(new)
        model.endResetModel()
        return
    current = list(old)
    for row in range(len(current) - 1, -1, -1):  # removed rows, from the bottom
        if old_keys[row] not in wanted:
            model.beginRemoveRows(QModelIndex(), row, row)
            del current[row]
            assign(list(current))
            model.endRemoveRows()
    kept_rows = len(current)
    assign([*new[:kept_rows], *current[kept_rows:]])
    last = model.columnCount() - 1
    for row, (before, after) in enumerate(zip(current, new[:kept_rows], strict=True)):
        if before != after and last >= 0:
            model.dataChanged.emit(model.index(row, 0), model.index(row, last))
    if len(new) > kept_rows:
        model.beginInsertRows(QModelIndex(), kept_rows, len(new) - 1)
        assign(new)
        model.endInsertRows()


class RecordTableModel(QAbstractTableModel):
    """``rows`` under ``_headers``; numbers columns listed in ``right_aligned_columns``.

    Subclasses fill ``_headers`` (translated) in their constructor and implement
    ``data()``; row and column counts and the header texts come from here.
    """

    right_aligned_columns: frozenset[int] = frozenset()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[Any] = []
        self._headers: list[str] = []

    def _reset_rows(self, rows: Sequence[Any]) -> None:
        """Replace every row (subclasses expose a typed ``set_rows``), in place when possible."""
        replace_rows(self, self.rows, list(rows), lambda shown: setattr(self, "rows", list(shown)))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._headers):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        if role == Qt.ItemDataRole.TextAlignmentRole and section in self.right_aligned_columns:
            return RIGHT
        return None

    def row_at(self, index: Index) -> Any:
        """The record shown at ``index``, or None outside the rows."""
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        return self.rows[index.row()]
