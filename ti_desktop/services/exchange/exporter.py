"""Write the exchange workbook: typed cells, French headers, filters, frozen header row.

``export_workbook`` is what ``ti-desktop export`` and the window call. The sheets follow
``exchange.format`` exactly, so the file imports back: each cell is the value of its
column's field on the row's record (``getattr(record, field.key)``), so a field added to
the table is exported with no change here. Private notes are no column, so they are
never written. Every text that a spreadsheet could take for a formula is written as a
plain string cell (never ``<f>``).
"""

from __future__ import annotations

import shutil
import tempfile
import uuid
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
from ti_desktop.db.vocabulary import CategorieFinancement, fold
from ti_desktop.errors import UserFacingError
from ti_desktop.services import records
from ti_desktop.services.documents import pdf as office
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
from ti_desktop.services.files.atomic import atomic_path, describe_os_error
from ti_desktop.services.financing import ZERO
from ti_desktop.services.office_formats import WorkbookFormat
from ti_desktop.services.progress import ProgressCallback, report
from ti_desktop.services.region.sheets import write_synthesis_sheets
from ti_desktop.services.region.synthesis import synthesize

Named = TypeVar("Named", bound=records.TerritoryRecord)

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
    territoire_ids: tuple[uuid.UUID, ...] = ()  # the territories written, for the register

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


Children = Callable[[Any], Sequence[Any]]
"""The records one level down (a territory's fiches, a fiche's financing lines)."""


def _ranked_axes(territory: records.TerritoryRecord) -> list[records.AxisRecord]:
    # « Ordre » is the axis' rank in its list (positions may have gaps, and start at 0)
    return [axis.replaced(position=rank) for rank, axis in enumerate(territory.axes, start=1)]


_LEVELS: dict[str, tuple[tuple[Entity, Children | None], ...]] = {
    fmt.TERRITOIRES.name: (
        (catalog.TERRITOIRE, lambda t: [t.contrat_courant]),
        (catalog.CONTRAT, None),
    ),
    fmt.AXES.name: ((catalog.TERRITOIRE, _ranked_axes), (catalog.AXE, None)),
    fmt.SIGNATAIRES.name: (
        (catalog.TERRITOIRE, lambda t: t.signataires),  # in document order
        (catalog.SIGNATAIRE, None),
    ),
    fmt.FICHES.name: (
        (catalog.TERRITOIRE, lambda t: t.fiches_actives),
        (catalog.FICHE_ACTION, None),
    ),
    fmt.FINANCEMENTS.name: (
        (catalog.TERRITOIRE, lambda t: t.fiches_actives),
        (catalog.FICHE_ACTION, lambda f: f.financements),
        (catalog.LIGNE_FINANCEMENT, None),
    ),
    fmt.INDICATEURS.name: (
        (catalog.TERRITOIRE, lambda t: t.fiches_actives),
        (catalog.FICHE_ACTION, lambda f: f.indicateurs),
        (catalog.INDICATEUR, None),
    ),
}
"""The records of each sheet's rows, level by level from the territory down to the row's
own record, each with the records of the level below."""


def _reader(keys: Sequence[str]) -> Callable[[Any], tuple[object, ...]]:
    """The values of ``keys`` on a record, as a tuple (Nones for no record)."""
    if not keys:
        return lambda record: ()
    get = attrgetter(*keys)
    nothing = (None,) * len(keys)
    if len(keys) == 1:
        return lambda record: nothing if record is None else (get(record),)
    return lambda record: nothing if record is None else get(record)


def fiche_figures(fiche: records.FicheRecord) -> tuple[object, ...]:
    """Acquis, sollicité, reste à financer and share acquired of a fiche (``FIGURES``)."""
    summary = fiche.summary
    solicited = summary.par_categorie.get(CategorieFinancement.SOLLICITE, ZERO)
    cost = fiche.cout_total_ht
    return (
        summary.acquis,
        solicited,
        summary.reste_a_financer if cost is not None else None,
        summary.part_acquise,
    )


_FIGURES: dict[str, Callable[[Any], tuple[object, ...]]] = {fmt.FICHES.name: fiche_figures}
"""The computed columns' values of a sheet's row, from the row's own record."""


