from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest

from ti_desktop import paths
from ti_desktop.db.vocabulary import DEFAULT_FINANCERS
from ti_desktop.errors import UserFacingError
from ti_desktop.services.imports import mapping
from ti_desktop.services.imports.mapping import (
    FINANCER,
    FINANCER_SYNONYMS,
    IGNORE,
    STATUS,
    SYNONYMS,
    Target,
    candidates,
    money_scale,
    parse_target,
    propose,
)
from ti_desktop.services.imports.memory import MappingMemory

FINANCERS = list(DEFAULT_FINANCERS)


def _only(header: str) -> Target:
    found = candidates(header, FINANCERS)
    assert len(found) == 1, (header, found)
    return found[0]


@pytest.mark.parametrize(
    ("header", "key"),
    [
        ("Porteur de projet", "maitre_ouvrage"),
        ("Porteur", "maitre_ouvrage"),
        ("Maître d'ouvrage", "maitre_ouvrage"),
        ("Coût total", "cout_total_ht"),
        ("Montant total HT", "cout_total_ht"),
        ("Coût (€ HT)", "cout_total_ht"),
        ("Date de démarrage", "date_debut"),
        ("Début", "date_debut"),
        ("Intitulé de l'action", "intitule"),
        ("Projet", "intitule"),
        ("Action", "intitule"),
        ("Axe", "axe"),
        ("Enjeu", "axe"),
        ("Orientation", "axe"),
    ],
)
def test_the_issue_synonyms(header: str, key: str) -> None:
    assert _only(header) == Target(mapping.FIELD, key)


@pytest.mark.parametrize(
    ("header", "key"),
    [(name, key) for key, names in SYNONYMS.items() for name in names],
)
def test_every_field_synonym(header: str, key: str) -> None:
    found = candidates(header, FINANCERS)
    assert Target(mapping.FIELD, key) in found


@pytest.mark.parametrize(
    ("header", "financer", "scheme"),
    [(name, label, scheme) for label, names in FINANCER_SYNONYMS.items() for name, scheme in names],
)
def test_every_financer_synonym(header: str, financer: str, scheme: str) -> None:
    found = [t for t in candidates(header, FINANCERS) if t.kind == FINANCER]
    assert found == [Target(FINANCER, financeur=financer, dispositif=scheme)]


@pytest.mark.parametrize(
    "header",
    ["N° ", " intitulé ", "COÛT TOTAL HT (€)", "Coût total HT (€) :", "Date-de-début", "PORTEUR*"],
)
def test_case_accents_and_punctuation_are_ignored(header: str) -> None:
    assert candidates(header, FINANCERS)


@pytest.mark.parametrize(
    ("header", "financer", "statut"),
    [
        ("Part Région", "Région", ""),
        ("Montant Région (€)", "Région", ""),
        ("Subvention de l'État", "État", ""),
        ("Région - sollicité", "Région", "Sollicité"),
        ("Région acquis", "Région", "Acquis"),
        ("Financement Bpifrance obtenu", "Bpifrance", "Acquis"),
    ],
)
def test_financer_headers_with_words_around(header: str, financer: str, statut: str) -> None:
    found = [t for t in candidates(header, FINANCERS) if t.kind == FINANCER]
    assert [(t.financeur, t.statut) for t in found] == [(financer, statut)]


def test_a_financer_added_to_the_database_is_recognised() -> None:
    assert candidates("Fondation Industrie Aube", FINANCERS) == []
    assert candidates("Fondation Industrie Aube", [*FINANCERS, "Fondation Industrie Aube"]) == [
        Target(FINANCER, financeur="Fondation Industrie Aube")
    ]


def test_tax_included_cost_is_never_taken_for_the_cost_before_tax() -> None:
    assert candidates("Coût TTC", FINANCERS) == []
    assert candidates("Montant TTC", FINANCERS) == []


