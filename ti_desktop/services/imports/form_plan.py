"""Import fiche forms filled by partners: what each changes, field by field, before writing.

``plan_forms`` reads each returned form (``form_reader``), finds its territory and
fiche by the identifiers it carries, reads every value with the field table (French
amounts and dates, lists of the territory) and compares it with the database: a
``FicheChange`` per form, « old → new » for each field, the financing plan and the
indicators as the partner left them (lines added, changed, removed). Nothing is
written; ``apply_forms`` writes the accepted forms in one transaction (the window
wraps ``apply.apply_changes`` in one undoable command).

A form is refused, with the reason, when it is not one of our forms, belongs to a
territory this database does not have (or to another territory than the one
chosen), names a fiche already in another form of the batch, or holds a value the
field table refuses. A form for a fiche the database does not know is offered as a
new fiche. A field or table the partner removed or damaged is reported and the
fiche's value is kept.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ti_desktop.db.models import FicheAction, Territoire
from ti_desktop.db.store import Database
from ti_desktop.db.vocabulary import fold
from ti_desktop.errors import UserFacingError
from ti_desktop.services import records
from ti_desktop.services.edits.fiches import Choice, next_number
from ti_desktop.services.fields import (
    FICHE_ACTION,
    INDICATEUR,
    LIGNE_FINANCEMENT,
    Field,
    Kind,
    rules,
)
from ti_desktop.services.fields.values import FieldValueError, display_text, read_value
from ti_desktop.services.imports import apply as applying
from ti_desktop.services.imports import form_layout as layout
from ti_desktop.services.imports.fiche_changes import (
    ADD,
    CHANGE,
    CREATE,
    FINANCING,
    INDICATOR,
    REMOVE,
    RESTORE,
    UPDATE,
    ChangeCounts,
    FicheChange,
    LineChange,
    NewFinancer,
    count_changes,
    financing_text,
)
from ti_desktop.services.imports.form_reader import (
    FINANCING as FINANCING_TABLE,
)
from ti_desktop.services.imports.form_reader import (
    INDICATORS as INDICATORS_TABLE,
)
from ti_desktop.services.imports.form_reader import (
    FormContent,
    FormTable,
    read_form,
)
from ti_desktop.services.imports.lists import FicheLists
from ti_desktop.services.imports.plan import NO_VALUE_WORDS
from ti_desktop.services.progress import ProgressCallback, report
from ti_desktop.services.records import FicheRecord, FinancingLineRecord, IndicatorRecord

REFUSED, TO_APPLY, UNCHANGED, NEW = "refusé", "à appliquer", "inchangé", "nouvelle fiche"


@dataclass
class FormResult:
    """What one returned form would do.

    Attributes:
        path: the form.
        status: ``REFUSED``, ``TO_APPLY``, ``UNCHANGED`` or ``NEW``.
        reason: why it is refused (one French sentence).
        territory: the territory it belongs to (as named in the form when refused).
        change: the fiche change (None when refused before reading values).
        errors: values refused by the field table (the form is then refused).
        notes: what the user should know (a field removed and kept, a new financer).
    """

    path: Path
    status: str
    reason: str = ""
    territory: str = ""
    change: FicheChange | None = None
    errors: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def accepted(self) -> bool:
        """Whether applying the plan writes this form."""
        return self.status in (TO_APPLY, NEW)

    def headline(self) -> str:
        """« fiche 1.2 — Réseau de chaleur : 3 changement(s) » (or the refusal)."""
        if self.status == REFUSED:
            return f"{self.path.name} : refusé — {self.reason}"
        assert self.change is not None
        count = len(self.change.describe())
        what = {
            TO_APPLY: f"{count} changement(s)",
            UNCHANGED: "aucun changement",
            NEW: "nouvelle fiche",
        }[self.status]
        return f"{self.path.name} : fiche {self.change.numero} — {self.change.intitule} ({what})"


@dataclass
class FormsPlan:
    """Every form read and compared with the database, nothing written."""

    results: list[FormResult] = field(default_factory=list)
    new_financers: list[NewFinancer] = field(default_factory=list)

    @property
    def changes(self) -> list[FicheChange]:
        """The changes of the forms to apply."""
        return [r.change for r in self.results if r.accepted and r.change is not None]

    @property
    def refused(self) -> list[FormResult]:
        return [r for r in self.results if r.status == REFUSED]

    @property
    def counts(self) -> ChangeCounts:
        return count_changes(self.changes)

    def summary(self) -> str:
        """« 3 formulaire(s) : 1 fiche(s) créée(s), 2 mise(s) à jour ; 1 refusé(s). »."""
        text = f"{len(self.results)} formulaire(s) : {self.counts.summary()}"
        if self.refused:
            text += f" ; {len(self.refused)} refusé(s)"
        return text + "."


def plan_forms(
    database: Database,
    paths: Sequence[Path],
    *,
    territoire_id: uuid.UUID | None = None,
    progress: ProgressCallback | None = None,
) -> FormsPlan:
    """Read and compare every form; ``territoire_id`` refuses the forms of other territories."""
    planner = _FormsPlanner(territoire_id)
    for done, path in enumerate(paths):
        report(progress, done, len(paths), f"Lecture de « {Path(path).name} »")
        planner.plan.results.append(planner.read(database, Path(path)))
    planner.plan.new_financers = list(planner.new_financers.values())
    report(progress, len(paths), len(paths), "Lecture terminée")
    return planner.plan


def apply_forms(
    database: Database, plan: FormsPlan, progress: ProgressCallback | None = None
) -> ChangeCounts:
    """Write the accepted forms in one transaction; return what changed.

    Raises:
        UserFacingError: a fiche changed since the plan was made (nothing written).
    """
    with database.session() as session:
        applying.apply_changes(session, plan.changes, plan.new_financers, progress)
    return plan.counts


class _FormsPlanner:
    def __init__(self, territoire_id: uuid.UUID | None) -> None:
        self.scope = territoire_id
        self.plan = FormsPlan()
        self.new_financers: dict[str, NewFinancer] = {}
        self.seen: dict[uuid.UUID, str] = {}  # fiche → the form already carrying it
        self.numbers: dict[uuid.UUID, set[str]] = {}  # numbers given to new fiches

    def read(self, database: Database, path: Path) -> FormResult:
        try:
            content = read_form(path)
        except UserFacingError as exc:
            return FormResult(path, REFUSED, exc.message)
        with database.reader() as session:
            return self.compare(session, content)

    def compare(self, session: Session, content: FormContent) -> FormResult:
        path = content.path
        assert content.reference is not None
        territory, note = _territory(session, content)
        if territory is None:
            name = content.territory_name or "inconnu"
            return FormResult(
                path, REFUSED,
                f"ce formulaire est celui du territoire « {name} », absent de cette base",
                name,
            )  # fmt: skip
        if self.scope is not None and territory.id != self.scope:
            chosen = session.get(Territoire, self.scope)
            return FormResult(
                path, REFUSED,
                f"ce formulaire est celui du territoire « {territory.nom} », pas de "
                f"« {chosen.nom if chosen else '?'} » : choisissez ce territoire pour l'importer",
                territory.nom,
            )  # fmt: skip
        result = FormResult(path, TO_APPLY, territory=territory.nom)
        if note:
            result.notes.append(note)
        fiche = records.load_fiche(session, content.reference.fiche_id)
        if fiche is not None and fiche.territoire_id != territory.id:
            fiche = None
        if fiche is None and note and content.numero:  # another database: same N°
            fiche = next(
                (
                    f
                    for f in records.load_fiches(session, territory.id)
                    if f.numero == content.numero
                ),
                None,
            )
            if fiche is not None:
                result.notes.append(f"Fiche reconnue par son numéro ({fiche.numero}).")
        if fiche is not None and fiche.id in self.seen:
            result.status = REFUSED
            result.reason = f"la fiche n° {fiche.numero} est déjà dans « {self.seen[fiche.id]} »"
            return result
        lists = FicheLists(session, territory.id)
        change = self.new_or_update(session, content, territory.id, fiche, lists, result)
        result.change = change
        self.seen[change.fiche_id] = path.name
        current = _current(fiche)
        _Values(content, change, current, lists, result).read()
        self.financing(content, change, fiche, lists, result)
        self.indicators(content, change, fiche, result)
        if change.action == CREATE and not change.numero:
            self.number(session, change, territory.id, lists)
        if result.errors:
            result.status, result.reason = REFUSED, "valeur(s) à corriger dans le formulaire"
        elif change.action == CREATE:
            result.status = NEW
        elif not change.changes_anything:
            result.status = UNCHANGED
        return result

    def new_or_update(
        self,
        session: Session,
        content: FormContent,
        territoire_id: uuid.UUID,
        fiche: FicheRecord | None,
        lists: FicheLists,
        result: FormResult,
    ) -> FicheChange:
        reference = content.reference
        assert reference is not None
        if fiche is not None:
            action = RESTORE if fiche.est_supprimee else UPDATE
            if fiche.est_supprimee:
                result.notes.append("La fiche est dans la corbeille : elle en sera sortie.")
            return FicheChange(territoire_id, fiche.id, action, fiche.numero, fiche.intitule)
        taken = session.get(FicheAction, reference.fiche_id) is not None
        change = FicheChange(
            territoire_id,
            uuid.uuid4() if taken else reference.fiche_id,
            CREATE,
            "",
            content.fields.get("intitule", "").strip() or "(sans intitulé)",
        )
        used = self.used_numbers(session, territoire_id)
        if content.numero and content.numero not in used:
            change.numero = content.numero
            used.add(content.numero)
            change.set_value(FICHE_ACTION["numero"], "", content.numero)
        result.notes.append(
            "Fiche inconnue de cette base (supprimée, ou formulaire d'une autre base) : "
            "elle sera créée" + (f" sous le n° {change.numero}." if change.numero else ".")
        )
        return change

    def used_numbers(self, session: Session, territoire_id: uuid.UUID) -> set[str]:
        if territoire_id not in self.numbers:
            self.numbers[territoire_id] = set(
                session.scalars(
                    select(FicheAction.numero).where(FicheAction.territoire_id == territoire_id)
                )
            )
        return self.numbers[territoire_id]

    def number(
        self, session: Session, change: FicheChange, territoire_id: uuid.UUID, lists: FicheLists
    ) -> None:
        axe_id = change.values.get("axe_id")
        position = next((i for i, a in enumerate(lists.axes) if a.id == axe_id), None)
        prefix = f"{position + 1}." if position is not None else ""
        used = self.used_numbers(session, territoire_id)
        change.numero = next_number(prefix, used)
        used.add(change.numero)
        change.values["numero"] = change.numero
        change.fields.insert(0, _numero_change(change.numero))

    def financer(self, label: str, lists: FicheLists, result: FormResult) -> tuple[uuid.UUID, str]:
        known = lists.financer(label)
        if known is not None:
            return known.id, known.libelle
        key = fold(label)
        if key not in self.new_financers:
            self.new_financers[key] = NewFinancer(uuid.uuid4(), label)
        result.notes.append(f"Financeur « {label} » absent de la liste : il y sera ajouté.")
        return self.new_financers[key].id, label

    def financing(
        self,
        content: FormContent,
        change: FicheChange,
        fiche: FicheRecord | None,
        lists: FicheLists,
        result: FormResult,
    ) -> None:
        table = _usable_table(
            content, FINANCING_TABLE, LIGNE_FINANCEMENT, result, "plan de financement"
        )
        if table is None:
            return
        wanted: list[tuple[dict[str, Any], str]] = []
        for number, values in _table_values(
            table, LIGNE_FINANCEMENT, result, "Plan de financement"
        ):
            where = f"Plan de financement, ligne {number}"
            try:
                status = lists.status(values["statut"]) if values.get("statut") else None
            except FieldValueError as exc:
                result.errors.append(f"{where} : {exc.message}")
                continue
            status = status or lists.default_status()
            if status is None:
                result.errors.append(f"{where} : la liste des statuts de financement est vide.")
                continue
            if not values.get("financeur"):
                result.errors.append(f"{where} : Financeur : valeur obligatoire.")
                continue
            if values.get("montant") is None:
                result.errors.append(f"{where} : Montant (€) : valeur obligatoire.")
                continue
            financer_id, financer = self.financer(values["financeur"], lists, result)
            line = {
                "financeur_id": financer_id,
                "dispositif": values.get("dispositif", ""),
                "montant": values["montant"],
                "statut_id": status.id,
            }
            shown = financing_text(financer, line["dispositif"], line["montant"], status.libelle)
            wanted.append((line, shown))
        existing = list(fiche.financements) if fiche is not None else []
        _diff_lines(change, FINANCING, existing, wanted, _financing_key, _financing_values)

    def indicators(
        self,
        content: FormContent,
        change: FicheChange,
        fiche: FicheRecord | None,
        result: FormResult,
    ) -> None:
        table = _usable_table(
            content, INDICATORS_TABLE, INDICATEUR, result, "tableau des indicateurs"
        )
        if table is None:
            return
        wanted: list[tuple[dict[str, Any], str]] = []
        for number, values in _table_values(table, INDICATEUR, result, "Indicateurs"):
            if not values.get("nom"):
                result.errors.append(
                    f"Indicateurs, ligne {number} : Indicateur : valeur obligatoire."
                )
                continue
            line = {
                f.key: values.get(f.key, "" if f.kind is Kind.TEXT else None) for f in INDICATEUR
            }
            wanted.append((line, _indicator_text(line)))
        existing = list(fiche.indicateurs) if fiche is not None else []
        _diff_lines(change, INDICATOR, existing, wanted, _indicator_key, _indicator_values)


def _territory(session: Session, content: FormContent) -> tuple[Territoire | None, str]:
    """The form's territory by identifier, else by name (a copy of the database)."""
    assert content.reference is not None
    territory = session.get(Territoire, content.reference.territoire_id)
    if territory is not None and territory.supprime_le is None:
        return territory, ""
    name = content.territory_name
    if name:
        for candidate in session.scalars(
            select(Territoire).where(Territoire.supprime_le.is_(None))
        ):
            if fold(candidate.nom) == fold(name):
                return candidate, (
                    "Formulaire établi depuis une autre base : territoire reconnu par son nom."
                )
    return None, ""


