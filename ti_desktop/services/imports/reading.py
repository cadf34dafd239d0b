"""Open a tracker, find its header row and propose what each column becomes.

``read_tracker`` opens the file (``tables``), finds the sheet and its header row
(``headers``) and proposes a target per column: the mapping remembered for the same
headers (``memory``) first, then the synonyms (``mapping``). The user confirms or
changes it (``TrackerReading.choose``); ``plan.plan_tracker`` then checks the rows.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from openpyxl.utils import get_column_letter

from ti_desktop.db.store import Database
from ti_desktop.errors import UserFacingError, WorkbookError
from ti_desktop.services import reference_lists
from ti_desktop.services.fields.values import as_text
from ti_desktop.services.french_format import format_number
from ti_desktop.services.imports import mapping
from ti_desktop.services.imports.cells import TableRow, Unreadable, is_blank_cell
from ti_desktop.services.imports.headers import SCANNED_ROWS, HeaderRow, find_header
from ti_desktop.services.imports.lists import PROGRESS_WORDS, STATUS_WORDS
from ti_desktop.services.imports.mapping import IGNORE, Target
from ti_desktop.services.imports.memory import MappingMemory
from ti_desktop.services.imports.tables import TableFile, open_table
from ti_desktop.services.progress import ProgressCallback, report

_SAMPLES = 4


@dataclass
class ColumnChoice:
    """One column of the tracker and what it becomes.

    Attributes:
        index: the column (from 0).
        header: its header (« Coût (€ HT) »), ``""`` without one.
        group: the group header above it (« Plan de financement »), if any.
        target: the field, financer or status it carries (``IGNORE``: none).
        scale: money given in thousands or millions of euros (``k€``, ``M€``).
        origin: « reconnue », « mémorisée » or « choisie » (empty when ignored).
        alternatives: other readings of its header.
        samples: its first values, as text.
    """

    index: int
    header: str
    group: str = ""
    target: Target = IGNORE
    scale: int = 1
    origin: str = ""
    alternatives: tuple[Target, ...] = ()
    samples: tuple[str, ...] = ()

    @property
    def letter(self) -> str:
        """The spreadsheet's column letter (« E »)."""
        return get_column_letter(self.index + 1)

    @property
    def name(self) -> str:
        """« « Coût (€ HT) » (E) », or « colonne F (sans en-tête) »."""
        if not self.header:
            return f"colonne {self.letter} (sans en-tête)"
        return f"« {self.header} » ({self.letter})"

    @property
    def mapped(self) -> bool:
        return self.target.kind != mapping.IGNORED

    def describe(self) -> str:
        """« « Porteur » (C) → Maître d'ouvrage (reconnue) »."""
        text = f"{self.name} → {self.target.label()}"
        if self.scale == 1_000:
            text += ", en milliers d'euros (× 1 000)"
        elif self.scale != 1:
            text += f", en euros × {self.scale:,}".replace(",", "\u202f")
        return text + (f" ({self.origin})" if self.origin else "")


@dataclass
class TrackerReading:
    """A tracker opened, its header row found and its columns mapped (nothing checked yet)."""

    source: Path
    kind: str
    reading: str
    sheets: list[str]
    sheet: str
    header: HeaderRow
    columns: list[ColumnChoice]
    rows: list[TableRow]
    remembered: bool = False

    @property
    def headers(self) -> list[str]:
        return [column.header for column in self.columns]

    def column(self, name: str) -> ColumnChoice:
        """The column of header ``name`` (ignoring case, accents, punctuation) or letter.

        Raises:
            UserFacingError: no such column (the message lists the headers).
        """
        wanted = mapping.fold_header(name)
        for column in self.columns:
            if column.header and mapping.fold_header(column.header) == wanted:
                return column
        for column in self.columns:
            if column.letter == name.strip().upper():
                return column
        listed = ", ".join(f"« {c.header} »" for c in self.columns if c.header)
        raise UserFacingError(
            f"« {self.source.name} » n'a pas de colonne « {name} » (en-têtes lus en ligne "
            f"{self.header.number} : {listed})."
        )

    def choose(self, name: str, target: Target) -> ColumnChoice:
        """Map the column ``name`` to ``target`` (the user's choice)."""
        column = self.column(name)
        column.target = target
        column.origin = "choisie" if target.kind != mapping.IGNORED else ""
        column.scale = mapping.with_scale(mapping.Proposal(target), column.header).scale
        return column

    def specs(self) -> dict[str, str]:
        """The mapping to remember: folded header → target spec."""
        return {mapping.fold_header(c.header): c.target.spec() for c in self.columns if c.header}


