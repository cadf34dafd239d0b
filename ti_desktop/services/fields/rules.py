"""Rules between fields of one record, shared by the window, the imports and the sync.

Single values are checked by ``values.read_value``; these rules need several fields
at once (a fiche's dates), so they run on the record's values after an edit is
merged into them. Each raises ``FieldValueError`` naming the field to correct.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from ti_desktop.services.fields import catalog
from ti_desktop.services.fields.kinds import Entity
from ti_desktop.services.fields.values import FieldValueError


def check_dates(start: date | None, end: date | None) -> None:
    """A fiche cannot end before it starts."""
    if start is not None and end is not None and end < start:
        raise FieldValueError(
            catalog.FICHE_ACTION["date_fin"],
            f"la date de fin précède la date de début : la fin, le {end:%d/%m/%Y}, est "
            f"antérieure à la date de début du {start:%d/%m/%Y}",
        )


def check_record(entity: Entity, values: Mapping[str, Any]) -> None:
    """Check the rules between ``values``' fields (the record's values after the edit)."""
    if entity is catalog.FICHE_ACTION:
        check_dates(values.get("date_debut"), values.get("date_fin"))
