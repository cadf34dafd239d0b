"""Edits of a fiche's financing plan and indicators, and of the financers' list.

The values are read by the field table (``LIGNE_FINANCEMENT``, ``INDICATEUR``), so
the editor's tables refuse what the import refuses (three decimals, an amount over
the maximum, a negative amount), with the same sentence.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ti_desktop.db.models import (
    FicheAction,
    Financeur,
    Indicateur,
    LigneFinancement,
    StatutFinancement,
)
from ti_desktop.db.vocabulary import fold
from ti_desktop.errors import UserFacingError
from ti_desktop.services import reference_lists
from ti_desktop.services.edits.changes import (
    Previous,
    check_reference,
    read_changes,
    require,
    update_record,
)
from ti_desktop.services.edits.snapshots import Snapshot, delete_record
from ti_desktop.services.fields import INDICATEUR, LIGNE_FINANCEMENT, FieldValueError
from ti_desktop.services.financing import ZERO

NEW_INDICATOR_NAME = "Nouvel indicateur"


def _append(
    session: Session,
    cls: type[LigneFinancement] | type[Indicateur],
    fiche_id: uuid.UUID,
    changes: dict[str, Any],
    record_id: uuid.UUID | None,
) -> uuid.UUID:
    """Add a line or an indicator after the fiche's last one; return its id."""
    last = session.scalar(select(func.max(cls.position)).where(cls.fiche_id == fiche_id))
    record = cls(
        id=record_id or uuid.uuid4(),
        fiche_id=fiche_id,
        position=0 if last is None else last + 1,
        **changes,
    )
    session.add(record)
    session.flush()
    return record.id


def _check_line_references(session: Session, changes: Mapping[str, object]) -> None:
    if "financeur_id" in changes:
        check_reference(session, LIGNE_FINANCEMENT["financeur"], Financeur, changes["financeur_id"])
    if "statut_id" in changes:
        check_reference(
            session, LIGNE_FINANCEMENT["statut"], StatutFinancement, changes["statut_id"]
        )


# --- financing lines -------------------------------------------------------------------


def add_financing_line(
    session: Session,
    fiche_id: uuid.UUID,
    values: Mapping[str, object] | None = None,
    *,
    line_id: uuid.UUID | None = None,
) -> uuid.UUID:
    """Append a line to a fiche's plan (first financer, first status, 0 € unless given).

    Raises:
        UserFacingError: the reference lists are empty, or a value is refused.
    """
    require(session, FicheAction, fiche_id)
    given: dict[str, object] = {"montant": ZERO, **(values or {})}
    if "financeur_id" not in given:  # the first of each list (an import gives both)
        given["financeur_id"] = session.scalar(select(Financeur.id).order_by(Financeur.position))
    if "statut_id" not in given:
        given["statut_id"] = session.scalar(
            select(StatutFinancement.id).order_by(StatutFinancement.position)
        )
    if given["financeur_id"] is None or given["statut_id"] is None:
        raise UserFacingError("Les listes de financeurs et de statuts sont vides.")
    changes = read_changes(LIGNE_FINANCEMENT, given)
    _check_line_references(session, changes)
    return _append(session, LigneFinancement, fiche_id, changes, line_id)


def update_financing_line(
    session: Session, line_id: uuid.UUID, values: Mapping[str, object]
) -> Previous:
    """Check then write fields of a financing line (``montant`` as typed, ids for lists)."""
    return update_record(
        session,
        LigneFinancement,
        LIGNE_FINANCEMENT,
        line_id,
        values,
        lambda _line, changes: _check_line_references(session, changes),
    )


def delete_financing_line(session: Session, line_id: uuid.UUID) -> Snapshot:
    """Remove a line from its plan; return its snapshot (undo: ``insert_snapshot``)."""
    return delete_record(session, LigneFinancement, line_id)


# --- indicators ------------------------------------------------------------------------


def add_indicator(
    session: Session,
    fiche_id: uuid.UUID,
    values: Mapping[str, object] | None = None,
    *,
    indicator_id: uuid.UUID | None = None,
) -> uuid.UUID:
    """Append an indicator to a fiche (« Nouvel indicateur » unless named)."""
    require(session, FicheAction, fiche_id)
    changes = read_changes(INDICATEUR, {"nom": NEW_INDICATOR_NAME, **(values or {})})
    return _append(session, Indicateur, fiche_id, changes, indicator_id)


def update_indicator(
    session: Session, indicator_id: uuid.UUID, values: Mapping[str, object]
) -> Previous:
    """Check then write fields of an indicator (values and deadline as typed)."""
    return update_record(session, Indicateur, INDICATEUR, indicator_id, values)


def delete_indicator(session: Session, indicator_id: uuid.UUID) -> Snapshot:
    """Remove an indicator; return its snapshot."""
    return delete_record(session, Indicateur, indicator_id)


# --- financers -------------------------------------------------------------------------


def add_financer(
    session: Session, libelle: str, *, financeur_id: uuid.UUID | None = None
) -> uuid.UUID:
    """Append a financer to the list, as the import does for an unknown one.

    Raises:
        FieldValueError: the name is empty, too long, or already in the list.
    """
    field = LIGNE_FINANCEMENT["financeur"]
    label = " ".join(str(libelle).split())
    if not label:
        raise FieldValueError(field, "valeur obligatoire")
    for other in session.scalars(select(Financeur.libelle)):
        if fold(other) == fold(label):
            raise FieldValueError(field, f"le financeur « {other} » est déjà dans la liste")
    if len(label) > 255:
        raise FieldValueError(field, "le nom du financeur dépasse 255 caractères")
    financer = reference_lists.add_financer(session, label)
    financer.id = financeur_id or uuid.uuid4()
    session.flush()
    return financer.id
