"""Reaching the server: its address, the password, the versions, the login's rights.

The address is a PostgreSQL URL (``postgresql://login@host:5432/base?sslmode=verify-full``);
libpq's usual means give the password when the caller has none (``PGPASSWORD``,
``~/.pgpass``); otherwise the caller's ``ask_password`` is used once. libpq options in
the URL (``sslmode``, ``sslrootcert``...) are honoured as they are.
"""

from __future__ import annotations

import contextlib
import getpass
import logging
import os
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from sqlalchemy import Connection, Engine, create_engine, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, InterfaceError, OperationalError
from sqlalchemy.pool import NullPool

from ti_desktop import APP_NAME, __version__
from ti_desktop.services.sync.errors import (
    AccessRefused,
    AuthenticationFailed,
    ConnectionLost,
    NotAServer,
    PasswordRequired,
    ServerUnreachable,
    SyncError,
    VersionRefused,
)

log = logging.getLogger(__name__)

PasswordPrompt = Callable[[str], str | None]
CONNECT_TIMEOUT = 10  # seconds


@dataclass(frozen=True)
class ServerAddress:
    """Where the server is, without the password (never stored, never shown)."""

    url: URL
    password: str | None = field(default=None, repr=False, compare=False)

    @classmethod
    def parse(cls, text_url: str) -> ServerAddress:
        """Read ``postgresql://[login[:password]@]host[:port]/base[?options]``.

        Raises:
            SyncError: the text is not such an address.
        """
        text_url = text_url.strip()
        try:
            url = make_url(text_url)
        except ArgumentError:
            url = None
        if url is None or url.get_backend_name() not in ("postgresql", "postgres"):
            raise SyncError(
                f"« {text_url} » n'est pas une adresse de serveur. Exemple : "
                "postgresql://identifiant@serveur.region.fr:5432/ti_desktop?sslmode=verify-full"
            )
        if not url.database:
            raise SyncError(f"L'adresse « {text_url} » ne nomme pas de base (…:5432/ti_desktop).")
        password = url.password if url.password else None
        clean = url.set(drivername="postgresql+psycopg", password=None)
        return cls(clean, str(password) if password is not None else None)

    @classmethod
    def from_parts(
        cls,
        host: str,
        port: int,
        database: str,
        login: str,
        sslmode: str = "verify-full",
        sslrootcert: str = "",
    ) -> ServerAddress:
        """The address the window's form describes.

        Raises:
            SyncError: a required part is empty.
        """
        missing = [
            label
            for label, value in (("l'adresse du serveur", host), ("la base", database))
            if not value.strip()
        ]
        if missing:
            raise SyncError(f"Indiquez {' et '.join(missing)}.")
        query = {"sslmode": sslmode} if sslmode else {}
        if sslrootcert.strip():
            query["sslrootcert"] = sslrootcert.strip()
        url = URL.create(
            "postgresql+psycopg",
            username=login.strip() or None,
            host=host.strip(),
            port=port or None,
            database=database.strip(),
            query=query,
        )
        return cls(url)

    def option(self, name: str) -> str:
        """A libpq option of the address (``sslmode``...), or ``""``."""
        value = self.url.query.get(name, "")
        return value if isinstance(value, str) else value[0]

    @property
    def login(self) -> str:
        """The login used: the one in the address, else libpq's default."""
        return self.url.username or os.environ.get("PGUSER") or getpass.getuser()

    @property
    def host(self) -> str:
        return self.url.host or os.environ.get("PGHOST") or "localhost"

    @property
    def port(self) -> int:
        return self.url.port or int(os.environ.get("PGPORT", "5432"))

    @property
    def database(self) -> str:
        return str(self.url.database)

    def with_login(self, login: str) -> ServerAddress:
        """The same server for another login."""
        return ServerAddress(self.url.set(username=login or None), None)

    def display(self) -> str:
        """``login@host:port/base``, for messages and the status bar."""
        return f"{self.login}@{self.host}:{self.port}/{self.database}"

    def text(self) -> str:
        """The address as typed, options included, password left out."""
        return self.url.set(drivername="postgresql").render_as_string(hide_password=False)

    def keyring_key(self) -> str:
        """Name of the password's entry in the operating system's keyring."""
        return self.display()


def _message(exc: BaseException) -> str:
    original = getattr(exc, "orig", None) or exc
    return str(original).strip().splitlines()[0] if str(original).strip() else repr(original)


def _sqlstate(exc: BaseException) -> str:
    original = getattr(exc, "orig", None)
    return str(getattr(original, "sqlstate", "") or "")