def sheet_rows(
    spec: fmt.SheetSpec, territories: Sequence[records.TerritoryRecord]
) -> Iterator[Sequence[object]]:
    """The cell values of ``spec``'s rows: each column's field read on its record.

    The values of a territory, then of a fiche, are read once for all their rows; the
    computed columns (``spec.computed``) follow, worked out from the row's record.
    """
    levels = _LEVELS[spec.name]
    readers = [
        _reader([c.field.key for c in spec.columns if c.entity is entity]) for entity, _ in levels
    ]
    placed = [i for entity, _ in levels for i, c in enumerate(spec.columns) if c.entity is entity]
    order = [placed.index(i) for i in range(len(spec.columns))]
    reorder = order != list(range(len(order)))  # the Territoires sheet mixes two entities
    figures = _FIGURES.get(spec.name) if spec.computed else None
    conversions = [
        (index, convert)
        for index, column in enumerate(spec.columns)
        if (convert := _cell_value(column.field)) is not None
    ]

    def finish(values: tuple[object, ...]) -> Sequence[object]:
        if not reorder and not conversions:
            return values
        cells = [values[i] for i in order] if reorder else list(values)
        for index, convert in conversions:
            cells[index] = convert(cells[index])
        return cells

    def rows(level: int, record: Any, before: tuple[object, ...]) -> Iterator[Sequence[object]]:
        values = before + readers[level](record)
        children = levels[level][1]
        if children is None:
            yield finish(values)
        elif level + 2 == len(levels):  # the rows' own level, written out: the hot loop
            read = readers[level + 1]
            if figures is not None:
                for child in children(record):
                    yield [*finish(values + read(child)), *figures(child)]
                return
            for child in children(record):
                yield finish(values + read(child))
        else:
            for child in children(record):
                yield from rows(level + 1, child, values)

    for territory in territories:
        yield from rows(0, territory, ())


def _write_sheet(
    workbook: Workbook,
    spec: fmt.SheetSpec,
    rows: Iterable[Sequence[object]],
    produced_at: datetime | None = None,
) -> int:
    worksheet = workbook.create_sheet(spec.name)
    rows = list(rows)
    columns = spec.written_columns
    headers = spec.written_headers
    prepare_sheet(
        worksheet,
        [column.width for column in columns],
        headers=headers,
        key_columns=spec.key_columns,
        produced_at=produced_at,
    )
    streaming = workbook.write_only  # a normal sheet keeps its cells: none may be reused
    if streaming:
        declare_dimension(worksheet, len(columns), len(rows) + 1)
    worksheet.append(header_cells(worksheet, headers))
    # One styled cell per typed column, reused row after row: a write-only sheet
    # serialises each row as it is appended, and styling a fresh cell is the slow part.
    styled: list[Cell | None] = []
    for column in columns:
        if column.kind in _TYPED or column.number_format_override:
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
                number_format = columns[index].number_format
                cells.append(make_cell(worksheet, value, number_format))
        worksheet.append(cells)
        count += 1
    finish_sheet(worksheet, len(columns), count + 1)
    return count


def write_exchange_sheets(
    workbook: Workbook,
    territories: Sequence[records.TerritoryRecord],
    produced_at: datetime | None = None,
) -> None:
    """Append the exchange sheets for ``territories`` (``records.load_territories``)."""
    for spec in fmt.EXCHANGE_SHEETS:
        _write_sheet(workbook, spec, sheet_rows(spec, territories), produced_at)


def _named(territories: Sequence[Named], name: str) -> Named:
    """The territory named ``name`` (case and accents ignored), or the only one containing it.

    Raises:
        UserFacingError: none or several match; the message lists the candidates.
    """
    key = fold(name)
    exact = [t for t in territories if fold(t.nom) == key]
    if exact:
        return exact[0]
    partial = [t for t in territories if key and key in fold(t.nom)]
    if len(partial) == 1:
        return partial[0]
    if partial:
        names = ", ".join(sorted(f"« {t.nom} »" for t in partial))
        raise UserFacingError(
            f"« {name} » désigne plusieurs territoires : {names}. Précisez le nom."
        )
    known = ", ".join(t.nom for t in territories) or "aucun"
    raise UserFacingError(f"Territoire « {name} » introuvable. Territoires connus : {known}.")


