"""Read an OpenDocument spreadsheet (``.ods``): every sheet's rows as typed cells.

The archive is checked by the guard first (sizes, zip bomb), then ``content.xml`` is
parsed with defusedxml (no DTD, no entities) as a stream, each row dropped once read.
Cells are typed by their ``office:value-type``: numbers, currencies and percentages
become exact ``Decimal`` (from the stored value, not the shown text), dates ``date``
or ``datetime``, booleans ``bool``, text ``str`` with its paragraphs on separate
lines. Repeated rows and columns are expanded only when they hold something (a
sheet ends with a million repeated empty rows), merged cells leave their covered
cells empty, hidden or filtered rows are marked, and a formula without a stored
value is ``Unreadable`` rather than empty.
"""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any
from xml.etree.ElementTree import Element

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import iterparse

from ti_desktop.errors import WorkbookError
from ti_desktop.services.exchange import guard
from ti_desktop.services.imports.cells import (
    FORMULA_WITHOUT_VALUE,
    TableRow,
    Unreadable,
    is_blank_cell,
)

_OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
_TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
_TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"

_T_TABLE = f"{{{_TABLE}}}table"
_T_ROW = f"{{{_TABLE}}}table-row"
_T_CELL = f"{{{_TABLE}}}table-cell"
_T_COVERED = f"{{{_TABLE}}}covered-table-cell"
_T_NAME = f"{{{_TABLE}}}name"
_T_ROWS_REPEATED = f"{{{_TABLE}}}number-rows-repeated"
_T_COLUMNS_REPEATED = f"{{{_TABLE}}}number-columns-repeated"
_T_VISIBILITY = f"{{{_TABLE}}}visibility"
_T_FORMULA = f"{{{_TABLE}}}formula"
_O_VALUE_TYPE = f"{{{_OFFICE}}}value-type"
_O_VALUE = f"{{{_OFFICE}}}value"
_O_DATE = f"{{{_OFFICE}}}date-value"
_O_BOOLEAN = f"{{{_OFFICE}}}boolean-value"
_O_STRING = f"{{{_OFFICE}}}string-value"
_O_ANNOTATION = f"{{{_OFFICE}}}annotation"
_X_P = f"{{{_TEXT}}}p"
_X_H = f"{{{_TEXT}}}h"
_X_S = f"{{{_TEXT}}}s"
_X_C = f"{{{_TEXT}}}c"
_X_TAB = f"{{{_TEXT}}}tab"
_X_BREAK = f"{{{_TEXT}}}line-break"

MAX_COLUMNS = 16_384
"""Columns a sheet may fill (what Excel and LibreOffice allow)."""

_NUMERIC_TYPES = {"float", "currency", "percentage"}


@dataclass
class OdsSheet:
    """One sheet: its name and its non-blank rows, numbered as the spreadsheet shows them."""

    name: str
    rows: list[TableRow] = field(default_factory=list)
    hidden: bool = False


def read_ods(path: Path, limits: guard.GuardLimits = guard.DEFAULT_LIMITS) -> list[OdsSheet]:
    """Every sheet of ``path`` in order.

    Raises:
        WorkbookError: the file is not a readable ``.ods`` (not a zip, damaged, too big,
            hostile XML, too many rows).
    """
    path = Path(path)
    guard.check_archive_file(path, guard.ODS, limits)
    name = f"« {path.name} »"
    try:
        with zipfile.ZipFile(path) as archive, archive.open("content.xml") as stream:
            return list(_sheets(stream, name, limits))
    except WorkbookError:
        raise
    except (DefusedXmlException, SyntaxError, ValueError, zipfile.BadZipFile, OSError) as exc:
        raise WorkbookError(
            f"{name} n'est pas un classeur .ods lisible (fichier endommagé ou piégé).",
            details=[str(exc)],
        ) from exc


