"""Build the shipped Word canvases ``templates/contrat.docx`` and ``templates/fiche.docx``.

Run ``python tools/build_templates.py`` after changing this file; the output is
committed. The documents use named styles only (Heading 1/2/3 for the navigation pane
and tables of contents, custom paragraph and table styles for the rest), so a Région
can restyle its copy in Word without touching the Jinja tags. The tags are docxtpl's:
``{{ value }}``, ``{%p ... %}`` for a paragraph-level block, ``{%tr ... %}`` for a
table-row loop. Every variable is described in ``docs/modeles.md``.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from docx import Document
from docx.document import Document as DocumentObject
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_ROW_HEIGHT_RULE, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.shared import Cm, Pt, RGBColor
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph

ROOT = Path(__file__).resolve().parent.parent
TEMPLATES = ROOT / "templates"
sys.path.insert(0, str(ROOT))

from ti_desktop.services.documents.finishing import (  # noqa: E402 - the package, found by path
    DocumentProperties,
    set_properties,
)
from ti_desktop.services.documents.formatting import typography  # noqa: E402

FONT = "Arial"
ACCENT = RGBColor(0x1F, 0x38, 0x64)  # dark blue of headings
TABLE_STYLE = "Tableau TI"
HEADER_FILL = "1F3864"
LIGHT_FILL = "E8EEF5"
TEXT_WIDTH_CM = 16.0  # A4 minus 2.5 cm margins
TEXT_WIDTH_TWIPS = int(TEXT_WIDTH_CM * 567)
AMOUNT_CM = 3.2  # « 584 109 212,05 € » in bold 9 pt on one line
GREY = RGBColor(0x80, 0x80, 0x80)
_JINJA = re.compile(r"(\{\{.*?\}\}|\{%.*?%\})")

# (style, size pt, bold, space before, space after, color, extra)
_HEADINGS = (
    ("Heading 1", 14, True, 18, 8),
    ("Heading 2", 12, True, 14, 6),
    ("Heading 3", 10.5, True, 10, 4),
)


def _set_font(style_font: object, size: float | None = None, *, bold: bool | None = None) -> None:
    style_font.name = FONT  # type: ignore[attr-defined]
    if size is not None:
        style_font.size = Pt(size)  # type: ignore[attr-defined]
    if bold is not None:
        style_font.bold = bold  # type: ignore[attr-defined]
    # East-Asian and complex-script slots too, so Word never falls back to another font.
    rpr = style_font.element.get_or_add_rPr()  # type: ignore[attr-defined]
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    for slot in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(slot), FONT)
    for theme in ("w:asciiTheme", "w:hAnsiTheme", "w:cstheme", "w:eastAsiaTheme"):
        if fonts.get(qn(theme)) is not None:
            del fonts.attrib[qn(theme)]


def _paragraph_style(
    document: DocumentObject,
    name: str,
    *,
    base: str = "Normal",
    size: float | None = None,
    bold: bool | None = None,
    italic: bool | None = None,
    align: WD_ALIGN_PARAGRAPH | None = None,
    before: float | None = None,
    after: float | None = None,
    keep_with_next: bool | None = None,
    left_indent_cm: float | None = None,
    color: RGBColor | None = None,
    all_caps: bool | None = None,
) -> None:
    styles = document.styles
    style = (
        styles[name]
        if name in [s.name for s in styles]
        else styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
    )
    if name != base:
        style.base_style = styles[base]
    style.quick_style = True
    _set_font(style.font, size, bold=bold)
    if italic is not None:
        style.font.italic = italic
    if color is not None:
        style.font.color.rgb = color
    if all_caps is not None:
        style.font.all_caps = all_caps
    fmt = style.paragraph_format
    if align is not None:
        fmt.alignment = align
    if before is not None:
        fmt.space_before = Pt(before)
    if after is not None:
        fmt.space_after = Pt(after)
    if keep_with_next is not None:
        fmt.keep_with_next = keep_with_next
    if left_indent_cm is not None:
        fmt.left_indent = Cm(left_indent_cm)


def _table_style(document: DocumentObject) -> None:
    """A sober grid with a shaded, repeated header row and a shaded first column."""
    style = document.styles.add_style(TABLE_STYLE, WD_STYLE_TYPE.TABLE)
    style.base_style = document.styles["Normal Table"]
    element = style.element
    element.append(
        parse_xml(
            f'<w:pPr {nsdecls("w")}><w:spacing w:before="30" w:after="30"/>'
            '<w:jc w:val="left"/></w:pPr>'
        )
    )
    element.append(
        parse_xml(f'<w:rPr {nsdecls("w")}><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr>')
    )
    border = 'w:val="single" w:sz="4" w:space="0" w:color="8EA9C1"'
    element.append(
        parse_xml(
            f"<w:tblPr {nsdecls('w')}>"
            "<w:tblBorders>"
            f"<w:top {border}/><w:left {border}/><w:bottom {border}/><w:right {border}/>"
            f"<w:insideH {border}/><w:insideV {border}/>"
            "</w:tblBorders>"
            # Left/right padding only: LibreOffice over-counts top/bottom cell margins
            # of a table style and breaks pages half empty.
            '<w:tblCellMar><w:left w:w="85" w:type="dxa"/><w:right w:w="85" w:type="dxa"/>'
            "</w:tblCellMar>"
            "</w:tblPr>"
        )
    )
    element.append(
        parse_xml(
            f'<w:tblStylePr {nsdecls("w")} w:type="firstRow">'
            '<w:rPr><w:b/><w:bCs/><w:color w:val="FFFFFF"/></w:rPr>'
            '<w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="1F3864"/></w:tcPr>'
            "</w:tblStylePr>"
        )
    )
    element.append(
        parse_xml(
            f'<w:tblStylePr {nsdecls("w")} w:type="firstCol">'
            "<w:rPr><w:b/><w:bCs/></w:rPr>"
            '<w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="E8EEF5"/></w:tcPr>'
            "</w:tblStylePr>"
        )
    )
    element.append(
        parse_xml(
            f'<w:tblStylePr {nsdecls("w")} w:type="lastRow">'
            "<w:rPr><w:b/><w:bCs/></w:rPr>"
            '<w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="E8EEF5"/></w:tcPr>'
            "</w:tblStylePr>"
        )
    )


def _styles(document: DocumentObject) -> None:
    styles = document.styles
    normal = styles["Normal"]
    _set_font(normal.font, 10)
    normal.paragraph_format.space_after = Pt(6)
    normal.paragraph_format.line_spacing = 1.12
    normal.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    normal.paragraph_format.widow_control = True
    # French spelling for the whole document.
    defaults = document.styles.element.find(qn("w:docDefaults"))
    if defaults is not None:
        rpr = defaults.find(qn("w:rPrDefault") + "/" + qn("w:rPr"))
        if rpr is not None:
            lang = rpr.find(qn("w:lang"))
            if lang is None:
                lang = OxmlElement("w:lang")
                rpr.append(lang)
            lang.set(qn("w:val"), "fr-FR")
    for name, size, bold, before, after in _HEADINGS:
        _paragraph_style(
            document, name, size=size, bold=bold, before=before, after=after,
            keep_with_next=True, color=ACCENT, align=WD_ALIGN_PARAGRAPH.LEFT,
        )  # fmt: skip
        styles[name].font.italic = False
    _paragraph_style(
        document, "Title", size=24, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER,
        before=150, after=24, color=ACCENT,
    )  # fmt: skip
    title = styles["Title"].element
    ppr = title.get_or_add_pPr()
    for border in ppr.findall(qn("w:pBdr")):
        ppr.remove(border)
    _paragraph_style(
        document, "Subtitle", size=18, bold=True, italic=False, align=WD_ALIGN_PARAGRAPH.CENTER,
        after=12, color=ACCENT,
    )  # fmt: skip
    _paragraph_style(document, "Garde période", size=16, align=WD_ALIGN_PARAGRAPH.CENTER, after=60)
    _paragraph_style(
        document, "Garde mention", size=10, italic=True, align=WD_ALIGN_PARAGRAPH.CENTER, after=4
    )
    _paragraph_style(
        document, "Partie", size=11, bold=True, align=WD_ALIGN_PARAGRAPH.LEFT, before=12,
        after=6, keep_with_next=True,
    )  # fmt: skip
    _paragraph_style(document, "Annexe axe", base="Partie", size=10.5)
    _paragraph_style(document, "Partie signataire", left_indent_cm=0.75, after=4)
    _paragraph_style(
        document, "Partie désignation", italic=True, left_indent_cm=0.75, after=6,
        align=WD_ALIGN_PARAGRAPH.LEFT,
    )  # fmt: skip
    _paragraph_style(document, "Partie conclusion", base="Partie désignation", after=16)
    _paragraph_style(document, "Vu", after=4)
    _paragraph_style(document, "Après tableau", before=6)
    _paragraph_style(document, "Avant tableau", keep_with_next=True)
    _paragraph_style(
        document, "Convenu", bold=True, before=12, after=12, align=WD_ALIGN_PARAGRAPH.CENTER
    )
    _paragraph_style(document, "Liste puce", base="List Bullet", after=3)
    # A typed numbered list keeps its numbers (« 1. », « a) »): a hanging indent, no numbering.
    _paragraph_style(document, "Liste numéro", left_indent_cm=0.75, after=3)
    numbered = styles["Liste numéro"].paragraph_format
    numbered.first_line_indent = Cm(-0.75)
    numbered.tab_stops.add_tab_stop(Cm(0.75))
    _paragraph_style(
        document, "Sommaire titre", size=14, bold=True, color=ACCENT, after=12,
        align=WD_ALIGN_PARAGRAPH.LEFT,
    )  # fmt: skip
    toc = styles.add_style("toc 1", WD_STYLE_TYPE.PARAGRAPH)
    toc.element.set(qn("w:styleId"), "TOC1")
    toc.base_style = styles["Normal"]
    toc.paragraph_format.space_after = Pt(4)
    toc.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.LEFT
    _dotted_right_tab(toc.paragraph_format)
    _paragraph_style(
        document, "Index annexe fin", left_indent_cm=0.75, after=2, align=WD_ALIGN_PARAGRAPH.LEFT
    )
    _dotted_right_tab(styles["Index annexe fin"].paragraph_format)
    _paragraph_style(document, "Index annexe", base="Index annexe fin", keep_with_next=True)
    _paragraph_style(
        document, "Tableau texte", size=9, before=2, after=2, align=WD_ALIGN_PARAGRAPH.LEFT
    )
    _paragraph_style(
        document, "Tableau montant", base="Tableau texte", align=WD_ALIGN_PARAGRAPH.RIGHT
    )
    white = RGBColor(0xFF, 0xFF, 0xFF)
    _paragraph_style(document, "Tableau en-tête", base="Tableau texte", bold=True, color=white)
    _paragraph_style(
        document, "Tableau en-tête montant", base="Tableau en-tête", align=WD_ALIGN_PARAGRAPH.RIGHT
    )
    _paragraph_style(document, "Tableau libellé", base="Tableau texte", bold=True)
    # A refused financing line: shown, greyed, with no share of the cost.
    _paragraph_style(document, "Tableau refusé", base="Tableau texte", italic=True, color=GREY)
    _paragraph_style(
        document, "Tableau refusé montant", base="Tableau refusé", align=WD_ALIGN_PARAGRAPH.RIGHT
    )
    _paragraph_style(document, "Tableau total", base="Tableau texte", bold=True)
    _paragraph_style(
        document, "Tableau total montant", base="Tableau total", align=WD_ALIGN_PARAGRAPH.RIGHT
    )
    _paragraph_style(
        document, "Signature organisme", size=10, bold=True, after=2, align=WD_ALIGN_PARAGRAPH.LEFT
    )
    _paragraph_style(
        document, "Signature personne", size=9.5, after=0, align=WD_ALIGN_PARAGRAPH.LEFT
    )
    _paragraph_style(
        document,
        "Signature mention",
        size=8,
        italic=True,
        after=0,
        color=RGBColor(0x70, 0x70, 0x70),
    )
    _paragraph_style(document, "Fait à", before=6, after=12, keep_with_next=True)
    _paragraph_style(document, "Avertissement", italic=True, color=RGBColor(0x9C, 0x27, 0x06))
    _paragraph_style(document, "Jinja", size=6, before=0, after=0)  # tag-only paragraphs
    footer = styles["Footer"]
    _set_font(footer.font, 8)
    footer.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
    footer.font.color.rgb = RGBColor(0x59, 0x59, 0x59)
    _table_style(document)


def _dotted_right_tab(paragraph_format: object) -> None:
    """A right tab with a dot leader at the text's right edge (contents, annex index)."""
    from docx.enum.text import WD_TAB_ALIGNMENT, WD_TAB_LEADER

    paragraph_format.tab_stops.add_tab_stop(  # type: ignore[attr-defined]
        Cm(TEXT_WIDTH_CM), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS
    )


