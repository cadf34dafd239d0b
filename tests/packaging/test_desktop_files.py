"""Linux desktop integration, AppStream metainfo and the Windows installer script."""

from __future__ import annotations

import configparser
import shutil
import subprocess
import tomllib
from pathlib import Path

import pytest
from defusedxml import ElementTree

from ti_desktop import DATABASE_SUFFIX

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "packaging" / "linux"
APP_ID = "fr.territoires-industrie.TIDesktop"
DESKTOP_FILE = LINUX / f"{APP_ID}.desktop"
METAINFO_FILE = LINUX / f"{APP_ID}.metainfo.xml"
MIME_FILE = LINUX / "ti-desktop-mime.xml"
MIME_TYPE = "application/x-ti-desktop-database"
MIME_NS = "{http://www.freedesktop.org/standards/shared-mime-info}"


def project() -> dict[str, object]:
    with (ROOT / "pyproject.toml").open("rb") as handle:
        return dict(tomllib.load(handle)["project"])


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(DESKTOP_FILE, encoding="utf-8")
    return parser["Desktop Entry"]


def test_desktop_file_launches_ti_desktop_with_the_file() -> None:
    entry = desktop_entry()
    assert entry["Type"] == "Application"
    assert entry["Name"] == "TI Desktop"
    assert entry["Exec"] == "ti-desktop %f"
    assert entry["Icon"] == "ti-desktop"
    assert entry["Terminal"] == "false"
    assert "Préparer" in entry["Comment"]  # French
    assert entry["MimeType"].split(";")[:-1] == [MIME_TYPE]
    assert entry["Categories"].endswith(";")


def test_mime_type_claims_the_database_extension() -> None:
    root = ElementTree.parse(MIME_FILE).getroot()
    (mime_type,) = root.findall(f"{MIME_NS}mime-type")
    assert mime_type.get("type") == MIME_TYPE
    globs = [glob.get("pattern") for glob in mime_type.findall(f"{MIME_NS}glob")]
    assert globs == [f"*{DATABASE_SUFFIX}"]
    comments = {c.get("{http://www.w3.org/XML/1998/namespace}lang"): c.text for c in mime_type}
    assert comments.get("fr") == "Base TI Desktop"


def test_metainfo_matches_the_desktop_file_and_the_project() -> None:
    root = ElementTree.parse(METAINFO_FILE).getroot()
    assert root.tag == "component" and root.get("type") == "desktop-application"
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable") == DESKTOP_FILE.name
    assert root.findtext("project_license") == "GPL-3.0-or-later"
    assert root.findtext("provides/binary") == "ti-desktop"
    assert root.findtext("provides/mediatype") == MIME_TYPE
    assert root.find("description/p") is not None
    releases = root.findall("releases/release")
    assert releases[0].get("version") == project()["version"]  # add a <release> when bumping


@pytest.mark.skipif(shutil.which("appstreamcli") is None, reason="appstreamcli absent")
def test_metainfo_passes_appstream_validation() -> None:
    result = subprocess.run(
        ["appstreamcli", "validate", "--no-net", str(METAINFO_FILE)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_inno_setup_associates_tidb_and_keeps_user_data() -> None:
    script = (ROOT / "packaging" / "windows" / "ti_desktop.iss").read_text(encoding="utf-8")
    assert r'Subkey: "Software\Classes\.tidb"' in script
    assert '"""{app}\\{#AppExeName}"" ""%1"""' in script
    assert '#define AppExeName "ti-desktop.exe"' in script
    assert "#ifndef AppVersion" in script  # iscc /DAppVersion=... overrides the exe's version
    assert 'Name: "desktopicon"' in script and "Flags: unchecked" in script
    assert "{autoprograms}" in script
    assert "[UninstallDelete]" not in script.replace("No [UninstallDelete]", "")
    assert "..\\..\\dist\\ti-desktop" in script


@pytest.mark.skipif(
    shutil.which("desktop-file-validate") is None, reason="desktop-file-utils absent"
)
def test_desktop_file_passes_desktop_file_validate() -> None:
    result = subprocess.run(
        ["desktop-file-validate", str(DESKTOP_FILE)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr
