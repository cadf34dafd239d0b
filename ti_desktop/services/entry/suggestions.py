"""What the base already holds, proposed while typing: type once, reuse everywhere.

Organisations and the people who sign for them (in any territory of the base), the
usual public partners of the programme, maîtres d'ouvrage, dispositifs and units:
plain queries returning texts or ``KnownSignatory`` values, most used first. The
window turns them into completers; choosing a known person fills the row.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ti_desktop.db.models import FicheAction, Indicateur, LigneFinancement, Signataire
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


def maitres_ouvrage(session: Session) -> list[str]:
    """Maîtres d'ouvrage of every fiche of the base, and the organisations that sign."""
    fiches = session.scalars(select(FicheAction.maitre_ouvrage))
    organisations = session.scalars(select(Signataire.organisme))
    return _ranked([*fiches, *organisations])


def dispositifs(session: Session) -> list[str]:
    """Schemes (« Fonds vert », « FEDER »…) already entered on financing lines."""
    return _ranked(session.scalars(select(LigneFinancement.dispositif)))


def units(session: Session) -> list[str]:
    """Units of the indicators already entered (« emplois », « entreprises »…)."""
    return _ranked(session.scalars(select(Indicateur.unite)))


def localisations(session: Session) -> list[str]:
    """Places of the fiches already entered."""
    return _ranked(session.scalars(select(FicheAction.localisation)))


def known_signatories(session: Session, region: str = "") -> list[KnownSignatory]:
    """Every organisation and person of the base (latest entry first), then usual partners.

    ``region`` (the territory's) names the Région's usual entry (« Région Grand Est »).
    A usual partner already in the base under the same name is not repeated.
    """
    found: list[KnownSignatory] = []
    seen: set[tuple[str, str]] = set()
    rows = session.execute(
        select(
            Signataire.groupe,
            Signataire.organisme,
            Signataire.representant,
            Signataire.fonction,
            Signataire.civilite,
            Signataire.email,
        ).order_by(Signataire.updated_at.desc())
    )
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


def signatory_count(session: Session) -> int:
    """How many signatories the base holds (to know whether suggestions changed)."""
    return int(session.scalar(select(func.count()).select_from(Signataire)) or 0)
