"""Generate the contract and single fiches-actions as Word or OpenDocument (and PDF) files.

The public API for the command line and the window: one call reads the territory's
records in a short read-only session, builds the French context from them once the
session is closed, renders the template in the sandbox and writes the file atomically.
``pdf=True`` or ``file_format="odt"`` then runs one LibreOffice pass (``pdf.convert``):
it writes the PDF or the ``.odt`` with the table of contents filled, and gives the
pages that the Word file's table of contents and annex index then show.
"""

from __future__ import annotations

import re
import shutil
import tempfile
import uuid
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import docx

from ti_desktop import paths
from ti_desktop.db.models import Contrat, FicheAction, Territoire
from ti_desktop.db.store import Database
from ti_desktop.db.vocabulary import match_label
from ti_desktop.errors import UserFacingError
from ti_desktop.services.documents import pdf as pdf_convert
from ti_desktop.services.documents import sandbox
from ti_desktop.services.documents.context import Context, contract_context, single_fiche_context
from ti_desktop.services.documents.finishing import DocumentProperties, apply_page_numbers
from ti_desktop.services.documents.render import fill_template
from ti_desktop.services.files.atomic import atomic_path, atomic_paths
from ti_desktop.services.french_format import format_period
from ti_desktop.services.office_formats import DocumentFormat
from ti_desktop.services.progress import ProgressCallback, report
from ti_desktop.services.records import (
    ContractRecord,
    FicheRecord,
    TerritoryRecord,
    held_records,
    load_territories,
)

MAX_FILE_NAME = 120
MAX_FILE_NAME_BYTES = 240
"""Disks count a name's bytes (255 at most): an accented letter takes 2, an emoji 4."""
_FORBIDDEN = re.compile(r'[<>:"/\\|?*\x00-\x1f]')
_RESERVED = {"CON", "PRN", "AUX", "NUL"} | {f"{p}{i}" for p in ("COM", "LPT") for i in range(1, 10)}


@dataclass(frozen=True)
class GeneratedDocuments:
    """The files written by one generation.

    ``docx`` is the document itself: a ``.docx``, or the ``.odt`` when OpenDocument was
    asked for (the name stays for the callers that record it).
    """

    docx: Path
    pdf: Path | None = None

    @property
    def document(self) -> Path:
        """The document written (.docx or .odt)."""
        return self.docx


def with_format_suffix(path: Path, file_format: str) -> Path:
    """``path`` ending in ``.docx`` / ``.odt`` (``.xlsx`` / ``.ods``) as the format asks."""
    suffix = "." + file_format
    if path.suffix.lower() == suffix:
        return path
    known = {".docx", ".odt", ".xlsx", ".ods"}
    return (
        path.with_suffix(suffix)
        if path.suffix.lower() in known
        else path.with_name(path.name + suffix)
    )


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
) -> tuple[Context, str, DocumentProperties]:
    """The context (plain data), the default file name and the file properties."""
    territory = _load_territory(database, territoire_id)
    author = territory.nom
    if numero is None:
        context = contract_context(territory, today=today)
        title = f"{context['contrat']['titre'].capitalize()} – {territory.nom}"
        return (
            context,
            default_contract_file_name(territory, territory.contrat_courant, today),
            DocumentProperties(title=title, author=author, category=context["contrat"]["nature"]),
        )
    fiche = _find_fiche(territory, numero)
    return (
        single_fiche_context(territory, fiche, today=today),
        default_fiche_file_name(territory, fiche, today),
        DocumentProperties(
            title=f"Fiche-action {fiche.numero} – {fiche.intitule}",
            author=author,
            category="fiche-action",
        ),
    )


def _generate(
    database: Database,
    territoire_id: uuid.UUID,
    numero: str | None,
    target: Path | None,
    template: Path,
    pdf: bool,
    file_format: DocumentFormat,
    progress: ProgressCallback | None,
) -> GeneratedDocuments:
    report(progress, 0, 4 if pdf or file_format == "odt" else 3, "Lecture du territoire…")
    soffice = office_for(pdf=pdf, file_format=file_format)  # fail before writing anything
    if not sandbox.is_trusted(template):
        sandbox.prestart()  # the worker starts while the territory is read
    context, default_name, properties = _territory_context(
        database, territoire_id, numero, date.today()
    )
    path = Path(target) if target is not None else Path.cwd() / default_name
    return write_document(
        template,
        context,
        path,
        pdf=pdf,
        soffice=soffice,
        progress=progress,
        properties=properties,
        file_format=file_format,
    )


