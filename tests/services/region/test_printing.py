"""The Région workbook on paper and for the officer's eye (issue 12): print settings on
every sheet, the money of each fiche, cents flagged, names found by a part, OpenDocument."""

from __future__ import annotations

import re
import shutil
import subprocess
import zipfile
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from support.exchange import edit_cell
from support.territories import INTERREGIONAL, VENDEE, build_interregional, build_vendee

from ti_desktop.cli import main
from ti_desktop.db.store import Database
from ti_desktop.errors import UserFacingError
from ti_desktop.services.demo import create_demo_territory
from ti_desktop.services.documents import pdf as office
from ti_desktop.services.exchange import format as fmt
from ti_desktop.services.exchange.exporter import export_workbook
from ti_desktop.services.exchange.importer import plan_import
from ti_desktop.services.region.sheets import REGION_SHEETS


@pytest.fixture
def three(database: Database) -> Database:
    with database.session() as session:
        create_demo_territory(session)
        build_vendee(session)
        build_interregional(session)
    return database


@pytest.fixture
def workbook_path(three: Database, tmp_path: Path) -> Path:
    target = tmp_path / "region.xlsx"
    export_workbook(three, target)
    return target


def test_every_sheet_prints_landscape_fitted_with_titles_and_footer(workbook_path: Path) -> None:
    workbook = openpyxl.load_workbook(workbook_path)
    assert [s.title for s in workbook.worksheets] == [
        *REGION_SHEETS,
        *(spec.name for spec in fmt.EXCHANGE_SHEETS),
    ]
    for sheet in workbook.worksheets:
        setup = sheet.page_setup
        assert setup.orientation == "landscape", sheet.title
        assert sheet.sheet_properties.pageSetUpPr.fitToPage, sheet.title
        assert setup.fitToHeight == 0 and setup.fitToWidth >= 1, sheet.title
        assert sheet.print_title_rows in ("$1:$1", "$3:$3"), sheet.title
        assert sheet.oddFooter.left.text == "&A"  # the sheet's name
        assert sheet.oddFooter.center.text.startswith("Produit le ")
        assert sheet.oddFooter.right.text == "Page &P / &N"
    # narrow sheets fit one page wide; wide ones a few, their key columns on each page
    assert workbook["Axes"].page_setup.fitToWidth == 1
    fiches = workbook["Fiches-actions"]
    assert 1 < fiches.page_setup.fitToWidth <= 3
    assert fiches.page_setup.paperSize == 8  # the widest sheet prints on A3
    assert fiches.print_title_cols == "$A:$C"  # Territoire, N°, Intitulé
    assert workbook["Territoires"].print_title_cols == "$A:$A"
    for name in REGION_SHEETS:
        assert workbook[name].page_setup.fitToWidth == 1


def test_the_chart_is_inside_the_print_area(workbook_path: Path) -> None:
    sheet = openpyxl.load_workbook(workbook_path)["Par financeur"]
    (chart,) = sheet._charts
    anchor = chart.anchor._from
    table, chart_cells = sheet.print_area.split(",")
    start, end = chart_cells.split("!")[1].replace("$", "").split(":")
    first_column = openpyxl.utils.cell.coordinate_from_string(start)
    last_column = openpyxl.utils.cell.coordinate_from_string(end)
    column_from = openpyxl.utils.column_index_from_string(first_column[0]) - 1
    column_to = openpyxl.utils.column_index_from_string(last_column[0]) - 1
    assert column_from <= anchor.col and anchor.row + 1 >= first_column[1]
    # the chart's width (22 cm) fits in the printed columns of default width
    assert (column_to - column_from + 1) * 1.7 >= chart.width
    assert table.startswith("'Par financeur'!$A$1:")


def test_fiches_sheet_shows_the_money_of_each_fiche(workbook_path: Path) -> None:
    sheet = openpyxl.load_workbook(workbook_path)["Fiches-actions"]
    header = [cell.value for cell in sheet[1]]
    assert header == fmt.FICHES.written_headers
    assert header[-4:] == ["Acquis", "Sollicité", "Reste à financer", "% acquis"]
    rows = {(r[0], r[1]): r for r in sheet.iter_rows(min_row=2, values_only=True)}
    # Vendée 1.1: 1 850 000 € cost; 450 000 + 800 000 acquired, 600 000 solicited,
    # 120 000 refused (no share): nothing left to finance, 67.6 % acquired
    row = rows[(VENDEE, "1.1")]
    assert [Decimal(str(v)) for v in row[-4:]] == [
        Decimal("1250000"),
        Decimal("600000"),
        Decimal("0"),
        Decimal("0.6757"),
    ]
    cells = {c.value: c for c in sheet[1]}
    column = {name: cells[name].column for name in header[-4:]}
    second = sheet.cell(2, column["Acquis"])
    assert second.number_format == fmt.EURO_FORMAT
    assert sheet.cell(2, column["% acquis"]).number_format == fmt.PERCENT_FORMAT
    assert rows[(INTERREGIONAL, "1.1")][-1] == pytest.approx(0.5)


