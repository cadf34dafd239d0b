"""Read models: one plain record per entity, loaded by column name in a few queries.

Views, exports, the synthesis and documents read records, never live ORM objects:
a record is a detached copy of one row with **every column** of its table as an
attribute (built with ``Record(**row._mapping)``), plus the labels of the lists it
points to (``axe``, ``avancement``, ``financeur``, ``statut``) and its children. A
column added to a model is in its record at once; the annotations below only type
the attributes code reads by name.

Loading 7,000 fiches and 30,000 financing lines as ORM objects (identity map,
relationship bookkeeping) costs seconds; these loaders run one query per table.
"""

from __future__ import annotations

import gc
import uuid
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any, ClassVar, TypeVar

from sqlalchemy import Dialect, Select, Uuid, case, func, select, type_coerce
from sqlalchemy.orm import Session
from sqlalchemy.types import UserDefinedType

from ti_desktop.db.base import Base, ExactDecimal, UTCDateTime
from ti_desktop.db.models import (
    Axe,
    Contrat,
    EnjeuLocal,
    EtatAvancement,
    FicheAction,
    Financeur,
    Indicateur,
    LigneFinancement,
    Signataire,
    StatutFinancement,
    Territoire,
)
from ti_desktop.db.vocabulary import CategorieFinancement, GroupeSignataire, fold
from ti_desktop.services.financing import ZERO, FinancingSummary, share

_parsed_ids: dict[str, uuid.UUID] = {}


def _shared_uuid(value: str | None) -> uuid.UUID | None:
    """Each distinct identifier parsed once: an axis or a status is in thousands of rows."""
    if value is None:
        return None
    found = _parsed_ids.get(value)
    if found is None:
        if len(_parsed_ids) > 200_000:  # bounded: the identifiers of a few large loads
            _parsed_ids.clear()
        found = _parsed_ids[value] = uuid.UUID(value)
    return found


def _stored_utc(value: str | None) -> datetime | None:
    """SQLite's text ``2025-01-31 09:15:00.000000`` as the aware UTC time ``UTCDateTime`` gives."""
    return None if value is None else datetime.fromisoformat(value + "+00:00")


class _FastRead(UserDefinedType[Any]):
    """Reads a column's SQLite storage with one plain function per value.

    Records of a large list hold hundreds of thousands of values; SQLAlchemy's
    ``TypeDecorator`` wraps each conversion in two calls, this type calls ``convert``
    directly. Each function gives exactly what the model's own column type gives.
    """

    cache_ok = True

    def __init__(self, name: str, convert: Callable[[Any], Any]) -> None:
        self.name = name  # part of the statement cache key: one name per conversion
        self.convert = convert

    @property
    def _static_cache_key(self) -> Any:
        return (type(self), self.name)

    def get_col_spec(self, **_kw: Any) -> str:
        return "BLOB"

    def result_processor(self, dialect: Dialect, coltype: object) -> Callable[[Any], Any]:
        return self.convert


def _scaled(scale: int) -> Callable[[Any], Decimal | None]:
    """``ExactDecimal``'s integer storage (cents for money) as the same ``Decimal``."""

    def convert(value: int | None) -> Decimal | None:
        return None if value is None else Decimal(value).scaleb(-scale)

    return convert


_READERS: dict[str, _FastRead] = {
    "uuid": _FastRead("uuid", _shared_uuid),
    "utc": _FastRead("utc", _stored_utc),
}


def _read_column(column: Any) -> Any:
    """``column`` to select into a record, read by a faster function when one applies."""
    kind = column.type
    if isinstance(kind, Uuid):
        reader = _READERS["uuid"]
    elif isinstance(kind, UTCDateTime):
        reader = _READERS["utc"]
    elif isinstance(kind, ExactDecimal):
        name = f"scale{kind.scale}"
        reader = _READERS.setdefault(name, _FastRead(name, _scaled(kind.scale)))
    else:
        return column
    return type_coerce(column, reader).label(column.key)


