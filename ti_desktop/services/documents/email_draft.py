"""E-mail drafts carrying the generated documents, opened by the user's mail client.

A ``mailto:`` link cannot carry attachments, so the window writes an ``.eml`` file
marked ``X-Unsent: 1``: Outlook (and other clients) open it as a draft ready to send.
Headers are built by ``email.message.EmailMessage`` with the SMTP policy, addresses are
validated and line breaks are refused or folded, so no text typed by a user can add
a header. A small CSV journal records what was prepared and when (domain.md §6).
"""

from __future__ import annotations

import csv
import io
import mimetypes
import os
import re
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from email import policy
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime, getaddresses, make_msgid
from pathlib import Path
from urllib.parse import quote

from ti_desktop.db.store import Database
from ti_desktop.db.vocabulary import TypeDocument
from ti_desktop.errors import UserFacingError
from ti_desktop.services.documents.clauses import person_name
from ti_desktop.services.exchange.format import needs_text_protection
from ti_desktop.services.files.atomic import atomic_path, describe_os_error, write_new_file
from ti_desktop.services.records import TerritoryRecord, load_territories

DRAFTS_FOLDER_NAME = "courriels"
JOURNAL_NAME = "journal.csv"
JOURNAL_HEADERS = (
    "Date",
    "Territoire",
    "Objet",
    "Destinataires",
    "Copie",
    "Pièces jointes",
    "Fichier",
)

# Exact types for the documents we attach: the system's mime table may not know them.
_MIME_TYPES = {
    ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    ".pdf": "application/pdf",
    ".odt": "application/vnd.oasis.opendocument.text",
    ".ods": "application/vnd.oasis.opendocument.spreadsheet",
    ".csv": "text/csv",
    ".txt": "text/plain",
    ".zip": "application/zip",
}
_ADDR_SPEC = re.compile(r"^[^@\s<>()\[\],;:\"\\]+@[^@\s<>()\[\],;:\"\\]+\.[^@\s<>()\[\],;:\"\\.]+$")
_LINE_BREAKS = re.compile(r"[\r\n\u2028\u2029\x0b\x0c\x85]+")


@dataclass
class DraftProposal:
    """What the window proposes; the user may edit every field before opening the draft."""

    territoire: str
    sender: str
    recipients: list[str]
    cc: list[str]
    subject: str
    body: str
    attachments: list[Path] = field(default_factory=list)
    missing_emails: list[str] = field(default_factory=list)
    """Signatories without an address, named so the user can add them by hand."""


def mime_type(path: Path) -> tuple[str, str]:
    """``(maintype, subtype)`` of an attachment, ``application/octet-stream`` if unknown."""
    known = _MIME_TYPES.get(path.suffix.lower()) or mimetypes.guess_type(path.name)[0]
    maintype, _, subtype = (known or "application/octet-stream").partition("/")
    return maintype, subtype


def single_line(text: str) -> str:
    """``text`` with every line break folded into one space (subjects, names)."""
    return " ".join(_LINE_BREAKS.sub(" ", text).split())


def parse_address(text: str) -> Address:
    """One address, ``adresse@domaine.fr`` or ``Nom <adresse@domaine.fr>``.

    Raises:
        UserFacingError: the text holds a line break, several addresses, or no valid address.
    """
    raw = text.strip()
    invalid = UserFacingError(f"Adresse électronique invalide : « {single_line(raw)} ».")
    if not raw or _LINE_BREAKS.search(raw):
        raise invalid
    parsed = getaddresses([raw])
    if len(parsed) != 1:
        raise invalid
    name, addr_spec = parsed[0]
    if not _ADDR_SPEC.match(addr_spec) or addr_spec.count("@") != 1:
        raise invalid
    username, _, domain = addr_spec.partition("@")
    if not username.isascii():  # RFC 5322 headers cannot carry accents before the @
        raise UserFacingError(
            f"Adresse électronique invalide : « {single_line(raw)} » (pas d'accents avant le @)."
        )
    try:
        domain = domain.encode("idna").decode("ascii")  # accented domain names (IDN)
    except UnicodeError as exc:
        raise invalid from exc
    try:
        return Address(display_name=single_line(name), username=username, domain=domain)
    except (ValueError, IndexError) as exc:
        raise invalid from exc


