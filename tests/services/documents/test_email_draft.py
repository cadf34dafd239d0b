from __future__ import annotations

import email
from datetime import datetime
from email import policy
from email.message import EmailMessage
from pathlib import Path
from urllib.parse import unquote

import pytest
from sqlalchemy import select

from ti_desktop.db.models import Signataire, Territoire
from ti_desktop.db.store import Database
from ti_desktop.errors import UserFacingError
from ti_desktop.services.documents import email_draft
from ti_desktop.services.documents.email_draft import (
    DraftProposal,
    build_draft,
    mailto_url,
    propose_draft,
    read_journal,
    save_draft,
    write_draft,
)

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


@pytest.fixture
def files(tmp_path: Path) -> list[Path]:
    folder = tmp_path / "docs"
    folder.mkdir()
    contents = {
        "Contrat Troyes – Bar-sur-Aube.docx": b"PK\x03\x04" + bytes(range(256)) * 40,
        "contrat.pdf": b"%PDF-1.7\n" + bytes(range(255, -1, -1)) * 30 + b"\n%%EOF\n",
        "Région Grand Est.xlsx": b"PK\x03\x04\r\n\x00\x00" + b"\xff\xfe" * 500,
    }
    paths = []
    for name, data in contents.items():
        path = folder / name
        path.write_bytes(data)
        paths.append(path)
    return paths


def _draft_as_proposed(proposal: DraftProposal) -> EmailMessage:
    return build_draft(
        sender=proposal.sender,
        recipients=proposal.recipients,
        cc=proposal.cc,
        subject=proposal.subject,
        body=proposal.body,
        attachments=proposal.attachments,
    )


def parse(path: Path) -> EmailMessage:
    message = email.message_from_bytes(path.read_bytes(), policy=policy.default)
    assert isinstance(message, EmailMessage)
    return message


def test_draft_round_trips_headers_and_attachments(tmp_path: Path, files: list[Path]) -> None:
    message = build_draft(
        sender="Camille Dubois <camille.dubois@example.org>",
        recipients=["Hélène Préfète <prefete@aube.gouv.fr>", "maire@troyes.fr"],
        cc=["region@grandest.fr"],
        subject="Contrat de Territoire d'industrie Troyes – Bar-sur-Aube — documents",
        body="Madame, Monsieur,\n\nVeuillez trouver ci-joint les documents.\n",
        attachments=files,
    )
    target = write_draft(message, tmp_path / "out" / "brouillon.eml")
    raw = target.read_bytes()
    assert b"\r\nX-Unsent: 1\r\n" in raw
    raw.decode("ascii")  # every non-ASCII character is encoded

    parsed = parse(target)
    assert parsed["X-Unsent"] == "1"
    assert parsed["Subject"] == (
        "Contrat de Territoire d'industrie Troyes – Bar-sur-Aube — documents"
    )
    assert [a.addr_spec for a in parsed["To"].addresses] == [
        "prefete@aube.gouv.fr",
        "maire@troyes.fr",
    ]
    assert parsed["To"].addresses[0].display_name == "Hélène Préfète"
    assert parsed["Cc"].addresses[0].addr_spec == "region@grandest.fr"
    assert parsed["From"].addresses[0].addr_spec == "camille.dubois@example.org"
    body = parsed.get_body(preferencelist=("plain",))
    assert body is not None and "Veuillez trouver ci-joint" in body.get_content()

    attachments = list(parsed.iter_attachments())
    assert [a.get_filename() for a in attachments] == [p.name for p in files]
    assert [a.get_content_type() for a in attachments] == [DOCX, "application/pdf", XLSX]
    for part, path in zip(attachments, files, strict=True):
        assert part.get_content() == path.read_bytes()


