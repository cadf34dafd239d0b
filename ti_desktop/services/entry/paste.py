"""Blocks of cells pasted from a spreadsheet: clipboard formats → rows → values per field.

Excel and LibreOffice put a copied block on the clipboard twice: as tab-separated text
(cells holding a tab or a line break are quoted) and as an HTML table. ``parse_clipboard``
reads the HTML table when there is one (exact cells), else the text. ``read_block``
then maps the columns to fields — by the headers when the first row holds them
(« Intitulé », « Montant (€) », « Coût total HT »…, as the exchange workbook names
them), else by position from the table's current column — and reads every cell with
the field table (``fields.read_value``): the paste refuses exactly what an import
refuses, with the same sentence, located by row and column. Nothing here writes:
``entry.paste_writes`` applies a checked block in one transaction.

``to_tsv`` / ``to_html`` write a copied selection the same two ways.
"""

from __future__ import annotations

import csv
import html
import io
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from html.parser import HTMLParser
from typing import Any

from ti_desktop.db.vocabulary import fold
from ti_desktop.errors import CellProblem
from ti_desktop.services.fields import Field, FieldValueError, Kind, read_value
from ti_desktop.services.fields.values import is_blank
from ti_desktop.services.french_format import format_date_short

SHEET = "Presse-papiers"
"""The « sheet » named in the problems of a paste."""

MAX_CELLS = 200_000
"""A larger block is refused (a whole sheet copied by mistake)."""

# --- clipboard formats --------------------------------------------------------------------


class _TableParser(HTMLParser):
    """Cells of the first table of an HTML fragment (``<br>`` kept as line breaks)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.rows: list[list[str]] = []
        self._row: list[str] | None = None
        self._cell: list[str] | None = None
        self._span = 1
        self._depth = 0
        self._done = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self._done:
            return
        if tag == "table":
            self._depth += 1
        elif tag == "tr" and self._depth == 1:
            self._row = []
        elif tag in ("td", "th") and self._row is not None:
            self._cell = []
            span = dict(attrs).get("colspan") or "1"
            self._span = int(span) if span.isdigit() else 1
        elif tag == "br" and self._cell is not None:
            self._cell.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if self._done:
            return
        if tag in ("td", "th") and self._row is not None and self._cell is not None:
            text = "".join(self._cell)
            lines = [" ".join(line.split()) for line in text.split("\n")]
            self._row.append("\n".join(lines).strip())
            self._row.extend([""] * (self._span - 1))
            self._cell = None
        elif tag == "tr" and self._row is not None:
            self.rows.append(self._row)
            self._row = None
        elif tag == "table":
            self._depth -= 1
            self._done = self._depth == 0 and bool(self.rows)

    def handle_data(self, data: str) -> None:
        if self._cell is not None:
            self._cell.append(data)


def parse_html(text: str) -> list[list[str]]:
    """The rows of the first ``<table>`` of an HTML clipboard fragment ([] without one)."""
    start = text.lower().find("<table")
    if start < 0:
        return []
    parser = _TableParser()
    parser.feed(text[start:])
    parser.close()
    return _trimmed(parser.rows)


def parse_tsv(text: str) -> list[list[str]]:
    """Tab-separated rows as spreadsheets write them (quoted cells may hold line breaks)."""
    body = text.replace("\r\n", "\n").replace("\r", "\n")
    if body.endswith("\n"):
        body = body[:-1]
    if not body.strip():
        return []
    if "\t" not in body and '"' not in body:
        return _trimmed([[line] for line in body.split("\n")])
    reader = csv.reader(io.StringIO(body), delimiter="\t", quotechar='"')
    return _trimmed([list(row) for row in reader])


def parse_clipboard(text: str | None, html_text: str | None = None) -> list[list[str]]:
    """The block of cells on the clipboard: its HTML table, else its text."""
    if html_text:
        rows = parse_html(html_text)
        if rows:
            return rows
    return parse_tsv(text or "")


def _trimmed(rows: list[list[str]]) -> list[list[str]]:
    """Cells stripped; empty rows at the end and empty columns on the right dropped."""
    cleaned = [[cell.strip() for cell in row] for row in rows]
    while cleaned and not any(cleaned[-1]):
        cleaned.pop()
    width = max((len(row) for row in cleaned), default=0)
    while width and not any(len(row) >= width and row[width - 1] for row in cleaned):
        width -= 1
    return [(row + [""] * width)[:width] for row in cleaned]


def value_text(value: object) -> str:
    """A stored value as a spreadsheet cell reads it back: ``1234567,89``, ``15/03/2021``."""
    if value is None:
        return ""
    if isinstance(value, date):
        return format_date_short(value)
    if isinstance(value, Decimal):
        text = format(value.normalize() if value == value.to_integral() else value, "f")
        return text.replace(".", ",")
    if isinstance(value, bool):
        return "oui" if value else "non"
    return str(value)


def to_tsv(rows: Sequence[Sequence[str]]) -> str:
    """Tab-separated text, cells holding a tab, a quote or a line break quoted."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter="\t", quotechar='"', lineterminator="\n")
    for row in rows:
        writer.writerow(row)
    return out.getvalue()


