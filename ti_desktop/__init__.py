"""TI Desktop: contrats de Territoire d'industrie, fiches-actions et classeurs pour la Région."""

from importlib import metadata as _metadata

try:
    __version__ = _metadata.version("ti-desktop")
except _metadata.PackageNotFoundError:  # running from a source tree or a frozen bundle
    __version__ = "0.1.0"

APP_NAME = "TI Desktop"
APP_ID = "ti-desktop"
DATABASE_SUFFIX = ".tidb"
