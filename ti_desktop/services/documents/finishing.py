"""The rendered document made whole before it is saved.

Templates only place values; what docxtpl cannot do is done here, on the rendered
tree, for any template (a Région's own canvas included):

- typed list items (``formatting.BULLET_MARK``, ``NUMBER_MARK``) become list
  paragraphs of the template's list styles; ordinals (« 1er », « 2e ») are raised as
  Word raises them when one types them;
- the table of contents field (``TOC``) is filled with one entry per heading, each a
  link to a bookmark on its heading and a ``PAGEREF`` field for its page;
- ``PAGEREF`` fields get their page numbers once a LibreOffice pass has laid the
  document out (``apply_page_numbers``); without it Word is asked to update the fields
  when it opens the file, and LibreOffice computes them itself;
- the file properties say what the document is, who it is about and when it was
  generated: never python-docx's defaults, and no stale preview picture.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any
from xml.sax.saxutils import escape

from docx.document import Document as DocumentObject
from docx.enum.style import WD_STYLE_TYPE
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.text.run import Run

from ti_desktop import APP_NAME, __version__
from ti_desktop.services.documents.formatting import (
    BULLET_MARK,
    NUMBER_MARK,
    clean_text,
    typography,
)

LANGUAGE = "fr-FR"
TOC_STYLE = "toc {level}"
BULLET_STYLES = ("Liste puce", "List Bullet")
NUMBER_STYLES = ("Liste numéro", "List Paragraph")
_W = nsdecls("w")
_TOC_LEVELS = re.compile(r'\\o\s+"(\d)-(\d)"')
_PAGEREF = re.compile(r"^\s*PAGEREF\s+(\S+)")
_HEADING_NAME = re.compile(r"^heading (\d)$", re.IGNORECASE)
_TWIPS_PER_EMU = 1 / 635


@dataclass(frozen=True)
class DocumentProperties:
    """What File › Properties shows of a generated document."""

    title: str
    author: str
    subject: str = "Territoires d’industrie"
    keywords: str = "Territoires d’industrie"
    category: str = ""


def _texts(element: Any) -> str:
    return "".join(t.text or "" for t in element.iter(qn("w:t")))


def _style_id(document: DocumentObject, names: tuple[str, ...]) -> str | None:
    for name in names:
        try:
            style = document.styles[name]
        except KeyError:
            continue
        if style.type == WD_STYLE_TYPE.PARAGRAPH:
            return str(style.style_id)
    return None


# --- typed lists -------------------------------------------------------------------------


def _first_text(paragraph: Any) -> Any:
    return next(paragraph.iter(qn("w:t")), None)


def list_paragraphs(document: DocumentObject) -> None:
    """Paragraphs opened by a list mark take the template's list style; other marks go."""
    bullet_style = _style_id(document, BULLET_STYLES)
    number_style = _style_id(document, NUMBER_STYLES)
    marks = (BULLET_MARK, NUMBER_MARK)
    for text in list(document.element.body.iter(qn("w:t"))):
        value = text.text or ""
        if BULLET_MARK not in value and NUMBER_MARK not in value:
            continue
        paragraph = next(text.iterancestors(qn("w:p")), None)
        opening = paragraph is not None and _first_text(paragraph) is text
        kind = value[:1] if opening and value[:1] in marks else ""
        value = value.replace(BULLET_MARK, "").replace(NUMBER_MARK, "")
        if kind == NUMBER_MARK:
            number, _, rest = value.partition(" ")
            value = f"{number}\t{rest}" if number_style else value
            style = number_style
        elif kind == BULLET_MARK:
            style = bullet_style
            if style is None:
                value = "– " + value
        else:
            style = None
        text.text = value
        if value.strip() != value:
            text.set(qn("xml:space"), "preserve")
        if style is not None and paragraph is not None:
            paragraph.get_or_add_pPr().get_or_add_pStyle().val = style
            if "\t" in value:
                _split_tab(text)


def _split_tab(text: Any) -> None:
    """A tab inside a ``w:t`` is no tab for Word: the run gets a real ``w:tab``."""
    before, _, after = (text.text or "").partition("\t")
    text.text = before
    tab = OxmlElement("w:tab")
    rest = OxmlElement("w:t")
    rest.text = after
    rest.set(qn("xml:space"), "preserve")
    text.addnext(tab)
    tab.addnext(rest)