class Record:
    """A read-only copy of one row: its columns, by name, as attributes."""

    model: ClassVar[type[Base]]

    def __init__(self, **values: Any) -> None:
        self.__dict__.update(values)

    @classmethod
    def from_rows(cls, session: Session, query: Select[Any], **children: Any) -> Iterator[Any]:
        """A record per row of ``query`` (its columns by label), with fresh child lists.

        The same as ``cls(**row._mapping)`` row by row, without building a mapping per
        row (a large list's loading time).
        """
        result = session.connection().execute(query)  # Core rows: no ORM loading machinery
        keys = tuple(result.keys())
        new = object.__new__
        for row in result.all():  # one fetch: much cheaper than a fetch per row
            record = new(cls)
            values = dict(zip(keys, row, strict=False))  # same length: the query's columns
            for key, empty in children.items():
                values[key] = empty.copy()
            record.__dict__ = values
            yield record

    def __getattr__(self, name: str) -> Any:
        # only reached for a missing attribute: a column read by key (``getattr``)
        raise AttributeError(f"{type(self).__name__} has no attribute {name!r}")

    def __repr__(self) -> str:
        shown = ", ".join(f"{k}={v!r}" for k, v in self.__dict__.items() if not isinstance(v, list))
        return f"{type(self).__name__}({shown})"

    def __eq__(self, other: object) -> bool:
        return type(other) is type(self) and other.__dict__ == self.__dict__

    __hash__ = None  # type: ignore[assignment]  # records compare by value

    def value(self, key: str) -> Any:
        """The value of field ``key`` (the same as ``getattr(record, key)``)."""
        return getattr(self, key)

    def replaced(self, **changes: Any) -> Any:
        """A copy with some attributes changed (views preview an edit before the reload)."""
        copy = type(self)(**self.__dict__)
        copy.__dict__.update(changes)
        return copy

    @classmethod
    def columns(cls) -> list[Any]:
        """Every column of the record's table, to select (labelled by column name)."""
        return [_read_column(column) for column in cls.model.__table__.columns]


class IndicatorRecord(Record):
    model = Indicateur
    id: uuid.UUID
    fiche_id: uuid.UUID
    nom: str
    unite: str
    valeur_cible: Decimal | None
    echeance: date | None
    valeur_atteinte: Decimal | None
    position: int


class FinancingLineRecord(Record):
    """A financing line, with the labels of its financer and status."""

    model = LigneFinancement
    id: uuid.UUID
    fiche_id: uuid.UUID
    financeur_id: uuid.UUID
    financeur: str
    financeur_position: int
    dispositif: str
    montant: Decimal
    statut_id: uuid.UUID
    statut: str
    categorie: str  # CategorieFinancement value of the status
    position: int

    @property
    def est_refusee(self) -> bool:
        """Whether the financer refused it (it then counts in no total)."""
        return self.categorie == CategorieFinancement.REFUSE.value


class FicheRecord(Record):
    """A fiche-action, with its axis and progress labels, lines and indicators."""

    model = FicheAction
    id: uuid.UUID
    territoire_id: uuid.UUID
    numero: str
    intitule: str
    axe_id: uuid.UUID | None
    axe: str  # the axis label, "" without an axis
    avancement_id: uuid.UUID | None
    avancement: str  # the progress label, "" when not set
    maitre_ouvrage: str
    date_debut: date | None
    date_fin: date | None
    cout_total_ht: Decimal | None
    position: int
    supprime_le: datetime | None
    financements: list[FinancingLineRecord]
    indicateurs: list[IndicatorRecord]

    @property
    def summary(self) -> FinancingSummary:
        """Totals of the financing plan by status category."""
        return summarize_lines(self.cout_total_ht, self.financements)

    @property
    def est_supprimee(self) -> bool:
        """Whether the fiche is in the trash."""
        return self.supprime_le is not None

    @property
    def figures(self) -> FicheFigures:
        """The plan in brief, from its lines (``load_fiche_figures`` gives the same in SQL)."""
        if not self.financements:
            return NO_FIGURES
        summary = self.summary
        return FicheFigures(
            summary.acquis,
            summary.total_prevu,
            frozenset(line.financeur for line in self.financements),
            frozenset(line.statut for line in self.financements),
        )


