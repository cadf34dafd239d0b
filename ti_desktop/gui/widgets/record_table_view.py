"""The table of records that moves like a spreadsheet, used by every editable list.

One behaviour for the signatories, the fiches list, the financing plan and the
indicators (and every table to come):

- Tab / Shift+Tab go to the next / previous editable cell and open it; at the end of
  a row to the next row; after the last cell, ``append_row`` (when given) adds a row;
- Enter commits and goes down; typing on a cell starts editing it (the text typed
  replaces the cell); F2 or a click on the current cell edits it;
- Delete (or Backspace) clears the selected cells, Ctrl+Delete removes their rows
  (``rows_delete_requested``), both undoable as one step;
- Ctrl+C copies the selection for a spreadsheet (text and HTML), Ctrl+V pastes a
  block of cells (``paste_requested``, parsed by ``services.entry.paste``);
- a row created by the page opens its first cell (``edit_row_when_shown``); the
  current cell and the column widths survive reloads (``remember_columns``).

A model shows its records under ``ROW_ROLE`` (each with an ``id``) and may give the
stored value of a cell under ``VALUE_ROLE`` (what Ctrl+C copies).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QItemSelectionModel,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QFocusEvent,
    QGuiApplication,
    QKeyEvent,
    QKeySequence,
    QResizeEvent,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QHeaderView,
    QTableView,
    QWidget,
)

from ti_desktop.gui.delegates import CellDelegate
from ti_desktop.services.entry import paste

ROW_ROLE = Qt.ItemDataRole.UserRole + 1
"""Every record model returns the row's record (with its ``id``) under this role."""
VALUE_ROLE = Qt.ItemDataRole.UserRole + 9
"""The stored value of a cell (Decimal, date, text), copied for a spreadsheet."""

_Index = QModelIndex | QPersistentModelIndex
_Hint = QAbstractItemDelegate.EndEditHint
_MOUSE_TRIGGERS = (
    QAbstractItemView.EditTrigger.DoubleClicked,
    QAbstractItemView.EditTrigger.SelectedClicked,
)


def record_key(index: QModelIndex) -> uuid.UUID | None:
    """The identifier of the record shown on ``index``'s row."""
    if not index.isValid():
        return None
    record = index.siblingAtColumn(0).data(ROW_ROLE)
    key = getattr(record, "id", None)
    return key if isinstance(key, uuid.UUID) else None


