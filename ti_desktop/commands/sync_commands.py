"""Sub-commands of the regional server: server …, publish, pull, conflicts, resolve.

``server`` has init, upgrade, grant, revoke, access and log.

The password comes from libpq's usual means (``PGPASSWORD``, ``~/.pgpass``), else it is
asked on the terminal. Exit codes: 0 done, 1 refused or conflicts (a French message),
2 usage error.
"""

from __future__ import annotations

import argparse
import getpass
import json
import sys
import uuid
from typing import TYPE_CHECKING, Any

from ti_desktop.cli import open_command_database
from ti_desktop.errors import UserFacingError
from ti_desktop.services.fields.values import parse_date

if TYPE_CHECKING:
    from ti_desktop.services.sync.connection import PasswordPrompt, ServerAccess

# Each handler imports its libraries when it runs (``--version`` stays instant).


def _prompt() -> PasswordPrompt | None:
    """The terminal's password prompt; none when there is no terminal (scripts, CI)."""
    if not sys.stdin.isatty():
        return None
    return getpass.getpass


def _territory_options(parser: argparse.ArgumentParser, *, region: bool, help_text: str) -> None:
    group = parser.add_mutually_exclusive_group(required=False)
    group.add_argument(
        "--territory", action="append", default=[], metavar="NOM", help=help_text + " (répétable)"
    )
    if region:
        group.add_argument("--region", metavar="NOM", help="tous les territoires de cette région")


def register(subparsers: Any) -> None:
    """Add server, publish, pull, conflicts and resolve."""
    server = subparsers.add_parser("server", help="serveur régional PostgreSQL (informatique)")
    commands = server.add_subparsers(dest="server_command", metavar="ACTION", required=True)

    p = commands.add_parser("init", help="crée le schéma sur une base PostgreSQL vide")
    p.add_argument("url", metavar="ADRESSE", help="postgresql://proprietaire@hote:5432/base")
    p.add_argument("--group", default=None, metavar="ROLE", help="rôle des utilisateurs")
    p.set_defaults(func=cmd_server_init)

    p = commands.add_parser("upgrade", help="met le schéma du serveur à la version de ce logiciel")
    p.add_argument("url", metavar="ADRESSE")
    p.add_argument(
        "--min-client", metavar="VERSION", help="plus ancienne version de TI Desktop acceptée"
    )
    p.set_defaults(func=cmd_server_upgrade)

    p = commands.add_parser("grant", help="accorde un droit de lecture ou de modification")
    p.add_argument("url", metavar="ADRESSE")
    p.add_argument("login", metavar="IDENTIFIANT")
    _territory_options(p, region=True, help_text="territoire concerné")
    p.add_argument(
        "--level", required=True, choices=["read", "edit"], help="lecture ou modification"
    )
    p.set_defaults(func=cmd_server_grant)

    p = commands.add_parser("revoke", help="retire des droits (tous sans --territory ni --region)")
    p.add_argument("url", metavar="ADRESSE")
    p.add_argument("login", metavar="IDENTIFIANT")
    _territory_options(p, region=True, help_text="territoire concerné")
    p.set_defaults(func=cmd_server_revoke)

    p = commands.add_parser("access", help="liste les droits accordés")
    p.add_argument("url", metavar="ADRESSE")
    p.set_defaults(func=cmd_server_access)

    p = commands.add_parser("log", help="journal des publications et des changements")
    p.add_argument("url", metavar="ADRESSE")
    p.add_argument("--territory", metavar="NOM", help="seulement ce territoire")
    p.add_argument("--since", metavar="DATE", help="depuis cette date (JJ/MM/AAAA)")
    p.set_defaults(func=cmd_server_log)

    p = subparsers.add_parser("publish", help="publie les modifications de ce poste sur le serveur")
    p.add_argument("url", metavar="ADRESSE")
    _territory_options(p, region=False, help_text="seulement ce territoire")
    p.set_defaults(func=cmd_publish)

    p = subparsers.add_parser("pull", help="récupère les changements du serveur")
    p.add_argument("url", metavar="ADRESSE")
    _territory_options(p, region=True, help_text="seulement ce territoire")
    p.set_defaults(func=cmd_pull)

    p = subparsers.add_parser("conflicts", help="liste les conflits à décider")
    p.add_argument("--json", action="store_true", help="sortie JSON")
    p.set_defaults(func=cmd_conflicts)

    p = subparsers.add_parser("resolve", help="décide un conflit")
    p.add_argument("uuid", nargs="?", metavar="UUID", help="identifiant donné par « conflicts »")
    p.add_argument(
        "--keep", choices=["mine", "theirs"], help="garder la mienne ou celle du serveur"
    )
    p.add_argument("--renumber", metavar="NOUVEAU", help="numéro en double : renuméroter la mienne")
    p.add_argument("--all", action="store_true", help="décider tous les conflits avec --keep")
    p.set_defaults(func=cmd_resolve)


def _access(args: argparse.Namespace) -> ServerAccess:
    from ti_desktop.services.sync.connection import ServerAccess

    return ServerAccess.of(args.url, _prompt())


