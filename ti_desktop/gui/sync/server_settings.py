"""Where the regional server is (the settings file) and its password (the keyring, only).

The address, login and TLS options live in the user's settings; the password never
does: it is kept in the operating system's keyring (Windows Credential Manager, macOS
Keychain, Secret Service on Linux) through the ``keyring`` package, or asked each time
when no keyring is available.
"""

from __future__ import annotations

import contextlib
import logging

import keyring
from keyring.errors import KeyringError, PasswordDeleteError

from ti_desktop.errors import UserFacingError
from ti_desktop.gui.settings import AppSettings
from ti_desktop.services.sync.connection import ServerAccess, ServerAddress

log = logging.getLogger(__name__)

KEYRING_SERVICE = "TI Desktop — serveur régional"

SECURITY_MODES: tuple[tuple[str, str], ...] = (
    ("verify-full", "Chiffrée, certificat et nom du serveur vérifiés (recommandé)"),
    ("require", "Chiffrée, certificat non vérifié"),
    ("prefer", "Chiffrée si le serveur le permet"),
)
"""libpq's ``sslmode`` values offered, with their French description."""


class ServerSettings:
    """The server's address in the settings, its password in the keyring."""

    def __init__(self, settings: AppSettings) -> None:
        self.settings = settings

    def _get(self, key: str, default: str = "") -> str:
        return self.settings.value(f"serveur/{key}", default)

    @property
    def configured(self) -> bool:
        return bool(self._get("hote"))

    def address(self) -> ServerAddress | None:
        """The saved address, or None when no server was set."""
        if not self.configured:
            return None
        try:
            port = int(self._get("port", "5432"))
        except ValueError:
            port = 5432
        return ServerAddress.from_parts(
            self._get("hote"),
            port,
            self._get("base", "ti_desktop"),
            self._get("identifiant"),
            self._get("securite", "verify-full"),
            self._get("autorite"),
        )

    def save(self, address: ServerAddress) -> None:
        """Remember the address (never a password)."""
        self.settings.set_value("serveur/hote", address.host)
        self.settings.set_value("serveur/port", str(address.port))
        self.settings.set_value("serveur/base", address.database)
        self.settings.set_value("serveur/identifiant", address.url.username or "")
        self.settings.set_value("serveur/securite", address.option("sslmode"))
        self.settings.set_value("serveur/autorite", address.option("sslrootcert"))

    # --- the password, in the keyring ---------------------------------------------------

    def password(self, address: ServerAddress) -> str | None:
        """The kept password, or None (none kept, or no keyring on this computer)."""
        try:
            return keyring.get_password(KEYRING_SERVICE, address.keyring_key())
        except KeyringError as exc:
            log.warning("Trousseau indisponible : %s", exc)
            return None

    def keep_password(self, address: ServerAddress, password: str) -> None:
        """Keep the password in the keyring.

        Raises:
            UserFacingError: no keyring can keep it on this computer.
        """
        try:
            keyring.set_password(KEYRING_SERVICE, address.keyring_key(), password)
        except KeyringError as exc:
            raise UserFacingError(
                "Le trousseau du système n'a pas pu garder le mot de passe "
                f"({exc}) : il vous sera demandé à chaque publication."
            ) from exc

    def forget_password(self, address: ServerAddress) -> None:
        """Remove a kept password (nothing happens when there is none)."""
        with contextlib.suppress(PasswordDeleteError, KeyringError):
            keyring.delete_password(KEYRING_SERVICE, address.keyring_key())

    def access(self, password: str | None = None) -> ServerAccess | None:
        """The saved server with the kept (or given) password."""
        address = self.address()
        if address is None:
            return None
        return ServerAccess(address, password if password is not None else self.password(address))