def _static(text: str) -> str:
    """The template's own words typeset like the values (Jinja tags left untouched)."""
    return "".join(
        part if _JINJA.fullmatch(part) else typography(part) for part in _JINJA.split(text)
    )


def _page_setup(document: DocumentObject) -> None:
    for section in document.sections:
        section.page_width, section.page_height = Cm(21), Cm(29.7)
        section.left_margin = section.right_margin = Cm(2.5)
        section.top_margin = Cm(2.2)
        section.bottom_margin = Cm(2.0)
        section.footer_distance = Cm(1.0)


def _add_field(paragraph: Paragraph, instruction: str, result: str = "1") -> None:
    """A Word field (PAGE, NUMPAGES, PAGEREF, TOC) with its cached ``result``."""

    def run_with(child: BaseOxmlElement) -> None:
        run = paragraph.add_run()
        run._r.append(child)

    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    run_with(begin)
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = f" {instruction} "
    run_with(instr)
    separate = OxmlElement("w:fldChar")
    separate.set(qn("w:fldCharType"), "separate")
    run_with(separate)
    paragraph.add_run(result)
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    run_with(end)


def _footer(document: DocumentObject, label: str, *, blank_first_page: bool) -> None:
    section = document.sections[0]
    section.different_first_page_header_footer = blank_first_page
    paragraph = section.footer.paragraphs[0]
    paragraph.style = document.styles["Footer"]
    paragraph.add_run(f"{label} — Page ")
    _add_field(paragraph, "PAGE")
    paragraph.add_run(" / ")
    _add_field(paragraph, "NUMPAGES")


