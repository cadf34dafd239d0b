"""Tables of an import's preview: the fiches it changes, and one fiche's changes field by field."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from ti_desktop.gui.models.record_table_model import RecordTableModel
from ti_desktop.services.imports.fiche_changes import (
    ADD,
    CREATE,
    FINANCING,
    REMOVE,
    FicheChange,
    FieldChange,
    LineChange,
)

RowRole = Qt.ItemDataRole.UserRole + 1
SortRole = Qt.ItemDataRole.UserRole + 2

COL_SOURCE, COL_NUMERO, COL_INTITULE, COL_ACTION, COL_CHANGES = range(5)
COL_FIELD, COL_OLD, COL_NEW = range(3)

CREATED = QColor("#1e6b34")
REMOVED = QColor("#8a1c1c")
UNCHANGED = QColor("#7a7a7a")


class FicheChangeTableModel(RecordTableModel):
    """One row per fiche of the preview: where it comes from, its N°, what happens to it."""

    right_aligned_columns = frozenset({COL_CHANGES})

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers = [
            self.tr("Source"),
            self.tr("N°"),
            self.tr("Intitulé"),
            self.tr("Opération"),
            self.tr("Changements"),
        ]

    def set_rows(self, rows: Sequence[FicheChange]) -> None:
        """Replace the fiches shown."""
        self._reset_rows(rows)

    def data(
        self,
        index: QModelIndex | QPersistentModelIndex,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        change = self.row_at(index)
        if not isinstance(change, FicheChange):
            return None
        column = index.column()
        if role == RowRole:
            return change
        count = len(change.describe())
        action = change.action if change.changes_anything else self.tr("inchangée")
        values: tuple[str | int, ...] = (
            change.source, change.numero, change.intitule, action, count,
        )  # fmt: skip
        if role == Qt.ItemDataRole.DisplayRole:
            return str(values[column])
        if role == SortRole:
            return values[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join(change.describe()) or self.tr("Aucun changement")
        if role == Qt.ItemDataRole.ForegroundRole:
            if change.action == CREATE:
                return QBrush(CREATED)
            if not change.changes_anything:
                return QBrush(UNCHANGED)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == COL_CHANGES:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class FieldChangeTableModel(RecordTableModel):
    """One fiche's changes: each field, financing line and indicator, before and after."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers = [self.tr("Champ"), self.tr("Avant"), self.tr("Après")]

    def set_change(self, change: FicheChange | None) -> None:
        """Show the changes of ``change`` (nothing for None)."""
        rows: list[FieldChange | LineChange] = []
        if change is not None:
            rows = [*change.fields, *change.lines]
        self._reset_rows(rows)

    def data(
        self,
        index: QModelIndex | QPersistentModelIndex,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        row = self.row_at(index)
        if row is None:
            return None
        column = index.column()
        if role == RowRole:
            return row
        if isinstance(row, FieldChange):
            texts = (row.label, row.old, row.new)
            removed, added = False, not row.old
        else:
            texts = (self._line_noun(row), row.old, row.new)
            removed, added = row.action == REMOVE, row.action == ADD
        if role == Qt.ItemDataRole.DisplayRole:
            text = texts[column]
            if column == COL_OLD and not text:
                return self.tr("(vide)") if not added or isinstance(row, FieldChange) else ""
            if column == COL_NEW and removed:
                return self.tr("(retiré)")
            return text
        if role == Qt.ItemDataRole.ToolTipRole:
            return texts[column] or None
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == COL_NEW and removed:
                return QBrush(REMOVED)
            if column == COL_NEW:
                return QBrush(CREATED)
            if column == COL_OLD:
                return QBrush(UNCHANGED)
        return None

    def _line_noun(self, line: LineChange) -> str:
        financing = line.table == FINANCING
        if line.action == ADD:
            return self.tr("Financement ajouté") if financing else self.tr("Indicateur ajouté")
        if line.action == REMOVE:
            return self.tr("Financement retiré") if financing else self.tr("Indicateur retiré")
        return self.tr("Financement") if financing else self.tr("Indicateur")
