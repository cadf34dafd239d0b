"""What the base already holds, proposed while typing: type once, reuse everywhere.

Organisations and the people who sign for them (in any territory of the base), the
usual public partners of the programme, maîtres d'ouvrage, dispositifs and units:
plain queries returning texts or ``KnownSignatory`` values, most used first. The
window turns them into completers; choosing a known person fills the row. The
demonstration territory's fictitious people and projects are never proposed, nor
what lies in the trash.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ti_desktop.db.models import FicheAction, Indicateur, LigneFinancement, Signataire, Territoire
from ti_desktop.db.vocabulary import GroupeSignataire, fold


@dataclass(frozen=True)
class KnownSignatory:
    """An organisation and who signs for it, as last entered (or a usual partner)."""

    groupe: str
    organisme: str
    representant: str = ""
    fonction: str = ""
    civilite: str = ""
    email: str = ""

    @property
    def key(self) -> str:
        """What typing is matched against: the organisation and the person."""
        return f"{self.organisme} {self.representant}".strip()

    @property
    def label(self) -> str:
        """« Banque des Territoires — Olivier Moreau, Directeur régional »."""
        person = ", ".join(part for part in (self.representant, self.fonction) if part)
        return f"{self.organisme} — {person}" if person else self.organisme

    def values(self) -> dict[str, str]:
        """The fields a choice fills (empty ones left out)."""
        fields = {
            "organisme": self.organisme,
            "representant": self.representant,
            "fonction": self.fonction,
            "civilite": self.civilite,
            "email": self.email,
        }
        return {key: value for key, value in fields.items() if value}


_PUBLIC = GroupeSignataire.PARTENAIRES_PUBLICS.value
_ECONOMIC = GroupeSignataire.PARTENAIRES_ECONOMIQUES.value

USUAL_PARTNERS: tuple[KnownSignatory, ...] = (
    KnownSignatory(_PUBLIC, "Région", fonction="Président du Conseil régional"),
    KnownSignatory(_PUBLIC, "État", fonction="Préfet de département"),
    KnownSignatory(_PUBLIC, "Banque des Territoires", fonction="Directeur régional"),
    KnownSignatory(_PUBLIC, "Bpifrance", fonction="Directeur régional"),
    KnownSignatory(_PUBLIC, "France Travail", fonction="Directeur régional"),
    KnownSignatory(_PUBLIC, "Business France", fonction="Directeur régional"),
    KnownSignatory(_PUBLIC, "ADEME", fonction="Directeur régional"),
    KnownSignatory(_PUBLIC, "Département", fonction="Président du Conseil départemental"),
    KnownSignatory(_ECONOMIC, "CCI", fonction="Président"),
    KnownSignatory(_ECONOMIC, "Chambre de métiers et de l'artisanat", fonction="Président"),
    KnownSignatory(_ECONOMIC, "UIMM", fonction="Président"),
)
"""Partners of most contracts (domain brief §1), proposed before anything is typed."""


def _ranked(values: Iterable[str]) -> list[str]:
    """Distinct texts (ignoring case and accents), most frequent first, then by name."""
    counts: Counter[str] = Counter()
    shown: dict[str, str] = {}
    for value in values:
        text = " ".join(str(value or "").split())
        if not text:
            continue
        key = fold(text)
        counts[key] += 1
        shown.setdefault(key, text)
    return [shown[key] for key, _n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))]


def _real(query: Any, territory_column: Any) -> Any:
    """``query`` limited to real territories: not the demonstration, not in the trash."""
    return query.join(Territoire, territory_column == Territoire.id).where(
        Territoire.est_demo.is_(False), Territoire.supprime_le.is_(None)
    )


def _of_fiches(column: Any) -> Any:
    return _real(select(column).select_from(FicheAction), FicheAction.territoire_id)


def _of_lines(column: Any) -> Any:
    query = select(column).join(FicheAction, LigneFinancement.fiche_id == FicheAction.id)
    return _real(query, FicheAction.territoire_id)


def maitres_ouvrage(session: Session) -> list[str]:
    """Maîtres d'ouvrage of every fiche of the base, and the organisations that sign."""
    fiches = session.scalars(_of_fiches(FicheAction.maitre_ouvrage))
    organisations = session.scalars(_real(select(Signataire.organisme), Signataire.territoire_id))
    return _ranked([*fiches, *organisations])


def dispositifs(session: Session) -> list[str]:
    """Schemes (« Fonds vert », « FEDER »…) already entered on financing lines."""
    return _ranked(session.scalars(_of_lines(LigneFinancement.dispositif)))


def units(session: Session) -> list[str]:
    """Units of the indicators already entered (« emplois », « entreprises »…)."""
    query = select(Indicateur.unite).join(FicheAction, Indicateur.fiche_id == FicheAction.id)
    return _ranked(session.scalars(_real(query, FicheAction.territoire_id)))


def localisations(session: Session) -> list[str]:
    """Places of the fiches already entered."""
    return _ranked(session.scalars(_of_fiches(FicheAction.localisation)))


def known_signatories(session: Session, region: str = "") -> list[KnownSignatory]:
    """Every organisation and person of the base (latest entry first), then usual partners.

    ``region`` (the territory's) names the Région's usual entry (« Région Grand Est »).
    A usual partner already in the base under the same name is not repeated.
    """
    found: list[KnownSignatory] = []
    seen: set[tuple[str, str]] = set()
    query = select(
        Signataire.groupe,
        Signataire.organisme,
        Signataire.representant,
        Signataire.fonction,
        Signataire.civilite,
        Signataire.email,
    ).order_by(Signataire.updated_at.desc())
    rows = session.execute(_real(query, Signataire.territoire_id))
    for groupe, organisme, representant, fonction, civilite, email in rows:
        key = (fold(organisme), fold(representant))
        if not organisme.strip() or key in seen:
            continue
        seen.add(key)
        found.append(KnownSignatory(groupe, organisme, representant, fonction, civilite, email))
    organisations = {fold(item.organisme) for item in found}
    for partner in USUAL_PARTNERS:
        name = partner.organisme
        if name == "Région" and region.strip():
            name = f"Région {region.strip()}"
        if fold(name) not in organisations:
            found.append(KnownSignatory(partner.groupe, name, fonction=partner.fonction))
    return found
