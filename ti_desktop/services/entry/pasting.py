"""Writing a pasted block: plan it (checked, nothing written), then apply it in one step.

A ``plan_*`` function turns a block read by ``paste.read_block`` into operations on
the records of a territory — fiches (with their financing lines and indicators, from
a tracker whose rows repeat the fiche for each line), financing lines, indicators,
signatories — resolving list labels to records and checking what only the base can
tell (a number another fiche holds, a required value missing on a new row). The
window shows the plan as a preview, then ``apply_paste`` writes every operation
through the ``services.edits`` write functions (so every value passes the same rules
as a typed one) in the caller's transaction, and returns what ``undo_paste`` needs:
the paste is one undo step. Identifiers are chosen when planning, so a redo after an
undo recreates the very same rows.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ti_desktop.db.base import Base
from ti_desktop.db.models import FicheAction, Financeur, Indicateur, LigneFinancement, Signataire
from ti_desktop.db.vocabulary import fold
from ti_desktop.errors import CellProblem
from ti_desktop.services.edits import fiche_lines, signatories
from ti_desktop.services.edits import fiches as fiche_edits
from ti_desktop.services.edits.changes import Previous, restore
from ti_desktop.services.edits.fiches import Choice, FicheChoices, find_financer
from ti_desktop.services.edits.snapshots import delete_record
from ti_desktop.services.entry.paste import SHEET, PastedBlock, PastedRow
from ti_desktop.services.fields import (
    FICHE_ACTION,
    INDICATEUR,
    LIGNE_FINANCEMENT,
    SIGNATAIRE,
    Entity,
)

_FICHE_KEYS = frozenset(FICHE_ACTION.keys)
_LINE_KEYS = frozenset(LIGNE_FINANCEMENT.keys)
_INDICATOR_KEYS = frozenset(INDICATEUR.keys)
_AXIS_PREFIX = re.compile(r"^(\d+)\.")


@dataclass(frozen=True)
class Operation:
    """One record to create or update; ``values`` as the write functions take them."""

    cls: type[Base]
    record_id: uuid.UUID
    values: dict[str, Any]
    create: bool
    parent_id: uuid.UUID | None = None


@dataclass
class PastePlan:
    """What a paste would write, or why it cannot."""

    operations: list[Operation] = field(default_factory=list)
    problems: list[CellProblem] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    territoire_id: uuid.UUID | None = None

    @property
    def is_valid(self) -> bool:
        return not self.problems and bool(self.operations)

    def count(self, cls: type[Base], *, create: bool) -> int:
        return sum(1 for op in self.operations if op.cls is cls and op.create is create)

    @property
    def created_rows(self) -> int:
        """Records created (a preview is shown when more than one)."""
        return sum(1 for op in self.operations if op.create and op.cls is not Financeur)

    def summary(self) -> str:
        """« 20 fiches créées, 60 lignes de financement, 20 indicateurs »."""
        parts = []
        names = (
            (
                FicheAction,
                "fiche créée",
                "fiches créées",
                "fiche mise à jour",
                "fiches mises à jour",
            ),
            (
                LigneFinancement,
                "ligne de financement",
                "lignes de financement",
                "ligne de financement modifiée",
                "lignes de financement modifiées",
            ),
            (Indicateur, "indicateur", "indicateurs", "indicateur modifié", "indicateurs modifiés"),
            (
                Signataire,
                "signataire ajouté",
                "signataires ajoutés",
                "signataire modifié",
                "signataires modifiés",
            ),
            (
                Financeur,
                "financeur ajouté à la liste",
                "financeurs ajoutés à la liste",
                "",
                "",
            ),
        )
        for cls, one, many, one_updated, many_updated in names:
            for create, singular, plural in ((True, one, many), (False, one_updated, many_updated)):
                number = self.count(cls, create=create)
                if number:
                    parts.append(f"{number} {singular if number == 1 else plural}")
        return ", ".join(parts) or "rien à coller"


@dataclass
class PasteChanges:
    """What ``apply_paste`` wrote, for ``undo_paste``."""

    created: list[tuple[type[Base], uuid.UUID]] = field(default_factory=list)
    previous: list[tuple[type[Base], Previous]] = field(default_factory=list)


# --- helpers -------------------------------------------------------------------------------


def _problem(row: PastedRow, entity: Entity, key: str, reason: str) -> CellProblem:
    column = entity[key]
    return CellProblem(SHEET, row.line, column.header or column.label, reason)


def _require(
    plan: PastePlan, row: PastedRow, entity: Entity, values: dict[str, Any], keys: Sequence[str]
) -> bool:
    missing = [key for key in keys if values.get(key) in (None, "")]
    for key in missing:
        plan.problems.append(_problem(row, entity, key, "valeur obligatoire"))
    return not missing


def _choice_id(choices: Sequence[Choice], label: object) -> uuid.UUID | None:
    key = fold(str(label))
    return next((c.id for c in choices if fold(c.libelle) == key), None)


class _Financers:
    """Financers by label; an unknown one is added to the list once, as an import does."""

    def __init__(self, plan: PastePlan, choices: Sequence[Choice]) -> None:
        self.plan = plan
        self.known = list(choices)

    def id_of(self, label: str) -> uuid.UUID:
        found = find_financer(self.known, label)
        if found is not None:
            return found.id
        new = Choice(uuid.uuid4(), " ".join(label.split()))
        self.known.append(new)
        self.plan.operations.append(Operation(Financeur, new.id, {"libelle": new.libelle}, True))
        self.plan.warnings.append(f"Financeur « {new.libelle} » ajouté à la liste des financeurs")
        return new.id


def _line_values(
    plan: PastePlan,
    row: PastedRow,
    values: dict[str, Any],
    choices: FicheChoices,
    money: _Financers,
) -> dict[str, Any]:
    out = {k: v for k, v in values.items() if k in ("dispositif", "montant")}
    if values.get("financeur"):
        out["financeur_id"] = money.id_of(str(values["financeur"]))
    if values.get("statut"):
        status = _choice_id(choices.statuts, values["statut"])
        if status is None:
            plan.problems.append(_problem(row, LIGNE_FINANCEMENT, "statut", "statut inconnu"))
        else:
            out["statut_id"] = status
    return out


def _new_line(
    plan: PastePlan,
    row: PastedRow,
    fiche_id: uuid.UUID,
    choices: FicheChoices,
    money: _Financers,
) -> None:
    values = {k: v for k, v in row.values.items() if k in _LINE_KEYS}
    if not _require(plan, row, LIGNE_FINANCEMENT, values, ("financeur", "montant", "statut")):
        return
    plan.operations.append(
        Operation(
            LigneFinancement,
            uuid.uuid4(),
            _line_values(plan, row, values, choices, money),
            True,
            fiche_id,
        )
    )


def _new_indicator(plan: PastePlan, row: PastedRow, fiche_id: uuid.UUID) -> None:
    values = {k: v for k, v in row.values.items() if k in _INDICATOR_KEYS}
    if _require(plan, row, INDICATEUR, values, ("nom",)):
        plan.operations.append(Operation(Indicateur, uuid.uuid4(), values, True, fiche_id))


# --- fiches --------------------------------------------------------------------------------


def _fiche_values(
    plan: PastePlan, row: PastedRow, choices: FicheChoices, *, creating: bool
) -> dict[str, Any]:
    values = {
        k: v for k, v in row.values.items() if k in _FICHE_KEYS and k not in ("axe", "avancement")
    }
    axis_label = row.values.get("axe")
    if axis_label:
        axis = _choice_id(choices.axes, axis_label)
        if axis is None:
            plan.problems.append(_problem(row, FICHE_ACTION, "axe", "axe inconnu du territoire"))
        values["axe_id"] = axis
    elif creating and (match := _AXIS_PREFIX.match(str(row.values.get("numero") or ""))):
        rank = int(match.group(1)) - 1  # « 2.3 » belongs to the second axis
        if 0 <= rank < len(choices.axes):
            values["axe_id"] = choices.axes[rank].id
    state = row.values.get("avancement")
    if state:
        found = _choice_id(choices.avancements, state)
        if found is None:
            plan.problems.append(
                _problem(row, FICHE_ACTION, "avancement", "état d'avancement inconnu")
            )
        values["avancement_id"] = found
    return values


def _same_fiche(first: PastedRow, row: PastedRow) -> bool:
    keys = [key for key in ("numero", "intitule") if key in row.given]
    return bool(keys) and all(first.values.get(key) == row.values.get(key) for key in keys)


def _fiche_groups(rows: Sequence[PastedRow]) -> list[list[PastedRow]]:
    """Consecutive rows of one fiche: its own row, then rows repeating it or naming no fiche."""
    groups: list[list[PastedRow]] = []
    for row in rows:
        names_a_fiche = bool(row.given & _FICHE_KEYS)
        if groups and (not names_a_fiche or _same_fiche(groups[-1][0], row)):
            groups[-1].append(row)
        else:
            groups.append([row])
    return groups


def plan_fiches(
    session: Session,
    territoire_id: uuid.UUID,
    block: PastedBlock,
    fill: Sequence[uuid.UUID] = (),
) -> PastePlan:
    """The fiches (and lines, indicators) a block pasted into the fiches list would write.

    With headers, a row whose N° is a fiche of the territory updates it; without
    headers, the rows fill the fiches ``fill`` (the list from the current row) then
    create new ones.
    """
    plan = PastePlan(problems=list(block.problems), territoire_id=territoire_id)
    choices = fiche_edits.load_choices(session, territoire_id)
    money = _Financers(plan, choices.financeurs)
    existing = {
        numero: (fiche_id, trashed)
        for numero, fiche_id, trashed in session.execute(
            select(FicheAction.numero, FicheAction.id, FicheAction.supprime_le.is_not(None)).where(
                FicheAction.territoire_id == territoire_id
            )
        )
    }
    seen: set[str] = set()
    for position, group in enumerate(_fiche_groups(block.rows)):
        first = group[0]
        numero = str(first.values.get("numero") or "")
        target: uuid.UUID | None = None
        if not block.headers and position < len(fill):
            target = fill[position]
        elif numero and numero in existing:
            fiche_id, trashed = existing[numero]
            if trashed:
                plan.problems.append(
                    _problem(
                        first,
                        FICHE_ACTION,
                        "numero",
                        f"le numéro « {numero} » est celui d'une fiche à la corbeille",
                    )
                )
                continue
            target = fiche_id
        if numero:
            if numero in seen:
                plan.problems.append(
                    _problem(first, FICHE_ACTION, "numero", f"le numéro « {numero} » est répété")
                )
            seen.add(numero)
        values = _fiche_values(plan, first, choices, creating=target is None)
        if target is None:
            if not _require(plan, first, FICHE_ACTION, values, ("intitule",)):
                continue
            target = uuid.uuid4()
            plan.operations.append(Operation(FicheAction, target, values, True, territoire_id))
        elif values:
            plan.operations.append(Operation(FicheAction, target, values, False, territoire_id))
        for row in group:
            if row.given & _LINE_KEYS:
                _new_line(plan, row, target, choices, money)
            if row.given & _INDICATOR_KEYS:
                _new_indicator(plan, row, target)
    return plan


# --- lines and indicators of one fiche -------------------------------------------------------


def plan_financing_lines(
    session: Session, fiche_id: uuid.UUID, block: PastedBlock, fill: Sequence[uuid.UUID] = ()
) -> PastePlan:
    """Lines a block pasted into a fiche's financing plan would write (``fill``: rows below)."""
    plan = PastePlan(problems=list(block.problems))
    territoire_id = session.scalar(
        select(FicheAction.territoire_id).where(FicheAction.id == fiche_id)
    )
    plan.territoire_id = territoire_id
    choices = fiche_edits.load_choices(session, territoire_id)
    money = _Financers(plan, choices.financeurs)
    for position, row in enumerate(block.rows):
        if position < len(fill):
            values = _line_values(plan, row, row.values, choices, money)
            plan.operations.append(Operation(LigneFinancement, fill[position], values, False))
        else:
            _new_line(plan, row, fiche_id, choices, money)
    return plan


