"""Write the exchange workbook: typed cells, French headers, filters, frozen header row.

``export_workbook`` is what ``ti-desktop export`` and the window call. The sheets follow
``exchange.format`` exactly, so the file imports back: each cell is the value of its
column's field on the row's record (``getattr(record, field.key)``), so a field added to
the table is exported with no change here. Private notes are no column, so they are
never written. Every text that a spreadsheet could take for a formula is written as a
plain string cell (never ``<f>``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from operator import attrgetter
from pathlib import Path
from typing import Any, TypeVar

from openpyxl import Workbook
from openpyxl.cell import Cell, WriteOnlyCell

from ti_desktop import __version__
from ti_desktop.db.store import Database
from ti_desktop.db.vocabulary import fold
from ti_desktop.errors import UserFacingError
from ti_desktop.services import records
from ti_desktop.services.exchange import format as fmt
from ti_desktop.services.exchange.cells import (
    declare_dimension,
    discard_workbook,
    finish_sheet,
    header_cells,
    make_cell,
    prepare_sheet,
)
from ti_desktop.services.fields import catalog
from ti_desktop.services.fields.kinds import Entity, Field, Kind
from ti_desktop.services.fields.values import display_text
from ti_desktop.services.files.atomic import atomic_path
from ti_desktop.services.progress import ProgressCallback, report
from ti_desktop.services.region.sheets import write_synthesis_sheets
from ti_desktop.services.region.synthesis import synthesize

Named = TypeVar("Named", bound=records.TerritoryRecord)

RowRecords = tuple[Any, ...]
"""The records one sheet row is made of: its owners' and its own."""

_TYPED = {Kind.MONEY, Kind.QUANTITY, Kind.INTEGER, Kind.DATE}
"""Kinds written as numbers or dates, with the column's number format."""


@dataclass(frozen=True)
class ExportReport:
    """What was written, for the status line and the CLI."""

    target: Path
    territories: int
    fiches: int
    financing_lines: int
    indicators: int

    def summary(self) -> str:
        """One French sentence."""
        return (
            f"{self.territories} territoire(s), {self.fiches} fiche(s)-action(s), "
            f"{self.financing_lines} ligne(s) de financement et {self.indicators} "
            f"indicateur(s) exportés dans {self.target}."
        )


def _plain_quantity(value: Decimal | None) -> Decimal | None:
    """``6.5000`` → ``6.5`` so the cell shows what the user typed."""
    if value is None:
        return None
    normalized = value.normalize()
    return normalized.quantize(Decimal(1)) if normalized == normalized.to_integral() else normalized


def _cell_value(field: Field) -> Callable[[Any], object] | None:
    """How a stored value of ``field`` becomes a cell value (None: as it is)."""
    if field.kind is Kind.PERIOD:
        return lambda value: display_text(field, value) or None
    if field.kind is Kind.QUANTITY:
        return _plain_quantity
    return None


# The records each row of a sheet is made of, owners first (``_ROW_ENTITIES`` names them).
def _territory_rows(territory: records.TerritoryRecord) -> Iterator[RowRecords]:
    yield territory, territory.contrat_courant


def _axis_rows(territory: records.TerritoryRecord) -> Iterator[RowRecords]:
    # « Ordre » is the axis' rank in its list (positions may have gaps, and start at 0)
    for rank, axis in enumerate(territory.axes, start=1):
        yield territory, axis.replaced(position=rank)


def _signatory_rows(territory: records.TerritoryRecord) -> Iterator[RowRecords]:
    for person in territory.signataires:  # in document order (records.signatory_order)
        yield territory, person


def _fiche_rows(territory: records.TerritoryRecord) -> Iterator[RowRecords]:
    for fiche in territory.fiches_actives:
        yield territory, fiche


def _financing_rows(territory: records.TerritoryRecord) -> Iterator[RowRecords]:
    for fiche in territory.fiches_actives:
        for line in fiche.financements:
            yield territory, fiche, line


