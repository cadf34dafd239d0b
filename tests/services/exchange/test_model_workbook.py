from __future__ import annotations

from pathlib import Path

import openpyxl
from openpyxl.worksheet.worksheet import Worksheet

from ti_desktop.db.store import Database
from ti_desktop.db.vocabulary import DEFAULT_AXES, Phase
from ti_desktop.services import reference_lists
from ti_desktop.services.demo import DEMO_NAME
from ti_desktop.services.exchange import format as fmt
from ti_desktop.services.exchange.model_workbook import MODEL_ROWS, write_model_workbook
from ti_desktop.services.territories import create_territory


def _list_values(workbook: openpyxl.Workbook, formula: str) -> list[str]:
    sheet_name, cells = formula.split("!")
    sheet = workbook[sheet_name.strip("'")]
    start, end = cells.replace("$", "").split(":")
    return [str(row[0].value) for row in sheet[start:end]]


def _validations(sheet: Worksheet) -> dict[str, tuple[str, str]]:
    """Column header → (list formula, error style) of each drop-down."""
    headers = {cell.column_letter: cell.value for cell in sheet[1]}
    found = {}
    for validation in sheet.data_validations.dataValidation:
        ref = str(validation.sqref)
        assert ref.endswith(str(MODEL_ROWS))
        assert validation.type == "list"
        found[headers[ref[0]]] = (validation.formula1, validation.errorStyle)
    return found


def test_model_has_drop_down_lists_for_constrained_columns(tmp_path: Path) -> None:
    path = write_model_workbook(tmp_path / "modele.xlsx")
    workbook = openpyxl.load_workbook(path)
    assert workbook.sheetnames == [
        "Mode d'emploi", "Territoires", "Axes", "Signataires", "Fiches-actions",
        "Financements", "Indicateurs", "Listes",
    ]  # fmt: skip
    assert workbook["Listes"].sheet_state == "hidden"
    territories = _validations(workbook["Territoires"])
    assert set(territories) == {"Phase", "Type de document", "Statut du contrat"}
    assert _list_values(workbook, territories["Phase"][0]) == [p.value for p in Phase]
    assert _list_values(workbook, territories["Statut du contrat"][0]) == [
        "Brouillon", "En concertation", "Validé par la Région", "Signé",
    ]  # fmt: skip
    assert _list_values(workbook, territories["Type de document"][0]) == [
        "Contrat", "Protocole d'accord", "Avenant",
    ]  # fmt: skip
    signatories = _validations(workbook["Signataires"])
    assert _list_values(workbook, signatories["Groupe"][0]) == [
        "Intercommunalités", "Partenaires publics", "Partenaires économiques et industriels",
    ]  # fmt: skip
    fiches = _validations(workbook["Fiches-actions"])
    assert _list_values(workbook, fiches["Avancement"][0])[0] == "À l'étude"
    assert fiches["Avancement"][1] == "stop"
    axes = _list_values(workbook, fiches["Axe"][0])
    assert axes == list(DEFAULT_AXES[Phase.PHASE_1]) + list(DEFAULT_AXES[Phase.PHASE_2])
    assert fiches["Axe"][1] == "warning"
    financing = _validations(workbook["Financements"])
    assert _list_values(workbook, financing["Statut"][0]) == [
        "Envisagé", "Sollicité", "Accord de principe", "Acquis", "Refusé",
    ]  # fmt: skip
    assert "Banque des Territoires" in _list_values(workbook, financing["Financeur"][0])
    assert financing["Financeur"][1] == "warning"
    assert _validations(workbook["Axes"])["Axe"][1] == "warning"
    assert workbook["Fiches-actions"]["J2"].number_format == fmt.DATE_FORMAT
    assert workbook["Financements"]["E2"].number_format == fmt.EURO_FORMAT


def test_model_uses_the_database_lists_and_territory_axes(
    demo_database: Database, tmp_path: Path
) -> None:
    with demo_database.session() as session:
        reference_lists.add_financer(session, "Fondation du patrimoine industriel")
        territory = create_territory(session, "Vosges", "Grand Est", Phase.PHASE_2)
        territory.axes[0].libelle = "Hydrogène et énergie"
    path = write_model_workbook(tmp_path / "m.xlsx", demo_database)
    workbook = openpyxl.load_workbook(path)
    financing = _validations(workbook["Financements"])
    assert "Fondation du patrimoine industriel" in _list_values(workbook, financing["Financeur"][0])
    all_axes = _list_values(workbook, _validations(workbook["Fiches-actions"])["Axe"][0])
    assert "Hydrogène et énergie" in all_axes and "Recruter" in all_axes
    path = write_model_workbook(tmp_path / "t.xlsx", demo_database, DEMO_NAME)
    workbook = openpyxl.load_workbook(path)
    own_axes = _list_values(workbook, _validations(workbook["Fiches-actions"])["Axe"][0])
    assert own_axes == list(DEFAULT_AXES[Phase.PHASE_2])


def test_model_drop_downs_follow_the_field_table(tmp_path: Path) -> None:
    workbook = openpyxl.load_workbook(write_model_workbook(tmp_path / "modele.xlsx"))
    signatories = _validations(workbook["Signataires"])
    assert set(signatories) == {"Groupe", "Civilité"}
    assert _list_values(workbook, signatories["Civilité"][0]) == ["M.", "Mme"]
    assert signatories["Civilité"][1] == "stop"
    territories = workbook["Territoires"]
    assert [c.value for c in territories[1]] == fmt.TERRITOIRES.headers
    assert territories[1][-1].value == "Courriel du correspondant Région"
    # closed lists stop other values; suggestions, a territory's axes, financers warn
    styles = {
        (spec.name, header): style
        for spec in fmt.EXCHANGE_SHEETS
        for header, (_, style) in _validations(workbook[spec.name]).items()
    }
    assert styles == {
        ("Territoires", "Phase"): "stop",
        ("Territoires", "Type de document"): "stop",
        ("Territoires", "Statut du contrat"): "stop",
        ("Axes", "Axe"): "warning",
        ("Signataires", "Groupe"): "stop",
        ("Signataires", "Civilité"): "stop",
        ("Fiches-actions", "Axe"): "warning",
        ("Fiches-actions", "Avancement"): "stop",
        ("Financements", "Financeur"): "warning",
        ("Financements", "Statut"): "stop",
    }
    guide = [row[0] for row in workbook["Mode d'emploi"].iter_rows(values_only=True)]
    assert "    • Fiches-actions : Territoire, N°, Intitulé" in guide
