"""This process's scratch folder, and the temporary files it has under way elsewhere.

A program killed (power cut, crash, ``kill -9``) leaves behind what it was writing: a
half-copied backup, the temporary name of a document beside the final one, the sheet
buffers openpyxl keeps in the system's temporary folder. So each process started by
``start()``:

* works in its own scratch folder ``<temp>/ti-desktop-<pid>-<random>/``, where
  ``tempfile`` puts every temporary file (libraries' included), and holds a lock on its
  ``.actif`` file for as long as it lives;
* lists in that folder's ``en-cours`` each temporary file it creates elsewhere (beside
  a document, in the backups folder) until it is renamed into place (``pending``).

``clean_leftovers()``, at the next start, removes the folders of processes that are gone
(their lock is free: the system released it when they died) and the files they listed.
Without ``start()`` (a library use, most tests), nothing is recorded and nothing cleaned.
"""

from __future__ import annotations

import atexit
import contextlib
import logging
import os
import shutil
import tempfile
import threading
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from ti_desktop.byte_locks import lock_byte

log = logging.getLogger(__name__)

PREFIX = "ti-desktop-"
_MARKER = ".actif"
_JOURNAL = "en-cours"
_GRACE_SECONDS = 2.0


@dataclass
class _Scratch:
    folder: Path
    marker_fd: int
    journal: Path


_current: _Scratch | None = None
_guard = threading.Lock()


def system_temp_dir() -> Path:
    """The system's temporary folder (where every process's scratch folder lives)."""
    return Path(tempfile.gettempdir()) if _current is None else _current.folder.parent


def start() -> Path | None:
    """Create and hold this process's scratch folder (once); None if it cannot be made."""
    global _current
    with _guard:
        if _current is not None:
            return _current.folder
        root = Path(tempfile.gettempdir())
        try:
            folder = Path(tempfile.mkdtemp(prefix=f"{PREFIX}{os.getpid()}-", dir=root))
            fd = os.open(folder / _MARKER, os.O_RDWR | os.O_CREAT, 0o600)
            lock_byte(fd, 0)
        except OSError as exc:  # a full or read-only temporary folder: work without
            log.warning("Dossier temporaire indisponible dans %s : %s", root, exc)
            return None
        _current = _Scratch(folder, fd, folder / _JOURNAL)
        tempfile.tempdir = str(folder)
        atexit.register(stop)
        return folder


def stop() -> None:
    """Remove this process's scratch folder (at exit)."""
    global _current
    with _guard:
        scratch, _current = _current, None
        if scratch is None:
            return
        if tempfile.tempdir == str(scratch.folder):
            tempfile.tempdir = None
        for path in _listed(scratch.journal):
            with contextlib.suppress(OSError):
                path.unlink()
        with contextlib.suppress(OSError):
            os.close(scratch.marker_fd)
        shutil.rmtree(scratch.folder, ignore_errors=True)


@contextlib.contextmanager
def pending(path: Path) -> Iterator[Path]:
    """Record ``path`` (a temporary file about to be created) until the block ends.

    The caller creates the file, then renames or deletes it; if the process dies
    before, the next start deletes it.
    """
    note_pending(path)
    try:
        yield path
    finally:
        note_done(path)


def note_pending(path: Path) -> None:
    """Record ``path`` as a temporary file under way (before creating it)."""
    _note("+", path)


def note_done(path: Path) -> None:
    """``path`` was renamed into place or deleted."""
    _note("-", path)


def _note(sign: str, path: Path) -> None:
    scratch = _current
    if scratch is None:
        return
    line = f"{sign}{os.path.abspath(path)}\n".encode()
    try:
        with _guard:
            fd = os.open(scratch.journal, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
            try:
                os.write(fd, line)
            finally:
                os.close(fd)
    except OSError as exc:  # only the cleaning after a crash is lost
        log.warning("Journal des fichiers temporaires : %s", exc)


def _listed(journal: Path) -> list[Path]:
    """The files a journal lists as still under way (added and not yet removed)."""
    try:
        text = journal.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return []
    under_way: dict[str, None] = {}
    for line in text.splitlines():
        if line.startswith("+"):
            under_way[line[1:]] = None
        elif line.startswith("-"):
            under_way.pop(line[1:], None)
    return [Path(name) for name in under_way]


def _is_alive(folder: Path) -> bool:
    """Whether the process of a scratch folder still runs (it holds its marker)."""
    if _current is not None and folder == _current.folder:
        return True  # testing our own lock would drop it (POSIX locks belong to the process)
    try:
        fd = os.open(folder / _MARKER, os.O_RDWR)
    except FileNotFoundError:
        return False  # being created, or half-removed: the creator's mkdtemp is atomic
    except OSError:
        return True  # not ours to judge (another user's folder)
    try:
        return not lock_byte(fd, 0)
    except OSError:
        return True
    finally:
        os.close(fd)  # drops the test lock


def _scratch_folders(root: Path) -> Iterable[Path]:
    """Scratch folders under ``root``; those of the last seconds may not hold their lock yet."""
    found = []
    now = time.time()
    try:
        for folder in root.glob(f"{PREFIX}*-*"):
            with contextlib.suppress(OSError):
                marker = (folder / _MARKER).stat()
                if now - marker.st_mtime > _GRACE_SECONDS:
                    found.append(folder)
    except OSError:
        pass
    return found


def live_pending() -> set[Path]:
    """Temporary files running processes (this one included) have under way."""
    found: set[Path] = set()
    if _current is not None:
        found.update(_listed(_current.journal))
    stale = set(_scratch_folders(system_temp_dir()))
    with contextlib.suppress(OSError):
        for folder in system_temp_dir().glob(f"{PREFIX}*-*"):
            if folder not in stale or _is_alive(folder):
                found.update(_listed(folder / _JOURNAL))
    return found


def clean_leftovers() -> list[Path]:
    """Remove what dead processes left (their scratch folders, their listed files).

    Returns what was removed (for the log and the tests).
    """
    removed: list[Path] = []
    root = system_temp_dir()
    for folder in _scratch_folders(root):
        if (_current is not None and folder == _current.folder) or _is_alive(folder):
            continue
        for path in _listed(folder / _JOURNAL):
            with contextlib.suppress(OSError):
                path.unlink()
                removed.append(path)
        shutil.rmtree(folder, ignore_errors=True)
        removed.append(folder)
    if removed:
        log.info("Restes de programmes interrompus supprimés : %s", removed)
    return removed