@pytest.mark.parametrize(
    "evil",
    [
        "Objet\r\nBcc: espion@example.com",
        "Objet\nBcc: espion@example.com",
        "Objet\rBcc: espion@example.com",
        "Objet\u2028Bcc: espion@example.com",
    ],
)
def test_line_breaks_in_subject_never_add_headers(tmp_path: Path, evil: str) -> None:
    message = build_draft(
        sender="",
        recipients=["a@example.org"],
        cc=[],
        subject=evil,
        body="x",
        attachments=[],
    )
    parsed = parse(write_draft(message, tmp_path / "m.eml"))
    assert parsed["Bcc"] is None
    assert parsed["Subject"] == "Objet Bcc: espion@example.com"
    assert parsed["From"] is None  # the mail client picks the account


@pytest.mark.parametrize(
    "address",
    [
        "a@example.org\r\nBcc: espion@example.com",
        "Nom\n <a@example.org>",
        "a@example.org, b@example.org",
        "pas une adresse",
        "a@@example.org",
        "noël@example.org",
        "",
    ],
)
def test_invalid_or_injected_addresses_are_refused(address: str) -> None:
    with pytest.raises(UserFacingError, match="Adresse électronique invalide"):
        build_draft(
            sender="",
            recipients=[address],
            cc=[],
            subject="s",
            body="b",
            attachments=[],
        )


def test_accented_domain_is_encoded(tmp_path: Path) -> None:
    message = build_draft(
        sender="",
        recipients=["Noël <noel@exämple.fr>"],
        cc=[],
        subject="s",
        body="b",
        attachments=[],
    )
    raw = write_draft(message, tmp_path / "m.eml").read_bytes()
    assert b"noel@xn--exmple-cua.fr" in raw
    assert parse(tmp_path / "m.eml")["To"].addresses[0].display_name == "Noël"


def test_missing_recipient_or_attachment_is_a_user_error(tmp_path: Path) -> None:
    with pytest.raises(UserFacingError, match="au moins un destinataire"):
        build_draft(sender="", recipients=[], cc=[], subject="s", body="b", attachments=[])
    with pytest.raises(UserFacingError, match="introuvable"):
        build_draft(
            sender="",
            recipients=["a@example.org"],
            cc=[],
            subject="s",
            body="b",
            attachments=[tmp_path / "absent.docx"],
        )


def test_mailto_url_encodes_everything() -> None:
    url = mailto_url(
        ["Élu <elu@example.org>", "b@example.org"],
        ["c@example.org"],
        "Contrat — documents & suite",
        "Ligne 1\nLigne 2",
    )
    assert url.startswith("mailto:elu@example.org,b@example.org?cc=c@example.org&subject=")
    query = dict(part.split("=", 1) for part in url.split("?", 1)[1].split("&"))
    assert unquote(query["subject"]) == "Contrat — documents & suite"
    assert unquote(query["body"]) == "Ligne 1\r\nLigne 2"
    assert "\n" not in url and " " not in url


def test_propose_draft_from_demo_territory(demo_database: Database, files: list[Path]) -> None:
    with demo_database.session() as session:
        territory = session.scalars(select(Territoire)).one()
        territory_id = territory.id
        signatories = list(
            session.scalars(
                select(Signataire)
                .where(Signataire.territoire_id == territory_id)
                .order_by(Signataire.groupe, Signataire.ordre)
            )
        )
        signatories[0].email = "president@troyes-champagne-metropole.fr"
        signatories[1].email = "PRESIDENT@troyes-champagne-metropole.fr"  # same person twice
        signatories[2].email = "pas-une-adresse"
        with_email = [signatories[0], *signatories[3:]]
        for index, signatory in enumerate(signatories[3:]):
            signatory.email = f"signataire{index}@example.org"

    proposal = propose_draft(demo_database, territory_id, files)
    assert proposal.subject == (
        "Contrat de Territoire d'industrie Troyes – Bar-sur-Aube (démonstration) — documents"
    )
    assert len(proposal.recipients) == len(with_email)
    assert proposal.recipients[0].endswith("<president@troyes-champagne-metropole.fr>")
    assert len(proposal.missing_emails) == 1
    assert proposal.sender == "Camille Dubois <camille.dubois@example.org>"
    for path in files:
        assert f"  - {path.name}" in proposal.body
    assert proposal.body.startswith("Madame, Monsieur,")
    assert "Camille Dubois" in proposal.body

    # The proposal builds a valid draft as is.
    message = _draft_as_proposed(proposal)
    assert len(list(message.iter_attachments())) == 3


