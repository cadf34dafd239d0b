"""Open any tracker a territory keeps: ``.xlsx``, ``.ods`` or ``.csv``, as sheets of typed rows.

- ``.xlsx``: checked by the exchange guard, then read by openpyxl in read-only mode
  with its own sheet parser, which also tells hidden rows and formulas saved without
  a computed value (openpyxl alone reads those as empty cells).
- ``.ods``: ``ods.read_ods`` (defusedxml, guarded).
- ``.csv``: UTF-8 with or without BOM, else Windows-1252 (a French Excel's
  « CSV (séparateur : point-virgule) »); separator ``;``, ``,`` or tab, found from the
  first lines. Cells stay text: amounts and dates are read by the field table.

The format is recognised from the file's content, not only its name, so a ``.xls``
renamed or a Word file saved as ``.xlsx`` gets a clear refusal.
"""

from __future__ import annotations

import contextlib
import csv
import io
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import openpyxl
from openpyxl.worksheet._reader import FORMULA_TAG, WorkSheetParser

from ti_desktop.errors import WorkbookError
from ti_desktop.services.exchange import guard
from ti_desktop.services.imports import ods
from ti_desktop.services.imports.cells import (
    FORMULA_WITHOUT_VALUE,
    TableRow,
    Unreadable,
    formula_error,
    is_blank_cell,
)

CSV_MAX_BYTES = 64 * 1024 * 1024
"""A tracker saved as CSV never comes near this; a bigger file is refused unread."""

SPREADSHEET_SUFFIXES = (".xlsx", ".xlsm", ".ods", ".csv", ".txt")
"""The files ``open_table`` reads."""


@dataclass
class TableSheet:
    """One sheet of a table file: its name, whether it is hidden, its non-blank rows."""

    name: str
    hidden: bool = False
    _rows: list[TableRow] | None = None
    _stream: Any = None  # an openpyxl read-only worksheet, read on demand

    def rows(self) -> Iterator[TableRow]:
        """The non-blank rows in order, numbered as the spreadsheet shows them."""
        if self._rows is not None:
            yield from self._rows
        else:
            yield from _xlsx_rows(self._stream)


@dataclass
class TableFile:
    """The sheets of an opened table file and how it was read."""

    path: Path
    kind: str  # "xlsx", "ods" or "csv"
    sheets: list[TableSheet] = field(default_factory=list)
    reading: str = ""  # for a CSV: « encodage Windows-1252, séparateur « ; » »

    def sheet(self, name: str) -> TableSheet:
        """The sheet named ``name`` (ignoring case and accents).

        Raises:
            WorkbookError: no such sheet (the message lists the sheets).
        """
        from ti_desktop.db.vocabulary import fold

        for sheet in self.sheets:
            if fold(sheet.name) == fold(name):
                return sheet
        listed = ", ".join(f"« {s.name} »" for s in self.sheets)
        raise WorkbookError(
            f"« {self.path.name} » n'a pas de feuille « {name} » (feuilles : {listed})."
        )


@contextlib.contextmanager
def open_table(path: Path) -> Iterator[TableFile]:
    """Open ``path`` for reading; an ``.xlsx`` is streamed while the context is open.

    Raises:
        WorkbookError: the file is refused (missing, encrypted, damaged, hostile, not a
            spreadsheet), with a French message naming it.
    """
    path = Path(path)
    kind = sniff_kind(path)
    if kind == "ods":
        sheets = [TableSheet(s.name, s.hidden, s.rows) for s in ods.read_ods(path)]
        yield TableFile(path, "ods", sheets)
    elif kind == "csv":
        rows, reading = read_csv(path)
        yield TableFile(path, "csv", [TableSheet(path.stem, False, rows)], reading)
    else:
        workbook = _open_xlsx(path)
        try:
            sheets = [
                TableSheet(ws.title, ws.sheet_state != "visible", None, ws)
                for ws in workbook.worksheets
            ]
            yield TableFile(path, "xlsx", sheets)
        finally:
            workbook.close()


def sniff_kind(path: Path) -> str:
    """« xlsx », « ods » or « csv », from the file's first bytes and its parts.

    Raises:
        WorkbookError: the file is missing or is none of these.
    """
    path = Path(path)
    if not path.is_file():
        raise WorkbookError(f"Le fichier {path} est introuvable.")
    if zipfile.is_zipfile(path):
        try:
            with zipfile.ZipFile(path) as archive:
                names = set(archive.namelist())
        except (zipfile.BadZipFile, OSError) as exc:
            raise WorkbookError(f"« {path.name} » est une archive endommagée ({exc}).") from exc
        if "content.xml" in names and "xl/workbook.xml" not in names:
            return "ods"
        if "word/document.xml" in names:
            raise WorkbookError(
                f"« {path.name} » est un document Word, pas un tableau : pour un formulaire de "
                "fiche-action rempli, utilisez « Importer des fiches remplies »."
            )
        return "xlsx"  # the guard says what is wrong with a zip that is not one
    with path.open("rb") as handle:
        head = handle.read(len(guard.OLE_MAGIC))
    if head == guard.OLE_MAGIC or path.suffix.lower() in (".xlsx", ".xlsm", ".ods"):
        return "xlsx"  # refused by the guard with the right advice
    if path.suffix.lower() == ".xls":
        raise WorkbookError(
            f"« {path.name} » n'est pas un classeur Excel 97-2003 lisible : enregistrez-le au "
            "format .xlsx."
        )
    return "csv"


