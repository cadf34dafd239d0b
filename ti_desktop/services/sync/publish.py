"""Publier: send the laptop's changes to the server as one batch, applied whole or not at all.

A batch has an identifier. It is stored here before it is sent, so that a publication
whose acknowledgement was lost (network cut after the server's commit) is sent again
with the same identifier: the server answers « déjà publié » and changes nothing, and
the laptop records the revisions it had missed.

On the server, in one transaction: the Régions' advisory locks, the batch id (refused if
known), a check that every row is still at the revision the laptop last saw (any
difference refuses the whole batch: pull first), the writes (creations, updates,
tombstones), checks that no live row points to a deleted one and that no number is
taken twice, the publication's counts, commit.
"""

from __future__ import annotations

import contextlib
import json
import socket
import uuid
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import (
    Connection,
    Engine,
    and_,
    func,
    select,
    text,
    tuple_,
    update,
)
from sqlalchemy.exc import DBAPIError, IntegrityError

from ti_desktop import __version__
from ti_desktop.db.base import utc_now
from ti_desktop.db.models import Territoire
from ti_desktop.db.store import Database
from ti_desktop.db.vocabulary import fold
from ti_desktop.services.progress import Cancelled, ProgressCallback, report
from ti_desktop.services.sync.connection import (
    ServerAccess,
    ServerInfo,
    operation_error,
    read_server_info,
    server_errors,
)
from ti_desktop.services.sync.describe import described
from ti_desktop.services.sync.errors import (
    AccessRefused,
    ConflictsPending,
    PublicationRefused,
    SyncError,
)
from ti_desktop.services.sync.local import (
    Change,
    Entry,
    bind_server,
    insert_defaults,
    load_conflicts,
    pending_changes,
    read_rows,
    set_depot,
    sync_transaction,
    write_entries,
)
from ti_desktop.services.sync.matching import MatchReport, match_reference_lists, match_territories
from ti_desktop.services.sync.pull import server_territories
from ti_desktop.services.sync.rows import (
    JsonRow,
    column_kinds,
    decode_row,
    encode_value,
    same_content,
)
from ti_desktop.services.sync.server_tables import among, server_table
from ti_desktop.services.sync.tables import SyncTable, sync_table, sync_tables

REFERENCE_LOCK = "listes"


@dataclass
class PublishReport:
    """What a publication did."""

    lot_id: uuid.UUID | None = None
    creations: int = 0
    modifications: int = 0
    suppressions: int = 0
    already_published: bool = False
    resent: PublishReport | None = None
    territories: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # territories the login may only read

    @property
    def total(self) -> int:
        return self.creations + self.modifications + self.suppressions

    def summary(self) -> str:
        """One French sentence for the status bar and the CLI."""
        parts = []
        if self.resent is not None:
            if self.resent.already_published:
                parts.append(
                    f"La publication interrompue précédente était déjà appliquée (déjà publié) : "
                    f"{self.resent.total} changement(s) confirmé(s)."
                )
            else:
                parts.append(
                    f"Publication interrompue précédente renvoyée : {self.resent.total} "
                    "changement(s) publié(s)."
                )
        if self.already_published:
            parts.append("Déjà publié : ce lot avait été appliqué, rien n'a changé sur le serveur.")
        elif self.lot_id is None:
            if self.resent is None and not self.skipped:
                parts.append("Rien à publier : le serveur a déjà toutes vos modifications.")
        else:
            names = ", ".join(f"« {n} »" for n in self.territories[:5]) or "listes de référence"
            parts.append(
                f"Publié : {self.total} changement(s) ({self.creations} ajout(s), "
                f"{self.modifications} modification(s), {self.suppressions} suppression(s)) "
                f"sur {names}."
            )
        if self.skipped:
            listed = ", ".join(f"« {n} »" for n in self.skipped)
            parts.append(
                f"Non publiés, faute de droit de modification sur le serveur : {listed} "
                "(vos changements y restent sur ce poste)."
            )
        return " ".join(parts)


# --- the batch -------------------------------------------------------------------------------


def _lookup_local(connection: Connection) -> Any:
    def lookup(table: str, row_id: uuid.UUID) -> JsonRow | None:
        return read_rows(connection, sync_table(table), [row_id]).get(row_id)

    return lookup


