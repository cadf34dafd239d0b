"""The register of transmissions: what left the app, to whom, when, and the data it showed.

Every document sent (contract, fiche, Région workbook, e-mail draft, avenant, report,
publication to the regional server) is recorded with its files' names and SHA-256, a
copy of each file kept in the data folder (``paths.sent_copies_dir()``), the
recipients when known, the program's version, and a snapshot of the territory's
records at that moment (``snapshots``). A contract or avenant sent may then be marked
as the signed version, with its signature date. Transmissions are data of this laptop:
the publication to the regional server never carries them (``db.models.LOCAL_TABLES``).
"""

from __future__ import annotations

import hashlib
import shutil
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ti_desktop import __version__, paths
from ti_desktop.db.base import utc_now
from ti_desktop.db.models import Envoi, FichierEnvoye, Territoire
from ti_desktop.db.store import Database
from ti_desktop.db.vocabulary import fold
from ti_desktop.errors import UserFacingError
from ti_desktop.services.files.atomic import atomic_path
from ti_desktop.services.french_format import format_date_long
from ti_desktop.services.records import Record
from ti_desktop.services.register.snapshots import take_snapshot


class NatureEnvoi(StrEnum):
    """What was sent (stored as these short keys)."""

    CONTRAT = "contrat"
    FICHE = "fiche"
    CLASSEUR = "classeur"
    COURRIEL = "courriel"
    PUBLICATION = "publication"
    AVENANT = "avenant"
    RAPPORT = "rapport"
    FORMULAIRE = "formulaire"

    @property
    def label(self) -> str:
        """The French name shown in the register."""
        return _LABELS[self]


_LABELS = {
    NatureEnvoi.CONTRAT: "Contrat",
    NatureEnvoi.FICHE: "Fiche-action",
    NatureEnvoi.CLASSEUR: "Classeur Région",
    NatureEnvoi.COURRIEL: "Courriel",
    NatureEnvoi.PUBLICATION: "Publication au serveur régional",
    NatureEnvoi.AVENANT: "Avenant",
    NatureEnvoi.RAPPORT: "Rapport de suivi",
    NatureEnvoi.FORMULAIRE: "Formulaire de fiche-action à remplir",
}
SIGNABLE = frozenset({NatureEnvoi.CONTRAT, NatureEnvoi.AVENANT})
"""Documents that are signed: their transmission may be marked as the signed version."""


def nature_label(value: str) -> str:
    """The French name of a stored kind (the key itself when unknown)."""
    try:
        return NatureEnvoi(value).label
    except ValueError:
        return value


class SentFileRecord(Record):
    """A file of a transmission and its kept copy."""

    model = FichierEnvoye
    id: uuid.UUID
    envoi_id: uuid.UUID
    position: int
    nom: str
    sha256: str
    taille: int
    copie: str

    @property
    def kept_copy(self) -> Path:
        """Where the copy of the file sent is, in the data folder."""
        return paths.user_data_dir().joinpath(*self.copie.split("/"))


class TransmissionRecord(Record):
    """One transmission with its files."""

    model = Envoi
    id: uuid.UUID
    territoire_id: uuid.UUID
    nature: str
    objet: str
    destinataires: str
    envoye_le: datetime
    version_logiciel: str
    instantane_id: uuid.UUID
    signe_le: date | None
    fichiers: list[SentFileRecord]

    @property
    def nature_label(self) -> str:
        """The French name of its kind (« Contrat », « Classeur Région »)."""
        return nature_label(self.nature)

    @property
    def recipients(self) -> list[str]:
        """The recipients, one address each ([] when unknown)."""
        return [line for line in self.destinataires.split("\n") if line]

    @property
    def short_id(self) -> str:
        """The first 8 characters of the id, enough to name it on the command line."""
        return self.id.hex[:8]

    @property
    def is_signable(self) -> bool:
        """A contract or an avenant: it may be marked as the signed version."""
        return self.nature in SIGNABLE

    def describe(self) -> str:
        """« Contrat du 12 mars 2026 » (with « signé le … » when it is)."""
        local = self.envoye_le.astimezone()
        text = f"{self.nature_label} du {format_date_long(local.date())} à {local:%H:%M}"
        if self.signe_le is not None:
            text += f", signé le {format_date_long(self.signe_le)}"
        return text


