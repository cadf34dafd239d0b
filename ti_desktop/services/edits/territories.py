"""Qt-free reads and edits behind the territory, contract and signatory pages.

Views get plain frozen rows loaded in one short session; edits that touch several
rows (reordering, default axes, inserting a co-representative) return what their
inverse needs, so the window can wrap them in undoable commands.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from ti_desktop.db.base import Base
from ti_desktop.db.models import Axe, Contrat, EnjeuLocal, FicheAction, Signataire, Territoire
from ti_desktop.db.vocabulary import DEFAULT_AXES, GroupeSignataire, Phase, fold, parse_phase
from ti_desktop.errors import UserFacingError

_EMAIL = re.compile(r"^[^@\s<>,;\"]+@[^@\s<>,;\"]+\.[^@\s<>,;\"]{2,}$")
_FIRST_YEAR, _LAST_YEAR = 2000, 2100


# --- rows ------------------------------------------------------------------------------


@dataclass(frozen=True)
class TerritoryRow:
    """One line of the territory list (or of the trash)."""

    id: uuid.UUID
    nom: str
    region: str
    est_demo: bool
    supprime_le: datetime | None


@dataclass(frozen=True)
class EnjeuRow:
    id: uuid.UUID
    position: int
    libelle: str


@dataclass(frozen=True)
class AxeRow:
    id: uuid.UUID
    position: int
    libelle: str
    fiches: int


@dataclass(frozen=True)
class TerritoryDetail:
    """Every field of a territory and of its current contract, for the first page."""

    id: uuid.UUID
    nom: str
    region: str
    departements: str
    phase: str
    chef_projet_nom: str
    chef_projet_email: str
    chef_projet_telephone: str
    elu_referent: str
    industriel_referent: str
    notes: str
    est_demo: bool
    contrat_id: uuid.UUID | None
    type_document: str
    annee_debut: int | None
    annee_fin: int | None
    statut: str
    date_signature: date | None
    lieu_signature: str
    deliberation_region_reference: str
    deliberation_region_date: date | None
    preambule: str
    presentation_territoire: str
    strategie: str
    gouvernance: str
    enjeux: tuple[EnjeuRow, ...]
    axes: tuple[AxeRow, ...]


@dataclass(frozen=True)
class SignatoryRow:
    id: uuid.UUID
    groupe: str
    organisme: str
    representant: str
    fonction: str
    ordre: int
    email: str
    deliberation_reference: str
    deliberation_date: date | None
    co_representant: bool  # not the first person listed for its organisation


GROUP_ORDER: tuple[str, ...] = tuple(g.value for g in GroupeSignataire)


# --- loading ---------------------------------------------------------------------------


def load_territory_rows(session: Session, *, trash: bool = False) -> list[TerritoryRow]:
    """Territories by name: the live ones, or those in the trash."""
    deleted = Territoire.supprime_le.is_not(None) if trash else Territoire.supprime_le.is_(None)
    territories = session.scalars(select(Territoire).where(deleted)).all()
    rows = [TerritoryRow(t.id, t.nom, t.region, t.est_demo, t.supprime_le) for t in territories]
    return sorted(rows, key=lambda r: fold(r.nom))


def _require(session: Session, territoire_id: uuid.UUID) -> Territoire:
    territory = session.get(Territoire, territoire_id)
    if territory is None:
        raise UserFacingError("Ce territoire n'existe plus (il a peut-être été supprimé).")
    return territory


def load_territory_detail(session: Session, territoire_id: uuid.UUID) -> TerritoryDetail:
    """The territory, its current contract, local enjeux and axes with their use counts."""
    territory = session.scalars(
        select(Territoire)
        .where(Territoire.id == territoire_id)
        .options(
            selectinload(Territoire.contrats).selectinload(Contrat.enjeux_locaux),
            selectinload(Territoire.axes),
        )
    ).one_or_none()
    if territory is None:
        raise UserFacingError("Ce territoire n'existe plus (il a peut-être été supprimé).")
    counts = session.execute(
        select(FicheAction.axe_id, func.count())
        .where(FicheAction.territoire_id == territoire_id, FicheAction.supprime_le.is_(None))
        .group_by(FicheAction.axe_id)
    )
    usage: dict[uuid.UUID | None, int] = {axe_id: int(count) for axe_id, count in counts}
    contract = territory.contrat_courant
    return TerritoryDetail(
        id=territory.id,
        nom=territory.nom,
        region=territory.region,
        departements=territory.departements,
        phase=territory.phase,
        chef_projet_nom=territory.chef_projet_nom,
        chef_projet_email=territory.chef_projet_email,
        chef_projet_telephone=territory.chef_projet_telephone,
        elu_referent=territory.elu_referent,
        industriel_referent=territory.industriel_referent,
        notes=territory.notes,
        est_demo=territory.est_demo,
        contrat_id=contract.id if contract else None,
        type_document=contract.type_document if contract else "",
        annee_debut=contract.annee_debut if contract else None,
        annee_fin=contract.annee_fin if contract else None,
        statut=contract.statut if contract else "",
        date_signature=contract.date_signature if contract else None,
        lieu_signature=contract.lieu_signature if contract else "",
        deliberation_region_reference=contract.deliberation_region_reference if contract else "",
        deliberation_region_date=contract.deliberation_region_date if contract else None,
        preambule=contract.preambule if contract else "",
        presentation_territoire=contract.presentation_territoire if contract else "",
        strategie=contract.strategie if contract else "",
        gouvernance=contract.gouvernance if contract else "",
        enjeux=tuple(
            EnjeuRow(e.id, e.position, e.libelle)
            for e in sorted(contract.enjeux_locaux if contract else [], key=lambda e: e.position)
        ),
        axes=tuple(
            AxeRow(a.id, a.position, a.libelle, usage.get(a.id, 0))
            for a in sorted(territory.axes, key=lambda a: a.position)
        ),
    )


def load_signatories(session: Session, territoire_id: uuid.UUID) -> list[SignatoryRow]:
    """Signatories in document order: by group, then by ``ordre``."""
    people = session.scalars(
        select(Signataire).where(Signataire.territoire_id == territoire_id)
    ).all()
    ordered = sorted(people, key=lambda s: (_group_rank(s.groupe), s.ordre, s.organisme))
    seen: set[tuple[str, str]] = set()
    rows = []
    for person in ordered:
        key = (person.groupe, fold(person.organisme))
        rows.append(
            SignatoryRow(
                id=person.id,
                groupe=person.groupe,
                organisme=person.organisme,
                representant=person.representant,
                fonction=person.fonction,
                ordre=person.ordre,
                email=person.email,
                deliberation_reference=person.deliberation_reference,
                deliberation_date=person.deliberation_date,
                co_representant=key in seen,
            )
        )
        seen.add(key)
    return rows


def _group_rank(groupe: str) -> int:
    return GROUP_ORDER.index(groupe) if groupe in GROUP_ORDER else len(GROUP_ORDER)


# --- validation ------------------------------------------------------------------------


def validate_email(text: str) -> str:
    """Return the trimmed address, or raise if it cannot be an email address (empty is fine)."""
    value = text.strip()
    if value and not _EMAIL.match(value):
        raise UserFacingError(
            f"« {value} » n'est pas une adresse électronique valide "
            "(exemple : prenom.nom@exemple.fr)."
        )
    return value


def parse_year(text: str) -> int | None:
    """Read a contract year (empty gives None)."""
    value = text.strip()
    if not value:
        return None
    if not value.isdigit() or not _FIRST_YEAR <= int(value) <= _LAST_YEAR:
        raise UserFacingError(
            f"« {value} » n'est pas une année valide (entre {_FIRST_YEAR} et {_LAST_YEAR})."
        )
    return int(value)


def validate_period(start: int | None, end: int | None) -> None:
    """The contract cannot end before it starts."""
    if start is not None and end is not None and end < start:
        raise UserFacingError(
            f"L'année de fin ({end}) ne peut pas précéder l'année de début ({start})."
        )


def validate_territory_name(session: Session, territoire_id: uuid.UUID | None, nom: str) -> str:
    """Return the trimmed name if no other territory (even in the trash) has it."""
    value = nom.strip()
    if not value:
        raise UserFacingError("Le nom du territoire est obligatoire.")
    for other_id, other_name in session.execute(select(Territoire.id, Territoire.nom)):
        if other_id != territoire_id and fold(other_name) == fold(value):
            raise UserFacingError(f"Un territoire nommé « {other_name} » existe déjà.")
    return value


def validate_axis_label(
    session: Session, territoire_id: uuid.UUID, libelle: str, axe_id: uuid.UUID | None = None
) -> str:
    """Return the trimmed label if no other axis of the territory has it."""
    value = libelle.strip()
    if not value:
        raise UserFacingError("L'intitulé de l'axe est obligatoire.")
    axes = session.scalars(select(Axe).where(Axe.territoire_id == territoire_id)).all()
    for axis in axes:
        if axis.id != axe_id and fold(axis.libelle) == fold(value):
            raise UserFacingError(f"L'axe « {axis.libelle} » existe déjà dans ce territoire.")
    return value


def unique_territory_name(session: Session, base: str) -> str:
    """``base``, or ``base (2)``, ``base (3)``… the first name not taken."""
    taken = {fold(n) for n in session.scalars(select(Territoire.nom))}
    candidate, number = base, 2
    while fold(candidate) in taken:
        candidate = f"{base} ({number})"
        number += 1
    return candidate


# --- ordering --------------------------------------------------------------------------

Orders = dict[uuid.UUID, int]


def set_orders(session: Session, cls: type[Base], column: str, orders: Orders) -> Orders:
    """Give each record its order value; return the previous values (the inverse)."""
    previous: Orders = {}
    for record_id, value in orders.items():
        record = session.get(cls, record_id)
        if record is None:
            raise UserFacingError("Cet élément n'existe plus (il a peut-être été supprimé).")
        previous[record_id] = getattr(record, column)
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


# --- axes ------------------------------------------------------------------------------


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


def other_phase(phase: str) -> Phase | None:
    """The phase that is not ``phase``."""
    known = parse_phase(phase)
    if known is None:
        return None
    return Phase.PHASE_1 if known == Phase.PHASE_2 else Phase.PHASE_2


def axes_match_defaults(session: Session, territoire_id: uuid.UUID, phase: str) -> bool:
    """Whether the territory's axes already are the defaults of ``phase``."""
    territory = _require(session, territoire_id)
    labels = [fold(a.libelle) for a in sorted(territory.axes, key=lambda a: a.position)]
    return labels == [fold(label) for label in default_axes(phase)]


