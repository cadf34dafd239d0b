"""A small territory exercising every variable, for ``check-template``'s trial render.

Built in memory as read records (nothing is saved), it fills every field a template
may print, so a template that renders it renders any territory.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from ti_desktop.db.vocabulary import (
    DEFAULT_AXES,
    CategorieFinancement,
    Civilite,
    GroupeSignataire,
    Phase,
    StatutContrat,
    TypeDocument,
)
from ti_desktop.services.documents.context import contract_context, single_fiche_context
from ti_desktop.services.records import (
    AxisRecord,
    ContractRecord,
    EnjeuRecord,
    FicheRecord,
    FinancingLineRecord,
    IndicatorRecord,
    SignatoryRecord,
    TerritoryRecord,
    new_record,
)


def _signatories() -> list[SignatoryRecord]:
    intercommunalites, publics, economiques = GroupeSignataire
    people = (
        (intercommunalites, "CC d'essai", Civilite.MONSIEUR, "A", "Président"),
        (publics, "Région Grand Est", Civilite.MADAME, "B", "Présidente"),
        (economiques, "Usine d'essai", Civilite.MONSIEUR, "C", "Directeur"),
    )
    return [
        new_record(
            SignatoryRecord,
            groupe=group.value,
            organisme=organisation,
            civilite=civility.value,
            representant=name,
            fonction=function,
            ordre=order,
            email=f"signataire{order}@example.org",
            deliberation_reference=f"24-{order}",
            deliberation_date=date(2024, 4, order + 1),
        )
        for order, (group, organisation, civility, name, function) in enumerate(people)
    ]


def _fiche(axis: AxisRecord) -> FicheRecord:
    lines = [
        new_record(
            FinancingLineRecord,
            financeur=financer,
            financeur_position=position,
            montant=Decimal(amount),
            statut=status,
            categorie=category.value,
            position=position,
        )
        for position, (financer, amount, status, category) in enumerate(
            (
                ("État", "400", "Acquis", CategorieFinancement.ACQUIS),
                ("Région", "100", "Refusé", CategorieFinancement.REFUSE),
            )
        )
    ]
    indicator = new_record(
        IndicatorRecord, nom="Emplois", unite="emplois", valeur_cible=Decimal("10"), position=0
    )
    return new_record(
        FicheRecord,
        territoire_id=axis.territoire_id,
        numero="1.1",
        intitule="Action d'essai",
        axe_id=axis.id,
        axe=axis.libelle,
        avancement="En cours",
        maitre_ouvrage="CC d'essai",
        cout_total_ht=Decimal("1000"),
        date_debut=date(2024, 9, 1),
        date_fin=date(2026, 6, 30),
        position=0,
        financements=lines,
        indicateurs=[indicator],
    )


def sample_territory() -> TerritoryRecord:
    """A small territory exercising every variable (not saved anywhere)."""
    territory = new_record(
        TerritoryRecord,
        nom="Territoire d'essai",
        region="Grand Est",
        departements="Aube (10)",
        phase=Phase.PHASE_2.value,
        chef_projet_nom="Camille Essai",
        chef_projet_email="camille.essai@example.org",
        correspondant_region_email="correspondant@region.example.org",
        elu_referent="M. Élu Essai",
        industriel_referent="Mme Industrielle Essai",
        contrat_courant=None,
        signataires=[],
        axes=[],
        fiches_actives=[],
    )
    axis = new_record(
        AxisRecord, territoire_id=territory.id, position=0, libelle=DEFAULT_AXES[Phase.PHASE_2][3]
    )
    territory.contrat_courant = new_record(
        ContractRecord,
        territoire_id=territory.id,
        type_document=TypeDocument.CONTRAT.value,
        statut=StatutContrat.BROUILLON.value,
        annee_debut=2024,
        annee_fin=2027,
        date_signature=date(2024, 6, 28),
        lieu_signature="Troyes",
        deliberation_region_reference="24CP-1",
        deliberation_region_date=date(2024, 5, 24),
        enjeux_locaux=[new_record(EnjeuRecord, position=0, libelle="Reconquérir les friches")],
    )
    territory.signataires = _signatories()
    territory.axes = [axis]
    territory.fiches_actives = [_fiche(axis)]
    return territory


def known_variables() -> set[str]:
    """Top-level names offered to the templates (contract, fiche, avenant, report)."""
    return set(sample_context())


def sample_context() -> dict[str, Any]:
    """A context offering every variable (contract, single fiche, avenant, report)."""
    from ti_desktop.services.documents.register_sample import register_sample_context

    territory = sample_territory()
    context = contract_context(territory)
    context["fiche"] = single_fiche_context(territory, territory.fiches_actives[0])["fiche"]
    context.update(register_sample_context(sample_territory()))
    return context