def _territory_names(
    connection: Connection, changes: list[Change]
) -> dict[uuid.UUID, tuple[str, str]]:
    """Name and Région of each territory of the batch (from here, or from its last copy)."""
    territoire = sync_table("territoire")
    wanted = {c.territoire_id for c in changes if c.territoire_id is not None}
    found = {
        i: (str(v["nom"]), str(v["region"]))
        for i, v in read_rows(connection, territoire, wanted).items()
    }
    for change in changes:
        if change.table == "territoire" and change.values is not None:
            found[change.id] = (str(change.values["nom"]), str(change.values["region"]))
    from ti_desktop.services.sync.local import load_entries

    for row_id, entry in load_entries(connection, "territoire", wanted - set(found)).items():
        if entry.base is not None:
            found[row_id] = (str(entry.base["nom"]), str(entry.base["region"]))
    return found


def editable_changes(
    info: ServerInfo, changes: list[Change], names: dict[uuid.UUID, tuple[str, str]]
) -> tuple[list[Change], list[str]]:
    """The changes the login may publish, and the names of the territories left out."""
    readable_only = {
        territory
        for territory in {c.territoire_id for c in changes if c.territoire_id}
        if not info.may_edit(territory, *names.get(territory, (str(territory), "")))
    }
    may_publish_lists = any(g.niveau == "modification" for g in info.grants)
    kept = [
        c
        for c in changes
        if (c.territoire_id is None and may_publish_lists)
        or (c.territoire_id is not None and c.territoire_id not in readable_only)
    ]
    skipped = sorted(names.get(t, (str(t), ""))[0] for t in readable_only)
    return kept, skipped


def check_rights(
    info: ServerInfo, changes: list[Change], names: dict[uuid.UUID, tuple[str, str]]
) -> None:
    """Refuse, before sending, a batch touching a territory the login may not edit."""
    refused = []
    for territory in sorted({c.territoire_id for c in changes if c.territoire_id}, key=str):
        nom, region = names.get(territory, (str(territory), ""))
        if not info.may_edit(territory, nom, region):
            refused.append(nom)
    if any(c.territoire_id is None for c in changes) and not any(
        g.niveau == "modification" for g in info.grants
    ):
        refused.append("listes de référence (financeurs, statuts, avancements)")
    if refused:
        listed = ", ".join(f"« {name} »" for name in refused)
        raise AccessRefused(
            f"Publication refusée : l'identifiant « {info.login} » n'a pas le droit de modifier "
            f"{listed} sur le serveur (ses droits : {info.rights_text()}). Rien n'a été envoyé ; "
            "publiez seulement vos territoires (--territory) ou demandez un droit au service "
            "informatique de la Région."
        )


def _lock_keys(
    server: Connection, changes: list[Change], names: dict[uuid.UUID, tuple[str, str]]
) -> list[str]:
    keys = {region for _nom, region in names.values()}
    territories = [i for i in names]
    if territories:
        st = server_table("territoire")
        keys.update(server.scalars(select(st.c.region).where(among(st.c.id, territories))))
    if any(c.territoire_id is None for c in changes):
        keys.add(REFERENCE_LOCK)
    return sorted(keys)


def _by_table(changes: list[Change]) -> dict[str, list[Change]]:
    grouped: dict[str, list[Change]] = defaultdict(list)
    for change in changes:
        grouped[change.table].append(change)
    return grouped


def _stale(server: Connection, changes: list[Change]) -> list[tuple[Change, str]]:
    """Changes whose server row is not at the revision the laptop saw."""
    stale = []
    for name, group in _by_table(changes).items():
        st = server_table(name)
        query = select(st.c.id, st.c.sync_revision).where(among(st.c.id, [c.id for c in group]))
        revisions = {row.id: row.sync_revision for row in server.execute(query)}
        for change in group:
            current = revisions.get(change.id)
            if change.base_revision is None and current is not None:
                stale.append((change, "existe déjà sur le serveur"))
            elif change.base_revision is not None and current is None:
                stale.append((change, "n'est plus visible sur le serveur"))
            elif change.base_revision is not None and current != change.base_revision:
                stale.append((change, "a changé sur le serveur depuis votre dernière récupération"))
    return stale


def _rows_json(rows: list[dict[str, Any]]) -> str:
    return json.dumps(rows, ensure_ascii=False)


