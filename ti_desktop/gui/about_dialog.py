"""The "À propos" dialog: icon, version, data folder and the licences of what we ship."""

from __future__ import annotations

import html
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

from PySide6.QtCore import QSize, QUrl, qVersion
from PySide6.QtGui import QDesktopServices, QFont, QIcon
from PySide6.QtWidgets import QDialog, QHeaderView, QTableWidgetItem, QWidget

from ti_desktop import APP_NAME, __version__
from ti_desktop.gui.forms.ui_about_dialog import Ui_AboutDialog

ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)
UNKNOWN_VERSION = "—"


@dataclass(frozen=True)
class Component:
    """A third-party component shipped with the program."""

    name: str
    distributions: tuple[str, ...]  # the first one installed gives the version
    license: str


COMPONENTS: tuple[Component, ...] = (
    Component("Qt", (), "LGPL-3.0"),
    Component("PySide6", ("PySide6-Essentials", "PySide6"), "LGPL-3.0"),
    Component("SQLAlchemy", ("SQLAlchemy",), "MIT"),
    Component("Alembic", ("alembic",), "MIT"),
    Component("openpyxl", ("openpyxl",), "MIT"),
    Component("python-docx", ("python-docx",), "MIT"),
    Component("docxtpl", ("docxtpl",), "LGPL-2.1"),
    Component("Jinja2", ("Jinja2",), "BSD-3-Clause"),
    Component("defusedxml", ("defusedxml",), "PSF-2.0"),
    Component("platformdirs", ("platformdirs",), "MIT"),
)


def component_version(component: Component) -> str:
    """The installed version of a component, or a dash when its metadata is absent."""
    if not component.distributions:
        return qVersion()
    for distribution in component.distributions:
        try:
            return metadata.version(distribution)
        except metadata.PackageNotFoundError:
            continue
    return UNKNOWN_VERSION


def application_icon() -> QIcon:
    """The TI Desktop icon at every rendered size (from the compiled resources)."""
    import ti_desktop.resources_rc  # noqa: F401 - registers the :/icons/ files with Qt

    icon = QIcon()
    for size in ICON_SIZES:
        icon.addFile(f":/icons/ti-desktop-{size}.png", QSize(size, size))
    return icon


class AboutDialog(QDialog):
    """Shows the version, the data folder (a link that opens it) and the licences."""

    def __init__(self, data_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_AboutDialog()
        self.ui.setupUi(self)  # type: ignore[no-untyped-call]  # generated form
        self._data_dir = data_dir
        self.setWindowTitle(self.tr("À propos de %s") % APP_NAME)
        self._fill_header()
        self._fill_data_folder()
        self._fill_licenses()
        self._connect_signals()

    def _fill_header(self) -> None:
        icon = application_icon()
        self.setWindowIcon(icon)
        self.ui.icon_label.setPixmap(icon.pixmap(QSize(96, 96)))
        title_font = QFont(self.ui.name_label.font())
        title_font.setPointSizeF(title_font.pointSizeF() * 1.6)
        title_font.setBold(True)
        self.ui.name_label.setFont(title_font)
        self.ui.name_label.setText(APP_NAME)
        self.ui.version_label.setText(self.tr("Version %s") % __version__)

    def _fill_data_folder(self) -> None:
        url = QUrl.fromLocalFile(str(self._data_dir)).toString()
        self.ui.data_dir_label.setText(
            f'<a href="{html.escape(url)}">{html.escape(str(self._data_dir))}</a>'
        )

    def _fill_licenses(self) -> None:
        table = self.ui.licenses_table
        table.setRowCount(len(COMPONENTS))
        for row, component in enumerate(COMPONENTS):
            cells = (component.name, component_version(component), component.license)
            for column, text in enumerate(cells):
                table.setItem(row, column, QTableWidgetItem(text))
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        table.resizeRowsToContents()

    def _connect_signals(self) -> None:
        self.ui.data_dir_label.linkActivated.connect(self._on_data_dir_label_link_activated)

    def _on_data_dir_label_link_activated(self, _link: str) -> None:
        # The folder exists once a database was opened; create it so the link never fails.
        self._data_dir.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._data_dir)))

    def licenses(self) -> list[tuple[str, str, str]]:
        """The rows shown in the licences table: (component, version, licence)."""
        table = self.ui.licenses_table
        rows: list[tuple[str, str, str]] = []
        for row in range(table.rowCount()):
            name, version, license_name = (
                item.text() if (item := table.item(row, column)) is not None else ""
                for column in range(3)
            )
            rows.append((name, version, license_name))
        return rows