def _current(fiche: FicheRecord | None) -> dict[str, Any]:
    if fiche is None:
        return {}
    values = {key: getattr(fiche, key) for key in FICHE_ACTION.keys}
    values.update(axe_id=fiche.axe_id, avancement_id=fiche.avancement_id)
    return values


def _numero_change(numero: str) -> Any:
    from ti_desktop.services.imports.fiche_changes import FieldChange

    return FieldChange("numero", "N°", "", f"{numero} (attribué)")


class _Values:
    """Reads the form's field values into the change, by the field table."""

    def __init__(
        self,
        content: FormContent,
        change: FicheChange,
        current: dict[str, Any],
        lists: FicheLists,
        result: FormResult,
    ) -> None:
        self.content, self.change, self.current = content, change, current
        self.lists, self.result = lists, result

    def read(self) -> None:
        content = self.content
        for field_ in layout.FIELDS:
            if field_.key in content.damaged:
                self.result.notes.append(
                    f"Champ « {field_.label} » endommagé ({content.damaged[field_.key]}) : "
                    "valeur actuelle conservée."
                )
                continue
            if field_.key not in content.fields:
                self.result.notes.append(
                    f"Champ « {field_.label} » supprimé du formulaire : valeur actuelle conservée."
                )
                continue
            self.one(field_, content.fields[field_.key])
        merged = {
            **self.current,
            **{k: v for k, v in self.change.values.items() if k in FICHE_ACTION},
        }
        try:
            rules.check_record(FICHE_ACTION, merged)
        except FieldValueError as exc:
            self.result.errors.append(exc.message)

    def one(self, field_: Field, text: str) -> None:
        if field_.kind is Kind.CHOICE:
            self.choice(field_, text.strip())
            return
        if not field_.multiline and "\n" in text.strip():
            self.result.notes.append(
                f"« {field_.label} » tient sur une ligne : ses retours à la ligne sont remplacés "
                "par des espaces."
            )
        raw: Any = text
        if field_.kind in (Kind.MONEY, Kind.DATE) and fold(text.strip()) in NO_VALUE_WORDS:
            raw = ""
        try:
            value = read_value(field_, raw)
        except FieldValueError as exc:
            self.result.errors.append(exc.message)
            return
        self.change.set_value(field_, self.current.get(field_.key, _empty(field_)), value)
        if field_.key == "intitule" and value:
            self.change.intitule = str(value)

    def choice(self, field_: Field, text: str) -> None:
        choice: Choice | None = None
        if text:
            try:
                choice = self.lists.axis(text) if field_.key == "axe" else self.lists.state(text)
            except FieldValueError as exc:
                self.result.errors.append(exc.message)
                return
        old_id = self.current.get(f"{field_.key}_id")
        old = self.current.get(field_.key, "") or ""
        self.change.set_choice(field_, old_id, old, choice)


