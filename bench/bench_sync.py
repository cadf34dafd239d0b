"""Benchmark of the regional server: publishing a territory, pulling a Région, pulling the nation.

Needs a PostgreSQL server the script may create databases and roles on (its superuser's
URL, e.g. the throw-away cluster of ``.ci/postgres.sh``)::

    eval "$(bash .ci/postgres.sh start)"
    python bench/bench_sync.py                      # uses TI_TEST_PG_ADMIN_URL
    python bench/bench_sync.py --admin-url postgresql://postgres@localhost/postgres

It creates a server database (``server init`` by an owner role, as docs/serveur.md says),
publishes a national base built like ``bench_region.py`` (183 territories × 40 fiches ×
4 lines, one indicator per fiche, six signatories per territory; 20 territories in one
Région), then measures, each in a fresh process so that the peak memory (max RSS) is that
step's alone:

- ``publish``: a laptop publishing one new territory of 40 fiches (goal < 1 s);
- ``pull-region``: a new laptop pulling the Région of 20 territories (goal < 5 s);
- ``pull-national``: a new laptop pulling every territory (goal < 30 s).

The database and roles are dropped afterwards.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_region import build  # noqa: E402

PASSWORD = "banc-d-essai"
OWNER, NATIONAL, CHEF, OFFICER = "banc_proprietaire", "banc_national", "banc_chef", "banc_region"
REGION = "Grand Est"


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def _url(admin: str, login: str, database: str) -> str:
    from sqlalchemy.engine import make_url

    url = make_url(admin).set(username=login, password=PASSWORD, database=database)
    return url.render_as_string(hide_password=False)


def _superuser(admin: str, database: str = "postgres"):  # type: ignore[no-untyped-def]
    import psycopg
    from sqlalchemy.engine import make_url

    url = make_url(admin).set(database=database).render_as_string(hide_password=False)
    return psycopg.connect(url, autocommit=True)


def create_server(admin: str, name: str) -> None:
    from psycopg import sql

    from ti_desktop.services.sync import server_admin
    from ti_desktop.services.sync.connection import ServerAccess

    with _superuser(admin) as connection:
        for role, options in (
            (OWNER, "LOGIN CREATEROLE"),
            (NATIONAL, "LOGIN"),
            (CHEF, "LOGIN"),
            (OFFICER, "LOGIN"),
        ):
            exists = connection.execute(
                "SELECT 1 FROM pg_roles WHERE rolname = %s", [role]
            ).fetchone()
            connection.execute(
                sql.SQL("{} ROLE {} {} PASSWORD {}").format(
                    sql.SQL("ALTER" if exists else "CREATE"),
                    sql.Identifier(role),
                    sql.SQL(options),
                    sql.Literal(PASSWORD),
                )
            )
        connection.execute(
            sql.SQL("CREATE DATABASE {} OWNER {}").format(
                sql.Identifier(name), sql.Identifier(OWNER)
            )
        )
    server_admin.init_server(ServerAccess.of(_url(admin, OWNER, name)))


def grant_everything(admin: str, name: str, regions: list[str]) -> None:
    from ti_desktop.services.sync import server_admin
    from ti_desktop.services.sync.connection import ServerAccess

    owner = ServerAccess.of(_url(admin, OWNER, name))
    for region in regions:
        server_admin.grant_access(owner, NATIONAL, region=region, level="edit")
    server_admin.grant_access(owner, OFFICER, region=REGION, level="read")
    server_admin.grant_access(
        owner, CHEF, territories=["Territoire publié par le banc"], level="edit"
    )


def regroup(db: Path, count: int) -> list[str]:
    """Put ``count`` territories in the benchmark's Région; return every Région."""
    from sqlalchemy import select, update

    from ti_desktop.db.models import Territoire
    from ti_desktop.db.store import open_database

    database = open_database(db)
    with database.session() as session:
        ids = list(session.scalars(select(Territoire.id).order_by(Territoire.nom)))
        session.execute(
            update(Territoire).where(Territoire.region == REGION).values(region="Corse")
        )
        session.execute(
            update(Territoire).where(Territoire.id.in_(ids[:count])).values(region=REGION)
        )
        regions = sorted(set(session.scalars(select(Territoire.region))))
    database.close()
    return regions


