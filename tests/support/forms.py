"""Fill a fiche form the way Word saves it, and pass it through LibreOffice (not a test module).

``WordEdit`` opens a form with python-docx and changes it as Word would write the
result: values retyped as several runs with revision ids, a spelling mark between
two of them, a bookmark where the cursor was, a line break typed with Shift+Enter,
an insertion and a deletion kept as tracked changes, table rows added by copying the
last one (what Tab does in the last cell). ``libreoffice_round_trip`` opens and saves
a form with ``soffice --convert-to docx``.
"""

from __future__ import annotations

import copy
import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from ti_desktop.services.fields import FICHE_ACTION

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def require_soffice() -> str:
    """The LibreOffice executable; a missing one fails on CI and skips elsewhere."""
    found = shutil.which("soffice")
    if found is None:
        if os.environ.get("CI"):
            pytest.fail("LibreOffice (soffice) est requis en intégration continue")
        pytest.skip("LibreOffice (soffice) absent")
    return found


def libreoffice_round_trip(source: Path, folder: Path) -> Path:
    """``source`` opened and saved again as .docx by LibreOffice Writer."""
    soffice = require_soffice()
    folder.mkdir(parents=True, exist_ok=True)
    profile = (folder / "profil").as_uri()
    subprocess.run(
        [soffice, f"-env:UserInstallation={profile}", "--headless", "--norestore",
         "--convert-to", "docx:MS Word 2007 XML", "--outdir", str(folder / "sortie"), str(source)],
        check=True, capture_output=True, timeout=180,
    )  # fmt: skip
    return folder / "sortie" / source.name


def _rows(table: Any) -> Iterator[Any]:
    for child in table:
        if child.tag == f"{_W}tr":
            yield child
        elif child.tag == f"{_W}sdt":
            yield from _rows(child.find(f"{_W}sdtContent"))


def _cells(row: Any) -> list[Any]:
    return [child for child in row if child.tag == f"{_W}tc"]


def _text(cell: Any) -> str:
    return "".join(t.text or "" for t in cell.iter(f"{_W}t"))


