"""Small helpers shared by the territory and signatory pages."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QLineEdit, QMessageBox, QPlainTextEdit, QWidget

from ti_desktop.errors import UserFacingError
from ti_desktop.gui.error_dialogs import show_user_error


def show_error(parent: QWidget | None, error: UserFacingError | str) -> QMessageBox:
    """A plain, non-blocking warning for something the user can fix."""
    exc = error if isinstance(error, UserFacingError) else UserFacingError(error)
    return show_user_error(parent, exc)


def set_line_text(edit: QLineEdit, text: str) -> None:
    """Show ``text`` without a signal, keeping the cursor where it was when unchanged."""
    if edit.text() == text:
        return
    cursor = edit.cursorPosition()
    was_blocked = edit.blockSignals(True)
    edit.setText(text)
    edit.setCursorPosition(min(cursor, len(text)))
    edit.blockSignals(was_blocked)


def set_plain_text(edit: QPlainTextEdit, text: str) -> None:
    """Like ``set_line_text`` for a multi-line field (keeps cursor and scroll position)."""
    if edit.toPlainText() == text:
        return
    cursor = edit.textCursor().position()
    scroll = edit.verticalScrollBar().value()
    was_blocked = edit.blockSignals(True)
    edit.setPlainText(text)
    text_cursor = edit.textCursor()
    text_cursor.setPosition(min(cursor, len(text)))
    edit.setTextCursor(text_cursor)
    edit.verticalScrollBar().setValue(scroll)
    edit.blockSignals(was_blocked)


class FocusOutFilter(QObject):
    """Calls ``on_focus_out(widget)`` when a watched multi-line field loses focus.

    ``QPlainTextEdit`` has no ``editingFinished``; leaving the field commits it.
    """

    def __init__(self, on_focus_out: Callable[[QPlainTextEdit], None], parent: QObject) -> None:
        super().__init__(parent)
        self._on_focus_out = on_focus_out

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut and isinstance(watched, QPlainTextEdit):
            self._on_focus_out(watched)
        return False
