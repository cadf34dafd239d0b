"""The data offered to Word templates, already written the French way.

``contract_context(territory)`` turns a fully loaded territory into plain dicts, lists
and strings: amounts as ``1 234 567 €``, dates as ``25 octobre 2022``, the parties'
wording (« représentée par son Président M. X et sa 1ère Vice-Présidente Mme Y »),
default texts where the territory wrote none. Templates only place these values; they
never compute or format. Every name offered here is documented in ``docs/modeles.md``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date
from decimal import Decimal
from typing import Any

from ti_desktop.db.models import (
    Axe,
    Contrat,
    EnjeuLocal,
    FicheAction,
    Financeur,
    Indicateur,
    LigneFinancement,
    Signataire,
    StatutFinancement,
    Territoire,
)
from ti_desktop.db.vocabulary import (
    CategorieFinancement,
    GroupeSignataire,
    Phase,
    TypeDocument,
    fold,
)
from ti_desktop.services.financing import ZERO, share, summarize_fiche
from ti_desktop.services.french_format import (
    NBSP,
    format_date_long,
    format_euros,
    format_number,
)

Context = dict[str, Any]
DASH = "—"

_TITLES = {
    TypeDocument.CONTRAT: "CONTRAT DU TERRITOIRE D'INDUSTRIE",
    TypeDocument.PROTOCOLE: "PROTOCOLE D'ACCORD DU TERRITOIRE D'INDUSTRIE",
    TypeDocument.AVENANT: "AVENANT AU CONTRAT DU TERRITOIRE D'INDUSTRIE",
}
# (noun, "le présent …", "du présent …")
_NATURES = {
    TypeDocument.CONTRAT: ("contrat", "le présent contrat", "du présent contrat"),
    TypeDocument.PROTOCOLE: (
        "protocole d'accord",
        "le présent protocole d'accord",
        "du présent protocole d'accord",
    ),
    TypeDocument.AVENANT: ("avenant", "le présent avenant", "du présent avenant"),
}
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

# First words of a function that are feminine ("sa Présidente"); "Maire" or
# "Secrétaire" say nothing, so the civility decides.
_FEMININE_WORDS = {
    "presidente", "vice-presidente", "prefete", "sous-prefete", "directrice",
    "deleguee", "conseillere", "adjointe", "premiere", "1ere", "1re", "gerante",
    "administratrice", "rectrice", "cheffe", "co-presidente", "fondatrice",
}  # fmt: skip
_MASCULINE_WORDS = {
    "president", "vice-president", "prefet", "sous-prefet", "directeur", "delegue",
    "conseiller", "adjoint", "premier", "1er", "gerant", "administrateur", "recteur",
    "chef", "co-president", "fondateur",
}  # fmt: skip
_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


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


_BEFORE_PUNCTUATION = re.compile(r" ([;:!?»])")
_AFTER_GUILLEMET = re.compile(r"« ")


def typography(text: str) -> str:
    """No-break spaces before ``; : ! ? »`` and after ``«``, so they never start a line."""
    return _AFTER_GUILLEMET.sub("«" + NBSP, _BEFORE_PUNCTUATION.sub(NBSP + r"\1", text))


def paragraphs(text: str | None) -> list[str]:
    """Split a text on blank lines; single line ends stay (rendered as line breaks)."""
    cleaned = clean_text(text).strip()
    if not cleaned:
        return []
    return [typography(part.strip()) for part in re.split(r"\n\s*\n", cleaned) if part.strip()]


def euros(value: Decimal | None) -> str:
    """``1 234 567 €`` or a dash."""
    return format_euros(value) if value is not None else DASH


def long_date(value: date | None) -> str:
    """``25 octobre 2022`` or a dash."""
    return format_date_long(value) if value is not None else DASH


def percent(ratio: Decimal | None) -> str:
    """A share of cost as ``18,5 %`` (no decimal when round), or a dash."""
    if ratio is None:
        return DASH
    text = format_number(ratio * 100, 1)
    if text.endswith(",0"):
        text = text[:-2]
    return text + NBSP + "%"


def quantity(value: Decimal | None) -> str:
    """A target or achieved value as ``1 200`` or ``6,5``, or a dash."""
    return format_number(value) if value is not None else DASH


def _document_kind(contract: Contrat | None) -> TypeDocument:
    if contract is None:
        return TypeDocument.CONTRAT
    for kind in TypeDocument:
        if fold(kind.value) == fold(contract.type_document):
            return kind
    return TypeDocument.CONTRAT


def _is_feminine(signatory: Signataire) -> bool:
    words = fold(signatory.fonction).replace(",", " ").split()
    for word in words[:2]:
        if word in _FEMININE_WORDS:
            return True
        if word in _MASCULINE_WORDS:
            return False
    return _civility_feminine(signatory)


def _civility_feminine(signatory: Signataire) -> bool:
    first = fold(signatory.representant).split(" ", 1)[0] if signatory.representant else ""
    return first in {"mme", "madame", "mlle", "mademoiselle"}


def _possessive(signatory: Signataire) -> str:
    """The possessive agreeing with the function ("son Adjointe" before a vowel)."""
    if not _is_feminine(signatory):
        return "son"
    first_letter = fold(signatory.fonction)[:1]
    return "son" if first_letter in set("aeiouyh") else "sa"


def _person_phrase(signatory: Signataire) -> str:
    fonction = clean_text(signatory.fonction).strip()
    person = clean_text(signatory.representant).strip()
    if fonction and person:
        separator = ", " if "," in fonction else " "
        return f"{_possessive(signatory)} {fonction}{separator}{person}"
    if fonction:
        return f"{_possessive(signatory)} {fonction}"
    return person


_FEMININE_NOUNS = {
    "communaute", "metropole", "region", "collectivite", "chambre", "cci", "caisse",
    "banque", "agence", "association", "societe", "universite", "federation", "union",
    "direction", "prefecture", "maison", "ville", "commune", "eurometropole",
}  # fmt: skip
_MASCULINE_NOUNS = {
    "etat", "departement", "syndicat", "pole", "pays", "conseil", "groupement",
    "etablissement", "petr", "office", "centre", "campus", "groupe", "cluster", "parc",
    "lycee", "college", "institut", "comite", "club", "reseau", "port", "gip", "medef",
}  # fmt: skip


def _noun_gender(organisation: str) -> str | None:
    """Grammatical gender ``f``/``m`` (or None) from the first word (« Communauté … »)."""
    words = fold(organisation).replace("'", " ").split()
    if words and words[0] in {"la", "le", "l"} and len(words) > 1:
        words = words[1:]
    if not words:
        return None
    if words[0] in _FEMININE_NOUNS:
        return "f"
    if words[0] in _MASCULINE_NOUNS:
        return "m"
    return None


def _article(organisation: str) -> str:
    """The definite article the name takes, lower case ("la ", "le ", "l'" or "")."""
    folded = fold(organisation)
    if folded.startswith(("la ", "le ", "l'")):
        return ""
    gender = _noun_gender(organisation)
    if gender is None:
        return ""
    if folded[:1] in set("aeiouyh"):
        return "l'"
    return "la " if gender == "f" else "le "


def _organisation_label(organisation: str) -> str:
    """The name as it opens a line: « La Communauté de communes X », « L'État »."""
    name = "État" if fold(organisation) == "etat" else organisation
    with_article = _article(name) + name
    return with_article[:1].upper() + with_article[1:]


