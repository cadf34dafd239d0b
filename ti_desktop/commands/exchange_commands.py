"""Sub-commands of the exchange workbook: import, export, modele."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ti_desktop.cli import database_path, open_command_database
from ti_desktop.commands.register_commands import add_no_record, can_record
from ti_desktop.errors import UserFacingError
from ti_desktop.services.office_formats import WORKBOOK_FORMATS, WorkbookFormat

if TYPE_CHECKING:
    from ti_desktop.db.store import Database

# Each handler imports its libraries when it runs (``--version`` stays instant).


def register(subparsers: Any) -> None:
    """Add import, export and modele."""
    p = subparsers.add_parser(
        "import",
        help="importe des classeurs d'échange .xlsx ou .ods (chacun entièrement ou pas du tout)",
    )
    p.add_argument("files", nargs="+", type=Path, metavar="FICHIER.xlsx|.ods")
    p.set_defaults(func=cmd_import)

    p = subparsers.add_parser(
        "export", help="exporte les territoires dans un classeur .xlsx (ou .ods)"
    )
    p.add_argument("-o", "--output", required=True, type=Path, metavar="FICHIER.xlsx")
    p.add_argument(
        "--territory",
        action="append",
        default=[],
        metavar="NOM",
        help="territoire à exporter, ou une partie de son nom (répétable ; défaut : tous)",
    )
    p.add_argument(
        "--format",
        choices=WORKBOOK_FORMATS,
        help="xlsx (Excel, défaut) ou ods (OpenDocument, avec LibreOffice) ; "
        "défaut : l'extension de -o",
    )
    p.add_argument("--region", metavar="NOM", help="seulement les territoires de cette région")
    add_no_record(p)
    p.set_defaults(func=cmd_export)

    p = subparsers.add_parser(
        "modele", help="écrit un classeur d'échange vierge avec listes déroulantes"
    )
    p.add_argument("-o", "--output", required=True, type=Path, metavar="FICHIER.xlsx")
    p.add_argument(
        "--territory", metavar="NOM", help="proposer les axes de ce territoire dans les listes"
    )
    p.set_defaults(func=cmd_modele)


def _import_one(database: Database, source: Path) -> bool:
    """Import one file in its own transaction; print its report. True when imported."""
    from ti_desktop.services.exchange import importer as exchange_import

    try:
        plan = exchange_import.plan_import(database, source)
        for warning in plan.warnings:
            print(f"  Avertissement ({source.name}) : {warning}", file=sys.stderr)
        if plan.errors:
            raise exchange_import.refusal(source, plan.errors)
        result = exchange_import.apply_import(database, plan)
    except UserFacingError as exc:
        print(f"Refusé : {source} — {exc}", file=sys.stderr)
        return False
    print(f"Importé : {source} — {result.summary()}")
    return True


def cmd_import(args: argparse.Namespace) -> int:
    from ti_desktop.services.files import backups

    database = open_command_database(args)
    try:
        if not database.read_only:
            backups.backup_before_import(database.path)  # refused: nothing is imported
        outcomes = [_import_one(database, Path(source)) for source in args.files]
    finally:
        database.close()
    refused = outcomes.count(False)
    if len(outcomes) > 1:
        print(f"{outcomes.count(True)} fichier(s) importé(s), {refused} refusé(s).")
    return 1 if refused else 0


def cmd_export(args: argparse.Namespace) -> int:
    from ti_desktop.services.exchange import exporter as exchange_export
    from ti_desktop.services.register.recording import record_export

    database = open_command_database(args, writes=not args.no_record)
    try:
        suffix = Path(args.output).suffix.lower()
        file_format: WorkbookFormat = args.format or ("ods" if suffix == ".ods" else "xlsx")
        result = exchange_export.export_workbook(
            database,
            args.output,
            territory_names=args.territory,
            region=args.region,
            file_format=file_format,
        )
        print(result.summary())
        if not args.no_record and can_record(database):
            recorded = record_export(database, result.territoire_ids, result.target)
            print(f"Envoi consigné dans l'historique de {len(recorded)} territoire(s).")
    finally:
        database.close()
    return 0


def cmd_modele(args: argparse.Namespace) -> int:
    from ti_desktop.services.exchange import model_workbook

    path = database_path(args)
    database = (
        open_command_database(args, writes=False) if path.exists() or args.territory else None
    )
    try:
        target = model_workbook.write_model_workbook(args.output, database, args.territory)
    finally:
        if database is not None:
            database.close()
    print(f"Modèle de classeur d'échange écrit dans {target}.")
    return 0
