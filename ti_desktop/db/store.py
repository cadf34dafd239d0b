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
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from ti_desktop import paths
from ti_desktop.db.seed import ensure_reference_lists
from ti_desktop.errors import (
    DatabaseEnvironmentError,
    NewerDatabaseError,
    NotADatabaseError,
    UserFacingError,
)

if TYPE_CHECKING:  # Alembic costs ~0.4 s to import: loaded only when a file is opened
    from alembic.config import Config

log = logging.getLogger(__name__)

APPLICATION_ID = 0x54494454  # "TIDT" in the SQLite header: marks our files
_SQLITE_MAGIC = b"SQLite format 3\x00"

DEFAULT_BUSY_TIMEOUT = 5.0
"""Seconds a write waits for another program's lock before giving up (tests shorten it)."""


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


def _set_sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


# Primary result codes of problems in the environment, not in the program.
_BUSY = {sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED, sqlite3.SQLITE_PROTOCOL}
_READ_ONLY = {sqlite3.SQLITE_READONLY, sqlite3.SQLITE_PERM, sqlite3.SQLITE_AUTH}
_DAMAGED = {sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB}
_IO = {sqlite3.SQLITE_IOERR, sqlite3.SQLITE_CANTOPEN, sqlite3.SQLITE_NOLFS}


def environment_error(
    path: Path, error: BaseException, *, writing: bool
) -> DatabaseEnvironmentError | None:
    """The French explanation of an SQLite error caused by the environment, else None.

    ``error`` is an ``sqlite3.Error`` or SQLAlchemy's wrapper of one; ``writing``
    says whether a change was refused (« la modification n'a pas été enregistrée »)
    or a read failed.
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
        reason = (
            f"La base « {path} » est occupée par un autre programme (ou une autre fenêtre "
            f"de TI Desktop) : {outcome}. Réessayez dans un instant ou fermez l'autre programme."
        )
    elif primary in _READ_ONLY:
        reason = (
            f"La base « {path} » est en lecture seule : {outcome}. Vérifiez les droits du "
            "fichier, ou enregistrez-en une copie dans un dossier où vous pouvez écrire."
        )
    elif primary == sqlite3.SQLITE_FULL:
        reason = (
            f"Le disque de la base « {path} » est plein : {outcome}. "
            "Libérez de la place puis recommencez."
        )
    elif primary in _DAMAGED:
        reason = (
            f"La base « {path} » est endommagée : {outcome}. "
            "Restaurez une sauvegarde (Fichier › Sauvegardes)."
        )
    elif primary in _IO:
        reason = (
            f"Erreur de lecture ou d'écriture sur la base « {path} » (disque débranché, "
            f"dossier réseau indisponible ?) : {outcome}."
        )
    else:
        return None
    return DatabaseEnvironmentError(reason)


@dataclass
class Database:
    """An open database file: an engine and a factory of short sessions."""

    path: Path
    engine: Engine
    session_factory: sessionmaker[Session]

    @contextlib.contextmanager
    def session(self) -> Iterator[Session]:
        """One transaction: committed on success, rolled back on any error.

        Raises:
            DatabaseEnvironmentError: the file is locked, read-only, full or damaged;
                nothing was written.
        """
        with self._environment_errors(writing=True), self.session_factory.begin() as session:
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
            explained = environment_error(self.path, exc, writing=writing)
            if explained is None:
                raise
            log.warning("Base %s : %s", self.path, exc)
            raise explained from exc

    def close(self) -> None:
        """Release the file (checkpoints the WAL so a single file remains)."""
        self.engine.dispose()


def _read_identity(path: Path) -> tuple[int, str | None, bool]:
    """Application id, Alembic revision, and whether any table exists (read-only)."""
    uri = f"{path.resolve().as_uri()}?mode=ro"
    try:
        connection = sqlite3.connect(uri, uri=True)
    except sqlite3.Error as exc:
        raise NotADatabaseError(f"Impossible d'ouvrir « {path} » : {exc}.") from exc
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
    except sqlite3.DatabaseError as exc:
        raise NotADatabaseError(
            f"« {path} » n'est pas une base TI Desktop (fichier illisible : {exc})."
        ) from exc
    finally:
        connection.close()


def check_database_file(path: Path) -> str | None:
    """Refuse a file that is not ours or is too new; return its revision (None if new).

    Never writes to the file.
    """
    if not path.exists() or path.stat().st_size == 0:
        return None
    if path.is_dir():
        raise NotADatabaseError(f"« {path} » est un dossier, pas une base TI Desktop.")
    with path.open("rb") as handle:
        header = handle.read(len(_SQLITE_MAGIC))
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
    return revision


def copy_database(source: Path, target: Path) -> None:
    """Consistent copy of a live SQLite file (WAL included), written atomically."""
    target.parent.mkdir(parents=True, exist_ok=True)
    temporary = target.with_name(target.name + ".tmp")
    temporary.unlink(missing_ok=True)
    src = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(temporary)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    temporary.replace(target)


def _make_engine(path: Path, busy_timeout: float) -> Engine:
    # pysqlite's ``timeout`` is SQLite's busy timeout: how long a write waits for a lock.
    engine = create_engine(f"sqlite:///{path}", connect_args={"timeout": busy_timeout})
    event.listen(engine, "connect", _set_sqlite_pragmas)
    return engine


def _migrate(engine: Engine) -> None:
    from alembic import command

    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
        connection.exec_driver_sql(f"PRAGMA application_id={APPLICATION_ID}")


def open_database(path: Path, *, seed: bool = True, busy_timeout: float | None = None) -> Database:
    """Open (creating or migrating if needed) the database at ``path``.

    ``seed`` writes the default reference lists into a database that has none;
    ``busy_timeout`` (seconds, default ``DEFAULT_BUSY_TIMEOUT``) is how long a write
    waits for another program's lock before it is refused.

    Raises:
        NotADatabaseError: the file belongs to something else; it is left untouched.
        NewerDatabaseError: a newer TI Desktop wrote it.
        UserFacingError: the folder cannot be written.
    """
    path = Path(path)
    revision = check_database_file(path)
    head = head_revision()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        if revision is not None and revision != head:
            stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
            backup = path.with_name(f"{path.stem}.avant-migration-{revision}-{stamp}{path.suffix}")
            copy_database(path, backup)
            log.info("Copie avant migration : %s", backup)
        engine = _make_engine(path, DEFAULT_BUSY_TIMEOUT if busy_timeout is None else busy_timeout)
        if revision != head:
            _migrate(engine)
    except PermissionError as exc:
        raise UserFacingError(
            f"Impossible d'écrire dans « {path.parent} » : accès refusé. "
            "Choisissez un dossier où vous avez le droit d'écrire."
        ) from exc
    except (DBAPIError, sqlite3.Error) as exc:
        explained = environment_error(path, exc, writing=True)
        if explained is not None:
            raise explained from exc
        raise UserFacingError(f"La base « {path} » ne peut pas être ouverte : {exc}.") from exc
    database = Database(path, engine, sessionmaker(engine, expire_on_commit=False))
    if seed:
        with database.session() as session:
            ensure_reference_lists(session)
    return database
