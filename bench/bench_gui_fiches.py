"""Time to first paint of a 5,000-fiche list and time per filter keystroke (offscreen).

Run: ``python bench/bench_gui_fiches.py [--fiches 5000] [--rounds 3]``. Goals on a
2-core laptop: first paint under 1 s, a keystroke in the search field within one
frame (16 ms). Each keystroke is timed from the key press to the repainted list, in
wall time and in this process's CPU time (steadier when other programs share the
machine); the typed words are repeated ``--rounds`` times.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import tempfile
import time
import uuid
from datetime import date
from decimal import Decimal
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from sqlalchemy import insert

from ti_desktop.db.models import FicheAction, LigneFinancement
from ti_desktop.db.store import Database, open_database
from ti_desktop.services import reference_lists
from ti_desktop.services.territories import create_territory

_WORDS = [
    "usine", "réseau", "chaleur", "friche", "campus", "hydrogène", "plateforme", "formation",
    "apprentis", "foncier", "innovation", "mécanique", "textile", "bioraffinage", "logistique",
    "recyclage", "numérique", "énergie", "atelier",
]  # fmt: skip
_OWNERS = (
    "Troyes Champagne Métropole",
    "CCI Troyes et Aube",
    "Communauté de communes de Vendeuvre-Soulaines",
    "UIMM Champagne-Ardenne",
    "Aube Mécanique de Précision",
)


def build_database(folder: Path, count: int) -> tuple[Database, uuid.UUID]:
    """A database with one territory holding ``count`` fiches and 3 lines each (bulk insert)."""
    database = open_database(folder / "bench.tidb")
    rng = random.Random(42)
    with database.session() as session:
        territory = create_territory(session, "Territoire de charge", "Grand Est")
        territory_id = territory.id
        axes = [a.id for a in territory.axes]
        states = [s.id for s in reference_lists.progress_states(session)]
        statuses = [s.id for s in reference_lists.financing_statuses(session)]
        financers = [f.id for f in reference_lists.financers(session)]
        fiches, lines = [], []
        per_axis: dict[int, int] = {}
        for position in range(count):
            axis = position % len(axes)
            per_axis[axis] = per_axis.get(axis, 0) + 1
            fiche_id = uuid.uuid4()
            cost = Decimal(rng.randrange(50, 5000) * 1000)
            fiches.append(
                {
                    "id": fiche_id,
                    "territoire_id": territory_id,
                    "numero": f"{axis + 1}.{per_axis[axis]}",
                    "intitule": " ".join(rng.sample(_WORDS, 4)).capitalize(),
                    "axe_id": axes[axis],
                    "maitre_ouvrage": rng.choice(_OWNERS),
                    "cout_total_ht": cost,
                    "avancement_id": rng.choice(states),
                    "position": position,
                    "date_debut": date(2025, 1, 1),
                    "date_fin": date(2027, 12, 31),
                }
            )
            for i in range(3):
                lines.append(
                    {
                        "id": uuid.uuid4(),
                        "fiche_id": fiche_id,
                        "financeur_id": rng.choice(financers),
                        "montant": (cost / 4).quantize(Decimal("0.01")),
                        "statut_id": rng.choice(statuses),
                        "position": i,
                    }
                )
        session.execute(insert(FicheAction), fiches)
        session.execute(insert(LigneFinancement), lines)
    return database, territory_id


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--fiches", type=int, default=5000)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    from ti_desktop.gui.models.fiche_table_model import COL_COUT
    from ti_desktop.gui.pages.fiches_page import FichesPage
    from ti_desktop.gui.settings import AppSettings
    from ti_desktop.gui.undo import ChangeNotifier

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        started = time.perf_counter()
        database, territory_id = build_database(folder, args.fiches)
        print(f"Base de {args.fiches} fiches construite en {time.perf_counter() - started:.2f} s")
        settings = AppSettings(QSettings(str(folder / "bench.ini"), QSettings.Format.IniFormat))
        page = FichesPage(database, QUndoStack(), ChangeNotifier(), settings)
        page.resize(1280, 800)
        page.show()
        app.processEvents()

        started = time.perf_counter()
        page.set_territory(territory_id)
        page.grab()
        first_paint = time.perf_counter() - started
        print(
            "Premier affichage de la liste (lecture + modèle + grab) : "
            f"{first_paint * 1000:.0f} ms (objectif < 1000 ms)"
        )

        started = time.perf_counter()
        page.reload()
        app.processEvents()
        print(
            f"Rechargement après une modification : {(time.perf_counter() - started) * 1000:.0f} ms"
        )

        timings, cpu = [], []
        for _round in range(args.rounds):
            for text in ("usine", "friche cci"):
                page.ui.filter_edit.clear()
                app.processEvents()
                for char in text:
                    started, started_cpu = time.perf_counter(), time.process_time()
                    QTest.keyClicks(page.ui.filter_edit, char)
                    app.processEvents()
                    page.ui.fiches_table.viewport().repaint()
                    timings.append(time.perf_counter() - started)
                    cpu.append(time.process_time() - started_cpu)
        print("  détail, dernier tour (ms) :", " ".join(f"{t * 1000:.0f}" for t in timings[-15:]))
        shown = page.proxy.rowCount()
        print(
            f"Frappe dans le filtre : médiane {statistics.median(timings) * 1000:.1f} ms "
            f"(temps processeur {statistics.median(cpu) * 1000:.1f} ms), "
            f"max {max(timings) * 1000:.1f} ms sur {len(timings)} frappes "
            f"({shown} fiches affichées à la fin) (objectif : une image, 16 ms)"
        )

        started = time.perf_counter()
        page.ui.filter_edit.clear()
        app.processEvents()
        print(
            "Effacement du filtre (toutes les fiches revenues) : "
            f"{(time.perf_counter() - started) * 1000:.1f} ms"
        )
        started = time.perf_counter()
        page.ui.fiches_table.sortByColumn(COL_COUT, Qt.SortOrder.DescendingOrder)
        app.processEvents()
        print(f"Tri par coût : {(time.perf_counter() - started) * 1000:.0f} ms")
        page.close()
        page.deleteLater()
        app.processEvents()
        database.close()


if __name__ == "__main__":
    main()