class WordEdit:
    """A form opened for editing; ``save`` writes it back."""

    def __init__(self, path: Path) -> None:
        self.document = Document(str(path))
        self.body = self.document.element.body
        self._rsid = 0x00A1B2C0

    def rsid(self) -> str:
        self._rsid += 7
        return f"{self._rsid:08X}"

    # -- finding places

    def field_cell(self, key: str) -> Any:
        """The value cell of the field ``key`` (by its label, as a partner sees it)."""
        label = FICHE_ACTION[key].label
        for table in self.body.iter(f"{_W}tbl"):
            for row in _rows(table):
                cells = _cells(row)
                if len(cells) == 2 and _text(cells[0]).rstrip(" *").startswith(label):
                    first = cells[0].find(f"{_W}p")
                    if (
                        first is not None
                        and "".join(t.text or "" for t in first.iter(f"{_W}t")).rstrip(" *")
                        == label
                    ):
                        return cells[1]
        raise KeyError(key)

    def field_row(self, key: str) -> Any:
        return self.field_cell(key).getparent()

    def table(self, first_header: str) -> Any:
        """The financing (« Financeur ») or indicators (« Indicateur ») table."""
        for table in self.body.iter(f"{_W}tbl"):
            rows = list(_rows(table))
            if rows and _text(_cells(rows[0])[0]) == first_header:
                return table
        raise KeyError(first_header)

    def data_rows(self, first_header: str) -> list[Any]:
        return list(_rows(self.table(first_header)))[1:]

    # -- typing

    def _paragraph(self, template: Any, text: str) -> Any:
        """A paragraph as Word writes typed text: revision ids, runs split at a spelling mark."""
        paragraph = OxmlElement("w:p")
        paragraph.set(qn("w:rsidR"), self.rsid())
        paragraph.set(qn("w:rsidRDefault"), self.rsid())
        properties = template.find(f"{_W}pPr") if template is not None else None
        if properties is not None:
            paragraph.append(copy.deepcopy(properties))
        for number, line in enumerate(text.split("\n")):
            if number:
                run = OxmlElement("w:r")
                run.append(OxmlElement("w:br"))  # Shift+Enter
                paragraph.append(run)
            words = line.split(" ")
            middle = max(1, len(words) // 2)
            for index, part in enumerate((" ".join(words[:middle]), " ".join(words[middle:]))):
                if not part:
                    continue
                if index:
                    error = OxmlElement("w:proofErr")
                    error.set(qn("w:type"), "spellStart")
                    paragraph.append(error)
                run = OxmlElement("w:r")
                run.set(qn("w:rsidR"), self.rsid())
                text_element = OxmlElement("w:t")
                text_element.set(qn("xml:space"), "preserve")
                text_element.text = part if not index else " " + part
                run.append(text_element)
                paragraph.append(run)
                if index:
                    error = OxmlElement("w:proofErr")
                    error.set(qn("w:type"), "spellEnd")
                    paragraph.append(error)
        return paragraph

    def type_in(self, cell: Any, *paragraphs: str) -> None:
        """Replace the cell's text by ``paragraphs``, typed with Enter between them.

        A ``\\n`` inside a paragraph is a line break (Shift+Enter).
        """
        existing = cell.findall(f"{_W}p")
        template = existing[0] if existing else None
        for paragraph in existing:
            cell.remove(paragraph)
        for block in paragraphs or ("",):
            cell.append(self._paragraph(template, block))
        if any(paragraphs):  # Word leaves the cursor's bookmark behind
            start = OxmlElement("w:bookmarkStart")
            start.set(qn("w:id"), "0")
            start.set(qn("w:name"), "_GoBack")
            end = OxmlElement("w:bookmarkEnd")
            end.set(qn("w:id"), "0")
            last = cell.findall(f"{_W}p")[-1]
            last.append(start)
            last.append(end)

    def set_field(self, key: str, *paragraphs: str) -> None:
        self.type_in(self.field_cell(key), *paragraphs)

    def choose(self, key: str, text: str) -> None:
        """Pick ``text`` in the drop-down list or date picker of field ``key``."""
        cell = self.field_cell(key)
        for element in cell.iter(f"{_W}sdtContent"):
            runs = element.findall(f"{_W}r")
            for run in runs[1:]:
                element.remove(run)
            texts = runs[0].findall(f"{_W}t") if runs else []
            if texts:
                texts[0].text = text
            return
        raise KeyError(key)

    def track_replace(self, key: str, old: str, new: str) -> None:
        """Replace ``old`` by ``new`` in the field, revisions tracked (Word's « Suivi »)."""
        cell = self.field_cell(key)
        paragraph = cell.find(f"{_W}p")
        for run in paragraph.findall(f"{_W}r"):
            paragraph.remove(run)
        deleted = OxmlElement("w:del")
        deleted.set(qn("w:id"), "11")
        deleted.set(qn("w:author"), "Partenaire")
        deleted_run = OxmlElement("w:r")
        deleted_text = OxmlElement("w:delText")
        deleted_text.text = old
        deleted_run.append(deleted_text)
        deleted.append(deleted_run)
        inserted = OxmlElement("w:ins")
        inserted.set(qn("w:id"), "12")
        inserted.set(qn("w:author"), "Partenaire")
        inserted_run = OxmlElement("w:r")
        inserted_text = OxmlElement("w:t")
        inserted_text.text = new
        inserted_run.append(inserted_text)
        inserted.append(inserted_run)
        paragraph.append(deleted)
        paragraph.append(inserted)

    def set_cell(self, first_header: str, row: int, column: int, text: str) -> None:
        """Type in a cell of the financing or indicators table (``row`` from 0)."""
        self.type_in(_cells(self.data_rows(first_header)[row])[column], text)

    def add_row(self, first_header: str, values: list[str]) -> None:
        """Tab in the last cell: a copy of the last row, then typed in."""
        last = self.data_rows(first_header)[-1]
        row = copy.deepcopy(last)
        last.addnext(row)
        for cell, text in zip(_cells(row), values, strict=True):
            self.type_in(cell, text)

    def delete_row(self, first_header: str, row: int) -> None:
        element = self.data_rows(first_header)[row]
        element.getparent().remove(element)

    def save(self, path: Path) -> Path:
        self.document.save(str(path))
        return path
