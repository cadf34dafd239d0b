from __future__ import annotations

from pathlib import Path
from typing import Any

import openpyxl
import pytest
from support.exchange import database_dump, edit_cell, export_demo, minimal_sheets, write_workbook

from ti_desktop.db.store import Database
from ti_desktop.errors import CellProblem, WorkbookError
from ti_desktop.services.demo import DEMO_NAME
from ti_desktop.services.exchange.importer import apply_import, import_workbook, plan_import
from ti_desktop.services.exchange.sheet_parser import UNCALCULATED_REASON

BAD_CELLS: list[tuple[str, int, str, Any, str]] = [
    # sheet, row, column header, value, expected reason fragment
    ("Financements", 3, "Montant (€)", "beaucoup", "n'est pas un montant"),
    ("Financements", 2, "Montant (€)", -100, "négatif"),
    ("Financements", 2, "Montant (€)", "12,345", "plus de 2 décimales"),
    ("Financements", 2, "Montant (€)", 10**13, "dépasse"),
    ("Fiches-actions", 4, "Coût total HT (€)", "-5 €", "négatif"),
    ("Fiches-actions", 2, "Date de début", "31/02/2025", "n'est pas une date"),
    ("Fiches-actions", 2, "Date de fin", "01/01/2020", "la date de fin précède la date de début"),
    ("Fiches-actions", 3, "Territoire", "Fantôme", "territoire « Fantôme » inconnu"),
    ("Fiches-actions", 3, "N°", "1.1", "fiche n° 1.1 en double"),
    ("Fiches-actions", 2, "Intitulé", None, "valeur obligatoire"),
    ("Fiches-actions", 2, "Avancement", "Presque fini", "valeurs admises : À l'étude, Prête à"),
    ("Fiches-actions", 2, "Axe", "Tourisme", "valeurs admises : Accélérer la"),
    ("Financements", 2, "N° fiche", "9.9", "fiche n° 9.9 inconnue"),
    ("Financements", 2, "Statut", "Promis", "valeurs admises : Envisagé, Sollicité"),
    ("Indicateurs", 2, "N° fiche", "7.7", "fiche n° 7.7 inconnue"),
    ("Indicateurs", 2, "Valeur cible", "beaucoup", "n'est pas un montant ou un nombre"),
    ("Signataires", 2, "Groupe", "Amis", "valeurs admises : Intercommunalités"),
    ("Signataires", 3, "Représentant", "Laurent Verdier", "signataire en double"),
    ("Territoires", 2, "Phase", "Phase 3", "valeurs admises : Phase 1 (2018-2022)"),
    ("Territoires", 2, "Période", "2024/2027", "n'est pas une période"),
    ("Territoires", 2, "Statut du contrat", "Rêvé", "valeurs admises : Brouillon"),
    ("Territoires", 2, "Date de signature", "hier", "n'est pas une date"),
    ("Axes", 3, "Axe", "Accélérer la transition écologique et énergétique", "en double"),
    ("Signataires", 2, "Civilité", "Docteur",
     "« Docteur » n'est pas une valeur permise (valeurs admises : M., Mme)"),
    ("Signataires", 4, "Courriel", "maire@", "« maire@ » n'est pas une adresse électronique"),
    ("Territoires", 2, "Courriel du correspondant Région", "region.grandest.fr",
     "« region.grandest.fr » n'est pas une adresse électronique valide"),
    ("Fiches-actions", 2, "Intitulé", "x" * 1001, "fait 1\u00a0001 caractères"),
]  # fmt: skip


@pytest.mark.parametrize(("sheet", "row", "header", "value", "reason"), BAD_CELLS)
def test_each_bad_cell_is_located_and_nothing_is_written(
    demo_database: Database,
    tmp_path: Path,
    sheet: str,
    row: int,
    header: str,
    value: Any,
    reason: str,
) -> None:
    path = export_demo(demo_database, tmp_path)
    edit_cell(path, "Fiches-actions", 2, "Description", "Changement qui ne doit pas passer")
    edit_cell(path, sheet, row, header, value)
    before = database_dump(demo_database)
    plan = plan_import(demo_database, path)
    matching = [p for p in plan.errors if p.sheet == sheet and p.column == header]
    assert matching, plan.errors
    assert matching[0].row == row
    assert reason in matching[0].reason
    with pytest.raises(WorkbookError) as raised:
        import_workbook(demo_database, path)
    assert str(matching[0]) in raised.value.details
    assert "rien n'a été enregistré" in raised.value.message
    with pytest.raises(WorkbookError):
        apply_import(demo_database, plan)
    assert database_dump(demo_database) == before


