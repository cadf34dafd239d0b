"""What changed in a territory since a transmission: structured data and readable French.

``compare(before, after)`` takes two read territories (a snapshot restored, and the
live data or another snapshot) and lists, record by record (records are matched by
their UUID, so a renumbered fiche is a renumbering, not a removal and an addition):
fields of the territory and its contract, enjeux, axes and signatories added, removed
or changed; fiches added, removed, renumbered and changed, with their changed fields,
financing lines and indicators; totals before and after. Fields are named and their
values written by the field table (``services/fields/catalog.py``), so a field added
there is compared with no code here; a column outside the table is compared too,
named by its key. Private notes are never compared (snapshots do not hold them), nor
ordering columns (moving a fiche up the list changes nothing a partner reads).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time
from decimal import Decimal
from enum import StrEnum
from typing import Any

from ti_desktop.db.store import Database
from ti_desktop.db.vocabulary import NatureEnvoi
from ti_desktop.errors import UserFacingError
from ti_desktop.services.documents.clauses import person_name
from ti_desktop.services.documents.formatting import field_text
from ti_desktop.services.fields import (
    AXE,
    CONTRAT,
    ENJEU_LOCAL,
    FICHE_ACTION,
    INDICATEUR,
    LIGNE_FINANCEMENT,
    SIGNATAIRE,
    TERRITOIRE,
    Entity,
    Field,
)
from ti_desktop.services.financing import ZERO
from ti_desktop.services.french_format import format_date_long, format_euros
from ti_desktop.services.records import (
    FicheRecord,
    FinancingLineRecord,
    IndicatorRecord,
    Record,
    SignatoryRecord,
    TerritoryRecord,
    load_fiches,
    load_territory,
)
from ti_desktop.services.register import snapshots
from ti_desktop.services.register.transmissions import (
    TransmissionRecord,
    find_transmission,
    latest_signed,
    latest_transmission,
    load_transmission,
)

EMPTY = "—"
"""How an empty value is written in a change (« — → 12 »)."""

_ORDERING = frozenset({"position", "ordre"})
_TECHNICAL = frozenset(
    {"id", "created_at", "updated_at", "supprime_le", "est_demo", "courant"}
    | {"annee_debut", "annee_fin"}  # compared as « Période »
)
_EXCERPT = 60


class Nature(StrEnum):
    """What happened to a record."""

    AJOUT = "ajout"
    RETRAIT = "retrait"
    MODIFICATION = "modification"


@dataclass(frozen=True)
class FieldChange:
    """One field whose value changed: its key, label, old and new values."""

    cle: str
    libelle: str
    avant: Any
    apres: Any
    field: Field | None = None

    @property
    def est_long(self) -> bool:
        """A free text over several paragraphs (shown shortened in a list of changes)."""
        return self.field is not None and self.field.multiline

    @property
    def libelle_court(self) -> str:
        """The label without its unit, which the values carry (« Montant », not « Montant (€) »)."""
        return self.libelle.removesuffix(" (€)")

    @property
    def texte_avant(self) -> str:
        """The old value as documents write it (« — » when empty)."""
        return value_text(self.field, self.avant)

    @property
    def texte_apres(self) -> str:
        """The new value as documents write it (« — » when empty)."""
        return value_text(self.field, self.apres)

    def sentence(self) -> str:
        """« Coût total HT (€) : 120 000 € → 150 000 € » (long texts shortened)."""
        old, new = self.texte_avant, self.texte_apres
        if self.est_long:
            old, new = _excerpt(old), _excerpt(new)
        return f"{self.libelle_court} : {old} → {new}"


@dataclass(frozen=True)
class ItemChange:
    """A record of a list (line, indicator, signatory, axis, enjeu) added, removed or changed."""

    nature: Nature
    libelle: str
    avant: Any = None
    apres: Any = None
    champs: tuple[FieldChange, ...] = ()


@dataclass(frozen=True)
class FicheChange:
    """A fiche present before and after, with what changed in it."""

    avant: FicheRecord
    apres: FicheRecord
    champs: tuple[FieldChange, ...] = ()
    financements: tuple[ItemChange, ...] = ()
    indicateurs: tuple[ItemChange, ...] = ()

    @property
    def numero(self) -> str:
        return self.apres.numero

    @property
    def ancien_numero(self) -> str:
        return self.avant.numero

    @property
    def renumerotee(self) -> bool:
        return self.avant.numero != self.apres.numero

    @property
    def contenu_modifie(self) -> bool:
        """Something else than its number changed."""
        return bool(self.champs or self.financements or self.indicateurs)

    def summary(self) -> str:
        """What changed, in a few words: « coût total HT, financements »."""
        parts = []
        if self.renumerotee:
            parts.append(f"renumérotée (ancien n° {self.ancien_numero})")
        parts += [_lower_first(change.libelle_court) for change in self.champs]
        if self.financements:
            parts.append("financements")
        if self.indicateurs:
            parts.append("indicateurs")
        return ", ".join(parts)


@dataclass(frozen=True)
class Totals:
    """The figures a comité de suivi compares."""

    nombre_fiches: int
    cout_total: Decimal
    prevus: Decimal  # every line not refused
    acquis: Decimal
    reste_a_financer: Decimal


TOTAL_LABELS: tuple[tuple[str, str], ...] = (
    ("nombre_fiches", "Nombre de fiches-actions"),
    ("cout_total", "Coût total HT"),
    ("prevus", "Financements prévus (hors refusés)"),
    ("acquis", "Financements acquis"),
    ("reste_a_financer", "Reste à financer"),
)


def totals_of(fiches: Iterable[FicheRecord]) -> Totals:
    """Totals of fiches outside the trash (the reste à financer is summed fiche by fiche)."""
    listed = list(fiches)
    summaries = [f.summary for f in listed]
    return Totals(
        nombre_fiches=len(listed),
        cout_total=sum((f.cout_total_ht or ZERO for f in listed), ZERO),
        prevus=sum((s.total_prevu for s in summaries), ZERO),
        acquis=sum((s.acquis for s in summaries), ZERO),
        reste_a_financer=sum((s.reste_a_financer for s in summaries), ZERO),
    )


def total_text(key: str, value: int | Decimal) -> str:
    """A total as documents write it (a count, or euros)."""
    return str(value) if key == "nombre_fiches" else format_euros(Decimal(value))


@dataclass(frozen=True)
class TerritoryChanges:
    """Everything that changed in a territory between two moments."""

    avant: TerritoryRecord
    apres: TerritoryRecord
    territoire: tuple[FieldChange, ...] = ()
    contrat: tuple[FieldChange, ...] = ()
    enjeux: tuple[ItemChange, ...] = ()
    axes: tuple[ItemChange, ...] = ()
    signataires: tuple[ItemChange, ...] = ()
    fiches_ajoutees: tuple[FicheRecord, ...] = ()
    fiches_retirees: tuple[FicheRecord, ...] = ()
    fiches_modifiees: tuple[FicheChange, ...] = ()
    totaux_avant: Totals = field(default_factory=lambda: totals_of(()))
    totaux_apres: Totals = field(default_factory=lambda: totals_of(()))

    @property
    def fiches_renumerotees(self) -> tuple[FicheChange, ...]:
        return tuple(c for c in self.fiches_modifiees if c.renumerotee)

    @property
    def fiches_au_contenu_modifie(self) -> tuple[FicheChange, ...]:
        return tuple(c for c in self.fiches_modifiees if c.contenu_modifie)

    @property
    def plan_de_financement_modifie(self) -> bool:
        """Whether any total moved, or a financing line changed."""
        return self.totaux_avant != self.totaux_apres or any(
            c.financements for c in self.fiches_modifiees
        )

    @property
    def is_empty(self) -> bool:
        return not (
            self.territoire
            or self.contrat
            or self.enjeux
            or self.axes
            or self.signataires
            or self.fiches_ajoutees
            or self.fiches_retirees
            or self.fiches_modifiees
        )


# --- comparing ----------------------------------------------------------------------------


def _lower_first(label: str) -> str:
    """« Coût total HT » → « coût total HT » (acronyms stay)."""
    return label[:1].lower() + label[1:]


def value_text(described: Field | None, value: Any) -> str:
    """A value as documents write it, « — » when empty."""
    if described is None:
        if value is None or value == "":
            return EMPTY
        if isinstance(value, date):
            return format_date_long(value)
        return str(value)
    return field_text(described, value) or EMPTY


def _excerpt(text: str) -> str:
    flat = " ".join(text.split())
    if flat == EMPTY:
        return flat
    shown = flat if len(flat) <= _EXCERPT else flat[: _EXCERPT - 1].rstrip() + "…"
    return f"« {shown} »"


_COMPARED: dict[tuple[int, str, frozenset[str]], list[Field | str]] = {}


def _compared_fields(entity: Entity, record: Record, skip: frozenset[str]) -> list[Field | str]:
    """The catalog's fields of ``entity``, then columns outside the catalog, by key."""
    key = (id(entity), type(record).__name__, skip)  # thousands of records, a few kinds
    found = _COMPARED.get(key)
    if found is None:
        found = _COMPARED[key] = _fields_to_compare(entity, record, skip)
    return found