@dataclass(frozen=True)
class Payload:
    """A file to record: its name and exact bytes (what was sent)."""

    name: str
    data: bytes


def _read_files(files: Sequence[Path]) -> list[Payload]:
    payloads = []
    for path in files:
        try:
            payloads.append(Payload(Path(path).name, Path(path).read_bytes()))
        except OSError as exc:
            raise UserFacingError(
                f"Le fichier envoyé « {path} » est illisible : l'envoi n'est pas consigné."
            ) from exc
    return payloads


def _safe_part(text: str) -> str:
    # imported here: the documents' module loads docxtpl, which the window needs later
    from ti_desktop.services.documents.generation import safe_file_name

    return safe_file_name(text, "")


def _keep_copies(territory: str, when: datetime, payloads: Sequence[Payload]) -> Path:
    """Write the payloads in a new folder of the data folder; return that folder."""
    stamp = when.astimezone().strftime("%Y-%m-%d_%Hh%M-%S")
    folder = paths.sent_copies_dir() / _safe_part(territory) / f"{stamp}_{uuid.uuid4().hex[:6]}"
    for payload in payloads:
        with atomic_path(folder / _safe_part(payload.name)) as temporary:
            temporary.write_bytes(payload.data)
    return folder


def _kept_copies(session: Session, digests: Sequence[str]) -> dict[str, str]:
    """Copies already kept of files with these SHA-256 (still in the data folder), by hash."""
    if not digests:
        return {}
    root = paths.user_data_dir()
    kept: dict[str, str] = {}
    for digest, copy in session.execute(
        select(FichierEnvoye.sha256, FichierEnvoye.copie).where(
            FichierEnvoye.sha256.in_(list(digests))
        )
    ):
        if digest not in kept and root.joinpath(*copy.split("/")).is_file():
            kept[digest] = copy
    return kept


def _recipients(recipients: Sequence[str]) -> list[str]:
    """Each address once, on one line each, in the order given."""
    seen: set[str] = set()
    cleaned = []
    for recipient in recipients:
        for part in recipient.replace("\r", "\n").split("\n"):
            text = part.strip()
            if text and text.casefold() not in seen:
                seen.add(text.casefold())
                cleaned.append(text)
    return cleaned


def record_payloads(
    database: Database,
    territoire_id: uuid.UUID,
    nature: NatureEnvoi,
    payloads: Sequence[Payload],
    *,
    recipients: Sequence[str] = (),
    objet: str = "",
    now: datetime | None = None,
) -> TransmissionRecord:
    """Record a transmission of these bytes (see ``record_transmission``)."""
    when = now or utc_now()
    with database.reader() as session:
        territory = session.get(Territoire, territoire_id)
        if territory is None or territory.supprime_le is not None:
            raise UserFacingError("Ce territoire n'existe plus dans la base.")
        name = territory.nom
        # A file already kept (the same workbook for each territory) is not copied again.
        kept = _kept_copies(session, [hashlib.sha256(p.data).hexdigest() for p in payloads])
    fresh = [p for p in payloads if hashlib.sha256(p.data).hexdigest() not in kept]
    folder = _keep_copies(name, when, fresh) if fresh else None
    try:
        with database.session() as session:
            snapshot = take_snapshot(session, territoire_id)
            sent = Envoi(
                territoire_id=territoire_id,
                nature=nature.value,
                objet=objet or nature.label,
                destinataires="\n".join(_recipients(recipients)),
                envoye_le=when,
                version_logiciel=__version__,
                instantane_id=snapshot.id,
                signe_le=None,
            )
            root = paths.user_data_dir()
            for position, payload in enumerate(payloads):
                digest = hashlib.sha256(payload.data).hexdigest()
                copy = kept.get(digest)
                if copy is None:
                    assert folder is not None
                    copy = (folder / _safe_part(payload.name)).relative_to(root).as_posix()
                sent.fichiers.append(
                    FichierEnvoye(
                        position=position,
                        nom=payload.name,
                        sha256=digest,
                        taille=len(payload.data),
                        copie=copy,
                    )
                )
            session.add(sent)
            session.flush()
            sent_id = sent.id
    except BaseException:
        if folder is not None:
            shutil.rmtree(folder, ignore_errors=True)  # no copy without its record
        raise
    with database.reader() as session:
        recorded = load_transmission(session, sent_id)
    assert recorded is not None
    return recorded