def _of(organisation: str) -> str:
    """« de la Communauté … », « du Département … », « de l'État », « de Bpifrance »."""
    name = "État" if fold(organisation) == "etat" else organisation
    article = _article(name)
    if not article:
        folded = fold(name)
        if folded.startswith("le "):
            return "du " + name[3:]
        if folded.startswith(("la ", "l'")):
            return "de " + name[0].lower() + name[1:]
        return "de " + name
    return ("du " if article == "le " else "de " + article) + name


def _pour(organisation: str) -> str:
    """« Pour la Région Grand Est », « Pour l'État »."""
    name = "État" if fold(organisation) == "etat" else organisation
    label = _article(name) + name
    if fold(label).startswith(("la ", "le ", "l'")):
        label = label[0].lower() + label[1:]
    return "Pour " + label


def _represented_word(organisation: str) -> str:
    return "représenté" if _noun_gender(organisation) == "m" else "représentée"


def _join_french(items: list[str]) -> str:
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " et " + items[-1]


def representation(organisation: str, people: list[Signataire]) -> str:
    """``X, représentée par son Président M. A et sa 1ère Vice-Présidente Mme B``."""
    label = _organisation_label(clean_text(organisation).strip())
    phrases = [p for p in (_person_phrase(s) for s in people) if p]
    if not phrases:
        return label
    return f"{label}, {_represented_word(label)} par {_join_french(phrases)}"


