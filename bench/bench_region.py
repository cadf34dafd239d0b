"""Benchmark of the Région workbook at national scale.

Builds 183 territories × 40 fiches × 4 financing lines (plus one indicator per fiche and
six signatories per territory) in a temporary database with bulk inserts, then measures,
each in a fresh process so that the peak memory (max RSS) is that step's alone:

- ``export``: ``ti-desktop export`` as the CLI runs it (Région sheets + exchange sheets);
- ``region``: loading the territories (``records.load_territories``, as the export does) and writing
  only the three Région sheets;
- ``baseline``: a plain openpyxl write-only dump of the very same cells (values only, no
  style), read beforehand from the exported file.

Usage: ``python bench/bench_region.py [--territories 183] [--fiches 40] [--lines 4]``.
Goal on a 2-core machine: export under 5 s and 400 MB.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
import uuid
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

REGIONS = (
    "Auvergne-Rhône-Alpes",
    "Bourgogne-Franche-Comté",
    "Bretagne",
    "Centre-Val de Loire",
    "Grand Est",
    "Hauts-de-France",
    "Île-de-France",
    "Normandie",
    "Nouvelle-Aquitaine",
    "Occitanie",
    "Pays de la Loire",
    "Provence-Alpes-Côte d'Azur",
    "Corse",
)


def build(path: Path, territories: int, fiches: int, lines: int) -> None:
    from sqlalchemy import insert

    from ti_desktop.db.models import FicheAction, Indicateur, LigneFinancement, Signataire
    from ti_desktop.db.store import open_database
    from ti_desktop.db.vocabulary import GroupeSignataire, Phase
    from ti_desktop.services import reference_lists
    from ti_desktop.services.territories import create_territory

    rng = random.Random(2026)
    now = datetime.now(UTC)
    database = open_database(path)
    with database.session() as session:
        states = reference_lists.progress_states(session)
        statuses = reference_lists.financing_statuses(session)
        financers = reference_lists.financers(session)
        fiche_rows: list[dict[str, object]] = []
        line_rows: list[dict[str, object]] = []
        indicator_rows: list[dict[str, object]] = []
        signatory_rows: list[dict[str, object]] = []
        for t in range(territories):
            phase = Phase.PHASE_2 if t % 6 else Phase.PHASE_1
            territory = create_territory(
                session,
                f"Territoire d'industrie n° {t + 1:03d} – Bassin {t % 17 + 1}",
                REGIONS[t % len(REGIONS)],
                phase,
                departements=f"{t % 95 + 1:02d}",
            )
            territory.contrats[0].date_signature = date(2024, 1 + t % 12, 1 + t % 28)
            axes = [axis.id for axis in territory.axes]
            for s in range(6):
                group = (
                    GroupeSignataire.INTERCOMMUNALITES
                    if s < 3
                    else GroupeSignataire.PARTENAIRES_PUBLICS
                )
                signatory_rows.append(
                    dict(
                        id=uuid.uuid4(),
                        territoire_id=territory.id,
                        groupe=group.value,
                        organisme=f"Organisme {t}-{s}",
                        representant=f"Personne {s}",
                        ordre=s,
                        created_at=now,
                        updated_at=now,
                    )
                )
            for f in range(fiches):
                fiche_id = uuid.uuid4()
                cost = Decimal(rng.randrange(10_000_00, 5_000_000_00)) / 100
                fiche_rows.append(
                    dict(
                        id=fiche_id,
                        territoire_id=territory.id,
                        numero=f"{f // 10 + 1}.{f % 10 + 1}",
                        intitule=f"Action {f + 1} du territoire {t + 1}",
                        axe_id=axes[f % len(axes)],
                        maitre_ouvrage=f"Maître d'ouvrage {f % 7}",
                        description="Description " * 8,
                        cout_total_ht=cost,
                        avancement_id=rng.choice(states).id,
                        position=f,
                        date_debut=date(2025, 1 + f % 12, 1),
                        date_fin=date(2027, 1 + f % 12, 1),
                        created_at=now,
                        updated_at=now,
                    )
                )
                for position in range(lines):
                    line_rows.append(
                        dict(
                            id=uuid.uuid4(),
                            fiche_id=fiche_id,
                            financeur_id=rng.choice(financers).id,
                            dispositif="Dispositif",
                            position=position,
                            montant=(cost * Decimal(rng.randrange(5, 40)) / 100).quantize(
                                Decimal("0.01")
                            ),
                            statut_id=rng.choice(statuses).id,
                            created_at=now,
                            updated_at=now,
                        )
                    )
                indicator_rows.append(
                    dict(
                        id=uuid.uuid4(),
                        fiche_id=fiche_id,
                        nom="Emplois créés",
                        unite="emplois",
                        valeur_cible=Decimal(rng.randrange(5, 200)),
                        position=0,
                        created_at=now,
                        updated_at=now,
                    )
                )
        session.flush()
        session.execute(insert(Signataire), signatory_rows)
        session.execute(insert(FicheAction), fiche_rows)
        session.execute(insert(LigneFinancement), line_rows)
        session.execute(insert(Indicateur), indicator_rows)
    database.close()


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def step_export(db: Path, out: Path) -> dict[str, float]:
    from ti_desktop.db.store import open_database
    from ti_desktop.services.exchange.exporter import export_workbook

    database = open_database(db)
    before = peak_mb()
    start = time.perf_counter()
    export_workbook(database, out)
    return {"seconds": time.perf_counter() - start, "peak_mb": peak_mb(), "start_mb": before}


def step_region(db: Path, out: Path) -> dict[str, float]:
    from openpyxl import Workbook

    from ti_desktop.db.store import open_database
    from ti_desktop.services.records import held_records, load_territories
    from ti_desktop.services.region.sheets import write_synthesis_sheets
    from ti_desktop.services.region.synthesis import synthesize

    database = open_database(db)
    before = peak_mb()
    start = time.perf_counter()
    with database.reader() as session:
        records = load_territories(session)  # what the export reads, as it reads it
    loaded = time.perf_counter()
    with held_records():
        synthesis = synthesize(records.territories, progress_states=records.progress_states)
        computed = time.perf_counter()
        workbook = Workbook(write_only=True)
        write_synthesis_sheets(workbook, synthesis, produced_at=datetime.now(), version="bench")
        workbook.save(out)
    end = time.perf_counter()
    return {
        "seconds": end - start,
        "load_seconds": loaded - start,
        "synthesis_seconds": computed - loaded,
        "write_seconds": end - computed,
        "peak_mb": peak_mb(),
        "start_mb": before,
    }


def step_baseline(source: Path, out: Path) -> dict[str, float]:
    import openpyxl
    from openpyxl import Workbook

    reader = openpyxl.load_workbook(source, read_only=True)
    sheets = [
        (sheet.title, [list(row) for row in sheet.iter_rows(values_only=True)]) for sheet in reader
    ]
    reader.close()
    cells = sum(len(row) for _, rows in sheets for row in rows)
    before = peak_mb()
    start = time.perf_counter()
    workbook = Workbook(write_only=True)
    for title, rows in sheets:
        sheet = workbook.create_sheet(title)
        for row in rows:
            sheet.append(row)
    workbook.save(out)
    return {"seconds": time.perf_counter() - start, "peak_mb": peak_mb(), "start_mb": before,
            "cells": cells}  # fmt: skip


STEPS = {"export": step_export, "region": step_region, "baseline": step_baseline}


def run_step(name: str, source: Path, out: Path) -> dict[str, float]:
    completed = subprocess.run(
        [sys.executable, __file__, "--step", name, str(source), str(out)],
        check=True,
        capture_output=True,
        text=True,
    )
    return json.loads(completed.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--territories", type=int, default=183)
    parser.add_argument("--fiches", type=int, default=40)
    parser.add_argument("--lines", type=int, default=4)
    parser.add_argument("--step", choices=[*sorted(STEPS), "build"], help=argparse.SUPPRESS)
    parser.add_argument("paths", nargs="*", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.step == "build":
        build(args.paths[0], args.territories, args.fiches, args.lines)
        return
    if args.step:
        print(json.dumps(STEPS[args.step](*args.paths)))
        return

    with tempfile.TemporaryDirectory(prefix="bench-region-") as folder:
        root = Path(folder)
        db = root / "national.tidb"
        start = time.perf_counter()
        # built in its own process: a child inherits its parent's peak memory (max RSS)
        sizes = ["--territories", str(args.territories), "--fiches", str(args.fiches)]
        subprocess.run(
            [sys.executable, __file__, "--step", "build", *sizes, "--lines", str(args.lines),
             str(db)],
            check=True,
        )  # fmt: skip
        print(
            f"Base nationale : {args.territories} territoires × {args.fiches} fiches × "
            f"{args.lines} lignes ({args.territories * args.fiches * args.lines} lignes de "
            f"financement) construite en {time.perf_counter() - start:.1f} s"
        )
        export = run_step("export", db, root / "export.xlsx")
        region = run_step("region", db, root / "region.xlsx")
        baseline = run_step("baseline", root / "export.xlsx", root / "baseline.xlsx")
        size = (root / "export.xlsx").stat().st_size / 1e6
        print(f"Classeur exporté : {size:.1f} Mo, {baseline['cells']:.0f} cellules")
        print(f"{'étape':<44}{'durée':>9}{'pic mémoire (RSS)':>20}")
        rows = [
            ("export complet (Région + échange)", export),
            ("feuilles Région seules (chargement inclus)", region),
            ("openpyxl write-only brut, mêmes cellules", baseline),
        ]
        for label, figures in rows:
            print(f"{label:<44}{figures['seconds']:>8.2f}s{figures['peak_mb']:>17.0f} Mo")
        print(
            f"  dont Région : chargement {region['load_seconds']:.2f} s, calcul "
            f"{region['synthesis_seconds']:.2f} s, écriture {region['write_seconds']:.2f} s"
        )
        verdict = "atteint" if export["seconds"] < 5 and export["peak_mb"] < 400 else "NON atteint"
        print(f"Objectif < 5 s et < 400 Mo pour l'export complet : {verdict}")


if __name__ == "__main__":
    main()
