"""The parties' wording and the legal clauses of the contract.

The parties: one line per organisation (« La Communauté d'agglomération X, représentée
par son Président M. A et sa 1ère Vice-Présidente Mme B »), grouped as the national
canvas does (ENTRE the intercommunalités, ET the public partners, AINSI QUE the
economic partners), and one signature block per person. The « Vu »
clauses cite the Région's deliberation and each signatory's.

A person is named with the « Civilité » field (« M. », « Mme ») before the name. Names
typed before that field existed carry the civility inside (« M. Laurent Verdier »):
it is read from there, and never written twice.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from ti_desktop.db.models import Signataire
from ti_desktop.db.vocabulary import Civilite, GroupeSignataire, fold, parse_civility
from ti_desktop.services.documents.formatting import (
    DASH,
    clean_text,
    field_texts,
    typography,
)
from ti_desktop.services.documents.grammar import (
    function_gender,
    join_french,
    of,
    organisation_label,
    possessive,
    pour,
    represented_word,
)
from ti_desktop.services.fields import SIGNATAIRE
from ti_desktop.services.french_format import format_date_long
from ti_desktop.services.records import (
    ContractRecord,
    SignatoryRecord,
    TerritoryRecord,
    signatory_order,
)

Context = dict[str, Any]
Signatory = SignatoryRecord | Signataire
"""Read records in documents; unsaved ORM objects in a few tests of the wording."""

_GROUP_WORDING = {
    GroupeSignataire.INTERCOMMUNALITES: ("intercommunalités", "Intercommunalités"),
    GroupeSignataire.PARTENAIRES_PUBLICS: ("partenaires publics", "Partenaires publics"),
    GroupeSignataire.PARTENAIRES_ECONOMIQUES: (
        "partenaires économiques et industriels",
        "Partenaires économiques et industriels",
    ),
}
_PARTY_WORDS = ("ENTRE", "ET", "AINSI QUE")
_PARTY_ENDINGS = ("d'une part,", "d'autre part,", "")


# --- people --------------------------------------------------------------------------------


def split_civility(name: str) -> tuple[str, str]:
    """« M. Laurent Verdier » → ``("M.", "Laurent Verdier")``; « Laurent Verdier » → ``("", …)``."""
    first, _, rest = name.strip().partition(" ")
    civility = parse_civility(first) if rest.strip() else None
    if civility is None:
        return "", name.strip()
    return civility.value, rest.strip()


def civility_and_name(signatory: Signatory) -> tuple[str, str]:
    """The person's civility (the field, else the one typed in the name) and bare name."""
    typed, name = split_civility(clean_text(signatory.representant))
    stored = parse_civility(signatory.civilite or "")
    return (stored.value if stored is not None else typed), name


def person_name(signatory: Signatory) -> str:
    """« M. Laurent Verdier », « Sophie Renard » without a civility, "" without a name."""
    civility, name = civility_and_name(signatory)
    return f"{civility} {name}" if civility and name else name


def _is_feminine(signatory: Signatory) -> bool:
    gender = function_gender(signatory.fonction or "")
    if gender is not None:
        return gender == "f"
    return civility_and_name(signatory)[0] == Civilite.MADAME


def _person_phrase(signatory: Signatory) -> str:
    """« son Président M. A », « sa Préfète de l'Aube Mme B », or the name alone."""
    fonction = clean_text(signatory.fonction).strip()
    person = person_name(signatory)
    if not fonction:
        return person
    own = possessive(fonction, feminine=_is_feminine(signatory))
    if not person:
        return f"{own} {fonction}"
    separator = ", " if "," in fonction else " "
    return f"{own} {fonction}{separator}{person}"


def representation(organisation: str, people: Sequence[Signatory]) -> str:
    """``X, représentée par son Président M. A et sa 1ère Vice-Présidente Mme B``."""
    label = organisation_label(clean_text(organisation).strip())
    phrases = [p for p in (_person_phrase(s) for s in people) if p]
    if not phrases:
        return label
    return f"{label}, {represented_word(label)} par {join_french(phrases)}"


def signature_block(signatory: Signatory) -> Context:
    """One person who signs: every field, « Pour … », the civility and the name."""
    civility, name = civility_and_name(signatory)
    organisation = clean_text(signatory.organisme).strip()
    return {
        **field_texts(SIGNATAIRE, signatory, empty=""),
        "groupe": signatory.groupe,
        "organisme": organisation,
        "pour": pour(organisation),
        "civilite": civility,
        "nom": name,
        "representant": person_name(signatory) or DASH,
    }


# --- parties -------------------------------------------------------------------------------


def by_organisation(signatories: Iterable[Signatory]) -> list[tuple[str, list[Signatory]]]:
    """Co-representatives together; organisations by group, then by their first signatory."""
    grouped: dict[str, tuple[str, list[Signatory]]] = {}
    for signatory in sorted(signatories, key=signatory_order):
        key = fold(signatory.organisme)
        grouped.setdefault(key, (signatory.organisme, []))[1].append(signatory)
    return list(grouped.values())


