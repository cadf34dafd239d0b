"""The avenant and the follow-up report contain the expected values (read with python-docx)."""

from __future__ import annotations

import uuid
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from docx import Document
from support.contract import demo_id, full_text, table_rows, texts
from support.register import fiche, the_usual_edits

from ti_desktop import paths
from ti_desktop.db.store import Database
from ti_desktop.db.vocabulary import NatureEnvoi
from ti_desktop.errors import UserFacingError
from ti_desktop.services.documents import charts
from ti_desktop.services.documents.render import check_template
from ti_desktop.services.register.documents import generate_avenant, generate_report
from ti_desktop.services.register.transmissions import (
    list_transmissions,
    mark_signed,
    record_transmission,
)

COMITE = date(2026, 3, 12)


def _signed(database: Database, territoire_id: uuid.UUID, nature: NatureEnvoi, on: date) -> None:
    sent = record_transmission(database, territoire_id, nature)
    mark_signed(database, sent.id, on)


def test_no_avenant_without_a_signed_contract(demo_database: Database, tmp_path: Path) -> None:
    territoire_id = demo_id(demo_database)
    record_transmission(demo_database, territoire_id, NatureEnvoi.CONTRAT)
    with pytest.raises(UserFacingError, match="n'a pas de contrat signé"):
        generate_avenant(demo_database, territoire_id, tmp_path / "a.docx")
    assert not (tmp_path / "a.docx").exists()
    _signed(demo_database, territoire_id, NatureEnvoi.CONTRAT, date(2024, 6, 28))
    with pytest.raises(UserFacingError, match="Rien n'a changé depuis la version signée le 28"):
        generate_avenant(demo_database, territoire_id, tmp_path / "a.docx")


def test_the_avenant_lists_every_change_since_the_signed_contract(
    demo_database: Database, tmp_path: Path
) -> None:
    territoire_id = demo_id(demo_database)
    _signed(demo_database, territoire_id, NatureEnvoi.CONTRAT, date(2024, 6, 28))
    the_usual_edits(demo_database, territoire_id)
    target = tmp_path / "avenant.docx"
    written = generate_avenant(demo_database, territoire_id, target, today=COMITE)
    lines = texts(target)
    assert lines[0] == "AVENANT N° 1"
    text = full_text(target)
    assert "Modifiant le contrat signé le 28 juin 2024" in text
    assert (
        "Vu le contrat du Territoire d'industrie Troyes – Bar-sur-Aube (démonstration) "
        "2024–2027 signé le 28 juin 2024 ;" in text
    )
    headings = [line for line in lines if line.startswith("Article ")]
    assert headings == [
        "Article 1 – Objet",
        "Article 2 – Fiches-actions ajoutées",
        "Article 3 – Fiches-actions retirées",
        "Article 4 – Fiches-actions modifiées",
        "Article 5 – Plan de financement",
        "Article 6 – Signataires",
        "Article 7 – Dispositions finales",
    ]
    assert (
        "Il porte sur l'ajout de 1 fiche-action, le retrait de 1 fiche-action, la modification "
        "de 2 fiches-actions, le plan de financement et la liste des signataires." in text
    )
    rows = table_rows(target)
    assert (
        "4.4", "Nouvelle action 4.4", "Accélérer la transition écologique et énergétique",
        "Troyes Champagne Métropole", "200 000 €",
    ) in rows  # fmt: skip
    assert rows.count(
        ("2.2", "Diagnostics « Industrie du futur » des PME sous-traitantes",
         "UIMM Champagne-Ardenne", "240 000 €")
    ) == 1  # fmt: skip
    assert (
        "Intitulé",
        "Programme d'écologie industrielle et territoriale",
        "Programme d'écologie industrielle (EIT) élargi",
    ) in rows
    assert ("Numéro", "2.1", "2.5") in rows
    assert (
        "Fiche-action 2.5 – Plateforme d'essais matériaux avancés pour les PME "
        "(anciennement n° 2.1)" in lines
    )
    assert ("1.1", "Région — Fonds Climaxion : montant", "900 000 €", "800 000 €") in rows
    assert ("1.2", "ADEME — Fonds Chaleur : statut", "Sollicité", "Acquis") in rows
    assert ("Coût total HT", "18 455 000 €", "18 415 000 €", "−40 000 €") in rows
    assert ("Nombre de fiches-actions", "12", "12", "—") in rows
    assert "Signataire ajouté : ADEME (Mme Anne Vidal, Directrice régionale Grand Est)" in lines
    # the annex: the new fiches and the fiches whose content changed, nothing else
    annexed = [line for line in lines if line.startswith("Fiche-action ") and "–" in line]
    assert "Fiche-action 4.4 – Nouvelle action 4.4" in annexed
    assert "Fiche-action 1.1 – Extension du parc de bioraffinage végétal" in annexed
    assert not any(line.startswith("Fiche-action 3.1") for line in annexed)
    # one original per signing organisation (the demo's eleven and the ADEME)
    assert "Fait à Troyes, le …………………………, en douze exemplaires originaux." in lines
    assert written.transmission is not None and written.transmission.objet == "Avenant n° 1"
    assert written.transmission.nature == "avenant"
    assert written.transmission.fichiers[0].kept_copy.read_bytes() == target.read_bytes()


