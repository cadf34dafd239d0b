"""Sub-commands producing documents: contract, fiche, check-template."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ti_desktop.cli import open_command_database
from ti_desktop.commands.register_commands import add_record_options, record_written
from ti_desktop.services.office_formats import DOCUMENT_FORMATS, DocumentFormat

if TYPE_CHECKING:
    from ti_desktop.services.documents.generation import GeneratedDocuments

# Each handler imports its libraries when it runs (``--version`` stays instant).


def _add_format(parser: Any) -> None:
    parser.add_argument(
        "--format",
        choices=DOCUMENT_FORMATS,
        help="docx (Word, défaut) ou odt (OpenDocument, avec LibreOffice) ; "
        "défaut : l'extension de -o",
    )


def register(subparsers: Any) -> None:
    """Add contract, fiche and check-template."""
    p = subparsers.add_parser(
        "contract", help="génère le contrat (.docx ou .odt, et .pdf avec --pdf)"
    )
    p.add_argument("--territory", required=True, metavar="NOM", help="nom du territoire")
    p.add_argument("-o", "--output", type=Path, metavar="FICHIER.docx", help="fichier à écrire")
    p.add_argument("--template", type=Path, metavar="FICHIER", help="modèle Word à utiliser")
    p.add_argument("--pdf", action="store_true", help="produit aussi le PDF (LibreOffice)")
    _add_format(p)
    add_record_options(p)
    p.set_defaults(func=cmd_contract)

    p = subparsers.add_parser("fiche", help="génère une fiche-action seule (.docx ou .odt)")
    p.add_argument("--territory", required=True, metavar="NOM", help="nom du territoire")
    p.add_argument("--numero", required=True, metavar="N", help="numéro de la fiche (ex. 1.2)")
    p.add_argument("-o", "--output", type=Path, metavar="FICHIER.docx", help="fichier à écrire")
    p.add_argument("--template", type=Path, metavar="FICHIER", help="modèle Word à utiliser")
    p.add_argument("--pdf", action="store_true", help="produit aussi le PDF (LibreOffice)")
    p.add_argument(
        "--formulaire",
        action="store_true",
        help="écrit le formulaire à faire remplir par le maître d'ouvrage (à relire avec "
        "import-fiche)",
    )
    _add_format(p)
    add_record_options(p)
    p.set_defaults(func=cmd_fiche)

    p = subparsers.add_parser(
        "check-template", help="vérifie un modèle Word (variables, syntaxe, boucles)"
    )
    p.add_argument("template", type=Path, metavar="FICHIER.docx")
    p.set_defaults(func=cmd_check_template)


def _print_result(result: GeneratedDocuments) -> None:
    kind = "OpenDocument" if result.docx.suffix.lower() == ".odt" else "Word"
    print(f"Document {kind} écrit : {result.docx}")
    if result.pdf is not None:
        print(f"PDF écrit : {result.pdf}")


def document_format(args: argparse.Namespace) -> DocumentFormat:
    """``--format``, else the extension of ``-o`` (``.odt``), else Word."""
    if args.format:
        chosen: DocumentFormat = args.format
        return chosen
    output = args.output
    return "odt" if output is not None and Path(output).suffix.lower() == ".odt" else "docx"


def cmd_contract(args: argparse.Namespace) -> int:
    from ti_desktop.db.vocabulary import NatureEnvoi
    from ti_desktop.services.documents import generation as contract_documents
    from ti_desktop.services.territories import require_territory

    database = open_command_database(args, writes=not args.no_record)
    try:
        with database.reader() as session:
            territory_id = require_territory(session, args.territory).id
        result = contract_documents.generate_contract(
            database,
            territory_id,
            args.output,
            template=args.template,
            pdf=args.pdf,
            file_format=document_format(args),
        )
        _print_result(result)
        record_written(args, database, territory_id, NatureEnvoi.CONTRAT, [result.docx, result.pdf])
    finally:
        database.close()
    return 0


def cmd_fiche(args: argparse.Namespace) -> int:
    from ti_desktop.db.vocabulary import NatureEnvoi
    from ti_desktop.services.documents import generation as contract_documents
    from ti_desktop.services.territories import require_territory

    database = open_command_database(args, writes=not args.no_record)
    try:
        if args.formulaire:
            from ti_desktop.commands.import_commands import write_form_command

            return write_form_command(args, database)
        with database.reader() as session:
            territory_id = require_territory(session, args.territory).id
        result = contract_documents.generate_fiche(
            database,
            territory_id,
            args.numero,
            args.output,
            template=args.template,
            pdf=args.pdf,
            file_format=document_format(args),
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
    from ti_desktop.services.documents.render import check_template

    report = check_template(args.template)
    for line in report.lines():
        print(line)
    return 0 if report.can_render else 1
