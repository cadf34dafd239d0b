"""Work around a reference-count bug of PySide6 6.12 on Python 3.11.

PySide6 6.12 returns the ``None``/``True``/``False`` singletons without taking a
reference: every call of a ``void`` Qt method (``setValue``, ``setText``...), every
``SignalInstance.emit()`` and every failed ``disconnect()`` lowers their reference
count by one, and after a few thousand calls Python aborts with "none_dealloc:
deallocating None" or "bool_dealloc". Python 3.12+ makes these singletons immortal,
so the bug is harmless there. On older Pythons we raise their count once by a margin
no session can use up; the singletons are never freed anyway, so an excess
reference costs nothing. Call ``pin_singleton_refcounts()`` before creating widgets.
"""

from __future__ import annotations

import ctypes
import sys

_MARGIN = 1 << 40
_pinned = False


def pin_singleton_refcounts() -> None:
    """Make ``None``, ``True`` and ``False`` survive the lost references (idempotent)."""
    global _pinned
    if _pinned or sys.version_info >= (3, 12):
        return
    for singleton in (None, True, False):
        ctypes.c_ssize_t.from_address(id(singleton)).value += _MARGIN
    _pinned = True
