"""Sub-commands about the database itself: demo, list, backup, restore."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from ti_desktop.cli import database_path, open_command_database
from ti_desktop.errors import UserFacingError

# Each handler imports its libraries when it runs: ``ti-desktop --version`` and
# ``--help`` never load SQLAlchemy, openpyxl or docxtpl.


def register(subparsers: Any) -> None:
    """Add demo, list, backup and restore."""
    p = subparsers.add_parser("demo", help="ajoute le territoire de démonstration à la base")
    p.set_defaults(func=cmd_demo)

    p = subparsers.add_parser("list", help="liste les territoires de la base")
    p.add_argument("--json", action="store_true", help="sortie JSON")
    p.set_defaults(func=cmd_list)

    p = subparsers.add_parser("backup", help="sauvegarde la base maintenant")
    p.set_defaults(func=cmd_backup)

    p = subparsers.add_parser(
        "restore", help="restaure une sauvegarde (sans argument : liste les sauvegardes)"
    )
    p.add_argument("backup", nargs="?", help="numéro de la liste ou chemin du fichier")
    p.set_defaults(func=cmd_restore)


def cmd_demo(args: argparse.Namespace) -> int:
    from ti_desktop.services import demo

    path = database_path(args)
    database = open_command_database(args, create=True)
    try:
        with database.session() as session:
            created = demo.ensure_demo_territory(session)
    finally:
        database.close()
    if created is None:
        print(f"Le territoire « {demo.DEMO_NAME} » existe déjà dans {path}.")
    else:
        print(f"Territoire « {demo.DEMO_NAME} » créé dans {path}.")
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    from ti_desktop.services import territories
    from ti_desktop.services.french_format import format_euros

    database = open_command_database(args, writes=False)
    try:
        with database.reader() as session:
            rows = territories.overview(session)
    finally:
        database.close()
    if args.json:
        print(json.dumps([row.as_json() for row in rows], ensure_ascii=False, indent=2))
        return 0
    if not rows:
        print("Aucun territoire. Créez-en un dans la fenêtre ou lancez « ti-desktop demo ».")
        return 0
    for row in rows:
        print(
            f"{row.nom} — {row.region}, {row.phase} — {row.type_document} {row.periode} "
            f"({row.statut}) — {row.signataires} signataires, {row.fiches} fiches, "
            f"{format_euros(row.cout_total)} HT dont {format_euros(row.acquis)} acquis"
        )
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    from ti_desktop.services.files import backups

    path = database_path(args)
    database = open_command_database(args, writes=False)  # refuses foreign, damaged files
    try:
        taken = backups.make_backup(path, backups.MANUAL)
    finally:
        database.close()
    print(f"Sauvegarde créée : {taken.path}")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from ti_desktop.db.store import open_database
    from ti_desktop.services.files import backups

    path = database_path(args)
    available = backups.list_backups(path)
    if args.backup is None:
        if not available:
            print(f"Aucune sauvegarde de {path}.")
            return 0
        for index, item in enumerate(available, start=1):
            print(f"{index:>3}. {item.label} — {item.path}")
        print("Restaurer : ti-desktop restore NUMÉRO")
        return 0
    if args.backup.isdigit():
        index = int(args.backup)
        if not 1 <= index <= len(available):
            raise UserFacingError(f"Pas de sauvegarde n° {index} (il y en a {len(available)}).")
        chosen = available[index - 1].path
    else:
        chosen = Path(args.backup)
        if not chosen.exists():
            raise UserFacingError(f"Sauvegarde « {chosen} » introuvable.")
    saved = backups.restore_backup(path, chosen)
    open_database(path).close()  # migrates an older backup if needed
    kept = (
        "La base endommagée est conservée"
        if saved.kind == backups.DAMAGED_COPY
        else "L'état remplacé est conservé"
    )
    print(f"Base restaurée depuis {chosen}.\n{kept} dans {saved.path}.")
    return 0
