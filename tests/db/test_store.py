import hashlib
import shutil
import sqlite3
from decimal import Decimal
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import func, select

from ti_desktop import paths
from ti_desktop.db import store
from ti_desktop.db.models import Base, FicheAction, Financeur, LigneFinancement, Territoire
from ti_desktop.db.store import Database, head_revision, open_database
from ti_desktop.errors import NewerDatabaseError, NotADatabaseError
from ti_desktop.services.demo import DEMO_NAME


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_fresh_database_is_migrated_marked_and_seeded(database):
    raw = sqlite3.connect(database.path)
    assert raw.execute("PRAGMA application_id").fetchone()[0] == store.APPLICATION_ID
    assert (
        raw.execute("SELECT version_num FROM alembic_version").fetchone()[0]
        == store.head_revision()
    )
    raw.close()
    with database.reader() as session:
        assert session.scalar(select(func.count()).select_from(Financeur)) == 14
    with database.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"


def test_migrations_match_the_models(database):
    with database.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert diff == []


def test_reopening_keeps_data_and_does_not_reseed(demo_database, db_path):
    demo_database.close()
    again = open_database(db_path)
    with again.reader() as session:
        assert session.scalar(select(Territoire.nom)) == DEMO_NAME
        assert session.scalar(select(func.count()).select_from(Financeur)) == 14
        assert session.scalar(select(func.count()).select_from(FicheAction)) == 12
    again.close()


@pytest.mark.parametrize(
    "content",
    [b"Bonjour, ceci est un texte.", b"PK\x03\x04 not really a zip", b"\x00" * 10],
)
def test_foreign_file_is_refused_and_left_untouched(tmp_path, content):
    path = tmp_path / "notes.tidb"
    path.write_bytes(content)
    before = digest(path)
    with pytest.raises(NotADatabaseError, match="pas une base TI Desktop"):
        open_database(path)
    assert digest(path) == before


def test_other_applications_sqlite_file_is_refused_untouched(tmp_path):
    path = tmp_path / "autre.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE clients (id INTEGER PRIMARY KEY, nom TEXT)")
    conn.commit()
    conn.close()
    before = digest(path)
    with pytest.raises(NotADatabaseError, match="autre logiciel"):
        open_database(path)
    assert digest(path) == before
    assert not Path(str(path) + "-wal").exists()


def test_database_from_a_newer_version_is_refused(database, db_path):
    database.close()
    conn = sqlite3.connect(db_path)
    conn.execute("UPDATE alembic_version SET version_num = '9999_futur'")
    conn.commit()
    conn.close()
    before = digest(db_path)
    with pytest.raises(NewerDatabaseError, match="version plus récente"):
        open_database(db_path)
    assert digest(db_path) == before


def test_older_database_is_backed_up_then_migrated(demo_database, db_path, tmp_path, monkeypatch):
    demo_database.close()
    head = head_revision()
    migrations = tmp_path / "migrations"
    shutil.copytree(paths.migrations_dir(), migrations)
    (migrations / "versions" / "9999_test_colonne.py").write_text(
        f"""
import sqlalchemy as sa
from alembic import op

revision = "9999"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table("territoire") as batch:
        batch.add_column(sa.Column("site_web", sa.String(255), nullable=True))


def downgrade():
    with op.batch_alter_table("territoire") as batch:
        batch.drop_column("site_web")
""",
        encoding="utf-8",
    )
    monkeypatch.setattr(paths, "migrations_dir", lambda: migrations)
    migrated = open_database(db_path)
    with migrated.engine.connect() as conn:
        columns = [row[1] for row in conn.exec_driver_sql("PRAGMA table_info(territoire)")]
        assert conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar() == "9999"
    assert "site_web" in columns
    with migrated.reader() as session:
        assert session.scalar(select(func.count()).select_from(FicheAction)) == 12
    migrated.close()
    backups = list(db_path.parent.glob(f"test.avant-migration-{head}-*.tidb"))
    assert len(backups) == 1
    conn = sqlite3.connect(backups[0])
    assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == head
    assert conn.execute("SELECT count(*) FROM fiche_action").fetchone()[0] == 12
    conn.close()


