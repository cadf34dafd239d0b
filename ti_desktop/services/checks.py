"""What is incomplete or inconsistent before a contract is generated or sent.

Each check is one function of a territory (``@territory_check``) or of one fiche
(``@fiche_check``) yielding ``Finding``s: a French sentence, how serious it is, and
where to go to fix it (``Location``: the page, the record, the field). The window
lists them before generating, exporting or preparing the e-mail, with a way to jump
to each, and lets the user go on; the fiche editor shows the same fiche findings in
its « ready to send » line, so both always agree.

To add a finding: write one decorated function here (or in a module imported by
``find_problems``' callers) — nothing else to wire.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from decimal import Decimal
from enum import Enum

from sqlalchemy.orm import Session

from ti_desktop.db.vocabulary import GroupeSignataire, fold
from ti_desktop.services.documents import missing_items
from ti_desktop.services.documents.clauses import region_signatories
from ti_desktop.services.documents.grammar import function_gender
from ti_desktop.services.edits.fiche_lines import NEW_INDICATOR_NAME
from ti_desktop.services.edits.fiches import NEW_FICHE_TITLE
from ti_desktop.services.edits.signatories import NEW_ORGANISATION
from ti_desktop.services.edits.territories import NEW_AXIS_LABEL, NEW_ENJEU_LABEL
from ti_desktop.services.fields import FICHE_ACTION, SIGNATAIRE, TERRITOIRE
from ti_desktop.services.french_format import format_euros
from ti_desktop.services.records import (
    FicheRecord,
    SignatoryRecord,
    TerritoryRecord,
    load_territory,
    summarize_lines,
)


class Severity(Enum):
    """How much a finding matters; both let the user go on."""

    INCONSISTENT = "incohérent"  # the figures contradict each other (over-financing)
    INCOMPLETE = "à compléter"  # something the documents will miss


class Page(Enum):
    """The window's page where a finding is fixed."""

    TERRITORY = "territoire"
    SIGNATORIES = "signataires"
    FICHES = "fiches"


@dataclass(frozen=True)
class Location:
    """Where to fix a finding: a page, the record shown there, the field to focus.

    ``field`` is a field key of the record's entity (``date_debut``,
    ``deliberation_date``…) or the name of a fiche editor tab (``financement``,
    ``indicateurs``, ``description``).
    """

    page: Page
    record_id: uuid.UUID | None = None
    field: str | None = None
    territoire_id: uuid.UUID | None = None
    """The territory the record belongs to (set by ``find_problems``)."""


@dataclass(frozen=True)
class Finding:
    """One thing to complete or correct, located."""

    severity: Severity
    place: str
    """Short French name of what it concerns: « Fiche 1.2 », « Signataires », « Contrat »."""
    message: str
    where: Location
    short: str = ""
    """The point in a few words (« Dates », « Sur-financement »), for a one-line summary."""

    @property
    def text(self) -> str:
        return f"{self.place} : {self.message}"


TerritoryCheck = Callable[[TerritoryRecord], Iterable[Finding]]
FicheCheck = Callable[[FicheRecord], Iterable[Finding]]
TERRITORY_CHECKS: list[TerritoryCheck] = []
FICHE_CHECKS: list[FicheCheck] = []


def territory_check(check: TerritoryCheck) -> TerritoryCheck:
    """Register a check of the whole territory (contract, signatories, axes)."""
    TERRITORY_CHECKS.append(check)
    return check


def fiche_check(check: FicheCheck) -> FicheCheck:
    """Register a check of one fiche (run on every fiche of the territory)."""
    FICHE_CHECKS.append(check)
    return check


def find_problems(territory: TerritoryRecord) -> list[Finding]:
    """Every finding of the territory, then of its fiches in list order."""
    findings = [finding for check in TERRITORY_CHECKS for finding in check(territory)]
    for fiche in territory.fiches_actives:
        findings.extend(fiche_findings(fiche))
    # a blank of the contract already said by another check (same field) is said once
    said = {finding.where for finding in findings if finding.short != CONTRACT_BLANK}
    findings = [f for f in findings if f.short != CONTRACT_BLANK or f.where not in said]
    return [
        replace(finding, where=replace(finding.where, territoire_id=territory.id))
        for finding in findings
    ]


def fiche_findings(fiche: FicheRecord) -> list[Finding]:
    """The findings of one fiche (the editor's « ready to send » line)."""
    return [finding for check in FICHE_CHECKS for finding in check(fiche)]