def _para(container: DocumentObject | _Cell, text: str, style: str) -> Paragraph:
    return container.add_paragraph(_static(text), style=style)


def _tag(container: DocumentObject | _Cell, tag: str) -> Paragraph:
    """A paragraph holding only a ``{%p ... %}`` tag (removed at rendering)."""
    return container.add_paragraph(tag, style="Jinja")


def _cell_text(cell: _Cell, text: str, style: str = "Tableau texte") -> None:
    paragraph = cell.paragraphs[0]
    paragraph.text = _static(text)
    paragraph.style = cell.part.document.styles[style]  # type: ignore[attr-defined]


def _row_flags(table: Table, *, header: bool = True) -> None:
    """Rows never split across pages; the header row repeats on each page."""
    for index, row in enumerate(table.rows):
        tr_pr = row._tr.get_or_add_trPr()
        tr_pr.append(OxmlElement("w:cantSplit"))
        if header and index == 0:
            tr_pr.append(OxmlElement("w:tblHeader"))


def _shade(cell: _Cell, fill: str) -> None:
    """Cell shading, repeated from the table style.

    LibreOffice ignores a table style's conditional formats (header, first column, totals).
    """
    tc_pr = cell._tc.get_or_add_tcPr()
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), fill)
    tc_pr.append(shading)


