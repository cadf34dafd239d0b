"""Versions are checked before anything is sent; revisions decide, never laptops' clocks."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from support.sync import FicheAction, build_territory, content, fiche_id, fiche_values, set_values

from ti_desktop import __version__
from ti_desktop.db import base
from ti_desktop.services.sync.conflicts import list_conflicts
from ti_desktop.services.sync.connection import probe_server
from ti_desktop.services.sync.errors import PublicationRefused, VersionRefused
from ti_desktop.services.sync.publish import publish
from ti_desktop.services.sync.pull import pull

ALPHA = "Alpha"


@pytest.fixture
def shared(server, laptops):
    a, b = laptops("a"), laptops("b")
    build_territory(a, ALPHA)
    server.grant("chef_a", territory=ALPHA)
    server.grant("chef_b", territory=ALPHA)
    publish(a, server.login("chef_a"))
    pull(b, server.login("chef_b"))
    return a, b


class _HourAhead(datetime):
    @classmethod
    def now(cls, tz=None):  # type: ignore[override]
        return datetime.now(tz) + timedelta(hours=1)


def test_a_laptop_clock_an_hour_ahead_does_not_win(server, shared, monkeypatch):
    a, b = shared
    fiche = fiche_id(a, "1.1")
    set_values(b, FicheAction, fiche, intitule="B, à l'heure")
    publish(b, server.login("chef_b"))
    monkeypatch.setattr(base, "datetime", _HourAhead)  # laptop A's clock is wrong
    set_values(a, FicheAction, fiche, intitule="A, une heure d'avance")
    monkeypatch.undo()
    with a.reader() as session:
        assert session.get(FicheAction, fiche).updated_at > datetime.now(base.UTC)

    # A's later-looking timestamp changes nothing: its revision is stale
    with pytest.raises(PublicationRefused):
        publish(a, server.login("chef_a"))
    pull(a, server.login("chef_a"))
    (conflict,) = list_conflicts(a)
    assert conflict.nature == "modification"
    # when the server's version was made, by the server's clock
    assert abs(conflict.when - datetime.now(base.UTC)) < timedelta(minutes=5)
    assert fiche_values(a, fiche)["intitule"] == "A, une heure d'avance"  # never overwritten


def test_the_laptop_ahead_publishing_first_does_not_hide_a_later_edit(server, shared, monkeypatch):
    a, b = shared
    fiche = fiche_id(a, "1.2")
    monkeypatch.setattr(base, "datetime", _HourAhead)
    set_values(a, FicheAction, fiche, intitule="A en avance")
    monkeypatch.undo()
    publish(a, server.login("chef_a"))
    set_values(b, FicheAction, fiche, cout_total_ht=None)  # B edits after, with an earlier clock
    with pytest.raises(PublicationRefused):
        publish(b, server.login("chef_b"))
    pull(b, server.login("chef_b"))
    assert [c.nature for c in list_conflicts(b)] == ["modification"]


def test_a_server_newer_than_the_client_accepts_it(server, shared):
    a, b = shared
    # the server moved on: a later revision with a column this client does not know
    server.execute("ALTER TABLE fiche_action ADD COLUMN priorite text NOT NULL DEFAULT 'normale'")
    server.execute("UPDATE alembic_version SET version_num = '9999_plus_recent'")
    info = probe_server(server.login("chef_a"))
    assert info.revision == "9999_plus_recent"
    fiche = fiche_id(a, "1.3")
    set_values(a, FicheAction, fiche, intitule="Depuis un ancien poste")
    assert publish(a, server.login("chef_a")).modifications == 1
    build_territory(b, "Nouveau", region="Grand Est", fiches=1)
    server.grant("chef_b", territory="Nouveau")
    assert publish(b, server.login("chef_b")).creations > 0
    assert server.scalar("SELECT priorite FROM fiche_action WHERE id = %s", fiche) == "normale"
    pull(b, server.login("chef_b"))
    pull(a, server.login("chef_a"), territories=[ALPHA])
    assert fiche_values(b, fiche)["intitule"] == "Depuis un ancien poste"


def test_a_client_too_old_is_refused_before_anything_is_sent(server, shared):
    a, _b = shared
    server.execute("UPDATE ti_serveur SET version_client_minimale = '99.0'")
    set_values(a, FicheAction, fiche_id(a, "1.1"), intitule="Jamais envoyée")
    before = server.scalar("SELECT count(*) FROM ti_journal")
    for operation in (publish, pull):
        with pytest.raises(VersionRefused, match=f"version {__version__}.*99.0"):
            operation(a, server.login("chef_a"))
    assert server.scalar("SELECT count(*) FROM ti_journal") == before


def test_a_server_older_than_the_client_is_refused(server, shared):
    a, _b = shared
    server.execute("UPDATE alembic_version SET version_num = '0002'")
    with pytest.raises(VersionRefused, match="server upgrade"):
        publish(a, server.login("chef_a"))
    assert content(a)  # the laptop's file is untouched
