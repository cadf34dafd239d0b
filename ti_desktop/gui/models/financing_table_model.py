"""Editable table of a fiche's financing plan.

The model never writes to the database: a typed value is read by the field table
(``fields.read_value``, the import's rules: at most two decimals, no negative
amount, a maximum), then the row shows it and ``edit_requested(line_id, values)``
asks the editor for an undo command; a refused value emits ``edit_failed(message)``
with the field table's sentence and changes nothing.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal

from ti_desktop.gui.field_widgets import help_text
from ti_desktop.gui.models.record_table_model import (
    RIGHT,
    VALUE_ROLE,
    Index,
    RecordTableModel,
    replace_rows,
)
from ti_desktop.services.edits.fiches import Choice, find_financer
from ti_desktop.services.fields import LIGNE_FINANCEMENT, FieldValueError, read_value
from ti_desktop.services.fields.values import display_text
from ti_desktop.services.financing import share
from ti_desktop.services.french_format import format_number, format_percent
from ti_desktop.services.records import FinancingLineRecord

COL_FINANCEUR, COL_DISPOSITIF, COL_MONTANT, COL_STATUT, COL_PART = range(5)
_FIELDS = {
    column: LIGNE_FINANCEMENT[key]
    for column, key in (
        (COL_FINANCEUR, "financeur"),
        (COL_DISPOSITIF, "dispositif"),
        (COL_MONTANT, "montant"),
        (COL_STATUT, "statut"),
    )
}
FIELDS = _FIELDS
"""The field of each editable column."""
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
"""Returns the ``FinancingLineRecord`` of the row."""
SORT_ROLE = Qt.ItemDataRole.UserRole + 2


class FinancingTableModel(RecordTableModel):
    """Lines of one financing plan: financer, dispositif, montant, statut, part du coût."""

    right_aligned_columns = frozenset({COL_MONTANT, COL_PART})

    edit_requested = Signal(object, dict)
    """``(line_id, {column: value})``: a valid edit to write."""
    new_financer_requested = Signal(object, str)
    """``(line_id, label)``: the user typed a financer that is not in the list yet."""
    edit_failed = Signal(str)
    """A French message explaining why an input was refused."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[FinancingLineRecord] = []
        self.cost: Decimal | None = None
        self.financers: tuple[Choice, ...] = ()
        self.statuses: tuple[Choice, ...] = ()
        self.read_only = False
        self._headers = [*(field.label for field in _FIELDS.values()), self.tr("Part du coût")]

    def set_choices(self, financers: Sequence[Choice], statuses: Sequence[Choice]) -> None:
        """The reference lists the financer and status columns offer."""
        self.financers = tuple(financers)
        self.statuses = tuple(statuses)

    def set_rows(self, rows: Sequence[FinancingLineRecord], cost: Decimal | None) -> None:
        """Replace every line; ``cost`` is the fiche's total cost for the shares."""
        new = list(rows)
        cost_changed = cost != self.cost
        self.cost = cost
        replace_rows(self, self.rows, new, lambda shown: setattr(self, "rows", list(shown)))
        if cost_changed and self.rows:
            self.dataChanged.emit(self.index(0, COL_PART), self.index(len(self.rows) - 1, COL_PART))

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        field = _FIELDS.get(section)
        if role == Qt.ItemDataRole.ToolTipRole and orientation == Qt.Orientation.Horizontal:
            if field is None:
                return self.tr("Part du coût total HT apportée par cette ligne")
            return help_text(field) if field.help else None
        return super().headerData(section, orientation, role)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == COL_PART or self.read_only:
            return base
        return base | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.EditRole:
            if column == COL_MONTANT:
                return format_number(row.montant)
            if column == COL_STATUT:
                return row.statut_id
            return self._display(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (COL_MONTANT, COL_PART):
            return RIGHT
        if role == Qt.ItemDataRole.ToolTipRole and column == COL_PART:
            return self.tr("Part du coût total HT apportée par cette ligne")
        if role == ROW_ROLE:
            return row
        if role == VALUE_ROLE:
            field = _FIELDS.get(column)
            return getattr(row, field.key) if field is not None else self._display(row, column)
        if role == SORT_ROLE:
            return row.montant if column in (COL_MONTANT, COL_PART) else self._display(row, column)
        return None

    def _display(self, row: FinancingLineRecord, column: int) -> str:
        field = _FIELDS.get(column)
        if field is None:
            return format_percent(share(row.montant, self.cost), 1)
        return display_text(field, getattr(row, field.key))

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or self.read_only:
            return False
        row = self.rows[index.row()]
        try:
            edit = self._edit(row, index.column(), value)
        except FieldValueError as exc:
            self.edit_failed.emit(exc.message)
            return False
        if edit is None:
            return False
        changes, shown = edit
        if all(getattr(row, k) == v for k, v in shown.items()):
            return False
        self.rows[index.row()] = row.replaced(**shown)
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), COL_PART))
        self.edit_requested.emit(row.id, changes)
        return True

    def _edit(
        self, row: FinancingLineRecord, column: int, value: Any
    ) -> tuple[dict[str, Any], dict[str, Any]] | None:
        """(values to write, attributes to show) for a typed value; None: nothing to do."""
        if column == COL_FINANCEUR:
            choice = self._financer(value)
            if choice is None:
                label = str(value).strip()
                if label:
                    self.new_financer_requested.emit(row.id, label)
                return None
            return {"financeur_id": choice.id}, {
                "financeur_id": choice.id,
                "financeur": choice.libelle,
            }
        if column == COL_STATUT:
            status = next((s for s in self.statuses if value in (s.id, s.libelle)), None)
            if status is None:
                return None
            shown = {
                "statut_id": status.id,
                "statut": status.libelle,
                "categorie": status.categorie,
            }
            return {"statut_id": status.id}, shown
        field = _FIELDS.get(column)
        if field is None:
            return None
        typed = {field.key: read_value(field, value)}
        return typed, typed

    def _financer(self, value: Any) -> Choice | None:
        if isinstance(value, uuid.UUID):
            return next((c for c in self.financers if c.id == value), None)
        return find_financer(self.financers, str(value))