def _table(
    container: DocumentObject,
    widths_cm: list[float],
    rows: list[list[str]],
    *,
    header: bool = True,
    first_column: bool = False,
    total_rows: int = 0,
    amounts: tuple[int, ...] = (),
) -> Table:
    table: Table = container.add_table(rows=len(rows), cols=len(widths_cm))
    table.style = container.styles[TABLE_STYLE]
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    look = table._tbl.tblPr.find(qn("w:tblLook"))
    if look is None:
        look = OxmlElement("w:tblLook")
        table._tbl.tblPr.append(look)
    for key, value in (
        ("w:firstRow", header), ("w:lastRow", total_rows > 0), ("w:firstColumn", first_column),
        ("w:lastColumn", False), ("w:noHBand", True), ("w:noVBand", True),
    ):  # fmt: skip
        look.set(qn(key), "1" if value else "0")
    look.set(qn("w:val"), "0000")
    for row_index, values in enumerate(rows):
        row = table.rows[row_index]
        is_header = header and row_index == 0
        is_total = row_index >= len(rows) - total_rows
        for column, (text, width) in enumerate(zip(values, widths_cm, strict=True)):
            cell = row.cells[column]
            cell.width = Cm(width)
            amount = " montant" if column in amounts else ""
            if is_header:
                _cell_text(cell, text, "Tableau en-tête" + amount)
                _shade(cell, HEADER_FILL)
            elif is_total:
                _cell_text(cell, text, "Tableau total" + amount)
                _shade(cell, LIGHT_FILL)
            elif first_column and column == 0:
                _cell_text(cell, text, "Tableau libellé")
                _shade(cell, LIGHT_FILL)
            else:
                _cell_text(cell, text, "Tableau montant" if amount else "Tableau texte")
    grid = table._tbl.tblGrid
    for column, width in zip(grid.findall(qn("w:gridCol")), widths_cm, strict=True):
        column.set(qn("w:w"), str(int(width * 567)))
    _row_flags(table, header=header)
    return table


