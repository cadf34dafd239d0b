"""What every window test shares."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QGuiApplication


@pytest.fixture(autouse=True)
def empty_clipboard() -> Iterator[None]:
    """Leave the clipboard empty after each test.

    With the offscreen platform, data the program put on the clipboard (a copied block of
    cells) crashes the interpreter when it exits; the desktop platforms keep it fine.
    """
    yield
    if QGuiApplication.instance() is not None:
        QGuiApplication.clipboard().clear()
