"""Table model of the fiches-actions list (read-only; edits go through the editor)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QObject,
    Qt,
)
from PySide6.QtGui import QColor

from ti_desktop.gui.models.record_table_model import RIGHT, Index, RecordTableModel
from ti_desktop.services.edits.fiches import FicheRow, natural_key
from ti_desktop.services.financing import ZERO
from ti_desktop.services.french_format import format_euros, format_percent

(
    COL_NUMERO,
    COL_INTITULE,
    COL_AXE,
    COL_MAITRE_OUVRAGE,
    COL_COUT,
    COL_ACQUIS,
    COL_PART,
    COL_AVANCEMENT,
) = range(8)
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
"""Returns the ``FicheRow`` of the row."""
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
"""Returns the real value to sort on (a ``Decimal`` for amounts, a natural key for N°)."""

_MISSING = Decimal("-1")


def sort_key(row: FicheRow, column: int) -> Any:
    """The value a column sorts on: amounts as Decimal, N° naturally, text folded."""
    if column == COL_NUMERO:
        return natural_key(row.numero)
    if column == COL_COUT:
        return row.cout if row.cout is not None else _MISSING
    if column == COL_ACQUIS:
        return row.acquis
    if column == COL_PART:
        part = row.part_financee
        return part if part is not None else _MISSING
    if column == COL_AXE:
        return (row.axe.casefold(), natural_key(row.numero))
    if column == COL_AVANCEMENT:
        return (row.avancement.casefold(), natural_key(row.numero))
    if column == COL_INTITULE:
        return row.intitule.casefold()
    return row.maitre_ouvrage.casefold()


def _over_financed(row: FicheRow) -> bool:
    return row.cout is not None and row.total_prevu > row.cout


class FicheTableModel(RecordTableModel):
    """Fiches of one territory: N°, intitulé, axe, maître d'ouvrage, amounts, progress."""

    right_aligned_columns = frozenset({COL_COUT, COL_ACQUIS, COL_PART})

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[FicheRow] = []
        self._sort_keys: dict[int, list[Any]] = {}
        self.sort_column = -1
        self.sort_order = Qt.SortOrder.AscendingOrder
        self._headers = [
            self.tr("N°"),
            self.tr("Intitulé"),
            self.tr("Axe"),
            self.tr("Maître d'ouvrage"),
            self.tr("Coût HT"),
            self.tr("Acquis"),
            self.tr("% financé"),
            self.tr("Avancement"),
        ]

    def set_rows(self, rows: list[FicheRow]) -> None:
        """Replace every row."""
        self.beginResetModel()
        self.rows = list(rows)
        self._sort_keys = {}
        if self.sort_column >= 0:
            self._reorder(self._sorted_order())
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort the rows on the real values of ``column`` (-1: the list order).

        Sorting here, with keys computed once per column, is much faster than the
        proxy comparing rows pair by pair through Python on thousands of fiches.
        """
        self.sort_column, self.sort_order = column, order
        order_of_rows = self._sorted_order()
        if order_of_rows == list(range(len(self.rows))):
            return
        self.layoutAboutToBeChanged.emit()
        new_row = {old: new for new, old in enumerate(order_of_rows)}
        persistent = self.persistentIndexList()
        self._reorder(order_of_rows)
        self.changePersistentIndexList(
            persistent,
            [self.index(new_row[i.row()], i.column()) if i.isValid() else i for i in persistent],
        )
        self.layoutChanged.emit()

    def _sorted_order(self) -> list[int]:
        if self.sort_column < 0:
            keys: list[Any] = [row.position for row in self.rows]
        else:
            keys = self.sort_keys(self.sort_column)
        descending = self.sort_order == Qt.SortOrder.DescendingOrder
        return sorted(range(len(self.rows)), key=keys.__getitem__, reverse=descending)

    def _reorder(self, order_of_rows: list[int]) -> None:
        self.rows = [self.rows[i] for i in order_of_rows]
        self._sort_keys = {
            column: [keys[i] for i in order_of_rows] for column, keys in self._sort_keys.items()
        }

    def sort_keys(self, column: int) -> list[Any]:
        """Sort key of every row for ``column`` (ties broken by list order), cached."""
        keys = self._sort_keys.get(column)
        if keys is None:
            keys = [(sort_key(row, column), row.position) for row in self.rows]
            self._sort_keys[column] = keys
        return keys

    def row_of(self, fiche_id: object) -> int:
        """Source row of the fiche with that id, or -1."""
        return next((i for i, row in enumerate(self.rows) if row.id == fiche_id), -1)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.ToolTipRole
            and section == COL_PART
        ):
            return self.tr("Part du coût couverte par les financements prévus (hors refusés)")
        return super().headerData(section, orientation, role)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.ToolTipRole and column in (
            COL_INTITULE,
            COL_MAITRE_OUVRAGE,
            COL_AXE,
        ):
            return self._display(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (COL_COUT, COL_ACQUIS, COL_PART):
            return RIGHT
        if role == Qt.ItemDataRole.ForegroundRole and column == COL_PART and _over_financed(row):
            return QColor("#b00020")
        if role == Qt.ItemDataRole.ToolTipRole and column == COL_PART and _over_financed(row):
            return self.tr("Sur-financement : les financements prévus dépassent le coût")
        if role == ROW_ROLE:
            return row
        if role == SORT_ROLE:
            return sort_key(row, column)
        return None

    def _display(self, row: FicheRow, column: int) -> str:
        if column == COL_NUMERO:
            return row.numero
        if column == COL_INTITULE:
            return row.intitule
        if column == COL_AXE:
            return row.axe
        if column == COL_MAITRE_OUVRAGE:
            return row.maitre_ouvrage
        if column == COL_COUT:
            return format_euros(row.cout)
        if column == COL_ACQUIS:
            return format_euros(row.acquis) if row.acquis != ZERO or row.cout else ""
        if column == COL_PART:
            return format_percent(row.part_financee)
        return row.avancement
