"""Which field each column of a tracker carries: proposals from headers, and the user's choices.

A header is folded (case, accents, punctuation, units such as « € » or « HT » left
out) and compared with the usual names of each fiche field (``SYNONYMS``) and of each
financer (``FINANCER_SYNONYMS``): « Porteur de projet » is the maître d'ouvrage,
« Coût (€ HT) » the total cost, « FEDER » a financing line of the European Union
under the FEDER scheme. A header naming both a field and a financer (« Commune »)
is decided by its values (amounts: a financer). « k€ » or « M€ » in a money header
scales its values. A ``Target`` is written as a short spec for the command line and
the remembered mappings: ``intitule``, ``financeur:Région``, ``financeur:État@DETR``,
``statut``, ``ignorer``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from decimal import Decimal
from typing import Any

from ti_desktop.db.vocabulary import fold
from ti_desktop.errors import UserFacingError
from ti_desktop.services.fields import FICHE_ACTION, Field, Kind

FIELD, FINANCER, STATUS, IGNORED = "champ", "financeur", "statut", "ignorer"

_PUNCTUATION = re.compile(r"[^0-9a-z]+")
_UNITS = {"€", "eur", "euro", "euros", "ht", "en", "hors", "taxe", "taxes", "montant"}


def fold_header(text: str) -> str:
    """``Coût total (€ HT)`` → ``cout total ht``: lower case, no accents, no punctuation."""
    folded = fold(str(text)).replace("n°", "numero ").replace("€", " € ").replace("'", " ")
    return " ".join(_PUNCTUATION.sub(" ", folded).split())


def _core(text: str) -> str:
    """The folded header without units (« € », « HT », « k€ »…), for synonym matching."""
    plain = fold(str(text)).replace("'", " ")
    for pattern, _scale in _SCALE_PATTERNS:
        plain = pattern.sub(" ", plain)
    words = [w for w in fold_header(plain).split() if w not in _UNITS]
    return " ".join(words)


_SCALE_PATTERNS = (
    (re.compile(r"\bk ?(€|eur\b|euros?\b)|\bkeur\b|\bmilliers d ?euros\b"), 1_000),
    (re.compile(r"\bm ?(€|eur\b|euros?\b)|\bmeur\b|\bmillions d ?euros\b"), 1_000_000),
)


# --- synonyms ------------------------------------------------------------------------------

SYNONYMS: dict[str, tuple[str, ...]] = {
    "numero": (
        "N°", "No", "Num", "Numéro", "Numéro de fiche", "N° fiche", "N° de fiche", "N° action",
        "Numéro de l'action", "Réf", "Référence", "Référence fiche", "Code", "Code action",
        "Fiche n°",
    ),
    "intitule": (
        "Intitulé", "Intitulé de l'action", "Intitulé de la fiche", "Intitulé du projet",
        "Intitulé de l'opération", "Projet", "Action", "Nom du projet", "Nom de l'action",
        "Titre", "Titre de l'action", "Titre du projet", "Libellé", "Libellé de l'action",
        "Fiche-action", "Opération", "Objet",
    ),
    "axe": (
        "Axe", "Enjeu", "Orientation", "Axe stratégique", "Axe du contrat", "Orientation "
        "stratégique", "Axe prioritaire", "Thématique", "Priorité", "Enjeu stratégique",
    ),
    "maitre_ouvrage": (
        "Maître d'ouvrage", "Maîtrise d'ouvrage", "Maître d'ouvrage pressenti", "Porteur",
        "Porteur de projet", "Porteur du projet", "Porteur de l'action", "MO", "MOA",
        "Structure porteuse", "Bénéficiaire", "Pilote", "Pilote de l'action",
    ),
    "description": (
        "Description", "Descriptif", "Description de l'action", "Description du projet",
        "Contenu", "Contenu de l'action", "Résumé", "Présentation",
    ),
    "objectifs": ("Objectifs", "Objectif", "Objectifs de l'action", "Résultats attendus"),
    "partenaires": (
        "Partenaires", "Partenaires associés", "Partenaires mobilisés", "Partenariat",
        "Acteurs associés",
    ),
    "localisation": (
        "Localisation", "Lieu", "Site", "Implantation", "Localisation du projet",
        "Commune", "Communes", "Territoire concerné", "Périmètre",
    ),
    "date_debut": (
        "Date de début", "Début", "Date début", "Date de démarrage", "Démarrage", "Date de "
        "lancement", "Lancement", "Début des travaux", "Date de début prévisionnelle",
        "Date prévisionnelle de début", "Date prévisionnelle de démarrage",
    ),
    "date_fin": (
        "Date de fin", "Fin", "Date fin", "Achèvement", "Date d'achèvement", "Date de fin "
        "prévisionnelle", "Date prévisionnelle de fin", "Échéance", "Fin des travaux",
        "Livraison", "Date de livraison",
    ),
    "cout_total_ht": (
        "Coût total HT", "Coût total", "Coût (€ HT)", "Coût HT", "Coût", "Montant total HT",
        "Montant total", "Montant HT", "Montant", "Budget", "Budget total", "Budget HT",
        "Coût prévisionnel", "Coût estimé", "Coût global", "Coût total du projet",
        "Montant du projet", "Coût total de l'action", "Coût de l'opération",
    ),
    "avancement": (
        "Avancement", "État d'avancement", "État", "État de l'action", "Statut de l'action",
        "Statut du projet", "Stade", "Stade d'avancement", "Situation", "Étape", "Statut",
    ),
    "enjeu_local": ("Enjeu local", "Enjeux locaux", "Enjeu du territoire", "Enjeu territorial"),
    "contact": (
        "Contact", "Référent", "Interlocuteur", "Personne à contacter", "Contact porteur",
        "Courriel", "E-mail", "Mail", "Téléphone",
    ),
    "demande_simplification": (
        "Demande de simplification", "Simplification", "Dérogation", "Demande de dérogation",
        "Besoin de simplification", "Freins", "Difficultés",
    ),
    "notes_privees": (
        "Notes", "Notes privées", "Notes internes", "Commentaire", "Commentaires", "Remarques",
        "Observations",
    ),
}  # fmt: skip
"""Usual headers of each fiche field in the trackers of Régions and territories.

