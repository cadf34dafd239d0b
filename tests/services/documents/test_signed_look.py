"""The generated contract read as a signatory and a Région's legal officer read it (issue 12).

Each test opens the written .docx (python-docx, the raw XML where it matters) and checks
one thing a reader would notice: stretched lines, axes nobody chose, missing items,
mangled names, warnings, dates, the parties' wording, typography, file properties.
"""

from __future__ import annotations

import re
import uuid
import zipfile
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from docx import Document
from docx.oxml.ns import qn
from support.contract import body_paragraphs, full_text, plain, table_rows, texts
from support.territories import build_interregional, build_vendee

from ti_desktop.db.models import Signataire, Territoire
from ti_desktop.db.store import Database
from ti_desktop.services.documents import generation
from ti_desktop.services.documents.missing_items import Gravite, missing_items
from ti_desktop.services.french_format import format_date_long
from ti_desktop.services.records import load_territories

NBSP = "\u00a0"


def _build(database: Database, builder: object) -> uuid.UUID:
    with database.session() as session:
        territory: Territoire = builder(session)  # type: ignore[operator]
        return territory.id


@pytest.fixture
def vendee(database: Database, tmp_path: Path) -> Path:
    target = tmp_path / "vendee.docx"
    generation.generate_contract(database, _build(database, build_vendee), target)
    return target


@pytest.fixture
def interregional(database: Database, tmp_path: Path) -> Path:
    target = tmp_path / "interregional.docx"
    generation.generate_contract(database, _build(database, build_interregional), target)
    return target


def _xml(path: Path, part: str = "word/document.xml") -> str:
    with zipfile.ZipFile(path) as package:
        return package.read(part).decode("utf-8")


def test_typed_lines_are_paragraphs_and_no_line_ends_in_a_manual_break(vendee: Path) -> None:
    document = Document(str(vendee))
    breaks = [
        br
        for br in document.element.body.iter(qn("w:br"))
        if br.get(qn("w:type")) in (None, "textWrapping")
    ]
    assert breaks == []  # not one manual line break anywhere, justified or not
    paragraphs = body_paragraphs(document)
    lines = [plain(p.text) for p in paragraphs]
    start = lines.index("Contexte et contenu du projet.")
    assert lines[start : start + 3] == [
        "Contexte et contenu du projet.",
        "Le site de la Malboire accueille des entreprises de la mécanique et de la plasturgie.",
        "Le projet comprend :",
    ]
    items = paragraphs[start + 3 : start + 6]
    assert [plain(p.text) for p in items] == [
        "la requalification des voiries et des réseaux ;",
        "la création d'une plateforme logistique mutualisée ;",
        "l'accompagnement de l'implantation de trois PME.",
    ]
    assert {p.style.name for p in items} == {"Liste puce"}  # list paragraphs, the dash gone
    assert paragraphs[start].style.name == "Normal"


def test_only_axes_with_fiches_are_retained(interregional: Path) -> None:
    text = full_text(interregional)
    axes = [p for p in texts(interregional) if p.startswith("Axe ")]
    # phase 2 gives four default axes; the fourth carries no fiche: it is never printed
    assert "Mobiliser le foncier industriel" not in text
    assert "aucune fiche-action" not in text
    assert axes[:3] == [
        "Axe 1 – Accélérer la transition écologique et énergétique (14 fiches-actions)",
        "Axe 2 – Faire des territoires des écosystèmes d'innovation (13 fiches-actions)",
        "Axe 3 – Lever les freins au recrutement et développer les compétences (13 fiches-actions)",
    ]
    assert "Les signataires retiennent trois axes stratégiques" in text


def test_names_keep_their_own_article_and_capitals(vendee: Path) -> None:
    text = full_text(vendee)
    cells = {row[0] for row in table_rows(vendee) if row[1:] == ("Signature",)}
    assert "Pour La Roche-sur-Yon Agglomération\nPrésident\nM. Luc Bernier" in cells
    assert "Pour Le Mans Métropole\nPrésident\nM. Stéphane Le Gall" in cells
    assert "Pour la Roche" not in text and "Pour le Mans" not in text
    assert "La Roche-sur-Yon Agglomération, représentée par son président, M. Luc Bernier" in text
    assert "du conseil communautaire du Mans Métropole en date du 29 septembre 2022" in text
    assert "de La Roche-sur-Yon Agglomération" in text
    assert "de la Roche-sur-Yon Agglomération" not in text


