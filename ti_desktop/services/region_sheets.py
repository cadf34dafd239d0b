"""The Région's sheets of the exported workbook: Synthèse, Par financeur, Par axe.

They are written before the exchange sheets, computed from the same territories, and
ignored on import (``exchange_format.COMPUTED_SHEETS``): a Région consolidates by
importing each territory's workbook, then exports again to get them recomputed.

Works on a normal or a ``write_only`` openpyxl workbook: everything a streaming sheet
writes at its top (column widths, frozen panes) is set before the first row, and only
features write-only sheets support are used (charts, print titles, filters, page setup).
Values are written as values, never formulas, and every text cell a spreadsheet could
read as a formula is stored as text with a quote prefix.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from enum import Enum

from openpyxl.cell import Cell, WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.chart import BarChart, Reference
from openpyxl.chart.shapes import GraphicalProperties
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.workbook import Workbook
from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from openpyxl.worksheet.worksheet import Worksheet

from ti_desktop import APP_NAME
from ti_desktop.db.models import Territoire
from ti_desktop.services.exchange_format import (
    DATE_FORMAT,
    EURO_ROUND_FORMAT,
    PERCENT_FORMAT,
    needs_text_protection,
)
from ti_desktop.services.synthesis import (
    CATEGORY_LABELS,
    CATEGORY_ORDER,
    AxisRow,
    FinancerRow,
    RegionSynthesis,
    TerritorySynthesis,
    synthesize,
)

SYNTHESE = "Synthèse"
PAR_FINANCEUR = "Par financeur"
PAR_AXE = "Par axe"
REGION_SHEETS: tuple[str, ...] = (SYNTHESE, PAR_FINANCEUR, PAR_AXE)

DATETIME_FORMAT = "DD/MM/YYYY HH:MM"
COUNT_FORMAT = "0"
HEADER_ROW = 3  # row 1: title, row 2: production date and version
FIRST_DATA_ROW = HEADER_ROW + 1

_TITLE_FONT = Font(bold=True, size=14)
_BOLD = Font(bold=True)
_ITALIC = Font(italic=True, color="555555")
_HEADER_FILL = PatternFill("solid", fgColor="DCE6F1")
_TOTAL_FILL = PatternFill("solid", fgColor="F2F2F2")
_HEADER_BORDER = Border(bottom=Side(style="thin", color="4F81BD"))
_TOTAL_BORDER = Border(top=Side(style="thin", color="808080"))
_HEADER_ALIGNMENT = Alignment(wrap_text=True, vertical="center", horizontal="center")
_WRAP = Alignment(wrap_text=True, vertical="top")

# Series colours of the chart, from sure (dark green) to hypothetical (grey).
_CATEGORY_COLOURS = ("2E7D32", "81C784", "F9A825", "BDBDBD")

SheetType = Worksheet | WriteOnlyWorksheet


class Kind(Enum):
    """How a column's cells are typed and formatted."""

    TEXT = "texte"
    COUNT = "nombre"
    EURO = "euros"
    PERCENT = "pourcentage"
    DATE = "date"


_FORMATS = {
    Kind.COUNT: COUNT_FORMAT,
    Kind.EURO: EURO_ROUND_FORMAT,
    Kind.PERCENT: PERCENT_FORMAT,
    Kind.DATE: DATE_FORMAT,
}
_MIN_WIDTHS = {Kind.COUNT: 9, Kind.EURO: 14, Kind.PERCENT: 9, Kind.DATE: 12, Kind.TEXT: 10}


@dataclass(frozen=True)
class Column:
    """A column of a Région sheet: header, typing, widest width before wrapping."""

    header: str
    kind: Kind = Kind.TEXT
    max_width: float = 40


def text_cell(sheet: SheetType, text: str, font: Font | None = None) -> Cell:
    """A cell holding ``text`` as text, even when it looks like a formula."""
    cleaned = ILLEGAL_CHARACTERS_RE.sub("", text)
    cell = WriteOnlyCell(sheet)
    cell.value = cleaned
    if needs_text_protection(cleaned):
        # openpyxl takes "=…" for a formula: force a string, and let Excel know too.
        cell.data_type = "s"
        cell.quotePrefix = True
    if font is not None:
        cell.font = font
    return cell


