"""The avenant and the follow-up report: built on the register, written, and recorded.

``generate_avenant`` compares the territory with its version in force (the signed
contract, or the last signed avenant) and writes ``templates/avenant.docx`` filled with
the changes; ``generate_report`` writes ``templates/rapport-suivi.docx`` with what
changed since the previous report. Both render in the same sandbox as the contract,
give a PDF when asked (LibreOffice), and are recorded as transmissions themselves.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from ti_desktop import paths
from ti_desktop.db.store import Database
from ti_desktop.db.vocabulary import NatureEnvoi
from ti_desktop.errors import UserFacingError
from ti_desktop.services.documents import pdf as pdf_convert
from ti_desktop.services.documents.avenant import avenant_context, signed_versions_of
from ti_desktop.services.documents.generation import (
    GeneratedDocuments,
    safe_file_name,
    write_document,
)
from ti_desktop.services.documents.report import report_context
from ti_desktop.services.french_format import format_date_long
from ti_desktop.services.progress import ProgressCallback, report
from ti_desktop.services.records import load_territories
from ti_desktop.services.register.changes import ChangesSince, changes_since
from ti_desktop.services.register.recording import record_documents
from ti_desktop.services.register.transmissions import (
    TransmissionRecord,
    find_transmission,
    latest_transmission,
    signed_versions,
)


@dataclass(frozen=True)
class RegisterDocument:
    """A document written from the register, and its own transmission (None: not recorded)."""

    documents: GeneratedDocuments
    transmission: TransmissionRecord | None
    objet: str


def _start(progress: ProgressCallback | None, pdf: bool, message: str) -> Path | None:
    """Say what is read first; find LibreOffice before anything is written (None: no PDF)."""
    report(progress, 0, 4 if pdf else 3, message)
    return pdf_convert.require_soffice() if pdf else None


def _write(
    template: Path,
    context: dict[str, object],
    target: Path | None,
    stem: str,
    *,
    pdf: bool,
    soffice: Path | None,
    progress: ProgressCallback | None,
) -> GeneratedDocuments:
    path = Path(target) if target is not None else Path.cwd() / safe_file_name(stem)
    return write_document(template, context, path, pdf=pdf, soffice=soffice, progress=progress)


def _territory_name(database: Database, territoire_id: uuid.UUID) -> str:
    with database.reader() as session:
        found = load_territories(session, [territoire_id], with_fiches=False).territories
    if not found:
        raise UserFacingError("Ce territoire n'existe plus dans la base.")
    return found[0].nom


def avenant_number(database: Database, territoire_id: uuid.UUID) -> int:
    """The number of the next avenant (its file name), or 1 without a signed contract."""
    with database.reader() as session:
        versions = signed_versions_of(signed_versions(session, territoire_id))
    return versions.numero if versions is not None else 1


def generate_avenant(
    database: Database,
    territoire_id: uuid.UUID,
    target: Path | None,
    *,
    template: Path | None = None,
    pdf: bool = False,
    record: bool = True,
    progress: ProgressCallback | None = None,
    today: date | None = None,
) -> RegisterDocument:
    """Write the avenant of what changed since the version signed (and record it).

    Raises:
        UserFacingError: no signed contract, nothing changed since the version in
            force, LibreOffice missing, or the file cannot be written.
        TemplateError: the template is broken (nothing is written).
    """
    soffice = _start(progress, pdf, "Lecture de la version signée…")
    name = _territory_name(database, territoire_id)
    with database.reader() as session:
        versions = signed_versions_of(signed_versions(session, territoire_id))
    if versions is None:
        raise UserFacingError(
            f"« {name} » n'a pas de contrat signé : marquez d'abord l'envoi du contrat signé "
            "(Historique des envois, ou ti-desktop sign), l'avenant le modifie."
        )
    in_force = versions.en_vigueur
    found = changes_since(database, territoire_id, in_force)
    if found.changes.is_empty:
        raise UserFacingError(
            f"Rien n'a changé depuis la version signée le {format_date_long(in_force.signe_le)} : "
            "pas d'avenant à rédiger."
        )
    context = avenant_context(found.changes.apres, versions, found.changes, today=today)
    objet = f"Avenant n° {versions.numero}"
    day = (today or date.today()).isoformat()
    written = _write(
        template or paths.default_avenant_template(),
        context,
        target,
        f"{objet} - {name} - {day}",
        pdf=pdf,
        soffice=soffice,
        progress=progress,
    )
    return _recorded(database, territoire_id, NatureEnvoi.AVENANT, written, objet, record)


def _recorded(
    database: Database,
    territoire_id: uuid.UUID,
    nature: NatureEnvoi,
    written: GeneratedDocuments,
    objet: str,
    record: bool,
) -> RegisterDocument:
    sent = (
        record_documents(database, territoire_id, nature, [written.docx, written.pdf], objet=objet)
        if record
        else None
    )
    return RegisterDocument(written, sent, objet)


def previous_report(
    database: Database, territoire_id: uuid.UUID, reference: str | None = None
) -> ChangesSince | None:
    """The changes since the named transmission, else since the last report (None: first)."""
    with database.reader() as session:
        if reference:
            since: TransmissionRecord | None = find_transmission(session, territoire_id, reference)
        else:
            since = latest_transmission(session, territoire_id, nature=NatureEnvoi.RAPPORT)
    return changes_since(database, territoire_id, since) if since is not None else None


def generate_report(
    database: Database,
    territoire_id: uuid.UUID,
    target: Path | None,
    *,
    since: str | None = None,
    template: Path | None = None,
    pdf: bool = False,
    record: bool = True,
    progress: ProgressCallback | None = None,
    today: date | None = None,
) -> RegisterDocument:
    """Write the follow-up report (changes since ``since``, else since the last report).

    Raises:
        UserFacingError: unknown transmission, LibreOffice missing, unwritable file.
        TemplateError: the template is broken (nothing is written).
    """
    soffice = _start(progress, pdf, "Lecture du territoire et du dernier rapport…")
    previous = previous_report(database, territoire_id, since)
    with database.reader() as session:
        loaded = load_territories(session, [territoire_id])
    if not loaded.territories:
        raise UserFacingError("Ce territoire n'existe plus dans la base.")
    territory = loaded.territories[0]
    states = sorted(loaded.progress_states, key=loaded.progress_states.__getitem__)
    context = report_context(territory, states, previous, today=today)
    day = (today or date.today()).isoformat()
    written = _write(
        template or paths.default_report_template(),
        context,
        target,
        f"Rapport de suivi - {territory.nom} - {day}",
        pdf=pdf,
        soffice=soffice,
        progress=progress,
    )
    objet = f"Rapport de suivi du {format_date_long(today or date.today())}"
    return _recorded(database, territoire_id, NatureEnvoi.RAPPORT, written, objet, record)