def record_transmission(
    database: Database,
    territoire_id: uuid.UUID,
    nature: NatureEnvoi,
    files: Sequence[Path] = (),
    *,
    recipients: Sequence[str] = (),
    objet: str = "",
    now: datetime | None = None,
) -> TransmissionRecord:
    """Record that ``files`` were sent for the territory, with a snapshot of its data.

    Args:
        database: the open database.
        territoire_id: the territory concerned.
        nature: what was sent.
        files: the files as sent (their bytes are hashed and copied now).
        recipients: addresses or names, when known.
        objet: a short description (« Fiche-action 1.2 »); the kind's name by default.
        now: the time of the transmission (tests).

    Raises:
        UserFacingError: the territory is gone, a file is unreadable, or the data
            folder or the database cannot be written (nothing is recorded).
    """
    return record_payloads(
        database,
        territoire_id,
        nature,
        _read_files(files),
        recipients=recipients,
        objet=objet,
        now=now,
    )


def record_publication(
    database: Database,
    territoire_id: uuid.UUID,
    *,
    serveur: str,
    contenu: bytes | None = None,
    nom_fichier: str = "publication.json",
    now: datetime | None = None,
) -> TransmissionRecord:
    """Record a publication of the territory to the regional server (for the sync).

    Call it once the server has accepted the data. ``serveur`` (its address) is the
    recipient; ``contenu``, when given, is what was sent, hashed and kept as
    ``nom_fichier``.
    """
    payloads = [Payload(nom_fichier, contenu)] if contenu is not None else []
    return record_payloads(
        database,
        territoire_id,
        NatureEnvoi.PUBLICATION,
        payloads,
        recipients=[serveur],
        objet=f"Publication sur {serveur}" if serveur else "",
        now=now,
    )


# --- reading ------------------------------------------------------------------------------


def _with_files(session: Session, sent: list[TransmissionRecord]) -> list[TransmissionRecord]:
    by_id = {record.id: record for record in sent}
    if by_id:
        for file in SentFileRecord.from_rows(
            session,
            select(*SentFileRecord.columns())
            .where(FichierEnvoye.envoi_id.in_(list(by_id)))
            .order_by(FichierEnvoye.envoi_id, FichierEnvoye.position),
        ):
            by_id[file.envoi_id].fichiers.append(file)
    return sent


def list_transmissions(
    session: Session,
    territoire_id: uuid.UUID,
    *,
    nature: str | None = None,
    recipient: str = "",
) -> list[TransmissionRecord]:
    """The territory's transmissions, newest first, optionally of one kind or recipient.

    ``recipient`` matches part of an address or name, ignoring case and accents.
    """
    query = select(*TransmissionRecord.columns()).where(Envoi.territoire_id == territoire_id)
    if nature:
        query = query.where(Envoi.nature == nature)
    query = query.order_by(Envoi.envoye_le.desc(), Envoi.created_at.desc())
    sent = list(TransmissionRecord.from_rows(session, query, fichiers=[]))
    wanted = fold(recipient.strip())
    if wanted:
        sent = [s for s in sent if any(wanted in fold(r) for r in s.recipients)]
    return _with_files(session, sent)


def load_transmission(session: Session, envoi_id: uuid.UUID) -> TransmissionRecord | None:
    """One transmission with its files, or None."""
    query = select(*TransmissionRecord.columns()).where(Envoi.id == envoi_id)
    found = list(TransmissionRecord.from_rows(session, query, fichiers=[]))
    return _with_files(session, found)[0] if found else None


def find_transmission(
    session: Session, territoire_id: uuid.UUID, reference: str
) -> TransmissionRecord:
    """The territory's transmission named by its id or the start of it (``3f2a9c1d``).

    Raises:
        UserFacingError: no transmission, or several, start that way.
    """
    wanted = reference.strip().lower().replace("-", "")
    if len(wanted) < 4:
        raise UserFacingError(
            f"« {reference} » : donnez au moins les 4 premiers caractères de l'identifiant "
            "de l'envoi (ti-desktop sent les affiche)."
        )
    found = [s for s in list_transmissions(session, territoire_id) if s.id.hex.startswith(wanted)]
    if not found:
        raise UserFacingError(
            f"Aucun envoi « {reference} » pour ce territoire (voir ti-desktop sent)."
        )
    if len(found) > 1:
        raise UserFacingError(
            f"Plusieurs envois commencent par « {reference} » : donnez plus de caractères."
        )
    return found[0]


