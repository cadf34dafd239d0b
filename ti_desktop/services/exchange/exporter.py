"""Write the exchange workbook: typed cells, French headers, filters, frozen header row.

``export_workbook`` is what ``ti-desktop export`` and the window call. The sheets follow
``exchange_format`` exactly, so the file imports back. Every text that a spreadsheet
could take for a formula is written as a plain string cell (never ``<f>``).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any, TypeVar

from openpyxl import Workbook
from openpyxl.cell import Cell, WriteOnlyCell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from ti_desktop import __version__
from ti_desktop.db.models import Axe, Signataire, Territoire
from ti_desktop.db.store import Database
from ti_desktop.db.vocabulary import GroupeSignataire, fold
from ti_desktop.errors import UserFacingError
from ti_desktop.services.exchange import format as fmt
from ti_desktop.services.files.atomic import atomic_path
from ti_desktop.services.progress import ProgressCallback, report
from ti_desktop.services.region.sheets import write_synthesis_sheets
from ti_desktop.services.region.synthesis import (
    AnyTerritory,
    LabelRecord,
    SignatoryRecord,
    TerritoryRecord,
    load_territory_records,
    synthesize,
)

HEADER_FONT = Font(bold=True)
HEADER_FILL = PatternFill("solid", fgColor="DDE7F3")
HEADER_ALIGNMENT = Alignment(vertical="center", wrap_text=True)
TerritoryT = TypeVar("TerritoryT", Territoire, TerritoryRecord)
PRINT_FIT_WIDTH = 260
"""Total column width (characters) above which a sheet is not shrunk to the page width."""


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


def make_cell(worksheet: Any, value: object, number_format: str | None = None) -> Cell:
    """A typed cell; text that looks like a formula stays text (quote prefix).

    Works for write-only and normal worksheets. ``datetime`` values are written as
    dates, ``Decimal`` as exact numbers.
    """
    if isinstance(value, datetime):
        value = value.date()
    if isinstance(value, str):
        value = value.replace("\r\n", "\n")
    cell = WriteOnlyCell(worksheet, value=value)  # type: ignore[arg-type]  # Decimal, date
    if isinstance(value, str):
        if fmt.needs_text_protection(value):
            cell.data_type = "s"
            cell.quotePrefix = True
    elif value is not None and number_format is not None:
        cell.number_format = number_format
    elif isinstance(value, date):
        cell.number_format = fmt.DATE_FORMAT
    return cell


def header_cells(worksheet: Any, headers: Iterable[str]) -> list[Cell]:
    """Bold, shaded header cells."""
    cells = []
    for header in headers:
        cell = WriteOnlyCell(worksheet, value=header)
        cell.font = HEADER_FONT
        cell.fill = HEADER_FILL
        cell.alignment = HEADER_ALIGNMENT
        cells.append(cell)
    return cells


def prepare_sheet(worksheet: Any, widths: Sequence[float], *, header_rows: int = 1) -> None:
    """Column widths and frozen header rows (call before writing rows)."""
    for index, width in enumerate(widths, start=1):
        worksheet.column_dimensions[get_column_letter(index)].width = width
    worksheet.freeze_panes = f"A{header_rows + 1}"
    # printed landscape with the header rows on every page; fitted to the page width
    # unless that would shrink the text below reading size (the wide fiches sheet)
    worksheet.page_setup.orientation = "landscape"
    worksheet.page_setup.paperSize = "9"  # A4
    worksheet.print_title_rows = f"1:{header_rows}"
    if sum(widths) <= PRINT_FIT_WIDTH:
        worksheet.page_setup.fitToWidth = 1
        worksheet.page_setup.fitToHeight = 0
        worksheet.sheet_properties.pageSetUpPr.fitToPage = True


def declare_dimension(worksheet: Any, columns: int, rows: int) -> None:
    """Announce the sheet's size in ``<dimension>`` (before the first row is written).

    A write-only sheet otherwise omits it, and readers such as openpyxl's read-only
    mode then parse the whole sheet once more just to find its size.
    """
    reference = f"A1:{get_column_letter(max(columns, 1))}{max(rows, 1)}"
    worksheet.calculate_dimension = lambda: reference


def finish_sheet(worksheet: Any, columns: int, last_row: int, *, header_row: int = 1) -> None:
    """Autofilter over the header row and the data (call after writing rows)."""
    end = max(last_row, header_row + 1)
    worksheet.auto_filter.ref = f"A{header_row}:{get_column_letter(columns)}{end}"


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
        if column.kind in (fmt.Kind.TEXT, fmt.Kind.NUMERO, fmt.Kind.PERIOD):
            styled.append(None)
        else:
            prototype = WriteOnlyCell(worksheet)
            prototype.number_format = column.number_format
            styled.append(prototype)
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


_GROUP_ORDER = {group.value: index for index, group in enumerate(GroupeSignataire)}


def _territory_rows(territories: Sequence[AnyTerritory]) -> Iterable[list[object]]:
    for territory in territories:
        contract = territory.contrat_courant
        yield [
            territory.nom,
            territory.region,
            territory.departements,
            territory.phase,
            contract.type_document if contract else None,
            (contract.periode or None) if contract else None,
            contract.statut if contract else None,
            contract.date_signature if contract else None,
            contract.lieu_signature if contract else None,
            territory.chef_projet_nom,
            territory.chef_projet_email,
            territory.elu_referent,
            territory.industriel_referent,
            territory.chef_projet_telephone,
            contract.deliberation_region_reference if contract else None,
            contract.deliberation_region_date if contract else None,
        ]


def _axis_rows(territories: Sequence[AnyTerritory]) -> Iterable[list[object]]:
    for territory in territories:
        axes: Sequence[Axe | LabelRecord] = territory.axes
        for index, axis in enumerate(axes, start=1):
            yield [territory.nom, index, axis.libelle]


def _signatory_rows(territories: Sequence[AnyTerritory]) -> Iterable[list[object]]:
    for territory in territories:
        people: Sequence[Signataire | SignatoryRecord] = territory.signataires
        ordered = sorted(
            people, key=lambda s: (_GROUP_ORDER.get(s.groupe, 99), s.ordre, fold(s.organisme))
        )
        for person in ordered:
            yield [
                territory.nom,
                person.groupe,
                person.organisme,
                person.representant,
                person.fonction,
                person.ordre,
                person.deliberation_reference,
                person.deliberation_date,
                person.email,
            ]


def _fiche_rows(territories: Sequence[AnyTerritory]) -> Iterable[list[object]]:
    for territory in territories:
        for fiche in territory.fiches_actives:
            yield [
                territory.nom,
                fiche.numero,
                fiche.intitule,
                fiche.axe.libelle if fiche.axe else None,
                fiche.maitre_ouvrage,
                fiche.description,
                fiche.objectifs,
                fiche.partenaires,
                fiche.localisation,
                fiche.date_debut,
                fiche.date_fin,
                fiche.cout_total_ht,
                fiche.avancement.libelle if fiche.avancement else None,
                fiche.enjeu_local,
                fiche.contact,
                fiche.demande_simplification,
            ]


def _financing_rows(territories: Sequence[AnyTerritory]) -> Iterable[list[object]]:
    for territory in territories:
        for fiche in territory.fiches_actives:
            for line in fiche.financements:
                yield [
                    territory.nom,
                    fiche.numero,
                    line.financeur.libelle,
                    line.dispositif,
                    line.montant,
                    line.statut.libelle,
                ]


def _indicator_rows(territories: Sequence[AnyTerritory]) -> Iterable[list[object]]:
    for territory in territories:
        for fiche in territory.fiches_actives:
            for indicator in fiche.indicateurs:
                yield [
                    territory.nom,
                    fiche.numero,
                    indicator.nom,
                    indicator.unite,
                    _plain_quantity(indicator.valeur_cible),
                    indicator.echeance,
                    _plain_quantity(indicator.valeur_atteinte),
                ]


def _plain_quantity(value: Decimal | None) -> Decimal | None:
    """``6.5000`` → ``6.5`` so the cell shows what the user typed."""
    if value is None:
        return None
    normalized = value.normalize()
    return normalized.quantize(Decimal(1)) if normalized == normalized.to_integral() else normalized


def write_exchange_sheets(workbook: Workbook, territories: Sequence[AnyTerritory]) -> None:
    """Append the exchange sheets for ``territories`` (eager-loaded) to ``workbook``.

    Private notes (the territory's and the fiches') are never written.
    """
    _write_sheet(workbook, fmt.TERRITOIRES, _territory_rows(territories))
    _write_sheet(workbook, fmt.AXES, _axis_rows(territories))
    _write_sheet(workbook, fmt.SIGNATAIRES, _signatory_rows(territories))
    _write_sheet(workbook, fmt.FICHES, _fiche_rows(territories))
    _write_sheet(workbook, fmt.FINANCEMENTS, _financing_rows(territories))
    _write_sheet(workbook, fmt.INDICATEURS, _indicator_rows(territories))


def select_territories(
    territories: Sequence[TerritoryT], names: Sequence[str], region: str | None
) -> list[TerritoryT]:
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
        # plain column queries: the export only reads, ORM objects would cost seconds
        records = load_territory_records(session)
    territories = select_territories(records.territories, territory_names, region)
    workbook = Workbook(write_only=True)
    try:
        # Région sheets are written here, before the exchange sheets
        report(progress, 1, 3, "Calcul de la synthèse régionale")
        synthesis = synthesize(territories, progress_states=records.progress_states)
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
            territoire_ids=tuple(t.id for t in territories),
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


def discard_workbook(workbook: Workbook) -> None:
    """Close an unsaved write-only workbook and remove its temporary sheet files."""
    for worksheet in workbook.worksheets:
        close = getattr(worksheet, "close", None)
        if close is None or worksheet.closed:
            continue
        close()
        writer = getattr(worksheet, "_writer", None)
        if writer is not None:
            Path(writer.out).unlink(missing_ok=True)
