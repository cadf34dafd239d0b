"""The French wording the contract context prepares for templates."""

from __future__ import annotations

from decimal import Decimal

import pytest

from ti_desktop.db.models import Signataire
from ti_desktop.services.documents.clauses import representation
from ti_desktop.services.documents.context import contract_context
from ti_desktop.services.documents.formatting import clean_text, paragraphs, percent
from ti_desktop.services.documents.sample import sample_territory


def _people(*rows: tuple[str, str]) -> list[Signataire]:
    return [
        Signataire(
            groupe="Intercommunalités",
            organisme="x",
            representant=person,
            fonction=function,
            ordre=i,
        )
        for i, (person, function) in enumerate(rows)
    ]


@pytest.mark.parametrize(
    ("organisation", "people", "expected"),
    [
        (
            "Communauté d'agglomération Rochefort Océan",
            [("M. Hervé Blanc", "Président"), ("Mme Anne Roy", "1ère Vice-Présidente")],
            "La Communauté d'agglomération Rochefort Océan, représentée par son président, "
            "M. Hervé Blanc, et par sa 1ère vice-présidente, Mme Anne Roy",
        ),
        (
            "Communauté de communes de l'Île d'Oléron",
            [
                ("Mme Léa Gris", "Présidente"),
                ("M. Paul Noir", "2e Vice-Président"),
                ("Mme Ève Vert", "Adjointe"),
            ],
            "La Communauté de communes de l'Île d'Oléron, représentée par sa présidente, "
            "Mme Léa Gris, par son 2e vice-président, M. Paul Noir, et par son adjointe, "
            "Mme Ève Vert",
        ),
        (
            "État",
            [("M. Marc Brun", "Préfet de la Charente-Maritime")],
            "L'État, représenté par M. Marc Brun, préfet de la Charente-Maritime",
        ),
        (
            "Département de l'Aube",
            [("Mme Zoé Lin", "Présidente")],
            "Le Département de l'Aube, représenté par sa présidente, Mme Zoé Lin",
        ),
        (
            "Ville de Troyes",
            [("Mme Ida Roux", "Maire")],
            "La Ville de Troyes, représentée par sa maire, Mme Ida Roux",
        ),
        (
            "Bpifrance",
            [("", "Directeur régional")],
            "Bpifrance, représentée par son directeur régional, …………",
        ),
        ("Forges SA", [("M. Jean Fer", "")], "Forges SA, représentée par M. Jean Fer"),
        # no one recorded: the representative is a blank to fill, never left out
        ("Forges SA", [("", "")], "Forges SA, représentée par …………"),
        # names keep their own capitals and article
        (
            "La Roche-sur-Yon Agglomération",
            [("M. Luc Bon", "Président")],
            "La Roche-sur-Yon Agglomération, représentée par son président, M. Luc Bon",
        ),
    ],
)
def test_representation_wording(
    organisation: str, people: list[tuple[str, str]], expected: str
) -> None:
    assert representation(organisation, _people(*people)) == expected


def test_text_helpers() -> None:
    assert clean_text("a\r\nb\rc\x07\x00\x1f\ufffe d\tok") == "a\nb\nc d\tok"
    # each typed line is a paragraph; only a long line cut mid-sentence goes on
    assert paragraphs("  un\n  deux \n\n\n trois  ") == ["un", "deux", "trois"]
    wrapped = "Une ligne coupée à la main au milieu de la phrase, collée depuis un PDF"
    assert paragraphs(f"{wrapped}\nqui continue ici.") == [f"{wrapped} qui continue ici."]
    assert paragraphs(None) == [] and paragraphs("  \n ") == []
    assert percent(Decimal("0.1856")) == "18,6\u00a0%" and percent(Decimal("0.25")) == "25\u00a0%"
    assert percent(None) == "—"


def test_sample_context_is_plain_french_data() -> None:
    context = contract_context(sample_territory())
    assert context["contrat"]["titre"] == "CONTRAT DU TERRITOIRE D'INDUSTRIE"
    assert context["totaux"]["cout_total"] == "1\u00a0000\u00a0€"
    fiche = context["fiches"][0]
    # 400 € acquired, 100 € refused: the refused line does not count.
    assert (fiche["total_financements"], fiche["reste_a_financer"]) == ("400\u00a0€", "600\u00a0€")
    assert [g["mot"] for g in context["groupes"]] == ["ENTRE", "ET", "AINSI QUE"]

    def strings(value: object) -> list[str]:
        if isinstance(value, dict):
            return [s for v in value.values() for s in strings(v)]
        if isinstance(value, list):
            return [s for v in value for s in strings(v)]
        assert isinstance(value, str | bool | int), type(value)
        return [value] if isinstance(value, str) else []

    assert not [s for s in strings(context) if "None" in s]
