"""The IT department's side: creating the server, logins and rights, TLS, passwords."""

from __future__ import annotations

import uuid

import pytest
from psycopg import sql
from support.server import OWNER, PASSWORD, superuser, url_for
from support.sync import build_territory

from ti_desktop.db.store import head_revision
from ti_desktop.services.sync import server_admin
from ti_desktop.services.sync.connection import ServerAccess, probe_server
from ti_desktop.services.sync.errors import (
    AuthenticationFailed,
    PasswordRequired,
    ServerUnreachable,
    SyncError,
)
from ti_desktop.services.sync.publish import publish


@pytest.fixture
def empty_database(cluster):
    admin, base = cluster
    name = f"ti_vide_{uuid.uuid4().hex[:10]}"
    with superuser(admin) as connection:
        connection.execute(
            sql.SQL("CREATE DATABASE {} OWNER {}").format(
                sql.Identifier(name), sql.Identifier(OWNER)
            )
        )
    yield url_for(base, OWNER, name)
    with superuser(admin) as connection:
        connection.execute(sql.SQL("DROP DATABASE {} WITH (FORCE)").format(sql.Identifier(name)))


def test_init_creates_the_schema_once(empty_database):
    access = ServerAccess.of(empty_database)
    report = server_admin.init_server(access)
    assert report.revision == head_revision()
    assert "server grant" in report.summary()
    with pytest.raises(SyncError, match="déjà un serveur TI Desktop"):
        server_admin.init_server(access)
    assert "Serveur à jour" in server_admin.upgrade_server(access, minimum_client="0.1.0")


def test_init_refuses_a_database_holding_other_tables(empty_database):
    import psycopg
    from support.server import libpq

    with psycopg.connect(libpq(empty_database), autocommit=True) as connection:
        connection.execute("CREATE TABLE factures (id int)")
    with pytest.raises(SyncError, match=r"contient déjà 1 table\(s\) \(factures\)"):
        server_admin.init_server(ServerAccess.of(empty_database))
    with psycopg.connect(libpq(empty_database), autocommit=True) as connection:
        tables = [
            r[0]
            for r in connection.execute(
                "SELECT tablename FROM pg_tables WHERE schemaname = 'public'"
            )
        ]
    assert tables == ["factures"]


def test_a_grant_made_before_the_first_publication_follows_the_territory(server, laptops):
    lines = server_admin.grant_access(server.owner, "chef_a", territories=["Nouveau"], level="edit")
    assert "s'appliquera dès sa première publication" in lines[0]
    laptop = laptops("a")
    build_territory(laptop, "Nouveau", fiches=1)
    publish(laptop, server.login("chef_a"))
    (line,) = server_admin.list_access(server.owner)
    assert line.describe() == "chef_a : modification du territoire « Nouveau »"
    # a rename keeps the right: it is bound to the territory, not to its name
    server.execute("UPDATE territoire SET nom = 'Nouveau nom'")
    assert server.scalar("SELECT nom FROM ti_acces") == "Nouveau nom"
    info = probe_server(server.login("chef_a"))
    assert info.rights_text() == "modification de « Nouveau nom »"


def test_grants_are_matched_ignoring_case_and_accents_and_can_be_revoked(server, laptops):
    server.grant("chef_a", territory="Bêta")
    laptop = laptops("a")
    build_territory(laptop, "Bêta", region="Grand Est", fiches=1)
    publish(laptop, server.login("chef_a"))
    lines = server_admin.grant_access(server.owner, "lecteur_ge", region="grand est", level="read")
    assert lines == ["Accordé à lecteur_ge : lecture de la région « Grand Est »."]
    assert (
        probe_server(server.login("lecteur_ge")).rights_text()
        == "lecture de la région « Grand Est »"
    )
    assert "1 droit(s) retiré(s)" in server_admin.revoke_access(server.owner, "lecteur_ge")
    with pytest.raises(SyncError):  # no right left: not even a connection
        probe_server(server.login("lecteur_ge"))
    with pytest.raises(SyncError, match="createuser --pwprompt inconnu"):
        server_admin.grant_access(server.owner, "inconnu", territories=["Bêta"], level="read")