The field's own label and workbook header are accepted too. « Coût TTC » is
deliberately absent: the field is before tax.
"""

STATUS_SYNONYMS: tuple[str, ...] = (
    "Statut", "Statut du financement", "Statut des financements", "Statut financement",
    "État du financement", "État des financements", "Statut de la demande",
)  # fmt: skip
"""Headers of a column giving the status of the row's financing lines."""

FINANCER_SYNONYMS: dict[str, tuple[tuple[str, str], ...]] = {
    "État": (
        ("État", ""), ("Etat", ""), ("Préfecture", ""), ("DSIL", "DSIL"), ("DETR", "DETR"),
        ("FNADT", "FNADT"), ("Fonds vert", "Fonds vert"), ("France 2030", "France 2030"),
        ("État DSIL", "DSIL"), ("État DETR", "DETR"), ("État FNADT", "FNADT"),
    ),
    "Région": (("Région", ""), ("Conseil régional", ""), ("Région Grand Est", "")),
    "Département": (("Département", ""), ("Conseil départemental", ""), ("CD", "")),
    "Intercommunalité": (
        ("Intercommunalité", ""), ("EPCI", ""), ("Communauté de communes", ""),
        ("Communauté d'agglomération", ""), ("Agglomération", ""), ("Métropole", ""),
    ),
    "Commune": (("Commune", ""), ("Communes", ""), ("Ville", ""), ("Mairie", "")),
    "Banque des Territoires": (
        ("Banque des Territoires", ""), ("BdT", ""), ("Caisse des dépôts", ""), ("CDC", ""),
    ),
    "Bpifrance": (("Bpifrance", ""), ("BPI", ""), ("Bpi France", "")),
    "Business France": (("Business France", ""),),
    "France Travail": (("France Travail", ""), ("Pôle emploi", "")),
    "ADEME": (("ADEME", ""),),
    "Union européenne (FEDER/FSE+)": (
        ("Union européenne", ""), ("Europe", ""), ("UE", ""), ("Fonds européens", ""),
        ("FEDER", "FEDER"), ("FSE", "FSE+"), ("FSE+", "FSE+"), ("LEADER", "LEADER"),
        ("Interreg", "Interreg"), ("FEADER", "FEADER"),
    ),
    "Maître d'ouvrage (autofinancement)": (
        ("Autofinancement", ""), ("Maître d'ouvrage (autofinancement)", ""),
        ("Fonds propres", ""), ("Part MO", ""), ("Part du maître d'ouvrage", ""),
        ("Autofinancement MO", ""), ("Maître d'ouvrage autofinancement", ""),
    ),
    "Privé": (("Privé", ""), ("Privés", ""), ("Financements privés", ""), ("Mécénat", "")),
    "Autre": (
        ("Autre", ""), ("Autres", ""), ("Autres financeurs", ""), ("Autres financements", ""),
    ),
}  # fmt: skip
"""Usual headers of a financer's column, with the scheme (dispositif) some of them name."""

