from __future__ import annotations

import re
import zipfile
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from docx import Document
from support.contract import demo_id
from support.exchange import database_dump
from support.forms import WordEdit, libreoffice_round_trip
from support.trackers import demo_fiches

from ti_desktop.db.models import FicheAction
from ti_desktop.db.store import Database
from ti_desktop.errors import UserFacingError
from ti_desktop.services.demo import DEMO_NAME
from ti_desktop.services.imports import apply as applying
from ti_desktop.services.imports import form_layout as layout
from ti_desktop.services.imports.form_plan import (
    NEW,
    REFUSED,
    TO_APPLY,
    UNCHANGED,
    FormsPlan,
    apply_forms,
    plan_forms,
)
from ti_desktop.services.imports.form_reader import FINANCING, INDICATORS, read_form
from ti_desktop.services.imports.form_writer import (
    form_file_name,
    maitres_ouvrage,
    write_fiche_form,
    write_forms_for_owner,
)
from ti_desktop.services.records import FicheRecord
from ti_desktop.services.territories import create_territory


def _fiche(database: Database, numero: str) -> FicheRecord:
    return demo_fiches(database)[numero]


def _form(database: Database, tmp_path: Path, numero: str = "1.2") -> Path:
    return write_fiche_form(
        database, _fiche(database, numero).id, tmp_path / f"fiche {numero}.docx"
    )


def _plain(lines: list[str]) -> list[str]:
    return [line.replace("\xa0", " ").replace("\u202f", " ") for line in lines]


def _one(plan: FormsPlan) -> list[str]:
    (result,) = plan.results
    assert result.change is not None, result.reason
    return _plain(result.change.describe())


# --- the form as written ----------------------------------------------------------------------


def test_form_carries_identifiers_fields_and_tables(
    demo_database: Database, tmp_path: Path
) -> None:
    fiche = _fiche(demo_database, "1.2")
    content = read_form(_form(demo_database, tmp_path))
    assert content.reference == layout.Reference(fiche.territoire_id, fiche.id)
    assert content.properties[layout.PROPERTY_KIND] == "fiche-action"
    assert (content.territory_name, content.numero) == (DEMO_NAME, "1.2")
    assert content.fields["intitule"] == fiche.intitule
    assert content.fields["axe"] == "Accélérer la transition écologique et énergétique"
    assert content.fields["date_debut"] == "15/01/2025"
    assert content.fields["cout_total_ht"] == "2\xa0300\xa0000\xa0€"
    assert set(content.fields) == {field.key for field in layout.FIELDS}
    assert "numero" not in content.fields and "notes_privees" not in content.fields
    assert [row for _, row in content.tables[FINANCING].rows] == [
        ["ADEME", "Fonds Chaleur", "920\xa0000\xa0€", "Sollicité"],
        ["Région", "Climaxion", "350\xa0000\xa0€", "Envisagé"],
        ["Maître d'ouvrage (autofinancement)", "", "1\xa0030\xa0000\xa0€", "Acquis"],
    ]
    assert [row for _, row in content.tables[INDICATORS].rows] == [
        ["Chaleur récupérée", "MWh/an", "18\xa0000", "30/06/2027", ""]
    ]
    assert content.damaged == {}


def test_form_protects_its_places(demo_database: Database, tmp_path: Path) -> None:
    with zipfile.ZipFile(_form(demo_database, tmp_path)) as archive:
        xml = archive.read("word/document.xml").decode()
    for field in layout.FIELDS:  # each field's row is a content control tagged with its key
        assert f'<w:tag w:val="ti:{field.key}"/>' in xml
    assert xml.count('<w:lock w:val="sdtContentLocked"/>') >= len(layout.FIELDS)  # labels
    assert '<w:tag w:val="ti:financements"/>' in xml and '<w:tag w:val="ti:indicateurs"/>' in xml
    assert "<w:dropDownList>" in xml and '<w:dateFormat w:val="dd/MM/yyyy"/>' in xml
    assert "Comment remplir ce formulaire" in xml
    assert "notes" not in xml.lower().split("comment remplir")[0]


