"""Recording what the program just wrote for sending: documents, workbooks, e-mail drafts.

The command line and the window call these after a generation succeeded; each gives
the register the files, what they are and who they go to.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from email.message import EmailMessage
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select

from ti_desktop.db.models import Territoire
from ti_desktop.db.store import Database
from ti_desktop.db.vocabulary import NatureEnvoi
from ti_desktop.services.register.transmissions import TransmissionRecord, record_transmission

if TYPE_CHECKING:  # the window imports this module at start; these load docxtpl, openpyxl
    from ti_desktop.services.documents.generation import GeneratedDocuments
    from ti_desktop.services.exchange.exporter import ExportReport


def record_documents(
    database: Database,
    territoire_id: uuid.UUID,
    nature: NatureEnvoi,
    files: Sequence[Path | None],
    *,
    objet: str = "",
    recipients: Sequence[str] = (),
) -> TransmissionRecord:
    """Record a generated document (its Word file, and its PDF when one was written)."""
    return record_transmission(
        database,
        territoire_id,
        nature,
        [path for path in files if path is not None],
        recipients=recipients,
        objet=objet,
    )


def record_export(
    database: Database, territoire_ids: Sequence[uuid.UUID], workbook: Path
) -> list[TransmissionRecord]:
    """One transmission per territory of a Région workbook, to its correspondent there.

    The workbook is kept once, however many territories it holds.
    """
    with database.reader() as session:
        correspondents = {
            territoire_id: email
            for territoire_id, email in session.execute(
                select(Territoire.id, Territoire.correspondant_region_email).where(
                    Territoire.id.in_(list(territoire_ids))
                )
            )
        }
    objet = f"Classeur Région ({len(territoire_ids)} territoire(s))"
    return [
        record_transmission(
            database,
            territoire_id,
            NatureEnvoi.CLASSEUR,
            [workbook],
            recipients=[correspondents.get(territoire_id, "")],
            objet=objet,
        )
        for territoire_id in territoire_ids
    ]


def record_email(
    database: Database, territoire_id: uuid.UUID, draft: Path, message: EmailMessage
) -> TransmissionRecord:
    """Record an e-mail draft prepared (the ``.eml`` holds its attachments)."""
    recipients = [
        str(address)
        for name in ("To", "Cc")
        if (header := message[name]) is not None
        for address in header.addresses
    ]
    return record_transmission(
        database,
        territoire_id,
        NatureEnvoi.COURRIEL,
        [draft],
        recipients=recipients,
        objet=str(message["Subject"] or ""),
    )


def recorded(
    database: Database,
    territoire_id: uuid.UUID,
    nature: NatureEnvoi,
    documents: GeneratedDocuments,
    *,
    objet: str = "",
) -> GeneratedDocuments:
    """``documents`` once recorded (the window's generation jobs end with it).

    A base opened read-only records nothing: the window's banner says so.
    """
    if database.read_only:
        return documents
    record_documents(database, territoire_id, nature, [documents.docx, documents.pdf], objet=objet)
    return documents


def exported_and_recorded(database: Database, report: ExportReport) -> ExportReport:
    """A Région workbook's report once recorded for each of its territories (not read-only)."""
    if database.read_only:
        return report
    record_export(database, report.territoire_ids, report.target)
    return report