def connection_error(exc: DBAPIError, address: ServerAddress) -> SyncError:
    """A French message for a failure to connect."""
    message = _message(exc)
    lowered = message.lower()
    where = address.display()
    state = _sqlstate(exc)
    if "no password supplied" in lowered:
        return PasswordRequired(
            f"Le serveur demande un mot de passe pour {where} : donnez-le par PGPASSWORD ou "
            "~/.pgpass, ou lancez la commande dans un terminal pour le saisir."
        )
    if state == "28P01" or "password authentication failed" in lowered:
        return AuthenticationFailed(
            f"Identifiant ou mot de passe refusé par le serveur ({where}). "
            "Vérifiez-les ou demandez-les au service informatique de la Région."
        )
    if state == "28000" or "pg_hba.conf" in lowered:
        return AuthenticationFailed(
            f"Le serveur refuse cette connexion ({where}) : {message}. Le service informatique "
            "doit l'autoriser (pg_hba.conf, connexion chiffrée exigée)."
        )
    if state == "42501" or "permission denied for database" in lowered:
        return AccessRefused(
            f"L'identifiant « {address.login} » n'a pas le droit de se connecter à la base "
            f"« {address.database} » : demandez au service informatique de la Région de vous "
            "accorder un accès (ti-desktop server grant)."
        )
    if state == "3D000":
        return NotAServer(f"La base « {address.database} » n'existe pas sur le serveur {where}.")
    if "certificate" in lowered or "ssl" in lowered or "tls" in lowered:
        return ServerUnreachable(
            f"Connexion chiffrée impossible avec {address.host} : {message}. Vérifiez le "
            "certificat de l'autorité (sslrootcert) et le mode (sslmode) de l'adresse."
        )
    return ServerUnreachable(
        f"Le serveur {address.host}:{address.port} ne répond pas : {message}. Vérifiez "
        "l'adresse, le port et la connexion au réseau."
    )


def operation_error(exc: DBAPIError, doing: str) -> SyncError:
    """A French message for a failure once connected (``doing``: « pendant la publication »)."""
    state = _sqlstate(exc)
    message = _message(exc)
    if state == "42501" or "row-level security" in message:
        return AccessRefused(f"Le serveur a refusé l'opération {doing} : droits insuffisants.")
    if isinstance(exc, OperationalError | InterfaceError) or state.startswith(("08", "57")):
        return ConnectionLost(
            f"La connexion au serveur a été coupée {doing} ({message}). Rien n'a été appliqué "
            "sur le serveur ni sur ce poste ; recommencez quand le réseau est revenu."
        )
    return SyncError(f"Le serveur a refusé l'opération {doing} : {message}.")


@contextlib.contextmanager
def server_errors(doing: str) -> Iterator[None]:
    """Turn driver errors raised inside into French ``SyncError``."""
    try:
        yield
    except DBAPIError as exc:
        raise operation_error(exc, doing) from exc


def _engine(address: ServerAddress, password: str | None) -> Engine:
    connect_args: dict[str, object] = {
        "connect_timeout": CONNECT_TIMEOUT,
        "application_name": f"{APP_NAME} {__version__}",
    }
    if password is not None:
        connect_args["password"] = password
    return create_engine(address.url, poolclass=NullPool, connect_args=connect_args)


def open_server(
    address: ServerAddress,
    password: str | None = None,
    *,
    ask_password: PasswordPrompt | None = None,
) -> Engine:
    """An engine on the server, after checking that a connection works.

    Args:
        address: where the server is.
        password: the password when the caller has it (the window's keyring);
            otherwise the address's own, then libpq's means.
        ask_password: called once with a prompt when the server wants a password
            that none of those gave (the CLI's prompt); None to refuse.

    Raises:
        SyncError: the server cannot be reached or refuses the login.
    """
    password = password if password is not None else address.password
    engine = _engine(address, password)
    try:
        with engine.connect():
            return engine
    except DBAPIError as exc:
        error = connection_error(exc, address)
        if not isinstance(error, PasswordRequired) or ask_password is None:
            raise error from exc
    typed = ask_password(f"Mot de passe de {address.display()} : ")
    if not typed:
        raise PasswordRequired(f"Le serveur demande un mot de passe pour {address.display()}.")
    engine = _engine(address, typed)
    try:
        with engine.connect():
            return engine
    except DBAPIError as exc:
        raise connection_error(exc, address) from exc


@dataclass(frozen=True)
class ServerAccess:
    """A server and how to log in: the address, a password if the caller has one, a prompt."""

    address: ServerAddress
    password: str | None = field(default=None, repr=False, compare=False)
    ask_password: PasswordPrompt | None = field(default=None, repr=False, compare=False)

    @classmethod
    def of(cls, url: str, ask_password: PasswordPrompt | None = None) -> ServerAccess:
        """From a typed address (its password, if any, is used and never kept)."""
        return cls(ServerAddress.parse(url), None, ask_password)

    @contextlib.contextmanager
    def engine(self) -> Iterator[Engine]:
        """An engine on the server for the length of the block (connections are not pooled)."""
        engine = open_server(self.address, self.password, ask_password=self.ask_password)
        try:
            yield engine
        finally:
            engine.dispose()


# --- versions and rights -----------------------------------------------------------------


def version_tuple(version: str) -> tuple[int, ...]:
    """``"0.10.2"`` → ``(0, 10, 2)`` (a suffix such as ``rc1`` is ignored)."""
    parts = []
    for piece in version.split("."):
        digits = "".join(ch for ch in piece if ch.isdigit())
        parts.append(int(digits or 0))
    return tuple(parts)


