"""Render and check untrusted Word templates in a separate process, with time and memory limits.

The Jinja sandbox stops a template from reaching Python's internals, not from looping
for ever or filling the memory: ``{% for i in range(100000) %}{% for j in
range(100000) %}`` never ends, ``{{ 'a' * 10**9 }}`` takes gigabytes. So a template
that is not one of the program's own (``templates/``) is rendered by a worker process:

* the parent waits at most ``time_limit`` seconds, then kills the worker (this works
  everywhere);
* the worker's address space is capped at ``memory_limit`` bytes (``setrlimit`` on
  Linux and macOS; a Job Object on Windows), so it fails with ``MemoryError`` or is
  killed, never the program;
* before anything opens it, ``template_guard`` refuses a file that unpacks beyond a
  sane size.

Each failure is a ``TemplateError`` naming the template, in French. The worker stays
warm between jobs (a second contract costs no process start), and ``prestart`` starts
it while the caller still reads the database. The program's own templates render in
the caller's process: they are part of the program, and the data is bounded.
"""

from __future__ import annotations

import atexit
import contextlib
import io
import logging
import multiprocessing
import sys
import threading
import time
import traceback
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from multiprocessing.connection import Connection
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ti_desktop import paths
from ti_desktop.errors import TemplateError, UserFacingError

if TYPE_CHECKING:  # the worker imports the renderer itself: the parent needs no docx here
    from ti_desktop.services.documents.finishing import DocumentProperties

log = logging.getLogger(__name__)


@dataclass
class Limits:
    """How long and how much memory one template job may take."""

    time_limit: float = 60.0
    memory_limit: int = 1536 * 1024 * 1024


LIMITS = Limits()
_POLL_SECONDS = 0.2


# --- the worker process ------------------------------------------------------------------------


def _limit_memory(limit: int) -> None:
    """Cap this process's memory (the worker's first act)."""
    if sys.platform == "win32":
        return  # the parent puts the worker in a Job Object (``_windows_job``)
    import resource

    for name in ("RLIMIT_AS", "RLIMIT_DATA"):
        which = getattr(resource, name, None)
        if which is None:
            continue
        with contextlib.suppress(ValueError, OSError):  # macOS refuses RLIMIT_AS
            resource.setrlimit(which, (limit, limit))


def _serve(connection: Connection, memory_limit: int) -> None:
    """The worker's loop: one job at a time, until the pipe closes."""
    _limit_memory(memory_limit)
    from ti_desktop.services.documents import render

    while True:
        try:
            kind, arguments = connection.recv()
        except (EOFError, OSError):
            return
        try:
            if kind == "render":
                template, context, properties = arguments
                document = render.fill_template_here(template, context, properties)
                buffer = io.BytesIO()
                document.save(buffer)
                answer: tuple[str, Any] = ("ok", buffer.getvalue())
            else:
                answer = ("ok", render.check_template_here(arguments))
        except MemoryError:
            answer = ("memory", None)
        except UserFacingError as exc:
            answer = ("refused", (type(exc).__name__, exc.message, exc.details))
        except Exception:  # a bug: its traceback goes back to the crash report
            answer = ("bug", traceback.format_exc())
        try:
            connection.send(answer)
        except (MemoryError, OSError):
            return
        if answer[0] == "memory":
            return  # after a MemoryError the worker is not trusted again


# --- the parent's side -------------------------------------------------------------------------


def _windows_job(process: Any, memory_limit: int) -> Any:
    """Put the worker in a Job Object capping its memory (Windows); the job, or None."""
    import ctypes
    from ctypes import wintypes

    class _Basic(ctypes.Structure):
        _fields_ = [  # noqa: RUF012 - ctypes' declaration
            ("PerProcessUserTimeLimit", ctypes.c_int64),
            ("PerJobUserTimeLimit", ctypes.c_int64),
            ("LimitFlags", wintypes.DWORD),
            ("MinimumWorkingSetSize", ctypes.c_size_t),
            ("MaximumWorkingSetSize", ctypes.c_size_t),
            ("ActiveProcessLimit", wintypes.DWORD),
            ("Affinity", ctypes.c_size_t),
            ("PriorityClass", wintypes.DWORD),
            ("SchedulingClass", wintypes.DWORD),
        ]

    class _Counters(ctypes.Structure):
        _fields_ = [(n, ctypes.c_uint64) for n in ("r", "w", "o", "rb", "wb", "ob")]  # noqa: RUF012

    class _Extended(ctypes.Structure):
        _fields_ = [  # noqa: RUF012 - ctypes' declaration
            ("BasicLimitInformation", _Basic),
            ("IoInfo", _Counters),
            ("ProcessMemoryLimit", ctypes.c_size_t),
            ("JobMemoryLimit", ctypes.c_size_t),
            ("PeakProcessMemoryUsed", ctypes.c_size_t),
            ("PeakJobMemoryUsed", ctypes.c_size_t),
        ]

    kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)  # type: ignore[attr-defined,unused-ignore]
    job = kernel32.CreateJobObjectW(None, None)
    info = _Extended()
    info.BasicLimitInformation.LimitFlags = 0x100 | 0x2000  # PROCESS_MEMORY | KILL_ON_JOB_CLOSE
    info.ProcessMemoryLimit = memory_limit
    kernel32.SetInformationJobObject(job, 9, ctypes.byref(info), ctypes.sizeof(info))
    handle = kernel32.OpenProcess(0x1F0FFF, False, process.pid)
    if not kernel32.AssignProcessToJobObject(job, handle):
        log.warning("Limite de mémoire du modèle non appliquée (Windows)")
    kernel32.CloseHandle(handle)
    return job


