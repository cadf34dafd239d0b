"""``ti-desktop sent``, ``changes``, ``sign``; contract, fiche and export record what they write."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import update
from support.contract import plain, table_rows, texts
from support.register import fiche

from ti_desktop.cli import main
from ti_desktop.db.models import Territoire
from ti_desktop.db.store import Database, open_database
from ti_desktop.services.demo import DEMO_NAME
from ti_desktop.services.documents import pdf as pdf_convert


def _run(db_path: Path, *args: str) -> int:
    return main(["--db", str(db_path), *args])


def _sent(db_path: Path, capsys: pytest.CaptureFixture[str]) -> list[dict]:
    capsys.readouterr()
    assert _run(db_path, "sent", "--territory", "Troyes", "--json") == 0
    return json.loads(capsys.readouterr().out)


def test_contract_and_fiche_record_their_transmission(
    demo_database: Database, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    demo_database.close()
    contract = tmp_path / "contrat.docx"
    assert _run(db_path, "contract", "--territory", "Troyes", "-o", str(contract),
                "--to", "prefecture@aube.example") == 0  # fmt: skip
    assert "Envoi consigné dans l'historique" in capsys.readouterr().out
    assert _run(db_path, "fiche", "--territory", "Troyes", "--numero", "1.2",
                "-o", str(tmp_path / "fiche.docx")) == 0  # fmt: skip
    capsys.readouterr()
    assert _run(db_path, "contract", "--territory", "Troyes", "-o", str(tmp_path / "b.docx"),
                "--no-record") == 0  # fmt: skip
    assert "consigné" not in capsys.readouterr().out
    listed = _sent(db_path, capsys)
    assert [(s["nature"], s["objet"]) for s in listed] == [
        ("fiche", "Fiche-action 1.2"),
        ("contrat", "Contrat"),
    ]
    assert listed[1]["destinataires"] == ["prefecture@aube.example"]
    kept = Path(listed[1]["fichiers"][0]["copie"])
    assert kept.read_bytes() == contract.read_bytes()
    assert listed[1]["fichiers"][0]["nom"] == "contrat.docx"


def test_export_records_one_transmission_per_territory_to_its_correspondent(
    demo_database: Database, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with demo_database.session() as session:
        session.execute(update(Territoire).values(correspondant_region_email="ti@grandest.example"))
    demo_database.close()
    assert _run(db_path, "export", "-o", str(tmp_path / "classeur.xlsx")) == 0
    assert "Envoi consigné dans l'historique de 1 territoire(s)." in capsys.readouterr().out
    (workbook,) = _sent(db_path, capsys)
    assert workbook["nature"] == "classeur" and workbook["libelle"] == "Classeur Région"
    assert workbook["destinataires"] == ["ti@grandest.example"]
    assert _run(db_path, "export", "-o", str(tmp_path / "b.xlsx"), "--no-record") == 0
    assert len(_sent(db_path, capsys)) == 1


def test_sent_lists_the_register_in_french(
    demo_database: Database, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    demo_database.close()
    assert _run(db_path, "sent", "--territory", "Troyes") == 0
    assert f"Aucun envoi consigné pour « {DEMO_NAME} »." in capsys.readouterr().out
    _run(db_path, "export", "-o", str(tmp_path / "classeur.xlsx"))
    capsys.readouterr()
    assert _run(db_path, "sent", "--territory", "Troyes") == 0
    out = plain(capsys.readouterr().out)
    assert f"Envois de « {DEMO_NAME} » (1), du plus récent au plus ancien :" in out
    assert "Classeur Région" in out and "Destinataires : non précisés" in out
    assert "Fichier : classeur.xlsx (" in out and "SHA-256 " in out


def test_changes_since_the_last_transmission(
    demo_database: Database, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    demo_database.close()
    _run(db_path, "export", "-o", str(tmp_path / "classeur.xlsx"))
    database = open_database(db_path)
    with database.session() as session:
        fiche(session, "1.2").cout_total_ht = Decimal("2500000")
    database.close()
    capsys.readouterr()
    assert _run(db_path, "changes", "--territory", "Troyes") == 0
    out = plain(capsys.readouterr().out)
    assert "Changements depuis l'envoi du " in out and "(Classeur Région) :" in out
    assert "1.2 – Réseau de chaleur" in out
    assert "Coût total HT : 2 300 000 € → 2 500 000 €" in out

    assert _run(db_path, "changes", "--territory", "Troyes", "--json") == 0
    data = json.loads(capsys.readouterr().out)
    (changed,) = data["fiches"]["modifiees"]
    assert changed["champs"][0]["avant"] == "2300000.00"
    assert changed["champs"][0]["apres"] == "2500000.00"

    assert _run(db_path, "changes", "--territory", "Troyes", "--since-date", "2000-01-01") == 1
    assert "Aucun envoi le 1er janvier 2000 ou avant" in capsys.readouterr().err


def test_sign_then_changes_since_signed(
    demo_database: Database, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    demo_database.close()
    assert _run(db_path, "changes", "--territory", "Troyes", "--since-signed") == 1
    err = capsys.readouterr().err
    assert "Aucune version signée" in err and "Traceback" not in err
    _run(db_path, "contract", "--territory", "Troyes", "-o", str(tmp_path / "c.docx"))
    (contract,) = _sent(db_path, capsys)
    assert _run(db_path, "sign", "--territory", "Troyes", contract["id"][:8],
                "--date", "2024-06-28") == 0  # fmt: skip
    assert "version signée le 28 juin 2024" in capsys.readouterr().out
    assert _sent(db_path, capsys)[0]["signe_le"] == date(2024, 6, 28).isoformat()
    assert _run(db_path, "changes", "--territory", "Troyes", "--since-signed") == 0
    out = capsys.readouterr().out
    assert "signé le 28 juin 2024" in out and "Aucun changement." in out


def test_usage_errors_exit_2(
    demo_database: Database, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    demo_database.close()
    for args in (
        ["changes", "--territory", "Troyes", "--since", "abcd", "--since-signed"],
        ["changes", "--territory", "Troyes", "--since-date", "31/02/2024"],
        ["sent"],
    ):
        with pytest.raises(SystemExit) as exited:
            _run(db_path, *args)
        assert exited.value.code == 2
    assert "n'est pas une date qui existe" in capsys.readouterr().err


def _signed_then_changed(db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> dict:
    """The contract sent and marked signed, then the cost of fiche 1.2 raised."""
    _run(db_path, "contract", "--territory", "Troyes", "-o", str(tmp_path / "c.docx"))
    (contract,) = _sent(db_path, capsys)
    _run(db_path, "sign", "--territory", "Troyes", contract["id"], "--date", "2024-06-28")
    database = open_database(db_path)
    with database.session() as session:
        fiche(session, "1.2").cout_total_ht = Decimal("2500000")
    database.close()
    return contract


def test_avenant_without_a_signed_version_says_so_and_exits_1(
    demo_database: Database, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    demo_database.close()
    target = tmp_path / "avenant.docx"
    assert _run(db_path, "avenant", "--territory", "Troyes", "-o", str(target)) == 1
    err = capsys.readouterr().err
    assert "n'a pas de contrat signé" in err and "Traceback" not in err
    assert not target.exists()


def test_avenant_and_report_from_the_command_line(
    demo_database: Database, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    demo_database.close()
    contract = _signed_then_changed(db_path, tmp_path, capsys)
    capsys.readouterr()
    avenant = tmp_path / "avenant.docx"
    assert _run(db_path, "avenant", "--territory", "Troyes", "-o", str(avenant)) == 0
    out = capsys.readouterr().out
    assert f"Document Word écrit : {avenant}" in out and "Envoi consigné" in out
    assert ("Coût total HT", "2 300 000 €", "2 500 000 €") in table_rows(avenant)
    report = tmp_path / "rapport.docx"
    assert _run(db_path, "report", "--territory", "Troyes", "-o", str(report),
                "--since", contract["id"][:8], "--no-record") == 0  # fmt: skip
    assert "consigné" not in capsys.readouterr().out
    assert "Coût total HT : 18 455 000 € → 18 655 000 €" in texts(report)
    assert [s["nature"] for s in _sent(db_path, capsys)] == ["avenant", "contrat"]


@pytest.mark.libreoffice
def test_avenant_and_report_convert_to_pdf(
    demo_database: Database, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    if pdf_convert.find_soffice() is None:
        pytest.skip("LibreOffice (soffice) absent")
    demo_database.close()
    _signed_then_changed(db_path, tmp_path, capsys)
    for command in ("avenant", "report"):
        target = tmp_path / f"{command}.docx"
        assert _run(db_path, command, "--territory", "Troyes", "-o", str(target), "--pdf") == 0
        assert target.with_suffix(".pdf").read_bytes().startswith(b"%PDF-")
    recorded = _sent(db_path, capsys)
    assert [len(s["fichiers"]) for s in recorded[:2]] == [2, 2]  # Word and PDF kept
