"""Sub-commands of the register of transmissions: sent, changes, sign, avenant, report.

``contract``, ``fiche`` and ``export`` record what they write through
``add_record_options`` and ``record_written`` (``--no-record`` for a draft not sent).
"""

from __future__ import annotations

import argparse
import json
import sys
import uuid
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ti_desktop.cli import open_command_database
from ti_desktop.db.vocabulary import NatureEnvoi
from ti_desktop.services.fields.values import parse_date
from ti_desktop.services.french_format import format_date_long

if TYPE_CHECKING:
    from ti_desktop.db.store import Database
    from ti_desktop.services.register.documents import RegisterDocument
    from ti_desktop.services.register.transmissions import TransmissionRecord

# Each handler imports its libraries when it runs (``--version`` stays instant).


def _day(text: str) -> date:
    """An argparse type: a date typed ``AAAA-MM-JJ`` or ``JJ/MM/AAAA``."""
    try:
        return parse_date(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from exc


def _territory_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--territory", required=True, metavar="NOM", help="nom du territoire")


def add_no_record(parser: argparse.ArgumentParser) -> None:
    """``--no-record``: a draft that does not leave is not recorded as sent."""
    parser.add_argument(
        "--no-record",
        action="store_true",
        help="ne pas consigner l'envoi dans l'historique (brouillon qui ne part pas)",
    )


def add_record_options(parser: argparse.ArgumentParser) -> None:
    """``--no-record`` and ``--to`` on a command that writes something to send."""
    add_no_record(parser)
    parser.add_argument(
        "--to",
        action="append",
        default=[],
        metavar="DESTINATAIRE",
        help="destinataire, pour l'historique des envois (répétable)",
    )


def record_written(
    args: argparse.Namespace,
    database: Database,
    territoire_id: uuid.UUID,
    nature: NatureEnvoi,
    files: Sequence[Path | None],
    objet: str = "",
) -> None:
    """Record a document just written, unless ``--no-record``; say so on the terminal."""
    from ti_desktop.services.register import recording

    if args.no_record or not can_record(database):
        return
    sent = recording.record_documents(
        database, territoire_id, nature, files, objet=objet, recipients=args.to
    )
    print(f"Envoi consigné dans l'historique (n° {sent.short_id}).")


def can_record(database: Database) -> bool:
    """Whether a transmission can be recorded (not in a base opened read-only; said so)."""
    if database.read_only:
        print(
            f"Envoi non consigné dans l'historique : la base est ouverte en lecture seule "
            f"({database.read_only_reason}).",
            file=sys.stderr,
        )
    return not database.read_only


def register(subparsers: Any) -> None:
    """Add sent, changes, sign, avenant and report."""
    p = subparsers.add_parser("sent", help="l'historique des envois d'un territoire")
    _territory_argument(p)
    p.add_argument(
        "--kind", choices=[n.value for n in NatureEnvoi], help="seulement ce type d'envoi"
    )
    p.add_argument("--recipient", default="", metavar="TEXTE", help="seulement à ce destinataire")
    p.add_argument("--json", action="store_true", help="sortie JSON")
    p.set_defaults(func=cmd_sent)

    p = subparsers.add_parser("changes", help="ce qui a changé depuis un envoi")
    _territory_argument(p)
    since = p.add_mutually_exclusive_group()
    since.add_argument("--since", metavar="ID", help="depuis cet envoi (identifiant ou début)")
    since.add_argument(
        "--since-date", type=_day, metavar="AAAA-MM-JJ", help="depuis le dernier envoi à cette date"
    )
    since.add_argument(
        "--since-signed", action="store_true", help="depuis la version signée en vigueur"
    )
    p.add_argument("--until", metavar="ID", help="jusqu'à cet envoi (défaut : maintenant)")
    p.add_argument("--json", action="store_true", help="sortie JSON")
    p.set_defaults(func=cmd_changes)

    p = subparsers.add_parser(
        "sign", help="marque l'envoi d'un contrat ou d'un avenant comme version signée"
    )
    _territory_argument(p)
    p.add_argument("id", metavar="ID", help="l'envoi signé (identifiant ou début)")
    p.add_argument(
        "--date", type=_day, metavar="AAAA-MM-JJ", help="date de signature (défaut : aujourd'hui)"
    )
    p.add_argument("--remove", action="store_true", help="retire la mention « signé »")
    p.set_defaults(func=cmd_sign)

    p = subparsers.add_parser(
        "avenant", help="génère l'avenant des changements depuis la version signée (.docx)"
    )
    _territory_argument(p)
    _document_arguments(p)
    p.set_defaults(func=cmd_avenant)

    p = subparsers.add_parser("report", help="génère le rapport de suivi du comité (.docx)")
    _territory_argument(p)
    p.add_argument(
        "--since", metavar="ID", help="changements depuis cet envoi (défaut : le dernier rapport)"
    )
    _document_arguments(p)
    p.set_defaults(func=cmd_report)


def _document_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "-o", "--output", required=True, type=Path, metavar="FICHIER.docx", help="fichier à écrire"
    )
    parser.add_argument("--template", type=Path, metavar="FICHIER", help="modèle Word à utiliser")
    parser.add_argument("--pdf", action="store_true", help="produit aussi le PDF (LibreOffice)")
    add_no_record(parser)


