"""The demo contract read as a signatory reads it: parties, articles, tables, annex."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from docx import Document
from sqlalchemy import select
from support.contract import body_paragraphs, demo_id, full_text, plain, table_rows, texts

from ti_desktop.db.models import FicheAction, Signataire, Territoire
from ti_desktop.db.store import Database
from ti_desktop.db.vocabulary import GroupeSignataire, TypeDocument
from ti_desktop.services.documents import generation as contract_documents
from ti_desktop.services.progress import Cancelled
from ti_desktop.services.territories import create_territory, full_territory_options


@pytest.fixture
def contract_path(demo_database: Database, tmp_path: Path) -> Path:
    target = tmp_path / "contrat.docx"
    result = contract_documents.generate_contract(demo_database, demo_id(demo_database), target)
    assert result.docx == target and result.pdf is None
    return target


def _demo(database: Database) -> Territoire:
    session = database.session_factory()
    return session.scalars(
        select(Territoire).options(*full_territory_options())  # type: ignore[arg-type]
    ).one()


def test_every_signatory_and_co_representative(
    demo_database: Database, contract_path: Path
) -> None:
    text = full_text(contract_path)
    assert (
        "Troyes Champagne Métropole, représentée par son président, M. Laurent Verdier, et par "
        "Mme Claire Fontaine, 1ère vice-présidente chargée du développement économique," in text
    )
    assert "L'État, représenté par Mme Hélène Garnier, préfète de l'Aube," in text
    assert (
        "La Communauté de communes de Vendeuvre-Soulaines, représentée par sa présidente, "
        "Mme Sophie Renard," in text
    )
    assert "La Région Grand Est, représentée par M. Étienne Lambert, président du Conseil " in text
    parties = [
        p.text for p in body_paragraphs(Document(str(contract_path))) if p.style.name == "Partie"
    ]
    assert parties[:3] == ["ENTRE", "ET", "AINSI QUE"]
    assert "ci-après, les « intercommunalités » ; d'une part," in text
    assert "ci-après, les « partenaires publics » ; d'autre part," in text
    signature_cells = {row[0] for row in table_rows(contract_path) if row[1] == "Signature"}
    for signatory in _demo(demo_database).signataires:
        assert any(
            signatory.representant in cell and signatory.fonction in cell
            for cell in signature_cells
        )
    assert "Pour l'État\nPréfète de l'Aube\nMme Hélène Garnier" in signature_cells
    assert "Fait à Troyes, le 28 juin 2024" in text


def test_vu_clauses_cite_the_deliberations(contract_path: Path) -> None:
    text = full_text(contract_path)
    assert (
        "Vu la délibération n° 24CP-0512 du Conseil régional Grand Est en date du 24 mai 2024 "
        "approuvant les termes du présent contrat ;" in text
    )
    assert (
        "Vu la délibération n° 24-32 du conseil communautaire de la Communauté de communes de la "
        "Région de Bar-sur-Aube en date du 4 avril 2024 autorisant la signature du présent "
        "contrat ;" in text
    )
    # The Région's own signatory deliberation is the same act: cited once.
    assert text.count("24CP-0512") == 1


def test_title_page_articles_and_heading_styles(contract_path: Path) -> None:
    document = Document(str(contract_path))
    paragraphs = body_paragraphs(document)
    assert plain(paragraphs[0].text) == "CONTRAT DU TERRITOIRE D'INDUSTRIE"
    assert paragraphs[0].style.name == "Title"
    assert paragraphs[1].text == "Troyes – Bar-sur-Aube (démonstration)"
    assert paragraphs[2].text == "2024–2027"
    headings_1 = [plain(p.text) for p in paragraphs if p.style.name == "Heading 1"]
    assert headings_1 == [
        "Les parties",
        "Préambule",
        "Article 1 – Objet",
        "Article 2 – Présentation du territoire",
        "Article 3 – Enjeux et stratégie",
        "Article 4 – Plan d'actions",
        "Article 5 – Engagements des signataires",
        "Article 6 – Gouvernance et suivi",
        "Article 7 – Durée",
        "Article 8 – Modification et résiliation",
        "Article 9 – Règlement des litiges",
        "Signatures",
        "Annexe – Les fiches-actions",
    ]
    text = full_text(contract_path)
    assert "Lancé le 22 novembre 2018" in text  # default préambule
    assert (
        "binôme élu–industriel : M. Laurent Verdier, Président de Troyes Champagne Métropole "
        "et M. Thomas Girard" in text
    )
    assert "Le chef de projet, Camille Dubois (camille.dubois@example.org, 03 25 00 00 00)" in text
    assert "court jusqu'au 31 décembre 2027" in text
    assert "Axe 1 – Accélérer la transition écologique et énergétique (3 fiches-actions)" in text
    assert "Reconquérir les friches avant de consommer de nouvelles terres" in text
    footer = document.sections[0].footer
    assert "Troyes – Bar-sur-Aube (démonstration) — Page" in plain(footer.paragraphs[0].text)
    footer_xml = footer._element.xml
    assert "PAGE" in footer_xml and "NUMPAGES" in footer_xml
    assert document.sections[0].different_first_page_header_footer
    assert "None" not in text and "{{" not in text and "{%" not in text


def test_every_fiche_starts_a_new_page_with_its_fields(
    demo_database: Database, contract_path: Path
) -> None:
    paragraphs = body_paragraphs(Document(str(contract_path)))
    fiche_headings = [
        p for p in paragraphs if p.style.name == "Heading 2" and p.text.startswith("Fiche-action")
    ]
    demo = _demo(demo_database)
    assert [plain(h.text) for h in fiche_headings] == [
        f"Fiche-action {f.numero} – {f.intitule}" for f in demo.fiches
    ]
    assert all(h.paragraph_format.page_break_before for h in fiche_headings)
    rows = table_rows(contract_path)
    for fiche in demo.fiches:
        assert (fiche.numero, fiche.intitule, fiche.maitre_ouvrage) == next(
            r[:3] for r in rows if r[0] == fiche.numero
        )
        assert ("Maître d'ouvrage", fiche.maitre_ouvrage) in rows
    assert ("Calendrier", "du 1er septembre 2024 au 30 juin 2027") in rows
    assert ("Coût total HT", "4 850 000 €") in rows
    assert ("État d'avancement", "En cours") in rows


def test_financing_lines_totals_and_reste_a_financer(
    demo_database: Database, contract_path: Path
) -> None:
    rows = table_rows(contract_path)
    demo = _demo(demo_database)
    for fiche in demo.fiches:
        for line in fiche.financements:
            amount = f"{int(line.montant):,}".replace(",", " ") + " €"
            assert any(
                r[0] == line.financeur.libelle and r[2] == amount and r[3] == line.statut.libelle
                for r in rows
            ), (fiche.numero, line.financeur.libelle)
    # Fiche 2.3: 780 000 € cost; 234 000 + 120 000 + 156 000 planned; 40 000 refused.
    # a refused line is shown, with no share of the cost
    assert ("Banque des Territoires", "Ingénierie", "40 000 €", "Refusé", "—") in rows
    assert ("Total des financements (hors refusés)", "", "510 000 €", "", "65,4 %") in rows
    assert ("Reste à financer", "", "270 000 €", "", "34,6 %") in rows
    assert ("Région", "Fonds Climaxion", "900 000 €", "Acquis", "18,6 %") in rows
    # Summary table totals, computed here independently of the services.
    cost = sum((f.cout_total_ht or Decimal(0) for f in demo.fiches), Decimal(0))
    acquired = sum(
        (
            line.montant
            for f in demo.fiches
            for line in f.financements
            if line.statut.libelle == "Acquis"
        ),
        Decimal(0),
    )
    fmt = lambda v: f"{int(v):,}".replace(",", " ") + " €"  # noqa: E731
    assert ("", "Total (12 fiches-actions)", "", fmt(cost), fmt(acquired)) in rows
    assert ("Indicateur", "Unité", "Cible", "Échéance", "Atteint") in rows
    assert ("Surface remise sur le marché", "ha", "6,5", "30 juin 2027", "—") in rows


def test_groups_without_members_vanish(database: Database, tmp_path: Path) -> None:
    with database.session() as session:
        territory = create_territory(session, "Vallée sans partenaires", "Occitanie")
        territory.signataires = [
            Signataire(
                groupe=GroupeSignataire.INTERCOMMUNALITES.value,
                organisme="CC du Val",
                representant="M. Un",
                fonction="Président",
            ),
            Signataire(
                groupe=GroupeSignataire.PARTENAIRES_ECONOMIQUES.value,
                organisme="Forges du Val",
                representant="Mme Deux",
                fonction="Directrice générale",
                ordre=1,
            ),
        ]
        territory_id = territory.id
    target = tmp_path / "c.docx"
    contract_documents.generate_contract(database, territory_id, target)
    paragraphs = body_paragraphs(Document(str(target)))
    assert [p.text for p in paragraphs if p.style.name == "Partie"] == ["ENTRE", "ET"]
    text = full_text(target)
    assert "partenaires publics" not in text.lower()
    assert "Forges du Val, représentée par sa directrice générale, Mme Deux," in text
    assert "Aucune fiche-action n'est encore inscrite au plan d'actions." in text
    assert not [p for p in paragraphs if p.text.startswith("Fiche-action")]
    assert "None" not in text


def test_protocole_kind_and_own_preamble(demo_database: Database, tmp_path: Path) -> None:
    with demo_database.session() as session:
        contract = session.scalars(select(Territoire)).one().contrat_courant
        assert contract is not None
        contract.type_document = TypeDocument.PROTOCOLE.value
        contract.preambule = (
            "Premier paragraphe du territoire.\n\nSecond paragraphe,\navec un retour à la ligne."
        )
        contract.date_signature = None
        contract.lieu_signature = ""
    target = tmp_path / "p.docx"
    contract_documents.generate_contract(demo_database, demo_id(demo_database), target)
    lines = texts(target)
    assert lines[0] == "PROTOCOLE D'ACCORD DU TERRITOIRE D'INDUSTRIE"
    assert "Premier paragraphe du territoire." in lines
    # a typed line end starts a new paragraph (no manual break in a justified line)
    assert lines[lines.index("Second paragraphe,") : lines.index("Second paragraphe,") + 2] == [
        "Second paragraphe,",
        "avec un retour à la ligne.",
    ]
    assert "Lancé le 22 novembre 2018" not in "\n".join(lines)
    assert "Fait à …………………………, le …………………………, en onze exemplaires originaux." in lines
    assert "Le présent protocole d'accord a pour objet" in "\n".join(lines)


def test_single_fiche_document(demo_database: Database, tmp_path: Path) -> None:
    target = tmp_path / "fiche.docx"
    contract_documents.generate_fiche(demo_database, demo_id(demo_database), "2.3", target)
    document = Document(str(target))
    headings = [p.text for p in body_paragraphs(document) if p.style.name == "Heading 1"]
    assert headings == ["Fiche-action 2.3 – Tiers-lieu industriel et fab-lab de Bar-sur-Aube"]
    rows = table_rows(target)
    assert ("Reste à financer", "", "270 000 €", "", "34,6 %") in rows
    assert "Fiche-action 2.3" in document.sections[0].footer.paragraphs[0].text
    assert "Tiers-lieu" in full_text(target) and "Fiche-action 1.1" not in full_text(target)


def test_unknown_fiche_number_is_explained(demo_database: Database, tmp_path: Path) -> None:
    from ti_desktop.errors import UserFacingError

    with pytest.raises(
        UserFacingError, match=r"Pas de fiche-action n° 9\.9 .* Fiches : 1\.1, 1\.2"
    ):
        contract_documents.generate_fiche(
            demo_database, demo_id(demo_database), "9.9", tmp_path / "f.docx"
        )
    assert not (tmp_path / "f.docx").exists()


def test_trashed_fiches_are_left_out(demo_database: Database, tmp_path: Path) -> None:
    from datetime import UTC, datetime

    with demo_database.session() as session:
        fiche = session.scalars(select(FicheAction).where(FicheAction.numero == "4.3")).one()
        fiche.supprime_le = datetime.now(UTC)
    target = tmp_path / "c.docx"
    contract_documents.generate_contract(demo_database, demo_id(demo_database), target)
    assert "Observatoire partagé du foncier économique" not in full_text(target)
    assert "Total (11 fiches-actions)" in full_text(target)


def test_cancel_writes_nothing(demo_database: Database, tmp_path: Path) -> None:
    calls: list[tuple[int, int, str]] = []

    def cancel_when_saving(done: int, total: int, message: str) -> None:
        calls.append((done, total, message))
        if done == total:
            raise Cancelled

    out = tmp_path / "sortie"
    out.mkdir()
    with pytest.raises(Cancelled):
        contract_documents.generate_contract(
            demo_database, demo_id(demo_database), out / "c.docx", progress=cancel_when_saving
        )
    assert list(out.iterdir()) == []
    assert [c[0] for c in calls] == [0, 1, 2, 3]


def test_default_file_names_are_safe_on_windows() -> None:
    from ti_desktop.db.models import Contrat

    hostile = Territoire(nom="CON", region="x", phase="x")
    assert (
        contract_documents.default_contract_file_name(hostile, None, date(2026, 1, 2))
        == "Contrat - CON - 2026-01-02.docx"
    )
    assert contract_documents.safe_file_name("CON") == "_CON.docx"
    assert contract_documents.safe_file_name("nul.txt") == "_nul.txt.docx"
    weird = Territoire(nom='A<b>:"/\\|?*\x07 fin. ', region="x", phase="x")
    contract = Contrat(type_document="Avenant", statut="x", annee_debut=2024, annee_fin=2027)
    name = contract_documents.default_contract_file_name(weird, contract, date(2026, 11, 23))
    assert name == "Avenant - A-b- fin. - 2024-2027 - 2026-11-23.docx"
    long = Territoire(nom="Très long territoire " * 20, region="x", phase="x")
    fiche = FicheAction(numero="1.2", intitule="Un intitulé vraiment très long " * 10)
    for file_name in (
        contract_documents.default_contract_file_name(long, contract, date(2026, 11, 23)),
        contract_documents.default_fiche_file_name(long, fiche, date(2026, 11, 23)),
        contract_documents.safe_file_name("x" * 500 + " . "),
    ):
        stem = file_name.removesuffix(".docx")
        assert len(file_name) <= contract_documents.MAX_FILE_NAME
        assert not any(c in file_name for c in '<>:"/\\|?*')
        assert stem == stem.rstrip(" .") and file_name.endswith(".docx")
    assert contract_documents.safe_file_name(" . ") == "document.docx"


def test_optional_blocks_empty_fiche_and_private_notes(
    demo_database: Database, tmp_path: Path
) -> None:
    with demo_database.session() as session:
        territory = session.scalars(select(Territoire)).one()
        first = session.scalars(select(FicheAction).where(FicheAction.numero == "1.1")).one()
        first.demande_simplification = "Dérogation au délai d'instruction"
        first.notes_privees = "NOTE-PRIVEE-A-NE-JAMAIS-EXPORTER"
        first.cout_total_ht = Decimal("4000000")  # 4 850 000 € of lines not refused
        territory.fiches.append(
            FicheAction(numero="9.1", intitule="Idée sans chiffrage", position=99)
        )
    target = tmp_path / "c.docx"
    contract_documents.generate_contract(demo_database, demo_id(demo_database), target)
    text = full_text(target)
    assert text.count("Demande de simplification ou de dérogation") == 1
    assert "Dérogation au délai d'instruction" in text
    assert "NOTE-PRIVEE" not in text
    # an internal warning belongs to the window and the check, never to a contract
    assert "Attention" not in text and "dépassent le coût total" not in text
    assert ("Reste à financer", "", "0 €", "", "0 %") in table_rows(target)
    empty = text[text.index("Fiche-action 9.1 – Idée sans chiffrage\n") :]
    assert "Aucun financement n'est encore renseigné." in empty
    assert "Aucun indicateur n'est encore défini." in empty
    assert ("Coût total HT", "—") in table_rows(target)
    assert ("Maître d'ouvrage", "—") in table_rows(target)
    assert "None" not in text


def test_signatory_of_an_unknown_group_is_not_dropped(database: Database, tmp_path: Path) -> None:
    with database.session() as session:
        territory = create_territory(session, "Val", "Bretagne")
        territory.signataires = [
            Signataire(groupe="Intercommunalités", organisme="CC du Val", representant="M. Un"),
            Signataire(groupe="Invités", organisme="Lycée du Val", representant="Mme Trois"),
        ]
        territory_id = territory.id
    target = tmp_path / "c.docx"
    contract_documents.generate_contract(database, territory_id, target)
    text = full_text(target)
    assert "Le Lycée du Val, représenté par Mme Trois," in text
    assert "ci-après, les « invités » ; d'autre part," in text


def test_civility_field_in_the_parties_and_signatures(database: Database, tmp_path: Path) -> None:
    with database.session() as session:
        territory = create_territory(session, "Val", "Bretagne")
        territory.signataires = [
            Signataire(
                groupe="Intercommunalités",
                organisme="Ville du Val",
                civilite="Mme",
                representant="Ida Roux",
                fonction="Maire",
            ),
            # typed before the Civilité field existed, then the field filled in
            Signataire(
                groupe="Partenaires publics",
                organisme="Département du Morbihan",
                civilite="M.",
                representant="M. Yann Le Goff",
                fonction="Maire",
            ),
        ]
        territory_id = territory.id
    target = tmp_path / "c.docx"
    contract_documents.generate_contract(database, territory_id, target)
    text = full_text(target)
    assert "La Ville du Val, représentée par sa maire, Mme Ida Roux," in text
    assert "Le Département du Morbihan, représenté par son maire, M. Yann Le Goff," in text
    assert "M. M." not in text
    signature_cells = {row[0] for row in table_rows(target) if row[1] == "Signature"}
    assert "Pour la Ville du Val\nMaire\nMme Ida Roux" in signature_cells


def test_demo_stores_the_civility_apart_from_the_name(demo_database: Database) -> None:
    people = _demo(demo_database).signataires
    assert {p.civilite for p in people} == {"M.", "Mme"}
    assert not [p.representant for p in people if p.representant.startswith(("M.", "Mme"))]


def test_proposed_file_names_for_the_window(demo_database: Database) -> None:
    from ti_desktop.errors import UserFacingError

    today = date.today().isoformat()
    territory_id = demo_id(demo_database)
    assert contract_documents.proposed_file_name(demo_database, territory_id) == (
        f"Contrat - Troyes – Bar-sur-Aube (démonstration) - 2024-2027 - {today}.docx"
    )
    fiche_name = contract_documents.proposed_file_name(demo_database, territory_id, "2.3")
    assert fiche_name.startswith("Fiche-action 2.3 - Tiers-lieu industriel et fab-lab de Bar-")
    assert len(fiche_name) <= contract_documents.MAX_FILE_NAME and fiche_name.endswith(".docx")
    with pytest.raises(UserFacingError, match="Pas de fiche-action n° 9.9"):
        contract_documents.proposed_file_name(demo_database, territory_id, "9.9")