def test_the_connection_is_encrypted_and_checked(server, monkeypatch):
    server.grant("chef_a", region="Grand Est", level="read")
    assert probe_server(server.login("chef_a")).encrypted
    plain = server.url("chef_a").replace("sslmode=verify-full", "sslmode=disable")
    with pytest.raises(AuthenticationFailed, match="pg_hba.conf"):
        probe_server(ServerAccess.of(plain))
    unknown_authority = server.url("chef_a").replace("ca.crt", "server.crt")
    with pytest.raises(ServerUnreachable, match="chiffrée"):
        probe_server(ServerAccess.of(unknown_authority))


def test_passwords_come_from_libpq_or_the_prompt(server, monkeypatch):
    server.grant("chef_a", region="Grand Est", level="read")
    without = ServerAccess.of(server.url("chef_a", password=None))
    monkeypatch.delenv("PGPASSWORD", raising=False)
    monkeypatch.setenv("PGPASSFILE", "/nonexistent")
    with pytest.raises(PasswordRequired, match="demande un mot de passe"):
        probe_server(without)
    monkeypatch.setenv("PGPASSWORD", PASSWORD)
    assert probe_server(without).login == "chef_a"
    monkeypatch.delenv("PGPASSWORD")
    asked = []
    prompted = ServerAccess(without.address, None, lambda text: asked.append(text) or PASSWORD)
    assert probe_server(prompted).login == "chef_a"
    assert asked == [f"Mot de passe de {without.address.display()} : "]
    wrong = ServerAccess(without.address, "pas le bon")
    with pytest.raises(AuthenticationFailed, match="mot de passe refusé"):
        probe_server(wrong)


def test_row_security_is_forced_and_a_restored_dump_works_after_upgrade(server, laptops, tmp_path):
    forced = server.rows(
        "SELECT relname FROM pg_class WHERE relforcerowsecurity AND relkind = 'r' ORDER BY 1"
    )
    assert {r[0] for r in forced} == {
        "axe", "contrat", "enjeu_local", "etat_avancement", "fiche_action", "financeur",
        "indicateur", "ligne_financement", "signataire", "statut_financement", "territoire",
    }  # fmt: skip
    server.grant("chef_a", territory="Alpha")
    laptop = laptops("a")
    build_territory(laptop, "Alpha", fiches=1)
    publish(laptop, server.login("chef_a"))

    import os
    import subprocess

    from sqlalchemy.engine import make_url
    from support.server import TestServer, libpq

    bin_dir = os.environ.get("TI_TEST_PG_BIN", "/usr/lib/postgresql/15/bin")
    dump = tmp_path / "ti.dump"
    source = libpq(make_url(server.admin).set(database=server.database).render_as_string(False))
    subprocess.run([f"{bin_dir}/pg_dump", "--format=custom", f"--file={dump}", source], check=True)
    restored = TestServer(server.admin, server.base, server.database + "_r")
    with superuser(server.admin) as connection:
        connection.execute(
            sql.SQL("CREATE DATABASE {} OWNER {}").format(
                sql.Identifier(restored.database), sql.Identifier(OWNER)
            )
        )
    try:
        target = libpq(
            make_url(server.admin).set(database=restored.database).render_as_string(False)
        )
        subprocess.run([f"{bin_dir}/pg_restore", f"--dbname={target}", str(dump)], check=True)
        server_admin.upgrade_server(restored.owner)  # gives the users their connection back
        from ti_desktop.services.sync.pull import pull

        report = pull(laptops("b"), restored.login("chef_a"))
        assert report.territories == ["Alpha"] and report.created > 0
    finally:
        with superuser(server.admin) as connection:
            connection.execute(
                sql.SQL("DROP DATABASE {} WITH (FORCE)").format(sql.Identifier(restored.database))
            )


def test_the_server_schema_goes_down_and_up_again(server):
    from alembic import command

    from ti_desktop.db.store import alembic_config

    config = alembic_config()
    with server.owner.engine() as engine:
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.downgrade(config, "0002")
        assert server.scalar("SELECT to_regclass('ti_journal')") is None
        assert server.scalar("SELECT count(*) FROM pg_policy") == 0
        assert server.scalar(KEY_KIND) == "u"
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, "head")
    assert server.scalar("SELECT to_regclass('ti_journal')") is not None
    assert server.scalar(KEY_KIND) == "x"  # unique among live rows, checked at commit


KEY_KIND = (
    "SELECT contype FROM pg_constraint WHERE conname = 'uq_fiche_action_territoire_id_numero'"
)
