"""Cold start: ``ti-desktop --version`` and the window visible on a demo database.

Run: ``python bench/bench_startup.py [--runs 5]``. Each run is a fresh Python process,
timed from its launch by this script:

- ``ti-desktop --version``: the command line answers (goal under 0.3 s);
- the window: interpreter start, Qt, the database opened and migrated-checked, the
  daily backup, the main window built and its first paint done (goal under 1.5 s on a
  2-core machine). The child prints when the main window receives its first paint
  event, then quits; the time is measured here, so interpreter start-up counts.

The window runs on the platform given by ``QT_QPA_PLATFORM`` (offscreen by default;
``xvfb-run python bench/bench_startup.py`` measures on a real X server). Compiled
bytecode is kept in a temporary folder and a first run warms it, as an installed
program has its ``.pyc`` files (``PYTHONDONTWRITEBYTECODE`` would time the compiler).
``--source DIR`` times another checkout of the code (e.g. an older commit extracted
with ``git archive``), for before/after figures.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

_WINDOW_CHILD = r"""
import sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

app = QApplication(sys.argv[:1])  # gui.app.run reuses it


class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and isinstance(watched, QMainWindow):
            print("painted", flush=True)
            QTimer.singleShot(0, app.quit)
            app.removeEventFilter(self)
        return False


watch = FirstPaint()
app.installEventFilter(watch)
from ti_desktop.gui.app import run

sys.exit(run(__import__("pathlib").Path(sys.argv[1])))
"""


def _time_process(command: list[str], env: dict[str, str], wait_for: str | None) -> float:
    cwd = Path(env["TI_DESKTOP_DATA_DIR"]).parent  # not the repository: PYTHONPATH chooses
    started = time.perf_counter()
    with subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env, cwd=cwd
    ) as process:
        assert process.stdout is not None
        if wait_for is None:
            process.communicate()
            return time.perf_counter() - started
        for line in process.stdout:
            if line.strip() == wait_for:
                elapsed = time.perf_counter() - started
                process.communicate()
                return elapsed
    raise RuntimeError(f"{command[0]} ended without printing {wait_for!r}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--source", type=Path, help="dossier du code à mesurer (défaut : ce dépôt)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        env = dict(os.environ, TI_DESKTOP_DATA_DIR=str(folder / "data"))
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(folder / "pycache")
        env["PYTHONPATH"] = str((args.source or ROOT).resolve())
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
        database = folder / "data" / "territoires.tidb"
        # a first run creates the base (demo, migrations, backup): not a cold start
        subprocess.run(
            [sys.executable, "-m", "ti_desktop", "--db", str(database), "demo"],
            env=env,
            cwd=folder,
            check=True,
            capture_output=True,
        )
        version_command = [sys.executable, "-m", "ti_desktop", "--version"]
        window_command = [sys.executable, "-c", _WINDOW_CHILD, str(database)]
        _time_process(window_command, env, "painted")  # writes the bytecode
        version = [_time_process(version_command, env, None) for _ in range(args.runs)]
        window = [_time_process(window_command, env, "painted") for _ in range(args.runs)]
    print(
        f"ti-desktop --version : médiane {statistics.median(version) * 1000:.0f} ms, "
        f"min {min(version) * 1000:.0f} ms sur {args.runs} lancements (objectif < 300 ms)"
    )
    print(
        f"Fenêtre visible (démarrage à froid) : médiane {statistics.median(window):.2f} s, "
        f"min {min(window):.2f} s sur {args.runs} lancements (objectif < 1,5 s)"
    )


if __name__ == "__main__":
    main()
