"""Two laptops, one server, several logins: the issue's scenarios, end to end."""

from __future__ import annotations

from decimal import Decimal

import pytest
from support.sync import (
    FicheAction,
    build_territory,
    content,
    delete_row,
    fiche_id,
    fiche_values,
    set_values,
)

from ti_desktop.services.french_format import format_euros
from ti_desktop.services.sync.conflicts import list_conflicts, renumber, resolve
from ti_desktop.services.sync.errors import ConflictsPending, PublicationRefused
from ti_desktop.services.sync.publish import publish
from ti_desktop.services.sync.pull import pull

ALPHA = "Alpha – Vallée de l'Aube"


@pytest.fixture
def shared(server, laptops):
    """Laptop A published Alpha; laptop B (another person of Alpha) pulled it."""
    a, b = laptops("a"), laptops("b")
    build_territory(a, ALPHA)
    server.grant("chef_a", territory=ALPHA)
    server.grant("chef_b", territory=ALPHA)
    publish(a, server.login("chef_a"))
    pull(b, server.login("chef_b"))
    return a, b


def test_a_created_territory_reaches_the_other_laptop_with_its_identifiers(server, shared):
    a, b = shared
    assert content(b) == content(a)
    assert len(content(b)["fiche_action"]) == 3
    assert server.scalar("SELECT count(*) FROM fiche_action WHERE NOT sync_efface") == 3
    # private notes never leave the laptop
    assert server.scalar("SELECT count(*) FROM fiche_action WHERE notes_privees <> ''") == 0
    with b.reader() as session:
        assert {f.notes_privees for f in session.query(FicheAction)} == {""}


def test_an_edit_is_published_and_pulled(server, shared):
    a, b = shared
    fiche = fiche_id(a, "1.2")
    set_values(a, FicheAction, fiche, intitule="Réhabiliter la friche Arsenal")
    assert publish(a, server.login("chef_a")).modifications == 1
    report = pull(b, server.login("chef_b"))
    assert report.modified == 1 and report.conflicts == 0
    assert fiche_values(b, fiche)["intitule"] == "Réhabiliter la friche Arsenal"
    assert server.scalar("SELECT sync_revision FROM fiche_action WHERE id = %s", fiche) == 2


def test_a_stale_edit_is_refused_then_decided_as_a_conflict(server, shared):
    a, b = shared
    fiche = fiche_id(a, "1.1")
    set_values(a, FicheAction, fiche, intitule="Version de A")
    publish(a, server.login("chef_a"))
    set_values(b, FicheAction, fiche, cout_total_ht=Decimal("999.00"))

    with pytest.raises(PublicationRefused, match="ont changé sur le serveur") as refused:
        publish(b, server.login("chef_b"))
    assert "1.1" in str(refused.value)
    assert server.scalar("SELECT cout_total_ht FROM fiche_action WHERE id = %s", fiche) == Decimal(
        "1000.50"
    )

    report = pull(b, server.login("chef_b"))
    assert report.conflicts == 1
    (conflict,) = list_conflicts(b)
    assert conflict.nature == "modification" and conflict.author == "chef_a"
    fields = {f.label: (f.base, f.mine, f.theirs) for f in conflict.fields}
    assert fields["Intitulé"] == ("Action 1 de " + ALPHA, "Action 1 de " + ALPHA, "Version de A")
    assert fields["Coût total HT (€)"][1:] == (
        format_euros(Decimal("999.00")),
        format_euros(Decimal("1000.50")),
    )
    with pytest.raises(ConflictsPending):
        publish(b, server.login("chef_b"))

    resolve(b, fiche, "mine")
    assert publish(b, server.login("chef_b")).modifications == 1
    pull(a, server.login("chef_a"))
    assert fiche_values(a, fiche) == {
        "numero": "1.1",
        "intitule": "Action 1 de " + ALPHA,
        "cout_total_ht": Decimal("999.00"),
    }


