"""Editable table of a fiche's indicators (name, unit, target, deadline, achieved).

Like the financing model, it never writes: a value read by the field table emits
``edit_requested(indicator_id, values)``, a refused one ``edit_failed(message)``.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal

from ti_desktop.gui.field_widgets import help_text
from ti_desktop.gui.models.record_table_model import RIGHT, VALUE_ROLE, Index, RecordTableModel
from ti_desktop.services.fields import INDICATEUR, FieldValueError, Kind, read_value
from ti_desktop.services.fields.values import display_text
from ti_desktop.services.french_format import format_number
from ti_desktop.services.records import IndicatorRecord

_FIELDS = tuple(
    INDICATEUR[key] for key in ("nom", "unite", "valeur_cible", "echeance", "valeur_atteinte")
)
FIELDS = _FIELDS
"""The field of each column."""
COL_NOM, COL_UNITE, COL_CIBLE, COL_ECHEANCE, COL_ATTEINTE = range(len(_FIELDS))
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
"""Returns the ``IndicatorRecord`` of the row."""


class IndicatorTableModel(RecordTableModel):
    """Indicators of one fiche."""

    right_aligned_columns = frozenset({COL_CIBLE, COL_ATTEINTE})

    edit_requested = Signal(object, dict)
    edit_failed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[IndicatorRecord] = []
        self.read_only = False
        self._headers = [field.label for field in _FIELDS]

    def set_rows(self, rows: Sequence[IndicatorRecord]) -> None:
        """Replace every indicator."""
        self._reset_rows(rows)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.ToolTipRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(_FIELDS)
            and _FIELDS[section].help
        ):
            return help_text(_FIELDS[section])
        return super().headerData(section, orientation, role)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return base if self.read_only else base | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        field = _FIELDS[index.column()]
        value = getattr(row, field.key)
        if role == Qt.ItemDataRole.DisplayRole:
            return display_text(field, value)
        if role == Qt.ItemDataRole.EditRole:
            return format_number(value) if field.kind is Kind.QUANTITY else value
        if role == Qt.ItemDataRole.TextAlignmentRole and field.kind is Kind.QUANTITY:
            return RIGHT
        if role == ROW_ROLE:
            return row
        if role == VALUE_ROLE:
            return value
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or self.read_only:
            return False
        row = self.rows[index.row()]
        field = _FIELDS[index.column()]
        try:
            typed = read_value(field, value)
        except FieldValueError as exc:
            self.edit_failed.emit(exc.message)
            return False
        if getattr(row, field.key) == typed:
            return False
        self.rows[index.row()] = row.replaced(**{field.key: typed})
        self.dataChanged.emit(index, index)
        self.edit_requested.emit(row.id, {field.key: typed})
        return True
