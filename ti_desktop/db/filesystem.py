r"""Where a file lives: a network share or a local disk.

SQLite's locks are not reliable on network filesystems, and its WAL mode needs shared
memory between the programs using the file, which a share cannot give: a base there
is opened without WAL and the user is told plainly to work on the regional server.

Windows: UNC paths (``\\serveur\partage``) and drives ``GetDriveTypeW`` calls remote
(mapped network drives). Linux: the filesystem type of the mount holding the file in
``/proc/self/mountinfo``. macOS: ``statfs``'s ``MNT_LOCAL`` flag and type name.
"""

from __future__ import annotations

import ctypes
import logging
import os
import sys
from collections.abc import Callable
from pathlib import Path, PureWindowsPath

log = logging.getLogger(__name__)

NETWORK_TYPES = frozenset(
    {
        "nfs",
        "nfs4",
        "cifs",
        "smb",
        "smb2",
        "smb3",
        "smbfs",
        "ncpfs",
        "afs",
        "afpfs",
        "coda",
        "ceph",
        "glusterfs",
        "lustre",
        "gpfs",
        "9p",
        "davfs",
        "webdav",
        "fuse.sshfs",
        "fuse.davfs2",
        "fuse.glusterfs",
        "fuse.rclone",
        "fuse.s3fs",
    }
)
_DRIVE_REMOTE = 4
_MNT_LOCAL = 0x1000

NETWORK_WARNING = (
    "La base « {path} » est sur un partage réseau ({kind}). SQLite n'y est pas fiable : "
    "si deux personnes l'ouvrent, ou si le réseau se coupe pendant un enregistrement, des "
    "modifications peuvent être perdues ou la base endommagée. TI Desktop l'ouvre sans "
    "journal partagé (WAL) ; pour travailler à plusieurs, utilisez le serveur régional "
    "(docs/serveur.md), et gardez votre base sur le disque de votre ordinateur "
    "(Fichier › Enregistrer une copie)."
)


def network_kind(path: Path) -> str | None:
    """The kind of network share holding ``path`` (« NFS », « lecteur réseau Z: »…), or None."""
    try:
        if sys.platform == "win32":
            return windows_network_kind(str(path), _windows_drive_type)
        if sys.platform == "darwin":
            return _macos_network_kind(path)
        return linux_network_kind(_existing(path), _read_mountinfo())
    except (OSError, ValueError, AttributeError) as exc:  # unknown: assume a local disk
        log.info("Type de système de fichiers de %s inconnu : %s", path, exc)
        return None


def _existing(path: Path) -> Path:
    """``path`` resolved, or its nearest existing parent (a file about to be created)."""
    path = Path(os.path.abspath(path))
    while not path.exists() and path.parent != path:
        path = path.parent
    return path.resolve()


# --- Windows ---------------------------------------------------------------------------------


def windows_network_kind(path: str, drive_type: Callable[[str], int]) -> str | None:
    """UNC path or remote drive; ``drive_type`` is ``GetDriveTypeW`` (tests pass a fake)."""
    windows = PureWindowsPath(path)
    if path.startswith(("\\\\", "//")) and not path.startswith(("\\\\?\\", "\\\\.\\")):
        return f"partage Windows {windows.drive}"
    if path.startswith("\\\\?\\UNC\\"):
        return "partage Windows"
    drive = windows.drive
    if len(drive) == 2 and drive[1] == ":" and drive_type(drive + "\\") == _DRIVE_REMOTE:
        return f"lecteur réseau {drive.upper()}"
    return None


def _windows_drive_type(root: str) -> int:
    kernel32 = ctypes.WinDLL("kernel32")  # type: ignore[attr-defined,unused-ignore]
    kernel32.GetDriveTypeW.argtypes = [ctypes.c_wchar_p]
    kernel32.GetDriveTypeW.restype = ctypes.c_uint
    return int(kernel32.GetDriveTypeW(root))


