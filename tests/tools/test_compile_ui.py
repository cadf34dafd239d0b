from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("compile_ui", ROOT / "tools" / "compile_ui.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_committed_forms_match_their_ui_files() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "compile_ui.py"), "--check"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_check_reports_a_stale_form_and_compiling_fixes_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    tool = _tool()
    ui_dir, forms_dir = tmp_path / "ui", tmp_path / "forms"
    ui_dir.mkdir()
    shutil.copy(ROOT / "ui" / "signatories_page.ui", ui_dir)
    monkeypatch.setattr(tool, "ROOT", tmp_path)
    monkeypatch.setattr(tool, "UI_DIR", ui_dir)
    monkeypatch.setattr(tool, "FORMS_DIR", forms_dir)
    monkeypatch.setattr(tool, "QRC_FILE", tmp_path / "none.qrc")
    assert tool.main(["--check"]) == 1
    assert tool.main([]) == 0
    form = forms_dir / "ui_signatories_page.py"
    assert form.read_text(encoding="utf-8").startswith(
        "# Generated from ui/signatories_page.ui by tools/compile_ui.py — do not edit."
    )
    assert tool.main(["--check"]) == 0
    source = ui_dir / "signatories_page.ui"
    source.write_text(
        source.read_text(encoding="utf-8").replace("Monter", "Vers le haut"), encoding="utf-8"
    )
    assert tool.check() == [form]