def _signatory_dict(signatory: Signataire) -> Context:
    return {
        "organisme": clean_text(signatory.organisme).strip(),
        "pour": _pour(clean_text(signatory.organisme).strip()),
        "representant": or_dash(signatory.representant),
        "fonction": clean_text(signatory.fonction).strip(),
        "groupe": signatory.groupe,
        "email": clean_text(signatory.email).strip(),
        "deliberation_reference": clean_text(signatory.deliberation_reference).strip(),
        "deliberation_date": format_date_long(signatory.deliberation_date),
    }


def _group_rank(signatory: Signataire) -> int:
    groups = [fold(g.value) for g in GroupeSignataire]
    key = fold(signatory.groupe)
    return groups.index(key) if key in groups else len(groups)


def _by_organisation(signatories: Iterable[Signataire]) -> list[tuple[str, list[Signataire]]]:
    """Co-representatives together; organisations by group, then by their first signatory."""
    grouped: dict[str, tuple[str, list[Signataire]]] = {}
    for signatory in sorted(signatories, key=lambda s: (_group_rank(s), s.ordre or 0)):
        key = fold(signatory.organisme)
        grouped.setdefault(key, (signatory.organisme, []))[1].append(signatory)
    return list(grouped.values())


def _groups(territory: Territoire) -> list[Context]:
    # The three groups of the canvas, then any other label met in the data, so that
    # no signatory is ever left out of the document.
    buckets: list[tuple[str, str, str, list[Signataire]]] = [
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
                "signataires": [_signatory_dict(s) for s in people],
            }
            for name, people in _by_organisation(members)
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


def _vu_clauses(territory: Territoire, contract: Contrat | None, du_present: str) -> list[str]:
    clauses = [
        "Vu le programme national « Territoires d'industrie » lancé lors du Conseil national "
        "de l'industrie du 22 novembre 2018 ;"
    ]
    region_reference = contract.deliberation_region_reference if contract else ""
    region_date = contract.deliberation_region_date if contract else None
    region_name = clean_text(territory.region).strip()
    if region_reference or region_date:
        region = f" du Conseil régional {_region_short(region_name)}" if region_name else ""
        when = f" en date du {format_date_long(region_date)}" if region_date else ""
        clauses.append(
            f"Vu {_deliberation_words(region_reference)}{region}{when} "
            f"approuvant les termes {du_present} ;"
        )
    region_key = fold(_deliberation_words(region_reference)) if region_reference else None
    for name, people in _by_organisation(territory.signataires):
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
            f"Vu {_deliberation_words(reference)} {_of(clean_text(name).strip())}{when} "
            f"autorisant la signature {du_present} ;"
        )
    return clauses


def _region_short(region: str) -> str:
    """``Région Grand Est`` → ``Grand Est`` (the Conseil régional's name)."""
    if fold(region).startswith("region "):
        return region.split(" ", 1)[1]
    return region


def _financing_line(line: LigneFinancement, cost: Decimal | None) -> Context:
    refused = line.statut.categorie == CategorieFinancement.REFUSE.value
    return {
        "financeur": clean_text(line.financeur.libelle),
        "dispositif": or_dash(line.dispositif),
        "montant": euros(line.montant),
        "statut": clean_text(line.statut.libelle),
        "categorie": line.statut.categorie,
        "est_refuse": refused,
        "part": percent(share(line.montant, cost)),
    }


def _indicator(indicator: Indicateur) -> Context:
    return {
        "nom": or_dash(indicator.nom),
        "unite": or_dash(indicator.unite),
        "valeur_cible": quantity(indicator.valeur_cible),
        "echeance": long_date(indicator.echeance),
        "valeur_atteinte": quantity(indicator.valeur_atteinte),
    }


def _calendar(start: date | None, end: date | None) -> str:
    if start and end:
        return f"du {format_date_long(start)} au {format_date_long(end)}"
    if start:
        return f"à partir du {format_date_long(start)}"
    if end:
        return f"jusqu'au {format_date_long(end)}"
    return DASH


