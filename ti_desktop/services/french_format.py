"""French forms of amounts, numbers and dates, for documents and the window.

Documents use a no-break space as thousands separator and before the euro sign, so an
amount never wraps across two lines. Reading typed values is ``services.fields.values``.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

NBSP = "\u00a0"
_MONTHS = (
    "janvier", "février", "mars", "avril", "mai", "juin",
    "juillet", "août", "septembre", "octobre", "novembre", "décembre",
)  # fmt: skip
CENT = Decimal("0.01")


def _group_thousands(digits: str) -> str:
    groups: list[str] = []
    while len(digits) > 3:
        groups.insert(0, digits[-3:])
        digits = digits[:-3]
    groups.insert(0, digits)
    return NBSP.join(groups)


def format_number(value: Decimal | int | None, decimals: int | None = None) -> str:
    """``1234567.5`` → ``1 234 567,5``; trailing zero decimals are dropped unless fixed."""
    if value is None:
        return ""
    number = Decimal(value)
    if decimals is not None:
        number = number.quantize(Decimal(1).scaleb(-decimals))
        text = f"{abs(number):f}"
    else:
        text = f"{abs(number).normalize():f}"
    whole, _, fraction = text.partition(".")
    sign = "-" if number < 0 else ""
    result = sign + _group_thousands(whole)
    return result + ("," + fraction if fraction else "")


def format_euros(value: Decimal | None, *, cents: bool | None = None) -> str:
    """``Decimal('1234567')`` → ``1 234 567 €``; cents shown only when there are some."""
    if value is None:
        return ""
    amount = Decimal(value).quantize(CENT)
    show_cents = cents if cents is not None else amount != amount.to_integral_value()
    return format_number(amount, 2 if show_cents else 0) + NBSP + "€"


def format_percent(value: Decimal | None, decimals: int = 0) -> str:
    """A ratio (``0.425``) as ``43 %``."""
    if value is None:
        return ""
    return format_number(Decimal(value) * 100, decimals) + NBSP + "%"


def format_date_long(value: date | None) -> str:
    """``date(2022, 10, 25)`` → ``25 octobre 2022`` (``1er`` for the first)."""
    if value is None:
        return ""
    day = "1er" if value.day == 1 else str(value.day)
    return f"{day} {_MONTHS[value.month - 1]} {value.year}"


def format_period(first: int | None, last: int | None, separator: str = "-") -> str:
    """A contract's years: ``2024-2027`` (documents pass an en dash: ``2024–2027``)."""
    if first and last:
        return f"{first}{separator}{last}"
    return str(first or last or "")


def format_date_short(value: date | None) -> str:
    """``date(2022, 10, 25)`` → ``25/10/2022``."""
    return "" if value is None else value.strftime("%d/%m/%Y")
