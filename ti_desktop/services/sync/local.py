"""The laptop's side: its bookkeeping tables, its pending changes, its local writes.

Every function takes a SQLAlchemy ``Connection`` inside the caller's transaction,
opened with ``sync_transaction`` so the tracking triggers stay quiet while the
synchronisation itself writes.
"""

from __future__ import annotations

import contextlib
import uuid
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Connection,
    and_,
    bindparam,
    delete,
    exists,
    func,
    insert,
    literal,
    or_,
    select,
    update,
)
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from ti_desktop.db.base import utc_now
from ti_desktop.db.store import Database
from ti_desktop.db.sync_tracking import (
    REFERENCE_CURSOR,
    sync_conflit,
    sync_curseur,
    sync_depot,
    sync_ligne,
    sync_silence,
)
from ti_desktop.services.sync.errors import OtherServer
from ti_desktop.services.sync.rows import (
    JsonRow,
    decode_row,
    dumps,
    encode_row,
    loads,
    same_content,
)
from ti_desktop.services.sync.tables import SyncTable, children_of, sync_table, sync_tables

CHUNK = 500  # identifiers per IN (...) list (SQLite allows 32,766 variables)


@contextlib.contextmanager
def sync_transaction(database: Database) -> Iterator[Connection]:
    """One local transaction in which the synchronisation's own writes are not tracked.

    Foreign keys are checked at commit, so rows can be re-keyed to the server's
    identifiers and parents restored in any order.
    """
    with database.engine.begin() as connection:
        connection.execute(insert(sync_silence).values(actif=1))
        connection.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
        yield connection
        connection.execute(delete(sync_silence))


def chunks(items: Sequence[Any], size: int = CHUNK) -> Iterator[Sequence[Any]]:
    """``items`` in slices of ``size``."""
    for start in range(0, len(items), size):
        yield items[start : start + size]


# --- the depot: which server, which device, when ------------------------------------------


@dataclass(frozen=True)
class Depot:
    """This file's link to a server."""

    serveur_id: uuid.UUID | None
    adresse: str
    appareil_id: uuid.UUID
    derniere_publication: datetime | None
    derniere_recuperation: datetime | None
    lot_id: uuid.UUID | None
    lot: str | None


def read_depot(connection: Connection) -> Depot | None:
    """The file's link, or None when it never met a server."""
    row = connection.execute(select(sync_depot).where(sync_depot.c.id == 1)).one_or_none()
    if row is None:
        return None
    values = row._asdict()
    values.pop("id")
    return Depot(**values)


def ensure_depot(connection: Connection) -> Depot:
    """The file's link, created (with this device's identifier) when missing."""
    depot = read_depot(connection)
    if depot is None:
        connection.execute(insert(sync_depot).values(id=1, appareil_id=uuid.uuid4(), adresse=""))
        depot = read_depot(connection)
        assert depot is not None
    return depot


def bind_server(connection: Connection, server_id: uuid.UUID, address: str) -> Depot:
    """Tie the file to a server the first time; refuse another server afterwards."""
    depot = ensure_depot(connection)
    if depot.serveur_id is not None and depot.serveur_id != server_id:
        raise OtherServer(
            f"Cette base est déjà synchronisée avec un autre serveur ({depot.adresse}). "
            "Une base ne se synchronise qu'avec un serveur : enregistrez-en une copie vide "
            "ou demandez au service informatique l'adresse de ce serveur."
        )
    connection.execute(
        update(sync_depot).where(sync_depot.c.id == 1).values(serveur_id=server_id, adresse=address)
    )
    return ensure_depot(connection)


def set_depot(connection: Connection, **values: Any) -> None:
    """Update the depot's columns (times, pending batch)."""
    ensure_depot(connection)
    connection.execute(update(sync_depot).where(sync_depot.c.id == 1).values(**values))


# --- entries: the last synchronised state of each row ------------------------------------------


@dataclass(frozen=True)
class Entry:
    """What the laptop knows of a row's server version."""

    revision: int
    modifie: bool
    base: JsonRow | None  # None: the server holds a tombstone
    territoire_id: uuid.UUID | None


