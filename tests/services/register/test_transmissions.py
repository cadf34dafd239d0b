"""The register: what was sent, its kept copy and SHA-256, to whom, and the signed version."""

from __future__ import annotations

import hashlib
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from support.contract import demo_id

from ti_desktop import __version__
from ti_desktop.db.store import Database
from ti_desktop.db.vocabulary import NatureEnvoi
from ti_desktop.errors import UserFacingError
from ti_desktop.services.register import transmissions
from ti_desktop.services.register.transmissions import (
    latest_signed,
    list_transmissions,
    mark_signed,
    record_publication,
    record_transmission,
)


def _file(folder: Path, name: str, content: bytes) -> Path:
    path = folder / name
    path.write_bytes(content)
    return path


def test_a_transmission_keeps_a_copy_its_hash_and_recipients(
    demo_database: Database, tmp_path: Path, data_dir: Path
) -> None:
    docx = _file(tmp_path, "Contrat - Troyes.docx", b"PK docx bytes")
    pdf = _file(tmp_path, "Contrat - Troyes.pdf", b"%PDF-1.7")
    sent = record_transmission(
        demo_database,
        demo_id(demo_database),
        NatureEnvoi.CONTRAT,
        [docx, pdf],
        recipients=["region@grandest.example", "prefecture@aube.example"],
        objet="Contrat 2024-2027",
    )
    docx.write_bytes(b"changed afterwards")  # the copy is of what was sent
    assert sent.recipients == ["region@grandest.example", "prefecture@aube.example"]
    assert [f.nom for f in sent.fichiers] == ["Contrat - Troyes.docx", "Contrat - Troyes.pdf"]
    first = sent.fichiers[0]
    assert first.sha256 == hashlib.sha256(b"PK docx bytes").hexdigest()
    assert first.taille == len(b"PK docx bytes")
    assert first.kept_copy.read_bytes() == b"PK docx bytes"
    assert first.kept_copy.is_relative_to(data_dir / "envois")
    assert first.kept_copy.name == "Contrat - Troyes.docx"
    assert sent.version_logiciel == __version__
    assert sent.objet == "Contrat 2024-2027" and sent.nature_label == "Contrat"
    assert not list(first.kept_copy.parent.glob(".*.tmp"))


def test_recipients_are_kept_once_each_in_order(demo_database: Database) -> None:
    sent = record_transmission(
        demo_database,
        demo_id(demo_database),
        NatureEnvoi.COURRIEL,
        recipients=["a@x.fr", "  ", "b@x.fr\nA@x.fr", "c@x.fr"],
    )
    assert sent.recipients == ["a@x.fr", "b@x.fr", "c@x.fr"]


def test_the_register_lists_newest_first_and_filters(demo_database: Database) -> None:
    territoire_id = demo_id(demo_database)
    start = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)
    for days, nature, to in (
        (0, NatureEnvoi.CONTRAT, "prefecture@aube.example"),
        (1, NatureEnvoi.CLASSEUR, "region@grandest.example"),
        (2, NatureEnvoi.FICHE, "ademe@example.org"),
        (3, NatureEnvoi.CLASSEUR, "Région <region@grandest.example>"),
    ):
        record_transmission(
            demo_database, territoire_id, nature, recipients=[to], now=start + timedelta(days)
        )
    with demo_database.reader() as session:
        listed = list_transmissions(session, territoire_id)
        workbooks = list_transmissions(session, territoire_id, nature="classeur")
        to_region = list_transmissions(session, territoire_id, recipient="REGION@grand")
    assert [s.envoye_le.day for s in listed] == [4, 3, 2, 1]
    assert [s.envoye_le.day for s in workbooks] == [4, 2]
    assert [s.envoye_le.day for s in to_region] == [4, 2]


def test_a_contract_sent_is_marked_signed_once(demo_database: Database) -> None:
    territoire_id = demo_id(demo_database)
    contract = record_transmission(demo_database, territoire_id, NatureEnvoi.CONTRAT)
    other = record_transmission(demo_database, territoire_id, NatureEnvoi.CONTRAT)
    workbook = record_transmission(demo_database, territoire_id, NatureEnvoi.CLASSEUR)
    assert mark_signed(demo_database, contract.id, date(2024, 6, 28)) is None
    with demo_database.reader() as session:
        signed = latest_signed(session, territoire_id)
    assert signed is not None and signed.id == contract.id and signed.signe_le == date(2024, 6, 28)
    assert signed.describe().endswith("signé le 28 juin 2024")

    with pytest.raises(UserFacingError, match="déjà marqué signé"):
        mark_signed(demo_database, other.id, date(2024, 7, 1))
    with pytest.raises(UserFacingError, match="Seul un contrat ou un avenant"):
        mark_signed(demo_database, workbook.id, date(2024, 7, 1))
    with pytest.raises(UserFacingError, match="pas encore arrivé"):
        mark_signed(demo_database, other.id, date.today() + timedelta(days=1))
    assert mark_signed(demo_database, contract.id, None) == date(2024, 6, 28)  # undo
    assert mark_signed(demo_database, other.id, date(2024, 7, 1)) is None


def test_a_publication_is_recorded_for_the_sync(demo_database: Database) -> None:
    sent = record_publication(
        demo_database,
        demo_id(demo_database),
        serveur="https://ti.grandest.example",
        contenu=b'{"fiches": []}',
    )
    assert sent.nature == "publication"
    assert sent.recipients == ["https://ti.grandest.example"]
    assert sent.fichiers[0].nom == "publication.json"
    assert sent.fichiers[0].kept_copy.read_bytes() == b'{"fiches": []}'
    bare = record_publication(demo_database, demo_id(demo_database), serveur="https://x.example")
    assert bare.fichiers == [] and bare.instantane_id == sent.instantane_id


def test_nothing_is_kept_when_the_database_refuses(
    demo_database: Database, tmp_path: Path, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*_args: object) -> None:
        raise UserFacingError("La base est verrouillée.")

    monkeypatch.setattr(transmissions, "take_snapshot", broken)
    with pytest.raises(UserFacingError, match="verrouillée"):
        record_transmission(
            demo_database,
            demo_id(demo_database),
            NatureEnvoi.FICHE,
            [_file(tmp_path, "f.docx", b"x")],
        )
    assert not [p for p in (data_dir / "envois").rglob("*") if p.is_file()]


def test_an_unreadable_file_is_refused_in_french(demo_database: Database, tmp_path: Path) -> None:
    with pytest.raises(UserFacingError, match="illisible : l'envoi n'est pas consigné"):
        record_transmission(
            demo_database, demo_id(demo_database), NatureEnvoi.FICHE, [tmp_path / "absent.docx"]
        )
