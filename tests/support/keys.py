"""Typing real keys, accented letters included, where the focus is (not a test module).

Each character goes to the widget that has the focus when it is typed, as on a real
keyboard: the first key typed on a table cell opens its editor, the next ones land
in it. ``QTest.keyClicks`` maps each character to a key code and stops on letters
outside ASCII (« é », « ô », the euro sign); such a character is sent as the key
event a French keyboard produces for it: no key code, the character as its text.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget


def focus_widget() -> QWidget:
    """The widget receiving the keys."""
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def type_text(text: str, widget: QWidget | None = None) -> None:
    """Press and release one key per character (on ``widget``, else where the focus is)."""
    for char in text:
        target = widget or focus_widget()
        if char.isascii() and char.isprintable():
            QTest.keyClick(target, char)
        else:
            no_modifier = Qt.KeyboardModifier.NoModifier
            QTest.sendKeyEvent(QTest.KeyAction.Click, target, Qt.Key.Key_unknown, char, no_modifier)


def press(*keys: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    """Press keys (Tab, Enter, Ctrl+V…) where the focus is, one after the other."""
    for key in keys:
        QTest.keyClick(focus_widget(), key, modifier)


UNDER_TEST: list[QWidget] = []
"""The window a test types into (its fixture sets it): ``settle`` gives it the keyboard back."""


def settle(rounds: int = 4) -> None:
    """Handle the pending events; offscreen, re-activate the window under test.

    The offscreen platform leaves a closed completion list or dialog as the active
    window (a desktop gives the activation back to the window below): keys and
    shortcuts would then go nowhere.
    """
    for _ in range(rounds):
        QApplication.processEvents()
        active = QApplication.activeWindow()
        if UNDER_TEST and (active is None or not active.isVisible()):
            UNDER_TEST[-1].activateWindow()