def _fields_to_compare(entity: Entity, record: Record, skip: frozenset[str]) -> list[Field | str]:
    compared: list[Field | str] = [
        f for f in entity if not f.private and f.key not in _ORDERING and f.key not in skip
    ]
    known = set(entity.keys)
    for column in type(record).model.__table__.columns:
        key = column.key
        if key in known or key in _TECHNICAL or key in _ORDERING or key.endswith("_id"):
            continue
        compared.append(key)
    return compared


def field_changes(
    entity: Entity, before: Record, after: Record, *, skip: frozenset[str] = frozenset()
) -> tuple[FieldChange, ...]:
    """The fields of two versions of one record whose values differ, in the table's order."""
    changes = []
    for compared in _compared_fields(entity, after, skip):
        described = compared if isinstance(compared, Field) else None
        key = compared.key if isinstance(compared, Field) else compared
        old, new = getattr(before, key, None), getattr(after, key, None)
        if old != new:
            label = described.label if described is not None else key
            changes.append(FieldChange(key, label, old, new, described))
    return tuple(changes)


def _items(
    before: Sequence[Any],
    after: Sequence[Any],
    entity: Entity,
    label: Callable[[Any], str],
) -> tuple[ItemChange, ...]:
    """Records of a list added, removed or changed (matched by id): additions first."""
    old = {record.id: record for record in before}
    new_ids = {record.id for record in after}
    added = [ItemChange(Nature.AJOUT, label(r), apres=r) for r in after if r.id not in old]
    removed = [ItemChange(Nature.RETRAIT, label(r), avant=r) for r in before if r.id not in new_ids]
    changed = []
    for record in after:
        previous = old.get(record.id)
        if previous is None:
            continue
        fields = field_changes(entity, previous, record)
        if fields:
            changed.append(ItemChange(Nature.MODIFICATION, label(record), previous, record, fields))
    return tuple(added + removed + changed)