def _write(server: Connection, table: SyncTable, changes: list[Change]) -> None:
    """Creations and updates of one table, each in one statement.

    The rows travel as one JSON array that the server turns into rows of the table's
    own type (``jsonb_populate_recordset``): one statement per table, whatever its size,
    so row security is checked once, not once per row.
    """
    quote = server.dialect.identifier_preparer.quote
    name = quote(table.name)
    creations = [c for c in changes if c.kind == "creation"]
    updates = [c for c in changes if c.kind == "modification"]
    if creations:
        defaults = {
            c: encode_value(column_kinds(table.name)[c], v)
            for c, v in insert_defaults(table).items()
        }
        columns = [*table.columns, *defaults]
        listed = ", ".join(quote(c) for c in columns)
        server.execute(
            text(
                f"INSERT INTO {name} ({listed}, sync_efface) SELECT {listed}, false "
                f"FROM jsonb_populate_recordset(NULL::{name}, CAST(:rows AS jsonb))"
            ),
            {"rows": _rows_json([{**defaults, **(c.values or {})} for c in creations])},
        )
    if updates:
        assignments = ", ".join(f"{quote(c)} = v.{quote(c)}" for c in table.columns if c != "id")
        changed = server.execute(
            text(
                f"UPDATE {name} t SET {assignments}, sync_efface = false "
                f"FROM jsonb_populate_recordset(NULL::{name}, CAST(:rows AS jsonb)) v "
                "WHERE t.id = v.id AND t.sync_revision = v.sync_revision"
            ),
            {
                "rows": _rows_json(
                    [{**(c.values or {}), "sync_revision": c.base_revision} for c in updates]
                )
            },
        ).rowcount
        if changed != len(updates):
            raise PublicationRefused("Publication refusée : le serveur a changé pendant l'envoi.")


def _write_tombstones(server: Connection, table: SyncTable, changes: list[Change]) -> None:
    name = server.dialect.identifier_preparer.quote(table.name)
    deleted = server.execute(
        text(
            f"UPDATE {name} t SET sync_efface = true "
            f"FROM jsonb_populate_recordset(NULL::{name}, CAST(:rows AS jsonb)) v "
            "WHERE t.id = v.id AND t.sync_revision = v.sync_revision"
        ),
        {
            "rows": _rows_json(
                [{"id": str(c.id), "sync_revision": c.base_revision} for c in changes]
            )
        },
    ).rowcount
    if deleted != len(changes):
        raise PublicationRefused("Publication refusée : le serveur a changé pendant l'envoi.")


def _broken_links(server: Connection, changes: list[Change]) -> list[str]:
    """Live rows pointing to deleted ones, among the rows of the batch."""
    touched: dict[str, list[uuid.UUID]] = {
        n: [c.id for c in g] for n, g in _by_table(changes).items()
    }
    problems = []
    for table in sync_tables():
        child = server_table(table.name)
        for column, target in table.references:
            child_ids = touched.get(table.name, [])
            parent_ids = touched.get(target, [])
            if not child_ids and not parent_ids:
                continue
            parent = server_table(target).alias("parent")
            scope = []
            if child_ids:
                scope.append(among(child.c.id, child_ids))
            if parent_ids:
                scope.append(among(parent.c.id, parent_ids))
            from sqlalchemy import or_

            query = (
                select(child.c.id, parent.c.id.label("parent_id"))
                .select_from(child.join(parent, child.c[column] == parent.c.id))
                .where(child.c.sync_efface.is_(False), parent.c.sync_efface.is_(True), or_(*scope))
                .limit(5)
            )
            for row in server.execute(query):
                problems.append(
                    f"{sync_table(target).label} {row.parent_id} supprimé(e) sur le serveur alors "
                    f"qu'un(e) {table.label} y est encore rattaché(e)"
                )
    return problems


def _taken_keys(server: Connection, changes: list[Change]) -> list[str]:
    """Numbers or labels held by two live rows once the batch is written."""
    problems = []
    for name, group in _by_table(changes).items():
        table = sync_table(name)
        st = server_table(name)
        for key in table.unique_keys:
            wanted = {tuple(c.values[k] for k in key) for c in group if c.values is not None}
            if not wanted:
                continue
            typed = [
                tuple(decode_row(table, dict(zip(key, w, strict=True)), key).values())
                for w in wanted
            ]
            columns = [st.c[k] for k in key]
            query = (
                select(*columns, func.count())
                .where(st.c.sync_efface.is_(False), tuple_(*columns).in_(typed))
                .group_by(*columns)
                .having(func.count() > 1)
            )
            for row in server.execute(query):
                label = table.column_label(key[-1])
                problems.append(
                    f"{label} « {row[len(key) - 1]} » : deux {table.label}s le portent sur le "
                    "serveur "
                    "(une autre a été publiée entre-temps avec ce numéro)"
                )
    return problems


