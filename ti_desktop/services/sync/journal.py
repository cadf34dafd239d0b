"""The server's record: publications (who, from which device, when, counts) and each change.

Read with row-level security: a login sees its territories' changes; the database's
owner (the IT department) sees everything.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date, datetime, time
from typing import Any

from sqlalchemy import Connection, text

from ti_desktop.db.vocabulary import fold
from ti_desktop.services.sync.connection import ServerAccess, server_errors
from ti_desktop.services.sync.describe import described, value_text
from ti_desktop.services.sync.errors import SyncError
from ti_desktop.services.sync.rows import JsonRow, decode_row, differing_columns, encode_values
from ti_desktop.services.sync.tables import sync_table, sync_tables

OPERATIONS = {
    "creation": "ajout",
    "modification": "modification",
    "suppression": "suppression",
    "restauration": "rétablissement",
}


@dataclass(frozen=True)
class LoggedChange:
    table: str
    id: uuid.UUID
    operation: str
    revision: int
    ancien: JsonRow | None
    nouveau: JsonRow
    login: str
    horodatage: datetime
    territoire_id: uuid.UUID | None
    lot: uuid.UUID | None


@dataclass
class LoggedPublication:
    lot: uuid.UUID | None
    login: str
    appareil: str
    version: str
    horodatage: datetime
    creations: int = 0
    modifications: int = 0
    suppressions: int = 0
    changes: list[LoggedChange] = field(default_factory=list)

    def heading(self) -> str:
        when = self.horodatage.astimezone().strftime("%d/%m/%Y %H:%M:%S")
        if self.lot is None:
            return f"{when} — {self.login} : modification directe sur le serveur (hors TI Desktop)"
        return (
            f"{when} — {self.login} ({self.appareil}, TI Desktop {self.version}) : "
            f"{self.creations} ajout(s), {self.modifications} modification(s), "
            f"{self.suppressions} suppression(s) — lot {self.lot}"
        )


def _known(table: str, data: Any) -> JsonRow:
    """A journal's JSON row reduced to this program's columns, in their JSON forms."""
    synced = sync_table(table)
    values = dict(data or {})
    typed = decode_row(synced, values, [c for c in synced.columns if c in values])
    return {**dict.fromkeys(synced.columns), **encode_values(synced, typed)}


def change_lines(change: LoggedChange, rows: dict[tuple[str, uuid.UUID], JsonRow]) -> list[str]:
    """The change in French: what, and each field's old and new value."""
    table = sync_table(change.table)

    def lookup(name: str, row_id: uuid.UUID) -> JsonRow | None:
        return rows.get((name, row_id))

    operation = OPERATIONS.get(change.operation, change.operation)
    head = f"  {operation} : {described(table, change.nouveau, lookup)}"
    if change.operation != "modification" or change.ancien is None:
        return [head]
    lines = [head]
    for column in differing_columns(table, change.ancien, change.nouveau):
        before = value_text(table, column, change.ancien.get(column), lookup)
        after = value_text(table, column, change.nouveau.get(column), lookup)
        lines.append(f"      {table.column_label(column)} : « {before} » → « {after} »")
    return lines


def read_log(
    connection: Connection,
    *,
    territory: str | None = None,
    since: date | None = None,
    limit: int = 5000,
) -> list[LoggedPublication]:
    """Publications and their changes, oldest first."""
    conditions = ["true"]
    params: dict[str, Any] = {"limit": limit}
    if since is not None:
        conditions.append("j.horodatage >= :since")
        params["since"] = datetime.combine(since, time()).astimezone()
    if territory is not None:
        names = connection.execute(
            text(
                "SELECT DISTINCT territoire_id, nouveau->>'nom' FROM ti_journal "
                "WHERE table_nom = 'territoire'"
            )
        ).all()
        ids = [row[0] for row in names if row[1] and fold(row[1]) == fold(territory)]
        if not ids:
            raise SyncError(
                f"Le journal du serveur ne mentionne aucun territoire « {territory} » visible."
            )
        conditions.append("j.territoire_id = ANY(:ids)")
        params["ids"] = ids
    query = text(
        "SELECT j.lot, j.table_nom, j.ligne_id, j.operation, j.revision, j.ancien, j.nouveau, "
        "j.login, j.horodatage, j.territoire_id, p.login AS p_login, p.appareil, p.version_client, "
        "p.horodatage AS p_horodatage, p.creations, p.modifications, p.suppressions "
        "FROM ti_journal j LEFT JOIN ti_publication p ON p.lot = j.lot "
        f"WHERE {' AND '.join(conditions)} ORDER BY j.id LIMIT :limit"
    )
    publications: dict[Any, LoggedPublication] = {}
    known_tables = {t.name for t in sync_tables()}
    for row in connection.execute(query, params):
        if row.table_nom not in known_tables:
            continue
        key = row.lot if row.lot is not None else ("direct", row.login, row.horodatage)
        publication = publications.get(key)
        if publication is None:
            publication = LoggedPublication(
                row.lot,
                row.p_login or row.login,
                row.appareil or "",
                row.version_client or "",
                row.p_horodatage or row.horodatage,
                row.creations or 0,
                row.modifications or 0,
                row.suppressions or 0,
            )
            publications[key] = publication
        publication.changes.append(
            LoggedChange(
                row.table_nom,
                row.ligne_id,
                row.operation,
                row.revision,
                _known(row.table_nom, row.ancien) if row.ancien is not None else None,
                _known(row.table_nom, row.nouveau),
                row.login,
                row.horodatage,
                row.territoire_id,
                row.lot,
            )
        )
    return list(publications.values())


def log_lines(publications: list[LoggedPublication]) -> list[str]:
    """The log as text, one heading per publication and one line per change."""
    rows: dict[tuple[str, uuid.UUID], JsonRow] = {}
    for publication in publications:
        for change in publication.changes:
            rows[(change.table, change.id)] = change.nouveau
    lines = []
    for publication in publications:
        lines.append(publication.heading())
        for change in publication.changes:
            lines.extend(change_lines(change, rows))
    return lines


def server_log(
    access: ServerAccess, *, territory: str | None = None, since: date | None = None
) -> list[LoggedPublication]:
    """The server's publications and changes (filtered by territory and date)."""
    with (
        access.engine() as engine,
        engine.connect() as connection,
        server_errors("pendant la lecture du journal"),
    ):
        return read_log(connection, territory=territory, since=since)
