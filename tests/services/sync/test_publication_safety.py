"""A publication is applied whole, once, one at a time per Région."""

from __future__ import annotations

import threading
import time
import uuid

import pytest
from support.sync import FicheAction, Territoire, build_territory, content, fiche_id, set_values

from ti_desktop.services.progress import Cancelled
from ti_desktop.services.sync import publish as publishing
from ti_desktop.services.sync.errors import ConnectionLost
from ti_desktop.services.sync.local import pending_changes, read_depot
from ti_desktop.services.sync.publish import AlreadyPublished, Batch, publish, send_batch
from ti_desktop.services.sync.pull import pull

ALPHA = "Alpha"


@pytest.fixture
def chef(server, laptops):
    server.grant("chef_a", territory=ALPHA)
    server.grant("chef_b", territory=ALPHA)
    a = laptops("a")
    build_territory(a, ALPHA)
    return a


def counts(server):
    return (
        server.scalar("SELECT count(*) FROM fiche_action"),
        server.scalar("SELECT count(*) FROM ti_journal"),
        server.scalar("SELECT count(*) FROM ti_publication"),
    )


def test_the_same_batch_sent_twice_is_applied_once(server, chef):
    with chef.engine.connect() as local:
        changes, _ = pending_changes(local)
    batch = Batch(uuid.uuid4(), changes)
    names = {}
    with server.login("chef_a").engine() as engine:
        with engine.connect() as connection:
            send_batch(connection, batch, names, "poste de test")
            connection.commit()
        after_first = counts(server)
        with engine.connect() as connection:
            with pytest.raises(AlreadyPublished):
                send_batch(connection, batch, names, "poste de test")
            connection.rollback()
    assert counts(server) == after_first == (3, len(changes), 1)


def test_a_lost_acknowledgement_is_confirmed_by_the_next_publication(server, chef, monkeypatch):
    real_record = publishing._record

    def network_cut(*_args):
        raise ConnectionLost("coupure simulée après la validation du serveur")

    monkeypatch.setattr(publishing, "_record", network_cut)
    with pytest.raises(ConnectionLost):
        publish(chef, server.login("chef_a"))
    assert read_depot(chef.engine.connect()).lot_id is not None
    applied = counts(server)
    monkeypatch.setattr(publishing, "_record", real_record)

    report = publish(chef, server.login("chef_a"))
    assert report.resent is not None and report.resent.already_published
    assert "déjà publié" in report.summary()
    assert report.lot_id is None  # nothing left to send
    assert counts(server) == applied  # nothing applied twice
    with chef.engine.connect() as local:
        assert pending_changes(local)[0] == []
        assert read_depot(local).lot_id is None


def test_a_connection_killed_mid_publication_applies_nothing_and_the_next_one_succeeds(
    server, chef
):
    before = counts(server)

    def kill_when_sending_fiches(_done, _total, message):
        if message.startswith("Envoi") and "fiche" in message:
            server.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                "WHERE usename = 'chef_a' AND datname = current_database()"
            )

    with pytest.raises(ConnectionLost, match="Rien n'a été appliqué"):
        publish(chef, server.login("chef_a"), progress=kill_when_sending_fiches)
    assert counts(server) == before == (0, 0, 0)
    assert server.scalar("SELECT count(*) FROM territoire") == 0

    report = publish(chef, server.login("chef_a"))
    assert report.resent is not None and not report.resent.already_published
    assert server.scalar("SELECT count(*) FROM fiche_action WHERE NOT sync_efface") == 3
    assert server.scalar("SELECT count(*) FROM ti_publication") == 1


def test_a_cancelled_publication_sends_nothing(server, chef):
    def cancel_when_sending(_done, _total, message):
        if message.startswith("Envoi"):
            raise Cancelled

    with pytest.raises(Cancelled):
        publish(chef, server.login("chef_a"), progress=cancel_when_sending)
    assert counts(server) == (0, 0, 0)
    assert read_depot(chef.engine.connect()).lot_id is None
    assert publish(chef, server.login("chef_a")).creations > 0