def _bookmark(paragraph: Paragraph, name: str, number: str) -> None:
    """A bookmark around the paragraph's text (names and ids may be Jinja expressions)."""
    start = parse_xml(f'<w:bookmarkStart {nsdecls("w")} w:id="{number}" w:name="{name}"/>')
    properties = paragraph._p.pPr
    if properties is not None:
        properties.addnext(start)
    else:
        paragraph._p.insert(0, start)
    paragraph._p.append(parse_xml(f'<w:bookmarkEnd {nsdecls("w")} w:id="{number}"/>'))


def _index_line(document: DocumentObject, style: str) -> None:
    """« Fiche-action 1.2 – Intitulé ........ 14 »: the page from the fiche's bookmark."""
    line = _para(document, "Fiche-action {{ fiche.numero }} – {{ fiche.intitule }}", style)
    line.add_run().add_tab()
    _add_field(line, "PAGEREF {{ fiche.ancre }} \\h", "")


def _keep_together(table: Table, *, with_next: bool = False) -> None:
    """A short table never split across two pages (its rows keep with the next).

    With ``with_next``, its last row keeps with the paragraph after it too.
    """
    for row in table.rows if with_next else table.rows[:-1]:
        for cell in row.cells:
            for paragraph in cell.paragraphs:
                paragraph.paragraph_format.keep_with_next = True


def _financing_table(document: DocumentObject) -> None:
    """The financing plan: one row per line, a refused line greyed with no share."""
    cells = ["{{ ligne.financeur }}", "{{ ligne.dispositif }}", "{{ ligne.montant }}",
             "{{ ligne.statut }}", "{{ ligne.part }}"]  # fmt: skip
    table = _table(
        document,
        [4.0, 3.8, AMOUNT_CM, 2.7, TEXT_WIDTH_CM - 10.5 - AMOUNT_CM],
        [
            ["Financeur", "Dispositif", "Montant", "Statut", "Part du coût"],
            ["{%tr for ligne in fiche.financements %}", "", "", "", ""],
            ["{%tr if ligne.est_refuse %}", "", "", "", ""],
            cells,
            ["{%tr else %}", "", "", "", ""],
            cells,
            ["{%tr endif %}", "", "", "", ""],
            ["{%tr endfor %}", "", "", "", ""],
            [
                "Total des financements (hors refusés)",
                "",
                "{{ fiche.total_financements }}",
                "",
                "{{ fiche.part_financee }}",
            ],
            ["Reste à financer", "", "{{ fiche.reste_a_financer }}", "", "{{ fiche.part_reste }}"],
        ],
        total_rows=2,
        amounts=(2, 4),
    )
    for column, cell in enumerate(table.rows[3].cells):
        _cell_text(
            cell,
            cells[column],
            "Tableau refusé montant" if column in (2, 4) else ("Tableau refusé"),
        )