def _refusal(stale: list[tuple[Change, str]], local: Connection) -> PublicationRefused:
    lookup = _lookup_local(local)
    details = [
        f"{described(sync_table(c.table), c.values or _base_values(local, c), lookup)} {why}"
        for c, why in stale[:20]
    ]
    if len(stale) > 20:
        details.append(f"… et {len(stale) - 20} autre(s)")
    return PublicationRefused(
        f"Publication refusée : {len(stale)} élément(s) ont changé sur le serveur depuis votre "
        "dernière récupération. Rien n'a été publié. Récupérez d'abord (Récupérer, ou "
        "ti-desktop pull), décidez des conflits, puis publiez.",
        details=details,
    )


def _base_values(local: Connection, change: Change) -> JsonRow | None:
    from ti_desktop.services.sync.local import load_entries

    entry = load_entries(local, change.table, [change.id]).get(change.id)
    return entry.base if entry is not None else None


@dataclass(frozen=True)
class Batch:
    lot_id: uuid.UUID
    changes: list[Change]

    def dumps(self) -> str:
        return json.dumps([c.to_json() for c in self.changes], ensure_ascii=False)

    @classmethod
    def loads(cls, lot_id: uuid.UUID, text_value: str) -> Batch:
        return cls(lot_id, [Change.from_json(item) for item in json.loads(text_value)])


class AlreadyPublished(Exception):
    """The server knows the batch id: it was applied before."""


def send_batch(
    server: Connection,
    batch: Batch,
    names: dict[uuid.UUID, tuple[str, str]],
    appareil: str,
    local: Connection | None = None,
    progress: ProgressCallback | None = None,
) -> dict[tuple[str, uuid.UUID], int]:
    """Apply a batch in the server's current transaction (committed by the caller).

    Returns the new revision of every row. Raises ``AlreadyPublished`` when the batch
    id is known (the caller rolls back), ``PublicationRefused`` on any conflict.
    """
    keys = _lock_keys(server, batch.changes, names)
    report(progress, 1, 6, "Attente de son tour sur le serveur")
    server.execute(text("SELECT ti_verrouiller(:keys)"), {"keys": keys})
    opened = server.execute(
        text("SELECT ti_publication_ouvrir(:lot, :appareil, :version)"),
        {"lot": batch.lot_id, "appareil": appareil, "version": __version__},
    ).scalar()
    if not opened:
        raise AlreadyPublished
    report(progress, 2, 6, "Vérification des révisions")
    stale = _stale(server, batch.changes)
    if stale:
        if local is None:
            raise PublicationRefused(
                f"Publication refusée : {len(stale)} élément(s) ont changé sur le serveur."
            )
        raise _refusal(stale, local)
    grouped = _by_table(batch.changes)
    tables = sync_tables()
    for step, table in enumerate(tables):
        if table.name in grouped:
            report(progress, 3, 6, f"Envoi : {table.label}")
            _write(server, table, grouped[table.name])
            del step
    report(progress, 4, 6, "Envoi des suppressions")
    for table in reversed(tables):
        tombstones = [c for c in grouped.get(table.name, []) if c.kind == "suppression"]
        if tombstones:
            _write_tombstones(server, table, tombstones)
    problems = _broken_links(server, batch.changes) + _taken_keys(server, batch.changes)
    if problems:
        raise PublicationRefused(
            "Publication refusée : elle laisserait le serveur incohérent. Rien n'a été publié. "
            "Récupérez d'abord (ti-desktop pull) puis décidez des conflits.",
            details=problems,
        )
    server.execute(text("SELECT ti_publication_clore(:lot)"), {"lot": batch.lot_id})
    report(progress, 5, 6, "Enregistrement sur le serveur")
    return _revisions(server, batch.changes)


def _revisions(server: Connection, changes: list[Change]) -> dict[tuple[str, uuid.UUID], int]:
    found: dict[tuple[str, uuid.UUID], int] = {}
    for name, group in _by_table(changes).items():
        st = server_table(name)
        for row_id, revision in server.execute(
            select(st.c.id, st.c.sync_revision).where(among(st.c.id, [c.id for c in group]))
        ).all():
            found[(name, row_id)] = revision
    return found


