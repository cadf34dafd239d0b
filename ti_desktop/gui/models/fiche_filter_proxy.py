"""Filtering and sorting proxy of the fiches list."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from decimal import Decimal
from itertools import compress, repeat

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
from ti_desktop.services.financing import ZERO
from ti_desktop.services.records import FicheFigures, FicheRecord

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
    "modelReset",
    "layoutAboutToBeChanged",
    "layoutChanged",
    "rowsAboutToBeInserted",
    "rowsAboutToBeRemoved",
    "dataChanged",
)
"""After any of these the cached answers are forgotten (so they always match the rows)."""


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
        model = self._model()
        f = self._filter
        if not (f.axe or f.avancement or f.financeur or f.statut):
            # The usual keystroke: words and no list criteria, one list pass per word.
            keys = model.search_keys
            previous = self._accepted
            if self._refining and previous is not None and len(previous) == len(keys):
                found = previous
            else:
                found = [True] * len(keys)
            for word in self._words:
                found = [ok and word in key for ok, key in zip(found, keys, strict=True)]
            self._accepted = found
            self._refining = False
            return found
        test = self._test()
        entries = zip(model.rows, model.figures, model.search_keys, strict=True)
        accepted = self._accepted
        if self._refining and accepted is not None and len(accepted) == len(model.rows):
            self._accepted = [
                ok and test(*entry) for ok, entry in zip(accepted, entries, strict=True)
            ]
        else:
            self._accepted = [test(*entry) for entry in entries]
        self._refining = False
        return self._accepted

    def _test(self) -> Callable[[FicheRecord, FicheFigures, str], bool]:
        """The current criteria as one function of a row, its figures and its search text."""
        f = self._filter
        words = self._words

        def test(row: FicheRecord, figures: FicheFigures, key: str) -> bool:
            if f.axe and row.axe != f.axe:
                return False
            if f.avancement and row.avancement != f.avancement:
                return False
            if f.financeur and f.financeur not in figures.financeurs:
                return False
            if f.statut and f.statut not in figures.statuts:
                return False
            return all(word in key for word in words)

        return test

    def _model(self) -> FicheTableModel:
        model = self.sourceModel()
        assert isinstance(model, FicheTableModel)
        return model

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        # Called once per row on every keystroke: the answers are computed in one pass.
        accepted = self._accepted
        if accepted is None:
            accepted = self._recompute()
        return 0 <= source_row < len(accepted) and accepted[source_row]

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort through the source model (natural N°, real amounts), keeping the filter.

        The proxy itself stays unsorted: the source model sorts its list with keys
        computed once, which keeps header clicks fast on thousands of fiches.
        """
        self._model().sort(column, order)

    def visible_rows(self) -> list[FicheRecord]:
        """The source rows the view shows (in source order)."""
        return [row for row, _figures in self.visible_entries()]

    def visible_totals(self) -> tuple[int, Decimal, Decimal]:
        """How many fiches are shown, their cost and acquired sums (the footer)."""
        model = self._model()
        accepted: Iterable[bool] = repeat(True, len(model.rows))
        if not self._filter.is_empty:
            known = self._accepted
            accepted = (
                known
                if known is not None and len(known) == len(model.rows)
                else (self._recompute())
            )
        shown = list(compress(range(len(model.rows)), accepted))
        costs = [model.rows[i].cout_total_ht for i in shown]
        cost = sum((c for c in costs if c is not None), ZERO)
        return len(shown), cost, sum((model.figures[i].acquis for i in shown), ZERO)

    def visible_entries(self) -> list[tuple[FicheRecord, FicheFigures]]:
        """The rows the view shows with their figures (for the footer sums)."""
        model = self._model()
        accepted = self._accepted
        if accepted is None or len(accepted) != len(model.rows):
            accepted = self._recompute()
        return list(compress(zip(model.rows, model.figures, strict=True), accepted))