def test_computed_columns_are_ignored_on_import(
    three: Database, workbook_path: Path, tmp_path: Path
) -> None:
    plan = plan_import(three, workbook_path)
    assert plan.errors == [] and plan.warnings == []
    edited = edit_cell(workbook_path, "Fiches-actions", 2, "Acquis", "n'importe quoi")
    edited = edit_cell(edited, "Fiches-actions", 3, "% acquis", "=1+1")
    plan = plan_import(three, edited)
    assert plan.errors == [] and plan.warnings == []


def test_over_financing_by_cents_reads_as_cents(workbook_path: Path) -> None:
    sheet = openpyxl.load_workbook(workbook_path)["Synthèse"]
    header = [cell.value for cell in sheet[3]]
    rows = {r[0].value: r for r in sheet.iter_rows(min_row=4) if r[0].value}
    vendee = rows[VENDEE]
    amount = vendee[header.index("Sur-financement")]
    count = vendee[header.index("Fiches sur-financées")]
    assert Decimal(str(amount.value)) == Decimal("0.02") and count.value == 1
    assert amount.number_format == fmt.EURO_FORMAT  # shows 0,02 €, never « 0 € »
    assert amount.fill.fgColor.rgb.endswith("FCE4D6") and count.fill.fgColor.rgb.endswith("FCE4D6")


def test_rotated_headers_are_tall_enough(workbook_path: Path) -> None:
    sheet = openpyxl.load_workbook(workbook_path)["Synthèse"]
    rotated = [c.value for c in sheet[3] if c.alignment.textRotation]
    assert "Fiches sur-financées" in rotated
    assert sheet.row_dimensions[3].height >= 7.5 * max(len(h) for h in rotated)


def test_export_finds_a_territory_by_a_part_of_its_name(
    three: Database, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    three.close()
    target = tmp_path / "troyes.xlsx"
    assert main(["--db", str(db_path), "export", "-o", str(target), "--territory", "troyes",
                 "--no-record"]) == 0  # fmt: skip
    names = {r[0] for r in openpyxl.load_workbook(target)["Territoires"].iter_rows(
        min_row=2, values_only=True)}  # fmt: skip
    assert names == {"Troyes – Bar-sur-Aube (démonstration)"}
    assert main(["--db", str(db_path), "export", "-o", str(target), "--territory", "e",
                 "--no-record"]) == 1  # fmt: skip
    assert "désigne plusieurs territoires" in capsys.readouterr().err


def test_opendocument_workbook(three: Database, tmp_path: Path) -> None:
    if office.find_soffice() is None:
        pytest.skip("LibreOffice (soffice) absent")
    report = export_workbook(three, tmp_path / "region.xlsx", file_format="ods")
    assert report.target == tmp_path / "region.ods" and report.target.is_file()
    with zipfile.ZipFile(report.target) as package:
        assert package.read("mimetype") == b"application/vnd.oasis.opendocument.spreadsheet"
        content = package.read("content.xml").decode("utf-8")
    assert "Fiches-actions" in content and "Reste à financer" in content
    assert not (tmp_path / "region.xlsx").exists()


def test_opendocument_workbook_without_libreoffice(
    three: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(office.SOFFICE_ENV, str(tmp_path / "absent"))
    with pytest.raises(UserFacingError, match=r"OpenDocument \(\.ods\).*Excel \(\.xlsx\)"):
        export_workbook(three, tmp_path / "region.ods", file_format="ods")
    assert not (tmp_path / "region.ods").exists()


@pytest.mark.libreoffice
def test_workbook_prints_in_libreoffice_with_key_columns(workbook_path: Path) -> None:
    if office.find_soffice() is None or shutil.which("pdftotext") is None:
        pytest.skip("LibreOffice (soffice) ou pdftotext absent")
    pdf = workbook_path.with_suffix(".pdf")
    office.convert_to_pdf(workbook_path, pdf)
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    pages = text.split("\f")
    footer = re.compile(r"^\s*Fiches-actions\s+Produit le", re.MULTILINE)
    fiches = [page for page in pages if footer.search(page)]
    assert len(fiches) >= 2
    for page in fiches:  # every slice of the wide sheet names its rows
        assert "Territoire" in page and "Intitulé" in page
    assert sum("Financements hors refusés, tous territoires" in page for page in pages) == 1
    assert any("Page 1 / " in page and "Produit le" in page for page in pages)
