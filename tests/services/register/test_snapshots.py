"""Snapshots: every record of the territory, compact, restored as the same records."""

from __future__ import annotations

import uuid
import zlib
from decimal import Decimal

import pytest
from sqlalchemy import func, select
from support.contract import demo_id
from support.register import fiche, the_usual_edits

from ti_desktop.db.models import Instantane
from ti_desktop.db.store import Database
from ti_desktop.db.vocabulary import NatureEnvoi
from ti_desktop.services.records import load_territory
from ti_desktop.services.register import snapshots
from ti_desktop.services.register.changes import compare
from ti_desktop.services.register.transmissions import record_transmission


def _current(database: Database, territoire_id: uuid.UUID):  # noqa: ANN202 - a record
    with database.reader() as session:
        territory = load_territory(session, territoire_id)
    assert territory is not None
    return territory


def _values(records: list) -> list[dict]:
    """Each record's values but its write times (a snapshot leaves them out)."""
    return [
        {k: v for k, v in r.__dict__.items() if k not in ("created_at", "updated_at")}
        for r in records
    ]


@pytest.mark.parametrize("nature", list(NatureEnvoi))
def test_each_kind_of_transmission_freezes_the_territory(
    demo_database: Database, tmp_path, nature: NatureEnvoi
) -> None:
    territoire_id = demo_id(demo_database)
    sent = tmp_path / "envoi.docx"
    sent.write_bytes(b"contenu")
    recorded = record_transmission(demo_database, territoire_id, nature, [sent])
    with demo_database.reader() as session:
        frozen = snapshots.restore(session, recorded.instantane_id)
    now = _current(demo_database, territoire_id)
    assert compare(frozen, now).is_empty
    assert [f.numero for f in frozen.fiches_actives] == [f.numero for f in now.fiches_actives]
    for before, after in zip(frozen.fiches_actives, now.fiches_actives, strict=True):
        assert _values(before.financements) == _values(after.financements)
        assert _values(before.indicateurs) == _values(after.indicateurs)
    assert _values(frozen.signataires) == _values(now.signataires)
    assert _values(frozen.axes) == _values(now.axes)
    assert _values(frozen.contrat_courant.enjeux_locaux) == _values(
        now.contrat_courant.enjeux_locaux
    )


def test_a_snapshot_stays_as_it_was_after_edits(demo_database: Database) -> None:
    territoire_id = demo_id(demo_database)
    recorded = record_transmission(demo_database, territoire_id, NatureEnvoi.CLASSEUR)
    the_usual_edits(demo_database, territoire_id)
    with demo_database.reader() as session:
        frozen = snapshots.restore(session, recorded.instantane_id)
    by_number = {f.numero: f for f in frozen.fiches_actives}
    assert "4.4" not in by_number and "2.2" in by_number and "2.1" in by_number
    region = next(ln for ln in by_number["1.1"].financements if ln.financeur == "Région")
    assert region.montant == Decimal("900000.00")


def test_private_notes_and_write_times_are_not_kept(demo_database: Database) -> None:
    territoire_id = demo_id(demo_database)
    with demo_database.session() as session:
        fiche(session, "1.1").notes_privees = "NOTE-PRIVEE"
    raw = snapshots.encode_territory(_current(demo_database, territoire_id))
    assert b"NOTE-PRIVEE" not in raw
    assert b"fictifs" not in raw  # the territory's private notes
    assert b"updated_at" not in raw and b"created_at" not in raw


def test_a_new_column_is_captured_with_no_edit(demo_database: Database) -> None:
    territory = _current(demo_database, demo_id(demo_database))
    # what a column added to the table gives: one more attribute of the record
    territory.fiches_actives[0].__dict__["budget_annexe"] = "oui"
    restored = snapshots.decode_territory(snapshots.encode_territory(territory))
    assert restored.fiches_actives[0].budget_annexe == "oui"


def test_identical_states_share_one_snapshot_and_later_ones_store_their_edits(
    demo_database: Database,
) -> None:
    territoire_id = demo_id(demo_database)
    first = record_transmission(demo_database, territoire_id, NatureEnvoi.CONTRAT)
    again = record_transmission(demo_database, territoire_id, NatureEnvoi.COURRIEL)
    assert again.instantane_id == first.instantane_id
    with demo_database.session() as session:
        fiche(session, "1.2").cout_total_ht = Decimal("2400000")
    later = record_transmission(demo_database, territoire_id, NatureEnvoi.CLASSEUR)
    with demo_database.reader() as session:
        assert session.scalar(select(func.count()).select_from(Instantane)) == 2
        full = session.get(Instantane, first.instantane_id)
        delta = session.get(Instantane, later.instantane_id)
        assert full is not None and delta is not None
        assert full.base_id is None and delta.base_id == full.id
        assert len(delta.donnees) * 4 < len(full.donnees)
        assert len(zlib.decompress(full.donnees)) == full.taille_brute
        restored = snapshots.restore(session, later.instantane_id)
    assert compare(restored, _current(demo_database, territoire_id)).is_empty