def test_form_returned_unchanged_changes_nothing(demo_database: Database, tmp_path: Path) -> None:
    plan = plan_forms(demo_database, [_form(demo_database, tmp_path)])
    assert [r.status for r in plan.results] == [UNCHANGED]
    assert plan.changes == [] or not plan.changes[0].changes_anything


def test_private_notes_never_leave(demo_database: Database, tmp_path: Path) -> None:
    fiche = _fiche(demo_database, "1.2")
    with demo_database.session() as session:
        session.get(FicheAction, fiche.id).notes_privees = "Ne pas diffuser : budget serré"  # type: ignore[union-attr]
    with zipfile.ZipFile(_form(demo_database, tmp_path)) as archive:
        assert b"budget serr" not in b"".join(archive.read(n) for n in archive.namelist())


# --- the two round trips ------------------------------------------------------------------------


def _fill_like_a_partner(form: Path, target: Path) -> Path:
    edit = WordEdit(form)
    edit.set_field(
        "description",
        "Réseau de 6 km raccordant trois industriels.",
        "Deuxième tranche en 2026 ;\nétude de faisabilité jointe.",
    )
    edit.set_field("cout_total_ht", "2 450 000,50 €")
    edit.choose("date_fin", "31/03/2027")
    edit.choose("avancement", "En cours")
    edit.track_replace("maitre_ouvrage", "Troyes Champagne Métropole", "SEM Énergies Troyes")
    edit.set_field("contact", "Mme Lucie Martin\n03 25 11 22 33")  # a one-line field
    edit.set_cell("Financeur", 0, 2, "1 000 000")  # ADEME
    edit.set_cell("Financeur", 1, 0, "")  # the Région row emptied: the line goes
    edit.set_cell("Financeur", 1, 1, "")
    edit.set_cell("Financeur", 1, 2, "")
    edit.set_cell("Financeur", 1, 3, "")
    edit.add_row("Financeur", ["Département", "Aménagement", "150 000 €", "sollicité"])
    edit.add_row("Financeur", ["Mécène local", "", "25 000", "Acquis"])
    edit.set_cell("Indicateur", 0, 2, "20 000")
    edit.add_row("Indicateur", ["Industriels raccordés", "entreprises", "3", "31/12/2026", ""])
    return edit.save(target)


EXPECTED_DIFF = [
    "Maître d'ouvrage : Troyes Champagne Métropole → SEM Énergies Troyes",
    "Description : Réseau de chaleur alimenté par la chaleur fatale industrielle : projet porté "
    "par Troyes Champagne Métropole, au service des entreprises du territoire. → Réseau de 6 km "
    "raccordant trois industriels.\nDeuxième tranche en 2026 ;\nétude de faisabilité jointe.",
    "Date de fin : 31/12/2026 → 31/03/2027",
    "Coût total HT (€) : 2 300 000 € → 2 450 000,50 €",
    "Avancement : Prête à démarrer → En cours",
    "Contact : Camille Dubois → Mme Lucie Martin 03 25 11 22 33",
    "Financement : ADEME (Fonds Chaleur) — 920 000 € — Sollicité → ADEME (Fonds Chaleur) — "
    "1 000 000 € — Sollicité",
    "Financement ajouté : Département (Aménagement) — 150 000 € — Sollicité",
    "Financement ajouté : Mécène local — 25 000 € — Acquis",
    "Financement retiré : Région (Climaxion) — 350 000 € — Envisagé",
    "Indicateur : Chaleur récupérée — cible 18 000 MWh/an — échéance 30/06/2027 → Chaleur "
    "récupérée — cible 20 000 MWh/an — échéance 30/06/2027",
    "Indicateur ajouté : Industriels raccordés — cible 3 entreprises — échéance 31/12/2026",
]


