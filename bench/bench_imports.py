"""Importing what users have: a 500-row tracker, then 50 returned fiche forms.

Tracker: a Région-style workbook (title block, group header over financer columns,
amounts and dates as text) of 500 fiches for the demo territory, half of them
already in the database; times reading and mapping it, checking it (the preview)
and writing it. Forms: 50 forms written, each filled as Word saves it (a field, a
financing amount, a new line), then read back, compared and written in one step.
The tracker's rows are also written as CSV and ODS to time those readers.

Run: ``python bench/bench_imports.py [--rows 500] [--forms 50]``
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))  # the test builders

import openpyxl  # noqa: E402
from support.contract import demo_id  # noqa: E402
from support.forms import WordEdit  # noqa: E402
from support.register import grow_demo  # noqa: E402
from support.trackers import REGION_FINANCERS, REGION_HEADERS, Ods, write_ods  # noqa: E402

from ti_desktop import paths  # noqa: E402
from ti_desktop.db.store import Database, open_database  # noqa: E402
from ti_desktop.services import records  # noqa: E402
from ti_desktop.services.demo import create_demo_territory  # noqa: E402
from ti_desktop.services.imports.form_plan import apply_forms, plan_forms  # noqa: E402
from ti_desktop.services.imports.form_writer import write_fiche_form  # noqa: E402
from ti_desktop.services.imports.plan import apply_tracker, plan_tracker  # noqa: E402
from ti_desktop.services.imports.reading import read_tracker  # noqa: E402
from ti_desktop.services.imports.tables import read_csv  # noqa: E402


def _timed(action: Callable[[], Any]) -> tuple[float, Any]:
    start = time.perf_counter()
    result = action()
    return time.perf_counter() - start, result


def _tracker_rows(database: Database, rows: int) -> list[list[Any]]:
    """Half the rows update existing fiches (by N°), half are new ones (no N°)."""
    random.seed(11)
    with database.reader() as session:
        fiches = records.load_fiches(session, demo_id(database))
    data: list[list[Any]] = []
    for number in range(rows):
        existing = fiches[number] if number < min(rows // 2, len(fiches)) else None
        cost = random.randrange(50, 5000) * 1000
        data.append([
            existing.numero if existing else None,
            existing.intitule if existing else f"Action nouvelle n° {number}",
            existing.maitre_ouvrage if existing else "CCI Troyes et Aube",
            f"Axe {number % 4 + 1}",
            f"{random.randrange(1, 28):02d}/0{random.randrange(1, 9)}/2025",
            "31/12/2027",
            f"{cost:,} €".replace(",", " "),
            f"{cost // 4:,}".replace(",", " "),
            cost // 5,
            "-" if number % 3 else f"{cost // 10:,} €".replace(",", " "),
            None,
            "En cours",
            "",
        ])  # fmt: skip
    return data


def _write_tracker(path: Path, rows: list[list[Any]]) -> Path:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "Suivi"
    sheet["A1"] = "Suivi des fiches-actions"
    sheet.merge_cells("A1:M1")
    sheet.append([])
    sheet.append(REGION_HEADERS)
    sheet.merge_cells("H3:K3")
    sheet.append(REGION_FINANCERS)
    for row in rows:
        sheet.append(row)
    workbook.save(path)
    return path


def bench_tracker(folder: Path, size: int) -> None:
    database = open_database(folder / "tracker.tidb")
    with database.session() as session:
        create_demo_territory(session)
    grow_demo(database, demo_id(database), size // 2)
    rows = _tracker_rows(database, size)
    path = _write_tracker(folder / "suivi.xlsx", rows)
    read_s, reading = _timed(lambda: read_tracker(database, path))
    plan_s, plan = _timed(lambda: plan_tracker(database, reading, demo_id(database)))
    assert plan.is_valid, plan.errors[:3]
    apply_s, counts = _timed(lambda: apply_tracker(database, plan))
    print(
        f"Tableau de {size} lignes (.xlsx) : lecture et correspondance {read_s:.2f} s, "
        f"vérification et aperçu {plan_s:.2f} s, écriture {apply_s:.2f} s — {counts.summary()}"
    )
    csv_path = folder / "suivi.csv"
    csv_path.write_text(
        "\n".join(";".join("" if v is None else str(v) for v in row) for row in rows),
        encoding="cp1252",
    )
    csv_s, _ = _timed(lambda: read_csv(csv_path))
    ods_path = write_ods(
        folder / "suivi.ods",
        {"Suivi": [[Ods("string", shown=str(v)) if v is not None else None for v in row]
                   for row in [REGION_HEADERS, *rows]]},
    )  # fmt: skip
    ods_s, _ = _timed(lambda: read_tracker(database, ods_path))
    print(f"  mêmes lignes en .csv : lecture {csv_s:.2f} s ; en .ods : lecture {ods_s:.2f} s")
    database.close()


def bench_forms(folder: Path, count: int) -> None:
    database = open_database(folder / "forms.tidb")
    with database.session() as session:
        create_demo_territory(session)
    territoire_id = demo_id(database)
    grow_demo(database, territoire_id, count)
    with database.reader() as session:
        fiches = records.load_fiches(session, territoire_id)[:count]
    forms_dir = folder / "formulaires"
    write_s, written = _timed(
        lambda: [
            write_fiche_form(database, fiche.id, forms_dir / f"{fiche.numero}.docx")
            for fiche in fiches
        ]
    )
    filled = []
    for number, path in enumerate(written):
        edit = WordEdit(path)
        edit.set_field("cout_total_ht", f"{(number + 1) * 10_000} €")
        edit.set_field("description", "Projet revu avec le partenaire.", "Deuxième paragraphe.")
        edit.add_row("Financeur", ["Région", "", "5 000", "Sollicité"])
        filled.append(edit.save(path.with_name(f"rempli {path.name}")))
    plan_s, plan = _timed(lambda: plan_forms(database, filled, territoire_id=territoire_id))
    apply_s, counts = _timed(lambda: apply_forms(database, plan))
    print(
        f"{count} formulaires : écriture {write_s:.2f} s ({write_s / count * 1000:.0f} ms "
        f"chacun), relecture et comparaison {plan_s:.2f} s, enregistrement {apply_s:.2f} s — "
        f"{counts.summary()}"
    )
    database.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=500)
    parser.add_argument("--forms", type=int, default=50)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as work:
        folder = Path(work)
        paths.set_data_dir(folder / "data")
        bench_tracker(folder, args.rows)
        bench_forms(folder, args.forms)
    return 0


if __name__ == "__main__":
    sys.exit(main())
