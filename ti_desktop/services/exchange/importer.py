"""Import an exchange workbook: read and check everything, preview, then write at once.

``plan_import`` reads the whole file and checks every cell against the database
without writing; its ``ImportPlan`` lists every problem (sheet, row, column, reason)
and a preview per territory. ``apply_import`` writes a valid plan in one transaction.
All or nothing: one invalid cell and nothing is written.
"""

from __future__ import annotations

import functools
import math
import uuid
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from pathlib import Path
from typing import Any, TypeVar

import openpyxl
from defusedxml import DefusedXmlException
from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session, selectinload

from ti_desktop.db.base import utc_now
from ti_desktop.db.models import (
    Axe,
    Contrat,
    EtatAvancement,
    FicheAction,
    Financeur,
    Indicateur,
    LigneFinancement,
    Signataire,
    StatutFinancement,
    Territoire,
)
from ti_desktop.db.store import Database
from ti_desktop.db.vocabulary import (
    DEFAULT_AXES,
    GroupeSignataire,
    Phase,
    StatutContrat,
    TypeDocument,
    fold,
    match_label,
    parse_group,
    parse_phase,
)
from ti_desktop.errors import CellProblem, WorkbookError
from ti_desktop.services import reference_lists
from ti_desktop.services.exchange import format as fmt
from ti_desktop.services.exchange import guard as xlsx_guard
from ti_desktop.services.fields.values import parse_date, parse_decimal
from ti_desktop.services.progress import ProgressCallback, report
from ti_desktop.services.territories import create_territory

CENT = Decimal("0.01")
QUANTUM = Decimal("0.0001")
MAX_AMOUNT = Decimal("999999999999.99")  # Numeric(14, 2)
MAX_QUANTITY = Decimal("999999999999.9999")  # Numeric(16, 4)

_TERRITORY_FIELDS = (
    "region",
    "departements",
    "chef_projet_nom",
    "chef_projet_email",
    "chef_projet_telephone",
    "elu_referent",
    "industriel_referent",
)
_CONTRACT_FIELDS = (
    "type_document",
    "statut",
    "date_signature",
    "lieu_signature",
    "deliberation_region_reference",
    "deliberation_region_date",
)
_FICHE_FIELDS = (
    "intitule",
    "maitre_ouvrage",
    "description",
    "objectifs",
    "partenaires",
    "localisation",
    "date_debut",
    "date_fin",
    "cout_total_ht",
    "enjeu_local",
    "contact",
    "demande_simplification",
)


_fold = functools.lru_cache(maxsize=1 << 16)(fold)
"""``fold`` is called for every cell that names a territory, axis or list value."""


_Labelled = TypeVar("_Labelled", EtatAvancement, StatutFinancement, Financeur)


def _find(rows: list[_Labelled], label: str) -> _Labelled | None:
    """``reference_lists.find_by_label`` with cached folding (lists are short)."""
    key = _fold(label)
    return next((row for row in rows if _fold(row.libelle) == key), None)


def _match(label: str, choices: list[str]) -> str | None:
    key = _fold(label)
    return next((choice for choice in choices if _fold(choice) == key), None)


# --- The plan a human previews ---------------------------------------------------------


@dataclass
class TerritoryPreview:
    """What importing will do to one territory."""

    nom: str
    action: str  # "création", "mise à jour" or "restauration" (from the trash)
    axes: int | None = None  # axes replaced by the Axes sheet
    signatories: int | None = None  # signatories replaced by the Signataires sheet
    fiches_created: list[str] = field(default_factory=list)
    fiches_updated: list[str] = field(default_factory=list)
    fiches_restored: list[str] = field(default_factory=list)
    financing_lines: int = 0
    indicators: int = 0

    def describe(self) -> str:
        """One French line for a preview list."""
        parts = [f"{self.nom} ({self.action})"]
        if self.axes is not None:
            parts.append(f"{self.axes} axe(s)")
        if self.signatories is not None:
            parts.append(f"{self.signatories} signataire(s) remplacés")
        counts = [
            (len(self.fiches_created), "fiche(s) créée(s)"),
            (len(self.fiches_updated), "fiche(s) mise(s) à jour"),
            (len(self.fiches_restored), "fiche(s) restaurée(s) de la corbeille"),
            (self.financing_lines, "ligne(s) de financement"),
            (self.indicators, "indicateur(s)"),
        ]
        parts.extend(f"{count} {label}" for count, label in counts if count)
        return " — ".join(parts)


@dataclass
class ImportPlan:
    """Everything read from a workbook, checked, and not yet written."""

    source: Path
    errors: list[CellProblem] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    territories: list[TerritoryPreview] = field(default_factory=list)
    new_financers: list[str] = field(default_factory=list)
    _content: _Content | None = field(default=None, repr=False)

    @property
    def is_valid(self) -> bool:
        """No error: the plan can be applied."""
        return not self.errors

    def preview_lines(self) -> list[str]:
        """The preview as French lines (territories, then new financers)."""
        lines = [t.describe() for t in self.territories]
        if self.new_financers:
            lines.append("Nouveaux financeurs : " + ", ".join(self.new_financers))
        return lines


