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
BLANK = "…………"
"""A blank to fill by hand: a legal item the contract needs and the data lacks."""

_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")

APOSTROPHE = "\u2019"
BULLET_MARK = "\ue000"
"""Opens a paragraph that is an item of a bulleted list (``render`` makes it a list paragraph)."""
NUMBER_MARK = "\ue001"
"""Opens a paragraph that is an item of a numbered list, its typed number kept."""
PARAGRAPH_MARK = "\u2029"
"""Ends a paragraph inside one value (``render`` starts a new paragraph of the same style)."""

# French spacing: a no-break space before « ; : ! ? » and the units « € % », inside « ».
# Each rule leaves an already no-break space alone, so typography() can run twice.
_TYPO_TRIGGERS = re.compile("[';:!?«»€%°º]")
_BEFORE_PUNCTUATION = re.compile(r"(?<=[^\s/;:!?])[ \t]*([;:!?]+)(?=[\s»)\]]|$)")
_BEFORE_CLOSING = re.compile(r"(?<=[^\s])[ \t]*»")
_AFTER_OPENING = re.compile(r"«[ \t]*(?=[^\s])")
_BEFORE_UNIT = re.compile(r"(?:(?<=\d)[ \t]*|(?<=\S)[ \t]+)([€%])")
_APOSTROPHE = re.compile(r"(?<=\w)'|'(?=\w)")
_NUMBER_SIGN = re.compile(r"\b(n[°º]|N[°º])[ \t]+(?=\S)")
# « M. », « Mme » never end a line without the name they introduce
_CIVILITY = re.compile(r"(?<![\w.])(M\.|MM\.|Mme|Mmes|M\./Mme)[ \t]+(?=[A-ZÀ-ÖØ-Þ…])")
_ADDRESS = re.compile(r"\S*(?:@|://)\S*")
_BULLET_LINE = re.compile(r"^[-–—•*·▪◦]\s+(?=\S)")
_NUMBER_LINE = re.compile(r"^(?:\d{1,2}[.)]|[a-z]\))\s+(?=\S)")
_SENTENCE_END = tuple(".:;!?»…)")


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


_ENTITY_END = re.compile(r"&#?\w+$")


def _punctuation_space(match: re.Match[str]) -> str:
    # « &amp; » typed as such is a code, not a sentence: its « ; » stays where it is
    if match.group(1).startswith(";") and _ENTITY_END.search(match.string, 0, match.start()):
        return match.group()
    return NBSP + match.group(1)


def _spaced(text: str) -> str:
    text = _BEFORE_PUNCTUATION.sub(_punctuation_space, text)
    text = _BEFORE_CLOSING.sub(NBSP + "»", text)
    text = _AFTER_OPENING.sub("«" + NBSP, text)
    text = _BEFORE_UNIT.sub(NBSP + r"\1", text)
    text = _NUMBER_SIGN.sub(r"\1" + NBSP, text)
    if "M" in text:
        text = _CIVILITY.sub(r"\1" + NBSP, text)
    return _APOSTROPHE.sub(APOSTROPHE, text)


def typography(text: str) -> str:
    """French typography: typographic apostrophes, no-break spaces where French wants them.

    A no-break space goes before ``; : ! ?`` (when they end a word), before ``€`` and
    ``%``, after ``«`` and before ``»``, so none of them ever starts a line; straight
    apostrophes become ``’``. E-mail addresses and web addresses are left as typed.
    Running it twice changes nothing.
    """
    if "M" not in text and not _TYPO_TRIGGERS.search(text):
        return text
    if "@" not in text and "://" not in text:
        return _spaced(text)
    pieces = []
    last = 0
    for address in _ADDRESS.finditer(text):
        pieces += [_spaced(text[last : address.start()]), address.group()]
        last = address.end()
    pieces.append(_spaced(text[last:]))
    return "".join(pieces)


def single_line(text: str) -> str:
    """A one-line value (a name, a title): typed line ends become spaces."""
    return " ".join(text.split()) if "\n" in text else text


_WRAPPED_WIDTH = 60
"""A line at least this long, cut inside a sentence, was wrapped by hand (a pasted text)."""


def _continues(previous: str, line: str) -> bool:
    """A hard-wrapped pasted line: a long line cut mid-sentence, going on in lower case."""
    return (
        len(previous) >= _WRAPPED_WIDTH
        and line[:1].islower()
        and not previous.endswith(_SENTENCE_END)
    )


def text_blocks(text: str | None) -> list[str]:
    """A typed text as paragraphs, one per line (a blank line or a line end separates).

    A line starting with ``-``, ``–``, ``•`` or ``*`` is a bulleted list item (its mark
    replaced by ``BULLET_MARK``), ``1.``, ``2)`` or ``a)`` a numbered one (``NUMBER_MARK``,
    its number kept). A long line cut inside a sentence and followed by one going on in
    lower case was wrapped by hand (a text pasted from a PDF): the two are joined.
    """
    blocks: list[str] = []
    joinable = False
    for raw in clean_text(text).split("\n"):
        line = " ".join(raw.split())
        if not line:
            joinable = False
            continue
        bullet = _BULLET_LINE.match(line)
        if bullet:
            blocks.append(BULLET_MARK + line[bullet.end() :])
        elif _NUMBER_LINE.match(line):
            blocks.append(NUMBER_MARK + line)
        elif joinable and _continues(blocks[-1], line):
            blocks[-1] += " " + line
        else:
            blocks.append(line)
        joinable = True
    return [typography(block) for block in blocks]


def paragraphs(text: str | None) -> list[str]:
    """A typed text as its paragraphs (``text_blocks``), each typeset."""
    return text_blocks(text)


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
    text = clean_text(display_text(field, value)).strip()
    return text if field.multiline else single_line(text)


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
