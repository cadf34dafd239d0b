"""Every field of every entity, once: the table the rest of the program reads.

To add a field: a column on the ORM class (``db/models.py``), an Alembic migration,
an entry here, a widget in the ``.ui`` form, its place in the Word templates, and a
line in the documentation (``docs/contribuer.md`` walks through it). The exchange
workbook, the importer, the model workbook, the editor's labels and checks, and the
documentation tables follow from the entry.
"""

from __future__ import annotations

from ti_desktop.services.fields.kinds import Choices, Entity, Field, Kind

TERRITOIRE = Entity(
    "territoire",
    "territoire",
    (
        Field(
            "nom",
            "Nom du territoire",
            header="Territoire",
            noun="le nom du territoire",
            required=True,
            width=38,
            help="nom du territoire (identifie le territoire, sans tenir compte des majuscules "
            "ni des accents)",
        ),
        Field("region", "Région", required=True, noun="la région", width=22),
        Field(
            "departements",
            "Départements",
            noun="les départements",
            width=22,
            help="texte libre, ex. « Aube (10) »",
        ),
        Field(
            "phase",
            "Phase",
            Kind.CHOICE,
            choices=Choices.PHASE,
            noun="la phase",
            width=22,
            help="`Phase 1 (2018-2022)` ou `Phase 2 (2023-2027)` ; aussi accepté : `1`, `2`, "
            "`2018-2022`, `Phase 2`",
        ),
        Field("chef_projet_nom", "Chef de projet", width=22),
        Field(
            "chef_projet_email",
            "Courriel du chef de projet",
            Kind.EMAIL,
            noun="le courriel du chef de projet",
            width=30,
        ),
        Field("elu_referent", "Élu référent", noun="l'élu référent", width=36),
        Field("industriel_referent", "Industriel référent", width=36),
        Field(
            "chef_projet_telephone",
            "Téléphone du chef de projet",
            extra=True,
            noun="le téléphone du chef de projet",
            width=18,
        ),
        Field(
            "correspondant_region_email",
            "Courriel du correspondant Région",
            Kind.EMAIL,
            extra=True,
            noun="le courriel du correspondant Région",
            width=30,
            help="adresse du correspondant de la Région, destinataire proposé des envois",
        ),
        Field(
            "notes",
            "Notes privées",
            header=None,
            private=True,
            multiline=True,
            noun="les notes privées",
            help="jamais exportées ni imprimées",
        ),
    ),
)

CONTRAT = Entity(
    "contrat",
    "contrat",
    (
        Field(
            "type_document",
            "Type de document",
            Kind.CHOICE,
            choices=Choices.DOCUMENT_KIND,
            width=20,
            help="`Contrat`, `Protocole d'accord`, `Avenant`",
        ),
        Field(
            "periode",
            "Période",
            Kind.PERIOD,
            noun="la période",
            width=12,
            help="`AAAA-AAAA`, ex. `2022-2026` (tiret ou tiret demi-cadratin)",
        ),
        Field(
            "statut",
            "Statut du contrat",
            Kind.CHOICE,
            choices=Choices.CONTRACT_STATUS,
            width=22,
            help="`Brouillon`, `En concertation`, `Validé par la Région`, `Signé`",
        ),
        Field(
            "date_signature",
            "Date de signature",
            Kind.DATE,
            noun="la date de signature",
            width=14,
            help="date",
        ),
        Field("lieu_signature", "Lieu de signature", width=20),
        Field(
            "deliberation_region_reference",
            "Délibération de la Région",
            extra=True,
            noun="la délibération de la Région",
            width=22,
            help="référence, ex. `24CP-0512`",
        ),
        Field(
            "deliberation_region_date",
            "Date de délibération de la Région",
            Kind.DATE,
            extra=True,
            noun="la date de délibération de la Région",
            width=16,
            help="date",
        ),
        Field("preambule", "Préambule", header=None, multiline=True),
        Field(
            "presentation_territoire",
            "Présentation du territoire",
            header=None,
            noun="la présentation du territoire",
            multiline=True,
        ),
        Field("strategie", "Enjeux et stratégie", header=None, noun="la stratégie", multiline=True),
        Field(
            "gouvernance",
            "Gouvernance et suivi",
            header=None,
            noun="la gouvernance",
            multiline=True,
        ),
    ),
)

ENJEU_LOCAL = Entity(
    "enjeu_local",
    "enjeu local",
    (
        Field("position", "Ordre", Kind.INTEGER, header=None),
        Field("libelle", "Enjeu local", header=None, required=True, multiline=True),
    ),
)

AXE = Entity(
    "axe",
    "axe",
    (
        Field(
            "position",
            "Ordre",
            Kind.INTEGER,
            noun="l'ordre",
            width=8,
            help="entier ; à défaut, l'ordre des lignes",
        ),
        Field(
            "libelle",
            "Axe",
            required=True,
            choices=Choices.AXIS,
            noun="l'intitulé de l'axe",
            width=60,
            help="intitulé de l'axe",
        ),
    ),
)

