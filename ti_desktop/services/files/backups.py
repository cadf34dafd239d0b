"""Rolling backups of a database file, and restoring one.

Backups live in the user data folder (``sauvegardes/<base>-<hash>/``), apart from the
database itself, so a database on a USB stick is still backed up on the laptop. Each
is one consolidated file written with SQLite's backup API (the WAL included), checked
(``quick_check``) before it takes its name, and checked again before it is listed or
restored: a damaged or empty backup is shown as such and never restored.

One automatic backup is taken per day at opening; those of the last ``KEEP_DAYS`` days
are kept. One is taken before every import (the last ``KEEP_BEFORE_IMPORT`` kept) and
before every restore; manual backups and those taken before a restore are never pruned.
A restore needs the base to itself: no other program may have it open.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import re
import shutil
import sqlite3
import time
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from ti_desktop import DATABASE_SUFFIX, paths, scratch
from ti_desktop.db import owner_lock
from ti_desktop.db.store import (
    check_database_file,
    copy_database,
    environment_error,
    integrity_problems,
)
from ti_desktop.errors import (
    DamagedDatabaseError,
    DatabaseInUseError,
    UserFacingError,
    os_error_text,
)

log = logging.getLogger(__name__)

KEEP_DAYS = 7
KEEP_BEFORE_IMPORT = 10
_STAMP = "%Y%m%d-%H%M%S"
_PARTIAL_GRACE_S = 60
AUTO, MANUAL, BEFORE_RESTORE = "auto", "manuelle", "avant-restauration"
BEFORE_IMPORT = "avant-import"
DAMAGED_COPY = "endommagee"
"""A raw copy of a damaged base, kept when a backup replaces it (never restorable)."""

_KIND_LABELS = {
    AUTO: "automatique",
    MANUAL: "manuelle",
    BEFORE_RESTORE: "avant restauration",
    BEFORE_IMPORT: "avant import",
    DAMAGED_COPY: "base endommagée remplacée",
}
_verdicts: dict[tuple[str, int, int], tuple[str, ...]] = {}


@dataclass(frozen=True)
class Backup:
    """One backup file; ``problems`` are what ``quick_check`` found (none: restorable)."""

    path: Path
    taken_at: datetime
    kind: str
    problems: tuple[str, ...] = ()

    @property
    def usable(self) -> bool:
        """Whether it can be restored (sound, and not the copy of a damaged base)."""
        return not self.problems and self.kind != DAMAGED_COPY

    @property
    def kind_label(self) -> str:
        """The kind in French (« avant import »)."""
        return _KIND_LABELS.get(self.kind, self.kind)

    @property
    def label(self) -> str:
        """« 12/03/2026 14:02:11 (avant import) », and why it cannot be restored."""
        text = f"{self.taken_at:%d/%m/%Y %H:%M:%S} ({self.kind_label})"
        if self.problems:
            text += f" — ENDOMMAGÉE, inutilisable : {self.problems[0]}"
        return text


def backup_folder(database: Path) -> Path:
    """Where the backups of ``database`` are kept."""
    digest = hashlib.sha1(str(database.resolve()).encode()).hexdigest()[:8]
    return paths.backups_dir() / f"{database.stem}-{digest}"


def _verdict(path: Path) -> tuple[str, ...]:
    """``quick_check`` of a backup file, remembered while the file stays the same."""
    try:
        stat = path.stat()
    except OSError as exc:
        return (os_error_text(exc),)
    key = (str(path), stat.st_size, stat.st_mtime_ns)
    if key not in _verdicts:
        try:
            _verdicts[key] = tuple(integrity_problems(path))
        except UserFacingError as exc:  # unreadable now (busy medium): say so, retry later
            return (exc.message,)
    return _verdicts[key]


def list_backups(database: Path, *, verify: bool = True) -> list[Backup]:
    """Backups of ``database``, newest first, each checked unless ``verify`` is False."""
    folder = backup_folder(database)
    found = []
    for file in folder.glob(f"*{DATABASE_SUFFIX}"):
        stamp, _, kind = file.stem.partition("_")
        try:
            taken = datetime.strptime(stamp, _STAMP)
        except ValueError:
            continue
        kind = re.sub(r"-\d+$", "", kind)  # the second backup of a second: « avant-import-2 »
        found.append(Backup(file, taken, kind, _verdict(file) if verify else ()))
    return sorted(found, key=lambda b: (b.taken_at, b.path.name), reverse=True)


def _target(database: Path, kind: str, taken: datetime) -> Path:
    """A new file name in the backup folder (two backups in one second get a number)."""
    folder = backup_folder(database)
    target = folder / f"{taken.strftime(_STAMP)}_{kind}{DATABASE_SUFFIX}"
    number = 2
    while target.exists():
        target = folder / f"{taken.strftime(_STAMP)}_{kind}-{number}{DATABASE_SUFFIX}"
        number += 1
    return target


def _failure(database: Path, target: Path, exc: BaseException) -> UserFacingError:
    if isinstance(exc, DamagedDatabaseError):
        return DamagedDatabaseError(
            f"Sauvegarde refusée : la base « {database} » est endommagée, une copie le serait "
            "aussi. Restaurez plutôt une sauvegarde plus ancienne.",
            details=exc.details,
        )
    if isinstance(exc, sqlite3.Error):
        explained = environment_error(target, exc, writing=True)
        reason = explained.message if explained is not None else str(exc)
    else:
        reason = os_error_text(exc) if isinstance(exc, OSError) else str(exc)
    return UserFacingError(f"Sauvegarde impossible dans « {target.parent} » : {reason}")


def make_backup(database: Path, kind: str = MANUAL, now: datetime | None = None) -> Backup:
    """Copy ``database`` into its backup folder (one checked file).

    Raises:
        DamagedDatabaseError: the base is damaged (no backup is written).
        UserFacingError: it does not exist, or the folder cannot be written (full disk).
    """
    if not database.exists():
        raise UserFacingError(f"La base « {database} » n'existe pas : rien à sauvegarder.")
    taken = now or datetime.now()
    target = _target(database, kind, taken)
    try:
        copy_database(database, target)
    except (OSError, sqlite3.Error, DamagedDatabaseError) as exc:
        raise _failure(database, target, exc) from exc
    log.info("Sauvegarde %s : %s", kind, target)
    return Backup(target, taken.replace(microsecond=0), kind)


def _prune(database: Path, now: datetime) -> None:
    limit = now - timedelta(days=KEEP_DAYS)
    listed = list_backups(database, verify=False)
    before_import = [b for b in listed if b.kind == BEFORE_IMPORT]
    for old in listed:
        if (old.kind == AUTO and old.taken_at < limit) or old in before_import[KEEP_BEFORE_IMPORT:]:
            old.path.unlink(missing_ok=True)


def daily_backup(database: Path, now: datetime | None = None) -> Backup | None:
    """Take today's automatic backup if there is none yet, then prune old ones."""
    now = now or datetime.now()
    if not database.exists():
        return None
    taken = None
    if not any(
        b.kind == AUTO and b.taken_at.date() == now.date()
        for b in list_backups(database, verify=False)
    ):
        taken = make_backup(database, AUTO, now)
    _prune(database, now)
    return taken


