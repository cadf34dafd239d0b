"""The one place that knows where files live.

User data (databases, backups, logs, settings) comes from platformdirs and moves as a
whole with ``--data-dir`` or ``TI_DESKTOP_DATA_DIR``. Bundled files (templates,
resources, migrations) are found next to the package in a source checkout and under
``sys._MEIPASS`` in a PyInstaller bundle. Nothing here creates folders at import time.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

from ti_desktop import APP_ID, DATABASE_SUFFIX

DATA_DIR_ENV = "TI_DESKTOP_DATA_DIR"
DATABASE_ENV = "TI_DESKTOP_DB"
_APP_AUTHOR = "TerritoiresIndustrie"

_data_dir_override: Path | None = None


def set_data_dir(path: Path | None) -> None:
    """Move every user file under ``path`` (development, tests, portable use)."""
    global _data_dir_override
    _data_dir_override = path


def user_data_dir() -> Path:
    """Folder holding the default database and the backups."""
    if _data_dir_override is not None:
        return _data_dir_override
    env = os.environ.get(DATA_DIR_ENV)
    if env:
        return Path(env)
    return Path(platformdirs.user_data_dir(APP_ID, _APP_AUTHOR))


def user_log_dir() -> Path:
    """Folder of the log file shown in the crash dialog."""
    if _data_dir_override is not None or os.environ.get(DATA_DIR_ENV):
        return user_data_dir() / "logs"
    return Path(platformdirs.user_log_dir(APP_ID, _APP_AUTHOR))


def user_config_dir() -> Path:
    """Folder of the settings file."""
    if _data_dir_override is not None or os.environ.get(DATA_DIR_ENV):
        return user_data_dir() / "config"
    return Path(platformdirs.user_config_dir(APP_ID, _APP_AUTHOR))


def backups_dir() -> Path:
    """Folder of the rolling backups of every database."""
    return user_data_dir() / "sauvegardes"


def sent_copies_dir() -> Path:
    """Folder of the copies kept of every file sent (the register of transmissions)."""
    return user_data_dir() / "envois"


def mapping_memory_path() -> Path:
    """The column mappings of trackers confirmed by the user (remembered per set of headers)."""
    return user_data_dir() / "correspondances-tableaux.json"


def default_database_path() -> Path:
    """The database opened when none is named (``TI_DESKTOP_DB`` wins)."""
    env = os.environ.get(DATABASE_ENV)
    if env:
        return Path(env)
    return user_data_dir() / f"territoires{DATABASE_SUFFIX}"


def bundle_root() -> Path:
    """Root of the shipped files: PyInstaller folder, installed package, or source tree."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root)
    installed = Path(__file__).resolve().parent / "_shipped"  # written by setup.py's build
    if installed.is_dir():
        return installed
    return Path(__file__).resolve().parent.parent


def package_dir() -> Path:
    """The ``ti_desktop`` package folder (inside the bundle when frozen)."""
    return bundle_root() / "ti_desktop" if getattr(sys, "_MEIPASS", None) else Path(__file__).parent


def templates_dir() -> Path:
    """Folder of the Word templates shipped with the program."""
    return bundle_root() / "templates"


def default_contract_template() -> Path:
    """The national canvas ``templates/contrat.docx``."""
    return templates_dir() / "contrat.docx"


def default_fiche_template() -> Path:
    """The one-fiche template ``templates/fiche.docx``."""
    return templates_dir() / "fiche.docx"


def default_avenant_template() -> Path:
    """The avenant canvas ``templates/avenant.docx``."""
    return templates_dir() / "avenant.docx"


def default_report_template() -> Path:
    """The follow-up report canvas ``templates/rapport-suivi.docx``."""
    return templates_dir() / "rapport-suivi.docx"


def resources_dir() -> Path:
    """Folder of icons and translations."""
    return bundle_root() / "resources"


def ui_dir() -> Path:
    """Folder of the Qt Designer sources."""
    return bundle_root() / "ui"


def migrations_dir() -> Path:
    """Folder of the Alembic environment and versions."""
    return package_dir() / "db" / "migrations"
