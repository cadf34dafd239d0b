"""The server's audit: exactly the changes applied, by whom, when, in which publication."""

from __future__ import annotations

from datetime import date, timedelta

from support.sync import FicheAction, build_territory, delete_row, fiche_id, set_values

from ti_desktop.services.sync.journal import log_lines, server_log
from ti_desktop.services.sync.local import pending_changes
from ti_desktop.services.sync.publish import publish

ALPHA = "Alpha"


def journal(server, lot):
    return server.rows(
        "SELECT table_nom, ligne_id, operation, login, ancien, nouveau FROM ti_journal "
        "WHERE lot = %s ORDER BY id",
        lot,
    )


def test_audit_rows_are_exactly_the_changes_applied(server, laptops):
    server.grant("chef_a", territory=ALPHA)
    a = laptops("a")
    build_territory(a, ALPHA)
    with a.engine.connect() as local:
        sent = pending_changes(local)[0]
    first = publish(a, server.login("chef_a"))
    rows = journal(server, first.lot_id)
    assert sorted((r[0], r[1], r[2]) for r in rows) == sorted(
        (c.table, c.id, "creation") for c in sent
    )
    assert {r[3] for r in rows} == {"chef_a"}
    fiche = next(r for r in rows if r[0] == "fiche_action" and r[5]["numero"] == "1.1")
    assert fiche[4] is None and fiche[5]["intitule"] == "Action 1 de Alpha"
    assert "sync_revision" not in fiche[5] and fiche[5]["notes_privees"] == ""

    edited, deleted = fiche_id(a, "1.1"), fiche_id(a, "1.2")
    set_values(a, FicheAction, edited, intitule="Nouvel intitulé")
    delete_row(a, FicheAction, deleted)
    second = publish(a, server.login("chef_a"))
    rows = journal(server, second.lot_id)
    operations = sorted((r[0], r[2]) for r in rows)
    assert operations == [
        ("fiche_action", "modification"),
        ("fiche_action", "suppression"),
        ("indicateur", "suppression"),
        ("ligne_financement", "suppression"),
        ("ligne_financement", "suppression"),
    ]
    modification = next(r for r in rows if r[2] == "modification")
    assert modification[1] == edited
    assert (modification[4]["intitule"], modification[5]["intitule"]) == (
        "Action 1 de Alpha",
        "Nouvel intitulé",
    )
    counts = server.rows(
        "SELECT login, creations, modifications, suppressions, appareil, version_client "
        "FROM ti_publication WHERE lot = %s",
        second.lot_id,
    )[0]
    assert counts[:4] == ("chef_a", 0, 1, 4)
    assert counts[4] and counts[5]
    assert server.scalar("SELECT count(*) FROM ti_journal") == len(sent) + 5


def test_the_log_tells_publications_and_changes(server, laptops):
    server.grant("chef_a", territory=ALPHA)
    server.grant("chef_b", territory="Bêta")
    a, b = laptops("a"), laptops("b")
    build_territory(a, ALPHA, fiches=1)
    build_territory(b, "Bêta", fiches=1)
    publish(a, server.login("chef_a"))
    publish(b, server.login("chef_b"))
    set_values(a, FicheAction, fiche_id(a, "1.1"), intitule="Titre changé")
    publish(a, server.login("chef_a"))

    text = "\n".join(log_lines(server_log(server.owner, territory="alpha")))
    assert "chef_a" in text and "chef_b" not in text
    assert "0 ajout(s), 1 modification(s), 0 suppression(s)" in text
    assert "modification : fiche-action « 1.1 Titre changé »" in text
    assert "Intitulé : « Action 1 de Alpha » → « Titre changé »" in text
    # a login reads its territories' log only
    own = "\n".join(log_lines(server_log(server.login("chef_b"))))
    assert "Bêta" in own and "Titre changé" not in own
    assert server_log(server.owner, since=date.today() + timedelta(days=1)) == []
