from __future__ import annotations

import shutil
import subprocess
import zipfile
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from openpyxl.utils import get_column_letter
from sqlalchemy import func, select
from support.exchange import (
    assert_no_formula,
    database_dump,
    edit_cell,
    export_demo,
    minimal_sheets,
    sheet_values,
    workbook_values,
    write_workbook,
)

from ti_desktop.db.models import (
    Axe,
    FicheAction,
    Financeur,
    Indicateur,
    LigneFinancement,
    Signataire,
    Territoire,
)
from ti_desktop.db.store import Database, open_database
from ti_desktop.db.vocabulary import DEFAULT_AXES, Phase
from ti_desktop.services import records
from ti_desktop.services.demo import DEMO_NAME
from ti_desktop.services.exchange import format as fmt
from ti_desktop.services.exchange.exporter import export_workbook, write_exchange_sheets
from ti_desktop.services.exchange.importer import apply_import, import_workbook, plan_import
from ti_desktop.services.progress import Cancelled
from ti_desktop.services.territories import find_territory, list_territories


def _count(database: Database, model: type) -> int:
    with database.reader() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


def test_round_trip_gives_identical_cells(demo_database: Database, tmp_path: Path) -> None:
    first = export_demo(demo_database, tmp_path, "first.xlsx")
    empty = open_database(tmp_path / "empty.tidb")
    try:
        report = import_workbook(empty, first)
        second = export_demo(empty, tmp_path, "second.xlsx")
    finally:
        empty.close()
    assert report.territories_created == 1
    assert report.fiches_created == 12
    assert report.financing_lines == 35
    assert report.indicators == 13
    assert report.signatories == 12
    first_values, second_values = sheet_values(first), sheet_values(second)
    assert set(first_values) == {spec.name for spec in fmt.EXCHANGE_SHEETS}
    for name, rows in first_values.items():
        assert rows == second_values[name], name
    assert len(first_values["Fiches-actions"]) == 13
    # the exchange columns, then the Région's computed money columns (never imported)
    assert first_values["Fiches-actions"][0] == fmt.FICHES.written_headers


def test_export_writes_typed_cells_and_headers(demo_database: Database, tmp_path: Path) -> None:
    path = export_demo(demo_database, tmp_path)
    workbook = openpyxl.load_workbook(path)
    fiches = workbook["Fiches-actions"]
    assert [c.value for c in fiches[1]] == fmt.FICHES.written_headers
    assert fiches["A1"].font.b
    assert fiches.freeze_panes == "A2"
    last_column = get_column_letter(len(fmt.FICHES.written_headers))
    assert fiches.auto_filter.ref == f"A1:{last_column}13"  # the computed columns filter too
    first = fiches[2]
    assert first[1].value == "1.1" and first[1].data_type == "s"
    assert first[9].value == datetime(2024, 9, 1)
    assert first[9].number_format == fmt.DATE_FORMAT
    assert first[11].value == 4850000
    assert first[11].number_format == fmt.EURO_FORMAT
    assert fiches.column_dimensions["C"].width == 50
    territories = workbook["Territoires"]
    assert [c.value for c in territories[1]][:13] == [
        "Territoire", "Région", "Départements", "Phase", "Type de document", "Période",
        "Statut du contrat", "Date de signature", "Lieu de signature", "Chef de projet",
        "Courriel du chef de projet", "Élu référent", "Industriel référent",
    ]  # fmt: skip
    assert territories["F2"].value == "2024-2027"
    assert territories["D2"].value == Phase.PHASE_2.value
    money = workbook["Financements"]
    assert money["E2"].value == 900000 and money["E2"].number_format == fmt.EURO_FORMAT


def test_private_notes_are_never_exported(demo_database: Database, tmp_path: Path) -> None:
    with demo_database.session() as session:
        territory = find_territory(session, DEMO_NAME)
        assert territory is not None
        territory.notes = "NOTE-TERRITOIRE-SECRETE"
        territory.fiches[0].notes_privees = "NOTE-FICHE-SECRETE"
    path = export_demo(demo_database, tmp_path)
    with zipfile.ZipFile(path) as archive:
        text = b"".join(archive.read(name) for name in archive.namelist())
    assert b"SECRETE" not in text


