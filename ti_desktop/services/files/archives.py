"""What the guards of zip documents (workbooks, Word templates) share."""

from __future__ import annotations

import zipfile
from collections.abc import Iterable


def zip_bomb_sentence(
    entries: Iterable[zipfile.ZipInfo], *, applies_above: int, max_ratio: int
) -> str | None:
    """The refusal's end when an entry unpacks far bigger than it is stored, else None.

    Real documents compress their XML ten to fifty times; a crafted archive thousands of
    times. Small entries are never blamed (a tiny file compresses as it likes).
    """
    for entry in entries:
        stored = max(entry.compress_size, 1)
        if entry.file_size > applies_above and entry.file_size > max_ratio * stored:
            return (
                f"un de ses éléments se décompresse {entry.file_size // stored} fois plus gros "
                "que sa taille dans le fichier (archive piégée, « bombe zip »)."
            )
    return None