def latest_transmission(
    session: Session,
    territoire_id: uuid.UUID,
    *,
    nature: NatureEnvoi | None = None,
    until: datetime | None = None,
) -> TransmissionRecord | None:
    """The most recent transmission (of a kind; sent at or before ``until``), or None."""
    for sent in list_transmissions(session, territoire_id, nature=nature.value if nature else None):
        if until is None or sent.envoye_le <= until:
            return sent
    return None


def signed_versions(session: Session, territoire_id: uuid.UUID) -> list[TransmissionRecord]:
    """Transmissions marked signed, oldest signature first (the contract, then avenants)."""
    signed = [s for s in list_transmissions(session, territoire_id) if s.signe_le is not None]
    return sorted(signed, key=lambda s: (s.signe_le, s.envoye_le))


def latest_signed(session: Session, territoire_id: uuid.UUID) -> TransmissionRecord | None:
    """The version in force: the last signed contract or avenant, or None."""
    signed = signed_versions(session, territoire_id)
    return signed[-1] if signed else None


# --- signature ----------------------------------------------------------------------------


def set_signed(
    session: Session, envoi_id: uuid.UUID, signe_le: date | None, *, today: date | None = None
) -> date | None:
    """Mark a contract or avenant sent as signed on ``signe_le`` (None: not signed).

    Returns the previous signature date, for undo.

    Raises:
        UserFacingError: the transmission is gone, is not a contract or an avenant, the
            date is in the future, or another transmission of the contract is already
            marked signed (a contract is signed once).
    """
    sent = session.get(Envoi, envoi_id)
    if sent is None:
        raise UserFacingError("Cet envoi n'existe plus dans l'historique.")
    if signe_le is not None:
        if sent.nature not in SIGNABLE:
            raise UserFacingError(
                f"Seul un contrat ou un avenant envoyé peut être marqué signé, "
                f"pas « {nature_label(sent.nature)} »."
            )
        if signe_le > (today or date.today()):
            raise UserFacingError(
                f"Date de signature : le {format_date_long(signe_le)} n'est pas encore arrivé."
            )
        if sent.nature == NatureEnvoi.CONTRAT.value:
            other = session.scalar(
                select(Envoi).where(
                    Envoi.territoire_id == sent.territoire_id,
                    Envoi.nature == NatureEnvoi.CONTRAT.value,
                    Envoi.signe_le.is_not(None),
                    Envoi.id != sent.id,
                )
            )
            if other is not None:
                raise UserFacingError(
                    "Le contrat est déjà marqué signé (envoi du "
                    f"{format_date_long(other.envoye_le.astimezone().date())}, signé le "
                    f"{format_date_long(other.signe_le) if other.signe_le else ''}) : "
                    "retirez d'abord cette mention."
                )
    previous = sent.signe_le
    sent.signe_le = signe_le
    session.flush()
    return previous


def mark_signed(database: Database, envoi_id: uuid.UUID, signe_le: date | None) -> date | None:
    """``set_signed`` in its own transaction (the command line)."""
    with database.session() as session:
        return set_signed(session, envoi_id, signe_le)


def as_json(sent: TransmissionRecord) -> dict[str, Any]:
    """A transmission as plain JSON values (``ti-desktop sent --json``)."""
    return {
        "id": str(sent.id),
        "nature": sent.nature,
        "libelle": sent.nature_label,
        "objet": sent.objet,
        "envoye_le": sent.envoye_le.isoformat(),
        "destinataires": sent.recipients,
        "version_logiciel": sent.version_logiciel,
        "signe_le": sent.signe_le.isoformat() if sent.signe_le else None,
        "fichiers": [
            {
                "nom": f.nom,
                "sha256": f.sha256,
                "taille": f.taille,
                "copie": str(f.kept_copy),
            }
            for f in sent.fichiers
        ],
    }