def select_territories(
    territories: Sequence[Named], names: Sequence[str], region: str | None
) -> list[Named]:
    """Keep the named territories (all when none named), then those of ``region``.

    A name may be an unambiguous part of the territory's name (« troyes »), as for
    the contract.

    Raises:
        UserFacingError: a name matches no territory or several, or the region none.
    """
    chosen = list(territories)
    if names:
        chosen = []
        for name in names:
            territory = _named(territories, name)
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
    file_format: WorkbookFormat = "xlsx",
) -> ExportReport:
    """Write the workbook of the chosen territories (all by default) to ``target``.

    With ``file_format="ods"`` the workbook is written as OpenDocument (LibreOffice
    converts the Excel workbook; the target takes the ``.ods`` suffix).

    Raises:
        UserFacingError: unknown territory or region, the file cannot be written, or
            LibreOffice is missing for an ``.ods``.
        Cancelled: the progress callback cancelled; nothing was written.
    """
    target = Path(target)
    soffice = office.require_soffice(open_format="ods") if file_format == "ods" else None
    if file_format == "ods" and target.suffix.lower() != ".ods":
        known = target.suffix.lower() in (".xlsx", ".ods")
        target = target.with_suffix(".ods") if known else target.with_name(target.name + ".ods")
    if file_format == "xlsx":
        fmt.require_workbook_name(target)
    report(progress, 0, 3, "Lecture des territoires")
    with database.reader() as session:
        loaded = records.load_territories(session)
    territories = select_territories(loaded.territories, territory_names, region)
    with records.held_records():  # read for seconds: kept out of the collector's scans
        return _write_workbook(target, territories, loaded.progress_states, progress, soffice)


def _write_workbook(
    target: Path,
    territories: Sequence[records.TerritoryRecord],
    progress_states: dict[str, int],
    progress: ProgressCallback | None,
    soffice: Path | None = None,
) -> ExportReport:
    workbook = Workbook(write_only=True)
    try:
        # Région sheets are written here, before the exchange sheets
        report(progress, 1, 3, "Calcul de la synthèse régionale")
        synthesis = synthesize(territories, progress_states=progress_states)
        produced_at = datetime.now()
        write_synthesis_sheets(workbook, synthesis, produced_at=produced_at, version=__version__)
        report(progress, 1, 3, "Écriture des feuilles d'échange")
        write_exchange_sheets(workbook, territories, produced_at)
        fiches = [f for t in territories for f in t.fiches_actives]
        result = ExportReport(
            target=target,
            territories=len(territories),
            fiches=len(fiches),
            financing_lines=sum(len(f.financements) for f in fiches),
            indicators=sum(len(f.indicateurs) for f in fiches),
            territoire_ids=tuple(t.id for t in territories),
        )
        report(progress, 2, 3, "Enregistrement du classeur")
        if soffice is not None:
            with tempfile.TemporaryDirectory(prefix="ti-desktop-classeur-") as work:
                excel, opened = Path(work) / "classeur.xlsx", Path(work) / "classeur.ods"
                try:
                    workbook.save(excel)
                except OSError as exc:
                    raise UserFacingError(describe_os_error(excel, exc)) from exc
                office.convert(excel, {"ods": opened}, soffice=soffice)
                with atomic_path(target) as temporary:
                    shutil.copyfile(opened, temporary)
                    report(progress, 3, 3, "Terminé")  # still cancellable: not replaced yet
        else:
            with atomic_path(target) as temporary:
                try:
                    workbook.save(temporary)
                except OSError as exc:
                    raise UserFacingError(describe_os_error(target, exc)) from exc
                report(progress, 3, 3, "Terminé")  # still cancellable: not replaced yet
    except BaseException as exc:
        discard_workbook(workbook, exc)
        raise
    return result
    with atomic_path(target) as temporary:
        try:
            workbook.save(temporary)
        except OSError as exc:
            raise UserFacingError(f"Impossible d'écrire « {target} » : {exc}.") from exc
        report(progress, 3, 3, "Terminé")  # still cancellable: the target is not replaced yet
    return result
