"""Field values as documents print them, read from the field table."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

from ti_desktop.services.documents.context import fiche_context, territory_context
from ti_desktop.services.documents.formatting import field_text
from ti_desktop.services.documents.sample import sample_context, sample_territory
from ti_desktop.services.fields import (
    CONTRAT,
    FICHE_ACTION,
    INDICATEUR,
    LIGNE_FINANCEMENT,
    SIGNATAIRE,
    TERRITOIRE,
)

NBSP = "\u00a0"


def test_each_kind_prints_the_french_way() -> None:
    cost = FICHE_ACTION["cout_total_ht"]
    assert field_text(cost, Decimal("4850000")) == f"4{NBSP}850{NBSP}000{NBSP}€"
    assert field_text(cost, Decimal("1234.5")) == f"1{NBSP}234,50{NBSP}€"
    assert field_text(FICHE_ACTION["date_debut"], date(2024, 9, 1)) == "1er septembre 2024"
    assert field_text(CONTRAT["periode"], (2024, 2027)) == "2024–2027"
    assert field_text(CONTRAT["periode"], (2024, None)) == "2024"
    assert field_text(INDICATEUR["valeur_cible"], Decimal("6.5000")) == "6,5"
    assert field_text(SIGNATAIRE["ordre"], 3) == "3"
    assert field_text(FICHE_ACTION["description"], " ligne 1\r\nligne 2\x07 ") == (
        "ligne 1\nligne 2"
    )
    for empty in (None, "", (None, None)):
        assert field_text(CONTRAT["periode"], empty) == ""


def test_every_field_reaches_the_templates_but_private_notes() -> None:
    territory = sample_territory()
    fiche = territory.fiches_actives[0].replaced(notes_privees="NOTE-PRIVEE")
    context = fiche_context(fiche)
    public = {f.key for f in FICHE_ACTION if not f.private}
    assert public <= set(context)
    assert "notes_privees" not in context
    assert "NOTE-PRIVEE" not in repr(context)
    assert context["cout_total_ht"] == context["cout_total"] == f"1{NBSP}000{NBSP}€"
    assert context["date_fin"] == "30 juin 2026"
    assert context["localisation"] == "—"  # empty: a dash in table cells
    assert context["demande_simplification"] == ""  # empty: tested with {%p if %}

    values = territory_context(territory.replaced(notes="SECRET"))
    assert {f.key for f in TERRITOIRE if not f.private} <= set(values)
    assert values["correspondant_region_email"] == "correspondant@region.example.org"
    assert "SECRET" not in repr(values)


def test_docs_name_every_field_offered_to_templates() -> None:
    docs = (Path(__file__).parents[3] / "docs" / "modeles.md").read_text(encoding="utf-8")
    context = sample_context()
    offered = {
        "territoire": context["territoire"],
        "contrat": context["contrat"],
        "signataire": context["signataires"][0],
        "fiche": context["fiche"],
        "ligne": context["fiche"]["financements"][0],
        "indicateur": context["fiche"]["indicateurs"][0],
    }
    entities = {
        "territoire": TERRITOIRE,
        "contrat": CONTRAT,
        "signataire": SIGNATAIRE,
        "fiche": FICHE_ACTION,
        "ligne": LIGNE_FINANCEMENT,
        "indicateur": INDICATEUR,
    }
    undocumented = [
        f"{name}.{field.key}"
        for name, entity in entities.items()
        for field in entity
        if field.key in offered[name]
        and f"{name}.{field.key}" not in docs
        and f"`.{field.key}`" not in docs
    ]
    assert undocumented == []
