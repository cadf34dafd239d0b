from __future__ import annotations

import ast
from dataclasses import replace
from pathlib import Path

import pytest

from ti_desktop.services.exchange import format as fmt
from ti_desktop.services.fields import catalog
from ti_desktop.services.fields.kinds import Entity, Field, Kind

PACKAGE = Path(fmt.__file__).resolve().parents[2]


def test_every_column_is_a_field_of_the_catalog() -> None:
    for spec in fmt.EXCHANGE_SHEETS:
        for column in spec.columns:
            if column.link:
                continue
            field = column.entity[column.field.key]
            assert column.field is field, (spec.name, column.header)
            assert (column.header, column.kind, column.width, column.required) == (
                field.header, field.kind, field.width, field.required,
            )  # fmt: skip
            assert (column.choices, column.extra) == (field.choices, field.extra)


def test_every_workbook_field_has_its_column_and_no_private_field_does() -> None:
    carried = {(c.entity.name, c.field.key) for s in fmt.EXCHANGE_SHEETS for c in s.columns}
    for entity in catalog.ENTITIES:
        for field in entity:
            if field.in_workbook:
                assert (entity.name, field.key) in carried, field.key
    assert ("territoire", "notes") not in carried
    assert ("fiche_action", "notes_privees") not in carried


def test_link_columns_name_the_owner_once() -> None:
    for spec in (fmt.AXES, fmt.SIGNATAIRES, fmt.FICHES, fmt.FINANCEMENTS, fmt.INDICATEURS):
        assert spec.columns[0] is fmt.TERRITORY_LINK
    assert fmt.FINANCEMENTS.columns[1] is fmt.FICHE_LINK is fmt.INDICATEURS.columns[1]
    assert fmt.TERRITORY_LINK.header == catalog.TERRITOIRE["nom"].header == "Territoire"
    assert (fmt.FICHE_LINK.header, fmt.FICHE_LINK.kind, fmt.FICHE_LINK.required) == (
        "N° fiche", Kind.NUMERO, True,
    )  # fmt: skip


def test_new_fields_have_their_columns() -> None:
    assert fmt.SIGNATAIRES.headers[-1] == "Civilité"
    assert fmt.SIGNATAIRES.column("civilite").extra
    assert fmt.TERRITOIRES.headers[-1] == "Courriel du correspondant Région"
    assert fmt.TERRITOIRES.column("correspondant_region_email").kind is Kind.EMAIL


def test_a_field_added_to_the_catalog_is_appended_to_the_territories_sheet() -> None:
    added = Field("site_web", "Site internet", width=30)
    territoire = replace(catalog.TERRITOIRE, fields=(*catalog.TERRITOIRE.fields, added))
    added_to_contract = Field("avenant", "Avenant n°", extra=True)
    contrat = replace(catalog.CONTRAT, fields=(added_to_contract, *catalog.CONTRAT.fields))
    columns = fmt.territory_sheet_columns(territoire, contrat)
    headers = [column.header for column in columns]
    assert headers[: len(fmt.TERRITOIRES.headers)] == fmt.TERRITOIRES.headers
    assert headers[len(fmt.TERRITOIRES.headers) :] == ["Site internet", "Avenant n°"]
    assert columns[-2].entity is territoire and columns[-1].entity is contrat


def test_a_key_shared_by_a_territory_and_a_contract_field_is_refused() -> None:
    clash = Entity("contrat", "contrat", (*catalog.CONTRAT.fields, Field("region", "Région bis")))
    with pytest.raises(ValueError, match="share a key"):
        fmt.territory_sheet_columns(catalog.TERRITOIRE, clash)


def test_headers_are_found_ignoring_case_accents_and_star() -> None:
    assert fmt.FICHES.find_column("MAITRE D'OUVRAGE *") is fmt.FICHES.column("maitre_ouvrage")
    assert fmt.SIGNATAIRES.find_column("civilite") is fmt.SIGNATAIRES.column("civilite")
    assert fmt.FICHES.find_column("Maîtresse d'ouvrage") is None


def _string_literals(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return {
        node.value
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and isinstance(node.value, str)
    }


@pytest.mark.parametrize("folder", ["services/exchange", "services/region", "commands"])
def test_no_header_is_spelled_outside_the_field_table(folder: str) -> None:
    headers = {c.header for s in fmt.EXCHANGE_SHEETS for c in s.columns if not c.link}
    for path in sorted((PACKAGE / folder).rglob("*.py")):
        spelled = headers & _string_literals(path)
        assert not spelled, f"{path.relative_to(PACKAGE)} spells {sorted(spelled)}"