def test_publications_of_one_region_wait_for_each_other(server, chef, laptops):
    publish(chef, server.login("chef_a"))
    other = laptops("b")
    pull(other, server.login("chef_b"))
    set_values(chef, FicheAction, fiche_id(chef, "1.1"), intitule="Par A")
    set_values(other, FicheAction, fiche_id(other, "1.2"), intitule="Par B")

    holding = threading.Event()
    release = threading.Event()

    def slow_a(_done, _total, message):
        if message.startswith("Envoi"):
            holding.set()
            release.wait(10)

    outcome: dict[str, object] = {}

    def run(name, laptop, login, progress=None):
        outcome[name] = publish(laptop, server.login(login), progress=progress)

    first = threading.Thread(target=run, args=("a", chef, "chef_a", slow_a))
    first.start()
    assert holding.wait(10)
    second = threading.Thread(target=run, args=("b", other, "chef_b"))
    second.start()
    time.sleep(0.5)
    assert "b" not in outcome  # B waits for A's lock on the Région
    waiting = server.scalar(
        "SELECT count(*) FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid "
        "WHERE l.locktype = 'advisory' AND NOT l.granted AND a.usename = 'chef_b'"
    )
    assert waiting == 1
    release.set()
    first.join(10)
    second.join(10)
    assert outcome["a"].modifications == 1 and outcome["b"].modifications == 1
    # sequence numbers follow the commit order: B's change comes after A's
    seq_a, seq_b = (
        server.scalar("SELECT sync_seq FROM fiche_action WHERE intitule = %s", title)
        for title in ("Par A", "Par B")
    )
    assert seq_a < seq_b
    pull(chef, server.login("chef_a"))
    pull(other, server.login("chef_b"))
    assert content(chef) == content(other)


def test_a_cancelled_pull_applies_nothing(server, chef, laptops):
    publish(chef, server.login("chef_a"))
    other = laptops("b")

    def cancel_in_the_middle(_done, _total, message):
        if "fiche" in message:
            raise Cancelled

    with pytest.raises(Cancelled):
        pull(other, server.login("chef_b"), progress=cancel_in_the_middle)
    assert content(other)["territoire"] == {}
    assert pull(other, server.login("chef_b")).created > 0
    assert content(other) == content(chef)


def test_a_pull_during_a_publication_of_another_region_skips_nothing(server, laptops):
    server.grant("chef_a", territory="Alpha")
    server.grant("chef_b", territory="Bêta")
    server.grant("officier_ge", region="Grand Est", level="read")
    server.grant("officier_ge", region="Occitanie", level="read")
    a, b, officer = laptops("a"), laptops("b"), laptops("officier")
    build_territory(a, "Alpha", region="Grand Est", fiches=2)
    build_territory(b, "Bêta", region="Occitanie", fiches=2)
    publish(a, server.login("chef_a"))
    publish(b, server.login("chef_b"))
    pull(officer, server.login("officier_ge"))
    set_values(a, FicheAction, fiche_id(a, "1.1"), intitule="Alpha, lente")
    # written before the fiche: its sequence number is drawn before Bêta's publication
    (alpha_id,) = content(a)["territoire"]
    set_values(a, Territoire, alpha_id, chef_projet_nom="Nouvelle cheffe")
    set_values(b, FicheAction, fiche_id(b, "1.1"), intitule="Bêta, rapide")

    holding, release = threading.Event(), threading.Event()

    def slow(_done, _total, message):
        if message == "Envoi : fiche-action":
            holding.set()
            release.wait(10)

    slow_publication = threading.Thread(
        target=publish, args=(a, server.login("chef_a")), kwargs={"progress": slow}
    )
    slow_publication.start()
    assert holding.wait(10)
    publish(b, server.login("chef_b"))  # another Région: not held, commits first
    pull(officer, server.login("officier_ge"))
    titles = {f["intitule"] for f in content(officer)["fiche_action"].values()}
    assert "Bêta, rapide" in titles and "Alpha, lente" not in titles
    release.set()
    slow_publication.join(10)
    pull(officer, server.login("officier_ge"))
    titles = {f["intitule"] for f in content(officer)["fiche_action"].values()}
    assert {"Alpha, lente", "Bêta, rapide"} <= titles
    assert content(officer)["territoire"][alpha_id]["chef_projet_nom"] == "Nouvelle cheffe"
    seq_alpha = server.scalar("SELECT sync_seq FROM territoire WHERE id = %s", alpha_id)
    seq_beta = server.scalar(
        "SELECT max(sync_seq) FROM fiche_action WHERE intitule = 'Bêta, rapide'"
    )
    assert seq_alpha < seq_beta  # visible after a higher number: a single cursor would skip it
