"""Who has a database open: a lock file beside it, held by the operating system.

``F.tidb`` gets ``F.tidb.verrou`` while a program uses it. The file says who holds
the base (person, computer, program, since when), so a refusal can name them; the
lock itself is a byte range locked through the operating system, so it vanishes
with the process that held it: the lock of a program killed or of a computer that
crashed is taken over by the next one, with no stale file to delete by hand.

Three ways to hold a base:

* ``WRITE``: one program at a time (the window, or a command that writes); the file
  names it.
* ``READ``: any number of programs, beside a writer (a second window opened read-only,
  ``list`` while the window is open).
* ``REPLACE``: nobody else at all (a restore puts another file in the base's place).

Within one process the locks are counted, not stacked: the window and a command run
from the same process (tests) share the same lock. POSIX record locks belong to the
process, and closing any descriptor of the file drops them, so exactly one
descriptor per lock file is kept open. On Windows the read byte is not locked (shared
locks need ``LockFileEx``): there, replacing a base another program has open fails
anyway, because SQLite opens files without ``FILE_SHARE_DELETE``.
"""

from __future__ import annotations

import contextlib
import errno
import getpass
import json
import logging
import os
import socket
import sys
import threading
import time
from collections import Counter
from dataclasses import asdict, dataclass
from datetime import datetime
from enum import Enum
from pathlib import Path

from ti_desktop.byte_locks import lock_byte, unlock_byte

log = logging.getLogger(__name__)

LOCK_SUFFIX = ".verrou"
_WRITER_BYTE = 1 << 30  # far beyond the holder's description, which stays readable
_READERS_BYTE = _WRITER_BYTE + 1
_POLL_SECONDS = 0.2
_UNSUPPORTED = {errno.ENOLCK, errno.EOPNOTSUPP, errno.ENOSYS, errno.EINVAL}


class Access(Enum):
    """How a program holds a base."""

    WRITE = "écriture"
    READ = "lecture"
    REPLACE = "remplacement"


@dataclass(frozen=True)
class Holder:
    """The program holding a base, as written in its lock file."""

    user: str
    host: str
    pid: int
    program: str
    lasting: bool
    """True for the window (held for hours), False for a command (seconds)."""
    since: str
    """ISO timestamp, local time with offset."""

    def describe(self) -> str:
        """In French: « la fenêtre de TI Desktop de marie sur l'ordinateur PC-12, depuis le … »."""
        if not self.pid:
            return self.program
        try:
            when = datetime.fromisoformat(self.since)
            since = f", depuis le {when:%d/%m/%Y à %H:%M}"
        except ValueError:
            since = ""
        computer = (
            "sur cet ordinateur" if self.host == _this_host() else f"sur l'ordinateur {self.host}"
        )
        return f"{self.program} de {self.user} {computer}{since}"


UNKNOWN_HOLDER = Holder("", "", 0, "un autre programme", lasting=False, since="")
"""A holder whose lock file is still being written, or unreadable."""


@dataclass
class _Program:
    name: str
    lasting: bool


_program = _Program(f"TI Desktop ({Path(sys.argv[0]).name or 'python'})", lasting=False)


def identify(program: str, *, lasting: bool) -> None:
    """Name this process in the lock files it writes (called by the CLI and the window)."""
    _program.name = program
    _program.lasting = lasting


def _this_host() -> str:
    return socket.gethostname() or "inconnu"


def _this_user() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError, ImportError):  # no login name in this environment
        return "inconnu"


def lock_path(database: Path) -> Path:
    """The lock file of ``database`` (``F.tidb.verrou``)."""
    return database.with_name(database.name + LOCK_SUFFIX)


class LockUnavailable(Exception):
    """No lock file can be written beside the base (read-only folder, unsupported locks)."""

    def __init__(self, reason: str, *, unsupported: bool = False) -> None:
        super().__init__(reason)
        self.reason = reason
        self.unsupported = unsupported


class LockHeld(Exception):
    """Another program holds the base in a way that excludes the access asked for."""

    def __init__(self, holder: Holder | None) -> None:
        super().__init__(holder.describe() if holder else "un autre programme")
        self.holder = holder