class RecordTableView(QTableView):
    """A ``QTableView`` of records with spreadsheet keys (see the module)."""

    refused = Signal(str)
    """A cell's text was refused (the field table's sentence); nothing was written."""
    rows_delete_requested = Signal(list)
    """The records of the rows to remove (Ctrl+Delete), in view order."""
    paste_requested = Signal(object, list)
    """``(anchor, cells)``: a block pasted at the current cell (rows of texts)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        triggers = QAbstractItemView.EditTrigger
        self.setEditTriggers(
            triggers.DoubleClicked
            | triggers.SelectedClicked
            | triggers.EditKeyPressed
            | triggers.AnyKeyPressed
        )
        self.setTabKeyNavigation(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setWordWrap(False)
        self.setAlternatingRowColors(True)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setTextElideMode(Qt.TextElideMode.ElideRight)
        header.setHighlightSections(False)
        header.setMinimumSectionSize(self.fontMetrics().horizontalAdvance("M.") + 16)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.append_row: Callable[[], object] | None = None
        """Called by Tab after the last cell (the page adds a row), when set."""
        self.undo_stack: QUndoStack | None = None
        """Groups a multi-cell clear into one undo step, when set."""
        self.undo_text = self.tr("Effacer des cellules")
        self._kept: tuple[uuid.UUID | None, int] | None = None
        self._pending_edit: tuple[uuid.UUID, int | None] | None = None
        self._remember: Callable[[], None] | None = None
        self._closing = False
        self._natural: dict[int, int] = {}
        self._stretch: tuple[int, ...] = ()
        self._minimum: dict[int, int] = {}
        self._fitting = False
        self._user_sized = False
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(300)
        self._save_timer.timeout.connect(self._save_columns)

    # --- model -----------------------------------------------------------------------

    def setModel(self, model: QAbstractItemModel | None) -> None:
        previous = self.model()
        if previous is not None:
            for signal, slot in self._model_slots(previous):
                signal.disconnect(slot)
        super().setModel(model)
        if model is not None:
            for signal, slot in self._model_slots(model):
                signal.connect(slot)

    def _model_slots(self, model: QAbstractItemModel) -> list[tuple[Any, Callable[..., None]]]:
        return [
            (model.modelAboutToBeReset, self._on_model_about_to_be_reset),
            (model.modelReset, self._on_model_reset),
            (model.rowsInserted, self._on_rows_shown),
            (model.layoutChanged, self._on_rows_shown),
        ]

    def source_row(self, index: QModelIndex) -> int:
        """The row of ``index`` in the record model under any proxies."""
        model = self.model()
        current = index
        while isinstance(model, QSortFilterProxyModel):
            current = model.mapToSource(current)
            model = model.sourceModel()
        return current.row()

    def index_of(self, key: uuid.UUID, column: int = 0) -> QModelIndex:
        """The index of the record ``key`` in ``column`` (invalid when not shown)."""
        model = self.model()
        if model is None:
            return QModelIndex()
        for row in range(model.rowCount()):
            index = model.index(row, column)
            if record_key(index) == key:
                return index
        return QModelIndex()

    def open_editor(self) -> QWidget | None:
        """The cell editor open in the table, if any."""
        widget = QApplication.focusWidget()
        while widget is not None and widget.parentWidget() is not self.viewport():
            widget = widget.parentWidget()
        return widget

    def _on_model_about_to_be_reset(self) -> None:
        current = self.currentIndex()
        self._kept = (record_key(current), current.column()) if current.isValid() else None
        editor = (
            self.open_editor() if self.state() == QAbstractItemView.State.EditingState else None
        )
        if editor is not None:
            # Closed while its cell still exists: after the reset Qt could not tell
            # which delegate watches it, and its focus-out would commit into nothing.
            super().closeEditor(editor, _Hint.RevertModelCache)

    def _on_model_reset(self) -> None:
        kept, self._kept = self._kept, None
        if kept is not None and kept[0] is not None:
            index = self.index_of(kept[0], max(kept[1], 0))
            if index.isValid():
                self.selectionModel().setCurrentIndex(
                    index, QItemSelectionModel.SelectionFlag.ClearAndSelect | self._rows_flag()
                )
        self._on_rows_shown()

    def _rows_flag(self) -> QItemSelectionModel.SelectionFlag:
        if self.selectionBehavior() == QAbstractItemView.SelectionBehavior.SelectRows:
            return QItemSelectionModel.SelectionFlag.Rows
        return QItemSelectionModel.SelectionFlag.NoUpdate

    # --- editing ---------------------------------------------------------------------

    def is_editable(self, index: _Index) -> bool:
        model = self.model()
        return (
            index.isValid()
            and model is not None
            and not self.isColumnHidden(index.column())
            and bool(model.flags(index) & Qt.ItemFlag.ItemIsEditable)
        )

    def first_editable_column(self, row: int) -> int | None:
        model = self.model()
        if model is None:
            return None
        for column in range(model.columnCount()):
            if self.is_editable(model.index(row, column)):
                return column
        return None

    def edit_row_when_shown(self, key: uuid.UUID, column: int | None = None) -> None:
        """Select the record ``key`` and edit ``column`` (its first editable cell) once shown.

        A page calls it right after asking for a new row: the row may appear now or
        on the next reload.
        """
        self._pending_edit = (key, column)
        self._on_rows_shown()

    def _on_rows_shown(self, *_args: object) -> None:
        pending = self._pending_edit
        if pending is None:
            return
        key, column = pending
        index = self.index_of(key)
        if not index.isValid():
            return
        self._pending_edit = None
        wanted = column if column is not None else self.first_editable_column(index.row())
        shown = index.siblingAtColumn(wanted if wanted is not None else 0)
        self.setFocus(Qt.FocusReason.OtherFocusReason)
        self.go_to(shown, edit=False)
        target = QPersistentModelIndex(shown)
        # The editor opens after the reload that showed the row: other views may still
        # be resetting, and would take the focus back.
        QTimer.singleShot(0, lambda: self._open(target))

    def _open(self, target: QPersistentModelIndex) -> None:
        model = self.model()
        if not target.isValid() or target.model() is not model or model is None:
            return
        self.setFocus(Qt.FocusReason.OtherFocusReason)
        self.go_to(model.index(target.row(), target.column()), edit=True)

    def go_to(self, index: QModelIndex, *, edit: bool) -> None:
        """Make ``index`` the current cell, scrolled into view; open it when asked."""
        self.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | self._rows_flag()
        )
        self.scrollTo(index)
        if edit and self.is_editable(index):
            self.edit(index)

    def neighbour(self, index: QModelIndex, step: int) -> QModelIndex | None:
        """The next (``step`` 1) or previous (-1) editable cell in reading order."""
        model = self.model()
        if model is None or model.rowCount() == 0:
            return None
        columns = model.columnCount()
        if not index.isValid():
            position = -1 if step > 0 else model.rowCount() * columns
        else:
            position = index.row() * columns + index.column()
        position += step
        while 0 <= position < model.rowCount() * columns:
            candidate = model.index(position // columns, position % columns)
            if self.is_editable(candidate):
                return candidate
            position += step
        return None

    def step_cell(self, step: int, *, edit: bool) -> bool:
        """Tab (``step`` 1) or Shift+Tab (-1); False when there is nowhere to go."""
        target = self.neighbour(self.currentIndex(), step)
        if target is None:
            if step > 0 and self.append_row is not None:
                self.append_row()
                return True
            return False
        self.go_to(target, edit=edit)
        return True

    def _move_down(self) -> None:
        current = self.currentIndex()
        model = self.model()
        if model is not None and current.isValid() and current.row() + 1 < model.rowCount():
            self.go_to(current.siblingAtRow(current.row() + 1), edit=False)

    def closeEditor(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:
        # The editor is closing: its delegate must not see its focus-out (a second
        # commit, into an editor Qt no longer knows). Hiding an editor that still holds
        # the focus makes Qt ask for the next widget (``focusNextPrevChild``): while
        # closing, that must not move the cell.
        model = self.model()
        columns = model.columnCount() if model is not None else 0
        for delegate in {self.itemDelegate(), *map(self.itemDelegateForColumn, range(columns))}:
            if delegate is not None:
                editor.removeEventFilter(delegate)
        self._closing = True
        try:
            super().closeEditor(editor, _Hint.NoHint if hint != _Hint.RevertModelCache else hint)
        finally:
            self._closing = False
        if hint in (_Hint.EditNextItem, _Hint.EditPreviousItem):
            self.step_cell(1 if hint == _Hint.EditNextItem else -1, edit=True)
        elif hint == _Hint.SubmitModelCache:  # Enter: committed, go down like a spreadsheet
            self._move_down()

    def edit(self, index: Any, trigger: Any = None, event: Any = None) -> bool:  # type: ignore[override]
        if trigger is None:  # the public ``edit(index)``
            super().edit(index)
            return True
        opened = bool(super().edit(index, trigger, event))
        if opened and trigger in _MOUSE_TRIGGERS:
            # A click on a list cell opens its list at once: one click to choose.
            focused = QGuiApplication.focusObject()
            combo = focused if isinstance(focused, QComboBox) else None
            if combo is None and isinstance(focused, QWidget):
                parent = focused.parentWidget()
                combo = parent if isinstance(parent, QComboBox) else None
            if combo is not None:
                QTimer.singleShot(0, combo.showPopup)
        return opened

    def use_delegate(self, column: int, delegate: QAbstractItemDelegate) -> None:
        """``setItemDelegateForColumn``, with the delegate's refusals shown by the view."""
        self.setItemDelegateForColumn(column, delegate)
        if isinstance(delegate, CellDelegate):
            delegate.refused.connect(self.refused)

    # --- keys ------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.state() == QAbstractItemView.State.EditingState:
            super().keyPressEvent(event)
            return
        key, modifiers = event.key(), event.modifiers()
        plain = modifiers in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)
        if event.matches(QKeySequence.StandardKey.Copy):
            self.copy_selection()
        elif event.matches(QKeySequence.StandardKey.Paste):
            self.paste_clipboard()
        elif key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab) and not (
            modifiers & Qt.KeyboardModifier.ControlModifier
        ):
            if not self.step_cell(-1 if key == Qt.Key.Key_Backtab else 1, edit=True):
                event.ignore()  # past the last cell: the focus goes on
                return
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and plain:
            self._move_down()
        elif key == Qt.Key.Key_Delete and modifiers == Qt.KeyboardModifier.ControlModifier:
            self._request_row_removal()
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and plain:
            self.clear_selection_cells()
        elif key == Qt.Key.Key_Space and modifiers == Qt.KeyboardModifier.ShiftModifier:
            self.selectRow(self.currentIndex().row())
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        if not self.currentIndex().isValid():
            first = self.neighbour(QModelIndex(), 1)
            if first is not None:
                self.selectionModel().setCurrentIndex(
                    first, QItemSelectionModel.SelectionFlag.ClearAndSelect | self._rows_flag()
                )

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: A002 - Qt's name
        # Qt's tables turn this into a Tab key press; Tab is handled in ``event``, so
        # here the focus simply goes to the next widget — except while an editor
        # closes: its hiding asks too, and the table keeps the focus.
        if self._closing:
            self.setFocus(Qt.FocusReason.OtherFocusReason)
            return True
        return QWidget.focusNextPrevChild(self, next)

    def event(self, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)
            and not event.modifiers()
            & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
        ):
            self.keyPressEvent(event)
            return event.isAccepted() or QWidget.focusNextPrevChild(
                self, event.key() == Qt.Key.Key_Tab
            )
        # Ctrl+C / Ctrl+V / Delete belong to the table when it has the focus, even if a
        # window action has the same shortcut.
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and self.state() != QAbstractItemView.State.EditingState
            and (
                event.matches(QKeySequence.StandardKey.Copy)
                or event.matches(QKeySequence.StandardKey.Paste)
            )
        ):
            event.accept()
            return True
        return super().event(event)

    # --- selection, clearing, removing -----------------------------------------------

    def selected_cells(self) -> list[QModelIndex]:
        """The selected cells in reading order (the current cell when none is)."""
        indexes = [i for i in self.selectedIndexes() if not self.isColumnHidden(i.column())]
        if not indexes and self.currentIndex().isValid():
            indexes = [self.currentIndex()]
        return sorted(indexes, key=lambda i: (i.row(), i.column()))

    def selected_records(self) -> list[Any]:
        """The records of the rows holding a selected cell, in view order."""
        rows = sorted({index.row() for index in self.selected_cells()})
        model = self.model()
        if model is None:
            return []
        found = (model.index(row, 0).data(ROW_ROLE) for row in rows)
        return [record for record in found if record is not None]

    def _request_row_removal(self) -> None:
        chosen = self.selected_records()
        if chosen:
            self.rows_delete_requested.emit(chosen)

    def clear_selection_cells(self) -> None:
        """Empty the selected editable cells (one undo step); refused ones say why."""
        model = self.model()
        cells = [index for index in self.selected_cells() if self.is_editable(index)]
        if model is None or not cells:
            return
        keys = [(record_key(index), index.column()) for index in cells]
        group = self.undo_stack is not None and len(cells) > 1
        if group and self.undo_stack is not None:
            self.undo_stack.beginMacro(self.undo_text)
        try:
            for key, column in keys:
                # a write may reload the model: find each cell again by its record
                index = self.index_of(key, column) if key is not None else QModelIndex()
                if index.isValid():
                    model.setData(index, "", Qt.ItemDataRole.EditRole)
        finally:
            if group and self.undo_stack is not None:
                self.undo_stack.endMacro()

    # --- clipboard -------------------------------------------------------------------

    def selection_block(self) -> list[list[str]]:
        """The selected cells as rows of texts; a selection of whole rows starts with headers."""
        cells = self.selected_cells()
        model = self.model()
        if not cells or model is None:
            return []
        rows = sorted({index.row() for index in cells})
        columns = sorted({index.column() for index in cells})
        chosen = {(index.row(), index.column()) for index in cells}
        block = []
        visible = [c for c in range(model.columnCount()) if not self.isColumnHidden(c)]
        if columns == visible and len(chosen) == len(rows) * len(columns):
            block.append(
                [
                    " ".join(str(model.headerData(c, Qt.Orientation.Horizontal) or "").split())
                    for c in columns
                ]
            )
        for row in rows:
            block.append(
                [
                    cell_text(model.index(row, column)) if (row, column) in chosen else ""
                    for column in columns
                ]
            )
        return block

    def copy_selection(self) -> None:
        """Copy the selection as tab-separated text and an HTML table (spreadsheets read both)."""
        block = self.selection_block()
        if not block:
            return
        mime = QMimeData()
        mime.setText(paste.to_tsv(block))
        mime.setHtml(paste.to_html(block))
        QGuiApplication.clipboard().setMimeData(mime)

    def paste_clipboard(self) -> None:
        """Parse the clipboard (HTML table first, else text) and ask the page to paste it."""
        mime = QGuiApplication.clipboard().mimeData()
        if mime is None:
            return
        html = mime.html() if mime.hasHtml() else None
        text = mime.text() if mime.hasText() else None
        block = paste.parse_clipboard(text, html)
        if block:
            self.paste_requested.emit(self.currentIndex(), block)

    # --- column widths ---------------------------------------------------------------

    def set_column_widths(
        self,
        widths: dict[int, int],
        stretch: Sequence[int] = (),
        minimum: dict[int, int] | None = None,
    ) -> None:
        """Widths in average characters; ``stretch`` columns share the spare room.

        A stretched column never gets narrower than its ``minimum`` (characters; its
        width by default): on a narrow window the table scrolls sideways rather than
        cutting names to « C… d… R… ». Every column keeps its width while rows are
        typed; only resizing the table (or the user) changes them.
        """
        header = self.horizontalHeader()
        header.setStretchLastSection(False)
        character = self.fontMetrics().averageCharWidth()
        self._natural = {column: chars * character + 16 for column, chars in widths.items()}
        minimum = minimum or {}
        self._stretch = tuple(stretch)
        self._minimum = {
            column: minimum.get(column, widths[column]) * character + 16 for column in stretch
        }
        self._fitting = True
        for column, width in self._natural.items():
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)
        self._fitting = False
        header.sectionResized.connect(self._on_section_resized)
        self._fit_columns()

    def _on_section_resized(self, _section: int, _old: int, _new: int) -> None:
        if not self._fitting and self.horizontalHeader().underMouse():
            self._user_sized = True  # the user's widths, kept from now on
            self._save_timer.start()

    def _fit_columns(self) -> None:
        if not self._stretch or self._user_sized:
            return
        model = self.model()
        if model is None:
            return
        header = self.horizontalHeader()
        shown = [c for c in range(model.columnCount()) if not self.isColumnHidden(c)]
        fixed = sum(header.sectionSize(c) for c in shown if c not in self._stretch)
        stretched = [c for c in self._stretch if c in shown]
        spare = self.viewport().width() - fixed
        natural = sum(self._natural[c] for c in stretched) or 1
        self._fitting = True
        for column in stretched:
            share = int(spare * self._natural[column] / natural)
            header.resizeSection(column, max(self._minimum[column], share))
        self._fitting = False

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_columns()

    def refit_columns(self) -> None:
        """Share the room again (after columns were shown or hidden)."""
        self._fit_columns()

    def remember_columns(self, load: Callable[[], Any], save: Callable[[Any], None]) -> None:
        """Restore the column widths the user chose, and keep them when they change."""
        state = load()
        if state is not None and self.horizontalHeader().restoreState(state):
            self._user_sized = True
        self._remember = lambda: save(self.horizontalHeader().saveState())

    def _save_columns(self) -> None:
        if self._remember is not None:
            self._remember()


def cell_text(index: QModelIndex) -> str:
    """A cell as a spreadsheet reads it back: numbers plain, dates JJ/MM/AAAA."""
    value = index.data(VALUE_ROLE)
    if value is None:
        value = index.data(Qt.ItemDataRole.DisplayRole)
    if isinstance(value, Decimal | int | float | date):
        return paste.value_text(value)
    return " ".join(str(value or "").split()) if "\n" not in str(value or "") else str(value)