@dataclass(frozen=True)
class ImportReport:
    """What an applied import changed."""

    source: Path
    territories_created: int
    territories_updated: int
    fiches_created: int
    fiches_updated: int
    fiches_restored: int
    signatories: int
    financing_lines: int
    indicators: int
    financers_added: list[str]
    warnings: list[str]

    def summary(self) -> str:
        """One French sentence for the CLI and the status line."""
        text = (
            f"{self.territories_created} territoire(s) créé(s), {self.territories_updated} mis à "
            f"jour ; {self.fiches_created} fiche(s) créée(s), {self.fiches_updated} mise(s) à jour"
        )
        if self.fiches_restored:
            text += f" dont {self.fiches_restored} restaurée(s) de la corbeille"
        text += (
            f" ; {self.signatories} signataire(s), {self.financing_lines} ligne(s) de "
            f"financement, {self.indicators} indicateur(s)"
        )
        if self.financers_added:
            text += " ; financeur(s) ajouté(s) : " + ", ".join(self.financers_added)
        return text + "."


# --- Reading cells -----------------------------------------------------------------------


class _Invalid(ValueError):
    """A cell value that cannot be read; the message is the French reason."""


def _number_text(value: float) -> str:
    """A float cell as the shortest text (``1.1`` not ``1.1000000000000001``)."""
    if value == int(value) and abs(value) < 1e15:
        return str(int(value))
    return format(Decimal(repr(value)).normalize(), "f")


def read_text(value: object) -> str:
    """Any cell as trimmed text (numbers without float noise, dates as JJ/MM/AAAA)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "oui" if value else "non"
    if isinstance(value, float):
        return _number_text(value)
    if isinstance(value, datetime):
        return value.strftime("%d/%m/%Y")
    if isinstance(value, date):
        return value.strftime("%d/%m/%Y")
    return str(value).strip()


def _decimal_of(value: object, places: Decimal) -> Decimal:
    if isinstance(value, bool):
        raise _Invalid(f"« {value} » n'est pas un nombre")
    if isinstance(value, int):
        number = Decimal(value)
    elif isinstance(value, float):
        if not math.isfinite(value):
            raise _Invalid("la cellule ne contient pas un nombre valide")
        number = Decimal(repr(value))
        rounded = number.quantize(places, rounding=ROUND_HALF_UP)
        # a float cell carries binary noise (0.1 + 0.2): keep what the user meant
        if abs(number - rounded) < Decimal("1e-6"):
            return rounded
    elif isinstance(value, Decimal):
        number = value
    elif isinstance(value, datetime | date):
        raise _Invalid("la cellule contient une date, pas un nombre")
    else:
        try:
            number = parse_decimal(str(value))
        except ValueError as exc:
            raise _Invalid(str(exc)) from exc
    try:
        rounded = number.quantize(places)
    except InvalidOperation as exc:
        raise _Invalid(f"« {read_text(value)} » est un nombre trop grand") from exc
    if rounded != number:
        decimals = -places.as_tuple().exponent  # type: ignore[operator]
        raise _Invalid(f"« {read_text(value)} » a plus de {decimals} décimales")
    return rounded


def read_amount(value: object) -> Decimal | None:
    """A euro amount: numeric cell or French text; never negative, at most cents."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    amount = _decimal_of(value, CENT)
    if amount < 0:
        raise _Invalid(f"le montant {read_text(value)} est négatif")
    if amount > MAX_AMOUNT:
        raise _Invalid(f"le montant {read_text(value)} dépasse 999 999 999 999,99 €")
    return amount


def read_quantity(value: object) -> Decimal | None:
    """An indicator value (up to four decimals)."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    number = _decimal_of(value, QUANTUM)
    if abs(number) > MAX_QUANTITY:
        raise _Invalid(f"la valeur {read_text(value)} est trop grande")
    return number


def read_date(value: object) -> date | None:
    """A date cell, ``JJ/MM/AAAA`` or ISO text."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        raise _Invalid(f"« {read_text(value)} » n'est pas une date (attendu JJ/MM/AAAA)")
    try:
        return parse_date(str(value))
    except ValueError as exc:
        raise _Invalid(str(exc)) from exc


