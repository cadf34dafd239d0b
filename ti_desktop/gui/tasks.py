"""Long work off the GUI thread, with a progress dialog, cancel, and results back on the GUI thread.

Picard's ``run_task`` pattern: a ``TaskRunner`` is built with a ``QThreadPool``
(tests inject ``SynchronousThreadPool``, which runs each job at once on the calling
thread). A job is any callable taking a ``ProgressCallback``; it must not touch
widgets. Its calls to ``progress(done, total, message)`` travel to the dialog through
queued signals; pressing *Annuler* makes the next call raise ``Cancelled``, which
ends the task quietly. ``UserFacingError`` goes to a plain dialog (or ``on_error``),
any other exception is a bug: it is logged and handed to the crash handler.
"""

from __future__ import annotations

import logging
import sys
import threading
import time
from collections.abc import Callable
from typing import Any, Generic, TypeVar

import shiboken6
from PySide6.QtCore import (
    QCoreApplication,
    QEventLoop,
    QObject,
    QRunnable,
    Qt,
    QThreadPool,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtWidgets import QProgressDialog, QWidget

from ti_desktop.errors import UserFacingError
from ti_desktop.services.progress import Cancelled, ProgressCallback

log = logging.getLogger(__name__)

T = TypeVar("T")

SHOW_DELAY_MS = 400
"""Quick jobs end before the progress dialog appears, so nothing flashes."""

PROGRESS_INTERVAL = 0.05
"""Seconds between two progress updates sent to the GUI thread (same message)."""

CrashHandler = Callable[[BaseException], None]


def report_bug(exc: BaseException) -> None:
    """Default crash handler: the installed ``sys.excepthook`` (the crash dialog)."""
    sys.excepthook(type(exc), exc, exc.__traceback__)


class SynchronousThreadPool(QThreadPool):
    """A pool that runs each runnable immediately on the calling thread (for tests)."""

    def start(self, runnable: Any, priority: int = 0) -> None:  # type: ignore[override]
        runnable.run()


class _TaskSignals(QObject):
    """Signals emitted by the worker; they live on the GUI thread so slots run there."""

    progressed = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(object)


class _Worker(QRunnable):
    """Runs the job on a pool thread; only emits signals, never touches widgets."""

    def __init__(
        self, job: Callable[[ProgressCallback], Any], signals: _TaskSignals, cancel: threading.Event
    ) -> None:
        super().__init__()
        # The Task keeps this object alive; Qt must not delete a Python-owned runnable.
        self.setAutoDelete(False)
        self._job = job
        self._signals = signals
        self._cancel = cancel
        self._last_emit = 0.0
        self._last_message: str | None = None

    def _progress(self, done: int, total: int, message: str) -> None:
        if self._cancel.is_set():
            raise Cancelled
        # A service may report thousands of steps: forward at most one every
        # PROGRESS_INTERVAL, plus any new message and the last step.
        now = time.monotonic()
        if (
            message != self._last_message
            or done >= total
            or now - self._last_emit >= PROGRESS_INTERVAL
        ):
            self._last_emit = now
            self._last_message = message
            self._signals.progressed.emit(done, total, message)

    def run(self) -> None:
        try:
            result = self._job(self._progress)
        except BaseException as exc:  # every failure goes back to the GUI thread
            self._signals.failed.emit(exc)
        else:
            self._signals.succeeded.emit(result)


class Task(QObject, Generic[T]):
    """One running job and its progress dialog; lives on the GUI thread.

    Attributes:
        title: the French label of the work, shown in the dialog.
        dialog: the progress dialog (created at once, shown after ``SHOW_DELAY_MS``).
    """

    finished = Signal()

    def __init__(
        self,
        runner: TaskRunner,
        title: str,
        parent: QWidget | None,
        on_done: Callable[[T], object],
        on_error: Callable[[BaseException], None] | None,
        cancellable: bool,
    ) -> None:
        # No QObject parent and no reference back to the runner once finished: the task
        # is freed by reference counting on the GUI thread, never by a garbage
        # collection pass that could run on a worker thread.
        super().__init__()
        self.title = title
        self._forget: Callable[[Task[Any]], None] | None = runner._forget
        self._crash_handler = runner.crash_handler
        self._parent = parent
        self._on_done = on_done
        self._on_error = on_error
        self.cancel_event = threading.Event()
        self.done = False
        # Parented to the runner so the worker thread never destroys it by dropping
        # the last Python reference; deleted on the GUI thread once the task ends.
        self.signals = _TaskSignals(runner)
        self.signals.progressed.connect(self._on_worker_progressed)
        self.signals.succeeded.connect(self._on_worker_succeeded)
        self.signals.failed.connect(self._on_worker_failed)

        self.dialog = QProgressDialog(parent)
        self.dialog.setWindowTitle(title)
        self.dialog.setLabelText(title)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        # Shown by our own timer: the built-in one would pop it up by itself.
        self.dialog.setMinimumDuration(2**30)
        self.dialog.setRange(0, 0)
        self.dialog.setMinimumWidth(420)
        self._cancellable = cancellable
        if cancellable:
            self.dialog.setCancelButtonText(self.tr("Annuler"))
            self.dialog.canceled.connect(self.cancel)
        else:
            self.dialog.setCancelButton(None)
        self.dialog.hide()
        self._show_timer = QTimer(self)
        self._show_timer.setSingleShot(True)
        self._show_timer.timeout.connect(self._on_show_timer_timeout)

    def start(self, job: Callable[[ProgressCallback], T], pool: QThreadPool) -> None:
        """Hand the job to the pool and arm the dialog timer."""
        self._show_timer.start(SHOW_DELAY_MS)
        self._worker = _Worker(job, self.signals, self.cancel_event)
        pool.start(self._worker)

    @Slot()
    def cancel(self) -> None:
        """Ask the job to stop at its next progress report."""
        if self.done or self.cancel_event.is_set():
            return
        log.info("Annulation demandée : %s", self.title)
        self.cancel_event.set()
        if shiboken6.isValid(self.dialog):
            self.dialog.setLabelText(self.tr("Annulation en cours…"))

    @Slot()
    def _on_show_timer_timeout(self) -> None:
        if not self.done and shiboken6.isValid(self.dialog):
            self.dialog.open()

    @Slot(int, int, str)
    def _on_worker_progressed(self, done: int, total: int, message: str) -> None:
        if self.done or self.cancel_event.is_set() or not shiboken6.isValid(self.dialog):
            return
        if total > 0:
            self.dialog.setRange(0, total)
            self.dialog.setValue(min(max(done, 0), total))
        else:
            self.dialog.setRange(0, 0)
        self.dialog.setLabelText(message or self.title)

    def _finish(self) -> None:
        self.done = True
        self._show_timer.stop()
        self.signals.disconnect(self)
        self.signals.deleteLater()
        if shiboken6.isValid(self.dialog):  # gone if its window was closed meanwhile
            if self._cancellable:
                self.dialog.canceled.disconnect(self.cancel)
            # hide(), not close(): closing a QProgressDialog emits canceled().
            self.dialog.hide()
            self.dialog.deleteLater()
        if self._forget is not None:
            self._forget(self)
            self._forget = None

    @Slot(object)
    def _on_worker_succeeded(self, result: Any) -> None:
        self._finish()
        try:
            self._on_done(result)
        finally:
            self.finished.emit()

    @Slot(object)
    def _on_worker_failed(self, exc: BaseException) -> None:
        self._finish()
        try:
            self._handle_failure(exc)
        finally:
            self.finished.emit()

    def _handle_failure(self, exc: BaseException) -> None:
        if isinstance(exc, Cancelled):
            log.info("Tâche annulée : %s", self.title)
            return
        if isinstance(exc, UserFacingError):
            log.warning("%s : %s", self.title, exc)
            if self._on_error is not None:
                self._on_error(exc)
            else:
                from ti_desktop.gui.error_dialogs import show_user_error

                show_user_error(self._parent, exc)
            return
        log.error("Erreur inattendue pendant « %s »", self.title, exc_info=exc)
        self._crash_handler(exc)


class TaskRunner(QObject):
    """Runs long jobs on a thread pool with a progress dialog.

    Args:
        pool: where jobs run; pass ``SynchronousThreadPool()`` in tests.
        crash_handler: receives bugs (not ``UserFacingError``); defaults to
            ``sys.excepthook``, i.e. the crash dialog once it is installed.
        parent: the owning QObject (usually the main window).
    """

    busy_changed = Signal(bool)

    def __init__(
        self,
        pool: QThreadPool | None = None,
        *,
        crash_handler: CrashHandler | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.pool = pool if pool is not None else QThreadPool.globalInstance()
        self.crash_handler: CrashHandler = crash_handler or report_bug
        self._tasks: list[Task[Any]] = []

    @property
    def running(self) -> int:
        """How many tasks have not finished yet."""
        return len(self._tasks)

    def run(
        self,
        job: Callable[[ProgressCallback], T],
        *,
        title: str,
        parent: QWidget | None,
        on_done: Callable[[T], object],
        on_error: Callable[[BaseException], None] | None = None,
        cancellable: bool = True,
    ) -> Task[T]:
        """Run ``job(progress)`` off the GUI thread; ``on_done(result)`` runs on the GUI thread.

        Args:
            job: the work; calls ``progress(done, total, message)`` now and then. It must not
                touch widgets nor share a database session with the GUI.
            title: French label of the work ("Génération du contrat…").
            parent: window the progress dialog is modal to, and parent of error dialogs.
            on_done: receives the job's return value.
            on_error: receives a ``UserFacingError`` instead of the default plain dialog.
            cancellable: show an *Annuler* button.

        Returns:
            The task; its ``finished`` signal fires once the job has ended, whether it
            succeeded, failed or was cancelled.
        """
        task: Task[T] = Task(self, title, parent, on_done, on_error, cancellable)
        self._tasks.append(task)
        if len(self._tasks) == 1:
            self.busy_changed.emit(True)
        task.start(job, self.pool)
        return task

    def cancel_all(self) -> None:
        """Ask every running job to stop (before closing the window)."""
        for task in list(self._tasks):
            task.cancel()

    def wait_for_tasks(self, timeout: float) -> bool:
        """Cancel every running job and wait until each has ended; False after ``timeout`` s.

        A job stops at its next progress report; its result or error comes back on
        the GUI thread, so events are processed meanwhile (Picard's ``wait_for_tasks``).
        """
        self.cancel_all()
        deadline = time.monotonic() + timeout
        while self._tasks and time.monotonic() < deadline:
            self.pool.waitForDone(20)
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
        return not self._tasks

    def _forget(self, task: Task[Any]) -> None:
        if task in self._tasks:
            self._tasks.remove(task)
            if not self._tasks:
                self.busy_changed.emit(False)