# --- ordinals -----------------------------------------------------------------------------

_ORDINAL = re.compile(r"(?<![\w.,])(\d{1,3})(er|re|ère|res|ères|e|es|ème|èmes)(?=[\s\u00a0,;.)]|$)")


def superscript_ordinals(document: DocumentObject) -> int:
    """« 1er », « 2e » as Word writes them by itself: the letters raised."""
    count = 0
    for text in list(document.element.body.iter(qn("w:t"))):
        value = text.text
        if not value or not _ORDINAL.search(value):
            continue
        run = text.getparent()
        if run is None or run.tag != qn("w:r") or len(run.findall(qn("w:t"))) != 1:
            continue
        pieces = _ORDINAL.split(value)  # text, digits, letters, text, …
        properties = run.find(qn("w:rPr"))
        anchor = run
        for index in range(0, len(pieces), 3):
            chunks = [(pieces[index], False)]
            if index + 2 < len(pieces):
                chunks += [(pieces[index + 1], False), (pieces[index + 2], True)]
            for chunk, raised in chunks:
                if not chunk:
                    continue
                new = OxmlElement("w:r")
                if properties is not None:
                    new.append(copy.deepcopy(properties))
                if raised:
                    Run(new, None).font.superscript = True  # type: ignore[arg-type]
                    count += 1
                piece = OxmlElement("w:t")
                piece.text = chunk
                piece.set(qn("xml:space"), "preserve")
                new.append(piece)
                anchor.addnext(new)
                anchor = new
        run.getparent().remove(run)
    return count


# --- table of contents -------------------------------------------------------------------


def _field_runs(instruction: str, result: str) -> str:
    """The runs of a complex field with its cached result."""
    return (
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        f'<w:r><w:instrText xml:space="preserve"> {escape(instruction)} </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
        f"<w:r><w:t>{escape(result)}</w:t></w:r>"
        '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
    )


def _toc_field(document: DocumentObject) -> tuple[Any, str] | None:
    """The instruction element of the first TOC field and its instruction text."""
    for instruction in document.element.body.iter(qn("w:instrText")):
        text = (instruction.text or "").strip()
        if text.upper().startswith("TOC"):
            return instruction, text
    return None


def _field_paragraphs(instruction: Any) -> list[Any]:
    """The top-level paragraphs from the field's beginning to its end (nested fields too)."""
    first = next(instruction.iterancestors(qn("w:p")))
    depth = 0
    started = False
    paragraphs = []
    for paragraph in [first, *first.itersiblings()]:
        if paragraph.tag != qn("w:p"):
            if started:
                paragraphs.append(paragraph)
            continue
        paragraphs.append(paragraph)
        for char in paragraph.iter(qn("w:fldChar")):
            kind = char.get(qn("w:fldCharType"))
            if kind == "begin":
                depth += 1
                started = True
            elif kind == "end":
                depth -= 1
                if started and depth == 0:
                    return paragraphs
    return paragraphs


def _heading_levels(document: DocumentObject) -> dict[str, int]:
    """Paragraph style id → outline level (1-based) of the heading styles."""
    levels: dict[str, int] = {}
    for style in document.styles:
        if style.type != WD_STYLE_TYPE.PARAGRAPH:
            continue
        found = _HEADING_NAME.match(style.name or "")
        level = int(found.group(1)) if found else None
        outline = style.element.find(qn("w:pPr") + "/" + qn("w:outlineLvl"))
        if level is None and outline is not None:
            level = int(outline.get(qn("w:val"), "9")) + 1
        if level is not None and level <= 9:
            levels[str(style.style_id)] = level
    return levels


_STYLE_PATH, _VAL = qn("w:pPr") + "/" + qn("w:pStyle"), qn("w:val")


def _paragraph_style(paragraph: Any) -> str:
    style = paragraph.find(_STYLE_PATH)
    return "" if style is None else str(style.get(_VAL))


def _next_bookmark_id(document: DocumentObject) -> Iterator[int]:
    used = [
        int(value)
        for mark in document.element.body.iter(qn("w:bookmarkStart"))
        if (value := mark.get(qn("w:id"), "")).isdigit()
    ]
    start = max(used, default=0) + 1
    while True:
        yield start
        start += 1


