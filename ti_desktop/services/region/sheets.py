"""The Région's sheets of the exported workbook: Synthèse, Par financeur, Par axe.

They are written before the exchange sheets, computed from the same territories, and
ignored on import (``exchange_format.COMPUTED_SHEETS``): a Région consolidates by
importing each territory's workbook, then exports again to get them recomputed.

Works on a normal or a ``write_only`` openpyxl workbook (``tables`` writes each sheet);
only features write-only sheets support are used (charts, print titles, filters, page
setup). No cell holds a formula; the chart reads the cells of its own sheet.
"""

from __future__ import annotations

import math
from datetime import datetime

from openpyxl.chart import BarChart, Reference
from openpyxl.chart.data_source import AxDataSource, StrRef
from openpyxl.chart.shapes import GraphicalProperties
from openpyxl.utils import get_column_letter
from openpyxl.workbook import Workbook

from ti_desktop.services.exchange.format import EURO_ROUND_FORMAT
from ti_desktop.services.fields import catalog
from ti_desktop.services.fields.kinds import Entity
from ti_desktop.services.records import TerritoryRecords
from ti_desktop.services.region.synthesis import (
    CATEGORY_LABELS,
    CATEGORY_ORDER,
    AxisRow,
    FinancerRow,
    RegionSynthesis,
    TerritorySynthesis,
    synthesize,
)
from ti_desktop.services.region.tables import (
    FIRST_DATA_ROW,
    HEADER_ROW,
    Column,
    Kind,
    SheetType,
    Table,
    write_table,
)

# Series colours of the chart, from sure (dark green) to hypothetical (grey).
_CATEGORY_COLOURS = ("2E7D32", "81C784", "F9A825", "BDBDBD")

SYNTHESE = "Synthèse"
PAR_FINANCEUR = "Par financeur"
PAR_AXE = "Par axe"
REGION_SHEETS: tuple[str, ...] = (SYNTHESE, PAR_FINANCEUR, PAR_AXE)


def _header(entity: Entity, key: str) -> str:
    """The exchange workbook's header of a field: the same words in every sheet."""
    return entity[key].workbook_header


def _money_columns() -> list[Column]:
    return [Column(CATEGORY_LABELS[c], Kind.EURO) for c in CATEGORY_ORDER]