def plan_indicators(
    session: Session, fiche_id: uuid.UUID, block: PastedBlock, fill: Sequence[uuid.UUID] = ()
) -> PastePlan:
    """Indicators a block pasted into a fiche's indicators would write."""
    plan = PastePlan(problems=list(block.problems))
    plan.territoire_id = session.scalar(
        select(FicheAction.territoire_id).where(FicheAction.id == fiche_id)
    )
    for position, row in enumerate(block.rows):
        if position < len(fill):
            plan.operations.append(Operation(Indicateur, fill[position], dict(row.values), False))
        else:
            _new_indicator(plan, row, fiche_id)
    return plan


# --- signatories -------------------------------------------------------------------------------


def plan_signatories(
    session: Session,
    territoire_id: uuid.UUID,
    groupe: str,
    block: PastedBlock,
    fill: Sequence[uuid.UUID] = (),
) -> PastePlan:
    """Signatories a block pasted into one group's table would write.

    A « Groupe » column sends each row to its group; with headers, a row naming a
    person already signing for the same organisation updates that signatory.
    """
    plan = PastePlan(problems=list(block.problems), territoire_id=territoire_id)
    people = {
        (fold(s.organisme), fold(s.representant)): s.id
        for s in session.scalars(
            select(Signataire).where(Signataire.territoire_id == territoire_id)
        )
    }
    for position, row in enumerate(block.rows):
        values = dict(row.values)
        target: uuid.UUID | None = None
        if not block.headers and position < len(fill):
            target = fill[position]
        elif block.headers:
            key = (
                fold(str(values.get("organisme", ""))),
                fold(str(values.get("representant", ""))),
            )
            target = people.get(key)
        if target is not None:
            values.pop("groupe", None)
            plan.operations.append(Operation(Signataire, target, values, False, territoire_id))
            continue
        values.setdefault("groupe", groupe)
        if _require(plan, row, SIGNATAIRE, values, ("organisme",)):
            new_id = uuid.uuid4()
            key = (fold(str(values["organisme"])), fold(str(values.get("representant", ""))))
            people[key] = new_id
            plan.operations.append(Operation(Signataire, new_id, values, True, territoire_id))
    return plan


