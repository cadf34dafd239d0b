"""Qt-free use cases of the fiches-actions page and editor: create, change, order, trash.

Views read ``services.records`` (``load_fiches``, ``load_fiche``). Every write checks
its values with the field table, then writes, and returns what its inverse needs:
previous values for ``changes.restore``, previous positions or numbers.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from ti_desktop.db.models import (
    Axe,
    Contrat,
    EtatAvancement,
    FicheAction,
    Financeur,
    StatutFinancement,
    Territoire,
)
from ti_desktop.db.vocabulary import fold
from ti_desktop.services.edits.changes import (
    Previous,
    check_reference,
    check_rules,
    require,
    set_trashed,
    update_record,
)
from ti_desktop.services.edits.snapshots import Snapshot, insert_snapshot, snapshot
from ti_desktop.services.fields import FICHE_ACTION, FieldValueError, read_value
from ti_desktop.services.records import FicheRecord

NEW_FICHE_TITLE = "Nouvelle fiche-action"
_AUTOMATIC = ("created_at", "updated_at")


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
        raise FieldValueError(FICHE_ACTION["axe"], "cet axe n'appartient pas au territoire")
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


def next_number(prefix: str, used: set[str]) -> str:
    """The number after the highest of ``used`` starting with ``prefix`` (``2.4`` after ``2.3``)."""
    return _next_number(prefix, used)


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


def create_fiche(
    session: Session,
    territoire_id: uuid.UUID,
    axe_id: uuid.UUID | None = None,
    *,
    fiche_id: uuid.UUID | None = None,
) -> uuid.UUID:
    """A new fiche at the end of the list, numbered next in its axis; return its id.

    Raises:
        FieldValueError: the axis is not one of the territory's.
    """
    require(session, Territoire, territoire_id)
    check_reference(session, FICHE_ACTION["axe"], Axe, axe_id, territoire_id=territoire_id)
    first_state = session.scalar(select(EtatAvancement.id).order_by(EtatAvancement.position))
    fiche = FicheAction(
        id=fiche_id or uuid.uuid4(),
        territoire_id=territoire_id,
        numero=next_free_numero(session, territoire_id, axe_id),
        intitule=NEW_FICHE_TITLE,
        axe_id=axe_id,
        avancement_id=first_state,
        position=_next_position(session, territoire_id),
    )
    session.add(fiche)
    session.flush()
    return fiche.id


def _fresh(data: Snapshot, record_id: uuid.UUID | None = None) -> Snapshot:
    """A copy of a snapshot with new identities for the record and its children."""
    copy = {k: v for k, v in data.items() if k not in _AUTOMATIC and k != "__children__"}
    copy["id"] = record_id or uuid.uuid4()
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


def duplicate_fiche(
    session: Session, fiche_id: uuid.UUID, *, copy_id: uuid.UUID | None = None
) -> uuid.UUID:
    """Copy a fiche with its lines and indicators, numbered next in its axis; return the copy."""
    fiche = require(session, FicheAction, fiche_id)
    data = _fresh(snapshot(fiche), copy_id)
    data["numero"] = next_free_numero(session, fiche.territoire_id, fiche.axe_id)
    data["intitule"] = read_value(FICHE_ACTION["intitule"], f"{fiche.intitule} (copie)")
    data["position"] = _next_position(session, fiche.territoire_id)
    data["supprime_le"] = None
    return insert_snapshot(session, FicheAction, data).id


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
    fiche = require(session, FicheAction, fiche_id)
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


# --- fields --------------------------------------------------------------------------


def _check_numero_free(
    session: Session, territoire_id: uuid.UUID, numero: str, fiche_id: uuid.UUID
) -> None:
    taken = session.scalar(
        select(FicheAction.id).where(
            FicheAction.territoire_id == territoire_id,
            FicheAction.numero == numero,
            FicheAction.id != fiche_id,
        )
    )
    if taken is not None:
        raise FieldValueError(
            FICHE_ACTION["numero"],
            f"le numéro « {numero} » est déjà utilisé par une autre fiche du territoire "
            "(corbeille comprise)",
        )


def update_fiche(session: Session, fiche_id: uuid.UUID, values: Mapping[str, object]) -> Previous:
    """Check then write fields of a fiche; return the previous values (empty: no change).

    ``values`` maps ``FICHE_ACTION`` keys to typed text or values; the axis and the
    progress state are given by identifier (``axe_id``, ``avancement_id``).

    Raises:
        FieldValueError: a value is refused, the dates are in the wrong order, or the
            number is another fiche's (the field table's sentences).
    """

    def check(fiche: FicheAction, changes: dict[str, Any]) -> None:
        if "axe_id" in changes:
            check_reference(
                session,
                FICHE_ACTION["axe"],
                Axe,
                changes["axe_id"],
                territoire_id=fiche.territoire_id,
            )
        if "avancement_id" in changes:
            check_reference(
                session, FICHE_ACTION["avancement"], EtatAvancement, changes["avancement_id"]
            )
        check_rules(FICHE_ACTION, fiche, changes)
        if "numero" in changes:
            _check_numero_free(session, fiche.territoire_id, changes["numero"], fiche.id)

    return update_record(session, FicheAction, FICHE_ACTION, fiche_id, values, check)


def trash_fiche(session: Session, fiche_id: uuid.UUID) -> Previous:
    """Put a fiche in the trash (undo: ``changes.restore``)."""
    return set_trashed(session, FicheAction, fiche_id, True)


def restore_fiche(session: Session, fiche_id: uuid.UUID) -> Previous:
    """Take a fiche out of the trash."""
    return set_trashed(session, FicheAction, fiche_id, False)


def missing_for_sending(fiche: FicheRecord) -> list[str]:
    """What a fiche lacks before it can be sent to the partners (French labels)."""
    missing = []
    for key in ("intitule", "axe", "maitre_ouvrage", "description"):
        if not getattr(fiche, key).strip():
            missing.append(FICHE_ACTION[key].label)
    if fiche.cout_total_ht is None or fiche.cout_total_ht == 0:
        missing.append("Coût total")
    if len(fiche.financements) == 0:
        missing.append("Plan de financement")
    if fiche.date_debut is None or fiche.date_fin is None:
        missing.append("Dates")
    if len(fiche.indicateurs) == 0:
        missing.append("Indicateurs")
    return missing


def find_financer(choices: Sequence[Choice], label: str) -> Choice | None:
    """The financer of that label ignoring case and accents."""
    key = fold(label)
    return next((c for c in choices if fold(c.libelle) == key), None)