def test_form_filled_in_word_is_read_back(demo_database: Database, tmp_path: Path) -> None:
    filled = _fill_like_a_partner(_form(demo_database, tmp_path), tmp_path / "rempli.docx")
    plan = plan_forms(demo_database, [filled])
    (result,) = plan.results
    assert result.status == TO_APPLY
    assert _one(plan) == EXPECTED_DIFF
    assert result.notes == [
        "« Contact » tient sur une ligne : ses retours à la ligne sont remplacés par des espaces.",
        "Financeur « Mécène local » absent de la liste : il y sera ajouté.",
    ]
    apply_forms(demo_database, plan)
    fiche = _fiche(demo_database, "1.2")
    assert fiche.description == (
        "Réseau de 6 km raccordant trois industriels.\nDeuxième tranche en 2026 ;\n"
        "étude de faisabilité jointe."
    )
    assert (fiche.cout_total_ht, fiche.date_fin, fiche.avancement) == (
        Decimal("2450000.50"),
        date(2027, 3, 31),
        "En cours",
    )
    assert [(x.financeur, x.montant, x.statut) for x in fiche.financements] == [
        ("ADEME", Decimal("1000000.00"), "Sollicité"),
        ("Maître d'ouvrage (autofinancement)", Decimal("1030000.00"), "Acquis"),
        ("Département", Decimal("150000.00"), "Sollicité"),
        ("Mécène local", Decimal("25000.00"), "Acquis"),
    ]
    assert [i.valeur_cible for i in fiche.indicateurs] == [Decimal("20000"), Decimal("3")]


@pytest.mark.libreoffice
def test_form_saved_by_libreoffice_reads_the_same(demo_database: Database, tmp_path: Path) -> None:
    form = _form(demo_database, tmp_path)
    filled = _fill_like_a_partner(form, tmp_path / "rempli.docx")
    saved = libreoffice_round_trip(filled, tmp_path / "lo")
    word, libre = read_form(filled), read_form(saved)
    assert libre.reference == word.reference and libre.properties == word.properties
    assert libre.fields == word.fields
    assert {k: t.rows for k, t in libre.tables.items()} == {
        k: t.rows for k, t in word.tables.items()
    }
    assert libre.damaged == {}
    assert _one(plan_forms(demo_database, [saved])) == EXPECTED_DIFF
    untouched = libreoffice_round_trip(form, tmp_path / "lo2")
    assert [r.status for r in plan_forms(demo_database, [untouched]).results] == [UNCHANGED]


# --- what is reported, what is refused ------------------------------------------------------------


def test_removed_or_damaged_fields_are_reported_and_kept(
    demo_database: Database, tmp_path: Path
) -> None:
    edit = WordEdit(_form(demo_database, tmp_path))
    row = edit.field_row("localisation")
    row.getparent().remove(row)  # the partner deleted the row (its control and all)
    contact = edit.field_row("contact")
    cells = contact.findall("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}tc")
    contact.remove(cells[1])  # merged into one cell
    edit.set_field("objectifs", "Nouveaux objectifs.")
    header = edit.table("Financeur")
    for row in header.iter("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}tr"):
        cells = row.findall("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}tc")
        row.remove(cells[3])  # the « Statut » column deleted
    plan = plan_forms(demo_database, [edit.save(tmp_path / "abime.docx")])
    (result,) = plan.results
    assert result.status == TO_APPLY
    assert _one(plan)[0].startswith("Objectifs : ")
    assert result.notes == [
        "Champ « Localisation » supprimé du formulaire : valeur actuelle conservée.",
        "Champ « Contact » endommagé (sa ligne a 1 case(s) au lieu de 2 (cases fusionnées ou "
        "supprimées)) : valeur actuelle conservée.",
        "Le plan de financement a perdu sa colonne « Statut » : plan de financement actuel "
        "conservé.",
    ]