def load_entries(
    connection: Connection, table: str, ids: Iterable[uuid.UUID]
) -> dict[uuid.UUID, Entry]:
    """Entries of ``ids`` in ``table`` (rows never synchronised have none)."""
    found: dict[uuid.UUID, Entry] = {}
    wanted = list(ids)
    for part in chunks(wanted):
        for row in connection.execute(
            select(
                sync_ligne.c.ligne_id,
                sync_ligne.c.revision,
                sync_ligne.c.modifie,
                sync_ligne.c.base,
                sync_ligne.c.territoire_id,
            ).where(sync_ligne.c.table_nom == table, sync_ligne.c.ligne_id.in_(part))
        ):
            found[row.ligne_id] = Entry(
                row.revision, row.modifie, loads(row.base), row.territoire_id
            )
    return found


def write_entries(connection: Connection, table: str, entries: dict[uuid.UUID, Entry]) -> None:
    """Create or replace entries."""
    if not entries:
        return
    statement = sqlite_insert(sync_ligne)
    statement = statement.on_conflict_do_update(
        index_elements=[sync_ligne.c.table_nom, sync_ligne.c.ligne_id],
        set_={
            "revision": statement.excluded.revision,
            "modifie": statement.excluded.modifie,
            "base": statement.excluded.base,
            "territoire_id": statement.excluded.territoire_id,
        },
    )
    connection.execute(
        statement,
        [
            {
                "table_nom": table,
                "ligne_id": row_id,
                "revision": entry.revision,
                "modifie": entry.modifie,
                "base": dumps(entry.base),
                "territoire_id": entry.territoire_id,
            }
            for row_id, entry in entries.items()
        ],
    )


# --- local rows -------------------------------------------------------------------------------


def territory_of(table: SyncTable) -> ColumnElement[Any]:
    """SQL giving the territory of each row of ``table`` (NULL for reference lists)."""
    t = table.table
    if table.name == "territoire":
        return t.c.id
    if table.owner is None:
        return literal(None)
    column, parent_name = table.owner
    if parent_name == "territoire":
        return t.c[column]
    parent = sync_table(parent_name)
    return (
        select(territory_of(parent))
        .where(parent.table.c.id == t.c[column])
        .correlate(t)
        .scalar_subquery()
    )


def demo_territories(connection: Connection) -> set[uuid.UUID]:
    """Demonstration territories: never synchronised."""
    territoire = sync_table("territoire").table
    return set(connection.scalars(select(territoire.c.id).where(territoire.c.est_demo)))


def read_rows(
    connection: Connection, table: SyncTable, ids: Iterable[uuid.UUID]
) -> dict[uuid.UUID, JsonRow]:
    """The current local values of ``ids`` (absent ids are missing from the result)."""
    t = table.table
    found: dict[uuid.UUID, JsonRow] = {}
    wanted = list(ids)
    for part in chunks(wanted):
        for row in connection.execute(
            select(*[t.c[c] for c in table.columns]).where(t.c.id.in_(part))
        ):
            found[row.id] = encode_row(table, row._mapping)
    return found


def insert_defaults(table: SyncTable) -> dict[str, Any]:
    """Values of the local-only columns for a row that comes from the server."""
    defaults: dict[str, Any] = {}
    for name in table.local_only:
        default = table.table.columns[name].default
        arg = getattr(default, "arg", None)
        defaults[name] = None if callable(arg) else arg
    return defaults


def write_rows(connection: Connection, table: SyncTable, rows: dict[uuid.UUID, JsonRow]) -> None:
    """Insert or update rows with server values (local-only columns are kept)."""
    if not rows:
        return
    t = table.table
    present: set[uuid.UUID] = set()
    for part in chunks(list(rows)):
        present.update(connection.scalars(select(t.c.id).where(t.c.id.in_(part))))
    updates = [decode_row(table, rows[i]) for i in rows if i in present]
    defaults = insert_defaults(table)
    inserts = [{**defaults, **decode_row(table, rows[i])} for i in rows if i not in present]
    if updates:
        columns = [c for c in table.columns if c != "id"]
        statement = (
            update(t)
            .where(t.c.id == bindparam("_id"))
            .values({c: bindparam(f"_{c}") for c in columns})
        )
        connection.execute(
            statement,
            [{"_id": row["id"], **{f"_{c}": row[c] for c in columns}} for row in updates],
        )
    if inserts:
        connection.execute(insert(t), inserts)


