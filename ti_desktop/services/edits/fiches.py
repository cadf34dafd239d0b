"""Qt-free use cases of the fiches-actions page and editor.

Rows for views are plain frozen dataclasses read in one short session (one SQL query
per table, never one per fiche). Edits are shaped for undo: they return what the
inverse needs, or a snapshot for ``InsertRecordCommand``.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import String, func, select, type_coerce
from sqlalchemy.orm import Session, selectinload

from ti_desktop.db.models import (
    Axe,
    Contrat,
    EtatAvancement,
    FicheAction,
    Financeur,
    Indicateur,
    LigneFinancement,
    StatutFinancement,
)
from ti_desktop.db.vocabulary import CategorieFinancement, fold
from ti_desktop.errors import UserFacingError
from ti_desktop.services.edits import snapshots as record_edits
from ti_desktop.services.edits.snapshots import Snapshot
from ti_desktop.services.financing import ZERO, FinancingSummary, share

NEW_FICHE_TITLE = "Nouvelle fiche-action"
NEW_INDICATOR_NAME = "Nouvel indicateur"
_AUTOMATIC = ("created_at", "updated_at")


@dataclass(frozen=True)
class FicheRow:
    """One line of the fiches table, with what the filters need."""

    id: uuid.UUID
    numero: str
    intitule: str
    axe_id: uuid.UUID | None
    axe: str
    maitre_ouvrage: str
    cout: Decimal | None
    acquis: Decimal
    total_prevu: Decimal
    avancement_id: uuid.UUID | None
    avancement: str
    position: int
    supprime_le: datetime | None = None
    financeurs: frozenset[str] = frozenset()
    statuts: frozenset[str] = frozenset()
    search_key: str = ""

    @property
    def part_financee(self) -> Decimal | None:
        """Share of the cost covered by the lines not refused."""
        return share(self.total_prevu, self.cout)

    @property
    def part_acquise(self) -> Decimal | None:
        """Share of the cost already acquired."""
        return share(self.acquis, self.cout)

    @property
    def est_supprimee(self) -> bool:
        """Whether the fiche is in the trash."""
        return self.supprime_le is not None


@dataclass(frozen=True)
class FinancingLineRow:
    """One line of a financing plan, as the editor shows it."""

    id: uuid.UUID
    financeur_id: uuid.UUID
    financeur: str
    dispositif: str
    montant: Decimal
    statut_id: uuid.UUID
    statut: str
    categorie: str
    position: int


@dataclass(frozen=True)
class IndicatorRow:
    """One indicator of a fiche."""

    id: uuid.UUID
    nom: str
    unite: str
    valeur_cible: Decimal | None
    echeance: date | None
    valeur_atteinte: Decimal | None
    position: int


@dataclass(frozen=True)
class FicheDetail:
    """Every field of one fiche, with its lines and indicators (for the editor)."""

    id: uuid.UUID
    territoire_id: uuid.UUID
    numero: str
    intitule: str
    axe_id: uuid.UUID | None
    enjeu_local: str
    maitre_ouvrage: str
    contact: str
    description: str
    objectifs: str
    partenaires: str
    localisation: str
    date_debut: date | None
    date_fin: date | None
    cout_total_ht: Decimal | None
    avancement_id: uuid.UUID | None
    demande_simplification: str
    notes_privees: str
    supprime_le: datetime | None
    financements: tuple[FinancingLineRow, ...] = ()
    indicateurs: tuple[IndicatorRow, ...] = ()

    @property
    def summary(self) -> FinancingSummary:
        """Totals of the financing plan (acquis, reste à financer, over-financing)."""
        return summarize_rows(self.cout_total_ht, self.financements)


@dataclass(frozen=True)
class Choice:
    """An item of a combo box: its record id and label."""

    id: uuid.UUID
    libelle: str
    categorie: str = ""


@dataclass(frozen=True)
class FicheChoices:
    """The lists the page and editor offer for a territory."""

    axes: tuple[Choice, ...] = ()
    avancements: tuple[Choice, ...] = ()
    statuts: tuple[Choice, ...] = ()
    financeurs: tuple[Choice, ...] = ()
    enjeux: tuple[str, ...] = field(default_factory=tuple)


def summarize_rows(cost: Decimal | None, lines: Iterable[FinancingLineRow]) -> FinancingSummary:
    """Totals per financing category of plain line rows."""
    totals: dict[CategorieFinancement, Decimal] = {}
    for line in lines:
        category = CategorieFinancement(line.categorie)
        totals[category] = totals.get(category, ZERO) + line.montant
    return FinancingSummary(cost, totals)


# --- reading -----------------------------------------------------------------------


_SEARCH_TABLE: dict[int, str] = {}


def search_fold(text: str) -> str:
    """Fast ``fold`` for searching: lower case, accents and curly quotes removed.

    Built from ``vocabulary.fold`` one character at a time (cached), so a search for
    ``fold(word)`` finds it in ``search_fold(text)`` while staying cheap on thousands
    of rows.
    """
    lowered = text.casefold()
    if lowered.isascii():
        return lowered
    for char in set(lowered):
        code = ord(char)
        if code > 127 and code not in _SEARCH_TABLE:
            _SEARCH_TABLE[code] = fold(char) if not char.isspace() else " "
    return lowered.translate(_SEARCH_TABLE)


def _uuid_parser() -> Any:
    cache: dict[str | None, uuid.UUID | None] = {None: None}

    def parse(raw: str | None) -> uuid.UUID | None:
        found = cache.get(raw, cache)
        if found is cache:
            found = cache[raw] = uuid.UUID(raw)
        return found  # type: ignore[return-value]

    return parse


def load_fiche_rows(
    session: Session, territoire_id: uuid.UUID, *, trashed: bool = False
) -> list[FicheRow]:
    """The territory's fiches (or those in its trash) in their order, in two queries.

    Identifiers are read as raw text and parsed once each (an axis or a state is
    shared by many fiches): on thousands of rows, UUID parsing dominates otherwise.
    """
    deleted = FicheAction.supprime_le.is_not(None) if trashed else FicheAction.supprime_le.is_(None)
    raw_id = type_coerce(FicheAction.id, String)
    fiche_query = (
        select(
            raw_id,
            FicheAction.numero,
            FicheAction.intitule,
            type_coerce(FicheAction.axe_id, String),
            Axe.libelle,
            FicheAction.maitre_ouvrage,
            FicheAction.cout_total_ht,
            type_coerce(FicheAction.avancement_id, String),
            EtatAvancement.libelle,
            FicheAction.position,
            FicheAction.supprime_le,
        )
        .outerjoin(Axe, FicheAction.axe_id == Axe.id)
        .outerjoin(EtatAvancement, FicheAction.avancement_id == EtatAvancement.id)
        .where(FicheAction.territoire_id == territoire_id, deleted)
        .order_by(FicheAction.position, FicheAction.numero)
    )
    line_query = (
        select(
            type_coerce(LigneFinancement.fiche_id, String),
            Financeur.libelle,
            StatutFinancement.libelle,
            StatutFinancement.categorie,
            LigneFinancement.montant,
        )
        .join(FicheAction, LigneFinancement.fiche_id == FicheAction.id)
        .join(Financeur, LigneFinancement.financeur_id == Financeur.id)
        .join(StatutFinancement, LigneFinancement.statut_id == StatutFinancement.id)
        .where(FicheAction.territoire_id == territoire_id, deleted)
    )
    acquis: dict[str, Decimal] = {}
    planned: dict[str, Decimal] = {}
    financers: dict[str, set[str]] = {}
    statuses: dict[str, set[str]] = {}
    refused = CategorieFinancement.REFUSE.value
    acquired = CategorieFinancement.ACQUIS.value
    for fiche_id, financer, status, category, amount in session.execute(line_query):
        financers.setdefault(fiche_id, set()).add(financer)
        statuses.setdefault(fiche_id, set()).add(status)
        if category != refused:
            planned[fiche_id] = planned.get(fiche_id, ZERO) + amount
        if category == acquired:
            acquis[fiche_id] = acquis.get(fiche_id, ZERO) + amount
    parse_shared = _uuid_parser()
    owners: dict[str, str] = {}
    empty: frozenset[str] = frozenset()
    rows = []
    for (
        fid,
        numero,
        title,
        axe_id,
        axe,
        owner,
        cost,
        state_id,
        state,
        position,
        deleted_at,
    ) in session.execute(fiche_query):
        owner_key = owners.get(owner)
        if owner_key is None:
            owner_key = owners[owner] = search_fold(owner)
        rows.append(
            FicheRow(
                id=uuid.UUID(fid),
                numero=numero,
                intitule=title,
                axe_id=parse_shared(axe_id),
                axe=axe or "",
                maitre_ouvrage=owner,
                cout=cost,
                acquis=acquis.get(fid, ZERO),
                total_prevu=planned.get(fid, ZERO),
                avancement_id=parse_shared(state_id),
                avancement=state or "",
                position=position,
                supprime_le=deleted_at,
                financeurs=frozenset(financers[fid]) if fid in financers else empty,
                statuts=frozenset(statuses[fid]) if fid in statuses else empty,
                search_key=f"{search_fold(numero)}\n{search_fold(title)}\n{owner_key}",
            )
        )
    return rows


def load_choices(session: Session, territoire_id: uuid.UUID | None) -> FicheChoices:
    """Axes and local enjeux of the territory, and the editable reference lists."""
    axes: tuple[Choice, ...] = ()
    enjeux: tuple[str, ...] = ()
    if territoire_id is not None:
        axes = tuple(
            Choice(a.id, a.libelle)
            for a in session.scalars(
                select(Axe).where(Axe.territoire_id == territoire_id).order_by(Axe.position)
            )
        )
        contracts = list(
            session.scalars(
                select(Contrat)
                .where(Contrat.territoire_id == territoire_id)
                .options(selectinload(Contrat.enjeux_locaux))
                .order_by(Contrat.created_at)
            )
        )
        current = [c for c in contracts if c.courant] or contracts
        if current:
            enjeux = tuple(e.libelle for e in current[-1].enjeux_locaux)
    return FicheChoices(
        axes=axes,
        avancements=tuple(
            Choice(s.id, s.libelle)
            for s in session.scalars(select(EtatAvancement).order_by(EtatAvancement.position))
        ),
        statuts=tuple(
            Choice(s.id, s.libelle, s.categorie)
            for s in session.scalars(select(StatutFinancement).order_by(StatutFinancement.position))
        ),
        financeurs=tuple(
            Choice(f.id, f.libelle)
            for f in session.scalars(select(Financeur).order_by(Financeur.position))
        ),
        enjeux=enjeux,
    )


def load_fiche_detail(session: Session, fiche_id: uuid.UUID) -> FicheDetail | None:
    """Every field of one fiche, or None when it no longer exists."""
    fiche = session.scalar(
        select(FicheAction)
        .where(FicheAction.id == fiche_id)
        .options(
            selectinload(FicheAction.financements).selectinload(LigneFinancement.financeur),
            selectinload(FicheAction.financements).selectinload(LigneFinancement.statut),
            selectinload(FicheAction.indicateurs),
        )
    )
    if fiche is None:
        return None
    return FicheDetail(
        id=fiche.id,
        territoire_id=fiche.territoire_id,
        numero=fiche.numero,
        intitule=fiche.intitule,
        axe_id=fiche.axe_id,
        enjeu_local=fiche.enjeu_local,
        maitre_ouvrage=fiche.maitre_ouvrage,
        contact=fiche.contact,
        description=fiche.description,
        objectifs=fiche.objectifs,
        partenaires=fiche.partenaires,
        localisation=fiche.localisation,
        date_debut=fiche.date_debut,
        date_fin=fiche.date_fin,
        cout_total_ht=fiche.cout_total_ht,
        avancement_id=fiche.avancement_id,
        demande_simplification=fiche.demande_simplification,
        notes_privees=fiche.notes_privees,
        supprime_le=fiche.supprime_le,
        financements=tuple(
            FinancingLineRow(
                id=line.id,
                financeur_id=line.financeur_id,
                financeur=line.financeur.libelle,
                dispositif=line.dispositif,
                montant=line.montant,
                statut_id=line.statut_id,
                statut=line.statut.libelle,
                categorie=line.statut.categorie,
                position=line.position,
            )
            for line in fiche.financements
        ),
        indicateurs=tuple(
            IndicatorRow(
                id=ind.id,
                nom=ind.nom,
                unite=ind.unite,
                valeur_cible=ind.valeur_cible,
                echeance=ind.echeance,
                valeur_atteinte=ind.valeur_atteinte,
                position=ind.position,
            )
            for ind in fiche.indicateurs
        ),
    )


# --- numbers and order ---------------------------------------------------------------

_NUMBER_PART = re.compile(r"(\d+)")


def natural_key(numero: str) -> tuple[tuple[int, int | str], ...]:
    """Sort key putting ``1.2`` before ``1.10`` and numbers before letters."""
    parts = _NUMBER_PART.split(fold(numero))
    return tuple((0, int(p)) if p.isdigit() else (1, p) for p in parts if p not in ("", "."))


def _axis_prefix(session: Session, territoire_id: uuid.UUID, axe_id: uuid.UUID | None) -> str:
    if axe_id is None:
        return ""
    positions = list(
        session.scalars(
            select(Axe.id).where(Axe.territoire_id == territoire_id).order_by(Axe.position)
        )
    )
    if axe_id not in positions:
        raise UserFacingError("Cet axe n'appartient pas au territoire.")
    return f"{positions.index(axe_id) + 1}."


def _used_numbers(session: Session, territoire_id: uuid.UUID) -> set[str]:
    # Trashed fiches keep their number (unique per territory), so they count too.
    return set(
        session.scalars(
            select(FicheAction.numero).where(FicheAction.territoire_id == territoire_id)
        )
    )


def _next_number(prefix: str, used: set[str]) -> str:
    highest = 0
    for numero in used:
        if numero.startswith(prefix) and numero[len(prefix) :].isdigit():
            highest = max(highest, int(numero[len(prefix) :]))
    return f"{prefix}{highest + 1}"


def next_free_numero(session: Session, territoire_id: uuid.UUID, axe_id: uuid.UUID | None) -> str:
    """The next number of the axis: ``2.4`` after ``2.3`` for the second axis."""
    return _next_number(
        _axis_prefix(session, territoire_id, axe_id), _used_numbers(session, territoire_id)
    )


def _next_position(session: Session, territoire_id: uuid.UUID) -> int:
    last = session.scalar(
        select(func.max(FicheAction.position)).where(FicheAction.territoire_id == territoire_id)
    )
    return 0 if last is None else last + 1


def new_fiche_snapshot(
    session: Session, territoire_id: uuid.UUID, axe_id: uuid.UUID | None = None
) -> Snapshot:
    """A new empty fiche at the end of the list, numbered in its axis."""
    first_state = session.scalar(select(EtatAvancement.id).order_by(EtatAvancement.position))
    return {
        "id": uuid.uuid4(),
        "territoire_id": territoire_id,
        "numero": next_free_numero(session, territoire_id, axe_id),
        "intitule": NEW_FICHE_TITLE,
        "axe_id": axe_id,
        "avancement_id": first_state,
        "position": _next_position(session, territoire_id),
    }


def _fresh(data: Snapshot) -> Snapshot:
    """A copy of a snapshot with new identities for the record and its children."""
    copy = {k: v for k, v in data.items() if k not in _AUTOMATIC and k != "__children__"}
    copy["id"] = uuid.uuid4()
    children = {}
    for key, rows in data.get("__children__", {}).items():
        fresh_rows = []
        for row in rows:
            fresh_row = _fresh(row)
            fresh_row["fiche_id"] = copy["id"]
            fresh_rows.append(fresh_row)
        children[key] = fresh_rows
    copy["__children__"] = children
    return copy


def duplicate_fiche_snapshot(session: Session, fiche_id: uuid.UUID) -> Snapshot:
    """A copy of a fiche with its lines and indicators, numbered next in its axis."""
    fiche = session.get(FicheAction, fiche_id)
    if fiche is None:
        raise UserFacingError("Cette fiche n'existe plus (elle a peut-être été supprimée).")
    data = _fresh(record_edits.snapshot(fiche))
    data["numero"] = next_free_numero(session, fiche.territoire_id, fiche.axe_id)
    data["intitule"] = f"{fiche.intitule} (copie)"
    data["position"] = _next_position(session, fiche.territoire_id)
    data["supprime_le"] = None
    return data


def _active_fiches(session: Session, territoire_id: uuid.UUID) -> list[FicheAction]:
    return list(
        session.scalars(
            select(FicheAction)
            .where(FicheAction.territoire_id == territoire_id, FicheAction.supprime_le.is_(None))
            .order_by(FicheAction.position, FicheAction.numero)
        )
    )


def move_fiche(session: Session, fiche_id: uuid.UUID, offset: int) -> dict[uuid.UUID, int]:
    """Move a fiche up (``-1``) or down (``+1``) in the list; return previous positions.

    Positions are rewritten 0..n-1 so duplicates left by imports cannot block a move.
    """
    fiche = session.get(FicheAction, fiche_id)
    if fiche is None:
        raise UserFacingError("Cette fiche n'existe plus (elle a peut-être été supprimée).")
    fiches = _active_fiches(session, fiche.territoire_id)
    index = fiches.index(fiche)
    target = index + offset
    previous = {f.id: f.position for f in fiches}
    if 0 <= target < len(fiches):
        fiches[index], fiches[target] = fiches[target], fiches[index]
    for position, item in enumerate(fiches):
        item.position = position
    session.flush()
    return previous


def restore_positions(session: Session, previous: dict[uuid.UUID, int]) -> None:
    """Undo of ``move_fiche``."""
    for fiche_id, position in previous.items():
        fiche = session.get(FicheAction, fiche_id)
        if fiche is not None:
            fiche.position = position
    session.flush()


def renumber_fiches(session: Session, territoire_id: uuid.UUID) -> dict[uuid.UUID, tuple[str, int]]:
    """Number the fiches ``axis.n`` in their order, grouped by axis; return the old values.

    Fiches without an axis come last, numbered after the axes. Trashed fiches whose
    number is taken by the new numbering get the next free number of their axis.
    """
    axes = list(
        session.scalars(
            select(Axe.id).where(Axe.territoire_id == territoire_id).order_by(Axe.position)
        )
    )
    rank = {axe_id: i for i, axe_id in enumerate(axes)}
    active = _active_fiches(session, territoire_id)
    trashed = list(
        session.scalars(
            select(FicheAction).where(
                FicheAction.territoire_id == territoire_id, FicheAction.supprime_le.is_not(None)
            )
        )
    )
    previous = {f.id: (f.numero, f.position) for f in [*active, *trashed]}
    ordered = sorted(active, key=lambda f: rank.get(f.axe_id, len(axes)) if f.axe_id else len(axes))
    # Free every number first: the unique (territory, numero) constraint is checked per row.
    for fiche in [*active, *trashed]:
        fiche.numero = f"~{fiche.id.hex[:18]}"
    session.flush()
    counters: dict[int, int] = {}
    for position, fiche in enumerate(ordered):
        group = rank.get(fiche.axe_id, len(axes)) if fiche.axe_id else len(axes)
        counters[group] = counters.get(group, 0) + 1
        fiche.numero = f"{group + 1}.{counters[group]}"
        fiche.position = position
    used = {f.numero for f in ordered}
    for fiche in trashed:
        old = previous[fiche.id][0]
        if old in used:
            group = rank.get(fiche.axe_id, len(axes)) if fiche.axe_id else len(axes)
            old = _next_number(f"{group + 1}.", used)
        fiche.numero = old
        used.add(old)
    session.flush()
    return previous


def restore_numbers(session: Session, previous: dict[uuid.UUID, tuple[str, int]]) -> None:
    """Undo of ``renumber_fiches``."""
    fiches = [f for f in (session.get(FicheAction, i) for i in previous) if f is not None]
    for fiche in fiches:
        fiche.numero = f"~{fiche.id.hex[:18]}"
    session.flush()
    for fiche in fiches:
        fiche.numero, fiche.position = previous[fiche.id]
    session.flush()


# --- checks --------------------------------------------------------------------------


def missing_for_sending(fiche: FicheDetail | FicheAction) -> list[str]:
    """What a fiche lacks before it can be sent to the partners (French labels)."""
    missing = []
    if not fiche.intitule.strip():
        missing.append("Intitulé")
    if fiche.axe_id is None:
        missing.append("Axe")
    if not fiche.maitre_ouvrage.strip():
        missing.append("Maître d'ouvrage")
    if not fiche.description.strip():
        missing.append("Description")
    if fiche.cout_total_ht is None or fiche.cout_total_ht == 0:
        missing.append("Coût total")
    if len(fiche.financements) == 0:
        missing.append("Plan de financement")
    if fiche.date_debut is None or fiche.date_fin is None:
        missing.append("Dates")
    if len(fiche.indicateurs) == 0:
        missing.append("Indicateurs")
    return missing


def validate_dates(start: date | None, end: date | None) -> None:
    """Refuse an end date before the start date."""
    if start is not None and end is not None and end < start:
        raise UserFacingError(
            f"La date de fin ({end:%d/%m/%Y}) est antérieure à la date de début ({start:%d/%m/%Y})."
        )


def validate_amount(value: Decimal | None, label: str) -> None:
    """Refuse a negative amount (``label`` names the field in the message)."""
    if value is not None and value < 0:
        raise UserFacingError(f"{label} ne peut pas être négatif.")


def validate_fiche_values(session: Session, fiche_id: uuid.UUID, values: dict[str, Any]) -> None:
    """Check new field values of a fiche against the rest of it before writing them."""
    fiche = session.get(FicheAction, fiche_id)
    if fiche is None:
        raise UserFacingError("Cette fiche n'existe plus (elle a peut-être été supprimée).")
    if "numero" in values:
        numero = str(values["numero"]).strip()
        if not numero:
            raise UserFacingError("Le numéro de la fiche est obligatoire.")
        if len(numero) > 20:
            raise UserFacingError("Le numéro de la fiche ne peut pas dépasser 20 caractères.")
        taken = session.scalar(
            select(FicheAction.numero).where(
                FicheAction.territoire_id == fiche.territoire_id,
                FicheAction.numero == numero,
                FicheAction.id != fiche_id,
            )
        )
        if taken is not None:
            raise UserFacingError(f"Le numéro « {numero} » est déjà utilisé par une autre fiche.")
    if "intitule" in values and not str(values["intitule"]).strip():
        raise UserFacingError("L'intitulé de la fiche est obligatoire.")
    validate_dates(
        values.get("date_debut", fiche.date_debut), values.get("date_fin", fiche.date_fin)
    )
    validate_amount(values.get("cout_total_ht"), "Le coût total")


# --- children and reference lists ----------------------------------------------------


def new_financing_line_snapshot(session: Session, fiche_id: uuid.UUID) -> Snapshot:
    """A new line (first financer, first status, zero euro) at the end of the plan."""
    financer = session.scalar(select(Financeur.id).order_by(Financeur.position))
    status = session.scalar(select(StatutFinancement.id).order_by(StatutFinancement.position))
    if financer is None or status is None:
        raise UserFacingError("Les listes de financeurs et de statuts sont vides.")
    last = session.scalar(
        select(func.max(LigneFinancement.position)).where(LigneFinancement.fiche_id == fiche_id)
    )
    return {
        "id": uuid.uuid4(),
        "fiche_id": fiche_id,
        "financeur_id": financer,
        "dispositif": "",
        "montant": ZERO,
        "statut_id": status,
        "position": 0 if last is None else last + 1,
    }


def new_indicator_snapshot(session: Session, fiche_id: uuid.UUID) -> Snapshot:
    """A new indicator at the end of the fiche's list."""
    last = session.scalar(
        select(func.max(Indicateur.position)).where(Indicateur.fiche_id == fiche_id)
    )
    return {
        "id": uuid.uuid4(),
        "fiche_id": fiche_id,
        "nom": NEW_INDICATOR_NAME,
        "position": 0 if last is None else last + 1,
    }


def find_financer(choices: Sequence[Choice], label: str) -> Choice | None:
    """The financer of that label ignoring case and accents."""
    key = fold(label)
    return next((c for c in choices if fold(c.libelle) == key), None)


def new_financer_snapshot(session: Session, label: str) -> Snapshot:
    """A financer to append to the reference list (for ``InsertRecordCommand``)."""
    label = " ".join(label.split())
    if not label:
        raise UserFacingError("Le nom du financeur est obligatoire.")
    if len(label) > 255:
        raise UserFacingError("Le nom du financeur ne peut pas dépasser 255 caractères.")
    existing = [Choice(f.id, f.libelle) for f in session.scalars(select(Financeur))]
    if find_financer(existing, label) is not None:
        raise UserFacingError(f"Le financeur « {label} » est déjà dans la liste.")
    last = session.scalar(select(func.max(Financeur.position)))
    return {"id": uuid.uuid4(), "libelle": label, "position": 0 if last is None else last + 1}