# --- writing -----------------------------------------------------------------------------------


def apply_paste(session: Session, plan: PastePlan) -> PasteChanges:
    """Write every operation of a valid plan (the caller's transaction); return its undo.

    Raises:
        FieldValueError: a value or a rule refused by a write function (nothing is
            kept: the caller's transaction rolls back).
    """
    changes = PasteChanges()
    for op in plan.operations:
        _apply(session, op, changes)
    return changes


def _apply(session: Session, op: Operation, changes: PasteChanges) -> None:
    values = op.values
    if op.cls is Financeur:
        fiche_lines.add_financer(session, values["libelle"], financeur_id=op.record_id)
    elif op.cls is FicheAction and op.create:
        assert op.parent_id is not None
        fiche_edits.create_fiche(session, op.parent_id, values.get("axe_id"), fiche_id=op.record_id)
        fiche_edits.update_fiche(session, op.record_id, values)
    elif op.cls is FicheAction:
        changes.previous.append(
            (FicheAction, fiche_edits.update_fiche(session, op.record_id, values))
        )
        return
    elif op.cls is LigneFinancement and op.create:
        assert op.parent_id is not None
        fiche_lines.add_financing_line(session, op.parent_id, values, line_id=op.record_id)
    elif op.cls is LigneFinancement:
        previous = fiche_lines.update_financing_line(session, op.record_id, values)
        changes.previous.append((LigneFinancement, previous))
        return
    elif op.cls is Indicateur and op.create:
        assert op.parent_id is not None
        fiche_lines.add_indicator(session, op.parent_id, values, indicator_id=op.record_id)
    elif op.cls is Indicateur:
        changes.previous.append(
            (Indicateur, fiche_lines.update_indicator(session, op.record_id, values))
        )
        return
    elif op.cls is Signataire and op.create:
        assert op.parent_id is not None
        insertion = signatories.add_signatory(
            session, op.parent_id, values, signataire_id=op.record_id
        )
        moved = {key: {"ordre": order} for key, order in insertion.previous_orders.items()}
        changes.previous.append((Signataire, moved))
    else:
        changes.previous.append(
            (Signataire, signatories.update_signatory(session, op.record_id, values))
        )
        return
    changes.created.append((op.cls, op.record_id))


def undo_paste(session: Session, changes: PasteChanges) -> None:
    """Put back what ``apply_paste`` changed: previous values, then remove what it created."""
    for cls, previous in reversed(changes.previous):
        restore(session, cls, previous)
    for cls, record_id in reversed(changes.created):
        if session.get(cls, record_id) is not None:  # a fiche takes its lines with it
            delete_record(session, cls, record_id)
