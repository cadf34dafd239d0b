"""The window's regional-server actions offscreen: menu, status bar counts, publish, pull."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from support.server import PASSWORD
from support.sync import FicheAction, build_territory, fiche_id, set_values
from support.window import make_window, visible_names

from ti_desktop.gui.sync.server_settings import KEYRING_SERVICE
from ti_desktop.services.sync.publish import publish

pytestmark = pytest.mark.gui
ALPHA = "Alpha"


def status(window):
    return window.sync_actions.status_button.text()


def configure(window, server, login, keyring_backend=None):
    actions = window.sync_actions
    address = server.login(login).address
    actions.server_settings.save(address)
    if keyring_backend is not None:
        keyring_backend.set_password(KEYRING_SERVICE, address.keyring_key(), PASSWORD)
    actions.refresh()


def test_without_a_server_nothing_shows_but_the_menu_entry(qtbot, database, tmp_path):
    window = make_window(qtbot, database, tmp_path / "fenetre")
    actions = window.sync_actions
    wanted = ["Serveur régional…", "Publier", "Récupérer", "Conflits…"]
    titles = [a.text() for a in window.ui.menu_file.actions()]
    assert [t for t in titles if t in wanted] == wanted
    assert not actions.status_button.isVisible()
    assert not actions.publish_action.isEnabled()


def test_the_status_bar_counts_what_waits(qtbot, server, laptops, memory_keyring, tmp_path):
    server.grant("chef_a", territory=ALPHA)
    database = laptops("a")
    build_territory(database, ALPHA, fiches=2)
    window = make_window(qtbot, database, tmp_path / "fenetre")
    configure(window, server, "chef_a", memory_keyring)
    assert window.sync_actions.status_button.isVisible()
    assert status(window).startswith("Serveur : ")
    assert "modifications à publier · jamais publié · jamais récupéré" in status(window)

    window.sync_actions.publish_action.trigger()
    assert window.ui.status_bar.currentMessage().startswith("Publié :")
    assert status(window).startswith("Serveur : rien à publier · publié le ")
    assert "jamais récupéré" in status(window)

    set_values(database, FicheAction, fiche_id(database, "1.1"), intitule="Retouche")
    window.notifier.notify("fiche_action", None)
    qtbot.waitUntil(lambda: "1 modification à publier" in status(window), timeout=2000)
    window.grab().save(str(tmp_path / "barre-etat.png"))


def test_pull_brings_the_others_territory_and_conflicts_open_the_screen(
    qtbot, server, laptops, memory_keyring, tmp_path
):
    server.grant("chef_a", territory=ALPHA)
    server.grant("chef_b", territory=ALPHA)
    other = laptops("autre")
    build_territory(other, ALPHA, fiches=2)
    publish(other, server.login("chef_a"))

    database = laptops("b")
    window = make_window(qtbot, database, tmp_path / "fenetre")
    configure(window, server, "chef_b", memory_keyring)
    window.sync_actions.pull_action.trigger()
    assert visible_names(window) == [ALPHA]
    assert window.ui.status_bar.currentMessage().startswith("Récupéré : « Alpha »")

    set_values(other, FicheAction, fiche_id(other, "1.1"), intitule="Par l'autre")
    publish(other, server.login("chef_a"))
    set_values(database, FicheAction, fiche_id(database, "1.1"), intitule="Par moi")
    window.sync_actions.pull_action.trigger()
    dialog = window.sync_actions.conflicts_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.ui.count_label.text() == "1 conflit à décider"
    assert "1 conflit à décider" in status(window)
    qtbot.mouseClick(dialog.cards[0].ui.keep_mine_button, Qt.MouseButton.LeftButton)
    dialog.close()
    qtbot.waitUntil(lambda: "conflit" not in status(window), timeout=2000)
    assert "1 modification à publier" in status(window)


def test_the_password_is_asked_when_the_keyring_has_none(
    qtbot, server, laptops, memory_keyring, tmp_path
):
    server.grant("chef_a", territory=ALPHA)
    database = laptops("a")
    build_territory(database, ALPHA, fiches=1)
    window = make_window(qtbot, database, tmp_path / "fenetre")
    configure(window, server, "chef_a")
    asked = []
    window.sync_actions.ask_password = lambda prompt: asked.append(prompt) or PASSWORD
    window.sync_actions.publish_action.trigger()
    assert asked and asked[0].startswith("Mot de passe de chef_a@")
    assert window.ui.status_bar.currentMessage().startswith("Publié :")
    assert memory_keyring.passwords == {}  # typed, never kept


def test_the_window_publishes_what_the_login_may_and_names_the_rest(
    qtbot, server, laptops, memory_keyring, tmp_path
):
    database = laptops("a")
    build_territory(database, ALPHA, fiches=1)
    build_territory(database, "Voisin", fiches=1)  # a neighbour's workbook, imported here
    window = make_window(qtbot, database, tmp_path / "fenetre")
    server.grant("chef_a", territory=ALPHA)
    configure(window, server, "chef_a", memory_keyring)
    window.sync_actions.publish_action.trigger()
    message = window.ui.status_bar.currentMessage()
    assert "sur « Alpha »" in message
    assert "Non publiés, faute de droit de modification sur le serveur : « Voisin »" in message
    assert server.scalar("SELECT count(*) FROM territoire") == 1
    assert "modifications à publier" in status(window)  # Voisin's rows still wait


def test_a_refusal_is_shown_in_french(qtbot, server, laptops, memory_keyring, tmp_path):
    server.grant("chef_a", territory=ALPHA)
    server.execute("UPDATE ti_serveur SET version_client_minimale = '99.0'")
    database = laptops("a")
    build_territory(database, ALPHA, fiches=1)
    window = make_window(qtbot, database, tmp_path / "fenetre")
    configure(window, server, "chef_a", memory_keyring)
    window.sync_actions.publish_action.trigger()
    box = window.sync_actions.last_message_box
    assert box is not None and "trop ancien pour ce serveur" in box.text()
