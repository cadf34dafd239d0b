"""Cell editors of the record tables: texts, amounts, dates and choices, checked before commit.

Every delegate here derives from ``CellDelegate``: when the user presses Tab, Enter
or Shift+Tab in a cell, the typed text is read with the field table first
(``fields.read_value``); a text it refuses keeps the editor open, marked, and emits
``refused(message)`` with the same sentence an import reports, so nothing is written
and nothing typed is lost. A choice commits as soon as it is picked from its list.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QStringListModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QApplication,
    QComboBox,
    QCompleter,
    QLineEdit,
    QMessageBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from ti_desktop.gui.widgets.date_line_edit import DATE_FIELD, INVALID_STYLE, DateLineEdit
from ti_desktop.services.edits.fiches import Choice, find_financer
from ti_desktop.services.fields import Field, FieldValueError, Kind, read_value
from ti_desktop.services.french_format import format_date_short

_Index = QModelIndex | QPersistentModelIndex
_COMMIT_KEYS = (Qt.Key.Key_Tab, Qt.Key.Key_Backtab, Qt.Key.Key_Return, Qt.Key.Key_Enter)
_NUMBER_KINDS = (Kind.MONEY, Kind.QUANTITY, Kind.INTEGER)


# --- base ----------------------------------------------------------------------------


class CellDelegate(QStyledItemDelegate):
    """Checks a line editor's text with ``field`` before the cell is committed.

    Subclasses create the editor; a ``QLineEdit`` editor is checked, a combo is not
    (its items are the valid values). ``completions`` (a string list model) is offered
    while typing in a text cell: values the base already holds.
    """

    refused = Signal(str)
    """The field table's sentence for a text that was not committed."""

    def __init__(
        self,
        field: Field | None = None,
        parent: QObject | None = None,
        *,
        completions: QStringListModel | None = None,
    ) -> None:
        super().__init__(parent)
        self.field = field
        self.completions = completions

    def problem(self, editor: QWidget) -> FieldValueError | None:
        """Why the editor's text cannot be written (None: it can)."""
        if self.field is None or not isinstance(editor, QLineEdit):
            return None
        if self.field.kind is Kind.CHOICE and self.field.is_reference:
            return None  # a list of the database: the model resolves the label
        try:
            read_value(self.field, editor.text())
        except FieldValueError as exc:
            return exc
        return None

    def watch_completer(self, editor: QWidget, completer: QCompleter) -> None:
        """Tab or Enter while the completion list is open commits the cell too."""
        popup = completer.popup()
        if popup is None:
            return
        popup.setProperty("ti_cell_editor", editor)
        popup.installEventFilter(self)  # runs before the completer's own filter

    def _popup_key(self, popup: QWidget, event: QKeyEvent) -> bool:
        editor = popup.property("ti_cell_editor")
        if not isinstance(editor, QWidget) or event.key() not in _COMMIT_KEYS:
            return False
        completer = editor.completer() if isinstance(editor, QLineEdit | QComboBox) else None
        listed = completer.popup() if completer is not None else None
        current = listed.currentIndex() if listed is not None else None
        if completer is not None and current is not None and current.isValid():
            text = str(current.data())
            if isinstance(editor, QLineEdit):
                editor.setText(text)
            completer.activated.emit(text)
        problem = self.problem(editor)
        if problem is not None:
            self._hide_list(popup, editor)
            _mark(editor, problem)
            self.refused.emit(problem.message)
            return True
        hints = {
            Qt.Key.Key_Tab: QAbstractItemDelegate.EndEditHint.EditNextItem,
            Qt.Key.Key_Backtab: QAbstractItemDelegate.EndEditHint.EditPreviousItem,
        }
        hint = hints.get(Qt.Key(event.key()), QAbstractItemDelegate.EndEditHint.SubmitModelCache)
        # Committed and closed before the list goes: its closing moves the focus, and a
        # focus-out would commit the editor a second time.
        editor.removeEventFilter(self)
        self.commitData.emit(editor)
        self.closeEditor.emit(editor, hint)
        self._hide_list(popup, editor)
        return True

    @staticmethod
    def _hide_list(popup: QWidget, editor: QWidget) -> None:
        popup.hide()
        if QApplication.activeWindow() is popup:  # some platforms leave the list active
            editor.window().activateWindow()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(watched, QWidget) and watched.property("ti_cell_editor") is not None:
            # A completion list: only its commit keys matter here (Qt's own filter
            # would take the list's hiding, a window, for an editor to commit).
            if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
                return self._popup_key(watched, event)
            return False
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in _COMMIT_KEYS
            and isinstance(watched, QWidget)
        ):
            problem = self.problem(watched)
            if problem is not None:
                _mark(watched, problem)
                self.refused.emit(problem.message)
                return True  # the editor stays open with what was typed
        return super().eventFilter(watched, event)

    def _line_editor(self, parent: QWidget) -> QLineEdit:
        field = self.field
        editor: QLineEdit = (
            DateLineEdit(parent, field)
            if field is not None and field.kind is Kind.DATE
            else QLineEdit(parent)
        )
        editor.setFrame(False)
        if field is not None and field.max_length is not None and field.kind is not Kind.DATE:
            editor.setMaxLength(field.max_length)
        if field is not None and field.kind in _NUMBER_KINDS:
            editor.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if self.completions is not None:
            self.complete_with(editor, self.completions)
        return editor

    def complete_with(self, editor: QLineEdit, texts: QAbstractItemModel) -> QCompleter:
        """Propose ``texts`` while typing in the cell (contains, ignoring case)."""
        completer = QCompleter(texts, editor)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        editor.setCompleter(completer)
        self.watch_completer(editor, completer)
        return completer

    def setEditorData(self, editor: QWidget, index: _Index) -> None:
        if isinstance(editor, QLineEdit):
            if editor.isModified():
                return  # the user is typing: a reload must not take the text away
            value = index.data(Qt.ItemDataRole.EditRole)
            editor.setText(_as_text(value))
            editor.selectAll()
            return
        super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: _Index) -> None:
        if isinstance(editor, QLineEdit):
            model.setData(index, editor.text(), Qt.ItemDataRole.EditRole)
            return
        super().setModelData(editor, model, index)


