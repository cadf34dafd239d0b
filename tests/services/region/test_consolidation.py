"""A Région imports the workbooks of three territories, then exports its synthesis."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session
from support.region import ALPHA, BETA, GAMMA, add_fiche, build_alpha, build_beta, build_gamma

from ti_desktop.db.models import FicheAction, LigneFinancement, Territoire
from ti_desktop.db.store import Database, open_database
from ti_desktop.services.exchange.exporter import export_workbook
from ti_desktop.services.exchange.importer import import_workbook, plan_import
from ti_desktop.services.region.synthesis import RegionSynthesis, TerritorySynthesis, load_synthesis

Builder = Callable[[Session], object]


def build_gamma_with_fiche(session: Session) -> None:
    gamma = build_gamma(session)
    add_fiche(
        session,
        gamma,
        "A-1",
        axis=3,
        cost="2500000.00",
        progress="Prête à démarrer",
        lines=[("Banque des Territoires", "1250000.00", "Accord de principe")],
    )


def territory_workbook(folder: Path, name: str, builder: Builder) -> tuple[Database, Path]:
    folder.mkdir()
    database = open_database(folder / f"{name}.tidb")
    with database.session() as session:
        builder(session)
    target = folder / f"{name}.xlsx"
    export_workbook(database, target)
    return database, target


def comparable(row: TerritorySynthesis) -> tuple[object, ...]:
    money = row.argent
    return (
        row.nom,
        row.region,
        row.departements,
        row.phase,
        row.type_document,
        row.statut_contrat,
        row.date_signature,
        row.intercommunalites,
        {state: n for state, n in row.fiches_par_avancement.items() if n},
        money.fiches,
        money.cout_total,
        money.financements,
        money.reste_a_financer,
        money.sur_financement,
        money.fiches_sur_financees,
    )


def synthesis_of(database: Database) -> RegionSynthesis:
    with database.reader() as session:
        return load_synthesis(session)


@pytest.fixture
def sent(tmp_path: Path) -> dict[str, tuple[Database, Path]]:
    """Three territories, each in its own database, each exported to its own workbook."""
    workbooks = {
        ALPHA: territory_workbook(tmp_path / "a", "a", build_alpha),
        # (a fiche without axis cannot travel: the exchange format requires one)
        BETA: territory_workbook(tmp_path / "b", "b", lambda s: build_beta(s, axisless=False)),
        GAMMA: territory_workbook(tmp_path / "c", "c", build_gamma_with_fiche),
    }
    yield workbooks
    for database, _ in workbooks.values():
        database.close()


def test_three_workbooks_consolidate_into_the_regional_synthesis(
    sent: dict[str, tuple[Database, Path]], database: Database, tmp_path: Path
) -> None:
    for _, workbook in sent.values():
        assert openpyxl.load_workbook(workbook, read_only=True).sheetnames[:3] == [
            "Synthèse",
            "Par financeur",
            "Par axe",
        ]
        report = import_workbook(database, workbook)
        assert report.territories_created == 1
        assert not any("Synthèse" in warning for warning in report.warnings)

    regional = synthesis_of(database)
    assert [row.nom for row in regional.territoires] == [ALPHA, BETA, GAMMA]
    for name, (source, _) in sent.items():
        expected = synthesis_of(source).territoires[0]
        got = next(row for row in regional.territoires if row.nom == name)
        assert comparable(got) == comparable(expected)

    target = tmp_path / "region.xlsx"
    export_workbook(database, target)
    sheet = openpyxl.load_workbook(target)["Synthèse"]
    rows = list(sheet.iter_rows(min_row=4, max_row=7, values_only=True))
    assert [row[0] for row in rows] == [ALPHA, BETA, GAMMA, "Total (3 territoires)"]
    headers = [cell.value for cell in sheet[3]]
    cost = headers.index("Coût total HT")
    total_cost = sum((t.argent.cout_total for t in regional.territoires), Decimal(0))
    assert Decimal(str(rows[3][cost])).quantize(Decimal("0.01")) == total_cost
    assert total_cost == Decimal("1200.10") + Decimal("5133.45") + Decimal("2500000.00")
    assert rows[2][headers.index("Accord de principe")] == 1250000


def test_resending_an_updated_workbook_updates_without_duplicates(
    sent: dict[str, tuple[Database, Path]], database: Database
) -> None:
    for _, workbook in sent.values():
        import_workbook(database, workbook)

    source, workbook = sent[ALPHA]
    with source.session() as session:
        line = session.scalars(
            select(LigneFinancement).where(LigneFinancement.montant == Decimal("300.00"))
        ).one()
        line.montant = Decimal("450.00")
        territory = session.scalars(select(Territoire)).one()
        add_fiche(
            session,
            territory,
            "4.1",
            axis=3,
            cost="1000.00",
            progress="En cours",
            lines=[("Région", "1000.00", "Acquis")],
        )
    export_workbook(source, workbook)
    report = import_workbook(database, workbook)
    assert (report.territories_created, report.territories_updated) == (0, 1)
    assert (report.fiches_created, report.fiches_updated) == (1, 3)

    with database.reader() as session:
        assert session.scalar(select(func.count()).select_from(Territoire)) == 3
        numbers = session.scalars(
            select(FicheAction.numero).join(Territoire).where(Territoire.nom == ALPHA)
        ).all()
        assert sorted(numbers) == ["1.1", "1.2", "2.1", "4.1"]
        assert session.scalar(select(func.count()).select_from(LigneFinancement)) == (
            3
            + 2
            + 1
            + 1  # alpha (with the new fiche)
            + 1
            + 2  # beta
            + 1  # gamma
        )
    alpha = next(row for row in synthesis_of(database).territoires if row.nom == ALPHA)
    assert comparable(alpha) == comparable(synthesis_of(source).territoires[0])
    assert alpha.argent.reste_a_financer == Decimal("150.05")  # 1000.10 - 400.05 - 450


def test_computed_sheets_of_an_incoming_workbook_are_ignored(
    sent: dict[str, tuple[Database, Path]], database: Database, tmp_path: Path
) -> None:
    _, workbook = sent[BETA]
    tampered = openpyxl.load_workbook(workbook)
    tampered["Synthèse"]["A4"] = "Territoire inventé"
    tampered["Synthèse"]["P4"] = 999_999_999
    tampered["Par financeur"]["D4"] = "=1/0"
    tampered["Par axe"].append(["n'importe quoi", None, "Phase 9"])
    path = tmp_path / "tampered.xlsx"
    tampered.save(path)

    plan = plan_import(database, path)
    assert plan.is_valid, plan.errors
    assert plan.warnings == []
    import_workbook(database, path)
    regional = synthesis_of(database)
    assert [row.nom for row in regional.territoires] == [BETA]
    assert comparable(regional.territoires[0]) == comparable(
        synthesis_of(sent[BETA][0]).territoires[0]
    )


def test_command_line_consolidation_then_regional_export(
    sent: dict[str, tuple[Database, Path]], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from ti_desktop.cli import main

    regional = tmp_path / "region.tidb"
    files = [str(path) for _, path in sent.values()]
    assert main(["--db", str(regional), "--creer", "import", *files]) == 0
    out = capsys.readouterr().out
    assert "3 fichier(s) importé(s), 0 refusé(s)." in out

    target = tmp_path / "grand-est.xlsx"
    assert main(["--db", str(regional), "export", "-o", str(target), "--region", "grand est"]) == 0
    workbook = openpyxl.load_workbook(target)
    assert workbook.sheetnames[:3] == ["Synthèse", "Par financeur", "Par axe"]
    synthese = workbook["Synthèse"]
    assert synthese["A1"].value == "Synthèse des Territoires d'industrie — Région Grand Est"
    names = [row[0] for row in synthese.iter_rows(min_row=4, values_only=True)]
    assert names == [ALPHA, GAMMA, "Total (2 territoires)"]
    # re-importing the regional workbook into itself changes nothing and warns of nothing
    assert main(["--db", str(regional), "import", str(target)]) == 0
    assert "Avertissement" not in capsys.readouterr().err