def delete_rows(connection: Connection, table: SyncTable, ids: Iterable[uuid.UUID]) -> None:
    """Delete rows (their children go with them: ON DELETE CASCADE)."""
    t = table.table
    for part in chunks(list(ids)):
        connection.execute(delete(t).where(t.c.id.in_(part)))


def rekey(connection: Connection, table: SyncTable, mapping: dict[uuid.UUID, uuid.UUID]) -> None:
    """Give rows new identifiers (the server's), with every reference to them."""
    if not mapping:
        return
    t = table.table
    for old, new in mapping.items():
        connection.execute(update(t).where(t.c.id == old).values(id=new))
    for child, column in children_of(table.name):
        c = child.table.c[column]
        for old, new in mapping.items():
            connection.execute(update(child.table).where(c == old).values({column: new}))


# --- pending changes ------------------------------------------------------------------------


@dataclass(frozen=True)
class Change:
    """One row to publish.

    ``values`` is the new version (None for a deletion); ``base_revision`` the server
    revision it replaces (None for a new row).
    """

    table: str
    id: uuid.UUID
    base_revision: int | None
    values: JsonRow | None
    territoire_id: uuid.UUID | None

    @property
    def kind(self) -> str:
        if self.values is None:
            return "suppression"
        return "creation" if self.base_revision is None else "modification"

    def to_json(self) -> dict[str, Any]:
        return {
            "table": self.table,
            "id": str(self.id),
            "base_revision": self.base_revision,
            "values": self.values,
            "territoire_id": str(self.territoire_id) if self.territoire_id else None,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Change:
        territory = data.get("territoire_id")
        return cls(
            data["table"],
            uuid.UUID(data["id"]),
            data["base_revision"],
            data["values"],
            uuid.UUID(territory) if territory else None,
        )


def _excluded(
    territory: uuid.UUID | None, demo: set[uuid.UUID], scope: set[uuid.UUID] | None
) -> bool:
    if territory is None:
        return False
    return territory in demo or (scope is not None and territory not in scope)


def pending_changes(
    connection: Connection, scope: set[uuid.UUID] | None = None, *, new_rows: bool = True
) -> tuple[list[Change], dict[str, list[uuid.UUID]]]:
    """Every local change to publish, parents first; and the flagged rows that changed nothing.

    Args:
        connection: the local database.
        scope: only these territories (and the reference lists); None for all.
        new_rows: include the rows never published.
    """
    demo = demo_territories(connection)
    changes: list[Change] = []
    unchanged: dict[str, list[uuid.UUID]] = {}
    for table in sync_tables():
        t = table.table
        s = sync_ligne
        joined = t.outerjoin(s, and_(s.c.table_nom == table.name, s.c.ligne_id == t.c.id))
        query = (
            select(
                *[t.c[c] for c in table.columns],
                territory_of(table).label("_territoire"),
                s.c.revision.label("_revision"),
                s.c.base.label("_base"),
            )
            .select_from(joined)
            .where(or_(s.c.ligne_id.is_(None), s.c.modifie) if new_rows else s.c.modifie)
        )
        for row in connection.execute(query):
            mapping = row._mapping
            territory = mapping["_territoire"]
            if _excluded(territory, demo, scope):
                continue
            values = encode_row(table, mapping)
            base = loads(mapping["_base"])
            if mapping["_revision"] is not None and same_content(table, values, base):
                unchanged.setdefault(table.name, []).append(row.id)
                continue
            changes.append(Change(table.name, row.id, mapping["_revision"], values, territory))
        gone = select(s.c.ligne_id, s.c.revision, s.c.base, s.c.territoire_id).where(
            s.c.table_nom == table.name,
            s.c.modifie,
            ~exists().where(t.c.id == s.c.ligne_id),
        )
        for entry in connection.execute(gone):
            if _excluded(entry.territoire_id, demo, scope):
                continue
            if entry.base is None:  # deleted on both sides
                unchanged.setdefault(table.name, []).append(entry.ligne_id)
                continue
            changes.append(
                Change(table.name, entry.ligne_id, entry.revision, None, entry.territoire_id)
            )
    return changes, unchanged


def pending_count(connection: Connection) -> int:
    """How many rows wait to be published (the status bar's number)."""
    demo = demo_territories(connection)
    count = 0
    for table in sync_tables():
        t = table.table
        s = sync_ligne
        never = (
            select(func.count())
            .select_from(t.outerjoin(s, and_(s.c.table_nom == table.name, s.c.ligne_id == t.c.id)))
            .where(s.c.ligne_id.is_(None))
        )
        if demo and not table.is_reference:
            territory = territory_of(table)
            never = never.where(or_(territory.is_(None), territory.not_in(demo)))
        count += connection.scalar(never) or 0
    return count + len(pending_changes(connection, new_rows=False)[0])


# --- cursors ---------------------------------------------------------------------------------


def cursor_key(territoire_id: uuid.UUID | None) -> str:
    """The cursor of a territory, or of the reference lists."""
    return REFERENCE_CURSOR if territoire_id is None else territoire_id.hex


def load_cursors(connection: Connection) -> dict[str, int]:
    return {row.cle: row.seq for row in connection.execute(select(sync_curseur))}


def save_cursors(connection: Connection, cursors: dict[str, int]) -> None:
    if not cursors:
        return
    statement = sqlite_insert(sync_curseur)
    statement = statement.on_conflict_do_update(
        index_elements=[sync_curseur.c.cle], set_={"seq": statement.excluded.seq}
    )
    connection.execute(statement, [{"cle": k, "seq": v} for k, v in cursors.items()])


# --- conflicts -------------------------------------------------------------------------------


@dataclass(frozen=True)
class StoredConflict:
    """A server version that could not be applied, waiting for the user's decision.

    nature: ``modification`` (changed here and there), ``suppression_serveur``
    (deleted there, changed here), ``suppression_locale`` (deleted here, changed
    there), ``doublon`` (its number or label is taken here by another row),
    ``rapprochement`` (first publication: the two copies differ), ``attente`` (its
    parent is missing here).
    """

    table: str
    id: uuid.UUID
    nature: str
    serveur: JsonRow | None
    revision: int
    auteur: str
    modifie_le: datetime | None
    territoire_id: uuid.UUID | None


def store_conflicts(connection: Connection, conflicts: Iterable[StoredConflict]) -> None:
    rows = [
        {
            "table_nom": c.table,
            "ligne_id": c.id,
            "nature": c.nature,
            "serveur": dumps(c.serveur),
            "revision": c.revision,
            "auteur": c.auteur,
            "modifie_le": c.modifie_le,
            "territoire_id": c.territoire_id,
            "detecte_le": utc_now(),
        }
        for c in conflicts
    ]
    if not rows:
        return
    statement = sqlite_insert(sync_conflit)
    statement = statement.on_conflict_do_update(
        index_elements=[sync_conflit.c.table_nom, sync_conflit.c.ligne_id],
        set_={
            name: statement.excluded[name]
            for name in ("nature", "serveur", "revision", "auteur", "modifie_le", "territoire_id")
        },
    )
    connection.execute(statement, rows)


def load_conflicts(connection: Connection) -> list[StoredConflict]:
    """Every conflict waiting, oldest first."""
    return [
        StoredConflict(
            row.table_nom,
            row.ligne_id,
            row.nature,
            loads(row.serveur),
            row.revision,
            row.auteur,
            row.modifie_le,
            row.territoire_id,
        )
        for row in connection.execute(
            select(sync_conflit).order_by(sync_conflit.c.detecte_le, sync_conflit.c.table_nom)
        )
    ]


def drop_conflict(connection: Connection, table: str, row_id: uuid.UUID) -> None:
    connection.execute(
        delete(sync_conflit).where(
            sync_conflit.c.table_nom == table, sync_conflit.c.ligne_id == row_id
        )
    )
