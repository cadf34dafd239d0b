"""Generate the contract and single fiches-actions as Word (and PDF) files.

The public API for the command line and the window: one call reads the territory's
records in a short read-only session, builds the French context from them once the
session is closed, renders the template in the sandbox and writes the file atomically;
``pdf=True`` then converts it with LibreOffice.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from ti_desktop import paths
from ti_desktop.db.models import Contrat, FicheAction, Territoire
from ti_desktop.db.store import Database
from ti_desktop.db.vocabulary import match_label
from ti_desktop.errors import UserFacingError
from ti_desktop.services.documents import pdf as pdf_convert
from ti_desktop.services.documents import sandbox
from ti_desktop.services.documents.context import Context, contract_context, single_fiche_context
from ti_desktop.services.documents.render import fill_template
from ti_desktop.services.files.atomic import atomic_path, atomic_paths
from ti_desktop.services.french_format import format_period
from ti_desktop.services.progress import ProgressCallback, report
from ti_desktop.services.records import (
    ContractRecord,
    FicheRecord,
    TerritoryRecord,
    load_territories,
)

MAX_FILE_NAME = 120
MAX_FILE_NAME_BYTES = 240
"""Disks count a name's bytes (255 at most): an accented letter takes 2, an emoji 4."""
_FORBIDDEN = re.compile(r'[<>:"/\\|?*\x00-\x1f]')
_RESERVED = {"CON", "PRN", "AUX", "NUL"} | {f"{p}{i}" for p in ("COM", "LPT") for i in range(1, 10)}


@dataclass(frozen=True)
class GeneratedDocuments:
    """The files written by one generation."""

    docx: Path
    pdf: Path | None = None


def safe_file_name(stem: str, suffix: str = ".docx") -> str:
    """A file name valid on Windows, macOS and Linux.

    At most ``MAX_FILE_NAME`` characters and ``MAX_FILE_NAME_BYTES`` bytes of UTF-8
    (100 emoji are 400 bytes: too long for any disk).
    """
    text = _FORBIDDEN.sub("-", stem)
    text = re.sub(r"\s+", " ", text).strip(" .")
    text = re.sub(r"-{2,}", "-", text)
    limit = MAX_FILE_NAME - len(suffix)
    byte_limit = MAX_FILE_NAME_BYTES - len(suffix.encode())
    if len(text) > limit or len(text.encode()) > byte_limit:
        text = text[:limit]
        while len(text.encode()) > byte_limit:
            text = text[:-1]
        text = text.rstrip(" .-")
    if not text:
        text = "document"
    if text.split(".", 1)[0].strip().upper() in _RESERVED:
        text = "_" + text
    return text + suffix


def default_contract_file_name(
    territory: TerritoryRecord | Territoire,
    contract: ContractRecord | Contrat | None,
    today: date,
) -> str:
    """``Contrat - <territoire> - 2024-2027 - 2026-11-23.docx`` (safe on Windows)."""
    kind = contract.type_document if contract else "Contrat"
    parts = [kind, territory.nom]
    period = format_period(contract.annee_debut, contract.annee_fin) if contract else ""
    if period:
        parts.append(period)
    parts.append(today.isoformat())
    return safe_file_name(" - ".join(parts))


def default_fiche_file_name(
    territory: TerritoryRecord | Territoire, fiche: FicheRecord | FicheAction, today: date
) -> str:
    """``Fiche-action 1.2 - <intitulé> - <territoire> - 2026-11-23.docx`` (safe on Windows)."""
    title = fiche.intitule if len(fiche.intitule) <= 50 else fiche.intitule[:49].rstrip() + "…"
    return safe_file_name(
        f"Fiche-action {fiche.numero} - {title} - {territory.nom} - {today.isoformat()}"
    )


def _load_territory(database: Database, territoire_id: uuid.UUID) -> TerritoryRecord:
    """The territory's records (fiches outside the trash), read in one short session."""
    with database.reader() as session:
        found = load_territories(session, [territoire_id]).territories
    if not found:
        raise UserFacingError(
            "Ce territoire n'existe plus dans la base (il a peut-être été supprimé)."
        )
    return found[0]


def _find_fiche(territory: TerritoryRecord, numero: str) -> FicheRecord:
    """The fiche of that number, ignoring case and accents (« 1.2 »)."""
    fiches = territory.fiches_actives
    found = match_label(numero, [f.numero for f in fiches])
    if found is None:
        known = ", ".join(f.numero for f in fiches) or "aucune"
        raise UserFacingError(
            f"Pas de fiche-action n° {numero} dans « {territory.nom} ». Fiches : {known}."
        )
    return next(f for f in fiches if f.numero == found)


def proposed_file_name(
    database: Database, territoire_id: uuid.UUID, numero: str | None = None
) -> str:
    """The name proposed when saving the contract (or, with ``numero``, one fiche).

    Raises:
        UserFacingError: the territory or the fiche is gone.
    """
    territory = _load_territory(database, territoire_id)
    today = date.today()
    if numero is None:
        return default_contract_file_name(territory, territory.contrat_courant, today)
    return default_fiche_file_name(territory, _find_fiche(territory, numero), today)


