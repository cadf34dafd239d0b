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
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any, ClassVar

from sqlalchemy import Result, Select, String, Uuid, select, type_coerce
from sqlalchemy.orm import Session

from ti_desktop.db.base import Base, UTCDateTime
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
from ti_desktop.services.financing import ZERO, FinancingSummary


class Record:
    """A read-only copy of one row: its columns, by name, as attributes."""

    model: ClassVar[type[Base]]

    def __init__(self, **values: Any) -> None:
        self.__dict__.update(values)

    def __getattr__(self, name: str) -> Any:
        # only reached for a missing attribute: a column read by key (``getattr``)
        raise AttributeError(f"{type(self).__name__} has no attribute {name!r}")

    def __repr__(self) -> str:
        shown = ", ".join(f"{k}={v!r}" for k, v in self.__dict__.items() if not isinstance(v, list))
        return f"{type(self).__name__}({shown})"

    def __eq__(self, other: object) -> bool:
        return type(other) is type(self) and other.__dict__ == self.__dict__

    __hash__ = None  # type: ignore[assignment]  # records compare by value

    @classmethod
    def of(cls, values: dict[str, Any]) -> Any:
        """A record holding ``values`` as they are (no copy: loaders build one per row)."""
        record = cls.__new__(cls)
        record.__dict__ = values
        return record

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
        return list(cls.model.__table__.columns)

    @classmethod
    def stored_columns(cls) -> list[Any]:
        """``columns()``, identifiers and timestamps selected as stored (``_Stored`` below)."""
        return [
            type_coerce(c, String).label(c.name) if _converter(c) is not None else c
            for c in cls.model.__table__.columns
        ]

    @classmethod
    def converters(cls) -> dict[str, Callable[[str], Any]]:
        """How each column of ``stored_columns`` read as stored text becomes its value."""
        found = {c.name: _converter(c) for c in cls.model.__table__.columns}
        return {name: convert for name, convert in found.items() if convert is not None}


def _utc_timestamp(text: str) -> datetime:
    """A timestamp as SQLite stores it (``2026-01-05 09:30:00.000000``), aware UTC."""
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


def _converter(column: Any) -> Callable[[str], Any] | None:
    if isinstance(column.type, Uuid):
        return uuid.UUID
    if isinstance(column.type, UTCDateTime):
        return _utc_timestamp
    return None


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


class AxisRecord(Record):
    model = Axe
    id: uuid.UUID
    territoire_id: uuid.UUID
    position: int
    libelle: str


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


class _Stored:
    """Turns stored identifiers and timestamps into values, each distinct text once per load.

    A national load reads about 165,000 identifiers, mostly repeated (the fiche of each
    line, the few financers and statuses), and as many timestamps, shared by the rows
    of one import; SQLAlchemy's conversions build one object per value and took half
    of the load time.
    """

    def __init__(self) -> None:
        self._known: dict[Callable[[str], Any], dict[str, Any]] = {}

    def rows(
        self, result: Result[Any], converters: dict[str, Callable[[str], Any]]
    ) -> Iterator[dict[str, Any]]:
        """Each row of ``result`` as a dict by column name, with its values converted."""
        keys = list(result.keys())
        positions = [
            (index, self._known.setdefault(converters[key], {}), converters[key])
            for index, key in enumerate(keys)
            if key in converters
        ]
        for row in result:
            values = dict(zip(keys, row, strict=True))
            for index, known, convert in positions:
                text = row[index]
                if text is not None:
                    found = known.get(text)
                    if found is None:
                        found = known[text] = convert(text)
                    values[keys[index]] = found
            yield values


def _fiche_query() -> Select[Any]:
    return (
        select(
            *FicheRecord.stored_columns(),
            Axe.libelle.label("axe"),
            EtatAvancement.libelle.label("avancement"),
        )
        .outerjoin(Axe, FicheAction.axe_id == Axe.id)
        .outerjoin(EtatAvancement, FicheAction.avancement_id == EtatAvancement.id)
    )


def _fiche(values: dict[str, Any]) -> FicheRecord:
    values["axe"] = values["axe"] or ""
    values["avancement"] = values["avancement"] or ""
    values["financements"], values["indicateurs"] = [], []
    fiche: FicheRecord = FicheRecord.of(values)
    return fiche


def _fiches(session: Session, stored: _Stored, where: Any) -> Iterator[FicheRecord]:
    query = _fiche_query().where(where).order_by(FicheAction.position, FicheAction.numero)
    for values in stored.rows(session.connection().execute(query), FicheRecord.converters()):
        yield _fiche(values)


def _attach_children(
    session: Session,
    stored: _Stored,
    fiches: dict[uuid.UUID, FicheRecord],
    where: Any | None,
) -> None:
    """Fill the financing lines and indicators of ``fiches`` (selected by ``where``).

    ``where`` None reads every row of the tables and keeps those of ``fiches`` (nearly
    all of them: no join). The labels of the lines' financers and statuses come from
    their short lists.
    """
    connection = session.connection()
    financers = {
        financer_id: (label, position)
        for financer_id, label, position in connection.execute(
            select(Financeur.id, Financeur.libelle, Financeur.position)
        )
    }
    statuses = {
        status_id: (label, category)
        for status_id, label, category in connection.execute(
            select(StatutFinancement.id, StatutFinancement.libelle, StatutFinancement.categorie)
        )
    }
    lines = select(*FinancingLineRecord.stored_columns())
    if where is not None:
        lines = lines.where(LigneFinancement.fiche_id.in_(select(FicheAction.id).where(where)))
    lines = lines.order_by(LigneFinancement.fiche_id, LigneFinancement.position)
    for values in stored.rows(connection.execute(lines), FinancingLineRecord.converters()):
        if (owner := fiches.get(values["fiche_id"])) is not None:
            values["financeur"], values["financeur_position"] = financers[values["financeur_id"]]
            values["statut"], values["categorie"] = statuses[values["statut_id"]]
            owner.financements.append(FinancingLineRecord.of(values))
    indicators = select(*IndicatorRecord.stored_columns())
    if where is not None:
        indicators = indicators.where(Indicateur.fiche_id.in_(select(FicheAction.id).where(where)))
    indicators = indicators.order_by(Indicateur.fiche_id, Indicateur.position)
    for values in stored.rows(connection.execute(indicators), IndicatorRecord.converters()):
        if (owner := fiches.get(values["fiche_id"])) is not None:
            owner.indicateurs.append(IndicatorRecord.of(values))


