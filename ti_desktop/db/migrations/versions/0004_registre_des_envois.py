"""registre des envois : envois, fichiers envoyés, instantanés (données locales, jamais synchronisées)

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-01 10:50:26
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import ti_desktop.db.base

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return  # what a laptop sent is its own record: the regional server has no register
    op.create_table(
        "instantane",
        sa.Column("territoire_id", sa.Uuid(), nullable=False),
        sa.Column("format", sa.Integer(), nullable=False),
        sa.Column("empreinte", sa.String(length=64), nullable=False),
        sa.Column("taille_brute", sa.Integer(), nullable=False),
        sa.Column("base_id", sa.Uuid(), nullable=True),
        sa.Column("donnees", sa.LargeBinary(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", ti_desktop.db.base.UTCDateTime(), nullable=False),
        sa.Column("updated_at", ti_desktop.db.base.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["base_id"], ["instantane.id"], name=op.f("fk_instantane_base_id_instantane")
        ),
        sa.ForeignKeyConstraint(
            ["territoire_id"],
            ["territoire.id"],
            name=op.f("fk_instantane_territoire_id_territoire"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_instantane")),
        sa.UniqueConstraint(
            "territoire_id", "empreinte", name=op.f("uq_instantane_territoire_id_empreinte")
        ),
        info={"local": True},
    )
    op.create_table(
        "envoi",
        sa.Column("territoire_id", sa.Uuid(), nullable=False),
        sa.Column("nature", sa.String(length=20), nullable=False),
        sa.Column("objet", sa.String(length=255), nullable=False),
        sa.Column("destinataires", sa.Text(), nullable=False),
        sa.Column("envoye_le", ti_desktop.db.base.UTCDateTime(), nullable=False),
        sa.Column("version_logiciel", sa.String(length=40), nullable=False),
        sa.Column("instantane_id", sa.Uuid(), nullable=False),
        sa.Column("signe_le", sa.Date(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", ti_desktop.db.base.UTCDateTime(), nullable=False),
        sa.Column("updated_at", ti_desktop.db.base.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["instantane_id"], ["instantane.id"], name=op.f("fk_envoi_instantane_id_instantane")
        ),
        sa.ForeignKeyConstraint(
            ["territoire_id"],
            ["territoire.id"],
            name=op.f("fk_envoi_territoire_id_territoire"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_envoi")),
        info={"local": True},
    )
    with op.batch_alter_table("envoi", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_envoi_instantane_id"), ["instantane_id"], unique=False)
        batch_op.create_index(
            "ix_envoi_territoire_envoye_le", ["territoire_id", "envoye_le"], unique=False
        )

    op.create_table(
        "envoi_fichier",
        sa.Column("envoi_id", sa.Uuid(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("nom", sa.String(length=255), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("taille", sa.Integer(), nullable=False),
        sa.Column("copie", sa.Text(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", ti_desktop.db.base.UTCDateTime(), nullable=False),
        sa.Column("updated_at", ti_desktop.db.base.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["envoi_id"],
            ["envoi.id"],
            name=op.f("fk_envoi_fichier_envoi_id_envoi"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_envoi_fichier")),
        info={"local": True},
    )
    with op.batch_alter_table("envoi_fichier", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_envoi_fichier_envoi_id"), ["envoi_id"], unique=False)


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    with op.batch_alter_table("envoi_fichier", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_envoi_fichier_envoi_id"))

    op.drop_table("envoi_fichier")
    with op.batch_alter_table("envoi", schema=None) as batch_op:
        batch_op.drop_index("ix_envoi_territoire_envoye_le")
        batch_op.drop_index(batch_op.f("ix_envoi_instantane_id"))

    op.drop_table("envoi")
    op.drop_table("instantane")
