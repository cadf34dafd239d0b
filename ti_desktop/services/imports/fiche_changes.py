"""What an import will change on fiches: the preview shown, and what ``apply`` writes.

A tracker row or a returned form becomes one ``FicheChange``: the fiche it creates or
updates, the field values to write (already read by the field table), the financing
lines and indicators to add, change or remove, and for each a French line « old →
new » for the preview. ``expected`` keeps the values the preview was computed from,
so applying a plan after someone else changed the fiche is refused instead of
overwriting their change.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from ti_desktop.services.fields import LIGNE_FINANCEMENT, Field
from ti_desktop.services.fields.values import display_text

CREATE, UPDATE, RESTORE, UNCHANGED = "création", "mise à jour", "restauration", "inchangée"
ADD, CHANGE, REMOVE = "ajout", "modification", "suppression"
FINANCING, INDICATOR = "ligne_financement", "indicateur"


@dataclass(frozen=True)
class FieldChange:
    """One field of a fiche before and after, as the window shows them."""

    key: str
    label: str
    old: str
    new: str

    def describe(self) -> str:
        """« Coût total HT (€) : 120 000,00 € → 135 000,00 € »."""
        return f"{self.label} : {self.old or '(vide)'} → {self.new or '(vide)'}"


@dataclass
class LineChange:
    """A financing line or an indicator added, changed or removed.

    ``values`` are column values for ``services.edits.fiche_lines`` (financer and
    status by identifier); ``expected`` the current ones a change or removal assumes.
    """

    table: str  # FINANCING or INDICATOR
    action: str  # ADD, CHANGE or REMOVE
    record_id: uuid.UUID
    values: dict[str, Any] = field(default_factory=dict)
    expected: dict[str, Any] = field(default_factory=dict)
    old: str = ""
    new: str = ""

    def describe(self) -> str:
        """One French line for the preview."""
        noun = "Financement" if self.table == FINANCING else "Indicateur"
        if self.action == ADD:
            return f"{noun} ajouté : {self.new}"
        if self.action == REMOVE:
            return f"{noun} retiré : {self.old}"
        return f"{noun} : {self.old} → {self.new}"


@dataclass
class NewFinancer:
    """A financer the import adds to the list (named by a column or a form)."""

    id: uuid.UUID
    libelle: str


@dataclass
class FicheChange:
    """Everything an import does to one fiche.

    Attributes:
        territoire_id / fiche_id: the fiche (its future id when created).
        action: CREATE, UPDATE, RESTORE (out of the trash, then updated) or UNCHANGED.
        numero / intitule: as the fiche will be, for the preview.
        source: where it comes from (« ligne 12 », a file name).
        values: field values for ``edits.fiches.update_fiche`` (``axe_id``,
            ``avancement_id`` for the lists).
        expected: current values of those fields, checked again when writing.
        fields: the preview of the field changes.
        lines: financing lines and indicators added, changed or removed.
        notes: warnings about this fiche (a removed field kept as it was…).
    """

    territoire_id: uuid.UUID
    fiche_id: uuid.UUID
    action: str
    numero: str
    intitule: str
    source: str = ""
    values: dict[str, Any] = field(default_factory=dict)
    expected: dict[str, Any] = field(default_factory=dict)
    fields: list[FieldChange] = field(default_factory=list)
    lines: list[LineChange] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def changes_anything(self) -> bool:
        """Whether applying writes something."""
        return self.action in (CREATE, RESTORE) or bool(self.values or self.lines)

    def set_value(self, field: Field, old: Any, value: Any) -> None:
        """Write ``value`` for ``field`` unless it is the fiche's value already."""
        if self.action != CREATE and old == value:
            return
        if self.action == CREATE and value in (None, ""):
            return
        self.values[field.key] = value
        if self.action != CREATE:
            self.expected[field.key] = old
        shown = display_text(field, old), display_text(field, value)
        self.fields.append(FieldChange(field.key, field.label, *shown))

    def set_choice(self, field: Field, old_id: uuid.UUID | None, old: str, choice: Any) -> None:
        """Choose ``choice`` (an item of a list, or None) for the list field ``field``."""
        new_id = choice.id if choice is not None else None
        if self.action != CREATE and old_id == new_id:
            return
        if self.action == CREATE and new_id is None:
            return
        self.values[f"{field.key}_id"] = new_id
        if self.action != CREATE:
            self.expected[f"{field.key}_id"] = old_id
        new = choice.libelle if choice is not None else ""
        self.fields.append(FieldChange(field.key, field.label, old, new))

    def title(self) -> str:
        """« Fiche 1.2 — Réseau de chaleur (mise à jour) »."""
        return f"Fiche {self.numero} — {self.intitule} ({self.action})"

    def describe(self) -> list[str]:
        """The fiche's preview, one French line per change."""
        return [change.describe() for change in self.fields] + [
            line.describe() for line in self.lines
        ]


@dataclass
class ChangeCounts:
    """What a plan creates and updates, for summaries."""

    created: int = 0
    updated: int = 0
    restored: int = 0
    unchanged: int = 0
    lines: int = 0
    indicators: int = 0

    def summary(self) -> str:
        """« 3 fiche(s) créée(s), 5 mise(s) à jour, 2 inchangée(s) ; 12 ligne(s)… »."""
        text = f"{self.created} fiche(s) créée(s), {self.updated} mise(s) à jour"
        if self.restored:
            text += f" dont {self.restored} restaurée(s) de la corbeille"
        if self.unchanged:
            text += f", {self.unchanged} inchangée(s)"
        parts = []
        if self.lines:
            parts.append(f"{self.lines} ligne(s) de financement ajoutée(s) ou modifiée(s)")
        if self.indicators:
            parts.append(f"{self.indicators} indicateur(s) ajouté(s) ou modifié(s)")
        return text + (" ; " + ", ".join(parts) if parts else "")


def count_changes(changes: list[FicheChange]) -> ChangeCounts:
    """Counts of a list of fiche changes."""
    counts = ChangeCounts()
    for change in changes:
        if change.action == CREATE:
            counts.created += 1
        elif not change.changes_anything:
            counts.unchanged += 1
        else:
            counts.updated += 1
            counts.restored += change.action == RESTORE
        for line in change.lines:
            if line.action == REMOVE:
                continue
            if line.table == FINANCING:
                counts.lines += 1
            else:
                counts.indicators += 1
    return counts


def financing_text(financer: str, dispositif: str, amount: Decimal, status: str) -> str:
    """« Région (Climaxion) — 120 000 € — Sollicité »: a financing line in a preview."""
    name = f"{financer} ({dispositif})" if dispositif else financer
    return f"{name} — {display_text(LIGNE_FINANCEMENT['montant'], amount)} — {status}"