def _lock_readers(fd: int, *, exclusive: bool) -> bool:
    if sys.platform == "win32":
        return True  # see the module docstring
    return lock_byte(fd, _READERS_BYTE, exclusive=exclusive)


def _unlock_readers(fd: int) -> None:
    if sys.platform != "win32":
        unlock_byte(fd, _READERS_BYTE)


# --- the locks of this process -------------------------------------------------------------


@dataclass
class _Handle:
    """The one descriptor of a lock file this process keeps, and what it holds."""

    fd: int
    path: Path
    counts: Counter[Access]
    writer: bool = False
    readers: str = ""  # "", "shared" or "exclusive"


_handles: dict[Path, _Handle] = {}
_guard = threading.RLock()


def _open_lock_file(path: Path) -> int:
    try:
        return os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError as exc:
        raise LockUnavailable(_unwritable_reason(path, exc)) from exc


def _still_there(fd: int, path: Path) -> bool:
    """Whether ``fd`` is still the file at ``path`` (its last holder may have removed it)."""
    if sys.platform == "win32":
        return True  # an open file cannot be removed there
    try:
        return os.stat(path).st_ino == os.fstat(fd).st_ino
    except FileNotFoundError:
        return False


def _unwritable_reason(path: Path, exc: OSError) -> str:
    from ti_desktop.errors import os_error_text

    return f"impossible de créer « {path.name} » dans « {path.parent} » : {os_error_text(exc)}"


def read_holder(database: Path) -> Holder | None:
    """What the lock file of ``database`` says, without checking that it is still held."""
    path = lock_path(Path(database).resolve())
    try:
        with _guard:
            handle = _handles.get(path)
            if handle is not None:  # another descriptor's close would drop our locks
                raw = _read_start(handle.fd)
            else:
                with path.open("rb") as stream:
                    raw = stream.read(4096)
    except OSError:
        return None
    return _parse_holder(raw)


def _parse_holder(raw: bytes) -> Holder | None:
    try:
        return Holder(**json.loads(raw.decode("utf-8")))
    except (ValueError, TypeError):
        return None


def _read_start(fd: int) -> bytes:
    os.lseek(fd, 0, os.SEEK_SET)
    return os.read(fd, 4096)


def _write_holder(handle: _Handle) -> None:
    holder = Holder(
        user=_this_user(),
        host=_this_host(),
        pid=os.getpid(),
        program=_program.name,
        lasting=_program.lasting,
        since=datetime.now().astimezone().isoformat(timespec="seconds"),
    )
    data = json.dumps(asdict(holder), ensure_ascii=False).encode("utf-8")
    try:
        os.ftruncate(handle.fd, 0)
        os.lseek(handle.fd, 0, os.SEEK_SET)
        os.write(handle.fd, data)
    except OSError as exc:  # a description we cannot write only makes refusals vaguer
        log.warning("Verrou %s : description non écrite (%s)", handle.path, exc)


def _wanted(counts: Counter[Access]) -> tuple[bool, str]:
    writer = counts[Access.WRITE] + counts[Access.REPLACE] > 0
    if counts[Access.REPLACE]:
        readers = "exclusive"
    elif counts[Access.READ]:
        readers = "shared"
    else:
        readers = ""
    return writer, readers


def _take(handle: _Handle, counts: Counter[Access]) -> bool:
    """Move ``handle`` to the locks ``counts`` need; False (nothing changed) when refused."""
    writer, readers = _wanted(counts)
    took_writer = False
    try:
        if writer and not handle.writer:
            if not lock_byte(handle.fd, _WRITER_BYTE, exclusive=True):
                return False
            took_writer = True
        exclusive = readers == "exclusive"
        if (
            readers
            and readers != handle.readers
            and not _lock_readers(handle.fd, exclusive=exclusive)
        ):
            if took_writer:
                unlock_byte(handle.fd, _WRITER_BYTE)
            return False
    except OSError as exc:
        if took_writer:
            unlock_byte(handle.fd, _WRITER_BYTE)
        if exc.errno in _UNSUPPORTED:
            raise LockUnavailable(
                "ce support n'accepte pas les verrous de fichiers", unsupported=True
            ) from exc
        raise
    if took_writer:
        handle.writer = True
        _write_holder(handle)
    handle.readers = readers or handle.readers
    return True


