"""The layout of the exchange workbook, as data: sheets, exact French headers, formats.

The importer, the exporter, the blank model workbook and the Région sheets all read
these definitions, so a header is spelled in one place only. ``docs/classeur-echange.md``
documents the same layout for a Région officer.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from ti_desktop.db.vocabulary import fold

EURO_FORMAT = '#,##0.00 "€"'
"""Amounts with cents (``1 234 567,89 €`` in a French Excel)."""

EURO_ROUND_FORMAT = '#,##0 "€"'
"""Amounts without cents, for syntheses (``1 234 568 €``)."""

PERCENT_FORMAT = "0.0%"
DATE_FORMAT = "DD/MM/YYYY"
INTEGER_FORMAT = "0"
QUANTITY_FORMAT = "General"
TEXT_FORMAT = "@"

FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
"""First characters that make a spreadsheet read a text as a formula."""


class Kind(Enum):
    """How a column's cells are typed on export and read on import."""

    TEXT = "texte"
    NUMERO = "numéro"  # text, but a numeric cell is read without float noise
    INTEGER = "entier"
    MONEY = "montant"
    QUANTITY = "nombre"
    DATE = "date"
    PERIOD = "période"


class Choices(Enum):
    """The list a column's values must belong to (drop-down in the model workbook)."""

    PHASE = "Phases"
    DOCUMENT_KIND = "Types de document"
    CONTRACT_STATUS = "Statuts du contrat"
    GROUP = "Groupes"
    PROGRESS = "Avancements"
    FINANCING_STATUS = "Statuts de financement"
    FINANCER = "Financeurs"
    AXIS = "Axes"


_NUMBER_FORMATS = {
    Kind.MONEY: EURO_FORMAT,
    Kind.DATE: DATE_FORMAT,
    Kind.INTEGER: INTEGER_FORMAT,
    Kind.QUANTITY: QUANTITY_FORMAT,
    Kind.NUMERO: TEXT_FORMAT,
}


@dataclass(frozen=True)
class Column:
    """One column: its exact header, the field it fills, and how it is typed."""

    header: str
    key: str
    required: bool = False
    kind: Kind = Kind.TEXT
    width: float = 18
    choices: Choices | None = None
    extra: bool = False  # an optional column added after the headers

    @property
    def number_format(self) -> str:
        """The Excel number format of the column's data cells."""
        return _NUMBER_FORMATS.get(self.kind, "General")


@dataclass(frozen=True)
class SheetSpec:
    """One exchange sheet and its columns, in order."""

    name: str
    columns: tuple[Column, ...]

    @property
    def headers(self) -> list[str]:
        """Row 1 of the sheet."""
        return [column.header for column in self.columns]

    def column(self, key: str) -> Column:
        """The column filling ``key``."""
        for column in self.columns:
            if column.key == key:
                return column
        raise KeyError(key)

    def find_column(self, header: str) -> Column | None:
        """The column whose header matches ``header`` ignoring case, accents and a ``*``."""
        wanted = fold(header.rstrip("* ").strip())
        return next((c for c in self.columns if fold(c.header) == wanted), None)


def _c(header: str, key: str, **options: object) -> Column:
    return Column(header, key, **options)  # type: ignore[arg-type]


TERRITOIRES = SheetSpec(
    "Territoires",
    (
        _c("Territoire", "nom", required=True, width=38),
        _c("Région", "region", required=True, width=22),
        _c("Départements", "departements", width=22),
        _c("Phase", "phase", width=22, choices=Choices.PHASE),
        _c("Type de document", "type_document", width=20, choices=Choices.DOCUMENT_KIND),
        _c("Période", "periode", kind=Kind.PERIOD, width=12),
        _c("Statut du contrat", "statut", width=22, choices=Choices.CONTRACT_STATUS),
        _c("Date de signature", "date_signature", kind=Kind.DATE, width=14),
        _c("Lieu de signature", "lieu_signature", width=20),
        _c("Chef de projet", "chef_projet_nom", width=22),
        _c("Courriel du chef de projet", "chef_projet_email", width=30),
        _c("Élu référent", "elu_referent", width=36),
        _c("Industriel référent", "industriel_referent", width=36),
        _c("Téléphone du chef de projet", "chef_projet_telephone", width=18, extra=True),
        _c("Délibération de la Région", "deliberation_region_reference", width=22, extra=True),
        _c(
            "Date de délibération de la Région",
            "deliberation_region_date",
            kind=Kind.DATE,
            width=16,
            extra=True,
        ),
    ),
)

