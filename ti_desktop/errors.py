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


class DatabaseInUseError(DatabaseEnvironmentError):
    """Another program holds the database (``holder`` names it when known)."""

    def __init__(self, message: str, *, holder: object | None = None) -> None:
        super().__init__(message)
        self.holder = holder


class DamagedDatabaseError(DatabaseEnvironmentError):
    """The database file is damaged (or empty): only restoring a backup can help.

    The window answers it with its rescue dialog, the command line with the list of
    backups; the file itself is left as it is.
    """


class MissingDatabaseError(UserFacingError):
    """The database named does not exist, and this command does not create one."""


# French words for the system errors users meet (Python gives them in English).
_WINDOWS_ERRORS = {
    5: "accès refusé",
    32: "le fichier est utilisé par un autre programme",
    33: "une partie du fichier est verrouillée par un autre programme",
    39: "le disque est plein",
    53: "chemin réseau introuvable",
    64: "le partage réseau n'est plus disponible",
    67: "nom de partage réseau introuvable",
    112: "le disque est plein",
    206: "nom de fichier ou chemin trop long",
    1224: "le fichier est utilisé par un autre programme",
}
_ERRNO_TEXTS = {
    "ENOSPC": "le disque est plein",
    "EDQUOT": "le quota d'espace disque est dépassé",
    "EACCES": "accès refusé",
    "EPERM": "opération non permise",
    "EROFS": "le support est en lecture seule",
    "ENOENT": "fichier ou dossier introuvable",
    "EEXIST": "le fichier existe déjà",
    "ENAMETOOLONG": "nom de fichier trop long",
    "EIO": "erreur d'entrée-sortie (disque défectueux ou débranché ?)",
    "EBUSY": "le fichier est occupé",
    "ETXTBSY": "le fichier est occupé",
    "ENOTDIR": "un élément du chemin n'est pas un dossier",
    "EISDIR": "c'est un dossier",
    "ENOTEMPTY": "le dossier n'est pas vide",
    "EMFILE": "trop de fichiers ouverts",
    "ENFILE": "trop de fichiers ouverts",
    "EFBIG": "fichier trop gros",
    "ENOLCK": "le verrouillage est impossible sur ce support",
    "ESTALE": "le fichier réseau n'est plus disponible",
    "ETIMEDOUT": "délai dépassé (réseau ?)",
    "EHOSTDOWN": "l'ordinateur distant est éteint",
    "EHOSTUNREACH": "l'ordinateur distant est injoignable",
    "ENETUNREACH": "le réseau est injoignable",
    "EINVAL": "nom de fichier ou paramètre invalide",
    "EXDEV": "déplacement impossible d'un disque à l'autre",
    "ELOOP": "trop de liens symboliques",
    "ENOMEM": "mémoire insuffisante",
}


def os_error_text(error: OSError) -> str:
    """The system's reason for ``error`` in French (« le disque est plein »).

    Unknown codes keep the system's own words, which are better than nothing.
    """
    import errno

    winerror = getattr(error, "winerror", None)
    if winerror in _WINDOWS_ERRORS:
        return _WINDOWS_ERRORS[winerror]
    name = errno.errorcode.get(error.errno or -1)
    if name in _ERRNO_TEXTS:
        return _ERRNO_TEXTS[name]
    return str(error.strerror or error)
