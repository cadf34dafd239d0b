from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

from ti_desktop.services.exchange import format as fmt

ROOT = Path(__file__).resolve().parents[2]


def _tool() -> ModuleType:
    path = ROOT / "tools" / "document_fields.py"
    spec = importlib.util.spec_from_file_location("document_fields", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_committed_documentation_matches_the_field_table() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "document_fields.py"), "--check"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_tables_show_every_header_with_its_rules() -> None:
    text = (ROOT / "docs" / "classeur-echange.md").read_text(encoding="utf-8")
    for spec in fmt.EXCHANGE_SHEETS:
        for column in spec.columns:
            assert f"| {column.header}{'*' if column.required else ''} |" in text, column.header
    assert "| Civilité | suppl. — `M.` ou `Mme`" in text
    assert "| Courriel du correspondant Région | suppl. — adresse du correspondant" in text
    assert "| Maître d'ouvrage | |" in text


def test_check_finds_a_stale_table_and_writing_fixes_it(tmp_path: Path) -> None:
    tool = _tool()
    document = tmp_path / "classeur.md"
    original = (ROOT / "docs" / "classeur-echange.md").read_text(encoding="utf-8")
    document.write_text(original.replace("| Civilité |", "| Civilite |"), encoding="utf-8")
    assert tool.main(["--check", str(document)]) == 1
    assert tool.main([str(document)]) == 0
    assert document.read_text(encoding="utf-8") == original
    assert tool.main(["--check", str(document)]) == 0


def test_a_sheet_without_markers_is_an_error() -> None:
    tool = _tool()
    text = (ROOT / "docs" / "classeur-echange.md").read_text(encoding="utf-8")
    without = text.replace("<!-- colonnes : Indicateurs -->", "")
    with pytest.raises(ValueError, match="Indicateurs"):
        tool.render(without)
