"""Import an exchange workbook: read and check everything, preview, then write at once.

``plan_import`` reads the whole file (``reader``) and checks every cell against the
database (``checks``) without writing; its ``ImportPlan`` lists every problem (sheet,
row, column, reason) and a preview per territory. ``apply_import`` writes a valid plan
in one transaction (``writer``). All or nothing: one invalid cell and nothing is written.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ti_desktop.db.store import Database
from ti_desktop.errors import CellProblem, WorkbookError
from ti_desktop.services.exchange.checks import TerritoryPreview, check_content, problem_order
from ti_desktop.services.exchange.reader import Content, read_workbook
from ti_desktop.services.exchange.writer import Writer
from ti_desktop.services.progress import ProgressCallback

__all__ = [
    "ImportPlan",
    "ImportReport",
    "TerritoryPreview",
    "apply_import",
    "import_workbook",
    "plan_import",
    "refusal",
]


@dataclass
class ImportPlan:
    """Everything read from a workbook, checked, and not yet written."""

    source: Path
    errors: list[CellProblem] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    territories: list[TerritoryPreview] = field(default_factory=list)
    new_financers: list[str] = field(default_factory=list)
    _content: Content | None = field(default=None, repr=False)

    @property
    def is_valid(self) -> bool:
        """No error: the plan can be applied."""
        return not self.errors

    def preview_lines(self) -> list[str]:
        """The preview as French lines (territories, then new financers)."""
        lines = [t.describe() for t in self.territories]
        if self.new_financers:
            lines.append("Nouveaux financeurs : " + ", ".join(self.new_financers))
        return lines


@dataclass(frozen=True)
class ImportReport:
    """What an applied import changed."""

    source: Path
    territories_created: int
    territories_updated: int
    fiches_created: int
    fiches_updated: int
    fiches_restored: int
    signatories: int
    financing_lines: int
    indicators: int
    financers_added: list[str]
    warnings: list[str]

    def summary(self) -> str:
        """One French sentence for the CLI and the status line."""
        text = (
            f"{self.territories_created} territoire(s) créé(s), {self.territories_updated} mis à "
            f"jour ; {self.fiches_created} fiche(s) créée(s), {self.fiches_updated} mise(s) à jour"
        )
        if self.fiches_restored:
            text += f" dont {self.fiches_restored} restaurée(s) de la corbeille"
        text += (
            f" ; {self.signatories} signataire(s), {self.financing_lines} ligne(s) de "
            f"financement, {self.indicators} indicateur(s)"
        )
        if self.financers_added:
            text += " ; financeur(s) ajouté(s) : " + ", ".join(self.financers_added)
        return text + "."


def plan_import(
    database: Database, source: Path, progress: ProgressCallback | None = None
) -> ImportPlan:
    """Read and check the whole workbook without writing anything.

    Raises:
        WorkbookError: the file itself is refused (not xlsx, encrypted, too big).
    """
    source = Path(source)
    content = read_workbook(source, progress)
    plan = ImportPlan(source, list(content.errors), list(content.warnings), _content=content)
    if content.sheets and not any(sheet.rows for sheet in content.sheets.values()):
        plan.warnings.append("Le classeur ne contient aucune ligne de données : rien à importer.")
    with database.reader() as session:
        resolution, errors, warnings = check_content(session, content)
    plan.errors.extend(errors)
    plan.warnings.extend(warnings)
    plan.territories = resolution.previews
    plan.new_financers = list(resolution.new_financers.values())
    plan.errors.sort(key=problem_order)
    return plan


def apply_import(
    database: Database, plan: ImportPlan, progress: ProgressCallback | None = None
) -> ImportReport:
    """Write a checked plan in one transaction.

    Raises:
        WorkbookError: the plan has errors, or the database changed so that it no
            longer applies; nothing is written.
        Cancelled: the progress callback cancelled; nothing is written.
    """
    if plan.errors or plan._content is None:
        raise refusal(plan.source, plan.errors)
    with database.session() as session:
        resolution, errors, _ = check_content(session, plan._content, for_writing=True)
        if errors:
            raise refusal(plan.source, sorted(errors, key=problem_order))
        counts = Writer(session, plan._content, resolution, progress).write()
    return ImportReport(
        source=plan.source,
        financers_added=list(resolution.new_financers.values()),
        warnings=plan.warnings,
        **counts,
    )


def import_workbook(
    database: Database, source: Path, progress: ProgressCallback | None = None
) -> ImportReport:
    """Check then write a workbook: all of it, or nothing.

    Raises:
        WorkbookError: listing every problem (sheet, row, column, reason).
    """
    plan = plan_import(database, source, progress)
    return apply_import(database, plan, progress)


def refusal(source: Path, errors: list[CellProblem]) -> WorkbookError:
    """The error refusing ``source``, with every problem as a detail line."""
    count = len(errors)
    return WorkbookError(
        f"« {Path(source).name} » n'a pas été importé : {count} problème(s) à corriger "
        "(rien n'a été enregistré).",
        details=[str(problem) for problem in errors],
    )
