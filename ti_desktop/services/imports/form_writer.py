"""Write the form of a fiche-action for its maître d'ouvrage to fill in Word or LibreOffice.

The layout is ``form_layout``'s: a short set of instructions, the fields in a table
of labelled cells (each row a content control tagged with the field's key, labels
locked), the financing plan and the indicators as tables the partner extends with
rows, and the identifiers of the territory and the fiche as document properties and
a reference line. Values are written as the window shows them (« 125 000,00 € »,
« 15/03/2024 ») so that the reader reads them back with the same rules.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from docx import Document
from docx.document import Document as DocxDocument
from docx.opc.constants import CONTENT_TYPE, RELATIONSHIP_TYPE
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph
from docx.text.run import Run

from ti_desktop.db.store import Database
from ti_desktop.errors import UserFacingError
from ti_desktop.services import records
from ti_desktop.services.edits.fiches import FicheChoices, load_choices
from ti_desktop.services.fields import Field, Kind
from ti_desktop.services.fields.values import display_text
from ti_desktop.services.files.atomic import atomic_path
from ti_desktop.services.imports import form_layout as layout
from ti_desktop.services.progress import ProgressCallback, report
from ti_desktop.services.records import FicheRecord, TerritoryRecord

LABEL_FILL = "E4E9F0"
VALUE_FILL = "FFF8DC"
NOTE_FILL = "EAF2FB"
GREY = RGBColor(0x59, 0x59, 0x59)
BLUE = RGBColor(0x1F, 0x3A, 0x5F)


@dataclass(frozen=True)
class FormSource:
    """What a form shows: the fiche, its territory and the lists it is filled from."""

    territory: TerritoryRecord
    fiche: FicheRecord
    choices: FicheChoices


def load_form_source(database: Database, fiche_id: uuid.UUID) -> FormSource:
    """The fiche, its territory and its lists.

    Raises:
        UserFacingError: the fiche or its territory no longer exists.
    """
    with database.reader() as session:
        fiche = records.load_fiche(session, fiche_id)
        territory = (
            records.load_territory(session, fiche.territoire_id, with_fiches=False)
            if fiche is not None
            else None
        )
        if fiche is None or territory is None:
            raise UserFacingError("Cette fiche n'existe plus (elle a peut-être été supprimée).")
        choices = load_choices(session, fiche.territoire_id)
    return FormSource(territory, fiche, choices)


def form_file_name(fiche: FicheRecord) -> str:
    """« Formulaire fiche 1.2 - Réseau de chaleur alimenté par la chaleur.docx » (Windows-safe)."""
    title = re.sub(r'[\\/:*?"<>|\r\n\t]+', " ", fiche.intitule).strip()
    words = title.split()
    short = " ".join(words[:6])
    numero = re.sub(r"[^\w.-]+", "-", fiche.numero)
    return f"Formulaire fiche {numero} - {short}.docx"


def write_fiche_form(database: Database, fiche_id: uuid.UUID, target: Path) -> Path:
    """Write the form of one fiche to ``target`` (written whole or not at all).

    Raises:
        UserFacingError: the fiche is gone, or ``target`` cannot be written.
    """
    return write_form(load_form_source(database, fiche_id), target)


def write_forms_for_owner(
    database: Database,
    territoire_id: uuid.UUID,
    maitre_ouvrage: str,
    folder: Path,
    progress: ProgressCallback | None = None,
) -> list[Path]:
    """One form per fiche of ``maitre_ouvrage`` (ignoring case and accents) in ``folder``.

    Raises:
        UserFacingError: the territory has no fiche of that maître d'ouvrage (the
            message lists its maîtres d'ouvrage), or a file cannot be written.
    """
    from ti_desktop.db.vocabulary import fold

    with database.reader() as session:
        fiches = records.load_fiches(session, territoire_id, with_children=False)
    wanted = fold(maitre_ouvrage)
    chosen = [fiche for fiche in fiches if fold(fiche.maitre_ouvrage) == wanted]
    if not chosen:
        known = sorted({f.maitre_ouvrage for f in fiches if f.maitre_ouvrage.strip()})
        listed = ", ".join(f"« {name} »" for name in known) or "aucun"
        raise UserFacingError(
            f"Aucune fiche du territoire n'a pour maître d'ouvrage « {maitre_ouvrage} » "
            f"(maîtres d'ouvrage : {listed})."
        )
    written = []
    for done, fiche in enumerate(chosen):
        report(progress, done, len(chosen), f"Formulaire de la fiche {fiche.numero}")
        written.append(write_fiche_form(database, fiche.id, Path(folder) / form_file_name(fiche)))
    report(progress, len(chosen), len(chosen), "Formulaires écrits")
    return written


def maitres_ouvrage(database: Database, territoire_id: uuid.UUID) -> list[tuple[str, int]]:
    """The territory's maîtres d'ouvrage and how many fiches each carries, by name."""
    from ti_desktop.db.vocabulary import fold

    with database.reader() as session:
        fiches = records.load_fiches(session, territoire_id, with_children=False)
    counts: dict[str, tuple[str, int]] = {}
    for fiche in fiches:
        name = fiche.maitre_ouvrage.strip()
        if name:
            label, count = counts.get(fold(name), (name, 0))
            counts[fold(name)] = (label, count + 1)
    return sorted(counts.values(), key=lambda item: fold(item[0]))


# --- the document ---------------------------------------------------------------------------


def write_form(source: FormSource, target: Path) -> Path:
    """Write the form of ``source`` to ``target``."""
    document = Document()
    _page_and_styles(document)
    fiche, territory = source.fiche, source.territory
    _title(document, fiche, territory)
    _instructions(document, territory)
    _heading(document, "1. La fiche-action")
    _fields_table(document, source)
    _heading(document, "2. Plan de financement")
    _lines_table(
        document,
        layout.FINANCING_TAG,
        "Plan de financement",
        layout.FINANCING_COLUMNS,
        [
            [line.financeur, line.dispositif, line.montant, line.statut]
            for line in fiche.financements
        ],
        layout.EMPTY_FINANCING_ROWS,
        widths=(5.2, 4.6, 3.6, 3.6),
    )
    _note(
        document,
        "Financeurs de la liste : "
        + ", ".join(c.libelle for c in source.choices.financeurs)
        + ". Statuts : "
        + ", ".join(c.libelle for c in source.choices.statuts)
        + ". Un autre financeur peut être écrit : il sera ajouté à la liste.",
    )
    _heading(document, "3. Indicateurs de suivi")
    _lines_table(
        document,
        layout.INDICATORS_TAG,
        "Indicateurs",
        layout.INDICATOR_COLUMNS,
        [
            [ind.nom, ind.unite, ind.valeur_cible, ind.echeance, ind.valeur_atteinte]
            for ind in fiche.indicateurs
        ],
        layout.EMPTY_INDICATOR_ROWS,
        widths=(5.4, 2.6, 2.8, 3.4, 2.8),
    )
    reference = layout.Reference(territory.id, fiche.id)
    _reference(document, reference)
    _properties(document, source)
    target = Path(target)
    with atomic_path(target) as temporary:
        document.save(str(temporary))
    return target


def _page_and_styles(document: DocxDocument) -> None:
    section = document.sections[0]
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    section.left_margin = section.right_margin = Cm(2)
    section.top_margin = section.bottom_margin = Cm(1.8)
    normal = document.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(10.5)
    normal.paragraph_format.space_after = Pt(3)
    footer = section.footer.paragraphs[0]
    footer.text = "Formulaire de fiche-action — TI Desktop (Territoires d'industrie)"
    footer.runs[0].font.size = Pt(8)
    footer.runs[0].font.color.rgb = GREY


def _title(document: DocxDocument, fiche: FicheRecord, territory: TerritoryRecord) -> None:
    title = document.add_paragraph()
    run = title.add_run(f"Fiche-action n° {fiche.numero} — formulaire à compléter")
    run.bold = True
    run.font.size = Pt(17)
    run.font.color.rgb = BLUE
    subtitle = document.add_paragraph()
    run = subtitle.add_run(f"Territoire d'industrie {territory.nom}")
    run.font.size = Pt(11)
    run.font.color.rgb = GREY


def _instructions(document: DocxDocument, territory: TerritoryRecord) -> None:
    sender = territory.chef_projet_nom or "le chef de projet"
    if territory.chef_projet_email:
        sender += f" ({territory.chef_projet_email})"
    lines = [
        f"Complétez ce formulaire puis renvoyez-le à {sender}, enregistré au format Word "
        "(.docx), avec Word ou LibreOffice Writer.",
        "Écrivez dans les cases jaunes. Ne modifiez pas les intitulés en gris, ni la "
        "référence en fin de document : ils permettent de relire vos réponses.",
        "Plan de financement et indicateurs : une ligne par financeur ou par indicateur ; "
        "pour ajouter une ligne, placez-vous dans la dernière case du tableau et appuyez sur "
        "Tab. Les lignes laissées vides sont ignorées.",
        "Montants en euros hors taxes (125 000 ou 125 000,50 €), dates au format JJ/MM/AAAA.",
    ]
    table = document.add_table(rows=1, cols=1)
    cell = table.cell(0, 0)
    _shade(cell, NOTE_FILL)
    first = cell.paragraphs[0]
    heading = first.add_run("Comment remplir ce formulaire")
    heading.bold = True
    heading.font.color.rgb = BLUE
    for line in lines:
        paragraph = cell.add_paragraph(style="List Bullet")
        paragraph.add_run(line).font.size = Pt(9.5)
    document.add_paragraph()


def _heading(document: DocxDocument, text: str) -> None:
    paragraph = document.add_paragraph()
    paragraph.paragraph_format.space_before = Pt(10)
    paragraph.paragraph_format.keep_with_next = True
    run = paragraph.add_run(text)
    run.bold = True
    run.font.size = Pt(13)
    run.font.color.rgb = BLUE


def _note(document: DocxDocument, text: str) -> None:
    paragraph = document.add_paragraph()
    run = paragraph.add_run(text)
    run.italic = True
    run.font.size = Pt(8.5)
    run.font.color.rgb = GREY


def _fields_table(document: DocxDocument, source: FormSource) -> None:
    table = document.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    _column_widths(table, (5.2, 11.8))
    rows = []
    for field in layout.FIELDS:
        row = table.add_row()
        label, value = row.cells
        label.width, value.width = Cm(5.2), Cm(11.8)
        _shade(label, LABEL_FILL)
        _shade(value, VALUE_FILL)
        _label(label, field.label + (" *" if field.required else ""), layout.hint(field))
        _value(value, field, source)
        rows.append((row._tr, field))
    for tr, field in rows:  # wrapped last: python-docx no longer sees a wrapped row
        _wrap(tr, layout.field_tag(field), field.label, lock="sdtLocked")


def _label(cell: _Cell, text: str, hint: str) -> None:
    paragraph = cell.paragraphs[0]
    run = _inline_control(paragraph, "ti:libelle", text, "sdtContentLocked", kind="text")
    run.bold = True
    if hint:
        note = cell.add_paragraph()
        hint_run = note.add_run(hint)
        hint_run.italic = True
        hint_run.font.size = Pt(8)
        hint_run.font.color.rgb = GREY


def _value(cell: _Cell, field: Field, source: FormSource) -> None:
    fiche, choices = source.fiche, source.choices
    value = getattr(fiche, field.key)
    paragraph = cell.paragraphs[0]
    if field.kind is Kind.CHOICE:
        options = choices.axes if field.key == "axe" else choices.avancements
        _dropdown(paragraph, field.label, str(value or ""), [c.libelle for c in options])
        return
    if field.kind is Kind.DATE:
        _date_picker(paragraph, field.label, value)
        return
    text = display_text(field, value)
    lines = text.split("\n") if text else [""]
    paragraph.add_run(lines[0])
    for line in lines[1:]:  # one paragraph per line: what Enter gives in both programs
        cell.add_paragraph().add_run(line)


def _lines_table(
    document: DocxDocument,
    tag: str,
    title: str,
    columns: tuple[Field, ...],
    rows: Sequence[Sequence[object]],
    empty_rows: int,
    *,
    widths: tuple[float, ...],
) -> Table:
    table: Table = document.add_table(rows=1, cols=len(columns))
    table.style = "Table Grid"
    _column_widths(table, widths)
    header = table.rows[0]
    for cell, field, width in zip(header.cells, columns, widths, strict=True):
        cell.width = Cm(width)
        _shade(cell, LABEL_FILL)
        _inline_control(
            cell.paragraphs[0], "ti:entete", layout.column_header(field), "sdtContentLocked"
        ).bold = True
    _repeat_header(header._tr)
    for values in [*rows, *([[None] * len(columns)] * empty_rows)]:
        row = table.add_row()  # type: ignore[no-untyped-call]
        for cell, field, value, width in zip(row.cells, columns, values, widths, strict=True):
            cell.width = Cm(width)
            _shade(cell, VALUE_FILL)
            cell.paragraphs[0].add_run(display_text(field, value) if value is not None else "")
    _wrap(header._tr, tag, title, lock="sdtLocked")
    return table


def _reference(document: DocxDocument, reference: layout.Reference) -> None:
    document.add_paragraph()
    paragraph = document.add_paragraph()
    run = _inline_control(
        paragraph,
        layout.REFERENCE_TAG,
        layout.reference_text(reference),
        "sdtContentLocked",
        kind="text",
        alias="Référence",
    )
    run.font.size = Pt(7.5)
    run.font.color.rgb = GREY


# --- OOXML pieces ---------------------------------------------------------------------------


def _column_widths(table: Table, widths: Sequence[float]) -> None:
    table.autofit = False
    for column, width in zip(table.columns, widths, strict=True):
        column.width = Cm(width)


def _shade(cell: _Cell, fill: str) -> None:
    properties = cell._tc.get_or_add_tcPr()
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), fill)
    properties.append(shading)


def _repeat_header(tr: Any) -> None:
    properties = tr.get_or_add_trPr()
    header = OxmlElement("w:tblHeader")
    properties.append(header)
    keep = OxmlElement("w:cantSplit")
    properties.append(keep)


def _control_properties(tag: str, alias: str, lock: str, kind: str | None = None) -> Any:
    properties = OxmlElement("w:sdtPr")
    for name, value in (("w:alias", alias), ("w:tag", tag), ("w:lock", lock)):
        element = OxmlElement(name)
        element.set(qn("w:val"), value)
        properties.append(element)
    if kind == "text":
        properties.append(OxmlElement("w:text"))
    return properties


def _wrap(tr: Any, tag: str, alias: str, *, lock: str) -> None:
    """Put a table row inside a row-level content control (LibreOffice drops it cleanly)."""
    control = OxmlElement("w:sdt")
    control.append(_control_properties(tag, alias, lock))
    content = OxmlElement("w:sdtContent")
    control.append(content)
    tr.addprevious(control)
    content.append(tr)


def _inline_control(
    paragraph: Paragraph,
    tag: str,
    text: str,
    lock: str,
    *,
    kind: str | None = "text",
    alias: str | None = None,
) -> Run:
    """A run of ``text`` inside an inline content control; returns the run to format it."""
    control = OxmlElement("w:sdt")
    control.append(_control_properties(tag, alias or text, lock, kind))
    content = OxmlElement("w:sdtContent")
    control.append(content)
    run = paragraph.add_run(text)
    run._r.addprevious(control)
    content.append(run._r)
    return run


def _dropdown(paragraph: Paragraph, alias: str, value: str, options: Sequence[str]) -> None:
    control = OxmlElement("w:sdt")
    properties = _control_properties("ti:liste", alias, "sdtLocked")
    listing = OxmlElement("w:dropDownList")
    for option in options:
        item = OxmlElement("w:listItem")
        item.set(qn("w:displayText"), option)
        item.set(qn("w:value"), option)
        listing.append(item)
    properties.append(listing)
    control.append(properties)
    content = OxmlElement("w:sdtContent")
    control.append(content)
    run = paragraph.add_run(value)
    run._r.addprevious(control)
    content.append(run._r)


def _date_picker(paragraph: Paragraph, alias: str, value: date | None) -> None:
    control = OxmlElement("w:sdt")
    properties = _control_properties("ti:date", alias, "sdtLocked")
    picker = OxmlElement("w:date")
    if value is not None:
        picker.set(qn("w:fullDate"), f"{value.isoformat()}T00:00:00Z")
    for name, setting in (("w:dateFormat", "dd/MM/yyyy"), ("w:lid", "fr-FR")):
        element = OxmlElement(name)
        element.set(qn("w:val"), setting)
        picker.append(element)
    for name, setting in (("w:storeMappedDataAs", "dateTime"), ("w:calendar", "gregorian")):
        element = OxmlElement(name)
        element.set(qn("w:val"), setting)
        picker.append(element)
    properties.append(picker)
    control.append(properties)
    content = OxmlElement("w:sdtContent")
    control.append(content)
    run = paragraph.add_run(f"{value:%d/%m/%Y}" if value is not None else "")
    run._r.addprevious(control)
    content.append(run._r)


def _properties(document: DocxDocument, source: FormSource) -> None:
    """The identifiers as custom document properties (File › Properties in both programs)."""
    values = [
        (layout.PROPERTY_KIND, layout.FORM_KIND),
        (layout.PROPERTY_VERSION, layout.FORM_VERSION),
        (layout.PROPERTY_TERRITORY, str(source.territory.id)),
        (layout.PROPERTY_TERRITORY_NAME, source.territory.nom),
        (layout.PROPERTY_FICHE, str(source.fiche.id)),
        (layout.PROPERTY_NUMERO, source.fiche.numero),
        (layout.PROPERTY_GENERATED, date.today().isoformat()),
    ]
    body = "".join(
        f'<property fmtid="{{D5CDD505-2E9C-101B-9397-08002B2CF9AE}}" pid="{pid}" '
        f'name="{escape(name, {chr(34): "&quot;"})}"><vt:lpwstr>{escape(value)}</vt:lpwstr>'
        "</property>"
        for pid, (name, value) in enumerate(values, start=2)
    )
    xml = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/'
        'custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/'
        f'2006/docPropsVTypes">{body}</Properties>'
    )
    package = document.part.package
    part = Part(
        PackURI("/docProps/custom.xml"),
        CONTENT_TYPE.OFC_CUSTOM_PROPERTIES,
        xml.encode("utf-8"),
        package,
    )
    package.relate_to(part, RELATIONSHIP_TYPE.CUSTOM_PROPERTIES)
    core = document.core_properties
    core.title = f"Fiche-action {source.fiche.numero} — {source.fiche.intitule}"[:250]
    core.subject = f"Formulaire — Territoire d'industrie {source.territory.nom}"[:250]
    core.identifier = str(source.fiche.id)
    core.author = "TI Desktop"
    core.comments = "Formulaire de fiche-action à compléter et à renvoyer au format .docx"