def to_html(rows: Sequence[Sequence[str]]) -> str:
    """An HTML table of the cells (escaped; line breaks as ``<br>``)."""
    lines = ['<html><head><meta charset="utf-8"></head><body><table>']
    for row in rows:
        cells = "".join("<td>" + html.escape(cell).replace("\n", "<br>") + "</td>" for cell in row)
        lines.append(f"<tr>{cells}</tr>")
    lines.append("</table></body></html>")
    return "\n".join(lines)


# --- columns ------------------------------------------------------------------------------

# Headers users write in their own trackers for the fields of the field table.
SYNONYMS: dict[str, tuple[str, ...]] = {
    "numero": ("n°", "no", "num", "numero", "numéro", "n° fiche", "numero de fiche", "fiche"),
    "intitule": ("intitulé", "titre", "action", "nom de l'action", "intitulé de l'action"),
    "maitre_ouvrage": ("maître d'ouvrage", "porteur", "porteur de projet", "mo"),
    "cout_total_ht": ("coût", "coût total", "coût ht", "coût total ht", "montant total", "budget"),
    "date_debut": ("début", "date début", "date de début"),
    "date_fin": ("fin", "date fin", "date de fin"),
    "avancement": ("état", "état d'avancement", "statut de la fiche"),
    "financeur": ("financeur", "financeurs", "partenaire financier"),
    "montant": ("montant", "montant (€)", "montant €", "montant financé"),
    "statut": ("statut", "statut du financement"),
    "nom": ("indicateur", "indicateurs", "nom de l'indicateur"),
    "valeur_cible": ("cible", "objectif", "valeur cible"),
    "echeance": ("échéance", "date cible"),
    "organisme": ("organisation", "organisme", "structure", "collectivité"),
    "representant": ("représentant", "représentant(e)", "nom", "signataire"),
    "email": ("courriel", "e-mail", "email", "mail", "adresse électronique"),
}


def _names(candidate: Field) -> set[str]:
    names = {candidate.label, candidate.key.replace("_", " ")}
    if candidate.header:
        names.add(candidate.header)
    names.update(SYNONYMS.get(candidate.key, ()))
    return {fold(name) for name in names}


def header_columns(first_row: Sequence[str], fields: Sequence[Field]) -> dict[int, Field] | None:
    """Column → field when ``first_row`` holds headers (at least two known, or the only cell).

    A name may fit several fields (« Montant »…): the first field listed wins, each
    field once.
    """
    found: dict[int, Field] = {}
    used: set[str] = set()
    for column, cell in enumerate(first_row):
        key = fold(cell.rstrip(" :*"))
        if not key:
            continue
        for candidate in fields:
            if candidate.key not in used and key in _names(candidate):
                found[column] = candidate
                used.add(candidate.key)
                break
    filled = sum(1 for cell in first_row if cell.strip())
    if len(found) >= 2 or (found and filled == 1) or (found and len(found) == filled):
        return found
    return None


