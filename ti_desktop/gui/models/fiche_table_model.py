"""Table model of the fiches-actions list, editable like a spreadsheet row.

Rows are ``FicheRecord``s; what the list shows beside their columns (acquired and
planned sums, financers and statuses for the filters: ``FicheFigures``, and a folded
search text) is worked out once per load, so a keystroke in the search field or a
click on a header stays fast on thousands of fiches.

N°, intitulé, axe, maître d'ouvrage, coût and avancement can be typed in the list:
the model reads the value with the field table and asks the page for an undo
command (``edit_requested(fiche_id, values)``); a refused value emits
``edit_failed(message)``. The database stays the truth: the row changes on reload.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap

from ti_desktop.gui.models.record_table_model import (
    RIGHT,
    VALUE_ROLE,
    Index,
    RecordTableModel,
    replace_rows,
)
from ti_desktop.services.edits.fiches import Choice, natural_key, search_fold
from ti_desktop.services.fields import FICHE_ACTION, FieldValueError, read_value
from ti_desktop.services.french_format import format_euros, format_number, format_percent
from ti_desktop.services.records import NO_FIGURES, FicheFigures, FicheRecord
from ti_desktop.services.register.changes import FicheMarks

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
"""Returns the ``FicheRecord`` of the row."""
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
"""Returns the real value to sort on (a ``Decimal`` for amounts, a natural key for N°)."""

_MISSING = Decimal("-1")
EDITABLE_FIELDS = {
    COL_NUMERO: FICHE_ACTION["numero"],
    COL_INTITULE: FICHE_ACTION["intitule"],
    COL_AXE: FICHE_ACTION["axe"],
    COL_MAITRE_OUVRAGE: FICHE_ACTION["maitre_ouvrage"],
    COL_COUT: FICHE_ACTION["cout_total_ht"],
    COL_AVANCEMENT: FICHE_ACTION["avancement"],
}
"""The columns typed in the list, and their fields."""


def search_keys(fiches: Sequence[FicheRecord]) -> list[str]:
    """Number, title and maître d'ouvrage of each fiche, folded for searching."""
    folded: dict[str, str] = {}

    def fold_once(text: str) -> str:  # many fiches share their maître d'ouvrage
        found = folded.get(text)
        if found is None:
            found = folded[text] = search_fold(text)
        return found

    return [
        f"{search_fold(fiche.numero)}\n{search_fold(fiche.intitule)}"
        f"\n{fold_once(fiche.maitre_ouvrage)}"
        for fiche in fiches
    ]


def sort_key(row: FicheRecord, figures: FicheFigures, column: int) -> Any:
    """The value a column sorts on: amounts as Decimal, N° naturally, text folded."""
    if column == COL_NUMERO:
        return natural_key(row.numero)
    if column == COL_COUT:
        return row.cout_total_ht if row.cout_total_ht is not None else _MISSING
    if column == COL_ACQUIS:
        return figures.acquis
    if column == COL_PART:
        part = figures.part_financee(row.cout_total_ht)
        return part if part is not None else _MISSING
    if column == COL_AXE:
        return (row.axe.casefold(), natural_key(row.numero))
    if column == COL_AVANCEMENT:
        return (row.avancement.casefold(), natural_key(row.numero))
    if column == COL_INTITULE:
        return row.intitule.casefold()
    return row.maitre_ouvrage.casefold()


def _change_dot() -> QIcon:
    """The mark of a fiche changed since the last workbook sent: an orange dot."""
    pixmap = QPixmap(12, 12)
    pixmap.fill(QColor(0, 0, 0, 0))
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor("#E69F00"))
    painter.setPen(QColor("#A86F00"))
    painter.drawEllipse(1, 1, 10, 10)
    painter.end()
    return QIcon(pixmap)


class _Entry:
    """A row with its figures and search text, compared together (a reload may change either)."""

    __slots__ = ("figures", "id", "key", "row")

    def __init__(self, row: FicheRecord, figures: FicheFigures, key: str) -> None:
        self.row, self.figures, self.key, self.id = row, figures, key, row.id

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _Entry) and self.row == other.row and self.figures == other.figures

    __hash__ = None  # type: ignore[assignment]


def _over_financed(row: FicheRecord, figures: FicheFigures) -> bool:
    return row.cout_total_ht is not None and figures.total_prevu > row.cout_total_ht


_SERVED_ROLES = frozenset(
    {
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.EditRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.TextAlignmentRole,
        Qt.ItemDataRole.ForegroundRole,
        Qt.ItemDataRole.DecorationRole,
        VALUE_ROLE,
        ROW_ROLE,
        SORT_ROLE,
    }
)