AXES = SheetSpec(
    "Axes",
    (
        _c("Territoire", "territoire", required=True, width=38),
        _c("Ordre", "ordre", kind=Kind.INTEGER, width=8),
        _c("Axe", "libelle", required=True, width=60, choices=Choices.AXIS),
    ),
)

SIGNATAIRES = SheetSpec(
    "Signataires",
    (
        _c("Territoire", "territoire", required=True, width=38),
        _c("Groupe", "groupe", required=True, width=30, choices=Choices.GROUP),
        _c("Organisme", "organisme", required=True, width=40),
        _c("Représentant", "representant", width=26),
        _c("Fonction", "fonction", width=40),
        _c("Ordre", "ordre", kind=Kind.INTEGER, width=8),
        _c("Référence de délibération", "deliberation_reference", width=24, extra=True),
        _c("Date de délibération", "deliberation_date", kind=Kind.DATE, width=14, extra=True),
        _c("Courriel", "email", width=28, extra=True),
    ),
)

FICHES = SheetSpec(
    "Fiches-actions",
    (
        _c("Territoire", "territoire", required=True, width=38),
        _c("N°", "numero", required=True, kind=Kind.NUMERO, width=7),
        _c("Intitulé", "intitule", required=True, width=50),
        _c("Axe", "axe", required=True, width=40, choices=Choices.AXIS),
        _c("Maître d'ouvrage", "maitre_ouvrage", required=True, width=32),
        _c("Description", "description", width=50),
        _c("Objectifs", "objectifs", width=40),
        _c("Partenaires", "partenaires", width=32),
        _c("Localisation", "localisation", width=24),
        _c("Date de début", "date_debut", kind=Kind.DATE, width=13),
        _c("Date de fin", "date_fin", kind=Kind.DATE, width=13),
        _c("Coût total HT (€)", "cout_total_ht", kind=Kind.MONEY, width=18),
        _c("Avancement", "avancement", width=18, choices=Choices.PROGRESS),
        _c("Enjeu local", "enjeu_local", width=32, extra=True),
        _c("Contact", "contact", width=24, extra=True),
        _c("Demande de simplification", "demande_simplification", width=32, extra=True),
    ),
)

FINANCEMENTS = SheetSpec(
    "Financements",
    (
        _c("Territoire", "territoire", required=True, width=38),
        _c("N° fiche", "numero", required=True, kind=Kind.NUMERO, width=9),
        _c("Financeur", "financeur", required=True, width=32, choices=Choices.FINANCER),
        _c("Dispositif", "dispositif", width=32),
        _c("Montant (€)", "montant", required=True, kind=Kind.MONEY, width=18),
        _c("Statut", "statut", required=True, width=20, choices=Choices.FINANCING_STATUS),
    ),
)

INDICATEURS = SheetSpec(
    "Indicateurs",
    (
        _c("Territoire", "territoire", required=True, width=38),
        _c("N° fiche", "numero", required=True, kind=Kind.NUMERO, width=9),
        _c("Indicateur", "nom", required=True, width=44),
        _c("Unité", "unite", width=14),
        _c("Valeur cible", "valeur_cible", kind=Kind.QUANTITY, width=13),
        _c("Échéance", "echeance", kind=Kind.DATE, width=13),
        _c("Valeur atteinte", "valeur_atteinte", kind=Kind.QUANTITY, width=15),
    ),
)

EXCHANGE_SHEETS: tuple[SheetSpec, ...] = (
    TERRITOIRES,
    AXES,
    SIGNATAIRES,
    FICHES,
    FINANCEMENTS,
    INDICATEURS,
)
"""The exchange sheets, in the order they are written and read."""

COMPUTED_SHEETS: tuple[str, ...] = (
    "Synthèse",
    "Par financeur",
    "Par axe",
    "Listes",
    "Mode d'emploi",
)
"""Sheets recomputed on export (Région) or of the model workbook: ignored on import."""

LISTS_SHEET = "Listes"
"""Hidden sheet of the model workbook holding the drop-down values."""


def find_sheet_spec(name: str) -> SheetSpec | None:
    """The exchange sheet named ``name`` ignoring case and accents."""
    key = fold(name)
    return next((spec for spec in EXCHANGE_SHEETS if fold(spec.name) == key), None)


def needs_text_protection(text: str) -> bool:
    """Whether a spreadsheet could take ``text`` for a formula."""
    return text.startswith(FORMULA_TRIGGERS)