def test_the_second_avenant_starts_from_the_first(demo_database: Database, tmp_path: Path) -> None:
    territoire_id = demo_id(demo_database)
    _signed(demo_database, territoire_id, NatureEnvoi.CONTRAT, date(2024, 6, 28))
    with demo_database.session() as session:
        fiche(session, "1.2").cout_total_ht = Decimal("2400000")
    first = generate_avenant(demo_database, territoire_id, tmp_path / "a1.docx")
    assert first.transmission is not None
    mark_signed(demo_database, first.transmission.id, date(2025, 3, 3))
    with demo_database.session() as session:
        fiche(session, "1.3").cout_total_ht = Decimal("200000")
    target = tmp_path / "a2.docx"
    generate_avenant(demo_database, territoire_id, target, record=False)
    text = full_text(target)
    assert texts(target)[0] == "AVENANT N° 2"
    assert "Vu l'avenant n° 1 à ce contrat, signé le 3 mars 2025 ;" in text
    assert "modifié par l'avenant n° 1 signé le 3 mars 2025" in text
    rows = table_rows(target)
    assert ("Coût total HT", "180 000 €", "200 000 €") in rows  # fiche 1.3
    assert not any(row[:1] == ("Coût total HT",) and "2 300 000 €" in row for row in rows)
    with demo_database.reader() as session:
        assert len(list_transmissions(session, territoire_id, nature="avenant")) == 1


def test_the_report_shows_figures_charts_late_indicators_and_changes(
    demo_database: Database, tmp_path: Path
) -> None:
    territoire_id = demo_id(demo_database)
    first = tmp_path / "rapport-1.docx"
    generate_report(demo_database, territoire_id, first, today=COMITE)
    assert "Premier rapport de suivi : pas de version précédente à comparer." in texts(first)
    the_usual_edits(demo_database, territoire_id)
    target = tmp_path / "rapport-2.docx"
    written = generate_report(demo_database, territoire_id, target, today=COMITE)
    lines = texts(target)
    assert lines[:3] == [
        "RAPPORT DE SUIVI",
        "Troyes – Bar-sur-Aube (démonstration)",
        "Comité de suivi du 12 mars 2026",
    ]
    rows = table_rows(target)
    assert ("Fiches-actions", "12") in rows
    assert ("Coût total HT", "18 415 000 €") in rows
    assert ("Reste à financer", "3 110 000 €") in rows
    assert ("Acquis", "7 125 000 €", "38,7 %") in rows
    assert ("4.3", "Sites recensés", "80 sites", "54 sites", "31 décembre 2024") in rows
    assert ("Sites recensés", "80 sites", "54 sites", "31 décembre 2024", "En retard") in rows
    assert ("Synergies inter-entreprises mises en œuvre", "15 synergies", "7 synergies",
            "31 mai 2026", "En cours") in rows  # fmt: skip
    assert "Axe 1 – Accélérer la transition écologique et énergétique" in lines
    assert ("4.4", "Nouvelle action 4.4", "Non renseigné", "200 000 €", "0 €", "0 %") in rows
    assert any(line.startswith("Depuis le rapport de suivi du ") for line in lines)
    assert "2.1 → 2.5 – Plateforme d'essais matériaux avancés pour les PME" in lines
    assert "Financement modifié : ADEME — Fonds Chaleur : Statut : Sollicité → Acquis" in lines
    assert "Coût total HT : 18 455 000 € → 18 415 000 €" in lines
    document = Document(str(target))
    assert len(document.inline_shapes) == 2  # the two charts
    assert written.transmission is not None and written.transmission.nature == "rapport"


def test_a_chart_is_a_png_with_a_row_per_bar() -> None:
    png = charts.bar_chart(
        [charts.Bar("Acquis", Decimal(3), "3 €"), charts.Bar("Sollicité", Decimal(1), "1 €")]
    )
    assert png.startswith(b"\x89PNG\r\n\x1a\n")
    width = int.from_bytes(png[16:20], "big")
    height = int.from_bytes(png[20:24], "big")
    assert width == charts.WIDTH_PX and 100 < height < 300
    assert charts.bar_chart([]).startswith(b"\x89PNG")


@pytest.mark.parametrize("name", ["avenant.docx", "rapport-suivi.docx"])
def test_shipped_templates_pass_check_template(name: str) -> None:
    report = check_template(paths.templates_dir() / name)
    assert report.can_render, report.lines()
    assert not report.empty_loops


def test_check_template_knows_the_register_variables(tmp_path: Path) -> None:
    document = Document()
    document.add_paragraph("{{ avenant.titre }} {{ rapport.chiffres.cout_total }}")
    document.add_paragraph("{{ avenant.inconnue }}")
    path = tmp_path / "modele.docx"
    document.save(str(path))
    report = check_template(path)
    assert not report.unknown_variables
    assert not report.can_render
    assert any("inconnue" in str(problem) for problem in report.render_errors)


def test_docs_name_every_avenant_and_report_variable() -> None:
    from ti_desktop.services.documents.sample import sample_context

    docs = (Path(__file__).parents[3] / "docs" / "modeles.md").read_text(encoding="utf-8")
    context = sample_context()
    missing = [f"avenant.{key}" for key in context["avenant"] if f"`avenant.{key}" not in docs]
    missing += [f"rapport.{key}" for key in context["rapport"] if f"`rapport.{key}" not in docs]
    for group in ("chiffres", "changements"):
        missing += [
            f"rapport.{group}.{key}"
            for key in context["rapport"][group]
            if f"`rapport.{group}.{key}`" not in docs and f".{key}`" not in docs
        ]
    missing += [
        f"avenant.articles.{key}"
        for key in context["avenant"]["articles"]
        if f".{key}`" not in docs
    ]
    assert not missing