def batch_results(server: Connection, lot_id: uuid.UUID) -> dict[tuple[str, uuid.UUID], int] | None:
    """The revisions a known batch gave (None when the server never applied it)."""
    known = server.execute(
        text("SELECT count(*) FROM ti_publication WHERE lot = :lot"), {"lot": lot_id}
    ).scalar()
    if not known:
        return None
    return {
        (str(table), row_id): int(revision)
        for table, row_id, revision in server.execute(
            text("SELECT table_nom, ligne_id, revision FROM ti_lot_resultat(:lot)"), {"lot": lot_id}
        )
    }


# --- the whole publication -------------------------------------------------------------------


def _record(database: Database, batch: Batch, revisions: dict[tuple[str, uuid.UUID], int]) -> None:
    """Note the server revisions of what was sent; rows edited meanwhile stay flagged."""
    with sync_transaction(database) as local:
        for name, group in _by_table(batch.changes).items():
            table = sync_table(name)
            current = read_rows(local, table, [c.id for c in group])
            entries = {}
            for change in group:
                revision = revisions.get((name, change.id))
                if revision is None:
                    continue
                mine = current.get(change.id)
                entries[change.id] = Entry(
                    revision,
                    not same_content(table, mine, change.values),
                    change.values,
                    change.territoire_id,
                )
            write_entries(local, name, entries)
        set_depot(local, lot_id=None, lot=None, derniere_publication=utc_now())


def _counted(
    batch: Batch, names: dict[uuid.UUID, tuple[str, str]], already: bool = False
) -> PublishReport:
    result = PublishReport(lot_id=batch.lot_id, already_published=already)
    for change in batch.changes:
        setattr(result, change.kind + "s", getattr(result, change.kind + "s") + 1)
    result.territories = sorted(
        {names[c.territoire_id][0] for c in batch.changes if c.territoire_id in names}
    )
    return result


def _send(
    engine: Engine,
    database: Database,
    batch: Batch,
    names: dict[uuid.UUID, tuple[str, str]],
    appareil: str,
    progress: ProgressCallback | None,
) -> PublishReport:
    try:
        with engine.connect() as server, database.engine.connect() as local:
            try:
                revisions = send_batch(server, batch, names, appareil, local, progress)
            except AlreadyPublished:
                server.rollback()
                known = batch_results(server, batch.lot_id)
                server.rollback()
                _record(database, batch, known or {})
                return _counted(batch, names, already=True)
            except Cancelled:
                _rollback_quietly(server)
                with sync_transaction(database) as pending:
                    set_depot(pending, lot_id=None, lot=None)
                raise
            except BaseException:
                _rollback_quietly(server)
                raise
            server.commit()
    except IntegrityError as exc:
        raise PublicationRefused(
            "Publication refusée par le serveur : un numéro, un libellé ou un identifiant y est "
            "déjà pris (peut-être par un territoire que vous ne voyez pas). Rien n'a été publié. "
            "Récupérez d'abord, puis renumérotez.",
            details=[str(getattr(exc, "orig", exc)).splitlines()[0]],
        ) from exc
    except DBAPIError as exc:
        raise operation_error(exc, "pendant la publication") from exc
    _record(database, batch, revisions)
    return _counted(batch, names)


def _rollback_quietly(server: Connection) -> None:
    """Roll back, even on a connection the server already closed."""
    with contextlib.suppress(DBAPIError):
        server.rollback()


def _scope_ids(database: Database, names: list[str]) -> set[uuid.UUID] | None:
    if not names:
        return None
    territoire = sync_table("territoire").table
    with database.engine.connect() as local:
        rows = local.execute(select(territoire.c.id, territoire.c.nom)).all()
    found: set[uuid.UUID] = set()
    for name in names:
        ids = {row.id for row in rows if fold(row.nom) == fold(name)}
        if not ids:
            raise SyncError(f"Aucun territoire « {name} » dans cette base.")
        found |= ids
    return found


def _device(appareil_id: uuid.UUID) -> str:
    return f"{socket.gethostname()} ({appareil_id})"


