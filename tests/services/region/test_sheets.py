from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from openpyxl import Workbook
from support.exchange import assert_no_formula
from support.region import ALPHA, BETA, GAMMA, build_alpha, build_beta, build_gamma, database_sums

from ti_desktop.db.store import Database
from ti_desktop.services import records
from ti_desktop.services.exchange.format import DATE_FORMAT, EURO_ROUND_FORMAT, PERCENT_FORMAT
from ti_desktop.services.region import sheets as region_sheets

PRODUCED_AT = datetime(2026, 11, 23, 14, 5, 33)
CENT = Decimal("0.01")
PAYLOADS = ['=HYPERLINK("http://evil.example","clic")', "+33 1 23", "-2+3", "@SUM(A1:A9)"]


@pytest.fixture
def region_database(database: Database) -> Database:
    with database.session() as session:
        build_alpha(session)
        build_beta(session)
        build_gamma(session)
    return database


def write(database: Database, target: Path, *, write_only: bool = True) -> Path:
    workbook = Workbook(write_only=write_only)
    with database.reader() as session:
        region_sheets.write_region_sheets(
            workbook, records.load_territories(session), produced_at=PRODUCED_AT, version="9.9"
        )
    if not write_only:
        del workbook["Sheet"]
    workbook.save(target)
    return target


def money(value: object) -> Decimal:
    assert isinstance(value, int | float), value
    return Decimal(str(value)).quantize(CENT)


def by_header(sheet, row: int) -> dict[str, object]:  # type: ignore[no-untyped-def]
    headers = [c.value for c in sheet[region_sheets.HEADER_ROW]]
    return {h: sheet.cell(row, i + 1) for i, h in enumerate(headers)}


@pytest.mark.parametrize("write_only", [True, False])
def test_synthese_rows_are_typed_and_formatted(
    region_database: Database, tmp_path: Path, write_only: bool
) -> None:
    path = write(region_database, tmp_path / "region.xlsx", write_only=write_only)
    workbook = openpyxl.load_workbook(path)
    assert workbook.sheetnames == ["Synthèse", "Par financeur", "Par axe"]
    sheet = workbook["Synthèse"]
    assert sheet["A1"].value == "Synthèse des Territoires d'industrie — 2 régions"
    assert sheet["A2"].value == PRODUCED_AT.replace(microsecond=0)
    assert sheet["A2"].is_date and "DD/MM/YYYY" in sheet["A2"].number_format
    assert sheet["B2"].value == "par TI Desktop 9.9"
    assert [sheet.cell(r, 1).value for r in range(4, 8)] == [
        ALPHA,
        BETA,
        GAMMA,
        "Total (3 territoires)",
    ]

    alpha = by_header(sheet, 4)
    assert alpha["Région"].value == "Grand Est"
    assert alpha["Date de signature"].value == datetime(2024, 6, 28)
    assert alpha["Date de signature"].number_format == DATE_FORMAT
    assert alpha["Intercommunalités"].value == 2
    assert alpha["Fiches-actions"].value == 3
    assert alpha["En cours"].value == 1
    assert alpha["Coût total HT"].number_format == EURO_ROUND_FORMAT
    assert money(alpha["Coût total HT"].value) == Decimal("1200.10")
    assert money(alpha["Acquis"].value) == Decimal("550.05")
    assert money(alpha["Refusé"].value) == Decimal("500.00")
    assert money(alpha["Reste à financer"].value) == Decimal("300.05")
    assert money(alpha["Sur-financement"].value) == Decimal("50.00")
    assert alpha["Fiches sur-financées"].value == 1
    assert alpha["Sur-financement"].fill.fgColor.rgb.endswith("FCE4D6")  # flagged
    assert by_header(sheet, 5)["Sur-financement"].fill.fill_type is None  # beta: none
    assert alpha["Part acquise"].number_format == PERCENT_FORMAT
    assert alpha["Part acquise"].value == pytest.approx(0.4583)

    gamma = by_header(sheet, 6)
    assert gamma["Part acquise"].value is None  # no cost, no share (never a division by zero)
    assert gamma["Fiches-actions"].value == 0

    totals = by_header(sheet, 7)
    assert totals["Territoire"].font.bold
    cost, per_category = database_sums(region_database)
    assert money(totals["Coût total HT"].value) == cost
    labels = {"acquis": "Acquis", "accord": "Accord de principe", "sollicite": "Sollicité",
              "envisage": "Envisagé", "refuse": "Refusé"}  # fmt: skip
    for category, header in labels.items():
        assert money(totals[header].value) == per_category.get(category, Decimal("0.00"))
    assert money(totals["Reste à financer"].value) == Decimal("428.50")
    assert totals["Fiches-actions"].value == 6
    for row in sheet.iter_rows(min_row=4, max_row=7):
        for cell in row:
            assert cell.data_type != "f"


