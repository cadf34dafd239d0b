"""Récupérer: bring the server's changes since the last pull, in one local transaction.

The server is read in one ``REPEATABLE READ`` snapshot. Each territory (and the
reference lists) has its own cursor, the highest server sequence number pulled; since
every write of a Région's rows holds that Région's lock until commit, rows become
visible in sequence order within a Région and a cursor never skips one.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from dataclasses import dataclass, field

from sqlalchemy import Connection, and_, or_

from ti_desktop.db.base import utc_now
from ti_desktop.db.store import Database
from ti_desktop.db.vocabulary import fold
from ti_desktop.services.progress import ProgressCallback, report
from ti_desktop.services.sync.apply import Applier, ServerVersion
from ti_desktop.services.sync.connection import (
    ServerAccess,
    ServerAddress,
    ServerInfo,
    read_server_info,
    server_errors,
)
from ti_desktop.services.sync.errors import AccessRefused
from ti_desktop.services.sync.local import (
    bind_server,
    cursor_key,
    load_cursors,
    save_cursors,
    set_depot,
    sync_transaction,
)
from ti_desktop.services.sync.matching import (
    MatchReport,
    fetch_versions,
    match_reference_lists,
    match_territories,
)
from ti_desktop.services.sync.server_tables import among, server_table
from ti_desktop.services.sync.tables import SyncTable, sync_table, sync_tables


@dataclass
class PullReport:
    """What a pull brought."""

    territories: list[str] = field(default_factory=list)
    created: int = 0
    modified: int = 0
    deleted: int = 0
    new_conflicts: int = 0
    conflicts: int = 0
    matched: int = 0

    def summary(self) -> str:
        """One French sentence for the status bar and the CLI."""
        if not self.territories:
            return "Aucun territoire à récupérer sur ce serveur."
        names = ", ".join(f"« {name} »" for name in self.territories[:5])
        if len(self.territories) > 5:
            names += f" et {len(self.territories) - 5} autres"
        changes = self.created + self.modified + self.deleted
        text = (
            f"Récupéré : {names} — {changes} changement(s) appliqué(s) "
            f"({self.created} ajout(s), {self.modified} modification(s), "
            f"{self.deleted} suppression(s))"
        )
        if self.matched:
            text += f", {self.matched} élément(s) rapproché(s) de leur copie du serveur"
        if self.conflicts:
            text += f". {self.conflicts} conflit(s) à décider (ti-desktop conflicts)"
        return text + "."


def server_territories(connection: Connection) -> list[ServerVersion]:
    """Every territory the login may read (tombstones included)."""
    territoire = sync_table("territoire")
    st = server_table("territoire")
    return fetch_versions(connection, territoire, st.c.id.is_not(None))


def choose_territories(
    visible: list[ServerVersion], names: list[str], region: str | None
) -> list[ServerVersion]:
    """The territories asked for (by name, or a Région), among those the login reads.

    Raises:
        AccessRefused: a name the login cannot read (or that does not exist).
    """
    if region is not None:
        chosen = [v for v in visible if fold(str(v.values["region"])) == fold(region)]
        if not chosen:
            raise AccessRefused(
                f"Aucun territoire de la région « {region} » n'est visible sur ce serveur "
                "avec cet identifiant."
            )
        return chosen
    if not names:
        return visible
    chosen = []
    for name in names:
        found = [v for v in visible if fold(str(v.values["nom"])) == fold(name)]
        if not found:
            raise AccessRefused(
                f"Le territoire « {name} » n'existe pas sur ce serveur, ou cet identifiant "
                "n'a pas le droit de le lire."
            )
        chosen.extend(found)
    return chosen


def _scoped_rows(
    connection: Connection,
    table: SyncTable,
    territories: list[uuid.UUID],
    cursors: dict[str, int],
) -> list[ServerVersion]:
    st = server_table(table.name)
    if table.is_reference:
        since = cursors.get(cursor_key(None), 0)
        where = st.c.sync_seq > since
        if since == 0:
            where = and_(where, st.c.sync_efface.is_(False))
        return fetch_versions(connection, table, where)
    by_cursor: dict[int, list[uuid.UUID]] = defaultdict(list)
    for territory in territories:
        by_cursor[cursors.get(cursor_key(territory), 0)].append(territory)
    conditions = []
    for since, ids in by_cursor.items():
        condition = and_(among(st.c.sync_territoire_id, ids), st.c.sync_seq > since)
        if since == 0:
            condition = and_(condition, st.c.sync_efface.is_(False))
        conditions.append(condition)
    if not conditions:
        return []
    return fetch_versions(connection, table, or_(*conditions))


def pull_with(
    server: Connection,
    database: Database,
    info: ServerInfo,
    address: ServerAddress,
    *,
    territories: list[str] | None = None,
    region: str | None = None,
    progress: ProgressCallback | None = None,
) -> PullReport:
    """Pull through an open server connection (one snapshot)."""
    result = PullReport()
    visible = server_territories(server)
    chosen = choose_territories(visible, list(territories or []), region)
    live = [v for v in chosen if not v.efface]
    result.territories = sorted(str(v.values["nom"]) for v in live)
    matches = MatchReport()
    with sync_transaction(database) as local:
        bind_server(local, info.server_id, address.text())
        match_reference_lists(server, local, matches)
        match_territories(server, local, live, matches)
    result.matched = matches.rows
    ids = [v.id for v in chosen]
    tables = sync_tables()
    with sync_transaction(database) as local:
        cursors = load_cursors(local)
        applier = Applier(local)
        reached: dict[str, int] = {}
        for step, table in enumerate(tables):
            report(progress, step, len(tables) + 1, f"Récupération : {table.label}")
            versions = _scoped_rows(server, table, ids, cursors)
            if not versions:
                continue
            applier.receive(table, versions)
            for version in versions:
                key = cursor_key(version.territoire_id)
                reached[key] = max(reached.get(key, 0), version.seq)
        report(progress, len(tables), len(tables) + 1, "Application des suppressions")
        applier.finish()
        save_cursors(local, {k: max(v, cursors.get(k, 0)) for k, v in reached.items()})
        set_depot(local, derniere_recuperation=utc_now())
        result.created = applier.counts.created
        result.modified = applier.counts.modified
        result.deleted = applier.counts.deleted
        result.new_conflicts = applier.new_conflicts
        result.conflicts = applier.conflict_count
    report(progress, len(tables) + 1, len(tables) + 1, "Récupération terminée")
    return result


def pull(
    database: Database,
    access: ServerAccess,
    *,
    territories: list[str] | None = None,
    region: str | None = None,
    progress: ProgressCallback | None = None,
) -> PullReport:
    """Récupérer: apply the server's changes here; set aside what conflicts.

    Raises:
        SyncError: the server refused (address, login, versions, rights) or the
            connection dropped; nothing was applied.
    """
    report(progress, 0, 1, "Connexion au serveur")
    with access.engine() as engine:
        snapshot = engine.connect().execution_options(
            isolation_level="REPEATABLE READ", postgresql_readonly=True
        )
        with snapshot as server, server_errors("pendant la récupération"):
            info = read_server_info(server)
            return pull_with(
                server,
                database,
                info,
                access.address,
                territories=territories,
                region=region,
                progress=progress,
            )