def _give_back(handle: _Handle) -> None:
    """Drop the locks ``handle.counts`` no longer needs; close the file when none is left."""
    writer, readers = _wanted(handle.counts)
    if handle.writer and not writer:
        with contextlib.suppress(OSError):
            os.ftruncate(handle.fd, 0)
        unlock_byte(handle.fd, _WRITER_BYTE)
        handle.writer = False
    if handle.readers and readers != handle.readers:
        if readers:  # exclusive back to shared
            _lock_readers(handle.fd, exclusive=False)
        else:
            _unlock_readers(handle.fd)
        handle.readers = readers
    if writer or readers:
        return
    del _handles[handle.path]
    _remove_if_unused(handle)


def _remove_if_unused(handle: _Handle) -> None:
    """Delete the lock file unless another program still has it; then close it."""
    if sys.platform != "win32" and lock_byte(handle.fd, _WRITER_BYTE, exclusive=True):
        if _lock_readers(handle.fd, exclusive=True):
            with contextlib.suppress(OSError):
                handle.path.unlink()  # newcomers check the inode and open the new file
    os.close(handle.fd)
    if sys.platform == "win32":
        with contextlib.suppress(OSError):
            handle.path.unlink()  # fails while another program has it open: then it stays


class OwnerLock:
    """One hold of a base; ``release()`` (or leaving the ``with``) gives it back."""

    def __init__(self, path: Path, access: Access) -> None:
        self.path = path
        self.access = access
        self._released = False

    def release(self) -> None:
        """Give the hold back (idempotent)."""
        with _guard:
            if self._released:
                return
            self._released = True
            handle = _handles.get(self.path)
            if handle is None:
                return
            handle.counts[self.access] -= 1
            _give_back(handle)

    def __enter__(self) -> OwnerLock:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.release()


def acquire(database: Path, access: Access, *, wait: float = 0.0) -> OwnerLock:
    """Hold ``database`` with ``access``.

    A lock held by a command (a few seconds) is waited for up to ``wait`` seconds; one
    held by a window is not waited for.

    Raises:
        LockHeld: another program holds the base (its ``holder`` when it said who).
        LockUnavailable: no lock file can be written there (read-only folder...).
    """
    path = lock_path(Path(database).resolve())
    deadline = time.monotonic() + wait
    while True:
        with _guard:
            lock = _try_acquire(path, access)
        if lock is not None:
            return lock
        holder = read_holder(Path(database))
        if (holder is not None and holder.lasting) or time.monotonic() >= deadline:
            raise LockHeld(holder)
        time.sleep(_POLL_SECONDS)


def _try_acquire(path: Path, access: Access) -> OwnerLock | None:
    handle = _handles.get(path)
    if handle is not None:
        wanted = handle.counts + Counter({access: 1})
        if not _take(handle, wanted):
            return None
        handle.counts = wanted
        return OwnerLock(path, access)
    while True:
        fresh = _Handle(_open_lock_file(path), path, Counter())
        try:
            taken = _take(fresh, Counter({access: 1}))
        except BaseException:
            os.close(fresh.fd)
            raise
        if not taken:
            os.close(fresh.fd)
            return None
        if _still_there(fresh.fd, path):
            fresh.counts = Counter({access: 1})
            _handles[path] = fresh
            return OwnerLock(path, access)
        os.close(fresh.fd)  # locked a file its last holder had just removed: again


def current_holder(database: Path) -> Holder | None:
    """The program holding ``database`` for writing now, if it is another process."""
    path = lock_path(Path(database).resolve())
    with _guard:
        handle = _handles.get(path)
        if handle is not None and handle.writer:
            return None
        if handle is not None:
            fd, close = handle.fd, False
        else:
            try:
                fd, close = os.open(path, os.O_RDWR), True
            except OSError:  # no lock file, or one we may not open: nobody we can name
                return None
        try:
            if lock_byte(fd, _WRITER_BYTE, exclusive=True):
                unlock_byte(fd, _WRITER_BYTE)
                return None  # free: whatever the file says is a dead program's
            return _parse_holder(_read_start(fd)) or UNKNOWN_HOLDER
        except OSError:
            return None
        finally:
            if close:
                os.close(fd)