def test_values_refused_by_the_field_table_refuse_the_form(
    demo_database: Database, tmp_path: Path
) -> None:
    edit = WordEdit(_form(demo_database, tmp_path))
    edit.choose("date_debut", "31/02/2025")
    edit.set_field("cout_total_ht", "environ 2 millions")
    edit.set_cell("Financeur", 0, 2, "12,345")
    edit.set_cell("Indicateur", 0, 0, "")
    before = database_dump(demo_database)
    plan = plan_forms(demo_database, [edit.save(tmp_path / "faux.docx")])
    (result,) = plan.results
    assert (result.status, result.reason) == (REFUSED, "valeur(s) à corriger dans le formulaire")
    assert result.errors == [
        "Date de début : « 31/02/2025 » n'est pas une date qui existe (attendu JJ/MM/AAAA, par "
        "exemple 15/03/2021).",
        "Coût total HT (€) : « environ 2 millions » n'est pas un montant ou un nombre.",
        "Plan de financement, ligne 1 : Montant (€) : « 12,345 » a plus de 2 décimales.",
        "Indicateurs, ligne 1 : Indicateur : valeur obligatoire.",
    ]
    assert plan.changes == []
    apply_forms(demo_database, plan)
    assert database_dump(demo_database) == before


def test_a_word_document_that_is_not_a_form(demo_database: Database, tmp_path: Path) -> None:
    letter = tmp_path / "courrier.docx"
    document = Document()
    document.add_paragraph("Madame, Monsieur,")
    document.save(str(letter))
    (result,) = plan_forms(demo_database, [letter]).results
    assert result.status == REFUSED
    assert result.reason.startswith(
        "« courrier.docx » n'est pas un formulaire de fiche-action de TI Desktop"
    )
    workbook = tmp_path / "suivi.xlsx"
    workbook.write_bytes(b"PK\x03\x04" + bytes(100))
    (result,) = plan_forms(demo_database, [workbook]).results
    assert result.status == REFUSED and "suivi.xlsx" in result.reason


def test_a_form_whose_reference_was_erased(demo_database: Database, tmp_path: Path) -> None:
    form = _form(demo_database, tmp_path)
    erased = tmp_path / "sans-reference.docx"
    with zipfile.ZipFile(form) as source, zipfile.ZipFile(erased, "w") as target:
        for item in source.infolist():
            if item.filename == "docProps/custom.xml":
                continue
            data = source.read(item.filename)
            if item.filename == "word/document.xml":
                data = re.sub(rb"fiche [0-9a-f-]{36}", b"fiche ?", data)
            target.writestr(item, data)
    (result,) = plan_forms(demo_database, [erased]).results
    assert result.status == REFUSED
    assert "la référence du formulaire (territoire et fiche) a été effacée" in result.reason


def test_a_form_of_another_territory_is_refused_with_its_name(
    demo_database: Database, tmp_path: Path
) -> None:
    with demo_database.session() as session:
        other = create_territory(session, "Vosges", "Grand Est")
        from ti_desktop.services.edits import fiches as fiche_edits

        fiche_id = fiche_edits.create_fiche(session, other.id)
        other_id = other.id
    form = write_fiche_form(demo_database, fiche_id, tmp_path / "vosges.docx")
    plan = plan_forms(demo_database, [form], territoire_id=demo_id(demo_database))
    assert [(r.status, r.reason) for r in plan.results] == [
        (REFUSED, f"ce formulaire est celui du territoire « Vosges », pas de « {DEMO_NAME} » : "
                  "choisissez ce territoire pour l'importer")
    ]  # fmt: skip
    with demo_database.session() as session:
        from ti_desktop.db.models import Territoire

        session.delete(session.get(Territoire, other_id))
    (result,) = plan_forms(demo_database, [form]).results
    assert (result.status, result.reason) == (
        REFUSED,
        "ce formulaire est celui du territoire « Vosges », absent de cette base",
    )