def test_keeping_the_servers_version_applies_it_here(server, shared):
    a, b = shared
    fiche = fiche_id(a, "1.1")
    set_values(a, FicheAction, fiche, intitule="Version de A")
    publish(a, server.login("chef_a"))
    set_values(b, FicheAction, fiche, intitule="Version de B")
    pull(b, server.login("chef_b"))
    resolve(b, fiche, "theirs")
    assert fiche_values(b, fiche)["intitule"] == "Version de A"
    assert list_conflicts(b) == []
    assert publish(b, server.login("chef_b")).total == 0


def test_deleted_there_edited_here_is_a_conflict(server, shared):
    a, b = shared
    fiche = fiche_id(a, "1.3")
    delete_row(a, FicheAction, fiche)
    report = publish(a, server.login("chef_a"))
    assert report.suppressions == 4  # the fiche, its two lines and its indicator
    assert server.scalar("SELECT sync_efface FROM fiche_action WHERE id = %s", fiche) is True
    set_values(b, FicheAction, fiche, intitule="Encore utile")

    pull(b, server.login("chef_b"))
    natures = {c.nature for c in list_conflicts(b)}
    assert natures == {"suppression_serveur"}
    assert fiche_values(b, fiche)["intitule"] == "Encore utile"  # nothing lost here
    resolve(b, fiche, "mine")
    publish(b, server.login("chef_b"))
    assert server.scalar("SELECT sync_efface FROM fiche_action WHERE id = %s", fiche) is False
    pull(a, server.login("chef_a"))
    assert fiche_values(a, fiche)["intitule"] == "Encore utile"


def test_deleted_here_edited_there_is_a_conflict(server, shared):
    a, b = shared
    fiche = fiche_id(a, "1.2")
    set_values(a, FicheAction, fiche, intitule="Modifiée par A")
    publish(a, server.login("chef_a"))
    delete_row(b, FicheAction, fiche)
    with pytest.raises(PublicationRefused):
        publish(b, server.login("chef_b"))
    pull(b, server.login("chef_b"))
    (conflict,) = list_conflicts(b)
    assert conflict.nature == "suppression_locale"
    assert {f.mine for f in conflict.fields} == {"(supprimé ici)"}
    resolve(b, fiche, "theirs")
    assert fiche_values(b, fiche)["intitule"] == "Modifiée par A"
    assert content(b) == content(a)


def test_two_offline_fiches_with_one_number_surface_as_a_conflict_to_renumber(server, shared):
    a, b = shared
    territory = content(a)["territoire"]
    (territory_id,) = territory
    for laptop, title in ((a, "Nouvelle de A"), (b, "Nouvelle de B")):
        with laptop.session() as session:
            session.add(
                FicheAction(territoire_id=territory_id, numero="3.1", intitule=title, position=9)
            )
    publish(a, server.login("chef_a"))
    with pytest.raises(PublicationRefused, match="3.1"):
        publish(b, server.login("chef_b"))

    pull(b, server.login("chef_b"))
    (conflict,) = list_conflicts(b)
    assert conflict.nature == "doublon" and conflict.key_column == "numero"
    assert not conflict.can_keep
    renumber(b, conflict.id, "3.2")
    assert list_conflicts(b) == []
    publish(b, server.login("chef_b"))
    pull(a, server.login("chef_a"))
    with a.reader() as session:
        numbers = {
            f.numero: f.intitule
            for f in session.query(FicheAction).filter(FicheAction.numero.like("3.%"))
        }
    assert numbers == {"3.1": "Nouvelle de A", "3.2": "Nouvelle de B"}
    assert content(a) == content(b)


def test_a_publication_is_recorded_in_each_territorys_register(server, shared):
    from ti_desktop.services.register.transmissions import list_transmissions

    a, _ = shared
    fiche = fiche_id(a, "1.2")
    set_values(a, FicheAction, fiche, intitule="Réhabiliter la friche Arsenal")
    publish(a, server.login("chef_a"))
    with a.reader() as session:
        territoire_id = session.get(FicheAction, fiche).territoire_id
        publications = list_transmissions(session, territoire_id, nature="publication")
    assert len(publications) == 2  # the fixture's first publication, then this one
    newest = publications[0]
    assert newest.destinataires and newest.fichiers
    kept = newest.fichiers[0].kept_copy.read_text("utf-8")
    assert "Réhabiliter la friche Arsenal" in kept
