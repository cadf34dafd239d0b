"""Remember the column mapping a user confirmed, for the next file with the same headers.

Trackers come back every quarter with the same columns: once a mapping is confirmed
(an import applied), the next file whose headers fold to the same list gets it as
its proposal. The mappings live in one small JSON file of the data folder
(``paths.mapping_memory_path``), written to a temporary name then renamed; an
unreadable file is ignored (the proposals then come from the synonyms again).
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Mapping, Sequence
from pathlib import Path

from ti_desktop import paths
from ti_desktop.services.files.atomic import atomic_path
from ti_desktop.services.imports.mapping import fold_header

log = logging.getLogger(__name__)

MAX_REMEMBERED = 200
"""Mappings kept (the oldest are forgotten first)."""


def signature(headers: Sequence[str]) -> str:
    """The key of a set of headers: their folded forms, in order."""
    folded = "\x1f".join(fold_header(header) for header in headers)
    return hashlib.sha256(folded.encode("utf-8")).hexdigest()[:24]


class MappingMemory:
    """The remembered mappings: header signature → {folded header: target spec}."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = Path(path) if path is not None else paths.mapping_memory_path()

    def _load(self) -> dict[str, dict[str, str]]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}
        except (OSError, ValueError) as exc:
            log.warning("Correspondances mémorisées illisibles (%s) : ignorées", exc)
            return {}
        mappings = data.get("correspondances") if isinstance(data, dict) else None
        if not isinstance(mappings, dict):
            return {}
        return {
            key: {str(h): str(t) for h, t in value.items()}
            for key, value in mappings.items()
            if isinstance(value, dict)
        }

    def recall(self, headers: Sequence[str]) -> dict[str, str] | None:
        """The remembered specs by folded header, or None for headers never confirmed."""
        return self._load().get(signature(headers))

    def remember(self, headers: Sequence[str], specs: Mapping[str, str]) -> None:
        """Keep ``specs`` (folded header → target spec) for these headers.

        Raises:
            UserFacingError: the data folder cannot be written.
        """
        mappings = self._load()
        key = signature(headers)
        mappings.pop(key, None)
        mappings[key] = dict(specs)
        while len(mappings) > MAX_REMEMBERED:
            mappings.pop(next(iter(mappings)))
        text = json.dumps({"version": 1, "correspondances": mappings}, ensure_ascii=False, indent=1)
        with atomic_path(self.path) as temporary:
            temporary.write_text(text, encoding="utf-8")