def test_parties_read_as_a_signed_contract(interregional: Path) -> None:
    text = full_text(interregional)
    assert (
        "L'État, représenté par M. Jean-Benoît Arnould, préfet de la Seine-Maritime, et par "
        "Mme Muriel Nadal, préfète de la Somme," in text
    )
    assert "La Région Hauts-de-France, représentée par son président, M. Xavier Barbier," in text
    assert "ci-après ensemble désignés les « signataires »." in text
    assert "désignés, les" not in text
    assert text.count("d'une part,") == 1 and text.count("d'autre part,") == 1
    vu = [line for line in texts(interregional) if line.startswith("Vu ")]
    # both Régions approve the terms first, then each council authorises the signature
    assert vu[1].startswith("Vu la délibération n° CP-2023-04-17 du Conseil régional Normandie")
    assert vu[2].startswith("Vu la délibération n° 20230512 du Conseil régional Hauts-de-France")
    assert (
        "Vu la délibération n° ………… du conseil communautaire de la Communauté de communes du "
        "Vimeu en date du ………… autorisant la signature du présent contrat ;" in vu
    )
    assert (
        "Il s'étend sur les départements de la Seine-Maritime (76) et de la Somme (80), dans "
        "les Régions Normandie et Hauts-de-France." in text
    )
    assert texts(interregional)[3] == "Régions Normandie et Hauts-de-France"


def test_a_party_without_an_autre_part_has_no_dune_part(database: Database, tmp_path: Path) -> None:
    from ti_desktop.services.territories import create_territory

    with database.session() as session:
        territory = create_territory(session, "Seule", "Bretagne")
        territory.signataires = [
            Signataire(groupe="Intercommunalités", organisme="CC du Val", representant="Un")
        ]
        territory_id = territory.id
    target = tmp_path / "seule.docx"
    generation.generate_contract(database, territory_id, target)
    text = full_text(target)
    assert "ci-après, les « intercommunalités » ;" in text
    assert "d'une part" not in text and "d'autre part" not in text


def test_signed_cover_shows_the_signature_a_draft_its_version(
    vendee: Path, interregional: Path
) -> None:
    assert "Signé à La Roche-sur-Yon, le 25 octobre 2022" in texts(vendee)[:8]
    assert "version du" not in " ".join(texts(vendee)[:8])
    today = format_date_long(date.today())
    assert f"Projet en concertation — version du {today}" in texts(interregional)[:8]
    assert "Fait à La Roche-sur-Yon, le 25 octobre 2022, en neuf exemplaires originaux." in texts(
        vendee
    )


def test_no_internal_warning_in_a_contract(vendee: Path) -> None:
    # fiche 1.2 is financed 2 cents beyond its cost
    text = full_text(vendee)
    assert "Attention" not in text and "dépassent" not in text
    assert ("Total des financements (hors refusés)", "", "584 109 212,07 €", "", "100 %") in (
        table_rows(vendee)
    )


def test_refused_line_greyed_without_share(vendee: Path) -> None:
    document = Document(str(vendee))
    refused = [
        row
        for table in document.tables
        for row in table.rows
        if len(row.cells) == 5 and plain(row.cells[3].text) == "Refusé"
    ]
    assert refused
    for row in refused:
        assert plain(row.cells[4].text) == "—"
        styles = {p.style.name for cell in row.cells for p in cell.paragraphs}
        assert styles <= {"Tableau refusé", "Tableau refusé montant"}
    grey = document.styles["Tableau refusé"].font
    assert grey.italic and str(grey.color.rgb) == "808080"


def test_amount_columns_hold_the_largest_amounts(vendee: Path) -> None:
    document = Document(str(vendee))
    for table in document.tables:
        header = [plain(c.text) for c in table.rows[0].cells]
        for index, title in enumerate(header):
            if title in ("Montant", "Coût total HT", "Financements acquis"):
                width = table.columns[index].width
                assert width is not None and width.cm >= 3.19, (title, width.cm)
    assert any("584 109 212,05 €" in row for row in table_rows(vendee))


