"""The fiche form's layout, shared by the writer and the reader: what is where, under which name.

A form is a Word document a maître d'ouvrage fills in Word or LibreOffice Writer and
e-mails back. What survives both programs decided the layout (checked on
LibreOffice 7.4, Debian's, through ``soffice --convert-to docx``):

- each field is a row of a two-column table, its label on the left (grey, in a
  locked content control) and its value on the right (yellow); the row is wrapped in
  a row-level content control tagged ``ti:<key>`` that Word keeps and protects
  from deletion. LibreOffice drops row-level controls but keeps the row intact,
  so the reader finds a field by its tag, else by its label;
- content controls are never put around a value: LibreOffice 7.4 moves the line
  breaks out of a control holding several paragraphs, which would change the text;
  only choices (drop-down lists) and dates (date pickers), one line each, get one;
- the financing plan and the indicators are tables under a header row tagged
  ``ti:financements`` / ``ti:indicateurs`` and recognised by its headers too; the
  partner adds rows with Tab in the last cell, empty rows are ignored;
- the territory's and the fiche's identifiers are custom document properties (kept
  by both programs) and a reference line at the end of the text.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass

from ti_desktop.db.vocabulary import fold
from ti_desktop.services.fields import FICHE_ACTION, INDICATEUR, LIGNE_FINANCEMENT, Field, Kind

FORM_KIND = "fiche-action"
FORM_VERSION = "1"

PROPERTY_KIND = "TI Desktop formulaire"
PROPERTY_VERSION = "TI Desktop version du formulaire"
PROPERTY_TERRITORY = "TI Desktop territoire"
PROPERTY_TERRITORY_NAME = "TI Desktop nom du territoire"
PROPERTY_FICHE = "TI Desktop fiche"
PROPERTY_NUMERO = "TI Desktop numéro de fiche"
PROPERTY_GENERATED = "TI Desktop généré le"

TAG_PREFIX = "ti:"
FINANCING_TAG = "ti:financements"
INDICATORS_TAG = "ti:indicateurs"
REFERENCE_TAG = "ti:reference"

FIELDS: tuple[Field, ...] = tuple(
    field for field in FICHE_ACTION if not field.private and field.key != "numero"
)
"""The fiche's fields in the form (its number is the chef de projet's; notes stay private)."""

FINANCING_COLUMNS: tuple[Field, ...] = tuple(LIGNE_FINANCEMENT)
INDICATOR_COLUMNS: tuple[Field, ...] = tuple(INDICATEUR)

EMPTY_FINANCING_ROWS = 3
EMPTY_INDICATOR_ROWS = 2

_REFERENCE = re.compile(
    r"territoire\s+([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\W+"
    r"fiche\s+([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})",
    re.IGNORECASE,
)


def field_tag(field: Field) -> str:
    """The content-control tag of a field's row (``ti:maitre_ouvrage``)."""
    return TAG_PREFIX + field.key


def hint(field: Field) -> str:
    """What the partner is asked to write, under the label."""
    if field.kind is Kind.DATE:
        return "JJ/MM/AAAA"
    if field.kind is Kind.MONEY:
        return "en euros hors taxes, ex. 125 000"
    if field.kind is Kind.CHOICE:
        return "choisir dans la liste"
    if field.multiline:
        return "plusieurs paragraphes possibles"
    return ""


def column_header(field: Field) -> str:
    """The header of a financing or indicator column (« Montant (€ HT) »)."""
    if field.key == "montant":
        return "Montant (€ HT)"
    if field.kind is Kind.DATE:
        return f"{field.label} (JJ/MM/AAAA)"
    return field.label


def field_of_label(text: str) -> Field | None:
    """The form field whose label is ``text`` (ignoring case, accents and a final ``*``)."""
    wanted = fold(text.rstrip(" *:"))
    return next((field for field in FIELDS if fold(field.label) == wanted), None)


def column_of_header(text: str, columns: tuple[Field, ...]) -> Field | None:
    """The table column whose header is ``text`` (with or without its hint)."""
    wanted = fold(text.rstrip(" *:"))
    for field in columns:
        if wanted in (fold(column_header(field)), fold(field.label), fold(field.header or "")):
            return field
    return None


@dataclass(frozen=True)
class Reference:
    """The identifiers a form carries."""

    territoire_id: uuid.UUID
    fiche_id: uuid.UUID


def reference_text(reference: Reference) -> str:
    """The reference line at the end of the form."""
    return (
        "Référence du formulaire, à ne pas modifier : territoire "
        f"{reference.territoire_id} · fiche {reference.fiche_id}"
    )


def parse_reference(text: str) -> Reference | None:
    """The identifiers written in a reference line, or None."""
    found = _REFERENCE.search(text)
    if found is None:
        return None
    return Reference(uuid.UUID(found.group(1)), uuid.UUID(found.group(2)))