def fiche_context(fiche: FicheAction) -> Context:
    """One fiche-action with its financing plan and indicators, formatted."""
    summary = summarize_fiche(fiche)
    cost = fiche.cout_total_ht
    return {
        "numero": clean_text(fiche.numero),
        "intitule": or_dash(fiche.intitule),
        "axe": or_dash(fiche.axe.libelle if fiche.axe else ""),
        "enjeu_local": or_dash(fiche.enjeu_local),
        "maitre_ouvrage": or_dash(fiche.maitre_ouvrage),
        "contact": or_dash(fiche.contact),
        "description": or_dash(fiche.description),
        "objectifs": or_dash(fiche.objectifs),
        "partenaires": or_dash(fiche.partenaires),
        "localisation": or_dash(fiche.localisation),
        "date_debut": long_date(fiche.date_debut),
        "date_fin": long_date(fiche.date_fin),
        "calendrier": _calendar(fiche.date_debut, fiche.date_fin),
        "cout_total": euros(cost),
        "avancement": or_dash(fiche.avancement.libelle if fiche.avancement else ""),
        "demande_simplification": clean_text(fiche.demande_simplification).strip(),
        "financements": [_financing_line(line, cost) for line in fiche.financements],
        "total_financements": format_euros(summary.total_prevu),
        "part_financee": percent(summary.part_financee),
        "acquis": format_euros(summary.acquis),
        "part_acquise": percent(summary.part_acquise),
        "reste_a_financer": format_euros(summary.reste_a_financer) if cost is not None else DASH,
        "part_reste": percent(share(summary.reste_a_financer, cost)),
        "est_sur_finance": summary.est_sur_finance,
        "sur_financement": format_euros(summary.sur_financement),
        "indicateurs": [_indicator(i) for i in fiche.indicateurs],
    }


def _default_preamble(territory: Territoire, noun: str) -> str:
    phase_two = fold(territory.phase) == fold(Phase.PHASE_2.value)
    launch = (
        "Lancé le 22 novembre 2018 lors du Conseil national de l'industrie, le programme "
        "« Territoires d'industrie » est une stratégie de reconquête industrielle par les "
        "territoires. Il s'adresse à des intercommunalités à forte identité industrielle, "
        "souvent situées hors des grandes métropoles, et mobilise l'État, les Régions, les "
        "opérateurs publics et les entreprises autour de projets portés localement."
    )
    second = (
        "Pour la période 2023-2027, le programme est renouvelé autour de quatre enjeux : "
        "accélérer la transition écologique et énergétique, faire des territoires des "
        "écosystèmes d'innovation, lever les freins au recrutement et développer les "
        "compétences, mobiliser le foncier industriel. Il est copiloté par le préfet de "
        "région et la Région."
        if phase_two
        else "Le programme est piloté par les Régions, en lien avec l'État ; il vise à "
        "recruter, innover, attirer et simplifier au service de l'industrie."
    )
    principles = (
        "Le programme repose sur trois principes : un ciblage des territoires dont "
        "l'industrie est un moteur de l'économie locale ; une gestion décentralisée, où "
        "les élus et les industriels du territoire définissent eux-mêmes leurs priorités ; "
        "des projets issus du territoire, portés par un binôme élu–industriel et animés "
        f"par un chef de projet. Le présent {noun} traduit cette démarche pour le "
        f"territoire « {clean_text(territory.nom)} »."
    )
    return "\n\n".join((launch, second, principles))


def _territory_names(territory: Territoire) -> list[str]:
    members = [
        s for s in territory.signataires
        if fold(s.groupe) == fold(GroupeSignataire.INTERCOMMUNALITES.value)
    ]  # fmt: skip
    return [clean_text(name).strip() for name, _ in _by_organisation(members)]


_ENGAGEMENTS = {
    GroupeSignataire.INTERCOMMUNALITES: (
        "Les intercommunalités s'engagent à animer la démarche, à mobiliser leurs services "
        "et leurs compétences en matière de développement économique, et à assurer la "
        "maîtrise d'ouvrage des actions qui relèvent d'elles."
    ),
    GroupeSignataire.PARTENAIRES_PUBLICS: (
        "Les partenaires publics s'engagent à mobiliser leurs dispositifs d'intervention au "
        "service des actions du plan, dans le respect de leurs règles propres et sous réserve "
        "des décisions de leurs instances et des crédits disponibles."
    ),
    GroupeSignataire.PARTENAIRES_ECONOMIQUES: (
        "Les partenaires économiques et industriels s'engagent à participer à la gouvernance, "
        "à relayer la démarche auprès des entreprises et à contribuer aux actions qui les "
        "concernent."
    ),
}


