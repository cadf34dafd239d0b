"""Alembic environment: runs on the connection handed over by ``store.open_database``.

For development, ``alembic -c ti_desktop/db/migrations/alembic.ini revision --autogenerate``
works on a scratch database named by ``sqlalchemy.url``.
"""

from alembic import context
from sqlalchemy import engine_from_config, pool

from ti_desktop.db import models  # noqa: F401 - registers the tables on Base.metadata
from ti_desktop.db.base import Base

config = context.config
target_metadata = Base.metadata


def run_migrations() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        context.configure(
            connection=connection, target_metadata=target_metadata, render_as_batch=True
        )
        with context.begin_transaction():
            context.run_migrations()
        return
    engine = engine_from_config(
        config.get_section(config.config_ini_section, {}), poolclass=pool.NullPool
    )
    with engine.connect() as connection:
        context.configure(
            connection=connection, target_metadata=target_metadata, render_as_batch=True
        )
        with context.begin_transaction():
            context.run_migrations()


run_migrations()