class FicheTableModel(RecordTableModel):
    """Fiches of one territory: N°, intitulé, axe, maître d'ouvrage, amounts, progress."""

    right_aligned_columns = frozenset({COL_COUT, COL_ACQUIS, COL_PART})

    edit_requested = Signal(object, dict)
    """``(fiche_id, values)``: a value typed in the list, read by the field table."""
    edit_failed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[FicheRecord] = []
        self.read_only = False
        self._shown: dict[int, tuple[str, ...]] = {}  # displayed texts, by row number
        self._folded: dict[tuple[str, str, str], str] = {}  # search texts, kept across reloads
        self.axes: tuple[Choice, ...] = ()
        self.avancements: tuple[Choice, ...] = ()
        # beside ``rows``, in the same order: read by the view, the filter and the sums
        self.figures: list[FicheFigures] = []
        self.search_keys: list[str] = []
        self._sort_keys: dict[int, list[Any]] = {}
        self.sort_column = -1
        self.sort_order = Qt.SortOrder.AscendingOrder
        self.change_marks: FicheMarks | None = None
        self._dot: QIcon | None = None
        label = {key: FICHE_ACTION[key].label for key in FICHE_ACTION.keys}
        self._headers = [
            label["numero"],
            label["intitule"],
            label["axe"],
            label["maitre_ouvrage"],
            self.tr("Coût HT"),
            self.tr("Acquis"),
            self.tr("% financé"),
            label["avancement"],
        ]

    def set_rows(
        self,
        rows: Sequence[FicheRecord],
        figures: dict[uuid.UUID, FicheFigures] | None = None,
    ) -> None:
        """Replace every row; ``figures`` from ``load_fiche_figures``, else from the lines.

        The same fiches in the same order (a reload after an edit) update in place, so
        the current cell and an open editor stay.
        """
        old = [
            _Entry(*entry) for entry in zip(self.rows, self.figures, self.search_keys, strict=True)
        ]
        state = (self.rows, self.figures, self.search_keys)
        self.rows = list(rows)
        if figures is None:
            self.figures = [row.figures for row in self.rows]
        else:
            self.figures = [figures.get(row.id, NO_FIGURES) for row in self.rows]
        self.search_keys = self._search_keys(self.rows)
        self._sort_keys = {}
        if self.sort_column >= 0:
            self._reorder(self._sorted_order())
        new = [
            _Entry(*entry) for entry in zip(self.rows, self.figures, self.search_keys, strict=True)
        ]
        self.rows, self.figures, self.search_keys = state

        def assign(shown: Sequence[Any]) -> None:
            self.rows = [entry.row for entry in shown]
            self.figures = [entry.figures for entry in shown]
            self.search_keys = [entry.key for entry in shown]
            self._sort_keys = {}
            self._shown = {}

        replace_rows(self, old, new, assign)

    def set_choices(self, axes: Sequence[Choice], avancements: Sequence[Choice]) -> None:
        """The axes and progress states the list's drop-downs offer."""
        self.axes, self.avancements = tuple(axes), tuple(avancements)

    def set_change_marks(self, marks: FicheMarks | None) -> None:
        """Mark the fiches changed since the last workbook sent to the Région (None: none)."""
        self.change_marks = marks
        if self.rows:
            self.dataChanged.emit(
                self.index(0, COL_NUMERO),
                self.index(len(self.rows) - 1, COL_NUMERO),
                [Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.ToolTipRole],
            )
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, COL_NUMERO, COL_NUMERO)

    def change_mark(self, row: FicheRecord) -> str | None:
        """What the list says of a fiche changed since the last workbook (None: unchanged)."""
        return self.change_marks.tooltip(row.id) if self.change_marks is not None else None

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

    def _search_keys(self, fiches: Sequence[FicheRecord]) -> list[str]:
        """``search_keys``, reusing the texts folded at the last load (most did not change)."""
        folded = self._folded
        keys = []
        missing = []
        for fiche in fiches:
            key = folded.get((fiche.numero, fiche.intitule, fiche.maitre_ouvrage))
            if key is None:
                missing.append(fiche)
            keys.append(key)
        if missing:
            for fiche, key in zip(missing, search_keys(missing), strict=True):
                folded[(fiche.numero, fiche.intitule, fiche.maitre_ouvrage)] = key
            keys = [folded[(f.numero, f.intitule, f.maitre_ouvrage)] for f in fiches]
        return keys  # type: ignore[return-value]  # every key found above

    def _reorder(self, order_of_rows: list[int]) -> None:
        self._shown = {}
        self.rows = [self.rows[i] for i in order_of_rows]
        self.figures = [self.figures[i] for i in order_of_rows]
        self.search_keys = [self.search_keys[i] for i in order_of_rows]
        self._sort_keys = {
            column: [keys[i] for i in order_of_rows] for column, keys in self._sort_keys.items()
        }

    def sort_keys(self, column: int) -> list[Any]:
        """Sort key of every row for ``column`` (ties broken by list order), cached."""
        keys = self._sort_keys.get(column)
        if keys is None:
            keys = [
                (sort_key(row, figures, column), row.position)
                for row, figures in zip(self.rows, self.figures, strict=True)
            ]
            self._sort_keys[column] = keys
        return keys

    def row_of(self, fiche_id: object) -> int:
        """Source row of the fiche with that id, or -1."""
        return next((i for i, row in enumerate(self.rows) if row.id == fiche_id), -1)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole:
            if section == COL_PART:
                return self.tr("Part du coût couverte par les financements prévus (hors refusés)")
            if section == COL_NUMERO and self.change_marks is not None:
                return self.tr(
                    "Un point orange marque les fiches ajoutées ou modifiées depuis le dernier "
                    "classeur envoyé à la Région"
                )
            # the whole header, when a narrow window shortens the column
            return super().headerData(section, orientation, Qt.ItemDataRole.DisplayRole)
        return super().headerData(section, orientation, role)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.read_only or index.column() not in EDITABLE_FIELDS:
            return base
        return base | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Called for every role of every cell painted: the common answers come first
        # and the displayed texts of a row are worked out once (a keystroke in the
        # search field repaints the list).
        if role not in _SERVED_ROLES:
            return None
        number = index.row()
        if not index.isValid() or not 0 <= number < len(self.rows):
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            shown = self._shown.get(number)
            if shown is None:
                row, figures = self.rows[number], self.figures[number]
                shown = self._shown[number] = tuple(
                    self._display(row, figures, c) for c in range(len(self._headers))
                )
            return shown[column]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT if column in (COL_COUT, COL_ACQUIS, COL_PART) else None
        row = self.rows[number]
        figures = self.figures[number]
        if role == Qt.ItemDataRole.EditRole:
            return self._edit_value(row, column)
        if role == VALUE_ROLE:
            return self._stored(row, figures, column)
        if column == COL_NUMERO and role in (
            Qt.ItemDataRole.DecorationRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            mark = self.change_mark(row)
            if mark is None:
                return None
            if role == Qt.ItemDataRole.ToolTipRole:
                return mark
            if self._dot is None:
                self._dot = _change_dot()
            return self._dot
        if role == Qt.ItemDataRole.ToolTipRole and column in (
            COL_INTITULE,
            COL_MAITRE_OUVRAGE,
            COL_AXE,
        ):
            return self._display(row, figures, column)
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and column == COL_PART
            and _over_financed(row, figures)
        ):
            return QColor("#b00020")
        if (
            role == Qt.ItemDataRole.ToolTipRole
            and column == COL_PART
            and _over_financed(row, figures)
        ):
            return self.tr("Sur-financement : les financements prévus dépassent le coût")
        if role == ROW_ROLE:
            return row
        if role == SORT_ROLE:
            return sort_key(row, figures, column)
        return None

    @staticmethod
    def _edit_value(row: FicheRecord, column: int) -> Any:
        if column == COL_AXE:
            return row.axe_id
        if column == COL_AVANCEMENT:
            return row.avancement_id
        if column == COL_COUT:
            return format_number(row.cout_total_ht)
        field = EDITABLE_FIELDS.get(column)
        return getattr(row, field.key) if field is not None else None

    @staticmethod
    def _stored(row: FicheRecord, figures: FicheFigures, column: int) -> Any:
        if column == COL_COUT:
            return row.cout_total_ht
        if column == COL_ACQUIS:
            return figures.acquis
        if column == COL_PART:
            return figures.part_financee(row.cout_total_ht)
        field = EDITABLE_FIELDS.get(column)
        return getattr(row, field.key) if field is not None else None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or self.read_only:
            return False
        row = self.rows[index.row()]
        column = index.column()
        if column == COL_AXE:
            choice = self._choice(self.axes, value)
            changes: dict[str, Any] = {"axe_id": choice.id if choice is not None else None}
            unchanged = changes["axe_id"] == row.axe_id
        elif column == COL_AVANCEMENT:
            choice = self._choice(self.avancements, value)
            if choice is None:
                return False
            changes = {"avancement_id": choice.id}
            unchanged = choice.id == row.avancement_id
        else:
            field = EDITABLE_FIELDS.get(column)
            if field is None:
                return False
            try:
                typed = read_value(field, value)
            except FieldValueError as exc:
                self.edit_failed.emit(exc.message)
                return False
            changes = {field.key: typed}
            unchanged = getattr(row, field.key) == typed
        if unchanged:
            return False
        self.edit_requested.emit(row.id, changes)
        return True

    @staticmethod
    def _choice(choices: Sequence[Choice], value: Any) -> Choice | None:
        if isinstance(value, uuid.UUID):
            return next((c for c in choices if c.id == value), None)
        text = search_fold(str(value or "").strip())
        return next((c for c in choices if search_fold(c.libelle) == text), None) if text else None

    def _display(self, row: FicheRecord, figures: FicheFigures, column: int) -> str:
        text: str
        if column == COL_NUMERO:
            text = row.numero
        elif column == COL_INTITULE:
            text = row.intitule
        elif column == COL_AXE:
            text = row.axe
        elif column == COL_MAITRE_OUVRAGE:
            text = row.maitre_ouvrage
        elif column == COL_COUT:
            text = format_euros(row.cout_total_ht)
        elif column == COL_ACQUIS:
            shown = figures.acquis or row.cout_total_ht
            text = format_euros(figures.acquis) if shown else ""
        elif column == COL_PART:
            text = format_percent(figures.part_financee(row.cout_total_ht))
        else:
            text = row.avancement
        return text