def test_french_typography_in_generated_and_typed_text(vendee: Path) -> None:
    document = Document(str(vendee))
    text = "\n".join(p.text for p in body_paragraphs(document))
    assert "'" not in text  # typographic apostrophes only
    assert "’" in text
    for mark in (":", ";", "?", "!", "€", "%", "»"):
        # never a breaking space before it, never glued to the word (times, URLs aside)
        assert f" {mark}" not in text, mark
        glued = re.findall(rf"\w{re.escape(mark)}(?=\s|$)", text)
        assert glued == [], (mark, glued[:3])
    assert "« " not in text and not re.search(r"«\w", text)
    assert f"Le projet comprend{NBSP}:" in text  # typed text too
    assert f"584{NBSP}109{NBSP}212,05{NBSP}€" in text
    assert f"M.{NBSP}Luc Bernier" in text  # a civility never ends a line


def test_file_properties_say_what_and_when(vendee: Path) -> None:
    document = Document(str(vendee))
    core = document.core_properties
    assert (
        plain(core.title) == "Contrat du territoire d'industrie – La Roche-sur-Yon – Vendée Centre"
    )
    assert core.author == "La Roche-sur-Yon – Vendée Centre"
    assert core.language == "fr-FR" and core.category == "contrat"
    assert "Territoires" in core.subject
    assert core.created is not None
    now = datetime.now(UTC) if core.created.tzinfo else datetime.now(UTC).replace(tzinfo=None)
    assert abs(core.created - now) < timedelta(minutes=5)
    assert core.modified == core.created
    assert not core.comments
    with zipfile.ZipFile(vendee) as package:
        names = package.namelist()
        metadata = package.read("docProps/core.xml") + package.read("docProps/app.xml")
        settings = package.read("word/settings.xml").decode()
    assert not [n for n in names if "thumbnail" in n]
    assert b"python-docx" not in metadata and b"Microsoft" not in metadata
    assert b"<Application>TI Desktop</Application>" in metadata
    assert "savePreviewPicture" not in settings and 'w:val="fr-FR"' in settings


def test_table_of_contents_field_after_the_title_page(vendee: Path) -> None:
    document = Document(str(vendee))
    body = document.element.body
    instructions = [t.text.strip() for t in body.iter(qn("w:instrText"))]
    toc = [i for i in instructions if i.startswith("TOC")]
    assert toc == ['TOC \\o "1-1" \\h \\z \\u']
    paragraphs = body_paragraphs(document)
    sommaire = next(i for i, p in enumerate(paragraphs) if p.text == "Sommaire")
    assert paragraphs[sommaire].paragraph_format.page_break_before
    entries = [p for p in paragraphs if p.style.name == "toc 1"]
    headings = [p for p in paragraphs if p.style.name == "Heading 1"]
    assert [plain(e.text).strip() for e in entries] == [plain(h.text) for h in headings]
    bookmarks = {
        mark.get(qn("w:name"))
        for heading in headings
        for mark in heading._p.iter(qn("w:bookmarkStart"))
    }
    anchors = {link.get(qn("w:anchor")) for e in entries for link in e._p.iter(qn("w:hyperlink"))}
    assert anchors == bookmarks and len(anchors) == len(headings)
    # without LibreOffice's layout, Word is asked to update the page numbers on opening
    assert "w:updateFields" in _xml(vendee, "word/settings.xml")


def test_annex_index_in_the_order_of_the_annex_pages(interregional: Path) -> None:
    document = Document(str(interregional))
    paragraphs = body_paragraphs(document)
    index = [plain(p.text).strip() for p in paragraphs if p.style.name.startswith("Index annexe")]
    pages = [plain(p.text) for p in paragraphs if p.style.name == "Heading 2"]
    pages = [p for p in pages if p.startswith("Fiche-action")]
    assert len(index) == len(pages) == 40
    assert index == pages
    references = [
        t.text.split()[1]
        for p in paragraphs
        if p.style.name.startswith("Index annexe")
        for t in p._p.iter(qn("w:instrText"))
    ]
    marks = [
        m.get(qn("w:name"))
        for p in paragraphs
        if p.style.name == "Heading 2"
        for m in p._p.iter(qn("w:bookmarkStart"))
        if not m.get(qn("w:name")).startswith("_Toc")
    ]
    assert references == marks == [f"fiche_{n}" for n in range(1, 41)]


