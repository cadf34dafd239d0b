"""Helpers shared by the exchange workbook tests (not a test module)."""

from __future__ import annotations

import re
import sqlite3
import zipfile
from pathlib import Path
from typing import Any

import openpyxl

from ti_desktop.db.store import Database
from ti_desktop.services import records
from ti_desktop.services.exchange import format as fmt
from ti_desktop.services.exchange.exporter import export_workbook
from ti_desktop.services.fields import catalog
from ti_desktop.services.fields.kinds import Entity


def database_dump(database: Database) -> str:
    """Every row of every table, as SQL text: equal dumps mean an unchanged database."""
    connection = sqlite3.connect(f"{database.path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return "\n".join(connection.iterdump())
    finally:
        connection.close()


def sheet_values(path: Path) -> dict[str, list[list[Any]]]:
    """Cell values of each exchange sheet, row by row."""
    workbook = openpyxl.load_workbook(path)
    try:
        return {
            spec.name: [list(row) for row in workbook[spec.name].iter_rows(values_only=True)]
            for spec in fmt.EXCHANGE_SHEETS
            if spec.name in workbook.sheetnames
        }
    finally:
        workbook.close()


def export_demo(database: Database, folder: Path, name: str = "demo.xlsx") -> Path:
    """Export ``database`` to ``folder/name``."""
    target = folder / name
    export_workbook(database, target)
    return target


def write_workbook(path: Path, sheets: dict[str, list[list[Any]]]) -> Path:
    """A workbook holding ``sheets`` (first row = headers), as a user would type it."""
    workbook = openpyxl.Workbook()
    first = True
    for name, rows in sheets.items():
        if first:
            sheet = workbook.active
            assert sheet is not None
            sheet.title = name
            first = False
        else:
            sheet = workbook.create_sheet(name)
        for row in rows:
            sheet.append(row)
    workbook.save(path)
    return path


def edit_cell(path: Path, sheet: str, row: int, header: str, value: Any) -> Path:
    """Change one cell (located by its column header) of a saved workbook."""
    workbook = openpyxl.load_workbook(path)
    worksheet = workbook[sheet]
    headers = [cell.value for cell in worksheet[1]]
    worksheet.cell(row=row, column=headers.index(header) + 1).value = value
    workbook.save(path)
    return path


def minimal_sheets(territory: str = "Vosges") -> dict[str, list[list[Any]]]:
    """A small valid workbook: one territory, one fiche, one line, one indicator."""
    return {
        "Territoires": [fmt.TERRITOIRES.headers[:4], [territory, "Grand Est", "Vosges (88)", "2"]],
        "Fiches-actions": [
            ["Territoire", "N°", "Intitulé", "Axe", "Maître d'ouvrage", "Coût total HT (€)"],
            [
                territory,
                "1.1",
                "Stockage d'hydrogène",
                "Mobiliser le foncier industriel",
                "CA d'Épinal",
                "1 234 567,89 €",
            ],
        ],  # fmt: skip
        "Financements": [
            fmt.FINANCEMENTS.headers,
            [territory, "1.1", "Région", "Climaxion", 1000.5, "acquis"],
        ],
        "Indicateurs": [
            fmt.INDICATEURS.headers,
            [territory, "1.1", "Emplois créés", "emplois", 25, "31/12/2027", None],
        ],
    }


def workbook_values(database: Database) -> list[dict[str, Any]]:
    """What the exchange workbook carries of each territory, read from the database.

    Every workbook field of the territory, its contract, signatories, axes, fiches,
    financing lines and indicators, by field key (``getattr(record, field.key)``): two
    databases with equal values hold the same rows, whatever their identifiers.
    """

    def fields(record: Any, entity: Entity) -> dict[str, Any]:
        if record is None:
            return {}
        return {f.key: getattr(record, f.key) for f in entity if f.in_workbook}

    with database.reader() as session:
        territories = records.load_territories(session).territories
    return [
        {
            **fields(territory, catalog.TERRITOIRE),
            "contrat": fields(territory.contrat_courant, catalog.CONTRAT),
            "axes": [axis.libelle for axis in territory.axes],
            "signataires": [fields(p, catalog.SIGNATAIRE) for p in territory.signataires],
            "fiches": [
                {
                    **fields(fiche, catalog.FICHE_ACTION),
                    "lignes": [fields(x, catalog.LIGNE_FINANCEMENT) for x in fiche.financements],
                    "indicateurs": [fields(i, catalog.INDICATEUR) for i in fiche.indicateurs],
                }
                for fiche in territory.fiches_actives
            ],
        }
        for territory in territories
    ]


def workbook_cell_values(path: Path) -> set[object]:
    """Every cell value of every sheet of a workbook."""
    workbook = openpyxl.load_workbook(path, read_only=True)
    try:
        return {
            cell
            for sheet in workbook.worksheets
            for row in sheet.iter_rows(values_only=True)
            for cell in row
        }
    finally:
        workbook.close()


_CHART_REFERENCE = re.compile(rb"'Par financeur'!\$?[A-Z]+\$?\d+(:\$[A-Z]+\$\d+)?")


def assert_no_formula(path: Path) -> None:
    """No cell formula in any part; the chart reads only its own sheet's cells."""
    with zipfile.ZipFile(path) as archive:
        for name in archive.namelist():
            content = archive.read(name)
            if name.startswith("xl/charts/"):
                references = re.findall(rb"<f>(.*?)</f>", content)
                assert references, name
                assert all(_CHART_REFERENCE.fullmatch(r) for r in references), references
                continue
            assert b"<f>" not in content and b"<f " not in content, name
