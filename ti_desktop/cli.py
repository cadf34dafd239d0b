"""The ``ti-desktop`` command line. It never imports Qt, except to open the window.

Exit codes: 0 success, 1 invalid input or environment problem (a French message on
stderr, no traceback), 2 usage error (argparse).
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from ti_desktop import APP_NAME, DATABASE_SUFFIX, __version__, paths
from ti_desktop.errors import UserFacingError

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
    return run_window(database_path(args))


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
        return handler(args)
    except UserFacingError as exc:
        print(f"Erreur : {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("Interrompu.", file=sys.stderr)
        return 1
