"""Edits of the signatories of a territory: add, change, remove, reorder (undo-shaped).

Values are checked with the field table (``SIGNATAIRE``) and the rule the import
applies: one person signs once for an organisation.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ti_desktop.db.models import Signataire
from ti_desktop.db.vocabulary import fold
from ti_desktop.services.edits.changes import Previous, apply_changes, read_changes, require
from ti_desktop.services.edits.snapshots import Snapshot, delete_record
from ti_desktop.services.edits.territories import Orders, moved, renumbered, set_orders
from ti_desktop.services.fields import SIGNATAIRE, FieldValueError

NEW_ORGANISATION = "Nouvelle organisation"


@dataclass(frozen=True)
class Insertion:
    """A signatory added, and the ``ordre`` of those moved down to make room (for undo)."""

    id: uuid.UUID
    previous_orders: Orders


def _group(session: Session, territoire_id: uuid.UUID, groupe: str) -> list[Signataire]:
    return sorted(
        session.scalars(
            select(Signataire).where(
                Signataire.territoire_id == territoire_id, Signataire.groupe == groupe
            )
        ),
        key=lambda s: s.ordre,
    )


def group_ids(session: Session, territoire_id: uuid.UUID, groupe: str) -> list[uuid.UUID]:
    """Signatory ids of one group, in order."""
    return [person.id for person in _group(session, territoire_id, groupe)]


def _check_not_twice(
    session: Session, territoire_id: uuid.UUID, values: Mapping[str, Any], signataire_id: uuid.UUID
) -> None:
    person = str(values.get("representant") or "")
    if not person:
        return
    identity = (fold(str(values.get("organisme") or "")), fold(person))
    for other in session.scalars(
        select(Signataire).where(
            Signataire.territoire_id == territoire_id, Signataire.id != signataire_id
        )
    ):
        if (fold(other.organisme), fold(other.representant)) == identity:
            raise FieldValueError(
                SIGNATAIRE["representant"],
                f"signataire en double : {other.representant} signe déjà pour {other.organisme}",
            )


def add_signatory(
    session: Session,
    territoire_id: uuid.UUID,
    values: Mapping[str, object],
    *,
    signataire_id: uuid.UUID | None = None,
    after_id: uuid.UUID | None = None,
) -> Insertion:
    """Add a signatory at the end of its group, or right after ``after_id``.

    Raises:
        FieldValueError: a value is refused (group and organisation are required).
    """
    changes = read_changes(SIGNATAIRE, {"groupe": "", "organisme": "", **values})
    new_id = signataire_id or uuid.uuid4()
    _check_not_twice(session, territoire_id, changes, new_id)
    people = _group(session, territoire_id, changes["groupe"])
    ids = [p.id for p in people]
    index = ids.index(after_id) + 1 if after_id in ids else len(ids)
    ids.insert(index, new_id)
    orders = renumbered(ids)
    previous: Orders = {}
    for other in people:
        if other.ordre != orders[other.id]:
            previous[other.id] = other.ordre
            other.ordre = orders[other.id]
    changes["ordre"] = orders[new_id]
    session.add(Signataire(id=new_id, territoire_id=territoire_id, **changes))
    session.flush()
    return Insertion(new_id, previous)


def remove_added_signatory(session: Session, insertion: Insertion) -> None:
    """Inverse of ``add_signatory``."""
    person = session.get(Signataire, insertion.id)
    if person is not None:
        session.delete(person)
        session.flush()
    set_orders(session, Signataire, "ordre", insertion.previous_orders)


def update_signatory(
    session: Session, signataire_id: uuid.UUID, values: Mapping[str, object]
) -> Previous:
    """Check then write fields of a signatory; return the previous values.

    Renaming the organisation of its first representative renames it for the
    co-representatives listed after (one organisation, several people signing).
    """
    person = require(session, Signataire, signataire_id)
    changes = read_changes(SIGNATAIRE, values)
    merged = {"organisme": person.organisme, "representant": person.representant, **changes}
    _check_not_twice(session, person.territoire_id, merged, person.id)
    targets = [person]
    if "organisme" in changes and fold(changes["organisme"]) != fold(person.organisme):
        same = [
            other
            for other in _group(session, person.territoire_id, person.groupe)
            if fold(other.organisme) == fold(person.organisme)
        ]
        if same and same[0].id == person.id:
            targets = same
    previous: Previous = {}
    for target in targets:
        wanted = changes if target is person else {"organisme": changes["organisme"]}
        previous.update(apply_changes(target, wanted))
    session.flush()
    return previous


def delete_signatory(session: Session, signataire_id: uuid.UUID) -> Snapshot:
    """Remove a signatory; return its snapshot (undo: ``insert_snapshot``)."""
    return delete_record(session, Signataire, signataire_id)


def move_signatory(session: Session, signataire_id: uuid.UUID, delta: int) -> Previous:
    """Move a signatory ``delta`` places within its group; return the previous orders."""
    person = require(session, Signataire, signataire_id)
    ids = group_ids(session, person.territoire_id, person.groupe)
    order = moved(ids, signataire_id, delta)
    if order == ids:
        return {}
    return set_orders(session, Signataire, "ordre", renumbered(order))
