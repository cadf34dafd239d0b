"""Write a file under a temporary name in the same folder, then rename it into place.

A crash, a full disk or an error during generation never leaves a half-written
document where the user expects a good one, and never clobbers the previous one.
"""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

from ti_desktop.errors import UserFacingError


def describe_os_error(path: Path, exc: OSError) -> str:
    """A French sentence for the usual environment failures."""
    if exc.errno == errno.ENOSPC:
        return f"Le disque est plein : impossible d'écrire « {path} »."
    if isinstance(exc, PermissionError):
        return (
            f"Impossible d'écrire « {path} » : accès refusé. Le fichier est peut-être ouvert "
            "dans Word ou Excel, ou le dossier est en lecture seule."
        )
    if isinstance(exc, FileNotFoundError):
        return f"Le dossier de « {path} » n'existe pas."
    return f"Impossible d'écrire « {path} » : {exc.strerror or exc}."


@contextlib.contextmanager
def atomic_path(target: Path) -> Iterator[Path]:
    """Yield a temporary path to write; on success it replaces ``target``.

    Raises:
        UserFacingError: the folder is missing or read-only, the disk is full, or the
            target is locked by another program.
    """
    target = Path(target)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary_name = tempfile.mkstemp(
            prefix=f".{target.stem}-", suffix=target.suffix + ".tmp", dir=target.parent
        )
        os.close(handle)
        # mkstemp creates the file private (0600); a document should get the usual mode
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(temporary_name, 0o666 & ~umask)
    except OSError as exc:
        raise UserFacingError(describe_os_error(target, exc)) from exc
    temporary = Path(temporary_name)
    try:
        yield temporary
        os.replace(temporary, target)
    except OSError as exc:
        raise UserFacingError(describe_os_error(target, exc)) from exc
    finally:
        temporary.unlink(missing_ok=True)
