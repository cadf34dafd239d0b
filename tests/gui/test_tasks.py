from __future__ import annotations

import logging
import sys
import threading
from pathlib import Path
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from ti_desktop.db.store import Database
from ti_desktop.errors import UserFacingError
from ti_desktop.gui import tasks
from ti_desktop.gui.crash_dialog import CrashDialog, install_excepthook
from ti_desktop.gui.error_dialogs import show_user_error
from ti_desktop.gui.tasks import SynchronousThreadPool, TaskRunner
from ti_desktop.logging_setup import configure_logging
from ti_desktop.services.progress import Cancelled, ProgressCallback


def dialog_hidden(task: tasks.Task[Any]) -> bool:
    return not shiboken6.isValid(task.dialog) or not task.dialog.isVisible()


# The offscreen platform warns when a window-modal box is shown; harmless.
pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


@pytest.fixture
def window(qtbot: QtBot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    return widget


@pytest.fixture
def pool() -> QThreadPool:
    real = QThreadPool()
    real.setMaxThreadCount(2)
    yield real
    real.waitForDone(5000)


def test_synchronous_pool_runs_at_once(window: QWidget) -> None:
    runner = TaskRunner(SynchronousThreadPool())
    results: list[int] = []
    calls: list[tuple[int, int, str]] = []

    def job(progress: ProgressCallback) -> int:
        for i in range(3):
            progress(i, 3, f"Étape {i}")
            calls.append((i, 3, f"Étape {i}"))
        return 42

    task = runner.run(job, title="Travail", parent=window, on_done=results.append)
    assert results == [42]
    assert task.done and runner.running == 0
    assert len(calls) == 3


def test_real_pool_keeps_gui_responsive_and_reports_progress(
    qtbot: QtBot, window: QWidget, pool: QThreadPool, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(tasks, "SHOW_DELAY_MS", 0)
    runner = TaskRunner(pool)
    reported = threading.Event()
    release = threading.Event()
    job_threads: list[threading.Thread] = []
    results: list[str] = []

    def job(progress: ProgressCallback) -> str:
        job_threads.append(threading.current_thread())
        progress(1, 4, "Lecture de la feuille « Fiches »")
        reported.set()
        assert release.wait(10)
        progress(4, 4, "Terminé")
        return "ok"

    busy: list[bool] = []
    runner.busy_changed.connect(busy.append)
    task = runner.run(job, title="Import du classeur", parent=window, on_done=results.append)
    assert reported.wait(5)
    # The GUI thread is free while the job blocks: events are processed, the dialog updates.
    qtbot.waitUntil(lambda: task.dialog.labelText() == "Lecture de la feuille « Fiches »")
    qtbot.waitUntil(task.dialog.isVisible)
    assert task.dialog.maximum() == 4 and task.dialog.value() == 1
    assert job_threads[0] is not threading.main_thread()
    assert results == []
    release.set()
    qtbot.waitUntil(lambda: results == ["ok"])
    assert dialog_hidden(task)
    assert busy == [True, False]


def test_quick_job_never_shows_dialog(qtbot: QtBot, window: QWidget, pool: QThreadPool) -> None:
    runner = TaskRunner(pool)
    results: list[int] = []
    task = runner.run(lambda progress: 7, title="Vite", parent=window, on_done=results.append)
    shown: list[bool] = []
    task.dialog.canceled.connect(lambda: shown.append(True))
    qtbot.waitUntil(lambda: results == [7])
    assert dialog_hidden(task)
    qtbot.wait(tasks.SHOW_DELAY_MS + 100)
    assert dialog_hidden(task) and shown == []


def test_cancel_stops_quietly(
    qtbot: QtBot, window: QWidget, pool: QThreadPool, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(tasks, "SHOW_DELAY_MS", 0)
    runner = TaskRunner(pool, crash_handler=lambda exc: pytest.fail(f"crash: {exc!r}"))
    started = threading.Event()
    finished_steps: list[int] = []
    outcome: list[str] = []

    def job(progress: ProgressCallback) -> None:
        started.set()
        for step in range(1000):
            progress(step, 1000, "…")
            finished_steps.append(step)
            threading.Event().wait(0.005)

    task = runner.run(
        job,
        title="Export",
        parent=window,
        on_done=lambda _: outcome.append("done"),
        on_error=lambda exc: outcome.append(f"error {exc}"),
    )
    task.finished.connect(lambda: outcome.append("finished"))
    assert started.wait(5)
    qtbot.waitUntil(task.dialog.isVisible)
    task.dialog.findChild(QPushButton).click()  # Annuler
    qtbot.waitUntil(lambda: outcome == ["finished"])
    assert len(finished_steps) < 1000
    assert runner.running == 0


def test_cancelled_sync_job_calls_nothing(window: QWidget) -> None:
    runner = TaskRunner(SynchronousThreadPool(), crash_handler=lambda exc: pytest.fail("crash"))
    outcome: list[object] = []

    def job(progress: ProgressCallback) -> None:
        raise Cancelled

    runner.run(job, title="x", parent=window, on_done=outcome.append, on_error=outcome.append)
    assert outcome == []


def test_user_error_goes_to_plain_dialog(qtbot: QtBot, window: QWidget) -> None:
    runner = TaskRunner(SynchronousThreadPool(), crash_handler=lambda exc: pytest.fail("crash"))

    def job(progress: ProgressCallback) -> None:
        raise UserFacingError(
            "Impossible d'écrire « contrat.docx » : accès refusé.",
            details=["Fermez le fichier dans Word."],
        )

    runner.run(job, title="Génération", parent=window, on_done=lambda _: None)
    boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)]
    boxes += window.findChildren(QMessageBox)
    assert boxes, "no message box"
    box = boxes[-1]
    assert box.isVisible()
    assert box.text() == "Impossible d'écrire « contrat.docx » : accès refusé."
    assert "Fermez le fichier dans Word." in box.informativeText()
    assert box.icon() == QMessageBox.Icon.Warning
    box.close()


def test_user_error_goes_to_on_error_when_given(window: QWidget) -> None:
    runner = TaskRunner(SynchronousThreadPool())
    errors: list[BaseException] = []

    def job(progress: ProgressCallback) -> None:
        raise UserFacingError("Le disque est plein.")

    runner.run(job, title="x", parent=window, on_done=lambda _: None, on_error=errors.append)
    assert [str(e) for e in errors] == ["Le disque est plein."]
    assert not window.findChildren(QMessageBox)


def test_bug_goes_to_crash_handler_with_log(
    qtbot: QtBot, window: QWidget, pool: QThreadPool, caplog: pytest.LogCaptureFixture
) -> None:
    crashes: list[BaseException] = []
    runner = TaskRunner(pool, crash_handler=crashes.append)

    def job(progress: ProgressCallback) -> None:
        raise ZeroDivisionError("bug")

    with caplog.at_level(logging.ERROR):
        runner.run(job, title="Calcul", parent=window, on_done=lambda _: None)
        qtbot.waitUntil(lambda: len(crashes) == 1)
    assert isinstance(crashes[0], ZeroDivisionError)
    assert any(r.exc_info and r.exc_info[0] is ZeroDivisionError for r in caplog.records)


def test_many_details_are_summarised(qtbot: QtBot, window: QWidget) -> None:
    exc = UserFacingError("Classeur invalide.", details=[f"ligne {i}" for i in range(20)])
    box = show_user_error(window, exc)
    assert box.informativeText().count("•") == 8
    assert "12 autre(s)" in box.informativeText()
    assert "ligne 19" in box.detailedText()
    box.close()


def test_crash_hook_logs_traceback_and_opens_dialog(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    log_file = configure_logging(tmp_path / "logs")
    assert log_file == tmp_path / "logs" / "ti-desktop.log"
    handler = install_excepthook(log_file)
    assert sys.excepthook is handler

    def faulty() -> None:
        raise RuntimeError("panne imprévue")

    try:
        faulty()
    except RuntimeError as exc:
        handler(type(exc), exc, exc.__traceback__)
    for h in logging.getLogger().handlers:
        h.flush()
    text = log_file.read_text(encoding="utf-8")
    assert "Traceback (most recent call last)" in text
    assert "RuntimeError: panne imprévue" in text
    assert "in faulty" in text

    dialog = handler.dialog
    assert isinstance(dialog, CrashDialog)
    qtbot.addWidget(dialog)
    assert dialog.isVisible()
    assert dialog.ui.title_label.text() == "Une erreur inattendue s'est produite"
    assert str(log_file) in dialog.ui.log_file_label.text()
    assert not dialog.ui.report_text.isVisible()
    dialog.ui.details_button.click()
    assert dialog.ui.report_text.isVisible()
    assert "RuntimeError: panne imprévue" in dialog.ui.report_text.toPlainText()
    dialog.ui.copy_button.click()
    assert "panne imprévue" in QApplication.clipboard().text()

    # A second error joins the open dialog instead of stacking windows.
    try:
        faulty()
    except RuntimeError as exc:
        handler(type(exc), exc, exc.__traceback__)
    assert handler.dialog is dialog and len(dialog.reports) == 2
    dialog.close()
    for h in list(logging.getLogger().handlers):
        if getattr(h, "_ti_desktop_handler", False):
            logging.getLogger().removeHandler(h)
            h.close()


def test_progress_reports_are_throttled() -> None:
    received: list[tuple[int, int, str]] = []
    signals = tasks._TaskSignals()
    signals.progressed.connect(lambda *args: received.append(args))

    def job(progress: ProgressCallback) -> None:
        for i in range(1, 5001):
            progress(i, 5000, "Lecture des fiches")
        progress(5000, 5000, "Écriture")

    tasks._Worker(job, signals, threading.Event()).run()
    assert 2 <= len(received) < 100
    assert received[0] == (1, 5000, "Lecture des fiches")
    assert received[-2][0] == 5000  # the last step always gets through
    assert received[-1] == (5000, 5000, "Écriture")  # a new message always gets through


def test_window_closed_while_job_runs(
    qtbot: QtBot, pool: QThreadPool, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(tasks, "SHOW_DELAY_MS", 0)
    parent = QWidget()
    parent.show()
    runner = TaskRunner(pool, crash_handler=lambda exc: pytest.fail(f"crash: {exc!r}"))
    release = threading.Event()
    results: list[int] = []

    def job(progress: ProgressCallback) -> int:
        progress(1, 2, "…")
        assert release.wait(5)
        progress(2, 2, "…")
        return 1

    task = runner.run(job, title="Export", parent=parent, on_done=results.append)
    qtbot.waitUntil(task.dialog.isVisible)
    parent.deleteLater()
    qtbot.waitUntil(lambda: not shiboken6.isValid(task.dialog))
    release.set()
    qtbot.waitUntil(lambda: results == [1])
    assert runner.running == 0


def test_closing_the_window_cancels_its_tasks_and_waits_for_them(
    qtbot: QtBot, demo_database: Database, tmp_path: Path, pool: QThreadPool
) -> None:
    from support.window import make_settings

    from ti_desktop.gui.main_window import MainWindow

    runner = TaskRunner(pool, crash_handler=lambda exc: pytest.fail(f"crash: {exc!r}"))
    window = MainWindow(demo_database, make_settings(tmp_path / "settings"), task_runner=runner)
    qtbot.addWidget(window)
    window.show()
    started, steps = threading.Event(), []

    def job(progress: ProgressCallback) -> None:
        started.set()
        for step in range(10_000):  # far longer than the test: only a cancel ends it
            progress(step, 10_000, "…")
            steps.append(step)
            threading.Event().wait(0.005)

    outcome: list[str] = []
    runner.run(job, title="Export", parent=window, on_done=lambda _: outcome.append("done"))
    assert started.wait(5)
    assert window.close()
    assert runner.running == 0  # the job ended before the window did
    assert len(steps) < 10_000 and outcome == []
    assert pool.activeThreadCount() == 0


def test_waiting_gives_up_on_a_job_that_never_reports(
    qtbot: QtBot, window: QWidget, pool: QThreadPool
) -> None:
    runner = TaskRunner(pool, crash_handler=lambda exc: pytest.fail(f"crash: {exc!r}"))
    release = threading.Event()
    runner.run(lambda _progress: release.wait(5), title="Lent", parent=window, on_done=id)
    assert not runner.wait_for_tasks(0.1)  # cannot be cancelled between two reports
    release.set()
    assert runner.wait_for_tasks(5)


def test_an_uncaught_environment_error_is_a_plain_warning_not_a_crash(
    qtbot: QtBot, window: QWidget, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ti_desktop.errors import DatabaseEnvironmentError

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    handler = install_excepthook(configure_logging(tmp_path / "logs"))
    error = DatabaseEnvironmentError("La base « x.tidb » est occupée par un autre programme.")
    window.activateWindow()
    handler(type(error), error, None)
    assert handler.dialog is None  # no crash dialog, no traceback
    boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)]
    assert any(box.isVisible() and "occupée" in box.text() for box in boxes)
    for box in boxes:
        box.close()
