"""The parties' wording with the « Civilité » field, and names typed before it existed.

As signed contracts write it: the function in lower case, then a comma before the
name (« sa présidente, Mme X »); a missing civility or name is a blank to fill.
"""

from __future__ import annotations

import pytest

from ti_desktop.services.documents.clauses import (
    person_name,
    representation,
    signature_block,
    split_civility,
)
from ti_desktop.services.records import SignatoryRecord, new_record


def _person(civilite: str, representant: str, fonction: str) -> SignatoryRecord:
    return new_record(
        SignatoryRecord,
        groupe="Partenaires publics",
        organisme="Ville de Troyes",
        civilite=civilite,
        representant=representant,
        fonction=fonction,
    )


@pytest.mark.parametrize(
    ("civilite", "representant", "fonction", "expected"),
    [
        ("M.", "Hervé Blanc", "Président", "son président, M. Hervé Blanc"),
        # the function says nothing of the gender: the civility decides
        ("Mme", "Ida Roux", "Maire", "sa maire, Mme Ida Roux"),
        ("M.", "Paul Noir", "Maire", "son maire, M. Paul Noir"),
        ("Mme", "Ève Vert", "Adjointe", "son adjointe, Mme Ève Vert"),
        # legacy names hold the civility: read once, never « M. M. »
        ("M.", "M. Laurent Verdier", "Président", "son président, M. Laurent Verdier"),
        ("", "M. Laurent Verdier", "Président", "son président, M. Laurent Verdier"),
        ("", "Madame Ida Roux", "Maire", "sa maire, Mme Ida Roux"),
        ("Mme", "Mme Ida Roux", "Maire", "sa maire, Mme Ida Roux"),
        # the field wins over what the name says
        ("Mme", "M. Ida Roux", "Maire", "sa maire, Mme Ida Roux"),
        # no name: a blank to fill, the civility still gives the gender
        ("Mme", "", "Maire", "sa maire, …………"),
        ("Mme", "Zoé Lin", "", "Mme Zoé Lin"),
        # no civility: the signatory strikes the wrong one
        ("", "Marc Brun", "Maire", "son maire, M./Mme Marc Brun"),
        # a function naming what it heads follows the name
        (
            "Mme",
            "Hélène Garnier",
            "Préfète de la Vendée",
            "Mme Hélène Garnier, préfète de la Vendée",
        ),
    ],
)
def test_civility_in_the_representation(
    civilite: str, representant: str, fonction: str, expected: str
) -> None:
    people = [_person(civilite, representant, fonction)]
    assert representation("Ville de Troyes", people) == (
        f"La Ville de Troyes, représentée par {expected}"
    )


def test_split_civility_only_takes_a_civility_before_a_name() -> None:
    assert split_civility("M. Laurent Verdier") == ("M.", "Laurent Verdier")
    assert split_civility("  Monsieur  Jean Fer ") == ("M.", "Jean Fer")
    assert split_civility("Mlle Zoé Lin") == ("Mme", "Zoé Lin")
    assert split_civility("Marc Brun") == ("", "Marc Brun")
    assert split_civility("Mme") == ("", "Mme")
    assert split_civility("") == ("", "")


def test_signature_block_names_the_person_with_the_civility() -> None:
    block = signature_block(_person("Mme", "Hélène Garnier", "Préfète de l'Aube"))
    assert (block["civilite"], block["nom"], block["representant"]) == (
        "Mme",
        "Hélène Garnier",
        "Mme Hélène Garnier",
    )
    assert block["pour"] == "Pour la Ville de Troyes"
    assert block["fonction"] == "Préfète de l'Aube"
    legacy = signature_block(_person("", "M. Jean Fer", "Président"))
    assert (legacy["civilite"], legacy["nom"], legacy["representant"]) == (
        "M.",
        "Jean Fer",
        "M. Jean Fer",
    )
    # a missing name or function is a blank to fill in the signature block, never a dash
    assert signature_block(_person("M.", "", "Président"))["representant"] == "…………"
    assert signature_block(_person("M.", "Jean Fer", ""))["fonction"] == "…………"
    assert signature_block(_person("", "Jean Fer", "Maire"))["representant"] == "M./Mme Jean Fer"
    assert person_name(_person("M.", "", "Président")) == ""


def test_the_region_deliberation_is_cited_once_from_the_contract(demo_database) -> None:  # type: ignore[no-untyped-def]
    """Typed on the contract and (differently) on the Région's row: one « Vu » clause."""
    from sqlalchemy import select

    from ti_desktop.db.models import Signataire
    from ti_desktop.services.documents.clauses import vu_clauses
    from ti_desktop.services.records import load_territories

    with demo_database.session() as session:
        region = session.scalars(
            select(Signataire).where(Signataire.organisme == "Région Grand Est")
        ).one()
        region.deliberation_reference = "Délibération n° 24CP-0999"
    with demo_database.reader() as session:
        territory = load_territories(session).territories[0]
    assert territory.contrat_courant is not None
    clauses = vu_clauses(territory, territory.contrat_courant, "du présent contrat")
    region_clauses = [c for c in clauses if "24CP" in c]
    assert len(region_clauses) == 1 and "24CP-0512" in region_clauses[0]
