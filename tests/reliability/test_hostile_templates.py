"""Hostile Word templates end within their limits with a French message naming them.

Before: nested ``range(100000)`` loops hung both ``check-template`` and the
rendering, ``range(10**9)`` and a recursive macro ended in tracebacks,
``'a' * 10**9`` took 3 GB and a small template unpacking to 420 MB reached 5.85 GB.
A Région's template now runs in a worker process with a time and a memory limit
(shortened here), behind a guard refusing zip bombs.
"""

from __future__ import annotations

import resource
import shutil
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest
from docx import Document
from support.contract import demo_id, full_text, word_template
from support.processes import child_environment

from ti_desktop import paths
from ti_desktop.cli import main
from ti_desktop.db.store import Database
from ti_desktop.errors import TemplateError
from ti_desktop.services.documents import generation, sandbox
from ti_desktop.services.documents.render import check_template
from ti_desktop.services.progress import Cancelled

TIME_LIMIT = 4.0


@pytest.fixture(autouse=True)
def short_limits(monkeypatch: pytest.MonkeyPatch) -> None:
    """Seconds, not a minute; 600 MB, not 1.5 GB: the tests stay short."""
    monkeypatch.setattr(sandbox.LIMITS, "time_limit", TIME_LIMIT)
    monkeypatch.setattr(sandbox.LIMITS, "memory_limit", 600 * 1024 * 1024)


HOSTILE = {
    "boucles-imbriquees.docx": (
        "{% for i in range(100000) %}{% for j in range(100000) %}{% endfor %}{% endfor %}",
        "arrêté après 4 secondes de calcul",
    ),
    "range-geant.docx": ("{% for i in range(10**9) %}x{% endfor %}", "liste démesurée"),
    "macro-recursive.docx": (
        "{% macro m(n) %}{{ m(n + 1) }}{% endmacro %}{{ m(0) }}",
        "une macro s'appelle elle-même sans fin",
    ),
    "repetition.docx": ("{{ 'a' * 10**9 }}", "répétition démesurée"),
    "doublement.docx": (
        "{% set ns = namespace(s='x') %}{% for i in range(40) %}{% set ns.s = ns.s ~ ns.s %}"
        "{% endfor %}{{ ns.s }}",
        "il demandait plus de 600 Mo de mémoire",
    ),
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_check_template_ends_within_the_limit_naming_theword_template(
    tmp_path: Path, name: str, capsys: pytest.CaptureFixture[str]
) -> None:
    text, expected = HOSTILE[name]
    template = word_template(tmp_path, name, text)
    start = time.monotonic()
    assert main(["check-template", str(template)]) == 1
    elapsed = time.monotonic() - start
    out = capsys.readouterr().out
    assert elapsed < TIME_LIMIT + 15
    assert "Traceback" not in out
    assert expected in out, out
    assert name in out.splitlines()[0] or f"« {name} »" in out
    assert out.rstrip().endswith("Le modèle ne peut pas être utilisé en l'état.")


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_rendering_ends_within_the_limit_and_writes_nothing(
    demo_database: Database, tmp_path: Path, name: str
) -> None:
    text, expected = HOSTILE[name]
    template = word_template(tmp_path, name, text)
    target = tmp_path / "sortie" / "contrat.docx"
    start = time.monotonic()
    with pytest.raises(TemplateError) as refused:
        generation.generate_contract(
            demo_database, demo_id(demo_database), target, template=template
        )
    assert time.monotonic() - start < TIME_LIMIT + 15
    assert f"« {name} »" in str(refused.value)
    assert expected in str(refused.value)
    assert not target.parent.exists() or list(target.parent.iterdir()) == []


def _zip_bomb(path: Path, megabytes: int) -> Path:
    """A real .docx whose document.xml unpacks to ``megabytes`` of blanks."""
    plain = path.with_name("ordinaire.docx")
    Document().save(str(plain))
    with zipfile.ZipFile(plain) as source, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for info in source.infolist():
            data = source.read(info)
            if info.filename != "word/document.xml":
                out.writestr(info, data)
                continue
            head, tail = data.split(b"<w:body>", 1)
            with out.open("word/document.xml", "w", force_zip64=True) as stream:
                stream.write(head + b"<w:body>")
                blanks = b" " * (1 << 20)
                for _ in range(megabytes):
                    stream.write(blanks)
                stream.write(tail)
    return path


def test_a_small_template_unpacking_to_420_mb_is_refused_without_the_memory(
    tmp_path: Path,
) -> None:
    bomb = _zip_bomb(tmp_path / "bombe.docx", 420)
    assert bomb.stat().st_size < 1_300_000
    # VmHWM is this program's own peak: ru_maxrss would count the memory of the forked
    # pytest process, kept across exec by Linux
    code = (
        "import re, sys; from ti_desktop.cli import main; code = main(sys.argv[1:]); "
        "status = open('/proc/self/status').read(); "
        "print('pic', re.search(r'VmHWM:\\s+(\\d+)', status).group(1)); sys.exit(code)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code, "check-template", str(bomb)],
        capture_output=True,
        text=True,
        env=child_environment(),
        timeout=120,
        check=False,
    )
    assert result.returncode == 1
    assert "« bombe.docx » est refusé : une fois décompressé il dépasse" in result.stdout
    assert "bombe zip" in result.stdout
    peak_kb = int(result.stdout.split("pic", 1)[1].split()[0])
    assert peak_kb < 300 * 1024, f"{peak_kb} Ko"
    assert resource.getrusage(resource.RUSAGE_SELF).ru_maxrss < 2 * 1024 * 1024


def test_a_region_template_renders_in_the_worker_like_in_the_program(
    demo_database: Database, tmp_path: Path
) -> None:
    copy = tmp_path / "contrat-region.docx"
    shutil.copyfile(paths.default_contract_template(), copy)
    assert not sandbox.is_trusted(copy) and sandbox.is_trusted(paths.default_contract_template())
    territoire_id = demo_id(demo_database)
    ours = generation.generate_contract(demo_database, territoire_id, tmp_path / "a.docx")
    theirs = generation.generate_contract(
        demo_database, territoire_id, tmp_path / "b.docx", template=copy
    )
    assert full_text(theirs.docx) == full_text(ours.docx)
    assert check_template(copy).can_render


def test_cancelling_stops_the_worker_and_the_next_job_runs(
    demo_database: Database, tmp_path: Path
) -> None:
    loops = word_template(tmp_path, "boucles.docx", HOSTILE["boucles-imbriquees.docx"][0])
    calls = []

    def cancel_soon(_done: int, _total: int, _message: str) -> None:
        calls.append(1)
        if len(calls) > 3:
            raise Cancelled()

    start = time.monotonic()
    with pytest.raises(Cancelled):
        generation.generate_contract(
            demo_database, demo_id(demo_database), tmp_path / "c.docx", template=loops,
            progress=cancel_soon,
        )  # fmt: skip
    assert time.monotonic() - start < TIME_LIMIT
    fine = word_template(tmp_path, "simple.docx", "{{ territoire.nom }}")
    result = generation.generate_contract(
        demo_database, demo_id(demo_database), tmp_path / "d.docx", template=fine
    )
    assert "Troyes" in full_text(result.docx)
