"""Item delegates and small editors: French amounts, clearable dates, choice combos."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QDate,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDateEdit,
    QLineEdit,
    QMessageBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from ti_desktop.services.edits.fiches import Choice, find_financer

_Index = QModelIndex | QPersistentModelIndex
EMPTY_DATE = QDate(1900, 1, 1)
"""Minimum of every date editor; shown as an empty field (no date)."""


# --- dates ---------------------------------------------------------------------------


class _ClearDateFilter(QObject):
    """Delete empties a date field (no date); so does Backspace on a fully selected date."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and isinstance(watched, QDateEdit)
            and event.modifiers() == Qt.KeyboardModifier.NoModifier
        ):
            line = watched.lineEdit()
            whole = bool(line.selectedText()) and line.selectedText() == line.text()
            if event.key() == Qt.Key.Key_Delete or (event.key() == Qt.Key.Key_Backspace and whole):
                watched.setDate(watched.minimumDate())
                return True
        return False


def configure_date_edit(edit: QDateEdit) -> None:
    """French JJ/MM/AAAA date field with a calendar popup, which can be left empty."""
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd/MM/yyyy")
    edit.setMinimumDate(EMPTY_DATE)
    edit.setSpecialValueText(" ")
    edit.setToolTip(edit.tr("JJ/MM/AAAA — Suppr pour effacer la date"))
    filter_ = _ClearDateFilter(edit)
    edit.installEventFilter(filter_)
    calendar = edit.calendarWidget()
    if calendar is not None:
        calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)


def date_edit_value(edit: QDateEdit) -> date | None:
    """The date shown, or None when the field is empty."""
    value = edit.date()
    if value == edit.minimumDate():
        return None
    return date(value.year(), value.month(), value.day())


def set_date_edit_value(edit: QDateEdit, value: date | None) -> None:
    """Show ``value`` (or an empty field for None), without signals."""
    blocked = edit.blockSignals(True)
    edit.setDate(EMPTY_DATE if value is None else QDate(value.year, value.month, value.day))
    edit.blockSignals(blocked)


def open_calendar_on(edit: QDateEdit) -> None:
    """When an empty date opens its calendar, show today rather than 1900."""
    calendar = edit.calendarWidget()
    if calendar is not None and edit.date() == edit.minimumDate():
        calendar.setSelectedDate(QDate.currentDate())


class DateDelegate(QStyledItemDelegate):
    """A clearable French date editor for cells holding ``date | None``."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: _Index) -> QWidget:
        editor = QDateEdit(parent)
        configure_date_edit(editor)
        return editor

    def setEditorData(self, editor: QWidget, index: _Index) -> None:
        assert isinstance(editor, QDateEdit)
        value = index.data(Qt.ItemDataRole.EditRole)
        set_date_edit_value(editor, value if isinstance(value, date) else None)
        if value is None:
            open_calendar_on(editor)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: _Index) -> None:
        assert isinstance(editor, QDateEdit)
        model.setData(index, date_edit_value(editor), Qt.ItemDataRole.EditRole)


# --- amounts -------------------------------------------------------------------------


class AmountDelegate(QStyledItemDelegate):
    """Edits an amount as French text ("1 234 567,89 €"); the model parses and checks it."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: _Index) -> QWidget:
        editor = QLineEdit(parent)
        editor.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        editor.setPlaceholderText(self.tr("ex. 1 234 567,89"))
        return editor

    def setEditorData(self, editor: QWidget, index: _Index) -> None:
        assert isinstance(editor, QLineEdit)
        editor.setText(str(index.data(Qt.ItemDataRole.EditRole) or ""))
        editor.selectAll()

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: _Index) -> None:
        assert isinstance(editor, QLineEdit)
        model.setData(index, editor.text(), Qt.ItemDataRole.EditRole)


# --- choices -------------------------------------------------------------------------


class ChoiceDelegate(QStyledItemDelegate):
    """A drop-down list of records (status, progress); the model receives the record id."""

    def __init__(self, choices: Sequence[Choice] = (), parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.choices: tuple[Choice, ...] = tuple(choices)

    def set_choices(self, choices: Sequence[Choice]) -> None:
        self.choices = tuple(choices)

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: _Index) -> QWidget:
        editor = QComboBox(parent)
        for choice in self.choices:
            editor.addItem(choice.libelle, str(choice.id))
        return editor

    def setEditorData(self, editor: QWidget, index: _Index) -> None:
        assert isinstance(editor, QComboBox)
        value = index.data(Qt.ItemDataRole.EditRole)
        position = (
            editor.findData(str(value))
            if isinstance(value, uuid.UUID)
            else editor.findText(str(value))
        )
        editor.setCurrentIndex(max(position, 0))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: _Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, combo_uuid(editor), Qt.ItemDataRole.EditRole)


class TextChoiceDelegate(QStyledItemDelegate):
    """A drop-down of fixed texts (a signatory's civilité); the model receives the text."""

    def __init__(self, choices: Sequence[str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.choices = tuple(choices)

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: _Index) -> QWidget:
        editor = QComboBox(parent)
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


class FinancerDelegate(QStyledItemDelegate):
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
        super().__init__(parent)
        self.choices: tuple[Choice, ...] = tuple(choices)
        self.confirm = confirm

    def set_choices(self, choices: Sequence[Choice]) -> None:
        self.choices = tuple(choices)

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: _Index) -> QWidget:
        editor = QComboBox(parent)
        editor.setEditable(True)
        editor.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for choice in self.choices:
            editor.addItem(choice.libelle, str(choice.id))
        completer = editor.completer()
        if completer is not None:
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
        return editor

    def setEditorData(self, editor: QWidget, index: _Index) -> None:
        assert isinstance(editor, QComboBox)
        text = str(index.data(Qt.ItemDataRole.EditRole) or "")
        position = editor.findText(text)
        if position >= 0:
            editor.setCurrentIndex(position)
        else:
            editor.setEditText(text)

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
