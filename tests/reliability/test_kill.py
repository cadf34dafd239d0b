"""The kill -9 harness in its short form (``bench/bench_kill.py`` runs 30 kills of each).

Every operation that writes (import, export, contract with its PDF, backup, restore)
is killed at random moments; after each kill the next start works, the base is sound
and all-old or all-new, files are the old ones or complete new ones, nothing is left
behind.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

KILLS = 2


def _harness() -> ModuleType:
    path = Path(__file__).resolve().parents[2] / "bench" / "bench_kill.py"
    spec = importlib.util.spec_from_file_location("bench_kill", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def test_random_kills_of_every_writing_operation_lose_nothing(tmp_path: Path) -> None:
    harness = _harness()
    outcomes = harness.run_harness(tmp_path / "travail", KILLS, seed=2026)
    failures = [(o.operation, round(o.delay, 2), o.problems) for o in outcomes if o.problems]
    assert failures == [], "\n".join(harness.summary(outcomes))
    assert {o.operation for o in outcomes} >= {"import", "export", "backup", "restore"}
