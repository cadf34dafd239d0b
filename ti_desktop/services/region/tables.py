"""A Région sheet as a styled table: title, production line, header row, typed rows.

Works on a normal or a ``write_only`` openpyxl sheet: everything a streaming sheet
writes at its top (column widths, frozen panes) is set before the first row. Values
are written as values, never formulas, and every text cell a spreadsheet could read as
a formula is stored as text with a quote prefix.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from enum import Enum
from typing import Any

from openpyxl.cell import Cell, WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from ti_desktop import APP_NAME
from ti_desktop.services.exchange.cells import print_setup
from ti_desktop.services.exchange.format import (
    DATE_FORMAT,
    EURO_FORMAT,
    EURO_ROUND_FORMAT,
    PERCENT_FORMAT,
    needs_text_protection,
)

PRODUCED_FORMAT = '"Produit le "DD/MM/YYYY" à "HH:MM'
_PRODUCED_WIDTH = 32  # column A shows the production date: a number never spills over
COUNT_FORMAT = "0"
HEADER_ROW = 3  # row 1: title, row 2: production date and version
FIRST_DATA_ROW = HEADER_ROW + 1

_TITLE_FONT = Font(bold=True, size=14)
_BOLD = Font(bold=True)
_ITALIC = Font(italic=True, color="555555")
_HEADER_FILL = PatternFill("solid", fgColor="DCE6F1")
_TOTAL_FILL = PatternFill("solid", fgColor="F2F2F2")
_WARNING_FILL = PatternFill("solid", fgColor="FCE4D6")
_HEADER_BORDER = Border(bottom=Side(style="thin", color="4F81BD"))
_TOTAL_BORDER = Border(top=Side(style="thin", color="808080"))
_HEADER_ALIGNMENT = Alignment(wrap_text=True, vertical="bottom", horizontal="center")
_ROTATED_HEADER = Alignment(text_rotation=90, vertical="bottom", horizontal="center")

# ``Worksheet`` or ``WriteOnlyWorksheet``: the stubs miss the attributes a streaming sheet
# gets at run time (page setup, dimensions, filters), so both are typed loosely.
SheetType = Any


class Kind(Enum):
    """How a column's cells are typed and formatted."""

    TEXT = "texte"
    COUNT = "nombre"
    EURO = "euros"
    EURO_CENTS = "euros et centimes"  # an amount that may be a few cents (over-financing)
    PERCENT = "pourcentage"
    DATE = "date"


_FORMATS = {
    Kind.COUNT: COUNT_FORMAT,
    Kind.EURO: EURO_ROUND_FORMAT,
    Kind.EURO_CENTS: EURO_FORMAT,
    Kind.PERCENT: PERCENT_FORMAT,
    Kind.DATE: DATE_FORMAT,
}
_MIN_WIDTHS = {
    Kind.COUNT: 6, Kind.EURO: 11, Kind.EURO_CENTS: 12, Kind.PERCENT: 8, Kind.DATE: 11,
    Kind.TEXT: 8,
}  # fmt: skip
ROTATED_POINTS_PER_CHARACTER = 7.5
"""Height of a bold header character written upwards (LibreOffice's fonts are wider)."""


@dataclass(frozen=True)
class Column:
    """A column of a Région sheet: header, typing, and the widest it may grow to fit."""

    header: str
    kind: Kind = Kind.TEXT
    max_width: float = 40
    rotated: bool = False  # narrow count columns: the header reads bottom to top
    warn_if_positive: bool = False  # e.g. over-financing: shaded so it is not missed


_ILLEGAL = ILLEGAL_CHARACTERS_RE.search


def text_cell(sheet: SheetType, text: str, font: Font | None = None) -> Cell:
    """A cell holding ``text`` as text, even when it looks like a formula."""
    cleaned = ILLEGAL_CHARACTERS_RE.sub("", text)
    cell = WriteOnlyCell(sheet)
    cell.value = cleaned
    if needs_text_protection(cleaned):
        # openpyxl takes "=…" for a formula: force a string, and let Excel know too.
        cell.data_type = "s"
        cell.quotePrefix = True
    if font is not None:
        cell.font = font
    return cell


_Prototypes = dict[tuple[int, bool, bool], Cell]
"""Styled number cells of a streaming sheet, by (column index, bold, warning), reused."""


def _cell(
    sheet: SheetType,
    value: object,
    column: Column,
    font: Font | None,
    reusable: tuple[_Prototypes, int] | None = None,
) -> object:
    """A styled cell, or the bare value when it needs no style (much faster to stream).

    With ``reusable`` (a write-only sheet, which serialises each row as it is appended),
    number cells come from one prepared cell per column and style instead of a new one:
    styling a fresh cell is the slow part.
    """
    if value is None or value == "":
        if font is None:
            return None
        cell = WriteOnlyCell(sheet)
        cell.font = font
        return cell
    if column.kind == Kind.TEXT or isinstance(value, str):
        text = str(value)
        if font is None and not needs_text_protection(text) and not _ILLEGAL(text):
            return text
        return text_cell(sheet, text, font)
    if column.kind == Kind.COUNT and font is None and not column.warn_if_positive:
        return value  # an integer in General format reads the same as in "0"
    warn = column.warn_if_positive and isinstance(value, Decimal | int) and value > 0
    if reusable is not None:
        prototypes, index = reusable
        key = (index, font is not None, warn)
        reused = prototypes.get(key)
        if reused is None:
            reused = prototypes[key] = _styled_number(sheet, None, column, font, warn)
        reused.value = value  # type: ignore[assignment]  # Decimal, date
        return reused
    return _styled_number(sheet, value, column, font, warn)


