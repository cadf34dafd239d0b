from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

ROOT = Path(__file__).resolve().parents[2]

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("propagateSizeHints")]


def _script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("screenshots", ROOT / "tools" / "screenshots.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_screenshots_show_every_tab_of_the_demo(qtbot: QtBot, tmp_path: Path) -> None:
    written = _script().take_screenshots(tmp_path / "png", tmp_path / "work")
    names = {path.stem for path in written}
    assert {"territoire-et-contrat", "signataires", "import-tableau", "fiches-remplies"} <= names
    for path in written:
        image = QImage(str(path))
        assert not image.isNull(), path
        if path.stem not in ("apercu-import", "import-tableau", "fiches-remplies"):  # dialogs
            assert (image.width(), image.height()) == (1280, 800), path
        # not a blank picture: many distinct colours along the middle row
        colours = {image.pixel(x, image.height() // 2) for x in range(0, image.width(), 4)}
        assert len(colours) > 3, path