class AxisRecord(Record):
    model = Axe
    id: uuid.UUID
    territoire_id: uuid.UUID
    position: int
    libelle: str
    nombre_fiches: int  # fiches outside the trash in this axis (``load_territories``)


class EnjeuRecord(Record):
    model = EnjeuLocal
    id: uuid.UUID
    contrat_id: uuid.UUID
    position: int
    libelle: str


class ContractRecord(Record):
    model = Contrat
    id: uuid.UUID
    territoire_id: uuid.UUID
    type_document: str
    annee_debut: int | None
    annee_fin: int | None
    statut: str
    courant: bool
    date_signature: date | None
    lieu_signature: str
    deliberation_region_reference: str
    deliberation_region_date: date | None
    enjeux_locaux: list[EnjeuRecord]

    @property
    def periode(self) -> tuple[int | None, int | None]:
        """The contract's years, as the « Période » field holds them."""
        return self.annee_debut, self.annee_fin


class SignatoryRecord(Record):
    model = Signataire
    id: uuid.UUID
    territoire_id: uuid.UUID
    groupe: str
    organisme: str
    civilite: str
    representant: str
    fonction: str
    ordre: int
    deliberation_reference: str
    deliberation_date: date | None
    email: str
    co_representant: bool  # listed after another person of its organisation (load_territories)


def mark_co_representatives(signatories: Iterable[SignatoryRecord]) -> None:
    """Flag people listed after another of the same organisation in their group.

    They sign for the same organisation (« co-représentée par »); ``signatories`` are
    in document order (``signatory_order``).
    """
    seen: set[tuple[str, str]] = set()
    for person in signatories:
        key = (person.groupe, fold(person.organisme))
        person.co_representant = key in seen
        seen.add(key)


class TerritoryRecord(Record):
    """A territory with its current contract, signatories, axes and fiches."""

    model = Territoire
    id: uuid.UUID
    nom: str
    region: str
    departements: str
    phase: str
    chef_projet_nom: str
    chef_projet_email: str
    correspondant_region_email: str
    est_demo: bool
    supprime_le: datetime | None
    contrat_courant: ContractRecord | None
    signataires: list[SignatoryRecord]
    axes: list[AxisRecord]
    fiches_actives: list[FicheRecord]


def summarize_lines(cost: Decimal | None, lines: Iterable[FinancingLineRecord]) -> FinancingSummary:
    """Totals per financing category of a cost and its lines."""
    totals: dict[CategorieFinancement, Decimal] = {}
    for line in lines:
        category = CategorieFinancement(line.categorie)
        totals[category] = totals.get(category, ZERO) + line.montant
    return FinancingSummary(cost, totals)


_R = TypeVar("_R", bound=Record)


def new_record(cls: type[_R], **values: Any) -> _R:
    """A record built in memory, not read (samples, tests): every column at its default.

    Columns take the model's default (``""`` for texts, a fresh id…) or ``None``;
    ``values`` set the others and the children lists.
    """
    defaults: dict[str, Any] = {}
    for column in cls.model.__table__.columns:
        default = column.default
        if default is None or not (default.is_scalar or default.is_callable):
            defaults[column.name] = None
        else:
            arg = default.arg
            defaults[column.name] = arg(None) if default.is_callable else arg
    return cls(**(defaults | values))


GROUP_ORDER: tuple[str, ...] = tuple(group.value for group in GroupeSignataire)
"""Signatory groups in the order of the contract (ENTRE, ET, AINSI QUE)."""


def signatory_order(person: SignatoryRecord | Signataire) -> tuple[int, int, str]:
    """Sort key of signatories in document order: group, then ``ordre``, then name."""
    rank = GROUP_ORDER.index(person.groupe) if person.groupe in GROUP_ORDER else len(GROUP_ORDER)
    return rank, person.ordre, fold(person.organisme)