def _text_width_twips(document: DocumentObject) -> int:
    section = document.sections[-1]
    width = (section.page_width or 0) - (section.left_margin or 0) - (section.right_margin or 0)
    return int(width * _TWIPS_PER_EMU) if width > 0 else 9072


def _toc_style(document: DocumentObject, level: int) -> str:
    """The « toc N » style (Word's own name; LibreOffice reads it as « Contents N »)."""
    name = TOC_STYLE.format(level=level)
    try:
        return str(document.styles[name].style_id)
    except KeyError:
        style = document.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        style.element.set(qn("w:styleId"), f"TOC{level}")
        style.base_style = document.styles["Normal"]
        style.paragraph_format.left_indent = 228600 * (level - 1)
        return f"TOC{level}"


def fill_table_of_contents(document: DocumentObject) -> int:
    """Fill the template's TOC field with the headings after it; the number of entries."""
    found = _toc_field(document)
    if found is None:
        return 0
    instruction, text = found
    levels_found = _TOC_LEVELS.search(text)
    low, high = (int(levels_found.group(1)), int(levels_found.group(2))) if levels_found else (1, 3)
    region = _field_paragraphs(instruction)
    if not region:
        return 0
    body = region[0].getparent()
    heading_levels = _heading_levels(document)
    ids = _next_bookmark_id(document)
    entries: list[tuple[int, str, str]] = []
    for paragraph in region[-1].itersiblings():
        if paragraph.tag != qn("w:p"):
            continue
        level = heading_levels.get(_paragraph_style(paragraph))
        if level is None or not low <= level <= high:
            continue
        title = " ".join(_texts(paragraph).split())
        if not title:
            continue
        number = next(ids)
        name = f"_Toc{number:08d}"
        start = parse_xml(f'<w:bookmarkStart {_W} w:id="{number}" w:name="{name}"/>')
        properties = paragraph.find(qn("w:pPr"))
        if properties is not None:
            properties.addnext(start)
        else:
            paragraph.insert(0, start)
        paragraph.append(parse_xml(f'<w:bookmarkEnd {_W} w:id="{number}"/>'))
        entries.append((level, title, name))
    if not entries:
        return 0
    width = _text_width_twips(document)
    position = body.index(region[0])
    for old in region:
        body.remove(old)
    field_start = (
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        f'<w:r><w:instrText xml:space="preserve"> {escape(text)} </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
    )
    for index, (level, title, name) in enumerate(entries):
        page_field = _field_runs(f"PAGEREF {name} \\h", "")
        opening = field_start if index == 0 else ""
        closing = '<w:r><w:fldChar w:fldCharType="end"/></w:r>' if index == len(entries) - 1 else ""
        paragraph = parse_xml(
            f'<w:p {_W}><w:pPr><w:pStyle w:val="{_toc_style(document, level)}"/>'
            f'<w:tabs><w:tab w:val="right" w:leader="dot" w:pos="{width}"/></w:tabs></w:pPr>'
            f"{opening}"
            f'<w:hyperlink w:anchor="{name}" w:history="1">'
            f'<w:r><w:t xml:space="preserve">{escape(title)}</w:t></w:r><w:r><w:tab/></w:r>'
            f"{page_field}"
            f"</w:hyperlink>{closing}</w:p>"
        )
        body.insert(position + index, paragraph)
    return len(entries)


# --- page numbers ------------------------------------------------------------------------


def _page_results(document: DocumentObject) -> Iterator[tuple[str, Any]]:
    """(bookmark, the ``w:t`` holding the cached page) of every PAGEREF field.

    A field whose cached result is empty gets a ``w:t`` to hold it.
    """
    for instruction in list(document.element.body.iter(qn("w:instrText"))):
        found = _PAGEREF.match(instruction.text or "")
        if found is None:
            continue
        run = instruction.getparent()
        separate = None
        for sibling in run.itersiblings():
            char = sibling.find(qn("w:fldChar"))
            kind = None if char is None else char.get(qn("w:fldCharType"))
            if kind == "separate":
                separate = sibling
            elif kind == "end":
                if separate is not None:
                    holder = OxmlElement("w:r")
                    text = OxmlElement("w:t")
                    holder.append(text)
                    separate.addnext(holder)
                    yield found.group(1), text
                break
            elif separate is not None:
                text = sibling.find(qn("w:t"))
                if text is None:
                    text = OxmlElement("w:t")
                    sibling.append(text)
                yield found.group(1), text
                break


