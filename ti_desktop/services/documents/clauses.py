"""The parties' wording and the legal clauses of the contract.

The parties: one line per organisation, as signed contracts write them (« La Région Pays
de la Loire, représentée par sa présidente, Mme X », « L'État, représenté par M. Y,
préfet de la Vendée »), grouped as the national canvas does (ENTRE the
intercommunalités, ET the public partners, AINSI QUE the economic partners), and one
signature block per person. The « Vu » clauses cite the Région's deliberation and each
collectivity's; a deliberation not recorded is a blank to fill, never left out.

A person is named with the « Civilité » field (« M. », « Mme ») before the name. Names
typed before that field existed carry the civility inside (« M. Laurent Verdier »):
it is read from there, and never written twice. A missing name or civility is a
visible blank (``BLANK``, « M./Mme »): ``missing_items`` lists them before generation.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from ti_desktop.db.models import Signataire
from ti_desktop.db.vocabulary import Civilite, GroupeSignataire, fold, parse_civility
from ti_desktop.services.documents.formatting import (
    BLANK,
    clean_text,
    field_texts,
    typography,
)
from ti_desktop.services.documents.grammar import (
    capitalized,
    function_gender,
    function_in_sentence,
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

UNKNOWN_CIVILITY = "M./Mme"
"""Printed before a name whose civility is not recorded: the signatory strikes one."""

_GROUP_WORDING = {
    GroupeSignataire.INTERCOMMUNALITES: ("intercommunalités", "Intercommunalités"),
    GroupeSignataire.PARTENAIRES_PUBLICS: ("partenaires publics", "Partenaires publics"),
    GroupeSignataire.PARTENAIRES_ECONOMIQUES: (
        "partenaires économiques et industriels",
        "Partenaires économiques et industriels",
    ),
}
_PARTY_WORDS = ("ENTRE", "ET", "AINSI QUE")
# Functions that name what they head (« préfet de la Vendée », « directeur régional de
# la Banque des Territoires ») follow the name; the organisation's own office holders
# come first with a possessive (« sa présidente, Mme X »).
_NAMED_FIRST = (" de ", " du ", " des ", " d'", " d’", ",", "(", "charge")


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


def person_in_document(signatory: Signatory) -> str:
    """The person as a contract names them: a missing civility or name is a blank to fill."""
    civility, name = civility_and_name(signatory)
    if not name:
        return BLANK
    return f"{civility or UNKNOWN_CIVILITY} {name}"


def _is_feminine(signatory: Signatory) -> bool:
    gender = function_gender(signatory.fonction or "")
    if gender is not None:
        return gender == "f"
    return civility_and_name(signatory)[0] == Civilite.MADAME


def _named_first(organisation: str, function: str) -> bool:
    folded = fold(function)
    return fold(organisation) == "etat" or any(mark in folded for mark in _NAMED_FIRST)


def _person_phrase(organisation: str, signatory: Signatory) -> str:
    """« sa présidente, Mme A », « M. B, préfet de l'Aube », or the person alone."""
    function = function_in_sentence(" ".join(clean_text(signatory.fonction).split()))
    person = person_in_document(signatory)
    if not function:
        return person
    if _named_first(organisation, function):
        return f"{person}, {function}"
    return f"{possessive(function, feminine=_is_feminine(signatory))} {function}, {person}"


def _people_phrase(phrases: list[str]) -> str:
    """« par A » / « par A, et par B, préfète » — an apposition is closed by a comma."""
    text = ""
    for index, phrase in enumerate(phrases):
        if index:
            last = index == len(phrases) - 1
            previous = phrases[index - 1]
            text += ("," if "," in previous or not last else "") + (" et " if last else " ")
        text += "par " + phrase
    return text


def representation(organisation: str, people: Sequence[Signatory]) -> str:
    """``La Région X, représentée par sa présidente, Mme A, et par M. B, vice-président…``."""
    name = clean_text(organisation).strip()
    label = organisation_label(name)
    phrases = [_person_phrase(name, s) for s in people] or [BLANK]
    return f"{label}, {represented_word(label)} {_people_phrase(phrases)}"


