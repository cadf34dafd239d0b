"""Conflicts: what the user sees of them, and their decisions.

Each conflict is one record: the server's version, the laptop's, and the last copy
they shared (the base), compared field by field with the field table's labels. The
decisions: keep mine (it will be published over the server's revision), keep the
server's (applied here), modify (my values, edited, published), renumber (two rows
given the same number offline), or decide later.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, func, select, update
from sqlalchemy.exc import IntegrityError

from ti_desktop.db.store import Database
from ti_desktop.db.sync_tracking import sync_ligne
from ti_desktop.services.sync.apply import Applier, ServerVersion, local_keys, version_of
from ti_desktop.services.sync.describe import described, value_text
from ti_desktop.services.sync.errors import SyncError
from ti_desktop.services.sync.local import (
    Entry,
    StoredConflict,
    drop_conflict,
    load_conflicts,
    load_entries,
    read_rows,
    sync_transaction,
    write_entries,
    write_rows,
)
from ti_desktop.services.sync.rows import JsonRow, decode_row, differing_columns, encode_row
from ti_desktop.services.sync.tables import SyncTable, children_of, sync_table

NATURES = {
    "modification": "modifications ici et sur le serveur",
    "suppression_serveur": "suppression sur le serveur, modification ou ajout ici",
    "suppression_locale": "suppression ici, modification sur le serveur",
    "doublon": "même numéro que votre élément créé hors connexion : renumérotez le vôtre",
    "rapprochement": "première publication : la copie du serveur diffère de la vôtre",
    "attente": "ajout sur le serveur dans un élément que vous avez supprimé ici",
}
"""The French explanation of each nature of conflict."""


@dataclass(frozen=True)
class FieldDifference:
    """One field that differs: its three versions as text, and the raw values."""

    column: str
    label: str
    base: str | None  # None: no common copy to compare with
    mine: str
    theirs: str
    mine_value: Any
    theirs_value: Any


@dataclass(frozen=True)
class ConflictView:
    """A conflict as the conflict screen and ``ti-desktop conflicts`` show it."""

    table: str
    id: uuid.UUID
    nature: str
    title: str
    explanation: str
    author: str
    when: datetime | None  # the server's clock
    territory: str
    fields: tuple[FieldDifference, ...]
    key_column: str | None  # for a duplicate number: the column to renumber
    holder_id: uuid.UUID | None  # for a duplicate number: my row holding it
    hidden: bool  # waits for a decision on its parent (shown with it)

    @property
    def can_keep(self) -> bool:
        """Whether « garder la mienne / celle du serveur » apply (not to a duplicate)."""
        return self.nature != "doublon"

    @property
    def entity(self) -> str:
        return sync_table(self.table).label

    def to_json(self) -> dict[str, Any]:
        return {
            "uuid": str(self.id),
            "table": self.table,
            "entite": self.entity,
            "nature": self.nature,
            "titre": self.title,
            "explication": self.explanation,
            "territoire": self.territory,
            "auteur_serveur": self.author,
            "modifie_sur_le_serveur_le": self.when.isoformat() if self.when else None,
            "champs": [
                {
                    "champ": f.column,
                    "libelle": f.label,
                    "base": f.base,
                    "mienne": f.mine,
                    "serveur": f.theirs,
                }
                for f in self.fields
            ],
            "a_renumeroter": self.key_column,
        }


def _lookup(connection: Connection, extra: dict[tuple[str, uuid.UUID], JsonRow]) -> Any:
    def lookup(table: str, row_id: uuid.UUID) -> JsonRow | None:
        if (table, row_id) in extra:
            return extra[(table, row_id)]
        return read_rows(connection, sync_table(table), [row_id]).get(row_id)

    return lookup


def _territory_name(connection: Connection, territory: uuid.UUID | None) -> str:
    if territory is None:
        return "listes de référence"
    row = read_rows(connection, sync_table("territoire"), [territory]).get(territory)
    if row is None:
        entry = load_entries(connection, "territoire", [territory]).get(territory)
        row = entry.base if entry is not None else None
    return str(row["nom"]) if row is not None else ""


def _holder(
    connection: Connection, table: SyncTable, theirs: JsonRow
) -> tuple[str | None, uuid.UUID | None]:
    for key in table.unique_keys:
        holder = local_keys(connection, table, key).get(tuple(theirs[c] for c in key))
        if holder is not None:
            return key[-1], holder
    return None, None


def _view(
    connection: Connection, conflict: StoredConflict, waiting: set[tuple[str, uuid.UUID]]
) -> ConflictView:
    table = sync_table(conflict.table)
    theirs = conflict.serveur
    extra = {(conflict.table, conflict.id): theirs} if theirs is not None else {}
    lookup = _lookup(connection, extra)
    entry = load_entries(connection, table.name, [conflict.id]).get(conflict.id)
    mine = read_rows(connection, table, [conflict.id]).get(conflict.id)
    key_column, holder = (None, None)
    if conflict.nature == "doublon" and theirs is not None:
        key_column, holder = _holder(connection, table, theirs)
        if holder is not None:
            mine = read_rows(connection, table, [holder]).get(holder)
    base = None if conflict.nature in ("rapprochement", "doublon") or entry is None else entry.base
    if conflict.nature == "doublon" and key_column is not None:
        columns = [
            key_column,
            *[c for c in differing_columns(table, mine, theirs) if c != key_column],
        ]
    else:
        columns = differing_columns(table, base, mine, theirs)
    if mine is None or theirs is None:
        # one side deleted: what the other side changed first, then what names the record
        kept = mine or theirs or base or {}
        changed = differing_columns(table, base, kept) if base is not None else []
        filled = [c for c in table.compared if kept.get(c) not in (None, "")]
        columns = list(dict.fromkeys([*changed, *filled]))[:8]
    context = {"id", table.owner[0] if table.owner else ""}
    columns = [c for c in columns if c not in context]

    def shown(version: JsonRow | None, column: str, absent: str) -> str:
        if version is None:
            return absent
        return value_text(table, column, version.get(column), lookup)

    fields = tuple(
        FieldDifference(
            column,
            table.column_label(column),
            shown(base, column, "(absent)") if base is not None or entry is not None else None,
            shown(mine, column, "(supprimé ici)"),
            shown(theirs, column, "(supprimé sur le serveur)"),
            None if mine is None else mine.get(column),
            None if theirs is None else theirs.get(column),
        )
        for column in columns
    )
    hidden = conflict.nature == "attente" and any(
        (target, uuid.UUID(str(theirs[column]))) in waiting
        for column, target in table.references
        if theirs is not None and theirs.get(column)
    )
    return ConflictView(
        table=table.name,
        id=conflict.id,
        nature=conflict.nature,
        title=described(table, theirs or mine or base, lookup),
        explanation=NATURES.get(conflict.nature, conflict.nature),
        author=conflict.auteur,
        when=conflict.modifie_le,
        territory=_territory_name(connection, conflict.territoire_id),
        fields=fields,
        key_column=key_column,
        holder_id=holder,
        hidden=hidden,
    )


def list_conflicts(database: Database, *, include_hidden: bool = False) -> list[ConflictView]:
    """The conflicts waiting for a decision, oldest first."""
    with database.engine.connect() as connection:
        stored = load_conflicts(connection)
        waiting = {(c.table, c.id) for c in stored}
        views = [_view(connection, c, waiting) for c in stored]
    return [v for v in views if include_hidden or not v.hidden]


def conflict_count(database: Database) -> int:
    """How many conflicts wait (the status bar's number)."""
    return len(list_conflicts(database))


# --- decisions -------------------------------------------------------------------------------


def _find(connection: Connection, row_id: uuid.UUID) -> StoredConflict:
    for conflict in load_conflicts(connection):
        if conflict.id == row_id:
            return conflict
    raise SyncError(
        f"Aucun conflit ne porte l'identifiant {row_id} (ti-desktop conflicts les liste)."
    )


class _Decider:
    """Decisions inside one local transaction, with the rows they bring along."""

    def __init__(self, connection: Connection) -> None:
        self.connection = connection

    def _conflict(self, table: str, row_id: uuid.UUID) -> StoredConflict | None:
        return next(
            (c for c in load_conflicts(self.connection) if c.table == table and c.id == row_id),
            None,
        )

    def keep_mine(self, conflict: StoredConflict) -> None:
        if conflict.nature == "doublon":
            raise SyncError(
                "Deux éléments portent le même numéro : renumérotez le vôtre (Modifier, ou "
                "ti-desktop resolve UUID --renumber NOUVEAU)."
            )
        table = sync_table(conflict.table)
        drop_conflict(self.connection, table.name, conflict.id)
        write_entries(
            self.connection,
            table.name,
            {conflict.id: Entry(conflict.revision, True, conflict.serveur, conflict.territoire_id)},
        )
        mine = read_rows(self.connection, table, [conflict.id]).get(conflict.id)
        if mine is not None:
            # a row kept here needs its parents on the server: keep them too
            for column, target in table.references:
                if mine.get(column):
                    parent = self._conflict(target, uuid.UUID(str(mine[column])))
                    if parent is not None and parent.serveur is None:
                        self.keep_mine(parent)
        else:
            # a deletion kept here takes along what the server still attaches to the row
            for child, column in children_of(table.name):
                for other in load_conflicts(self.connection):
                    if (
                        other.table == child.name
                        and other.serveur is not None
                        and str(other.serveur.get(column)) == str(conflict.id)
                        and other.nature != "doublon"
                    ):
                        self.keep_mine(other)

    def keep_theirs(self, conflict: StoredConflict) -> None:
        table = sync_table(conflict.table)
        version = version_of(conflict)
        if version.efface:
            applier = Applier(self.connection)
            applier.apply_tombstones(table, [version], force=True)
            applier.retry_held()
            return
        self._restore_parents(table, version)
        was_here = bool(read_rows(self.connection, table, [conflict.id]))
        drop_conflict(self.connection, table.name, conflict.id)
        applier = Applier(self.connection)
        left = applier.apply_live(table, [version])
        if left:
            raise SyncError(self._blocked(table, left[0]))
        if not was_here:
            self._restore_children(table, conflict.id)
        applier.retry_held()

    def _restore_children(self, table: SyncTable, row_id: uuid.UUID) -> None:
        """A row deleted here comes back: so do the rows deleted with it (from their copies)."""
        for child, column in children_of(table.name):
            if child.owner is None or child.owner[0] != column:
                continue
            deleted = self.connection.execute(
                select(sync_ligne.c.ligne_id).where(
                    sync_ligne.c.table_nom == child.name,
                    sync_ligne.c.modifie,
                    sync_ligne.c.base.is_not(None),
                    func.json_extract(sync_ligne.c.base, f"$.{column}") == str(row_id),
                )
            ).scalars()
            for child_id in list(deleted):
                if read_rows(self.connection, child, [child_id]):
                    continue
                waiting = self._conflict(child.name, child_id)
                if waiting is not None:
                    self.keep_theirs(waiting)
                    continue
                entry = load_entries(self.connection, child.name, [child_id])[child_id]
                assert entry.base is not None
                write_rows(self.connection, child, {child_id: entry.base})
                write_entries(
                    self.connection,
                    child.name,
                    {child_id: Entry(entry.revision, False, entry.base, entry.territoire_id)},
                )
                self._restore_children(child, child_id)

    def _blocked(self, table: SyncTable, version: ServerVersion) -> str:
        key, holder = _holder(self.connection, table, version.values)
        if holder is not None and key is not None:
            return (
                f"{table.column_label(key)} « {version.values[key]} » est déjà pris ici par un(e) "
                f"autre {table.label} : renumérotez-la d'abord."
            )
        return f"Cette version ne peut pas être appliquée ici : son {table.label} parent manque."

    def _restore_parents(self, table: SyncTable, version: ServerVersion) -> None:
        """Bring back, from the server's copy, parents deleted here (keeping theirs needs them)."""
        for column, target in table.references:
            parent_id = version.values.get(column)
            if not parent_id:
                continue
            parent_uuid = uuid.UUID(str(parent_id))
            parent_table = sync_table(target)
            if read_rows(self.connection, parent_table, [parent_uuid]):
                continue
            waiting = self._conflict(target, parent_uuid)
            if waiting is not None:
                self.keep_theirs(waiting)
                continue
            entry = load_entries(self.connection, target, [parent_uuid]).get(parent_uuid)
            if entry is None or entry.base is None:
                raise SyncError(
                    f"Le {parent_table.label} de cette version n'est ni ici ni sur le serveur : "
                    "récupérez d'abord."
                )
            parent = ServerVersion(
                target,
                parent_uuid,
                entry.base,
                entry.revision,
                False,
                "",
                None,
                entry.territoire_id,
            )
            self._restore_parents(parent_table, parent)
            write_rows(self.connection, parent_table, {parent_uuid: entry.base})
            write_entries(
                self.connection,
                target,
                {parent_uuid: Entry(entry.revision, False, entry.base, entry.territoire_id)},
            )


def resolve(database: Database, row_id: uuid.UUID, keep: str) -> str:
    """Decide one conflict: ``keep`` is ``"mine"`` or ``"theirs"``. Returns a French summary."""
    if keep not in ("mine", "theirs"):
        raise SyncError(
            "Choix inconnu : --keep mine (la mienne) ou --keep theirs (celle du serveur)."
        )
    with sync_transaction(database) as connection:
        conflict = _find(connection, row_id)
        title = _view(connection, conflict, set()).title
        decider = _Decider(connection)
        if keep == "mine":
            decider.keep_mine(conflict)
            return f"Gardé votre version : {title} (elle sera publiée à la prochaine publication)."
        decider.keep_theirs(conflict)
        return f"Gardé la version du serveur : {title}."


def resolve_all(database: Database, keep: str) -> int:
    """Decide every conflict the same way; returns how many were decided."""
    decided = 0
    for view in list_conflicts(database):
        if view.nature == "doublon":
            continue
        with sync_transaction(database) as connection:
            conflict = next((c for c in load_conflicts(connection) if c.id == view.id), None)
        if conflict is None:
            continue  # decided along with another
        resolve(database, view.id, keep)
        decided += 1
    return decided


def resolve_with_values(database: Database, row_id: uuid.UUID, values: dict[str, Any]) -> str:
    """« Modifier »: write my edited values (Python values by column), then keep mine."""
    with database.session() as session:  # a local edit: the triggers flag it
        connection = session.connection()
        conflict = _find(connection, row_id)
        table = sync_table(conflict.table)
        mine = read_rows(connection, table, [row_id]).get(row_id)
        if mine is None:
            base = conflict.serveur
            if base is None:
                raise SyncError("Cet élément n'existe plus nulle part : rien à modifier.")
            row = {**decode_row(table, base), **values}
            write_rows(connection, table, {row_id: encode_row(table, row)})
        else:
            t = table.table
            connection.execute(update(t).where(t.c.id == row_id).values(**values))
    return resolve(database, row_id, "mine")


def renumber(database: Database, row_id: uuid.UUID, new_value: str) -> str:
    """A duplicate number: give my row ``new_value``, then apply the server's row."""
    new_value = new_value.strip()
    with database.engine.connect() as connection:
        conflict = _find(connection, row_id)
        view = _view(connection, conflict, set())
    if view.key_column is None or view.holder_id is None:
        return resolve(database, row_id, "theirs")
    table = sync_table(conflict.table)
    if not new_value:
        raise SyncError(f"{table.column_label(view.key_column)} : valeur obligatoire.")
    try:
        with database.session() as session:  # a local edit: the triggers flag it
            t = table.table
            session.connection().execute(
                update(t).where(t.c.id == view.holder_id).values({view.key_column: new_value})
            )
    except IntegrityError as exc:
        raise SyncError(
            f"{table.column_label(view.key_column)} « {new_value} » est déjà pris ici : "
            "choisissez-en un autre."
        ) from exc
    with sync_transaction(database) as connection:
        applier = Applier(connection)
        applier.retry_held()
        if any(c.id == row_id for c in load_conflicts(connection)):
            raise SyncError(
                f"{table.column_label(view.key_column)} « {new_value} » est déjà pris ici : "
                "choisissez-en un autre."
            )
    return f"Votre {table.label} porte désormais « {new_value} » ; celle du serveur a été ajoutée."