# --- xlsx ----------------------------------------------------------------------------------


def _open_xlsx(path: Path) -> Any:
    guard.check_workbook_file(path)
    try:
        return openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a malformed file
        raise WorkbookError(
            f"« {path.name} » n'est pas un classeur Excel lisible (fichier endommagé ou piégé).",
            details=[str(exc)],
        ) from exc


class _TrackerParser(WorkSheetParser):
    """openpyxl's sheet parser, also noting hidden rows and formulas never computed."""

    hidden_row = False

    def parse_row(self, row: Any) -> tuple[int, list[dict[str, Any]]]:
        self.hidden_row = row.get("hidden") in ("1", "true")
        return super().parse_row(row)

    def parse_cell(self, element: Any) -> dict[str, Any]:
        cell: dict[str, Any] = super().parse_cell(element)
        if cell["data_type"] == "e" and cell["value"] is not None:
            cell["value"] = formula_error(str(cell["value"]))
        elif cell["value"] is None and element.find(FORMULA_TAG) is not None:
            cell["value"] = Unreadable(FORMULA_WITHOUT_VALUE)
        return cell


def _xlsx_rows(worksheet: Any) -> Iterator[TableRow]:
    """The rows of a read-only worksheet, streamed; the blank ones skipped."""
    workbook = worksheet.parent
    with worksheet._get_source() as source:
        parser = _TrackerParser(
            source,
            worksheet._shared_strings,
            data_only=True,
            epoch=workbook.epoch,
            date_formats=workbook._date_formats,
            timedelta_formats=workbook._timedelta_formats,
        )
        for number, cells in parser.parse():
            values = [(cell["column"], cell["value"]) for cell in cells]
            values = [(column, value) for column, value in values if not is_blank_cell(value)]
            if not values:
                continue
            row: list[Any] = [None] * values[-1][0]
            for column, value in values:
                row[column - 1] = value.strip() if isinstance(value, str) else value
            yield TableRow(number, tuple(row), parser.hidden_row)


# --- csv -----------------------------------------------------------------------------------


def read_csv(path: Path) -> tuple[list[TableRow], str]:
    """The rows of a CSV file and how it was read (encoding, separator).

    Raises:
        WorkbookError: the file is too big, empty, or not text.
    """
    path = Path(path)
    size = path.stat().st_size
    if size > CSV_MAX_BYTES:
        raise WorkbookError(
            f"« {path.name} » est refusé : {size // (1024 * 1024)} Mo, plus que les "
            f"{CSV_MAX_BYTES // (1024 * 1024)} Mo permis pour un fichier CSV."
        )
    data = path.read_bytes()
    if b"\x00" in data[:4096]:
        raise WorkbookError(
            f"« {path.name} » n'est pas un fichier texte CSV ni un classeur .xlsx ou .ods."
        )
    text, encoding = _decode(data, path.name)
    if not text.strip():
        raise WorkbookError(f"« {path.name} » est vide.")
    separator = _separator(text)
    rows: list[TableRow] = []
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=separator)
    try:
        for number, cells in enumerate(reader, start=1):
            values = tuple(cell.strip() or None for cell in cells)
            while values and values[-1] is None:
                values = values[:-1]
            if values:
                if len(rows) >= guard.DEFAULT_LIMITS.max_rows_per_sheet:
                    raise guard.too_many_rows(
                        f"« {path.name} »", f"« {path.stem} »", number, guard.DEFAULT_LIMITS
                    )
                rows.append(TableRow(number, values))
    except csv.Error as exc:
        raise WorkbookError(
            f"« {path.name} » : ligne {reader.line_num}, le fichier CSV est mal formé ({exc})."
        ) from exc
    shown = {";": "« ; »", ",": "« , »", "\t": "tabulation"}[separator]
    return rows, f"encodage {encoding}, séparateur {shown}"


def _decode(data: bytes, name: str) -> tuple[str, str]:
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="strict"), "UTF-8 (avec BOM)"
    try:
        return data.decode("utf-8"), "UTF-8"
    except UnicodeDecodeError:
        pass
    try:  # what a French Excel writes as « CSV (séparateur : point-virgule) »
        return data.decode("cp1252"), "Windows-1252"
    except UnicodeDecodeError as exc:
        raise WorkbookError(
            f"« {name} » : l'encodage n'est ni UTF-8 ni Windows-1252 (octet {data[exc.start]:#x} "
            "illisible) : enregistrez-le en « CSV UTF-8 »."
        ) from exc


def _separator(text: str) -> str:
    """``;``, ``,`` or tab: the one splitting the first lines into the most equal columns."""
    sample = text[:20_000].splitlines()[:30]
    best, best_score = ";", -1
    for candidate in (";", ",", "\t"):
        counts = [
            len(next(csv.reader([line], delimiter=candidate))) for line in sample if line.strip()
        ]
        if not counts:
            continue
        widest = max(counts)
        score = (widest - 1) * sum(1 for count in counts if count == widest)
        if score > best_score:
            best, best_score = candidate, score
    return best
