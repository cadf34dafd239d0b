"""Editable table of a fiche's indicators (name, unit, target, deadline, achieved).

Like the financing model, it never writes: a valid edit emits
``edit_requested(indicator_id, values)``, an invalid one ``edit_failed(message)``.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QObject,
    Qt,
    Signal,
)

from ti_desktop.gui.models.record_table_model import RIGHT, Index, RecordTableModel
from ti_desktop.services.edits.fiches import IndicatorRow
from ti_desktop.services.fields.values import parse_date, parse_decimal
from ti_desktop.services.french_format import format_date_short, format_number

COL_NOM, COL_UNITE, COL_CIBLE, COL_ECHEANCE, COL_ATTEINTE = range(5)
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
"""Returns the ``IndicatorRow`` of the row."""

_FIELDS = {
    COL_NOM: "nom",
    COL_UNITE: "unite",
    COL_CIBLE: "valeur_cible",
    COL_ECHEANCE: "echeance",
    COL_ATTEINTE: "valeur_atteinte",
}


class IndicatorTableModel(RecordTableModel):
    """Indicators of one fiche."""

    edit_requested = Signal(object, dict)
    edit_failed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[IndicatorRow] = []
        self.read_only = False
        self._headers = [
            self.tr("Indicateur"),
            self.tr("Unité"),
            self.tr("Valeur cible"),
            self.tr("Échéance"),
            self.tr("Valeur atteinte"),
        ]

    def set_rows(self, rows: Sequence[IndicatorRow]) -> None:
        """Replace every indicator."""
        self._reset_rows(rows)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return base if self.read_only else base | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        column = index.column()
        value = getattr(row, _FIELDS[column])
        if role == Qt.ItemDataRole.DisplayRole:
            if column == COL_ECHEANCE:
                return format_date_short(value)
            if column in (COL_CIBLE, COL_ATTEINTE):
                return format_number(value)
            return value
        if role == Qt.ItemDataRole.EditRole:
            if column in (COL_CIBLE, COL_ATTEINTE):
                return format_number(value)
            return value
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (COL_CIBLE, COL_ATTEINTE):
            return RIGHT
        if role == ROW_ROLE:
            return row
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or self.read_only:
            return False
        row = self.rows[index.row()]
        column = index.column()
        name = _FIELDS[column]
        try:
            converted = self._convert(column, value)
        except ValueError as exc:
            self.edit_failed.emit(str(exc))
            return False
        if getattr(row, name) == converted:
            return False
        self.rows[index.row()] = dataclasses.replace(row, **{name: converted})
        self.dataChanged.emit(index, index)
        self.edit_requested.emit(row.id, {name: converted})
        return True

    def _convert(self, column: int, value: Any) -> Any:
        if column == COL_NOM:
            text = str(value).strip()
            if not text:
                raise ValueError(self.tr("Le nom de l'indicateur est obligatoire."))
            return text
        if column == COL_UNITE:
            return str(value).strip()
        if column == COL_ECHEANCE:
            if value is None or isinstance(value, date):
                return value
            text = str(value).strip()
            if not text:
                return None
            try:
                return parse_date(text)
            except ValueError as exc:
                raise ValueError(self.tr("Échéance refusée : {0}.").format(exc)) from exc
        if value is None or isinstance(value, Decimal):
            return value
        text = str(value).strip()
        if not text:
            return None
        try:
            return parse_decimal(text)
        except ValueError as exc:
            raise ValueError(self.tr("Valeur refusée : {0}.").format(exc)) from exc
