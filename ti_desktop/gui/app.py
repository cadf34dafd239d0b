"""Starting the window: the composition root of the desktop application.

Order matters: the log file and the crash hook come first so that any failure
afterwards is recorded and shown; then Qt, its French translations, the database
(a refused file gets a plain dialog offering another file), today's backup, the
demo territory on the very first run, and finally the main window.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QDir, QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from ti_desktop import APP_NAME, DATABASE_SUFFIX, __version__, paths
from ti_desktop.db.store import Database, open_database
from ti_desktop.errors import UserFacingError

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


def _ask_other_database(error: UserFacingError) -> Path | None:
    """Explain why the database cannot be opened; offer another file or quitting."""
    box = QMessageBox()
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(APP_NAME)
    box.setText(error.message)
    if error.details:
        box.setInformativeText("\n".join(error.details))
    other = box.addButton("Ouvrir un autre fichier…", QMessageBox.ButtonRole.AcceptRole)
    box.addButton("Quitter", QMessageBox.ButtonRole.RejectRole)
    box.exec()
    if box.clickedButton() is not other:
        return None
    name, _ = QFileDialog.getOpenFileName(
        None,
        "Ouvrir une base",
        str(paths.user_data_dir()),
        f"Bases TI Desktop (*{DATABASE_SUFFIX});;Tous les fichiers (*)",
    )
    return Path(name) if name else None


def open_or_ask(db_path: Path) -> Database | None:
    """Open ``db_path``; on a refusal ask for another file until one opens or the user quits."""
    path: Path | None = db_path
    while path is not None:
        try:
            return open_database(path)
        except UserFacingError as exc:
            log.warning("Base refusée : %s", exc)
            path = _ask_other_database(exc)
    return None


def prepare_database(database: Database, *, first_run: bool) -> None:
    """Today's rolling backup, then the demo territory when the default base was just created."""
    from ti_desktop.services import demo
    from ti_desktop.services.files import backups

    try:
        backups.daily_backup(database.path)
    except UserFacingError as exc:
        log.warning("Sauvegarde quotidienne impossible : %s", exc)
    if first_run:
        with database.session() as session:
            demo.ensure_demo_territory(session)


def run(db_path: Path) -> int:
    """Open the window on ``db_path``; return the exit code of the event loop."""
    log_file = _configure_logging()
    _install_crash_hook(log_file)
    app = create_application()
    first_run = (
        not db_path.exists() and db_path.resolve() == paths.default_database_path().resolve()
    )
    database = open_or_ask(db_path)
    if database is None:
        return 1
    prepare_database(database, first_run=first_run and database.path == db_path)

    from ti_desktop.gui.main_window import MainWindow
    from ti_desktop.gui.settings import AppSettings

    window = MainWindow(database, AppSettings())
    window.show()
    log.info("Fenêtre ouverte sur %s", database.path)
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
        "file", nargs="?", type=Path, metavar="FICHIER.tidb", help=argparse.SUPPRESS
    )
    args, _qt_arguments = parser.parse_known_args(argv)
    if args.data_dir is not None:
        paths.set_data_dir(args.data_dir.expanduser())
    chosen = args.db or args.file
    db_path = Path(chosen).expanduser() if chosen else paths.default_database_path()
    return run(db_path)