# --- reading ------------------------------------------------------------------------------


@dataclass
class PastedRow:
    """One row of the block: the field values read (labels for lists of the database)."""

    line: int
    """Row number in the block, 1 for its first row (headers included)."""
    values: dict[str, Any]
    given: set[str] = field(default_factory=set)
    """The fields with a non-empty cell on this row."""


@dataclass
class PastedBlock:
    """A block read against the fields of a table; ``problems`` empty means it can be written."""

    rows: list[PastedRow]
    columns: dict[int, Field]
    problems: list[CellProblem] = field(default_factory=list)
    ignored: list[str] = field(default_factory=list)
    """Headers (or column numbers) that name no field: their cells are left out."""
    headers: bool = False

    @property
    def is_valid(self) -> bool:
        return not self.problems

    def problem_lines(self, limit: int = 12) -> list[str]:
        """The problems as French sentences (« ligne 3, colonne « Montant (€) » : … »)."""
        shown = [str(problem).removeprefix(f"feuille « {SHEET} », ") for problem in self.problems]
        if len(shown) > limit:
            shown = [*shown[:limit], f"… et {len(shown) - limit} autre(s) problème(s)"]
        return shown


def read_block(
    block: Sequence[Sequence[str]],
    columns: Sequence[Field | None],
    *,
    start_column: int = 0,
    by_header: Sequence[Field] = (),
    labels: Mapping[str, Sequence[str]] | None = None,
) -> PastedBlock:
    """Read every cell of ``block`` with the field table.

    Args:
        block: rows of cell texts (``parse_clipboard``).
        columns: the fields of the table's columns in order; ``None`` for a computed
            column (« % financé »), whose pasted cells are skipped.
        start_column: the table's current column: a block without headers fills the
            columns from there.
        by_header: more fields recognised only by a header (the financing columns of
            a fiches tracker).
        labels: for each list field of the database (``axe``, ``financeur``…), the
            labels it accepts; an open list (financers) keeps unknown labels.

    Returns the rows read and, for each refused cell, a problem located by row and
    column; ``rows`` holds only rows with at least one known cell filled.
    """
    if sum(len(row) for row in block) > MAX_CELLS:
        problem = CellProblem(SHEET, None, None, "le bloc collé est trop grand")
        return PastedBlock([], {}, [problem])
    known = [f for f in columns if f is not None]
    mapped = header_columns(block[0], [*known, *by_header]) if block else None
    headers = mapped is not None
    if mapped is None:
        mapped = {
            offset: column_field
            for offset, column_field in enumerate(columns[start_column:])
            if column_field is not None
        }
        width = max((len(row) for row in block), default=0)
        ignored = [f"colonne {n + 1}" for n in range(len(columns) - start_column, width)]
    else:
        ignored = [cell for column, cell in enumerate(block[0]) if cell and column not in mapped]
    result = PastedBlock([], mapped, [], ignored, headers)
    for number, cells in enumerate(block[1:] if headers else block, start=2 if headers else 1):
        values: dict[str, Any] = {}
        given: set[str] = set()
        for column, column_field in mapped.items():
            raw = cells[column] if column < len(cells) else ""
            if is_blank(raw):
                continue
            given.add(column_field.key)
            try:
                values[column_field.key] = _read(column_field, raw, labels)
            except FieldValueError as exc:
                result.problems.append(
                    CellProblem(
                        SHEET, number, column_field.header or column_field.label, exc.reason
                    )
                )
        if given:
            result.rows.append(PastedRow(number, values, given))
    return result


def _read(column_field: Field, raw: str, labels: Mapping[str, Sequence[str]] | None) -> Any:
    allowed = (labels or {}).get(column_field.key)
    if column_field.kind is Kind.CHOICE and column_field.open_list:
        allowed = None  # an unknown financer is added to the list, as an import does
    return read_value(column_field, raw, labels=list(allowed) if allowed is not None else None)