def split_addresses(text: str) -> list[str]:
    """Addresses typed in one field, separated by commas, semicolons or line breaks.

    Separators inside quotes (``"Dupont, Jean" <j@d.fr>``) or angle brackets are kept.
    """
    parts: list[str] = []
    current: list[str] = []
    quoted = False
    angle = False
    for char in text:
        if char == '"' and not angle:
            quoted = not quoted
        elif char == "<" and not quoted:
            angle = True
        elif char == ">" and not quoted:
            angle = False
        if char in ",;\r\n" and not quoted and not angle:
            parts.append("".join(current))
            current = []
        else:
            current.append(char)
    parts.append("".join(current))
    return [part.strip() for part in parts if part.strip()]


def build_draft(
    *,
    sender: str,
    recipients: Sequence[str],
    cc: Sequence[str],
    subject: str,
    body: str,
    attachments: Sequence[Path],
    now: datetime | None = None,
) -> EmailMessage:
    """An unsent message (``X-Unsent: 1``) with the files attached.

    Args:
        sender: the chef de projet's address (``Nom <adresse>``), or empty to let the
            mail client choose the account.
        recipients: at least one address.
        cc: addresses in copy.
        subject: folded to one line.
        body: plain text.
        attachments: files read now, attached byte for byte.
        now: the Date header (tests).

    Raises:
        UserFacingError: an address is invalid, there is no recipient, or a file is missing.
    """
    if not recipients:
        raise UserFacingError("Indiquez au moins un destinataire.")
    for label, values in (
        ("Expéditeur", [sender]),
        ("Destinataires", recipients),
        ("Copie", cc),
        ("Objet", [subject]),
        ("Message", [body]),
    ):
        if any("\x00" in value for value in values):
            raise UserFacingError(
                f"Le champ « {label} » contient un caractère nul (\\0), qu'aucun logiciel de "
                "messagerie n'accepte : effacez-le (il vient souvent d'un copier-coller)."
            )
    message = EmailMessage(policy=policy.SMTP)
    if sender.strip():
        message["From"] = parse_address(sender)
    message["To"] = [parse_address(a) for a in recipients]
    if cc:
        message["Cc"] = [parse_address(a) for a in cc]
    message["Subject"] = single_line(subject)
    message["Date"] = format_datetime((now or datetime.now()).astimezone())
    message["Message-ID"] = make_msgid(domain="ti-desktop.invalid")
    message["X-Unsent"] = "1"
    message.set_content(body.replace("\r\n", "\n"))
    for path in attachments:
        try:
            data = Path(path).read_bytes()
        except OSError as exc:
            raise UserFacingError(f"Pièce jointe illisible ou introuvable : « {path} ».") from exc
        maintype, subtype = mime_type(path)
        message.add_attachment(data, maintype=maintype, subtype=subtype, filename=Path(path).name)
    return message


def write_draft(message: EmailMessage, target: Path) -> Path:
    """Write ``message`` as an ``.eml`` file (atomically) and return its path."""
    with atomic_path(target) as temporary:
        temporary.write_bytes(message.as_bytes(policy=policy.SMTP))
    return target


def draft_file_name(subject: str, now: datetime) -> str:
    """A file name safe on Windows: ``2026-11-23_14h32-05_<objet>.eml``."""
    words = re.sub(r'[<>:"/\\|?*\x00-\x1f]+', " ", single_line(subject)).split()
    stem = " ".join(words)[:60].strip(" .") or "courriel"
    return f"{now:%Y-%m-%d_%Hh%M-%S}_{stem}.eml"


def mailto_url(
    recipients: Sequence[str], cc: Sequence[str] = (), subject: str = "", body: str = ""
) -> str:
    """A ``mailto:`` link (RFC 6068) without attachments: the fallback when ``.eml`` fails."""
    to = ",".join(quote(parse_address(a).addr_spec, safe="@") for a in recipients)
    query = []
    if cc:
        query.append("cc=" + ",".join(quote(parse_address(a).addr_spec, safe="@") for a in cc))
    if subject:
        query.append("subject=" + quote(single_line(subject), safe=""))
    if body:
        query.append("body=" + quote(body.replace("\r\n", "\n").replace("\n", "\r\n"), safe=""))
    return f"mailto:{to}" + ("?" + "&".join(query) if query else "")