def _indicator_rows(territory: records.TerritoryRecord) -> Iterator[RowRecords]:
    for fiche in territory.fiches_actives:
        for indicator in fiche.indicateurs:
            yield territory, fiche, indicator


_ROWS: dict[
    str, tuple[Callable[[records.TerritoryRecord], Iterator[RowRecords]], tuple[Entity, ...]]
] = {
    fmt.TERRITOIRES.name: (_territory_rows, (catalog.TERRITOIRE, catalog.CONTRAT)),
    fmt.AXES.name: (_axis_rows, (catalog.TERRITOIRE, catalog.AXE)),
    fmt.SIGNATAIRES.name: (_signatory_rows, (catalog.TERRITOIRE, catalog.SIGNATAIRE)),
    fmt.FICHES.name: (_fiche_rows, (catalog.TERRITOIRE, catalog.FICHE_ACTION)),
    fmt.FINANCEMENTS.name: (
        _financing_rows,
        (catalog.TERRITOIRE, catalog.FICHE_ACTION, catalog.LIGNE_FINANCEMENT),
    ),
    fmt.INDICATEURS.name: (
        _indicator_rows,
        (catalog.TERRITOIRE, catalog.FICHE_ACTION, catalog.INDICATEUR),
    ),
}
"""How each sheet's rows are found, and the entities of the records they are made of."""


_Segment = tuple[int, Callable[[Any], Any], int]
"""Consecutive columns read on one record of a row: (record index, ``attrgetter``, count)."""


def _segments(spec: fmt.SheetSpec, entities: Sequence[Entity]) -> list[_Segment]:
    groups: list[tuple[int, list[str]]] = []
    for column in spec.columns:
        index = entities.index(column.entity)
        if groups and groups[-1][0] == index:
            groups[-1][1].append(column.field.key)
        else:
            groups.append((index, [column.field.key]))
    return [(index, attrgetter(*keys), len(keys)) for index, keys in groups]


def sheet_rows(
    spec: fmt.SheetSpec, territories: Sequence[records.TerritoryRecord]
) -> Iterator[list[object]]:
    """The cell values of ``spec``'s rows: each column's field read on its record."""
    find_rows, entities = _ROWS[spec.name]
    segments = _segments(spec, entities)
    conversions = [
        (index, convert)
        for index, column in enumerate(spec.columns)
        if (convert := _cell_value(column.field)) is not None
    ]
    for territory in territories:
        for row in find_rows(territory):
            values: list[object] = []
            for index, read, count in segments:
                record = row[index]
                if record is None:  # a territory without a contract
                    values.extend([None] * count)
                elif count == 1:  # attrgetter of one name gives the value, not a tuple
                    values.append(read(record))
                else:
                    values.extend(read(record))
            for index, convert in conversions:
                values[index] = convert(values[index])
            yield values


def _write_sheet(workbook: Workbook, spec: fmt.SheetSpec, rows: Iterable[list[object]]) -> int:
    worksheet = workbook.create_sheet(spec.name)
    rows = list(rows)
    prepare_sheet(worksheet, [column.width for column in spec.columns])
    streaming = workbook.write_only  # a normal sheet keeps its cells: none may be reused
    if streaming:
        declare_dimension(worksheet, len(spec.columns), len(rows) + 1)
    worksheet.append(header_cells(worksheet, spec.headers))
    # One styled cell per typed column, reused row after row: a write-only sheet
    # serialises each row as it is appended, and styling a fresh cell is the slow part.
    styled: list[Cell | None] = []
    for column in spec.columns:
        if column.kind in _TYPED:
            prototype = WriteOnlyCell(worksheet)
            prototype.number_format = column.number_format
            styled.append(prototype)
        else:
            styled.append(None)
    count = 0
    for values in rows:
        cells: list[object] = []
        for index, value in enumerate(values):
            if isinstance(value, str):  # most cells: tested first
                if not value:
                    cells.append(None)
                elif fmt.needs_text_protection(value) or "\r" in value:
                    cells.append(make_cell(worksheet, value))
                else:
                    cells.append(value)
            elif value is None:
                cells.append(None)
            elif streaming and (reused := styled[index]) is not None:
                reused.value = value.date() if isinstance(value, datetime) else value  # type: ignore[assignment]
                cells.append(reused)
            else:
                number_format = spec.columns[index].number_format
                cells.append(make_cell(worksheet, value, number_format))
        worksheet.append(cells)
        count += 1
    finish_sheet(worksheet, len(spec.columns), count + 1)
    return count


