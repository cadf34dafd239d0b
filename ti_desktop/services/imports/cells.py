"""What a spreadsheet cell can hold once read: a typed value, or a reason it cannot be read."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

FORMULA_WITHOUT_VALUE = (
    "formule sans valeur calculée — ouvrez et enregistrez le fichier dans Excel/LibreOffice"
)


@dataclass(frozen=True, slots=True)
class Unreadable:
    """A cell whose value cannot be known (a formula never computed, an error shown)."""

    reason: str

    def __str__(self) -> str:
        return self.reason


def formula_error(shown: str) -> Unreadable:
    """A formula cell showing an error such as ``#DIV/0!``."""
    return Unreadable(f"la formule de la cellule donne l'erreur {shown}")


@dataclass(frozen=True, slots=True)
class TableRow:
    """One non-blank row: its number in the sheet (from 1), its cells, whether it is hidden."""

    number: int
    cells: tuple[Any, ...]
    hidden: bool = False

    def cell(self, index: int) -> Any:
        """The value of column ``index`` (from 0), None beyond the row's last cell."""
        return self.cells[index] if index < len(self.cells) else None


def is_blank_cell(value: object) -> bool:
    """An empty cell (None or blank text)."""
    return value is None or (isinstance(value, str) and not value.strip())
