"""Applying server versions to the laptop, or keeping them aside as conflicts.

A server version of a row is applied when the laptop did not change the row since its
last synchronisation. Otherwise, and whenever applying it would lose or break something
here, it is kept as a conflict for the user to decide (never merged, never overwritten):

- changed here and there → ``modification``; deleted there, changed here →
  ``suppression_serveur``; deleted here, changed there → ``suppression_locale``;
- its number or label is held here by another row → ``doublon`` (to renumber);
- its parent is missing here → ``attente``;
- deleted there while rows here still belong to it → ``suppression_serveur``.

Decisions are made by revisions, never by the laptops' clocks.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, select, update

from ti_desktop.services.sync.local import (
    Entry,
    StoredConflict,
    chunks,
    delete_rows,
    drop_conflict,
    load_conflicts,
    load_entries,
    read_rows,
    store_conflicts,
    write_entries,
    write_rows,
)
from ti_desktop.services.sync.rows import JsonRow, column_kinds, encode_value, same_content
from ti_desktop.services.sync.tables import SyncTable, children_of, sync_table, sync_tables

HELD = ("doublon", "attente")
"""Natures of conflicts whose local row did not change: re-tried at each pull."""


@dataclass(frozen=True)
class ServerVersion:
    """One row as the server holds it."""

    table: str
    id: uuid.UUID
    values: JsonRow  # the last live values (the tombstone keeps them too)
    revision: int
    efface: bool
    auteur: str
    modifie_le: datetime | None
    territoire_id: uuid.UUID | None
    seq: int = 0

    @property
    def live(self) -> JsonRow | None:
        """The values, or None for a tombstone."""
        return None if self.efface else self.values

    def conflict(self, nature: str) -> StoredConflict:
        return StoredConflict(
            self.table,
            self.id,
            nature,
            self.live,
            self.revision,
            self.auteur,
            self.modifie_le,
            self.territoire_id,
        )


def version_of(conflict: StoredConflict) -> ServerVersion:
    """The server version a conflict keeps."""
    values = conflict.serveur if conflict.serveur is not None else {}
    return ServerVersion(
        conflict.table,
        conflict.id,
        values,
        conflict.revision,
        conflict.serveur is None,
        conflict.auteur,
        conflict.modifie_le,
        conflict.territoire_id,
    )


@dataclass
class ApplyCounts:
    """What a pull or a decision changed here."""

    created: int = 0
    modified: int = 0
    deleted: int = 0
    per_table: dict[str, int] = field(default_factory=dict)

    def count(self, table: str, kind: str, number: int = 1) -> None:
        if number:
            setattr(self, kind, getattr(self, kind) + number)
            self.per_table[table] = self.per_table.get(table, 0) + number


def _key_text_column(table: SyncTable, key: tuple[str, ...]) -> str:
    kinds = column_kinds(table.name)
    return [c for c in key if kinds[c] is str][-1]


def placeholder(row_id: uuid.UUID) -> str:
    """A temporary unique value freeing a number or label while rows move."""
    return f"~{row_id.hex[:18]}"


def local_keys(
    connection: Connection, table: SyncTable, key: tuple[str, ...]
) -> dict[tuple[Any, ...], uuid.UUID]:
    """Every local row's natural key (JSON values) → its id."""
    t = table.table
    kinds = column_kinds(table.name)
    return {
        tuple(encode_value(kinds[c], row._mapping[c]) for c in key): row.id
        for row in connection.execute(select(t.c.id, *[t.c[c] for c in key]))
    }


