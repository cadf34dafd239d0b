"""The IT department's commands: create and upgrade the server's schema, grant access.

They run with the login that owns the database (``docs/serveur.md``). The schema is
created by the same Alembic migrations as a laptop's file; the application role (a
PostgreSQL group every person's login joins) gets SELECT, INSERT and UPDATE on the
synchronised tables, never DELETE or TRUNCATE, and nothing on the access table or the
audit beyond reading it through row-level security.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass

from sqlalchemy import Connection, text

from ti_desktop import __version__
from ti_desktop.db.server import ddl
from ti_desktop.db.sync_tracking import SYNCHRONISED_TABLES
from ti_desktop.db.vocabulary import fold
from ti_desktop.services.sync.connection import ServerAccess, server_errors, version_tuple
from ti_desktop.services.sync.errors import NotAServer, SyncError, VersionRefused

DEFAULT_GROUP = "ti_desktop_utilisateurs"
LEVELS = {"read": "lecture", "edit": "modification"}


def _quote(connection: Connection, name: str) -> str:
    return connection.dialect.identifier_preparer.quote(name)


def _user_tables(connection: Connection) -> list[str]:
    return list(
        connection.scalars(
            text(
                "SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                "WHERE c.relkind IN ('r', 'p', 'v', 'm', 'f') AND n.nspname = current_schema() "
                "ORDER BY 1"
            )
        )
    )


def _migrate(connection: Connection) -> None:
    from alembic import command

    from ti_desktop.db.store import alembic_config

    config = alembic_config()
    config.attributes["connection"] = connection
    command.upgrade(config, "head")


def grant_application_rights(connection: Connection, group: str) -> None:
    """Give the application role what it needs, and nothing more (idempotent)."""
    role = _quote(connection, group)
    exists = connection.scalar(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": group})
    if not exists:
        connection.execute(text(f"CREATE ROLE {role} NOLOGIN"))
    database = _quote(connection, str(connection.scalar(text("SELECT current_database()"))))
    connection.execute(text(f"REVOKE ALL ON DATABASE {database} FROM PUBLIC"))
    connection.execute(text(f"GRANT CONNECT ON DATABASE {database} TO {role}"))
    connection.execute(text(f"GRANT USAGE ON SCHEMA public TO {role}"))
    synchronised = ", ".join(SYNCHRONISED_TABLES)
    connection.execute(text(f"REVOKE ALL ON {synchronised} FROM PUBLIC"))
    connection.execute(text(f"GRANT SELECT, INSERT, UPDATE ON {synchronised} TO {role}"))
    connection.execute(
        text(f"GRANT SELECT ON ti_journal, ti_publication, ti_serveur, alembic_version TO {role}")
    )
    connection.execute(text(f"GRANT USAGE ON SEQUENCE ti_seq TO {role}"))
    connection.execute(text("REVOKE ALL ON ALL FUNCTIONS IN SCHEMA public FROM PUBLIC"))
    for function in ddl.APPLICATION_FUNCTIONS + ddl.POLICY_FUNCTIONS:
        connection.execute(text(f"GRANT EXECUTE ON FUNCTION {function} TO {role}"))


@dataclass(frozen=True)
class InitReport:
    server_id: uuid.UUID
    revision: str
    group: str

    def summary(self) -> str:
        return (
            f"Serveur TI Desktop créé (schéma {self.revision}, identifiant {self.server_id}). "
            f"Les personnes accèdent par le rôle « {self.group} » : accordez-leur un droit avec "
            "ti-desktop server grant."
        )


def init_server(access: ServerAccess, *, group: str = DEFAULT_GROUP) -> InitReport:
    """Create the schema on an empty database; refuse a database holding other tables."""
    if not re.fullmatch(r"[a-z_][a-z0-9_]{0,62}", group):
        raise SyncError(f"Nom de rôle « {group} » invalide (lettres minuscules, chiffres, _).")
    with access.engine() as engine:
        with engine.begin() as connection, server_errors("pendant la création du serveur"):
            tables = _user_tables(connection)
            if "ti_serveur" in tables:
                raise SyncError(
                    f"La base « {access.address.database} » est déjà un serveur TI Desktop : "
                    "pour la "
                    "mettre à jour, utilisez ti-desktop server upgrade."
                )
            if tables:
                shown = ", ".join(tables[:5]) + (" …" if len(tables) > 5 else "")
                raise SyncError(
                    f"La base « {access.address.database} » contient déjà {len(tables)} table(s) "
                    f"({shown}) : choisissez une base vide (createdb -O PROPRIETAIRE ti_desktop). "
                    "Rien n'a été modifié."
                )
            _migrate(connection)
            server_id = uuid.uuid4()
            connection.execute(
                text(
                    "INSERT INTO ti_serveur (id, version_client_minimale, groupe) "
                    "VALUES (:i, :v, :g)"
                ),
                {"i": server_id, "v": __version__, "g": group},
            )
            grant_application_rights(connection, group)
            revision = str(connection.scalar(text("SELECT version_num FROM alembic_version")))
        return InitReport(server_id, revision, group)


def _server_row(connection: Connection) -> tuple[uuid.UUID, str, str]:
    if "ti_serveur" not in _user_tables(connection):
        raise NotAServer(
            "Cette base n'est pas un serveur TI Desktop : créez-le avec ti-desktop server init."
        )
    row = connection.execute(
        text("SELECT id, version_client_minimale, groupe FROM ti_serveur")
    ).one()
    return row[0], str(row[1]), str(row[2])


def upgrade_server(access: ServerAccess, *, minimum_client: str | None = None) -> str:
    """Migrate the server's schema to this program's; optionally raise the oldest client."""
    from ti_desktop.services.sync.connection import _known_revisions

    head, known = _known_revisions()
    with access.engine() as engine:
        with engine.begin() as connection, server_errors("pendant la mise à jour du serveur"):
            _server_id, minimum, group = _server_row(connection)
            revision = str(connection.scalar(text("SELECT version_num FROM alembic_version")))
            if revision not in known:
                raise VersionRefused(
                    f"Le serveur (schéma {revision}) est plus récent que ce logiciel : mettez à "
                    "jour TI Desktop sur ce poste avant de lancer la mise à jour."
                )
            _migrate(connection)
            grant_application_rights(connection, group)
            if minimum_client is not None:
                version_tuple(minimum_client)
                connection.execute(
                    text("UPDATE ti_serveur SET version_client_minimale = :v"),
                    {"v": minimum_client},
                )
                minimum = minimum_client
        before = f"schéma {revision}" if revision != head else f"déjà au schéma {head}"
        return (
            f"Serveur à jour ({before} → {head}) ; version minimale des postes acceptée : "
            f"{minimum}."
        )


@dataclass(frozen=True)
class AccessLine:
    login: str
    portee: str
    nom: str
    niveau: str
    bound: bool

    def describe(self) -> str:
        what = f"région « {self.nom} »" if self.portee == "region" else f"territoire « {self.nom} »"
        note = "" if self.bound or self.portee == "region" else " (pas encore publié)"
        return f"{self.login} : {self.niveau} du {what}{note}"


def _resolve_names(
    connection: Connection, column: str, names: list[str]
) -> list[tuple[str, uuid.UUID | None, bool]]:
    """Each name as the server spells it (ignoring case and accents), if it is there."""
    rows = connection.execute(
        text(f"SELECT DISTINCT {column}, id FROM ti_repertoire WHERE NOT efface")
    ).all()
    resolved = []
    for name in names:
        found = [(str(r[0]), r[1]) for r in rows if fold(str(r[0])) == fold(name)]
        if found:
            resolved.append((found[0][0], found[0][1] if column == "nom" else None, True))
        else:
            resolved.append((name.strip(), None, False))
    return resolved


def grant_access(
    access: ServerAccess,
    login: str,
    *,
    territories: list[str] | None = None,
    region: str | None = None,
    level: str,
) -> list[str]:
    """Let ``login`` read or edit territories (by name) or a whole Région. Returns report lines."""
    if level not in LEVELS:
        raise SyncError("Niveau inconnu : --level read (lecture) ou --level edit (modification).")
    if not territories and not region:
        raise SyncError("Précisez --territory NOM (répétable) ou --region NOM.")
    with access.engine() as engine:
        with engine.begin() as connection, server_errors("pendant l'attribution des droits"):
            _server_id, _minimum, group = _server_row(connection)
            can_login = connection.scalar(
                text("SELECT rolcanlogin FROM pg_roles WHERE rolname = :r"), {"r": login}
            )
            if can_login is None:
                raise SyncError(
                    f"L'identifiant « {login} » n'existe pas sur le serveur. Créez-le d'abord "
                    f"avec son mot de passe : sudo -u postgres createuser --pwprompt {login}"
                )
            connection.execute(
                text(f"GRANT {_quote(connection, group)} TO {_quote(connection, login)}")
            )
            if region:
                targets = [
                    ("region", *item) for item in _resolve_names(connection, "region", [region])
                ]
            else:
                targets = [
                    ("territoire", *item)
                    for item in _resolve_names(connection, "nom", list(territories or []))
                ]
            lines = []
            for portee, nom, territoire_id, known in targets:
                connection.execute(
                    text(
                        "INSERT INTO ti_acces (login, portee, nom, territoire_id, niveau) "
                        "VALUES (:login, :portee, :nom, :tid, :niveau) "
                        "ON CONFLICT (login, portee, nom) DO UPDATE SET niveau = EXCLUDED.niveau, "
                        "territoire_id = coalesce(EXCLUDED.territoire_id, ti_acces.territoire_id), "
                        "accorde_le = now(), accorde_par = session_user"
                    ),
                    {
                        "login": login,
                        "portee": portee,
                        "nom": nom,
                        "tid": territoire_id,
                        "niveau": LEVELS[level],
                    },
                )
                what = f"la région « {nom} »" if portee == "region" else f"« {nom} »"
                line = f"Accordé à {login} : {LEVELS[level]} de {what}."
                if not known:
                    line += (
                        " (Aucun territoire de ce nom sur le serveur pour l'instant : le droit "
                        "s'appliquera dès sa première publication sous ce nom exact.)"
                    )
                lines.append(line)
            if not can_login:
                lines.append(f"Attention : « {login} » ne peut pas se connecter (rôle sans LOGIN).")
        return lines


def revoke_access(
    access: ServerAccess,
    login: str,
    *,
    territories: list[str] | None = None,
    region: str | None = None,
) -> str:
    """Remove grants (all of the login's when no territory nor Région is named)."""
    with access.engine() as engine:
        with engine.begin() as connection, server_errors("pendant le retrait des droits"):
            _server_id, _minimum, group = _server_row(connection)
            if region:
                removed = connection.execute(
                    text(
                        "DELETE FROM ti_acces WHERE login = :l AND portee = 'region' "
                        "AND lower(nom) = lower(:n)"
                    ),
                    {"l": login, "n": region},
                ).rowcount
            elif territories:
                removed = 0
                for name in territories:
                    removed += connection.execute(
                        text(
                            "DELETE FROM ti_acces WHERE login = :l AND portee = 'territoire' "
                            "AND lower(nom) = lower(:n)"
                        ),
                        {"l": login, "n": name},
                    ).rowcount
            else:
                removed = connection.execute(
                    text("DELETE FROM ti_acces WHERE login = :l"), {"l": login}
                ).rowcount
            left = connection.scalar(
                text("SELECT count(*) FROM ti_acces WHERE login = :l"), {"l": login}
            )
            if not left and connection.scalar(
                text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": login}
            ):
                connection.execute(
                    text(f"REVOKE {_quote(connection, group)} FROM {_quote(connection, login)}")
                )
        return f"{removed} droit(s) retiré(s) à {login}" + (
            " (plus aucun accès)." if not left else "."
        )


def list_access(access: ServerAccess) -> list[AccessLine]:
    """Every grant, by login."""
    with (
        access.engine() as engine,
        engine.connect() as connection,
        server_errors("pendant la lecture des droits"),
    ):
        _server_row(connection)
        return [
            AccessLine(str(r[0]), str(r[1]), str(r[2]), str(r[3]), r[4] is not None)
            for r in connection.execute(
                text(
                    "SELECT login, portee, nom, niveau, territoire_id FROM ti_acces "
                    "ORDER BY login, portee, nom"
                )
            )
        ]