SIGNATAIRE = Entity(
    "signataire",
    "signataire",
    (
        Field(
            "groupe",
            "Groupe",
            Kind.CHOICE,
            choices=Choices.GROUP,
            required=True,
            width=30,
            help="`Intercommunalités`, `Partenaires publics`, `Partenaires économiques et "
            "industriels` (aussi : `EPCI`, `Industriels`…)",
        ),
        Field(
            "organisme",
            "Organisation",
            header="Organisme",
            required=True,
            noun="l'organisation",
            width=40,
        ),
        Field(
            "representant",
            "Représentant",
            noun="le représentant",
            width=26,
            help="une personne par ligne",
        ),
        Field("fonction", "Fonction", noun="la fonction", width=40),
        Field(
            "ordre",
            "Ordre",
            Kind.INTEGER,
            noun="l'ordre",
            width=8,
            help="entier : ordre de signature dans le groupe ; à défaut, l'ordre des lignes",
        ),
        Field(
            "deliberation_reference",
            "Référence de délibération",
            extra=True,
            noun="la référence de délibération",
            width=24,
            help="pour les clauses « Vu »",
        ),
        Field(
            "deliberation_date",
            "Date de délibération",
            Kind.DATE,
            extra=True,
            noun="la date de délibération",
            width=14,
            help="date",
        ),
        Field("email", "Courriel", Kind.EMAIL, extra=True, width=28),
        Field(
            "civilite",
            "Civilité",
            Kind.CHOICE,
            choices=Choices.CIVILITY,
            extra=True,
            noun="la civilité",
            width=10,
            help="`M.` ou `Mme` (aussi : `Monsieur`, `Madame`) : « représentée par son "
            "Président, M. X »",
        ),
    ),
)

FICHE_ACTION = Entity(
    "fiche_action",
    "fiche-action",
    (
        Field(
            "numero",
            "N°",
            Kind.NUMERO,
            required=True,
            noun="le numéro",
            width=7,
            help="numéro de la fiche, ex. `1.2` ; écrit en texte (`1.10` reste `1.10`)",
        ),
        Field("intitule", "Intitulé", required=True, max_length=1000, width=50),
        Field(
            "axe",
            "Axe",
            Kind.CHOICE,
            choices=Choices.AXIS,
            width=40,
            help="un des axes du territoire (après la feuille Axes)",
        ),
        Field("maitre_ouvrage", "Maître d'ouvrage", width=32),
        Field("description", "Description", noun="la description", multiline=True, width=50),
        Field("objectifs", "Objectifs", noun="les objectifs", multiline=True, width=40),
        Field("partenaires", "Partenaires", noun="les partenaires", multiline=True, width=32),
        Field("localisation", "Localisation", noun="la localisation", width=24),
        Field(
            "date_debut", "Date de début", Kind.DATE, noun="la date de début", width=13, help="date"
        ),
        Field(
            "date_fin",
            "Date de fin",
            Kind.DATE,
            noun="la date de fin",
            width=13,
            help="date, pas avant la date de début",
        ),
        Field(
            "cout_total_ht",
            "Coût total HT (€)",
            Kind.MONEY,
            noun="le coût total",
            width=18,
            help="montant",
        ),
        Field(
            "avancement",
            "Avancement",
            Kind.CHOICE,
            choices=Choices.PROGRESS,
            width=18,
            help="`À l'étude`, `Prête à démarrer`, `En cours`, `Réalisée`, `Suspendue`, "
            "`Abandonnée` (liste modifiable dans la base)",
        ),
        Field("enjeu_local", "Enjeu local", extra=True, multiline=True, width=32),
        Field("contact", "Contact", extra=True, width=24),
        Field(
            "demande_simplification",
            "Demande de simplification",
            extra=True,
            multiline=True,
            noun="la demande de simplification",
            width=32,
        ),
        Field(
            "notes_privees",
            "Notes privées",
            header=None,
            private=True,
            multiline=True,
            noun="les notes privées",
            help="jamais exportées ni imprimées",
        ),
    ),
)

LIGNE_FINANCEMENT = Entity(
    "ligne_financement",
    "ligne de financement",
    (
        Field(
            "financeur",
            "Financeur",
            Kind.CHOICE,
            choices=Choices.FINANCER,
            required=True,
            open_list=True,
            width=32,
            help="un financeur de la liste ; un financeur inconnu est **ajouté** à la liste, "
            "avec un avertissement",
        ),
        Field("dispositif", "Dispositif", width=32),
        Field("montant", "Montant (€)", Kind.MONEY, required=True, width=18, help="montant"),
        Field(
            "statut",
            "Statut",
            Kind.CHOICE,
            choices=Choices.FINANCING_STATUS,
            required=True,
            width=20,
            help="`Envisagé`, `Sollicité`, `Accord de principe`, `Acquis`, `Refusé` "
            "(liste modifiable)",
        ),
    ),
)

INDICATEUR = Entity(
    "indicateur",
    "indicateur",
    (
        Field("nom", "Indicateur", required=True, multiline=False, max_length=1000, width=44),
        Field("unite", "Unité", noun="l'unité", width=14),
        Field("valeur_cible", "Valeur cible", Kind.QUANTITY, noun="la valeur cible", width=13),
        Field("echeance", "Échéance", Kind.DATE, noun="l'échéance", width=13),
        Field(
            "valeur_atteinte", "Valeur atteinte", Kind.QUANTITY, noun="la valeur atteinte", width=15
        ),
    ),
)

ENTITIES: tuple[Entity, ...] = (
    TERRITOIRE,
    CONTRAT,
    ENJEU_LOCAL,
    AXE,
    SIGNATAIRE,
    FICHE_ACTION,
    LIGNE_FINANCEMENT,
    INDICATEUR,
)
"""Every entity, parents before children."""


def entity(name: str) -> Entity:
    """The entity of a SQL table name (``fiche_action``)."""
    for candidate in ENTITIES:
        if candidate.name == name:
            return candidate
    raise KeyError(name)