def _empty(field_: Field) -> Any:
    return "" if field_.kind in (Kind.TEXT, Kind.NUMERO, Kind.EMAIL) else None


def _usable_table(
    content: FormContent, kind: str, entity: Any, result: FormResult, noun: str
) -> FormTable | None:
    if kind in content.damaged:
        result.notes.append(
            f"Le {noun} est endommagé ({content.damaged[kind]}) : {noun} actuel conservé."
        )
        return None
    table = content.tables.get(kind)
    if table is None:
        result.notes.append(f"Le {noun} a été supprimé du formulaire : {noun} actuel conservé.")
        return None
    missing = table.missing(tuple(f for f in entity if f.required or f.key == "nom"))
    if missing:
        names = ", ".join(f"« {f.label} »" for f in missing)
        result.notes.append(f"Le {noun} a perdu sa colonne {names} : {noun} actuel conservé.")
        return None
    return table


def _table_values(
    table: FormTable, entity: Any, result: FormResult, title: str
) -> list[tuple[int, dict[str, Any]]]:
    """Each filled row's values read by the field table (problems in ``result.errors``)."""
    rows = []
    for number, texts in table.rows:
        values: dict[str, Any] = {}
        ok = True
        for column, text in zip(table.columns, texts, strict=False):
            if column is None:
                continue
            raw: Any = text
            if column.kind is Kind.CHOICE:
                values[column.key] = " ".join(text.split())
                continue
            if (
                column.kind in (Kind.MONEY, Kind.DATE, Kind.QUANTITY)
                and fold(text.strip()) in NO_VALUE_WORDS
            ):
                raw = ""
            try:
                value = read_value(entity[column.key], raw)
            except FieldValueError as exc:
                if exc.reason == "valeur obligatoire":
                    continue  # reported below, with the line's own words
                result.errors.append(f"{title}, ligne {number} : {exc.message}")
                ok = False
                continue
            values[column.key] = value
        if ok:
            rows.append((number, values))
    return rows


