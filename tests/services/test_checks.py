"""What the check before sending finds, where it points, and how to add a finding."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from decimal import Decimal

from sqlalchemy import select

from ti_desktop.db.models import FicheAction, Signataire, Territoire
from ti_desktop.db.store import Database
from ti_desktop.services import checks
from ti_desktop.services.checks import Finding, Location, Page, Severity
from ti_desktop.services.demo import DEMO_NAME
from ti_desktop.services.edits import fiche_lines, fiches
from ti_desktop.services.records import TerritoryRecord


def _demo_id(database: Database) -> uuid.UUID:
    with database.reader() as session:
        return session.scalars(select(Territoire.id).where(Territoire.nom == DEMO_NAME)).one()


def _findings(database: Database) -> list[Finding]:
    with database.reader() as session:
        return checks.load_findings(session, _demo_id(database))


def test_the_demo_lacks_only_the_region_correspondent(demo_database: Database) -> None:
    found = _findings(demo_database)
    assert [f.where.field for f in found] == ["correspondant_region_email"]
    assert found[0].where == Location(
        Page.TERRITORY,
        _demo_id(demo_database),
        "correspondant_region_email",
        _demo_id(demo_database),
    )


def test_over_financing_placeholders_and_missing_deliberations_are_found(
    demo_database: Database,
) -> None:
    territory = _demo_id(demo_database)
    with demo_database.session() as session:
        fiche = session.scalars(select(FicheAction).where(FicheAction.numero == "1.3")).one()
        fiche_lines.add_financing_line(session, fiche.id, {"montant": "500 000"})
        fiche_lines.add_indicator(session, fiche.id)
        new_id = fiches.create_fiche(session, territory)
        epci = session.scalars(
            select(Signataire).where(
                Signataire.organisme == "Communauté de communes de Vendeuvre-Soulaines"
            )
        ).one()
        epci.deliberation_date = None
        epci.deliberation_reference = ""
        fiche_id = fiche.id
    found = _findings(demo_database)
    over = [f for f in found if f.severity is Severity.INCONSISTENT]
    assert len(over) == 1 and over[0].place == "Fiche 1.3"
    assert over[0].message.startswith("sur-financement : les financements prévus")
    assert over[0].where.record_id == fiche_id and over[0].where.field == "financement"
    texts = [f.text for f in found]
    assert "Fiche 1.3 : l'indicateur « Nouvel indicateur » n'a pas de vrai nom" in texts
    assert "Fiche 1.3 : une ligne de financement est à 0 €" not in texts  # 500 000 €
    new = [f for f in found if f.where.record_id == new_id]
    assert {f.short for f in new} >= {"Intitulé provisoire", "Dates", "Plan de financement"}
    deliberation = [f for f in found if f.where.field == "deliberation_date"]
    assert [f.place for f in deliberation] == ["Signataires"]
    assert "Vendeuvre-Soulaines" in deliberation[0].message
    assert deliberation[0].where.page is Page.SIGNATORIES


def test_empty_axes_and_a_region_deliberation_entered_twice(demo_database: Database) -> None:
    with demo_database.session() as session:
        for fiche in session.scalars(select(FicheAction).where(FicheAction.numero.like("4.%"))):
            fiche.supprime_le = fiche.created_at
        region = session.scalars(
            select(Signataire).where(Signataire.organisme == "Région Grand Est")
        ).one()
        region.deliberation_reference = "24CP-9999"
    found = _findings(demo_database)
    axes = [f for f in found if f.place == "Axe 4"]
    assert axes and "aucune fiche-action" in axes[0].message
    twice = [f for f in found if f.where.field == "deliberation_reference"]
    assert twice and twice[0].severity is Severity.INCONSISTENT


def test_adding_a_finding_is_one_function(demo_database: Database) -> None:
    def long_titles(territory: TerritoryRecord) -> Iterator[Finding]:
        for fiche in territory.fiches_actives:
            if fiche.cout_total_ht is not None and fiche.cout_total_ht > Decimal("4000000"):
                yield Finding(
                    Severity.INCOMPLETE,
                    f"Fiche {fiche.numero}",
                    "gros projet",
                    Location(Page.FICHES, fiche.id),
                )

    checks.territory_check(long_titles)
    try:
        assert "Fiche 1.1 : gros projet" in [f.text for f in _findings(demo_database)]
    finally:
        checks.TERRITORY_CHECKS.remove(long_titles)


def test_the_blanks_the_contract_would_print_are_found_once(demo_database: Database) -> None:
    with demo_database.session() as session:
        territory = session.scalars(select(Territoire).where(Territoire.nom == DEMO_NAME)).one()
        territory.elu_referent = ""
        epci = session.scalars(
            select(Signataire).where(
                Signataire.organisme == "Communauté de communes de Vendeuvre-Soulaines"
            )
        ).one()
        epci.deliberation_reference = ""  # the date stays: « n° … » would be a blank
        epci.civilite = ""
        epci_id = epci.id
    found = _findings(demo_database)
    blanks = [f for f in found if f.short == checks.CONTRACT_BLANK]
    assert {(f.where.page, f.where.field) for f in blanks} == {
        (Page.TERRITORY, "elu_referent"),
        (Page.SIGNATORIES, "deliberation_reference"),
    }
    assert all(f.message.endswith("le contrat laisserait un blanc)") for f in blanks)
    # the civility is said by the signatories' check, not a second time as a blank
    civility = [
        f
        for f in found
        if f.where == Location(Page.SIGNATORIES, epci_id, "civilite", _demo_id(demo_database))
    ]
    assert len(civility) == 1 and civility[0].short != checks.CONTRACT_BLANK