@dataclass(frozen=True)
class Grant:
    """One line of the access table, as the login sees it."""

    portee: str  # "territoire" or "region"
    nom: str
    territoire_id: uuid.UUID | None
    niveau: str  # "lecture" or "modification"

    def covers(self, territoire_id: uuid.UUID, nom: str, region: str) -> bool:
        """Whether this grant names the territory (by identity, name or Région)."""
        if self.portee == "region":
            return self.nom == region
        if self.territoire_id is not None:
            return self.territoire_id == territoire_id
        return self.nom == nom

    def describe(self) -> str:
        """« modification de « Vosges » », « lecture de la région « Grand Est » »."""
        what = f"la région « {self.nom} »" if self.portee == "region" else f"« {self.nom} »"
        return f"{self.niveau} de {what}"


@dataclass(frozen=True)
class ServerInfo:
    """What a connected server says of itself and of the login."""

    server_id: uuid.UUID
    revision: str
    minimum_client: str
    login: str
    grants: tuple[Grant, ...]
    encrypted: bool

    def may_edit(self, territoire_id: uuid.UUID, nom: str, region: str) -> bool:
        return any(
            g.niveau == "modification" and g.covers(territoire_id, nom, region) for g in self.grants
        )

    def may_read(self, territoire_id: uuid.UUID, nom: str, region: str) -> bool:
        return any(g.covers(territoire_id, nom, region) for g in self.grants)

    def rights_text(self) -> str:
        """The login's rights in one French sentence."""
        if not self.grants:
            return "aucun droit sur ce serveur"
        return ", ".join(grant.describe() for grant in self.grants)


def _known_revisions() -> tuple[str, list[str]]:
    from alembic.script import ScriptDirectory

    from ti_desktop.db.store import alembic_config

    scripts = ScriptDirectory.from_config(alembic_config())
    head = scripts.get_current_head()
    assert head is not None
    return head, [script.revision for script in scripts.walk_revisions()]


def check_versions(revision: str, minimum_client: str, client_version: str = __version__) -> None:
    """Refuse a server this program cannot work with, before anything is sent.

    A server at this program's schema is accepted; a newer server too, as long as it
    accepts this program's version (it keeps old clients' columns and rules); an
    older server is refused: its schema lacks what this program writes.

    Raises:
        VersionRefused: with what to do.
    """
    head, known = _known_revisions()
    if version_tuple(client_version) < version_tuple(minimum_client):
        raise VersionRefused(
            f"Ce logiciel (version {client_version}) est trop ancien pour ce serveur, qui "
            f"demande la version {minimum_client} au moins. Installez la dernière version "
            "de TI Desktop avant de publier ou de récupérer."
        )
    if revision == head or revision not in known:
        return
    raise VersionRefused(
        f"Le serveur (schéma {revision}) est plus ancien que ce logiciel (schéma {head}). "
        "Le service informatique de la Région doit le mettre à jour : "
        "ti-desktop server upgrade ADRESSE."
    )


def read_server_info(connection: Connection) -> ServerInfo:
    """Identity, versions and the login's rights; checks the versions.

    Raises:
        NotAServer: the database is not an initialised TI Desktop server.
        VersionRefused: see ``check_versions``.
    """
    exists = connection.execute(
        text(
            "SELECT to_regclass('ti_serveur') IS NOT NULL "
            "AND to_regclass('alembic_version') IS NOT NULL"
        )
    ).scalar()
    if not exists:
        raise NotAServer(
            "Cette base n'est pas un serveur TI Desktop : le service informatique doit "
            "d'abord lancer « ti-desktop server init »."
        )
    try:
        row = connection.execute(
            text(
                "SELECT s.id, s.version_client_minimale, v.version_num, session_user "
                "FROM ti_serveur s, alembic_version v"
            )
        ).one_or_none()
    except DBAPIError as exc:
        if _sqlstate(exc) == "42501":
            raise AccessRefused(
                "Cet identifiant n'a aucun droit sur ce serveur : demandez au service "
                "informatique de la Région de vous en accorder (ti-desktop server grant)."
            ) from exc
        raise
    if row is None:
        raise NotAServer("Ce serveur TI Desktop n'est pas initialisé (ti-desktop server init).")
    server_id, minimum, revision, login = row
    check_versions(str(revision), str(minimum))
    grants = tuple(
        Grant(portee, nom, territoire_id, niveau)
        for portee, nom, territoire_id, niveau in connection.execute(
            text("SELECT portee, nom, territoire_id, niveau FROM ti_mes_droits()")
        )
    )
    encrypted = bool(
        connection.execute(
            text(
                "SELECT coalesce((SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()), false)"
            )
        ).scalar()
    )
    return ServerInfo(server_id, str(revision), str(minimum), str(login), grants, encrypted)


def probe_server(access: ServerAccess) -> ServerInfo:
    """Connect, check the versions, and tell the login's rights (the window's test button)."""
    with (
        access.engine() as engine,
        engine.connect() as connection,
        server_errors("pendant le test de connexion"),
    ):
        return read_server_info(connection)
