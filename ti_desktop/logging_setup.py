"""Logging to a rotating file in the log folder (shown by the crash dialog) and to stderr."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

LOG_FILE_NAME = "ti-desktop.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 4
_FORMAT = "%(asctime)s %(levelname)s %(name)s [%(threadName)s] %(message)s"
_MARK = "_ti_desktop_handler"


def configure_logging(log_dir: Path, *, level: int = logging.INFO) -> Path:
    """Send log records to ``log_dir/ti-desktop.log`` (rotated) and warnings to stderr.

    Calling it again replaces the handlers it installed before (tests, a second window).
    A log that cannot be written (full disk, read-only folder) is given up quietly:
    the program must start anyway.

    Returns:
        The path of the current log file.
    """
    log_file = log_dir / LOG_FILE_NAME
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, _MARK, False):
            root.removeHandler(handler)
            handler.close()

    stderr_handler = logging.StreamHandler()
    stderr_handler.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
    stderr_handler.setLevel(logging.WARNING)
    handlers: list[logging.Handler] = [stderr_handler]
    problem = None
    try:
        log_dir.mkdir(parents=True, exist_ok=True)
        file_handler = logging.handlers.RotatingFileHandler(
            log_file, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8"
        )
    except OSError as exc:
        problem = exc
    else:
        file_handler.setFormatter(logging.Formatter(_FORMAT))
        file_handler.setLevel(level)
        handlers.insert(0, file_handler)
    logging.raiseExceptions = False  # a full disk while logging is not worth a traceback
    for handler in handlers:
        setattr(handler, _MARK, True)
        root.addHandler(handler)
    if root.level == logging.NOTSET or root.level > level:
        root.setLevel(level)
    if problem is not None:
        logging.getLogger(__name__).warning("Journal %s impossible : %s", log_file, problem)
    return log_file