def _territory_context(
    database: Database, territoire_id: uuid.UUID, numero: str | None, today: date
) -> tuple[Context, str]:
    """The context (plain data) and the default file name."""
    territory = _load_territory(database, territoire_id)
    if numero is None:
        return (
            contract_context(territory, today=today),
            default_contract_file_name(territory, territory.contrat_courant, today),
        )
    fiche = _find_fiche(territory, numero)
    return (
        single_fiche_context(territory, fiche, today=today),
        default_fiche_file_name(territory, fiche, today),
    )


def _generate(
    database: Database,
    territoire_id: uuid.UUID,
    numero: str | None,
    target: Path | None,
    template: Path,
    pdf: bool,
    progress: ProgressCallback | None,
) -> GeneratedDocuments:
    report(progress, 0, 4 if pdf else 3, "Lecture du territoire…")
    soffice = pdf_convert.require_soffice() if pdf else None  # fail before writing anything
    if not sandbox.is_trusted(template):
        sandbox.prestart()  # the worker starts while the territory is read
    context, default_name = _territory_context(database, territoire_id, numero, date.today())
    docx_path = Path(target) if target is not None else Path.cwd() / default_name
    return write_document(template, context, docx_path, pdf=pdf, soffice=soffice, progress=progress)


def write_document(
    template: Path,
    context: Context,
    docx_path: Path,
    *,
    pdf: bool = False,
    soffice: Path | None = None,
    progress: ProgressCallback | None = None,
) -> GeneratedDocuments:
    """Fill ``template`` with ``context``, write the .docx atomically, then its PDF if asked.

    Raises:
        TemplateError: the template is broken (nothing is written).
        UserFacingError: the target cannot be written, or the PDF failed (the Word file
            is then written and the message says so).
    """
    steps = 4 if pdf else 3
    if docx_path.suffix.lower() != ".docx":
        docx_path = docx_path.with_name(docx_path.name + ".docx")
    report(progress, 1, steps, "Remplissage du modèle…")
    document = fill_template(
        template, context, heartbeat=lambda: report(progress, 1, steps, "Remplissage du modèle…")
    )
    if not pdf:
        with atomic_path(docx_path) as temporary:
            document.save(str(temporary))
            report(progress, 2, steps, "Enregistrement du document Word…")
            report(progress, steps, steps, "Terminé.")  # cancellable: nothing in place yet
        return GeneratedDocuments(docx_path)
    pdf_path = docx_path.with_suffix(".pdf")
    pdf_error: UserFacingError | None = None
    # The Word file takes its place before its PDF, and an old PDF never stays beside
    # a new Word file (``atomic_paths``).
    with atomic_paths(docx_path, pdf_path) as (temporary, pdf_temporary):
        document.save(str(temporary))
        report(progress, 2, steps, "Enregistrement du document Word…")
        report(progress, 3, steps, "Conversion en PDF avec LibreOffice…")
        try:
            pdf_convert.convert_to_pdf(temporary, pdf_temporary, soffice=soffice)
        except UserFacingError as exc:
            pdf_error = exc
        report(progress, steps, steps, "Terminé.")  # last chance to cancel: nothing in place
    if pdf_error is not None:
        raise UserFacingError(
            f"Le document Word a été enregistré ({docx_path}), "
            f"mais pas le PDF : {pdf_error.message}"
        ) from pdf_error
    return GeneratedDocuments(docx_path, pdf_path)


def generate_contract(
    database: Database,
    territoire_id: uuid.UUID,
    target: Path | None,
    *,
    template: Path | None = None,
    pdf: bool = False,
    progress: ProgressCallback | None = None,
) -> GeneratedDocuments:
    """Write the territory's contract (and its PDF when asked).

    Args:
        database: the open database.
        territoire_id: the territory's id.
        target: the .docx to write; None for the default name in the current folder.
        template: a Région's own canvas instead of ``templates/contrat.docx``.
        pdf: also write the PDF next to it (LibreOffice).
        progress: ``(done, total, message)``; raising ``Cancelled`` writes nothing.

    Raises:
        TemplateError: the template is broken (nothing is written).
        UserFacingError: unknown territory, unwritable target, LibreOffice missing.
    """
    return _generate(
        database,
        territoire_id,
        None,
        target,
        template or paths.default_contract_template(),
        pdf,
        progress,
    )


def generate_fiche(
    database: Database,
    territoire_id: uuid.UUID,
    numero: str,
    target: Path | None,
    *,
    template: Path | None = None,
    pdf: bool = False,
    progress: ProgressCallback | None = None,
) -> GeneratedDocuments:
    """Write one fiche-action alone (to send to a financer)."""
    return _generate(
        database,
        territoire_id,
        numero,
        target,
        template or paths.default_fiche_template(),
        pdf,
        progress,
    )