def _format_person(name: str, email: str) -> str | None:
    email = email.strip()
    if not email:
        return None
    try:
        address = parse_address(email)
    except UserFacingError:
        return None
    if name.strip() and not address.display_name:
        address = Address(single_line(name), address.username, address.domain)
    # Shown to the user for editing: "M. Jean Dupont <a@b.fr>" reads better than the
    # quoted form, and parses back the same when the name holds no separator.
    if address.display_name and not re.search(r'[,;<>"@\\()\[\]:]', address.display_name):
        return f"{address.display_name} <{address.addr_spec}>"
    return str(address)


def _kind(territory: TerritoryRecord) -> str:
    contract = territory.contrat_courant
    return str(contract.type_document) if contract else TypeDocument.CONTRAT.value


def _subject(territory: TerritoryRecord) -> str:
    return f"{_kind(territory)} de Territoire d'industrie {territory.nom} — documents"


def _body(territory: TerritoryRecord, attachments: Sequence[Path]) -> str:
    lines = [
        "Madame, Monsieur,",
        "",
        f"Veuillez trouver ci-joint les documents du {_kind(territory).lower()} de Territoire "
        f"d'industrie {territory.nom}\u00a0:",
    ]
    lines += [f"  - {path.name}" for path in attachments] or ["  (aucune pièce jointe)"]
    lines += [
        "",
        "Je reste à votre disposition pour toute précision.",
        "",
        "Bien cordialement,",
        "",
    ]
    signature = [territory.chef_projet_nom.strip() or "Le chef de projet"]
    signature.append(f"Chef de projet Territoire d'industrie {territory.nom}")
    if territory.chef_projet_telephone.strip():
        signature.append(territory.chef_projet_telephone.strip())
    if territory.chef_projet_email.strip():
        signature.append(territory.chef_projet_email.strip())
    return "\n".join(lines + signature) + "\n"


def _address_key(formatted: str) -> str:
    return parse_address(formatted).addr_spec.lower()


def _signatory_addresses(territory: TerritoryRecord) -> tuple[list[str], list[str]]:
    """The signatories' addresses in signing order, each once, and who has none."""
    addresses: list[str] = []
    seen: set[str] = set()
    missing: list[str] = []
    for signatory in territory.signataires:
        formatted = _format_person(person_name(signatory), signatory.email)
        who = person_name(signatory) or signatory.organisme
        if formatted is None:
            missing.append(f"{who} ({signatory.organisme})" if who != signatory.organisme else who)
            continue
        if _address_key(formatted) not in seen:
            seen.add(_address_key(formatted))
            addresses.append(formatted)
    return addresses, missing


def propose_draft(
    database: Database, territoire_id: uuid.UUID, attachments: Sequence[Path]
) -> DraftProposal:
    """Recipients, subject and body proposed for sending a territory's documents.

    The documents go to the Région: its correspondent (« Courriel du correspondant
    Région ») is the recipient, the signatories who have an address are in copy.
    Without a correspondent, the signatories are the recipients (in signing order,
    each address once). The chef de projet is the sender. Signatories without a valid
    address are listed in ``missing_emails``.
    """
    with database.reader() as session:
        found = load_territories(session, [territoire_id]).territories
    if not found:
        raise UserFacingError("Ce territoire n'existe plus dans la base.")
    territory = found[0]
    signatories, missing = _signatory_addresses(territory)
    region = _format_person("", territory.correspondant_region_email)
    if region is None:
        recipients, cc = signatories, []
    else:
        recipients = [region]
        cc = [a for a in signatories if _address_key(a) != _address_key(region)]
    return DraftProposal(
        territoire=territory.nom,
        sender=_format_person(territory.chef_projet_nom, territory.chef_projet_email) or "",
        recipients=recipients,
        cc=cc,
        subject=_subject(territory),
        body=_body(territory, attachments),
        attachments=list(attachments),
        missing_emails=missing,
    )


@dataclass(frozen=True)
class JournalEntry:
    """One prepared e-mail, as recorded in ``courriels/journal.csv``."""

    prepared_at: datetime
    territoire: str
    subject: str
    recipients: tuple[str, ...]
    cc: tuple[str, ...]
    attachments: tuple[str, ...]
    draft_file: str