def _as_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, date):
        return format_date_short(value)
    return str(value)


def _mark(editor: QWidget, problem: FieldValueError) -> None:
    if isinstance(editor, DateLineEdit):
        editor.set_problem(problem)
    elif isinstance(editor, QLineEdit):
        editor.setStyleSheet(INVALID_STYLE)
        editor.setToolTip(problem.message)


# --- texts, amounts, dates -------------------------------------------------------------


class TextDelegate(CellDelegate):
    """A one-line text, number or e-mail cell, checked by its field."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: _Index) -> QWidget:
        return self._line_editor(parent)


class AmountDelegate(TextDelegate):
    """Edits an amount as French text ("1 234 567,89 €"); the field table reads it."""

    def __init__(self, parent: QObject | None = None, field: Field | None = None) -> None:
        from ti_desktop.services.fields import LIGNE_FINANCEMENT

        super().__init__(field or LIGNE_FINANCEMENT["montant"], parent)

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: _Index) -> QWidget:
        editor = self._line_editor(parent)
        editor.setPlaceholderText(self.tr("ex. 1 234 567,89"))
        return editor


class DateDelegate(TextDelegate):
    """A date cell typed as text (see ``DateLineEdit``): never rewritten, checked."""

    def __init__(self, parent: QObject | None = None, field: Field = DATE_FIELD) -> None:
        super().__init__(field, parent)


# --- choices -------------------------------------------------------------------------


class ChoiceCombo(QComboBox):
    """A cell's drop-down that commits the item picked from its list at once."""

    picked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._listed = False
        self.activated.connect(self._on_activated)

    def showPopup(self) -> None:
        self._listed = True
        super().showPopup()

    def _on_activated(self, _index: int) -> None:
        # Chosen in the list (mouse or Enter): commit. Arrow keys on the closed list
        # only move; Tab or Enter commits them like any cell.
        if self._listed:
            self._listed = False
            self.picked.emit()


class _ComboDelegate(CellDelegate):
    def _combo(self, parent: QWidget) -> ChoiceCombo:
        editor = ChoiceCombo(parent)
        editor.setFrame(False)
        editor.picked.connect(lambda: self._commit_now(editor))
        return editor

    def _commit_now(self, editor: QWidget) -> None:
        self.commitData.emit(editor)
        self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.NoHint)


