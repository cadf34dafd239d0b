"""Typed user settings with declared defaults, stored in an INI file in the config folder."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QSettings

from ti_desktop import paths

MAX_RECENT_FILES = 8


class AppSettings:
    """Every setting the window keeps between sessions, each with its default."""

    def __init__(self, settings: QSettings | None = None) -> None:
        if settings is None:
            folder = paths.user_config_dir()
            folder.mkdir(parents=True, exist_ok=True)
            settings = QSettings(str(folder / "ti-desktop.ini"), QSettings.Format.IniFormat)
        self._qsettings = settings

    def _get_str(self, key: str, default: str = "") -> str:
        value = self._qsettings.value(key, default)
        return str(value) if value is not None else default

    def _set(self, key: str, value: Any) -> None:
        self._qsettings.setValue(key, value)
        self._qsettings.sync()

    @property
    def recent_files(self) -> list[Path]:
        """Databases opened lately, most recent first, existing files only."""
        raw = self._qsettings.value("fichiers/recents", [])
        items: list[object] = [raw] if isinstance(raw, str) else list(raw or [])  # type: ignore[call-overload]
        return [Path(str(p)) for p in items if p and Path(str(p)).exists()]

    def add_recent_file(self, path: Path) -> None:
        """Put ``path`` first in the recent files."""
        resolved = path.resolve()
        others = [p for p in self.recent_files if p.resolve() != resolved]
        self._set("fichiers/recents", [str(p) for p in [resolved, *others][:MAX_RECENT_FILES]])

    @property
    def contract_template(self) -> Path | None:
        """A Région's own contract canvas, or None for the shipped one."""
        value = self._get_str("modeles/contrat")
        return Path(value) if value else None

    @contract_template.setter
    def contract_template(self, path: Path | None) -> None:
        self._set("modeles/contrat", str(path) if path else "")

    @property
    def fiche_template(self) -> Path | None:
        """A custom one-fiche template, or None for the shipped one."""
        value = self._get_str("modeles/fiche")
        return Path(value) if value else None

    @fiche_template.setter
    def fiche_template(self, path: Path | None) -> None:
        self._set("modeles/fiche", str(path) if path else "")

    @property
    def generate_pdf(self) -> bool:
        """Also produce a PDF next to each Word document (when LibreOffice is found)."""
        return self._get_str("documents/pdf", "true") == "true"

    @generate_pdf.setter
    def generate_pdf(self, value: bool) -> None:
        self._set("documents/pdf", "true" if value else "false")

    @property
    def last_directory(self) -> Path:
        """Folder proposed by the next file dialog."""
        value = self._get_str("fichiers/dernier_dossier")
        return Path(value) if value else Path.home()

    @last_directory.setter
    def last_directory(self, path: Path) -> None:
        self._set("fichiers/dernier_dossier", str(path))

    def geometry(self, key: str) -> QByteArray | None:
        """Saved geometry or state of a window or splitter."""
        value = self._qsettings.value(f"fenetre/{key}")
        return value if isinstance(value, QByteArray) else None

    def set_geometry(self, key: str, value: QByteArray) -> None:
        self._set(f"fenetre/{key}", value)

    def value(self, key: str, default: str = "") -> str:
        """A free-form string setting (filter states, column widths...)."""
        return self._get_str(key, default)

    def set_value(self, key: str, value: str) -> None:
        self._set(key, value)
