"""The domain tables: territories, contracts, signatories, axes, fiches-actions.

Class names are the French domain nouns the users speak (domain.md); columns are
French too, so a field reads the same in the code, the workbook and the templates.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import ForeignKey, Index, LargeBinary, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ti_desktop.db.base import Base, Quantity


class Territoire(Base):
    __tablename__ = "territoire"

    nom: Mapped[str] = mapped_column(unique=True)
    region: Mapped[str]
    departements: Mapped[str] = mapped_column(default="")
    phase: Mapped[str]
    chef_projet_nom: Mapped[str] = mapped_column(default="")
    chef_projet_email: Mapped[str] = mapped_column(default="")
    chef_projet_telephone: Mapped[str] = mapped_column(default="")
    elu_referent: Mapped[str] = mapped_column(default="")
    industriel_referent: Mapped[str] = mapped_column(default="")
    correspondant_region_email: Mapped[str] = mapped_column(default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    est_demo: Mapped[bool] = mapped_column(default=False)
    supprime_le: Mapped[datetime | None]

    contrats: Mapped[list[Contrat]] = relationship(
        back_populates="territoire", cascade="all, delete-orphan", order_by="Contrat.created_at"
    )
    signataires: Mapped[list[Signataire]] = relationship(
        back_populates="territoire",
        cascade="all, delete-orphan",
        order_by="(Signataire.groupe, Signataire.ordre)",
    )
    axes: Mapped[list[Axe]] = relationship(
        back_populates="territoire", cascade="all, delete-orphan", order_by="Axe.position"
    )
    fiches: Mapped[list[FicheAction]] = relationship(
        back_populates="territoire", cascade="all, delete-orphan", order_by="FicheAction.position"
    )

    @property
    def contrat_courant(self) -> Contrat | None:
        """The contract being drafted or signed (avenants come later)."""
        current = [c for c in self.contrats if c.courant]
        return current[-1] if current else (self.contrats[-1] if self.contrats else None)

    @property
    def fiches_actives(self) -> list[FicheAction]:
        """Fiches not in the trash, in their order."""
        return [f for f in self.fiches if f.supprime_le is None]


class Contrat(Base):
    __tablename__ = "contrat"

    territoire_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("territoire.id", ondelete="CASCADE"), index=True
    )
    type_document: Mapped[str]
    annee_debut: Mapped[int | None]
    annee_fin: Mapped[int | None]
    statut: Mapped[str]
    courant: Mapped[bool] = mapped_column(default=True)
    date_signature: Mapped[date | None]
    lieu_signature: Mapped[str] = mapped_column(default="")
    deliberation_region_reference: Mapped[str] = mapped_column(default="")
    deliberation_region_date: Mapped[date | None]
    preambule: Mapped[str] = mapped_column(Text, default="")
    presentation_territoire: Mapped[str] = mapped_column(Text, default="")
    strategie: Mapped[str] = mapped_column(Text, default="")
    gouvernance: Mapped[str] = mapped_column(Text, default="")

    territoire: Mapped[Territoire] = relationship(back_populates="contrats")
    enjeux_locaux: Mapped[list[EnjeuLocal]] = relationship(
        back_populates="contrat", cascade="all, delete-orphan", order_by="EnjeuLocal.position"
    )

    @property
    def periode(self) -> str:
        """The period as written in documents, e.g. ``2022-2026``."""
        if self.annee_debut and self.annee_fin:
            return f"{self.annee_debut}-{self.annee_fin}"
        return str(self.annee_debut or self.annee_fin or "")


class EnjeuLocal(Base):
    __tablename__ = "enjeu_local"

    contrat_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("contrat.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int]
    libelle: Mapped[str] = mapped_column(Text)

    contrat: Mapped[Contrat] = relationship(back_populates="enjeux_locaux")


class Signataire(Base):
    """One person signing for an organisation.

    Rows of the same territory sharing ``organisme`` are co-representatives of one
    organisation (a president and vice-presidents), signed in ``ordre``.
    """

    __tablename__ = "signataire"

    territoire_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("territoire.id", ondelete="CASCADE"), index=True
    )
    groupe: Mapped[str]
    organisme: Mapped[str]
    civilite: Mapped[str] = mapped_column(String(10), default="")
    representant: Mapped[str] = mapped_column(default="")
    fonction: Mapped[str] = mapped_column(default="")
    ordre: Mapped[int] = mapped_column(default=0)
    deliberation_reference: Mapped[str] = mapped_column(default="")
    deliberation_date: Mapped[date | None]
    email: Mapped[str] = mapped_column(default="")

    territoire: Mapped[Territoire] = relationship(back_populates="signataires")


class Axe(Base):
    __tablename__ = "axe"
    __table_args__ = (UniqueConstraint("territoire_id", "libelle"),)

    territoire_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("territoire.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int]
    libelle: Mapped[str]

    territoire: Mapped[Territoire] = relationship(back_populates="axes")


class EtatAvancement(Base):
    __tablename__ = "etat_avancement"

    libelle: Mapped[str] = mapped_column(unique=True)
    position: Mapped[int]


class StatutFinancement(Base):
    __tablename__ = "statut_financement"

    libelle: Mapped[str] = mapped_column(unique=True)
    position: Mapped[int]
    categorie: Mapped[str] = mapped_column(String(20))


class Financeur(Base):
    __tablename__ = "financeur"

    libelle: Mapped[str] = mapped_column(unique=True)
    position: Mapped[int]


class FicheAction(Base):
    __tablename__ = "fiche_action"
    __table_args__ = (
        UniqueConstraint("territoire_id", "numero"),
        Index("ix_fiche_action_territoire_position", "territoire_id", "position"),
    )

    territoire_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("territoire.id", ondelete="CASCADE")
    )
    numero: Mapped[str] = mapped_column(String(20))
    intitule: Mapped[str] = mapped_column(Text)
    axe_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("axe.id", ondelete="SET NULL"), index=True
    )
    enjeu_local: Mapped[str] = mapped_column(Text, default="")
    maitre_ouvrage: Mapped[str] = mapped_column(default="")
    contact: Mapped[str] = mapped_column(default="")
    description: Mapped[str] = mapped_column(Text, default="")
    objectifs: Mapped[str] = mapped_column(Text, default="")
    partenaires: Mapped[str] = mapped_column(Text, default="")
    localisation: Mapped[str] = mapped_column(default="")
    date_debut: Mapped[date | None]
    date_fin: Mapped[date | None]
    cout_total_ht: Mapped[Decimal | None]
    avancement_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("etat_avancement.id", ondelete="SET NULL")
    )
    demande_simplification: Mapped[str] = mapped_column(Text, default="")
    notes_privees: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int] = mapped_column(default=0)
    supprime_le: Mapped[datetime | None]

    territoire: Mapped[Territoire] = relationship(back_populates="fiches")
    axe: Mapped[Axe | None] = relationship()
    avancement: Mapped[EtatAvancement | None] = relationship()
    financements: Mapped[list[LigneFinancement]] = relationship(
        back_populates="fiche", cascade="all, delete-orphan", order_by="LigneFinancement.position"
    )
    indicateurs: Mapped[list[Indicateur]] = relationship(
        back_populates="fiche", cascade="all, delete-orphan", order_by="Indicateur.position"
    )


class LigneFinancement(Base):
    __tablename__ = "ligne_financement"

    fiche_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("fiche_action.id", ondelete="CASCADE"), index=True
    )
    financeur_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("financeur.id"))
    dispositif: Mapped[str] = mapped_column(default="")
    montant: Mapped[Decimal]
    statut_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("statut_financement.id"))
    position: Mapped[int] = mapped_column(default=0)

    fiche: Mapped[FicheAction] = relationship(back_populates="financements")
    financeur: Mapped[Financeur] = relationship()
    statut: Mapped[StatutFinancement] = relationship()


class Indicateur(Base):
    __tablename__ = "indicateur"

    fiche_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("fiche_action.id", ondelete="CASCADE"), index=True
    )
    nom: Mapped[str] = mapped_column(Text)
    unite: Mapped[str] = mapped_column(default="")
    valeur_cible: Mapped[Decimal | None] = mapped_column(Quantity)
    echeance: Mapped[date | None]
    valeur_atteinte: Mapped[Decimal | None] = mapped_column(Quantity)
    position: Mapped[int] = mapped_column(default=0)

    fiche: Mapped[FicheAction] = relationship(back_populates="indicateurs")


# --- the register of transmissions: local data of this laptop, never synchronised ---------

LOCAL_TABLES: tuple[str, ...] = ("instantane", "envoi", "envoi_fichier")
"""Tables of what this laptop sent: a publication to the regional server leaves them out."""


class Instantane(Base):
    """A frozen copy of a territory's records at the moment something was sent.

    ``donnees`` is compressed JSON (``services/register/snapshots.py``); identical
    states of a territory share one row (``empreinte`` is the SHA-256 of the JSON). A
    snapshot with a ``base_id`` stores only the records that differ from that full one.
    """

    __tablename__ = "instantane"
    __table_args__ = (UniqueConstraint("territoire_id", "empreinte"), {"info": {"local": True}})

    territoire_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("territoire.id", ondelete="CASCADE")
    )
    format: Mapped[int]
    empreinte: Mapped[str] = mapped_column(String(64))
    taille_brute: Mapped[int]
    base_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("instantane.id"))
    donnees: Mapped[bytes] = mapped_column(LargeBinary)


class Envoi(Base):
    """One transmission: what left the app, to whom, when, and the data it showed."""

    __tablename__ = "envoi"
    __table_args__ = (
        Index("ix_envoi_territoire_envoye_le", "territoire_id", "envoye_le"),
        {"info": {"local": True}},
    )

    territoire_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("territoire.id", ondelete="CASCADE")
    )
    nature: Mapped[str] = mapped_column(String(20))
    objet: Mapped[str] = mapped_column(default="")
    destinataires: Mapped[str] = mapped_column(Text, default="")  # one address per line
    envoye_le: Mapped[datetime]
    version_logiciel: Mapped[str] = mapped_column(String(40), default="")
    instantane_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("instantane.id"), index=True)
    signe_le: Mapped[date | None]  # the signature date of a contract or avenant sent

    fichiers: Mapped[list[FichierEnvoye]] = relationship(
        cascade="all, delete-orphan", order_by="FichierEnvoye.position"
    )


class FichierEnvoye(Base):
    """A file of a transmission: its name, SHA-256 and the copy kept in the data folder."""

    __tablename__ = "envoi_fichier"
    __table_args__ = ({"info": {"local": True}},)

    envoi_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("envoi.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(default=0)
    nom: Mapped[str]
    sha256: Mapped[str] = mapped_column(String(64))
    taille: Mapped[int]
    copie: Mapped[str] = mapped_column(Text)  # relative to the data folder, with / separators


# The synchronisation's local bookkeeping tables share the metadata (migration 0003).
from ti_desktop.db import sync_tracking  # noqa: E402, F401
