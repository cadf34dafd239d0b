"""Cells and sheet layout shared by the exported workbook and the model workbook.

Typed cells (exact ``Decimal``, real dates), text that a spreadsheet could take for a
formula kept as text, bold shaded headers, frozen header row, filters and print setup.
Works on write-only (streaming) and normal openpyxl sheets.
"""

from __future__ import annotations

import contextlib
import gc
import logging
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
PRINT_FIT_WIDTH = 260
"""Total column width (characters) above which a sheet is not shrunk to the page width."""


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


def prepare_sheet(worksheet: Any, widths: Sequence[float], *, header_rows: int = 1) -> None:
    """Column widths and frozen header rows (call before writing rows)."""
    for index, width in enumerate(widths, start=1):
        worksheet.column_dimensions[get_column_letter(index)].width = width
    worksheet.freeze_panes = f"A{header_rows + 1}"
    # printed landscape with the header rows on every page; fitted to the page width
    # unless that would shrink the text below reading size (the wide fiches sheet)
    worksheet.page_setup.orientation = "landscape"
    worksheet.page_setup.paperSize = "9"  # A4
    worksheet.print_title_rows = f"1:{header_rows}"
    if sum(widths) <= PRINT_FIT_WIDTH:
        worksheet.page_setup.fitToWidth = 1
        worksheet.page_setup.fitToHeight = 0
        worksheet.sheet_properties.pageSetUpPr.fitToPage = True


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