class ChoiceDelegate(_ComboDelegate):
    """A drop-down list of records (status, progress, axis); the model receives the id."""

    def __init__(
        self,
        choices: Sequence[Choice] = (),
        parent: QObject | None = None,
        *,
        empty_label: str | None = None,
    ) -> None:
        super().__init__(None, parent)
        self.choices: tuple[Choice, ...] = tuple(choices)
        self.empty_label = empty_label

    def set_choices(self, choices: Sequence[Choice]) -> None:
        self.choices = tuple(choices)

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: _Index) -> QWidget:
        editor = self._combo(parent)
        if self.empty_label is not None:
            editor.addItem(self.empty_label, "")
        for choice in self.choices:
            editor.addItem(choice.libelle, str(choice.id))
        return editor

    def setEditorData(self, editor: QWidget, index: _Index) -> None:
        assert isinstance(editor, QComboBox)
        value = index.data(Qt.ItemDataRole.EditRole)
        position = (
            editor.findData(str(value))
            if isinstance(value, uuid.UUID)
            else editor.findText(str(value or ""))
        )
        editor.setCurrentIndex(max(position, 0))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: _Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, combo_uuid(editor), Qt.ItemDataRole.EditRole)


class TextChoiceDelegate(_ComboDelegate):
    """A drop-down of fixed texts (a signatory's civilité); the model receives the text."""

    def __init__(self, choices: Sequence[str], parent: QObject | None = None) -> None:
        super().__init__(None, parent)
        self.choices = tuple(choices)

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: _Index) -> QWidget:
        editor = self._combo(parent)
        editor.addItems(list(self.choices))
        return editor

    def setEditorData(self, editor: QWidget, index: _Index) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(editor.findText(str(index.data(Qt.ItemDataRole.EditRole))), 0))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: _Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentText(), Qt.ItemDataRole.EditRole)


def ask_add_financer(parent: QWidget | None, label: str) -> bool:
    """Ask whether an unknown financer goes into the reference list."""
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("FinancerDelegate", "Nouveau financeur"),
        QCoreApplication.translate(
            "FinancerDelegate", "« {0} » n'est pas dans la liste des financeurs. L'y ajouter ?"
        ).format(label),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.Yes,
    )
    return answer == QMessageBox.StandardButton.Yes


class FinancerDelegate(_ComboDelegate):
    """Editable financer combo: pick from the list or type a new name.

    A name not in the list is passed to the model as text only when ``confirm``
    accepts it; the model then asks for the financer to be added.
    """

    def __init__(
        self,
        choices: Sequence[Choice] = (),
        parent: QObject | None = None,
        confirm: Callable[[QWidget | None, str], bool] = ask_add_financer,
    ) -> None:
        super().__init__(None, parent)
        self.choices: tuple[Choice, ...] = tuple(choices)
        self.confirm = confirm

    def set_choices(self, choices: Sequence[Choice]) -> None:
        self.choices = tuple(choices)

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: _Index) -> QWidget:
        editor = self._combo(parent)
        editor.setEditable(True)
        editor.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for choice in self.choices:
            editor.addItem(choice.libelle, str(choice.id))
        completer = editor.completer()
        if completer is not None:
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            self.watch_completer(editor, completer)
        return editor

    def setEditorData(self, editor: QWidget, index: _Index) -> None:
        assert isinstance(editor, QComboBox)
        line = editor.lineEdit()
        if line is not None and line.isModified():
            return
        text = str(index.data(Qt.ItemDataRole.EditRole) or "")
        position = editor.findText(text)
        if position >= 0:
            editor.setCurrentIndex(position)
        else:
            editor.setEditText(text)
        if line is not None:
            line.selectAll()

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: _Index) -> None:
        assert isinstance(editor, QComboBox)
        text = " ".join(editor.currentText().split())
        if not text:
            return
        known = find_financer(self.choices, text)
        if known is not None:
            model.setData(index, known.id, Qt.ItemDataRole.EditRole)
        elif self.confirm(editor.window(), text):
            model.setData(index, text, Qt.ItemDataRole.EditRole)


def combo_select_data(combo: QComboBox, value: Any) -> None:
    """Select the item holding ``value`` (the first item when absent), without signals."""
    blocked = combo.blockSignals(True)
    position = combo.findData(str(value) if isinstance(value, uuid.UUID) else value)
    combo.setCurrentIndex(position if position >= 0 else 0)
    combo.blockSignals(blocked)


def combo_uuid(combo: QComboBox) -> uuid.UUID | None:
    """The record id held by the selected item (items store ids as text)."""
    data = combo.currentData()
    return uuid.UUID(data) if isinstance(data, str) and data else None
