"""Reading and checking field values: one set of rules for the window, imports and sync.

``read_value(field, raw)`` takes what a user gave (typed text, a spreadsheet cell, a
form's text) and returns the stored value, or raises ``FieldValueError`` whose
``reason`` is a French phrase (« le montant 12,345 a plus de 2 décimales »). The
window shows ``error.message`` (« Coût total HT (€) : … »); an import reports the same
reason with its sheet, row and column. Nothing is ever rounded, cut or guessed: a
value that cannot be kept exactly is refused.
"""

from __future__ import annotations

import math
import re
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Any

from ti_desktop.db.vocabulary import (
    Civilite,
    GroupeSignataire,
    Phase,
    StatutContrat,
    TypeDocument,
    fold,
    match_label,
    parse_civility,
    parse_group,
    parse_phase,
)
from ti_desktop.errors import UserFacingError
from ti_desktop.services.fields.kinds import Choices, Field, Kind
from ti_desktop.services.french_format import (
    format_date_short,
    format_euros,
    format_number,
    format_period,
)

CENT = Decimal("0.01")
QUANTUM = Decimal("0.0001")
FIRST_YEAR, LAST_YEAR = 1990, 2100
"""Years a contract period or a date may fall in (a typo such as 0215 is refused)."""


class FieldValueError(UserFacingError):
    """A value refused by its field's rules; ``reason`` is the French phrase alone."""

    def __init__(self, field: Field | None, reason: str) -> None:
        self.field = field
        self.reason = reason
        label = field.label if field is not None else ""
        super().__init__(f"{label} : {reason}." if label else reason[:1].upper() + reason[1:])


class _Refused(ValueError):
    """Raised by the readers below; the message is the reason."""


# --- text --------------------------------------------------------------------------------


def _number_text(value: float) -> str:
    """A float cell as the shortest text (``1.1`` not ``1.1000000000000001``)."""
    if value == int(value) and abs(value) < 1e15:
        return str(int(value))
    return format(Decimal(repr(value)).normalize(), "f")