def load_findings(session: Session, territoire_id: uuid.UUID) -> list[Finding]:
    """Read the territory (with its fiches) and check it; [] when it is gone."""
    territory = load_territory(session, territoire_id)
    return find_problems(territory) if territory is not None else []


# --- territory and contract ------------------------------------------------------------------

_TERRITORY = "Territoire"
_CONTRACT = "Contrat"


def _at_territory(territory: TerritoryRecord, key: str) -> Location:
    return Location(Page.TERRITORY, territory.id, key)


def _missing(label: str) -> str:
    return f"{label} à renseigner"


@territory_check
def _territory_identity(territory: TerritoryRecord) -> Iterator[Finding]:
    for key in ("region", "departements", "chef_projet_nom"):
        if not str(getattr(territory, key)).strip():
            yield Finding(
                Severity.INCOMPLETE,
                _TERRITORY,
                _missing(TERRITOIRE[key].label),
                _at_territory(territory, key),
            )
    if not territory.correspondant_region_email.strip():
        yield Finding(
            Severity.INCOMPLETE,
            _TERRITORY,
            "le courriel du correspondant Région manque : il est le destinataire des envois",
            _at_territory(territory, "correspondant_region_email"),
        )


@territory_check
def _contract(territory: TerritoryRecord) -> Iterator[Finding]:
    contract = territory.contrat_courant
    if contract is None:
        yield Finding(
            Severity.INCOMPLETE,
            _CONTRACT,
            "le territoire n'a pas de contrat",
            _at_territory(territory, "type_document"),
        )
        return
    first, last = contract.periode
    if first is None or last is None:
        yield Finding(
            Severity.INCOMPLETE,
            _CONTRACT,
            "la période du contrat (années de début et de fin) n'est pas renseignée",
            _at_territory(territory, "periode"),
        )
    if not contract.deliberation_region_reference.strip() and not _region_deliberation_of(
        territory
    ):
        yield Finding(
            Severity.INCOMPLETE,
            _CONTRACT,
            "la délibération de la Région (référence) manque : la clause « Vu » la cite",
            _at_territory(territory, "deliberation_region_reference"),
        )
    if contract.deliberation_region_date is None and not _region_deliberation_of(territory):
        yield Finding(
            Severity.INCOMPLETE,
            _CONTRACT,
            "la date de délibération de la Région manque",
            _at_territory(territory, "deliberation_region_date"),
        )
    for enjeu in contract.enjeux_locaux:
        if fold(enjeu.libelle).startswith(fold(NEW_ENJEU_LABEL)):
            yield Finding(
                Severity.INCOMPLETE,
                _CONTRACT,
                f"l'enjeu local « {enjeu.libelle} » garde son intitulé provisoire",
                _at_territory(territory, "enjeux"),
            )


@territory_check
def _axes(territory: TerritoryRecord) -> Iterator[Finding]:
    if not territory.axes:
        yield Finding(
            Severity.INCOMPLETE,
            "Axes",
            "le territoire n'a aucun axe stratégique",
            _at_territory(territory, "axes"),
        )
    for position, axis in enumerate(territory.axes, start=1):
        if fold(axis.libelle).startswith(fold(NEW_AXIS_LABEL)):
            yield Finding(
                Severity.INCOMPLETE,
                f"Axe {position}",
                f"« {axis.libelle} » est un intitulé provisoire",
                _at_territory(territory, "axes"),
            )
        elif axis.nombre_fiches == 0:
            yield Finding(
                Severity.INCOMPLETE,
                f"Axe {position}",
                f"aucune fiche-action dans l'axe « {axis.libelle} »",
                _at_territory(territory, "axes"),
            )


# --- signatories -----------------------------------------------------------------------------


def _region_deliberation_of(territory: TerritoryRecord) -> SignatoryRecord | None:
    """The Région signatory carrying a deliberation (the old way of entering it)."""
    return next(
        (
            person
            for person in region_signatories(territory)
            if person.deliberation_reference.strip() or person.deliberation_date is not None
        ),
        None,
    )


def _at_signatory(person: SignatoryRecord, key: str) -> Location:
    return Location(Page.SIGNATORIES, person.id, key)


