"""The PyInstaller spec, run with stand-ins for PyInstaller's classes (no build needed)."""

from __future__ import annotations

import sys
import tomllib
import types
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "packaging" / "ti_desktop.spec"
PACKAGE_MODULES = [
    "ti_desktop",
    "ti_desktop.cli",
    "ti_desktop.commands.store_commands",
    "ti_desktop.db.migrations",
    "ti_desktop.db.migrations.env",
    "ti_desktop.db.migrations.versions.0001_schema_initial",
    "ti_desktop.gui.about_dialog",
]


def project_version() -> str:
    with (ROOT / "pyproject.toml").open("rb") as handle:
        return str(tomllib.load(handle)["project"]["version"])


class Recorder:
    """Stands for one PyInstaller class: remembers every call's arguments."""

    def __init__(self, name: str, calls: dict[str, list[Any]]) -> None:
        self.name = name
        self.calls = calls

    def __call__(self, *args: Any, **kwargs: Any) -> types.SimpleNamespace:
        result = types.SimpleNamespace(args=args, kwargs=kwargs, pure=[], scripts=[], binaries=[])
        result.datas = [
            (str(Path(dest) / Path(src).name), src, "DATA") for src, dest in kwargs.get("datas", [])
        ]
        self.calls.setdefault(self.name, []).append(result)
        return result


def run_spec(monkeypatch: pytest.MonkeyPatch, platform: str) -> dict[str, list[Any]]:
    """Execute the spec as PyInstaller would on ``platform``; return the recorded calls."""
    hooks = types.ModuleType("PyInstaller.utils.hooks")

    def collect_submodules(package: str, filter: Any = None) -> list[str]:  # noqa: A002
        inside = [n for n in PACKAGE_MODULES if n == package or n.startswith(package + ".")]
        return [name for name in inside if filter is None or filter(name)]

    hooks.collect_submodules = collect_submodules  # type: ignore[attr-defined]
    hooks.copy_metadata = lambda distribution: [(f"/site/{distribution}.dist-info", ".")]  # type: ignore[attr-defined]
    versioninfo = types.ModuleType("PyInstaller.utils.win32.versioninfo")
    for name in (
        "StringStruct",
        "VSVersionInfo",
        "FixedFileInfo",
        "StringFileInfo",
        "StringTable",
        "VarFileInfo",
        "VarStruct",
    ):
        setattr(versioninfo, name, lambda *a, _n=name, **k: (_n, a, k))
    win32 = types.ModuleType("PyInstaller.utils.win32")
    win32.versioninfo = versioninfo  # type: ignore[attr-defined]
    for name, module in {
        "PyInstaller": types.ModuleType("PyInstaller"),
        "PyInstaller.utils": types.ModuleType("PyInstaller.utils"),
        "PyInstaller.utils.hooks": hooks,
        "PyInstaller.utils.win32": win32,
        "PyInstaller.utils.win32.versioninfo": versioninfo,
    }.items():
        monkeypatch.setitem(sys.modules, name, module)
    monkeypatch.setattr(sys, "platform", platform)

    calls: dict[str, list[Any]] = {}
    namespace: dict[str, Any] = {"SPECPATH": str(SPEC.parent), "__file__": str(SPEC)}
    for name in ("Analysis", "PYZ", "EXE", "COLLECT", "BUNDLE"):
        namespace[name] = Recorder(name, calls)
    exec(compile(SPEC.read_text(encoding="utf-8"), str(SPEC), "exec"), namespace)
    calls["namespace"] = [namespace]
    return calls


def shipped_files(calls: dict[str, list[Any]]) -> dict[str, Path]:
    """Destination path inside the bundle -> source file, for every data file."""
    analysis = calls["Analysis"][0]
    return {
        str(Path(dest) / Path(src).name): Path(src)
        for src, dest in analysis.kwargs["datas"]
        if not src.startswith("/site/")
    }


def test_spec_ships_the_alembic_migrations_as_files(monkeypatch: pytest.MonkeyPatch) -> None:
    files = shipped_files(run_spec(monkeypatch, "linux"))
    migrations = ROOT / "ti_desktop" / "db" / "migrations"
    for name in ("env.py", "script.py.mako"):
        assert files[f"ti_desktop/db/migrations/{name}"] == migrations / name
    for version in (migrations / "versions").glob("*.py"):
        assert files[f"ti_desktop/db/migrations/versions/{version.name}"] == version
    assert not any("__pycache__" in dest for dest in files)


