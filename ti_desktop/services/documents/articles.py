"""The texts of the contract's articles: what the territory wrote, else the canvas's wording.

Each article is a list of paragraphs, already typeset (no-break spaces before « ; »,
« : »…). A text typed in the program (préambule, présentation, stratégie, gouvernance)
is split on its blank lines; where none was typed, the national canvas's default
stands in, so a draft contract always reads as a whole.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from ti_desktop.db.vocabulary import GroupeSignataire, Phase, TypeDocument, fold
from ti_desktop.services.documents.clauses import intercommunality_names
from ti_desktop.services.documents.formatting import clean_text, paragraphs, percent, typography
from ti_desktop.services.documents.grammar import count_fiches, join_french, with_article
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
    """The totals the « Plan d'actions » article quotes."""

    fiches: int
    total_cost: Decimal
    acquired: Decimal


def _default_preamble(territory: TerritoryRecord, noun: str) -> str:
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
        f"par un chef de projet. Le présent {noun} traduit cette démarche pour le "
        f"territoire « {clean_text(territory.nom)} »."
    )
    return "\n\n".join((launch, second, principles))


def _perimeter(territory: TerritoryRecord) -> str:
    name = clean_text(territory.nom)
    epcis = intercommunality_names(territory)
    perimeter = (
        f"Le territoire d'industrie « {name} » réunit "
        f"{join_french([with_article(e) for e in epcis])}."
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
    return perimeter[:-1] + f" ({where})." if where else perimeter


def _plan(figures: PlanFigures) -> str:
    if not figures.fiches:
        return "Aucune fiche-action n'est encore inscrite au plan d'actions."
    return (
        f"Le plan d'actions comprend {count_fiches(figures.fiches)}, pour un coût total de "
        f"{format_euros(figures.total_cost)} HT, dont {format_euros(figures.acquired)} de "
        f"financements acquis ({percent(share(figures.acquired, figures.total_cost))}). Il "
        "est présenté ci-dessous par fiche ; chaque fiche-action figure en annexe avec son "
        "plan de financement et ses indicateurs."
    )


def _governance(territory: TerritoryRecord, contract: ContractRecord) -> list[str]:
    elu = clean_text(territory.elu_referent).strip() or "l'élu référent (à désigner)"
    industriel = (
        clean_text(territory.industriel_referent).strip() or "l'industriel référent (à désigner)"
    )
    texts = [
        f"La démarche est pilotée localement par un binôme élu–industriel : {elu} et "
        f"{industriel}. Ce binôme préside le comité de projet, qui devient le comité de "
        "suivi à la signature et réunit au moins une fois par an l'ensemble des signataires.",
        "Le comité de suivi examine l'avancement des actions, leurs financements et les "
        "indicateurs ci-dessous ; il propose les ajustements du plan d'actions. Le comité "
        "régional de pilotage, réunissant la Région et l'État, en est tenu informé.",
        *paragraphs(contract.gouvernance),
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
        texts.insert(
            1,
            f"Le chef de projet, {chef}"
            + (f" ({contact})" if contact else "")
            + ", anime la démarche, prépare les comités et tient à jour le plan d'actions.",
        )
    return texts


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
        "Les fiches-actions annexées en font partie intégrante ; elles précisent pour chaque "
        "action son maître d'ouvrage, son calendrier, son coût et son plan de financement.",
    ]
    if kind == TypeDocument.PROTOCOLE:
        objet.append(
            "Ce protocole d'accord préfigure le contrat du territoire d'industrie, qui le "
            "complétera une fois les actions et leurs financements stabilisés."
        )
    strategie = paragraphs(contract.strategie) or [
        "Les signataires partagent le diagnostic du territoire et retiennent les axes "
        "stratégiques ci-dessous. Chaque fiche-action du plan d'actions se rattache à l'un "
        "de ces axes."
    ]
    present = {fold(s.groupe) for s in territory.signataires}
    engagements = [text for group, text in _ENGAGEMENTS.items() if fold(group.value) in present]
    engagements.append(
        "Les montants figurant dans les fiches-actions sont indicatifs : seuls les "
        "financements au statut « Acquis » sont considérés comme engagés à la date "
        f"{nature.du_present}."
    )
    end = contract.annee_fin
    duree = [
        f"{le_present} prend effet à la date de sa signature par l'ensemble des "
        + (
            f"signataires et court jusqu'au 31 décembre {end}."
            if end
            else "signataires pour la durée du programme « Territoires d'industrie »."
        )
    ]
    modification = [
        f"{le_present} peut être modifié par voie d'avenant, à l'initiative de l'un des "
        "signataires, après examen par le comité de suivi. L'ajout, le retrait ou la mise à "
        "jour d'une fiche-action validés par le comité de suivi ne nécessitent pas d'avenant.",
        f"Chaque signataire peut se retirer {nature.du_present} par lettre "
        "adressée aux autres signataires, avec un préavis de trois mois. Le retrait d'un "
        "signataire n'affecte pas les engagements des autres.",
    ]
    texts = {
        "preambule": paragraphs(contract.preambule)
        or paragraphs(_default_preamble(territory, nature.noun)),
        "objet": objet,
        "presentation": [_perimeter(territory), *paragraphs(contract.presentation_territoire)],
        "strategie": strategie,
        "plan": [_plan(figures)],
        "engagements": engagements,
        "gouvernance": _governance(territory, contract),
        "duree": duree,
        "modification": modification,
    }
    return {article: [typography(p) for p in items] for article, items in texts.items()}
