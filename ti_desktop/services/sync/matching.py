"""The first meeting of a laptop's rows and the server's: matching, once, by natural keys.

A territory that came from e-mailed workbooks exists on the server under other
identifiers. Its first synchronisation matches it by name, then its rows by their keys
(fiches by (territory, N°), axes by label, lines by position...), gives the laptop's rows
the server's identifiers, and keeps them from then on. Equal rows are simply known as
synchronised; rows that differ become ``rapprochement`` conflicts (the two copies have no
common base to compare with). Reference lists (financers, statuses, progress states)
are matched by label every time a laptop meets a label it has not synchronised yet.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, and_, select

from ti_desktop.db.sync_tracking import sync_ligne
from ti_desktop.db.vocabulary import fold
from ti_desktop.services.sync.apply import ServerVersion
from ti_desktop.services.sync.local import (
    Entry,
    read_rows,
    rekey,
    store_conflicts,
    territory_of,
    write_entries,
)
from ti_desktop.services.sync.rows import JsonRow, encode_row, same_content
from ti_desktop.services.sync.server_tables import server_table
from ti_desktop.services.sync.tables import SyncTable, sync_table, sync_tables

FOLDED_KEYS = {
    "territoire": "nom",
    "etat_avancement": "libelle",
    "statut_financement": "libelle",
    "financeur": "libelle",
}
"""Keys compared ignoring case and accents (as the importer and the window do)."""


@dataclass
class MatchReport:
    """What the first meeting matched."""

    rows: int = 0
    conflicts: int = 0
    territories: int = 0


def fetch_versions(connection: Connection, table: SyncTable, where: Any) -> list[ServerVersion]:
    """Server rows of ``table`` matching ``where`` (a condition on the server table)."""
    st = server_table(table.name)
    query = select(
        *[st.c[c] for c in table.columns],
        st.c.sync_revision,
        st.c.sync_efface,
        st.c.sync_modifie_par,
        st.c.sync_modifie_le,
        st.c.sync_territoire_id,
        st.c.sync_seq,
    ).where(where)
    return [
        ServerVersion(
            table.name,
            row.id,
            encode_row(table, row._mapping),
            row.sync_revision,
            row.sync_efface,
            row.sync_modifie_par,
            row.sync_modifie_le,
            row.sync_territoire_id,
            row.sync_seq,
        )
        for row in connection.execute(query)
    ]


def _unsynced_rows(
    local: Connection, table: SyncTable, territory: uuid.UUID | None
) -> dict[uuid.UUID, JsonRow]:
    t = table.table
    s = sync_ligne
    query = (
        select(t.c.id)
        .select_from(t.outerjoin(s, and_(s.c.table_nom == table.name, s.c.ligne_id == t.c.id)))
        .where(s.c.ligne_id.is_(None))
    )
    if territory is not None:
        query = query.where(territory_of(table) == territory)
    ids = list(local.scalars(query))
    return read_rows(local, table, ids)


def _key(table: SyncTable, values: JsonRow) -> tuple[Any, ...]:
    assert table.match_key is not None
    folded = FOLDED_KEYS.get(table.name)
    return tuple(fold(str(values[c])) if c == folded else values[c] for c in table.match_key)


def _known_locally(local: Connection, table: SyncTable, ids: Sequence[uuid.UUID]) -> set[uuid.UUID]:
    return set(read_rows(local, table, ids))


def match_rows(
    local: Connection,
    table: SyncTable,
    server_rows: list[ServerVersion],
    territory: uuid.UUID | None,
    report: MatchReport,
) -> list[ServerVersion]:
    """Match ``table``'s unsynchronised local rows with server rows the laptop lacks.

    Returns the server rows matched.
    """
    if table.match_key is None or not server_rows:
        return []
    mine = _unsynced_rows(local, table, territory)
    if not mine:
        return []
    known = _known_locally(local, table, [v.id for v in server_rows])
    pairs: dict[uuid.UUID, ServerVersion] = {}
    candidates: dict[tuple[Any, ...], list[ServerVersion]] = {}
    for version in server_rows:
        if version.efface:
            continue
        if version.id in mine:  # the same row (a copied file): the same identifier
            pairs[version.id] = version
        elif version.id not in known:
            candidates.setdefault(_key(table, version.values), []).append(version)
    ordered = sorted(mine.items(), key=lambda item: (str(item[1].get("created_at")), str(item[0])))
    for local_id, values in ordered:
        waiting = candidates.get(_key(table, values))
        if local_id not in pairs and waiting:
            pairs[local_id] = waiting.pop(0)
    if not pairs:
        return []
    rekey(local, table, {old: v.id for old, v in pairs.items() if old != v.id})
    now = read_rows(local, table, [v.id for v in pairs.values()])
    entries: dict[uuid.UUID, Entry] = {}
    conflicts = []
    for version in pairs.values():
        equal = same_content(table, now.get(version.id), version.values)
        entries[version.id] = Entry(
            version.revision, not equal, version.values, version.territoire_id
        )
        if not equal:
            conflicts.append(version.conflict("rapprochement"))
    write_entries(local, table.name, entries)
    store_conflicts(local, conflicts)
    report.rows += len(pairs)
    report.conflicts += len(conflicts)
    return list(pairs.values())


def match_reference_lists(server: Connection, local: Connection, report: MatchReport) -> None:
    """Adopt the server's identifiers for labels both sides have.

    Routine (every new laptop has the default lists): only differences are reported.
    """
    routine = MatchReport()
    for table in sync_tables():
        if table.is_reference:
            st = server_table(table.name)
            versions = fetch_versions(server, table, st.c.sync_efface.is_(False))
            match_rows(local, table, versions, None, routine)
    report.conflicts += routine.conflicts


def match_territories(
    server: Connection,
    local: Connection,
    server_territories: list[ServerVersion],
    report: MatchReport,
) -> list[uuid.UUID]:
    """Match unsynchronised local territories named as server ones; return those matched."""
    territoire = sync_table("territoire")
    matched = [v.id for v in match_rows(local, territoire, server_territories, None, report)]
    for territory_id in matched:
        report.territories += 1
        for table in sync_tables():
            if table.is_reference or table.name == "territoire":
                continue
            st = server_table(table.name)
            versions = fetch_versions(
                server,
                table,
                and_(st.c.sync_territoire_id == territory_id, st.c.sync_efface.is_(False)),
            )
            match_rows(local, table, versions, territory_id, report)
    return matched