def test_spec_ships_templates_icons_and_translations_that_exist(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    files = shipped_files(run_spec(monkeypatch, "linux"))
    assert all(source.is_file() for source in files.values())
    assert "resources/icons/ti-desktop.svg" in files
    assert "resources/icons/ti-desktop-256.png" in files
    for template in (ROOT / "templates").glob("*.docx"):
        assert files[f"templates/{template.name}"] == template
    for translation in (ROOT / "resources" / "translations").glob("*.qm"):
        assert files[f"resources/translations/{translation.name}"] == translation


def test_spec_keeps_migrations_out_of_the_frozen_modules(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = run_spec(monkeypatch, "linux")
    hidden = calls["Analysis"][0].kwargs["hiddenimports"]
    assert "ti_desktop.commands.store_commands" in hidden
    assert "ti_desktop.gui.about_dialog" in hidden
    assert not [name for name in hidden if name.startswith("ti_desktop.db.migrations")]


def test_spec_builds_one_windowed_folder_named_ti_desktop(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = run_spec(monkeypatch, "linux")
    (exe,) = calls["EXE"]
    assert exe.kwargs["name"] == "ti-desktop"
    assert exe.kwargs["console"] is False
    assert exe.kwargs["exclude_binaries"] is True  # one folder, not one file
    assert calls["COLLECT"][0].kwargs["name"] == "ti-desktop"
    assert "BUNDLE" not in calls
    excludes = calls["Analysis"][0].kwargs["excludes"]
    assert "PySide6.QtQuick" in excludes
    assert "PySide6.QtWidgets" not in excludes
    assert calls["namespace"][0]["VERSION"] == project_version()


def test_spec_drops_qt_translations_other_than_french(monkeypatch: pytest.MonkeyPatch) -> None:
    namespace = run_spec(monkeypatch, "linux")["namespace"][0]
    unused = namespace["is_unused_qt_translation"]
    assert unused("PySide6/Qt/translations/qtbase_de.qm")
    assert not unused("PySide6/Qt/translations/qtbase_fr.qm")
    assert not unused("resources/translations/ti_desktop_en.qm")


def test_spec_on_windows_uses_the_ico_and_adds_a_console_twin(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    calls = run_spec(monkeypatch, "win32")
    names = [exe.kwargs["name"] for exe in calls["EXE"]]
    assert names == ["ti-desktop", "ti-desktop-cli"]
    assert [exe.kwargs["console"] for exe in calls["EXE"]] == [False, True]
    assert calls["EXE"][0].kwargs["icon"].endswith("ti-desktop.ico")
    assert calls["EXE"][0].kwargs["version"][0] == "VSVersionInfo"
    assert len(calls["COLLECT"][0].args) == 2 + 2  # both executables share one folder


def test_spec_on_macos_declares_the_tidb_document_type(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = run_spec(monkeypatch, "darwin")
    (bundle,) = calls["BUNDLE"]
    assert bundle.kwargs["name"] == "TI Desktop.app"
    assert bundle.kwargs["icon"].endswith("ti-desktop.icns")
    assert bundle.kwargs["bundle_identifier"] == "fr.territoires-industrie.TIDesktop"
    plist = bundle.kwargs["info_plist"]
    assert plist["CFBundleShortVersionString"] == project_version()
    (document,) = plist["CFBundleDocumentTypes"]
    assert document["CFBundleTypeExtensions"] == ["tidb"]
    (exported,) = plist["UTExportedTypeDeclarations"]
    assert exported["UTTypeIdentifier"] in document["LSItemContentTypes"]
    assert exported["UTTypeTagSpecification"]["public.filename-extension"] == ["tidb"]
    assert calls["EXE"][0].kwargs["argv_emulation"] is True


def test_spec_bundles_the_postgresql_driver_and_the_keyring(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    calls = run_spec(monkeypatch, "linux")
    hidden = calls["Analysis"][0].kwargs["hiddenimports"]
    assert "sqlalchemy.dialects.postgresql.psycopg" in hidden
    datas = [src for src, _dest in calls["Analysis"][0].kwargs["datas"]]
    assert "/site/psycopg.dist-info" in datas and "/site/keyring.dist-info" in datas