def publish(
    database: Database,
    access: ServerAccess,
    *,
    territories: list[str] | None = None,
    editable_only: bool = False,
    progress: ProgressCallback | None = None,
) -> PublishReport:
    """Publier: send every local change (or those of ``territories``) as one batch.

    With ``editable_only`` (the window), changes of territories the login may only
    read stay on the laptop and are named in the report; otherwise (the command line)
    they refuse the whole publication.

    Raises:
        SyncError: refused (rights, versions, conflicts, pending decisions) or the
            connection dropped; nothing was applied on the server.
    """
    report(progress, 0, 6, "Connexion au serveur")
    scope = _scope_ids(database, list(territories or []))
    with access.engine() as engine:
        with engine.connect() as server, server_errors("pendant la publication"):
            info = read_server_info(server)
            visible = [v for v in server_territories(server) if not v.efface]
            with sync_transaction(database) as local:
                depot = bind_server(local, info.server_id, access.address.text())
            server.rollback()
        resent = None
        if depot.lot_id is not None and depot.lot is not None:
            resent = _resend(
                engine, database, Batch.loads(depot.lot_id, depot.lot), depot.appareil_id, progress
            )
        with engine.connect() as server, server_errors("pendant la publication"):
            with sync_transaction(database) as local:
                matches = MatchReport()
                match_reference_lists(server, local, matches)
                match_territories(server, local, visible, matches)
            server.rollback()
        with sync_transaction(database) as local:
            waiting = load_conflicts(local)
            if waiting:
                raise ConflictsPending(
                    f"{len(waiting)} conflit(s) attendent votre décision avant de publier "
                    "(Fichier › Conflits…, ou ti-desktop conflicts puis ti-desktop resolve)."
                    + (
                        f" La première publication a rapproché {matches.rows} élément(s) de "
                        "leur copie du serveur."
                        if matches.rows
                        else ""
                    )
                )
            changes, unchanged = pending_changes(local, scope)
            _clear_flags(local, unchanged)
            names = _territory_names(local, changes)
            skipped: list[str] = []
            if editable_only:
                changes, skipped = editable_changes(info, changes, names)
            if not changes:
                return PublishReport(resent=resent, skipped=skipped)
            check_rights(info, changes, names)
            batch = Batch(uuid.uuid4(), changes)
            set_depot(local, lot_id=batch.lot_id, lot=batch.dumps())
            appareil = _device(depot.appareil_id)
        result = _send(engine, database, batch, names, appareil, progress)
        result.resent = resent
        result.skipped = skipped
        if not result.already_published:
            _record_in_register(database, access, batch)
        report(progress, 6, 6, "Publication terminée")
        return result


def _record_in_register(database: Database, access: ServerAccess, batch: Batch) -> None:
    """Each published territory's register gets the publication, with its share of the batch."""
    from ti_desktop.services.register.transmissions import record_publication

    shares: dict[uuid.UUID, list[Change]] = {}
    for change in batch.changes:
        if change.territoire_id is not None:
            shares.setdefault(change.territoire_id, []).append(change)
    with database.reader() as session:
        present = set(
            session.scalars(
                select(Territoire.id).where(
                    Territoire.id.in_(list(shares)), Territoire.supprime_le.is_(None)
                )
            )
        )
    for territoire_id, changes in shares.items():
        if territoire_id not in present:
            continue  # a territory in the trash has no register page to show it
        sent = Batch(batch.lot_id, changes).dumps().encode("utf-8")
        record_publication(
            database,
            territoire_id,
            serveur=access.address.text(),
            contenu=sent,
            nom_fichier=f"publication-{batch.lot_id}.json",
        )


def _resend(
    engine: Engine,
    database: Database,
    batch: Batch,
    appareil_id: uuid.UUID,
    progress: ProgressCallback | None,
) -> PublishReport | None:
    """Send again a batch whose outcome is unknown; None when it is obsolete."""
    with database.engine.connect() as local:
        names = _territory_names(local, batch.changes)
    try:
        return _send(engine, database, batch, names, _device(appareil_id), progress)
    except PublicationRefused:
        with sync_transaction(database) as local:
            set_depot(local, lot_id=None, lot=None)
        return None


def _clear_flags(local: Connection, unchanged: dict[str, list[uuid.UUID]]) -> None:
    from ti_desktop.db.sync_tracking import sync_ligne

    for name, ids in unchanged.items():
        for start in range(0, len(ids), 500):
            local.execute(
                update(sync_ligne)
                .where(
                    and_(
                        sync_ligne.c.table_nom == name,
                        sync_ligne.c.ligne_id.in_(ids[start : start + 500]),
                    )
                )
                .values(modifie=False)
            )
