"""Table model of a territory's transmissions, and its filter by kind and recipient."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QFont

from ti_desktop.db.vocabulary import fold
from ti_desktop.gui.models.record_table_model import Index, RecordTableModel
from ti_desktop.services.french_format import format_date_short
from ti_desktop.services.register.transmissions import TransmissionRecord

COL_DATE, COL_NATURE, COL_OBJET, COL_DESTINATAIRES, COL_FICHIERS, COL_SIGNE = range(6)
RowRole = Qt.ItemDataRole.UserRole + 1
"""Returns the ``TransmissionRecord`` of the row."""
SortRole = Qt.ItemDataRole.UserRole + 2


class TransmissionTableModel(RecordTableModel):
    """Transmissions: date, kind, subject, recipients, files, signature date."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[TransmissionRecord] = []
        self._headers = [
            self.tr("Date"),
            self.tr("Nature"),
            self.tr("Objet"),
            self.tr("Destinataires"),
            self.tr("Fichiers"),
            self.tr("Signé le"),
        ]

    def set_rows(self, rows: Sequence[TransmissionRecord]) -> None:
        """Replace every row."""
        self._reset_rows(rows)

    def row_of(self, envoi_id: object) -> int:
        """Row of the transmission with that id, or -1."""
        return next((i for i, row in enumerate(self.rows) if row.id == envoi_id), -1)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_at(index)
        if row is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == COL_FICHIERS:
                return "\n".join(f"{f.nom} — SHA-256 {f.sha256}" for f in row.fichiers) or None
            if column == COL_DESTINATAIRES:
                return "\n".join(row.recipients) or None
            if column == COL_SIGNE and row.signe_le is not None:
                return self.tr("Version signée : l'avenant suivant comparera avec elle")
            return self._display(row, column) or None
        if role == Qt.ItemDataRole.FontRole and row.signe_le is not None:
            font = QFont()
            font.setBold(True)
            return font
        if role == RowRole:
            return row
        if role == SortRole:
            if column == COL_DATE:
                return row.envoye_le.timestamp()
            if column == COL_SIGNE:
                return row.signe_le.toordinal() if row.signe_le else 0
            return fold(self._display(row, column))
        return None

    def _display(self, row: TransmissionRecord, column: int) -> str:
        if column == COL_DATE:
            return f"{row.envoye_le.astimezone():%d/%m/%Y %H:%M}"
        if column == COL_NATURE:
            return row.nature_label
        if column == COL_OBJET:
            return row.objet
        if column == COL_DESTINATAIRES:
            return ", ".join(row.recipients) or self.tr("non précisés")
        if column == COL_FICHIERS:
            return ", ".join(f.nom for f in row.fichiers) or "—"
        return format_date_short(row.signe_le)


class TransmissionFilterProxy(QSortFilterProxyModel):
    """Keeps the transmissions of one kind (or all) sent to a recipient matching some text."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.nature: str | None = None
        self.recipient = ""
        self.setSortRole(SortRole)

    def set_filters(self, nature: str | None, recipient: str) -> None:
        """Show only ``nature`` (None: every kind) sent to someone matching ``recipient``."""
        self.beginFilterChange()
        self.nature = nature
        self.recipient = fold(recipient.strip())
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(
        self,
        source_row: int,
        source_parent: QModelIndex | QPersistentModelIndex,
    ) -> bool:
        model = self.sourceModel()
        row = model.index(source_row, 0, source_parent).data(RowRole)
        if not isinstance(row, TransmissionRecord):
            return False
        if self.nature is not None and row.nature != self.nature:
            return False
        return not self.recipient or any(self.recipient in fold(r) for r in row.recipients)