def _texts(
    territory: Territoire, contract: Contrat | None, kind: TypeDocument, period_end: int | None
) -> dict[str, list[str]]:
    noun, le_present, du_present = _NATURES[kind]
    name = clean_text(territory.nom)
    le_present_cap = le_present[0].upper() + le_present[1:]
    objet = [
        f"{le_present_cap} a pour objet de formaliser la stratégie industrielle du territoire "
        f"« {name} », le plan d'actions qui la met en œuvre et les engagements réciproques "
        "des signataires pour sa réalisation.",
        "Les fiches-actions annexées en font partie intégrante ; elles précisent pour chaque "
        "action son maître d'ouvrage, son calendrier, son coût et son plan de financement.",
    ]
    if kind == TypeDocument.PROTOCOLE:
        objet.append(
            "Ce protocole d'accord préfigure le contrat du territoire d'industrie, qui le "
            "complétera une fois les actions et leurs financements stabilisés."
        )
    epcis = _territory_names(territory)
    perimeter = (
        f"Le territoire d'industrie « {name} » réunit "
        f"{_join_french([_article(e) + e for e in epcis])}."
        if epcis
        else f"Le territoire d'industrie « {name} »."
    )
    where = ", ".join(
        part
        for part in (
            clean_text(territory.region).strip(),
            clean_text(territory.departements).strip(),
        )
        if part
    )
    if where:
        perimeter = perimeter[:-1] + f" ({where})."
    presentation = [perimeter, *paragraphs(contract.presentation_territoire if contract else "")]
    strategie = paragraphs(contract.strategie if contract else "") or [
        "Les signataires partagent le diagnostic du territoire et retiennent les axes "
        "stratégiques ci-dessous. Chaque fiche-action du plan d'actions se rattache à l'un "
        "de ces axes."
    ]
    present = {fold(s.groupe) for s in territory.signataires}
    engagements = [text for group, text in _ENGAGEMENTS.items() if fold(group.value) in present]
    engagements.append(
        "Les montants figurant dans les fiches-actions sont indicatifs : seuls les "
        f"financements au statut « Acquis » sont considérés comme engagés à la date {du_present}."
    )
    elu = clean_text(territory.elu_referent).strip() or "l'élu référent (à désigner)"
    industriel = (
        clean_text(territory.industriel_referent).strip() or "l'industriel référent (à désigner)"
    )
    gouvernance = [
        f"La démarche est pilotée localement par un binôme élu–industriel : {elu} et "
        f"{industriel}. Ce binôme préside le comité de projet, qui devient le comité de "
        "suivi à la signature et réunit au moins une fois par an l'ensemble des signataires.",
        "Le comité de suivi examine l'avancement des actions, leurs financements et les "
        "indicateurs ci-dessous ; il propose les ajustements du plan d'actions. Le comité "
        "régional de pilotage, réunissant la Région et l'État, en est tenu informé.",
        *paragraphs(contract.gouvernance if contract else ""),
    ]
    duree = [
        f"{le_present_cap} prend effet à la date de sa signature par l'ensemble des "
        + (
            f"signataires et court jusqu'au 31 décembre {period_end}."
            if period_end
            else "signataires pour la durée du programme « Territoires d'industrie »."
        )
    ]
    modification = [
        f"{le_present_cap} peut être modifié par voie d'avenant, à l'initiative de l'un des "
        "signataires, après examen par le comité de suivi. L'ajout, le retrait ou la mise à "
        "jour d'une fiche-action validés par le comité de suivi ne nécessitent pas d'avenant.",
        f"Chaque signataire peut se retirer {du_present} par lettre "
        "adressée aux autres signataires, avec un préavis de trois mois. Le retrait d'un "
        "signataire n'affecte pas les engagements des autres.",
    ]
    preambule = paragraphs(contract.preambule if contract else "") or paragraphs(
        _default_preamble(territory, noun)
    )
    return {
        "preambule": preambule,
        "objet": objet,
        "presentation": presentation,
        "strategie": strategie,
        "engagements": engagements,
        "gouvernance": gouvernance,
        "duree": duree,
        "modification": modification,
    }


