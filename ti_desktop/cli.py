"""The ``ti-desktop`` command line. It never imports Qt, except to open the window.

Exit codes: 0 success, 1 invalid input or environment problem (a French message on
stderr, no traceback), 2 usage error (argparse).
"""

from __future__ import annotations

import argparse
import importlib
import logging
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from ti_desktop import APP_NAME, DATABASE_SUFFIX, __version__, paths
from ti_desktop.errors import (
    DamagedDatabaseError,
    DatabaseInUseError,
    MissingDatabaseError,
    UserFacingError,
)

if TYPE_CHECKING:
    from ti_desktop.db.store import Database

# Each module defines ``register(subparsers)`` adding its sub-commands; a handler is
# stored as ``func`` and receives the parsed arguments, returning an exit code.
COMMAND_MODULES: tuple[str, ...] = (
    "ti_desktop.commands.store_commands",
    "ti_desktop.commands.exchange_commands",
    "ti_desktop.commands.document_commands",
    "ti_desktop.commands.sync_commands",
    "ti_desktop.commands.register_commands",
    "ti_desktop.commands.import_commands",
)

Handler = Callable[[argparse.Namespace], int]


def build_parser() -> argparse.ArgumentParser:
    """The full parser with every sub-command."""
    parser = argparse.ArgumentParser(
        prog="ti-desktop",
        description=f"{APP_NAME} : contrats de Territoire d'industrie et fiches-actions.",
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument(
        "--db",
        type=Path,
        metavar="FICHIER",
        help=f"base de données à utiliser (défaut : variable TI_DESKTOP_DB, sinon "
        f"territoires{DATABASE_SUFFIX} dans le dossier de données)",
    )
    parser.add_argument(
        "--data-dir",
        type=Path,
        metavar="DOSSIER",
        help="dossier de données (base par défaut, sauvegardes, journaux)",
    )
    parser.add_argument(
        "--creer",
        dest="create",
        action="store_true",
        help="créer la base si elle n'existe pas (sans cette option, seul « demo » en crée une)",
    )
    parser.add_argument(
        "--lecture-seule",
        dest="read_only",
        action="store_true",
        help="ouvrir la base sans rien y écrire (à côté de la fenêtre qui l'a ouverte)",
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="journal détaillé")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMANDE")
    for module_name in COMMAND_MODULES:
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError as exc:
            if exc.name != module_name:
                raise
            continue
        module.register(subparsers)
    return parser


def database_path(args: argparse.Namespace) -> Path:
    """The database named on the command line, or the default one."""
    path = args.db if args.db is not None else paths.default_database_path()
    return Path(path).expanduser()


def open_command_database(
    args: argparse.Namespace, *, writes: bool = True, create: bool = False
) -> Database:
    """The base of a command: never created by a typo, read-only when it only reads.

    A command that only reads opens the base read-only when another program holds
    it; one that writes is refused, naming who holds it. The notices of the opening
    (a network share...) go to stderr.
    """
    from ti_desktop.db.store import open_database

    path = database_path(args)
    try:
        database = open_database(path, create=create or args.create, read_only=args.read_only)
    except MissingDatabaseError as exc:
        raise MissingDatabaseError(
            f"La base « {path} » n'existe pas (vérifiez le nom et le dossier) : rien n'a été "
            "créé. Pour créer une base, ajoutez --creer (« ti-desktop --db FICHIER --creer "
            "import … »), lancez « ti-desktop --db FICHIER demo », ou utilisez Fichier › "
            "Nouvelle base dans la fenêtre."
        ) from exc
    except DamagedDatabaseError as exc:
        raise rescue_message(path, exc) from exc
    except DatabaseInUseError:
        if writes:
            raise
        database = open_database(path, read_only=True)
        print(
            "Note : la base est ouverte par un autre programme ; elle est lue sans rien y écrire.",
            file=sys.stderr,
        )
    for notice in database.notices:
        print(f"Attention : {notice}", file=sys.stderr)
    return database


def rescue_message(path: Path, error: DamagedDatabaseError) -> DamagedDatabaseError:
    """The refusal of a damaged base followed by its backups: the command line's rescue mode."""
    from ti_desktop.services.files import backups

    available = backups.list_backups(path)
    lines = list(error.details)
    if available:
        lines.append("Sauvegardes de cette base (la plus récente d'abord) :")
        lines += [f"{n}. {item.label}" for n, item in enumerate(available, start=1)]
        usable = next((n for n, b in enumerate(available, start=1) if b.usable), None)
        if usable is not None:
            lines.append(
                f"Pour restaurer : ti-desktop --db {path} restore {usable} "
                "(la base endommagée est gardée à part)."
            )
    else:
        lines.append("Aucune sauvegarde de cette base n'a été trouvée.")
    return DamagedDatabaseError(error.message, details=lines)


def _start_process(command: str | None) -> None:
    """Name this process in lock files; clean what killed runs left behind."""
    from ti_desktop import scratch
    from ti_desktop.db import owner_lock
    from ti_desktop.services.files.backups import remove_partial_backups

    owner_lock.identify(f"la commande « ti-desktop {command} »", lasting=False)
    scratch.start()
    scratch.clean_leftovers()
    remove_partial_backups()


def _quiet_stdout() -> None:
    """The reader of our output left (``ti-desktop list | head``): drop the rest quietly."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    os.close(devnull)


def _split_file_argument(argv: list[str]) -> list[str]:
    """``ti-desktop FILE.tidb`` (a double-click) means ``ti-desktop --db FILE.tidb``."""
    if len(argv) == 1 and argv[0].lower().endswith(DATABASE_SUFFIX):
        return ["--db", argv[0]]
    return argv


def open_window(args: argparse.Namespace) -> int:
    """Start the desktop window (the only place the CLI touches Qt)."""
    try:
        from ti_desktop.gui.app import run as run_window  # Qt loads only for the window
    except ImportError as exc:  # Qt's system libraries missing on a minimal Linux
        print(
            f"La fenêtre ne peut pas démarrer : {exc}. Sous Debian/Ubuntu, installez "
            "libegl1 libxkbcommon0 libfontconfig1 ; les sous-commandes restent disponibles "
            "(ti-desktop --help).",
            file=sys.stderr,
        )
        return 1
    return run_window(database_path(args), read_only=args.read_only)


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of ``ti-desktop``."""
    raw = _split_file_argument(list(sys.argv[1:] if argv is None else argv))
    parser = build_parser()
    args = parser.parse_args(raw)
    logging.basicConfig(
        level=logging.INFO if args.verbose else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
    )
    if args.data_dir is not None:
        paths.set_data_dir(args.data_dir.expanduser())
    handler: Handler | None = getattr(args, "func", None)
    try:
        if handler is None:
            return open_window(args)
        _start_process(args.command)
        code = handler(args)
        sys.stdout.flush()  # a closed pipe shows here, not at exit
        return code
    except UserFacingError as exc:
        print(f"Erreur : {exc}", file=sys.stderr)
        return 1
    except BrokenPipeError:
        _quiet_stdout()
        return 0
    except KeyboardInterrupt:
        print("Interrompu.", file=sys.stderr)
        return 1