_FINANCER_PREFIXES = (
    "part", "montant", "financement", "financements", "subvention", "subventions", "aide",
    "aides", "participation", "apport", "contribution", "dont", "de", "du", "des", "la", "l",
    "le", "d",
)  # fmt: skip
_STATUS_SUFFIXES = {
    "sollicite": "Sollicité", "sollicitee": "Sollicité", "demande": "Sollicité",
    "demandee": "Sollicité", "acquis": "Acquis", "acquise": "Acquis", "obtenu": "Acquis",
    "obtenue": "Acquis", "notifie": "Acquis", "attribue": "Acquis", "vote": "Acquis",
    "envisage": "Envisagé", "envisagee": "Envisagé", "prevu": "Envisagé", "prevue": "Envisagé",
}  # fmt: skip
"""A financer header ending with a status (« Région acquis »): the column's lines have it."""


# --- targets -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Target:
    """What a column becomes: a fiche field, a financer's lines, their status, or nothing.

    Attributes:
        kind: ``FIELD``, ``FINANCER``, ``STATUS`` or ``IGNORED``.
        key: the fiche field (``FIELD``).
        financeur: the financer's label (``FINANCER``), as in the database when known.
        dispositif: the scheme written on the lines (« FEDER », « DETR »), if any.
        statut: the status of this column's lines, when its header names one
            (« Région sollicité »); else the row's « statut » column or the import's.
    """

    kind: str
    key: str = ""
    financeur: str = ""
    dispositif: str = ""
    statut: str = ""

    @property
    def field(self) -> Field:
        """The fiche field of a ``FIELD`` target."""
        return FICHE_ACTION[self.key]

    def label(self) -> str:
        """French, for the mapping shown to the user."""
        if self.kind == FIELD:
            return self.field.label
        if self.kind == FINANCER:
            text = f"Financement : {self.financeur}"
            details = [d for d in (self.dispositif, self.statut) if d]
            return text + (f" ({', '.join(details)})" if details else "")
        if self.kind == STATUS:
            return "Statut des financements"
        return "Ignorée"

    def spec(self) -> str:
        """The short form read back by ``parse_target`` (``financeur:État@DETR``)."""
        if self.kind == FIELD:
            return self.key
        if self.kind == FINANCER:
            text = f"financeur:{self.financeur}"
            if self.dispositif:
                text += f"@{self.dispositif}"
            if self.statut:
                text += f"#{self.statut}"
            return text
        return self.kind


IGNORE = Target(IGNORED)


def field_targets() -> list[Target]:
    """Every fiche field a column may carry, in the editor's order."""
    return [Target(FIELD, field.key) for field in FICHE_ACTION]


