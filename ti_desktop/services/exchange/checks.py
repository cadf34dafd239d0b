"""Check a read workbook against the database, one function per sheet, without writing.

The reader has converted every cell by its field's rules; what is left needs several
rows or the database: territories and fiches that must exist, duplicates, values of
the database's lists (axes of the territory, progress states, financing statuses),
the rules between fields of a record (``fields.rules``). Each problem names its sheet,
row and column; a list value is refused with the field table's sentence, the one the
window shows. The result tells the writer what to create, update and replace, and
gives a preview per territory.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from ti_desktop.db.models import (
    EtatAvancement,
    Financeur,
    StatutFinancement,
    Territoire,
)
from ti_desktop.db.vocabulary import DEFAULT_AXES, Phase, fold
from ti_desktop.errors import CellProblem
from ti_desktop.services import reference_lists
from ti_desktop.services.exchange import format as fmt
from ti_desktop.services.exchange.reader import Content, Row
from ti_desktop.services.fields import catalog, rules
from ti_desktop.services.fields.kinds import Field
from ti_desktop.services.fields.values import FieldValueError, read_value

fold_cached = functools.lru_cache(maxsize=1 << 16)(fold)
"""``fold`` is called for every cell that names a territory, axis or list value."""


class Labels:
    """The labels of a list, found ignoring case and accents (each folded once)."""

    def __init__(self, list_field: Field, labels: Iterable[str]) -> None:
        self.field = list_field
        self.labels = list(labels)
        self._by_key: dict[str, str] = {}
        for label in self.labels:
            self._by_key.setdefault(fold(label), label)

    def find(self, text: str) -> str | None:
        """The label equal to ``text``, or None."""
        return self._by_key.get(fold_cached(text))

    def resolve(self, text: str) -> str:
        """The label equal to ``text``.

        Raises:
            FieldValueError: ``text`` is not in the list (the field's own sentence).
        """
        found = self.find(text)
        if found is None:
            read_value(self.field, text, labels=self.labels)  # raises with the reason
            raise AssertionError(f"{text!r} matched only by read_value")  # pragma: no cover
        return found


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


FicheKey = tuple[str, str]
"""(folded territory name, fiche number): what identifies a fiche in a workbook."""


@dataclass
class Resolution:
    """The database objects and decisions a checked workbook is written with."""

    territories: dict[str, Territoire]  # folded name → existing territory (trash included)
    names: dict[str, str]  # folded name → display name
    axes: dict[str, list[str]]  # folded name → axis labels after import
    states: list[EtatAvancement]
    statuses: list[StatutFinancement]
    financers: list[Financeur]
    new_financers: dict[str, str]  # folded → label
    fiches_with_financing: set[FicheKey]
    fiches_with_indicators: set[FicheKey]
    previews: list[TerritoryPreview]


def fiche_key(row: Row) -> FicheKey:
    """The fiche a Fiches-actions, Financements or Indicateurs row is about."""
    return fold_cached(row.values.get("territoire", "")), str(row.values.get("numero", ""))


class _Checks:
    """What the sheet checks share: the database's territories and the problems found."""

    def __init__(self, session: Session, content: Content, *, for_writing: bool) -> None:
        self.session = session
        self.content = content
        self.errors: list[CellProblem] = []
        self.warnings: list[str] = []
        self.existing = _load_territories(session, for_writing=for_writing)
        # a territory in the trash comes back only through the Territoires sheet
        self.names = {key: t.nom for key, t in self.existing.items() if t.supprime_le is None}
        self.numbered = {key: {f.numero: f for f in t.fiches} for key, t in self.existing.items()}
        self.phases: dict[str, Phase] = {}
        self.workbook_territories: set[str] = set()
        self.sheet_axes: dict[str, list[tuple[int, int, str]]] = {}
        self.axes: dict[str, list[str]] = {}
        self.signatories: dict[str, int] = {}
        self.workbook_fiches: dict[FicheKey, int] = {}
        self.previews: dict[str, TerritoryPreview] = {}

    def problem(self, spec: fmt.SheetSpec, row: Row, key: str | None, reason: str) -> None:
        header = spec.column(key).header if key else None
        self.errors.append(CellProblem(spec.name, row.number, header, reason))

    def known(self, spec: fmt.SheetSpec, row: Row) -> str | None:
        """The folded name of the row's territory, or None (reported when unknown)."""
        name = row.values.get("territoire")
        if not name:
            return None
        key = fold_cached(name)
        if key not in self.names:
            self.problem(
                spec, row, "territoire",
                f"territoire « {name} » inconnu : il n'est ni dans la base ni dans la feuille "
                "« Territoires »",
            )  # fmt: skip
            return None
        return key

    def preview(self, key: str) -> TerritoryPreview:
        if key not in self.previews:
            territory = self.existing.get(key)
            if territory is None:
                action = "création"
            elif territory.supprime_le is not None:
                action = "restauration"
            else:
                action = "mise à jour"
            self.previews[key] = TerritoryPreview(self.names[key], action)
        return self.previews[key]

    def fiche_exists(self, spec: fmt.SheetSpec, row: Row, key: str) -> bool:
        """Whether the fiche a Financements or Indicateurs row names exists (reported if not)."""
        numero = row.values.get("numero")
        if not numero:
            return False
        if (key, numero) in self.workbook_fiches:
            return True
        current = self.numbered.get(key, {}).get(numero)
        if current is not None and current.supprime_le is None:
            return True
        self.problem(
            spec, row, "numero",
            f"fiche n° {numero} inconnue pour le territoire « {self.names[key]} » (ni dans la "
            "base ni dans la feuille « Fiches-actions »)",
        )  # fmt: skip
        return False

    def resolve_label(self, spec: fmt.SheetSpec, row: Row, key: str, labels: Labels) -> str | None:
        """Replace the row's value of ``key`` by the list's label; report it if absent."""
        text = row.values.get(key)
        if not text:
            return None
        try:
            row.values[key] = labels.resolve(text)
        except FieldValueError as exc:
            self.problem(spec, row, key, exc.reason)
            return None
        return str(row.values[key])


def _load_territories(session: Session, *, for_writing: bool) -> dict[str, Territoire]:
    """Every territory (trash included) with what checking, or writing, needs."""
    options = [selectinload(Territoire.axes), selectinload(Territoire.fiches)]
    if for_writing:
        options += [selectinload(Territoire.contrats), selectinload(Territoire.signataires)]
    query = select(Territoire).options(*options)
    return {fold_cached(t.nom): t for t in session.scalars(query)}


def check_territoires(checks: _Checks) -> None:
    """Territoires: one row per territory (its name identifies it)."""
    seen: dict[str, int] = {}
    for row in checks.content.rows(fmt.TERRITOIRES):
        name = row.values.get("nom")
        if not name:
            continue
        key = fold_cached(name)
        if key in seen:
            checks.problem(
                fmt.TERRITOIRES, row, "nom", f"territoire en double (déjà en ligne {seen[key]})"
            )
            continue
        seen[key] = row.number
        checks.names.setdefault(key, name)
        if phase := row.values.get("phase"):
            checks.phases[key] = Phase(phase)
    checks.workbook_territories = set(seen)


def check_axes(checks: _Checks) -> None:
    """Axes: the sheet replaces a territory's list; else the existing or default axes."""
    sheet_axes = checks.sheet_axes
    for row in checks.content.rows(fmt.AXES):
        key = checks.known(fmt.AXES, row)
        label = row.values.get("libelle")
        if key is None or not label:
            continue
        listed = sheet_axes.setdefault(key, [])
        if any(fold_cached(label) == fold_cached(other) for _, _, other in listed):
            checks.problem(
                fmt.AXES, row, "libelle", f"axe « {label} » en double pour ce territoire"
            )
            continue
        order = row.values.get("position")
        listed.append((order if order is not None else len(listed) + 1, row.number, label))
    for key in checks.names:
        if key in sheet_axes:
            checks.axes[key] = [label for _, _, label in sorted(sheet_axes[key])]
        elif key in checks.existing:
            checks.axes[key] = [a.libelle for a in checks.existing[key].axes]
        else:
            checks.axes[key] = list(DEFAULT_AXES[checks.phases.get(key, Phase.PHASE_2)])


def check_signataires(checks: _Checks) -> None:
    """Signataires: a person appears once per organisation of a territory."""
    people: dict[tuple[str, str, str], int] = {}
    for row in checks.content.rows(fmt.SIGNATAIRES):
        key = checks.known(fmt.SIGNATAIRES, row)
        if key is None:
            continue
        checks.signatories[key] = checks.signatories.get(key, 0) + 1
        person = row.values.get("representant", "")
        identity = (key, fold_cached(row.values.get("organisme", "")), fold_cached(person))
        if person and identity in people:
            checks.problem(
                fmt.SIGNATAIRES, row, "representant",
                f"signataire en double (déjà en ligne {people[identity]})",
            )  # fmt: skip
        people.setdefault(identity, row.number)


def check_fiches(checks: _Checks, states: Labels) -> None:
    """Fiches-actions: (territoire, N°) once; axis of the territory; dates in order."""
    axis_field = catalog.FICHE_ACTION["axe"]
    axes = {key: Labels(axis_field, labels) for key, labels in checks.axes.items()}
    for row in checks.content.rows(fmt.FICHES):
        key = checks.known(fmt.FICHES, row)
        numero = row.values.get("numero")
        if key is None or not numero:
            continue
        if (key, numero) in checks.workbook_fiches:
            checks.problem(
                fmt.FICHES, row, "numero",
                f"fiche n° {numero} en double pour ce territoire "
                f"(déjà en ligne {checks.workbook_fiches[(key, numero)]})",
            )  # fmt: skip
            continue
        checks.workbook_fiches[(key, numero)] = row.number
        checks.resolve_label(fmt.FICHES, row, "axe", axes[key])
        checks.resolve_label(fmt.FICHES, row, "avancement", states)
        try:
            rules.check_record(catalog.FICHE_ACTION, row.values)
        except FieldValueError as exc:
            assert exc.field is not None
            checks.problem(fmt.FICHES, row, exc.field.key, exc.reason)
        current = checks.numbered.get(key, {}).get(numero)
        target = checks.preview(key)
        if current is None:
            target.fiches_created.append(numero)
        elif current.supprime_le is not None:
            target.fiches_restored.append(numero)
        else:
            target.fiches_updated.append(numero)


def check_financements(
    checks: _Checks, statuses: Labels, financers: Labels, new_financers: dict[str, str]
) -> set[FicheKey]:
    """Financements: known fiche and status; a new financer is added (with a warning).

    Returns the fiches whose lines the sheet replaces.
    """
    replaced: set[FicheKey] = set()
    if checks.content.get(fmt.FINANCEMENTS) is not None:
        replaced.update(checks.workbook_fiches)
    for row in checks.content.rows(fmt.FINANCEMENTS):
        key = checks.known(fmt.FINANCEMENTS, row)
        checks.resolve_label(fmt.FINANCEMENTS, row, "statut", statuses)
        financer = row.values.get("financeur")
        if financer:
            found = financers.find(financer)
            if found is not None:
                row.values["financeur"] = found
            elif fold_cached(financer) not in new_financers:
                new_financers[fold_cached(financer)] = financer
                checks.warnings.append(
                    f"Feuille « {fmt.FINANCEMENTS.name} », ligne {row.number} : financeur "
                    f"« {financer} » absent de la liste, il y sera ajouté."
                )
        if key is not None and checks.fiche_exists(fmt.FINANCEMENTS, row, key):
            replaced.add(fiche_key(row))
            checks.preview(key).financing_lines += 1
    return replaced


def check_indicateurs(checks: _Checks) -> set[FicheKey]:
    """Indicateurs: known fiche. Returns the fiches whose indicators the sheet replaces."""
    replaced: set[FicheKey] = set()
    if checks.content.get(fmt.INDICATEURS) is not None:
        replaced.update(checks.workbook_fiches)
    for row in checks.content.rows(fmt.INDICATEURS):
        key = checks.known(fmt.INDICATEURS, row)
        if key is not None and checks.fiche_exists(fmt.INDICATEURS, row, key):
            replaced.add(fiche_key(row))
            checks.preview(key).indicators += 1
    return replaced


def check_content(
    session: Session, content: Content, *, for_writing: bool = False
) -> tuple[Resolution, list[CellProblem], list[str]]:
    """Check every sheet of ``content`` against the database; nothing is written.

    Returns what the writer needs, the problems found (sheet, row, column, reason)
    and the warnings.
    """
    checks = _Checks(session, content, for_writing=for_writing)
    check_territoires(checks)
    check_axes(checks)
    check_signataires(checks)
    states = reference_lists.progress_states(session)
    check_fiches(checks, Labels(catalog.FICHE_ACTION["avancement"], (s.libelle for s in states)))
    statuses = reference_lists.financing_statuses(session)
    financers = reference_lists.financers(session)
    new_financers: dict[str, str] = {}
    with_financing = check_financements(
        checks,
        Labels(catalog.LIGNE_FINANCEMENT["statut"], (s.libelle for s in statuses)),
        Labels(catalog.LIGNE_FINANCEMENT["financeur"], (f.libelle for f in financers)),
        new_financers,
    )
    with_indicators = check_indicateurs(checks)
    for key in checks.workbook_territories | set(checks.sheet_axes) | set(checks.signatories):
        target = checks.preview(key)
        if key in checks.sheet_axes:
            target.axes = len(checks.axes[key])
        if key in checks.signatories:
            target.signatories = checks.signatories[key]
    previews = sorted(checks.previews.values(), key=lambda p: fold_cached(p.nom))
    resolution = Resolution(
        checks.existing, checks.names, checks.axes, states, statuses, financers,
        new_financers, with_financing, with_indicators, previews,
    )  # fmt: skip
    return resolution, checks.errors, checks.warnings


def problem_order(problem: CellProblem) -> tuple[int, int]:
    """Sort key of problems: sheets in workbook order, then rows."""
    names = [spec.name for spec in fmt.EXCHANGE_SHEETS]
    sheet = names.index(problem.sheet) if problem.sheet in names else -1
    return sheet, problem.row or 0
