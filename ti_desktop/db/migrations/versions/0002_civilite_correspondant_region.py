"""civilité des signataires, courriel du correspondant Région

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-01 10:30:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("signataire") as batch:
        batch.add_column(
            sa.Column("civilite", sa.String(length=10), nullable=False, server_default="")
        )
    with op.batch_alter_table("territoire") as batch:
        batch.add_column(
            sa.Column(
                "correspondant_region_email",
                sa.String(length=255),
                nullable=False,
                server_default="",
            )
        )


def downgrade() -> None:
    with op.batch_alter_table("territoire") as batch:
        batch.drop_column("correspondant_region_email")
    with op.batch_alter_table("signataire") as batch:
        batch.drop_column("civilite")
