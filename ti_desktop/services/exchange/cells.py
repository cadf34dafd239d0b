"""Cells and sheet layout shared by the exported workbook and the model workbook.

Typed cells (exact ``Decimal``, real dates), text that a spreadsheet could take for a
formula kept as text, bold shaded headers, frozen header row, filters and print setup.
Works on write-only (streaming) and normal openpyxl sheets.

Every sheet prints the same way (``print_setup``, the Région sheets too): landscape,
fitted to the width of one page, or of as few pages as keep the text readable with the
key columns repeated on each; the header row on every page; a footer naming the sheet,
the production date and « Page n / N ».
"""

from __future__ import annotations

import contextlib
import gc
import logging
import math
import sys
import traceback
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import Cell, WriteOnlyCell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from ti_desktop.services.exchange import format as fmt

log = logging.getLogger(__name__)

HEADER_FONT = Font(bold=True)
HEADER_FILL = PatternFill("solid", fgColor="DDE7F3")
HEADER_ALIGNMENT = Alignment(vertical="center", wrap_text=True)
PAGE_CHARACTERS = {9: 165.0, 8: 240.0}
"""Column width (characters) a landscape A4 (9) or A3 (8) page prints readably (~80 %)."""
HEADER_LINE_HEIGHT = 15.0  # points per line of a wrapped header
A4_PAGES_AT_MOST = 3
"""A sheet that would print more A4 pages side by side prints on A3."""


def pages_wide(widths: Sequence[float], key_columns: int, paper: int = 9) -> int:
    """How many pages side by side print the sheet readably, key columns on each."""
    page = PAGE_CHARACTERS.get(paper, PAGE_CHARACTERS[9])
    total = sum(widths)
    if total <= page:
        return 1
    keys = sum(widths[:key_columns]) if 0 < key_columns < len(widths) else 0
    return max(1, math.ceil((total - keys) / max(page - keys, page / 3)))


def print_setup(
    worksheet: Any,
    widths: Sequence[float],
    *,
    header_row: int = 1,
    key_columns: int = 1,
    paper: int = 9,
    produced_at: datetime | None = None,
    pages: int | None = None,
) -> None:
    """Landscape, fitted to the width of ``pages_wide`` pages, titles and footer repeated.

    ``pages`` forces the number of pages side by side (a Région sheet: one).
    """
    setup = worksheet.page_setup
    setup.orientation = "landscape"
    if pages is None and pages_wide(widths, key_columns, paper) > A4_PAGES_AT_MOST:
        paper = 8  # a very wide sheet (the fiches): A3, fewer slices
    setup.paperSize = paper
    pages = pages or pages_wide(widths, key_columns, paper)
    setup.fitToWidth = pages
    setup.fitToHeight = 0  # as many pages down as the rows need
    worksheet.sheet_properties.pageSetUpPr.fitToPage = True
    worksheet.print_title_rows = f"{header_row}:{header_row}"
    if pages > 1 and key_columns > 0:
        worksheet.print_title_cols = f"A:{get_column_letter(key_columns)}"
    worksheet.print_options.gridLines = False
    worksheet.page_margins.left = worksheet.page_margins.right = 0.4
    worksheet.page_margins.top = worksheet.page_margins.bottom = 0.6
    worksheet.page_margins.footer = 0.3
    worksheet.oddFooter.left.text = "&A"
    worksheet.oddFooter.left.size = 8
    if produced_at is not None:
        worksheet.oddFooter.center.text = f"Produit le {produced_at:%d/%m/%Y}"
        worksheet.oddFooter.center.size = 8
    worksheet.oddFooter.right.text = "Page &P / &N"
    worksheet.oddFooter.right.size = 8


def header_height(headers: Sequence[str], widths: Sequence[float]) -> float:
    """Points: the header row tall enough for its longest wrapped header."""
    lines = 1
    for header, width in zip(headers, widths, strict=False):
        per_line = max(int(width) - 2, 4)
        words, line, count = header.split(), 0, 1
        for word in words:
            if line and line + 1 + len(word) > per_line:
                count, line = count + 1, len(word)
            else:
                line += len(word) + (1 if line else 0)
        lines = max(lines, count)
    return HEADER_LINE_HEIGHT * lines + 3