@territory_check
def _signatories(territory: TerritoryRecord) -> Iterator[Finding]:
    place = "Signataires"
    groups = {person.groupe for person in territory.signataires}
    for groupe in (GroupeSignataire.INTERCOMMUNALITES, GroupeSignataire.PARTENAIRES_PUBLICS):
        if groupe.value not in groups:
            yield Finding(
                Severity.INCOMPLETE,
                place,
                f"aucun signataire dans le groupe « {groupe.value} »",
                Location(Page.SIGNATORIES),
            )
    for person in territory.signataires:
        who = person.representant or person.organisme
        if fold(person.organisme) == fold(NEW_ORGANISATION):
            yield Finding(
                Severity.INCOMPLETE,
                place,
                f"« {person.organisme} » est un nom provisoire : saisissez l'organisation",
                _at_signatory(person, "organisme"),
            )
        if not person.representant.strip():
            yield Finding(
                Severity.INCOMPLETE,
                place,
                f"{person.organisme} : le nom du représentant manque",
                _at_signatory(person, "representant"),
            )
        elif not person.civilite:
            yield Finding(
                Severity.INCOMPLETE,
                place,
                f"{who} : la civilité (M. ou Mme) manque pour « représentée par… »",
                _at_signatory(person, "civilite"),
            )
        if not person.fonction.strip():
            yield Finding(
                Severity.INCOMPLETE,
                place,
                f"{who} ({person.organisme}) : la fonction manque",
                _at_signatory(person, "fonction"),
            )
    yield from _epci_deliberations(territory)


@territory_check
def _function_agreement(territory: TerritoryRecord) -> Iterator[Finding]:
    """« Mme … , Président » reads wrong in the contract (« sa Présidente Mme X »)."""
    for person in territory.signataires:
        gender = function_gender(person.fonction)
        expected = {"Mme": "f", "M.": "m"}.get(person.civilite)
        if gender is not None and expected is not None and gender != expected:
            yield Finding(
                Severity.INCOMPLETE,
                "Signataires",
                f"{person.civilite} {person.representant} : la fonction « {person.fonction} » "
                f"ne s'accorde pas avec la civilité",
                _at_signatory(person, "fonction"),
                "Fonction à accorder",
            )


def _epci_deliberations(territory: TerritoryRecord) -> Iterator[Finding]:
    """Each intercommunalité authorises the signature by a deliberation (a « Vu » clause)."""
    seen: set[str] = set()
    for person in territory.signataires:
        key = fold(person.organisme)
        if person.groupe != GroupeSignataire.INTERCOMMUNALITES.value or key in seen:
            continue
        seen.add(key)
        same = [p for p in territory.signataires if fold(p.organisme) == key]
        if not any(p.deliberation_date is not None or p.deliberation_reference for p in same):
            label = SIGNATAIRE["deliberation_date"].label.lower()
            yield Finding(
                Severity.INCOMPLETE,
                "Signataires",
                f"{person.organisme} : la {label} autorisant la signature manque",
                _at_signatory(person, "deliberation_date"),
            )


@territory_check
def _region_deliberation_twice(territory: TerritoryRecord) -> Iterator[Finding]:
    """Entered on the contract and on the Région's signatory: only the contract's is cited."""
    contract = territory.contrat_courant
    person = _region_deliberation_of(territory)
    if contract is None or person is None:
        return
    if not (contract.deliberation_region_reference or contract.deliberation_region_date):
        return
    same_reference = fold(person.deliberation_reference).removeprefix("deliberation").strip(
        " n°o"
    ) == fold(contract.deliberation_region_reference).strip(" n°o")
    if same_reference and person.deliberation_date in (None, contract.deliberation_region_date):
        return
    yield Finding(
        Severity.INCONSISTENT,
        "Signataires",
        f"« {person.organisme} » porte une autre délibération de la Région que le contrat : "
        "seule celle de « Territoire et contrat » est citée ; effacez l'autre",
        _at_signatory(person, "deliberation_reference"),
    )


CONTRACT_BLANK = "Blanc dans le contrat"
_PAGE_OF_TAB = {
    missing_items.TERRITORY_TAB: Page.TERRITORY,
    missing_items.SIGNATORIES_TAB: Page.SIGNATORIES,
    missing_items.FICHES_TAB: Page.FICHES,
}


