"""Rights are the server's: row-level security with FORCE, no DELETE, an audit nobody writes."""

from __future__ import annotations

import uuid

import psycopg
import pytest
from support.sync import FicheAction, build_territory, content, fiche_id, set_values

from ti_desktop.services.sync.errors import AccessRefused
from ti_desktop.services.sync.publish import publish
from ti_desktop.services.sync.pull import pull

ALPHA = "Alpha"
BETA = "Bêta"


@pytest.fixture
def two_territories(server, laptops):
    """Alpha published by chef_a, Bêta by chef_b; each has rights on their own only."""
    a, b = laptops("a"), laptops("b")
    build_territory(a, ALPHA)
    build_territory(b, BETA)
    server.grant("chef_a", territory=ALPHA)
    server.grant("chef_b", territory=BETA)
    publish(a, server.login("chef_a"))
    publish(b, server.login("chef_b"))
    return a, b


def test_a_login_of_territory_b_cannot_read_territory_a(server, two_territories, laptops):
    _a, b = two_territories
    with pytest.raises(AccessRefused, match="« Alpha »"):
        pull(b, server.login("chef_b"), territories=[ALPHA])
    report = pull(laptops("c"), server.login("chef_b"))
    assert report.territories == [BETA]
    with server.connect("chef_b") as connection:
        names = [r[0] for r in connection.execute("SELECT nom FROM territoire")]
        fiches = connection.execute(
            "SELECT count(*) FROM fiche_action f JOIN territoire t ON t.id = f.territoire_id"
        ).fetchone()
        journal = connection.execute("SELECT DISTINCT territoire_id FROM ti_journal").fetchall()
    assert names == [BETA]
    assert fiches == (3,)
    beta_id = server.scalar("SELECT id FROM territoire WHERE nom = %s", BETA)
    assert {row[0] for row in journal} <= {beta_id, None}


def test_a_login_of_territory_b_cannot_write_territory_a(server, two_territories):
    a, b = two_territories
    # a laptop of chef_b holding Alpha (say, from an e-mailed workbook) is refused before sending
    build_territory(b, "Gamma")
    with pytest.raises(AccessRefused, match="« Gamma »"):
        publish(b, server.login("chef_b"))

    alpha_fiche = fiche_id(a, "1.1")
    alpha_id = server.scalar("SELECT id FROM territoire WHERE nom = %s", ALPHA)
    with server.connect("chef_b") as connection:
        updated = connection.execute(
            "UPDATE fiche_action SET intitule = 'piraté' WHERE id = %s", [alpha_fiche]
        ).rowcount
        assert updated == 0  # invisible rows are not updated
        with pytest.raises(psycopg.errors.InsufficientPrivilege, match="row-level security"):
            connection.execute(
                "INSERT INTO fiche_action (id, territoire_id, numero, intitule, enjeu_local, "
                "maitre_ouvrage, contact, description, objectifs, partenaires, localisation, "
                "demande_simplification, notes_privees, position, created_at, updated_at) "
                "VALUES (%s, %s, '9.9', 'intrus', '', '', '', '', '', '', '', '', '', 0, "
                "now(), now())",
                [uuid.uuid4(), alpha_id],
            )
    assert server.scalar("SELECT intitule FROM fiche_action WHERE id = %s", alpha_fiche) == (
        "Action 1 de Alpha"
    )


def test_nobody_deletes_nor_writes_the_audit(server, two_territories):
    a, _b = two_territories
    fiche = fiche_id(a, "1.1")
    with server.connect("chef_a") as connection:
        for statement in (
            "DELETE FROM fiche_action",
            "TRUNCATE fiche_action",
            "INSERT INTO ti_journal (table_nom, ligne_id, operation, revision, nouveau, login, "
            "horodatage) VALUES ('x', gen_random_uuid(), 'x', 1, '{}', 'x', now())",
            "UPDATE ti_journal SET login = 'personne'",
            "DELETE FROM ti_journal",
            "UPDATE ti_acces SET niveau = 'modification'",
            "INSERT INTO ti_publication (lot, login, appareil, version_client) "
            "VALUES (gen_random_uuid(), 'x', 'x', 'x')",
        ):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                connection.execute(statement)
        # the sync columns cannot be forged: the server sets them
        connection.execute(
            "UPDATE fiche_action SET sync_revision = 100, sync_modifie_par = 'faussaire', "
            "intitule = 'direct' WHERE id = %s",
            [fiche],
        )
    revision, author = server.rows(
        "SELECT sync_revision, sync_modifie_par FROM fiche_action WHERE id = %s", fiche
    )[0]
    assert (revision, author) == (2, "chef_a")
    logged = server.rows(
        "SELECT login, operation, lot FROM ti_journal WHERE ligne_id = %s ORDER BY id", fiche
    )
    assert [row[:2] for row in logged] == [("chef_a", "creation"), ("chef_a", "modification")]
    assert logged[1][2] is None  # a direct change belongs to no publication


def test_a_read_grant_on_the_region_reads_everything_and_publishes_nothing(
    server, two_territories, laptops
):
    a, _b = two_territories
    server.execute("UPDATE territoire SET region = 'Grand Est'")  # both in one Région
    server.grant("officier_ge", region="Grand Est", level="read")
    officer = laptops("region")
    report = pull(officer, server.login("officier_ge"), region="grand est")
    assert report.territories == [ALPHA, BETA]
    assert len(content(officer)["fiche_action"]) == 6
    set_values(officer, FicheAction, fiche_id(officer, "1.1", ALPHA), intitule="Retouche")
    with pytest.raises(AccessRefused, match="lecture de la région « Grand Est »"):
        publish(officer, server.login("officier_ge"))
    with pytest.raises(AccessRefused):
        pull(laptops("x"), server.login("sans_droit"))