def parse_target(text: str, financers: Sequence[str] = ()) -> Target:
    """The target written ``text``.

    ``text`` is a field key or label, ``financeur:NOM[@DISPOSITIF][#STATUT]``,
    ``statut`` or ``ignorer`` (also empty or ``-``).

    Raises:
        UserFacingError: ``text`` names nothing (the message lists what is accepted).
    """
    value = text.strip()
    folded = fold_header(value)
    if folded in ("", "ignorer", "ignore", "aucun", "aucune") or value == "-":
        return IGNORE
    if folded in ("statut", "statut des financements", "statut du financement"):
        return Target(STATUS)
    head, colon, rest = value.partition(":")
    if colon and fold_header(head) in ("financeur", "financement"):
        rest, _, statut = rest.partition("#")
        name, _, dispositif = rest.partition("@")
        if not name.strip():
            raise UserFacingError(f"« {text} » : indiquez le financeur après « financeur: ».")
        return Target(
            FINANCER,
            financeur=_known_financer(name.strip(), financers),
            dispositif=dispositif.strip(),
            statut=statut.strip(),
        )
    for field in FICHE_ACTION:
        if folded in (fold_header(field.key), fold_header(field.label)):
            return Target(FIELD, field.key)
    keys = ", ".join(field.key for field in FICHE_ACTION)
    raise UserFacingError(
        f"« {text} » n'est pas un champ de fiche-action. Champs : {keys} ; ou "
        "« financeur:NOM » (ex. financeur:Région, financeur:État@DETR), « statut », « ignorer »."
    )


def _known_financer(name: str, financers: Sequence[str]) -> str:
    key = fold(name)
    return next((label for label in financers if fold(label) == key), name)


# --- proposing -----------------------------------------------------------------------------


def _index() -> dict[str, Target]:
    index: dict[str, Target] = {}
    for field in FICHE_ACTION:
        names = (field.label, field.header or "", field.key, *SYNONYMS.get(field.key, ()))
        for name in names:
            if name:
                index.setdefault(_core(name), Target(FIELD, field.key))
    return index


_FIELD_INDEX = _index()
_STATUS_INDEX = {_core(name) for name in STATUS_SYNONYMS}


@dataclass(frozen=True)
class Proposal:
    """The target proposed for one column and why."""

    target: Target
    scale: int = 1  # money in thousands (k€) or millions (M€) of euros
    alternatives: tuple[Target, ...] = ()  # other readings of an ambiguous header


def money_scale(header: str) -> int:
    """1000 for a header in thousands of euros (« Coût (k€) »), 10**6 in millions, else 1."""
    plain = fold(str(header)).replace("'", " ")
    return next((scale for pattern, scale in _SCALE_PATTERNS if pattern.search(plain)), 1)


def _financer_target(header: str, financers: Sequence[str]) -> Target | None:
    words = _core(header).split()
    statut = ""
    while words and words[-1] in _STATUS_SUFFIXES:
        statut = _STATUS_SUFFIXES[words.pop()]
    whole = " ".join(words)
    while words and words[0] in _FINANCER_PREFIXES:
        words.pop(0)
    for core in dict.fromkeys((whole, " ".join(words))):  # « Part MO » names the MO
        if not core:
            continue
        for label in financers:  # the database's own list first (renamed or added financers)
            if _core(label) == core:
                return Target(FINANCER, financeur=label, statut=statut)
        for label, names in FINANCER_SYNONYMS.items():
            for name, dispositif in names:
                if _core(name) == core:
                    return Target(
                        FINANCER,
                        financeur=_known_financer(label, financers),
                        dispositif=dispositif,
                        statut=statut,
                    )
    return None


def candidates(header: str, financers: Sequence[str] = ()) -> list[Target]:
    """Every reading of ``header``: a field, a financer, the status column (often one)."""
    found: list[Target] = []
    core = _core(header)
    if core in _STATUS_INDEX:
        found.append(Target(STATUS))
    if core in _FIELD_INDEX and _FIELD_INDEX[core] not in found:
        found.append(_FIELD_INDEX[core])
    financer = _financer_target(header, financers)
    if financer is not None:
        found.append(financer)
    return found


