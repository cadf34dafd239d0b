"""The register of transmissions: database size and the time of each step.

Prints, for a territory of 40 fiches followed through 50 transmissions (an edit before
two in three), the size the snapshots take; then, for 40 and 2,000 fiches, the time to
record one transmission, to compute the changes since it, and to mark the fiches list
(what the window does on each reload of the fiches page).

Run: ``python bench/bench_register.py``
"""

from __future__ import annotations

import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))  # the test builders

from sqlalchemy import func, select  # noqa: E402
from support.contract import demo_id  # noqa: E402
from support.register import fiche, follow_up, grow_demo  # noqa: E402

from ti_desktop import paths  # noqa: E402
from ti_desktop.db.models import Instantane  # noqa: E402
from ti_desktop.db.store import open_database  # noqa: E402
from ti_desktop.services.demo import create_demo_territory  # noqa: E402
from ti_desktop.services.register.changes import changes_since, fiche_marks  # noqa: E402
from ti_desktop.services.register.transmissions import (  # noqa: E402
    NatureEnvoi,
    record_transmission,
)


def _timed(action: Callable[[], Any]) -> tuple[float, Any]:
    start = time.perf_counter()
    result = action()
    return (time.perf_counter() - start) * 1000, result


def _time_steps(folder: Path, size: int) -> None:
    database = open_database(folder / f"bench-{size}.tidb")
    with database.session() as session:
        create_demo_territory(session)
    territoire_id = demo_id(database)
    grow_demo(database, territoire_id, size)
    record_ms, sent = _timed(
        lambda: record_transmission(database, territoire_id, NatureEnvoi.CLASSEUR)
    )
    with database.session() as session:
        fiche(session, "1.2").intitule = "Réseau de chaleur (tranche 1)"
    changes_ms, _ = _timed(lambda: changes_since(database, territoire_id, sent))
    first_ms, _ = _timed(lambda: fiche_marks(database, territoire_id))
    marks_ms, _ = _timed(lambda: fiche_marks(database, territoire_id))
    print(
        f"{size} fiches : consigner un envoi {record_ms:.0f} ms, changements depuis "
        f"{changes_ms:.0f} ms, marques de la liste des fiches {first_ms:.0f} ms "
        f"puis {marks_ms:.0f} ms à chaque rechargement"
    )
    database.close()


def _file_size(path: Path) -> int:
    """The database file's size once its write-ahead log is folded in."""
    open_database(path).close()
    return path.stat().st_size


def main() -> int:
    with tempfile.TemporaryDirectory() as folder:
        paths.set_data_dir(Path(folder) / "data")
        database = open_database(Path(folder) / "suivi.tidb")
        with database.session() as session:
            create_demo_territory(session)
        territoire_id = demo_id(database)
        grow_demo(database, territoire_id, 40)
        database.close()
        size_before = _file_size(Path(folder) / "suivi.tidb")
        database = open_database(Path(folder) / "suivi.tidb")
        follow_up(database, territoire_id, 50)
        with database.reader() as session:
            stored = session.scalar(select(func.sum(func.length(Instantane.donnees))))
            count = session.scalar(select(func.count()).select_from(Instantane))
        database.close()
        size_after = _file_size(Path(folder) / "suivi.tidb")
        print(
            f"40 fiches, 50 envois : {count} instantanés, {stored / 1024:.0f} Ko stockés ; "
            f"fichier {size_before / 1024:.0f} Ko → {size_after / 1024:.0f} Ko"
        )

        for size in (40, 2000):
            _time_steps(Path(folder), size)
        paths.set_data_dir(None)
    return 0


if __name__ == "__main__":
    sys.exit(main())
