"""Trackers as Régions and territories write them, and the tools to build them (not a test module).

- ``region_tracker``: an Excel follow-up of the demonstration territory's fiches,
  with a title block (merged cells), a « Plan de financement » group header merged
  over one column per financer, amounts and dates typed as text, section rows per
  axis, a hidden row and a total row;
- ``write_ods``: a hand-written OpenDocument spreadsheet (typed cells, repeated rows
  and columns, merged title, hidden rows, comments), as LibreOffice Calc saves them;
- ``french_excel_csv``: what a French Excel writes with « CSV (séparateur :
  point-virgule) »: Windows-1252, ``;``, CRLF, amounts with non-breaking spaces.
"""

from __future__ import annotations

import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

import openpyxl

from support.contract import demo_id
from ti_desktop.db.store import Database
from ti_desktop.services import records
from ti_desktop.services.records import FicheRecord


def demo_fiches(database: Database) -> dict[str, FicheRecord]:
    """The demonstration territory's fiches (outside the trash) by number, with their lines."""
    with database.reader() as session:
        return {f.numero: f for f in records.load_fiches(session, demo_id(database))}


REGION_HEADERS = [
    "N°", "Intitulé de l'action", "Porteur de projet", "Axe", "Date de démarrage", "Fin",
    "Coût (€ HT)", "Plan de financement (€ HT)", None, None, None, "Avancement", "Commentaires",
]  # fmt: skip
REGION_FINANCERS = [None] * 7 + ["Région", "État", "FEDER", "Autofinancement", None, None]


def region_tracker(path: Path, *, extra_rows: Sequence[Sequence[Any]] = ()) -> Path:
    """The Région's tracker of the demonstration territory (see the module docstring)."""
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "Suivi 2024"
    sheet["A1"] = "Territoire d'industrie Troyes – Bar-sur-Aube : suivi des fiches-actions"
    sheet.merge_cells("A1:M1")
    sheet["A2"] = "Mise à jour du 12/03/2024 — Direction de l'économie"
    sheet.merge_cells("A2:M2")
    sheet.append([])
    sheet.append(REGION_HEADERS)
    sheet.merge_cells("H4:K4")
    for column in "ABCDEFGLM":
        sheet.merge_cells(f"{column}4:{column}5")
    sheet.append(REGION_FINANCERS)
    rows: list[list[Any]] = [
        ["AXE 1 – Accélérer la transition écologique et énergétique"],
        ["1.1", "Extension du parc de bioraffinage végétal", "Troyes Champagne Métropole",
         "Axe 1", "01/09/2024", "30/06/2027", "5 100 000,00 €", "1 000 000 €", None,
         "1 200 000", None, "En cours", "Comité du 5 mars"],
        ["1.2", "Réseau de chaleur alimenté par la chaleur fatale industrielle",
         "Troyes Champagne Métropole", "1", date(2025, 2, 1), date(2026, 12, 31), 2300000,
         "350 000", None, None, "1 030 000", "Prête à démarrer", None],
        ["AXE 2 – Faire des territoires des écosystèmes d'innovation"],
        [None, "Cellule de veille technologique mutualisée", "CCI Troyes\net Aube", "Axe 2",
         "15/03/2025", "31/12/2026", "1 234 567,89 €", "400 000", "300 000", "-",
         "534 567,89", "en projet", "Nouvelle action"],
        *[list(row) for row in extra_rows],
        ["TOTAL", None, None, None, None, None, "=SUM(G7:G11)"],
    ]  # fmt: skip
    for row in rows:
        sheet.append(row)
    workbook.save(path)
    return path


def write_xlsx(
    path: Path,
    rows: Sequence[Sequence[Any]],
    *,
    title: str = "Suivi",
    hidden_rows: Sequence[int] = (),
    merges: Sequence[str] = (),
) -> Path:
    """A one-sheet workbook of ``rows`` (row 1 first)."""
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = title
    for row in rows:
        sheet.append(list(row))
    for number in hidden_rows:
        sheet.row_dimensions[number].hidden = True
    for cells in merges:
        sheet.merge_cells(cells)
    workbook.save(path)
    return path


# --- OpenDocument ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Ods:
    """One cell as LibreOffice Calc writes it (``kind``: float, currency, percentage,
    date, string, boolean; ``None``: a formula cell without stored value)."""

    kind: str | None
    value: str = ""
    shown: str = ""
    repeat: int = 1
    span: int = 1
    formula: str = ""
    comment: str = ""


@dataclass(frozen=True)
class OdsRow:
    cells: Sequence[Any]
    repeat: int = 1
    hidden: bool = False