def recognised(header: str, financers: Sequence[str] = ()) -> bool:
    """Whether ``header`` names a field, a financer or the status column."""
    return bool(candidates(header, financers))


def _numeric_share(values: Iterable[Any]) -> float:
    filled = [v for v in values if v not in (None, "")]
    if not filled:
        return 0.0
    numbers = sum(1 for v in filled if isinstance(v, int | float | Decimal) or _looks_numeric(v))
    return numbers / len(filled)


def _looks_numeric(value: object) -> bool:
    return isinstance(value, str) and bool(re.fullmatch(r"[\d\s\u00a0\u202f.,€-]+", value))


def _matches(values: Iterable[Any], labels: Sequence[str]) -> int:
    keys = {fold(label) for label in labels}
    return sum(1 for v in values if isinstance(v, str) and fold(v) in keys)


def choose(
    options: list[Target],
    values: Sequence[Any],
    *,
    progress_labels: Sequence[str] = (),
    status_labels: Sequence[str] = (),
    with_financers: bool = False,
) -> Target:
    """The reading of an ambiguous header its column's values support best.

    A « Statut » column whose values tell nothing is the financing lines' status when
    the tracker has financer columns, else the action's progress.
    """
    if len(options) == 1:
        return options[0]
    kinds = {option.kind: option for option in options}
    if STATUS in kinds and FIELD in kinds:  # « Statut »: of the action, or of its financing?
        progress = _matches(values, progress_labels)
        financing = _matches(values, status_labels)
        if financing == progress:
            return kinds[STATUS] if with_financers else kinds[FIELD]
        return kinds[STATUS] if financing > progress else kinds[FIELD]
    if FINANCER in kinds and FIELD in kinds:  # « Commune »: a place, or the commune's money?
        return kinds[FINANCER] if _numeric_share(values) >= 0.5 else kinds[FIELD]
    return options[0]


def propose(
    headers: Sequence[str],
    columns: Sequence[Sequence[Any]],
    *,
    financers: Sequence[str] = (),
    progress_labels: Sequence[str] = (),
    status_labels: Sequence[str] = (),
) -> list[Proposal]:
    """A proposal per header (``columns[i]``: sample values of column ``i``).

    A field is proposed once, for its first column; later columns naming it again
    are left ignored for the user to decide.
    """
    proposals: list[Proposal] = []
    taken: set[str] = set()
    with_financers = any(
        any(t.kind == FINANCER for t in candidates(h, financers)) and not _field_first(h)
        for h in headers
        if h
    )
    for index, header in enumerate(headers):
        options = candidates(header, financers) if header else []
        if not options:
            proposals.append(Proposal(IGNORE))
            continue
        values = columns[index] if index < len(columns) else ()
        target = choose(
            options,
            values,
            progress_labels=progress_labels,
            status_labels=status_labels,
            with_financers=with_financers,
        )
        others = tuple(option for option in options if option != target)
        if target.kind in (FIELD, STATUS) and target.spec() in taken:
            proposals.append(Proposal(IGNORE, alternatives=(target, *others)))
            continue
        taken.add(target.spec())
        scale = money_scale(header) if _is_money(target) else 1
        proposals.append(Proposal(target, scale, others))
    return proposals


def _field_first(header: str) -> bool:
    """A header naming a field before a financer (« État », « Commune »)."""
    return _core(header) in _FIELD_INDEX


def _is_money(target: Target) -> bool:
    return target.kind == FINANCER or (target.kind == FIELD and target.field.kind is Kind.MONEY)


def with_scale(proposal: Proposal, header: str) -> Proposal:
    """``proposal`` with the scale its header calls for (after the user changed its target)."""
    return replace(proposal, scale=money_scale(header) if _is_money(proposal.target) else 1)