def current_contract(contracts: Sequence[Any]) -> Any:
    """The contract being drafted or signed: the last one flagged current, else the last."""
    flagged = [c for c in contracts if c.courant]
    return flagged[-1] if flagged else (contracts[-1] if contracts else None)


# --- loading ------------------------------------------------------------------------------


def _fiche_query() -> Select[Any]:
    return (
        select(
            *FicheRecord.columns(),
            Axe.libelle.label("axe"),
            EtatAvancement.libelle.label("avancement"),
        )
        .outerjoin(Axe, FicheAction.axe_id == Axe.id)
        .outerjoin(EtatAvancement, FicheAction.avancement_id == EtatAvancement.id)
    )


def _line_query() -> Select[Any]:
    return (
        select(
            *FinancingLineRecord.columns(),
            Financeur.libelle.label("financeur"),
            Financeur.position.label("financeur_position"),
            StatutFinancement.libelle.label("statut"),
            StatutFinancement.categorie.label("categorie"),
        )
        .join(Financeur, LigneFinancement.financeur_id == Financeur.id)
        .join(StatutFinancement, LigneFinancement.statut_id == StatutFinancement.id)
        .join(FicheAction, LigneFinancement.fiche_id == FicheAction.id)
    )


def _fiches(session: Session, query: Select[Any]) -> Iterator[FicheRecord]:
    for fiche in FicheRecord.from_rows(session, query, financements=[], indicateurs=[]):
        values = fiche.__dict__
        values["axe"] = values["axe"] or ""
        values["avancement"] = values["avancement"] or ""
        yield fiche


def _attach_children(session: Session, fiches: dict[uuid.UUID, FicheRecord], where: Any) -> None:
    """Fill the financing lines and indicators of ``fiches`` (selected by ``where``)."""
    lines = _line_query().where(where)
    for line in FinancingLineRecord.from_rows(
        session, lines.order_by(LigneFinancement.fiche_id, LigneFinancement.position)
    ):
        if (owner := fiches.get(line.fiche_id)) is not None:
            owner.financements.append(line)
    indicators = (
        select(*IndicatorRecord.columns())
        .join(FicheAction, Indicateur.fiche_id == FicheAction.id)
        .where(where)
        .order_by(Indicateur.fiche_id, Indicateur.position)
    )
    for indicator in IndicatorRecord.from_rows(session, indicators):
        if (owner := fiches.get(indicator.fiche_id)) is not None:
            owner.indicateurs.append(indicator)


def _fiche_scope(territoire_id: uuid.UUID, trashed: bool) -> Any:
    deleted = FicheAction.supprime_le.is_not(None) if trashed else FicheAction.supprime_le.is_(None)
    return (FicheAction.territoire_id == territoire_id) & deleted


def load_fiches(
    session: Session,
    territoire_id: uuid.UUID,
    *,
    trashed: bool = False,
    with_children: bool = True,
) -> list[FicheRecord]:
    """A territory's fiches (or those of its trash) in their order, with lines and indicators.

    ``with_children=False`` reads the fiches' own columns only, for a long list (its
    sums come from ``load_fiche_figures``): ``financements`` and ``indicateurs`` are
    then absent, so reading them fails instead of showing an empty plan.
    """
    where = _fiche_scope(territoire_id, trashed)
    query = _fiche_query().where(where).order_by(FicheAction.position, FicheAction.numero)
    if not with_children:
        listed = []
        for fiche in _fiches(session, query):
            del fiche.__dict__["financements"], fiche.__dict__["indicateurs"]
            listed.append(fiche)
        return listed
    fiches = {fiche.id: fiche for fiche in _fiches(session, query)}
    _attach_children(session, fiches, where)
    return list(fiches.values())


@dataclass(frozen=True, slots=True)
class FicheFigures:
    """A fiche's financing plan in brief, for a list: sums and who finances it how."""

    acquis: Decimal
    total_prevu: Decimal  # every line not refused
    financeurs: frozenset[str]
    statuts: frozenset[str]

    def part_financee(self, cost: Decimal | None) -> Decimal | None:
        """Share of the cost covered by the lines not refused."""
        return share(self.total_prevu, cost)


