"""What the contract needs and the data lacks, said before generation.

The contract never drops a legal item silently: a deliberation, a civility, a
representative, a function, a referent of the binôme… not recorded is printed as a
blank to fill (``BLANK``, « M./Mme »). ``missing_items(territory)`` lists the same
items, each located where the window lets one fill it (tab, row, field), so the
pre-generation check can show them before the document leaves. It also names what the
contract leaves out on purpose (an axis with no fiche) and what belongs in the window
rather than in a document to sign (a fiche financed beyond its cost).

Qt-free: it reads a ``records.TerritoryRecord`` (``load_territories``).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from enum import StrEnum

from ti_desktop.db.vocabulary import StatutContrat, fold, match_label
from ti_desktop.services.documents.clauses import (
    Signatory,
    by_organisation,
    civility_and_name,
    deliberations,
)
from ti_desktop.services.documents.context import annex_order, default_axes_labels
from ti_desktop.services.documents.formatting import clean_text
from ti_desktop.services.fields import CONTRAT, SIGNATAIRE, TERRITOIRE
from ti_desktop.services.financing import ZERO
from ti_desktop.services.french_format import format_euros
from ti_desktop.services.records import TerritoryRecord

TERRITORY_TAB = "Territoire et contrat"
SIGNATORIES_TAB = "Signataires"
FICHES_TAB = "Fiches-actions"


class Gravite(StrEnum):
    """How much a finding matters for the document."""

    A_COMPLETER = "à compléter"  # a blank to fill in the contract
    A_SAVOIR = "à savoir"  # the contract is complete; the window should say it


@dataclass(frozen=True)
class MissingItem:
    """One finding: what is missing, and where the window fills it."""

    what: str  # « Date de la délibération de la Communauté de communes X »
    tab: str  # the window's tab: « Signataires »
    field: str  # the field's label: « Date de délibération »
    row: str = ""  # the row of a list (an organisation, a fiche), "" for a form
    gravite: Gravite = Gravite.A_COMPLETER
    entity: str = ""  # the field table's entity (« signataire »…), for the window to go there
    key: str = ""  # the field's key in that entity
    record_id: uuid.UUID | None = None  # the row's record, for the window to select it

    @property
    def where(self) -> str:
        """« Signataires › Communauté de communes X › Date de délibération »."""
        return " › ".join(part for part in (self.tab, self.row, self.field) if part)

    def __str__(self) -> str:
        verb = "à renseigner dans" if self.gravite is Gravite.A_COMPLETER else "voir"
        return f"{self.what} : {verb} {self.where}."


def _signatory_item(person: Signatory, organisation: str, what: str, key: str) -> MissingItem:
    return MissingItem(
        what,
        tab=SIGNATORIES_TAB,
        row=organisation,
        field=SIGNATAIRE[key].label,
        entity="signataire",
        key=key,
        record_id=person.id,
    )


def _signatory_items(territory: TerritoryRecord) -> list[MissingItem]:
    items: list[MissingItem] = []
    for name, people in by_organisation(territory.signataires):
        organisation = clean_text(name).strip() or "organisation sans nom"
        for person in people:
            civility, bare = civility_and_name(person)
            who = bare or "le représentant"
            if not bare:
                what = f"Nom du représentant de {organisation}"
                items.append(_signatory_item(person, organisation, what, "representant"))
            if bare and not civility:
                what = f"Civilité de {who} ({organisation})"
                items.append(_signatory_item(person, organisation, what, "civilite"))
            if not clean_text(person.fonction).strip():
                what = f"Fonction de {who} ({organisation})"
                items.append(_signatory_item(person, organisation, what, "fonction"))
    return items


def _deliberation_items(territory: TerritoryRecord) -> list[MissingItem]:
    contract = territory.contrat_courant
    if contract is None:
        return []
    items: list[MissingItem] = []
    people = {fold(name): group for name, group in by_organisation(territory.signataires)}
    for act in deliberations(territory, contract):
        if not act.required or act.complete:
            continue
        missing = [
            (label, key)
            for present, label, key in (
                (bool(act.reference), "Numéro", "deliberation_reference"),
                (act.when is not None, "Date", "deliberation_date"),
            )
            if not present
        ]
        for label, key in missing:
            what = f"{label} de la délibération {act.body.strip()}"
            if act.on_contract:
                contract_key = f"deliberation_region_{key.split('_')[-1]}"
                items.append(
                    MissingItem(
                        what,
                        tab=TERRITORY_TAB,
                        field=CONTRAT[contract_key].label,
                        entity="contrat",
                        key=contract_key,
                        record_id=contract.id,
                    )
                )
                continue
            signatories = people.get(fold(act.organisation), [])
            items.append(
                MissingItem(
                    what,
                    tab=SIGNATORIES_TAB,
                    row=act.organisation,
                    field=SIGNATAIRE[key].label,
                    entity="signataire",
                    key=key,
                    record_id=signatories[0].id if signatories else None,
                )
            )
    return items


def _territory_items(territory: TerritoryRecord) -> list[MissingItem]:
    items: list[MissingItem] = []
    for key in ("elu_referent", "industriel_referent", "chef_projet_nom"):
        if not clean_text(getattr(territory, key)).strip():
            field = TERRITOIRE[key]
            items.append(
                MissingItem(
                    field.label,
                    tab=TERRITORY_TAB,
                    field=field.label,
                    entity="territoire",
                    key=key,
                    record_id=territory.id,
                )
            )
    contract = territory.contrat_courant
    if contract is None:
        return items
    if not contract.annee_fin:
        items.append(
            MissingItem(
                "Année de fin du contrat (article « Durée »)",
                tab=TERRITORY_TAB,
                field=CONTRAT["periode"].label,
                entity="contrat",
                key="periode",
                record_id=contract.id,
            )
        )
    signed = match_label(contract.statut or "", list(StatutContrat)) == StatutContrat.SIGNE
    if signed:
        for key in ("lieu_signature", "date_signature"):
            if not getattr(contract, key):
                items.append(
                    MissingItem(
                        f"{CONTRAT[key].label} d'un contrat signé",
                        tab=TERRITORY_TAB,
                        field=CONTRAT[key].label,
                        entity="contrat",
                        key=key,
                        record_id=contract.id,
                    )
                )
    return items


def _left_out(territory: TerritoryRecord) -> list[MissingItem]:
    """Axes with no fiche (never printed as retained), fiches financed beyond their cost."""
    items: list[MissingItem] = []
    carried = {axis.id for axis, _fiches in annex_order(territory) if axis is not None}
    defaults = default_axes_labels()
    for axis in territory.axes:
        if axis.id in carried:
            continue
        label = clean_text(axis.libelle).strip()
        fate = (
            "n'est pas repris dans le contrat"
            if fold(label) in defaults
            else "est cité comme axe que le plan d'actions pourra compléter"
        )
        items.append(
            MissingItem(
                f"L'axe « {label} » n'a aucune fiche-action : il {fate}",
                tab=TERRITORY_TAB,
                field="Axes stratégiques",
                gravite=Gravite.A_SAVOIR,
                entity="axe",
                key="libelle",
                record_id=axis.id,
            )
        )
    for fiche in territory.fiches_actives:
        summary = fiche.summary
        if fiche.cout_total_ht is not None and summary.sur_financement > ZERO:
            items.append(
                MissingItem(
                    f"Les financements prévus de la fiche-action {fiche.numero} dépassent son "
                    f"coût total de {format_euros(summary.sur_financement)} (le contrat n'en "
                    "dit rien)",
                    tab=FICHES_TAB,
                    row=f"Fiche-action {fiche.numero}",
                    field="Plan de financement",
                    gravite=Gravite.A_SAVOIR,
                    entity="fiche_action",
                    key="cout_total_ht",
                    record_id=fiche.id,
                )
            )
    return items


def missing_items(territory: TerritoryRecord) -> list[MissingItem]:
    """Every blank the contract would print, then what it leaves out, in reading order."""
    return [
        *_signatory_items(territory),
        *_deliberation_items(territory),
        *_territory_items(territory),
        *_left_out(territory),
    ]
