"""Opening a database file safely: identity check, backup, migration, pragmas.

``open_database`` is the only way in. It refuses files that are not TI Desktop
databases (without writing to them), refuses databases written by a newer version,
copies the file aside before any migration, and returns a ``Database`` whose
``session()`` gives one short transaction per operation.

SQLite's environment errors (file locked by another program, read-only, disk full,
input/output error, damaged file) become ``DatabaseEnvironmentError`` wherever they
happen, on every read and write, with a French message naming the file; other
database errors are bugs and keep their traceback (after qutebrowser's ``misc/sql.py``).
"""

from __future__ import annotations

import ast
import contextlib
import functools
import logging
import os
import shutil
import sqlite3
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from ti_desktop import paths, scratch
from ti_desktop.db import filesystem, owner_lock
from ti_desktop.db.seed import ensure_reference_lists
from ti_desktop.errors import (
    DamagedDatabaseError,
    DatabaseEnvironmentError,
    DatabaseInUseError,
    MissingDatabaseError,
    NewerDatabaseError,
    NotADatabaseError,
    UserFacingError,
    os_error_text,
)

if TYPE_CHECKING:  # Alembic costs ~0.4 s to import: loaded only when a file is opened
    from alembic.config import Config

log = logging.getLogger(__name__)

APPLICATION_ID = 0x54494454  # "TIDT" in the SQLite header: marks our files
_SQLITE_MAGIC = b"SQLite format 3\x00"

DEFAULT_BUSY_TIMEOUT = 5.0
"""Seconds a write waits for another program's lock before giving up (tests shorten it)."""

DEFAULT_LOCK_WAIT = 20.0
"""Seconds an opening waits for a command holding the base (a window is not waited for)."""

RESCUE_HINT = (
    "Restaurez une sauvegarde : Fichier › Sauvegardes dans la fenêtre, ou "
    "« ti-desktop --db {path} restore » pour les lister."
)


