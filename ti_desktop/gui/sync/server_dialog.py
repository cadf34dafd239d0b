"""*Fichier › Serveur régional…*: the server's address, the login, a connection test."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QWidget

from ti_desktop.errors import UserFacingError
from ti_desktop.gui.forms.ui_server_dialog import Ui_ServerDialog
from ti_desktop.gui.sync.server_settings import SECURITY_MODES, ServerSettings
from ti_desktop.gui.tasks import TaskRunner
from ti_desktop.services.progress import ProgressCallback
from ti_desktop.services.sync.connection import (
    ServerAccess,
    ServerAddress,
    ServerInfo,
    probe_server,
)

OK_STYLE = "color: #1B6B2A;"
ERROR_STYLE = "color: #A61B1B;"


class ServerDialog(QDialog):
    """Edits the server's address; *OK* saves it (and the password in the keyring).

    Args:
        server_settings: where the address and the password are kept.
        runner: runs the connection test off the GUI thread.
        parent: the main window.
    """

    def __init__(
        self, server_settings: ServerSettings, runner: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_ServerDialog()
        self.ui.setupUi(self)  # type: ignore[no-untyped-call]  # generated form
        self.server_settings = server_settings
        self.runner = runner
        self.last_info: ServerInfo | None = None
        for mode, label in SECURITY_MODES:
            self.ui.security_combo.addItem(self.tr(label), mode)
        self.ui.button_box.button(QDialogButtonBox.StandardButton.Cancel).setText(
            self.tr("Annuler")
        )
        self._load()
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.ui.test_button.clicked.connect(self._on_test_button_clicked)
        self.ui.authority_browse_button.clicked.connect(self._on_authority_browse_button_clicked)
        self.ui.button_box.accepted.connect(self._on_button_box_accepted)
        self.ui.button_box.rejected.connect(self.reject)

    def _load(self) -> None:
        address = self.server_settings.address()
        if address is None:
            return
        self.ui.host_edit.setText(address.host)
        self.ui.port_spin.setValue(address.port)
        self.ui.database_edit.setText(address.database)
        self.ui.login_edit.setText(address.url.username or "")
        index = self.ui.security_combo.findData(address.option("sslmode") or "verify-full")
        self.ui.security_combo.setCurrentIndex(max(index, 0))
        self.ui.authority_edit.setText(address.option("sslrootcert"))
        password = self.server_settings.password(address)
        if password:
            self.ui.password_edit.setText(password)

    def address(self) -> ServerAddress:
        """The address the form describes.

        Raises:
            UserFacingError: a required field is empty.
        """
        return ServerAddress.from_parts(
            self.ui.host_edit.text(),
            self.ui.port_spin.value(),
            self.ui.database_edit.text(),
            self.ui.login_edit.text(),
            str(self.ui.security_combo.currentData()),
            self.ui.authority_edit.text(),
        )

    def _show(self, text: str, style: str) -> None:
        self.ui.status_label.setText(text)
        self.ui.status_label.setStyleSheet(style)

    @Slot()
    def _on_test_button_clicked(self) -> None:
        try:
            address = self.address()
        except UserFacingError as exc:
            self._show(str(exc), ERROR_STYLE)
            return
        access = ServerAccess(address, self.ui.password_edit.text() or None)
        self._show(self.tr("Connexion en cours…"), "")
        self.ui.test_button.setEnabled(False)

        def job(_progress: ProgressCallback) -> ServerInfo:
            return probe_server(access)

        self.runner.run(
            job,
            title=self.tr("Test de la connexion au serveur…"),
            parent=self,
            on_done=self._on_probe_done,
            on_error=self._on_probe_failed,
            cancellable=False,
        )

    def _on_probe_done(self, info: ServerInfo) -> None:
        self.last_info = info
        self.ui.test_button.setEnabled(True)
        channel = self.tr("chiffrée") if info.encrypted else self.tr("NON chiffrée")
        self._show(
            self.tr("Connexion réussie (%1) en tant que %2 : %3. Serveur au schéma %4.")
            .replace("%1", channel)
            .replace("%2", info.login)
            .replace("%3", info.rights_text())
            .replace("%4", info.revision),
            OK_STYLE,
        )

    def _on_probe_failed(self, exc: BaseException) -> None:
        self.last_info = None
        self.ui.test_button.setEnabled(True)
        self._show(str(exc), ERROR_STYLE)

    @Slot()
    def _on_authority_browse_button_clicked(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Certificat de l'autorité"),
            self.ui.authority_edit.text(),
            self.tr("Certificats (*.crt *.pem);;Tous les fichiers (*)"),
        )
        if path:
            self.ui.authority_edit.setText(path)

    @Slot()
    def _on_button_box_accepted(self) -> None:
        try:
            address = self.address()
        except UserFacingError as exc:
            self._show(str(exc), ERROR_STYLE)
            return
        self.server_settings.save(address)
        password = self.ui.password_edit.text()
        if self.ui.remember_checkbox.isChecked() and password:
            try:
                self.server_settings.keep_password(address, password)
            except UserFacingError as exc:
                self._show(str(exc), ERROR_STYLE)
                return
        else:
            self.server_settings.forget_password(address)
        self.accept()