def test_missing_required_column_is_named(database: Database, tmp_path: Path) -> None:
    sheets = minimal_sheets()
    sheets["Fiches-actions"] = [[c for c in r if c != "Intitulé"] for r in sheets["Fiches-actions"]]
    sheets["Fiches-actions"][0].remove("Maître d'ouvrage")
    before = database_dump(database)
    with pytest.raises(WorkbookError) as raised:
        import_workbook(database, write_workbook(tmp_path / "cols.xlsx", sheets))
    problems = raised.value.details
    assert any("feuille « Fiches-actions », ligne 1, colonne « Intitulé » : colonne "
               "obligatoire absente" in p for p in problems)  # fmt: skip
    # the field table no longer requires a maître d'ouvrage (a fiche being drafted may
    # lack one; the completeness check lists it): its column may be absent
    assert not any("colonne « Maître d'ouvrage » : colonne obligatoire" in p for p in problems)
    assert database_dump(database) == before


def test_every_problem_is_reported_at_once(demo_database: Database, tmp_path: Path) -> None:
    path = export_demo(demo_database, tmp_path)
    edit_cell(path, "Financements", 2, "Montant (€)", "cher")
    edit_cell(path, "Financements", 5, "Statut", "Peut-être")
    edit_cell(path, "Indicateurs", 3, "Échéance", "bientôt")
    plan = plan_import(demo_database, path)
    assert [(p.sheet, p.row, p.column) for p in plan.errors] == [
        ("Financements", 2, "Montant (€)"),
        ("Financements", 5, "Statut"),
        ("Indicateurs", 3, "Échéance"),
    ]


def test_headers_are_matched_ignoring_case_accents_and_star(
    database: Database, tmp_path: Path
) -> None:
    sheets = minimal_sheets()
    sheets["Fiches-actions"][0] = ["territoire*", "n°", "INTITULE", "Axe*", "maitre d'ouvrage",
                                   "Cout total HT (€)"]  # fmt: skip
    sheets["Fiches-actions"][0].append("Colonne perso")
    sheets["Fiches-actions"][1].append("ignoré")
    plan = plan_import(database, write_workbook(tmp_path / "h.xlsx", sheets))
    assert plan.errors == []
    assert "colonne « Colonne perso » inconnue, ignorée" in " ".join(plan.warnings)


def test_territory_unknown_everywhere_is_an_error(database: Database, tmp_path: Path) -> None:
    sheets = minimal_sheets()
    del sheets["Territoires"]
    plan = plan_import(database, write_workbook(tmp_path / "t.xlsx", sheets))
    assert (
        CellProblem(
            "Fiches-actions",
            2,
            "Territoire",
            "territoire « Vosges » inconnu : il n'est ni dans la base "
            "ni dans la feuille « Territoires »",
        )
        in plan.errors
    )


def test_workbook_without_exchange_sheet_is_refused(database: Database, tmp_path: Path) -> None:
    path = write_workbook(tmp_path / "other.xlsx", {"Budget": [["a", "b"], [1, 2]]})
    with pytest.raises(WorkbookError) as raised:
        import_workbook(database, path)
    assert "aucune feuille d'échange" in str(raised.value)


def test_duplicate_territory_rows(database: Database, tmp_path: Path) -> None:
    sheets = minimal_sheets()
    sheets["Territoires"].append(["VOSGES", "Grand Est"])
    plan = plan_import(database, write_workbook(tmp_path / "d.xlsx", sheets))
    assert [(p.sheet, p.row, p.column) for p in plan.errors] == [("Territoires", 3, "Territoire")]


def test_formula_cells_are_read_as_their_value_not_executed(
    database: Database, tmp_path: Path
) -> None:
    path = write_workbook(tmp_path / "f.xlsx", minimal_sheets())
    workbook = openpyxl.load_workbook(path)
    workbook["Financements"]["E2"] = "=1+1"  # no cached value: refused, never taken as empty
    workbook.save(path)
    plan = plan_import(database, path)
    assert [(p.sheet, p.row, p.column, p.reason) for p in plan.errors] == [
        ("Financements", 2, "Montant (€)", UNCALCULATED_REASON)
    ]


def test_demo_name_in_messages_is_readable(demo_database: Database, tmp_path: Path) -> None:
    path = export_demo(demo_database, tmp_path)
    edit_cell(path, "Financements", 2, "N° fiche", "42")
    plan = plan_import(demo_database, path)
    assert f"fiche n° 42 inconnue pour le territoire « {DEMO_NAME} »" in plan.errors[0].reason


def test_plain_number_in_a_date_column_is_refused(database: Database, tmp_path: Path) -> None:
    sheets = minimal_sheets()
    sheets["Indicateurs"][1][5] = 45000
    plan = plan_import(database, write_workbook(tmp_path / "n.xlsx", sheets))
    assert [(p.row, p.column, p.reason) for p in plan.errors] == [
        (2, "Échéance", "« 45000 » n'est pas une date (attendu JJ/MM/AAAA)")
    ]
