"""Editable table of a fiche's financing plan.

The model never writes to the database: an accepted edit updates the row shown and
emits ``edit_requested(line_id, values)``; the editor turns it into an undo command.
Invalid input (text in an amount, a negative amount) emits ``edit_failed(message)``
and changes nothing.
"""

from __future__ import annotations

import dataclasses
import uuid
from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QObject,
    Qt,
    Signal,
)

from ti_desktop.gui.models.record_table_model import RIGHT, Index, RecordTableModel
from ti_desktop.services.edits.fiches import Choice, FinancingLineRow, find_financer
from ti_desktop.services.fields.values import parse_decimal
from ti_desktop.services.financing import share
from ti_desktop.services.french_format import format_euros, format_number, format_percent

COL_FINANCEUR, COL_DISPOSITIF, COL_MONTANT, COL_STATUT, COL_PART = range(5)
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
"""Returns the ``FinancingLineRow`` of the row."""
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
        self.rows: list[FinancingLineRow] = []
        self.cost: Decimal | None = None
        self.financers: tuple[Choice, ...] = ()
        self.statuses: tuple[Choice, ...] = ()
        self.read_only = False
        self._headers = [
            self.tr("Financeur"),
            self.tr("Dispositif"),
            self.tr("Montant"),
            self.tr("Statut"),
            self.tr("Part du coût"),
        ]

    def set_choices(self, financers: Sequence[Choice], statuses: Sequence[Choice]) -> None:
        """The reference lists the financer and status columns offer."""
        self.financers = tuple(financers)
        self.statuses = tuple(statuses)

    def set_rows(self, rows: Sequence[FinancingLineRow], cost: Decimal | None) -> None:
        """Replace every line; ``cost`` is the fiche's total cost for the shares."""
        self.beginResetModel()
        self.rows = list(rows)
        self.cost = cost
        self.endResetModel()

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
        if role == SORT_ROLE:
            return row.montant if column in (COL_MONTANT, COL_PART) else self._display(row, column)
        return None

    def _display(self, row: FinancingLineRow, column: int) -> str:
        if column == COL_FINANCEUR:
            return row.financeur
        if column == COL_DISPOSITIF:
            return row.dispositif
        if column == COL_MONTANT:
            return format_euros(row.montant)
        if column == COL_STATUT:
            return row.statut
        return format_percent(share(row.montant, self.cost), 1)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or self.read_only:
            return False
        row = self.rows[index.row()]
        column = index.column()
        changes: dict[str, Any] = {}
        shown: dict[str, Any] = {}
        if column == COL_FINANCEUR:
            choice = self._financer(value)
            if choice is None:
                label = str(value).strip()
                if label:
                    self.new_financer_requested.emit(row.id, label)
                return False
            changes = {"financeur_id": choice.id}
            shown = {"financeur_id": choice.id, "financeur": choice.libelle}
        elif column == COL_DISPOSITIF:
            changes = shown = {"dispositif": str(value).strip()}
        elif column == COL_MONTANT:
            amount = self._amount(value)
            if amount is None:
                return False
            changes = shown = {"montant": amount}
        elif column == COL_STATUT:
            status = next((s for s in self.statuses if s.id == value or s.libelle == value), None)
            if status is None:
                return False
            changes = {"statut_id": status.id}
            shown = {
                "statut_id": status.id,
                "statut": status.libelle,
                "categorie": status.categorie,
            }
        else:
            return False
        if all(getattr(row, k) == v for k, v in shown.items()):
            return False
        self.rows[index.row()] = dataclasses.replace(row, **shown)
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), COL_PART))
        self.edit_requested.emit(row.id, changes)
        return True

    def _financer(self, value: Any) -> Choice | None:
        if isinstance(value, uuid.UUID):
            return next((c for c in self.financers if c.id == value), None)
        return find_financer(self.financers, str(value))

    def _amount(self, value: Any) -> Decimal | None:
        if isinstance(value, Decimal):
            amount = value
        else:
            try:
                amount = parse_decimal(str(value)) if str(value).strip() else Decimal(0)
            except ValueError as exc:
                self.edit_failed.emit(self.tr("Montant refusé : {0}.").format(exc))
                return None
        if amount < 0:
            self.edit_failed.emit(self.tr("Un montant de financement ne peut pas être négatif."))
            return None
        return amount.quantize(Decimal("0.01"))
