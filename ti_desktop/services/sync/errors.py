"""Refusals of the regional server, each with its French message."""

from __future__ import annotations

from ti_desktop.errors import UserFacingError


class SyncError(UserFacingError):
    """Something the user can act on went wrong with the server (base class)."""


class ServerUnreachable(SyncError):
    """No connection could be made (address, network, TLS, pg_hba.conf)."""


class PasswordRequired(SyncError):
    """The server asks for a password and none was given."""


class AuthenticationFailed(SyncError):
    """The server refused the login or the password."""


class NotAServer(SyncError):
    """The database is not a TI Desktop server (or not initialised)."""


class VersionRefused(SyncError):
    """This program and the server's schema cannot work together."""


class AccessRefused(SyncError):
    """The login has no right to read or edit what was asked."""


class ConnectionLost(SyncError):
    """The connection dropped in the middle of the work; nothing was applied."""


class PublicationRefused(SyncError):
    """The publication conflicts with the server: nothing was written."""


class OtherServer(SyncError):
    """This file is already synchronised with another server."""


class ConflictsPending(SyncError):
    """Conflicts must be decided before publishing."""
