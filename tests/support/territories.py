"""Realistic territories to read contracts as a signatory does (besides the demo).

- ``build_vendee``: 7 fiches in Pays de la Loire, « La Roche-sur-Yon Agglomération » and
  « Le Mans Métropole » (names with their own article), civilités and deliberations
  recorded, a signed contract, typed texts with line ends and lists, an amount of
  584 109 212,05 €, a refused line, a fiche over-financed by 2 cents.
- ``build_interregional``: 40 fiches across two Régions and two départements, the État
  represented by two préfets, the second Région's deliberation, the default axes of
  phase 2 of which one carries no fiche.

People and figures are invented (domain.md §5); places and institutions are real.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy.orm import Session

from ti_desktop.db.models import FicheAction, Indicateur, LigneFinancement, Territoire
from ti_desktop.db.vocabulary import GroupeSignataire, Phase, StatutContrat
from ti_desktop.services import reference_lists
from ti_desktop.services.demo import Person, add_signatories
from ti_desktop.services.documents.grammar import with_article
from ti_desktop.services.territories import create_territory

VENDEE = "La Roche-sur-Yon – Vendée Centre"
INTERREGIONAL = "Vallée de la Bresle – Vimeu"

_I = GroupeSignataire.INTERCOMMUNALITES.value
_P = GroupeSignataire.PARTENAIRES_PUBLICS.value
_E = GroupeSignataire.PARTENAIRES_ECONOMIQUES.value

# (financer, scheme, amount, status)
Line = tuple[str, str, str, str]


def add_fiche(
    session: Session,
    territory: Territoire,
    numero: str,
    title: str,
    *,
    axis: int | None,
    owner: str,
    cost: str,
    lines: list[Line],
    description: str = "",
    objectives: str = "",
    indicators: list[tuple[str, str, str, date]] | None = None,
    progress: str = "En cours",
) -> FicheAction:
    """A fiche with its financing lines (financers added to the list when unknown)."""
    statuses = reference_lists.financing_statuses(session)
    financers = reference_lists.financers(session)
    states = reference_lists.progress_states(session)
    fiche = FicheAction(
        numero=numero,
        intitule=title,
        axe=territory.axes[axis] if axis is not None else None,
        maitre_ouvrage=owner,
        localisation=territory.departements.split(",")[0].split("(")[0].strip(),
        date_debut=date(2023, 9, 1),
        date_fin=date(2026, 12, 31),
        cout_total_ht=Decimal(cost),
        avancement=reference_lists.find_by_label(states, progress),
        position=len(territory.fiches),
        description=description or f"{title} : projet porté par {with_article(owner)}.",
        objectifs=objectives or "Renforcer l'emploi industriel du territoire.",
        partenaires=", ".join(sorted({line[0] for line in lines})),
        contact="Chef de projet Territoires d'industrie",
    )
    for position, (financer, scheme, amount, status) in enumerate(lines):
        found = reference_lists.find_by_label(financers, financer)
        if found is None:
            found = reference_lists.add_financer(session, financer)
            financers.append(found)
        fiche.financements.append(
            LigneFinancement(
                financeur=found,
                dispositif=scheme,
                montant=Decimal(amount),
                statut=reference_lists.find_by_label(statuses, status),
                position=position,
            )
        )
    for position, (name, unit, target, deadline) in enumerate(indicators or []):
        fiche.indicateurs.append(
            Indicateur(
                nom=name,
                unite=unit,
                valeur_cible=Decimal(target),
                echeance=deadline,
                position=position,
            )
        )
    territory.fiches.append(fiche)
    return fiche


_VENDEE_PEOPLE: list[Person] = [
    (_I, "La Roche-sur-Yon Agglomération", "M.", "Luc Bernier", "Président", "DEL-2022-104", date(2022, 9, 27)),
    (_I, "La Roche-sur-Yon Agglomération", "Mme", "Anne Moreau-Lacroix", "Vice-Présidente chargée de l'économie", "", None),
    (_I, "Le Mans Métropole", "M.", "Stéphane Le Gall", "Président", "2022-DEL-88", date(2022, 9, 29)),
    (_I, "Communauté de communes Vie et Boulogne", "Mme", "Claire Guérin", "Présidente", "2022-071", date(2022, 10, 3)),
    (_P, "Région Pays de la Loire", "Mme", "Christelle Marchand", "Présidente", "", None),
    (_P, "État", "M.", "Gérard Vallet", "Préfet de la Vendée", "", None),
    (_P, "Département de la Vendée", "M.", "Alain Lefranc", "Président", "CD-2022-314", date(2022, 10, 14)),
    (_P, "Banque des Territoires", "M.", "Philippe Jouan", "Directeur régional Pays de la Loire", "", None),
    (_E, "Vendée Saveurs Industries", "Mme", "Patricia Berthelot", "Présidente", "", None),
    (_E, "CCI Vendée", "M.", "Arnaud Rigaud", "Président", "", None),
]  # fmt: skip

_VENDEE_DESCRIPTION = (
    "Contexte et contenu du projet.\n"
    "Le site de la Malboire accueille des entreprises de la mécanique et de la plasturgie.\n"
    "\n"
    "Le projet comprend :\n"
    "- la requalification des voiries et des réseaux ;\n"
    "- la création d'une plateforme logistique mutualisée ;\n"
    "- l'accompagnement de l'implantation de trois PME."
)


def build_vendee(session: Session, name: str = VENDEE) -> Territoire:
    """Seven fiches in Pays de la Loire; the contract signed on 25 October 2022."""
    territory = create_territory(
        session, name, "Pays de la Loire", Phase.PHASE_2, departements="Vendée (85), Sarthe (72)"
    )
    territory.chef_projet_nom = "Manon Rivière"
    territory.chef_projet_email = "m.riviere@example.org"
    territory.elu_referent = "M. Luc Bernier, président de La Roche-sur-Yon Agglomération"
    territory.industriel_referent = (
        "Mme Patricia Berthelot, présidente de Vendée Saveurs Industries"
    )
    contract = territory.contrats[0]
    contract.annee_debut, contract.annee_fin = 2022, 2027
    contract.statut = StatutContrat.SIGNE.value
    contract.date_signature = date(2022, 10, 25)
    contract.lieu_signature = "La Roche-sur-Yon"
    contract.deliberation_region_reference = "2022-CP-1107"
    contract.deliberation_region_date = date(2022, 10, 7)
    contract.presentation_territoire = (
        "Le territoire allie une industrie agroalimentaire de premier plan et un tissu dense "
        "de PME de la mécanique, du nautisme et de la plasturgie.\n"
        "Ses entreprises peinent à recruter : 2 400 offres d'emploi industriel restaient "
        "non pourvues fin 2021."
    )
    add_signatories(territory, _VENDEE_PEOPLE)
    region = "Région"
    fiches = [
        ("1.1", "Écologie industrielle sur le parc de la Malboire", 0, "La Roche-sur-Yon Agglomération", "1850000.00",
         [(region, "Pays de la Loire Décarbonation", "450000", "Acquis"), ("ADEME", "Fonds Chaleur", "600000", "Sollicité"), ("Banque des Territoires", "Ingénierie", "120000", "Refusé"), ("Intercommunalité", "", "800000", "Acquis")]),
        ("1.2", "Réseau de chaleur de la zone d'activités Acti-Est", 0, "Le Mans Métropole", "584109212.05",
         [("État", "France 2030", "200000000", "Sollicité"), ("Union européenne (FEDER/FSE+)", "FEDER 2021-2027", "150000000", "Accord de principe"), ("Intercommunalité", "", "234109212.07", "Acquis")]),
        ("2.1", "Plateforme régionale d'innovation agroalimentaire", 1, "Vendée Saveurs Industries", "2300000",
         [(region, "Innovation", "700000", "Acquis"), ("Bpifrance", "Aide à l'innovation", "500000", "Sollicité")]),
        ("2.2", "Démonstrateur de fabrication additive pour les PME", 1, "CCI Vendée", "780000",
         [("État", "France 2030 – Plateformes", "300000", "Envisagé"), ("Maître d'ouvrage (autofinancement)", "", "480000", "Acquis")]),
        ("3.1", "Campus des métiers de l'industrie vendéenne", 2, "Région Pays de la Loire", "3600000",
         [(region, "Lycées", "2400000", "Acquis"), ("État", "Compétences et métiers d'avenir", "900000", "Sollicité")]),
        ("3.2", "Logement des alternants et des salariés en mobilité", 2, "Communauté de communes Vie et Boulogne", "1250000",
         [("Banque des Territoires", "Prêt Territoires d'industrie", "750000", "Accord de principe"), ("Intercommunalité", "", "500000", "Acquis")]),
        ("4.1", "Requalification de la friche Michelin", 3, "La Roche-sur-Yon Agglomération", "4100000",
         [("État", "Fonds vert", "1640000", "Acquis"), (region, "Friches", "820000", "Sollicité"), ("Intercommunalité", "", "1640000", "Acquis")]),
    ]  # fmt: skip
    for numero, title, axis, owner, cost, lines in fiches:
        add_fiche(
            session,
            territory,
            numero,
            title,
            axis=axis,
            owner=owner,
            cost=cost,
            lines=lines,
            description=_VENDEE_DESCRIPTION if numero == "1.1" else "",
            objectives=(
                "Réduire de 30 % la consommation d'énergie fossile du parc.\n"
                "Créer 120 emplois d'ici 2027."
                if numero == "1.1"
                else ""
            ),
            indicators=[("Emplois industriels créés", "emplois", "120", date(2027, 12, 31))]
            if numero in ("1.1", "3.1")
            else None,
        )
    session.flush()
    return territory


_INTERREGIONAL_PEOPLE: list[Person] = [
    (_I, "Communauté de communes Interrégionale Aumale – Blangy-sur-Bresle", "M.", "Jean-Pierre Lecomte", "Président", "2023-045", date(2023, 3, 14)),
    (_I, "Communauté de communes des Villes Sœurs", "M.", "Michel Dumont", "Président", "2023-12", date(2023, 3, 21)),
    (_I, "Communauté de communes du Vimeu", "Mme", "Sophie Duval", "Présidente", "", None),
    (_P, "Région Normandie", "M.", "Hervé Masson", "Président", "CP-2023-04-17", date(2023, 4, 17)),
    (_P, "Région Hauts-de-France", "M.", "Xavier Barbier", "Président", "20230512", date(2023, 5, 12)),
    (_P, "État", "M.", "Jean-Benoît Arnould", "Préfet de la Seine-Maritime", "", None),
    (_P, "État", "Mme", "Muriel Nadal", "Préfète de la Somme", "", None),
    (_P, "Banque des Territoires", "Mme", "Anne Carré", "Directrice régionale Normandie", "", None),
    (_P, "Bpifrance", "M.", "Pierre Leroux", "Directeur régional Hauts-de-France", "", None),
    (_P, "France Travail", "", "Karine Marchal", "Directrice territoriale", "", None),
    (_E, "Verrerie de la Bresle", "M.", "Thomas Rivet", "Directeur du site", "", None),
    (_E, "Glass Vallée", "Mme", "Hélène Vasseur", "Présidente", "", None),
]  # fmt: skip

_THEMES = (
    "Modernisation d'une ligne de verre", "Formation aux métiers du flaconnage",
    "Décarbonation des fours verriers", "Foncier d'activités mutualisé",
    "Recyclage du calcin", "Accueil des salariés en mobilité",
    "Jumeau numérique d'atelier", "Chaleur fatale pour le réseau urbain",
)  # fmt: skip


def build_interregional(session: Session, name: str = INTERREGIONAL) -> Territoire:
    """Forty fiches across Normandie and Hauts-de-France; a draft in consultation."""
    territory = create_territory(
        session,
        name,
        "Normandie",
        Phase.PHASE_2,
        departements="Seine-Maritime (76), Somme (80)",
    )
    territory.chef_projet_nom = "Louise Caron"
    territory.chef_projet_email = "l.caron@example.org"
    territory.chef_projet_telephone = "02 35 00 00 00"
    territory.elu_referent = (
        "M. Michel Dumont, président de la Communauté de communes des Villes Sœurs"
    )
    territory.industriel_referent = "Mme Hélène Vasseur, présidente de Glass Vallée"
    contract = territory.contrats[0]
    contract.statut = StatutContrat.CONCERTATION.value
    contract.lieu_signature = "Eu"
    contract.presentation_territoire = (
        "La vallée de la Bresle est le premier pôle mondial du flaconnage de luxe : 70 % des "
        "flacons de parfum du monde y sont fabriqués."
    )
    add_signatories(territory, _INTERREGIONAL_PEOPLE)
    owners = [
        "Communauté de communes des Villes Sœurs",
        "Glass Vallée",
        "Verrerie de la Bresle",
        "Communauté de communes du Vimeu",
    ]
    for index in range(40):
        axis = (0, 1, 2)[index % 3]  # the fourth default axis carries no fiche
        numero = f"{axis + 1}.{index // 3 + 1}"
        theme = _THEMES[index % len(_THEMES)]
        cost = Decimal(250000 + 37500 * index)
        add_fiche(
            session,
            territory,
            numero,
            f"{theme} – site {index + 1}",
            axis=axis,
            owner=owners[index % len(owners)],
            cost=str(cost),
            lines=[
                ("Région", "Impulsion", str(cost * Decimal("0.3")), "Acquis"),
                ("État", "France 2030", str(cost * Decimal("0.25")), "Sollicité"),
                ("Maître d'ouvrage (autofinancement)", "", str(cost * Decimal("0.2")), "Acquis"),
            ]
            + ([("ADEME", "Fonds Chaleur", "50000", "Refusé")] if index % 7 == 0 else []),
            indicators=[("Emplois maintenus", "emplois", str(10 + index), date(2027, 6, 30))]
            if index % 4 == 0
            else None,
        )
    session.flush()
    return territory
