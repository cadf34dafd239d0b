"""Generic, Qt-free edits of any record, shaped for undo/redo.

Every edit returns what is needed to revert it: the previous field values, or a
snapshot of a deleted record with its owned children (relationships that cascade
delete-orphan). Re-inserting a snapshot gives back the same UUIDs, so undoing a
deletion restores exactly the rows that were there.
"""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import inspect
from sqlalchemy.orm import Session

from ti_desktop.db.base import Base, utc_now
from ti_desktop.errors import UserFacingError

Snapshot = dict[str, Any]
_CHILDREN = "__children__"
_AUTOMATIC = {"created_at", "updated_at"}


def _get(session: Session, cls: type[Base], record_id: uuid.UUID) -> Base:
    record = session.get(cls, record_id)
    if record is None:
        raise UserFacingError("Cet élément n'existe plus (il a peut-être été supprimé).")
    return record


def set_fields(
    session: Session, cls: type[Base], record_id: uuid.UUID, values: dict[str, Any]
) -> dict[str, Any]:
    """Assign ``values`` to the record's columns; return the previous values."""
    record = _get(session, cls, record_id)
    columns = {attr.key for attr in inspect(cls).column_attrs}
    previous = {}
    for name, value in values.items():
        if name not in columns:
            raise AttributeError(f"{cls.__name__} has no column {name}")
        previous[name] = getattr(record, name)
        setattr(record, name, value)
    record.updated_at = utc_now()
    session.flush()
    return previous


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
    record = _get(session, cls, record_id)
    data = snapshot(record)
    session.delete(record)
    session.flush()
    return data


def move_to_trash(session: Session, cls: type[Base], record_id: uuid.UUID) -> None:
    """Soft-delete a record that has ``supprime_le`` (fiches, territories)."""
    set_fields(session, cls, record_id, {"supprime_le": utc_now()})


def restore_from_trash(session: Session, cls: type[Base], record_id: uuid.UUID) -> None:
    """Take a soft-deleted record out of the trash."""
    set_fields(session, cls, record_id, {"supprime_le": None})


def automatic_fields() -> frozenset[str]:
    """Columns maintained by the store, not by users."""
    return frozenset(_AUTOMATIC)
