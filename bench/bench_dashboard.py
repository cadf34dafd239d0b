"""Time to load and paint the dashboard of a 5,000-fiche territory (offscreen).

Run: ``python bench/bench_dashboard.py [--fiches 5000]``. The dashboard reloads after
each edit of the shown territory (and only when visible), so its load must stay well
under a second.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_gui_fiches import build_database  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from ti_desktop.gui.pages.dashboard_page import DashboardPage  # noqa: E402
from ti_desktop.gui.undo import ChangeNotifier  # noqa: E402
from ti_desktop.services.region.dashboard import load_dashboard  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--fiches", type=int, default=5000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    app = QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        database, territory_id = build_database(Path(tmp), args.fiches)
        loads = []
        for _ in range(args.repeat):
            start = time.perf_counter()
            load_dashboard(database, territory_id)
            loads.append(time.perf_counter() - start)
        page = DashboardPage(database, ChangeNotifier())
        page.resize(1000, 1000)
        page.show()
        paints = []
        for _ in range(args.repeat):
            start = time.perf_counter()
            page.set_territory(territory_id)
            page.grab()
            paints.append(time.perf_counter() - start)
        app.processEvents()
        database.close()
    print(f"fiches: {args.fiches}")
    print(f"load_dashboard (service): median {statistics.median(loads) * 1000:.0f} ms")
    print(f"reload + paint (page):    median {statistics.median(paints) * 1000:.0f} ms")


if __name__ == "__main__":
    main()
