from __future__ import annotations

import logging
import logging.handlers
from collections.abc import Iterator
from pathlib import Path

import pytest

from ti_desktop.logging_setup import BACKUP_COUNT, LOG_FILE_NAME, configure_logging


@pytest.fixture
def clean_root() -> Iterator[logging.Logger]:
    root = logging.getLogger()
    before = list(root.handlers)
    level = root.level
    yield root
    for handler in list(root.handlers):
        if handler not in before:
            root.removeHandler(handler)
            handler.close()
    root.setLevel(level)


def test_configure_logging_writes_rotating_file(tmp_path: Path, clean_root: logging.Logger) -> None:
    log_file = configure_logging(tmp_path / "journaux")
    assert log_file == tmp_path / "journaux" / LOG_FILE_NAME
    configure_logging(tmp_path / "journaux")  # twice: no duplicated handlers
    ours = [h for h in clean_root.handlers if getattr(h, "_ti_desktop_handler", False)]
    assert len(ours) == 2
    rotating = [h for h in ours if isinstance(h, logging.handlers.RotatingFileHandler)]
    assert len(rotating) == 1 and rotating[0].backupCount == BACKUP_COUNT >= 2
    stderr = [h for h in ours if not isinstance(h, logging.handlers.RotatingFileHandler)]
    assert stderr[0].level == logging.WARNING

    logging.getLogger("ti_desktop.test").info("Génération du contrat : 12 fiches")
    try:
        raise OSError("disque plein")
    except OSError:
        logging.getLogger("ti_desktop.test").exception("Échec")
    rotating[0].flush()
    text = log_file.read_text(encoding="utf-8")
    assert "INFO ti_desktop.test [MainThread] Génération du contrat : 12 fiches" in text
    assert "Traceback (most recent call last)" in text and "OSError: disque plein" in text