def backup_before_import(database: Path) -> Backup:
    """The backup taken before an import writes (the oldest beyond 10 are pruned).

    Raises:
        UserFacingError: it cannot be written; the caller must not import then.
    """
    try:
        taken = make_backup(database, BEFORE_IMPORT)
    except UserFacingError as exc:
        raise UserFacingError(
            f"{exc.message} L'import n'a pas été fait.", details=exc.details
        ) from exc
    _prune(database, datetime.now())
    return taken


def _keep_damaged(database: Path) -> Backup:
    """A raw copy of a damaged base and its WAL (the backup API cannot read it)."""
    taken = datetime.now()
    target = _target(database, DAMAGED_COPY, taken)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(database, target)
        wal = Path(f"{database}-wal")
        if wal.exists():
            shutil.copyfile(wal, Path(f"{target}-wal"))
    except OSError as exc:
        raise _failure(database, target, exc) from exc
    return Backup(target, taken.replace(microsecond=0), DAMAGED_COPY)


def _fold_wal(database: Path) -> None:
    """Checkpoint ``database`` into one file, so no ``-wal`` outlives it (we hold it alone)."""
    try:
        connection = sqlite3.connect(database, timeout=1)
        try:
            connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            connection.execute("PRAGMA journal_mode=DELETE")
        finally:
            connection.close()
    except sqlite3.Error as exc:  # damaged: its raw copy (WAL included) was kept
        log.warning("Base %s non consolidée avant restauration : %s", database, exc)
    for suffix in ("-wal", "-shm"):
        Path(f"{database}{suffix}").unlink(missing_ok=True)


def _in_use(database: Path, held: owner_lock.LockHeld) -> DatabaseInUseError:
    who = held.holder.describe() if held.holder else "un autre programme"
    return DatabaseInUseError(
        f"La base « {database} » est ouverte par {who} : elle ne peut pas être remplacée "
        "par une sauvegarde pendant qu'elle est utilisée. Fermez-la là-bas, puis "
        "recommencez. Rien n'a été modifié.",
        holder=held.holder,
    )


def restore_backup(database: Path, backup: Path) -> Backup:
    """Replace ``database`` by ``backup``; the current state is saved first.

    The caller closes the database first; no other program may have it open. A
    damaged base can be restored too: a raw copy of it is kept. Returns the backup
    of the state that was replaced, so the restore itself can be undone.

    Raises:
        DatabaseInUseError: another program has the base open (named when known).
        DamagedDatabaseError: the backup is damaged or empty.
        UserFacingError: the backup is not a TI Desktop base, or the copy failed.
    """
    try:
        lock = owner_lock.acquire(database, owner_lock.Access.REPLACE)
    except owner_lock.LockHeld as held:
        raise _in_use(database, held) from held
    except owner_lock.LockUnavailable as unavailable:
        raise UserFacingError(
            f"Restauration impossible : {unavailable.reason}. Rien n'a été modifié."
        ) from unavailable
    with lock:
        problems = integrity_problems(backup)
        if problems:
            raise DamagedDatabaseError(
                f"La sauvegarde « {backup.name} » est endommagée ou vide : elle n'a pas été "
                "restaurée. Choisissez-en une autre.",
                details=problems,
            )
        check_database_file(backup)
        saved = None
        if database.exists():
            damaged = bool(integrity_problems(database))
            saved = _keep_damaged(database) if damaged else make_backup(database, BEFORE_RESTORE)
            _fold_wal(database)
        try:
            copy_database(backup, database)
        except (OSError, sqlite3.Error) as exc:
            raise _failure(backup, database, exc) from exc
    return saved or Backup(backup, datetime.now(), BEFORE_RESTORE)


def remove_partial_backups() -> list[Path]:
    """Delete the half-written copies that killed programs left in the backup folders.

    A copy still listed by a running program, or written to in the last minute, stays.
    """
    removed = []
    under_way = scratch.live_pending()
    now = time.time()
    with contextlib.suppress(OSError):
        for partial in paths.backups_dir().glob("*/*.tmp"):
            with contextlib.suppress(OSError):
                if partial in under_way or now - partial.stat().st_mtime < _PARTIAL_GRACE_S:
                    continue
                partial.unlink()
                removed.append(partial)
    return removed