def _fiche_body(
    document: DocumentObject,
    heading: str,
    *,
    section_style: str,
    new_page: bool,
    bookmark: bool = False,
) -> None:
    """Every field of one fiche-action (variable ``fiche``).

    With ``bookmark``, the heading carries the bookmark ``fiche.ancre`` that the annex
    index points at for its page number.
    """
    title = _para(document, "Fiche-action {{ fiche.numero }} – {{ fiche.intitule }}", heading)
    title.paragraph_format.page_break_before = new_page
    if bookmark:
        _bookmark(title, "{{ fiche.ancre }}", "{{ fiche.signet }}")
    _table(
        document,
        [4.4, TEXT_WIDTH_CM - 4.4],
        [
            ["Axe stratégique", "{{ fiche.axe }}"],
            ["Enjeu local", "{{ fiche.enjeu_local }}"],
            ["Maître d'ouvrage", "{{ fiche.maitre_ouvrage }}"],
            ["Contact", "{{ fiche.contact }}"],
            ["Localisation", "{{ fiche.localisation }}"],
            ["Calendrier", "{{ fiche.calendrier }}"],
            ["Coût total HT", "{{ fiche.cout_total }}"],
            ["État d'avancement", "{{ fiche.avancement }}"],
        ],
        header=False,
        first_column=True,
    )
    _para(document, "Contexte et description", section_style)
    _para(document, "{{ fiche.description }}", "Normal")
    _para(document, "Objectifs", section_style)
    _para(document, "{{ fiche.objectifs }}", "Normal")
    _para(document, "Partenaires", section_style)
    _para(document, "{{ fiche.partenaires }}", "Normal")
    _tag(document, "{%p if fiche.demande_simplification %}")
    _para(document, "Demande de simplification ou de dérogation", section_style)
    _para(document, "{{ fiche.demande_simplification }}", "Normal")
    _tag(document, "{%p endif %}")
    _para(document, "Plan de financement", section_style)
    _tag(document, "{%p if fiche.financements %}")
    _financing_table(document)
    _para(
        document,
        "Coût total HT : {{ fiche.cout_total }} — dont financements acquis : "
        "{{ fiche.acquis }} ({{ fiche.part_acquise }}).",
        "Après tableau",
    )
    _tag(document, "{%p else %}")
    _para(document, "Aucun financement n'est encore renseigné.", "Normal")
    _tag(document, "{%p endif %}")
    _para(document, "Indicateurs", section_style)
    _tag(document, "{%p if fiche.indicateurs %}")
    indicators = _table(
        document,
        [5.6, 2.4, 2.2, 3.4, 2.4],
        [
            ["Indicateur", "Unité", "Cible", "Échéance", "Atteint"],
            ["{%tr for indicateur in fiche.indicateurs %}", "", "", "", ""],
            [
                "{{ indicateur.nom }}",
                "{{ indicateur.unite }}",
                "{{ indicateur.valeur_cible }}",
                "{{ indicateur.echeance }}",
                "{{ indicateur.valeur_atteinte }}",
            ],
            ["{%tr endfor %}", "", "", "", ""],
        ],
        amounts=(2, 4),
    )
    _keep_together(indicators)
    _tag(document, "{%p else %}")
    _para(document, "Aucun indicateur n'est encore défini.", "Normal")
    _tag(document, "{%p endif %}")


def _text_loop(document: DocumentObject, items: str, style: str = "Normal") -> None:
    """One paragraph per text of the list ``items`` (``textes.preambule``…)."""
    _tag(document, f"{{%p for texte in {items} %}}")
    _para(document, "{{ texte }}", style)
    _tag(document, "{%p endfor %}")


def _article(document: DocumentObject, title: str, texts: str, style: str = "Normal") -> None:
    """An article: its heading, then one paragraph per text of ``textes.<texts>``."""
    _para(document, title, "Heading 1")
    _text_loop(document, f"textes.{texts}", style)


def parties_section(document: DocumentObject, vu: str) -> None:
    """The parties (ENTRE, ET, AINSI QUE), then the « Vu » clauses of the list ``vu``."""
    parties = _para(document, "Les parties", "Heading 1")
    parties.paragraph_format.page_break_before = True
    _tag(document, "{%p for groupe in groupes %}")
    _para(document, "{{ groupe.mot }}", "Partie")
    _tag(document, "{%p for organisme in groupe.organismes %}")
    _para(document, "{{ organisme.representation }},", "Partie signataire")
    _tag(document, "{%p endfor %}")
    _para(document, "{{ groupe.designation }}", "Partie désignation")
    _tag(document, "{%p endfor %}")
    _para(document, "ci-après ensemble désignés les « signataires ».", "Partie conclusion")
    _text_loop(document, vu, "Vu")
    _para(document, "Il est convenu ce qui suit :", "Convenu")