@pytest.mark.parametrize(
    ("header", "scale"),
    [("Coût (k€)", 1000), ("Montant total en K€", 1000), ("Coût (M€)", 10**6), ("Coût (€)", 1)],
)
def test_money_in_thousands_or_millions(header: str, scale: int) -> None:
    assert money_scale(header) == scale
    assert _only(header) == Target(mapping.FIELD, "cout_total_ht")


def test_ambiguous_headers_are_decided_by_their_values() -> None:
    proposals = propose(
        ["Commune", "Commune ", "État", "État ", "Statut", "Statut "],
        [
            ["Troyes", "Bar-sur-Aube"],
            ["12 000", Decimal(5000)],
            ["En cours", "Réalisée"],
            [Decimal(1000), "2 500 €"],
            ["En cours", "À l'étude"],
            ["Sollicité", "Acquis"],
        ],
        financers=FINANCERS,
        progress_labels=["À l'étude", "En cours", "Réalisée"],
        status_labels=["Sollicité", "Acquis"],
    )
    assert [p.target.spec() for p in proposals] == [
        "localisation",
        "financeur:Commune",
        "avancement",
        "financeur:État",
        "ignorer",  # « avancement » is already taken by the third column
        "statut",
    ]
    assert proposals[4].alternatives[0] == Target(mapping.FIELD, "avancement")


def test_a_field_is_proposed_for_its_first_column_only() -> None:
    proposals = propose(["Intitulé", "Titre"], [[], []], financers=FINANCERS)
    assert [p.target.spec() for p in proposals] == ["intitule", "ignorer"]


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("intitule", Target(mapping.FIELD, "intitule")),
        ("Coût total HT (€)", Target(mapping.FIELD, "cout_total_ht")),
        ("maître d'ouvrage", Target(mapping.FIELD, "maitre_ouvrage")),
        ("financeur:région", Target(FINANCER, financeur="Région")),
        ("financeur:État@DETR", Target(FINANCER, financeur="État", dispositif="DETR")),
        ("financeur:FEDER#Acquis", Target(FINANCER, financeur="FEDER", statut="Acquis")),
        ("statut", Target(STATUS)),
        ("ignorer", IGNORE),
        ("-", IGNORE),
        ("", IGNORE),
    ],
)
def test_targets_are_written_and_read_back(text: str, target: Target) -> None:
    parsed = parse_target(text, FINANCERS)
    assert parsed == target
    assert parse_target(parsed.spec(), FINANCERS) == parsed


def test_unknown_target_is_refused_with_the_accepted_ones() -> None:
    with pytest.raises(UserFacingError, match="« budget » n'est pas un champ de fiche-action"):
        parse_target("budget")


# --- remembered mappings ------------------------------------------------------------------------


def test_a_confirmed_mapping_is_remembered_for_the_same_headers(data_dir: Path) -> None:
    memory = MappingMemory()
    assert memory.path == paths.mapping_memory_path()
    assert memory.path.parent == data_dir
    headers = ["N°", "Titre", "Montant"]
    memory.remember(headers, {"numero": "numero", "titre": "intitule", "montant": "ignorer"})
    assert MappingMemory().recall(["n°", "TITRE", "Montant "]) == {
        "numero": "numero",
        "titre": "intitule",
        "montant": "ignorer",
    }
    assert MappingMemory().recall(["N°", "Titre"]) is None
    assert [p.name for p in data_dir.iterdir()] == ["correspondances-tableaux.json"]


def test_an_unreadable_memory_file_is_ignored(data_dir: Path) -> None:
    data_dir.mkdir(parents=True, exist_ok=True)
    paths.mapping_memory_path().write_text("{pas du json", encoding="utf-8")
    memory = MappingMemory()
    assert memory.recall(["N°"]) is None
    memory.remember(["N°"], {"n": "numero"})
    content = json.loads(paths.mapping_memory_path().read_text(encoding="utf-8"))
    assert list(content["correspondances"].values()) == [{"n": "numero"}]
