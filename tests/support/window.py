"""Helpers for the shell tests: a real main window over a test database (not a test module)."""

from __future__ import annotations

import uuid
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from support.keys import UNDER_TEST
from ti_desktop.db.models import Territoire
from ti_desktop.db.store import Database
from ti_desktop.errors import CellProblem
from ti_desktop.gui.main_window import MainWindow
from ti_desktop.gui.settings import AppSettings
from ti_desktop.gui.tasks import SynchronousThreadPool, TaskRunner
from ti_desktop.services.exchange.importer import ImportPlan, TerritoryPreview


def make_settings(folder: Path) -> AppSettings:
    folder.mkdir(parents=True, exist_ok=True)
    return AppSettings(QSettings(str(folder / "test.ini"), QSettings.Format.IniFormat))


def make_window(qtbot: QtBot, database: Database, folder: Path) -> MainWindow:
    """The real window, with long work run synchronously on the test thread."""
    settings = make_settings(folder)
    settings.generate_pdf = False
    runner = TaskRunner(SynchronousThreadPool(), crash_handler=_reraise)
    window = MainWindow(database, settings, task_runner=runner)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    UNDER_TEST[:] = [window]  # ``keys.settle`` gives it the keyboard back
    return window


def _reraise(exc: BaseException) -> None:
    raise exc


def territory_id(database: Database, nom: str) -> uuid.UUID:
    with database.reader() as session:
        value = session.scalar(select(Territoire.id).where(Territoire.nom == nom))
    assert value is not None, nom
    return value


def visible_names(window: MainWindow) -> list[str]:
    proxy = window.territory_proxy
    return [proxy.index(row, 0).data() for row in range(proxy.rowCount())]


def open_widgets(kind: type[QWidget]) -> list[QWidget]:
    from PySide6.QtWidgets import QApplication

    return [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]


def bad_plan(tmp_path: Path) -> ImportPlan:
    return ImportPlan(
        source=tmp_path / "classeur.xlsx",
        errors=[
            CellProblem("Fiches", 12, "Coût total HT (€)", "« douze » n'est pas un montant"),
            CellProblem("Financements", 3, "Statut", "statut inconnu « Promis »"),
            CellProblem("Fiches", 2, "Axe", "axe inconnu « Recruter »"),
            CellProblem("Territoires", None, None, "feuille vide"),
        ],
        warnings=["Colonne « Commentaire » ignorée (feuille « Fiches »)"],
        territories=[TerritoryPreview("Troyes", "mise à jour", fiches_updated=["1.1", "1.2"])],
    )


def continue_past_checks(window: MainWindow) -> None:
    """Click « … quand même » in the check shown before generating or sending, if any."""
    dialog = window.check_actions.dialog
    if dialog is not None and dialog.isVisible():
        dialog.ui.continue_button.click()


def export_with(window: MainWindow, ids: list[uuid.UUID]) -> None:
    """Check these territories in the export dialog, accept it and go past the check."""
    dialog = window.document_actions.export_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.set_checked(ids)
    dialog.accept()
    continue_past_checks(window)
