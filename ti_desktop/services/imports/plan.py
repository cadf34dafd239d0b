"""Import any tracker: check every cell of a mapped tracker, preview, then write at once.

Once ``reading.read_tracker`` has read the file and its mapping is confirmed,
``plan_tracker`` reads every cell with the field table and checks it against the
territory's fiches and lists, without writing: each problem as sheet / row / column
/ reason, and a ``FicheChange`` per row for the preview. Fiches are matched by their
N° when the tracker has one, else by their intitulé within the territory; a new
fiche without N° is numbered next in its axis. ``apply_tracker`` writes a valid plan
in one transaction (``apply``): all of it, or nothing.

Reading rules beyond the field table: an empty cell leaves the fiche's value as it
is; « - », « néant », « NC »… in a money or date column mean empty; a row whose
N° or intitulé reads « Total » is a total row, skipped; a row with one text cell is
a section title (« Axe 2 – Innover » gives its axis to the rows below when no
column carries the axis); a one-line field given on several lines is joined with
spaces and reported; a hidden row is imported and reported.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any, Literal

from ti_desktop.db.store import Database
from ti_desktop.db.vocabulary import fold
from ti_desktop.errors import CellProblem, UserFacingError
from ti_desktop.services import records
from ti_desktop.services.edits.fiches import Choice, next_number
from ti_desktop.services.exchange.importer import refusal
from ti_desktop.services.fields import FICHE_ACTION, LIGNE_FINANCEMENT, Kind, rules
from ti_desktop.services.fields.values import (
    FieldValueError,
    as_text,
    check_value,
    display_text,
    read_value,
)
from ti_desktop.services.imports import apply as applying
from ti_desktop.services.imports.cells import TableRow, Unreadable, is_blank_cell
from ti_desktop.services.imports.fiche_changes import (
    ADD,
    CHANGE,
    CREATE,
    FINANCING,
    RESTORE,
    UPDATE,
    ChangeCounts,
    FicheChange,
    FieldChange,
    LineChange,
    NewFinancer,
    count_changes,
    financing_text,
)
from ti_desktop.services.imports.lists import FicheLists
from ti_desktop.services.imports.mapping import FIELD, FINANCER, STATUS
from ti_desktop.services.imports.reading import ColumnChoice, TrackerReading
from ti_desktop.services.progress import ProgressCallback, report
from ti_desktop.services.records import FicheRecord, FinancingLineRecord

NO_VALUE_WORDS = frozenset(
    fold(word)
    for word in ("-", "–", "—", "/", "néant", "nc", "n/c", "na", "n/a", "sans objet", "s/o", "so")
)
"""What trackers write in a money or date cell that has no value."""

_MONEY = LIGNE_FINANCEMENT["montant"]


# --- the plan ------------------------------------------------------------------------------


@dataclass
class TrackerPlan:
    """A tracker read, checked against a territory, and not yet written."""

    source: Path
    sheet: str
    territoire_id: uuid.UUID
    territory: str
    columns: list[ColumnChoice]
    statut: str  # the status of financer columns without one of their own
    statut_default: bool  # chosen by the program (none was given)
    errors: list[CellProblem] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    changes: list[FicheChange] = field(default_factory=list)
    new_financers: list[NewFinancer] = field(default_factory=list)

    @property
    def is_valid(self) -> bool:
        """No error: the plan can be applied."""
        return not self.errors

    @property
    def counts(self) -> ChangeCounts:
        return count_changes(self.changes)

    @property
    def unmapped(self) -> list[ColumnChoice]:
        """Columns left out of the import (listed for the user)."""
        return [column for column in self.columns if not column.mapped]

    def mapping_lines(self) -> list[str]:
        """The mapping used, one French line per mapped column, then the ignored ones."""
        lines = [column.describe() for column in self.columns if column.mapped]
        if any(c.target.kind == FINANCER and not c.target.statut for c in self.columns):
            how = " (par défaut ; --statut pour un autre)" if self.statut_default else ""
            lines.append(f"Statut des financements : « {self.statut} »{how}")
        ignored = [column.name for column in self.unmapped if column.header or column.samples]
        if ignored:
            lines.append("Colonnes ignorées : " + ", ".join(ignored))
        return lines

    def summary(self) -> str:
        """One French sentence of counts."""
        text = self.counts.summary()
        if self.new_financers:
            text += " ; financeur(s) ajouté(s) : " + ", ".join(
                f.libelle for f in self.new_financers
            )
        return text + "."


def plan_tracker(
    database: Database,
    reading: TrackerReading,
    territoire_id: uuid.UUID,
    *,
    statut: str | None = None,
    progress: ProgressCallback | None = None,
) -> TrackerPlan:
    """Check every row of ``reading`` against the territory's fiches; nothing is written.

    Raises:
        UserFacingError: the territory no longer exists.
    """
    with database.reader() as session:
        territory = records.load_territory(session, territoire_id, with_fiches=False)
        if territory is None:
            raise UserFacingError("Ce territoire n'existe plus (il a peut-être été supprimé).")
        lists = FicheLists(session, territoire_id)
        active = records.load_fiches(session, territoire_id)
        trashed = records.load_fiches(session, territoire_id, trashed=True)
    planner = _Planner(reading, territoire_id, territory.nom, lists, active, trashed)
    planner.check_mapping(statut)
    if not planner.plan.errors:
        planner.read_rows(progress)
    planner.plan.errors.sort(key=lambda p: (p.row or 0, p.column or ""))
    return planner.plan


def apply_tracker(
    database: Database, plan: TrackerPlan, progress: ProgressCallback | None = None
) -> ChangeCounts:
    """Write a valid plan in one transaction; return what it changed.

    Raises:
        WorkbookError: the plan has errors (nothing written).
        UserFacingError: a fiche changed since the plan was made (nothing written).
    """
    if not plan.is_valid:
        raise refusal(plan.source, plan.errors)
    with database.session() as session:
        applying.apply_changes(session, plan.changes, plan.new_financers, progress)
    return plan.counts


class _Planner:
    """Builds a ``TrackerPlan`` row by row."""

    def __init__(
        self,
        reading: TrackerReading,
        territoire_id: uuid.UUID,
        territory: str,
        lists: FicheLists,
        active: list[FicheRecord],
        trashed: list[FicheRecord],
    ) -> None:
        self.reading = reading
        self.lists = lists
        self.plan = TrackerPlan(
            reading.source, reading.sheet, territoire_id, territory, reading.columns, "", False
        )
        self.by_number = {f.numero: f for f in [*trashed, *active]}
        self.by_title: dict[str, list[FicheRecord]] = {}
        for fiche in active:
            self.by_title.setdefault(fold(fiche.intitule), []).append(fiche)
        self.used_numbers = set(self.by_number)
        self.seen_numbers: dict[str, int] = {}
        self.seen_titles: dict[str, int] = {}
        self.seen_fiches: dict[uuid.UUID, int] = {}
        self.new_financers: dict[str, NewFinancer] = {}
        self.column_status: dict[int, Choice] = {}
        self.default_status: Choice | None = None
        self.explicit_status = False
        self.section_axis: Choice | None = None
        self.to_number: list[tuple[FicheChange, Choice | None]] = []

    # -- problems

    def error(self, row: int | None, column: ColumnChoice | None, reason: str) -> None:
        name = column.header or f"colonne {column.letter}" if column else None
        self.plan.errors.append(CellProblem(self.reading.sheet, row, name, reason))

    def warn(self, row: int, column: ColumnChoice | None, text: str) -> None:
        where = f"Feuille « {self.reading.sheet} », ligne {row}"
        if column is not None:
            where += f", colonne {column.name}"
        self.plan.warnings.append(f"{where} : {text}")

    # -- the mapping

    def columns_of(self, kind: str) -> list[ColumnChoice]:
        return [c for c in self.reading.columns if c.target.kind == kind]

    def check_mapping(self, statut: str | None) -> None:
        header_row = self.reading.header.number
        seen: dict[str, ColumnChoice] = {}
        for column in self.reading.columns:
            if column.target.kind in (FIELD, STATUS):
                spec = column.target.spec()
                if spec in seen:
                    self.error(
                        header_row, column,
                        f"« {column.target.label()} » est déjà lu dans la colonne "
                        f"{seen[spec].name} : une seule colonne par champ",
                    )  # fmt: skip
                seen.setdefault(spec, column)
        if "numero" not in seen and "intitule" not in seen:
            self.error(
                header_row, None,
                "aucune colonne ne donne le N° ni l'intitulé des fiches : associez une colonne "
                "à « Intitulé » (ou à « N° »)",
            )  # fmt: skip
        for column in self.columns_of(FINANCER):
            if column.target.statut:
                try:
                    self.column_status[column.index] = self.lists.status(column.target.statut)
                except FieldValueError as exc:
                    self.error(header_row, column, exc.reason)
        if statut:
            try:
                self.default_status = self.lists.status(statut)
                self.explicit_status = True
            except FieldValueError as exc:
                self.plan.errors.append(CellProblem(self.reading.sheet, None, None, exc.message))
        else:
            self.default_status = self.lists.default_status()
            self.plan.statut_default = True
        if self.default_status is not None:
            self.plan.statut = self.default_status.libelle

    # -- the rows

    def read_rows(self, progress: ProgressCallback | None) -> None:
        rows = self.reading.rows
        mapped = [c for c in self.reading.columns if c.mapped]
        for done, row in enumerate(rows):
            if done % 50 == 0:
                report(progress, done, len(rows), f"Vérification de la ligne {row.number}")
            if self.is_section(row, len(mapped)):
                self.section(row, row.cells[_filled(row)[0]])
                continue
            if not any(not is_blank_cell(row.cell(c.index)) for c in mapped):
                continue  # only ignored columns are filled: nothing to import
            if row.hidden:
                self.warn(row.number, None, "ligne masquée dans le tableur, importée")
            self.read_row(row)
        self.number_new_fiches()
        self.plan.new_financers = list(self.new_financers.values())

    def is_section(self, row: TableRow, mapped: int) -> bool:
        """A title between fiches (« Axe 2 – Innover »).

        One text cell with letters, outside the intitulé column unless it starts with
        « Axe », in a tracker of three mapped columns or more.
        """
        filled = _filled(row)
        if len(filled) != 1 or mapped < 3:
            return False
        text = row.cells[filled[0]]
        if not isinstance(text, str) or not any(c.isalpha() for c in text):
            return False
        titles = [c.index for c in self.columns_of(FIELD) if c.target.key == "intitule"]
        return filled[0] not in titles or fold(text).startswith("axe")

    def section(self, row: TableRow, title: str) -> None:
        text = " ".join(str(title).split())
        if self.columns_of(FIELD) and any(c.target.key == "axe" for c in self.columns_of(FIELD)):
            self.warn(row.number, None, f"« {text} » lu comme un titre de section, ignoré")
            return
        try:
            self.section_axis = self.lists.axis(text)
        except FieldValueError:
            self.warn(row.number, None, f"« {text} » lu comme un titre de section, ignoré")
            return
        self.warn(
            row.number, None,
            f"« {text} » lu comme un titre de section : les fiches en dessous reçoivent "
            f"l'axe « {self.section_axis.libelle} »",
        )  # fmt: skip

    def cell(self, row: TableRow, column: ColumnChoice, field_: Any) -> tuple[bool, Any]:
        """(read, value) of one cell by ``field_``'s rules; problems reported."""
        raw = row.cell(column.index)
        if is_blank_cell(raw):
            return True, None  # an empty cell leaves the fiche's value as it is
        if isinstance(raw, Unreadable):
            self.error(row.number, column, raw.reason)
            return False, None
        if (
            field_.kind in (Kind.MONEY, Kind.DATE, Kind.QUANTITY)
            and isinstance(raw, str)
            and fold(raw.strip()) in NO_VALUE_WORDS
        ):
            return True, None
        if (
            isinstance(raw, str)
            and field_.kind in (Kind.TEXT, Kind.NUMERO, Kind.CHOICE)
            and not field_.multiline
            and ("\n" in raw.strip() or "\r" in raw.strip())
        ):
            self.warn(
                row.number, column,
                f"« {field_.label} » tient sur une ligne : ses retours à la ligne sont "
                "remplacés par des espaces",
            )  # fmt: skip
        try:
            value = read_value(field_, raw)
            if column.scale != 1 and isinstance(value, Decimal):
                value = value * column.scale
                check_value(field_, value)
        except FieldValueError as exc:
            self.error(row.number, column, exc.reason)
            return False, None
        return True, value

    def is_total(self, row: TableRow) -> bool:
        """A row whose N° or intitulé reads « Total » (« Sous-total axe 1 »…)."""
        for column in self.columns_of(FIELD):
            if column.target.key in ("numero", "intitule"):
                raw = row.cell(column.index)
                if isinstance(raw, str) and _is_total(raw):
                    return True
        return False

    def read_row(self, row: TableRow) -> None:
        if self.is_total(row):
            self.warn(row.number, None, "ligne de total, ignorée")
            return
        values: dict[str, Any] = {}
        where: dict[str, ColumnChoice] = {}
        failed = False
        for column in self.columns_of(FIELD):
            ok, value = self.cell(row, column, column.target.field)
            failed |= not ok
            if ok and value not in (None, ""):
                values[column.target.key] = value
                where[column.target.key] = column
        numero, intitule = str(values.get("numero", "")), str(values.get("intitule", ""))
        amounts = self.amounts(row)
        if not numero and not intitule:
            if amounts and not failed:
                self.warn(row.number, None, "ligne sans N° ni intitulé (un total ?), ignorée")
            elif not failed:
                self.error(
                    row.number, None, "ni N° ni intitulé : la fiche ne peut pas être identifiée"
                )
            return
        choices = self.resolve_lists(row, values, where)
        if choices is None:
            failed = True
        fiche = self.match(row, numero, intitule, where)
        if failed or fiche is False:
            return
        self.build(row, fiche, values, where, choices or {}, amounts)

    def amounts(self, row: TableRow) -> list[tuple[ColumnChoice, Decimal]]:
        found = []
        for column in self.columns_of(FINANCER):
            ok, value = self.cell(row, column, _MONEY)
            if ok and value is not None:
                found.append((column, value))
        return found

    def resolve_lists(
        self, row: TableRow, values: dict[str, Any], where: dict[str, ColumnChoice]
    ) -> dict[str, Choice | None] | None:
        """The axis, progress and row status choices; None when one is refused."""
        found: dict[str, Choice | None] = {"axe": self.section_axis}
        readers = {"axe": self.lists.axis, "avancement": self.lists.state}
        ok = True
        for key, read in readers.items():
            if key in values:
                try:
                    found[key] = read(values.pop(key))
                except FieldValueError as exc:
                    self.error(row.number, where[key], exc.reason)
                    ok = False
        for column in self.columns_of(STATUS):
            text = as_text(row.cell(column.index))
            if text:
                try:
                    found["statut"] = self.lists.status(text)
                except FieldValueError as exc:
                    self.error(row.number, column, exc.reason)
                    ok = False
        return found if ok else None

    def match(
        self, row: TableRow, numero: str, intitule: str, where: dict[str, ColumnChoice]
    ) -> FicheRecord | Literal[False] | None:
        """The fiche the row is about (None: a new one; False: refused, reported)."""
        if numero:
            if numero in self.seen_numbers:
                self.error(
                    row.number, where["numero"],
                    f"fiche n° {numero} en double (déjà en ligne {self.seen_numbers[numero]})",
                )  # fmt: skip
                return False
            self.seen_numbers[numero] = row.number
            return self.not_seen(row, self.by_number.get(numero), where["numero"])
        key = fold(intitule)
        if key in self.seen_titles:
            self.error(
                row.number, where["intitule"],
                f"intitulé en double (déjà en ligne {self.seen_titles[key]}) : sans N°, chaque "
                "fiche est reconnue par son intitulé",
            )  # fmt: skip
            return False
        self.seen_titles[key] = row.number
        matches = self.by_title.get(key, [])
        if len(matches) > 1:
            numbers = ", ".join(f.numero for f in matches)
            self.error(
                row.number, where["intitule"],
                f"plusieurs fiches du territoire s'intitulent ainsi (n° {numbers}) : ajoutez une "
                "colonne « N° » pour dire laquelle",
            )  # fmt: skip
            return False
        return self.not_seen(row, matches[0] if matches else None, where["intitule"])

    def not_seen(
        self, row: TableRow, fiche: FicheRecord | None, column: ColumnChoice
    ) -> FicheRecord | Literal[False] | None:
        if fiche is not None and fiche.id in self.seen_fiches:
            self.error(
                row.number, column,
                f"la fiche n° {fiche.numero} est déjà importée par la ligne "
                f"{self.seen_fiches[fiche.id]}",
            )  # fmt: skip
            return False
        if fiche is not None:
            self.seen_fiches[fiche.id] = row.number
        return fiche

    def build(
        self,
        row: TableRow,
        fiche: FicheRecord | None,
        values: dict[str, Any],
        where: dict[str, ColumnChoice],
        choices: dict[str, Choice | None],
        amounts: list[tuple[ColumnChoice, Decimal]],
    ) -> None:
        source = f"ligne {row.number}"
        if fiche is None:
            if "intitule" not in values:
                self.error(
                    row.number, where.get("numero"), "« Intitulé » manque pour cette nouvelle fiche"
                )
                return
            change = FicheChange(
                self.plan.territoire_id, uuid.uuid4(), CREATE, str(values.get("numero", "")),
                str(values["intitule"]), source,
            )  # fmt: skip
            current: dict[str, Any] = {}
        else:
            action = RESTORE if fiche.est_supprimee else UPDATE
            change = FicheChange(
                self.plan.territoire_id, fiche.id, action, fiche.numero,
                str(values.get("intitule", fiche.intitule)), source,
            )  # fmt: skip
            current = {key: getattr(fiche, key) for key in FICHE_ACTION.keys}
            current.update(axe_id=fiche.axe_id, avancement_id=fiche.avancement_id)
        for key, value in values.items():
            change.set_value(FICHE_ACTION[key], current.get(key), value)
        for key in ("axe", "avancement"):
            chosen = choices.get(key)
            if chosen is not None:
                old = getattr(fiche, key) if fiche is not None else ""
                change.set_choice(FICHE_ACTION[key], current.get(f"{key}_id"), old, chosen)
        merged = {**current, **{k: v for k, v in change.values.items() if k in FICHE_ACTION}}
        try:
            rules.check_record(FICHE_ACTION, merged)
        except FieldValueError as exc:
            key = exc.field.key if exc.field is not None else ""
            self.error(row.number, where.get(key), exc.reason)
            return
        lines = fiche.financements if fiche is not None else []
        self.financing(row, change, lines, amounts, choices.get("statut"))
        if fiche is None and not change.numero:
            self.to_number.append((change, choices.get("axe")))
        elif fiche is None:
            self.used_numbers.add(change.numero)
        self.over_financed(row, change, fiche)
        self.plan.changes.append(change)

    def financing(
        self,
        row: TableRow,
        change: FicheChange,
        lines: list[FinancingLineRecord],
        amounts: list[tuple[ColumnChoice, Decimal]],
        row_status: Choice | None,
    ) -> None:
        used: set[uuid.UUID] = set()
        for column, amount in amounts:
            target = column.target
            status = self.column_status.get(column.index) or row_status
            explicit = status is not None or self.explicit_status
            status = status or self.default_status
            if status is None:
                self.error(row.number, column, "la liste des statuts de financement est vide")
                continue
            financer_id, financer = self.financer(target.financeur)
            wanted_status = status.id if target.statut else None
            candidates = _matching_lines(
                [line for line in lines if line.id not in used],
                financer,
                target.dispositif,
                wanted_status,
            )
            if len(candidates) > 1:
                self.error(
                    row.number, column,
                    f"la fiche a {len(candidates)} lignes de financement « {financer} » : "
                    f"associez la colonne à un dispositif (financeur:{financer}@DISPOSITIF)",
                )  # fmt: skip
                continue
            shown = financing_text(financer, target.dispositif, amount, status.libelle)
            if candidates:
                line = candidates[0]
                used.add(line.id)
                wanted: dict[str, Any] = {}
                if line.montant != amount:
                    wanted["montant"] = amount
                if explicit and line.statut_id != status.id:
                    wanted["statut_id"] = status.id
                if wanted:
                    expected = {"montant": line.montant, "statut_id": line.statut_id}
                    old = financing_text(line.financeur, line.dispositif, line.montant, line.statut)
                    new = financing_text(
                        line.financeur, line.dispositif, amount,
                        status.libelle if "statut_id" in wanted else line.statut,
                    )  # fmt: skip
                    change.lines.append(
                        LineChange(FINANCING, CHANGE, line.id, wanted, expected, old, new)
                    )
            elif amount != 0:
                values = {
                    "financeur_id": financer_id,
                    "statut_id": status.id,
                    "montant": amount,
                    "dispositif": target.dispositif,
                }
                change.lines.append(LineChange(FINANCING, ADD, uuid.uuid4(), values, new=shown))

    def financer(self, label: str) -> tuple[uuid.UUID, str]:
        known = self.lists.financer(label)
        if known is not None:
            return known.id, known.libelle
        key = fold(label)
        if key not in self.new_financers:
            self.new_financers[key] = NewFinancer(uuid.uuid4(), label)
            self.plan.warnings.append(
                f"Financeur « {label} » absent de la liste : il y sera ajouté."
            )
        return self.new_financers[key].id, self.new_financers[key].libelle

    def over_financed(self, row: TableRow, change: FicheChange, fiche: FicheRecord | None) -> None:
        cost = change.values.get("cout_total_ht", fiche.cout_total_ht if fiche else None)
        if cost is None:
            return
        total = Decimal(0)
        changed = {line.record_id: line for line in change.lines}
        for line in fiche.financements if fiche is not None else []:
            if line.est_refusee:
                continue
            total += (
                changed[line.id].values.get("montant", line.montant)
                if line.id in changed
                else line.montant
            )
        total += sum(
            (line.values["montant"] for line in change.lines if line.action == ADD), Decimal(0)
        )
        if total > cost:
            self.warn(
                row.number, None,
                f"le plan de financement ({display_text(_MONEY, total)}) dépasse le coût total "
                f"({display_text(_MONEY, cost)})",
            )  # fmt: skip

    def number_new_fiches(self) -> None:
        positions = {axis.id: index for index, axis in enumerate(self.lists.axes)}
        for change, axis in self.to_number:
            prefix = f"{positions[axis.id] + 1}." if axis is not None else ""
            change.numero = next_number(prefix, self.used_numbers)
            self.used_numbers.add(change.numero)
            change.values["numero"] = change.numero
            change.fields.insert(0, FieldChange("numero", "N°", "", f"{change.numero} (attribué)"))


def _matching_lines(
    lines: list[FinancingLineRecord],
    financer: str,
    dispositif: str,
    statut_id: uuid.UUID | None,
) -> list[FinancingLineRecord]:
    """The fiche's lines a financer column updates (one, or none for a new line).

    Same financer (and status, when the column's header names one); then the same
    scheme, else a scheme containing it (« FEDER » in « FEDER 2021-2027 »), else the
    financer's only line, or its line without a scheme.
    """
    same = [
        line
        for line in lines
        if fold(line.financeur) == fold(financer)
        and (statut_id is None or line.statut_id == statut_id)
    ]
    if len(same) <= 1 and not dispositif:
        return same
    wanted = fold(dispositif)
    exact = [line for line in same if fold(line.dispositif) == wanted]
    if exact:
        return exact
    containing = [line for line in same if wanted and wanted in fold(line.dispositif)]
    if containing:
        return containing
    return same if len(same) == 1 else [line for line in same if not line.dispositif] or same


def _filled(row: TableRow) -> list[int]:
    return [index for index, value in enumerate(row.cells) if not is_blank_cell(value)]


def _is_total(text: str) -> bool:
    folded = fold(text)
    return folded.startswith(("total", "sous-total", "sous total")) and len(folded) < 40
