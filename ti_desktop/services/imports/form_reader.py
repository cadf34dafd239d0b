"""Read back a fiche form saved by Word or LibreOffice Writer: its identifiers, fields and tables.

The file is an untrusted ``.docx``: the guard checks the archive (sizes, zip bomb),
then ``word/document.xml`` and ``docProps/custom.xml`` are parsed with defusedxml.
The text of each cell is read the way it shows: paragraphs and line breaks become
new lines, tabs stay, text deleted with tracked changes is left out and text
inserted is kept, runs split by spelling marks or bookmarks are joined. Fields are
found by their row's tag (Word) or their label (LibreOffice drops row tags, see
``form_layout``); what is missing or damaged is reported, never guessed. Values
stay text here: ``form_plan`` reads them with the field table.
"""

from __future__ import annotations

import uuid
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from xml.etree.ElementTree import Element

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring

from ti_desktop.errors import UserFacingError
from ti_desktop.services.exchange import guard
from ti_desktop.services.fields import Field
from ti_desktop.services.imports import form_layout as layout

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_VT = "{http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes}"
_CP = "{http://schemas.openxmlformats.org/officeDocument/2006/custom-properties}"
_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"

_SKIPPED = {
    f"{_W}del", f"{_W}moveFrom", f"{_W}rPr", f"{_W}pPr", f"{_W}instrText", f"{_W}delText",
    f"{_W}sdtPr", f"{_W}sdtEndPr", f"{_W}tbl", f"{_MC}Fallback", f"{_W}commentReference",
    f"{_W}footnoteReference", f"{_W}endnoteReference",
}  # fmt: skip
_BREAKS = {f"{_W}br", f"{_W}cr"}

FINANCING, INDICATORS = "financements", "indicateurs"


class NotAFormError(UserFacingError):
    """A ``.docx`` that is not one of our fiche forms."""


@dataclass
class FormTable:
    """The financing plan or the indicators: the column of each cell, and the filled rows."""

    kind: str
    columns: list[Field | None]
    rows: list[tuple[int, list[str]]] = field(default_factory=list)  # (row from 1, cells)

    def missing(self, required: tuple[Field, ...]) -> list[Field]:
        """Columns of ``required`` the table lost (a column deleted by the partner)."""
        return [f for f in required if f not in self.columns]


@dataclass
class FormContent:
    """What a returned form holds, as text."""

    path: Path
    properties: dict[str, str]
    reference: layout.Reference | None
    fields: dict[str, str] = field(default_factory=dict)
    damaged: dict[str, str] = field(default_factory=dict)  # field key → why it is unreadable
    tables: dict[str, FormTable] = field(default_factory=dict)

    @property
    def territory_name(self) -> str:
        return self.properties.get(layout.PROPERTY_TERRITORY_NAME, "")

    @property
    def numero(self) -> str:
        return self.properties.get(layout.PROPERTY_NUMERO, "")