def load_fiches(
    session: Session, territoire_id: uuid.UUID, *, trashed: bool = False
) -> list[FicheRecord]:
    """A territory's fiches (or those of its trash) in their order, with lines and indicators."""
    deleted = FicheAction.supprime_le.is_not(None) if trashed else FicheAction.supprime_le.is_(None)
    where = (FicheAction.territoire_id == territoire_id) & deleted
    stored = _Stored()
    fiches = {fiche.id: fiche for fiche in _fiches(session, stored, where)}
    _attach_children(session, stored, fiches, where)
    return list(fiches.values())


def load_fiche(session: Session, fiche_id: uuid.UUID) -> FicheRecord | None:
    """One fiche (trash included) with its lines and indicators, or None if it is gone."""
    stored = _Stored()
    where = FicheAction.id == fiche_id
    fiche = next(_fiches(session, stored, where), None)
    if fiche is None:
        return None
    _attach_children(session, stored, {fiche.id: fiche}, where)
    return fiche


@dataclass(frozen=True)
class TerritoryRecords:
    """Territories outside the trash, by name, and the progress states of the database."""

    territories: list[TerritoryRecord]
    progress_states: dict[str, int]  # label → position


def _records(
    session: Session, stored: _Stored, cls: type[Record], query: Select[Any]
) -> Iterator[dict[str, Any]]:
    return stored.rows(session.connection().execute(query), cls.converters())


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


def load_territories(
    session: Session, territoire_ids: Sequence[uuid.UUID] | None = None
) -> TerritoryRecords:
    """Territories outside the trash (all, or these), by name, with everything they hold.

    Fiches in the trash are left out. One query per table, whatever the number of
    territories.
    """
    with _bulk_building():
        return _load_territories(session, territoire_ids)


def _load_territories(
    session: Session, territoire_ids: Sequence[uuid.UUID] | None
) -> TerritoryRecords:
    stored = _Stored()
    query = select(*TerritoryRecord.stored_columns()).where(Territoire.supprime_le.is_(None))
    if territoire_ids is not None:
        query = query.where(Territoire.id.in_(list(territoire_ids)))
    territories: dict[uuid.UUID, TerritoryRecord] = {}
    for values in _records(session, stored, TerritoryRecord, query):
        territories[values["id"]] = TerritoryRecord(
            **values, contrat_courant=None, signataires=[], axes=[], fiches_actives=[]
        )
    ordered = sorted(territories.values(), key=lambda t: fold(t.nom))
    scope = [*territories]  # a Région holds at most a few hundred territories

    contracts: dict[uuid.UUID, list[ContractRecord]] = {}
    query = (
        select(*ContractRecord.stored_columns())
        .where(Contrat.territoire_id.in_(scope))
        .order_by(Contrat.created_at)
    )
    for values in _records(session, stored, ContractRecord, query):
        contracts.setdefault(values["territoire_id"], []).append(
            ContractRecord(**values, enjeux_locaux=[])
        )
    by_contract: dict[uuid.UUID, ContractRecord] = {}
    for territory_id, candidates in contracts.items():
        chosen: ContractRecord = current_contract(candidates)
        territories[territory_id].contrat_courant = chosen
        by_contract[chosen.id] = chosen
    query = (
        select(*EnjeuRecord.stored_columns())
        .where(EnjeuLocal.contrat_id.in_(list(by_contract)))
        .order_by(EnjeuLocal.position)
    )
    for values in _records(session, stored, EnjeuRecord, query):
        by_contract[values["contrat_id"]].enjeux_locaux.append(EnjeuRecord.of(values))

    query = select(*SignatoryRecord.stored_columns()).where(Signataire.territoire_id.in_(scope))
    for values in _records(session, stored, SignatoryRecord, query):
        territories[values["territoire_id"]].signataires.append(SignatoryRecord.of(values))
    for territory in territories.values():
        territory.signataires.sort(key=signatory_order)

    query = (
        select(*AxisRecord.stored_columns())
        .where(Axe.territoire_id.in_(scope))
        .order_by(Axe.position)
    )
    for values in _records(session, stored, AxisRecord, query):
        territories[values["territoire_id"]].axes.append(AxisRecord.of(values))

    where = FicheAction.territoire_id.in_(scope) & FicheAction.supprime_le.is_(None)
    fiches: dict[uuid.UUID, FicheRecord] = {}
    for fiche in _fiches(session, stored, where):
        fiches[fiche.id] = fiche
        territories[fiche.territoire_id].fiches_actives.append(fiche)
    # every territory: read every line, keep those of the fiches (no join, no filter)
    _attach_children(session, stored, fiches, where if territoire_ids is not None else None)

    states = {
        label: position
        for label, position in session.execute(
            select(EtatAvancement.libelle, EtatAvancement.position)
        )
    }
    return TerritoryRecords(ordered, states)
