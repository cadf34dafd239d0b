"""Convert a .docx to PDF with LibreOffice in headless mode.

LibreOffice runs with a throw-away profile (``-env:UserInstallation``) so the
conversion works while the user's own LibreOffice is open, and the PDF is checked on
disk: ``soffice`` can exit 0 without writing anything.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from ti_desktop.errors import UserFacingError
from ti_desktop.services.files.atomic import atomic_path

SOFFICE_ENV = "TI_DESKTOP_SOFFICE"
CONVERSION_TIMEOUT_S = 240

_MISSING_MESSAGE = (
    "LibreOffice est introuvable : la conversion en PDF est impossible. Installez "
    "LibreOffice (https://fr.libreoffice.org) ou indiquez le chemin de soffice dans la "
    f"variable d'environnement {SOFFICE_ENV}. Le document Word, lui, peut être ouvert "
    "et enregistré en PDF depuis Word."
)


def _usual_locations() -> list[Path]:
    """Where installers put soffice on Windows and macOS."""
    if sys.platform == "win32":
        roots = [os.environ.get(k) for k in ("PROGRAMFILES", "PROGRAMFILES(X86)", "PROGRAMW6432")]
        names = ("LibreOffice", "LibreOffice 7", "LibreOffice 24", "LibreOffice 25")
        return [Path(r) / n / "program" / "soffice.exe" for r in roots if r for n in names]
    if sys.platform == "darwin":
        return [
            Path("/Applications/LibreOffice.app/Contents/MacOS/soffice"),
            Path.home() / "Applications/LibreOffice.app/Contents/MacOS/soffice",
        ]
    return [
        Path("/usr/bin/soffice"),
        Path("/usr/lib/libreoffice/program/soffice"),
        Path("/opt/libreoffice/program/soffice"),
    ]


def find_soffice() -> Path | None:
    """The LibreOffice executable: the environment variable, PATH, then usual places."""
    configured = os.environ.get(SOFFICE_ENV)
    if configured:
        path = Path(configured).expanduser()
        return path if path.is_file() else None
    for name in ("soffice", "libreoffice"):
        found = shutil.which(name)
        if found:
            return Path(found)
    return next((p for p in _usual_locations() if p.is_file()), None)


def require_soffice() -> Path:
    """Like ``find_soffice`` but a clear French error when LibreOffice is missing."""
    soffice = find_soffice()
    if soffice is None:
        raise UserFacingError(_MISSING_MESSAGE)
    return soffice


def convert_to_pdf(document: Path, target: Path, *, soffice: Path | None = None) -> Path:
    """Write ``target`` (a PDF) from ``document`` (a .docx) and return it.

    Raises:
        UserFacingError: LibreOffice is missing, fails, times out or writes no PDF.
    """
    executable = soffice or require_soffice()
    document = Path(document)
    with tempfile.TemporaryDirectory(prefix="ti-desktop-pdf-") as work:
        work_dir = Path(work)
        profile = work_dir / "profil"
        out_dir = work_dir / "sortie"
        out_dir.mkdir()
        # A plain ASCII copy: LibreOffice names its output after the input.
        source = work_dir / "document.docx"
        shutil.copyfile(document, source)
        command = [
            str(executable),
            f"-env:UserInstallation={profile.as_uri()}",
            "--headless",
            "--norestore",
            "--nologo",
            "--convert-to",
            "pdf:writer_pdf_Export",
            "--outdir",
            str(out_dir),
            str(source),
        ]
        try:
            completed = subprocess.run(  # noqa: S603 - fixed arguments, no shell
                command, capture_output=True, text=True, timeout=CONVERSION_TIMEOUT_S, check=False
            )
        except subprocess.TimeoutExpired as exc:
            raise UserFacingError(
                f"LibreOffice n'a pas converti « {document.name} » en PDF en "
                f"{CONVERSION_TIMEOUT_S} secondes ; conversion abandonnée."
            ) from exc
        except OSError as exc:
            raise UserFacingError(
                f"Impossible de lancer LibreOffice ({executable}) : {exc}."
            ) from exc
        produced = out_dir / "document.pdf"
        if not produced.is_file() or produced.stat().st_size == 0 or not _looks_like_pdf(produced):
            detail = (completed.stderr or completed.stdout or "").strip().splitlines()
            raise UserFacingError(
                f"LibreOffice n'a pas produit de PDF pour « {document.name} » "
                f"(code {completed.returncode})." + (f" Message : {detail[-1]}" if detail else "")
            )
        with atomic_path(target) as temporary:
            shutil.copyfile(produced, temporary)
    return Path(target)


def _looks_like_pdf(path: Path) -> bool:
    with path.open("rb") as handle:
        return handle.read(5) == b"%PDF-"