def line_label(line: FinancingLineRecord) -> str:
    """« Région Grand Est — Fonds friches » (the financer alone without a scheme)."""
    scheme = (line.dispositif or "").strip()
    return f"{line.financeur} — {scheme}" if scheme else line.financeur


def indicator_label(indicator: IndicatorRecord) -> str:
    return indicator.nom


def signatory_label(signatory: SignatoryRecord) -> str:
    """« Région Grand Est (Mme Hélène Garnier, Présidente) »."""
    who = ", ".join(p for p in (person_name(signatory), signatory.fonction.strip()) if p)
    return f"{signatory.organisme} ({who})" if who else signatory.organisme


def compare_fiche(before: FicheRecord, after: FicheRecord) -> FicheChange | None:
    """What changed in one fiche (None: nothing, its number included)."""
    change = FicheChange(
        before,
        after,
        field_changes(FICHE_ACTION, before, after, skip=frozenset({"numero"})),
        _items(before.financements, after.financements, LIGNE_FINANCEMENT, line_label),
        _items(before.indicateurs, after.indicateurs, INDICATEUR, indicator_label),
    )
    return change if change.renumerotee or change.contenu_modifie else None


def compare_fiches(
    before: Sequence[FicheRecord], after: Sequence[FicheRecord]
) -> tuple[list[FicheRecord], list[FicheRecord], list[FicheChange]]:
    """Fiches added, removed and changed (matched by id), in the order of the list."""
    old = {fiche.id: fiche for fiche in before}
    new_ids = {fiche.id for fiche in after}
    added = [f for f in after if f.id not in old]
    removed = [f for f in before if f.id not in new_ids]
    changed = [
        change
        for fiche in after
        if fiche.id in old and (change := compare_fiche(old[fiche.id], fiche)) is not None
    ]
    return added, removed, changed


