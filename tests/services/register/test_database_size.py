"""A territory of 40 fiches followed through 50 transmissions keeps the database small."""

from __future__ import annotations

from sqlalchemy import func, select
from support.contract import demo_id
from support.register import follow_up, grow_demo

from ti_desktop.db.models import Envoi, Instantane
from ti_desktop.db.store import Database
from ti_desktop.services.records import load_territory
from ti_desktop.services.register.changes import compare
from ti_desktop.services.register.snapshots import encode_territory, restore


def test_forty_fiches_and_fifty_transmissions_cost_kilobytes(
    demo_database: Database,
    db_path,
    capsys,  # noqa: ANN001
) -> None:
    territoire_id = demo_id(demo_database)
    grow_demo(demo_database, territoire_id, 40)
    with demo_database.reader() as session:
        territory = load_territory(session, territoire_id)
        assert territory is not None and len(territory.fiches_actives) == 40
        raw = len(encode_territory(territory))
        before = session.connection().exec_driver_sql("PRAGMA page_count").scalar_one()
    follow_up(demo_database, territoire_id, 50)
    with demo_database.reader() as session:
        stored = session.scalar(select(func.sum(func.length(Instantane.donnees))))
        snapshots = session.scalar(select(func.count()).select_from(Instantane))
        full = session.scalar(
            select(func.count()).select_from(Instantane).where(Instantane.base_id.is_(None))
        )
        assert session.scalar(select(func.count()).select_from(Envoi)) == 50
        after = session.connection().exec_driver_sql("PRAGMA page_count").scalar_one()
        page = session.connection().exec_driver_sql("PRAGMA page_size").scalar_one()
        # the last snapshot restores exactly the data as it is now
        last = session.scalars(select(Envoi).order_by(Envoi.envoye_le.desc())).first()
        assert last is not None
        assert compare(
            restore(session, last.instantane_id), load_territory(session, territoire_id)
        ).is_empty
    growth = (after - before) * page
    with capsys.disabled():
        print(
            f"\n40 fiches, 50 envois : {snapshots} instantanés ({full} complets), "
            f"{stored / 1024:.0f} Ko stockés pour {raw / 1024:.0f} Ko de JSON par instantané ; "
            f"la base a grandi de {growth / 1024:.0f} Ko."
        )
    assert stored < 200 * 1024
    assert growth < 400 * 1024
