"""Progress reporting and cancellation for long work (generation, import, export).

Services take an optional ``progress`` callback ``(done, total, message) -> None``.
To cancel, the callback raises ``Cancelled``; the service then stops and writes
nothing (its transaction rolls back, its temporary file is removed).
"""

from __future__ import annotations

from collections.abc import Callable

ProgressCallback = Callable[[int, int, str], None]


class Cancelled(Exception):
    """The user cancelled the work: nothing was written."""


def report(progress: ProgressCallback | None, done: int, total: int, message: str = "") -> None:
    """Call ``progress`` when one was given."""
    if progress is not None:
        progress(done, total, message)