def read_journal(journal: Path) -> list[JournalEntry]:
    """Entries of the journal, oldest first (empty when there is none)."""
    if not journal.exists():
        return []
    entries = []
    with journal.open(encoding="utf-8-sig", newline="") as handle:
        for row in csv.DictReader(handle, delimiter=";"):
            row = {key: _unprotected(value or "") for key, value in row.items() if key}
            try:
                prepared = datetime.strptime(row["Date"], "%d/%m/%Y %H:%M:%S")
            except (KeyError, ValueError):
                continue
            entries.append(
                JournalEntry(
                    prepared_at=prepared,
                    territoire=row.get("Territoire", ""),
                    subject=row.get("Objet", ""),
                    recipients=tuple(split_addresses(row.get("Destinataires", ""))),
                    cc=tuple(split_addresses(row.get("Copie", ""))),
                    attachments=tuple(x for x in row.get("Pièces jointes", "").split(" | ") if x),
                    draft_file=row.get("Fichier", ""),
                )
            )
    return entries


def _protected(text: str) -> str:
    """A cell Excel never takes for a formula: ``=HYPERLINK(…)`` is kept as text (``'=…``)."""
    return "'" + text if needs_text_protection(text) or text.startswith("'") else text


def _unprotected(text: str) -> str:
    return text[1:] if text.startswith("'") else text


def _ends_a_line(path: Path) -> bool:
    with path.open("rb") as handle:
        if handle.seek(0, os.SEEK_END) == 0:
            return True
        handle.seek(-1, os.SEEK_END)
        return handle.read(1) == b"\n"


def record_in_journal(journal: Path, entry: JournalEntry) -> None:
    """Append ``entry`` to the journal (a CSV Excel opens: ``;`` and UTF-8 with BOM).

    Every cell starting like a formula (``= + - @``) is written after an apostrophe,
    as in the exchange workbooks, so opening the journal in Excel runs nothing. Each
    entry is one append: two programs recording at once both keep theirs, and a
    program killed mid-write leaves at worst one unreadable line, skipped on reading.
    """
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow(
        [
            _protected(cell)
            for cell in (
                f"{entry.prepared_at:%d/%m/%Y %H:%M:%S}",
                entry.territoire,
                entry.subject,
                "; ".join(entry.recipients),
                "; ".join(entry.cc),
                " | ".join(entry.attachments),
                entry.draft_file,
            )
        ]
    )
    line = buffer.getvalue().encode("utf-8")
    try:
        journal.parent.mkdir(parents=True, exist_ok=True)
        try:
            fd = os.open(journal, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
            header = io.StringIO()
            csv.writer(header, delimiter=";", lineterminator="\r\n").writerow(JOURNAL_HEADERS)
            line = "\ufeff".encode() + header.getvalue().encode("utf-8") + line
        except FileExistsError:
            if not _ends_a_line(journal):  # a line cut by a crash: never glue ours to it
                line = b"\r\n" + line
            fd = os.open(journal, os.O_WRONLY | os.O_APPEND)
        try:
            os.write(fd, line)
        finally:
            os.close(fd)
    except OSError as exc:
        raise UserFacingError(describe_os_error(journal, exc)) from exc


def save_draft(
    message: EmailMessage,
    folder: Path,
    *,
    territoire: str,
    now: datetime | None = None,
) -> Path:
    """Write the draft into ``folder`` (a new file) and record it in the folder's journal."""
    now = now or datetime.now()
    # Two drafts of the same subject in the same second each keep their own file.
    target = write_new_file(
        folder / draft_file_name(str(message["Subject"] or ""), now),
        message.as_bytes(policy=policy.SMTP),
    )
    record_in_journal(
        folder / JOURNAL_NAME,
        JournalEntry(
            prepared_at=now.replace(microsecond=0),
            territoire=territoire,
            subject=str(message["Subject"] or ""),
            recipients=_header_addresses(message, "To"),
            cc=_header_addresses(message, "Cc"),
            attachments=tuple(part.get_filename() or "" for part in message.iter_attachments()),
            draft_file=target.name,
        ),
    )
    return target


def _header_addresses(message: EmailMessage, name: str) -> tuple[str, ...]:
    header = message[name]
    if header is None:
        return ()
    return tuple(str(address) for address in header.addresses)
