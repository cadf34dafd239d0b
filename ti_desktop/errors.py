"""Errors a user can act on, kept apart from bugs.

A ``UserFacingError`` carries a French message that names the file, sheet, row or
column at fault. The CLI prints it on stderr (exit 1) and the window shows it in a
plain dialog. Anything else is a bug: it reaches the crash handler with a traceback.
"""

from __future__ import annotations

from dataclasses import dataclass


class UserFacingError(Exception):
    """A problem of the environment or of the input, explained in French."""

    def __init__(self, message: str, *, details: list[str] | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.details = details or []

    def __str__(self) -> str:
        if not self.details:
            return self.message
        return self.message + "\n" + "\n".join(f"  - {line}" for line in self.details)


class NotADatabaseError(UserFacingError):
    """The file is not a TI Desktop database (it is left untouched)."""


class NewerDatabaseError(UserFacingError):
    """The database was written by a newer version of TI Desktop."""


class DatabaseEnvironmentError(UserFacingError):
    """The database file cannot be read or written now (locked, read-only, full, damaged).

    Nothing was written: the transaction was rolled back.
    """


class TemplateError(UserFacingError):
    """A Word template cannot be read or rendered."""


class WorkbookError(UserFacingError):
    """An Excel workbook cannot be read, or holds invalid cells."""


@dataclass(frozen=True, slots=True)
class CellProblem:
    """One invalid cell of a workbook, located for a human."""

    sheet: str
    row: int | None
    column: str | None
    reason: str

    def __str__(self) -> str:
        where = [f"feuille « {self.sheet} »"]
        if self.row is not None:
            where.append(f"ligne {self.row}")
        if self.column:
            where.append(f"colonne « {self.column} »")
        return ", ".join(where) + " : " + self.reason
