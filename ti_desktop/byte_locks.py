"""One-byte locks held through the operating system, released when their process dies.

POSIX record locks (``lockf``) may be shared or exclusive; on Windows ``msvcrt.locking``
only gives exclusive ones, so a shared request there is granted without locking
(callers say what that costs them). A byte may lie beyond the end of the file.
"""

from __future__ import annotations

import contextlib
import errno
import os
import sys


def lock_byte(fd: int, offset: int, *, exclusive: bool = True) -> bool:
    """Lock one byte of ``fd`` without waiting; False when another process holds it."""
    if sys.platform == "win32":
        import msvcrt

        if not exclusive:
            return True
        os.lseek(fd, offset, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError as exc:
            if exc.errno in (errno.EACCES, errno.EDEADLK):
                return False
            raise
        return True
    import fcntl

    try:
        fcntl.lockf(fd, (fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH) | fcntl.LOCK_NB, 1, offset)
    except OSError as exc:
        if exc.errno in (errno.EACCES, errno.EAGAIN):
            return False
        raise
    return True


def unlock_byte(fd: int, offset: int, *, exclusive: bool = True) -> None:
    """Release a byte locked by ``lock_byte``."""
    if sys.platform == "win32":
        import msvcrt

        if not exclusive:
            return
        os.lseek(fd, offset, os.SEEK_SET)
        with contextlib.suppress(OSError):
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        return
    import fcntl

    fcntl.lockf(fd, fcntl.LOCK_UN, 1, offset)
