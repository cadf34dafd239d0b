"""Compile the Qt Designer forms, the resources and the translations.

Run from anywhere (needs PySide6's tools only)::

    python tools/compile_ui.py                 # ui/*.ui -> ti_desktop/gui/forms/ui_*.py, qrc
    python tools/compile_ui.py --check         # exit 1 if a committed file is out of date
    python tools/compile_ui.py --translations  # lupdate + lrelease (French is the source language)

Each ``ui/<name>.ui`` becomes ``ti_desktop/gui/forms/ui_<name>.py`` (pyside6-uic) with a
"generated, do not edit" header; ``resources/resources.qrc`` becomes
``ti_desktop/resources_rc.py`` (pyside6-rcc). The generated files are committed, so the
program runs without the tools; ``--check`` keeps them honest in the test suite.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UI_DIR = ROOT / "ui"
FORMS_DIR = ROOT / "ti_desktop" / "gui" / "forms"
QRC_FILE = ROOT / "resources" / "resources.qrc"
RESOURCES_MODULE = ROOT / "ti_desktop" / "resources_rc.py"
TRANSLATIONS_DIR = ROOT / "resources" / "translations"
TRANSLATED_SOURCES = (ROOT / "ui", ROOT / "ti_desktop")
SOURCE_LANGUAGE = "fr"
# Add a code here (e.g. "en") to start a new translation: the .ts file is created on the next run.
LANGUAGES = ("fr",)

_GENERATED_MARK = "# Generated from "


def _tool(name: str) -> str:
    """Find a PySide6 tool next to the running interpreter first, then on PATH."""
    beside = Path(sys.executable).parent / name
    if beside.exists():
        return str(beside)
    found = shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} introuvable : installez PySide6 dans cet environnement.")
    return found


def form_target(ui_file: Path) -> Path:
    """Return the Python module compiled from ``ui_file``."""
    return FORMS_DIR / f"ui_{ui_file.stem}.py"


def _header(source: Path) -> str:
    relative = source.relative_to(ROOT).as_posix()
    return f"{_GENERATED_MARK}{relative} by tools/compile_ui.py — do not edit.\n"


def _run_compiler(tool: str, source: Path, header: str, *options: str) -> str:
    """Run ``tool`` on ``source`` and return the generated code with ``header``."""
    with tempfile.TemporaryDirectory() as tmp:
        output = Path(tmp) / "out.py"
        command = [_tool(tool), *options, str(source), "-o", str(output)]
        subprocess.run(command, check=True, cwd=ROOT)
        return header + output.read_text(encoding="utf-8")


def compile_form(ui_file: Path) -> str:
    """Return the generated code of one form."""
    return _run_compiler("pyside6-uic", ui_file, _header(ui_file))


def compile_resources() -> str:
    """Return the generated code of ``resources/resources.qrc``."""
    # Format 1 stores no file modification times, so a fresh checkout compiles
    # to the same bytes as the committed file.
    return _run_compiler("pyside6-rcc", QRC_FILE, _header(QRC_FILE), "--format-version", "1")


_VERSION_LINE = re.compile(r"^#+ Created by: .*version [0-9.]+\s*$", re.MULTILINE)


def _body(code: str) -> str:
    """The code without the headers: another tool's header or Qt version is not a change."""
    lines = code.splitlines(keepends=True)
    while lines and lines[0].startswith("# Generated"):
        lines.pop(0)
    return _VERSION_LINE.sub("", "".join(lines))


def _targets() -> list[tuple[Path, str]]:
    """Every (target file, fresh generated code) pair."""
    pairs = [(form_target(ui), compile_form(ui)) for ui in sorted(UI_DIR.glob("*.ui"))]
    if QRC_FILE.exists():
        pairs.append((RESOURCES_MODULE, compile_resources()))
    return pairs


def check() -> list[Path]:
    """Return the generated files that are missing or differ from their source."""
    stale = []
    for target, code in _targets():
        if not target.exists() or _body(target.read_text(encoding="utf-8")) != _body(code):
            stale.append(target)
    return stale


def write_all() -> list[Path]:
    """Write every generated file whose content changed; return them."""
    written = []
    for target, code in _targets():
        # Same body under another tool's header: leave the file alone.
        if target.exists() and _body(target.read_text(encoding="utf-8")) == _body(code):
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        temporary = target.with_suffix(".tmp")
        temporary.write_text(code, encoding="utf-8")
        temporary.replace(target)
        written.append(target)
    return written


def update_translations(languages: Sequence[str] = LANGUAGES) -> list[Path]:
    """Extract the visible strings into ``.ts`` files and build the ``.qm`` files."""
    TRANSLATIONS_DIR.mkdir(parents=True, exist_ok=True)
    sources = [
        str(path)
        for folder in TRANSLATED_SOURCES
        for pattern in ("*.ui", "*.py")
        for path in sorted(folder.rglob(pattern))
        if "forms" not in path.parts and path.name != "resources_rc.py"
    ]
    produced = []
    for language in languages:
        ts_file = TRANSLATIONS_DIR / f"ti_desktop_{language}.ts"
        subprocess.run(
            [
                _tool("pyside6-lupdate"),
                *sources,
                "-source-language",
                SOURCE_LANGUAGE,
                "-target-language",
                language,
                "-no-obsolete",
                "-ts",
                str(ts_file),
            ],
            check=True,
            cwd=ROOT,
        )
        qm_file = ts_file.with_suffix(".qm")
        subprocess.run(
            [_tool("pyside6-lrelease"), str(ts_file), "-qm", str(qm_file)], check=True, cwd=ROOT
        )
        produced += [ts_file, qm_file]
    return produced


def main(argv: Sequence[str] | None = None) -> int:
    """Compile (or check) the forms and resources; optionally refresh the translations."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--check", action="store_true", help="fail if a generated file is stale")
    parser.add_argument(
        "--translations", action="store_true", help="run lupdate and lrelease as well"
    )
    parser.add_argument(
        "--language",
        action="append",
        dest="languages",
        help="translation language code (repeatable; default: fr)",
    )
    args = parser.parse_args(argv)
    if args.check:
        stale = check()
        for path in stale:
            print(f"périmé : {path.relative_to(ROOT)} (lancez python tools/compile_ui.py)")
        return 1 if stale else 0
    for path in write_all():
        print(f"écrit : {path.relative_to(ROOT)}")
    if args.translations:
        for path in update_translations(args.languages or LANGUAGES):
            print(f"traduction : {path.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