def read_integer(value: object) -> int | None:
    """A whole number (an order)."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    text = read_text(value)
    if text.lstrip("-").isdigit():
        return int(text)
    raise _Invalid(f"« {text} » n'est pas un nombre entier")


def read_period(value: object) -> tuple[int | None, int | None]:
    """``AAAA-AAAA`` (also with an en dash) or a single year."""
    text = read_text(value).replace("\u2013", "-").replace("\u2014", "-").replace(" ", "")
    if not text:
        return None, None
    start, _, end = text.partition("-")
    if not (start.isdigit() and len(start) == 4 and (not end or (end.isdigit() and len(end) == 4))):
        raise _Invalid(f"« {read_text(value)} » n'est pas une période (attendu AAAA-AAAA)")
    first, last = int(start), int(end) if end else int(start)
    if last < first:
        raise _Invalid(f"la période « {read_text(value)} » finit avant de commencer")
    return first, last


_READERS: dict[fmt.Kind, Any] = {
    fmt.Kind.TEXT: read_text,
    fmt.Kind.NUMERO: read_text,
    fmt.Kind.INTEGER: read_integer,
    fmt.Kind.MONEY: read_amount,
    fmt.Kind.QUANTITY: read_quantity,
    fmt.Kind.DATE: read_date,
    fmt.Kind.PERIOD: read_period,
}


# --- Reading sheets ------------------------------------------------------------------------


@dataclass
class _Row:
    """One data row: its number and its converted values by column key."""

    number: int
    values: dict[str, Any]


@dataclass
class _Sheet:
    spec: fmt.SheetSpec
    present: set[str]
    rows: list[_Row]

    def has(self, key: str) -> bool:
        return key in self.present


@dataclass
class _Content:
    """The converted rows of each exchange sheet found in the workbook."""

    sheets: dict[str, _Sheet]

    def get(self, spec: fmt.SheetSpec) -> _Sheet | None:
        return self.sheets.get(spec.name)

    def rows(self, spec: fmt.SheetSpec) -> list[_Row]:
        sheet = self.sheets.get(spec.name)
        return sheet.rows if sheet else []


def _is_blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _read_sheet(
    worksheet: Any, spec: fmt.SheetSpec, errors: list[CellProblem], warnings: list[str]
) -> _Sheet:
    worksheet.reset_dimensions()  # some producers write a wrong <dimension>
    rows = worksheet.iter_rows(values_only=True)
    header = next(rows, None) or ()
    columns: dict[int, fmt.Column] = {}
    for index, title in enumerate(header):
        if _is_blank(title):
            continue
        column = spec.find_column(read_text(title))
        if column is None:
            warnings.append(
                f"Feuille « {spec.name} » : colonne « {read_text(title)} » inconnue, ignorée."
            )
        elif column in columns.values():
            errors.append(CellProblem(spec.name, 1, column.header, "colonne en double"))
        else:
            columns[index] = column
    present = {column.key for column in columns.values()}
    for column in spec.columns:
        if column.required and column.key not in present:
            errors.append(
                CellProblem(
                    spec.name,
                    1,
                    column.header,
                    f"colonne obligatoire absente (en-têtes attendus en ligne 1 : "
                    f"{', '.join(spec.headers)})",
                )
            )
    sheet = _Sheet(spec, present, [])
    for number, raw in enumerate(rows, start=2):
        if all(_is_blank(v) for v in raw):
            continue
        values: dict[str, Any] = {}
        for index, column in columns.items():
            cell = raw[index] if index < len(raw) else None
            if column.required and _is_blank(cell):
                errors.append(CellProblem(spec.name, number, column.header, "valeur obligatoire"))
                continue
            try:
                values[column.key] = _READERS[column.kind](cell)
            except _Invalid as exc:
                errors.append(CellProblem(spec.name, number, column.header, str(exc)))
        sheet.rows.append(_Row(number, values))
    return sheet


_MALFORMED = (
    DefusedXmlException,
    SyntaxError,  # ElementTree.ParseError, lxml's XMLSyntaxError
    zipfile.BadZipFile,
    zlib.error,
    ValueError,
    KeyError,
)
"""What openpyxl raises on a damaged or hostile sheet while streaming its rows."""


def _read_workbook(
    source: Path, errors: list[CellProblem], warnings: list[str], progress: ProgressCallback | None
) -> _Content:
    try:
        workbook = openpyxl.load_workbook(source, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a malformed file
        raise WorkbookError(
            f"« {source.name} » n'est pas un classeur Excel lisible (fichier endommagé ou piégé).",
            details=[str(exc)],
        ) from exc
    content = _Content({})
    try:
        sheets = list(workbook.worksheets)
        for done, worksheet in enumerate(sheets):
            spec = fmt.find_sheet_spec(worksheet.title)
            if spec is None:
                if _fold(worksheet.title) not in {_fold(n) for n in fmt.COMPUTED_SHEETS}:
                    warnings.append(f"Feuille « {worksheet.title} » inconnue, ignorée.")
                continue
            if spec.name in content.sheets:
                errors.append(CellProblem(worksheet.title, None, None, "feuille en double"))
                continue
            report(progress, done, len(sheets) + 1, f"Lecture de la feuille « {spec.name} »")
            try:
                content.sheets[spec.name] = _read_sheet(worksheet, spec, errors, warnings)
            except _MALFORMED as exc:
                raise WorkbookError(
                    f"« {source.name} » : la feuille « {worksheet.title} » est illisible "
                    "(fichier endommagé ou piégé).",
                    details=[str(exc)],
                ) from exc
    finally:
        workbook.close()
    if not content.sheets:
        errors.append(
            CellProblem(
                source.name,
                None,
                None,
                "aucune feuille d'échange trouvée (attendu : "
                + ", ".join(s.name for s in fmt.EXCHANGE_SHEETS)
                + ")",
            )
        )
    return content


# --- Checking against the database ----------------------------------------------------------


@dataclass
class _Resolution:
    """The database objects and decisions a valid plan writes with."""

    territories: dict[str, Territoire]  # folded name → existing territory (trash included)
    names: dict[str, str]  # folded name → display name
    axes: dict[str, list[str]]  # folded name → axis labels after import
    states: list[EtatAvancement]
    statuses: list[StatutFinancement]
    financers: list[Financeur]
    new_financers: dict[str, str]  # folded → label
    fiches_with_financing: set[tuple[str, str]]
    fiches_with_indicators: set[tuple[str, str]]


def _load_territories(session: Session, *, for_writing: bool) -> dict[str, Territoire]:
    """Every territory (trash included) with what checking, or writing, needs."""
    fiches = selectinload(Territoire.fiches)
    options = [selectinload(Territoire.axes), fiches]
    if for_writing:
        options += [selectinload(Territoire.contrats), selectinload(Territoire.signataires)]
    query = select(Territoire).options(*options)
    return {_fold(t.nom): t for t in session.scalars(query)}


def _allowed(values: list[str] | tuple[str, ...]) -> str:
    return "valeurs admises : " + ", ".join(values)


def _fiche_key(row: _Row) -> tuple[str, str]:
    return _fold(row.values.get("territoire", "")), str(row.values.get("numero", ""))


def _resolve(  # noqa: C901 - one pass per sheet, in the order a reader checks them
    session: Session,
    content: _Content,
    errors: list[CellProblem],
    warnings: list[str],
    *,
    for_writing: bool = False,
) -> tuple[_Resolution, list[TerritoryPreview]]:
    existing = _load_territories(session, for_writing=for_writing)
    # a territory in the trash comes back only through the Territoires sheet
    names = {key: t.nom for key, t in existing.items() if t.supprime_le is None}
    numbered = {key: {f.numero: f for f in t.fiches} for key, t in existing.items()}
    phases: dict[str, Phase] = {}

    def problem(spec: fmt.SheetSpec, row: _Row, key: str | None, reason: str) -> None:
        errors.append(
            CellProblem(spec.name, row.number, spec.column(key).header if key else None, reason)
        )

    # Territoires
    key: str | None
    seen: dict[str, int] = {}
    for row in content.rows(fmt.TERRITOIRES):
        name = row.values.get("nom")
        if not name:
            continue
        key = _fold(name)
        if key in seen:
            problem(
                fmt.TERRITOIRES, row, "nom", f"territoire en double (déjà en ligne {seen[key]})"
            )
            continue
        seen[key] = row.number
        names.setdefault(key, name)
        _check_choice(row, "phase", fmt.TERRITOIRES, problem, parse_phase, list(Phase))
        _check_choice(
            row, "type_document", fmt.TERRITOIRES, problem,
            lambda v: match_label(v, list(TypeDocument)), list(TypeDocument),
        )  # fmt: skip
        _check_choice(
            row, "statut", fmt.TERRITOIRES, problem,
            lambda v: match_label(v, list(StatutContrat)), list(StatutContrat),
        )  # fmt: skip
        phase = row.values.get("phase")
        if isinstance(phase, Phase):
            phases[key] = phase
    workbook_territories = set(seen)

    def known(spec: fmt.SheetSpec, row: _Row) -> str | None:
        name = row.values.get("territoire")
        if not name:
            return None
        key = _fold(name)
        if key not in names:
            problem(
                spec, row, "territoire",
                f"territoire « {name} » inconnu : il n'est ni dans la base ni dans la feuille "
                "« Territoires »",
            )  # fmt: skip
            return None
        return key

    # Axes: the Axes sheet replaces a territory's list; else the existing or default axes
    axes: dict[str, list[str]] = {}
    sheet_axes: dict[str, list[tuple[int, int, str]]] = {}
    for row in content.rows(fmt.AXES):
        key = known(fmt.AXES, row)
        label = row.values.get("libelle")
        if key is None or not label:
            continue
        listed = sheet_axes.setdefault(key, [])
        if any(_fold(label) == _fold(other) for _, _, other in listed):
            problem(fmt.AXES, row, "libelle", f"axe « {label} » en double pour ce territoire")
            continue
        order = row.values.get("ordre")
        listed.append((order if order is not None else len(listed) + 1, row.number, label))
    for key in names:
        if key in sheet_axes:
            axes[key] = [label for _, _, label in sorted(sheet_axes[key])]
        elif key in existing:
            axes[key] = [a.libelle for a in existing[key].axes]
        else:
            axes[key] = list(DEFAULT_AXES[phases.get(key, Phase.PHASE_2)])

    # Signataires
    signatories: dict[str, int] = {}
    people: dict[tuple[str, str, str], int] = {}
    for row in content.rows(fmt.SIGNATAIRES):
        key = known(fmt.SIGNATAIRES, row)
        _check_choice(row, "groupe", fmt.SIGNATAIRES, problem, parse_group, list(GroupeSignataire))
        if key is None:
            continue
        signatories[key] = signatories.get(key, 0) + 1
        person = row.values.get("representant", "")
        identity = (key, _fold(row.values.get("organisme", "")), _fold(person))
        if person and identity in people:
            problem(
                fmt.SIGNATAIRES, row, "representant",
                f"signataire en double (déjà en ligne {people[identity]})",
            )  # fmt: skip
        people.setdefault(identity, row.number)

    # Fiches-actions
    states = reference_lists.progress_states(session)
    workbook_fiches: dict[tuple[str, str], int] = {}
    previews: dict[str, TerritoryPreview] = {}

    def preview(key: str) -> TerritoryPreview:
        if key not in previews:
            territory = existing.get(key)
            if territory is None:
                action = "création"
            elif territory.supprime_le is not None:
                action = "restauration"
            else:
                action = "mise à jour"
            previews[key] = TerritoryPreview(names[key], action)
        return previews[key]

    for row in content.rows(fmt.FICHES):
        key = known(fmt.FICHES, row)
        if key is None or not row.values.get("numero"):
            continue
        fiche_key = (key, row.values["numero"])
        if fiche_key in workbook_fiches:
            problem(
                fmt.FICHES, row, "numero",
                f"fiche n° {row.values['numero']} en double pour ce territoire "
                f"(déjà en ligne {workbook_fiches[fiche_key]})",
            )  # fmt: skip
            continue
        workbook_fiches[fiche_key] = row.number
        axis = row.values.get("axe")
        if axis and _match(axis, axes[key]) is None:
            problem(
                fmt.FICHES, row, "axe",
                f"axe « {axis} » absent des axes du territoire ({_allowed(axes[key])})",
            )  # fmt: skip
        progress_label = row.values.get("avancement")
        if progress_label and _find(states, progress_label) is None:
            problem(
                fmt.FICHES, row, "avancement",
                f"avancement « {progress_label} » inconnu "
                f"({_allowed([s.libelle for s in states])})",
            )  # fmt: skip
        start, end = row.values.get("date_debut"), row.values.get("date_fin")
        if start and end and end < start:
            problem(fmt.FICHES, row, "date_fin", "la date de fin précède la date de début")
        current = numbered.get(key, {}).get(row.values["numero"])
        target = preview(key)
        if current is None:
            target.fiches_created.append(row.values["numero"])
        elif current.supprime_le is not None:
            target.fiches_restored.append(row.values["numero"])
        else:
            target.fiches_updated.append(row.values["numero"])

    def fiche_exists(spec: fmt.SheetSpec, row: _Row, key: str) -> bool:
        numero = row.values.get("numero")
        if not numero:
            return False
        if (key, numero) in workbook_fiches:
            return True
        current = numbered.get(key, {}).get(numero)
        if current is not None and current.supprime_le is None:
            return True
        problem(
            spec, row, "numero",
            f"fiche n° {numero} inconnue pour le territoire « {names[key]} » (ni dans la base "
            "ni dans la feuille « Fiches-actions »)",
        )  # fmt: skip
        return False

    # Financements
    statuses = reference_lists.financing_statuses(session)
    financers = reference_lists.financers(session)
    new_financers: dict[str, str] = {}
    with_financing: set[tuple[str, str]] = set()
    if content.get(fmt.FINANCEMENTS) is not None:
        with_financing.update(workbook_fiches)
    for row in content.rows(fmt.FINANCEMENTS):
        key = known(fmt.FINANCEMENTS, row)
        status = row.values.get("statut")
        if status and _find(statuses, status) is None:
            problem(
                fmt.FINANCEMENTS, row, "statut",
                f"statut « {status} » inconnu ({_allowed([s.libelle for s in statuses])})",
            )  # fmt: skip
        financer = row.values.get("financeur")
        if financer and _find(financers, financer) is None and _fold(financer) not in new_financers:
            new_financers[_fold(financer)] = financer
            warnings.append(
                f"Feuille « Financements », ligne {row.number} : financeur « {financer} » "
                "absent de la liste, il y sera ajouté."
            )
        if key is not None and fiche_exists(fmt.FINANCEMENTS, row, key):
            with_financing.add(_fiche_key(row))
            preview(key).financing_lines += 1

    # Indicateurs
    with_indicators: set[tuple[str, str]] = set()
    if content.get(fmt.INDICATEURS) is not None:
        with_indicators.update(workbook_fiches)
    for row in content.rows(fmt.INDICATEURS):
        key = known(fmt.INDICATEURS, row)
        if key is not None and fiche_exists(fmt.INDICATEURS, row, key):
            with_indicators.add(_fiche_key(row))
            preview(key).indicators += 1

    for key in workbook_territories | set(sheet_axes) | set(signatories):
        target = preview(key)
        if key in sheet_axes:
            target.axes = len(axes[key])
        if key in signatories:
            target.signatories = signatories[key]
    ordered = sorted(previews.values(), key=lambda p: _fold(p.nom))
    resolution = _Resolution(
        existing, names, axes, states, statuses, financers, new_financers,
        with_financing, with_indicators,
    )  # fmt: skip
    return resolution, ordered


def _check_choice(
    row: _Row,
    key: str,
    spec: fmt.SheetSpec,
    problem: Any,
    parse: Any,
    choices: list[Any],
) -> None:
    """Replace a fixed-vocabulary text by its label, or report the allowed values."""
    value = row.values.get(key)
    if not value:
        row.values[key] = None
        return
    parsed = parse(value)
    if parsed is None:
        problem(spec, row, key, f"« {value} » inconnu ({_allowed([str(c) for c in choices])})")
        row.values[key] = None
    else:
        row.values[key] = parsed


# --- Public API --------------------------------------------------------------------------------


def plan_import(
    database: Database, source: Path, progress: ProgressCallback | None = None
) -> ImportPlan:
    """Read and check the whole workbook without writing anything.

    Raises:
        WorkbookError: the file itself is refused (not xlsx, encrypted, too big).
    """
    source = Path(source)
    xlsx_guard.check_workbook_file(source)
    plan = ImportPlan(source)
    content = _read_workbook(source, plan.errors, plan.warnings, progress)
    plan._content = content
    if content.sheets and not any(sheet.rows for sheet in content.sheets.values()):
        plan.warnings.append("Le classeur ne contient aucune ligne de données : rien à importer.")
    with database.reader() as session:
        resolution, plan.territories = _resolve(session, content, plan.errors, plan.warnings)
        plan.new_financers = list(resolution.new_financers.values())
    plan.errors.sort(key=_problem_order)
    return plan


def _problem_order(problem: CellProblem) -> tuple[int, int]:
    names = [spec.name for spec in fmt.EXCHANGE_SHEETS]
    sheet = names.index(problem.sheet) if problem.sheet in names else -1
    return sheet, problem.row or 0


def apply_import(
    database: Database, plan: ImportPlan, progress: ProgressCallback | None = None
) -> ImportReport:
    """Write a checked plan in one transaction.

    Raises:
        WorkbookError: the plan has errors, or the database changed so that it no
            longer applies; nothing is written.
        Cancelled: the progress callback cancelled; nothing is written.
    """
    if plan.errors or plan._content is None:
        raise refusal(plan.source, plan.errors)
    errors: list[CellProblem] = []
    warnings: list[str] = []
    with database.session() as session:
        resolution, _ = _resolve(session, plan._content, errors, warnings, for_writing=True)
        if errors:
            raise refusal(plan.source, errors)
        counts = _Writer(session, plan._content, resolution, progress).write()
    return ImportReport(
        source=plan.source,
        financers_added=list(resolution.new_financers.values()),
        warnings=plan.warnings,
        **counts,
    )


def import_workbook(
    database: Database, source: Path, progress: ProgressCallback | None = None
) -> ImportReport:
    """Check then write a workbook: all of it, or nothing.

    Raises:
        WorkbookError: listing every problem (sheet, row, column, reason).
    """
    plan = plan_import(database, source, progress)
    return apply_import(database, plan, progress)


def refusal(source: Path, errors: list[CellProblem]) -> WorkbookError:
    """The error refusing ``source``, with every problem as a detail line."""
    count = len(errors)
    return WorkbookError(
        f"« {Path(source).name} » n'a pas été importé : {count} problème(s) à corriger "
        "(rien n'a été enregistré).",
        details=[str(problem) for problem in errors],
    )


# --- Writing -------------------------------------------------------------------------------------


class _Writer:
    """Applies a resolved workbook to the session (inside the caller's transaction)."""

    def __init__(
        self,
        session: Session,
        content: _Content,
        resolution: _Resolution,
        progress: ProgressCallback | None,
    ) -> None:
        self.session = session
        self.content = content
        self.r = resolution
        self.progress = progress
        self.territories: dict[str, Territoire] = dict(resolution.territories)
        self.counts = dict.fromkeys(
            (
                "territories_created", "territories_updated", "fiches_created",
                "fiches_updated", "fiches_restored", "signatories", "financing_lines",
                "indicators",
            ),
            0,
        )  # fmt: skip
        self.fiches: dict[tuple[str, str], FicheAction] = {}
        self.by_number: dict[str, dict[str, FicheAction]] = {}

    def write(self) -> dict[str, int]:
        steps = [
            ("Financeurs", self._financers),
            ("Territoires", self._territories),
            ("Axes", self._axes),
            ("Signataires", self._signatories),
            ("Fiches-actions", self._fiches),
            ("Financements", self._financing),
            ("Indicateurs", self._indicators),
        ]
        # autoflush would flush (and lazy-load) once per row: flush once per step instead
        with self.session.no_autoflush:
            for done, (label, step) in enumerate(steps):
                report(self.progress, done, len(steps), f"Enregistrement : {label}")
                step()
                self.session.flush()
        report(self.progress, len(steps), len(steps), "Import terminé")
        return self.counts

    def _financers(self) -> None:
        for label in self.r.new_financers.values():
            self.r.financers.append(reference_lists.add_financer(self.session, label))
            self.session.flush()

    def _territories(self) -> None:
        sheet = self.content.get(fmt.TERRITOIRES)
        if sheet is None:
            return
        for row in sheet.rows:
            values = row.values
            key = _fold(values["nom"])
            territory = self.territories.get(key)
            if territory is None:
                territory = create_territory(
                    self.session,
                    values["nom"],
                    values["region"],
                    values.get("phase") or Phase.PHASE_2,
                )
                self.territories[key] = territory
                self.counts["territories_created"] += 1
            else:
                territory.supprime_le = None
                territory.nom = values["nom"]
                self.counts["territories_updated"] += 1
            if sheet.has("phase") and values.get("phase"):
                territory.phase = values["phase"].value
            for name in _TERRITORY_FIELDS:
                if sheet.has(name):
                    setattr(territory, name, values.get(name) or "")
            self._contract(territory, sheet, values)

    def _contract(self, territory: Territoire, sheet: _Sheet, values: dict[str, Any]) -> None:
        contract = territory.contrat_courant
        if contract is None:
            contract = Contrat(
                type_document=TypeDocument.CONTRAT.value,
                statut=StatutContrat.BROUILLON.value,
                courant=True,
            )
            territory.contrats.append(contract)
        for name in _CONTRACT_FIELDS:
            if not sheet.has(name):
                continue
            value = values.get(name)
            if name in ("type_document", "statut"):
                if value is not None:
                    setattr(contract, name, str(value))
            elif name in ("date_signature", "deliberation_region_date"):
                setattr(contract, name, value)
            else:
                setattr(contract, name, value or "")
        if sheet.has("periode"):
            contract.annee_debut, contract.annee_fin = values.get("periode") or (None, None)

    def _axes(self) -> None:
        by_territory: dict[str, list[str]] = {}
        for row in self.content.rows(fmt.AXES):
            by_territory.setdefault(_fold(row.values["territoire"]), [])
        for key in by_territory:
            territory = self.territories[key]
            wanted = self.r.axes[key]
            current = {_fold(a.libelle): a for a in territory.axes}
            kept: list[Axe] = []
            for position, label in enumerate(wanted):
                axis = current.pop(_fold(label), None)
                if axis is None:
                    axis = Axe(libelle=label, position=position)
                axis.libelle, axis.position = label, position
                kept.append(axis)
            imported = {fiche_key[1] for fiche_key in self._workbook_fiche_keys(key)}
            for axis in current.values():
                # an axis still used by a fiche the workbook does not carry stays, last
                if any(f.axe is axis and f.numero not in imported for f in territory.fiches):
                    axis.position = len(kept)
                    kept.append(axis)
            territory.axes = kept
            self.session.flush()

    def _workbook_fiche_keys(self, key: str) -> list[tuple[str, str]]:
        return [
            _fiche_key(row)
            for row in self.content.rows(fmt.FICHES)
            if _fold(row.values["territoire"]) == key
        ]

    def _signatories(self) -> None:
        rows_by_territory: dict[str, list[_Row]] = {}
        for row in self.content.rows(fmt.SIGNATAIRES):
            rows_by_territory.setdefault(_fold(row.values["territoire"]), []).append(row)
        for key, rows in rows_by_territory.items():
            territory = self.territories[key]
            territory.signataires.clear()
            counters: dict[str, int] = {}
            for row in rows:
                values = row.values
                group: GroupeSignataire = values["groupe"]
                counters[group] = counters.get(group, 0) + 1
                order = values.get("ordre")
                territory.signataires.append(
                    Signataire(
                        groupe=group.value,
                        organisme=values["organisme"],
                        representant=values.get("representant") or "",
                        fonction=values.get("fonction") or "",
                        ordre=order if order is not None else counters[group],
                        deliberation_reference=values.get("deliberation_reference") or "",
                        deliberation_date=values.get("deliberation_date"),
                        email=values.get("email") or "",
                    )
                )
                self.counts["signatories"] += 1

    def _fiches(self) -> None:
        sheet = self.content.get(fmt.FICHES)
        if sheet is None:
            return
        next_position: dict[str, int] = {}
        for row in sheet.rows:
            values = row.values
            key = _fold(values["territoire"])
            territory = self.territories[key]
            numero = values["numero"]
            fiche = self._numbered(key).get(numero)
            if fiche is None:
                if key not in next_position:
                    next_position[key] = max((f.position for f in territory.fiches), default=-1)
                next_position[key] += 1
                fiche = FicheAction(id=uuid.uuid4(), numero=numero, position=next_position[key])
                territory.fiches.append(fiche)
                self._numbered(key)[numero] = fiche
                self.counts["fiches_created"] += 1
            elif fiche.supprime_le is not None:
                fiche.supprime_le = None
                self.counts["fiches_restored"] += 1
                self.counts["fiches_updated"] += 1
            else:
                self.counts["fiches_updated"] += 1
            for name in _FICHE_FIELDS:
                if sheet.has(name):
                    value = values.get(name)
                    text_field = name not in ("date_debut", "date_fin", "cout_total_ht")
                    setattr(fiche, name, (value or "") if text_field else value)
            axis_label = _match(values["axe"], [a.libelle for a in territory.axes])
            fiche.axe = next(a for a in territory.axes if a.libelle == axis_label)
            if sheet.has("avancement"):
                label = values.get("avancement")
                fiche.avancement = _find(self.r.states, label) if label else None
            self.fiches[(key, numero)] = fiche

    def _numbered(self, key: str) -> dict[str, FicheAction]:
        if key not in self.by_number:
            self.by_number[key] = {f.numero: f for f in self.territories[key].fiches}
        return self.by_number[key]

    def _fiche(self, key: tuple[str, str]) -> FicheAction:
        if key not in self.fiches:
            self.fiches[key] = self._numbered(key[0])[key[1]]
        return self.fiches[key]

    def _replace_rows(
        self,
        model: type[LigneFinancement] | type[Indicateur],
        fiche_keys: set[tuple[str, str]],
        rows: list[dict[str, Any]],
    ) -> None:
        """Delete the fiches' old rows and insert the new ones, in bulk.

        Thousands of fiches are replaced at once on a regional re-import: going through
        the ORM collections would load, then delete and insert, every row one by one.
        """
        ids = [self._fiche(key).id for key in fiche_keys]
        for start in range(0, len(ids), 500):
            self.session.execute(delete(model).where(model.fiche_id.in_(ids[start : start + 500])))
        if rows:
            self.session.execute(insert(model), rows)
        for key in fiche_keys:  # a collection loaded before the bulk write is now stale
            fiche = self.fiches[key]
            self.session.expire(fiche, ["financements", "indicateurs"])

    def _financing(self) -> None:
        if self.content.get(fmt.FINANCEMENTS) is None:
            return
        now = utc_now()
        positions: dict[tuple[str, str], int] = {}
        rows: list[dict[str, Any]] = []
        for row in self.content.rows(fmt.FINANCEMENTS):
            values = row.values
            key = _fiche_key(row)
            financer = _find(self.r.financers, values["financeur"])
            status = _find(self.r.statuses, values["statut"])
            assert financer is not None and status is not None  # checked by _resolve
            positions[key] = positions.get(key, -1) + 1
            rows.append(
                {
                    "id": uuid.uuid4(),
                    "created_at": now,
                    "updated_at": now,
                    "fiche_id": self._fiche(key).id,
                    "financeur_id": financer.id,
                    "dispositif": values.get("dispositif") or "",
                    "montant": values["montant"],
                    "statut_id": status.id,
                    "position": positions[key],
                }
            )
        self._replace_rows(LigneFinancement, self.r.fiches_with_financing, rows)
        self.counts["financing_lines"] = len(rows)

    def _indicators(self) -> None:
        if self.content.get(fmt.INDICATEURS) is None:
            return
        now = utc_now()
        positions: dict[tuple[str, str], int] = {}
        rows: list[dict[str, Any]] = []
        for row in self.content.rows(fmt.INDICATEURS):
            values = row.values
            key = _fiche_key(row)
            positions[key] = positions.get(key, -1) + 1
            rows.append(
                {
                    "id": uuid.uuid4(),
                    "created_at": now,
                    "updated_at": now,
                    "fiche_id": self._fiche(key).id,
                    "nom": values["nom"],
                    "unite": values.get("unite") or "",
                    "valeur_cible": values.get("valeur_cible"),
                    "echeance": values.get("echeance"),
                    "valeur_atteinte": values.get("valeur_atteinte"),
                    "position": positions[key],
                }
            )
        self._replace_rows(Indicateur, self.r.fiches_with_indicators, rows)
        self.counts["indicators"] = len(rows)


def iter_problems(plan: ImportPlan) -> Iterator[str]:
    """Every problem of a plan as a French line, in sheet and row order."""
    for problem in plan.errors:
        yield str(problem)
