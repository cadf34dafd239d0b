"""synchronisation avec le serveur régional

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-08 09:00:00

One revision, two dialects (docs/serveur.md, « Schéma ») :
- SQLite (a laptop's file): the bookkeeping tables of ``db/sync_tracking.py`` and the
  triggers that flag every local write of a synchronised table;
- PostgreSQL (the regional server): sync columns, tombstones, triggers, row-level
  security, audit and publication tables (``db/server/ddl.py``), on the tables as
  migrations 0001-0002 left them (reflected, so later model changes do not alter what
  this revision does).
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import ti_desktop.db.base
from ti_desktop.db.server import ddl
from ti_desktop.db.sync_tracking import drop_tracking_trigger_sql, tracking_trigger_sql

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLES = (
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


def _reflected() -> list[sa.Table]:
    metadata = sa.MetaData()
    bind = op.get_bind()
    return [sa.Table(name, metadata, autoload_with=bind) for name in TABLES]


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        ddl.install_server_objects(op.get_bind(), _reflected())
        return
    op.create_table(
        "sync_ligne",
        sa.Column("table_nom", sa.String(length=40), nullable=False),
        sa.Column("ligne_id", sa.Uuid(), nullable=False),
        sa.Column("revision", sa.BigInteger(), nullable=False),
        sa.Column("modifie", sa.Boolean(), nullable=False),
        sa.Column("base", sa.Text(), nullable=True),
        sa.Column("territoire_id", sa.Uuid(), nullable=True),
        sa.PrimaryKeyConstraint("table_nom", "ligne_id", name=op.f("pk_sync_ligne")),
    )
    op.create_table(
        "sync_conflit",
        sa.Column("table_nom", sa.String(length=40), nullable=False),
        sa.Column("ligne_id", sa.Uuid(), nullable=False),
        sa.Column("nature", sa.String(length=30), nullable=False),
        sa.Column("serveur", sa.Text(), nullable=True),
        sa.Column("revision", sa.BigInteger(), nullable=False),
        sa.Column("auteur", sa.String(length=255), nullable=False),
        sa.Column("modifie_le", ti_desktop.db.base.UTCDateTime(), nullable=True),
        sa.Column("territoire_id", sa.Uuid(), nullable=True),
        sa.Column("detecte_le", ti_desktop.db.base.UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("table_nom", "ligne_id", name=op.f("pk_sync_conflit")),
    )
    op.create_table(
        "sync_depot",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("serveur_id", sa.Uuid(), nullable=True),
        sa.Column("adresse", sa.String(length=500), nullable=False),
        sa.Column("appareil_id", sa.Uuid(), nullable=False),
        sa.Column("derniere_publication", ti_desktop.db.base.UTCDateTime(), nullable=True),
        sa.Column("derniere_recuperation", ti_desktop.db.base.UTCDateTime(), nullable=True),
        sa.Column("lot_id", sa.Uuid(), nullable=True),
        sa.Column("lot", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_depot")),
    )
    op.create_table(
        "sync_curseur",
        sa.Column("cle", sa.String(length=40), nullable=False),
        sa.Column("seq", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("cle", name=op.f("pk_sync_curseur")),
    )
    op.create_table(
        "sync_silence",
        sa.Column("actif", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("actif", name=op.f("pk_sync_silence")),
    )
    for table in TABLES:
        for statement in tracking_trigger_sql(table):
            op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        ddl.remove_server_objects(op.get_bind(), _reflected())
        return
    for table in TABLES:
        for statement in drop_tracking_trigger_sql(table):
            op.execute(statement)
    for table in ("sync_silence", "sync_curseur", "sync_depot", "sync_conflit", "sync_ligne"):
        op.drop_table(table)