def signatures_section(document: DocumentObject, fait_a: str) -> None:
    """« Fait à …, le …, en N exemplaires originaux », then one block per signatory."""
    signatures = _para(document, "Signatures", "Heading 1")
    signatures.paragraph_format.page_break_before = True
    _para(document, f"{{{{ {fait_a} }}}}", "Fait à")
    _tag(document, "{%p for groupe in groupes %}")
    _para(document, "{{ groupe.libelle }}", "Heading 2")
    table = _table(
        document,
        [8.0, 8.0],
        [
            ["{%tr for signataire in groupe.signataires %}", ""],
            ["{{ signataire.pour }}", "Signature"],
            ["{%tr endfor %}", ""],
        ],
        header=False,
    )
    row = table.rows[1]
    row.height = Cm(3.2)
    row.height_rule = WD_ROW_HEIGHT_RULE.AT_LEAST
    left, right = row.cells
    _cell_text(left, "{{ signataire.pour }}", "Signature organisme")
    _para(left, "{{ signataire.fonction }}", "Signature personne")
    _para(left, "{{ signataire.representant }}", "Signature personne")
    _cell_text(right, "Signature", "Signature mention")
    _tag(document, "{%p endfor %}")


def table_of_contents(document: DocumentObject) -> None:
    """The « Sommaire » page: a TOC field the generation fills (Word and LibreOffice too)."""
    title = _para(document, "Sommaire", "Sommaire titre")
    title.paragraph_format.page_break_before = True
    paragraph = document.add_paragraph(style="toc 1")
    _add_field(
        paragraph,
        'TOC \\o "1-1" \\h \\z \\u',
        "Mettez le sommaire à jour (clic droit, « Mettre à jour les champs »).",
    )


def _new_document(title: str) -> DocumentObject:
    """An empty canvas: styles, A4 page, French settings, properties of its own."""
    document = Document()
    _styles(document)
    _page_setup(document)
    # No python-docx defaults, no blank preview picture; rendering sets the real values.
    set_properties(document, DocumentProperties(title=title, author="{{ territoire.nom }}"))
    # python-docx's default body starts empty; Word needs no leading paragraph.
    return document