def office_for(*, pdf: bool, file_format: str) -> Path | None:
    """LibreOffice when a PDF or an OpenDocument file is asked for (clear error if absent)."""
    if file_format in ("odt", "ods"):
        return pdf_convert.require_soffice(open_format=file_format)
    return pdf_convert.require_soffice() if pdf else None


def write_document(
    template: Path,
    context: Context,
    docx_path: Path,
    *,
    pdf: bool = False,
    soffice: Path | None = None,
    progress: ProgressCallback | None = None,
    properties: DocumentProperties | None = None,
    file_format: DocumentFormat = "docx",
) -> GeneratedDocuments:
    """Fill ``template`` with ``context`` and write the document, then its PDF if asked.

    With a PDF or ``file_format="odt"``, one LibreOffice pass writes them; a Word file
    then gets the page numbers of that layout in its table of contents and annex index
    (without it, Word updates them when it opens the file). Files are put in place only
    at the end, each atomically.

    Raises:
        TemplateError: the template is broken (nothing is written).
        UserFacingError: the target cannot be written, or LibreOffice failed: for the PDF
            the Word file is then written and the message says so; for an ``.odt``
            nothing is written.
    """
    office = pdf or file_format == "odt"
    steps = 4 if office else 3
    target = with_format_suffix(Path(docx_path), file_format)
    report(progress, 1, steps, "Remplissage du modèle…")
    with held_records():  # a large context stays out of the collector's scans meanwhile
        document = fill_template(
            template,
            context,
            properties,
            heartbeat=lambda: report(progress, 1, steps, "Remplissage du modèle…"),
        )
    pdf_path = target.with_suffix(".pdf") if pdf else None
    pdf_error: UserFacingError | None = None
    with tempfile.TemporaryDirectory(prefix="ti-desktop-document-") as work:
        word = Path(work) / "document.docx"
        document.save(str(word))
        report(progress, 2, steps, "Enregistrement du document…")
        produced: dict[str, Path] = {}
        if office:
            report(progress, 3, steps, "Mise en page avec LibreOffice…")
            wanted = {"pdf": Path(work) / "document.pdf"} if pdf else {}
            if file_format == "odt":
                wanted["odt"] = Path(work) / "document.odt"
            try:
                pages = pdf_convert.convert(word, wanted, soffice=soffice)
            except UserFacingError as exc:
                if file_format == "odt":
                    raise
                pdf_error = exc
            else:
                produced = wanted
                if pages and file_format == "docx":
                    # read back from the file: the sandbox's worker gives bytes, not a tree
                    numbered = docx.Document(str(word))
                    apply_page_numbers(numbered, pages)
                    numbered.save(str(word))
        # Last chance to cancel: nothing is in place yet.
        report(progress, steps, steps, "Terminé.")
        main = produced.get("odt", word)
        if pdf_path is None:
            with atomic_path(target) as temporary:
                shutil.copyfile(main, temporary)
        else:
            # The document takes its place before its PDF, and an old PDF never stays
            # beside a new document (``atomic_paths``).
            with atomic_paths(target, pdf_path) as (temporary, pdf_temporary):
                shutil.copyfile(main, temporary)
                if "pdf" in produced:
                    shutil.copyfile(produced["pdf"], pdf_temporary)
    if pdf_error is not None:
        raise UserFacingError(
            f"Le document Word a été enregistré ({target}), mais pas le PDF : {pdf_error.message}"
        ) from pdf_error
    return GeneratedDocuments(target, pdf_path)


def generate_contract(
    database: Database,
    territoire_id: uuid.UUID,
    target: Path | None,
    *,
    template: Path | None = None,
    pdf: bool = False,
    progress: ProgressCallback | None = None,
    file_format: DocumentFormat = "docx",
) -> GeneratedDocuments:
    """Write the territory's contract (and its PDF when asked).

    Args:
        database: the open database.
        territoire_id: the territory's id.
        target: the file to write; None for the default name in the current folder.
        template: a Région's own canvas instead of ``templates/contrat.docx``.
        pdf: also write the PDF next to it (LibreOffice).
        progress: ``(done, total, message)``; raising ``Cancelled`` writes nothing.
        file_format: ``"docx"`` (Word) or ``"odt"`` (OpenDocument, through LibreOffice).

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
        file_format,
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
    file_format: DocumentFormat = "docx",
) -> GeneratedDocuments:
    """Write one fiche-action alone (to send to a financer), as Word or OpenDocument."""
    return _generate(
        database,
        territoire_id,
        numero,
        target,
        template or paths.default_fiche_template(),
        pdf,
        file_format,
        progress,
    )
