from __future__ import annotations

import json
import subprocess
from decimal import Decimal
from pathlib import Path

import pytest
from support.exchange import database_dump, export_demo, minimal_sheets, sheet_values
from support.forms import WordEdit, require_soffice
from support.trackers import (
    CSV_ROWS,
    Ods,
    demo_fiches,
    french_excel_csv,
    region_tracker,
    write_ods,
    write_xlsx,
)

from ti_desktop import paths
from ti_desktop.cli import main
from ti_desktop.db.store import Database, open_database
from ti_desktop.db.vocabulary import NatureEnvoi
from ti_desktop.services import records
from ti_desktop.services.imports.cells import FORMULA_WITHOUT_VALUE
from ti_desktop.services.imports.form_reader import read_form
from ti_desktop.services.territories import list_territories


def _fiches(db_path: Path) -> dict[str, records.FicheRecord]:
    database = open_database(db_path)
    try:
        return demo_fiches(database)
    finally:
        database.close()


def _sent(db_path: Path, capsys: pytest.CaptureFixture[str]) -> list[dict[str, object]]:
    assert main(["--db", str(db_path), "sent", "--territory", "Troyes", "--json"]) == 0
    return list(json.loads(capsys.readouterr().out))


# --- import-table -----------------------------------------------------------------------------


