"""The default reference lists written into a new database (progress, statuses, financers)."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ti_desktop.db.models import EtatAvancement, Financeur, StatutFinancement
from ti_desktop.db.vocabulary import (
    DEFAULT_FINANCERS,
    DEFAULT_FINANCING_STATUSES,
    DEFAULT_PROGRESS_STATES,
)


def ensure_reference_lists(session: Session) -> None:
    """Seed the default lists in a database that has none yet (idempotent)."""
    if session.scalar(select(func.count()).select_from(EtatAvancement)) == 0:
        session.add_all(
            EtatAvancement(libelle=label, position=i)
            for i, label in enumerate(DEFAULT_PROGRESS_STATES)
        )
    if session.scalar(select(func.count()).select_from(StatutFinancement)) == 0:
        session.add_all(
            StatutFinancement(libelle=label, position=i, categorie=category.value)
            for i, (label, category) in enumerate(DEFAULT_FINANCING_STATUSES)
        )
    if session.scalar(select(func.count()).select_from(Financeur)) == 0:
        session.add_all(
            Financeur(libelle=label, position=i) for i, label in enumerate(DEFAULT_FINANCERS)
        )
