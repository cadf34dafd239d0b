"""Local bookkeeping of the regional server's synchronisation (SQLite side).

A laptop keeps, for every row it has synchronised, the server revision it last saw,
the last synchronised copy of the row (for three-way comparisons) and whether the row
changed since. Rows never synchronised have no entry: they are new to the server.
SQLite triggers (``tracking_trigger_sql``) set ``modifie`` on every write, ORM or Core
(the importer's bulk inserts included), except while the synchronisation itself
writes: it puts a row in ``sync_silence`` for the length of its transaction.

The tables sit on ``Base.metadata`` (migration ``0003`` creates them on SQLite only;
the server never has them).
"""

from __future__ import annotations

from sqlalchemy import BigInteger, Boolean, Column, Integer, String, Table, Text, Uuid

from ti_desktop.db.base import Base, UTCDateTime

SYNCHRONISED_TABLES: tuple[str, ...] = (
    "etat_avancement",
    "statut_financement",
    "financeur",
    "territoire",
    "contrat",
    "enjeu_local",
    "signataire",
    "axe",
    "fiche_action",
    "ligne_financement",
    "indicateur",
)
"""The tables shared through the server, parents before children."""

sync_ligne = Table(
    "sync_ligne",
    Base.metadata,
    Column("table_nom", String(40), primary_key=True),
    Column("ligne_id", Uuid(), primary_key=True),
    # the server revision of ``base``
    Column("revision", BigInteger(), nullable=False),
    # set by the triggers on any local write since the last synchronisation
    Column("modifie", Boolean(), nullable=False, default=False),
    # JSON of the last synchronised copy; NULL when the server holds a tombstone
    Column("base", Text(), nullable=True),
    Column("territoire_id", Uuid(), nullable=True),
)

sync_conflit = Table(
    "sync_conflit",
    Base.metadata,
    Column("table_nom", String(40), primary_key=True),
    Column("ligne_id", Uuid(), primary_key=True),
    Column("nature", String(30), nullable=False),
    # JSON of the server's version; NULL when the server deleted the row
    Column("serveur", Text(), nullable=True),
    Column("revision", BigInteger(), nullable=False),
    Column("auteur", String(255), nullable=False, default=""),
    Column("modifie_le", UTCDateTime(), nullable=True),
    Column("territoire_id", Uuid(), nullable=True),
    Column("detecte_le", UTCDateTime(), nullable=False),
)

sync_depot = Table(
    "sync_depot",
    Base.metadata,
    Column("id", Integer(), primary_key=True),
    Column("serveur_id", Uuid(), nullable=True),
    Column("adresse", String(500), nullable=False, default=""),
    Column("appareil_id", Uuid(), nullable=False),
    Column("derniere_publication", UTCDateTime(), nullable=True),
    Column("derniere_recuperation", UTCDateTime(), nullable=True),
    # a publication sent but not acknowledged: resent with the same id next time
    Column("lot_id", Uuid(), nullable=True),
    Column("lot", Text(), nullable=True),
)

sync_curseur = Table(
    "sync_curseur",
    Base.metadata,
    # a territory's UUID in hex, or "*" for the reference lists
    Column("cle", String(40), primary_key=True),
    Column("seq", BigInteger(), nullable=False),
)

sync_silence = Table(
    "sync_silence",
    Base.metadata,
    Column("actif", Integer(), primary_key=True),
)

REFERENCE_CURSOR = "*"


def tracking_trigger_sql(table: str) -> list[str]:
    """The three SQLite triggers that flag local writes on ``table``."""
    statements = []
    for event, row in (("INSERT", "NEW"), ("UPDATE", "NEW"), ("DELETE", "OLD")):
        statements.append(
            f"CREATE TRIGGER sync_suivi_{table}_{event.lower()} AFTER {event} ON {table} "
            "WHEN NOT EXISTS (SELECT 1 FROM sync_silence) BEGIN "
            f"UPDATE sync_ligne SET modifie = 1 WHERE table_nom = '{table}' "
            f"AND ligne_id = {row}.id; END"
        )
    # an UPDATE that changes the id leaves the old id's entry flagged as well
    statements.append(
        f"CREATE TRIGGER sync_suivi_{table}_cle AFTER UPDATE OF id ON {table} "
        "WHEN NOT EXISTS (SELECT 1 FROM sync_silence) BEGIN "
        f"UPDATE sync_ligne SET modifie = 1 WHERE table_nom = '{table}' "
        "AND ligne_id = OLD.id; END"
    )
    return statements


def drop_tracking_trigger_sql(table: str) -> list[str]:
    """Statements removing the triggers of ``tracking_trigger_sql``."""
    return [
        f"DROP TRIGGER IF EXISTS sync_suivi_{table}_{suffix}"
        for suffix in ("insert", "update", "delete", "cle")
    ]
