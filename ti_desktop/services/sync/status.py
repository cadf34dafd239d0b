"""What the status bar tells of the synchronisation, in one quick read of the laptop's file."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from ti_desktop.db.store import Database
from ti_desktop.services.sync.conflicts import conflict_count
from ti_desktop.services.sync.local import pending_count, read_depot


@dataclass(frozen=True)
class SyncStatus:
    """The file's link to the server and what waits."""

    linked: bool
    address: str
    pending: int
    conflicts: int
    last_publication: datetime | None
    last_pull: datetime | None

    def summary(self) -> str:
        """« 3 modifications à publier · publié le 01/12 à 10:22 · récupéré … · 2 conflits »."""
        if self.pending == 0:
            parts = ["rien à publier"]
        elif self.pending == 1:
            parts = ["1 modification à publier"]
        else:
            parts = [f"{self.pending} modifications à publier"]
        parts.append(_when("publié", self.last_publication))
        parts.append(_when("récupéré", self.last_pull))
        if self.conflicts:
            parts.append(f"{self.conflicts} conflit{'s' if self.conflicts > 1 else ''} à décider")
        return " · ".join(parts)


def _when(verb: str, moment: datetime | None) -> str:
    if moment is None:
        return f"jamais {verb}"
    local = moment.astimezone()
    return f"{verb} le {local:%d/%m} à {local:%H:%M}"


def sync_status(database: Database) -> SyncStatus:
    """The status of ``database``'s synchronisation."""
    with database.engine.connect() as connection:
        depot = read_depot(connection)
        pending = pending_count(connection)
    return SyncStatus(
        linked=depot is not None and depot.serveur_id is not None,
        address=depot.adresse if depot is not None else "",
        pending=pending,
        conflicts=conflict_count(database),
        last_publication=depot.derniere_publication if depot else None,
        last_pull=depot.derniere_recuperation if depot else None,
    )