def signature_block(signatory: Signatory) -> Context:
    """One person who signs: every field, « Pour … », the civility and the name.

    A missing function or name is a blank to fill (``BLANK``), never a dash.
    """
    civility, name = civility_and_name(signatory)
    organisation = clean_text(signatory.organisme).strip()
    function = " ".join(clean_text(signatory.fonction).split())
    return {
        **field_texts(SIGNATAIRE, signatory, empty=""),
        "groupe": signatory.groupe,
        "organisme": organisation,
        "pour": pour(organisation),
        "civilite": civility,
        "nom": name,
        "fonction": capitalized(function) if function else BLANK,
        "representant": person_in_document(signatory),
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
        groups.append(
            {
                "cle": key,
                "libelle": title,
                "mot": _PARTY_WORDS[min(position, 2)],
                "designation": f"ci-après, les « {short} » ;",
                "organismes": organisations,
                "signataires": [s for o in organisations for s in o["signataires"]],
            }
        )
    # « d'une part » only when an « autre part » follows.
    if len(groups) >= 2:
        groups[0]["designation"] += " d'une part,"
        groups[1]["designation"] += " d'autre part,"
    for group in groups:
        group["designation"] = typography(group["designation"])
    return groups


# --- « Vu » clauses --------------------------------------------------------------------------

_COLLECTIVITIES = {"region", "departement", "commune", "ville", "collectivite", "syndicat"}
_COUNCILS = {"regional", "departemental", "municipal", "communautaire", "metropolitain"}


@dataclass(frozen=True)
class Deliberation:
    """An act a « Vu » clause cites: whose, which, when ("" / None: a blank to fill)."""

    organisation: str
    reference: str
    when: date | None
    body: str  # « du Conseil régional Grand Est », « du conseil communautaire de … »
    approves: bool  # the Région approves the terms; the others authorise the signature
    required: bool  # a collectivity must deliberate; others are cited when recorded
    on_contract: bool = False  # the territory's Région: recorded on the contract

    @property
    def complete(self) -> bool:
        """Both the number and the date are recorded."""
        return bool(self.reference) and self.when is not None


def _deliberation_words(reference: str) -> str:
    """``Délibération n° 24-32`` → ``la délibération n° 24-32``; "" → a blank number."""
    text = clean_text(reference).strip()
    folded = fold(text)
    if folded.startswith("deliberation"):
        text = text[len("délibération") :].strip()
        folded = fold(text)
    if not text:
        return f"la délibération n° {BLANK}"
    if folded.startswith(("n°", "no ", "n ", "nº")):
        return f"la délibération {text}"
    return f"la délibération n° {text}"


def _region_short(region: str) -> str:
    """``Région Grand Est`` → ``Grand Est`` (the Conseil régional's name)."""
    if fold(region).startswith("region "):
        return region.split(" ", 1)[1]
    return region


def _is_region(organisation: str) -> bool:
    return fold(organisation).startswith(("region ", "conseil regional"))


def is_region_organisation(organisme: str, region: str = "") -> bool:
    """Whether an organisation is the Région (« Région Grand Est », « Conseil régional »)."""
    key = fold(organisme)
    named = bool(region.strip()) and key in (fold(region), fold(f"Région {region}"))
    return named or _is_region(organisme)


def region_signatories(territory: TerritoryRecord) -> list[Any]:
    """The public partners that are the Région itself (its deliberation is the contract's)."""
    return [
        person
        for person in territory.signataires
        if person.groupe == GroupeSignataire.PARTENAIRES_PUBLICS.value
        and is_region_organisation(person.organisme, territory.region)
    ]


def needs_deliberation(group: str, organisation: str) -> bool:
    """Whether the signatory is a collectivity, whose council must authorise the signature."""
    if fold(group) == fold(GroupeSignataire.INTERCOMMUNALITES.value):
        return True
    words = fold(organisation).split()
    if not words:
        return False
    if words[0] == "conseil" and len(words) > 1:
        return words[1] in _COUNCILS
    return words[0] in _COLLECTIVITIES


def _council(group: str, organisation: str) -> str:
    """« du conseil communautaire de la CC X », « du Département de l'Aube »."""
    name = clean_text(organisation).strip()
    if _is_region(name):
        return f" du Conseil régional {_region_short(name)}"
    if fold(group) == fold(GroupeSignataire.INTERCOMMUNALITES.value) and not has_own_council(name):
        first = fold(name).split()[:1]
        council = (
            "conseil métropolitain"
            if first in (["metropole"], ["eurometropole"])
            else ("conseil communautaire")
        )
        return f" du {council} {of(name)}"
    return f" {of(name)}"


def has_own_council(organisation: str) -> bool:
    """A name that already names the council (« Conseil départemental de l'Aube »)."""
    return fold(organisation).startswith("conseil ")


def _first(people: Sequence[Signatory], attribute: str) -> Any:
    return next((getattr(s, attribute) for s in people if getattr(s, attribute)), None)


def deliberations(territory: TerritoryRecord, contract: ContractRecord) -> list[Deliberation]:
    """The Région's deliberation, then each organisation's, in signing order.

    The Région of the territory approves the contract (its fields on the contract, else
    on its signatory); every collectivity authorises the signature (required); other
    signatories are cited when a deliberation is recorded for them.
    """
    region_name = clean_text(territory.region).strip()
    organisations = by_organisation(territory.signataires)
    own_region = next(
        (
            (name, people)
            for name, people in organisations
            if _is_region(name) and region_name and fold(region_name) in fold(name)
        ),
        None,
    )
    region_people = own_region[1] if own_region else []
    region_label = own_region[0] if own_region else f"Région {region_name}"
    found: list[Deliberation] = []
    region_reference = ""
    if region_name or own_region:
        region_reference = clean_text(contract.deliberation_region_reference).strip() or (
            clean_text(_first(region_people, "deliberation_reference") or "").strip()
        )
        found.append(
            Deliberation(
                organisation=clean_text(region_label).strip(),
                reference=region_reference,
                when=contract.deliberation_region_date
                or _first(region_people, "deliberation_date"),
                body=f" du Conseil régional {_region_short(region_name or region_label)}",
                approves=True,
                required=True,
                on_contract=True,
            )
        )
    region_key = fold(_deliberation_words(region_reference)) if region_reference else None
    for name, people in organisations:
        if own_region is not None and name == own_region[0]:
            continue
        reference = clean_text(_first(people, "deliberation_reference") or "").strip()
        when = _first(people, "deliberation_date")
        group = people[0].groupe
        required = needs_deliberation(group, name)
        if not required and not reference and when is None:
            continue
        if (
            region_key is not None
            and reference
            and fold(_deliberation_words(reference)) == (region_key)
        ):
            continue  # the Région's own deliberation is already cited
        found.append(
            Deliberation(
                organisation=clean_text(name).strip(),
                reference=reference,
                when=when,
                body=_council(group, name),
                approves=_is_region(name),
                required=required,
            )
        )
    # The Régions approve the contract: their deliberations come first.
    found.sort(key=lambda act: not act.approves)
    return found


def vu_clauses(territory: TerritoryRecord, contract: ContractRecord, du_present: str) -> list[str]:
    """The program, the Région's deliberation, then each organisation's, typeset.

    A number or a date not recorded is a blank to fill (« n° ………… », « en date du ………… »).
    """
    clauses = [
        "Vu le programme national « Territoires d'industrie » lancé lors du Conseil national "
        "de l'industrie du 22 novembre 2018 ;"
    ]
    for act in deliberations(territory, contract):
        when = format_date_long(act.when) if act.when else BLANK
        purpose = "approuvant les termes" if act.approves else "autorisant la signature"
        clauses.append(
            f"Vu {_deliberation_words(act.reference)}{act.body} en date du {when} "
            f"{purpose} {du_present} ;"
        )
    return [typography(clause) for clause in clauses]


def signing_regions(territory: TerritoryRecord) -> list[str]:
    """The territory's Région, then any other Région that signs (an interregional territory)."""
    regions = [clean_text(territory.region).strip()] if clean_text(territory.region).strip() else []
    for name, _people in by_organisation(territory.signataires):
        short = _region_short(clean_text(name).strip())
        if _is_region(name) and fold(short) not in {fold(r) for r in regions}:
            regions.append(short)
    return regions


def exemplaires(territory: TerritoryRecord) -> int:
    """One original per signing organisation."""
    return len(by_organisation(territory.signataires))