def _cell(sheet: SheetType, value: object, kind: Kind, font: Font | None) -> Cell | None:
    if value is None or value == "":
        if font is None:
            return None
        cell = WriteOnlyCell(sheet)
        cell.font = font
        return cell
    if kind == Kind.TEXT or isinstance(value, str):
        return text_cell(sheet, str(value), font)
    cell = WriteOnlyCell(sheet, value=value)
    cell.number_format = _FORMATS[kind]
    if font is not None:
        cell.font = font
    return cell


def _display_width(value: object, kind: Kind) -> float:
    if value is None:
        return 0
    if kind == Kind.EURO and isinstance(value, Decimal):
        digits = len(str(abs(int(value))))
        return digits + (digits - 1) // 3 + 3
    if kind == Kind.PERCENT:
        return 7
    if kind == Kind.DATE:
        return 11
    return len(str(value))


@dataclass
class _Table:
    """One Région sheet: a title, the production line, a header row and typed rows."""

    title: str
    columns: list[Column]
    rows: list[list[object]]
    bold_rows: frozenset[int] = frozenset()  # indexes in ``rows`` shown in bold
    totals: list[object] | None = None  # below the filtered rows, in bold
    frozen_columns: int = 1

    def widths(self) -> list[float]:
        result = []
        for index, column in enumerate(self.columns):
            header_words = max((len(word) for word in column.header.split()), default=0)
            values = [row[index] for row in self.rows]
            if self.totals is not None:
                values.append(self.totals[index])
            longest = max((_display_width(v, column.kind) for v in values), default=0)
            wanted = max(longest, header_words, _MIN_WIDTHS[column.kind])
            result.append(min(wanted, column.max_width) + 2)
        return result

    @property
    def last_row(self) -> int:
        return HEADER_ROW + len(self.rows)