def read_form(path: Path) -> FormContent:
    """The identifiers, fields and tables of the form ``path``.

    Raises:
        WorkbookError: the file is not a safe ``.docx`` (not a zip, encrypted, too big).
        NotAFormError: a Word document, but not one of our forms, or unreadable.
    """
    path = Path(path)
    guard.check_archive_file(path, guard.DOCX)
    name = f"« {path.name} »"
    try:
        with zipfile.ZipFile(path) as archive:
            document = fromstring(archive.read("word/document.xml"))
            names = set(archive.namelist())
            custom = (
                fromstring(archive.read("docProps/custom.xml"))
                if "docProps/custom.xml" in names
                else None
            )
    except (DefusedXmlException, SyntaxError, zipfile.BadZipFile, zlib.error, KeyError) as exc:
        raise NotAFormError(
            f"{name} est un document Word illisible (fichier endommagé ou piégé) : {exc}."
        ) from exc
    properties = _custom_properties(custom)
    body = document.find(f"{_W}body")
    if body is None:
        raise NotAFormError(f"{name} est un document Word vide.")
    content = FormContent(path, properties, _reference(properties, body))
    tagged = False
    for table in body.iter(f"{_W}tbl"):
        tagged |= _read_table(table, content)
    ours = properties.get(layout.PROPERTY_KIND) == layout.FORM_KIND
    if not (ours or tagged or len(content.fields) >= len(layout.FIELDS) // 2):
        raise NotAFormError(
            f"{name} n'est pas un formulaire de fiche-action de TI Desktop (sa référence est "
            "absente). Générez le formulaire depuis la fiche (bouton « Formulaire à faire "
            "remplir ») et faites remplir ce fichier-là."
        )
    if content.reference is None:
        raise NotAFormError(
            f"{name} : la référence du formulaire (territoire et fiche) a été effacée ou "
            "modifiée ; il ne peut pas être relu sans risque d'erreur de fiche."
        )
    return content


# --- identifiers ----------------------------------------------------------------------------


def _custom_properties(custom: Element | None) -> dict[str, str]:
    if custom is None:
        return {}
    found = {}
    for prop in custom.iter(f"{_CP}property"):
        name = prop.get("name")
        value = prop.find(f"{_VT}lpwstr")
        if name and value is not None:
            found[name] = value.text or ""
    return found


def _reference(properties: dict[str, str], body: Element) -> layout.Reference | None:
    """From the document properties, else from the reference line of the text."""
    try:
        territory = properties.get(layout.PROPERTY_TERRITORY)
        fiche = properties.get(layout.PROPERTY_FICHE)
        if territory and fiche:
            return layout.Reference(uuid.UUID(territory), uuid.UUID(fiche))
    except ValueError:
        pass
    for paragraph in body.iter(f"{_W}p"):
        text = paragraph_text(paragraph)
        if "territoire" in text and "fiche" in text:
            found = layout.parse_reference(text)
            if found is not None:
                return found
    return None


# --- text -----------------------------------------------------------------------------------


def paragraph_text(paragraph: Element) -> str:
    """The text a paragraph shows: runs joined, tabs and line breaks kept, deletions left out."""
    parts: list[str] = []
    _collect(paragraph, parts)
    return "".join(parts)


def _collect(element: Element, parts: list[str]) -> None:
    for child in element:
        tag = child.tag
        if tag in _SKIPPED:
            continue
        if tag == f"{_W}t":
            parts.append(child.text or "")
        elif tag == f"{_W}tab":
            parts.append("\t")
        elif tag in _BREAKS:
            parts.append("\n")
        elif tag == f"{_W}noBreakHyphen":
            parts.append("-")
        else:
            _collect(child, parts)


def _paragraphs(container: Element) -> Iterator[Element]:
    """The paragraphs of a cell in order, through content controls (nested tables left out)."""
    for child in container:
        if child.tag == f"{_W}p":
            yield child
        elif child.tag in (f"{_W}sdt", f"{_W}sdtContent", f"{_W}customXml"):
            yield from _paragraphs(child)


def cell_text(cell: Element) -> str:
    """A cell's paragraphs as lines (the trailing empty ones dropped)."""
    lines = [paragraph_text(p) for p in _paragraphs(cell)]
    while lines and not lines[-1].strip():
        lines.pop()
    return "\n".join(lines)


# --- tables ---------------------------------------------------------------------------------


def _tag(sdt: Element) -> str:
    found = sdt.find(f"{_W}sdtPr/{_W}tag")
    return found.get(f"{_W}val", "") if found is not None else ""


def _rows(table: Element) -> Iterator[tuple[str, Element]]:
    """(tag of the row's content control or "", row) for each row, controls unwrapped."""
    for child in table:
        if child.tag == f"{_W}tr":
            yield "", child
        elif child.tag == f"{_W}sdt":
            tag = _tag(child)
            content = child.find(f"{_W}sdtContent")
            for inner_tag, row in _rows(content) if content is not None else ():
                yield inner_tag or tag, row
        elif child.tag == f"{_W}customXml":
            yield from _rows(child)


def _cells(row: Element) -> list[Element]:
    cells: list[Element] = []
    for child in row:
        if child.tag == f"{_W}tc":
            cells.append(child)
        elif child.tag in (f"{_W}sdt", f"{_W}customXml"):
            content = child.find(f"{_W}sdtContent") if child.tag == f"{_W}sdt" else child
            if content is not None:
                cells.extend(_cells(content))
    return cells


def _header_kind(texts: list[str]) -> tuple[str, list[Field | None]] | None:
    """The kind of table a row of headers starts, and the column of each cell."""
    for kind, columns, needed in (
        (FINANCING, layout.FINANCING_COLUMNS, {"financeur", "montant"}),
        (INDICATORS, layout.INDICATOR_COLUMNS, {"nom"}),
    ):
        found = [layout.column_of_header(text.split("\n")[0], columns) for text in texts]
        keys = {f.key for f in found if f is not None}
        if needed <= keys and len(keys) >= 2:
            return kind, found
    return None


def _read_table(table: Element, content: FormContent) -> bool:
    """Read a table's fields or lines into ``content``; True when it holds tagged rows."""
    tagged = False
    lines: FormTable | None = None
    number = 0
    for tag, row in _rows(table):
        cells = _cells(row)
        texts = [cell_text(cell) for cell in cells]
        tagged |= tag.startswith(layout.TAG_PREFIX)
        headed = tag in ("", layout.FINANCING_TAG, layout.INDICATORS_TAG)
        header = _header_kind(texts) if headed else None
        if header is not None:
            kind, columns = header
            lines = FormTable(kind, columns)
            if kind in content.tables:
                content.damaged[kind] = "le tableau apparaît deux fois"
            content.tables.setdefault(kind, lines)
            number = 0
            continue
        if lines is not None:
            number += 1
            if any(text.strip() for text in texts):
                lines.rows.append((number, texts))
            continue
        _read_field_row(tag, texts, content)
    return tagged


def _read_field_row(tag: str, texts: list[str], content: FormContent) -> None:
    key = tag.removeprefix(layout.TAG_PREFIX) if tag.startswith(layout.TAG_PREFIX) else ""
    keys = {f.key for f in layout.FIELDS}
    if key not in keys:
        found = layout.field_of_label(texts[0].split("\n")[0]) if texts else None
        if found is None:
            return  # the instructions' box, or a row the partner added: not a field
        key = found.key
    label = next(f.label for f in layout.FIELDS if f.key == key)
    if len(texts) != 2:
        content.damaged[key] = (
            f"sa ligne a {len(texts)} case(s) au lieu de 2 (cases fusionnées ou supprimées)"
        )
        return
    found_label = layout.field_of_label(texts[0].split("\n")[0])
    if found_label is not None and found_label.key != key:
        content.damaged[key] = f"son intitulé a été remplacé par « {found_label.label} »"
        return
    if key in content.fields or key in content.damaged:
        content.damaged[key] = f"le champ « {label} » apparaît deux fois"
        content.fields.pop(key, None)
        return
    content.fields[key] = texts[1]