def _vendee_with_gaps(database: Database) -> uuid.UUID:
    """The Vendée territory with legal items missing, as an import may leave it."""
    with database.session() as session:
        territory = build_vendee(session)
        territory.elu_referent = ""
        contract = territory.contrats[0]
        contract.deliberation_region_reference = ""
        contract.deliberation_region_date = None
        contract.statut = "Brouillon"
        for signatory in territory.signataires:
            if signatory.organisme == "Communauté de communes Vie et Boulogne":
                signatory.deliberation_reference, signatory.deliberation_date = "", None
            if signatory.organisme == "Vendée Saveurs Industries":
                signatory.civilite = ""
            if signatory.organisme == "CCI Vendée":
                signatory.representant = ""
        for fiche in territory.fiches:
            fiche.indicateurs.clear()
        return territory.id


def test_missing_legal_items_are_blanks_to_fill(database: Database, tmp_path: Path) -> None:
    territory_id = _vendee_with_gaps(database)
    target = tmp_path / "trous.docx"
    generation.generate_contract(database, territory_id, target)
    text = full_text(target)
    assert (
        "Vu la délibération n° ………… du Conseil régional Pays de la Loire en date du ………… "
        "approuvant les termes du présent contrat ;" in text
    )
    assert (
        "Vu la délibération n° ………… du conseil communautaire de la Communauté de communes Vie "
        "et Boulogne en date du ………… autorisant la signature du présent contrat ;" in text
    )
    assert (
        "Vendée Saveurs Industries, représentée par sa présidente, M./Mme Patricia Berthelot,"
        in text
    )
    assert "La CCI Vendée, représentée par son président, …………," in text
    assert "binôme élu–industriel : ………… (élu référent) et Mme Patricia Berthelot" in text
    assert "(à désigner)" not in text and "—" not in "\n".join(
        row[0] for row in table_rows(target) if row[1:] == ("Signature",)
    )
    assert "Pour la CCI Vendée\nPrésident\n…………" in {
        row[0] for row in table_rows(target) if row[1:] == ("Signature",)
    }
    assert "ci-dessous" not in text.split("Article 6")[1].split("Article 7")[0]
    assert "Indicateurs de suivi" not in text

    with database.reader() as session:
        territory = load_territories(session, [territory_id]).territories[0]
    found = [plain(str(item)) for item in missing_items(territory)]
    assert found == [
        "Civilité de Patricia Berthelot (Vendée Saveurs Industries) : à renseigner dans "
        "Signataires › Vendée Saveurs Industries › Civilité.",
        "Nom du représentant de CCI Vendée : à renseigner dans Signataires › CCI Vendée › "
        "Représentant.",
        "Numéro de la délibération du Conseil régional Pays de la Loire : à renseigner dans "
        "Territoire et contrat › Délibération de la Région.",
        "Date de la délibération du Conseil régional Pays de la Loire : à renseigner dans "
        "Territoire et contrat › Date de délibération de la Région.",
        "Numéro de la délibération du conseil communautaire de la Communauté de communes Vie "
        "et Boulogne : à renseigner dans Signataires › Communauté de communes Vie et Boulogne "
        "› Référence de délibération.",
        "Date de la délibération du conseil communautaire de la Communauté de communes Vie et "
        "Boulogne : à renseigner dans Signataires › Communauté de communes Vie et Boulogne › "
        "Date de délibération.",
        "Élu référent : à renseigner dans Territoire et contrat › Élu référent.",
        "Les financements prévus de la fiche-action 1.2 dépassent son coût total de 0,02 € (le "
        "contrat n'en dit rien) : voir Fiches-actions › Fiche-action 1.2 › Plan de financement.",
    ]
    first = missing_items(territory)[0]
    assert (first.entity, first.key, first.gravite) == (
        "signataire",
        "civilite",
        Gravite.A_COMPLETER,
    )
    assert first.record_id is not None


def test_a_complete_territory_has_nothing_to_fill(database: Database) -> None:
    territory_id = _build(database, build_vendee)
    with database.reader() as session:
        territory = load_territories(session, [territory_id]).territories[0]
    assert [i for i in missing_items(territory) if i.gravite is Gravite.A_COMPLETER] == []


def test_an_axis_with_no_fiche_is_named_in_the_check(database: Database) -> None:
    territory_id = _build(database, build_interregional)
    with database.reader() as session:
        territory = load_territories(session, [territory_id]).territories[0]
    notes = [plain(str(i)) for i in missing_items(territory) if i.gravite is Gravite.A_SAVOIR]
    assert notes == [
        "L'axe « Mobiliser le foncier industriel » n'a aucune fiche-action : il n'est pas repris "
        "dans le contrat : voir Territoire et contrat › Axes stratégiques."
    ]
