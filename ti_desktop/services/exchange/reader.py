"""Read an exchange workbook into typed rows, each cell converted by its field's rules.

The workbook is an ``.xlsx`` (checked by ``guard`` before openpyxl opens it) or an
``.ods`` (``imports.ods``), both opened by ``imports.tables``: a formula saved
without its computed value is refused rather than read as empty. Each sheet is recognised by
its name and each column by its header (ignoring case, accents and a final ``*``); every
cell goes through ``fields.read_value`` with its column's field, so a cell is refused
for the same reason, in the same French words, as the window refuses a typed value.
Nothing is checked against the database here (see ``checks``).
"""

from __future__ import annotations

import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from defusedxml import DefusedXmlException

from ti_desktop.db.vocabulary import fold
from ti_desktop.errors import CellProblem, WorkbookError
from ti_desktop.services.exchange import format as fmt
from ti_desktop.services.fields.values import FieldValueError, as_text, is_blank, read_value
from ti_desktop.services.imports.cells import TableRow, Unreadable
from ti_desktop.services.imports.tables import TableSheet, open_table
from ti_desktop.services.progress import ProgressCallback, report


@dataclass
class Row:
    """One data row: its number in the sheet and its values by column key.

    A refused cell has no value (its problem is reported instead).
    """

    number: int
    values: dict[str, Any]


@dataclass
class Sheet:
    """The rows of one exchange sheet and the columns it has."""

    spec: fmt.SheetSpec
    present: set[str]  # keys of the columns found in row 1
    rows: list[Row]

    def has(self, key: str) -> bool:
        """Whether the sheet has the column of ``key`` (absent: the value is left as it is)."""
        return key in self.present

    def columns(self, entity_name: str) -> list[fmt.Column]:
        """The present value columns (links left out) of the entity named ``entity_name``."""
        return [
            column
            for column in self.spec.columns
            if column.entity.name == entity_name and not column.link and column.key in self.present
        ]


@dataclass
class Content:
    """The rows of each exchange sheet found in a workbook, and what reading them found."""

    sheets: dict[str, Sheet] = field(default_factory=dict)
    errors: list[CellProblem] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def get(self, spec: fmt.SheetSpec) -> Sheet | None:
        """The sheet of ``spec``, or None when the workbook lacks it."""
        return self.sheets.get(spec.name)

    def rows(self, spec: fmt.SheetSpec) -> list[Row]:
        """The rows of ``spec``'s sheet (none when it is absent)."""
        sheet = self.sheets.get(spec.name)
        return sheet.rows if sheet else []


_MALFORMED = (
    DefusedXmlException,
    SyntaxError,  # ElementTree.ParseError, lxml's XMLSyntaxError
    zipfile.BadZipFile,
    zlib.error,
    ValueError,
    KeyError,
)
"""What openpyxl raises on a damaged or hostile sheet while streaming its rows."""

_IGNORED = {fold(name) for name in fmt.COMPUTED_SHEETS}


def read_workbook(source: Path, progress: ProgressCallback | None = None) -> Content:
    """Every exchange sheet of ``source``, its cells converted; problems in ``errors``.

    Raises:
        WorkbookError: the file itself is refused (not xlsx or ods, encrypted, too
            big, damaged).
    """
    source = Path(source)
    content = Content()
    with open_table(source) as table:
        if table.kind == "csv":
            raise WorkbookError(
                f"« {source.name} » n'est pas un classeur .xlsx ou .ods : un fichier CSV ne "
                "contient qu'une feuille ; pour un tableau de suivi, utilisez « Importer un "
                "tableau »."
            )
        for done, worksheet in enumerate(table.sheets):
            spec = fmt.find_sheet_spec(worksheet.name)
            if spec is None:
                if fold(worksheet.name) not in _IGNORED:
                    content.warnings.append(f"Feuille « {worksheet.name} » inconnue, ignorée.")
                continue
            if spec.name in content.sheets:
                content.errors.append(CellProblem(worksheet.name, None, None, "feuille en double"))
                continue
            report(progress, done, len(table.sheets) + 1, f"Lecture de la feuille « {spec.name} »")
            try:
                content.sheets[spec.name] = _read_sheet(worksheet, spec, content)
            except _MALFORMED as exc:
                raise WorkbookError(
                    f"« {source.name} » : la feuille « {worksheet.name} » est illisible "
                    "(fichier endommagé ou piégé).",
                    details=[str(exc)],
                ) from exc
    if not content.sheets:
        expected = ", ".join(spec.name for spec in fmt.EXCHANGE_SHEETS)
        content.errors.append(
            CellProblem(
                source.name, None, None, f"aucune feuille d'échange trouvée (attendu : {expected})"
            )
        )
    return content


def _header_columns(
    header: tuple[Any, ...], spec: fmt.SheetSpec, content: Content
) -> dict[int, fmt.Column]:
    """The column of each index of row 1; unknown headers warned, duplicates refused."""
    columns: dict[int, fmt.Column] = {}
    for index, title in enumerate(header):
        if is_blank(title):
            continue
        column = spec.find_column(as_text(title))
        if column is None:
            content.warnings.append(
                f"Feuille « {spec.name} » : colonne « {as_text(title)} » inconnue, ignorée."
            )
        elif column in columns.values():
            content.errors.append(CellProblem(spec.name, 1, column.header, "colonne en double"))
        else:
            columns[index] = column
    present = {column.key for column in columns.values()}
    for column in spec.columns:
        if column.required and column.key not in present:
            content.errors.append(
                CellProblem(
                    spec.name,
                    1,
                    column.header,
                    "colonne obligatoire absente (en-têtes attendus en ligne 1 : "
                    f"{', '.join(spec.headers)})",
                )
            )
    return columns


def _read_sheet(worksheet: TableSheet, spec: fmt.SheetSpec, content: Content) -> Sheet:
    rows = worksheet.rows()
    first: TableRow | None = next(rows, None)
    header = first.cells if first is not None and first.number == 1 else ()
    columns = _header_columns(header, spec, content)
    sheet = Sheet(spec, {column.key for column in columns.values()}, [])
    # computed columns are recomputed on export: whatever they hold is never read
    columns = {i: column for i, column in columns.items() if column not in spec.computed}
    errors = content.errors
    hidden: list[int] = []
    if first is not None and first.number != 1:
        rows = iter([first, *rows])  # row 1 is blank: every filled row is data
    for row in rows:
        raw, number = row.cells, row.number
        values: dict[str, Any] = {}
        for index, column in columns.items():
            cell = raw[index] if index < len(raw) else None
            if isinstance(cell, Unreadable):
                errors.append(CellProblem(spec.name, number, column.header, cell.reason))
                continue
            try:
                values[column.key] = read_value(column.field, cell)
            except FieldValueError as exc:
                errors.append(CellProblem(spec.name, number, column.header, exc.reason))
        sheet.rows.append(Row(number, values))
        if row.hidden:
            hidden.append(number)
    if hidden:
        listed = ", ".join(map(str, hidden[:10])) + (" …" if len(hidden) > 10 else "")
        content.warnings.append(
            f"Feuille « {spec.name} » : {len(hidden)} ligne(s) masquée(s) importée(s) comme "
            f"les autres (ligne(s) {listed}) ; affichez-les dans le tableur pour les vérifier."
        )
    return sheet
