"""Fixed vocabulary of the program and the default editable lists (domain.md §1–§3).

Fixed values (signatory groups, document kinds, contract statuses, phases) are stored
as these exact French labels. The reference lists (progress states, financing
statuses, financers) and the axes are rows of the database seeded from these defaults
and editable afterwards.
"""

from __future__ import annotations

import unicodedata
from enum import StrEnum
from typing import TypeVar

_Label = TypeVar("_Label", bound=str)


class Phase(StrEnum):
    PHASE_1 = "Phase 1 (2018-2022)"
    PHASE_2 = "Phase 2 (2023-2027)"


class GroupeSignataire(StrEnum):
    INTERCOMMUNALITES = "Intercommunalités"
    PARTENAIRES_PUBLICS = "Partenaires publics"
    PARTENAIRES_ECONOMIQUES = "Partenaires économiques et industriels"


class Civilite(StrEnum):
    """How a signatory is named in the contract (« représentée par son Président, M. X »)."""

    MONSIEUR = "M."
    MADAME = "Mme"


class TypeDocument(StrEnum):
    CONTRAT = "Contrat"
    PROTOCOLE = "Protocole d'accord"
    AVENANT = "Avenant"


class StatutContrat(StrEnum):
    BROUILLON = "Brouillon"
    CONCERTATION = "En concertation"
    VALIDE_REGION = "Validé par la Région"
    SIGNE = "Signé"


class NatureEnvoi(StrEnum):
    """What was sent (stored as these short keys)."""

    CONTRAT = "contrat"
    FICHE = "fiche"
    CLASSEUR = "classeur"
    COURRIEL = "courriel"
    PUBLICATION = "publication"
    AVENANT = "avenant"
    RAPPORT = "rapport"
    FORMULAIRE = "formulaire"

    @property
    def label(self) -> str:
        """The French name shown in the register."""
        return _LABELS[self]


_LABELS = {
    NatureEnvoi.CONTRAT: "Contrat",
    NatureEnvoi.FICHE: "Fiche-action",
    NatureEnvoi.CLASSEUR: "Classeur Région",
    NatureEnvoi.COURRIEL: "Courriel",
    NatureEnvoi.PUBLICATION: "Publication au serveur régional",
    NatureEnvoi.AVENANT: "Avenant",
    NatureEnvoi.RAPPORT: "Rapport de suivi",
    NatureEnvoi.FORMULAIRE: "Formulaire de fiche-action à remplir",
}


class CategorieFinancement(StrEnum):
    """What a financing status means for the totals, whatever its label."""

    ENVISAGE = "envisage"
    SOLLICITE = "sollicite"
    ACCORD = "accord"
    ACQUIS = "acquis"
    REFUSE = "refuse"


DEFAULT_AXES: dict[Phase, tuple[str, ...]] = {
    Phase.PHASE_1: ("Recruter", "Innover", "Attirer", "Simplifier", "Transition écologique"),
    Phase.PHASE_2: (
        "Accélérer la transition écologique et énergétique",
        "Faire des territoires des écosystèmes d'innovation",
        "Lever les freins au recrutement et développer les compétences",
        "Mobiliser le foncier industriel",
    ),
}

DEFAULT_PROGRESS_STATES: tuple[str, ...] = (
    "À l'étude",
    "Prête à démarrer",
    "En cours",
    "Réalisée",
    "Suspendue",
    "Abandonnée",
)

DEFAULT_FINANCING_STATUSES: tuple[tuple[str, CategorieFinancement], ...] = (
    ("Envisagé", CategorieFinancement.ENVISAGE),
    ("Sollicité", CategorieFinancement.SOLLICITE),
    ("Accord de principe", CategorieFinancement.ACCORD),
    ("Acquis", CategorieFinancement.ACQUIS),
    ("Refusé", CategorieFinancement.REFUSE),
)

DEFAULT_FINANCERS: tuple[str, ...] = (
    "État",
    "Région",
    "Département",
    "Intercommunalité",
    "Commune",
    "Banque des Territoires",
    "Bpifrance",
    "Business France",
    "France Travail",
    "ADEME",
    "Union européenne (FEDER/FSE+)",
    "Maître d'ouvrage (autofinancement)",
    "Privé",
    "Autre",
)


def fold(text: str) -> str:
    """Key for matching labels ignoring case, accents, apostrophe style and spacing."""
    decomposed = unicodedata.normalize("NFKD", text)
    without_accents = "".join(c for c in decomposed if not unicodedata.combining(c))
    normalised = (
        without_accents.replace("\u2019", "'").replace("\u2013", "-").replace("\u2014", "-")
    )
    return " ".join(normalised.casefold().split())


def match_label(value: str, choices: list[_Label] | tuple[_Label, ...]) -> _Label | None:
    """Return the choice equal to ``value`` ignoring case and accents, if any."""
    key = fold(value)
    for choice in choices:
        if fold(choice) == key:
            return choice
    return None


_PHASE_ALIASES = {
    "1": Phase.PHASE_1,
    "phase 1": Phase.PHASE_1,
    "2018-2022": Phase.PHASE_1,
    "2": Phase.PHASE_2,
    "phase 2": Phase.PHASE_2,
    "2023-2027": Phase.PHASE_2,
}

_GROUP_ALIASES = {
    "intercommunalite": GroupeSignataire.INTERCOMMUNALITES,
    "epci": GroupeSignataire.INTERCOMMUNALITES,
    "partenaire public": GroupeSignataire.PARTENAIRES_PUBLICS,
    "partenaires economiques": GroupeSignataire.PARTENAIRES_ECONOMIQUES,
    "partenaire economique et industriel": GroupeSignataire.PARTENAIRES_ECONOMIQUES,
    "partenaires economiques et industriels": GroupeSignataire.PARTENAIRES_ECONOMIQUES,
    "industriels": GroupeSignataire.PARTENAIRES_ECONOMIQUES,
}


_CIVILITY_ALIASES = {
    "m": Civilite.MONSIEUR,
    "mr": Civilite.MONSIEUR,
    "monsieur": Civilite.MONSIEUR,
    "mme": Civilite.MADAME,
    "madame": Civilite.MADAME,
    # the administration writes « Madame » since 2012 (circulaire du 21 février 2012)
    "mlle": Civilite.MADAME,
    "mademoiselle": Civilite.MADAME,
}


def parse_civility(value: str) -> Civilite | None:
    """Read « M. », « Monsieur », « Mme », « Madame » and their short forms."""
    return _CIVILITY_ALIASES.get(fold(value).rstrip(". "))


def parse_phase(value: str) -> Phase | None:
    """Read a phase written as its label, its number or its years."""
    found = match_label(value, list(Phase))
    if found is not None:
        return Phase(found)
    return _PHASE_ALIASES.get(fold(value))


def parse_group(value: str) -> GroupeSignataire | None:
    """Read a signatory group, accepting singular and short forms."""
    found = match_label(value, list(GroupeSignataire))
    if found is not None:
        return GroupeSignataire(found)
    return _GROUP_ALIASES.get(fold(value))