def test_sheets_are_filtered_frozen_and_print_ready(
    region_database: Database, tmp_path: Path
) -> None:
    workbook = openpyxl.load_workbook(write(region_database, tmp_path / "region.xlsx"))
    for sheet in workbook.worksheets:
        assert sheet.freeze_panes in {"A4", "B4"}
        assert sheet.auto_filter.ref.startswith("A3:")
        assert sheet.print_title_rows == "$3:$3"
        assert sheet.page_setup.orientation == "landscape"
        assert sheet.page_setup.fitToWidth == 1
        assert sheet.sheet_properties.pageSetUpPr.fitToPage
        header = [cell for cell in sheet[3] if cell.value is not None]
        assert header and all(cell.font.bold for cell in header)
        for cell in header:
            width = sheet.column_dimensions[cell.column_letter].width
            assert width >= (4 if cell.alignment.textRotation else 8)
    synthese = workbook["Synthèse"]
    assert synthese.freeze_panes == "B4"  # territory names stay visible when scrolling right
    assert synthese.auto_filter.ref.endswith("6")  # the totals row stays out of sorting
    # the territory column fits the longest name
    assert synthese.column_dimensions["A"].width >= len(ALPHA)


def test_financer_sheet_has_a_stacked_chart_over_the_overall_rows(
    region_database: Database, tmp_path: Path
) -> None:
    workbook = openpyxl.load_workbook(write(region_database, tmp_path / "region.xlsx"))
    sheet = workbook["Par financeur"]
    rows = list(sheet.iter_rows(min_row=4, values_only=True))
    overall = [row for row in rows if row[0] == "Tous les territoires"]
    assert [row[2] for row in overall] == ["État", "Région", "Bpifrance", "ADEME", "Privé"]
    assert money(overall[1][3]) == Decimal("5550.05")
    assert all(sheet.cell(4, c).font.bold for c in (1, 3, 4))
    beta_prive = next(row for row in rows if row[0] == BETA and row[2] == "Privé")
    assert money(beta_prive[-1]) == Decimal("5.00")
    assert sheet.cell(4, 4).number_format == EURO_ROUND_FORMAT

    (chart,) = sheet._charts
    assert chart.tagname == "barChart" and chart.grouping == "stacked"
    # the chart reads the sheet's own « Tous les territoires » rows, refused left out
    last = 3 + len(overall)
    titles = [series.tx.strRef.f for series in chart.series]
    assert titles == [f"'Par financeur'!{c}3" for c in "DEFG"]
    assert [sheet[ref.split("!")[1].replace("$", "")].value for ref in titles] == [
        "Acquis", "Accord de principe", "Sollicité", "Envisagé",
    ]  # fmt: skip
    assert chart.series[0].cat.strRef.f == f"'Par financeur'!$C$4:$C${last}"
    assert chart.series[0].val.numRef.f == f"'Par financeur'!$D$4:$D${last}"
    acquired = [money(row[3]) for row in overall]
    assert acquired == [0, Decimal("5550.05"), 0, 0, 1]
    solicited = [money(row[5]) for row in overall]
    assert solicited == [300, 0, 0, 0, 4]
    assert not chart.visible_cells_only  # filtering the table hides nothing from the chart
    # printed: the table, then the chart, both inside the print area
    table_area, chart_area = sheet.print_area.split(",")
    assert table_area == "'Par financeur'!$A$1:$I$" + str(3 + len(rows))
    assert chart_area.startswith("'Par financeur'!$K$3:$")


