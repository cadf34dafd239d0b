"""What openpyxl's fast reader keeps quiet: formulas never calculated, hidden rows.

Reading values only (``data_only``), openpyxl gives ``None`` for a formula whose file
holds no calculated value (a workbook written by a script, never opened in a
spreadsheet): an import would take it for an empty cell and clear the value in the
base. Hidden rows are read like the others, without a word. Its streaming parser is
replaced, once, by a subclass that marks the first with ``UNCALCULATED`` and lists
the second for the sheet being read (``hidden_rows``).
"""

from __future__ import annotations

import contextlib
import contextvars
from collections.abc import Iterator
from typing import Any

from openpyxl.worksheet import _read_only
from openpyxl.worksheet._reader import FORMULA_TAG, WorkSheetParser


class _Uncalculated:
    """A formula cell without its calculated value."""

    def __repr__(self) -> str:
        return "UNCALCULATED"


UNCALCULATED: Any = _Uncalculated()
UNCALCULATED_REASON = (
    "formule sans valeur calculée : ouvrez le fichier dans Excel ou LibreOffice, "
    "enregistrez-le, puis importez-le à nouveau"
)

_hidden: contextvars.ContextVar[list[int] | None] = contextvars.ContextVar(
    "ti_hidden_rows", default=None
)


class _WatchfulParser(WorkSheetParser):
    def parse_row(self, row: Any) -> Any:
        number, cells = super().parse_row(row)
        hidden = _hidden.get()
        if hidden is not None and row.get("hidden") in ("1", "true"):
            hidden.append(number)
        return number, cells

    def parse_cell(self, element: Any) -> Any:
        cell = super().parse_cell(element)
        if self.data_only and cell["value"] is None and element.find(FORMULA_TAG) is not None:
            cell["value"] = UNCALCULATED
        return cell


def install() -> None:
    """Make openpyxl's read-only worksheets use the watchful parser (idempotent)."""
    _read_only.WorkSheetParser = _WatchfulParser  # type: ignore[attr-defined]


@contextlib.contextmanager
def hidden_rows() -> Iterator[list[int]]:
    """The numbers of the hidden rows met while the block reads one sheet."""
    found: list[int] = []
    token = _hidden.set(found)
    try:
        yield found
    finally:
        _hidden.reset(token)
