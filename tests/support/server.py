"""A regional server for the sync tests, on the throw-away cluster of ``.ci/postgres.sh``.

``TI_TEST_PG_ADMIN_URL`` names the cluster's superuser; ``TI_TEST_PG_URL`` the same server
without a login. The schema is created once per run in a template database (as the
IT department would: a non-superuser owner runs ``server init``); each test gets a
copy, and logins with passwords (cluster-wide, created once).
"""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import psycopg
import pytest
from psycopg import sql
from sqlalchemy.engine import make_url

from ti_desktop.db.store import Database, open_database
from ti_desktop.services.sync import server_admin
from ti_desktop.services.sync.connection import ServerAccess

ADMIN_ENV = "TI_TEST_PG_ADMIN_URL"
BASE_ENV = "TI_TEST_PG_URL"
OWNER = "ti_test_proprietaire"
TEMPLATE = "ti_test_modele"
PASSWORD = "mot-de-passe-de-test"
LOGINS = ("chef_a", "chef_b", "officier_ge", "lecteur_ge", "sans_droit")


def cluster_urls() -> tuple[str, str]:
    """The superuser's and the server's URLs; skips (fails in CI) when there is no cluster."""
    admin, base = os.environ.get(ADMIN_ENV), os.environ.get(BASE_ENV)
    if not admin or not base:
        if os.environ.get("CI"):
            pytest.fail(f"{ADMIN_ENV} et {BASE_ENV} manquent : .ci/run démarre le serveur de test")
        pytest.skip(f"pas de serveur PostgreSQL de test ({ADMIN_ENV})")
    return admin, base


def libpq(url: str) -> str:
    """A SQLAlchemy-style URL as psycopg reads it."""
    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


def url_for(base: str, login: str, database: str, password: str | None = PASSWORD) -> str:
    """``postgresql://login:password@host:port/database?tls-options``."""
    url = make_url(base).set(username=login, password=password, database=database)
    return url.render_as_string(hide_password=False)


def superuser(admin: str, database: str = "postgres") -> psycopg.Connection:
    url = make_url(admin).set(database=database).render_as_string(hide_password=False)
    return psycopg.connect(libpq(url), autocommit=True)


def ensure_roles(admin: str) -> None:
    """The owner (CREATEROLE, as docs/serveur.md says) and the test logins."""
    with superuser(admin) as connection:
        for role, options in [
            (OWNER, "LOGIN CREATEROLE CREATEDB"),
            *[(r, "LOGIN") for r in LOGINS],
        ]:
            exists = connection.execute(
                "SELECT 1 FROM pg_roles WHERE rolname = %s", [role]
            ).fetchone()
            verb = "ALTER" if exists else "CREATE"
            connection.execute(
                sql.SQL("{} ROLE {} {} PASSWORD {}").format(
                    sql.SQL(verb), sql.Identifier(role), sql.SQL(options), sql.Literal(PASSWORD)
                )
            )


def create_template(admin: str, base: str) -> None:
    """The template database, created by its owner with ``server init``."""
    with superuser(admin) as connection:
        connection.execute(
            sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(TEMPLATE))
        )
        connection.execute(
            sql.SQL("CREATE DATABASE {} OWNER {}").format(
                sql.Identifier(TEMPLATE), sql.Identifier(OWNER)
            )
        )
    server_admin.init_server(ServerAccess.of(url_for(base, OWNER, TEMPLATE)))


@dataclass
class TestServer:
    """One test's server database, with helpers to act as its IT department."""

    admin: str
    base: str
    database: str

    def login(self, login: str, password: str | None = PASSWORD) -> ServerAccess:
        return ServerAccess.of(url_for(self.base, login, self.database, password))

    def url(self, login: str, password: str | None = PASSWORD) -> str:
        return url_for(self.base, login, self.database, password)

    @property
    def owner(self) -> ServerAccess:
        return self.login(OWNER)

    def grant(
        self,
        login: str,
        *,
        territory: str | None = None,
        region: str | None = None,
        level: str = "edit",
    ) -> None:
        server_admin.grant_access(
            self.owner,
            login,
            territories=[territory] if territory else None,
            region=region,
            level=level,
        )

    def connect(self, login: str = OWNER) -> psycopg.Connection:
        return psycopg.connect(libpq(self.url(login)), autocommit=True)

    def superuser(self) -> psycopg.Connection:
        return superuser(self.admin, self.database)

    def scalar(self, query: str, *params: object) -> object:
        with self.superuser() as connection:
            row = connection.execute(query, list(params)).fetchone()
            return None if row is None else row[0]

    def execute(self, query: str, *params: object) -> None:
        """A statement as the cluster's superuser (bypassing every right)."""
        with self.superuser() as connection:
            connection.execute(query, list(params))

    def rows(self, query: str, *params: object) -> list[tuple[object, ...]]:
        with self.superuser() as connection:
            return list(connection.execute(query, list(params)).fetchall())


def new_server(admin: str, base: str) -> Iterator[TestServer]:
    """A fresh server database copied from the template; dropped afterwards."""
    name = f"ti_test_{uuid.uuid4().hex[:12]}"
    with superuser(admin) as connection:
        connection.execute(
            sql.SQL("CREATE DATABASE {} TEMPLATE {} OWNER {}").format(
                sql.Identifier(name), sql.Identifier(TEMPLATE), sql.Identifier(OWNER)
            )
        )
    server = TestServer(admin, base, name)
    # database-level rights live outside the copied catalog: grant them again
    with server.owner.engine() as engine, engine.begin() as connection:
        server_admin.grant_application_rights(connection, server_admin.DEFAULT_GROUP)
    try:
        yield server
    finally:
        with superuser(admin) as connection:
            connection.execute(
                sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))
            )


def laptop(template: Path, folder: Path, name: str) -> Database:
    """A laptop's file: a fresh migrated database."""
    path = folder / f"{name}.tidb"
    shutil.copyfile(template, path)
    return open_database(path)