def _synthesis_table(synthesis: RegionSynthesis) -> Table:
    columns = [
        Column(_header(catalog.TERRITOIRE, "nom")),
        Column(_header(catalog.TERRITOIRE, "region"), max_width=26),
        Column(_header(catalog.TERRITOIRE, "departements"), max_width=32),
        Column(_header(catalog.TERRITOIRE, "phase"), max_width=20),
        Column(_header(catalog.CONTRAT, "type_document"), max_width=18),
        Column(_header(catalog.CONTRAT, "statut"), max_width=20),
        Column(_header(catalog.CONTRAT, "date_signature"), Kind.DATE),
        Column("Intercommunalités", Kind.COUNT, rotated=True),
        Column("Fiches-actions", Kind.COUNT, rotated=True),
        *(Column(label, Kind.COUNT, rotated=True) for label in synthesis.avancements),
        Column("Coût total HT", Kind.EURO),
        *_money_columns(),
        Column("Reste à financer", Kind.EURO),
        # to the cent: an excess of 2 cents counts a fiche, so it must not read « 0 € »
        Column("Sur-financement", Kind.EURO_CENTS, warn_if_positive=True),
        Column("Fiches sur-financées", Kind.COUNT, rotated=True, warn_if_positive=True),
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

    return Table(
        title=_title("Synthèse des Territoires d'industrie", synthesis),
        columns=columns,
        rows=[values(row) for row in synthesis.territoires],
        totals=values(synthesis.total),
        paper_size=8,
    )


def _financer_values(row: FinancerRow) -> list[object]:
    return [
        row.territoire,
        row.region,
        row.financeur,
        *(row.montants[c] for c in CATEGORY_ORDER),
        row.total_hors_refus,
    ]


def _financer_table(synthesis: RegionSynthesis) -> Table:
    overall = synthesis.financeurs_ensemble
    rows = [_financer_values(r) for r in (*overall, *synthesis.financeurs_par_territoire)]
    return Table(
        title=_title("Financements par financeur et par statut", synthesis),
        columns=[
            Column(_header(catalog.TERRITOIRE, "nom"), max_width=40),
            Column(_header(catalog.TERRITOIRE, "region"), max_width=22),
            Column(_header(catalog.LIGNE_FINANCEMENT, "financeur"), max_width=34),
            *_money_columns(),
            Column("Total hors refusés", Kind.EURO),
        ],
        rows=rows,
        bold_rows=frozenset(range(len(overall))),
        frozen_columns=0,
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


def _axis_table(synthesis: RegionSynthesis) -> Table:
    overall = synthesis.axes_ensemble
    return Table(
        title=_title("Fiches-actions et coûts par axe (phases 1 et 2 séparées)", synthesis),
        columns=[
            Column(_header(catalog.TERRITOIRE, "nom"), max_width=40),
            Column(_header(catalog.TERRITOIRE, "region"), max_width=22),
            Column(_header(catalog.TERRITOIRE, "phase"), max_width=20),
            Column(_header(catalog.FICHE_ACTION, "axe"), max_width=70),
            Column("Fiches-actions", Kind.COUNT),
            Column("Coût total HT", Kind.EURO),
            Column("Financements acquis", Kind.EURO),
            Column("Financements hors refusés", Kind.EURO),
            Column("Reste à financer", Kind.EURO),
            Column("Part acquise", Kind.PERCENT),
        ],
        rows=[_axis_values(r) for r in (*overall, *synthesis.axes_par_territoire)],
        bold_rows=frozenset(range(len(overall))),
        frozen_columns=0,
    )


def _title(subject: str, synthesis: RegionSynthesis) -> str:
    regions = synthesis.regions
    if len(regions) == 1:
        return f"{subject} — Région {regions[0]}"
    if not regions:
        return subject
    return f"{subject} — {len(regions)} régions"


_COLUMN_CM = 1.7  # a column of the default width
_ROW_CM = 0.53  # a row of the default height


def _add_financer_chart(sheet: SheetType, synthesis: RegionSynthesis, table: Table) -> str:
    """Stacked bars: each financer's non-refused money, by status, all territories together.

    The bars read the sheet's own « Tous les territoires » rows (the first rows of the
    table), so what is printed beside them is what the cells say; filtering the table
    hides nothing from the chart. Returns the cells the chart covers, for the print area.
    """
    rows = synthesis.financeurs_ensemble
    if not rows:
        return ""
    chart = BarChart()
    chart.type = "bar"  # horizontal: financer names stay readable
    chart.grouping = "stacked"
    chart.overlap = 100
    chart.gapWidth = 40
    chart.title = "Financements hors refusés, tous territoires"
    first, last = FIRST_DATA_ROW, FIRST_DATA_ROW + len(rows) - 1
    money_column = 4  # after Territoire, Région, Financeur
    chart.add_data(
        Reference(
            sheet,
            min_col=money_column,
            max_col=money_column + len(_CATEGORY_COLOURS) - 1,  # refused left out
            min_row=HEADER_ROW,
            max_row=last,
        ),
        titles_from_data=True,
    )
    names = Reference(sheet, min_col=3, min_row=first, max_row=last)
    for series, colour in zip(chart.series, _CATEGORY_COLOURS, strict=True):
        series.cat = AxDataSource(strRef=StrRef(f=str(names)))  # names, not numbers
        series.graphicalProperties = GraphicalProperties(solidFill=colour)
        series.graphicalProperties.line.solidFill = colour
    chart.visible_cells_only = False  # a filtered table keeps its whole chart
    chart.x_axis.scaling.orientation = "maxMin"  # first financer at the top
    chart.y_axis.crosses = "max"  # …and the amounts axis stays at the bottom
    chart.x_axis.delete = False
    chart.y_axis.delete = False
    chart.y_axis.numFmt = EURO_ROUND_FORMAT
    chart.y_axis.majorGridlines = None
    chart.legend.position = "b"
    chart.width = 22
    chart.height = max(8.0, 2.5 + 0.75 * len(rows))
    start = len(table.columns) + 2
    sheet.add_chart(chart, f"{get_column_letter(start)}{HEADER_ROW}")
    end_column = start + math.ceil(chart.width / _COLUMN_CM) + 1
    end_row = HEADER_ROW + math.ceil(chart.height / _ROW_CM) + 2
    return f"{get_column_letter(start)}{HEADER_ROW}:{get_column_letter(end_column)}{end_row}"


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
            chart_cells = _add_financer_chart(sheet, synthesis, table)
            # The table prints first, readable; the chart after it, on a page of its own.
            table_cells = f"A1:{get_column_letter(len(table.columns))}{table.last_row}"
            sheet.print_area = [table_cells, chart_cells] if chart_cells else table_cells
        write_table(sheet, table, produced_at, version)


def write_region_sheets(
    workbook: Workbook,
    loaded: TerritoryRecords,
    *,
    produced_at: datetime,
    version: str,
) -> None:
    """Write Synthèse, Par financeur and Par axe for ``loaded`` before any other sheet.

    ``loaded`` comes from ``records.load_territories`` (fiches in the trash left out).
    Works on normal and ``write_only`` workbooks.
    """
    synthesis = synthesize(loaded.territories, progress_states=loaded.progress_states)
    write_synthesis_sheets(workbook, synthesis, produced_at=produced_at, version=version)
