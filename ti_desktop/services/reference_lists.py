"""The editable reference lists: progress states, financing statuses, financers.

A new database gets the default lists from ``db.seed`` when it is opened.
"""

from __future__ import annotations

from typing import TypeVar

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ti_desktop.db.models import EtatAvancement, Financeur, StatutFinancement
from ti_desktop.db.vocabulary import fold


def progress_states(session: Session) -> list[EtatAvancement]:
    """Progress states in display order."""
    return list(session.scalars(select(EtatAvancement).order_by(EtatAvancement.position)))


def financing_statuses(session: Session) -> list[StatutFinancement]:
    """Financing statuses in display order."""
    return list(session.scalars(select(StatutFinancement).order_by(StatutFinancement.position)))


def financers(session: Session) -> list[Financeur]:
    """Financers in display order."""
    return list(session.scalars(select(Financeur).order_by(Financeur.position)))


_Row = TypeVar("_Row", EtatAvancement, StatutFinancement, Financeur)


def find_by_label(rows: list[_Row], label: str) -> _Row | None:
    """The row whose label equals ``label`` ignoring case and accents."""
    key = fold(label)
    return next((row for row in rows if fold(row.libelle) == key), None)


def add_financer(session: Session, label: str) -> Financeur:
    """Append a financer at the end of the list."""
    last = session.scalar(select(func.max(Financeur.position))) or 0
    financer = Financeur(libelle=label.strip(), position=last + 1)
    session.add(financer)
    return financer
