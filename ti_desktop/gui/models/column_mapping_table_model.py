"""The columns of a tracker and what each becomes: the mapping the user confirms or changes."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont

from ti_desktop.errors import UserFacingError
from ti_desktop.gui.models.record_table_model import RecordTableModel
from ti_desktop.services.imports import mapping
from ti_desktop.services.imports.mapping import Target
from ti_desktop.services.imports.reading import ColumnChoice

RowRole = Qt.ItemDataRole.UserRole + 1
OptionsRole = Qt.ItemDataRole.UserRole + 2
"""The targets a column may take: a list of (French label, spec)."""

COL_LETTER, COL_HEADER, COL_SAMPLES, COL_TARGET, COL_ORIGIN = range(5)
_IGNORED = QColor("#7a7a7a")


class ColumnMappingTableModel(RecordTableModel):
    """One row per column of the tracker; the « Devient » column is editable (a spec)."""

    mapping_changed = Signal(int)
    """The index of the tracker column whose target the user changed."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers = [
            self.tr("Col."),
            self.tr("En-tête du tableau"),
            self.tr("Exemples de valeurs"),
            self.tr("Devient"),
            self.tr("Origine"),
        ]
        self._financers: list[str] = []

    def set_rows(self, rows: Sequence[ColumnChoice], financers: Sequence[str]) -> None:
        """Show ``rows`` (columns with a header or values); ``financers``: the database's."""
        self._financers = list(financers)
        self._reset_rows([c for c in rows if c.header or c.samples])

    def options(self, column: ColumnChoice) -> list[tuple[str, str]]:
        """What ``column`` may become, its current target first among its kind."""
        targets: list[Target] = [
            mapping.IGNORE,
            *mapping.field_targets(),
            Target(mapping.STATUS),
            *(Target(mapping.FINANCER, financeur=name) for name in self._financers),
        ]
        for extra in (column.target, *column.alternatives):
            if extra not in targets:
                targets.insert(1, extra)
        return [(target.label(), target.spec()) for target in targets]

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == COL_TARGET:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(
        self,
        index: QModelIndex | QPersistentModelIndex,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        column = self.row_at(index)
        if not isinstance(column, ColumnChoice):
            return None
        section = index.column()
        if role == RowRole:
            return column
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(column, section)
        if role == Qt.ItemDataRole.EditRole and section == COL_TARGET:
            return column.target.spec()
        if role == OptionsRole:
            return self.options(column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if section == COL_TARGET:
                return self.tr("Double-cliquez pour choisir le champ de cette colonne")
            if section == COL_SAMPLES:
                return "\n".join(column.samples)
            return column.describe()
        if role == Qt.ItemDataRole.ForegroundRole and not column.mapped:
            return QBrush(_IGNORED)
        if role == Qt.ItemDataRole.FontRole and section == COL_TARGET and column.mapped:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _text(self, column: ColumnChoice, section: int) -> str:
        if section == COL_LETTER:
            return column.letter
        if section == COL_HEADER:
            header = column.header or self.tr("(sans en-tête)")
            return f"{column.group} › {header}" if column.group else header
        if section == COL_SAMPLES:
            return " · ".join(s.replace("\n", " ") for s in column.samples)
        if section == COL_TARGET:
            text = column.target.label()
            if column.scale == 1_000:
                text += self.tr(" (en k€ × 1 000)")
            elif column.scale != 1:
                text += self.tr(" (× {0})").format(column.scale)
            return text
        return column.origin

    def setData(
        self,
        index: QModelIndex | QPersistentModelIndex,
        value: Any,
        role: int = Qt.ItemDataRole.EditRole,
    ) -> bool:
        column = self.row_at(index)
        if not isinstance(column, ColumnChoice) or index.column() != COL_TARGET:
            return False
        if role != Qt.ItemDataRole.EditRole or not isinstance(value, str):
            return False
        try:
            target = mapping.parse_target(value, self._financers)
        except UserFacingError:
            return False
        if target == column.target:
            return False
        column.target = target
        column.origin = self.tr("choisie") if target.kind != mapping.IGNORED else ""
        column.scale = mapping.with_scale(mapping.Proposal(target), column.header).scale
        row = index.row()
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))
        self.mapping_changed.emit(column.index)
        return True
