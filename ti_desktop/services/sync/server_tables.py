"""The server's synchronised tables as Core tables: the laptop's columns plus sync columns.

Built from the local mapper, so a server newer than this program (with more columns)
is read and written through the columns this program knows; the others keep their
server values and defaults.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from typing import Any

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    ColumnElement,
    DateTime,
    MetaData,
    Table,
    Text,
    Uuid,
    any_,
    bindparam,
)
from sqlalchemy.dialects.postgresql import ARRAY

from ti_desktop.services.sync.tables import sync_table

_SERVER_METADATA = MetaData()


def server_table(name: str) -> Table:
    """The server's ``name`` table, as far as this program knows it."""
    name = str(name)
    if name in _SERVER_METADATA.tables:
        return _SERVER_METADATA.tables[name]
    local = sync_table(name).table
    columns = [Column(c.name, c.type, primary_key=c.primary_key) for c in local.columns]
    return Table(
        name,
        _SERVER_METADATA,
        *columns,
        Column("sync_revision", BigInteger()),
        Column("sync_seq", BigInteger()),
        Column("sync_efface", Boolean()),
        Column("sync_territoire_id", Uuid()),
        Column("sync_modifie_le", DateTime(timezone=True)),
        Column("sync_modifie_par", Text()),
        Column("sync_lot", Uuid()),
    )


def among(column: ColumnElement[Any], ids: Iterable[uuid.UUID]) -> ColumnElement[bool]:
    """``column = ANY(:ids)``: one array parameter, however many identifiers."""
    return column == any_(bindparam(None, list(ids), type_=ARRAY(Uuid())))