NO_FIGURES = FicheFigures(ZERO, ZERO, frozenset(), frozenset())
"""The figures of a fiche without financing lines."""

_LABELS_SEPARATOR = "\x1f"  # a control character: never in a label (the field table refuses it)


def load_fiche_figures(
    session: Session, territoire_id: uuid.UUID, *, trashed: bool = False
) -> dict[uuid.UUID, FicheFigures]:
    """The plan figures of a territory's fiches (absent: no line), summed by SQLite.

    Amounts are summed as stored (integer cents), so totals are exact; one row per
    fiche comes back instead of one per line.
    """
    money = LigneFinancement.montant.type
    category = StatutFinancement.categorie

    def total(condition: Any) -> Any:
        summed = func.coalesce(func.sum(case((condition, LigneFinancement.montant), else_=0)), 0)
        return type_coerce(summed, money)

    query = (
        select(
            type_coerce(LigneFinancement.fiche_id, _READERS["uuid"]),
            total(category == CategorieFinancement.ACQUIS.value),
            total(category != CategorieFinancement.REFUSE.value),
            func.group_concat(Financeur.libelle, _LABELS_SEPARATOR),
            func.group_concat(StatutFinancement.libelle, _LABELS_SEPARATOR),
        )
        .join(Financeur, LigneFinancement.financeur_id == Financeur.id)
        .join(StatutFinancement, LigneFinancement.statut_id == StatutFinancement.id)
        .join(FicheAction, LigneFinancement.fiche_id == FicheAction.id)
        .where(_fiche_scope(territoire_id, trashed))
        .group_by(LigneFinancement.fiche_id)
    )
    return {
        fiche_id: FicheFigures(
            acquis,
            planned,
            frozenset(financers.split(_LABELS_SEPARATOR)),
            frozenset(statuses.split(_LABELS_SEPARATOR)),
        )
        for fiche_id, acquis, planned, financers, statuses in session.execute(query)
    }


def load_fiche(session: Session, fiche_id: uuid.UUID) -> FicheRecord | None:
    """One fiche (trash included) with its lines and indicators, or None if it is gone."""
    fiche = next(_fiches(session, _fiche_query().where(FicheAction.id == fiche_id)), None)
    if fiche is None:
        return None
    _attach_children(session, {fiche.id: fiche}, FicheAction.id == fiche_id)
    return fiche


@dataclass(frozen=True)
class TerritoryRecords:
    """Territories outside the trash, by name, and the progress states of the database."""

    territories: list[TerritoryRecord]
    progress_states: dict[str, int]  # label → position


def load_territories(
    session: Session,
    territoire_ids: Sequence[uuid.UUID] | None = None,
    *,
    with_fiches: bool = True,
) -> TerritoryRecords:
    """Territories outside the trash (all, or these), by name, with everything they hold.

    Fiches in the trash are left out. One query per table, whatever the number of
    territories. ``with_fiches=False`` leaves ``fiches_actives`` empty, for views of
    the territory itself (the axes still count their fiches).
    """
    with _bulk_building():
        return _load_territories(session, territoire_ids, with_fiches)