def compare(before: TerritoryRecord, after: TerritoryRecord) -> TerritoryChanges:
    """Everything that changed from ``before`` to ``after`` (two versions of one territory)."""
    added, removed, changed = compare_fiches(before.fiches_actives, after.fiches_actives)
    old_contract, new_contract = before.contrat_courant, after.contrat_courant
    contract_fields: tuple[FieldChange, ...] = ()
    enjeux: tuple[ItemChange, ...] = ()
    if old_contract is not None and new_contract is not None:
        contract_fields = field_changes(CONTRAT, old_contract, new_contract)
    enjeux = _items(
        old_contract.enjeux_locaux if old_contract else [],
        new_contract.enjeux_locaux if new_contract else [],
        ENJEU_LOCAL,
        lambda e: " ".join(e.libelle.split()),
    )
    return TerritoryChanges(
        avant=before,
        apres=after,
        territoire=field_changes(TERRITOIRE, before, after),
        contrat=contract_fields,
        enjeux=enjeux,
        axes=_items(before.axes, after.axes, AXE, lambda a: a.libelle),
        signataires=_items(before.signataires, after.signataires, SIGNATAIRE, signatory_label),
        fiches_ajoutees=tuple(added),
        fiches_retirees=tuple(removed),
        fiches_modifiees=tuple(changed),
        totaux_avant=totals_of(before.fiches_actives),
        totaux_apres=totals_of(after.fiches_actives),
    )


# --- from the register ----------------------------------------------------------------------


@dataclass(frozen=True)
class ChangesSince:
    """The changes since a transmission (until now, or until another one)."""

    depuis: TransmissionRecord
    jusqu_a: TransmissionRecord | None
    changes: TerritoryChanges

    def heading(self) -> str:
        """« Changements depuis l'envoi du … (Classeur Région, à …) »."""
        text = f"Changements depuis {_named(self.depuis)}"
        if self.jusqu_a is not None:
            text += f" jusqu'à {_named(self.jusqu_a)}"
        return text

    def document_heading(self) -> str:
        """« Depuis le rapport de suivi du 3 octobre 2025 » (a document's words: no clock time)."""
        since = self.depuis
        day = format_date_long(since.envoye_le.astimezone().date())
        if since.nature == NatureEnvoi.RAPPORT.value:
            return f"Depuis le rapport de suivi du {day}"
        if since.signe_le is not None:
            return f"Depuis la version signée le {format_date_long(since.signe_le)}"
        return f"Depuis l'envoi du {day} ({since.nature_label})"


def _named(sent: TransmissionRecord) -> str:
    local = sent.envoye_le.astimezone()
    text = f"l'envoi du {format_date_long(local.date())} à {local:%H:%M} ({sent.nature_label}"
    if sent.recipients:
        text += ", à " + ", ".join(sent.recipients)
    if sent.signe_le is not None:
        text += f", signé le {format_date_long(sent.signe_le)}"
    return text + ")"


