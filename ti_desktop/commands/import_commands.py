"""Sub-commands bringing in what users already have: import-table, import-fiche, formulaires.

``fiche --formulaire`` (in ``document_commands``) writes one form through
``write_form_command``; ``formulaires`` writes one per fiche of a maître d'ouvrage.
Exit codes as everywhere: 0 done, 1 refused (errors printed, nothing written), 2
usage.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ti_desktop.cli import open_command_database
from ti_desktop.commands.register_commands import add_record_options, record_written
from ti_desktop.db.vocabulary import NatureEnvoi
from ti_desktop.errors import UserFacingError

if TYPE_CHECKING:
    from ti_desktop.db.store import Database

# Each handler imports its libraries when it runs (``--version`` stays instant).


def register(subparsers: Any) -> None:
    """Add import-table, import-fiche and formulaires."""
    p = subparsers.add_parser(
        "import-table",
        help="importe les fiches d'un tableau de suivi .xlsx, .ods ou .csv (tout ou rien)",
        description="Importe un tableau de suivi quelconque : les en-têtes sont reconnus "
        "(« Porteur de projet », « Coût (€ HT) », « FEDER »…) ; --map corrige une colonne.",
    )
    p.add_argument("file", type=Path, metavar="FICHIER")
    p.add_argument("--territory", required=True, metavar="NOM", help="territoire des fiches")
    p.add_argument("--sheet", metavar="FEUILLE", help="feuille à lire (défaut : reconnue)")
    p.add_argument(
        "--map",
        action="append",
        default=[],
        type=_map_argument,
        metavar="EN-TÊTE=CHAMP",
        help="colonne et champ (clé ou libellé : intitule, « Coût total HT (€) », "
        "financeur:Région, financeur:État@DETR, statut, ignorer) ; répétable",
    )
    p.add_argument(
        "--statut",
        metavar="STATUT",
        help="statut des lignes de financement des colonnes de financeurs (défaut : Sollicité)",
    )
    p.add_argument(
        "--dry-run", action="store_true", help="vérifie et montre l'aperçu sans rien enregistrer"
    )
    p.set_defaults(func=cmd_import_table)

    p = subparsers.add_parser(
        "import-fiche", help="relit des formulaires de fiches-actions remplis (.docx)"
    )
    p.add_argument("files", nargs="+", type=Path, metavar="FICHIER.docx")
    p.add_argument(
        "--territory", metavar="NOM", help="refuser les formulaires d'un autre territoire"
    )
    p.add_argument(
        "--dry-run", action="store_true", help="montre les changements sans rien enregistrer"
    )
    p.set_defaults(func=cmd_import_fiche)

    p = subparsers.add_parser(
        "formulaires",
        help="écrit un formulaire à remplir par fiche d'un maître d'ouvrage (.docx)",
    )
    p.add_argument("--territory", required=True, metavar="NOM", help="nom du territoire")
    p.add_argument(
        "--maitre-ouvrage", required=True, metavar="NOM", help="maître d'ouvrage des fiches"
    )
    p.add_argument(
        "-o", "--output", required=True, type=Path, metavar="DOSSIER", help="dossier à remplir"
    )
    add_record_options(p)
    p.set_defaults(func=cmd_formulaires)


def _map_argument(text: str) -> tuple[str, str]:
    """``En-tête=champ``: checked now (exit 2 on a field that does not exist)."""
    from ti_desktop.services.imports.mapping import parse_target

    header, equal, target = text.rpartition("=")
    if not equal or not header.strip():
        raise argparse.ArgumentTypeError(f"« {text} » : attendu EN-TÊTE=CHAMP")
    try:
        parse_target(target)
    except UserFacingError as exc:
        raise argparse.ArgumentTypeError(exc.message) from exc
    return header.strip(), target.strip()


# --- import-table ----------------------------------------------------------------------------


def cmd_import_table(args: argparse.Namespace) -> int:
    from ti_desktop.services import reference_lists
    from ti_desktop.services.exchange.importer import refusal
    from ti_desktop.services.files.backups import backup_before_import
    from ti_desktop.services.imports import mapping
    from ti_desktop.services.imports.memory import MappingMemory
    from ti_desktop.services.imports.plan import apply_tracker, plan_tracker
    from ti_desktop.services.imports.reading import read_tracker
    from ti_desktop.services.territories import require_territory

    database = open_command_database(args, writes=not args.dry_run)
    try:
        with database.reader() as session:
            territory = require_territory(session, args.territory)
            territoire_id, name = territory.id, territory.nom
            financers = [f.libelle for f in reference_lists.financers(session)]
        memory = MappingMemory()
        reading = read_tracker(database, args.file, sheet=args.sheet, memory=memory)
        for header, spec in args.map:
            reading.choose(header, mapping.parse_target(spec, financers))
        plan = plan_tracker(database, reading, territoire_id, statut=args.statut)
        print(
            f"Tableau : {reading.source.name}, feuille « {reading.sheet} », en-têtes en ligne "
            f"{reading.header.number}" + (f" ({reading.reading})" if reading.reading else "")
        )
        if reading.remembered:
            print("Correspondance mémorisée pour ces en-têtes reprise.")
        print("Correspondance des colonnes :")
        for line in plan.mapping_lines():
            print(f"  {line}")
        for warning in plan.warnings:
            print(f"  Avertissement : {warning}", file=sys.stderr)
        if not plan.is_valid:
            raise refusal(reading.source, plan.errors)
        if args.dry_run:
            for change in plan.changes:
                if change.changes_anything:
                    print(change.title())
                    for line in change.describe():
                        print(f"    {line}")
            print(f"Aperçu (rien n'a été enregistré) pour « {name} » : {plan.summary()}")
            return 0
        backup_before_import(database.path)  # refused: nothing is imported
        counts = apply_tracker(database, plan)
        memory.remember(reading.headers, reading.specs())
        print(f"Importé dans « {name} » : {counts.summary()}.")
    finally:
        database.close()
    return 0


# --- import-fiche ----------------------------------------------------------------------------


def cmd_import_fiche(args: argparse.Namespace) -> int:
    from ti_desktop.services.files.backups import backup_before_import
    from ti_desktop.services.imports.form_plan import REFUSED, apply_forms, plan_forms
    from ti_desktop.services.territories import require_territory

    database = open_command_database(args, writes=not args.dry_run)
    try:
        territoire_id = None
        if args.territory:
            with database.reader() as session:
                territoire_id = require_territory(session, args.territory).id
        plan = plan_forms(database, args.files, territoire_id=territoire_id)
        for result in plan.results:
            stream = sys.stderr if result.status == REFUSED else sys.stdout
            print(result.headline(), file=stream)
            for error in result.errors:
                print(f"    Erreur : {error}", file=stream)
            if result.change is not None and result.status != REFUSED:
                for line in result.change.describe():
                    print(f"    {line}")
            for note in result.notes:
                print(f"    Note : {note}", file=stream)
        if args.dry_run:
            print(f"Aperçu (rien n'a été enregistré) : {plan.summary()}")
        elif plan.changes:
            backup_before_import(database.path)  # refused: nothing is imported
            apply_forms(database, plan)
            print(f"Enregistré : {plan.summary()}")
        else:
            print(f"Rien à enregistrer : {plan.summary()}")
    finally:
        database.close()
    return 1 if plan.refused else 0


# --- forms to fill ---------------------------------------------------------------------------


def write_form_command(args: argparse.Namespace, database: Database) -> int:
    """``fiche --formulaire``: the form of fiche ``--numero``, recorded as sent."""
    from ti_desktop.services.imports.form_writer import form_file_name, write_fiche_form
    from ti_desktop.services.records import load_fiche
    from ti_desktop.services.territories import require_territory

    with database.reader() as session:
        territory = require_territory(session, args.territory)
        fiche = next((f for f in territory.fiches_actives if f.numero == args.numero), None)
        if fiche is None:
            numbers = ", ".join(f.numero for f in territory.fiches_actives) or "aucune"
            raise UserFacingError(
                f"Le territoire « {territory.nom} » n'a pas de fiche n° {args.numero} "
                f"(fiches : {numbers})."
            )
        territoire_id, fiche_id = territory.id, fiche.id
        record = load_fiche(session, fiche_id)
    assert record is not None
    target = args.output or Path.cwd() / form_file_name(record)
    written = write_fiche_form(database, fiche_id, target)
    print(f"Formulaire à remplir écrit : {written}")
    record_written(
        args,
        database,
        territoire_id,
        NatureEnvoi.FORMULAIRE,
        [written],
        objet=f"Formulaire de la fiche-action {record.numero}",
    )
    return 0


def cmd_formulaires(args: argparse.Namespace) -> int:
    from ti_desktop.db.vocabulary import fold
    from ti_desktop.services.imports.form_writer import maitres_ouvrage, write_forms_for_owner
    from ti_desktop.services.territories import require_territory

    database = open_command_database(args, writes=not args.no_record)
    try:
        with database.reader() as session:
            territory = require_territory(session, args.territory)
            territoire_id = territory.id
        written = write_forms_for_owner(database, territoire_id, args.maitre_ouvrage, args.output)
        for path in written:
            print(f"Formulaire à remplir écrit : {path}")
        owner = next(
            (name for name, _ in maitres_ouvrage(database, territoire_id)
             if fold(name) == fold(args.maitre_ouvrage)),
            args.maitre_ouvrage,
        )  # fmt: skip
        record_written(
            args,
            database,
            territoire_id,
            NatureEnvoi.FORMULAIRE,
            list(written),
            objet=f"Formulaires de fiches-actions ({len(written)}) — {owner}",
        )
    finally:
        database.close()
    return 0
