"""Filtering and sorting proxy of the fiches list."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from ti_desktop.db.vocabulary import fold
from ti_desktop.gui.models.fiche_table_model import FicheTableModel
from ti_desktop.services.edits.fiches import FicheRow

_Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class FicheFilter:
    """What the filter bar asks for; empty strings mean "all"."""

    text: str = ""
    axe: str = ""
    avancement: str = ""
    financeur: str = ""
    statut: str = ""

    @property
    def is_empty(self) -> bool:
        return not (
            self.text.strip() or self.axe or self.avancement or self.financeur or self.statut
        )


_RESETTING_SIGNALS = (
    "modelAboutToBeReset",
    "layoutAboutToBeChanged",
    "rowsAboutToBeInserted",
    "rowsAboutToBeRemoved",
    "dataChanged",
)


def _narrows(before: FicheFilter, after: FicheFilter) -> bool:
    """Whether ``after`` can only hide rows that ``before`` showed (more text typed)."""
    same_lists = (before.axe, before.avancement, before.financeur, before.statut) == (
        after.axe,
        after.avancement,
        after.financeur,
        after.statut,
    )
    return same_lists and fold(after.text).startswith(fold(before.text))


class FicheFilterProxy(QSortFilterProxyModel):
    """Keeps the fiches matching a ``FicheFilter``; sorts on the model's real values.

    Rows are read straight from the source model's list (not through ``data()``),
    so a keystroke in the search field stays fast on thousands of fiches. Sorting is
    delegated to the source model (see ``sort``).
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._filter = FicheFilter()
        self._words: list[str] = []
        self._accepted: list[bool] | None = None
        self._refining = False

    @property
    def fiche_filter(self) -> FicheFilter:
        return self._filter

    def set_fiche_filter(self, fiche_filter: FicheFilter) -> None:
        """Apply new criteria (the view updates at once)."""
        if fiche_filter == self._filter:
            return
        previous = self._filter
        self.beginFilterChange()
        self._filter = fiche_filter
        self._words = fold(fiche_filter.text).split()
        # Typing one more letter can only hide rows: re-test only the rows shown.
        self._refining = self._accepted is not None and _narrows(previous, fiche_filter)
        if not self._refining:
            self._accepted = None
        self._recompute()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def setSourceModel(self, model: QAbstractItemModel) -> None:
        previous = self.sourceModel()
        if previous is not None:
            for signal in _RESETTING_SIGNALS:
                getattr(previous, signal).disconnect(self._forget)
        super().setSourceModel(model)
        for signal in _RESETTING_SIGNALS:
            getattr(model, signal).connect(self._forget)
        self._accepted = None

    def _forget(self, *_args: object) -> None:
        self._accepted = None

    def _recompute(self) -> list[bool]:
        rows = self._rows()
        matches = self.matches
        if self._refining and self._accepted is not None and len(self._accepted) == len(rows):
            self._accepted = [
                ok and matches(row) for ok, row in zip(self._accepted, rows, strict=True)
            ]
        else:
            self._accepted = [matches(row) for row in rows]
        self._refining = False
        return self._accepted

    def matches(self, row: FicheRow) -> bool:
        """Whether a fiche passes the current criteria (also used for the footer sums)."""
        f = self._filter
        if f.axe and row.axe != f.axe:
            return False
        if f.avancement and row.avancement != f.avancement:
            return False
        if f.financeur and f.financeur not in row.financeurs:
            return False
        if f.statut and f.statut not in row.statuts:
            return False
        key = row.search_key
        return all(word in key for word in self._words)

    def _rows(self) -> list[FicheRow]:
        model = self.sourceModel()
        assert isinstance(model, FicheTableModel)
        return model.rows

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        accepted = self._accepted
        if accepted is None or len(accepted) != len(self._rows()):
            accepted = self._recompute()
        return 0 <= source_row < len(accepted) and accepted[source_row]

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort through the source model (natural N°, real amounts), keeping the filter.

        The proxy itself stays unsorted: the source model sorts its list with keys
        computed once, which keeps header clicks fast on thousands of fiches.
        """
        model = self.sourceModel()
        assert isinstance(model, FicheTableModel)
        model.sort(column, order)

    def visible_rows(self) -> list[FicheRow]:
        """The source rows the view shows (in source order)."""
        rows = self._rows()
        accepted = self._accepted
        if accepted is None or len(accepted) != len(rows):
            accepted = self._recompute()
        return [row for row, ok in zip(rows, accepted, strict=True) if ok]