def build_contract(target: Path) -> None:
    """The national canvas of the contract (domain.md §2)."""
    document = _new_document("{{ contrat.titre }} – {{ territoire.nom }}")

    # Title page
    _para(document, "{{ contrat.titre }}", "Title")
    _para(document, "{{ territoire.nom }}", "Subtitle")
    _para(document, "{{ contrat.periode }}", "Garde période")
    _para(document, "{{ territoire.mention_regions }}", "Garde mention")
    _tag(document, "{%p if territoire.departements %}")
    _para(document, "{{ territoire.departements }}", "Garde mention")
    _tag(document, "{%p endif %}")
    _para(document, "{{ contrat.mention_garde }}", "Garde mention")

    table_of_contents(document)
    parties_section(document, "vu")

    _article(document, "Préambule", "preambule")
    _article(document, "Article 1 – Objet", "objet")
    _article(document, "Article 2 – Présentation du territoire", "presentation")
    _article(document, "Article 3 – Enjeux et stratégie", "strategie")
    _tag(document, "{%p if axes %}")
    _para(document, "Les axes stratégiques", "Heading 2")
    _tag(document, "{%p for axe in axes %}")
    _para(document, "Axe {{ axe.numero }} – {{ axe.libelle }} ({{ axe.resume }})", "Liste puce")
    _tag(document, "{%p endfor %}")
    _tag(document, "{%p endif %}")
    _tag(document, "{%p for axe in axes_sans_fiche %}")
    _para(
        document,
        "Le plan d'actions pourra être complété par des fiches-actions relevant de l'axe "
        "« {{ axe }} ».",
        "Normal",
    )
    _tag(document, "{%p endfor %}")
    _tag(document, "{%p if enjeux_locaux %}")
    _para(document, "Les enjeux propres au territoire", "Heading 2")
    _text_loop(document, "enjeux_locaux", "Liste puce")
    _tag(document, "{%p endif %}")

    _article(document, "Article 4 – Plan d'actions", "plan", "Avant tableau")
    _tag(document, "{%p if fiches %}")
    _table(
        document,
        [1.0, TEXT_WIDTH_CM - 4.6 - 2 * AMOUNT_CM, 3.6, AMOUNT_CM, AMOUNT_CM],
        [
            ["N°", "Intitulé", "Maître d'ouvrage", "Coût total HT", "Financements acquis"],
            ["{%tr for fiche in fiches %}", "", "", "", ""],
            [
                "{{ fiche.numero }}",
                "{{ fiche.intitule }}",
                "{{ fiche.maitre_ouvrage }}",
                "{{ fiche.cout_total }}",
                "{{ fiche.acquis }}",
            ],
            ["{%tr endfor %}", "", "", "", ""],
            [
                "",
                "Total ({{ totaux.resume }})",
                "",
                "{{ totaux.cout_total }}",
                "{{ totaux.financements_acquis }}",
            ],
        ],
        total_rows=1,
        amounts=(3, 4),
    )
    _tag(document, "{%p endif %}")

    _article(document, "Article 5 – Engagements des signataires", "engagements")

    _article(document, "Article 6 – Gouvernance et suivi", "gouvernance")
    _tag(document, "{%p if indicateurs %}")
    _para(document, "Indicateurs de suivi", "Heading 2")
    _table(
        document,
        [1.2, 6.6, 2.4, 2.4, 3.4],
        [
            ["Fiche", "Indicateur", "Unité", "Cible", "Échéance"],
            ["{%tr for indicateur in indicateurs %}", "", "", "", ""],
            [
                "{{ indicateur.fiche_numero }}",
                "{{ indicateur.nom }}",
                "{{ indicateur.unite }}",
                "{{ indicateur.valeur_cible }}",
                "{{ indicateur.echeance }}",
            ],
            ["{%tr endfor %}", "", "", "", ""],
        ],
        amounts=(3,),
    )
    _tag(document, "{%p endif %}")

    _article(document, "Article 7 – Durée", "duree")
    _article(document, "Article 8 – Modification et résiliation", "modification")
    _article(document, "Article 9 – Règlement des litiges", "litiges")

    signatures_section(document, "contrat.fait_a")

    # Annex: its index and its pages in the same order, each line with its page.
    _tag(document, "{%p if fiches %}")
    annex = _para(document, "Annexe – Les fiches-actions", "Heading 1")
    annex.paragraph_format.page_break_before = True
    _para(
        document,
        "Les {{ totaux.resume }} ci-après font partie intégrante {{ contrat.du_present }}. "
        "Coût total : {{ totaux.cout_total }} HT, dont {{ totaux.financements_acquis }} de "
        "financements acquis ({{ totaux.part_acquise }}) ; reste à financer : "
        "{{ totaux.reste_a_financer }}.",
        "Normal",
    )
    _tag(document, "{%p for groupe in annexe %}")
    _tag(document, "{%p if groupe.numero %}")
    _para(document, "Axe {{ groupe.numero }} – {{ groupe.libelle }}", "Annexe axe")
    _tag(document, "{%p else %}")
    _para(document, "{{ groupe.libelle }}", "Annexe axe")
    _tag(document, "{%p endif %}")
    # An axis' lines keep together: its last line alone never starts a page.
    _tag(document, "{%p for fiche in groupe.fiches %}")
    _tag(document, "{%p if loop.last %}")
    _index_line(document, "Index annexe fin")
    _tag(document, "{%p else %}")
    _index_line(document, "Index annexe")
    _tag(document, "{%p endif %}")
    _tag(document, "{%p endfor %}")
    _tag(document, "{%p endfor %}")
    _tag(document, "{%p for groupe in annexe %}")
    _tag(document, "{%p for fiche in groupe.fiches %}")
    _fiche_body(document, "Heading 2", section_style="Heading 3", new_page=True, bookmark=True)
    _tag(document, "{%p endfor %}")
    _tag(document, "{%p endfor %}")
    _tag(document, "{%p endif %}")

    _footer(document, "{{ territoire.nom }}", blank_first_page=True)
    target.parent.mkdir(parents=True, exist_ok=True)
    document.save(str(target))


def build_fiche(target: Path) -> None:
    """One fiche-action alone, to send to a financer."""
    document = _new_document("Fiche-action {{ fiche.numero }} – {{ territoire.nom }}")
    _para(document, "Territoire d'industrie {{ territoire.nom }}", "Garde mention")
    _para(
        document,
        "{{ contrat.type_document }} {{ contrat.periode }} — {{ contrat.mention_garde }}",
        "Garde mention",
    )
    _fiche_body(document, "Heading 1", section_style="Heading 2", new_page=False)
    _footer(
        document, "{{ territoire.nom }} — Fiche-action {{ fiche.numero }}", blank_first_page=False
    )
    target.parent.mkdir(parents=True, exist_ok=True)
    document.save(str(target))


def main() -> int:
    """Write both templates next to the package."""
    build_contract(TEMPLATES / "contrat.docx")
    build_fiche(TEMPLATES / "fiche.docx")
    print(f"Modèles écrits dans {TEMPLATES}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
