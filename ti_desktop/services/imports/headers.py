"""Find the header row of a tracker, even under a title block or over a second header row.

Trackers open with a title (« Suivi des fiches-actions — Territoire de … », often a
merged cell, so one filled cell per row), a date, a blank line, then the headers.
The header row is the row among the first ones with the most headers naming a field
or a financer (then the most text cells). A group header such as « Plan de
financement (€ HT) » merged over « Région | État | FEDER » makes a second header
row: its names are taken under the group, the row above for the other columns.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from ti_desktop.services.fields.values import as_text
from ti_desktop.services.imports.cells import TableRow, is_blank_cell

SCANNED_ROWS = 40
"""Rows looked at for the header (a title block is never that long)."""


@dataclass(frozen=True)
class HeaderRow:
    """The header of a tracker.

    Attributes:
        number: the sheet row of the last header row (data start below it).
        first_number: the first header row (``number`` unless two rows).
        names: the header of each column (index from 0), ``""`` without one.
        groups: the group header above each column (``""`` without one).
    """

    number: int
    first_number: int
    names: tuple[str, ...]
    groups: tuple[str, ...]


def _texts(row: TableRow) -> dict[int, str]:
    return {
        index: as_text(value).replace("\n", " ").strip()
        for index, value in enumerate(row.cells)
        if isinstance(value, str) and not is_blank_cell(value)
    }


def _filled(row: TableRow) -> set[int]:
    return {index for index, value in enumerate(row.cells) if not is_blank_cell(value)}


def find_header(rows: Sequence[TableRow], recognised: Callable[[str], bool]) -> HeaderRow | None:
    """The header among ``rows`` (the sheet's first non-blank rows), or None.

    ``recognised(text)`` tells whether a header names a field or a financer.
    """
    scanned = list(rows[:SCANNED_ROWS])
    best: tuple[int, int] | None = None
    best_index = -1
    for position, row in enumerate(scanned):
        texts = _texts(row)
        if len(texts) < 2 or len(texts) < len(_filled(row)) / 2:
            continue  # a title (one cell) or a data row (mostly numbers and dates)
        score = (sum(1 for text in texts.values() if recognised(text)), len(texts))
        if best is None or score > best:
            best, best_index = score, position
    if best is None:
        return None
    header = scanned[best_index]
    names = _texts(header)
    width = max([*names, *_filled(header)], default=-1) + 1
    following = scanned[best_index + 1] if best_index + 1 < len(scanned) else None
    if following is not None and following.number == header.number + 1:
        combined = _second_row(names, following, recognised)
        if combined is not None:
            sub_names, groups = combined
            width = max(width, max(sub_names, default=-1) + 1)
            merged = {**names, **sub_names}
            return HeaderRow(
                following.number,
                header.number,
                tuple(merged.get(i, "") for i in range(width)),
                tuple(groups.get(i, "") for i in range(width)),
            )
    return HeaderRow(
        header.number, header.number, tuple(names.get(i, "") for i in range(width)), ("",) * width
    )


def _second_row(
    names: dict[int, str], row: TableRow, recognised: Callable[[str], bool]
) -> tuple[dict[int, str], dict[int, str]] | None:
    """The names of a second header row under group headers, and each one's group.

    A row qualifies when all its cells are text, at least one is recognised, and
    each stands under a blank header cell or under a group header (a header
    followed by blank header cells, i.e. merged across the columns below it).
    """
    texts = _texts(row)
    if not texts or len(texts) != len(_filled(row)):
        return None
    if not any(recognised(text) for text in texts.values()):
        return None
    groups: dict[int, str] = {}
    for index in texts:
        if index in names:
            if index + 1 in names or index + 1 not in texts:
                return None  # under an ordinary header: this is a data row
            groups[index] = names[index]
            continue
        owner = max((i for i in names if i < index), default=None)
        if owner is None:
            return None
        groups[index] = names[owner]
    return texts, groups
