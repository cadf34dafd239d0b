"""Territories with different money situations, for the Région workbook tests."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ti_desktop.db.models import (
    FicheAction,
    LigneFinancement,
    Signataire,
    StatutFinancement,
    Territoire,
)
from ti_desktop.db.store import Database
from ti_desktop.db.vocabulary import GroupeSignataire, Phase, StatutContrat, TypeDocument
from ti_desktop.services import reference_lists
from ti_desktop.services.territories import create_territory

ALPHA = "Alpha – Vallée de l'Aube"
BETA = "Bêta Pyrénées"
GAMMA = "Gamma (sans fiche)"

_I = GroupeSignataire.INTERCOMMUNALITES.value
_P = GroupeSignataire.PARTENAIRES_PUBLICS.value

# (financer, amount, status)
Line = tuple[str, str, str]


def add_fiche(
    session: Session,
    territory: Territoire,
    numero: str,
    *,
    axis: int | None,
    cost: str | None,
    progress: str | None,
    lines: list[Line],
    deleted: bool = False,
) -> FicheAction:
    states = reference_lists.progress_states(session)
    statuses = reference_lists.financing_statuses(session)
    financers = reference_lists.financers(session)
    for financer, _, _ in lines:
        if reference_lists.find_by_label(financers, financer) is None:
            financers.append(reference_lists.add_financer(session, financer))
    fiche = FicheAction(
        territoire=territory,
        numero=numero,
        intitule=f"Fiche {numero}",
        axe=territory.axes[axis] if axis is not None else None,
        maitre_ouvrage="Maître d'ouvrage",
        cout_total_ht=Decimal(cost) if cost is not None else None,
        avancement=reference_lists.find_by_label(states, progress) if progress else None,
        position=len(territory.fiches),
        supprime_le=datetime(2026, 1, 5, tzinfo=UTC) if deleted else None,
    )
    for position, (financer, amount, status) in enumerate(lines):
        found = reference_lists.find_by_label(financers, financer)
        assert found is not None
        fiche.financements.append(
            LigneFinancement(
                financeur=found,
                montant=Decimal(amount),
                statut=reference_lists.find_by_label(statuses, status),
                position=position,
            )
        )
    session.add(fiche)
    return fiche


def add_signatory(
    session: Session, territory: Territoire, group: str, organisme: str, ordre: int
) -> None:
    session.add(
        Signataire(
            territoire=territory,
            groupe=group,
            organisme=organisme,
            representant=f"Personne {ordre}",
            ordre=ordre,
        )
    )


def build_alpha(session: Session, name: str = ALPHA) -> Territoire:
    """Phase 2, signed; refused, over-financed, cost-less and trashed fiches."""
    alpha = create_territory(session, name, "Grand Est", Phase.PHASE_2, departements="Aube (10)")
    contract = alpha.contrats[0]
    contract.statut = StatutContrat.SIGNE.value
    contract.date_signature = date(2024, 6, 28)
    add_signatory(session, alpha, _I, "CA Troyes", 1)
    add_signatory(session, alpha, _I, "CA Troyes", 2)  # co-representative: one organisation
    add_signatory(session, alpha, _I, "CC du Barséquanais", 3)
    add_signatory(session, alpha, _P, "Région Grand Est", 1)
    add_fiche(
        session,
        alpha,
        "1.1",
        axis=0,
        cost="1000.10",
        progress="En cours",
        lines=[
            ("Région", "400.05", "Acquis"),
            ("État", "300.00", "Sollicité"),
            ("Bpifrance", "500.00", "Refusé"),
        ],
    )
    add_fiche(
        session,
        alpha,
        "1.2",
        axis=0,
        cost="200.00",
        progress="Réalisée",
        lines=[
            ("Région", "150.00", "Acquis"),
            ("ADEME", "100.00", "Accord de principe"),
        ],
    )  # over-financed by 50
    add_fiche(
        session,
        alpha,
        "2.1",
        axis=1,
        cost=None,
        progress="À l'étude",
        lines=[
            ("État", "80.00", "Envisagé"),
        ],
    )
    add_fiche(
        session,
        alpha,
        "3.1",
        axis=2,
        cost="999.00",
        progress="En cours",
        deleted=True,
        lines=[
            ("Région", "999.00", "Acquis"),
        ],
    )
    session.flush()
    return alpha


def build_beta(session: Session, name: str = BETA, *, axisless: bool = True) -> Territoire:
    """Phase 1 protocol in another région; fiches without progress state, without axis."""
    beta = create_territory(
        session, name, "Occitanie", Phase.PHASE_1, type_document=TypeDocument.PROTOCOLE
    )
    add_signatory(session, beta, _I, "CA Tarbes-Lourdes-Pyrénées", 1)
    add_fiche(
        session,
        beta,
        "1",
        axis=0,
        cost="5000.00",
        progress="Réalisée",
        lines=[
            ("Région", "5000.00", "Acquis"),
        ],
    )
    add_fiche(session, beta, "2", axis=1, cost="123.45", progress=None, lines=[])
    add_fiche(
        session,
        beta,
        "3",
        axis=None if axisless else 4,
        cost="10.00",
        progress="En cours",
        lines=[
            ("Privé", "4.00", "Sollicité"),
            ("Privé", "1.00", "Acquis"),
        ],
    )
    session.flush()
    return beta


def build_gamma(session: Session, name: str = GAMMA) -> Territoire:
    return create_territory(session, name, "Grand Est", Phase.PHASE_2)


def database_sums(database: Database) -> tuple[Decimal, dict[str, Decimal]]:
    """Total cost and financing per category, straight from SQL (fiches not in the trash)."""
    with database.reader() as session:
        live = (FicheAction.supprime_le.is_(None), Territoire.supprime_le.is_(None))
        cost = session.scalar(
            select(func.coalesce(func.sum(FicheAction.cout_total_ht), 0))
            .join(Territoire)
            .where(*live)
        )
        per_category = {
            category: amount
            for category, amount in session.execute(
                select(StatutFinancement.categorie, func.sum(LigneFinancement.montant))
                .select_from(LigneFinancement)
                .join(LigneFinancement.statut)
                .join(LigneFinancement.fiche)
                .join(FicheAction.territoire)
                .where(*live)
                .group_by(StatutFinancement.categorie)
            )
        }
    return Decimal(cost).quantize(Decimal("0.01")), {
        k: Decimal(v).quantize(Decimal("0.01")) for k, v in per_category.items()
    }