class Applier:
    """Applies server versions inside one local transaction (``sync_transaction``)."""

    def __init__(self, connection: Connection) -> None:
        self.connection = connection
        self.counts = ApplyCounts()
        self._tombstones: dict[str, list[ServerVersion]] = {}
        existing = load_conflicts(connection)
        self._conflicts = {(c.table, c.id): c for c in existing}
        self._initial = set(self._conflicts)

    # --- the decisions ------------------------------------------------------------------

    def receive(self, table: SyncTable, versions: list[ServerVersion]) -> None:
        """Apply or set aside server versions of one table (deletions wait for ``finish``)."""
        if not versions:
            return
        ids = [v.id for v in versions]
        entries = load_entries(self.connection, table.name, ids)
        current = read_rows(self.connection, table, ids)
        to_apply: list[ServerVersion] = []
        new_entries: dict[uuid.UUID, Entry] = {}
        conflicts: list[StoredConflict] = []
        for version in versions:
            entry = entries.get(version.id)
            if entry is not None and entry.revision >= version.revision:
                continue
            mine = current.get(version.id)
            held = self._conflicts.get((table.name, version.id))
            if held is not None and held.nature in HELD:
                held = None  # nothing changed here: try again
            changed_here = held is not None or (
                (mine is not None)
                if entry is None
                else (entry.modifie and not same_content(table, mine, entry.base))
            )
            if not changed_here:
                if version.efface:
                    self._tombstones.setdefault(table.name, []).append(version)
                else:
                    to_apply.append(version)
                continue
            if same_content(table, mine, version.live):
                new_entries[version.id] = Entry(
                    version.revision, False, version.live, version.territoire_id
                )
                if held is not None:
                    drop_conflict(self.connection, table.name, version.id)
                    self._conflicts.pop((table.name, version.id), None)
                continue
            if mine is None:
                nature = "suppression_locale"
            elif version.efface:
                nature = "suppression_serveur"
            elif held is not None and held.nature == "rapprochement":
                nature = "rapprochement"
            else:
                nature = "modification"
            conflicts.append(version.conflict(nature))
        write_entries(self.connection, table.name, new_entries)
        self._store(conflicts)
        self.apply_live(table, to_apply, current)

    def apply_live(
        self,
        table: SyncTable,
        versions: list[ServerVersion],
        current: dict[uuid.UUID, JsonRow] | None = None,
    ) -> list[ServerVersion]:
        """Write live server versions here; return those that had to be set aside."""
        if not versions:
            return []
        if current is None:
            current = read_rows(self.connection, table, [v.id for v in versions])
        versions, waiting = self._with_parents(table, versions)
        versions, duplicates = self._with_free_keys(table, versions, current)
        self._store([v.conflict("attente") for v in waiting])
        self._store([v.conflict("doublon") for v in duplicates])
        write_rows(self.connection, table, {v.id: v.values for v in versions})
        write_entries(
            self.connection,
            table.name,
            {v.id: Entry(v.revision, False, v.values, v.territoire_id) for v in versions},
        )
        for version in versions:
            if self._conflicts.pop((table.name, version.id), None) is not None:
                drop_conflict(self.connection, table.name, version.id)
        created = sum(1 for v in versions if v.id not in current)
        self.counts.count(table.name, "created", created)
        self.counts.count(table.name, "modified", len(versions) - created)
        return waiting + duplicates

    def finish(self) -> None:
        """Apply the deletions received, children first; then retry what was set aside."""
        for table in reversed(sync_tables()):
            self.apply_tombstones(table, self._tombstones.pop(table.name, []))
        self.retry_held()

    def apply_tombstones(
        self, table: SyncTable, versions: list[ServerVersion], *, force: bool = False
    ) -> None:
        """Delete rows the server deleted, unless rows here still belong to them.

        With ``force`` (the user chose the server's version), rows that belong to them
        go too, as ``ON DELETE CASCADE`` says.
        """
        if not versions:
            return
        ids = [v.id for v in versions]
        present = set(read_rows(self.connection, table, ids))
        blocked = set() if force else self._still_referenced(table, present)
        self._store([v.conflict("suppression_serveur") for v in versions if v.id in blocked])
        gone = [v for v in versions if v.id not in blocked]
        if force:
            self._forget_descendants(table, [v.id for v in gone if v.id in present])
        delete_rows(self.connection, table, [v.id for v in gone if v.id in present])
        # the tombstone is remembered for rows known here (a row undeleted later needs
        # its revision); rows created and deleted between two pulls leave nothing
        known = set(load_entries(self.connection, table.name, [v.id for v in gone]))
        write_entries(
            self.connection,
            table.name,
            {
                v.id: Entry(v.revision, False, None, v.territoire_id)
                for v in gone
                if v.id in present or v.id in known
            },
        )
        for version in gone:
            if self._conflicts.pop((table.name, version.id), None) is not None:
                drop_conflict(self.connection, table.name, version.id)
        self.counts.count(table.name, "deleted", sum(1 for v in gone if v.id in present))

    def retry_held(self) -> None:
        """Apply set-aside versions whose parent arrived or whose number was freed."""
        for table in sync_tables():
            held = [
                version_of(c)
                for c in list(self._conflicts.values())
                if c.table == table.name and c.nature in HELD
            ]
            if held:
                for version in held:
                    self._conflicts.pop((table.name, version.id), None)
                    drop_conflict(self.connection, table.name, version.id)
                self.apply_live(table, held)

    # --- checks -------------------------------------------------------------------------

    def _store(self, conflicts: list[StoredConflict]) -> None:
        if not conflicts:
            return
        store_conflicts(self.connection, conflicts)
        for conflict in conflicts:
            self._conflicts[(conflict.table, conflict.id)] = conflict

    @property
    def new_conflicts(self) -> int:
        """Conflicts found by this transaction (waiting ones not counted again)."""
        return len(set(self._conflicts) - self._initial)

    @property
    def conflict_count(self) -> int:
        return len(self._conflicts)

    def _with_parents(
        self, table: SyncTable, versions: list[ServerVersion]
    ) -> tuple[list[ServerVersion], list[ServerVersion]]:
        missing: set[tuple[str, str]] = set()
        for column, target in table.references:
            wanted = {str(v.values[column]) for v in versions if v.values.get(column)}
            if not wanted:
                continue
            found = {
                str(i)
                for i in read_rows(
                    self.connection, sync_table(target), [uuid.UUID(w) for w in wanted]
                )
            }
            missing.update((column, w) for w in wanted - found)
        if not missing:
            return versions, []
        ready, waiting = [], []
        for version in versions:
            if any((c, str(version.values.get(c))) in missing for c, _ in table.references):
                waiting.append(version)
            else:
                ready.append(version)
        return ready, waiting

    def _with_free_keys(
        self,
        table: SyncTable,
        versions: list[ServerVersion],
        current: dict[uuid.UUID, JsonRow],
    ) -> tuple[list[ServerVersion], list[ServerVersion]]:
        duplicates: set[uuid.UUID] = set()
        moving: dict[uuid.UUID, str] = {}
        for key in table.unique_keys:
            holders = local_keys(self.connection, table, key)
            incoming = {v.id for v in versions}
            for version in versions:  # rows being written free their present key
                mine = current.get(version.id)
                if mine is not None:
                    holders.pop(tuple(mine[c] for c in key), None)
            for version in versions:
                wanted = tuple(version.values[c] for c in key)
                holder = holders.get(wanted)
                if holder is not None and holder != version.id and holder not in incoming:
                    duplicates.add(version.id)
                    continue
                holders[wanted] = version.id
                mine = current.get(version.id)
                if mine is not None and tuple(mine[c] for c in key) != wanted:
                    moving[version.id] = _key_text_column(table, key)
        t = table.table
        for row_id, column in moving.items():
            if row_id not in duplicates:
                self.connection.execute(
                    update(t).where(t.c.id == row_id).values({column: placeholder(row_id)})
                )
        ready = [v for v in versions if v.id not in duplicates]
        return ready, [v for v in versions if v.id in duplicates]

    def _still_referenced(self, table: SyncTable, ids: Iterable[uuid.UUID]) -> set[uuid.UUID]:
        """Rows among ``ids`` that rows here still point to."""
        referenced: set[uuid.UUID] = set()
        wanted = list(ids)
        for child, column in children_of(table.name):
            c = child.table.c[column]
            for part in chunks(wanted):
                referenced.update(self.connection.scalars(select(c).where(c.in_(part)).distinct()))
        return referenced

    def _forget_descendants(self, table: SyncTable, ids: list[uuid.UUID]) -> None:
        """Before a forced deletion, settle the rows it takes along or changes.

        Rows deleted with it (``ON DELETE CASCADE``) match the server's tombstones:
        their conflicts go, their entries record the deletion. Rows whose reference it
        empties (``ON DELETE SET NULL``) changed here: they are flagged for publishing.
        """
        if not ids:
            return
        for child, column in children_of(table.name):
            c = child.table.c[column]
            below: list[uuid.UUID] = []
            for part in chunks(ids):
                below.extend(self.connection.scalars(select(child.table.c.id).where(c.in_(part))))
            if not below:
                continue
            entries = load_entries(self.connection, child.name, below)
            if child.owner is None or child.owner[0] != column:
                write_entries(
                    self.connection,
                    child.name,
                    {
                        i: Entry(e.revision, True, e.base, e.territoire_id)
                        for i, e in entries.items()
                    },
                )
                continue
            self._forget_descendants(child, below)
            settled: dict[uuid.UUID, Entry] = {}
            for row_id in below:
                held = self._conflicts.pop((child.name, row_id), None)
                entry = entries.get(row_id)
                if held is not None:
                    drop_conflict(self.connection, child.name, row_id)
                    if held.serveur is None:
                        settled[row_id] = Entry(held.revision, False, None, held.territoire_id)
                        continue
                if entry is not None:
                    settled[row_id] = Entry(
                        entry.revision, entry.base is not None, entry.base, entry.territoire_id
                    )
            write_entries(self.connection, child.name, settled)
