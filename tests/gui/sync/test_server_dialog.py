"""*Fichier › Serveur régional…* offscreen: typed address, connection test, keyring."""

from __future__ import annotations

from pathlib import Path

import keyring
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from support.keyring_memory import BrokenKeyring
from support.server import PASSWORD
from support.window import make_settings

from ti_desktop.gui.sync.server_dialog import ServerDialog
from ti_desktop.gui.sync.server_settings import KEYRING_SERVICE, ServerSettings
from ti_desktop.gui.tasks import SynchronousThreadPool, TaskRunner

pytestmark = pytest.mark.gui


def _reraise(exc: BaseException) -> None:
    raise exc


@pytest.fixture
def dialog(qtbot, tmp_path):
    settings = ServerSettings(make_settings(tmp_path / "reglages"))
    runner = TaskRunner(SynchronousThreadPool(), crash_handler=_reraise)
    dialog = ServerDialog(settings, runner)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def fill(qtbot, dialog, server, login, password):
    address = server.login(login).address
    ui = dialog.ui
    qtbot.keyClicks(ui.host_edit, address.host)
    ui.port_spin.clear()
    qtbot.keyClicks(ui.port_spin, str(address.port))
    ui.database_edit.clear()
    qtbot.keyClicks(ui.database_edit, address.database)
    qtbot.keyClicks(ui.login_edit, login)
    qtbot.keyClicks(ui.password_edit, password)
    qtbot.keyClicks(ui.authority_edit, address.option("sslrootcert"))


def test_the_connection_test_tells_the_rights(qtbot, dialog, server, memory_keyring, tmp_path):
    server.grant("chef_a", territory="Alpha")
    fill(qtbot, dialog, server, "chef_a", PASSWORD)
    assert dialog.ui.security_combo.currentData() == "verify-full"
    qtbot.mouseClick(dialog.ui.test_button, Qt.MouseButton.LeftButton)
    text = dialog.ui.status_label.text()
    assert text.startswith("Connexion réussie (chiffrée) en tant que chef_a")
    assert "modification de « Alpha »" in text
    qtbot.wait(50)
    dialog.grab().save(str(tmp_path / "serveur-ok.png"))

    qtbot.mouseClick(
        dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    assert dialog.result() == dialog.DialogCode.Accepted
    saved = dialog.server_settings.address()
    assert saved is not None and saved.display() == server.login("chef_a").address.display()
    assert memory_keyring.get_password(KEYRING_SERVICE, saved.keyring_key()) == PASSWORD
    ini = Path(dialog.server_settings.settings._qsettings.fileName()).read_text(encoding="utf-8")
    assert "chef_a" in ini and PASSWORD not in ini

    again = ServerDialog(dialog.server_settings, dialog.runner)
    qtbot.addWidget(again)
    assert again.ui.login_edit.text() == "chef_a"
    assert again.ui.password_edit.text() == PASSWORD


def test_a_refused_password_is_said_in_red(qtbot, dialog, server, memory_keyring):
    fill(qtbot, dialog, server, "chef_a", "mauvais")
    qtbot.mouseClick(dialog.ui.test_button, Qt.MouseButton.LeftButton)
    assert "mot de passe refusé" in dialog.ui.status_label.text()
    assert "A61B1B" in dialog.ui.status_label.styleSheet()
    assert dialog.ui.test_button.isEnabled()


def test_an_empty_address_is_refused(qtbot, dialog, memory_keyring):
    qtbot.mouseClick(
        dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    assert dialog.isVisible()
    assert dialog.ui.status_label.text() == "Indiquez l'adresse du serveur."


def test_without_a_keyring_the_password_is_not_kept(qtbot, dialog, server):
    previous = keyring.get_keyring()
    keyring.set_keyring(BrokenKeyring())
    try:
        fill(qtbot, dialog, server, "chef_a", PASSWORD)
        qtbot.mouseClick(
            dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Ok),
            Qt.MouseButton.LeftButton,
        )
        assert dialog.isVisible()
        assert "trousseau" in dialog.ui.status_label.text()
        dialog.ui.remember_checkbox.setChecked(False)
        qtbot.mouseClick(
            dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Ok),
            Qt.MouseButton.LeftButton,
        )
        assert dialog.result() == dialog.DialogCode.Accepted
    finally:
        keyring.set_keyring(previous)
