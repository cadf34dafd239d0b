"""The demonstration territory: Troyes – Bar-sur-Aube (Grand Est, domain.md §5).

Territory, intercommunalités, public partners and project themes are real; the people,
the two companies and every figure are invented.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import Decimal

from sqlalchemy.orm import Session

from ti_desktop.db.models import FicheAction, Indicateur, LigneFinancement, Signataire, Territoire
from ti_desktop.db.vocabulary import GroupeSignataire, Phase, StatutContrat
from ti_desktop.services import reference_lists
from ti_desktop.services.documents.grammar import with_article
from ti_desktop.services.territories import create_territory, find_territory

DEMO_NAME = "Troyes – Bar-sur-Aube (démonstration)"

_I, _P, _E = (
    GroupeSignataire.INTERCOMMUNALITES,
    GroupeSignataire.PARTENAIRES_PUBLICS,
    GroupeSignataire.PARTENAIRES_ECONOMIQUES,
)

Person = tuple[GroupeSignataire | str, str, str, str, str, str, date | None]
"""A signatory: group, organisation, civility, representative, function, deliberation, date."""


# fmt: off
_SIGNATORIES: list[Person] = [
    (_I, "Troyes Champagne Métropole", "M.", "Laurent Verdier", "Président", "Délibération n° 2024-117", date(2024, 3, 21)),
    (_I, "Troyes Champagne Métropole", "Mme", "Claire Fontaine", "1ère Vice-Présidente chargée du développement économique", "", None),
    (_I, "Communauté de communes de la Région de Bar-sur-Aube", "M.", "Philippe Marchal", "Président", "Délibération n° 24-32", date(2024, 4, 4)),
    (_I, "Communauté de communes de Vendeuvre-Soulaines", "Mme", "Sophie Renard", "Présidente", "Délibération n° 2024-21", date(2024, 4, 11)),
    (_P, "Région Grand Est", "M.", "Étienne Lambert", "Président du Conseil régional", "", None),
    (_P, "État", "Mme", "Hélène Garnier", "Préfète de l'Aube", "", None),
    (_P, "Banque des Territoires", "M.", "Olivier Moreau", "Directeur régional Grand Est", "", None),
    (_P, "Bpifrance", "Mme", "Nathalie Petit", "Directrice régionale Champagne-Ardenne", "", None),
    (_P, "France Travail", "M.", "Julien Roux", "Directeur territorial de l'Aube", "", None),
    (_E, "Aube Mécanique de Précision", "M.", "Thomas Girard", "Président-directeur général", "", None),
    (_E, "Vallée de Seine Bioraffinage", "Mme", "Isabelle Noël", "Directrice générale", "", None),
    (_E, "CCI Troyes et Aube", "M.", "Bernard Chevalier", "Président", "", None),
]

# (numero, axis index, title, maître d'ouvrage, location, start, end, cost, progress,
#  financing [(financer, scheme, amount, status)], indicators [(name, unit, target, deadline, achieved)])
_Financing = list[tuple[str, str, str, str]]
_Indicators = list[tuple[str, str, str, date | None, str | None]]
_FICHES: list[tuple[str, int, str, str, str, date, date, str, str, _Financing, _Indicators]] = [
    ("1.1", 0, "Extension du parc de bioraffinage végétal", "Troyes Champagne Métropole", "Troyes", date(2024, 9, 1), date(2027, 6, 30), "4850000", "En cours",
     [("Région", "Fonds Climaxion", "900000", "Acquis"), ("Union européenne (FEDER/FSE+)", "FEDER 2021-2027", "1200000", "Sollicité"), ("Banque des Territoires", "Prêt Territoires d'industrie", "1500000", "Accord de principe"), ("Intercommunalité", "", "1250000", "Acquis")],
     [("Entreprises implantées sur le parc", "entreprises", "6", date(2027, 12, 31), "2"), ("Emplois créés", "emplois", "120", date(2027, 12, 31), None)]),
    ("1.2", 0, "Réseau de chaleur alimenté par la chaleur fatale industrielle", "Troyes Champagne Métropole", "Zone industrielle de Torvilliers", date(2025, 1, 15), date(2026, 12, 31), "2300000", "Prête à démarrer",
     [("ADEME", "Fonds Chaleur", "920000", "Sollicité"), ("Région", "Climaxion", "350000", "Envisagé"), ("Maître d'ouvrage (autofinancement)", "", "1030000", "Acquis")],
     [("Chaleur récupérée", "MWh/an", "18000", date(2027, 6, 30), None)]),
    ("1.3", 0, "Programme d'écologie industrielle et territoriale", "CCI Troyes et Aube", "Aube", date(2024, 6, 1), date(2026, 5, 31), "180000", "En cours",
     [("ADEME", "Animation EIT", "72000", "Acquis"), ("Région", "", "54000", "Acquis"), ("Maître d'ouvrage (autofinancement)", "", "54000", "Acquis")],
     [("Synergies inter-entreprises mises en œuvre", "synergies", "15", date(2026, 5, 31), "7")]),
    ("2.1", 1, "Plateforme d'essais matériaux avancés pour les PME", "Université de technologie de Troyes", "Technopole de l'Aube", date(2025, 3, 1), date(2027, 2, 28), "1650000", "À l'étude",
     [("État", "France 2030 – Plateformes", "600000", "Sollicité"), ("Région", "Innovation", "400000", "Envisagé"), ("Bpifrance", "Aide à l'innovation", "250000", "Envisagé")],
     [("PME utilisatrices de la plateforme", "PME", "40", date(2027, 12, 31), None)]),
    ("2.2", 1, "Diagnostics « Industrie du futur » des PME sous-traitantes", "UIMM Champagne-Ardenne", "Territoire", date(2024, 4, 1), date(2025, 12, 31), "240000", "Réalisée",
     [("Région", "Programme Industrie du futur", "120000", "Acquis"), ("Bpifrance", "Accélérateur", "60000", "Acquis"), ("Privé", "Participation des entreprises", "60000", "Acquis")],
     [("Diagnostics réalisés", "diagnostics", "30", date(2025, 12, 31), "34")]),
    ("2.3", 1, "Tiers-lieu industriel et fab-lab de Bar-sur-Aube", "Communauté de communes de la Région de Bar-sur-Aube", "Bar-sur-Aube", date(2025, 9, 1), date(2026, 12, 31), "780000", "Prête à démarrer",
     [("État", "DETR", "234000", "Acquis"), ("Département", "", "120000", "Sollicité"), ("Intercommunalité", "", "156000", "Acquis"), ("Banque des Territoires", "Ingénierie", "40000", "Refusé")],
     [("Utilisateurs réguliers", "personnes", "150", date(2027, 6, 30), None)]),
    ("3.1", 2, "Campus des métiers et des qualifications Industrie du futur", "Région Grand Est", "Troyes et Romilly-sur-Seine", date(2024, 9, 1), date(2027, 8, 31), "950000", "En cours",
     [("Région", "CMQ", "500000", "Acquis"), ("État", "Éducation nationale", "250000", "Acquis"), ("France Travail", "", "80000", "Accord de principe")],
     [("Jeunes formés aux métiers de l'industrie", "personnes", "400", date(2027, 8, 31), "135")]),
    ("3.2", 2, "Résidence pour apprentis et alternants de l'industrie", "Troyes Champagne Métropole", "Troyes", date(2025, 6, 1), date(2027, 9, 30), "3200000", "À l'étude",
     [("Banque des Territoires", "Prêt", "1600000", "Envisagé"), ("Région", "Logement des jeunes", "400000", "Envisagé")],
     [("Logements créés", "logements", "80", date(2027, 9, 30), None)]),
    ("3.3", 2, "Découverte des métiers : usines ouvertes et semaine de l'industrie", "CCI Troyes et Aube", "Aube", date(2024, 3, 1), date(2027, 12, 31), "90000", "En cours",
     [("France Travail", "", "30000", "Acquis"), ("Région", "", "30000", "Acquis"), ("Privé", "Entreprises participantes", "30000", "Acquis")],
     [("Visiteurs d'entreprises", "personnes", "2000", date(2027, 12, 31), "620")]),
    ("4.1", 3, "Requalification de la friche industrielle des Tréfileries", "Communauté de communes de Vendeuvre-Soulaines", "Vendeuvre-sur-Barse", date(2025, 1, 1), date(2027, 6, 30), "2750000", "Prête à démarrer",
     [("État", "Fonds vert – recyclage des friches", "1100000", "Acquis"), ("Région", "Friches", "550000", "Sollicité"), ("Intercommunalité", "", "550000", "Acquis")],
     [("Surface remise sur le marché", "ha", "6.5", date(2027, 6, 30), None)]),
    ("4.2", 3, "Extension de la zone d'activités de Bar-sur-Aube Sud", "Communauté de communes de la Région de Bar-sur-Aube", "Bar-sur-Aube", date(2026, 1, 1), date(2027, 12, 31), "1400000", "À l'étude",
     [("Département", "Aménagement", "280000", "Envisagé"), ("Intercommunalité", "", "700000", "Envisagé")],
     [("Surface aménagée", "ha", "12", date(2027, 12, 31), None)]),
    ("4.3", 3, "Observatoire partagé du foncier économique", "Troyes Champagne Métropole", "Territoire", date(2024, 1, 1), date(2024, 12, 31), "65000", "Suspendue",
     [("Banque des Territoires", "Ingénierie", "32500", "Acquis"), ("Intercommunalité", "", "32500", "Acquis")],
     [("Sites recensés", "sites", "80", date(2024, 12, 31), "54")]),
]
# fmt: on


def add_signatories(territory: Territoire, people: Sequence[Person]) -> None:
    """Append ``people`` to the territory's signatories, numbered in order within each group."""
    order: dict[str, int] = {}
    for group, organisation, civility, person, function, reference, deliberation in people:
        groupe = str(group)  # a GroupeSignataire is its label
        order[groupe] = order.get(groupe, 0) + 1
        territory.signataires.append(
            Signataire(
                groupe=groupe,
                organisme=organisation,
                civilite=civility,
                representant=person,
                fonction=function,
                ordre=order[groupe],
                deliberation_reference=reference,
                deliberation_date=deliberation,
            )
        )


