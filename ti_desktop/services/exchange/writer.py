"""Write a checked workbook inside the caller's transaction.

Each value is written by its field key (``setattr(record, field.key, value)``): a
column added to the field table is written with no change here. A choice of a database
list is resolved by its label to the row it names. Only the columns a sheet has are
written; an absent column leaves its value as it is. Financing lines and indicators of
thousands of fiches are replaced with bulk statements.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from typing import Any

from sqlalchemy import delete, insert
from sqlalchemy.orm import Session

from ti_desktop.db.base import Base, utc_now
from ti_desktop.db.models import (
    Axe,
    Contrat,
    FicheAction,
    Financeur,
    Indicateur,
    LigneFinancement,
    Signataire,
    Territoire,
)
from ti_desktop.db.vocabulary import Phase, StatutContrat, TypeDocument
from ti_desktop.services import reference_lists
from ti_desktop.services.exchange import format as fmt
from ti_desktop.services.exchange.checks import FicheKey, Resolution, fiche_key, fold_cached
from ti_desktop.services.exchange.reader import Content, Row, Sheet
from ti_desktop.services.fields import catalog
from ti_desktop.services.fields.kinds import Choices, Field, Kind
from ti_desktop.services.progress import ProgressCallback, report
from ti_desktop.services.territories import create_territory

COUNTS = (
    "territories_created",
    "territories_updated",
    "fiches_created",
    "fiches_updated",
    "fiches_restored",
    "signatories",
    "financing_lines",
    "indicators",
)
"""What ``Writer.write`` counts (the fields of ``ImportReport``)."""


def _keeps_value_when_empty(model: type[Base], key: str) -> bool:
    """A column that must always hold a value (no default): an empty cell leaves it as is."""
    column = model.__table__.columns.get(key)
    return column is not None and not column.nullable and column.default is None


def assign(target: Base, field: Field, value: Any) -> None:
    """Write one field's value on an ORM object, by the field's key."""
    if field.kind is Kind.PERIOD:
        target.annee_debut, target.annee_fin = value  # type: ignore[attr-defined]
        return
    if (value is None or value == "") and _keeps_value_when_empty(type(target), field.key):
        return
    setattr(target, field.key, value)


class _Lists:
    """The database row each label of a list stands for (the lists of ``Choices``)."""

    def __init__(self, resolution: Resolution) -> None:
        self._rows: dict[Choices, dict[str, Any]] = {
            Choices.PROGRESS: _by_label(resolution.states),
            Choices.FINANCING_STATUS: _by_label(resolution.statuses),
            Choices.FINANCER: _by_label(resolution.financers),
        }
        self._axes: dict[uuid.UUID, dict[str, Axe]] = {}

    def add_financer(self, financer: Financeur) -> None:
        self._rows[Choices.FINANCER][fold_cached(financer.libelle)] = financer

    def find(self, field: Field, label: str, territory: Territoire) -> Any:
        """The row of ``field``'s list labelled ``label`` (None for an empty label).

        The axes are those of ``territory`` (written before its fiches).
        """
        if not label:
            return None
        if field.choices is Choices.AXIS:
            if territory.id not in self._axes:
                self._axes[territory.id] = _by_label(territory.axes)
            return self._axes[territory.id][fold_cached(label)]
        assert field.choices is not None
        return self._rows[field.choices][fold_cached(label)]


def _by_label(rows: Iterable[Any]) -> dict[str, Any]:
    return {fold_cached(row.libelle): row for row in rows}


class Writer:
    """Applies a checked workbook to the session (inside the caller's transaction)."""

    def __init__(
        self,
        session: Session,
        content: Content,
        resolution: Resolution,
        progress: ProgressCallback | None,
    ) -> None:
        self.session = session
        self.content = content
        self.r = resolution
        self.progress = progress
        self.lists = _Lists(resolution)
        self.territories: dict[str, Territoire] = dict(resolution.territories)
        self.counts = dict.fromkeys(COUNTS, 0)
        self.fiches: dict[FicheKey, FicheAction] = {}
        self.by_number: dict[str, dict[str, FicheAction]] = {}

    def write(self) -> dict[str, int]:
        """Write every sheet; returns the counts of ``COUNTS``."""
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
            self.lists.add_financer(reference_lists.add_financer(self.session, label))
        self.session.flush()

    def _territories(self) -> None:
        sheet = self.content.get(fmt.TERRITOIRES)
        if sheet is None:
            return
        territory_columns = sheet.columns(catalog.TERRITOIRE.name)
        contract_columns = sheet.columns(catalog.CONTRAT.name)
        for row in sheet.rows:
            values = row.values
            key = fold_cached(values["nom"])
            territory = self.territories.get(key)
            if territory is None:
                phase = values.get("phase")
                territory = create_territory(
                    self.session,
                    values["nom"],
                    values["region"],
                    Phase(phase) if phase else Phase.PHASE_2,
                )
                self.territories[key] = territory
                self.counts["territories_created"] += 1
            else:
                territory.supprime_le = None
                self.counts["territories_updated"] += 1
            for column in territory_columns:
                assign(territory, column.field, values[column.key])
            if contract_columns:
                self._contract(territory, contract_columns, values)

    def _contract(
        self, territory: Territoire, columns: list[fmt.Column], values: dict[str, Any]
    ) -> None:
        contract = territory.contrat_courant
        if contract is None:
            contract = Contrat(
                type_document=TypeDocument.CONTRAT.value,
                statut=StatutContrat.BROUILLON.value,
                courant=True,
            )
            territory.contrats.append(contract)
        for column in columns:
            assign(contract, column.field, values[column.key])

    def _axes(self) -> None:
        listed = {fold_cached(row.values["territoire"]) for row in self.content.rows(fmt.AXES)}
        imported_fiches: dict[str, set[str]] = {}
        for owner, numero in map(fiche_key, self.content.rows(fmt.FICHES)):
            imported_fiches.setdefault(owner, set()).add(numero)
        for key in listed:
            territory = self.territories[key]
            current = {fold_cached(a.libelle): a for a in territory.axes}
            kept: list[Axe] = []
            for position, label in enumerate(self.r.axes[key]):
                axis = current.pop(fold_cached(label), None)
                if axis is None:
                    axis = Axe(libelle=label, position=position)
                axis.libelle, axis.position = label, position
                kept.append(axis)
            imported = imported_fiches.get(key, set())
            for axis in current.values():
                # an axis still used by a fiche the workbook does not carry stays, last
                if any(f.axe is axis and f.numero not in imported for f in territory.fiches):
                    axis.position = len(kept)
                    kept.append(axis)
            territory.axes = kept
            self.session.flush()

    def _signatories(self) -> None:
        sheet = self.content.get(fmt.SIGNATAIRES)
        if sheet is None:
            return
        columns = sheet.columns(catalog.SIGNATAIRE.name)
        rows_by_territory: dict[str, list[Row]] = {}
        for row in sheet.rows:
            rows_by_territory.setdefault(fold_cached(row.values["territoire"]), []).append(row)
        for key, rows in rows_by_territory.items():
            territory = self.territories[key]
            territory.signataires.clear()
            counters: dict[str, int] = {}
            for row in rows:
                person = Signataire()
                for column in columns:
                    assign(person, column.field, row.values[column.key])
                # « Ordre » left empty: the order of the rows within the group
                counters[person.groupe] = counters.get(person.groupe, 0) + 1
                if row.values.get("ordre") is None:
                    person.ordre = counters[person.groupe]
                territory.signataires.append(person)
                self.counts["signatories"] += 1

    def _fiches(self) -> None:
        sheet = self.content.get(fmt.FICHES)
        if sheet is None:
            return
        columns = [(c, c.field.is_reference) for c in sheet.columns(catalog.FICHE_ACTION.name)]
        next_position: dict[str, int] = {}
        for row in sheet.rows:
            key, numero = fiche_key(row)
            territory = self.territories[key]
            fiche = self._numbered(key).get(numero)
            if fiche is None:
                if key not in next_position:
                    next_position[key] = max((f.position for f in territory.fiches), default=-1)
                next_position[key] += 1
                fiche = FicheAction(id=uuid.uuid4(), numero=numero, position=next_position[key])
                territory.fiches.append(fiche)
                self._numbered(key)[numero] = fiche
                self.counts["fiches_created"] += 1
            else:
                if fiche.supprime_le is not None:
                    fiche.supprime_le = None
                    self.counts["fiches_restored"] += 1
                self.counts["fiches_updated"] += 1
            for column, reference in columns:
                value = row.values[column.key]
                if reference:  # the relationship named as the field
                    setattr(fiche, column.key, self.lists.find(column.field, value, territory))
                else:
                    assign(fiche, column.field, value)
            self.fiches[(key, numero)] = fiche

    def _numbered(self, key: str) -> dict[str, FicheAction]:
        if key not in self.by_number:
            self.by_number[key] = {f.numero: f for f in self.territories[key].fiches}
        return self.by_number[key]

    def _fiche(self, key: FicheKey) -> FicheAction:
        if key not in self.fiches:
            self.fiches[key] = self._numbered(key[0])[key[1]]
        return self.fiches[key]

    def _bulk_rows(self, sheet: Sheet, entity_name: str) -> list[dict[str, Any]]:
        """The rows to insert for a child sheet, by column name, and their fiches."""
        columns = [(c, c.field.is_reference) for c in sheet.columns(entity_name)]
        now = utc_now()
        positions: dict[FicheKey, int] = {}
        rows: list[dict[str, Any]] = []
        for row in sheet.rows:
            key = fiche_key(row)
            positions[key] = positions.get(key, -1) + 1
            territory = self.territories[key[0]]
            values: dict[str, Any] = {
                "id": uuid.uuid4(),
                "created_at": now,
                "updated_at": now,
                "fiche_id": self._fiche(key).id,
                "position": positions[key],
            }
            for column, reference in columns:
                value = row.values[column.key]
                if reference:
                    found = self.lists.find(column.field, value, territory)
                    values[f"{column.key}_id"] = found.id
                else:
                    values[column.key] = value
            rows.append(values)
        return rows

    def _replace_rows(
        self,
        spec: fmt.SheetSpec,
        model: type[LigneFinancement] | type[Indicateur],
        fiche_keys: set[FicheKey],
        count: str,
    ) -> None:
        """Replace the fiches' rows of ``model`` by those of ``spec``'s sheet, in bulk.

        Thousands of fiches are replaced at once on a regional re-import: going through
        the ORM collections would load, then delete and insert, every row one by one.
        """
        sheet = self.content.get(spec)
        if sheet is None:
            return
        rows = self._bulk_rows(sheet, spec.entity.name)
        ids = [self._fiche(key).id for key in fiche_keys]
        for start in range(0, len(ids), 500):
            self.session.execute(delete(model).where(model.fiche_id.in_(ids[start : start + 500])))
        if rows:
            self.session.execute(insert(model), rows)
        for key in fiche_keys:  # a collection loaded before the bulk write is now stale
            self.session.expire(self.fiches[key], ["financements", "indicateurs"])
        self.counts[count] = len(rows)

    def _financing(self) -> None:
        self._replace_rows(
            fmt.FINANCEMENTS, LigneFinancement, self.r.fiches_with_financing, "financing_lines"
        )

    def _indicators(self) -> None:
        self._replace_rows(fmt.INDICATEURS, Indicateur, self.r.fiches_with_indicators, "indicators")