def test_axis_sheet_rows(region_database: Database, tmp_path: Path) -> None:
    sheet = openpyxl.load_workbook(write(region_database, tmp_path / "region.xlsx"))["Par axe"]
    rows = list(sheet.iter_rows(min_row=4, values_only=True))
    first = rows[0]
    assert first[:4] == ("Tous les territoires", "Occitanie", "Phase 1 (2018-2022)", "Recruter")
    assert first[4] == 1 and money(first[5]) == Decimal("5000.00")
    assert sum(money(row[5]) for row in rows if row[0] != "Tous les territoires") == Decimal(
        "6333.55"
    )
    assert sum(money(row[5]) for row in rows if row[0] == "Tous les territoires") == Decimal(
        "6333.55"
    )


def test_formula_payloads_stay_text(database: Database, tmp_path: Path) -> None:
    with database.session() as session:
        territory = build_alpha(session, name=PAYLOADS[0])
        territory.region = PAYLOADS[1]
        territory.departements = PAYLOADS[2]
        territory.axes[0].libelle = PAYLOADS[3]
        build_beta(session, name="@Bêta")
        from support.region import add_fiche

        add_fiche(session, territory, "9.9", axis=1, cost="10", progress="En cours",
                  lines=[("=cmd|' /C calc'!A0", "10", "Acquis")])  # fmt: skip
    path = write(database, tmp_path / "payloads.xlsx")
    assert_no_formula(path)  # sheets: no formula; the chart: its own sheet's cells only
    workbook = openpyxl.load_workbook(path)
    found: dict[str, int] = {}
    for sheet in workbook.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                if isinstance(cell.value, str) and cell.value[:1] in "=+-@":
                    assert cell.data_type == "s"
                    assert cell.quotePrefix, (sheet.title, cell.coordinate, cell.value)
                    found[cell.value] = found.get(cell.value, 0) + 1
    for payload in [*PAYLOADS, "@Bêta", "=cmd|' /C calc'!A0"]:
        assert found.get(payload), payload


def test_region_sheets_come_first_even_when_written_last(
    region_database: Database, tmp_path: Path
) -> None:
    workbook = Workbook(write_only=True)
    workbook.create_sheet("Territoires").append(["Territoire"])
    with region_database.reader() as session:
        region_sheets.write_region_sheets(
            workbook, records.load_territories(session), produced_at=PRODUCED_AT, version="1"
        )
    workbook.save(tmp_path / "order.xlsx")
    names = openpyxl.load_workbook(tmp_path / "order.xlsx", read_only=True).sheetnames
    assert names == ["Synthèse", "Par financeur", "Par axe", "Territoires"]


def test_cancelling_during_the_synthesis_writes_nothing(
    region_database: Database, tmp_path: Path
) -> None:
    from ti_desktop.services.exchange.exporter import export_workbook
    from ti_desktop.services.progress import Cancelled

    messages: list[str] = []

    def cancel_at_synthesis(done: int, total: int, message: str) -> None:
        messages.append(message)
        if "synthèse" in message:
            raise Cancelled

    target = tmp_path / "annule.xlsx"
    with pytest.raises(Cancelled):
        export_workbook(region_database, target, progress=cancel_at_synthesis)
    assert messages[-1] == "Calcul de la synthèse régionale"
    assert not target.exists()
    assert list(tmp_path.glob("*.xlsx*")) == []