def apply_page_numbers(document: DocumentObject, pages: Mapping[str, int]) -> int:
    """Write the page of each bookmark into the PAGEREF fields pointing at it."""
    written = 0
    for bookmark, text in _page_results(document):
        page = pages.get(bookmark)
        if page is not None:
            text.text = str(page)
            written += 1
    _ask_word_to_update_fields(document, ask=False)
    return written


def _ask_word_to_update_fields(document: DocumentObject, *, ask: bool) -> None:
    settings = document.settings.element
    existing = settings.find(qn("w:updateFields"))
    if existing is not None:
        settings.remove(existing)
    if ask:
        update = OxmlElement("w:updateFields")
        update.set(qn("w:val"), "true")
        settings.append(update)


def has_page_references(document: DocumentObject) -> bool:
    """Whether the document holds PAGEREF fields (a TOC, an annex index)."""
    return any(True for _ in _page_results(document))


# --- file properties ---------------------------------------------------------------------

_APP_XML = (
    "<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"'
    ' xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
    "<Application>{application}</Application><DocSecurity>0</DocSecurity>"
    "<ScaleCrop>false</ScaleCrop><Company>{company}</Company>"
    "<LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc>"
    "<HyperlinksChanged>false</HyperlinksChanged></Properties>"
)


def _settings_in_french(document: DocumentObject) -> None:
    """French language, decimal comma; no preview picture saved; spelling to check again."""
    settings = document.settings.element
    for tag in ("w:savePreviewPicture", "w:proofState"):
        for element in settings.findall(qn(tag)):
            settings.remove(element)
    font_language = settings.find(qn("w:themeFontLang"))
    if font_language is not None:
        font_language.set(qn("w:val"), LANGUAGE)
    for tag, value in (("w:decimalSymbol", ","), ("w:listSeparator", ";")):
        element = settings.find(qn(tag))
        if element is not None:
            element.set(qn("w:val"), value)


PROPERTY_LIMIT = 255
"""Characters of a document property (title, subject…): Word's limit, python-docx's too."""


def shorten_property(text: str) -> str:
    """``text`` within Word's limit, shortened with « … » (the document keeps it whole)."""
    return text if len(text) <= PROPERTY_LIMIT else text[: PROPERTY_LIMIT - 1] + "…"


def set_properties(
    document: DocumentObject, properties: DocumentProperties, *, now: datetime | None = None
) -> None:
    """Core and application properties of the generation; the preview picture removed."""
    moment = (now or datetime.now(UTC)).replace(microsecond=0)
    core = document.core_properties
    core.title = shorten_property(typography(clean_text(properties.title).strip()))
    core.subject = shorten_property(typography(clean_text(properties.subject).strip()))
    core.author = shorten_property(clean_text(properties.author).strip())
    core.keywords = shorten_property(typography(properties.keywords))
    core.category = typography(properties.category)
    core.comments = ""
    core.last_modified_by = f"{APP_NAME} {__version__}"
    core.language = LANGUAGE
    core.created = moment.replace(tzinfo=None)
    core.modified = moment.replace(tzinfo=None)
    core.revision = 1
    package = document.part.package
    for key, relationship in list(package.rels.items()):
        if relationship.reltype == RT.THUMBNAIL:
            package.rels.pop(key)
    for part in package.iter_parts():
        if str(part.partname) == "/docProps/app.xml":
            part._blob = _APP_XML.format(  # noqa: SLF001 - a generic part holds its bytes
                application=escape(APP_NAME), company=escape(properties.author)
            ).encode("utf-8")
    _settings_in_french(document)


def finish(
    document: DocumentObject,
    properties: DocumentProperties,
    *,
    lists: bool,
    now: datetime | None = None,
) -> None:
    """Everything above, in order, on a freshly rendered document."""
    if lists:
        list_paragraphs(document)
    superscript_ordinals(document)
    entries = fill_table_of_contents(document)
    # a filled table of contents holds page references: no need to look for them
    _ask_word_to_update_fields(document, ask=entries > 0 or has_page_references(document))
    set_properties(document, properties, now=now)