def test_formula_payloads_stay_text(demo_database: Database, tmp_path: Path) -> None:
    payloads = ["=1+1", "+33 3 25 00 00 00", "-2+3", "@SUM(A1)", '=HYPERLINK("http://x")']
    with demo_database.session() as session:
        territory = find_territory(session, DEMO_NAME)
        assert territory is not None
        for fiche, payload in zip(territory.fiches, payloads, strict=False):
            fiche.intitule = payload
        territory.chef_projet_telephone = "+33 3 25 00 00 00"
    path = export_demo(demo_database, tmp_path)
    assert_no_formula(path)  # no cell formula; the chart reads its own sheet's cells only
    sheet = openpyxl.load_workbook(path)["Fiches-actions"]
    titles = [sheet.cell(row=r, column=3) for r in range(2, 7)]
    assert [c.value for c in titles] == payloads
    assert all(c.data_type == "s" for c in titles)
    assert titles[0].quotePrefix
    # and they come back as text
    empty = open_database(tmp_path / "empty.tidb")
    try:
        import_workbook(empty, path)
        with empty.reader() as session:
            stored = set(session.scalars(select(FicheAction.intitule)))
    finally:
        empty.close()
    assert set(payloads) <= stored


def test_reimport_updates_without_duplicates(demo_database: Database, tmp_path: Path) -> None:
    path = export_demo(demo_database, tmp_path)
    models = (Territoire, FicheAction, LigneFinancement, Indicateur, Signataire, Axe, Financeur)
    counts = [_count(demo_database, m) for m in models]
    edit_cell(path, "Fiches-actions", 2, "Intitulé", "Intitulé modifié par la Région")
    first = import_workbook(demo_database, path)
    second = import_workbook(demo_database, path)
    assert first.fiches_updated == second.fiches_updated == 12
    assert first.fiches_created == second.fiches_created == 0
    assert [_count(demo_database, m) for m in models] == counts
    with demo_database.reader() as session:
        assert (
            session.scalar(select(FicheAction.intitule).where(FicheAction.numero == "1.1"))
            == "Intitulé modifié par la Région"
        )
    again = export_demo(demo_database, tmp_path, "again.xlsx")
    assert sheet_values(again) == sheet_values(path)


def test_decimal_amounts_are_exact(database: Database, tmp_path: Path) -> None:
    sheets = minimal_sheets()
    sheets["Financements"] += [
        ["Vosges", "1.1", "État", "", 0.1 + 0.2, "Acquis"],
        ["Vosges", "1.1", "ADEME", "", "123 456 789 012,34 €", "Sollicité"],
        ["Vosges", "1.1", "Bpifrance", "", 999999999999.99, "Envisagé"],
        ["Vosges", "1.1", "Privé", "", "0,07", "Envisagé"],
    ]
    path = write_workbook(tmp_path / "amounts.xlsx", sheets)
    import_workbook(database, path)
    with database.reader() as session:
        amounts = list(session.scalars(select(LigneFinancement.montant)
                                       .order_by(LigneFinancement.position)))  # fmt: skip
        cost = session.scalar(select(FicheAction.cout_total_ht))
    assert amounts == [
        Decimal("1000.50"), Decimal("0.30"), Decimal("123456789012.34"),
        Decimal("999999999999.99"), Decimal("0.07"),
    ]  # fmt: skip
    assert cost == Decimal("1234567.89")
    exported = tmp_path / "exported.xlsx"
    export_workbook(database, exported)
    rows = sheet_values(exported)["Financements"]
    assert [Decimal(repr(r[4])) for r in rows[1:]] == [
        Decimal("1000.5"), Decimal("0.3"), Decimal("123456789012.34"),
        Decimal("999999999999.99"), Decimal("0.07"),
    ]  # fmt: skip


def test_minimal_workbook_uses_default_axes_and_reads_values(
    database: Database, tmp_path: Path
) -> None:
    path = write_workbook(tmp_path / "min.xlsx", minimal_sheets())
    plan = plan_import(database, path)
    assert plan.errors == []
    assert plan.territories[0].action == "création"
    assert plan.territories[0].fiches_created == ["1.1"]
    report = apply_import(database, plan)
    assert report.territories_created == 1
    with database.reader() as session:
        territory = find_territory(session, "vosges")
        assert territory is not None
        assert territory.phase == Phase.PHASE_2.value
        assert [a.libelle for a in territory.axes] == list(DEFAULT_AXES[Phase.PHASE_2])
        fiche = territory.fiches[0]
        assert fiche.axe is not None and fiche.axe.libelle == "Mobiliser le foncier industriel"
        assert fiche.indicateurs[0].echeance == date(2027, 12, 31)
        assert fiche.indicateurs[0].valeur_cible == Decimal("25")
        assert fiche.financements[0].statut.libelle == "Acquis"


