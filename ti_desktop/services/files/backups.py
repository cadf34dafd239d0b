"""Rolling backups of a database file, and restoring one.

Backups live in the user data folder (``sauvegardes/<base>-<hash>/``), apart from the
database itself, so a database on a USB stick is still backed up on the laptop. One
automatic backup is taken per day at opening; those of the last ``KEEP_DAYS`` days
are kept. Manual backups and the copies taken before a restore are never pruned.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from ti_desktop import DATABASE_SUFFIX, paths
from ti_desktop.db.store import check_database_file, copy_database
from ti_desktop.errors import UserFacingError

KEEP_DAYS = 7
_STAMP = "%Y%m%d-%H%M%S"
AUTO, MANUAL, BEFORE_RESTORE = "auto", "manuelle", "avant-restauration"


@dataclass(frozen=True)
class Backup:
    path: Path
    taken_at: datetime
    kind: str

    @property
    def label(self) -> str:
        kinds = {AUTO: "automatique", MANUAL: "manuelle", BEFORE_RESTORE: "avant restauration"}
        return f"{self.taken_at:%d/%m/%Y %H:%M:%S} ({kinds.get(self.kind, self.kind)})"


def backup_folder(database: Path) -> Path:
    """Where the backups of ``database`` are kept."""
    digest = hashlib.sha1(str(database.resolve()).encode()).hexdigest()[:8]
    return paths.backups_dir() / f"{database.stem}-{digest}"


def list_backups(database: Path) -> list[Backup]:
    """Backups of ``database``, newest first."""
    folder = backup_folder(database)
    found = []
    for file in folder.glob(f"*{DATABASE_SUFFIX}"):
        stamp, _, kind = file.stem.partition("_")
        try:
            taken = datetime.strptime(stamp, _STAMP)
        except ValueError:
            continue
        found.append(Backup(file, taken, kind))
    return sorted(found, key=lambda b: b.taken_at, reverse=True)


def make_backup(database: Path, kind: str = MANUAL, now: datetime | None = None) -> Backup:
    """Copy ``database`` into its backup folder."""
    if not database.exists():
        raise UserFacingError(f"La base « {database} » n'existe pas : rien à sauvegarder.")
    taken = now or datetime.now()
    target = backup_folder(database) / f"{taken.strftime(_STAMP)}_{kind}{DATABASE_SUFFIX}"
    try:
        copy_database(database, target)
    except OSError as exc:
        raise UserFacingError(f"Sauvegarde impossible dans « {target.parent} » : {exc}.") from exc
    return Backup(target, taken.replace(microsecond=0), kind)


def daily_backup(database: Path, now: datetime | None = None) -> Backup | None:
    """Take today's automatic backup if there is none yet, then prune old ones."""
    now = now or datetime.now()
    if not database.exists():
        return None
    backups = list_backups(database)
    taken = None
    if not any(b.kind == AUTO and b.taken_at.date() == now.date() for b in backups):
        taken = make_backup(database, AUTO, now)
    limit = now - timedelta(days=KEEP_DAYS)
    for old in list_backups(database):
        if old.kind == AUTO and old.taken_at < limit:
            old.path.unlink(missing_ok=True)
    return taken


def restore_backup(database: Path, backup: Path) -> Backup:
    """Replace ``database`` by ``backup``; the current state is saved first.

    The database must be closed by the caller. Returns the backup of the state that
    was replaced, so the restore itself can be undone.
    """
    check_database_file(backup)
    saved = make_backup(database, BEFORE_RESTORE) if database.exists() else None
    for suffix in ("-wal", "-shm"):
        Path(str(database) + suffix).unlink(missing_ok=True)
    copy_database(backup, database)
    return saved or Backup(backup, datetime.now(), BEFORE_RESTORE)
