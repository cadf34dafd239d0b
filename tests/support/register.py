"""Edits a chef de projet makes between two transmissions, written as the window would."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from ti_desktop.db.models import (
    FicheAction,
    Financeur,
    LigneFinancement,
    Signataire,
    StatutFinancement,
    Territoire,
)
from ti_desktop.db.store import Database
from ti_desktop.db.vocabulary import GroupeSignataire


def fiche(session: Session, numero: str) -> FicheAction:
    return session.scalars(select(FicheAction).where(FicheAction.numero == numero)).one()


def line(session: Session, numero: str, financer: str) -> LigneFinancement:
    found = [ln for ln in fiche(session, numero).financements if ln.financeur.libelle == financer]
    assert len(found) == 1, (numero, financer)
    return found[0]


def status(session: Session, label: str) -> StatutFinancement:
    return session.scalars(
        select(StatutFinancement).where(StatutFinancement.libelle == label)
    ).one()


def financer(session: Session, label: str) -> Financeur:
    return session.scalars(select(Financeur).where(Financeur.libelle == label)).one()


def add_fiche(session: Session, territoire_id: uuid.UUID, numero: str, cost: str) -> FicheAction:
    territory = session.get(Territoire, territoire_id)
    assert territory is not None
    added = FicheAction(
        numero=numero,
        intitule=f"Nouvelle action {numero}",
        axe=territory.axes[0],
        maitre_ouvrage="Troyes Champagne Métropole",
        cout_total_ht=Decimal(cost),
        position=len(territory.fiches),
    )
    added.financements.append(
        LigneFinancement(
            financeur=financer(session, "Région"),
            dispositif="Soutien à l'investissement",
            montant=Decimal("50000"),
            statut=status(session, "Sollicité"),
        )
    )
    territory.fiches.append(added)
    session.flush()
    return added


def trash_fiche(session: Session, numero: str) -> None:
    fiche(session, numero).supprime_le = datetime.now(UTC)


def add_signatory(session: Session, territoire_id: uuid.UUID) -> Signataire:
    person = Signataire(
        territoire_id=territoire_id,
        groupe=GroupeSignataire.PARTENAIRES_PUBLICS.value,
        organisme="ADEME",
        civilite="Mme",
        representant="Anne Vidal",
        fonction="Directrice régionale Grand Est",
        ordre=9,
    )
    session.add(person)
    session.flush()
    return person


def the_usual_edits(database: Database, territoire_id: uuid.UUID) -> None:
    """Added, removed, modified and renumbered fiches, a moved amount, a status, a signatory."""
    with database.session() as session:
        add_fiche(session, territoire_id, "4.4", "200000")
        trash_fiche(session, "2.2")
        fiche(session, "1.3").intitule = "Programme d'écologie industrielle (EIT) élargi"
        line(session, "1.1", "Région").montant = Decimal("800000")
        line(session, "1.1", "Union européenne (FEDER/FSE+)").montant = Decimal("1300000")
        line(session, "1.2", "ADEME").statut = status(session, "Acquis")
        fiche(session, "2.1").numero = "2.5"
        add_signatory(session, territoire_id)


def grow_demo(database: Database, territoire_id: uuid.UUID, count: int) -> None:
    """Bring the demo territory to ``count`` fiches: copies of its own, renumbered 9.1, 9.2…"""
    with database.session() as session:
        territory = session.get(Territoire, territoire_id)
        assert territory is not None
        models = list(territory.fiches)
        for i in range(count - len(models)):
            model = models[i % len(models)]
            copy = FicheAction(
                numero=f"9.{i + 1}",
                intitule=f"{model.intitule} (tranche {i + 2})",
                axe=model.axe,
                maitre_ouvrage=model.maitre_ouvrage,
                localisation=model.localisation,
                date_debut=model.date_debut,
                date_fin=model.date_fin,
                cout_total_ht=model.cout_total_ht,
                avancement=model.avancement,
                description=model.description,
                objectifs=model.objectifs,
                partenaires=model.partenaires,
                contact=model.contact,
                position=len(models) + i,
            )
            for line in model.financements:
                copy.financements.append(
                    LigneFinancement(
                        financeur=line.financeur,
                        dispositif=line.dispositif,
                        montant=line.montant,
                        statut=line.statut,
                        position=line.position,
                    )
                )
            territory.fiches.append(copy)


def follow_up(database: Database, territoire_id: uuid.UUID, transmissions: int) -> None:
    """Years of follow-up: an edit of one fiche, then a transmission, ``transmissions`` times.

    Every third transmission follows no edit (the same documents sent to someone else).
    """
    from ti_desktop.db.vocabulary import NatureEnvoi
    from ti_desktop.services.register.transmissions import record_transmission

    kinds = list(NatureEnvoi)
    with database.reader() as session:
        numbers = [
            n for (n,) in session.execute(select(FicheAction.numero).where(
                FicheAction.territoire_id == territoire_id, FicheAction.supprime_le.is_(None)
            ))
        ]  # fmt: skip
    for i in range(transmissions):
        if i % 3:
            with database.session() as session:
                edited = fiche(session, numbers[i % len(numbers)])
                edited.cout_total_ht = (edited.cout_total_ht or Decimal(0)) + Decimal(1000)
                if edited.financements:
                    edited.financements[0].montant += Decimal(500)
        record_transmission(
            database, territoire_id, kinds[i % len(kinds)], recipients=[f"partenaire{i}@ex.fr"]
        )