def test_a_form_for_a_fiche_the_base_does_not_know_is_a_new_fiche(
    demo_database: Database, tmp_path: Path
) -> None:
    fiche = _fiche(demo_database, "4.3")
    form = _form(demo_database, tmp_path, "4.3")
    with demo_database.session() as session:
        session.delete(session.get(FicheAction, fiche.id))
    plan = plan_forms(demo_database, [form])
    (result,) = plan.results
    assert result.status == NEW
    assert result.notes[0] == (
        "Fiche inconnue de cette base (supprimée, ou formulaire d'une autre base) : elle sera "
        "créée sous le n° 4.3."
    )
    apply_forms(demo_database, plan)
    again = _fiche(demo_database, "4.3")
    assert again.id == fiche.id and again.intitule == fiche.intitule
    assert [(x.financeur, x.montant) for x in again.financements] == [
        (x.financeur, x.montant) for x in fiche.financements
    ]


def test_the_same_fiche_twice_in_a_batch(demo_database: Database, tmp_path: Path) -> None:
    first = _form(demo_database, tmp_path)
    second = tmp_path / "copie.docx"
    second.write_bytes(first.read_bytes())
    plan = plan_forms(demo_database, [first, second])
    assert [r.status for r in plan.results] == [UNCHANGED, REFUSED]
    assert plan.results[1].reason == "la fiche n° 1.2 est déjà dans « fiche 1.2.docx »"


def test_forms_applied_are_one_undoable_write(demo_database: Database, tmp_path: Path) -> None:
    filled = _fill_like_a_partner(_form(demo_database, tmp_path), tmp_path / "rempli.docx")
    plan = plan_forms(demo_database, [filled])
    before = _fiche(demo_database, "1.2")
    with demo_database.session() as session:
        undo = applying.apply_changes(session, plan.changes, plan.new_financers)
    with demo_database.session() as session:
        applying.undo_changes(session, undo)
    after = _fiche(demo_database, "1.2")
    assert _values(after) == _values(before)
    assert [_values(x) for x in after.financements] == [_values(x) for x in before.financements]
    assert [_values(x) for x in after.indicateurs] == [_values(x) for x in before.indicateurs]


def _values(record: object) -> dict[str, object]:
    skipped = ("created_at", "updated_at", "financements", "indicateurs")
    return {k: v for k, v in vars(record).items() if k not in skipped}


def test_a_plan_of_forms_gone_stale_is_refused(demo_database: Database, tmp_path: Path) -> None:
    filled = _fill_like_a_partner(_form(demo_database, tmp_path), tmp_path / "rempli.docx")
    plan = plan_forms(demo_database, [filled])
    with demo_database.session() as session:
        session.get(FicheAction, _fiche(demo_database, "1.2").id).description = "Autre"  # type: ignore[union-attr]
    with pytest.raises(UserFacingError, match="a changé depuis l'aperçu"):
        apply_forms(demo_database, plan)


# --- one form per fiche of a maître d'ouvrage ---------------------------------------------------


def test_forms_for_a_maitre_d_ouvrage(demo_database: Database, tmp_path: Path) -> None:
    territory = demo_id(demo_database)
    owners = dict(maitres_ouvrage(demo_database, territory))
    assert owners["Troyes Champagne Métropole"] == 4
    written = write_forms_for_owner(
        demo_database, territory, "troyes champagne metropole", tmp_path / "envoi"
    )
    assert [p.name for p in written] == [
        "Formulaire fiche 1.1 - Extension du parc de bioraffinage végétal.docx",
        "Formulaire fiche 1.2 - Réseau de chaleur alimenté par la.docx",
        "Formulaire fiche 3.2 - Résidence pour apprentis et alternants de.docx",
        "Formulaire fiche 4.3 - Observatoire partagé du foncier économique.docx",
    ]
    assert [read_form(p).numero for p in written] == ["1.1", "1.2", "3.2", "4.3"]
    with pytest.raises(UserFacingError, match="Aucune fiche du territoire n'a pour maître"):
        write_forms_for_owner(demo_database, territory, "Inconnu", tmp_path / "x")


def test_form_file_names_are_safe_on_windows(demo_database: Database) -> None:
    fiche = _fiche(demo_database, "2.2").replaced(intitule='Diag: « PME »/sous-traitants? *"x"')
    assert form_file_name(fiche) == "Formulaire fiche 2.2 - Diag « PME » sous-traitants x.docx"
