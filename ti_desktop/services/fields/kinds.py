"""What a field is: its key, French label, workbook header, kind, bounds and choices.

A ``Field`` is the one description of a value users enter. The exchange workbook's
columns, the importer's conversions, the model workbook's drop-downs, the window's
labels and validators and the documentation tables all read it, so a field's name,
header and rules are written once, in ``catalog.py``.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from enum import Enum


class Kind(Enum):
    """How a value is read from text or a cell, checked, stored and shown."""

    TEXT = "texte"
    NUMERO = "numéro"  # short text; a numeric cell is read without float noise (1.10)
    INTEGER = "entier"
    MONEY = "montant"  # Decimal euros, two decimals
    QUANTITY = "nombre"  # Decimal, four decimals (indicator values)
    DATE = "date"
    PERIOD = "période"  # (first year, last year)
    CHOICE = "choix"  # one value of a list (``Field.choices``)
    EMAIL = "courriel"


class Choices(Enum):
    """The list a choice field's values belong to (drop-down in the model workbook).

    Fixed lists come from ``db.vocabulary``; the others are rows of the database
    (editable reference lists, and the axes of each territory).
    """

    PHASE = "Phases"
    DOCUMENT_KIND = "Types de document"
    CONTRACT_STATUS = "Statuts du contrat"
    GROUP = "Groupes"
    CIVILITY = "Civilités"
    PROGRESS = "Avancements"
    FINANCING_STATUS = "Statuts de financement"
    FINANCER = "Financeurs"
    AXIS = "Axes"

    @property
    def is_fixed(self) -> bool:
        """Whether the list is part of the program (not rows of the database)."""
        return self in _FIXED

    @property
    def per_territory(self) -> bool:
        """Whether each territory has its own list (its axes): a workbook can only suggest."""
        return self is Choices.AXIS


_FIXED = {Choices.PHASE, Choices.DOCUMENT_KIND, Choices.CONTRACT_STATUS, Choices.GROUP}
_FIXED.add(Choices.CIVILITY)

TEXT_LIMIT = 255
"""Characters of a one-line text (the database column's size)."""

LONG_TEXT_LIMIT = 32_767
"""Characters of a free text: what one spreadsheet cell can hold (Excel, LibreOffice)."""

MAX_AMOUNT = Decimal("999999999999.99")
"""Largest amount a money column holds (Numeric(14, 2))."""

MAX_QUANTITY = Decimal("999999999999.9999")
"""Largest indicator value (Numeric(16, 4))."""


@dataclass(frozen=True)
class Field:
    """One value of an entity, described once for every place that reads or shows it.

    Attributes:
        key: the attribute of the ORM class and of its read record (``maitre_ouvrage``).
            A choice field of a reference list names the label (``axe``); its
            identifier is ``<key>_id``.
        label: the French label of the window and of messages (« Maître d'ouvrage »).
        noun: the label with its article, for messages and undo texts (« le maître
            d'ouvrage »); derived from the label when empty.
        header: the exchange workbook's column header; ``None`` when the field is not
            in the workbook. Defaults to the label.
        kind: how the value is read, checked and shown.
        required: never empty, wherever it is written (window, import, sync).
        max_length: characters at most (text kinds).
        minimum / maximum: bounds of a number (money, quantity, integer).
        choices: the list a choice field's value belongs to; on a text field, the
            values suggested (the model workbook warns outside them, never refuses).
        open_list: a value missing from a database list is added to it (financers)
            instead of being refused.
        private: never leaves the app (workbook, documents, e-mails): private notes.
        multiline: free text typed over several paragraphs.
        extra: an optional workbook column of TI Desktop, after the original ones.
        help: one French sentence for tooltips and the workbook documentation.
        width: the workbook column's width in characters.
    """

    key: str
    label: str
    kind: Kind = Kind.TEXT
    header: str | None = ""
    noun: str = ""
    required: bool = False
    max_length: int | None = None
    minimum: Decimal | None = None
    maximum: Decimal | None = None
    choices: Choices | None = None
    open_list: bool = False
    private: bool = False
    multiline: bool = False
    extra: bool = False
    help: str = ""
    width: float = 18

    def __post_init__(self) -> None:
        if self.header == "":
            object.__setattr__(self, "header", self.label)
        if not self.noun:
            object.__setattr__(self, "noun", _with_article(self.label))
        if self.max_length is None and self.kind in (Kind.TEXT, Kind.EMAIL):
            limit = LONG_TEXT_LIMIT if self.multiline else TEXT_LIMIT
            object.__setattr__(self, "max_length", limit)
        if self.max_length is None and self.kind is Kind.NUMERO:
            object.__setattr__(self, "max_length", 20)
        if self.kind is Kind.MONEY:
            if self.minimum is None:
                object.__setattr__(self, "minimum", Decimal(0))
            if self.maximum is None:
                object.__setattr__(self, "maximum", MAX_AMOUNT)
        if self.kind is Kind.QUANTITY and self.maximum is None:
            object.__setattr__(self, "maximum", MAX_QUANTITY)
            object.__setattr__(self, "minimum", -MAX_QUANTITY)
        if self.kind is Kind.CHOICE and self.choices is None:
            raise ValueError(f"{self.key}: a choice field names its list")

    @property
    def in_workbook(self) -> bool:
        """Whether the exchange workbook carries this field."""
        return self.header is not None and not self.private

    @property
    def workbook_header(self) -> str:
        """The header of the field's workbook column (fails for a field not in it)."""
        if self.header is None:
            raise KeyError(f"{self.key} is not in the exchange workbook")
        return self.header

    @property
    def is_reference(self) -> bool:
        """A choice among rows of the database: stored as ``<key>_id``."""
        return self.kind is Kind.CHOICE and self.choices is not None and not self.choices.is_fixed

    @property
    def strict_choices(self) -> bool:
        """Only values of the list are accepted (the model workbook's drop-down stops others)."""
        return self.kind is Kind.CHOICE and not self.open_list


def _with_article(label: str) -> str:
    """« Maître d'ouvrage » → « le maître d'ouvrage » (a good default; override if not)."""
    lowered = label[:1].lower() + label[1:]
    if lowered[:1] in "aeéèêiîoôuyh":
        return "l'" + lowered
    return "le " + lowered


@dataclass(frozen=True)
class Entity:
    """The fields of one kind of record, in the order forms and sheets show them."""

    name: str  # the SQL table (``fiche_action``)
    label: str  # French, singular (« fiche-action »)
    fields: tuple[Field, ...]

    def __post_init__(self) -> None:
        keys = [f.key for f in self.fields]
        if len(set(keys)) != len(keys):
            raise ValueError(f"{self.name}: duplicate field keys")

    def __getitem__(self, key: str) -> Field:
        for field in self.fields:
            if field.key == key:
                return field
        raise KeyError(f"{self.name} has no field {key!r}")

    def __iter__(self) -> Iterator[Field]:
        return iter(self.fields)

    def __contains__(self, key: object) -> bool:
        return any(field.key == key for field in self.fields)

    @property
    def keys(self) -> tuple[str, ...]:
        """The field keys, in order."""
        return tuple(field.key for field in self.fields)

    def workbook_fields(self) -> tuple[Field, ...]:
        """The fields of the exchange workbook, original columns first, extras after."""
        carried = [f for f in self.fields if f.in_workbook]
        return tuple([f for f in carried if not f.extra] + [f for f in carried if f.extra])