def test_axes_sheet_gives_custom_axes(database: Database, tmp_path: Path) -> None:
    sheets = minimal_sheets()
    sheets["Axes"] = [fmt.AXES.headers, ["Vosges", 2, "Hydrogène"], ["Vosges", 1, "Bois"]]
    sheets["Fiches-actions"][1][3] = "hydrogene"
    path = write_workbook(tmp_path / "axes.xlsx", sheets)
    import_workbook(database, path)
    with database.reader() as session:
        territory = list_territories(session, full=True)[0]
        assert [a.libelle for a in territory.axes] == ["Bois", "Hydrogène"]
        assert territory.fiches[0].axe is not None
        assert territory.fiches[0].axe.libelle == "Hydrogène"


def test_numeric_numero_is_read_without_float_noise(database: Database, tmp_path: Path) -> None:
    sheets = minimal_sheets()
    sheets["Fiches-actions"][1][1] = 2.3
    for sheet in ("Financements", "Indicateurs"):
        sheets[sheet][1][1] = 2.3
    path = write_workbook(tmp_path / "num.xlsx", sheets)
    import_workbook(database, path)
    with database.reader() as session:
        assert list(session.scalars(select(FicheAction.numero))) == ["2.3"]
        assert _count(database, LigneFinancement) == 1


def test_numero_110_stays_text_on_round_trip(database: Database, tmp_path: Path) -> None:
    sheets = minimal_sheets()
    for sheet in ("Fiches-actions", "Financements", "Indicateurs"):
        sheets[sheet][1][1] = "1.10"
    import_workbook(database, write_workbook(tmp_path / "n.xlsx", sheets))
    exported = tmp_path / "out.xlsx"
    export_workbook(database, exported)
    assert sheet_values(exported)["Fiches-actions"][1][1] == "1.10"


def test_trashed_fiche_is_restored_and_updated(demo_database: Database, tmp_path: Path) -> None:
    path = export_demo(demo_database, tmp_path)
    edit_cell(path, "Fiches-actions", 2, "Intitulé", "Revenue de la corbeille")
    with demo_database.session() as session:
        fiche = session.scalars(select(FicheAction).where(FicheAction.numero == "1.1")).one()
        fiche.supprime_le = datetime.now(UTC)
    plan = plan_import(demo_database, path)
    assert plan.territories[0].fiches_restored == ["1.1"]
    report = apply_import(demo_database, plan)
    assert report.fiches_restored == 1 and report.fiches_created == 0
    with demo_database.reader() as session:
        fiche = session.scalars(select(FicheAction).where(FicheAction.numero == "1.1")).one()
        assert fiche.supprime_le is None
        assert fiche.intitule == "Revenue de la corbeille"
    assert _count(demo_database, FicheAction) == 12


def test_signatories_of_a_listed_territory_are_replaced(
    demo_database: Database, tmp_path: Path
) -> None:
    sheets = {
        "Signataires": [
            fmt.SIGNATAIRES.headers,
            [
                DEMO_NAME,
                "Intercommunalités",
                "Troyes Champagne Métropole",
                "M. Nouveau",
                "Président",
                None,
                "Délib. 2025-1",
                "02/02/2025",
                "n@example.org",
            ],
            [DEMO_NAME, "epci", "Troyes Champagne Métropole", "Mme Adjointe", "Vice-présidente"],
        ],  # fmt: skip
    }
    report = import_workbook(demo_database, write_workbook(tmp_path / "s.xlsx", sheets))
    assert report.signatories == 2
    with demo_database.reader() as session:
        people = session.scalars(select(Signataire).order_by(Signataire.ordre)).all()
        assert [(p.representant, p.ordre) for p in people] == [("M. Nouveau", 1),
                                                               ("Mme Adjointe", 2)]  # fmt: skip
        assert people[0].deliberation_date == date(2025, 2, 2)
        assert people[0].email == "n@example.org"
    assert _count(demo_database, FicheAction) == 12  # other sheets absent: untouched


