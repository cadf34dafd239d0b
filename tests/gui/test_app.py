from __future__ import annotations

import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from ti_desktop import paths
from ti_desktop.db.models import Territoire
from ti_desktop.db.store import open_database
from ti_desktop.errors import UserFacingError
from ti_desktop.gui import app as gui_app
from ti_desktop.services.demo import DEMO_NAME
from ti_desktop.services.files import backups

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("propagateSizeHints")]


def _names(path: Path) -> list[str]:
    database = open_database(path)
    try:
        with database.reader() as session:
            return list(session.scalars(select(Territoire.nom)))
    finally:
        database.close()


@pytest.fixture
def no_event_loop(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    """Run the composition root without entering the event loop; keep the global hooks."""
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    shown: list[object] = []
    monkeypatch.setattr(QApplication, "exec", lambda *_args: shown.append(True) or 0)
    return shown


def test_first_run_opens_the_default_database_with_the_demo(
    qtbot: QtBot, data_dir: Path, no_event_loop: list[object]
) -> None:
    assert gui_app.main([]) == 0
    assert no_event_loop == [True]
    default = paths.default_database_path()
    assert default.parent == data_dir
    assert _names(default) == [DEMO_NAME]
    assert (paths.user_log_dir() / "ti-desktop.log").exists()
    assert sys.excepthook is not sys.__excepthook__
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    assert app.applicationName() == "TI Desktop"
    assert not app.windowIcon().isNull()


def test_a_named_file_gets_no_demo_but_a_daily_backup(
    qtbot: QtBot, tmp_path: Path, no_event_loop: list[object]
) -> None:
    named = tmp_path / "region.tidb"
    open_database(named).close()
    assert gui_app.main([str(named)]) == 0
    assert _names(named) == []
    assert [b.kind for b in backups.list_backups(named)] == [backups.AUTO]


def test_data_dir_option_moves_everything(
    qtbot: QtBot, tmp_path: Path, no_event_loop: list[object]
) -> None:
    folder = tmp_path / "portable"
    assert gui_app.main(["--data-dir", str(folder)]) == 0
    assert _names(folder / "territoires.tidb") == [DEMO_NAME]
    paths.set_data_dir(None)


def test_a_refused_file_offers_another_one_then_quitting(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bad = tmp_path / "notes.tidb"
    bad.write_text("pas une base", encoding="utf-8")
    good = tmp_path / "bonne.tidb"
    asked: list[str] = []

    def ask(error: UserFacingError) -> Path | None:
        asked.append(error.message)
        return good if len(asked) == 1 else None

    monkeypatch.setattr(gui_app, "_ask_other_database", ask)
    database = gui_app.open_or_ask(bad)
    assert database is not None and database.path == good
    database.close()
    assert "n'est pas une base TI Desktop" in asked[0]
    assert bad.read_text(encoding="utf-8") == "pas une base"
    assert gui_app.open_or_ask(bad) is None
    assert len(asked) == 2


def test_run_returns_1_when_the_user_quits(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, no_event_loop: list[object]
) -> None:
    bad = tmp_path / "notes.tidb"
    bad.write_text("pas une base", encoding="utf-8")
    monkeypatch.setattr(gui_app, "_ask_other_database", lambda _error: None)
    assert gui_app.run(bad) == 1
    assert no_event_loop == []