def create_demo_territory(session: Session) -> Territoire:
    """Add the demonstration territory (raises if it is already there)."""
    territory = create_territory(
        session, DEMO_NAME, "Grand Est", Phase.PHASE_2, departements="Aube (10)"
    )
    territory.est_demo = True
    territory.chef_projet_nom = "Camille Dubois"
    territory.chef_projet_email = "camille.dubois@example.org"
    territory.chef_projet_telephone = "03 25 00 00 00"
    territory.elu_referent = "M. Laurent Verdier, Président de Troyes Champagne Métropole"
    territory.industriel_referent = "M. Thomas Girard, Aube Mécanique de Précision"
    territory.notes = "Territoire de démonstration : les personnes et les montants sont fictifs."
    contract = territory.contrats[0]
    contract.annee_debut, contract.annee_fin = 2024, 2027
    contract.statut = StatutContrat.CONCERTATION.value
    contract.lieu_signature = "Troyes"
    contract.date_signature = date(2024, 6, 28)
    contract.deliberation_region_reference = "24CP-0512"
    contract.deliberation_region_date = date(2024, 5, 24)
    contract.presentation_territoire = (
        "Autour de l'agglomération troyenne et du sud de l'Aube, l'industrie, historiquement "
        "textile, s'est diversifiée vers la mécanique de précision, la métallurgie, "
        "l'agroalimentaire et la bioéconomie."
    )
    from ti_desktop.db.models import EnjeuLocal

    contract.enjeux_locaux = [
        EnjeuLocal(position=i, libelle=label)
        for i, label in enumerate(
            (
                "Faire de la bioéconomie un moteur de l'industrie auboise",
                "Attirer et loger les talents dont les entreprises ont besoin",
                "Reconquérir les friches avant de consommer de nouvelles terres",
            )
        )
    ]
    add_signatories(territory, _SIGNATORIES)
    states = reference_lists.progress_states(session)
    statuses = reference_lists.financing_statuses(session)
    financers = reference_lists.financers(session)
    for position, row in enumerate(_FICHES):
        numero, axis, title, owner, place, start, end, cost, progress, financing, indicators = row
        fiche = FicheAction(
            numero=numero,
            intitule=title,
            axe=territory.axes[axis],
            maitre_ouvrage=owner,
            localisation=place,
            date_debut=start,
            date_fin=end,
            cout_total_ht=Decimal(cost),
            avancement=reference_lists.find_by_label(states, progress),
            position=position,
            description=f"{title} : projet porté par {with_article(owner)}, au service des entreprises du territoire.",
            objectifs="Renforcer la compétitivité des entreprises et l'emploi industriel local.",
            partenaires=", ".join(sorted({f[0] for f in financing})),
            contact=territory.chef_projet_nom,
        )
        for i, (financer, scheme, amount, status) in enumerate(financing):
            found_financer = reference_lists.find_by_label(financers, financer)
            found_status = reference_lists.find_by_label(statuses, status)
            assert found_financer is not None and found_status is not None
            fiche.financements.append(
                LigneFinancement(
                    financeur=found_financer,
                    dispositif=scheme,
                    montant=Decimal(amount),
                    statut=found_status,
                    position=i,
                )
            )
        for i, (name, unit, target, deadline, achieved) in enumerate(indicators):
            fiche.indicateurs.append(
                Indicateur(
                    nom=name,
                    unite=unit,
                    valeur_cible=Decimal(target),
                    echeance=deadline,
                    valeur_atteinte=Decimal(achieved) if achieved else None,
                    position=i,
                )
            )
        territory.fiches.append(fiche)
    session.flush()
    return territory


def ensure_demo_territory(session: Session) -> Territoire | None:
    """Create the demo territory unless it exists; return it when created."""
    if find_territory(session, DEMO_NAME, include_deleted=True) is not None:
        return None
    return create_demo_territory(session)