def test_unknown_financer_is_added_with_a_warning(database: Database, tmp_path: Path) -> None:
    sheets = minimal_sheets()
    sheets["Financements"].append(["Vosges", "1.1", "Fondation Hydrogène", "", 10, "Envisagé"])
    plan = plan_import(database, write_workbook(tmp_path / "f.xlsx", sheets))
    assert plan.errors == []
    assert plan.new_financers == ["Fondation Hydrogène"]
    assert any("Fondation Hydrogène" in w and "ligne 3" in w for w in plan.warnings)
    report = apply_import(database, plan)
    assert report.financers_added == ["Fondation Hydrogène"]
    with database.reader() as session:
        assert "Fondation Hydrogène" in set(session.scalars(select(Financeur.libelle)))


def test_region_sheets_and_unknown_sheets_are_ignored(database: Database, tmp_path: Path) -> None:
    sheets = {"Synthèse": [["n'importe quoi"], [1, 2]], "Brouillon": [["x"]], **minimal_sheets()}
    plan = plan_import(database, write_workbook(tmp_path / "extra.xlsx", sheets))
    assert plan.errors == []
    assert plan.warnings == ["Feuille « Brouillon » inconnue, ignorée."]


def test_cancelling_writes_nothing(demo_database: Database, tmp_path: Path) -> None:
    path = export_demo(demo_database, tmp_path)
    edit_cell(path, "Fiches-actions", 2, "Intitulé", "Ne doit pas être enregistré")
    before = database_dump(demo_database)

    def cancel_while_writing(done: int, total: int, message: str) -> None:
        if message.startswith("Enregistrement : Fiches"):
            raise Cancelled

    plan = plan_import(demo_database, path)
    with pytest.raises(Cancelled):
        apply_import(demo_database, plan, cancel_while_writing)
    assert database_dump(demo_database) == before

    def cancel_export(done: int, total: int, message: str) -> None:
        if done == 2:
            raise Cancelled

    target = tmp_path / "cancelled.xlsx"
    with pytest.raises(Cancelled):
        export_workbook(demo_database, target, progress=cancel_export)
    assert not target.exists()
    assert list(tmp_path.glob(".cancelled*")) == []


def test_export_filters_by_name_and_region(demo_database: Database, tmp_path: Path) -> None:
    import_workbook(demo_database, write_workbook(tmp_path / "v.xlsx", minimal_sheets()))
    with demo_database.session() as session:
        vosges = find_territory(session, "Vosges")
        assert vosges is not None
        vosges.region = "Bourgogne-Franche-Comté"
    target = tmp_path / "one.xlsx"
    report = export_workbook(demo_database, target, territory_names=["VOSGES"])
    assert report.territories == 1 and report.fiches == 1
    assert [r[0] for r in sheet_values(target)["Territoires"][1:]] == ["Vosges"]
    export_workbook(demo_database, target, region="grand est")
    assert [r[0] for r in sheet_values(target)["Territoires"][1:]] == [DEMO_NAME]


@pytest.mark.libreoffice
def test_workbook_saved_again_by_libreoffice_imports_the_same(
    demo_database: Database, tmp_path: Path
) -> None:
    if shutil.which("soffice") is None:
        pytest.skip("LibreOffice (soffice) absent")
    first = export_demo(demo_database, tmp_path, "first.xlsx")
    folder = tmp_path / "libreoffice"
    subprocess.run(
        ["soffice", "--headless", f"-env:UserInstallation={(tmp_path / 'lo').as_uri()}",
         "--calc", "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", str(folder),
         str(first)],
        check=True, capture_output=True, timeout=180,
    )  # fmt: skip
    empty = open_database(tmp_path / "empty.tidb")
    try:
        import_workbook(empty, folder / "first.xlsx")
        second = export_demo(empty, tmp_path, "second.xlsx")
    finally:
        empty.close()
    assert sheet_values(second) == sheet_values(first)


def test_trashed_territory_is_restored_by_its_row(demo_database: Database, tmp_path: Path) -> None:
    path = export_demo(demo_database, tmp_path)
    with demo_database.session() as session:
        territory = find_territory(session, DEMO_NAME)
        assert territory is not None
        territory.supprime_le = datetime.now(UTC)
    plan = plan_import(demo_database, path)
    assert [(p.nom, p.action) for p in plan.territories] == [(DEMO_NAME, "restauration")]
    assert "restauration" in plan.preview_lines()[0]
    calls: list[tuple[int, int, str]] = []
    report = apply_import(demo_database, plan, lambda *call: calls.append(call))
    assert report.territories_updated == 1 and report.territories_created == 0
    assert calls[-1] == (7, 7, "Import terminé")
    with demo_database.reader() as session:
        assert [t.nom for t in list_territories(session)] == [DEMO_NAME]
    assert _count(demo_database, Territoire) == 1