# --- Linux -----------------------------------------------------------------------------------


def _read_mountinfo() -> str:
    return Path("/proc/self/mountinfo").read_text(encoding="utf-8", errors="replace")


def _unescape(field: str) -> str:
    """Mount points escape spaces, tabs, newlines and backslashes in octal (backslash 040)."""
    for code in ("\\040", "\\011", "\\012", "\\134"):
        field = field.replace(code, chr(int(code[1:], 8)))
    return field


def linux_network_kind(path: Path, mountinfo: str) -> str | None:
    """The network filesystem type of the mount holding ``path`` in ``mountinfo``, or None."""
    best: tuple[int, str] | None = None
    target = str(path)
    for line in mountinfo.splitlines():
        before, separator, after = line.partition(" - ")
        fields = before.split()
        if not separator or len(fields) < 5 or not after:
            continue
        mount_point = _unescape(fields[4])
        inside = target == mount_point or target.startswith(mount_point.rstrip("/") + "/")
        if inside and (best is None or len(mount_point) >= best[0]):
            best = (len(mount_point), after.split()[0])
    if best is None:
        return None
    fstype = best[1].lower()
    if fstype in NETWORK_TYPES:
        return fstype.upper() if fstype.startswith("nfs") else fstype
    return None


# --- macOS -----------------------------------------------------------------------------------


class _MacStatfs(ctypes.Structure):
    """``struct statfs`` with 64-bit inodes (``statfs$INODE64``, and arm64's ``statfs``)."""

    _fields_ = [  # noqa: RUF012 - ctypes' declaration
        ("f_bsize", ctypes.c_uint32),
        ("f_iosize", ctypes.c_int32),
        ("f_blocks", ctypes.c_uint64),
        ("f_bfree", ctypes.c_uint64),
        ("f_bavail", ctypes.c_uint64),
        ("f_files", ctypes.c_uint64),
        ("f_ffree", ctypes.c_uint64),
        ("f_fsid", ctypes.c_int32 * 2),
        ("f_owner", ctypes.c_uint32),
        ("f_type", ctypes.c_uint32),
        ("f_flags", ctypes.c_uint32),
        ("f_fssubtype", ctypes.c_uint32),
        ("f_fstypename", ctypes.c_char * 16),
        ("f_mntonname", ctypes.c_char * 1024),
        ("f_mntfromname", ctypes.c_char * 1024),
        ("f_flags_ext", ctypes.c_uint32),
        ("f_reserved", ctypes.c_uint32 * 7),
    ]


def macos_network_kind(flags: int, type_name: str) -> str | None:
    """A share when ``statfs`` does not flag the volume local, or names a network type."""
    if not flags & _MNT_LOCAL or type_name.lower() in NETWORK_TYPES:
        return type_name or "partage réseau"
    return None


def _macos_network_kind(path: Path) -> str | None:
    libc = ctypes.CDLL(None, use_errno=True)
    function = getattr(libc, "statfs$INODE64", None) or libc.statfs
    result = _MacStatfs()
    if function(os.fsencode(_existing(path)), ctypes.byref(result)) != 0:
        raise OSError(ctypes.get_errno(), "statfs")
    return macos_network_kind(result.f_flags, result.f_fstypename.decode(errors="replace"))


# --- names -----------------------------------------------------------------------------------


def name_fits(name: str, folder: Path) -> bool:
    """Whether the filesystem of ``folder`` takes a file called ``name``.

    Limits count bytes, not characters: 255 bytes of UTF-8 on Linux and macOS (an
    emoji takes 4), 255 UTF-16 units on Windows.
    """
    if sys.platform == "win32":
        return len(name.encode("utf-16-le")) // 2 <= 255
    try:
        limit = int(os.pathconf(_existing(folder), "PC_NAME_MAX"))
    except (OSError, ValueError):
        limit = 255
    return len(os.fsencode(name)) <= limit