def alembic_config() -> Config:
    """Alembic configuration pointing at the shipped migrations (no ini needed)."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(paths.migrations_dir()))
    return config


def script_revisions() -> dict[str, tuple[str, ...]]:
    """Each shipped migration's revision → the revisions it follows, read from the files.

    The identifiers are literals at the top of each script: reading them with ``ast``
    spares Alembic's import (a few tenths of a second) on every start; Alembic itself
    loads only when a file must be migrated.
    """
    return _read_script_revisions(paths.migrations_dir())


@functools.cache
def _read_script_revisions(folder: Path) -> dict[str, tuple[str, ...]]:
    found: dict[str, tuple[str, ...]] = {}
    for script in sorted((folder / "versions").glob("*.py")):
        values: dict[str, object] = {}
        for node in ast.parse(script.read_text(encoding="utf-8")).body:
            target: ast.expr | None = None
            if isinstance(node, ast.AnnAssign):
                target = node.target
            elif isinstance(node, ast.Assign) and len(node.targets) == 1:
                target = node.targets[0]
            value = getattr(node, "value", None)
            named = isinstance(target, ast.Name) and target.id in ("revision", "down_revision")
            if named and isinstance(target, ast.Name) and isinstance(value, ast.expr):
                values[target.id] = ast.literal_eval(value)
        revision, down = values.get("revision"), values.get("down_revision")
        if isinstance(revision, str):
            follows = (down,) if isinstance(down, str) else down or ()
            assert isinstance(follows, tuple | list), script
            found[revision] = tuple(str(item) for item in follows)
    return found


def head_revision() -> str:
    """The schema revision this version of the program writes."""
    revisions = script_revisions()
    followed = {down for downs in revisions.values() for down in downs}
    heads = [revision for revision in revisions if revision not in followed]
    if len(heads) == 1:
        return heads[0]
    from alembic.script import ScriptDirectory  # several heads: let Alembic explain

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def _pragmas(journal_mode: str | None) -> Any:
    """The connect hook: foreign keys, and the journal (None: read-only, left as it is)."""

    def set_pragmas(dbapi_connection: Any, _record: Any) -> None:
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        if journal_mode is None:
            cursor.execute("PRAGMA query_only=ON")
        else:
            cursor.execute(f"PRAGMA journal_mode={journal_mode}")
            cursor.execute("PRAGMA synchronous=" + ("NORMAL" if journal_mode == "WAL" else "FULL"))
        cursor.close()

    return set_pragmas


# Primary result codes of problems in the environment, not in the program.
_BUSY = {sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED, sqlite3.SQLITE_PROTOCOL}
_READ_ONLY = {sqlite3.SQLITE_READONLY, sqlite3.SQLITE_PERM, sqlite3.SQLITE_AUTH}
_DAMAGED = {sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB}
_IO = {sqlite3.SQLITE_IOERR, sqlite3.SQLITE_CANTOPEN, sqlite3.SQLITE_NOLFS}
_NEARLY_FULL_BYTES = 256 * 1024


def environment_error(
    path: Path, error: BaseException, *, writing: bool, read_only_reason: str = ""
) -> DatabaseEnvironmentError | None:
    """The French explanation of an SQLite error caused by the environment, else None.

    ``error`` is an ``sqlite3.Error`` or SQLAlchemy's wrapper of one; ``writing``
    says whether a change was refused (« la modification n'a pas été enregistrée »)
    or a read failed; ``read_only_reason`` says why the base was opened read-only.
    """
    cause = error.orig if isinstance(error, DBAPIError) else error
    code = getattr(cause, "sqlite_errorcode", None)
    if not isinstance(cause, sqlite3.Error) or code is None:
        return None
    primary = code & 0xFF  # extended codes (SQLITE_IOERR_WRITE…) keep the primary in the low byte
    outcome = (
        "la modification n'a pas été enregistrée"
        if writing
        else "les données n'ont pas pu être lues"
    )
    if primary in _BUSY:
        return busy_error(path, outcome)
    if primary in _READ_ONLY and read_only_reason:
        reason = (
            f"La base « {path} » est ouverte en lecture seule ({read_only_reason}) : {outcome}."
        )
    elif primary in _READ_ONLY:
        reason = (
            f"La base « {path} » est en lecture seule : {outcome}. Vérifiez les droits du "
            "fichier, ou enregistrez-en une copie dans un dossier où vous pouvez écrire."
        )
    elif primary == sqlite3.SQLITE_FULL or (primary in _IO and _disk_full(path)):
        reason = (
            f"Le disque de la base « {path} » est plein : {outcome}. "
            "Libérez de la place puis recommencez."
        )
    elif primary in _DAMAGED:
        return DamagedDatabaseError(
            f"La base « {path} » est endommagée : {outcome}. " + RESCUE_HINT.format(path=path)
        )
    elif primary in _IO:
        reason = (
            f"Erreur de lecture ou d'écriture sur la base « {path} » (disque débranché, "
            f"dossier réseau indisponible ?) : {outcome}."
        )
    else:
        return None
    return DatabaseEnvironmentError(reason)


def _disk_full(path: Path) -> bool:
    """Whether the disk of ``path`` is (nearly) full: SQLite's shared memory then fails as I/O."""
    try:
        return shutil.disk_usage(path.parent).free < _NEARLY_FULL_BYTES
    except OSError:
        return False


def busy_error(path: Path, outcome: str) -> DatabaseInUseError:
    """« La base est occupée par … » naming the holder when its lock file says who."""
    holder = owner_lock.current_holder(path)
    who = holder.describe() if holder else "un autre programme (ou une autre fenêtre de TI Desktop)"
    return DatabaseInUseError(
        f"La base « {path} » est occupée par {who} : {outcome}. "
        "Réessayez dans un instant, quand il aura fini, ou fermez-le.",
        holder=holder,
    )


@dataclass
class Database:
    """An open database file: an engine and a factory of short sessions.

    ``read_only`` bases (asked for, held by another program, read-only file or folder)
    refuse every write with ``read_only_reason`` in the message; ``notices`` are what
    the user should be told on opening (a network share...).
    """

    path: Path
    engine: Engine
    session_factory: sessionmaker[Session]
    read_only: bool = False
    read_only_reason: str = ""
    notices: list[str] = field(default_factory=list)
    lock: owner_lock.OwnerLock | None = None

    @contextlib.contextmanager
    def session(self) -> Iterator[Session]:
        """One transaction: committed on success, rolled back on any error.

        Raises:
            DatabaseEnvironmentError: the file is locked, read-only, full or damaged;
                nothing was written.
        """
        with self._environment_errors(writing=True), self.session_factory.begin() as session:
            if not self.read_only:
                # Take the write lock now, not at the first INSERT: what the transaction
                # reads cannot change before it writes (two imports adding the same new
                # financer, the same workbook imported twice at once, wait in turn).
                session.connection().exec_driver_sql("BEGIN IMMEDIATE")
            yield session

    @contextlib.contextmanager
    def reader(self) -> Iterator[Session]:
        """A read-only session (nothing is committed).

        Raises:
            DatabaseEnvironmentError: the file cannot be read now.
        """
        with self._environment_errors(writing=False), self.session_factory() as session:
            yield session

    @contextlib.contextmanager
    def _environment_errors(self, *, writing: bool) -> Iterator[None]:
        try:
            yield
        except (DBAPIError, sqlite3.Error) as exc:
            explained = environment_error(
                self.path, exc, writing=writing, read_only_reason=self.read_only_reason
            )
            if explained is None:
                raise
            log.warning("Base %s : %s", self.path, exc)
            raise explained from exc

    def checkpoint(self) -> None:
        """Fold the WAL into the file, so that a plain copy of it holds everything."""
        if self.read_only:
            return
        try:
            with self.engine.connect() as connection:
                connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        except (DBAPIError, sqlite3.Error) as exc:  # busy or full: SQLite keeps the WAL
            log.warning("Point de contrôle de %s impossible : %s", self.path, exc)

    def close(self) -> None:
        """Release the file: checkpoint, close the connections, give the lock back."""
        self.checkpoint()
        self.engine.dispose()
        if self.lock is not None:
            self.lock.release()


def _connect_read_only(path: Path, *, timeout: float = 0.0) -> sqlite3.Connection:
    """A read-only connection; in a read-only folder, one that needs no ``-shm`` file."""
    uri = path.resolve().as_uri()
    connection = sqlite3.connect(f"{uri}?mode=ro", uri=True, timeout=timeout)
    try:
        connection.execute("SELECT 1 FROM sqlite_master LIMIT 1").fetchall()
    except sqlite3.OperationalError:
        connection.close()
        if os.access(path.parent, os.W_OK) or Path(f"{path}-wal").exists():
            raise
        # A WAL base on a read-only medium: nobody can be writing to it.
        connection = sqlite3.connect(f"{uri}?immutable=1", uri=True, timeout=timeout)
    return connection


def _identity_error(path: Path, exc: sqlite3.Error) -> UserFacingError:
    """What stopped reading a file that starts like an SQLite base."""
    explained = environment_error(path, exc, writing=False)
    if explained is not None and not isinstance(explained, DamagedDatabaseError):
        return explained
    return DamagedDatabaseError(
        f"« {path} » est endommagée ou n'est pas une base TI Desktop (fichier illisible : "
        f"{exc}). Le fichier n'a pas été modifié. " + RESCUE_HINT.format(path=path)
    )


def _read_identity(path: Path) -> tuple[int, str | None, bool]:
    """Application id, Alembic revision, and whether any table exists (read-only)."""
    try:
        connection = _connect_read_only(path, timeout=DEFAULT_BUSY_TIMEOUT)
    except sqlite3.Error as exc:
        raise _identity_error(path, exc) from exc
    try:
        app_id = connection.execute("PRAGMA application_id").fetchone()[0]
        tables = {
            row[0]
            for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
        }
        revision = None
        if "alembic_version" in tables:
            row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
            revision = row[0] if row else None
        return int(app_id), revision, bool(tables)
    except sqlite3.Error as exc:
        raise _identity_error(path, exc) from exc
    finally:
        connection.close()


def integrity_problems(path: Path, *, limit: int = 5) -> list[str]:
    """What ``PRAGMA quick_check`` finds wrong in ``path`` (its WAL included); [] when sound.

    An empty file, or one SQLite cannot read at all, is a problem too. Never writes.
    """
    try:
        if path.stat().st_size == 0:
            return ["le fichier est vide (0 octet)"]
        connection = _connect_read_only(path, timeout=DEFAULT_BUSY_TIMEOUT)
    except OSError as exc:
        return [os_error_text(exc)]
    except sqlite3.Error as exc:
        return [str(exc)]
    try:
        rows = connection.execute(f"PRAGMA quick_check({int(limit)})").fetchall()
    except sqlite3.Error as exc:
        explained = environment_error(path, exc, writing=False)
        if explained is not None and not isinstance(explained, DamagedDatabaseError):
            raise explained from exc
        return [str(exc)]
    finally:
        connection.close()
    found = [str(row[0]) for row in rows]
    return [] if found == ["ok"] else found


def damaged_error(path: Path, problems: list[str]) -> DamagedDatabaseError:
    """The refusal of a damaged base, with SQLite's findings as details."""
    return DamagedDatabaseError(
        f"La base « {path} » est endommagée : elle n'a pas été ouverte, pour ne rien "
        "aggraver. " + RESCUE_HINT.format(path=path),
        details=problems,
    )


def check_database_file(path: Path) -> str | None:
    """Refuse a file that is not ours, too new or damaged; return its revision (None if new).

    Never writes to the file.

    Raises:
        NotADatabaseError: not an SQLite file, or another program's.
        NewerDatabaseError: a newer TI Desktop wrote it.
        DamagedDatabaseError: the file is empty or damaged (restore a backup).
        DatabaseEnvironmentError: it cannot be read now (locked, unreadable medium).
    """
    if not path.exists():
        return None
    if path.is_dir():
        raise NotADatabaseError(f"« {path} » est un dossier, pas une base TI Desktop.")
    try:
        with path.open("rb") as handle:
            header = handle.read(len(_SQLITE_MAGIC))
    except OSError as exc:
        raise DatabaseEnvironmentError(
            f"Impossible de lire la base « {path} » : {os_error_text(exc)}."
        ) from exc
    if not header:
        raise DamagedDatabaseError(
            f"La base « {path} » est vide (0 octet) : une copie ou un enregistrement a "
            "dû être interrompu (disque plein, clé retirée). Elle n'a pas été remplacée par "
            "une base neuve. " + RESCUE_HINT.format(path=path)
        )
    if header != _SQLITE_MAGIC:
        raise NotADatabaseError(
            f"« {path} » n'est pas une base TI Desktop (ce n'est pas une base SQLite). "
            "Le fichier n'a pas été modifié."
        )
    app_id, revision, has_tables = _read_identity(path)
    if app_id != APPLICATION_ID and has_tables:
        raise NotADatabaseError(
            f"« {path} » est une base SQLite d'un autre logiciel, pas une base TI Desktop. "
            "Le fichier n'a pas été modifié."
        )
    if revision is not None and revision not in script_revisions():
        raise NewerDatabaseError(
            f"« {path} » a été enregistrée par une version plus récente de TI Desktop. "
            "Installez la dernière version pour l'ouvrir. Le fichier n'a pas été modifié."
        )
    problems = integrity_problems(path)
    if problems:
        raise damaged_error(path, problems)
    return revision


def copy_database(source: Path, target: Path) -> None:
    """Consistent copy of a live SQLite file (WAL included) in one file, written atomically.

    The copy is checked (``quick_check``) before it takes ``target``'s name.

    Raises:
        DamagedDatabaseError: the copy is damaged (the source is): ``target`` is untouched.
        OSError, sqlite3.Error: the target cannot be written (callers explain it).
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    temporary = target.with_name(f".{target.name}-{uuid.uuid4().hex[:8]}.tmp")
    with scratch.pending(temporary):
        try:
            src = _connect_read_only(source, timeout=DEFAULT_BUSY_TIMEOUT)
            try:
                dst = sqlite3.connect(temporary)
                try:
                    src.backup(dst)
                    dst.execute("PRAGMA journal_mode=DELETE")  # one file, whatever the source
                finally:
                    dst.close()
            finally:
                src.close()
            problems = integrity_problems(temporary)
            if problems:
                raise damaged_error(source, problems)
            temporary.replace(target)
        finally:
            temporary.unlink(missing_ok=True)


def _make_engine(path: Path, busy_timeout: float, journal_mode: str | None) -> Engine:
    # pysqlite's ``timeout`` is SQLite's busy timeout: how long a write waits for a lock.
    if journal_mode is None:
        engine = create_engine(
            "sqlite://",
            creator=lambda: _connect_read_only(path, timeout=busy_timeout),
        )
    else:
        engine = create_engine(f"sqlite:///{path}", connect_args={"timeout": busy_timeout})
    event.listen(engine, "connect", _pragmas(journal_mode))
    return engine


def _migrate(engine: Engine) -> None:
    from alembic import command

    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
        connection.exec_driver_sql(f"PRAGMA application_id={APPLICATION_ID}")


def _in_use(path: Path, held: owner_lock.LockHeld) -> DatabaseInUseError:
    who = held.holder.describe() if held.holder else "un autre programme"
    return DatabaseInUseError(
        f"La base « {path} » est ouverte par {who} : elle ne peut pas être modifiée depuis "
        "deux programmes à la fois. Fermez-la là-bas, ou ouvrez-la en lecture seule "
        "(« ti-desktop --lecture-seule … », ou le bouton « Ouvrir en lecture seule » de la "
        "fenêtre).",
        holder=held.holder,
    )


def _hold(path: Path, *, read_only: bool, wait: float) -> tuple[owner_lock.OwnerLock | None, str]:
    """The lock on ``path`` and, when it must be opened read-only, why."""
    if read_only:
        try:
            return owner_lock.acquire(path, owner_lock.Access.READ), "à votre demande"
        except owner_lock.LockUnavailable:
            return None, "à votre demande"
        except owner_lock.LockHeld as held:  # a restore is replacing the file
            raise _in_use(path, held) from held
    unwritable = _unwritable(path)
    if unwritable and not path.exists():
        raise UserFacingError(
            f"Impossible de créer la base « {path} » : {unwritable}. "
            "Choisissez un dossier où vous avez le droit d'écrire."
        )
    if unwritable:
        return None, unwritable
    try:
        return owner_lock.acquire(path, owner_lock.Access.WRITE, wait=wait), ""
    except owner_lock.LockHeld as held:
        raise _in_use(path, held) from held
    except owner_lock.LockUnavailable as unavailable:
        if unavailable.unsupported:
            log.warning("Base %s sans verrou : %s", path, unavailable.reason)
            return None, ""
        if not path.exists():
            raise UserFacingError(
                f"Impossible de créer la base « {path} » : {unavailable.reason}. "
                "Choisissez un dossier où vous avez le droit d'écrire."
            ) from unavailable
        return None, _unwritable(path) or unavailable.reason


def _unwritable(path: Path) -> str:
    """Why ``path`` cannot be written (read-only medium, folder or file), or ""."""
    with contextlib.suppress(OSError, AttributeError):  # no statvfs on Windows
        if os.statvfs(path if path.exists() else path.parent).f_flag & os.ST_RDONLY:
            return "le disque, la clé ou le partage qui la contient est en lecture seule"
    if not os.access(path.parent, os.W_OK):
        return f"le dossier « {path.parent} » est en lecture seule"
    if path.exists() and not os.access(path, os.W_OK):
        return "le fichier lui-même est en lecture seule"
    return ""


def open_database(
    path: Path,
    *,
    seed: bool = True,
    busy_timeout: float | None = None,
    create: bool = True,
    read_only: bool = False,
    lock_wait: float | None = None,
) -> Database:
    """Open (creating or migrating if needed) the database at ``path``.

    The base is held (``owner_lock``) until ``close()``: another program opening it for
    writing is refused, naming who holds it. It is opened read-only when asked, or
    when its file or folder cannot be written (``Database.read_only_reason`` says
    which); on a network share it is opened without WAL (``Database.notices``).

    Args:
        path: the ``.tidb`` file.
        seed: write the default reference lists into a base that has none.
        busy_timeout: seconds (default ``DEFAULT_BUSY_TIMEOUT``) a write waits for
            another program's SQLite lock before it is refused.
        create: create the file when it does not exist (commands other than ``demo``
            pass False, so that a typo creates nothing).
        read_only: open without writing anything, beside another program.
        lock_wait: seconds to wait for a command holding the base (default
            ``DEFAULT_LOCK_WAIT``); a window holding it is not waited for.

    Raises:
        MissingDatabaseError: no such file and ``create`` is False.
        NotADatabaseError: the file belongs to something else; it is left untouched.
        NewerDatabaseError: a newer TI Desktop wrote it.
        DamagedDatabaseError: the file is empty or damaged; it is left untouched.
        DatabaseInUseError: another program holds it for writing.
        UserFacingError: the folder cannot be written.
    """
    path = Path(path)
    if not path.exists() and (read_only or not create):
        raise MissingDatabaseError(
            f"La base « {path} » n'existe pas (vérifiez le nom et le dossier). Pour en créer "
            "une : Fichier › Nouvelle base dans la fenêtre, ou « ti-desktop --db FICHIER demo »."
        )
    revision = check_database_file(path)
    head = head_revision()
    if not path.exists():
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise UserFacingError(
                f"Impossible de créer la base « {path} » : {os_error_text(exc)}. "
                "Choisissez un dossier où vous avez le droit d'écrire."
            ) from exc
    lock, read_only_reason = _hold(
        path, read_only=read_only, wait=DEFAULT_LOCK_WAIT if lock_wait is None else lock_wait
    )
    try:
        return _open_held(path, revision, head, lock, read_only_reason, seed, busy_timeout)
    except BaseException:
        if lock is not None:
            lock.release()
        raise


def _open_held(
    path: Path,
    revision: str | None,
    head: str,
    lock: owner_lock.OwnerLock | None,
    read_only_reason: str,
    seed: bool,
    busy_timeout: float | None,
) -> Database:
    notices = []
    network = filesystem.network_kind(path)
    if network is not None:
        notices.append(filesystem.NETWORK_WARNING.format(path=path, kind=network))
    if read_only_reason and revision != head:
        raise UserFacingError(
            f"La base « {path} » a été enregistrée par une version plus ancienne de TI "
            "Desktop et doit être mise à jour avant d'être lue ; elle ne peut pas l'être en "
            f"lecture seule ({read_only_reason}). Ouvrez-la une fois normalement."
        )
    journal_mode = None if read_only_reason else ("DELETE" if network else "WAL")
    timeout = DEFAULT_BUSY_TIMEOUT if busy_timeout is None else busy_timeout
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        if revision is not None and revision != head:
            stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
            backup = path.with_name(f"{path.stem}.avant-migration-{revision}-{stamp}{path.suffix}")
            copy_database(path, backup)
            log.info("Copie avant migration : %s", backup)
        engine = _make_engine(path, timeout, journal_mode)
        if revision != head:
            _migrate(engine)
    except PermissionError as exc:
        raise UserFacingError(
            f"Impossible d'écrire dans « {path.parent} » : accès refusé. "
            "Choisissez un dossier où vous avez le droit d'écrire."
        ) from exc
    except OSError as exc:
        raise UserFacingError(
            f"Impossible d'ouvrir la base « {path} » : {os_error_text(exc)}."
        ) from exc
    except (DBAPIError, sqlite3.Error) as exc:
        explained = environment_error(path, exc, writing=True)
        if explained is not None:
            raise explained from exc
        raise UserFacingError(f"La base « {path} » ne peut pas être ouverte : {exc}.") from exc
    database = Database(
        path,
        engine,
        sessionmaker(engine, expire_on_commit=False),
        read_only=bool(read_only_reason),
        read_only_reason=read_only_reason,
        notices=notices,
        lock=lock,
    )
    if seed and not database.read_only:
        with database.session() as session:
            ensure_reference_lists(session)
    return database