def _territory_id(database: Database, name: str) -> tuple[uuid.UUID, str]:
    from ti_desktop.services.territories import require_territory

    with database.reader() as session:
        territory = require_territory(session, name)
        return territory.id, territory.nom


def _print(lines: Sequence[str]) -> None:
    """Print French lines even on a terminal that cannot show « → » (Windows code pages)."""
    encoding = getattr(sys.stdout, "encoding", None) or "utf-8"
    try:
        "→€«»–—".encode(encoding)
    except (UnicodeEncodeError, LookupError):
        reconfigure = getattr(sys.stdout, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="replace")
    for line in lines:
        print(line)


def _size(count: int) -> str:
    return f"{count} octets" if count < 1024 else f"{round(count / 1024)} Ko"


def transmission_lines(sent: TransmissionRecord) -> list[str]:
    """One transmission as terminal lines (id, date, kind, then details)."""
    local = sent.envoye_le.astimezone()
    head = f"{sent.short_id}  {local:%d/%m/%Y %H:%M}  {sent.nature_label}"
    if sent.signe_le is not None:
        head += f" — version signée le {format_date_long(sent.signe_le)}"
    lines = [head, f"    Objet : {sent.objet}"]
    lines.append("    Destinataires : " + (", ".join(sent.recipients) or "non précisés"))
    for file in sent.fichiers:
        lines.append(
            f"    Fichier : {file.nom} ({_size(file.taille)}, SHA-256 {file.sha256[:16]}…)"
            f" — copie : {file.kept_copy}"
        )
    lines.append(f"    Version de TI Desktop : {sent.version_logiciel}")
    return lines


def cmd_sent(args: argparse.Namespace) -> int:
    from ti_desktop.services.register import transmissions

    database = open_command_database(args, writes=False)
    try:
        territoire_id, name = _territory_id(database, args.territory)
        with database.reader() as session:
            listed = transmissions.list_transmissions(
                session, territoire_id, nature=args.kind, recipient=args.recipient
            )
    finally:
        database.close()
    if args.json:
        print(json.dumps([transmissions.as_json(s) for s in listed], ensure_ascii=False, indent=2))
        return 0
    if not listed:
        _print([f"Aucun envoi consigné pour « {name} »."])
        return 0
    lines = [f"Envois de « {name} » ({len(listed)}), du plus récent au plus ancien :"]
    for sent in listed:
        lines += transmission_lines(sent)
    _print(lines)
    return 0


def cmd_changes(args: argparse.Namespace) -> int:
    from ti_desktop.services.register import changes as register_changes
    from ti_desktop.services.register import wording

    database = open_command_database(args, writes=False)
    try:
        territoire_id, _name = _territory_id(database, args.territory)
        since = register_changes.baseline(
            database,
            territoire_id,
            reference=args.since,
            since_date=args.since_date,
            signed=args.since_signed,
        )
        until = (
            register_changes.baseline(database, territoire_id, reference=args.until)
            if args.until
            else None
        )
        found = register_changes.changes_since(database, territoire_id, since, until)
    finally:
        database.close()
    if args.json:
        print(json.dumps(wording.changes_since_json(found), ensure_ascii=False, indent=2))
    else:
        _print(wording.describe_since(found))
    return 0


def cmd_sign(args: argparse.Namespace) -> int:
    from ti_desktop.services.register import transmissions

    database = open_command_database(args)
    try:
        territoire_id, _name = _territory_id(database, args.territory)
        with database.reader() as session:
            sent = transmissions.find_transmission(session, territoire_id, args.id)
        signed_on = None if args.remove else (args.date or date.today())
        transmissions.mark_signed(database, sent.id, signed_on)
    finally:
        database.close()
    if signed_on is None:
        _print([f"{sent.describe()} : mention « signé » retirée."])
    else:
        when = format_date_long(signed_on)
        _print([f"{sent.nature_label} {sent.short_id} : version signée le {when}."])
    return 0


def _print_document(written: RegisterDocument) -> None:
    lines = [f"Document Word écrit : {written.documents.docx}"]
    if written.documents.pdf is not None:
        lines.append(f"PDF écrit : {written.documents.pdf}")
    if written.transmission is not None:
        lines.append(f"Envoi consigné dans l'historique (n° {written.transmission.short_id}).")
    _print(lines)


def _write(args: argparse.Namespace, generate: Any, **options: Any) -> int:
    """Run ``generate_avenant`` or ``generate_report`` with the command's arguments."""
    database = open_command_database(args, writes=not args.no_record)
    try:
        territoire_id, _name = _territory_id(database, args.territory)
        written = generate(
            database,
            territoire_id,
            args.output,
            template=args.template,
            pdf=args.pdf,
            record=not args.no_record and can_record(database),
            **options,
        )
    finally:
        database.close()
    _print_document(written)
    return 0


def cmd_avenant(args: argparse.Namespace) -> int:
    from ti_desktop.services.register import documents as register_documents

    return _write(args, register_documents.generate_avenant)


def cmd_report(args: argparse.Namespace) -> int:
    from ti_desktop.services.register import documents as register_documents

    return _write(args, register_documents.generate_report, since=args.since)