def one_territory(path: Path, fiches: int, lines: int) -> None:
    """A laptop holding one territory of ``fiches`` fiches (built like the national base)."""
    from sqlalchemy import update

    from ti_desktop.db.models import Territoire
    from ti_desktop.db.store import open_database

    build(path, 1, fiches, lines)
    database = open_database(path)
    with database.session() as session:
        session.execute(
            update(Territoire).values(nom="Territoire publié par le banc", region=REGION)
        )
    database.close()


def step(name: str, db: str, url: str, region: str = "") -> dict[str, float]:
    from ti_desktop.db.store import open_database
    from ti_desktop.services.sync.connection import ServerAccess
    from ti_desktop.services.sync.publish import publish
    from ti_desktop.services.sync.pull import pull

    database = open_database(Path(db))
    access = ServerAccess.of(url)
    before = peak_mb()
    start = time.perf_counter()
    if name == "publish":
        report = publish(database, access)
        rows = report.total
    else:
        pulled = pull(database, access, region=region or None)
        rows = pulled.created + pulled.modified + pulled.deleted
    seconds = time.perf_counter() - start
    database.close()
    return {"seconds": seconds, "peak_mb": peak_mb(), "start_mb": before, "rows": rows}


def run_step(*args: str) -> dict[str, float]:
    completed = subprocess.run(
        [sys.executable, __file__, "--step", *args], check=True, capture_output=True, text=True
    )
    return json.loads(completed.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def show(label: str, result: dict[str, float], goal: float) -> None:
    verdict = "ok" if result["seconds"] < goal else "AU-DELÀ DE L'OBJECTIF"
    print(
        f"{label:<42} {result['seconds']:6.2f} s  {result['rows']:>7.0f} lignes  "
        f"pic {result['peak_mb']:5.0f} Mo (départ {result['start_mb']:.0f} Mo)  "
        f"objectif < {goal:.0f} s : {verdict}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--admin-url", default=os.environ.get("TI_TEST_PG_ADMIN_URL"))
    parser.add_argument("--territories", type=int, default=183)
    parser.add_argument("--region-territories", type=int, default=20)
    parser.add_argument("--fiches", type=int, default=40)
    parser.add_argument("--lines", type=int, default=4)
    parser.add_argument("--step", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.step:
        print(json.dumps(step(*args.step)))
        return
    if not args.admin_url:
        parser.error("--admin-url (ou TI_TEST_PG_ADMIN_URL) : un superutilisateur PostgreSQL")

    name = f"ti_banc_{uuid.uuid4().hex[:8]}"
    with tempfile.TemporaryDirectory(prefix="bench-sync-") as folder:
        root = Path(folder)
        national = root / "national.tidb"
        start = time.perf_counter()
        build(national, args.territories, args.fiches, args.lines)
        regions = regroup(national, args.region_territories)
        print(
            f"Base nationale : {args.territories} territoires × {args.fiches} fiches × "
            f"{args.lines} lignes, construite en {time.perf_counter() - start:.1f} s"
        )
        create_server(args.admin_url, name)
        try:
            grant_everything(args.admin_url, name, regions)
            seed = run_step("publish", str(national), _url(args.admin_url, NATIONAL, name))
            show("Publication nationale (remplissage)", seed, 600)
            laptop = root / "un-territoire.tidb"
            one_territory(laptop, args.fiches, args.lines)
            show(
                f"Publier 1 territoire de {args.fiches} fiches",
                run_step("publish", str(laptop), _url(args.admin_url, CHEF, name)),
                1,
            )
            region = root / "region.tidb"
            show(
                f"Récupérer une Région de {args.region_territories} territoires",
                run_step("pull-region", str(region), _url(args.admin_url, OFFICER, name), REGION),
                5,
            )
            show(
                f"Récupérer {args.territories} territoires × {args.fiches} fiches",
                run_step(
                    "pull-national", str(root / "pays.tidb"), _url(args.admin_url, NATIONAL, name)
                ),
                30,
            )
        finally:
            from psycopg import sql

            with _superuser(args.admin_url) as connection:
                connection.execute(
                    sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))
                )
                for role in (NATIONAL, CHEF, OFFICER, OWNER):
                    connection.execute(sql.SQL("DROP OWNED BY {}").format(sql.Identifier(role)))
                    connection.execute(
                        sql.SQL("DROP ROLE IF EXISTS {}").format(sql.Identifier(role))
                    )


if __name__ == "__main__":
    main()