def _axis_states(territory: Territoire) -> list[AxisState]:
    return [AxisState(a.id, a.position, a.libelle) for a in territory.axes]


def _set_axes(session: Session, territory: Territoire, wanted: list[AxisState]) -> None:
    """Make the territory's axes exactly ``wanted`` (ids kept; labels swapped safely)."""
    current = {a.id: a for a in territory.axes}
    wanted_ids = {state.id for state in wanted}
    used = set(
        session.scalars(
            select(FicheAction.axe_id).where(
                FicheAction.territoire_id == territory.id, FicheAction.axe_id.is_not(None)
            )
        )
    )
    for axis_id, axis in list(current.items()):
        if axis_id not in wanted_ids:
            if axis_id in used:
                raise UserFacingError(f"L'axe « {axis.libelle} » est utilisé par des fiches.")
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
    territory = _require(session, territoire_id)
    previous = _axis_states(territory)
    existing = sorted(territory.axes, key=lambda a: a.position)
    labels = default_axes(phase)
    used = set(
        session.scalars(
            select(FicheAction.axe_id).where(
                FicheAction.territoire_id == territoire_id, FicheAction.axe_id.is_not(None)
            )
        )
    )
    wanted: list[AxisState] = []
    for position, label in enumerate(labels):
        axis_id = existing[position].id if position < len(existing) else uuid.uuid4()
        wanted.append(AxisState(axis_id, position, label))
    taken = {fold(label) for label in labels}
    for extra in existing[len(labels) :]:
        if extra.id in used:
            label = extra.libelle
            while fold(label) in taken:
                label += " (ancien)"
            taken.add(fold(label))
            wanted.append(AxisState(extra.id, len(wanted), label))
    _set_axes(session, territory, wanted)
    return previous


