"""The window: a base held elsewhere, a damaged or empty base, copies, backups, closing.

Before: two windows opened the same file without a word; a damaged base gave a
traceback and no way to its backups; a full data folder kept the window from starting
at all; a copy of the ``.tidb`` taken while the window was open missed its ``-wal``.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot
from support.damage import damage, fiche_count
from support.processes import holding, in_namespace, needs_namespaces
from support.window import continue_past_checks, make_window, visible_names

from ti_desktop.db.models import Territoire
from ti_desktop.db.store import Database, open_database
from ti_desktop.errors import DatabaseEnvironmentError, DatabaseInUseError
from ti_desktop.gui import app as gui_app
from ti_desktop.gui.dialogs.backups_dialog import BackupsDialog
from ti_desktop.services.demo import DEMO_NAME
from ti_desktop.services.files import backups

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("propagateSizeHints")]


@pytest.fixture
def demo_file(demo_database: Database) -> Path:
    demo_database.close()
    return demo_database.path


def test_a_second_window_says_who_has_the_base_and_opens_it_read_only(
    qtbot: QtBot, demo_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []

    def ask(error: DatabaseInUseError) -> str:
        asked.append(error.message)
        return gui_app.READ_ONLY

    monkeypatch.setattr(gui_app, "_ask_in_use", ask)
    with holding(demo_file):
        database = gui_app.open_or_ask(demo_file)
        assert database is not None and database.read_only
        window = make_window(qtbot, database, tmp_path / "réglages")
        assert visible_names(window) == [DEMO_NAME]
        assert window.windowTitle() == "test.tidb [lecture seule] — TI Desktop"
        assert window.save_label.text() == "Lecture seule : à votre demande"
        banner = window.ui.read_only_banner_label
        assert not banner.isHidden()
        assert banner.text().startswith("Base ouverte en lecture seule (à votre demande)")
        assert "aucune modification n'est enregistrée" in banner.text()
        # a document can still leave: written, not noted in the register
        target = tmp_path / "contrat.docx"
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(target), ""))
        window.ui.action_generate_contract.trigger()
        continue_past_checks(window)
        assert target.stat().st_size > 10_000
        assert str(target) in window.ui.status_bar.currentMessage()
        with pytest.raises(DatabaseEnvironmentError) as refused, database.session() as session:
            session.add(Territoire(nom="Interdit", region="Normandie", phase="Phase 2"))
        database.close()
    assert "est ouverte par la fenêtre de TI Desktop" in asked[0]
    assert "ouverte en lecture seule (à votre demande)" in refused.value.message


@pytest.fixture
def other_window_base(tmp_path: Path, migrated_template: Path) -> Database:
    """The base the window shows before it opens another one."""
    shutil.copyfile(migrated_template, tmp_path / "autre.tidb")
    return open_database(tmp_path / "autre.tidb")


def test_opening_a_held_base_from_the_menu_offers_to_read_it(
    qtbot: QtBot, other_window_base: Database, demo_file: Path, tmp_path: Path
) -> None:
    window = make_window(qtbot, other_window_base, tmp_path / "réglages")
    with holding(demo_file):
        assert not window.open_database_file(demo_file)
        boxes = [w for w in window.findChildren(QMessageBox) if w.isVisible()]
        (box,) = [b for b in boxes if "est ouverte par la fenêtre de TI Desktop" in b.text()]
        buttons = box.findChildren(QPushButton)
        (read,) = [b for b in buttons if b.text() == "Ouvrir en lecture seule"]
        read.click()
        assert window.database.path == demo_file and window.database.read_only
        assert visible_names(window) == [DEMO_NAME]
        window.database.close()


def _choose_first_usable(dialog: BackupsDialog) -> int:
    rows = [dialog.model.rows[r] for r in range(len(dialog.model.rows))]
    usable = [row for row in rows if row.usable]
    if not usable:
        return int(QDialog.DialogCode.Rejected.value)
    dialog.chosen_backup = usable[0].path
    return int(QDialog.DialogCode.Accepted.value)


def test_a_damaged_base_at_start_opens_the_rescue_with_its_backups(
    qtbot: QtBot, demo_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    backups.make_backup(demo_file, backups.MANUAL)
    damage(demo_file)
    shown: list[str] = []

    def rescue_exec(dialog: BackupsDialog) -> int:
        shown.append(dialog.ui.intro_label.text())
        assert dialog.ui.backup_now_button.isHidden()
        return _choose_first_usable(dialog)

    monkeypatch.setattr(BackupsDialog, "exec", rescue_exec)
    database = gui_app.open_or_ask(demo_file)
    assert database is not None
    database.close()
    assert f"La base « {demo_file} » est endommagée" in shown[0]
    assert fiche_count(demo_file) == 12
    assert [b.kind for b in backups.list_backups(demo_file)].count(backups.DAMAGED_COPY) == 1


def test_an_empty_base_at_start_is_kept_and_another_file_offered(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    empty = tmp_path / "territoires.tidb"
    empty.write_bytes(b"")
    monkeypatch.setattr(BackupsDialog, "exec", _choose_first_usable)
    offered: list[str] = []
    monkeypatch.setattr(
        gui_app, "_ask_other_database", lambda error, **_: offered.append(error.message)
    )
    assert gui_app.open_or_ask(empty) is None
    assert "est vide (0 octet)" in offered[0]
    assert empty.stat().st_size == 0


def test_a_damaged_base_opened_from_the_menu_shows_its_backups_and_restores(
    qtbot: QtBot, other_window_base: Database, demo_file: Path, tmp_path: Path
) -> None:
    backups.make_backup(demo_file, backups.MANUAL)
    damage(demo_file)
    window = make_window(qtbot, other_window_base, tmp_path / "réglages")
    assert not window.open_database_file(demo_file)
    dialog = window.backups_dialog
    assert dialog is not None and dialog.isVisible() and dialog.rescue is not None
    dialog.restore_requested.emit(dialog.model.rows[0].path)
    assert window.database.path == demo_file
    assert visible_names(window) == [DEMO_NAME]
    window.database.close()


def test_an_import_in_the_window_is_backed_up_first(
    qtbot: QtBot, demo_database: Database, tmp_path: Path
) -> None:
    from support.exchange import export_demo

    from ti_desktop.services.exchange.importer import plan_import

    workbook = export_demo(demo_database, tmp_path)
    window = make_window(qtbot, demo_database, tmp_path / "réglages")
    window.document_actions.apply_import(plan_import(demo_database, workbook))
    assert [b.kind for b in backups.list_backups(demo_database.path)] == [backups.BEFORE_IMPORT]


def test_save_a_copy_is_one_file_holding_the_last_change(
    qtbot: QtBot, demo_database: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window(qtbot, demo_database, tmp_path / "réglages")
    with demo_database.session() as session:
        session.add(Territoire(nom="Ajouté juste avant la copie", region="Bretagne", phase="x"))
    assert Path(f"{demo_database.path}-wal").stat().st_size > 0  # still in the WAL
    target = tmp_path / "copie.tidb"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.ui.action_save_copy.trigger()
    assert not Path(f"{target}-wal").exists()
    alone = tmp_path / "seule" / "copie.tidb"
    alone.parent.mkdir()
    shutil.copyfile(target, alone)  # the copy alone, carried on a USB stick
    raw = sqlite3.connect(alone)
    assert raw.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    names = {row[0] for row in raw.execute("SELECT nom FROM territoire")}
    raw.close()
    assert "Ajouté juste avant la copie" in names


def test_closing_the_window_leaves_one_file(
    qtbot: QtBot, demo_database: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(gui_app.QApplication, "exec", lambda *_args: 0)
    with demo_database.session() as session:
        session.add(Territoire(nom="Avant la fermeture", region="Bretagne", phase="x"))
    demo_database.close()
    with holding(demo_database.path, read_only=True):  # a reader keeps the WAL alive
        assert gui_app.run(demo_database.path) == 0
        assert Path(f"{demo_database.path}-wal").stat().st_size == 0  # checkpointed
    copy = tmp_path / "copie-a-la-main.tidb"
    shutil.copyfile(demo_database.path, copy)  # what a user does in the file manager
    raw = sqlite3.connect(copy)
    assert "Avant la fermeture" in {row[0] for row in raw.execute("SELECT nom FROM territoire")}
    raw.close()


_WINDOW_ON_A_FULL_DISK = r"""
import sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
QApplication.exec = lambda *args: 0
from ti_desktop.gui import app
from ti_desktop.gui.pages import page_support
page_support.show_error = lambda parent, error: print("AVERTISSEMENT", error)
print("rc", app.run(Path(sys.argv[1])))
"""


@needs_namespaces
def test_a_full_data_folder_never_stops_the_window_from_starting(
    demo_file: Path, tmp_path: Path
) -> None:
    data = tmp_path / "donnees-pleines"
    data.mkdir()
    script = tmp_path / "fenetre.py"
    script.write_text(_WINDOW_ON_A_FULL_DISK, encoding="utf-8")
    result = in_namespace(
        f"""
        mount -t tmpfs -o size=2m tmpfs "{data}"
        mkdir -p "{data}/sauvegardes" "{data}/logs"
        dd if=/dev/zero of="{data}/remplissage" bs=64k 2>/dev/null || true
        TI_DESKTOP_DATA_DIR="{data}" "$PY" "{script}" "{demo_file}"
        ls -R "{data}/sauvegardes"
        """
    )
    assert "rc 0" in result.stdout, result.stderr
    assert "AVERTISSEMENT La sauvegarde automatique du jour n'a pas pu être faite" in result.stdout
    assert "plein" in result.stdout.split("AVERTISSEMENT", 1)[1]
    assert ".tmp" not in result.stdout.split("rc 0", 1)[1]
    assert "Traceback" not in result.stderr


def test_a_restore_refused_in_the_window_reopens_the_base(
    qtbot: QtBot, demo_database: Database, tmp_path: Path
) -> None:
    taken = backups.make_backup(demo_database.path)
    taken.path.write_bytes(b"")
    window = make_window(qtbot, demo_database, tmp_path / "réglages")
    window.file_actions.restore_backup(taken.path)
    boxes = [w for w in window.findChildren(QMessageBox) if w.isVisible()]
    assert any("est endommagée ou vide" in box.text() for box in boxes)
    assert visible_names(window) == [DEMO_NAME]
    window.database.close()