def _prepare(sheet: SheetType, table: _Table) -> None:
    """Everything a streaming sheet writes before its rows, plus print settings."""
    for index, width in enumerate(table.widths(), start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    sheet.freeze_panes = f"{get_column_letter(table.frozen_columns + 1)}{FIRST_DATA_ROW}"
    last_column = get_column_letter(len(table.columns))
    sheet.auto_filter.ref = f"A{HEADER_ROW}:{last_column}{max(table.last_row, FIRST_DATA_ROW)}"
    sheet.print_title_rows = f"{HEADER_ROW}:{HEADER_ROW}"
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = 9  # A4
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.print_options.gridLines = False
    sheet.page_margins.left = sheet.page_margins.right = 0.4
    sheet.page_margins.top = sheet.page_margins.bottom = 0.6
    sheet.oddFooter.left.text = "&A"
    sheet.oddFooter.right.text = "Page &P / &N"


def _write(sheet: SheetType, table: _Table, produced_at: datetime, version: str) -> None:
    _prepare(sheet, table)
    sheet.append([text_cell(sheet, table.title, _TITLE_FONT)])
    produced = WriteOnlyCell(sheet, value=produced_at.replace(microsecond=0, tzinfo=None))
    produced.number_format = DATETIME_FORMAT
    produced.font = _ITALIC
    produced.alignment = Alignment(horizontal="left")
    sheet.append(
        [
            text_cell(sheet, "Classeur produit le", _ITALIC),
            produced,
            text_cell(sheet, f"par {APP_NAME} {version}", _ITALIC),
        ]
    )
    header = []
    for column in table.columns:
        cell = text_cell(sheet, column.header, _BOLD)
        cell.fill = _HEADER_FILL
        cell.border = _HEADER_BORDER
        cell.alignment = _HEADER_ALIGNMENT
        header.append(cell)
    sheet.append(header)
    for index, row in enumerate(table.rows):
        font = _BOLD if index in table.bold_rows else None
        sheet.append(
            [
                _cell(sheet, value, column.kind, font)
                for value, column in zip(row, table.columns, strict=True)
            ]
        )
    if table.totals is not None:
        cells = []
        for value, column in zip(table.totals, table.columns, strict=True):
            cell = _cell(sheet, value, column.kind, _BOLD) or WriteOnlyCell(sheet)
            cell.fill = _TOTAL_FILL
            cell.border = _TOTAL_BORDER
            cells.append(cell)
        sheet.append(cells)


def _money_columns() -> list[Column]:
    return [Column(CATEGORY_LABELS[c], Kind.EURO) for c in CATEGORY_ORDER]


def _synthesis_table(synthesis: RegionSynthesis) -> _Table:
    columns = [
        Column("Territoire", max_width=40),
        Column("Région", max_width=22),
        Column("Départements", max_width=18),
        Column("Phase", max_width=20),
        Column("Type de document", max_width=18),
        Column("Statut du contrat", max_width=20),
        Column("Date de signature", Kind.DATE),
        Column("Intercommunalités", Kind.COUNT),
        Column("Fiches-actions", Kind.COUNT),
        *(Column(label, Kind.COUNT, max_width=12) for label in synthesis.avancements),
        Column("Coût total HT", Kind.EURO),
        *_money_columns(),
        Column("Reste à financer", Kind.EURO),
        Column("Sur-financement", Kind.EURO),
        Column("Fiches sur-financées", Kind.COUNT),
        Column("Part acquise", Kind.PERCENT),
    ]

    def values(row: TerritorySynthesis) -> list[object]:
        money = row.argent
        return [
            row.nom,
            row.region,
            row.departements,
            row.phase,
            row.type_document,
            row.statut_contrat,
            row.date_signature,
            row.intercommunalites,
            money.fiches,
            *(row.fiches_par_avancement.get(label, 0) for label in synthesis.avancements),
            money.cout_total,
            *(money.financements[c] for c in CATEGORY_ORDER),
            money.reste_a_financer,
            money.sur_financement,
            money.fiches_sur_financees,
            money.part_acquise,
        ]

    return _Table(
        title=_title("Synthèse des Territoires d'industrie", synthesis),
        columns=columns,
        rows=[values(row) for row in synthesis.territoires],
        totals=values(synthesis.total),
    )


def _financer_values(row: FinancerRow) -> list[object]:
    return [
        row.territoire,
        row.region,
        row.financeur,
        *(row.montants[c] for c in CATEGORY_ORDER),
        row.total_hors_refus,
    ]


def _financer_table(synthesis: RegionSynthesis) -> _Table:
    overall = synthesis.financeurs_ensemble
    rows = [_financer_values(r) for r in (*overall, *synthesis.financeurs_par_territoire)]
    return _Table(
        title=_title("Financements par financeur et par statut", synthesis),
        columns=[
            Column("Territoire", max_width=40),
            Column("Région", max_width=22),
            Column("Financeur", max_width=34),
            *_money_columns(),
            Column("Total hors refusés", Kind.EURO),
        ],
        rows=rows,
        bold_rows=frozenset(range(len(overall))),
        frozen_columns=3,
    )


def _axis_values(row: AxisRow) -> list[object]:
    money = row.argent
    return [
        row.territoire,
        row.region,
        row.phase,
        row.axe,
        money.fiches,
        money.cout_total,
        money.acquis,
        money.total_hors_refus,
        money.reste_a_financer,
        money.part_acquise,
    ]


def _axis_table(synthesis: RegionSynthesis) -> _Table:
    overall = synthesis.axes_ensemble
    return _Table(
        title=_title("Fiches-actions et coûts par axe (phases 1 et 2 séparées)", synthesis),
        columns=[
            Column("Territoire", max_width=40),
            Column("Région", max_width=22),
            Column("Phase", max_width=20),
            Column("Axe", max_width=48),
            Column("Fiches-actions", Kind.COUNT),
            Column("Coût total HT", Kind.EURO),
            Column("Financements acquis", Kind.EURO),
            Column("Financements hors refusés", Kind.EURO),
            Column("Reste à financer", Kind.EURO),
            Column("Part acquise", Kind.PERCENT),
        ],
        rows=[_axis_values(r) for r in (*overall, *synthesis.axes_par_territoire)],
        bold_rows=frozenset(range(len(overall))),
        frozen_columns=1,
    )


def _title(subject: str, synthesis: RegionSynthesis) -> str:
    regions = synthesis.regions
    if len(regions) == 1:
        return f"{subject} — Région {regions[0]}"
    if not regions:
        return subject
    return f"{subject} — {len(regions)} régions"


def _add_financer_chart(sheet: SheetType, synthesis: RegionSynthesis, table: _Table) -> None:
    """Stacked bars: each financer's non-refused money, by status, all territories together."""
    count = len(synthesis.financeurs_ensemble)
    if count == 0:
        return
    chart = BarChart()
    chart.type = "bar"  # horizontal: financer names stay readable
    chart.grouping = "stacked"
    chart.overlap = 100
    chart.gapWidth = 60
    chart.title = "Financements par financeur et par statut (hors refusés)"
    first_money = 4  # Territoire, Région, Financeur, then the categories
    data = Reference(
        sheet,
        min_col=first_money,
        max_col=first_money + len(_CATEGORY_COLOURS) - 1,
        min_row=HEADER_ROW,
        max_row=HEADER_ROW + count,
    )
    categories = Reference(sheet, min_col=3, min_row=FIRST_DATA_ROW, max_row=HEADER_ROW + count)
    chart.add_data(data, titles_from_data=True)
    chart.set_categories(categories)
    for series, colour in zip(chart.series, _CATEGORY_COLOURS, strict=True):
        series.graphicalProperties = GraphicalProperties(solidFill=colour)
        series.graphicalProperties.line.solidFill = colour
    chart.x_axis.scaling.orientation = "maxMin"  # first financer at the top
    chart.x_axis.delete = False
    chart.y_axis.delete = False
    chart.y_axis.numFmt = EURO_ROUND_FORMAT
    chart.y_axis.majorGridlines = None
    chart.y_axis.title = "€"
    chart.legend.position = "b"
    chart.width = 22
    chart.height = max(8.0, 2.5 + 0.75 * count)
    anchor_column = get_column_letter(len(table.columns) + 2)
    sheet.add_chart(chart, f"{anchor_column}{HEADER_ROW}")


def _new_sheet(workbook: Workbook, title: str, index: int) -> SheetType:
    if title in workbook.sheetnames:
        raise ValueError(f"the workbook already has a sheet named {title!r}")
    return workbook.create_sheet(title, index)


def write_synthesis_sheets(
    workbook: Workbook, synthesis: RegionSynthesis, *, produced_at: datetime, version: str
) -> None:
    """Write the three Région sheets of ``synthesis`` as the first sheets of ``workbook``."""
    tables = (
        (SYNTHESE, _synthesis_table(synthesis)),
        (PAR_FINANCEUR, _financer_table(synthesis)),
        (PAR_AXE, _axis_table(synthesis)),
    )
    for index, (title, table) in enumerate(tables):
        sheet = _new_sheet(workbook, title, index)
        if title == PAR_FINANCEUR:
            _add_financer_chart(sheet, synthesis, table)
            # The chart sits right of the table: print the table alone, readable.
            sheet.print_area = f"A1:{get_column_letter(len(table.columns))}{table.last_row}"
        _write(sheet, table, produced_at, version)


def write_region_sheets(
    workbook: Workbook,
    territories: Sequence[Territoire],
    *,
    produced_at: datetime,
    version: str,
) -> None:
    """Write Synthèse, Par financeur and Par axe for ``territories`` before any other sheet.

    Load the territories with ``territories.full_territory_options()``; their fiches in
    the trash are left out. Works on normal and ``write_only`` workbooks.
    """
    write_synthesis_sheets(
        workbook, synthesize(territories), produced_at=produced_at, version=version
    )