def intercommunality_names(territory: TerritoryRecord) -> list[str]:
    """The intercommunalités that sign, in signing order."""
    members = [
        s for s in territory.signataires
        if fold(s.groupe) == fold(GroupeSignataire.INTERCOMMUNALITES.value)
    ]  # fmt: skip
    return [clean_text(name).strip() for name, _ in by_organisation(members)]


def parties(territory: TerritoryRecord) -> list[Context]:
    """The groups of signatories that have members: ENTRE …, ET …, AINSI QUE …."""
    # The three groups of the canvas, then any other label met in the data, so that
    # no signatory is ever left out of the document.
    buckets: list[tuple[str, str, str, list[Signatory]]] = [
        (group.name.lower(), _GROUP_WORDING[group][1], _GROUP_WORDING[group][0], [])
        for group in GroupeSignataire
    ]
    index = {fold(group.value): i for i, group in enumerate(GroupeSignataire)}
    for signatory in territory.signataires:
        key = fold(signatory.groupe)
        if key not in index:
            label = clean_text(signatory.groupe).strip() or "Autres signataires"
            index[key] = len(buckets)
            buckets.append((key, label, label.lower(), []))
        buckets[index[key]][3].append(signatory)
    groups: list[Context] = []
    for key, title, short, members in buckets:
        if not members:
            continue
        position = len(groups)
        organisations = [
            {
                "nom": clean_text(name).strip(),
                "representation": representation(name, people),
                "signataires": [signature_block(s) for s in people],
            }
            for name, people in by_organisation(members)
        ]
        ending = _PARTY_ENDINGS[position] if position < 2 else ""
        groups.append(
            {
                "cle": key,
                "libelle": title,
                "mot": _PARTY_WORDS[min(position, 2)],
                "designation": typography(
                    f"ci-après, les « {short} » ;" + (f" {ending}" if ending else "")
                ),
                "organismes": organisations,
                "signataires": [s for o in organisations for s in o["signataires"]],
            }
        )
    return groups


# --- « Vu » clauses --------------------------------------------------------------------------


def _deliberation_words(reference: str) -> str:
    """``Délibération n° 24-32`` → ``la délibération n° 24-32``; ``24-32`` → same."""
    text = clean_text(reference).strip()
    folded = fold(text)
    if folded.startswith("deliberation"):
        text = text[len("délibération") :].strip()
        folded = fold(text)
    if not text:
        return "la délibération"
    if folded.startswith(("n°", "no ", "n ", "nº")):
        return f"la délibération {text}"
    return f"la délibération n° {text}"


def _region_short(region: str) -> str:
    """``Région Grand Est`` → ``Grand Est`` (the Conseil régional's name)."""
    if fold(region).startswith("region "):
        return region.split(" ", 1)[1]
    return region


def is_region_organisation(organisme: str, region: str = "") -> bool:
    """Whether an organisation is the Région (« Région Grand Est », « Conseil régional »)."""
    key = fold(organisme)
    named = bool(region.strip()) and key in (fold(region), fold(f"Région {region}"))
    return named or key.startswith("region ") or "conseil regional" in key


def region_signatories(territory: TerritoryRecord) -> list[Any]:
    """The public partners that are the Région itself."""
    return [
        person
        for person in territory.signataires
        if person.groupe == GroupeSignataire.PARTENAIRES_PUBLICS.value
        and is_region_organisation(person.organisme, territory.region)
    ]


def vu_clauses(territory: TerritoryRecord, contract: ContractRecord, du_present: str) -> list[str]:
    """The program, the Région's deliberation, then each organisation's, typeset."""
    clauses = [
        "Vu le programme national « Territoires d'industrie » lancé lors du Conseil national "
        "de l'industrie du 22 novembre 2018 ;"
    ]
    region_reference = contract.deliberation_region_reference or ""
    region_date = contract.deliberation_region_date
    region_name = clean_text(territory.region).strip()
    if region_reference or region_date:
        region = f" du Conseil régional {_region_short(region_name)}" if region_name else ""
        when = f" en date du {format_date_long(region_date)}" if region_date else ""
        clauses.append(
            f"Vu {_deliberation_words(region_reference)}{region}{when} "
            f"approuvant les termes {du_present} ;"
        )
    region_key = fold(_deliberation_words(region_reference)) if region_reference else None
    # The Région's deliberation is entered with the contract: cited once, from there.
    region_people = (
        {id(person) for person in region_signatories(territory)}
        if region_reference or region_date
        else set()
    )
    for name, people in by_organisation(territory.signataires):
        if any(id(person) in region_people for person in people):
            continue
        reference = next((s.deliberation_reference for s in people if s.deliberation_reference), "")
        when_date = next((s.deliberation_date for s in people if s.deliberation_date), None)
        if not reference and when_date is None:
            continue
        if (
            region_key is not None
            and reference
            and fold(_deliberation_words(reference)) == region_key
        ):
            continue  # the Région's own deliberation is already cited
        when = f" en date du {format_date_long(when_date)}" if when_date else ""
        clauses.append(
            f"Vu {_deliberation_words(reference)} {of(clean_text(name).strip())}{when} "
            f"autorisant la signature {du_present} ;"
        )
    return [typography(clause) for clause in clauses]