def _financing_key(line: FinancingLineRecord | dict[str, Any]) -> tuple[Any, str]:
    if isinstance(line, dict):
        return line["financeur_id"], fold(line["dispositif"])
    return line.financeur_id, fold(line.dispositif)


def _financing_values(line: FinancingLineRecord) -> dict[str, Any]:
    return {
        "financeur_id": line.financeur_id,
        "dispositif": line.dispositif,
        "montant": line.montant,
        "statut_id": line.statut_id,
    }


def _indicator_key(line: IndicatorRecord | dict[str, Any]) -> tuple[Any, str]:
    name = line["nom"] if isinstance(line, dict) else line.nom
    return "", fold(name)


def _indicator_values(line: IndicatorRecord) -> dict[str, Any]:
    return {f.key: getattr(line, f.key) for f in INDICATEUR}


def _diff_lines(
    change: FicheChange,
    table: str,
    existing: Sequence[Any],
    wanted: list[tuple[dict[str, Any], str]],
    key: Any,
    values_of: Any,
) -> None:
    """The lines to add, change and remove so the fiche holds ``wanted``, in order."""
    unused = list(existing)
    pairs: list[tuple[dict[str, Any], str, Any]] = []
    for line, shown in wanted:  # same financer and scheme (or same indicator name) first
        match = next((old for old in unused if key(old) == key(line)), None)
        if match is not None:
            unused.remove(match)
        pairs.append((line, shown, match))
    for index, (line, shown, match) in enumerate(pairs):  # then the same financer alone
        if match is None and table == FINANCING:
            match = next((old for old in unused if old.financeur_id == line["financeur_id"]), None)
            if match is not None:
                unused.remove(match)
                pairs[index] = (line, shown, match)
    for line, shown, match in pairs:
        if match is None:
            change.lines.append(LineChange(table, ADD, uuid.uuid4(), line, new=shown))
            continue
        before = values_of(match)
        differing = {k: v for k, v in line.items() if before.get(k) != v}
        if differing:
            change.lines.append(
                LineChange(table, CHANGE, match.id, differing, before, _shown(table, match), shown)
            )
    for old in unused:
        change.lines.append(
            LineChange(table, REMOVE, old.id, expected=values_of(old), old=_shown(table, old))
        )


def _shown(table: str, line: Any) -> str:
    if table == FINANCING:
        return financing_text(line.financeur, line.dispositif, line.montant, line.statut)
    return _indicator_text(_indicator_values(line))


def _indicator_text(values: dict[str, Any]) -> str:
    parts = [str(values["nom"])]
    target = values.get("valeur_cible")
    if target is not None:
        unit = f" {values['unite']}" if values.get("unite") else ""
        parts.append(f"cible {display_text(INDICATEUR['valeur_cible'], target)}{unit}")
    if values.get("echeance") is not None:
        parts.append(f"échéance {display_text(INDICATEUR['echeance'], values['echeance'])}")
    if values.get("valeur_atteinte") is not None:
        parts.append(
            f"atteint {display_text(INDICATEUR['valeur_atteinte'], values['valeur_atteinte'])}"
        )
    return " — ".join(parts)