def _styled_number(
    sheet: SheetType, value: object, column: Column, font: Font | None, warn: bool
) -> Cell:
    cell = WriteOnlyCell(sheet, value=value)  # type: ignore[arg-type]  # Decimal, date
    cell.number_format = _FORMATS[column.kind]
    if warn:
        cell.fill = _WARNING_FILL
    if font is not None:
        cell.font = font
    return cell


def _display_width(value: object, kind: Kind) -> float:
    if value is None:
        return 0
    if kind in (Kind.EURO, Kind.EURO_CENTS) and isinstance(value, Decimal):
        digits = len(str(abs(int(value))))
        return digits + (digits - 1) // 3 + (6 if kind == Kind.EURO_CENTS else 3)
    if kind == Kind.PERCENT:
        return 7
    if kind == Kind.DATE:
        return 11
    return len(str(value))


@dataclass
class Table:
    """One Région sheet: a title, the production line, a header row and typed rows."""

    title: str
    columns: list[Column]
    rows: list[list[object]]
    bold_rows: frozenset[int] = frozenset()  # indexes in ``rows`` shown in bold
    totals: list[object] | None = None  # below the filtered rows, in bold
    frozen_columns: int = 1
    paper_size: int = 9  # A4; the wide Synthèse asks for A3 (8) to stay readable on paper

    def widths(self) -> list[float]:
        result = []
        for index, column in enumerate(self.columns):
            header_words = 0 if column.rotated else max(len(w) for w in column.header.split())
            values = [row[index] for row in self.rows]
            if self.totals is not None:
                values.append(self.totals[index])
            longest = max((_display_width(v, column.kind) for v in values), default=0)
            if column.kind == Kind.TEXT and (self.bold_rows or self.totals is not None):
                longest *= 1.1  # bold letters are wider
            minimum = 4 if column.rotated else _MIN_WIDTHS[column.kind]
            if index == 0:
                minimum = max(minimum, _PRODUCED_WIDTH)
            wanted = max(longest, header_words, minimum)
            result.append(min(wanted, column.max_width) + 1.5)
        return result

    def header_height(self, widths: Sequence[float]) -> float:
        """Points: tall enough for rotated headers, or for headers on two or three lines."""
        rotated = [len(c.header) for c in self.columns if c.rotated]
        if rotated:
            return ROTATED_POINTS_PER_CHARACTER * max(rotated) + 14
        lines = max(
            len(c.header) // max(int(width) - 1, 1) + 1
            for c, width in zip(self.columns, widths, strict=True)
        )
        return 15.0 * min(max(lines, 1), 3) + 2

    @property
    def last_row(self) -> int:
        return HEADER_ROW + len(self.rows)


def _prepare(sheet: SheetType, table: Table, produced_at: datetime | None = None) -> None:
    """Everything a streaming sheet writes before its rows, plus print settings."""
    widths = table.widths()
    for index, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    sheet.row_dimensions[HEADER_ROW].height = table.header_height(widths)
    sheet.freeze_panes = f"{get_column_letter(table.frozen_columns + 1)}{FIRST_DATA_ROW}"
    last_column = get_column_letter(len(table.columns))
    sheet.auto_filter.ref = f"A{HEADER_ROW}:{last_column}{max(table.last_row, FIRST_DATA_ROW)}"
    # a Région sheet fits one page wide (the wide Synthèse on A3)
    print_setup(
        sheet,
        widths,
        pages=1,
        header_row=HEADER_ROW,
        key_columns=table.frozen_columns,
        paper=table.paper_size,
        produced_at=produced_at,
    )
    if isinstance(sheet, WriteOnlyWorksheet):
        # A streaming sheet leaves <dimension> out; readers then scan it twice to size it.
        rows = table.last_row + (1 if table.totals is not None else 0)
        reference = f"A1:{last_column}{rows}"
        sheet.calculate_dimension = lambda: reference  # type: ignore[attr-defined]


def write_table(sheet: SheetType, table: Table, produced_at: datetime, version: str) -> None:
    """Write ``table`` on ``sheet``: title, production line, header, rows, totals."""
    _prepare(sheet, table, produced_at)
    sheet.append([text_cell(sheet, table.title, _TITLE_FONT)])
    # A real date cell whose format carries the words, so it reads as a sentence.
    produced = WriteOnlyCell(sheet, value=produced_at.replace(microsecond=0, tzinfo=None))
    produced.number_format = PRODUCED_FORMAT
    produced.font = _ITALIC
    produced.alignment = Alignment(horizontal="left")
    sheet.append([produced, text_cell(sheet, f"par {APP_NAME} {version}", _ITALIC)])
    header = []
    for column in table.columns:
        cell = text_cell(sheet, column.header, _BOLD)
        cell.fill = _HEADER_FILL
        cell.border = _HEADER_BORDER
        cell.alignment = _ROTATED_HEADER if column.rotated else _HEADER_ALIGNMENT
        header.append(cell)
    sheet.append(header)
    prototypes: _Prototypes = {}
    streaming = isinstance(sheet, WriteOnlyWorksheet)  # a normal sheet keeps its cells
    for index, row in enumerate(table.rows):
        font = _BOLD if index in table.bold_rows else None
        sheet.append(
            [
                _cell(sheet, value, column, font, (prototypes, position) if streaming else None)
                for position, (value, column) in enumerate(zip(row, table.columns, strict=True))
            ]
        )
    if table.totals is not None:
        cells = []
        for value, column in zip(table.totals, table.columns, strict=True):
            styled = _cell(sheet, value, column, _BOLD)
            assert isinstance(styled, Cell)  # a font always gives a styled cell
            cell = styled
            cell.fill = _TOTAL_FILL
            cell.border = _TOTAL_BORDER
            cells.append(cell)
        sheet.append(cells)
