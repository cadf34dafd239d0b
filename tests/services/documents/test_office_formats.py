"""The LibreOffice pass: the PDF and the .odt with their table of contents filled, the
Word file with the same page numbers, OpenDocument asked for without LibreOffice."""

from __future__ import annotations

import shutil
import subprocess
import uuid
import zipfile
from pathlib import Path

import pytest
from docx import Document
from docx.oxml.ns import qn
from support.contract import body_paragraphs, plain
from support.territories import build_vendee

from ti_desktop.db.store import Database
from ti_desktop.errors import UserFacingError
from ti_desktop.services.documents import generation
from ti_desktop.services.documents import pdf as office


def _vendee(database: Database) -> uuid.UUID:
    with database.session() as session:
        return build_vendee(session).id


def _needs_libreoffice() -> None:
    if office.find_soffice() is None or shutil.which("pdftotext") is None:
        pytest.skip("LibreOffice (soffice) ou pdftotext absent")


def _pdf_pages(pdf: Path) -> list[str]:
    output = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    return [plain(page) for page in output.split("\f")]


@pytest.mark.libreoffice
def test_pdf_has_its_table_of_contents_filled_and_the_word_file_the_same_pages(
    database: Database, tmp_path: Path
) -> None:
    _needs_libreoffice()
    result = generation.generate_contract(
        database, _vendee(database), tmp_path / "contrat.docx", pdf=True
    )
    assert result.pdf is not None
    pages = _pdf_pages(result.pdf)
    contents = pages[1]
    assert "Sommaire" in contents
    entries = {}
    for line in contents.splitlines():
        title, dots, number = line.strip().rpartition(" ")
        if "...." in title and number.isdigit():
            entries[title.rstrip(". ")] = int(number)
    assert len(entries) == 13, contents
    for title, number in entries.items():
        # the heading really stands on that page, at the start of a line
        assert any(line.strip() == title for line in pages[number - 1].splitlines()), title
    # the annex index gives each fiche's page
    annex = pages[entries["Annexe – Les fiches-actions"] - 1]
    assert "Fiche-action 1.2 – Réseau de chaleur de la zone d'activités Acti-Est" in annex
    # the Word file carries the same numbers, and does not ask Word to update them
    document = Document(str(result.docx))
    toc = [plain(p.text) for p in body_paragraphs(document) if p.style.name == "toc 1"]
    assert [line.split("\t")[0] for line in toc] == list(entries)
    assert [int(line.split("\t")[1]) for line in toc] == list(entries.values())
    index = [
        plain(p.text) for p in body_paragraphs(document) if p.style.name.startswith("Index annexe")
    ]
    assert all(line.split("\t")[1].isdigit() for line in index)
    assert document.settings.element.find(qn("w:updateFields")) is None
    # the largest amount stays on one line of its table
    assert any("584 109 212,05 €" in line for page in pages for line in page.splitlines())


@pytest.mark.libreoffice
def test_no_heading_is_left_alone_at_the_foot_of_a_page(database: Database, tmp_path: Path) -> None:
    _needs_libreoffice()
    result = generation.generate_contract(
        database, _vendee(database), tmp_path / "contrat.docx", pdf=True
    )
    assert result.pdf is not None
    headings = {
        plain(p.text)
        for p in body_paragraphs(Document(str(result.docx)))
        if p.style.name.startswith("Heading") and p.text
    }
    for number, page in enumerate(_pdf_pages(result.pdf)[:-1], start=1):
        lines = [line.strip() for line in page.splitlines() if line.strip()]
        if len(lines) >= 2:
            assert lines[-2] not in headings, (number, lines[-2])  # the last is the footer


@pytest.mark.libreoffice
def test_contract_as_opendocument(database: Database, tmp_path: Path) -> None:
    _needs_libreoffice()
    result = generation.generate_contract(
        database, _vendee(database), tmp_path / "contrat.docx", file_format="odt"
    )
    assert result.docx == tmp_path / "contrat.odt" and result.pdf is None
    assert not (tmp_path / "contrat.docx").exists()
    with zipfile.ZipFile(result.docx) as package:
        assert package.read("mimetype") == b"application/vnd.oasis.opendocument.text"
        content = package.read("content.xml").decode("utf-8")
    assert "text:table-of-content" in content
    assert "Article 4 – Plan d’actions" in content
    fiche = generation.generate_fiche(
        database, _vendee_id(database), "1.1", tmp_path / "fiche", file_format="odt"
    )
    assert fiche.docx.suffix == ".odt" and fiche.docx.stat().st_size > 0


def _vendee_id(database: Database) -> uuid.UUID:
    from sqlalchemy import select

    from ti_desktop.db.models import Territoire

    with database.reader() as session:
        return session.scalars(select(Territoire.id)).one()


def test_opendocument_without_libreoffice_is_explained_and_writes_nothing(
    database: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(office.SOFFICE_ENV, str(tmp_path / "pas-de-soffice"))
    out = tmp_path / "sortie"
    out.mkdir()
    with pytest.raises(UserFacingError) as caught:
        generation.generate_contract(
            database, _vendee(database), out / "contrat.odt", file_format="odt"
        )
    message = str(caught.value)
    assert "LibreOffice est introuvable" in message and "OpenDocument (.odt)" in message
    assert "Word (.docx)" in message
    assert list(out.iterdir()) == []
