"""A plain (non-editable) install must carry the templates and resources it reads."""

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.timeout(300)
def test_wheel_ships_templates_resources_and_migrations(tmp_path):
    # build from a clean copy: an in-tree build would reuse a stale build/lib
    source = tmp_path / "source"
    shutil.copytree(
        ROOT,
        source,
        ignore=shutil.ignore_patterns(
            ".git", ".venv", "build", "dist", "_shipped", "*.egg-info", "__pycache__"
        ),
    )
    wheels = tmp_path / "wheels"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "-q",
            "-w",
            str(wheels),
            str(source),
        ],
        check=True,
        capture_output=True,
    )
    (wheel,) = wheels.glob("ti_desktop-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    for required in (
        "ti_desktop/_shipped/templates/contrat.docx",
        "ti_desktop/_shipped/templates/fiche.docx",
        "ti_desktop/_shipped/resources/icons/ti-desktop.svg",
        "ti_desktop/_shipped/resources/translations/ti_desktop_fr.qm",
        "ti_desktop/db/migrations/env.py",
        "ti_desktop/db/migrations/versions/0001_schema_initial.py",
    ):
        assert required in names, required


def test_installed_package_reads_its_shipped_copy(tmp_path, monkeypatch):
    from ti_desktop import paths

    package = tmp_path / "site-packages" / "ti_desktop"
    (package / "_shipped" / "templates").mkdir(parents=True)
    monkeypatch.setattr(paths, "__file__", str(package / "paths.py"))
    assert paths.default_contract_template() == package / "_shipped" / "templates" / "contrat.docx"
