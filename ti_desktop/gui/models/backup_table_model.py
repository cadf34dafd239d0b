"""Table model of a database's backups (date, kind, size), newest first."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from ti_desktop.gui.models.record_table_model import RecordTableModel
from ti_desktop.services.files.backups import Backup
from ti_desktop.services.french_format import format_number

COL_DATE, COL_KIND, COL_SIZE = range(3)
RowRole = Qt.ItemDataRole.UserRole + 1
SortRole = Qt.ItemDataRole.UserRole + 2

_HEADERS = ("Date", "Type", "Taille")


@dataclass(frozen=True)
class BackupRow:
    """One backup file as listed (the size is read once, when listing)."""

    path: Path
    taken_at: datetime
    kind: str
    size: int
    problems: tuple[str, ...] = ()
    """What ``quick_check`` found: a damaged backup is listed, never restored."""

    @classmethod
    def from_backup(cls, backup: Backup) -> BackupRow:
        try:
            size = backup.path.stat().st_size
        except OSError:
            size = 0
        return cls(backup.path, backup.taken_at, backup.kind, size, backup.problems)

    @property
    def usable(self) -> bool:
        """Whether this backup can be restored."""
        return Backup(self.path, self.taken_at, self.kind, self.problems).usable

    @property
    def kind_label(self) -> str:
        label = Backup(self.path, self.taken_at, self.kind).kind_label
        label = label[:1].upper() + label[1:]
        return f"{label} — endommagée, inutilisable" if self.problems else label


def format_size(size: int) -> str:
    """``1 536 000`` → ``1,5 Mo`` (French units)."""
    if size >= 1_000_000:
        return format_number((Decimal(size) / 1_000_000).quantize(Decimal("0.1"))) + "\u00a0Mo"
    if size >= 1_000:
        return format_number((Decimal(size) / 1_000).quantize(Decimal("1"))) + "\u00a0ko"
    return f"{size}\u00a0o"


class BackupTableModel(RecordTableModel):
    """Rows of ``BackupRow``; ``RowRole`` returns the row, ``SortRole`` a sortable key."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[BackupRow] = []
        self._headers = list(_HEADERS)

    def set_rows(self, rows: Sequence[BackupRow]) -> None:
        """Replace every backup shown."""
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
        if role == Qt.ItemDataRole.DisplayRole:
            if column == COL_DATE:
                return f"{row.taken_at:%d/%m/%Y à %H:%M:%S}"
            if column == COL_KIND:
                return row.kind_label
            if column == COL_SIZE:
                return format_size(row.size)
        if role == SortRole:
            if column == COL_DATE:
                return row.taken_at.isoformat()
            if column == COL_KIND:
                return row.kind_label
            if column == COL_SIZE:
                return row.size
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join([str(row.path), *row.problems])
        if role == Qt.ItemDataRole.ForegroundRole and not row.usable:
            return QColor("#a4262c")
        if role == Qt.ItemDataRole.TextAlignmentRole and column == COL_SIZE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
