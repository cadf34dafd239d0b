"""Reading generated Word documents the way a reader does (shared by test_contract_*)."""

from __future__ import annotations

import uuid
from pathlib import Path

from docx import Document
from docx.document import Document as DocumentObject
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph
from sqlalchemy import select

from ti_desktop.db.models import Territoire
from ti_desktop.db.store import Database
from ti_desktop.services.demo import DEMO_NAME

NBSP = "\u00a0"


def plain(text: str) -> str:
    """No-break spaces as plain spaces, typographic apostrophes as straight ones.

    Documents are typeset the French way; assertions read better typed plainly (tests
    of the typography itself look at the raw text).
    """
    return text.replace(NBSP, " ").replace("\u202f", " ").replace("\u2019", "'")


def demo_id(database: Database) -> uuid.UUID:
    with database.reader() as session:
        territory = session.scalars(select(Territoire).where(Territoire.nom == DEMO_NAME)).one()
        return territory.id


def body_paragraphs(document: DocumentObject) -> list[Paragraph]:
    """Every paragraph of the body in reading order, table cells included."""
    return [Paragraph(p, document._body) for p in document.element.body.iter(qn("w:p"))]


def texts(path: Path) -> list[str]:
    return [plain(p.text) for p in body_paragraphs(Document(str(path)))]


def full_text(path: Path) -> str:
    return "\n".join(texts(path))


def table_rows(path: Path) -> list[tuple[str, ...]]:
    """Every row of every table as a tuple of cell texts."""
    document = Document(str(path))
    rows = []
    for table in document.tables:
        for row in table.rows:
            rows.append(tuple(plain(cell.text) for cell in row.cells))
    return rows


def word_template(folder: Path, name: str, *lines: str) -> Path:
    """A Word template ``folder/name`` of one paragraph per line (Jinja tags allowed)."""
    document = Document()
    for line in lines:
        document.add_paragraph(line)
    path = folder / name
    document.save(str(path))
    return path