def _ods_cell(cell: Any) -> str:
    if cell is None:
        return "<table:table-cell/>"
    if isinstance(cell, str):
        cell = Ods("string", shown=cell)
    attributes = []
    if cell.repeat > 1:
        attributes.append(f'table:number-columns-repeated="{cell.repeat}"')
    if cell.span > 1:
        attributes.append(f'table:number-columns-spanned="{cell.span}"')
    if cell.formula:
        attributes.append(f'table:formula="{escape(cell.formula)}"')
    if cell.kind is not None:
        attributes.append(f'office:value-type="{cell.kind}"')
        if cell.kind in ("float", "currency", "percentage"):
            attributes.append(f'office:value="{cell.value}"')
        if cell.kind == "currency":
            attributes.append('office:currency="EUR"')
        if cell.kind == "date":
            attributes.append(f'office:date-value="{cell.value}"')
        if cell.kind == "boolean":
            attributes.append(f'office:boolean-value="{cell.value}"')
    comment = (
        f"<office:annotation><text:p>{escape(cell.comment)}</text:p></office:annotation>"
        if cell.comment
        else ""
    )
    paragraphs = "".join(
        f"<text:p>{escape(line).replace('  ', ' <text:s/>')}</text:p>"
        for line in (cell.shown.split("\n") if cell.shown else [])
    )
    covered = "<table:covered-table-cell/>" * (cell.span - 1)
    opening = f"<table:table-cell {' '.join(attributes)}>"
    return f"{opening}{comment}{paragraphs}</table:table-cell>{covered}"


def write_ods(path: Path, sheets: dict[str, Sequence[Any]]) -> Path:
    """An ``.ods`` file of ``sheets`` (rows: sequences of cells, or ``OdsRow``)."""
    tables = []
    for name, rows in sheets.items():
        body = []
        for row in rows:
            spec = row if isinstance(row, OdsRow) else OdsRow(row)
            attributes = []
            if spec.repeat > 1:
                attributes.append(f'table:number-rows-repeated="{spec.repeat}"')
            if spec.hidden:
                attributes.append('table:visibility="collapse"')
            cells = "".join(_ods_cell(cell) for cell in spec.cells) or "<table:table-cell/>"
            body.append(f"<table:table-row {' '.join(attributes)}>{cells}</table:table-row>")
        tables.append(
            f'<table:table table:name="{escape(name)}"><table:table-column '
            f'table:number-columns-repeated="16384"/>{"".join(body)}</table:table>'
        )
    content = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"'
        ' xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"'
        ' xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.3">'
        f"<office:body><office:spreadsheet>{''.join(tables)}</office:spreadsheet></office:body>"
        "</office:document-content>"
    )
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(
            zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.spreadsheet"
        )
        archive.writestr("content.xml", content, zipfile.ZIP_DEFLATED)
        archive.writestr(
            "META-INF/manifest.xml",
            '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest='
            '"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"/>',
            zipfile.ZIP_DEFLATED,
        )
    return path


def territory_tracker_ods(path: Path, *, uncomputed_formula: bool = False) -> Path:
    """A territory's own tracker saved by LibreOffice Calc: typed cells, repeats, a comment.

    ``uncomputed_formula`` puts a formula without stored value in a financer cell.
    """
    formula = Ods(None, formula="of:=[.G5]*0.1") if uncomputed_formula else None
    sheets = {
        "Notes": [["Pas de données ici"]],
        "Actions": [
            [Ods("string", shown="Plan d'actions 2024-2027", span=8)],
            OdsRow([None], repeat=2),
            ["N° fiche", "Projet", "Maître d'ouvrage", "Orientation", "Début",
             "Date de fin", "Montant total HT", "Département", "Taux Région"],
            ["2.1", "Plateforme d'essais matériaux avancés pour les PME",
             "Université de technologie de Troyes", "2",
             Ods("date", "2025-04-01", "01/04/2025"), Ods("date", "2027-02-28", "28/02/2027"),
             Ods("currency", "1700000", "1 700 000,00 €"),
             Ods("currency", "150000", "150 000,00 €", comment="voté en CP"),
             Ods("percentage", "0.25", "25 %")],
            OdsRow([Ods("string", shown="2.9", repeat=1), "Action masquée", "CCI Troyes et Aube",
                    "2", None, None, Ods("float", "1000", "1000")], hidden=True),
            [None, "Accompagnement des PME à l'export", "CCI Troyes et Aube",
             Ods("float", "2", "2"), "01/09/2025", None, Ods("float", "95000.5", "95000,5"),
             formula],
            OdsRow([None] * 3, repeat=1_048_000),
        ],
    }  # fmt: skip
    return write_ods(path, sheets)


# --- CSV --------------------------------------------------------------------------------------


def french_excel_csv(path: Path, rows: Sequence[Sequence[str]]) -> Path:
    """``rows`` as a French Excel saves « CSV (séparateur : point-virgule) »."""
    lines = []
    for row in rows:
        cells = []
        for cell in row:
            text = str(cell)
            if any(c in text for c in ';"\n'):
                text = '"' + text.replace('"', '""') + '"'
            cells.append(text)
        lines.append(";".join(cells))
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("cp1252"))
    return path


CSV_ROWS = [
    ["Tableau de suivi des fiches-actions", "", "", "", "", "", ""],
    ["", "", "", "", "", "", ""],
    ["Référence", "Titre de l'action", "Porteur", "Axe stratégique", "Date de début",
     "Coût total", "Région"],
    ["3.1", "Campus des métiers et des qualifications Industrie du futur", "Région Grand Est",
     "3", "01/09/2024", "1\xa0050\xa0000,00\xa0€", "550\xa0000\xa0€"],
    ["", "Forum de l'alternance industrielle", "CCI Troyes et Aube", "Axe 3", "14/10/2025",
     "45\xa0000\xa0€", "15\xa0000\xa0€"],
]  # fmt: skip
"""A French Excel CSV: a title line, a blank one, then headers and two fiches."""
