"""The build and smoke scripts parse, are executable and keep their writes in place."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCRIPTS = [ROOT / "packaging" / "build.sh", ROOT / "packaging" / "smoke.sh"]


@pytest.mark.parametrize("script", SCRIPTS, ids=lambda path: path.name)
def test_script_is_executable_bash_that_parses(script: Path) -> None:
    assert os.access(script, os.X_OK)
    assert script.read_text(encoding="utf-8").startswith("#!/usr/bin/env bash\n")
    result = subprocess.run(["bash", "-n", str(script)], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


@pytest.mark.skipif(shutil.which("shellcheck") is None, reason="shellcheck absent")
@pytest.mark.parametrize("script", SCRIPTS, ids=lambda path: path.name)
def test_script_passes_shellcheck(script: Path) -> None:
    result = subprocess.run(["shellcheck", str(script)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout


def test_smoke_runs_in_a_temporary_data_folder() -> None:
    script = (ROOT / "packaging" / "smoke.sh").read_text(encoding="utf-8")
    assert 'export TI_DESKTOP_DATA_DIR="$WORK/data"' in script
    assert "unset TI_DESKTOP_DB" in script
    assert "trap 'rm -rf \"$WORK\"' EXIT" in script
    assert "export QT_QPA_PLATFORM=offscreen" in script


def test_smoke_refuses_a_missing_binary(tmp_path: Path) -> None:
    result = subprocess.run(
        ["bash", str(ROOT / "packaging" / "smoke.sh"), str(tmp_path / "absent")],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 1
    assert "Binaire introuvable" in result.stderr


def test_build_writes_only_under_build_and_dist() -> None:
    script = (ROOT / "packaging" / "build.sh").read_text(encoding="utf-8")
    assert '--distpath "$ROOT/dist" --workpath "$ROOT/build/pyinstaller"' in script
    assert 'VENV="${TI_BUILD_VENV:-$ROOT/build/venv}"' in script
