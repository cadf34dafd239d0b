"""The signatories of one group, as an editable table (columns from the field table)."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QFont

from ti_desktop.gui.field_widgets import column_header, help_text
from ti_desktop.gui.models.record_table_model import VALUE_ROLE, replace_rows
from ti_desktop.services.fields import SIGNATAIRE, Field
from ti_desktop.services.fields.values import display_text
from ti_desktop.services.records import SignatoryRecord

COLUMN_FIELDS: tuple[Field, ...] = tuple(
    SIGNATAIRE[key]
    for key in (
        "organisme",
        "civilite",
        "representant",
        "fonction",
        "email",
        "deliberation_reference",
        "deliberation_date",
    )
)
(
    COL_ORGANISME,
    COL_CIVILITE,
    COL_REPRESENTANT,
    COL_FONCTION,
    COL_EMAIL,
    COL_DELIBERATION_REFERENCE,
    COL_DELIBERATION_DATE,
) = range(len(COLUMN_FIELDS))

RowRole = Qt.ItemDataRole.UserRole + 1

_Index = QModelIndex | QPersistentModelIndex


class SignatoryTableModel(QAbstractTableModel):
    """Signatories of one group in signing order; an edit asks the page for a command.

    ``edit_requested(signataire_id, key, text)`` carries the typed text; the page
    pushes the undoable command (the service checks the value), then every view
    reloads: the table never shows a value the database refused.
    """

    edit_requested = Signal(object, str, str)

    def __init__(self, groupe: str, parent: Any = None) -> None:
        super().__init__(parent)
        self.groupe = groupe
        self._rows: list[SignatoryRecord] = []
        self._region_ids: set[uuid.UUID] = set()
        self._region_deliberation: dict[str, Any] = {}

    def set_region_deliberation(
        self, region_ids: set[uuid.UUID], reference: str, when: date | None
    ) -> None:
        """The Région's rows show the contract's deliberation, not typed here."""
        wanted = {"deliberation_reference": reference, "deliberation_date": when}
        if (region_ids, wanted) == (self._region_ids, self._region_deliberation):
            return
        self._region_ids = set(region_ids)
        self._region_deliberation = wanted
        if self._rows:
            first, last = COL_DELIBERATION_REFERENCE, COL_DELIBERATION_DATE
            self.dataChanged.emit(self.index(0, first), self.index(len(self._rows) - 1, last))

    def _from_contract(self, row: SignatoryRecord, column: int) -> bool:
        return row.id in self._region_ids and column in (
            COL_DELIBERATION_REFERENCE,
            COL_DELIBERATION_DATE,
        )

    def set_rows(self, rows: Sequence[SignatoryRecord]) -> None:
        new = list(rows)
        replace_rows(self, self._rows, new, lambda shown: setattr(self, "_rows", list(shown)))

    def rows(self) -> list[SignatoryRecord]:
        return list(self._rows)

    def row_of(self, signataire_id: uuid.UUID) -> int:
        """Row number of a signatory, or -1."""
        return next((i for i, r in enumerate(self._rows) if r.id == signataire_id), -1)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt default
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt default
        return 0 if parent.isValid() else len(COLUMN_FIELDS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMN_FIELDS):
            return None
        field = COLUMN_FIELDS[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return column_header(field)
        if role == Qt.ItemDataRole.ToolTipRole and field.help:
            return help_text(field)
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        row = self._rows[index.row()] if 0 <= index.row() < len(self._rows) else None
        if row is not None and self._from_contract(row, index.column()):
            return super().flags(index)  # entered with the contract
        return super().flags(index) | Qt.ItemFlag.ItemIsEditable

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == RowRole:
            return row
        field = COLUMN_FIELDS[column]
        value = getattr(row, field.key)
        if self._from_contract(row, column):
            value = self._region_deliberation.get(field.key) or value
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.tr(
                    "La délibération de la Région se saisit dans « Territoire et contrat » : "
                    "le contrat la cite une fois."
                )
            if role == Qt.ItemDataRole.ForegroundRole:
                return QColor("#6b6b6b")
        if role == VALUE_ROLE:
            return value
        text = display_text(field, value)
        if role == Qt.ItemDataRole.DisplayRole:
            if column == COL_ORGANISME and row.co_representant:
                return "   ↳ " + row.organisme
            return text
        if role == Qt.ItemDataRole.EditRole:
            return text
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == COL_ORGANISME and row.co_representant:
                return self.tr("Co-représentant(e) de « {0} »").format(row.organisme)
            return help_text(field) if field.help else None
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
            self.edit_requested.emit(row.id, COLUMN_FIELDS[index.column()].key, text)
        return False
