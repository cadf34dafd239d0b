"""LibreOffice in headless mode: PDF and OpenDocument files, and the pages of a layout.

One run of LibreOffice, with a throw-away profile (``-env:UserInstallation``, so it works
while the user's own LibreOffice is open), loads the document and, through a small Basic
macro written into that profile:

- updates its indexes and fields (the table of contents is filled in the PDF and the
  OpenDocument file, page numbers and all);
- moves a heading left alone at the foot of a page to the next page (LibreOffice does
  not always honour « keep with next » where Word does);
- notes the page of every bookmark, so the Word file gets the same page numbers in its
  table of contents and annex index (``finishing.apply_page_numbers``);
- writes each output asked for (PDF, ``.odt``, ``.ods``).

Every output is checked on disk: ``soffice`` can exit 0 without writing anything.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Mapping
from pathlib import Path
from xml.sax.saxutils import escape

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
_OPEN_FORMAT_MESSAGE = (
    "LibreOffice est introuvable : l'enregistrement au format OpenDocument ({suffix}) est "
    "impossible. Installez LibreOffice (https://fr.libreoffice.org) ou indiquez le chemin de "
    f"soffice dans la variable d'environnement {SOFFICE_ENV} ; sinon, choisissez le format "
    "{fallback}."
)
# What LibreOffice writes for each output, by kind of document (Writer, Calc).
FILTERS = {
    ("writer", "pdf"): "writer_pdf_Export",
    ("writer", "odt"): "writer8",
    ("calc", "pdf"): "calc_pdf_Export",
    ("calc", "ods"): "calc8",
}
_NAMES = {"pdf": "PDF", "odt": "OpenDocument (.odt)", "ods": "OpenDocument (.ods)"}


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


def require_soffice(*, open_format: str | None = None) -> Path:
    """Like ``find_soffice`` but a clear French error when LibreOffice is missing.

    Args:
        open_format: ``"odt"`` or ``"ods"`` when the file asked for is OpenDocument (the
            message then says so and offers the Office format instead).
    """
    soffice = find_soffice()
    if soffice is None:
        if open_format is not None:
            fallback = "Word (.docx)" if open_format == "odt" else "Excel (.xlsx)"
            raise UserFacingError(
                _OPEN_FORMAT_MESSAGE.format(suffix=f".{open_format}", fallback=fallback)
            )
        raise UserFacingError(_MISSING_MESSAGE)
    return soffice


_MACRO = """
Sub Convertir
  Dim doc As Object
  On Error GoTo Echec
  Dim props(1) As New com.sun.star.beans.PropertyValue
  props(0).Name = "Hidden"
  props(0).Value = True
  props(1).Name = "UpdateDocMode"
  props(1).Value = 0
  doc = StarDesktop.loadComponentFromURL("{source}", "_blank", 0, props())
  If HasUnoInterfaces(doc, "com.sun.star.text.XTextDocument") Then
    MettreAJour(doc)
    If TitresSeuls(doc) Then MettreAJour(doc)
    If TitresSeuls(doc) Then MettreAJour(doc)
    NoterPages(doc, "{pages}")
  End If
{stores}
  doc.close(True)
  Ecrire("{status}", "ok")
  Exit Sub
Echec:
  Ecrire("{status}", "Erreur " & Err & " : " & Error$ & " (ligne " & Erl & ")")
  On Error Resume Next
  doc.close(True)
End Sub

Sub MettreAJour(doc As Object)
  For i = 0 To doc.getDocumentIndexes().getCount() - 1
    doc.getDocumentIndexes().getByIndex(i).update()
  Next
  doc.getTextFields().refresh()
End Sub

Function TitresSeuls(doc As Object) As Boolean
  Rem A heading whose next paragraph or table starts on the next page goes there too.
  Dim vue As Object, liste As Object, element As Object, titre As Object
  vue = doc.getCurrentController().getViewCursor()
  liste = doc.getText().createEnumeration()
  TitresSeuls = False
  titre = Nothing
  Do While liste.hasMoreElements()
    element = liste.nextElement()
    If Not IsNull(titre) Then
      vue.gotoRange(titre.getStart(), False)
      page = vue.getPage()
      If element.supportsService("com.sun.star.text.TextTable") Then
        vue.gotoRange(element.getAnchor().getStart(), False)
      Else
        vue.gotoRange(element.getStart(), False)
      End If
      If vue.getPage() > page Then
        titre.BreakType = com.sun.star.style.BreakType.PAGE_BEFORE
        TitresSeuls = True
      End If
    End If
    titre = Nothing
    If element.supportsService("com.sun.star.text.Paragraph") Then
      If element.OutlineLevel > 0 And element.BreakType = com.sun.star.style.BreakType.NONE Then
        titre = element
      End If
    End If
  Loop
End Function

Sub NoterPages(doc As Object, url As String)
  Dim vue As Object, signet As Object
  vue = doc.getCurrentController().getViewCursor()
  f = FreeFile
  Open url For Output As #f
  For i = 0 To doc.getBookmarks().getCount() - 1
    signet = doc.getBookmarks().getByIndex(i)
    vue.gotoRange(signet.getAnchor().getStart(), False)
    Print #f, signet.getName() & Chr(9) & vue.getPage()
  Next
  Close #f
End Sub

Sub Ecrire(url As String, texte As String)
  f = FreeFile
  Open url For Output As #f
  Print #f, texte
  Close #f