def restore_axes(session: Session, territoire_id: uuid.UUID, previous: list[AxisState]) -> None:
    """Put back the axes returned by ``apply_default_axes``."""
    _set_axes(session, _require(session, territoire_id), previous)


def axis_fiche_count(session: Session, axe_id: uuid.UUID) -> int:
    """How many fiches (trash included) use an axis: removing it would lose their axis."""
    count = session.scalar(select(func.count()).where(FicheAction.axe_id == axe_id))
    return int(count or 0)


def next_position(session: Session, cls: type[Base], column: str, **where: object) -> int:
    """One more than the largest ``column`` among records matching ``where``."""
    query = select(func.max(getattr(cls, column)))
    for name, value in where.items():
        query = query.where(getattr(cls, name) == value)
    largest = session.scalar(query)
    return 0 if largest is None else int(largest) + 1


# --- signatories -----------------------------------------------------------------------


def insert_signatory(
    session: Session,
    territoire_id: uuid.UUID,
    values: dict[str, object],
    *,
    after_id: uuid.UUID | None = None,
) -> Orders:
    """Insert a signatory (``values`` holds its id) at the end of its group or after another.

    Returns the previous ``ordre`` of the signatories moved down to make room.
    """
    groupe = str(values["groupe"])
    people = sorted(
        session.scalars(
            select(Signataire).where(
                Signataire.territoire_id == territoire_id, Signataire.groupe == groupe
            )
        ).all(),
        key=lambda s: s.ordre,
    )
    ids = [p.id for p in people]
    new_id = values["id"]
    assert isinstance(new_id, uuid.UUID)
    index = ids.index(after_id) + 1 if after_id in ids else len(ids)
    ids.insert(index, new_id)
    orders = renumbered(ids)
    person = Signataire(territoire_id=territoire_id, **values)
    person.ordre = orders.pop(new_id)
    previous: Orders = {}
    for other in people:
        if other.ordre != orders[other.id]:
            previous[other.id] = other.ordre
            other.ordre = orders[other.id]
    session.add(person)
    session.flush()
    return previous


