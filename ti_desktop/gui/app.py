"""Starting the window: the composition root of the desktop application.

Order matters: the log file and the crash hook come first so that any failure
afterwards is recorded and shown; then Qt, its French translations, the database
(a refused file gets a plain dialog offering another file; a base another program
holds, the choice of reading it; a damaged one, its backups), today's backup (a full
disk is a warning, never a reason not to start), the demo territory on the very first
run, and finally the main window.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDir, QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from ti_desktop import APP_NAME, DATABASE_SUFFIX, __version__, paths
from ti_desktop.db.store import Database, open_database
from ti_desktop.errors import DamagedDatabaseError, DatabaseInUseError, UserFacingError

log = logging.getLogger(__name__)

ORGANIZATION_NAME = "Territoires d'industrie"
ORGANIZATION_DOMAIN = "territoires-industrie.fr"


def _configure_logging() -> Path:
    from ti_desktop.logging_setup import configure_logging

    return configure_logging(paths.user_log_dir())


def _install_crash_hook(log_file: Path) -> None:
    from ti_desktop.gui.crash_dialog import install_excepthook

    install_excepthook(log_file)


def application_icon() -> QIcon:
    """The program's icon from the compiled resources (SVG, then PNG sizes)."""
    import ti_desktop.resources_rc  # noqa: F401 - registers ":/icons/..." with Qt

    icon = QIcon()
    folder = QDir(":/icons")
    for name in ["ti-desktop.svg", *sorted(folder.entryList(["ti-desktop-*.png"]))]:
        if folder.exists(name):
            icon.addFile(folder.filePath(name))
    return icon


def _install_translations(app: QApplication) -> list[QTranslator]:
    """Qt's own French strings (standard buttons, dialogs), then ours when present."""
    QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France))
    installed = []
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    ours = paths.bundle_root() / "resources" / "translations"
    for name, folder in (("qtbase_fr", qt_folder), ("ti_desktop_fr", str(ours))):
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            installed.append(translator)
        else:
            log.info("Traduction %s absente de %s", name, folder)
    return installed