class _Worker:
    """One worker process and the parent's end of its pipe."""

    def __init__(self, memory_limit: int) -> None:
        context = multiprocessing.get_context("spawn")
        self.connection, child = context.Pipe()
        self.memory_limit = memory_limit
        self.process = context.Process(
            target=_serve, args=(child, memory_limit), name="ti-desktop-modeles", daemon=True
        )
        self.process.start()
        child.close()
        self.job = None
        if sys.platform == "win32":
            try:
                self.job = _windows_job(self.process, memory_limit)
            except (OSError, AttributeError) as exc:
                log.warning("Limite de mémoire du modèle non appliquée : %s", exc)

    def alive(self) -> bool:
        return self.process.is_alive()

    def stop(self) -> None:
        with contextlib.suppress(OSError):
            self.connection.close()
        if self.process.is_alive():
            self.process.kill()
        self.process.join(timeout=5)


_worker: _Worker | None = None
_guard = threading.Lock()


def _current_worker() -> _Worker:
    global _worker
    if _worker is not None and (not _worker.alive() or _worker.memory_limit != LIMITS.memory_limit):
        _worker.stop()
        _worker = None
    if _worker is None:
        _worker = _Worker(LIMITS.memory_limit)
    return _worker


def _drop_worker() -> None:
    global _worker
    if _worker is not None:
        _worker.stop()
        _worker = None


def prestart() -> None:
    """Start the worker now (in the background) so the first job does not wait for it."""
    with _guard:
        _current_worker()


def shutdown() -> None:
    """Stop the worker (at exit, or to change the limits)."""
    with _guard:
        _drop_worker()


atexit.register(shutdown)


def is_trusted(template: Path) -> bool:
    """Whether ``template`` is one of the program's own (rendered without a worker)."""
    try:
        return Path(template).resolve().is_relative_to(paths.templates_dir().resolve())
    except OSError:
        return False


def _name(template: Path) -> str:
    return f"« {Path(template).name} »"


def run(
    kind: str,
    arguments: Any,
    template: Path,
    heartbeat: Callable[[], None] | None = None,
) -> Any:
    """Run one job in the worker and return its answer, or raise its ``TemplateError``.

    ``heartbeat`` is called while the job runs (the window's progress: raising
    ``Cancelled`` there stops the job and the worker).
    """
    with _guard:
        worker = _current_worker()
        try:
            worker.connection.send((kind, arguments))
            deadline = time.monotonic() + LIMITS.time_limit
            while not worker.connection.poll(_POLL_SECONDS):
                if heartbeat is not None:
                    heartbeat()
                if not worker.alive():
                    break
                if time.monotonic() > deadline:
                    _drop_worker()
                    raise TemplateError(
                        f"Le modèle {_name(template)} a été arrêté après "
                        f"{LIMITS.time_limit:g} secondes de calcul : il contient sans doute une "
                        "boucle démesurée ou sans fin (des boucles imbriquées sur de très "
                        "grandes listes, par exemple). Rien n'a été écrit."
                    )
            status, payload = worker.connection.recv()
        except (EOFError, OSError, BrokenPipeError):
            _drop_worker()
            raise _memory_error(template) from None
        except BaseException:
            _drop_worker()  # cancelled, or a bug: the job may still be running
            raise
        if status == "memory":
            _drop_worker()
    if status == "ok":
        return payload
    if status == "memory":
        raise _memory_error(template)
    if status == "refused":
        _kind, message, details = payload
        raise TemplateError(message, details=list(details))
    raise RuntimeError(f"Erreur dans le processus des modèles :\n{payload}")


def _memory_error(template: Path) -> TemplateError:
    return TemplateError(
        f"Le modèle {_name(template)} a été arrêté : il demandait plus de "
        f"{LIMITS.memory_limit // (1024 * 1024)} Mo de mémoire (un texte ou une liste "
        "démesurés, une boucle qui grossit sans fin ?). Rien n'a été écrit."
    )


class RenderedDocument:
    """A document rendered by the worker: its bytes, written by ``save``."""

    def __init__(self, data: bytes) -> None:
        self.data = data

    def save(self, target: str | Path) -> None:
        """Write the document to ``target``."""
        Path(target).write_bytes(self.data)


def render(
    template: Path,
    context: Mapping[str, Any],
    properties: DocumentProperties | None = None,
    heartbeat: Callable[[], None] | None = None,
) -> RenderedDocument:
    """Render and finish an untrusted ``template`` in the worker (within the limits)."""
    arguments = (Path(template), dict(context), properties)
    return RenderedDocument(run("render", arguments, template, heartbeat))


def check(template: Path, heartbeat: Callable[[], None] | None = None) -> Any:
    """``check_template`` of an untrusted template, in the worker."""
    return run("check", Path(template), template, heartbeat)