def test_import_table_prints_the_mapping_and_the_counts(
    demo_database: Database, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    demo_database.close()
    tracker = region_tracker(tmp_path / "suivi.xlsx")
    base = ["--db", str(db_path), "import-table", str(tracker), "--territory", "Troyes"]
    assert main([*base, "--dry-run"]) == 0
    captured = capsys.readouterr()
    assert "Tableau : suivi.xlsx, feuille « Suivi 2024 », en-têtes en ligne 5" in captured.out
    assert "  « Porteur de projet » (C) → Maître d'ouvrage (reconnue)" in captured.out
    assert "  Statut des financements : « Sollicité » (par défaut ; --statut pour un autre)" in (
        captured.out
    )
    assert "Aperçu (rien n'a été enregistré)" in captured.out
    assert "ligne 11 : ligne de total, ignorée" in captured.err
    assert "2.4" not in _fiches(db_path)

    assert main([*base, "--statut", "Envisagé", "--map", "Commentaires=ignorer"]) == 0
    out = capsys.readouterr().out
    assert "  Colonnes ignorées : « Commentaires » (M)" in out
    assert "Importé dans « Troyes – Bar-sur-Aube (démonstration) » : 1 fiche(s) créée(s)" in out
    created = _fiches(db_path)["2.4"]
    assert created.notes_privees == ""
    assert [(x.financeur, x.statut) for x in created.financements][0] == ("Région", "Envisagé")

    # the confirmed mapping is remembered for the next file with the same headers
    assert main([*base, "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "Correspondance mémorisée pour ces en-têtes reprise." in out
    assert "  Colonnes ignorées : « Commentaires » (M)" in out
    assert paths.mapping_memory_path().is_file()


def test_import_table_refuses_with_every_problem_and_writes_nothing(
    demo_database: Database, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write_xlsx(
        tmp_path / "t.xlsx",
        [["N°", "Intitulé", "Coût", "Date de début"], ["1.1", "x", "douze", "32/01/2025"],
         ["1.2", "y", "=B2*2", ""]],
    )  # fmt: skip
    before = database_dump(demo_database)
    demo_database.close()
    argv = ["--db", str(db_path), "import-table", str(path), "--territory", "Troyes"]
    assert main(argv) == 1
    err = capsys.readouterr().err
    assert (
        "« t.xlsx » n'a pas été importé : 3 problème(s) à corriger (rien n'a été enregistré)"
        in (err)
    )
    assert "feuille « Suivi », ligne 2, colonne « Coût » : « douze » n'est pas un montant" in err
    assert f"feuille « Suivi », ligne 3, colonne « Coût » : {FORMULA_WITHOUT_VALUE}" in err
    database = open_database(db_path)
    try:
        assert database_dump(database) == before
    finally:
        database.close()


@pytest.mark.parametrize(
    ("extra", "code", "message"),
    [
        (["--map", "Coût=budget"], 2, "n'est pas un champ de fiche-action"),
        (["--map", "sans-egal"], 2, "attendu EN-TÊTE=CHAMP"),
        (["--map", "Inconnue=intitule"], 1, "n'a pas de colonne « Inconnue »"),
        (["--sheet", "Budget"], 1, "n'a pas de feuille « Budget » (feuilles : « f »)"),
        (["--statut", "Promis"], 1, "« Promis » n'est pas dans la liste"),
    ],
)
def test_import_table_usage_and_input_errors(
    demo_database: Database,
    db_path: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    extra: list[str],
    code: int,
    message: str,
) -> None:
    demo_database.close()
    path = french_excel_csv(tmp_path / "f.csv", CSV_ROWS)
    argv = ["--db", str(db_path), "import-table", str(path), "--territory", "Troyes", *extra]
    if code == 2:
        with pytest.raises(SystemExit) as raised:
            main(argv)
        assert raised.value.code == 2
    else:
        assert main(argv) == 1
    assert message in capsys.readouterr().err


def test_import_table_of_a_french_excel_csv(
    demo_database: Database, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    demo_database.close()
    path = french_excel_csv(tmp_path / "suivi.csv", CSV_ROWS)
    assert main(["--db", str(db_path), "import-table", str(path), "--territory", "Troyes"]) == 0
    out = capsys.readouterr().out
    assert "(encodage Windows-1252, séparateur « ; »)" in out
    assert _fiches(db_path)["3.4"].intitule == "Forum de l'alternance industrielle"


# --- forms ------------------------------------------------------------------------------------


def test_fiche_form_written_recorded_and_read_back(
    demo_database: Database, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    demo_database.close()
    form = tmp_path / "formulaire.docx"
    argv = ["--db", str(db_path), "fiche", "--territory", "Troyes", "--numero", "2.3"]
    assert main([*argv, "--formulaire", "-o", str(form), "--to", "cc@bar-sur-aube.fr"]) == 0
    assert f"Formulaire à remplir écrit : {form}" in capsys.readouterr().out
    assert read_form(form).numero == "2.3"
    (sent,) = _sent(db_path, capsys)
    assert (sent["nature"], sent["destinataires"]) == (
        NatureEnvoi.FORMULAIRE.value,
        ["cc@bar-sur-aube.fr"],
    )

    edit = WordEdit(form)
    edit.set_field("cout_total_ht", "800 000")
    edit.save(form)
    base = ["--db", str(db_path), "import-fiche", str(form)]
    assert main([*base, "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "formulaire.docx : fiche 2.3 — Tiers-lieu industriel et fab-lab de Bar-sur-Aube" in out
    assert "Coût total HT (€) : 780\xa0000\xa0€ → 800\xa0000\xa0€" in out
    assert "Aperçu (rien n'a été enregistré)" in out
    assert _fiches(db_path)["2.3"].cout_total_ht == Decimal("780000.00")
    assert main(base) == 0
    assert "Enregistré : 1 formulaire(s) : 0 fiche(s) créée(s), 1 mise(s) à jour." in (
        capsys.readouterr().out
    )
    assert _fiches(db_path)["2.3"].cout_total_ht == Decimal("800000.00")


def test_import_fiche_refuses_what_is_not_a_form(
    demo_database: Database, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    demo_database.close()
    tracker = region_tracker(tmp_path / "suivi.xlsx")
    assert main(["--db", str(db_path), "import-fiche", str(tracker)]) == 1
    err = capsys.readouterr().err
    assert "suivi.xlsx : refusé — « suivi.xlsx » n'est pas un document Word .docx" in err


def test_formulaires_for_a_maitre_d_ouvrage(
    demo_database: Database, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    demo_database.close()
    folder = tmp_path / "envoi"
    argv = ["--db", str(db_path), "formulaires", "--territory", "Troyes", "-o", str(folder)]
    assert main([*argv, "--maitre-ouvrage", "cci troyes et aube"]) == 0
    assert capsys.readouterr().out.count("Formulaire à remplir écrit") == 2
    assert sorted(p.name for p in folder.iterdir()) == [
        "Formulaire fiche 1.3 - Programme d'écologie industrielle et territoriale.docx",
        "Formulaire fiche 3.3 - Découverte des métiers usines ouvertes et.docx",
    ]
    (sent,) = _sent(db_path, capsys)
    assert sent["objet"] == "Formulaires de fiches-actions (2) — CCI Troyes et Aube"
    assert main([*argv, "--maitre-ouvrage", "Personne"]) == 1
    assert "« CCI Troyes et Aube »" in capsys.readouterr().err


# --- the exchange workbook as .ods --------------------------------------------------------------


def test_exchange_import_of_an_ods_workbook(db_path: Path, tmp_path: Path) -> None:
    sheets = minimal_sheets()
    path = write_ods(
        tmp_path / "echange.ods",
        {name: [[Ods("string", shown=str(v)) if v is not None else None for v in row]
                for row in rows] for name, rows in sheets.items()},
    )  # fmt: skip
    assert main(["--db", str(db_path), "--creer", "import", str(path)]) == 0
    database = open_database(db_path)
    try:
        with database.reader() as session:
            assert [t.nom for t in list_territories(session)] == ["Vosges"]
    finally:
        database.close()


@pytest.mark.libreoffice
def test_exchange_workbook_saved_as_ods_by_libreoffice_imports_the_same(
    demo_database: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    soffice = require_soffice()
    first = export_demo(demo_database, tmp_path, "first.xlsx")
    subprocess.run(
        [soffice, "--headless", f"-env:UserInstallation={(tmp_path / 'lo').as_uri()}",
         "--convert-to", "ods", "--outdir", str(tmp_path / "ods"), str(first)],
        check=True, capture_output=True, timeout=180,
    )  # fmt: skip
    other = tmp_path / "region.tidb"
    assert main(["--db", str(other), "--creer", "import", str(tmp_path / "ods" / "first.ods")]) == 0
    assert "12 fiche(s) créée(s)" in capsys.readouterr().out
    database = open_database(other)
    try:
        second = export_demo(database, tmp_path, "second.xlsx")
    finally:
        database.close()
    assert sheet_values(second) == sheet_values(first)
