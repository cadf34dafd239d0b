"""The texts of the contract's articles: what the territory wrote, else the canvas's wording.

Each article is a list of paragraphs, already typeset (no-break spaces before « ; »,
« : »…). A text typed in the program (préambule, présentation, stratégie, gouvernance)
is split into its paragraphs; where none was typed, the canvas's default stands in,
written from the territory's own data (its intercommunalités, départements, Régions,
axes and fiches), so a draft contract always reads as a whole and never refers to
something absent (a diagnostic nobody wrote, indicators there are none of). A legal
item the data lacks (a referent, the chef de projet) is a blank to fill.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from ti_desktop.db.vocabulary import GroupeSignataire, Phase, TypeDocument, fold
from ti_desktop.services.documents.clauses import intercommunality_names, signing_regions
from ti_desktop.services.documents.formatting import (
    BLANK,
    clean_text,
    paragraphs,
    percent,
    typography,
)
from ti_desktop.services.documents.grammar import (
    count_fiches,
    join_french,
    number_in_words,
    of,
    with_article,
)
from ti_desktop.services.documents.places import departements_phrase
from ti_desktop.services.financing import share
from ti_desktop.services.french_format import format_euros
from ti_desktop.services.records import ContractRecord, TerritoryRecord


@dataclass(frozen=True)
class Nature:
    """How the document names itself (« contrat », « le présent contrat »…)."""

    noun: str
    le_present: str
    du_present: str


NATURES = {
    kind: Nature(noun, f"le présent {noun}", f"du présent {noun}")
    for kind, noun in (
        (TypeDocument.CONTRAT, "contrat"),
        (TypeDocument.PROTOCOLE, "protocole d'accord"),
        (TypeDocument.AVENANT, "avenant"),
    )
}

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


@dataclass(frozen=True)
class PlanFigures:
    """The figures the articles quote: fiches, money, axes retained, indicators."""

    fiches: int
    total_cost: Decimal
    acquired: Decimal
    axes: tuple[str, ...] = ()  # the axes that carry fiches, in order
    indicators: int = 0


def _count(number: int, singular: str, plural: str) -> str:
    """« un axe », « quatre axes » (numbers in words, as contracts write them)."""
    word = number_in_words(number)
    if number == 1:
        return f"{'une' if singular.startswith('fiche') else 'un'} {singular}"
    return f"{word} {plural}"


def _territory_sentence(territory: TerritoryRecord) -> str:
    """« le territoire « X », qui réunit la CC A et la CC B, » — its own make-up."""
    name = clean_text(territory.nom)
    epcis = intercommunality_names(territory)
    if not epcis:
        return f"le territoire « {name} »"
    return f"le territoire « {name} », qui réunit {join_french([with_article(e) for e in epcis])}"


def _default_preamble(territory: TerritoryRecord, noun: str, figures: PlanFigures) -> list[str]:
    phase_two = fold(territory.phase or "") == fold(Phase.PHASE_2.value)
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
        "par un chef de projet."
    )
    this = f"Le présent {noun} traduit cette démarche pour {_territory_sentence(territory)}"
    if figures.fiches and figures.axes:
        this += (
            f" : il retient {_count(len(figures.axes), 'axe stratégique', 'axes stratégiques')}"
            f" et {_count(figures.fiches, 'fiche-action', 'fiches-actions')}."
        )
    else:
        this += "."
    return [launch, second, principles, this]


def _perimeter(territory: TerritoryRecord) -> str:
    """Who the territory gathers, where it lies."""
    name = clean_text(territory.nom)
    epcis = intercommunality_names(territory)
    if len(epcis) > 1:
        gathers = (
            f" réunit {number_in_words(len(epcis))} intercommunalités : "
            f"{join_french([with_article(e) for e in epcis])}"
        )
    elif epcis:
        gathers = f" est constitué {of(epcis[0])}"
    else:
        gathers = ""
    sentence = f"Le territoire d'industrie « {name} »{gathers}."
    places = departements_phrase(clean_text(territory.departements))
    regions = signing_regions(territory)
    if len(regions) > 1:
        in_regions = f"dans les Régions {join_french(regions)}"
    else:
        in_regions = f"en Région {regions[0]}" if regions else ""
    if places:
        sentence += f" Il s'étend sur {places}" + (f", {in_regions}." if in_regions else ".")
    elif in_regions:
        sentence += f" Il se situe {in_regions}."
    return sentence


def _plan(figures: PlanFigures) -> str:
    if not figures.fiches:
        return "Aucune fiche-action n'est encore inscrite au plan d'actions."
    indicators = " et ses indicateurs" if figures.indicators else ""
    return (
        f"Le plan d'actions comprend {count_fiches(figures.fiches)}, pour un coût total de "
        f"{format_euros(figures.total_cost)} HT, dont {format_euros(figures.acquired)} de "
        f"financements acquis ({percent(share(figures.acquired, figures.total_cost))}). Il "
        "est présenté ci-dessous par fiche ; chaque fiche-action figure en annexe avec son "
        f"plan de financement{indicators}."
    )


def _strategy(contract: ContractRecord, figures: PlanFigures) -> list[str]:
    typed = paragraphs(contract.strategie)
    if typed:
        return typed
    if not figures.axes:
        return [
            "Les axes stratégiques du territoire seront arrêtés avec les premières "
            "fiches-actions du plan d'actions."
        ]
    axes = _count(len(figures.axes), "axe stratégique", "axes stratégiques")
    attached = "auquel se rattache" if len(figures.axes) == 1 else "auxquels se rattachent"
    if figures.fiches == 1:
        attached = attached.replace("se rattachent", "se rattache") + " la fiche-action"
    else:
        attached += f" les {_count(figures.fiches, 'fiche-action', 'fiches-actions')}"
    return [f"Les signataires retiennent {axes}, {attached} du plan d'actions."]


def _governance(
    territory: TerritoryRecord, contract: ContractRecord, figures: PlanFigures
) -> list[str]:
    elu = clean_text(territory.elu_referent).strip() or f"{BLANK} (élu référent)"
    industriel = (
        clean_text(territory.industriel_referent).strip() or f"{BLANK} (industriel référent)"
    )
    follow_up = (
        "Le comité de suivi examine l'avancement des actions, leurs financements et les "
        "indicateurs de suivi ci-dessous ; il propose les ajustements du plan d'actions."
        if figures.indicators
        else "Le comité de suivi examine l'avancement des actions et leurs financements ; il "
        "arrête les indicateurs de suivi de chaque action et propose les ajustements du plan "
        "d'actions."
    )
    chef = clean_text(territory.chef_projet_nom).strip() or BLANK
    contact = ", ".join(
        p
        for p in (
            clean_text(territory.chef_projet_email).strip(),
            clean_text(territory.chef_projet_telephone).strip(),
        )
        if p
    )
    return [
        f"La démarche est pilotée localement par un binôme élu–industriel : {elu} et "
        f"{industriel}. Ce binôme préside le comité de projet, qui devient le comité de "
        "suivi à la signature et réunit au moins une fois par an l'ensemble des signataires.",
        f"Le chef de projet, {chef}"
        + (f" ({contact})" if contact else "")
        + ", anime la démarche, prépare les comités et tient à jour le plan d'actions.",
        follow_up
        + " Le comité régional de pilotage, réunissant la Région et l'État, en est tenu informé.",
        *paragraphs(contract.gouvernance),
    ]


def article_texts(
    territory: TerritoryRecord,
    contract: ContractRecord,
    kind: TypeDocument,
    figures: PlanFigures,
) -> dict[str, list[str]]:
    """Paragraphs of each article, by name (``textes`` of the templates)."""
    nature = NATURES[kind]
    name = clean_text(territory.nom)
    le_present = nature.le_present[0].upper() + nature.le_present[1:]
    objet = [
        f"{le_present} a pour objet de formaliser la stratégie industrielle du territoire "
        f"« {name} », le plan d'actions qui la met en œuvre et les engagements réciproques "
        "des signataires pour sa réalisation.",
    ]
    if figures.fiches:
        objet.append(
            "Les fiches-actions annexées en font partie intégrante ; elles précisent pour "
            "chaque action son maître d'ouvrage, son calendrier, son coût et son plan de "
            "financement."
        )
    if kind == TypeDocument.PROTOCOLE:
        objet.append(
            "Ce protocole d'accord préfigure le contrat du territoire d'industrie, qui le "
            "complétera une fois les actions et leurs financements stabilisés."
        )
    present = {fold(s.groupe) for s in territory.signataires}
    engagements = [text for group, text in _ENGAGEMENTS.items() if fold(group.value) in present]
    engagements.append(
        "Les montants figurant dans les fiches-actions sont indicatifs : seuls les "
        "financements au statut « Acquis » sont considérés comme engagés à la date "
        f"{nature.du_present}. Les autres restent soumis aux décisions des instances de "
        "chaque financeur."
    )
    end = contract.annee_fin
    duree = [
        f"{le_present} prend effet à la date de sa signature par l'ensemble des "
        + (
            f"signataires et court jusqu'au 31 décembre {end}."
            if end
            else f"signataires et court jusqu'au 31 décembre {BLANK}."
        )
    ]
    modification = [
        f"{le_present} peut être modifié par voie d'avenant, à l'initiative de l'un des "
        "signataires, après examen par le comité de suivi. L'ajout, le retrait ou la mise à "
        "jour d'une fiche-action validés par le comité de suivi ne nécessitent pas d'avenant.",
        f"Chaque signataire peut se retirer {nature.du_present} par lettre recommandée avec "
        "accusé de réception adressée aux autres signataires, avec un préavis de trois mois. "
        "Le retrait d'un signataire n'affecte pas les engagements des autres.",
    ]
    litiges = [
        "Les signataires s'efforcent de régler à l'amiable, au sein du comité de suivi, tout "
        f"différend relatif à l'interprétation ou à l'exécution {nature.du_present}.",
        "À défaut d'accord dans un délai de deux mois à compter de la saisine du comité de "
        "suivi par l'un d'eux, le différend est porté devant le tribunal administratif "
        "territorialement compétent.",
    ]
    presentation = [_perimeter(territory), *paragraphs(contract.presentation_territoire)]
    texts = {
        "preambule": paragraphs(contract.preambule)
        or _default_preamble(territory, nature.noun, figures),
        "objet": objet,
        "presentation": presentation,
        "strategie": _strategy(contract, figures),
        "plan": [_plan(figures)],
        "engagements": engagements,
        "gouvernance": _governance(territory, contract, figures),
        "duree": duree,
        "modification": modification,
        "litiges": litiges,
    }
    return {article: [typography(p) for p in items] for article, items in texts.items()}