def make_cell(worksheet: Any, value: object, number_format: str | None = None) -> Cell:
    """A typed cell; text that looks like a formula stays text (quote prefix).

    Works for write-only and normal worksheets. ``datetime`` values are written as
    dates, ``Decimal`` as exact numbers.
    """
    if isinstance(value, datetime):
        value = value.date()
    if isinstance(value, str):
        value = value.replace("\r\n", "\n")
    cell = WriteOnlyCell(worksheet, value=value)  # type: ignore[arg-type]  # Decimal, date
    if isinstance(value, str):
        if fmt.needs_text_protection(value):
            cell.data_type = "s"
            cell.quotePrefix = True
    elif value is not None and number_format is not None:
        cell.number_format = number_format
    elif isinstance(value, date):
        cell.number_format = fmt.DATE_FORMAT
    return cell


def header_cells(worksheet: Any, headers: Iterable[str]) -> list[Cell]:
    """Bold, shaded header cells."""
    cells = []
    for header in headers:
        cell = WriteOnlyCell(worksheet, value=header)
        cell.font = HEADER_FONT
        cell.fill = HEADER_FILL
        cell.alignment = HEADER_ALIGNMENT
        cells.append(cell)
    return cells


def prepare_sheet(
    worksheet: Any,
    widths: Sequence[float],
    *,
    header_rows: int = 1,
    headers: Sequence[str] = (),
    key_columns: int = 1,
    produced_at: datetime | None = None,
) -> None:
    """Column widths, frozen header rows and print setup (call before writing rows)."""
    for index, width in enumerate(widths, start=1):
        worksheet.column_dimensions[get_column_letter(index)].width = width
    worksheet.freeze_panes = f"A{header_rows + 1}"
    if headers:
        worksheet.row_dimensions[header_rows].height = header_height(headers, widths)
    print_setup(
        worksheet,
        widths,
        header_row=header_rows,
        key_columns=key_columns,
        produced_at=produced_at,
    )


def declare_dimension(worksheet: Any, columns: int, rows: int) -> None:
    """Announce the sheet's size in ``<dimension>`` (before the first row is written).

    A write-only sheet otherwise omits it, and readers such as openpyxl's read-only
    mode then parse the whole sheet once more just to find its size.
    """
    reference = f"A1:{get_column_letter(max(columns, 1))}{max(rows, 1)}"
    worksheet.calculate_dimension = lambda: reference


def finish_sheet(worksheet: Any, columns: int, last_row: int, *, header_row: int = 1) -> None:
    """Autofilter over the header row and the data (call after writing rows)."""
    end = max(last_row, header_row + 1)
    worksheet.auto_filter.ref = f"A{header_row}:{get_column_letter(columns)}{end}"


def discard_workbook(workbook: Workbook, failure: BaseException | None = None) -> None:
    """Close an unsaved write-only workbook and remove its temporary sheet files.

    ``failure``, the error that stopped the save (a full disk, a read-only folder),
    still holds openpyxl's half-written zip and sheet writers in its frames: they are
    released here, their complaints logged, instead of printing « Exception ignored »
    tracebacks when the error is finally dropped.
    """
    previous_hook = sys.unraisablehook
    sys.unraisablehook = _log_unraisable
    try:
        for worksheet in workbook.worksheets:
            close = getattr(worksheet, "close", None)
            if close is None or worksheet.closed:
                continue
            with contextlib.suppress(Exception):  # a sheet half-written by a failed save
                close()
            writer = getattr(worksheet, "_writer", None)
            if writer is not None:
                Path(writer.out).unlink(missing_ok=True)
        for _link in range(8):  # the error, its cause, the cause's cause...
            if failure is None:
                break
            traceback.clear_frames(failure.__traceback__)
            failure = failure.__cause__ or failure.__context__
        gc.collect()
    finally:
        sys.unraisablehook = previous_hook


def _log_unraisable(unraisable: Any) -> None:
    log.info("Classeur abandonné : %s", unraisable.exc_value)
