"""The About dialog: version, data folder link and the licences of what we ship."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from pytestqt.qtbot import QtBot

from ti_desktop import __version__
from ti_desktop.gui import about_dialog
from ti_desktop.gui.about_dialog import COMPONENTS, AboutDialog, Component, component_version

pytestmark = pytest.mark.gui


@pytest.fixture
def dialog(qtbot: QtBot, data_dir: Path) -> AboutDialog:
    widget = AboutDialog(data_dir)
    qtbot.addWidget(widget)  # never shown: exec() would block and show() warns offscreen
    return widget


def test_shows_name_version_and_icon(dialog: AboutDialog) -> None:
    assert dialog.ui.name_label.text() == "TI Desktop"
    assert dialog.ui.version_label.text() == f"Version {__version__}"
    assert "TI Desktop" in dialog.windowTitle()
    assert not dialog.ui.icon_label.pixmap().isNull()
    assert not dialog.windowIcon().isNull()


def test_lists_every_component_with_its_licence(dialog: AboutDialog) -> None:
    rows = {name: (version, license_name) for name, version, license_name in dialog.licenses()}
    assert rows["Qt"][1] == "LGPL-3.0"
    assert rows["PySide6"][1] == "LGPL-3.0"
    assert rows["docxtpl"][1] == "LGPL-2.1"
    assert rows["Jinja2"][1] == "BSD-3-Clause"
    assert rows["defusedxml"][1] == "PSF-2.0"
    for name in ("SQLAlchemy", "Alembic", "openpyxl", "python-docx", "platformdirs"):
        assert rows[name][1] == "MIT"
    # Versions come from the installed packages, not from a hard-coded list.
    import sqlalchemy

    assert rows["SQLAlchemy"][0] == sqlalchemy.__version__
    assert all(version != about_dialog.UNKNOWN_VERSION for version, _ in rows.values())
    assert "LGPL" in dialog.ui.lgpl_note_label.text()


def test_missing_metadata_shows_a_dash() -> None:
    assert component_version(Component("Absent", ("no-such-distribution",), "MIT")) == "—"


def test_data_folder_link_opens_the_folder(
    dialog: AboutDialog, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(opened.append))
    assert str(data_dir) in dialog.ui.data_dir_label.text()
    assert not data_dir.exists()
    dialog.ui.data_dir_label.linkActivated.emit(QUrl.fromLocalFile(str(data_dir)).toString())
    assert [Path(url.toLocalFile()) for url in opened] == [data_dir]
    assert data_dir.is_dir()


def test_close_button_closes(dialog: AboutDialog, qtbot: QtBot) -> None:
    (button,) = dialog.ui.button_box.buttons()
    assert button.text().replace("&", "") in {"Close", "Fermer"}
    with qtbot.waitSignal(dialog.rejected, timeout=1000):
        button.click()


def test_components_cover_the_runtime_dependencies() -> None:
    names = {component.name.lower() for component in COMPONENTS}
    assert {"qt", "pyside6", "sqlalchemy", "alembic", "openpyxl", "python-docx"} <= names
    assert {"docxtpl", "jinja2", "defusedxml", "platformdirs"} <= names
