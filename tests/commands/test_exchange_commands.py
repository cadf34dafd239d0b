from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from support.exchange import database_dump, edit_cell, minimal_sheets, write_workbook

from ti_desktop.cli import main
from ti_desktop.db.store import Database, open_database
from ti_desktop.services.demo import DEMO_NAME
from ti_desktop.services.exchange import format as fmt
from ti_desktop.services.territories import list_territories


def _names(db_path: Path) -> list[str]:
    database = open_database(db_path)
    try:
        with database.reader() as session:
            return [t.nom for t in list_territories(session)]
    finally:
        database.close()


def test_export_then_import_into_another_database(
    demo_database: Database, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    demo_database.close()
    target = tmp_path / "sortie.xlsx"
    assert main(["--db", str(db_path), "export", "-o", str(target)]) == 0
    assert "12 fiche(s)-action(s)" in capsys.readouterr().out
    other = tmp_path / "region.tidb"
    assert main(["--db", str(other), "--creer", "import", str(target)]) == 0
    out = capsys.readouterr().out
    assert f"Importé : {target}" in out and "12 fiche(s) créée(s)" in out
    assert _names(other) == [DEMO_NAME]


def test_export_unknown_territory_exits_1(
    demo_database: Database, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    demo_database.close()
    code = main(["--db", str(db_path), "export", "-o", str(tmp_path / "x.xlsx"),
                 "--territory", "Atlantide"])  # fmt: skip
    assert code == 1
    err = capsys.readouterr().err
    assert "Territoire « Atlantide » introuvable" in err and DEMO_NAME in err
    assert "Traceback" not in err
    assert not (tmp_path / "x.xlsx").exists()


def test_export_region_filter(
    demo_database: Database, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    demo_database.close()
    code = main(["--db", str(db_path), "export", "-o", str(tmp_path / "x.xlsx"),
                 "--region", "Occitanie"])  # fmt: skip
    assert code == 1
    assert "Aucun territoire de la région « Occitanie »" in capsys.readouterr().err
    code = main(["--db", str(db_path), "export", "-o", str(tmp_path / "x.xlsx"),
                 "--region", "GRAND EST"])  # fmt: skip
    assert code == 0


def test_usage_errors_exit_2(db_path: Path) -> None:
    for argv in (["export"], ["import"], ["modele"]):
        with pytest.raises(SystemExit) as raised:
            main(["--db", str(db_path), *argv])
        assert raised.value.code == 2


def test_multi_file_import_keeps_good_files(
    database: Database, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    database.close()
    good = write_workbook(tmp_path / "vosges.xlsx", minimal_sheets("Vosges"))
    bad = write_workbook(tmp_path / "alsace.xlsx", minimal_sheets("Alsace centrale"))
    edit_cell(bad, "Financements", 2, "Montant (€)", "trop")
    also_good = write_workbook(tmp_path / "sud.xlsx", minimal_sheets("Sud Alsace"))
    not_xlsx = tmp_path / "notes.xlsx"
    not_xlsx.write_text("pas un classeur")
    code = main(["--db", str(db_path), "import", str(good), str(bad), str(also_good),
                 str(not_xlsx)])  # fmt: skip
    assert code == 1
    captured = capsys.readouterr()
    assert f"Importé : {good}" in captured.out
    assert f"Importé : {also_good}" in captured.out
    assert "2 fichier(s) importé(s), 2 refusé(s)." in captured.out
    assert f"Refusé : {bad}" in captured.err
    assert "feuille « Financements », ligne 2, colonne « Montant (€) »" in captured.err
    assert "« notes.xlsx » n'est pas un classeur Excel .xlsx" in captured.err
    assert "Traceback" not in captured.err
    assert _names(db_path) == ["Sud Alsace", "Vosges"]


def test_refused_import_leaves_database_unchanged(
    demo_database: Database, db_path: Path, tmp_path: Path
) -> None:
    before = database_dump(demo_database)
    demo_database.close()
    sheets = minimal_sheets()
    sheets["Fiches-actions"][1][3] = "Axe inventé"
    path = write_workbook(tmp_path / "bad.xlsx", sheets)
    assert main(["--db", str(db_path), "import", str(path)]) == 1
    reopened = open_database(db_path)
    try:
        assert database_dump(reopened) == before
    finally:
        reopened.close()


def test_warnings_are_printed(
    database: Database, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    database.close()
    sheets = minimal_sheets()
    sheets["Financements"][1][2] = "Mécène local"
    path = write_workbook(tmp_path / "w.xlsx", sheets)
    assert main(["--db", str(db_path), "import", str(path)]) == 0
    captured = capsys.readouterr()
    assert "financeur « Mécène local » absent de la liste, il y sera ajouté" in captured.err
    assert "financeur(s) ajouté(s) : Mécène local" in captured.out


def test_modele_writes_a_workbook_that_imports_back(
    database: Database, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    database.close()
    target = tmp_path / "modele.xlsx"
    assert main(["--db", str(db_path), "modele", "-o", str(target)]) == 0
    assert str(target) in capsys.readouterr().out
    assert main(["--db", str(db_path), "import", str(target)]) == 0
    assert "aucune ligne de données" in capsys.readouterr().err
    workbook = openpyxl.load_workbook(target)
    assert [c.value for c in workbook["Fiches-actions"][1]] == fmt.FICHES.headers
    workbook["Territoires"].append(["Vosges", "Grand Est", "", "Phase 1 (2018-2022)"])
    workbook["Fiches-actions"]["A2"] = "Vosges"
    workbook["Fiches-actions"]["B2"] = "1.1"
    workbook["Fiches-actions"]["C2"] = "Hydrogène"
    workbook["Fiches-actions"]["D2"] = "Innover"
    workbook["Fiches-actions"]["E2"] = "CA d'Épinal"
    workbook.save(target)
    assert main(["--db", str(db_path), "import", str(target)]) == 0
    out = capsys.readouterr().out
    assert "1 territoire(s) créé(s)" in out and "1 fiche(s) créée(s)" in out


def test_modele_unknown_territory_exits_1(
    database: Database, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    database.close()
    code = main(["--db", str(db_path), "modele", "-o", str(tmp_path / "m.xlsx"),
                 "--territory", "Nulle part"])  # fmt: skip
    assert code == 1
    assert "Territoire « Nulle part » introuvable" in capsys.readouterr().err


def test_import_refuses_a_bad_civility_and_e_mail_naming_each_cell(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sheets = minimal_sheets()
    sheets["Territoires"][0] = [*sheets["Territoires"][0], "Courriel du correspondant Région"]
    sheets["Territoires"][1] = [*sheets["Territoires"][1], "correspondant@region"]
    sheets["Signataires"] = [
        ["Territoire", "Groupe", "Organisme", "Représentant", "Civilité"],
        ["Vosges", "EPCI", "CA Épinal", "Michel Henry", "Docteur"],
    ]
    path = write_workbook(tmp_path / "civilite.xlsx", sheets)
    assert main(["--db", str(db_path), "--creer", "import", str(path)]) == 1
    err = capsys.readouterr().err
    assert (
        "feuille « Territoires », ligne 2, colonne « Courriel du correspondant Région » : "
        "« correspondant@region » n'est pas une adresse électronique valide" in err
    )
    assert (
        "feuille « Signataires », ligne 2, colonne « Civilité » : « Docteur » n'est pas une "
        "valeur permise (valeurs admises : M., Mme)" in err
    )
    assert "Traceback" not in err
    assert _names(db_path) == []