@territory_check
def _contract_blanks(territory: TerritoryRecord) -> Iterator[Finding]:
    """What the contract would print as a blank to fill (« M./Mme », « [à compléter] »)."""
    for item in missing_items.missing_items(territory):
        if item.gravite is not missing_items.Gravite.A_COMPLETER:
            continue  # axes without fiche and over-financing: said by the checks below
        page = _PAGE_OF_TAB[item.tab]
        # the territory page shows the territory and its contract: located by the territory
        record_id = territory.id if page is Page.TERRITORY else item.record_id
        places = {Page.SIGNATORIES: "Signataires", Page.FICHES: item.row}
        place = places.get(page) or (_CONTRACT if item.entity == "contrat" else _TERRITORY)
        yield Finding(
            Severity.INCOMPLETE,
            place,
            f"{item.what} à renseigner (le contrat laisserait un blanc)",
            Location(page, record_id, item.key),
            CONTRACT_BLANK,
        )


# --- fiches ----------------------------------------------------------------------------------


def _place(fiche: FicheRecord) -> str:
    return f"Fiche {fiche.numero}"


def _at_fiche(fiche: FicheRecord, key: str) -> Location:
    return Location(Page.FICHES, fiche.id, key)


@fiche_check
def _fiche_fields(fiche: FicheRecord) -> Iterator[Finding]:
    if fold(fiche.intitule) == fold(NEW_FICHE_TITLE):
        yield Finding(
            Severity.INCOMPLETE,
            _place(fiche),
            f"« {fiche.intitule} » est un intitulé provisoire",
            _at_fiche(fiche, "intitule"),
            "Intitulé provisoire",
        )
    for key in ("axe", "maitre_ouvrage", "description"):
        if not str(getattr(fiche, key)).strip():
            yield Finding(
                Severity.INCOMPLETE,
                _place(fiche),
                _missing(FICHE_ACTION[key].label),
                _at_fiche(fiche, key),
                FICHE_ACTION[key].label,
            )
    if fiche.cout_total_ht is None or fiche.cout_total_ht == 0:
        yield Finding(
            Severity.INCOMPLETE,
            _place(fiche),
            _missing(FICHE_ACTION["cout_total_ht"].label),
            _at_fiche(fiche, "cout_total_ht"),
            "Coût total",
        )
    for key in ("date_debut", "date_fin"):
        if getattr(fiche, key) is None:
            yield Finding(
                Severity.INCOMPLETE,
                _place(fiche),
                _missing(FICHE_ACTION[key].label),
                _at_fiche(fiche, key),
                "Dates",
            )


@fiche_check
def _financing(fiche: FicheRecord) -> Iterator[Finding]:
    if not fiche.financements:
        yield Finding(
            Severity.INCOMPLETE,
            _place(fiche),
            "le plan de financement est vide",
            _at_fiche(fiche, "financement"),
            "Plan de financement",
        )
        return
    summary = summarize_lines(fiche.cout_total_ht, fiche.financements)
    if summary.est_sur_finance:
        yield Finding(
            Severity.INCONSISTENT,
            _place(fiche),
            f"sur-financement : les financements prévus ({format_euros(summary.total_prevu)}) "
            f"dépassent le coût total HT ({format_euros(fiche.cout_total_ht)}) "
            f"de {format_euros(summary.sur_financement)}",
            _at_fiche(fiche, "financement"),
            "Sur-financement",
        )
    empty = sum(1 for line in fiche.financements if line.montant == Decimal(0))
    if empty:
        yield Finding(
            Severity.INCOMPLETE,
            _place(fiche),
            "une ligne de financement est à 0 €"
            if empty == 1
            else f"{empty} lignes de financement sont à 0 €",
            _at_fiche(fiche, "financement"),
            "Montant à 0 €",
        )


@fiche_check
def _indicators(fiche: FicheRecord) -> Iterator[Finding]:
    if not fiche.indicateurs:
        yield Finding(
            Severity.INCOMPLETE,
            _place(fiche),
            "aucun indicateur de suivi",
            _at_fiche(fiche, "indicateurs"),
            "Indicateurs",
        )
    for indicator in fiche.indicateurs:
        if fold(indicator.nom) == fold(NEW_INDICATOR_NAME):
            yield Finding(
                Severity.INCOMPLETE,
                _place(fiche),
                f"l'indicateur « {indicator.nom} » n'a pas de vrai nom",
                _at_fiche(fiche, "indicateurs"),
                "Indicateur provisoire",
            )
        elif indicator.valeur_cible is None:
            yield Finding(
                Severity.INCOMPLETE,
                _place(fiche),
                f"l'indicateur « {indicator.nom} » n'a pas de valeur cible",
                _at_fiche(fiche, "indicateurs"),
                "Valeur cible",
            )
