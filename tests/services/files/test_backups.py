from datetime import datetime, timedelta

from sqlalchemy import func, select

from ti_desktop.db.models import FicheAction
from ti_desktop.db.store import open_database
from ti_desktop.services.files import backups


def count_fiches(path):
    db = open_database(path)
    with db.reader() as session:
        n = session.scalar(select(func.count()).select_from(FicheAction))
    db.close()
    return n


def test_daily_backup_once_a_day_and_pruned_after_keep_days(demo_database, db_path):
    demo_database.close()
    start = datetime(2026, 11, 1, 9, 0)
    for day in range(10):
        now = start + timedelta(days=day)
        assert backups.daily_backup(db_path, now) is not None
        assert backups.daily_backup(db_path, now + timedelta(hours=3)) is None
    autos = [b for b in backups.list_backups(db_path) if b.kind == backups.AUTO]
    days = sorted(b.taken_at.date() for b in autos)
    assert len(autos) == backups.KEEP_DAYS
    assert days[-1] == (start + timedelta(days=9)).date()


def test_restore_brings_back_the_data_and_keeps_the_replaced_state(demo_database, db_path):
    demo_database.close()
    taken = backups.make_backup(db_path)
    db = open_database(db_path)
    with db.session() as session:
        for fiche in session.scalars(select(FicheAction)):
            session.delete(fiche)
    db.close()
    assert count_fiches(db_path) == 0
    replaced = backups.restore_backup(db_path, taken.path)
    assert count_fiches(db_path) == 12
    assert count_fiches(replaced.path) == 0
    assert replaced.kind == backups.BEFORE_RESTORE


def test_atomic_path_replaces_only_on_success_with_usual_mode(tmp_path):
    import os

    import pytest

    from ti_desktop.errors import UserFacingError
    from ti_desktop.services.files.atomic import atomic_path

    target = tmp_path / "contrat.docx"
    target.write_text("ancien")
    with pytest.raises(RuntimeError), atomic_path(target) as temporary:
        temporary.write_text("moitié")
        raise RuntimeError("panne pendant la génération")
    assert target.read_text() == "ancien"
    assert [p.name for p in tmp_path.iterdir()] == ["contrat.docx"]
    with atomic_path(target) as temporary:
        temporary.write_text("nouveau")
    assert target.read_text() == "nouveau"
    if os.name == "posix":
        umask = os.umask(0)
        os.umask(umask)
        assert target.stat().st_mode & 0o777 == 0o666 & ~umask
    blocked = tmp_path / "fichier"
    blocked.write_text("x")
    with pytest.raises(UserFacingError, match="fichier"), atomic_path(blocked / "sous" / "a.docx"):
        pass