def remove_inserted_signatory(session: Session, signatory_id: uuid.UUID, previous: Orders) -> None:
    """Inverse of ``insert_signatory``."""
    person = session.get(Signataire, signatory_id)
    if person is not None:
        session.delete(person)
        session.flush()
    set_orders(session, Signataire, "ordre", previous)


def group_ids(session: Session, territoire_id: uuid.UUID, groupe: str) -> list[uuid.UUID]:
    """Signatory ids of one group, in order."""
    return list(
        session.scalars(
            select(Signataire.id)
            .where(Signataire.territoire_id == territoire_id, Signataire.groupe == groupe)
            .order_by(Signataire.ordre)
        )
    )


def enjeu_ids(session: Session, contrat_id: uuid.UUID) -> list[uuid.UUID]:
    """Local enjeux of a contract, in order."""
    return list(
        session.scalars(
            select(EnjeuLocal.id)
            .where(EnjeuLocal.contrat_id == contrat_id)
            .order_by(EnjeuLocal.position)
        )
    )


def axis_ids(session: Session, territoire_id: uuid.UUID) -> list[uuid.UUID]:
    """Axes of a territory, in order."""
    return list(
        session.scalars(
            select(Axe.id).where(Axe.territoire_id == territoire_id).order_by(Axe.position)
        )
    )