def _count_fiches(count: int) -> str:
    if count == 0:
        return "aucune fiche-action"
    return f"{count} fiche-action" if count == 1 else f"{count} fiches-actions"


def _axes(territory: Territoire, fiches: list[FicheAction]) -> list[Context]:
    axes = []
    for number, axis in enumerate(territory.axes, start=1):
        mine = [f for f in fiches if f.axe is axis]
        axes.append(
            {
                "numero": str(number),
                "libelle": clean_text(axis.libelle),
                "fiches": [
                    {"numero": clean_text(f.numero), "intitule": or_dash(f.intitule)} for f in mine
                ],
                "nombre_fiches": len(mine),
                "resume": _count_fiches(len(mine)),
            }
        )
    return axes


def territory_context(territory: Territoire) -> Context:
    """The ``territoire`` variable shared by the contract and fiche templates."""
    return {
        "nom": clean_text(territory.nom),
        "region": or_dash(territory.region),
        "departements": clean_text(territory.departements).strip(),
        "phase": clean_text(territory.phase),
        "intercommunalites": _territory_names(territory),
        "elu_referent": or_dash(territory.elu_referent),
        "industriel_referent": or_dash(territory.industriel_referent),
        "chef_projet": {
            "nom": or_dash(territory.chef_projet_nom),
            "email": clean_text(territory.chef_projet_email).strip(),
            "telephone": clean_text(territory.chef_projet_telephone).strip(),
        },
    }


def contract_context(territory: Territoire, *, today: date | None = None) -> Context:
    """Everything the contract template may use (see ``docs/modeles.md``).

    Args:
        territory: loaded with ``full_territory_options()``.
        today: the generation date (tests fix it).
    """
    today = today or date.today()
    contract = territory.contrat_courant
    kind = _document_kind(contract)
    noun, le_present, du_present = _NATURES[kind]
    fiches = territory.fiches_actives
    fiche_dicts = [fiche_context(f) for f in fiches]
    summaries = [summarize_fiche(f) for f in fiches]
    total_cost = sum((f.cout_total_ht or ZERO for f in fiches), ZERO)
    acquired = sum((s.acquis for s in summaries), ZERO)
    planned = sum((s.total_prevu for s in summaries), ZERO)
    remaining = sum((s.reste_a_financer for s in summaries), ZERO)
    start = contract.annee_debut if contract else None
    end = contract.annee_fin if contract else None
    period = f"{start}–{end}" if start and end else str(start or end or "")
    place = clean_text(contract.lieu_signature).strip() if contract else ""
    signed_on = contract.date_signature if contract else None
    fait_a = (
        f"Fait à {place or '…………………………'}, le "
        f"{format_date_long(signed_on) if signed_on else '…………………………'}"
    )
    indicators = [
        {
            **_indicator(i),
            "fiche_numero": clean_text(f.numero),
            "fiche_intitule": or_dash(f.intitule),
        }
        for f in fiches
        for i in f.indicateurs
    ]
    groups = _groups(territory)
    texts = _texts(territory, contract, kind, end)
    texts["plan"] = [
        f"Le plan d'actions comprend {_count_fiches(len(fiches))}, pour un coût total de "
        f"{format_euros(total_cost)} HT, dont {format_euros(acquired)} de financements acquis "
        f"({percent(share(acquired, total_cost))}). Il est présenté ci-dessous par fiche ; "
        "chaque fiche-action figure en annexe avec son plan de financement et ses indicateurs."
        if fiches
        else "Aucune fiche-action n'est encore inscrite au plan d'actions."
    ]
    chef = clean_text(territory.chef_projet_nom).strip()
    if chef:
        contact = ", ".join(
            p
            for p in (
                clean_text(territory.chef_projet_email).strip(),
                clean_text(territory.chef_projet_telephone).strip(),
            )
            if p
        )
        texts["gouvernance"].insert(
            1,
            f"Le chef de projet, {chef}"
            + (f" ({contact})" if contact else "")
            + ", anime la démarche, prépare les comités et tient à jour le plan d'actions.",
        )
    texts = {name: [typography(p) for p in items] for name, items in texts.items()}
    return {
        "territoire": territory_context(territory),
        "contrat": {
            "type_document": kind.value,
            "titre": _TITLES[kind],
            "nature": noun,
            "le_present": le_present,
            "du_present": du_present,
            "periode": period,
            "annee_debut": str(start) if start else "",
            "annee_fin": str(end) if end else "",
            "statut": clean_text(contract.statut) if contract else "",
            "lieu_signature": place or DASH,
            "date_signature": long_date(signed_on),
            "fait_a": fait_a,
            "deliberation_region_reference": clean_text(contract.deliberation_region_reference)
            if contract
            else "",
            "deliberation_region_date": format_date_long(
                contract.deliberation_region_date if contract else None
            ),
        },
        "vu": [typography(clause) for clause in _vu_clauses(territory, contract, du_present)],
        "groupes": groups,
        "signataires": [s for g in groups for s in g["signataires"]],
        "textes": texts,
        "axes": _axes(territory, fiches),
        "enjeux_locaux": [
            clean_text(e.libelle) for e in (contract.enjeux_locaux if contract else [])
        ],
        "fiches": fiche_dicts,
        "indicateurs": indicators,
        "totaux": {
            "nombre_fiches": str(len(fiches)),
            "resume": _count_fiches(len(fiches)),
            "cout_total": format_euros(total_cost),
            "financements_acquis": format_euros(acquired),
            "financements_prevus": format_euros(planned),
            "reste_a_financer": format_euros(remaining),
            "part_acquise": percent(share(acquired, total_cost)),
        },
        "date_generation": format_date_long(today),
    }