def test_save_draft_records_journal(tmp_path: Path, files: list[Path]) -> None:
    folder = tmp_path / "courriels"
    message = build_draft(
        sender="",
        recipients=["Hélène <h@example.org>", "b@example.org"],
        cc=["c@example.org"],
        subject="Contrat : « Troyes » / documents?",
        body="b",
        attachments=files[:2],
    )
    when = datetime(2026, 11, 23, 14, 32, 5)
    path = save_draft(message, folder, territoire="Troyes", now=when)
    assert path.parent == folder and path.suffix == ".eml"
    assert path.name.startswith("2026-11-23_14h32-05_")
    assert not set('<>:"/\\|?*') & set(path.name)
    save_draft(message, folder, territoire="Troyes", now=datetime(2026, 11, 24, 9, 0))

    entries = read_journal(folder / email_draft.JOURNAL_NAME)
    assert len(entries) == 2
    first = entries[0]
    assert first.prepared_at == when
    assert first.territoire == "Troyes"
    assert first.subject == "Contrat : « Troyes » / documents?"
    assert first.recipients == ("Hélène <h@example.org>", "b@example.org")
    assert first.cc == ("c@example.org",)
    assert first.attachments == (files[0].name, files[1].name)
    assert first.draft_file == path.name
    assert (folder / email_draft.JOURNAL_NAME).read_bytes().startswith(b"\xef\xbb\xbf")


def test_split_addresses_respects_quotes() -> None:
    text = 'a@example.org, "Dupont, Jean" <j@example.org>;\nM. Paul Roux <p@example.org>\n\n'
    assert email_draft.split_addresses(text) == [
        "a@example.org",
        '"Dupont, Jean" <j@example.org>',
        "M. Paul Roux <p@example.org>",
    ]
    assert email_draft.parse_address('"Dupont, Jean" <j@example.org>').display_name == (
        "Dupont, Jean"
    )


def test_region_correspondent_is_the_recipient_and_partners_in_copy(
    demo_database: Database, files: list[Path]
) -> None:
    with demo_database.session() as session:
        territory = session.scalars(select(Territoire)).one()
        territory_id = territory.id
        territory.correspondant_region_email = "suivi.ti@grandest.example.org"
        people = sorted(territory.signataires, key=lambda s: (s.groupe, s.ordre))
        people[0].email = "president@troyes-champagne-metropole.fr"
        people[4].email = "SUIVI.TI@grandest.example.org"  # the correspondent signs too
        people[5].email = "prefete@aube.gouv.fr"

    proposal = propose_draft(demo_database, territory_id, files)
    assert proposal.recipients == ["suivi.ti@grandest.example.org"]
    assert proposal.cc == [
        "M. Laurent Verdier <president@troyes-champagne-metropole.fr>",
        "Mme Hélène Garnier <prefete@aube.gouv.fr>",
    ]
    assert len(proposal.missing_emails) == len(people) - 3
    assert "Mme Claire Fontaine (Troyes Champagne Métropole)" in proposal.missing_emails
    message = _draft_as_proposed(proposal)
    assert [a.addr_spec for a in message["To"].addresses] == ["suivi.ti@grandest.example.org"]
    assert len(message["Cc"].addresses) == 2

    # Without a correspondent, the signatories are the recipients, as before.
    with demo_database.session() as session:
        session.scalars(select(Territoire)).one().correspondant_region_email = ""
    fallback = propose_draft(demo_database, territory_id, files)
    assert fallback.recipients == [
        "M. Laurent Verdier <president@troyes-champagne-metropole.fr>",
        "M. Étienne Lambert <SUIVI.TI@grandest.example.org>",
        "Mme Hélène Garnier <prefete@aube.gouv.fr>",
    ]
    assert fallback.cc == []
