"""Laptop-side helpers of the sync tests: territories to share, edits, what a file holds."""

from __future__ import annotations

import uuid
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import select, update

from ti_desktop.db.models import (
    Contrat,
    EnjeuLocal,
    FicheAction,
    Indicateur,
    LigneFinancement,
    Signataire,
    Territoire,
)
from ti_desktop.db.store import Database
from ti_desktop.db.vocabulary import GroupeSignataire, Phase
from ti_desktop.services import reference_lists
from ti_desktop.services.sync.local import demo_territories, read_rows
from ti_desktop.services.sync.tables import sync_tables
from ti_desktop.services.territories import create_territory


def build_territory(
    database: Database, name: str, region: str = "Grand Est", *, fiches: int = 3
) -> uuid.UUID:
    """A territory with a contract, enjeux, signatories and fiches with lines and indicators."""
    with database.session() as session:
        territory = create_territory(session, name, region, Phase.PHASE_2, departements="Aube (10)")
        territory.chef_projet_nom = "Camille Martin"
        contract = territory.contrats[0]
        contract.enjeux_locaux = [EnjeuLocal(position=0, libelle="Garder les savoir-faire")]
        session.add(
            Signataire(
                territoire=territory,
                groupe=GroupeSignataire.INTERCOMMUNALITES.value,
                organisme=f"CA de {name}",
                representant="Dominique Bernard",
                civilite="Mme",
                ordre=1,
            )
        )
        financers = reference_lists.financers(session)
        statuses = reference_lists.financing_statuses(session)
        states = reference_lists.progress_states(session)
        for number in range(1, fiches + 1):
            fiche = FicheAction(
                territoire=territory,
                numero=f"1.{number}",
                intitule=f"Action {number} de {name}",
                axe=territory.axes[number % len(territory.axes)],
                maitre_ouvrage="Syndicat mixte",
                description=f"Description de l'action {number}.",
                date_debut=date(2024, 1, number),
                cout_total_ht=Decimal(1000 * number) + Decimal("0.50"),
                avancement=states[number % len(states)],
                notes_privees="note privée",
                position=number - 1,
            )
            fiche.financements = [
                LigneFinancement(
                    financeur=financers[i],
                    montant=Decimal(100 * (i + 1)),
                    statut=statuses[i],
                    position=i,
                )
                for i in range(2)
            ]
            fiche.indicateurs = [
                Indicateur(
                    nom="Emplois créés", unite="emplois", valeur_cible=Decimal(12), position=0
                )
            ]
            session.add(fiche)
        session.flush()
        return territory.id


def content(database: Database) -> dict[str, dict[uuid.UUID, dict[str, Any]]]:
    """Every synchronised row (compared columns), demo territories left out."""
    found: dict[str, dict[uuid.UUID, dict[str, Any]]] = {}
    with database.engine.connect() as connection:
        demo = demo_territories(connection)
        for table in sync_tables():
            ids = list(connection.scalars(select(table.table.c.id)))
            rows = read_rows(connection, table, ids)
            found[table.name] = {
                i: {c: v[c] for c in table.compared}
                for i, v in rows.items()
                if not (table.name == "territoire" and i in demo)
            }
    return found


def fiche_id(database: Database, numero: str, territory: str | None = None) -> uuid.UUID:
    with database.reader() as session:
        query = select(FicheAction.id).where(FicheAction.numero == numero)
        if territory is not None:
            query = query.join(Territoire).where(Territoire.nom == territory)
        found = session.scalar(query)
        assert found is not None
        return found


def set_values(database: Database, model: type, row_id: uuid.UUID, **values: Any) -> None:
    """An ORM edit, as the window makes it."""
    with database.session() as session:
        row = session.get(model, row_id)
        assert row is not None
        for key, value in values.items():
            setattr(row, key, value)


def core_update(database: Database, model: Any, row_id: uuid.UUID, **values: Any) -> None:
    """A Core UPDATE, as bulk code makes it."""
    with database.session() as session:
        session.execute(update(model).where(model.id == row_id).values(**values))


def delete_row(database: Database, model: type, row_id: uuid.UUID) -> None:
    with database.session() as session:
        row = session.get(model, row_id)
        assert row is not None
        session.delete(row)


def fiche_values(database: Database, row_id: uuid.UUID) -> dict[str, Any] | None:
    with database.reader() as session:
        fiche = session.get(FicheAction, row_id)
        if fiche is None:
            return None
        return {
            "numero": fiche.numero,
            "intitule": fiche.intitule,
            "cout_total_ht": fiche.cout_total_ht,
        }


__all__ = ["Contrat", "FicheAction", "LigneFinancement", "Territoire"]
