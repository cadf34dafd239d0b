"""``ti-desktop contract``, ``fiche`` and ``check-template``; the PDF through LibreOffice."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from docx import Document
from support.contract import demo_id, full_text, plain

from ti_desktop import cli, paths
from ti_desktop.db.store import Database
from ti_desktop.services.demo import DEMO_NAME
from ti_desktop.services.documents import generation as contract_documents
from ti_desktop.services.documents import pdf as pdf_convert


def test_contract_command_writes_the_docx(
    demo_database: Database, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    demo_database.close()
    target = tmp_path / "sortie" / "contrat.docx"
    code = cli.main(
        [
            "--db",
            str(db_path),
            "contract",
            "--territory",
            "troyes – BAR-sur-aube (demonstration)",
            "-o",
            str(target),
        ]
    )
    assert code == 0
    assert f"Document Word écrit : {target}" in capsys.readouterr().out
    assert "CONTRAT DU TERRITOIRE D'INDUSTRIE" in full_text(target)


def test_contract_command_default_name_and_own_template(
    demo_database: Database, db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    demo_database.close()
    monkeypatch.chdir(tmp_path)
    template = tmp_path / "canevas.docx"
    document = Document()
    document.add_paragraph("Canevas régional pour {{ territoire.nom }} : {{ totaux.cout_total }}")
    document.save(str(template))
    assert (
        cli.main(
            [
                "--db",
                str(db_path),
                "contract",
                "--territory",
                DEMO_NAME,
                "--template",
                str(template),
            ]
        )
        == 0
    )
    written = [p for p in tmp_path.iterdir() if p.name.startswith("Contrat - ")]
    assert len(written) == 1 and written[0].name.startswith(f"Contrat - {DEMO_NAME} - 2024-2027 - ")
    assert plain(full_text(written[0])) == f"Canevas régional pour {DEMO_NAME} : 18 455 000 €"


def test_fiche_command(
    demo_database: Database, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    demo_database.close()
    target = tmp_path / "fiche.docx"
    assert (
        cli.main(
            [
                "--db",
                str(db_path),
                "fiche",
                "--territory",
                DEMO_NAME,
                "--numero",
                "3.2",
                "-o",
                str(target),
            ]
        )
        == 0
    )
    assert "Fiche-action 3.2 – Résidence pour apprentis et alternants de l'industrie" in full_text(
        target
    )
    assert (
        cli.main(
            [
                "--db",
                str(db_path),
                "fiche",
                "--territory",
                DEMO_NAME,
                "--numero",
                "7",
                "-o",
                str(target),
            ]
        )
        == 1
    )
    assert "Pas de fiche-action n° 7" in capsys.readouterr().err
    assert (
        cli.main(["--db", str(db_path), "fiche", "--territory", "Inconnu", "--numero", "1.1"]) == 1
    )
    assert "Territoire « Inconnu » introuvable" in capsys.readouterr().err


def test_pdf_without_libreoffice_is_explained_and_writes_nothing(
    demo_database: Database,
    db_path: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    demo_database.close()
    monkeypatch.setenv(pdf_convert.SOFFICE_ENV, str(tmp_path / "pas-de-soffice"))
    target = tmp_path / "out" / "contrat.docx"
    assert (
        cli.main(
            ["--db", str(db_path), "contract", "--territory", DEMO_NAME, "-o", str(target), "--pdf"]
        )
        == 1
    )
    assert "LibreOffice est introuvable" in capsys.readouterr().err
    assert not target.parent.exists() or not any(target.parent.iterdir())


def test_pdf_conversion_failure_keeps_the_docx(
    demo_database: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fake = tmp_path / "soffice"
    fake.write_text("#!/bin/sh\nexit 0\n")  # exits 0 without writing any PDF
    fake.chmod(0o755)
    monkeypatch.setenv(pdf_convert.SOFFICE_ENV, str(fake))
    target = tmp_path / "contrat.docx"
    from ti_desktop.errors import UserFacingError

    with pytest.raises(
        UserFacingError, match="mais pas le PDF : LibreOffice n'a pas produit de PDF"
    ):
        contract_documents.generate_contract(
            demo_database, demo_id(demo_database), target, pdf=True
        )
    assert target.exists() and not target.with_suffix(".pdf").exists()


def test_check_template_command(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["check-template", str(paths.default_contract_template())]) == 0
    out = capsys.readouterr().out
    assert "Variables utilisées" in out and "Le modèle peut être utilisé." in out
    broken = tmp_path / "casse.docx"
    document = Document()
    document.add_paragraph("{% for fiche in fiches %}{{ fiche.intitule }}")
    document.save(str(broken))
    assert cli.main(["check-template", str(broken)]) == 1
    out = capsys.readouterr().out
    assert "ERREUR : erreur de syntaxe Jinja" in out and "ne peut pas être utilisé" in out
    text_file = tmp_path / "note.docx"
    text_file.write_text("pas un docx")
    assert cli.main(["check-template", str(text_file)]) == 1
    assert "n'est pas un document Word" in capsys.readouterr().out


@pytest.mark.libreoffice
def test_demo_contract_converts_to_pdf(demo_database: Database, tmp_path: Path) -> None:
    if pdf_convert.find_soffice() is None or shutil.which("pdftotext") is None:
        pytest.skip("LibreOffice (soffice) ou pdftotext absent")
    target = tmp_path / "contrat démo.docx"
    result = contract_documents.generate_contract(
        demo_database, demo_id(demo_database), target, pdf=True
    )
    assert result.pdf == tmp_path / "contrat démo.pdf" and result.pdf.read_bytes().startswith(
        b"%PDF-"
    )
    output = subprocess.run(
        ["pdftotext", str(result.pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    text = " ".join(plain(output).split())
    assert "CONTRAT DU TERRITOIRE D'INDUSTRIE" in text
    assert "Fiche-action 4.3 – Observatoire partagé du foncier économique" in text
    assert "270 000 €" in text and "Reste à financer" in text
    assert "Troyes – Bar-sur-Aube (démonstration) — Page 2 / " in text
    assert "None" not in text and "{{" not in text


def test_contract_as_opendocument_needs_libreoffice(
    demo_database: Database,
    db_path: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    demo_database.close()
    monkeypatch.setenv(pdf_convert.SOFFICE_ENV, str(tmp_path / "pas-de-soffice"))
    target = tmp_path / "out" / "contrat.odt"  # the extension says OpenDocument
    argv = ["--db", str(db_path), "contract", "--territory", "troyes", "-o", str(target)]
    assert cli.main(argv) == 1
    err = capsys.readouterr().err
    assert "LibreOffice est introuvable" in err and "OpenDocument (.odt)" in err
    assert not target.parent.exists() or not any(target.parent.iterdir())


@pytest.mark.libreoffice
def test_fiche_as_opendocument(
    demo_database: Database, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    if pdf_convert.find_soffice() is None:
        pytest.skip("LibreOffice (soffice) absent")
    demo_database.close()
    target = tmp_path / "fiche.docx"
    argv = ["--db", str(db_path), "fiche", "--territory", "troyes", "--numero", "2.3"]
    assert cli.main([*argv, "-o", str(target), "--format", "odt", "--no-record"]) == 0
    assert "Document OpenDocument écrit" in capsys.readouterr().out
    written = tmp_path / "fiche.odt"
    assert written.read_bytes()[:2] == b"PK" and not target.exists()
