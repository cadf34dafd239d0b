"""Reading new values by the field table, then writing them: the core of every edit.

The write functions of ``territories``, ``signatories``, ``fiches`` and ``fiche_lines``
all follow the same steps: ``read_changes`` turns what the user gave (typed text, or a
value a widget already typed) into column values with ``fields.read_value``; the
caller checks references and the rules between fields (``fields.rules``) and
uniqueness; ``apply_changes`` writes what differs and returns the previous values,
which ``restore`` puts back on undo. A refusal raises ``FieldValueError`` whose
message is the field table's sentence, the same one an import reports.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from sqlalchemy.orm import Session

from ti_desktop.db.base import Base, utc_now
from ti_desktop.errors import UserFacingError
from ti_desktop.services.fields import Entity, Field, FieldValueError, Kind, read_value
from ti_desktop.services.fields.rules import check_record

Previous = dict[uuid.UUID, dict[str, Any]]
"""What an edit changed, to put it back: record id → previous column values."""

_Record = TypeVar("_Record", bound=Base)


def require(session: Session, cls: type[_Record], record_id: uuid.UUID) -> _Record:
    """The record, or a French refusal when it no longer exists."""
    record = session.get(cls, record_id)
    if record is None:
        raise UserFacingError("Cet élément n'existe plus (il a peut-être été supprimé).")
    return record


def read_changes(entity: Entity, values: Mapping[str, object]) -> dict[str, Any]:
    """Column values for ``values`` (field key → typed text or value), each read by its field.

    A choice among database rows is given by identifier under ``<key>_id`` and passed
    through: ``check_reference`` checks it. A period gives its two year columns.

    Raises:
        FieldValueError: a value breaks its field's rules (the first one found).
        KeyError: a key is not a field of the entity (a bug of the caller).
    """
    changes: dict[str, Any] = {}
    for key, raw in values.items():
        if key.endswith("_id") and key[:-3] in entity and entity[key[:-3]].is_reference:
            changes[key] = raw
            continue
        field = entity[key]
        value = read_value(field, raw)
        if field.kind is Kind.PERIOD:
            changes["annee_debut"], changes["annee_fin"] = value
        else:
            changes[key] = value
    return changes


def check_reference(
    session: Session, field: Field, cls: type[Base], value: object, **scope: object
) -> None:
    """Refuse an identifier that names no row of ``cls`` (within ``scope``), or a missing one.

    Raises:
        FieldValueError: with the field's label.
    """
    if value is None:
        if field.required:
            raise FieldValueError(field, "valeur obligatoire")
        return
    row = session.get(cls, value) if isinstance(value, uuid.UUID) else None
    if row is None or any(getattr(row, key) != wanted for key, wanted in scope.items()):
        raise FieldValueError(field, "ce choix n'est plus dans la liste (elle a peut-être changé)")


def check_rules(entity: Entity, record: Base, changes: Mapping[str, Any]) -> None:
    """The rules between fields (``fields.rules``) on the record as it would become."""
    merged = {key: getattr(record, key, None) for key in entity.keys}
    merged.update(changes)
    check_record(entity, merged)


def apply_changes(record: Base, changes: Mapping[str, Any]) -> Previous:
    """Write the values that differ; return the previous ones (empty: nothing changed)."""
    previous = {key: getattr(record, key) for key, value in changes.items()}
    previous = {key: old for key, old in previous.items() if old != changes[key]}
    for key in previous:
        setattr(record, key, changes[key])
    if not previous:
        return {}
    record.updated_at = utc_now()
    return {record.id: previous}


def update_record(
    session: Session,
    cls: type[_Record],
    entity: Entity,
    record_id: uuid.UUID,
    values: Mapping[str, object],
    check: Callable[[_Record, dict[str, Any]], None] | None = None,
) -> Previous:
    """Read ``values`` by ``entity``'s fields, ``check`` them against the record, write them.

    Returns the previous values of what changed (empty: nothing did).

    Raises:
        FieldValueError: a value or a rule refuses the change; nothing is written.
    """
    record = require(session, cls, record_id)
    changes = read_changes(entity, values)
    if check is not None:
        check(record, changes)
    previous = apply_changes(record, changes)
    session.flush()
    return previous


def restore(session: Session, cls: type[Base], previous: Previous) -> None:
    """Put back the values an edit returned (the undo of any update)."""
    for record_id, values in previous.items():
        record = require(session, cls, record_id)
        for key, value in values.items():
            setattr(record, key, value)
        record.updated_at = utc_now()
    session.flush()


def set_trashed(session: Session, cls: type[Base], record_id: uuid.UUID, trashed: bool) -> Previous:
    """Move a fiche or a territory to the trash (``supprime_le``) or out of it."""
    record = require(session, cls, record_id)
    previous = apply_changes(record, {"supprime_le": utc_now() if trashed else None})
    session.flush()
    return previous