def _sheets(stream: Any, name: str, limits: guard.GuardLimits) -> Iterator[OdsSheet]:
    sheet: OdsSheet | None = None
    number = 0
    parents: list[Element] = []
    for event, element in iterparse(stream, events=("start", "end")):
        if event == "start":
            parents.append(element)
            if element.tag == _T_TABLE:
                sheet = OdsSheet(element.get(_T_NAME, f"Feuille {number + 1}"))
                number = 0
            continue
        parents.pop()
        if element.tag == _T_ROW and sheet is not None:
            repeated = _count(element.get(_T_ROWS_REPEATED))
            cells = _row_cells(element)
            if cells:
                hidden = element.get(_T_VISIBILITY, "visible") != "visible"
                if number + repeated > limits.max_rows_per_sheet:
                    raise guard.too_many_rows(name, f"« {sheet.name} »", number + repeated, limits)
                for offset in range(1, repeated + 1):
                    sheet.rows.append(TableRow(number + offset, cells, hidden))
            number += repeated
            if parents:  # a read row is dropped: a sheet is never held whole as XML
                parents[-1].remove(element)
        elif element.tag == _T_TABLE and sheet is not None:
            yield sheet
            sheet = None
            if parents:
                parents[-1].remove(element)


def _count(text: str | None) -> int:
    if not text:
        return 1
    value = int(text)
    if value < 1:
        raise ValueError(f"répétition invalide : {text}")
    return value


def _row_cells(row: Element) -> tuple[Any, ...]:
    """The row's values up to its last non-empty cell (an empty row gives ``()``)."""
    values: list[Any] = []
    pending_blanks = 0  # trailing empty cells are counted, never materialised
    for cell in row:
        if cell.tag not in (_T_CELL, _T_COVERED):
            continue
        repeated = _count(cell.get(_T_COLUMNS_REPEATED))
        value = _cell_value(cell) if cell.tag == _T_CELL else None
        if is_blank_cell(value):
            pending_blanks += repeated
            continue
        if len(values) + pending_blanks + repeated > MAX_COLUMNS:
            raise ValueError(f"plus de {MAX_COLUMNS} colonnes")
        values.extend([None] * pending_blanks)
        pending_blanks = 0
        values.extend([value] * repeated)
    return tuple(values)


def _cell_value(cell: Element) -> Any:
    kind = cell.get(_O_VALUE_TYPE)
    if kind is None:
        if cell.get(_T_FORMULA) is not None:
            return Unreadable(FORMULA_WITHOUT_VALUE)
        return _cell_text(cell) or None
    if kind in _NUMERIC_TYPES:
        raw = cell.get(_O_VALUE)
        if raw is None:
            return Unreadable(FORMULA_WITHOUT_VALUE)
        try:
            return Decimal(raw)
        except InvalidOperation:
            return Unreadable(f"« {raw} » n'est pas un nombre")
    if kind == "date":
        raw = cell.get(_O_DATE)
        if raw is None:
            return Unreadable(FORMULA_WITHOUT_VALUE)
        return _date_value(raw)
    if kind == "boolean":
        return cell.get(_O_BOOLEAN, "false").lower() == "true"
    if kind == "string" and cell.get(_O_STRING) is not None:
        return cell.get(_O_STRING)
    return _cell_text(cell)  # string, time (as shown), or an unknown type


def _date_value(raw: str) -> date | datetime | Unreadable:
    try:
        if "T" in raw:
            moment = datetime.fromisoformat(raw)
            if (moment.hour, moment.minute, moment.second, moment.microsecond) == (0, 0, 0, 0):
                return moment.date()
            return moment
        return date.fromisoformat(raw)
    except ValueError:
        return Unreadable(f"« {raw} » n'est pas une date")


def _cell_text(cell: Element) -> str:
    """The cell's paragraphs, one per line (comments left out)."""
    lines = [
        _inline_text(child) for child in cell if child.tag in (_X_P, _X_H)
    ]  # office:annotation is a sibling of the paragraphs: skipped here
    return "\n".join(lines)


def _inline_text(element: Element) -> str:
    parts: list[str] = [element.text or ""]
    for child in element:
        if child.tag == _X_S:
            parts.append(" " * _count(child.get(_X_C)))
        elif child.tag == _X_TAB:
            parts.append("\t")
        elif child.tag == _X_BREAK:
            parts.append("\n")
        elif child.tag != _O_ANNOTATION:
            parts.append(_inline_text(child))
        parts.append(child.tail or "")
    return "".join(parts)