def cmd_server_init(args: argparse.Namespace) -> int:
    from ti_desktop.services.sync import server_admin

    report = server_admin.init_server(_access(args), group=args.group or server_admin.DEFAULT_GROUP)
    print(report.summary())
    return 0


def cmd_server_upgrade(args: argparse.Namespace) -> int:
    from ti_desktop.services.sync import server_admin

    print(server_admin.upgrade_server(_access(args), minimum_client=args.min_client))
    return 0


def cmd_server_grant(args: argparse.Namespace) -> int:
    from ti_desktop.services.sync import server_admin

    if not args.territory and not args.region:
        print("Erreur : précisez --territory NOM ou --region NOM.", file=sys.stderr)
        return 2
    for line in server_admin.grant_access(
        _access(args),
        args.login,
        territories=args.territory,
        region=args.region,
        level=args.level,
    ):
        print(line)
    return 0


def cmd_server_revoke(args: argparse.Namespace) -> int:
    from ti_desktop.services.sync import server_admin

    print(
        server_admin.revoke_access(
            _access(args),
            args.login,
            territories=args.territory,
            region=args.region,
        )
    )
    return 0


def cmd_server_access(args: argparse.Namespace) -> int:
    from ti_desktop.services.sync import server_admin

    lines = server_admin.list_access(_access(args))
    if not lines:
        print("Aucun droit accordé sur ce serveur.")
    for line in lines:
        print(line.describe())
    return 0


def cmd_server_log(args: argparse.Namespace) -> int:
    from ti_desktop.services.sync.journal import log_lines, server_log

    since = None
    if args.since:
        try:
            since = parse_date(args.since)
        except ValueError as exc:
            raise UserFacingError(
                f"--since : « {args.since} » n'est pas une date (JJ/MM/AAAA)."
            ) from exc
    publications = server_log(_access(args), territory=args.territory, since=since)
    if not publications:
        print("Aucune publication dans le journal pour ces critères.")
    for line in log_lines(publications):
        print(line)
    return 0


def cmd_publish(args: argparse.Namespace) -> int:
    from ti_desktop.services.sync.publish import publish

    database = open_command_database(args)
    try:
        result = publish(database, _access(args), territories=args.territory)
    finally:
        database.close()
    print(result.summary())
    return 0


def cmd_pull(args: argparse.Namespace) -> int:
    from ti_desktop.services.sync.pull import pull

    database = open_command_database(args, create=True)
    try:
        result = pull(
            database,
            _access(args),
            territories=args.territory,
            region=args.region,
        )
    finally:
        database.close()
    print(result.summary())
    return 1 if result.conflicts else 0


def cmd_conflicts(args: argparse.Namespace) -> int:
    from ti_desktop.services.sync.conflicts import list_conflicts

    database = open_command_database(args, writes=False)
    try:
        views = list_conflicts(database)
    finally:
        database.close()
    if args.json:
        print(json.dumps([v.to_json() for v in views], ensure_ascii=False, indent=2))
        return 0
    if not views:
        print("Aucun conflit.")
        return 0
    print(f"{len(views)} conflit(s) à décider :")
    for view in views:
        when = (
            f" le {view.when.astimezone():%d/%m/%Y à %H:%M} (heure du serveur)" if view.when else ""
        )
        who = f" — serveur : {view.author}{when}" if view.author else ""
        print(f"\n{view.id}  {view.title} [{view.territory}]")
        print(f"  {view.explanation}{who}")
        for field in view.fields:
            base = f"base « {field.base} » · " if field.base is not None else ""
            print(
                f"    {field.label} : {base}la mienne « {field.mine} » · serveur « {field.theirs} »"
            )
        if view.can_keep:
            print(f"  → ti-desktop resolve {view.id} --keep mine|theirs")
        else:
            print(f"  → ti-desktop resolve {view.id} --renumber NOUVEAU_NUMERO")
    return 0


def cmd_resolve(args: argparse.Namespace) -> int:
    from ti_desktop.services.sync import conflicts

    database = open_command_database(args)
    try:
        if args.all:
            if args.keep is None or args.uuid:
                print("Erreur : --all s'emploie avec --keep et sans UUID.", file=sys.stderr)
                return 2
            decided = conflicts.resolve_all(database, args.keep)
            print(f"{decided} conflit(s) décidé(s).")
            return 0
        if not args.uuid or (args.keep is None) == (args.renumber is None):
            print(
                "Erreur : donnez un UUID et --keep mine|theirs ou --renumber NOUVEAU.",
                file=sys.stderr,
            )
            return 2
        try:
            row_id = uuid.UUID(args.uuid)
        except ValueError:
            print(f"Erreur : « {args.uuid} » n'est pas un identifiant (UUID).", file=sys.stderr)
            return 2
        if args.renumber is not None:
            print(conflicts.renumber(database, row_id, args.renumber))
        else:
            print(conflicts.resolve(database, row_id, args.keep))
    finally:
        database.close()
    return 0
