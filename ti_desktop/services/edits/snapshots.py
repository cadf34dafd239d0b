"""Snapshots of records with their owned children, to delete and re-insert them exactly.

A deletion returns the snapshot of the record and of the children it owns
(relationships that cascade delete-orphan); re-inserting it gives back the same
UUIDs, so undoing a deletion restores exactly the rows that were there.
"""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import inspect
from sqlalchemy.orm import Session

from ti_desktop.db.base import Base
from ti_desktop.services.edits.changes import require

Snapshot = dict[str, Any]
_CHILDREN = "__children__"


def snapshot(record: Base) -> Snapshot:
    """Column values of ``record`` and, recursively, of the children it owns."""
    mapper = inspect(type(record))
    data: Snapshot = {attr.key: getattr(record, attr.key) for attr in mapper.column_attrs}
    children: dict[str, list[Snapshot]] = {}
    for rel in mapper.relationships:
        if rel.uselist and "delete-orphan" in rel.cascade:
            children[rel.key] = [snapshot(child) for child in getattr(record, rel.key)]
    data[_CHILDREN] = children
    return data


def _build(cls: type[Base], data: Snapshot) -> Base:
    values = {k: v for k, v in data.items() if k != _CHILDREN}
    record = cls(**values)
    mapper = inspect(cls)
    for key, rows in data.get(_CHILDREN, {}).items():
        child_cls = mapper.relationships[key].mapper.class_
        setattr(record, key, [_build(child_cls, row) for row in rows])
    return record


def insert_snapshot(session: Session, cls: type[Base], data: Snapshot) -> Base:
    """Insert a record (and its children) from a snapshot, keeping its identity."""
    record = _build(cls, data)
    session.add(record)
    session.flush()
    return record


def delete_record(session: Session, cls: type[Base], record_id: uuid.UUID) -> Snapshot:
    """Delete a record with its owned children; return its snapshot for undo."""
    record = require(session, cls, record_id)
    data = snapshot(record)
    session.delete(record)
    session.flush()
    return data
