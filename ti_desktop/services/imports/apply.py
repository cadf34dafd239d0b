"""Write the fiche changes of an import, and undo them, through ``services.edits``.

Every value goes through the same write functions as the window's editor
(``edits.fiches``, ``edits.fiche_lines``), which read it by the field table and check
the rules, inside the caller's transaction: one refused value and nothing is written.
``apply_changes`` returns an ``Undo`` listing the inverse of each write; the window's
undo stack runs ``undo_changes`` with it, so a whole import is one undoable step. A
plan applied again after an undo writes the same rows with the same identifiers.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from ti_desktop.db.base import Base
from ti_desktop.db.models import (
    Axe,
    EtatAvancement,
    FicheAction,
    Financeur,
    Indicateur,
    LigneFinancement,
    StatutFinancement,
    Territoire,
)
from ti_desktop.db.vocabulary import fold
from ti_desktop.errors import UserFacingError
from ti_desktop.services.edits import fiche_lines
from ti_desktop.services.edits import fiches as fiche_edits
from ti_desktop.services.edits.changes import restore
from ti_desktop.services.edits.snapshots import delete_record, insert_snapshot
from ti_desktop.services.imports.fiche_changes import (
    ADD,
    CHANGE,
    CREATE,
    FINANCING,
    REMOVE,
    RESTORE,
    FicheChange,
    LineChange,
    NewFinancer,
)
from ti_desktop.services.progress import ProgressCallback, report

_CREATED, _UPDATED, _DELETED = "créé", "modifié", "supprimé"


@dataclass
class Undo:
    """The inverse of each write of an applied import, in the order they were made."""

    steps: list[tuple[str, type[Base], Any]] = field(default_factory=list)
    fiches: list[uuid.UUID] = field(default_factory=list)  # the fiches written

    def created(self, cls: type[Base], record_id: uuid.UUID) -> None:
        self.steps.append((_CREATED, cls, record_id))

    def updated(self, cls: type[Base], previous: dict[uuid.UUID, dict[str, Any]]) -> None:
        if previous:
            self.steps.append((_UPDATED, cls, previous))

    def deleted(self, cls: type[Base], snapshot: dict[str, Any]) -> None:
        self.steps.append((_DELETED, cls, snapshot))


def apply_changes(
    session: Session,
    changes: Sequence[FicheChange],
    new_financers: Sequence[NewFinancer] = (),
    progress: ProgressCallback | None = None,
) -> Undo:
    """Write ``changes`` in the caller's transaction; return how to undo them.

    Raises:
        UserFacingError: a fiche changed since the preview, or a value is refused;
            the caller's transaction is then rolled back, nothing is written.
    """
    undo = Undo()
    financer_ids = _add_financers(session, new_financers, undo)
    writing = [change for change in changes if change.changes_anything]
    held = _hold(session, writing)
    for done, change in enumerate(writing):
        report(progress, done, len(writing), f"Fiche {change.numero}")
        _check_expected(session, change)
        _write_fiche(session, change, undo)
        for line in change.lines:
            _write_line(session, change, line, financer_ids, undo)
        undo.fiches.append(change.fiche_id)
    report(progress, len(writing), len(writing), "Enregistrement terminé")
    del held  # the objects looked up were kept alive until here
    return undo


def _hold(session: Session, changes: Sequence[FicheChange]) -> list[Any]:
    """Load at once what the write functions look up row by row (lists, fiches, lines).

    The session's identity map holds objects weakly: without a reference kept here,
    each ``session.get`` of a financer or a status would query it again.
    """
    territories = {change.territoire_id for change in changes}
    fiche_ids = [change.fiche_id for change in changes if change.action != CREATE]
    held: list[Any] = []
    for model in (Financeur, StatutFinancement, EtatAvancement):
        held.extend(session.scalars(select(model)))
    held.extend(session.scalars(select(Territoire).where(Territoire.id.in_(territories))))
    held.extend(session.scalars(select(Axe).where(Axe.territoire_id.in_(territories))))
    for start in range(0, len(fiche_ids), 500):
        chunk = fiche_ids[start : start + 500]
        fiches = list(
            session.scalars(
                select(FicheAction)
                .where(FicheAction.id.in_(chunk))
                .options(
                    selectinload(FicheAction.financements), selectinload(FicheAction.indicateurs)
                )
            )
        )
        held.extend(fiches)
        held.extend(line for fiche in fiches for line in (*fiche.financements, *fiche.indicateurs))
    return held


def undo_changes(session: Session, undo: Undo) -> None:
    """Put the database back as it was before ``apply_changes`` (the caller's transaction)."""
    for action, cls, payload in reversed(undo.steps):
        if action == _CREATED:
            delete_record(session, cls, payload)
        elif action == _UPDATED:
            restore(session, cls, payload)
        else:
            insert_snapshot(session, cls, payload)


def _add_financers(
    session: Session, new_financers: Sequence[NewFinancer], undo: Undo
) -> dict[uuid.UUID, uuid.UUID]:
    """Add the plan's new financers; a planned id → the id to write (one added meanwhile)."""
    existing = {fold(f.libelle): f.id for f in session.scalars(select(Financeur))}
    ids: dict[uuid.UUID, uuid.UUID] = {}
    for financer in new_financers:
        known = existing.get(fold(financer.libelle))
        if known is not None:
            ids[financer.id] = known
            continue
        fiche_lines.add_financer(session, financer.libelle, financeur_id=financer.id)
        undo.created(Financeur, financer.id)
    return ids


def _check_expected(session: Session, change: FicheChange) -> None:
    fiche = session.get(FicheAction, change.fiche_id)
    if change.action == CREATE:
        if fiche is not None:
            raise _stale(change, "elle existe déjà")
        return
    if fiche is None:
        raise _stale(change, "elle a été supprimée")
    for key, value in change.expected.items():
        if getattr(fiche, key) != value:
            raise _stale(change, "elle a été modifiée")
    for line in change.lines:
        if line.action == ADD:
            continue
        cls = LigneFinancement if line.table == FINANCING else Indicateur
        record = session.get(cls, line.record_id)
        if record is None or any(getattr(record, k) != v for k, v in line.expected.items()):
            raise _stale(change, "son plan de financement ou ses indicateurs ont changé")


def _stale(change: FicheChange, why: str) -> UserFacingError:
    return UserFacingError(
        f"La fiche n° {change.numero} « {change.intitule} » a changé depuis l'aperçu ({why}) : "
        "rien n'a été enregistré. Relancez l'import pour voir les changements à jour."
    )


def _write_fiche(session: Session, change: FicheChange, undo: Undo) -> None:
    if change.action == CREATE:
        fiche_edits.create_fiche(
            session, change.territoire_id, change.values.get("axe_id"), fiche_id=change.fiche_id
        )
        undo.created(FicheAction, change.fiche_id)
        fiche_edits.update_fiche(session, change.fiche_id, change.values)
        return
    if change.action == RESTORE:
        undo.updated(FicheAction, fiche_edits.restore_fiche(session, change.fiche_id))
    undo.updated(FicheAction, fiche_edits.update_fiche(session, change.fiche_id, change.values))


def _write_line(
    session: Session,
    change: FicheChange,
    line: LineChange,
    financer_ids: dict[uuid.UUID, uuid.UUID],
    undo: Undo,
) -> None:
    values = dict(line.values)
    if "financeur_id" in values:
        values["financeur_id"] = financer_ids.get(values["financeur_id"], values["financeur_id"])
    financing = line.table == FINANCING
    cls: type[Base] = LigneFinancement if financing else Indicateur
    if line.action == ADD:
        if financing:
            fiche_lines.add_financing_line(session, change.fiche_id, values, line_id=line.record_id)
        else:
            fiche_lines.add_indicator(session, change.fiche_id, values, indicator_id=line.record_id)
        if change.action != CREATE:  # a new fiche's lines go with it on undo
            undo.created(cls, line.record_id)
    elif line.action == CHANGE:
        update = fiche_lines.update_financing_line if financing else fiche_lines.update_indicator
        undo.updated(cls, update(session, line.record_id, values))
    elif line.action == REMOVE:
        remove = fiche_lines.delete_financing_line if financing else fiche_lines.delete_indicator
        undo.deleted(cls, remove(session, line.record_id))
