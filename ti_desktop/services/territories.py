"""Territories: creation with their default axes and contract, look-up, listing."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from ti_desktop.db.models import (
    Axe,
    Contrat,
    FicheAction,
    LigneFinancement,
    Territoire,
)
from ti_desktop.db.vocabulary import DEFAULT_AXES, Phase, StatutContrat, TypeDocument, fold
from ti_desktop.errors import UserFacingError
from ti_desktop.services.fields import TERRITOIRE, FieldValueError, read_value
from ti_desktop.services.financing import ZERO, summarize_fiche


def full_territory_options() -> list[object]:
    """Loader options fetching everything a document or a workbook needs at once."""
    fiches = selectinload(Territoire.fiches)
    return [
        selectinload(Territoire.contrats).selectinload(Contrat.enjeux_locaux),
        selectinload(Territoire.signataires),
        selectinload(Territoire.axes),
        fiches.selectinload(FicheAction.financements).selectinload(LigneFinancement.financeur),
        fiches.selectinload(FicheAction.financements).selectinload(LigneFinancement.statut),
        fiches.selectinload(FicheAction.indicateurs),
        fiches.selectinload(FicheAction.axe),
        fiches.selectinload(FicheAction.avancement),
    ]


PHASE_PERIODS: dict[Phase, tuple[int, int]] = {
    Phase.PHASE_1: (2019, 2022),
    Phase.PHASE_2: (2023, 2027),
}
"""The years a new contract of each phase covers (phase 1 contracts were signed from 2019)."""


def phase_period(phase: Phase | str) -> tuple[int, int]:
    """The default period of a phase's contracts (phase 2's for an unknown phase)."""
    try:
        return PHASE_PERIODS[Phase(phase)]
    except ValueError:
        return PHASE_PERIODS[Phase.PHASE_2]


def check_territory_name(
    session: Session, nom: str, territoire_id: uuid.UUID | None = None
) -> None:
    """Refuse a name another territory (trash included) has, ignoring case and accents.

    Raises:
        FieldValueError: naming the territory that already has it.
    """
    key = fold(nom)
    for other_id, other_name in session.execute(select(Territoire.id, Territoire.nom)):
        if other_id != territoire_id and fold(other_name) == key:
            raise FieldValueError(
                TERRITOIRE["nom"], f"un territoire nommé « {other_name} » existe déjà"
            )


def create_territory(
    session: Session,
    nom: str,
    region: str,
    phase: Phase = Phase.PHASE_2,
    *,
    departements: str = "",
    type_document: TypeDocument = TypeDocument.CONTRAT,
    territoire_id: uuid.UUID | None = None,
) -> Territoire:
    """A new territory with the default axes of its phase and a draft contract.

    The window creates a territory before its region is known: ``region`` may be
    empty here (it is required once entered, see ``edits.territories``).

    Raises:
        FieldValueError: the name is empty, too long, or already taken.
    """
    nom = read_value(TERRITOIRE["nom"], nom)
    check_territory_name(session, nom)
    territory = Territoire(
        id=territoire_id or uuid.uuid4(),
        nom=nom,
        region=region.strip(),
        phase=phase.value,
        departements=departements,
    )
    territory.axes = [Axe(position=i, libelle=label) for i, label in enumerate(DEFAULT_AXES[phase])]
    start, end = phase_period(phase)
    territory.contrats = [
        Contrat(
            type_document=type_document.value,
            statut=StatutContrat.BROUILLON.value,
            annee_debut=start,
            annee_fin=end,
            courant=True,
        )
    ]
    session.add(territory)
    session.flush()
    return territory


def find_territory(
    session: Session, nom: str, *, include_deleted: bool = False
) -> Territoire | None:
    """The territory of that name, ignoring case and accents."""
    key = fold(nom)
    query = select(Territoire)
    if not include_deleted:
        query = query.where(Territoire.supprime_le.is_(None))
    return next((t for t in session.scalars(query) if fold(t.nom) == key), None)


def require_territory(session: Session, nom: str) -> Territoire:
    """The territory named exactly, or the only one whose name contains ``nom``.

    Raises:
        UserFacingError: none or several match; the message lists the candidates.
    """
    territory = find_territory(session, nom)
    if territory is not None:
        return territory
    known = list_territories(session)
    partial = [t for t in known if fold(nom) in fold(t.nom)]
    if len(partial) == 1:
        return partial[0]
    names = ", ".join(sorted(f"« {t.nom} »" for t in (partial or known))) or "aucun"
    if len(partial) > 1:
        raise UserFacingError(
            f"« {nom} » désigne plusieurs territoires : {names}. Précisez le nom."
        )
    raise UserFacingError(f"Territoire « {nom} » introuvable. Territoires connus : {names}.")


def list_territories(session: Session, *, full: bool = False) -> Sequence[Territoire]:
    """Territories not in the trash, by name."""
    query = select(Territoire).where(Territoire.supprime_le.is_(None)).order_by(Territoire.nom)
    if full:
        query = query.options(*full_territory_options())  # type: ignore[arg-type]
    return session.scalars(query).all()


@dataclass(frozen=True)
class TerritoryOverview:
    """One line of ``ti-desktop list``."""

    nom: str
    region: str
    phase: str
    type_document: str
    statut: str
    periode: str
    signataires: int
    fiches: int
    cout_total: Decimal
    acquis: Decimal
    est_demo: bool

    def as_json(self) -> dict[str, object]:
        return {
            "territoire": self.nom,
            "region": self.region,
            "phase": self.phase,
            "type_document": self.type_document,
            "statut": self.statut,
            "periode": self.periode,
            "signataires": self.signataires,
            "fiches": self.fiches,
            "cout_total_ht": str(self.cout_total),
            "financements_acquis": str(self.acquis),
            "demo": self.est_demo,
        }


def overview(session: Session) -> list[TerritoryOverview]:
    """Counts and sums per territory for listings."""
    rows = []
    for territory in list_territories(session, full=True):
        contract = territory.contrat_courant
        fiches = territory.fiches_actives
        summaries = [summarize_fiche(f) for f in fiches]
        rows.append(
            TerritoryOverview(
                nom=territory.nom,
                region=territory.region,
                phase=territory.phase,
                type_document=contract.type_document if contract else "",
                statut=contract.statut if contract else "",
                periode=contract.periode if contract else "",
                signataires=len(territory.signataires),
                fiches=len(fiches),
                cout_total=sum((f.cout_total_ht or ZERO for f in fiches), ZERO),
                acquis=sum((s.acquis for s in summaries), ZERO),
                est_demo=territory.est_demo,
            )
        )
    return rows