def test_exchange_sheets_in_a_normal_workbook(demo_database: Database, tmp_path: Path) -> None:
    with demo_database.reader() as session:
        territories = records.load_territories(session).territories
        workbook = openpyxl.Workbook()
        write_exchange_sheets(workbook, territories)
    path = tmp_path / "normal.xlsx"
    workbook.save(path)
    streamed = export_demo(demo_database, tmp_path)
    assert sheet_values(path) == sheet_values(streamed)
    money = openpyxl.load_workbook(path)["Financements"]["E2"]
    assert money.number_format == fmt.EURO_FORMAT


def _set_new_fields(database: Database) -> None:
    with database.session() as session:
        territory = find_territory(session, DEMO_NAME)
        assert territory is not None
        territory.correspondant_region_email = "correspondant.ti@grandest.fr"
        people = sorted(territory.signataires, key=lambda p: (p.groupe, p.ordre))
        people[0].civilite, people[1].civilite = "Mme", "M."


def test_round_trip_keeps_every_field_including_the_new_ones(
    demo_database: Database, tmp_path: Path
) -> None:
    _set_new_fields(demo_database)
    path = export_demo(demo_database, tmp_path)
    exported = sheet_values(path)
    territories = exported["Territoires"]
    row = dict(zip(territories[0], territories[1], strict=True))
    assert row["Courriel du correspondant Région"] == "correspondant.ti@grandest.fr"
    civilities = [r[fmt.SIGNATAIRES.headers.index("Civilité")] for r in exported["Signataires"]]
    with demo_database.reader() as session:
        stored = sorted(session.scalars(select(Signataire.civilite)))
    assert sorted(c or "" for c in civilities[1:]) == stored
    assert {"M.", "Mme"} <= set(stored)
    source = workbook_values(demo_database)
    assert source[0]["correspondant_region_email"] == "correspondant.ti@grandest.fr"
    empty = open_database(tmp_path / "empty.tidb")
    try:
        import_workbook(empty, path)
        assert workbook_values(empty) == source
        with empty.reader() as session:
            assert sorted(session.scalars(select(Signataire.civilite))) == stored
            assert session.scalar(select(Territoire.correspondant_region_email)) == (
                "correspondant.ti@grandest.fr"
            )
    finally:
        empty.close()
    # and back into the source database: nothing changes
    import_workbook(demo_database, path)
    assert workbook_values(demo_database) == source
    assert sheet_values(export_demo(demo_database, tmp_path, "again.xlsx")) == exported


def test_civility_is_read_in_its_usual_forms(database: Database, tmp_path: Path) -> None:
    sheets = minimal_sheets()
    sheets["Signataires"] = [
        fmt.SIGNATAIRES.headers,
        ["Vosges", "EPCI", "CA Épinal", "Michel Henry", "Président", 1, "", None, "", "Monsieur"],
        ["Vosges", "EPCI", "CA Épinal", "Anne Roy", "Vice-présidente", 2, "", None, "", "madame"],
        ["Vosges", "Partenaires publics", "Région Grand Est", "X", "", None, "", None, "", ""],
    ]  # fmt: skip
    import_workbook(database, write_workbook(tmp_path / "civ.xlsx", sheets))
    with database.reader() as session:
        people = session.execute(
            select(Signataire.representant, Signataire.civilite).order_by(Signataire.representant)
        ).all()
    assert [tuple(p) for p in people] == [("Anne Roy", "Mme"), ("Michel Henry", "M."), ("X", "")]


def test_a_fiche_without_axis_or_maitre_ouvrage_round_trips(
    demo_database: Database, tmp_path: Path
) -> None:
    with demo_database.session() as session:
        fiche = session.scalars(select(FicheAction).where(FicheAction.numero == "1.1")).one()
        fiche.axe, fiche.maitre_ouvrage = None, ""
    source = workbook_values(demo_database)
    path = export_demo(demo_database, tmp_path)
    row = sheet_values(path)["Fiches-actions"][1]
    assert (row[1], row[3], row[4]) == ("1.1", None, None)
    empty = open_database(tmp_path / "empty.tidb")
    try:
        plan = plan_import(empty, path)
        assert plan.errors == []
        apply_import(empty, plan)
        assert workbook_values(empty) == source
    finally:
        empty.close()
