"""Values as Word documents print them: clean text, French typography, the field table's kinds.

``field_text(field, value)`` is the one place that turns a stored value into document
text, by the field's kind: a money field as ``1 234 567 €`` (no-break spaces), a date
as ``25 octobre 2022``, a quantity as ``6,5``, a period as ``2024–2027``.
``field_texts(entity, record)`` does it for every field of a record that may leave
the app (private notes never do), so a field added to the table reaches the templates
under its key with no code here.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from decimal import Decimal
from typing import Any

from ti_desktop.services.fields import Entity, Field, Kind, display_text
from ti_desktop.services.french_format import (
    NBSP,
    format_date_long,
    format_number,
    format_period,
)

DASH = "—"
"""What a document prints for an empty value where a blank would look like an omission."""

_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
_BEFORE_PUNCTUATION = re.compile(r" ([;:!?»])")
_AFTER_GUILLEMET = re.compile(r"« ")


def clean_text(value: str | None) -> str:
    """A stored text fit for a document: no XML-illegal characters, Unix line ends."""
    if not value:
        return ""
    text = value.replace("\r\n", "\n").replace("\r", "\n")
    return _XML_ILLEGAL.sub("", text)


def or_dash(value: str | None) -> str:
    """The text, or a discreet dash when it is empty."""
    text = clean_text(value).strip()
    return text if text else DASH


def typography(text: str) -> str:
    """No-break spaces before ``; : ! ? »`` and after ``«``, so they never start a line."""
    return _AFTER_GUILLEMET.sub("«" + NBSP, _BEFORE_PUNCTUATION.sub(NBSP + r"\1", text))


def paragraphs(text: str | None) -> list[str]:
    """Split a text on blank lines; single line ends stay (rendered as line breaks)."""
    cleaned = clean_text(text).strip()
    if not cleaned:
        return []
    return [typography(part.strip()) for part in re.split(r"\n\s*\n", cleaned) if part.strip()]


def percent(ratio: Decimal | None) -> str:
    """A share of cost as ``18,5 %`` (no decimal when round), or a dash."""
    if ratio is None:
        return DASH
    text = format_number(ratio * 100, 1)
    if text.endswith(",0"):
        text = text[:-2]
    return text + NBSP + "%"


def field_text(field: Field, value: Any) -> str:
    """``value`` of ``field`` as a document prints it; ``""`` when it is empty.

    As the window shows it (``display_text``: amounts, quantities), except that dates
    are written out (``25 octobre 2022``) and periods take an en dash.
    """
    if value is None or value == "" or value == (None, None):
        return ""
    if field.kind is Kind.DATE:
        return format_date_long(value)
    if field.kind is Kind.PERIOD:
        first, last = value
        return format_period(first, last, separator="–")
    return clean_text(display_text(field, value)).strip()


def field_texts(
    entity: Entity,
    record: Any,
    *,
    empty: str = DASH,
    blank: Collection[str] = (),
    long_texts: bool = True,
) -> dict[str, str]:
    """Every field of ``entity`` that may leave the app, as documents print it, by key.

    Args:
        entity: the field table of the record's kind.
        record: a read record (``FicheRecord``…): values are read by field key.
        empty: the text of an empty value (a dash in table cells).
        blank: keys whose empty value stays ``""`` (templates test them with ``{%p if %}``).
        long_texts: include the multi-paragraph fields (a contract offers them as
            lists of paragraphs elsewhere).
    """
    texts: dict[str, str] = {}
    for field in entity:
        if field.private or (field.multiline and not long_texts):
            continue
        text = field_text(field, getattr(record, field.key))
        texts[field.key] = text or ("" if field.key in blank else empty)
    return texts