def read_tracker(
    database: Database,
    source: Path,
    *,
    sheet: str | None = None,
    memory: MappingMemory | None = None,
    progress: ProgressCallback | None = None,
) -> TrackerReading:
    """Open ``source``, find its sheet and header row, propose a mapping.

    Raises:
        WorkbookError: the file is refused, the sheet is missing, or no header row
            is found (in the first 40 rows).
    """
    source = Path(source)
    with database.reader() as session:
        financers = [f.libelle for f in reference_lists.financers(session)]
        states = [s.libelle for s in reference_lists.progress_states(session)]
        statuses = [s.libelle for s in reference_lists.financing_statuses(session)]
    states += [word for words in PROGRESS_WORDS.values() for word in words]
    statuses += [word for words in STATUS_WORDS.values() for word in words]
    report(progress, 0, 3, f"Lecture de « {source.name} »")

    def recognise(text: str) -> bool:
        return mapping.recognised(text, financers)

    with open_table(source) as table:
        chosen, header = _choose_sheet(table, sheet, recognise)
        report(progress, 1, 3, f"Lecture de la feuille « {chosen} »")
        rows = [row for row in table.sheet(chosen).rows() if row.number > header.number]
        sheets = [s.name for s in table.sheets]
        kind, reading = table.kind, table.reading
    report(progress, 2, 3, "Correspondance des colonnes")
    width = max([len(header.names), *(len(row.cells) for row in rows)], default=0)
    names = [header.names[i] if i < len(header.names) else "" for i in range(width)]
    sample_rows = [row for row in rows[:200] if _looks_like_data(row)]
    values = [[row.cell(i) for row in sample_rows] for i in range(width)]
    proposals = mapping.propose(
        names, values, financers=financers, progress_labels=states, status_labels=statuses
    )
    columns = [
        ColumnChoice(
            index,
            names[index],
            header.groups[index] if index < len(header.groups) else "",
            proposal.target,
            proposal.scale,
            "reconnue" if proposal.target.kind != mapping.IGNORED else "",
            proposal.alternatives,
            tuple(_sample(v) for v in values[index] if _shown(v))[:_SAMPLES],
        )
        for index, proposal in enumerate(proposals)
    ]
    reading_ = TrackerReading(source, kind, reading, sheets, chosen, header, columns, rows)
    if memory is not None:
        _recall(reading_, memory, financers)
    report(progress, 3, 3, "Lecture terminée")
    return reading_


def _looks_like_data(row: TableRow) -> bool:
    """Not a section title (one cell) nor a total row: rows whose values show a column."""
    filled = [value for value in row.cells if not is_blank_cell(value)]
    first = str(filled[0]).strip().casefold() if filled else ""
    return len(filled) > 1 and not first.startswith(("total", "sous-total", "sous total"))


def _sample(value: Any) -> str:
    """A cell as the user saw it in the spreadsheet (numbers grouped the French way)."""
    if isinstance(value, int | float | Decimal) and not isinstance(value, bool):
        return format_number(Decimal(str(value)))
    return as_text(value)


def _shown(value: Any) -> bool:
    return not is_blank_cell(value) and not isinstance(value, Unreadable)


def _choose_sheet(table: TableFile, wanted: str | None, recognise: Any) -> tuple[str, HeaderRow]:
    """The sheet to read (named, or the one whose header names most fields) and its header."""
    sheets = [table.sheet(wanted)] if wanted else [s for s in table.sheets if not s.hidden]
    best: tuple[int, int, str, HeaderRow] | None = None
    for sheet in sheets or table.sheets:
        head: list[TableRow] = []
        for row in sheet.rows():
            head.append(row)
            if len(head) >= SCANNED_ROWS:
                break
        header = find_header(head, recognise)
        if header is None:
            continue
        score = sum(1 for name in header.names if name and recognise(name))
        if best is None or score > best[0]:
            best = (score, -len(head), sheet.name, header)
    if best is None:
        where = f"la feuille « {wanted} »" if wanted else "aucune feuille"
        raise WorkbookError(
            f"« {table.path.name} » : {where} ne contient de ligne d'en-têtes reconnue dans ses "
            f"{SCANNED_ROWS} premières lignes (attendu par exemple « N° », « Intitulé », "
            "« Porteur de projet », « Coût total »)."
        )
    return best[2], best[3]


def _recall(reading: TrackerReading, memory: MappingMemory, financers: Sequence[str]) -> None:
    remembered = memory.recall(reading.headers)
    if remembered is None:
        return
    for column in reading.columns:
        spec = remembered.get(mapping.fold_header(column.header)) if column.header else None
        if spec is None:
            continue
        try:
            target = mapping.parse_target(spec, financers)
        except UserFacingError:
            continue  # a field removed since: keep the proposal
        column.target = target
        column.origin = "mémorisée" if target.kind != mapping.IGNORED else ""
        column.scale = mapping.with_scale(mapping.Proposal(target), column.header).scale
    reading.remembered = True