def single_fiche_context(
    territory: Territoire, fiche: FicheAction, *, today: date | None = None
) -> Context:
    """Everything the one-fiche template may use: ``territoire``, ``contrat``, ``fiche``."""
    full = contract_context(territory, today=today)
    return {
        "territoire": full["territoire"],
        "contrat": full["contrat"],
        "fiche": fiche_context(fiche),
        "date_generation": full["date_generation"],
    }


def sample_territory() -> Territoire:
    """A small unsaved territory exercising every field, for checking templates."""
    acquis = StatutFinancement(libelle="Acquis", position=3, categorie="acquis")
    refuse = StatutFinancement(libelle="Refusé", position=4, categorie="refuse")
    territory = Territoire(
        nom="Territoire d'essai",
        region="Grand Est",
        departements="Aube (10)",
        phase=Phase.PHASE_2.value,
        chef_projet_nom="Camille Essai",
        elu_referent="M. Élu Essai",
        industriel_referent="Mme Industrielle Essai",
    )
    axis = Axe(position=0, libelle="Mobiliser le foncier industriel")
    territory.axes = [axis]
    territory.contrats = [
        Contrat(
            type_document=TypeDocument.CONTRAT.value,
            statut="Brouillon",
            annee_debut=2024,
            annee_fin=2027,
            courant=True,
            date_signature=date(2024, 6, 28),
            lieu_signature="Troyes",
            deliberation_region_reference="24CP-1",
            deliberation_region_date=date(2024, 5, 24),
            enjeux_locaux=[EnjeuLocal(position=0, libelle="Reconquérir les friches")],
        )
    ]
    territory.signataires = [
        Signataire(groupe=g.value, organisme=o, representant=r, fonction=f, ordre=i)
        for i, (g, o, r, f) in enumerate(
            (
                (GroupeSignataire.INTERCOMMUNALITES, "CC d'essai", "M. A", "Président"),
                (GroupeSignataire.PARTENAIRES_PUBLICS, "Région Grand Est", "Mme B", "Présidente"),
                (GroupeSignataire.PARTENAIRES_ECONOMIQUES, "Usine d'essai", "M. C", "Directeur"),
            )
        )
    ]
    fiche = FicheAction(
        numero="1.1", intitule="Action d'essai", axe=axis, maitre_ouvrage="CC d'essai"
    )
    fiche.cout_total_ht = Decimal("1000")
    fiche.financements = [
        LigneFinancement(
            financeur=Financeur(libelle="État", position=0), montant=Decimal("400"), statut=acquis
        ),
        LigneFinancement(
            financeur=Financeur(libelle="Région", position=1), montant=Decimal("100"), statut=refuse
        ),
    ]
    fiche.indicateurs = [Indicateur(nom="Emplois", unite="emplois", valeur_cible=Decimal("10"))]
    territory.fiches = [fiche]
    return territory
