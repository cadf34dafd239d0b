"""Table models of an import preview: the territories touched and the cell problems."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from ti_desktop.errors import CellProblem
from ti_desktop.gui.models.record_table_model import RecordTableModel
from ti_desktop.services.exchange.importer import TerritoryPreview

RowRole = Qt.ItemDataRole.UserRole + 1
SortRole = Qt.ItemDataRole.UserRole + 2

COL_SHEET, COL_ROW, COL_COLUMN, COL_REASON = range(4)
_PROBLEM_HEADERS = ("Feuille", "Ligne", "Colonne", "Problème")

(
    COL_TERRITORY,
    COL_ACTION,
    COL_CREATED,
    COL_UPDATED,
    COL_RESTORED,
    COL_SIGNATORIES,
    COL_FINANCING,
    COL_INDICATORS,
) = range(8)
_PREVIEW_HEADERS = (
    "Territoire",
    "Opération",
    "Fiches créées",
    "Modifiées",
    "Restaurées",
    "Signataires",
    "Financements",
    "Indicateurs",
)
_PREVIEW_TOOLTIPS = (
    "Le territoire, reconnu par son nom",
    "Création d'un territoire, mise à jour, ou restauration depuis la corbeille",
    "Fiches-actions nouvelles",
    "Fiches-actions existantes mises à jour",
    "Fiches-actions sorties de la corbeille",
    "Signataires remplacés par ceux du classeur (vide : inchangés)",
    "Lignes de financement importées",
    "Indicateurs importés",
)


def problems_as_text(problems: Sequence[CellProblem]) -> str:
    """The problems as tab-separated lines (to paste in an e-mail or a spreadsheet)."""
    lines = ["Feuille\tLigne\tColonne\tProblème"]
    for problem in problems:
        row = "" if problem.row is None else str(problem.row)
        lines.append(f"{problem.sheet}\t{row}\t{problem.column or ''}\t{problem.reason}")
    return "\n".join(lines)


class _RowsModel(RecordTableModel):
    headers: tuple[str, ...] = ()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._headers = list(self.headers)


class CellProblemTableModel(_RowsModel):
    """Every error of a workbook: sheet, row, column, reason (sortable by ``SortRole``)."""

    headers = _PROBLEM_HEADERS

    def set_rows(self, rows: Sequence[CellProblem]) -> None:
        """Replace every problem shown."""
        self._reset_rows(rows)

    def data(
        self,
        index: QModelIndex | QPersistentModelIndex,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        problem = self.row_at(index)
        if not isinstance(problem, CellProblem):
            return None
        column = index.column()
        if role == RowRole:
            return problem
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                problem.sheet,
                "" if problem.row is None else str(problem.row),
                problem.column or "",
                problem.reason,
            )[column]
        if role == SortRole:
            if column == COL_ROW:
                return -1 if problem.row is None else problem.row
            return self.data(index, Qt.ItemDataRole.DisplayRole)
        if role == Qt.ItemDataRole.ToolTipRole:
            return str(problem)  # the whole sentence, when the cell is too narrow
        if role == Qt.ItemDataRole.TextAlignmentRole and column == COL_ROW:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class TerritoryPreviewTableModel(_RowsModel):
    """One row per territory the import creates or updates, with counts."""

    headers = _PREVIEW_HEADERS

    def set_rows(self, rows: Sequence[TerritoryPreview]) -> None:
        """Replace every territory shown."""
        self._reset_rows(rows)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.ToolTipRole
            and 0 <= section < len(_PREVIEW_TOOLTIPS)
        ):
            return _PREVIEW_TOOLTIPS[section]
        return super().headerData(section, orientation, role)

    @staticmethod
    def _values(preview: TerritoryPreview) -> tuple[str | int, ...]:
        return (
            preview.nom,
            preview.action,
            len(preview.fiches_created),
            len(preview.fiches_updated),
            len(preview.fiches_restored),
            "" if preview.signatories is None else preview.signatories,
            preview.financing_lines,
            preview.indicators,
        )

    def data(
        self,
        index: QModelIndex | QPersistentModelIndex,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        preview = self.row_at(index)
        if not isinstance(preview, TerritoryPreview):
            return None
        column = index.column()
        if role == RowRole:
            return preview
        value = self._values(preview)[column]
        if role == Qt.ItemDataRole.DisplayRole:
            return str(value)
        if role == SortRole:
            return value
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == COL_CREATED and preview.fiches_created:
                return ", ".join(preview.fiches_created)
            if column == COL_UPDATED and preview.fiches_updated:
                return ", ".join(preview.fiches_updated)
            if column == COL_RESTORED and preview.fiches_restored:
                return ", ".join(preview.fiches_restored)
            return preview.describe()
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= COL_CREATED:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