def test_amounts_are_exact_decimals(database):
    with database.session() as session:
        territory = Territoire(nom="T", region="R", phase="Phase 2 (2023-2027)")
        fiche = FicheAction(numero="1", intitule="F", cout_total_ht=Decimal("999999999999.99"))
        territory.fiches.append(fiche)
        financer = session.scalars(select(Financeur)).first()
        from ti_desktop.db.models import StatutFinancement

        status = session.scalars(select(StatutFinancement)).first()
        for amount in ("0.10", "0.20", "123456789012.34"):
            fiche.financements.append(
                LigneFinancement(financeur=financer, statut=status, montant=Decimal(amount))
            )
        session.add(territory)
    with database.reader() as session:
        fiche = session.scalars(select(FicheAction)).one()
        assert fiche.cout_total_ht == Decimal("999999999999.99")
        assert sum(line.montant for line in fiche.financements) == Decimal("123456789012.64")
        total = session.scalar(select(func.sum(LigneFinancement.montant)))
    assert total == Decimal("123456789012.64")
    # stored as integer cents, so SQL sums are exact too
    with database.engine.connect() as conn:
        raw = conn.exec_driver_sql("SELECT sum(montant), typeof(montant) FROM ligne_financement")
        assert raw.one() == (12345678901264, "integer")


def test_float_amounts_are_rejected(database):
    with pytest.raises(Exception, match="expects Decimal"), database.session() as session:
        session.add(Territoire(nom="T", region="R", phase="x"))
        session.flush()
        territory = session.scalars(select(Territoire)).one()
        territory.fiches.append(FicheAction(numero="1", intitule="F", cout_total_ht=0.1))
        session.flush()
    with database.reader() as session:
        assert session.scalar(select(func.count()).select_from(Territoire)) == 0


def test_a_write_on_a_locked_file_is_a_french_message_naming_it(database):
    from support.locks import table_dump, write_lock

    from ti_desktop.errors import DatabaseEnvironmentError

    locked = open_database(database.path, busy_timeout=0.05)
    before = table_dump(database.path)
    try:
        with write_lock(database.path):
            with pytest.raises(DatabaseEnvironmentError) as raised, locked.session() as session:
                session.add(Territoire(nom="Bloqué", region="Normandie", phase="x"))
            # reading still works while another program writes (WAL)
            with locked.reader() as session:
                assert session.scalar(select(func.count()).select_from(Financeur)) == 14
    finally:
        locked.close()
    message = raised.value.message
    assert f"« {database.path} »" in message
    assert "occupée par un autre programme" in message
    assert "la modification n'a pas été enregistrée" in message
    assert table_dump(database.path) == before


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        (sqlite3.SQLITE_READONLY, "en lecture seule"),
        (sqlite3.SQLITE_FULL, "est plein"),
        (sqlite3.SQLITE_IOERR | (3 << 8), "Erreur de lecture ou d'écriture"),  # IOERR_WRITE
        (sqlite3.SQLITE_CORRUPT, "endommagée"),
    ],
)
def test_each_environment_error_has_its_explanation(tmp_path, code, expected):
    error = sqlite3.OperationalError("disk trouble")
    error.sqlite_errorcode = code  # type: ignore[attr-defined]
    explained = store.environment_error(tmp_path / "base.tidb", error, writing=False)
    assert explained is not None
    assert expected in explained.message
    assert f"« {tmp_path / 'base.tidb'} »" in explained.message
    assert "les données n'ont pas pu être lues" in explained.message


def test_a_bug_is_not_dressed_as_an_environment_error(database):
    from sqlalchemy.exc import IntegrityError

    with pytest.raises(IntegrityError), database.session() as session:
        session.add(Territoire(nom="T", region="R", phase="x"))
        session.add(Territoire(nom="T", region="R", phase="x"))
        session.flush()


def test_revisions_read_from_the_scripts_match_alembic() -> None:
    from alembic.script import ScriptDirectory

    from ti_desktop.db.store import alembic_config, script_revisions

    scripts = ScriptDirectory.from_config(alembic_config())
    assert head_revision() == scripts.get_current_head()
    assert set(script_revisions()) == {script.revision for script in scripts.walk_revisions()}


def test_opening_an_up_to_date_base_does_not_load_alembic(database: Database) -> None:
    import subprocess
    import sys

    path = database.path
    database.close()
    code = (
        "import sys\n"
        "from ti_desktop.db.store import open_database\n"
        f"open_database({str(path)!r}).close()\n"
        "print('alembic' in sys.modules)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"