def as_text(value: object) -> str:
    """Any cell or typed value as trimmed text (numbers without float noise, dates JJ/MM/AAAA)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "oui" if value else "non"
    if isinstance(value, float):
        return _number_text(value)
    if isinstance(value, datetime | date):
        return value.strftime("%d/%m/%Y")
    return str(value).strip()


def is_blank(value: object) -> bool:
    """An empty cell or an empty text."""
    return value is None or (isinstance(value, str) and not value.strip())


_EMAIL = re.compile(r"^[^@\s<>,;\"]+@[^@\s<>,;\"]+\.[^@\s<>,;\"]{2,}$")
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")


def read_text(value: object, *, multiline: bool = False) -> str:
    """Trimmed text; a one-line text keeps no line break, no text keeps a NUL or control."""
    text = as_text(value)
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if _CONTROL.search(text):
        raise _Refused("le texte contient un caractère de contrôle invisible")
    if not multiline and "\n" in text:
        text = " ".join(part.strip() for part in text.split("\n") if part.strip())
    return text


def read_email(value: object) -> str:
    """An e-mail address (empty is fine)."""
    text = read_text(value)
    if text and not _EMAIL.match(text):
        raise _Refused(
            f"« {text} » n'est pas une adresse électronique valide "
            "(exemple : prenom.nom@exemple.fr)"
        )
    return text


# --- numbers -------------------------------------------------------------------------------

_AMOUNT_CLEAN = re.compile(r"[\s\u00a0\u202f€]|EUR|euros?", re.IGNORECASE)
_GROUPED_DOTS = re.compile(r"[+-]?\d{1,3}(\.\d{3})+")
_PLAIN = re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)")


def parse_decimal(text: str) -> Decimal:
    """A number written the French way (``1 234 567,89 €``) or plainly (``1234.5``).

    A dot is a decimal point unless it groups thousands (``1.234.567,89``). A single
    dot before exactly three digits (``12.500``) could be either: it is refused
    rather than guessed.

    Raises:
        ValueError: with the French reason.
    """
    cleaned = _AMOUNT_CLEAN.sub("", text.strip())
    if cleaned.count(",") == 1 and "." in cleaned:
        whole = cleaned.split(",")[0]
        if not _GROUPED_DOTS.fullmatch(whole):
            raise ValueError(f"« {text} » n'est pas un nombre")
        cleaned = cleaned.replace(".", "")
    elif "," not in cleaned and cleaned.count(".") > 1:
        if not _GROUPED_DOTS.fullmatch(cleaned):
            raise ValueError(f"« {text} » n'est pas un nombre")
        cleaned = cleaned.replace(".", "")
    elif "," not in cleaned and re.fullmatch(r"[+-]?[1-9]\d{0,2}\.\d{3}", cleaned):
        raise ValueError(
            f"« {text} » est ambigu : le point sépare-t-il les milliers ou les décimales ? "
            "Écrivez 12 500 ou 12,5"
        )
    cleaned = cleaned.replace(",", ".")
    if not cleaned or not _PLAIN.fullmatch(cleaned):
        raise ValueError(f"« {text} » n'est pas un montant ou un nombre")
    try:
        return Decimal(cleaned)
    except InvalidOperation as exc:  # pragma: no cover - the regex already guards
        raise ValueError(f"« {text} » n'est pas un nombre") from exc


_FLOAT_NOISE = Decimal("1e-6")


def _decimal_of(value: object, places: Decimal) -> Decimal:
    if isinstance(value, bool):
        raise _Refused(f"« {value} » n'est pas un nombre")
    if isinstance(value, int):
        number = Decimal(value)
    elif isinstance(value, float):
        if not math.isfinite(value):
            raise _Refused("la cellule ne contient pas un nombre valide")
        number = Decimal(repr(value))
        rounded = number.quantize(places, rounding=ROUND_HALF_UP)
        # a float cell carries binary noise (0.1 + 0.2): keep what the user meant
        if abs(number - rounded) < _FLOAT_NOISE:
            return rounded
    elif isinstance(value, Decimal):
        number = value
    elif isinstance(value, datetime | date):
        raise _Refused("la cellule contient une date, pas un nombre")
    else:
        try:
            number = parse_decimal(str(value))
        except ValueError as exc:
            raise _Refused(str(exc)) from exc
    if not number.is_finite():
        raise _Refused(f"« {as_text(value)} » n'est pas un nombre")
    try:
        rounded = number.quantize(places)
    except InvalidOperation as exc:
        raise _Refused(f"« {as_text(value)} » est un nombre trop grand") from exc
    if rounded != number:
        decimals = -int(places.as_tuple().exponent)
        raise _Refused(f"« {as_text(value)} » a plus de {decimals} décimales")
    return rounded


def read_amount(value: object) -> Decimal | None:
    """A euro amount: a numeric cell or French text, at most cents."""
    if is_blank(value):
        return None
    return _decimal_of(value, CENT)


def read_quantity(value: object) -> Decimal | None:
    """An indicator value (up to four decimals)."""
    if is_blank(value):
        return None
    return _decimal_of(value, QUANTUM)


def read_integer(value: object) -> int | None:
    """A whole number (an order)."""
    if is_blank(value):
        return None
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    text = as_text(value)
    if text.lstrip("-").isdigit():
        return int(text)
    raise _Refused(f"« {text} » n'est pas un nombre entier")


# --- dates ---------------------------------------------------------------------------------

_DATE_PARTS = re.compile(r"(\d{1,2})[/.\- ](\d{1,2})[/.\- ](\d{2}|\d{4})")
_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?")
_COMPACT = re.compile(r"(\d{2})(\d{2})(\d{2}|\d{4})")
DATE_HINT = "attendu JJ/MM/AAAA, par exemple 15/03/2021"


def parse_date(text: str) -> date:
    """A date typed the French way: ``15/03/2021``, ``15/3/21``, ``15032021``, ``2021-03-15``.

    Two-digit years are of this century (``21`` → 2021). Day and month are never
    swapped or carried over: ``31/02/2021`` is refused, not turned into March.

    Raises:
        ValueError: with the French reason.
    """
    value = text.strip()
    match = _ISO.fullmatch(value)
    if match:
        year, month, day = (int(g) for g in match.groups())
    else:
        match = _DATE_PARTS.fullmatch(value) or _COMPACT.fullmatch(value)
        if not match:
            raise ValueError(f"« {text} » n'est pas une date ({DATE_HINT})")
        day, month, year = (int(g) for g in match.groups())
        if len(match.group(3)) == 2:
            year += 2000
    try:
        result = date(year, month, day)
    except ValueError as exc:
        raise ValueError(f"« {text} » n'est pas une date qui existe ({DATE_HINT})") from exc
    if not FIRST_YEAR <= result.year <= LAST_YEAR:
        raise ValueError(
            f"« {text} » : l'année {result.year} est hors de la période {FIRST_YEAR}–{LAST_YEAR}"
        )
    return result


def read_date(value: object) -> date | None:
    """A date cell or text (see ``parse_date``)."""
    if is_blank(value):
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        # a number cell (an import): a date serial is never guessed
        raise _Refused(f"« {as_text(value)} » n'est pas une date (attendu JJ/MM/AAAA)")
    try:
        return parse_date(str(value))
    except ValueError as exc:
        raise _Refused(str(exc)) from exc


def read_period(value: object) -> tuple[int | None, int | None]:
    """``AAAA-AAAA`` (also with an en dash), a single year, or a (first, last) pair.

    A pair comes from a form's two year fields; either year may be missing.
    """
    if isinstance(value, tuple):
        first, last = value
        return _checked_years(first, last)
    text = as_text(value).replace("\u2013", "-").replace("\u2014", "-").replace(" ", "")
    if not text:
        return None, None
    start, _, end = text.partition("-")
    if not (start.isdigit() and len(start) == 4 and (not end or (end.isdigit() and len(end) == 4))):
        raise _Refused(f"« {as_text(value)} » n'est pas une période (attendu AAAA-AAAA)")
    return _checked_years(int(start), int(end) if end else int(start))


def _checked_years(first: int | None, last: int | None) -> tuple[int | None, int | None]:
    for year in (first, last):
        if year is not None and not FIRST_YEAR <= year <= LAST_YEAR:
            raise _Refused(f"l'année {year} est hors de la période {FIRST_YEAR}–{LAST_YEAR}")
    if first is not None and last is not None and last < first:
        raise _Refused(f"l'année de fin ({last}) ne peut pas précéder l'année de début ({first})")
    return first, last


# --- choices -------------------------------------------------------------------------------


def fixed_choices(choices: Choices) -> tuple[str, ...]:
    """The labels of a list that is part of the program."""
    lists: dict[Choices, tuple[str, ...]] = {
        Choices.PHASE: tuple(p.value for p in Phase),
        Choices.DOCUMENT_KIND: tuple(t.value for t in TypeDocument),
        Choices.CONTRACT_STATUS: tuple(s.value for s in StatutContrat),
        Choices.GROUP: tuple(g.value for g in GroupeSignataire),
        Choices.CIVILITY: tuple(c.value for c in Civilite),
    }
    return lists[choices]


def read_choice(field: Field, value: object, labels: tuple[str, ...] | list[str] | None) -> str:
    """The label of the list equal to ``value`` ignoring case and accents ("" when empty).

    Fixed lists accept their usual short forms (« 2 » for phase 2, « EPCI », « Madame »).
    ``labels`` gives a database list (axes, financers…); without it, a reference value
    is only trimmed (the caller resolves it against the database).
    """
    text = read_text(value)
    if not text:
        return ""
    assert field.choices is not None
    if field.choices.is_fixed:
        parsers = {
            Choices.PHASE: parse_phase,
            Choices.GROUP: parse_group,
            Choices.CIVILITY: parse_civility,
        }
        parser = parsers.get(field.choices)
        found: str | None = parser(text) if parser is not None else None
        if found is None:
            found = match_label(text, list(fixed_choices(field.choices)))
        if found is None:
            allowed = ", ".join(fixed_choices(field.choices))
            raise _Refused(f"« {text} » n'est pas une valeur permise (valeurs admises : {allowed})")
        return str(found)
    if labels is None:
        return text
    found = match_label(text, list(labels))
    if found is None:
        shown = ", ".join(labels) if len(labels) <= 12 else ", ".join(labels[:12]) + "…"
        allowed = f"valeurs admises : {shown}" if shown else "liste vide"
        raise _Refused(f"« {text} » n'est pas dans la liste ({allowed})")
    return found


# --- one entry point -------------------------------------------------------------------------


def read_value(
    field: Field, raw: object, *, labels: tuple[str, ...] | list[str] | None = None
) -> Any:
    """The value to store for ``raw`` under ``field``'s rules.

    Empty input gives the field's empty value (``""`` for texts, ``None`` otherwise,
    ``(None, None)`` for a period).

    Raises:
        FieldValueError: the value breaks a rule; nothing should be written.
    """
    try:
        value = _convert(field, raw, labels)
    except _Refused as exc:
        raise FieldValueError(field, str(exc)) from None
    check_value(field, value)
    return value


def _convert(field: Field, raw: object, labels: tuple[str, ...] | list[str] | None) -> Any:
    kind = field.kind
    if kind in (Kind.TEXT, Kind.NUMERO):
        return read_text(raw, multiline=field.multiline)
    if kind is Kind.EMAIL:
        return read_email(raw)
    if kind is Kind.MONEY:
        return read_amount(raw)
    if kind is Kind.QUANTITY:
        return read_quantity(raw)
    if kind is Kind.INTEGER:
        return read_integer(raw)
    if kind is Kind.DATE:
        return read_date(raw)
    if kind is Kind.PERIOD:
        return read_period(raw)
    return read_choice(field, raw, labels)


def check_value(field: Field, value: Any) -> None:
    """Refuse a typed value that breaks ``field``'s rules (required, length, bounds).

    Raises:
        FieldValueError: with the French reason.
    """
    empty = value is None or value == "" or value == (None, None)
    if empty:
        if field.required:
            raise FieldValueError(field, "valeur obligatoire")
        return
    if isinstance(value, str) and field.max_length is not None and len(value) > field.max_length:
        raise FieldValueError(
            field,
            f"le texte fait {format_number(len(value))} caractères, "
            f"au plus {format_number(field.max_length)} sont permis",
        )
    if isinstance(value, Decimal | int) and not isinstance(value, bool):
        number = Decimal(value)
        if field.minimum is not None and number < field.minimum:
            shown = _shown(field, number)  # formatted only to refuse: an import checks many
            if field.minimum == 0:
                raise FieldValueError(field, f"{shown} est négatif")
            raise FieldValueError(field, f"{shown} est inférieur à {_shown(field, field.minimum)}")
        if field.maximum is not None and number > field.maximum:
            raise FieldValueError(
                field, f"{_shown(field, number)} dépasse {_shown(field, field.maximum)}"
            )


def _shown(field: Field, number: Decimal) -> str:
    if field.kind is Kind.MONEY:
        return "le montant " + format_euros(number)
    return "la valeur " + format_number(number)


def display_text(field: Field, value: Any) -> str:
    """The value as the window shows it in a cell or a field (French)."""
    if value is None or value == "":
        return ""
    if field.kind is Kind.MONEY:
        return format_euros(value)
    if field.kind is Kind.QUANTITY:
        return format_number(value)
    if field.kind is Kind.DATE:
        return format_date_short(value)
    if field.kind is Kind.PERIOD:
        return format_period(*value)
    return str(value)


def same_label(left: str, right: str) -> bool:
    """Whether two labels are the same ignoring case, accents and spacing."""
    return fold(left) == fold(right)