def create_application(argv: Sequence[str] | None = None) -> QApplication:
    """The QApplication with the program's names, icon and translations."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(list(argv or sys.argv))
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("fr.territoires-industrie.TIDesktop")  # matches packaging/linux
    app.setOrganizationName(ORGANIZATION_NAME)
    app.setOrganizationDomain(ORGANIZATION_DOMAIN)
    app.setWindowIcon(application_icon())
    app.setProperty("ti_translators", _install_translations(app))
    return app


def _ask_other_database(error: UserFacingError, *, explained: bool = False) -> Path | None:
    """Explain why the database cannot be opened; offer another file or quitting.

    ``explained``: the user already read why and chose another file.
    """
    if not explained:
        box = QMessageBox()
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(APP_NAME)
        box.setText(error.message)
        if error.details:
            box.setInformativeText("\n".join(error.details))
        other = box.addButton(
            QCoreApplication.translate("Démarrage", "Ouvrir un autre fichier…"),
            QMessageBox.ButtonRole.AcceptRole,
        )
        box.addButton(
            QCoreApplication.translate("Démarrage", "Quitter"), QMessageBox.ButtonRole.RejectRole
        )
        box.exec()
        if box.clickedButton() is not other:
            return None
    name, _ = QFileDialog.getOpenFileName(
        None,
        QCoreApplication.translate("Démarrage", "Ouvrir une base"),
        str(paths.user_data_dir()),
        f"Bases TI Desktop (*{DATABASE_SUFFIX});;Tous les fichiers (*)",
    )
    return Path(name) if name else None


READ_ONLY, RETRY, OTHER = "lecture seule", "réessayer", "autre fichier"


def _ask_in_use(error: DatabaseInUseError) -> str | None:
    """Another program holds the base: read it, try again, another file, or quit."""
    box = QMessageBox()
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(APP_NAME)
    box.setText(error.message)
    read = box.addButton(
        QCoreApplication.translate("Démarrage", "Ouvrir en lecture seule"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    retry = box.addButton(
        QCoreApplication.translate("Démarrage", "Réessayer"), QMessageBox.ButtonRole.ActionRole
    )
    other = box.addButton(
        QCoreApplication.translate("Démarrage", "Ouvrir un autre fichier…"),
        QMessageBox.ButtonRole.ActionRole,
    )
    box.addButton(
        QCoreApplication.translate("Démarrage", "Quitter"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(read)
    box.exec()
    clicked = box.clickedButton()
    choices = ((read, READ_ONLY), (retry, RETRY), (other, OTHER))
    return next((choice for button, choice in choices if clicked is button), None)


def _rescue(path: Path, error: DamagedDatabaseError) -> bool:
    """The rescue mode of a damaged base: its backups, one of which may replace it.

    Returns True when a backup was restored (the base can be opened again).
    """
    from ti_desktop.gui.dialogs.backups_dialog import BackupsDialog
    from ti_desktop.services.files import backups

    dialog = BackupsDialog(path, rescue=error)
    if dialog.exec() != BackupsDialog.DialogCode.Accepted or dialog.chosen_backup is None:
        return False
    try:
        saved = backups.restore_backup(path, dialog.chosen_backup)
    except UserFacingError as exc:
        log.warning("Restauration refusée : %s", exc)
        QMessageBox.warning(None, APP_NAME, str(exc))
        return False
    log.info(
        "Base %s restaurée depuis %s ; base endommagée gardée : %s",
        path,
        dialog.chosen_backup,
        saved.path,
    )
    return True


def open_or_ask(db_path: Path, *, read_only: bool = False) -> Database | None:
    """Open ``db_path``; on a refusal ask what to do until a base opens or the user quits.

    A base held by another program may be opened read-only; a damaged one opens the
    rescue mode (its backups); any other refusal offers another file.
    """
    path: Path | None = db_path
    while path is not None:
        try:
            return open_database(path, read_only=read_only)
        except DatabaseInUseError as exc:
            log.warning("Base occupée : %s", exc)
            choice = _ask_in_use(exc)
            if choice == READ_ONLY:
                read_only = True
            elif choice == OTHER:
                path = _ask_other_database(exc, explained=True)
            elif choice != RETRY:
                path = None
        except DamagedDatabaseError as exc:
            log.warning("Base endommagée : %s", exc)
            if not _rescue(path, exc):
                path = _ask_other_database(exc)
        except UserFacingError as exc:
            log.warning("Base refusée : %s", exc)
            path = _ask_other_database(exc)
    return None


def prepare_database(database: Database, *, first_run: bool) -> list[str]:
    """Today's rolling backup, then the demo territory when the default base was just created.

    Returns what the user should be told once the window shows (a backup that could
    not be written, a network share): none of it stops the window from starting.
    """
    from ti_desktop.services import demo
    from ti_desktop.services.files import backups

    warnings = list(database.notices)
    if not database.read_only:
        try:
            backups.daily_backup(database.path)
        except UserFacingError as exc:
            log.warning("Sauvegarde quotidienne impossible : %s", exc)
            warnings.append(
                f"La sauvegarde automatique du jour n'a pas pu être faite : {exc.message} "
                "Vous pouvez travailler normalement ; libérez de la place (ou vérifiez le "
                "dossier de données) pour que les sauvegardes reprennent."
            )
    if first_run:
        with database.session() as session:
            demo.ensure_demo_territory(session)
    return warnings


def start_process() -> None:
    """Name the window in lock files; clean what killed runs left behind."""
    from ti_desktop import scratch
    from ti_desktop.db import owner_lock
    from ti_desktop.services.files.backups import remove_partial_backups

    owner_lock.identify("la fenêtre de TI Desktop", lasting=True)
    scratch.start()
    scratch.clean_leftovers()
    remove_partial_backups()


def run(db_path: Path, *, read_only: bool = False) -> int:
    """Open the window on ``db_path``; return the exit code of the event loop."""
    log_file = _configure_logging()
    _install_crash_hook(log_file)
    start_process()
    app = create_application()
    first_run = (
        not db_path.exists() and db_path.resolve() == paths.default_database_path().resolve()
    )
    database = open_or_ask(db_path, read_only=read_only)
    if database is None:
        return 1
    warnings = prepare_database(database, first_run=first_run and database.path == db_path)

    from ti_desktop.gui.main_window import MainWindow
    from ti_desktop.gui.pages.page_support import show_error
    from ti_desktop.gui.settings import AppSettings

    window = MainWindow(database, AppSettings())
    window.show()
    log.info("Fenêtre ouverte sur %s", database.path)
    if warnings:
        window.last_message_box = show_error(window, "\n\n".join(warnings))
    try:
        return app.exec()
    finally:
        window.database.close()


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of ``ti-desktop-gui``: ``[--db FILE] [--data-dir DIR] [FILE.tidb]``."""
    parser = argparse.ArgumentParser(prog="ti-desktop-gui", description=f"{APP_NAME} (fenêtre)")
    parser.add_argument("--db", type=Path, metavar="FICHIER", help="base de données à ouvrir")
    parser.add_argument("--data-dir", type=Path, metavar="DOSSIER", help="dossier de données")
    parser.add_argument(
        "--lecture-seule", dest="read_only", action="store_true", help="ouvrir sans rien écrire"
    )
    parser.add_argument(
        "file", nargs="?", type=Path, metavar="FICHIER.tidb", help=argparse.SUPPRESS
    )
    args, _qt_arguments = parser.parse_known_args(argv)
    if args.data_dir is not None:
        paths.set_data_dir(args.data_dir.expanduser())
    chosen = args.db or args.file
    db_path = Path(chosen).expanduser() if chosen else paths.default_database_path()
    return run(db_path, read_only=args.read_only)
