"""Write a file under a temporary name in the same folder, then rename it into place.

A crash, a full disk or an error during generation never leaves a half-written
document where the user expects a good one, and never clobbers the previous one. The
temporary name is short (it must fit where the final name fits) and recorded in the
process's scratch journal, so a program killed mid-write leaves nothing behind after
the next start.
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
from collections.abc import Iterator
from pathlib import Path

from ti_desktop import scratch
from ti_desktop.db.filesystem import name_fits
from ti_desktop.errors import UserFacingError, os_error_text

_TEMPORARY_STEM_CHARACTERS = 40


def describe_os_error(path: Path, exc: OSError) -> str:
    """A French sentence for the usual environment failures."""
    if exc.errno in (errno.ENOSPC, errno.EDQUOT) or getattr(exc, "winerror", None) in (39, 112):
        return f"Le disque est plein : impossible d'écrire « {path} »."
    if isinstance(exc, PermissionError) or exc.errno == errno.EROFS:
        return (
            f"Impossible d'écrire « {path} » : {os_error_text(exc)}. Le fichier est peut-être "
            "ouvert dans Word ou Excel, ou le dossier est en lecture seule."
        )
    if isinstance(exc, FileNotFoundError):
        return f"Le dossier de « {path} » n'existe pas."
    if exc.errno == errno.ENAMETOOLONG:
        return name_too_long(path).message
    return f"Impossible d'écrire « {path} » : {os_error_text(exc)}."


def name_too_long(path: Path) -> UserFacingError:
    """The refusal of a file name the disk cannot hold (its limit counts bytes)."""
    size = len(os.fsencode(path.name))
    return UserFacingError(
        f"Le nom de fichier « {path.name} » est trop long pour le disque ({len(path.name)} "
        f"caractères, {size} octets ; la limite est de 255 octets, et une lettre accentuée "
        "en compte 2, un emoji 4). Choisissez un nom plus court."
    )


def temporary_path(target: Path) -> Path:
    """A hidden, unused temporary name beside ``target`` that fits wherever ``target`` fits."""
    stem = target.stem[:_TEMPORARY_STEM_CHARACTERS]
    suffix = target.suffix[:12]
    return target.with_name(f".{stem}-{secrets.token_hex(4)}{suffix}.tmp")


def _reserve(target: Path) -> Path:
    """Create the temporary file of ``target`` (its name already in the scratch journal)."""
    temporary = temporary_path(target)
    scratch.note_pending(temporary)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        handle = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
        os.close(handle)  # created with the usual mode (umask applies), not 0600
    except OSError as exc:
        scratch.note_done(temporary)
        raise UserFacingError(describe_os_error(target, exc)) from exc
    return temporary


def _release(temporary: Path) -> None:
    temporary.unlink(missing_ok=True)
    scratch.note_done(temporary)


@contextlib.contextmanager
def atomic_path(target: Path) -> Iterator[Path]:
    """Yield a temporary path to write; on success it replaces ``target``.

    Raises:
        UserFacingError: the folder is missing or read-only, the disk is full, the name
            is too long for the disk, or the target is locked by another program.
    """
    target = Path(target)
    if not name_fits(target.name, target.parent):
        raise name_too_long(target)
    temporary = _reserve(target)
    try:
        yield temporary
        os.replace(temporary, target)
    except OSError as exc:
        raise UserFacingError(describe_os_error(target, exc)) from exc
    finally:
        _release(temporary)


@contextlib.contextmanager
def atomic_paths(main: Path, companion: Path) -> Iterator[tuple[Path, Path]]:
    """Two files that go together (a document and its PDF), each written to a temporary.

    On success the old ``companion`` goes first, then ``main`` takes its place, then the
    new ``companion`` if the block wrote it: a crash at any point leaves either the old
    pair, or the new ``main`` alone, or the new pair — never a new companion beside an
    old main, nor an old one beside a new main.

    Raises:
        UserFacingError: as ``atomic_path``.
    """
    for target in (main, companion):
        if not name_fits(target.name, target.parent):
            raise name_too_long(target)
    main_temporary = _reserve(main)
    companion_temporary = temporary_path(companion)  # written by the block, or not at all
    scratch.note_pending(companion_temporary)
    try:
        yield main_temporary, companion_temporary
        companion.unlink(missing_ok=True)
        os.replace(main_temporary, main)
        if companion_temporary.exists():
            os.replace(companion_temporary, companion)
    except OSError as exc:
        raise UserFacingError(describe_os_error(main, exc)) from exc
    finally:
        _release(main_temporary)
        _release(companion_temporary)


def _numbered(target: Path) -> Iterator[Path]:
    """The names tried in turn: ``target``, then « name (2).ext », « name (3).ext » and so on."""
    yield target
    for number in range(2, 1000):
        yield target.with_name(f"{target.stem} ({number}){target.suffix}")


def write_new_file(target: Path, data: bytes) -> Path:
    """Write ``data`` under ``target``'s name, or a numbered one: never over another file.

    The file is written under a temporary name, then linked to the first free name
    (an atomic « create if absent »), so two programs writing the same name in the
    same second each get their own file. Returns the name used.

    Raises:
        UserFacingError: as ``atomic_path``.
    """
    target = Path(target)
    if not name_fits(target.name, target.parent):
        raise name_too_long(target)
    temporary = _reserve(target)
    try:
        temporary.write_bytes(data)
        for candidate in _numbered(target):
            try:
                os.link(temporary, candidate)
                return candidate
            except FileExistsError:
                continue
            except OSError:  # no hard links there (FAT, some shares): reserve, then rename
                try:
                    os.close(os.open(candidate, os.O_WRONLY | os.O_CREAT | os.O_EXCL))
                except FileExistsError:
                    continue
                os.replace(temporary, candidate)
                return candidate
        raise UserFacingError(f"Trop de fichiers nommés « {target.name} » dans {target.parent}.")
    except OSError as exc:
        raise UserFacingError(describe_os_error(target, exc)) from exc
    finally:
        _release(temporary)
