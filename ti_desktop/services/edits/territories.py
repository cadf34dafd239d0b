"""Edits of a territory, its current contract, local enjeux and axes (Qt-free, undo-shaped).

Each function checks the values with the field table (``changes.read_changes``) and
the uniqueness rules, writes, and returns what its inverse needs: the previous
values (``changes.restore``), a snapshot (``snapshots.insert_snapshot``), or previous
orders (``set_orders``).
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ti_desktop.db.base import Base
from ti_desktop.db.models import Axe, Contrat, EnjeuLocal, FicheAction, Territoire
from ti_desktop.db.vocabulary import DEFAULT_AXES, fold, parse_phase
from ti_desktop.services.edits.changes import (
    Previous,
    apply_changes,
    read_changes,
    require,
    restore,
    set_trashed,
    update_record,
)
from ti_desktop.services.edits.snapshots import Snapshot, delete_record
from ti_desktop.services.fields import AXE, CONTRAT, ENJEU_LOCAL, TERRITOIRE, FieldValueError
from ti_desktop.services.territories import PHASE_PERIODS, check_territory_name, phase_period

NEW_AXIS_LABEL = "Nouvel axe"
NEW_ENJEU_LABEL = "Nouvel enjeu"


# --- territory and contract ------------------------------------------------------------


def update_territory(
    session: Session, territoire_id: uuid.UUID, values: Mapping[str, object]
) -> Previous:
    """Check then write fields of a territory (``TERRITOIRE`` keys); return the previous values.

    Raises:
        FieldValueError: a value is refused (the field table's sentence), or the name
            is another territory's.
    """

    def check(_territory: Territoire, changes: dict[str, Any]) -> None:
        if "nom" in changes:
            check_territory_name(session, changes["nom"], territoire_id)

    return update_record(session, Territoire, TERRITOIRE, territoire_id, values, check)


def update_contract(
    session: Session, contrat_id: uuid.UUID, values: Mapping[str, object]
) -> Previous:
    """Check then write fields of a contract (``CONTRAT`` keys, ``periode`` a pair of years)."""
    return update_record(session, Contrat, CONTRAT, contrat_id, values)


@dataclass(frozen=True)
class PhaseChange:
    """What ``change_phase`` changed: the territory's phase, maybe its contract's period."""

    territory: Previous
    contract: Previous


def change_phase(session: Session, territoire_id: uuid.UUID, phase: object) -> PhaseChange:
    """Set the territory's phase, and the phase's period on a contract still at a default one.

    The current contract takes the phase's period when it had none or still had a
    phase's default period; a period typed by the user is kept.

    Raises:
        FieldValueError: the phase is not one of the programme's.
    """
    before = require(session, Territoire, territoire_id)
    territory = update_territory(session, territoire_id, {"phase": phase})
    contract: Previous = {}
    current = [c for c in before.contrats if c.courant] or list(before.contrats)
    if territory and current:
        period = (current[-1].annee_debut, current[-1].annee_fin)
        defaults = {(None, None), *PHASE_PERIODS.values()}
        if period in defaults:
            contract = update_contract(
                session, current[-1].id, {"periode": phase_period(before.phase)}
            )
    return PhaseChange(territory, contract)


def undo_phase_change(session: Session, change: PhaseChange) -> None:
    """Inverse of ``change_phase``."""
    restore(session, Contrat, change.contract)
    restore(session, Territoire, change.territory)


def trash_territory(session: Session, territoire_id: uuid.UUID) -> Previous:
    """Put a territory in the trash (undo: ``changes.restore``)."""
    return set_trashed(session, Territoire, territoire_id, True)


def restore_territory(session: Session, territoire_id: uuid.UUID) -> Previous:
    """Take a territory out of the trash."""
    return set_trashed(session, Territoire, territoire_id, False)


def unique_territory_name(session: Session, base: str) -> str:
    """``base``, or ``base (2)``, ``base (3)``… the first name not taken."""
    taken = {fold(n) for n in session.scalars(select(Territoire.nom))}
    return _first_free(base, taken)


def _first_free(base: str, taken: set[str]) -> str:
    candidate, number = base, 2
    while fold(candidate) in taken:
        candidate = f"{base} ({number})"
        number += 1
    return candidate


# --- ordering --------------------------------------------------------------------------

Orders = dict[uuid.UUID, int]


def set_orders(session: Session, cls: type[Base], column: str, orders: Orders) -> Previous:
    """Give each record its order value; return the previous values (``changes.restore``)."""
    previous: Previous = {}
    for record_id, value in orders.items():
        record = require(session, cls, record_id)
        if getattr(record, column) != value:
            previous[record_id] = {column: getattr(record, column)}
            setattr(record, column, value)
    session.flush()
    return previous


def moved(ids: Sequence[uuid.UUID], record_id: uuid.UUID, delta: int) -> list[uuid.UUID]:
    """The ids with ``record_id`` moved ``delta`` places (clamped to the ends)."""
    order = list(ids)
    index = order.index(record_id)
    target = max(0, min(len(order) - 1, index + delta))
    order.insert(target, order.pop(index))
    return order


def renumbered(ids: Sequence[uuid.UUID]) -> Orders:
    """Order values 0, 1, 2… for ids in the given sequence."""
    return {record_id: index for index, record_id in enumerate(ids)}


def next_position(session: Session, cls: type[Base], column: str, **where: object) -> int:
    """One more than the largest ``column`` among records matching ``where``."""
    query = select(func.max(getattr(cls, column)))
    for name, value in where.items():
        query = query.where(getattr(cls, name) == value)
    largest = session.scalar(query)
    return 0 if largest is None else int(largest) + 1


# --- local enjeux ----------------------------------------------------------------------


def add_enjeu(
    session: Session,
    contrat_id: uuid.UUID,
    libelle: str = NEW_ENJEU_LABEL,
    *,
    enjeu_id: uuid.UUID | None = None,
) -> uuid.UUID:
    """Append a local enjeu to a contract; return its id (undo: ``delete_enjeu``)."""
    require(session, Contrat, contrat_id)
    changes = read_changes(ENJEU_LOCAL, {"libelle": libelle})
    enjeu = EnjeuLocal(
        id=enjeu_id or uuid.uuid4(),
        contrat_id=contrat_id,
        position=next_position(session, EnjeuLocal, "position", contrat_id=contrat_id),
        **changes,
    )
    session.add(enjeu)
    session.flush()
    return enjeu.id


def rename_enjeu(session: Session, enjeu_id: uuid.UUID, libelle: str) -> Previous:
    """Check then write the text of a local enjeu."""
    return update_record(session, EnjeuLocal, ENJEU_LOCAL, enjeu_id, {"libelle": libelle})


def delete_enjeu(session: Session, enjeu_id: uuid.UUID) -> Snapshot:
    """Remove a local enjeu; return its snapshot (undo: ``insert_snapshot``)."""
    return delete_record(session, EnjeuLocal, enjeu_id)


# --- axes ------------------------------------------------------------------------------


def check_axis_label(
    session: Session, territoire_id: uuid.UUID, libelle: object, axe_id: uuid.UUID | None = None
) -> str:
    """The label read by the field table, if no other axis of the territory has it.

    Raises:
        FieldValueError: empty, too long, or another axis's label (ignoring case and accents).
    """
    value: str = read_changes(AXE, {"libelle": libelle})["libelle"]
    for other_id, other in session.execute(
        select(Axe.id, Axe.libelle).where(Axe.territoire_id == territoire_id)
    ):
        if other_id != axe_id and fold(other) == fold(value):
            raise FieldValueError(
                AXE["libelle"], f"l'axe « {other} » existe déjà dans ce territoire"
            )
    return value


def add_axis(
    session: Session,
    territoire_id: uuid.UUID,
    libelle: str | None = None,
    *,
    axe_id: uuid.UUID | None = None,
) -> uuid.UUID:
    """Append an axis (``Nouvel axe``, ``Nouvel axe (2)``… when no label is given)."""
    require(session, Territoire, territoire_id)
    if libelle is None:
        taken = {
            fold(label)
            for label in session.scalars(
                select(Axe.libelle).where(Axe.territoire_id == territoire_id)
            )
        }
        libelle = _first_free(NEW_AXIS_LABEL, taken)
    axis = Axe(
        id=axe_id or uuid.uuid4(),
        territoire_id=territoire_id,
        position=next_position(session, Axe, "position", territoire_id=territoire_id),
        libelle=check_axis_label(session, territoire_id, libelle),
    )
    session.add(axis)
    session.flush()
    return axis.id


def rename_axis(session: Session, axe_id: uuid.UUID, libelle: str) -> Previous:
    """Check then write the label of an axis (unique in its territory)."""
    axis = require(session, Axe, axe_id)
    label = check_axis_label(session, axis.territoire_id, libelle, axe_id)
    previous = apply_changes(axis, {"libelle": label})
    session.flush()
    return previous


def axis_fiche_count(session: Session, axe_id: uuid.UUID) -> int:
    """How many fiches (trash included) use an axis: removing it would lose their axis."""
    count = session.scalar(select(func.count()).where(FicheAction.axe_id == axe_id))
    return int(count or 0)


def delete_axis(session: Session, axe_id: uuid.UUID) -> Snapshot:
    """Remove an axis no fiche uses; return its snapshot.

    Raises:
        UserFacingError: fiches (trash included) still use it.
    """
    axis = require(session, Axe, axe_id)
    used = axis_fiche_count(session, axe_id)
    if used:
        raise FieldValueError(
            AXE["libelle"],
            f"l'axe « {axis.libelle} » est utilisé par {used} fiche(s)-action(s) (corbeille "
            "comprise) : changez d'abord leur axe",
        )
    return delete_record(session, Axe, axe_id)


@dataclass(frozen=True)
class AxisState:
    """What an axis looked like, to put it back."""

    id: uuid.UUID
    position: int
    libelle: str


def default_axes(phase: str) -> tuple[str, ...]:
    """The national axes of a phase (its label as stored), or none if unknown."""
    known = parse_phase(phase)
    return DEFAULT_AXES[known] if known is not None else ()


def axes_match_defaults(session: Session, territoire_id: uuid.UUID, phase: str) -> bool:
    """Whether the territory's axes already are the defaults of ``phase``."""
    territory = require(session, Territoire, territoire_id)
    labels = [fold(a.libelle) for a in sorted(territory.axes, key=lambda a: a.position)]
    return labels == [fold(label) for label in default_axes(phase)]


def _set_axes(session: Session, territory: Territoire, wanted: list[AxisState]) -> None:
    """Make the territory's axes exactly ``wanted`` (ids kept; labels swapped safely)."""
    current = {a.id: a for a in territory.axes}
    wanted_ids = {state.id for state in wanted}
    for axis_id, axis in list(current.items()):
        if axis_id not in wanted_ids:
            if axis_fiche_count(session, axis_id):
                raise FieldValueError(
                    AXE["libelle"], f"l'axe « {axis.libelle} » est utilisé par des fiches"
                )
            territory.axes.remove(axis)
            session.delete(axis)
    # Temporary labels first: the (territory, label) pair is unique at every flush.
    for axis in territory.axes:
        axis.libelle = f"\u0000{axis.id}"
    session.flush()
    for state in wanted:
        axis_row = current.get(state.id)
        if axis_row is None:
            axis_row = Axe(
                id=state.id, territoire_id=territory.id, position=state.position, libelle=""
            )
            territory.axes.append(axis_row)
        axis_row.position = state.position
        axis_row.libelle = state.libelle
    session.flush()


def apply_default_axes(session: Session, territoire_id: uuid.UUID, phase: str) -> list[AxisState]:
    """Replace the axes by the defaults of ``phase``; return the previous axes.

    Axes are renamed in place, so fiches keep an axis at the same position; extra
    axes are removed when unused and kept (after the defaults) when fiches use them.
    """
    territory = require(session, Territoire, territoire_id)
    previous = [AxisState(a.id, a.position, a.libelle) for a in territory.axes]
    existing = sorted(territory.axes, key=lambda a: a.position)
    labels = default_axes(phase)
    wanted: list[AxisState] = []
    for position, label in enumerate(labels):
        axis_id = existing[position].id if position < len(existing) else uuid.uuid4()
        wanted.append(AxisState(axis_id, position, label))
    taken = {fold(label) for label in labels}
    for extra in existing[len(labels) :]:
        if axis_fiche_count(session, extra.id):
            label = extra.libelle
            while fold(label) in taken:
                label += " (ancien)"
            taken.add(fold(label))
            wanted.append(AxisState(extra.id, len(wanted), label))
    _set_axes(session, territory, wanted)
    return previous


def restore_axes(session: Session, territoire_id: uuid.UUID, previous: list[AxisState]) -> None:
    """Put back the axes returned by ``apply_default_axes``."""
    _set_axes(session, require(session, Territoire, territoire_id), previous)
