"""What the synchronisation knows of each shared table, read from the SQLAlchemy mapper.

Nothing here lists columns: a column added to a model (and its migration) is sent,
pulled, compared and shown in conflicts with no edit. Labels come from the field table
(``services/fields/catalog.py``); columns it does not describe get a readable default.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from sqlalchemy import Table

from ti_desktop.db import models  # noqa: F401 - registers the mapped tables
from ti_desktop.db.base import Base
from ti_desktop.db.server.ddl import TERRITORY_TABLE, owner_key
from ti_desktop.db.server.ddl import unique_constraints as table_unique_constraints
from ti_desktop.db.sync_tracking import SYNCHRONISED_TABLES
from ti_desktop.services.fields import catalog
from ti_desktop.services.fields.kinds import Entity, Field

METADATA_COLUMNS = frozenset({"created_at", "updated_at"})
"""Sent and pulled, but a difference in them alone is not a change (clocks differ)."""

NOT_SYNCHRONISED = frozenset({"est_demo"})
"""Demonstration territories never reach the server; the flag stays local."""

# Tables without a natural unique key are matched, on a territory's first publication,
# by these columns (their foreign keys translated to the server's identifiers first).
MATCH_KEYS: dict[str, tuple[str, ...]] = {
    "contrat": ("territoire_id", "type_document"),
    "enjeu_local": ("contrat_id", "position"),
    "signataire": ("territoire_id", "groupe", "organisme", "ordre"),
    "ligne_financement": ("fiche_id", "position"),
    "indicateur": ("fiche_id", "position"),
}

_ENTITY_LABELS = {
    "etat_avancement": "état d'avancement",
    "statut_financement": "statut de financement",
    "financeur": "financeur",
}

_COLUMN_LABELS = {
    "libelle": "Libellé",
    "position": "Ordre",
    "ordre": "Ordre",
    "categorie": "Catégorie",
    "groupe": "Groupe",
    "courant": "Contrat courant",
    "supprime_le": "Mise à la corbeille",
    "created_at": "Créé le",
    "updated_at": "Modifié le",
    "territoire_id": "Territoire",
    "contrat_id": "Contrat",
    "fiche_id": "Fiche-action",
    "est_demo": "Démonstration",
}


@dataclass(frozen=True)
class SyncTable:
    """One synchronised table.

    Attributes:
        name: the SQL table.
        table: the local SQLAlchemy table (the mapper's).
        columns: every column the laptop sends and pulls, in the mapper's order.
        local_only: columns that never leave the laptop (private notes, the demo flag);
            a new server row gets their default.
        compared: columns whose difference is a change.
        owner: (foreign key column, parent table) of the row that owns this one.
        references: every foreign key, as (column, referenced table).
        unique_keys: natural keys (each a tuple of columns).
        match_key: the columns matching a row on a territory's first publication.
        entity: the field-table entity, when the table has one.
    """

    name: str
    table: Table
    columns: tuple[str, ...]
    local_only: frozenset[str]
    compared: tuple[str, ...]
    owner: tuple[str, str] | None
    references: tuple[tuple[str, str], ...]
    unique_keys: tuple[tuple[str, ...], ...]
    match_key: tuple[str, ...] | None
    entity: Entity | None

    @property
    def is_reference(self) -> bool:
        """A list shared by all territories (financers, statuses, progress states)."""
        return self.name != TERRITORY_TABLE and self.owner is None

    @property
    def label(self) -> str:
        """The French noun of one row (« fiche-action »)."""
        if self.entity is not None:
            return self.entity.label
        return _ENTITY_LABELS.get(self.name, self.name.replace("_", " "))

    def field(self, column: str) -> Field | None:
        """The field-table entry of a column (``axe_id`` is the field ``axe``)."""
        if self.entity is None:
            return None
        for key in (column, column.removesuffix("_id")):
            if key in self.entity:
                return self.entity[key]
        return None

    def column_label(self, column: str) -> str:
        """The French label of a column, for conflicts and the server log."""
        field = self.field(column)
        if field is not None:
            return field.label
        if column in _COLUMN_LABELS:
            return _COLUMN_LABELS[column]
        return column.replace("_", " ").capitalize()


def _local_columns(entity: Entity | None, table: Table) -> frozenset[str]:
    private = {f.key for f in entity if f.private} if entity is not None else set()
    return frozenset(c.name for c in table.columns if c.name in private | NOT_SYNCHRONISED)


def _entity(name: str) -> Entity | None:
    try:
        return catalog.entity(name)
    except KeyError:
        return None


def _describe(table: Table) -> SyncTable:
    entity = _entity(table.name)
    local_only = _local_columns(entity, table)
    columns = tuple(c.name for c in table.columns if c.name not in local_only)
    owner = owner_key(table)
    uniques = tuple(
        tuple(column.name for column in constraint.columns)
        for constraint in table_unique_constraints(table)
    )
    if uniques:
        match_key: tuple[str, ...] | None = uniques[0]
    else:
        match_key = MATCH_KEYS.get(table.name)
    return SyncTable(
        name=str(table.name),
        table=table,
        columns=columns,
        local_only=local_only,
        compared=tuple(c for c in columns if c not in METADATA_COLUMNS),
        owner=(owner.parent.name, owner.column.table.name) if owner is not None else None,
        references=tuple(
            sorted((fk.parent.name, fk.column.table.name) for fk in table.foreign_keys)
        ),
        unique_keys=uniques,
        match_key=match_key,
        entity=entity,
    )


@functools.cache
def sync_tables() -> tuple[SyncTable, ...]:
    """Every synchronised table, parents before children."""
    mapped = {
        str(table.name): table
        for mapper in Base.registry.mappers
        if isinstance(table := mapper.local_table, Table)
    }
    described = [_describe(mapped[name]) for name in SYNCHRONISED_TABLES]
    return tuple(described)


def sync_table(name: str) -> SyncTable:
    """The description of one synchronised table."""
    for candidate in sync_tables():
        if candidate.name == name:
            return candidate
    raise KeyError(name)


def children_of(name: str) -> list[tuple[SyncTable, str]]:
    """The tables referencing ``name``, with their referencing column."""
    return [
        (candidate, column)
        for candidate in sync_tables()
        for column, target in candidate.references
        if target == name
    ]


TITLE_COLUMNS: dict[str, tuple[str, ...]] = {
    "territoire": ("nom",),
    "contrat": ("type_document", "annee_debut", "annee_fin"),
    "enjeu_local": ("libelle",),
    "signataire": ("organisme", "representant"),
    "axe": ("libelle",),
    "fiche_action": ("numero", "intitule"),
    "ligne_financement": ("financeur_id", "dispositif", "montant"),
    "indicateur": ("nom",),
}
"""Columns that name a row in messages; other tables use their label (``libelle``)."""


def title_columns(table: SyncTable) -> tuple[str, ...]:
    """The columns naming a row of ``table``."""
    if table.name in TITLE_COLUMNS:
        return TITLE_COLUMNS[table.name]
    for candidate in ("libelle", "nom", "intitule"):
        if candidate in table.columns:
            return (candidate,)
    return ("id",)
