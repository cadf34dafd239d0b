"""Benchmark of the exchange workbook: export, import and re-import of 100 to 10,000 fiches.

For each size, builds a database (territories of up to 1,000 fiches, each fiche with 4
financing lines and 1 indicator, 6 signatories per territory) with bulk inserts, then
runs each step in a fresh process so that the peak memory (max RSS) is that step's:

- ``export``: ``export_workbook`` of every territory;
- ``import``: ``import_workbook`` of that file into an empty database (all created);
- ``reimport``: the same file again into that database (all updated, nothing duplicated).

Usage: ``python bench/bench_exchange.py [--sizes 100 1000 10000]``.
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
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

FICHES_PER_TERRITORY = 1000


def build(path: Path, fiches: int) -> None:
    import uuid

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
        territories = max(1, -(-fiches // FICHES_PER_TERRITORY))
        for t in range(territories):
            territory = create_territory(
                session, f"Territoire d'industrie n° {t + 1:03d}", "Grand Est", Phase.PHASE_2
            )
            for s in range(6):
                signatory_rows.append(
                    dict(id=uuid.uuid4(), territoire_id=territory.id, created_at=now,
                         updated_at=now, groupe=list(GroupeSignataire)[s % 3].value,
                         organisme=f"Organisme {s}", representant=f"Personne {s}",
                         fonction="Président", ordre=s // 3 + 1)
                )  # fmt: skip
            count = min(FICHES_PER_TERRITORY, fiches - t * FICHES_PER_TERRITORY)
            for f in range(count):
                fiche_id = uuid.uuid4()
                cost = Decimal(rng.randrange(10_000, 5_000_000_00)) / 100
                fiche_rows.append(
                    dict(id=fiche_id, territoire_id=territory.id, created_at=now,
                         updated_at=now, numero=f"{f // 10 + 1}.{f % 10 + 1}",
                         intitule=f"Action structurante numéro {f} du territoire",
                         axe_id=territory.axes[f % 4].id, maitre_ouvrage="Communauté de communes",
                         description="Description de l'action " * 6, objectifs="Objectifs " * 4,
                         partenaires="État, Région", localisation="Territoire",
                         date_debut=date(2024, 1 + f % 12, 1), date_fin=date(2027, 12, 31),
                         cout_total_ht=cost, avancement_id=states[f % len(states)].id,
                         position=f)
                )  # fmt: skip
                for n in range(4):
                    line_rows.append(
                        dict(id=uuid.uuid4(), fiche_id=fiche_id, created_at=now, updated_at=now,
                             financeur_id=financers[(f + n) % len(financers)].id,
                             dispositif="Dispositif", montant=(cost / 5).quantize(Decimal("0.01")),
                             statut_id=statuses[n].id, position=n)
                    )  # fmt: skip
                indicator_rows.append(
                    dict(id=uuid.uuid4(), fiche_id=fiche_id, created_at=now, updated_at=now,
                         nom="Emplois créés", unite="emplois", valeur_cible=Decimal(20),
                         echeance=date(2027, 12, 31), valeur_atteinte=Decimal(f % 7), position=0)
                )  # fmt: skip
        session.flush()
        for model, rows in (
            (Signataire, signatory_rows),
            (FicheAction, fiche_rows),
            (LigneFinancement, line_rows),
            (Indicateur, indicator_rows),
        ):
            session.execute(insert(model), rows)
    database.close()


def run_step(step: str, database: Path, workbook: Path) -> dict[str, float]:
    """One measured step, in this (fresh) process."""
    from ti_desktop.db.store import open_database
    from ti_desktop.services.exchange.exporter import export_workbook
    from ti_desktop.services.exchange.importer import import_workbook

    db = open_database(database)
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    started = time.perf_counter()
    if step == "export":
        export_workbook(db, workbook)
    else:
        import_workbook(db, workbook)
    seconds = time.perf_counter() - started
    db.close()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"seconds": seconds, "peak_mb": peak, "start_mb": before}


def _measure(step: str, database: Path, workbook: Path) -> dict[str, float]:
    output = subprocess.run(
        [sys.executable, __file__, "--step", step, "--db", str(database), "--xlsx", str(workbook)],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    result: dict[str, float] = json.loads(output)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 1000, 10_000])
    parser.add_argument("--step", choices=("build", "export", "import", "reimport"))
    parser.add_argument("--db", type=Path)
    parser.add_argument("--xlsx", type=Path)
    args = parser.parse_args()
    if args.step == "build":
        build(args.db, args.sizes[0])
        return
    if args.step:
        print(json.dumps(run_step(args.step, args.db, args.xlsx)))
        return
    print(f"{'fiches':>7} {'étape':<9} {'durée':>8} {'pic RSS':>9} {'(départ)':>9} {'fichier':>9}")
    with tempfile.TemporaryDirectory() as folder:
        for size in args.sizes:
            source = Path(folder) / f"source-{size}.tidb"
            target = Path(folder) / f"cible-{size}.tidb"
            workbook = Path(folder) / f"classeur-{size}.xlsx"
            # built in its own process: a child inherits its parent's peak memory (max RSS)
            subprocess.run(
                [sys.executable, __file__, "--step", "build", "--db", str(source),
                 "--sizes", str(size)],
                check=True,
            )  # fmt: skip
            for step, database in (("export", source), ("import", target),
                                   ("reimport", target)):  # fmt: skip
                figures = _measure(step, database, workbook)
                size_mb = workbook.stat().st_size / 1024 / 1024
                print(
                    f"{size:>7} {step:<9} {figures['seconds']:>7.2f}s "
                    f"{figures['peak_mb']:>7.0f}Mo {figures['start_mb']:>7.0f}Mo "
                    f"{size_mb:>7.1f}Mo",
                    flush=True,
                )


if __name__ == "__main__":
    main()