End Sub
"""
_STORE = """  Dim filtre{n}(0) As New com.sun.star.beans.PropertyValue
  filtre{n}(0).Name = "FilterName"
  filtre{n}(0).Value = "{filter}"
  doc.storeToURL("{target}", filtre{n}())
"""
_MODULE = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    '<!DOCTYPE script:module PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" '
    '"module.dtd">\n'
    '<script:module xmlns:script="http://openoffice.org/2000/script" script:name="Module1" '
    'script:language="StarBasic">{code}</script:module>\n'
)
_LIBRARY = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    '<!DOCTYPE library:library PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" '
    '"library.dtd">\n'
    '<library:library xmlns:library="http://openoffice.org/2000/library" '
    'library:name="Standard" library:readonly="false" library:passwordprotected="false">'
    '<library:element library:name="Module1"/></library:library>\n'
)


def _basic_url(path: Path) -> str:
    """A file URL as a Basic string literal holds it."""
    return path.as_uri().replace('"', '""')


def _run(command: list[str], document: Path) -> subprocess.CompletedProcess[str]:
    try:
        return subprocess.run(  # noqa: S603 - fixed arguments, no shell
            command, capture_output=True, text=True, timeout=CONVERSION_TIMEOUT_S, check=False
        )
    except subprocess.TimeoutExpired as exc:
        raise UserFacingError(
            f"LibreOffice n'a pas converti « {document.name} » en "
            f"{CONVERSION_TIMEOUT_S} secondes ; conversion abandonnée."
        ) from exc
    except OSError as exc:
        raise UserFacingError(f"Impossible de lancer LibreOffice ({command[0]}) : {exc}.") from exc


def _install_macro(profile: Path, code: str) -> None:
    """The macro as module « Standard.Module1 » of the profile's own Basic library."""
    library = profile / "user" / "basic" / "Standard"
    library.mkdir(parents=True, exist_ok=True)
    module = _MODULE.format(code=escape(code))
    (library / "Module1.xba").write_text(module, encoding="utf-8")
    if not (library / "script.xlb").exists():
        (library / "script.xlb").write_text(_LIBRARY, encoding="utf-8")


def _looks_right(kind: str, path: Path) -> bool:
    if not path.is_file() or path.stat().st_size == 0:
        return False
    with path.open("rb") as handle:
        start = handle.read(5)
    return start == b"%PDF-" if kind == "pdf" else start.startswith(b"PK")


def _read_pages(path: Path) -> dict[str, int]:
    pages: dict[str, int] = {}
    if not path.is_file():
        return pages
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        name, _, page = line.strip().partition("\t")
        if name and page.strip().isdigit():
            pages[name] = int(page.strip())
    return pages


def convert(
    document: Path,
    outputs: Mapping[str, Path],
    *,
    soffice: Path | None = None,
) -> dict[str, int]:
    """Write each of ``outputs`` (``{"pdf": path, "odt": path}``) from ``document``.

    ``document`` is a .docx (Writer: indexes updated, headings kept with their text) or
    a .xlsx (Calc). Returns the page of each bookmark of a Writer document.

    Raises:
        UserFacingError: LibreOffice is missing, fails, times out or writes nothing.
    """
    executable = soffice or require_soffice()
    document = Path(document)
    kind = "calc" if document.suffix.lower() in (".xlsx", ".ods") else "writer"
    with tempfile.TemporaryDirectory(prefix="ti-desktop-libreoffice-") as work:
        work_dir = Path(work)
        profile = work_dir / "profil"
        # A plain ASCII copy: nothing in the macro depends on the user's file name.
        source = work_dir / ("document" + document.suffix.lower())
        shutil.copyfile(document, source)
        produced = {name: work_dir / f"sortie.{name}" for name in outputs}
        status, pages = work_dir / "etat.txt", work_dir / "pages.txt"
        stores = "".join(
            _STORE.format(n=n, filter=FILTERS[(kind, name)], target=_basic_url(path))
            for n, (name, path) in enumerate(produced.items())
        )
        code = _MACRO.format(
            source=_basic_url(source),
            pages=_basic_url(pages),
            status=_basic_url(status),
            stores=stores,
        )
        base = [str(executable), f"-env:UserInstallation={profile.as_uri()}", "--headless"]
        _run([*base, "--terminate_after_init"], document)  # creates the profile
        _install_macro(profile, code)
        completed = _run(
            [*base, "--norestore", "--nologo", "macro:///Standard.Module1.Convertir"], document
        )
        state = (
            status.read_text(encoding="utf-8", errors="replace").strip()
            if (status.is_file())
            else ""
        )
        for name, path in produced.items():
            if not _looks_right(name, path):
                detail = (
                    state
                    if state and state != "ok"
                    else (
                        (completed.stderr or completed.stdout or "").strip().splitlines() or [""]
                    )[-1]
                )
                raise UserFacingError(
                    f"LibreOffice n'a pas produit de {_NAMES[name]} pour « {document.name} » "
                    f"(code {completed.returncode})." + (f" Message : {detail}" if detail else "")
                )
        for name, target in outputs.items():
            with atomic_path(Path(target)) as temporary:
                shutil.copyfile(produced[name], temporary)
        return _read_pages(pages)


def convert_to_pdf(document: Path, target: Path, *, soffice: Path | None = None) -> Path:
    """Write ``target`` (a PDF) from ``document`` (a .docx or .xlsx) and return it.

    Raises:
        UserFacingError: LibreOffice is missing, fails, times out or writes no PDF.
    """
    convert(document, {"pdf": Path(target)}, soffice=soffice)
    return Path(target)