def write_exchange_sheets(
    workbook: Workbook, territories: Sequence[records.TerritoryRecord]
) -> None:
    """Append the exchange sheets for ``territories`` (``records.load_territories``)."""
    for spec in fmt.EXCHANGE_SHEETS:
        _write_sheet(workbook, spec, sheet_rows(spec, territories))


def select_territories(
    territories: Sequence[Named], names: Sequence[str], region: str | None
) -> list[Named]:
    """Keep the named territories (all when none named), then those of ``region``.

    Raises:
        UserFacingError: a name or the region matches no territory.
    """
    chosen = list(territories)
    if names:
        by_key = {fold(t.nom): t for t in territories}
        known = ", ".join(t.nom for t in territories) or "aucun"
        chosen = []
        for name in names:
            territory = by_key.get(fold(name))
            if territory is None:
                raise UserFacingError(
                    f"Territoire « {name} » introuvable. Territoires connus : {known}."
                )
            if territory not in chosen:
                chosen.append(territory)
    if region is not None:
        regions = sorted({t.region for t in territories if t.region})
        chosen = [t for t in chosen if fold(t.region) == fold(region)]
        if not chosen:
            raise UserFacingError(
                f"Aucun territoire de la région « {region} » à exporter. Régions connues : "
                f"{', '.join(regions) or 'aucune'}."
            )
    return chosen


def export_workbook(
    database: Database,
    target: Path,
    *,
    territory_names: Sequence[str] = (),
    region: str | None = None,
    progress: ProgressCallback | None = None,
) -> ExportReport:
    """Write the workbook of the chosen territories (all by default) to ``target``.

    Raises:
        UserFacingError: unknown territory or region, or the file cannot be written.
        Cancelled: the progress callback cancelled; nothing was written.
    """
    target = Path(target)
    report(progress, 0, 3, "Lecture des territoires")
    with database.reader() as session:
        loaded = records.load_territories(session)
    territories = select_territories(loaded.territories, territory_names, region)
    workbook = Workbook(write_only=True)
    try:
        # Région sheets are written here, before the exchange sheets
        report(progress, 1, 3, "Calcul de la synthèse régionale")
        synthesis = synthesize(territories, progress_states=loaded.progress_states)
        write_synthesis_sheets(workbook, synthesis, produced_at=datetime.now(), version=__version__)
        report(progress, 1, 3, "Écriture des feuilles d'échange")
        write_exchange_sheets(workbook, territories)
        fiches = [f for t in territories for f in t.fiches_actives]
        result = ExportReport(
            target=target,
            territories=len(territories),
            fiches=len(fiches),
            financing_lines=sum(len(f.financements) for f in fiches),
            indicators=sum(len(f.indicateurs) for f in fiches),
        )
        report(progress, 2, 3, "Enregistrement du classeur")
    except BaseException:
        discard_workbook(workbook)
        raise
    with atomic_path(target) as temporary:
        try:
            workbook.save(temporary)
        except OSError as exc:
            raise UserFacingError(f"Impossible d'écrire « {target} » : {exc}.") from exc
        report(progress, 3, 3, "Terminé")  # still cancellable: the target is not replaced yet
    return result