@contextmanager
def _bulk_building() -> Iterator[None]:
    """Pause the cyclic garbage collector while records are built by the thousand.

    Records hold no reference cycles, and each collection would scan every record built
    so far, again and again: a third of a national load. Reference counting still frees
    everything as usual.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


@contextmanager
def held_records() -> Iterator[None]:
    """While a long job reads records it loaded, keep them out of the collector's scans.

    The cyclic garbage collector's full passes rescan every live object: a national
    export would rescan its hundreds of thousands of records several times while it
    writes. ``gc.freeze`` sets everything alive aside until the job ends; reference
    counting still frees whatever is dropped meanwhile.
    """
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


def _load_territories(
    session: Session, territoire_ids: Sequence[uuid.UUID] | None, with_fiches: bool
) -> TerritoryRecords:
    query = select(*TerritoryRecord.columns()).where(Territoire.supprime_le.is_(None))
    if territoire_ids is not None:
        query = query.where(Territoire.id.in_(list(territoire_ids)))
    territories: dict[uuid.UUID, TerritoryRecord] = {}
    for row in session.execute(query):
        territories[row.id] = TerritoryRecord(
            **row._mapping, contrat_courant=None, signataires=[], axes=[], fiches_actives=[]
        )
    ordered = sorted(territories.values(), key=lambda t: fold(t.nom))
    scope = [*territories]  # a Région holds at most a few hundred territories

    contracts: dict[uuid.UUID, list[ContractRecord]] = {}
    for row in session.execute(
        select(*ContractRecord.columns())
        .where(Contrat.territoire_id.in_(scope))
        .order_by(Contrat.created_at)
    ):
        contracts.setdefault(row.territoire_id, []).append(
            ContractRecord(**row._mapping, enjeux_locaux=[])
        )
    by_contract: dict[uuid.UUID, ContractRecord] = {}
    for territory_id, candidates in contracts.items():
        chosen: ContractRecord = current_contract(candidates)
        territories[territory_id].contrat_courant = chosen
        by_contract[chosen.id] = chosen
    for row in session.execute(
        select(*EnjeuRecord.columns())
        .where(EnjeuLocal.contrat_id.in_(list(by_contract)))
        .order_by(EnjeuLocal.position)
    ):
        by_contract[row.contrat_id].enjeux_locaux.append(EnjeuRecord(**row._mapping))

    for row in session.execute(
        select(*SignatoryRecord.columns()).where(Signataire.territoire_id.in_(scope))
    ):
        territories[row.territoire_id].signataires.append(SignatoryRecord(**row._mapping))
    for territory in territories.values():
        territory.signataires.sort(key=signatory_order)
        mark_co_representatives(territory.signataires)

    where = FicheAction.territoire_id.in_(scope) & FicheAction.supprime_le.is_(None)
    counts = {
        axe_id: count
        for axe_id, count in session.execute(
            select(FicheAction.axe_id, func.count()).where(where).group_by(FicheAction.axe_id)
        )
    }
    for axis in AxisRecord.from_rows(
        session,
        select(*AxisRecord.columns()).where(Axe.territoire_id.in_(scope)).order_by(Axe.position),
    ):
        axis.nombre_fiches = int(counts.get(axis.id, 0))
        territories[axis.territoire_id].axes.append(axis)

    states = {
        label: position
        for label, position in session.execute(
            select(EtatAvancement.libelle, EtatAvancement.position)
        )
    }
    if not with_fiches:
        return TerritoryRecords(ordered, states)
    fiches: dict[uuid.UUID, FicheRecord] = {}
    for fiche in _fiches(
        session, _fiche_query().where(where).order_by(FicheAction.position, FicheAction.numero)
    ):
        fiches[fiche.id] = fiche
        territories[fiche.territoire_id].fiches_actives.append(fiche)
    _attach_children(session, fiches, where)
    return TerritoryRecords(ordered, states)


def load_territory(
    session: Session, territoire_id: uuid.UUID, *, with_fiches: bool = True
) -> TerritoryRecord | None:
    """One territory outside the trash (see ``load_territories``), or None."""
    found = load_territories(session, [territoire_id], with_fiches=with_fiches).territories
    return found[0] if found else None


def load_territory_list(session: Session, *, trashed: bool = False) -> list[TerritoryRecord]:
    """Territories by name, or those in the trash, for lists: their own columns only.

    ``contrat_courant`` is None and the child lists are empty; read a territory with
    ``load_territory`` to show it.
    """
    deleted = Territoire.supprime_le.is_not(None) if trashed else Territoire.supprime_le.is_(None)
    territories = TerritoryRecord.from_rows(
        session,
        select(*TerritoryRecord.columns()).where(deleted),
        signataires=[],
        axes=[],
        fiches_actives=[],
    )
    listed = []
    for territory in territories:
        territory.contrat_courant = None
        listed.append(territory)
    return sorted(listed, key=lambda t: fold(t.nom))