def changes_since(
    database: Database,
    territoire_id: uuid.UUID,
    since: TransmissionRecord,
    until: TransmissionRecord | None = None,
) -> ChangesSince:
    """The changes from the data of ``since`` to now (or to the data of ``until``).

    Raises:
        UserFacingError: the territory is gone, or a snapshot is unreadable.
    """
    with database.reader() as session:
        before = snapshots.restore(session, since.instantane_id)
        if until is not None:
            after = snapshots.restore(session, until.instantane_id)
        else:
            current = load_territory(session, territoire_id)
            if current is None:
                raise UserFacingError("Ce territoire n'existe plus dans la base.")
            after = current
    return ChangesSince(since, until, compare(before, after))


def baseline(
    database: Database,
    territoire_id: uuid.UUID,
    *,
    reference: str | None = None,
    since_date: date | None = None,
    signed: bool = False,
) -> TransmissionRecord:
    """The transmission to compare with (by default the latest one).

    ``reference`` names one (its id or the start of it), ``since_date`` takes the last
    one sent on or before that day, ``signed`` the version in force.

    Raises:
        UserFacingError: there is no such transmission (the message says what exists).
    """
    with database.reader() as session:
        if reference:
            return find_transmission(session, territoire_id, reference)
        if signed:
            found = latest_signed(session, territoire_id)
            if found is None:
                raise UserFacingError(
                    "Aucune version signée : marquez d'abord l'envoi du contrat signé "
                    "(Historique des envois, ou ti-desktop sign)."
                )
            return found
        if since_date is not None:
            end_of_day = datetime.combine(since_date, time.max).astimezone()
            found = latest_transmission(session, territoire_id, until=end_of_day)
            if found is None:
                raise UserFacingError(
                    f"Aucun envoi le {format_date_long(since_date)} ou avant : rien à quoi "
                    "comparer (ti-desktop sent liste les envois)."
                )
            return found
        found = latest_transmission(session, territoire_id)
        if found is None:
            raise UserFacingError("Aucun envoi consigné pour ce territoire : rien à quoi comparer.")
        return found


def transmission(database: Database, envoi_id: uuid.UUID) -> TransmissionRecord:
    """One transmission by id (the window's selection).

    Raises:
        UserFacingError: it is gone.
    """
    with database.reader() as session:
        found = load_transmission(session, envoi_id)
    if found is None:
        raise UserFacingError("Cet envoi n'existe plus dans l'historique.")
    return found


@dataclass(frozen=True)
class FicheMarks:
    """Fiches added or changed since the last workbook sent to the Région."""

    depuis: TransmissionRecord
    marks: dict[uuid.UUID, str]  # fiche id → « ajoutée » or what changed

    def tooltip(self, fiche_id: uuid.UUID) -> str | None:
        """The sentence the fiches list shows for a marked fiche (None: unchanged)."""
        what = self.marks.get(fiche_id)
        if what is None:
            return None
        local = self.depuis.envoye_le.astimezone()
        return f"Depuis le classeur envoyé à la Région le {local:%d/%m/%Y} : {what}"


def fiche_marks(database: Database, territoire_id: uuid.UUID) -> FicheMarks | None:
    """What changed in each fiche since the last workbook sent to the Région (None: none sent)."""
    with database.reader() as session:
        sent = latest_transmission(session, territoire_id, nature=NatureEnvoi.CLASSEUR)
        if sent is None:
            return None
        before = snapshots.restore(session, sent.instantane_id, shared=True).fiches_actives
        after = load_fiches(session, territoire_id)
    added, _removed, changed = compare_fiches(before, after)
    marks = {fiche.id: "ajoutée" for fiche in added}
    marks.update({change.apres.id: "modifiée (" + change.summary() + ")" for change in changed})
    return FicheMarks(sent, marks)
