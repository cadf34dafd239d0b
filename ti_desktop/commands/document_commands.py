"""Sub-commands producing documents: contract, fiche, check-template."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from ti_desktop.cli import open_command_database
from ti_desktop.commands.register_commands import add_record_options, record_written
from ti_desktop.services.documents import generation as contract_documents
from ti_desktop.services.documents.render import check_template
from ti_desktop.services.register.transmissions import NatureEnvoi
from ti_desktop.services.territories import require_territory


def register(subparsers: Any) -> None:
    """Add contract, fiche and check-template."""
    p = subparsers.add_parser("contract", help="génère le contrat (.docx, et .pdf avec --pdf)")
    p.add_argument("--territory", required=True, metavar="NOM", help="nom du territoire")
    p.add_argument("-o", "--output", type=Path, metavar="FICHIER.docx", help="fichier à écrire")
    p.add_argument("--template", type=Path, metavar="FICHIER", help="modèle Word à utiliser")
    p.add_argument("--pdf", action="store_true", help="produit aussi le PDF (LibreOffice)")
    add_record_options(p)
    p.set_defaults(func=cmd_contract)

    p = subparsers.add_parser("fiche", help="génère une fiche-action seule (.docx)")
    p.add_argument("--territory", required=True, metavar="NOM", help="nom du territoire")
    p.add_argument("--numero", required=True, metavar="N", help="numéro de la fiche (ex. 1.2)")
    p.add_argument("-o", "--output", type=Path, metavar="FICHIER.docx", help="fichier à écrire")
    p.add_argument("--template", type=Path, metavar="FICHIER", help="modèle Word à utiliser")
    p.add_argument("--pdf", action="store_true", help="produit aussi le PDF (LibreOffice)")
    add_record_options(p)
    p.set_defaults(func=cmd_fiche)

    p = subparsers.add_parser(
        "check-template", help="vérifie un modèle Word (variables, syntaxe, boucles)"
    )
    p.add_argument("template", type=Path, metavar="FICHIER.docx")
    p.set_defaults(func=cmd_check_template)


def _print_result(result: contract_documents.GeneratedDocuments) -> None:
    print(f"Document Word écrit : {result.docx}")
    if result.pdf is not None:
        print(f"PDF écrit : {result.pdf}")


def cmd_contract(args: argparse.Namespace) -> int:
    database = open_command_database(args, writes=not args.no_record)
    try:
        with database.reader() as session:
            territory_id = require_territory(session, args.territory).id
        result = contract_documents.generate_contract(
            database, territory_id, args.output, template=args.template, pdf=args.pdf
        )
        _print_result(result)
        record_written(args, database, territory_id, NatureEnvoi.CONTRAT, [result.docx, result.pdf])
    finally:
        database.close()
    return 0


def cmd_fiche(args: argparse.Namespace) -> int:
    database = open_command_database(args, writes=not args.no_record)
    try:
        with database.reader() as session:
            territory_id = require_territory(session, args.territory).id
        result = contract_documents.generate_fiche(
            database, territory_id, args.numero, args.output, template=args.template, pdf=args.pdf
        )
        _print_result(result)
        record_written(
            args,
            database,
            territory_id,
            NatureEnvoi.FICHE,
            [result.docx, result.pdf],
            objet=f"Fiche-action {args.numero}",
        )
    finally:
        database.close()
    return 0


def cmd_check_template(args: argparse.Namespace) -> int:
    report = check_template(args.template)
    for line in report.lines():
        print(line)
    return 0 if report.can_render else 1
