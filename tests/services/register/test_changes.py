"""Changes since a transmission list exactly the edits made, and nothing else."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest
from support.contract import demo_id, plain
from support.register import fiche, the_usual_edits

from ti_desktop.db.store import Database
from ti_desktop.db.vocabulary import NatureEnvoi
from ti_desktop.services.fields import catalog
from ti_desktop.services.fields.kinds import Entity
from ti_desktop.services.register import changes as register_changes
from ti_desktop.services.register.changes import Nature, baseline, changes_since, fiche_marks
from ti_desktop.services.register.transmissions import record_transmission
from ti_desktop.services.register.wording import changes_since_json, describe, describe_since


def _since_workbook(database: Database):  # noqa: ANN202
    territoire_id = demo_id(database)
    sent = record_transmission(
        database, territoire_id, NatureEnvoi.CLASSEUR, recipients=["region@grandest.example"]
    )
    return territoire_id, sent


def test_changes_list_exactly_the_edits_made(demo_database: Database) -> None:
    territoire_id, sent = _since_workbook(demo_database)
    the_usual_edits(demo_database, territoire_id)
    found = changes_since(demo_database, territoire_id, sent).changes

    assert [f.numero for f in found.fiches_ajoutees] == ["4.4"]
    assert [f.numero for f in found.fiches_retirees] == ["2.2"]
    assert [(c.ancien_numero, c.numero) for c in found.fiches_renumerotees] == [("2.1", "2.5")]
    by_number = {c.numero: c for c in found.fiches_modifiees}
    assert set(by_number) == {"1.1", "1.2", "1.3", "2.5"}
    assert not by_number["2.5"].contenu_modifie  # renumbered, nothing else
    title = by_number["1.3"]
    assert [(c.cle, c.avant, c.apres) for c in title.champs] == [
        (
            "intitule",
            "Programme d'écologie industrielle et territoriale",
            "Programme d'écologie industrielle (EIT) élargi",
        )
    ]
    assert not title.financements and not title.indicateurs
    moved = by_number["1.1"]
    assert not moved.champs
    lines = [
        (i.nature, i.libelle, [(c.cle, c.avant, c.apres) for c in i.champs])
        for i in moved.financements
    ]
    assert lines == [
        (Nature.MODIFICATION, "Région — Fonds Climaxion",
         [("montant", Decimal("900000.00"), Decimal("800000.00"))]),
        (Nature.MODIFICATION, "Union européenne (FEDER/FSE+) — FEDER 2021-2027",
         [("montant", Decimal("1200000.00"), Decimal("1300000.00"))]),
    ]  # fmt: skip
    status = by_number["1.2"].financements
    assert [(i.libelle, [(c.cle, c.avant, c.apres) for c in i.champs]) for i in status] == [
        ("ADEME — Fonds Chaleur", [("statut", "Sollicité", "Acquis")])
    ]
    assert [(i.nature, i.libelle) for i in found.signataires] == [
        (Nature.AJOUT, "ADEME (Mme Anne Vidal, Directrice régionale Grand Est)")
    ]
    assert not found.territoire and not found.contrat and not found.axes and not found.enjeux

    before, after = found.totaux_avant, found.totaux_apres
    assert (before.nombre_fiches, after.nombre_fiches) == (12, 12)
    assert after.cout_total - before.cout_total == Decimal("200000") - Decimal("240000")
    assert after.acquis - before.acquis == Decimal("920000") - Decimal("100000") - _acquired_22()
    assert found.plan_de_financement_modifie


def _acquired_22() -> Decimal:
    """What fiche 2.2 of the demo had acquired (it left with its lines)."""
    from ti_desktop.services.demo import _FICHES

    row = next(r for r in _FICHES if r[0] == "2.2")
    return sum((Decimal(a) for _f, _s, a, st in row[9] if st == "Acquis"), Decimal(0))


def test_the_changes_read_in_french(demo_database: Database) -> None:
    territoire_id, sent = _since_workbook(demo_database)
    the_usual_edits(demo_database, territoire_id)
    lines = [
        plain(line) for line in describe_since(changes_since(demo_database, territoire_id, sent))
    ]
    assert lines[0].startswith("Changements depuis l'envoi du ")
    assert "(Classeur Région, à region@grandest.example) :" in lines[0]
    text = "\n".join(lines)
    assert (
        "Fiches-actions ajoutées (1)\n  4.4 – Nouvelle action 4.4 "
        "(Troyes Champagne Métropole ; coût 200 000 €)" in text
    )
    assert "Fiches-actions renumérotées (1)\n  2.1 → 2.5 – Plateforme d'essais" in text
    assert (
        "    Financement modifié : Région — Fonds Climaxion : Montant : 900 000 € → 800 000 €"
        in text
    )
    assert "    Financement modifié : ADEME — Fonds Chaleur : Statut : Sollicité → Acquis" in text
    assert (
        "    Intitulé : Programme d'écologie industrielle et territoriale → "
        "Programme d'écologie industrielle (EIT) élargi" in text
    )
    assert (
        "Signataires\n  Signataire ajouté : ADEME (Mme Anne Vidal, Directrice régionale Grand Est)"
        in text
    )
    assert "  Nombre de fiches-actions : 12 (inchangé)" in text
    assert "  Coût total HT : " in text and " → " in text.split("Coût total HT : ")[1]


def test_nothing_changed_says_so(demo_database: Database) -> None:
    territoire_id, sent = _since_workbook(demo_database)
    with demo_database.session() as session:  # moving a fiche in the list is not a change
        fiche(session, "1.1").position, fiche(session, "1.2").position = 1, 0
    found = changes_since(demo_database, territoire_id, sent)
    assert found.changes.is_empty
    assert describe(found.changes) == ["Aucun changement."]


def test_the_json_holds_old_and_new_values(demo_database: Database) -> None:
    territoire_id, sent = _since_workbook(demo_database)
    the_usual_edits(demo_database, territoire_id)
    data = json.loads(
        json.dumps(changes_since_json(changes_since(demo_database, territoire_id, sent)))
    )
    assert data["depuis"]["id"] == str(sent.id) and data["jusqu_a"] is None
    assert [f["numero"] for f in data["fiches"]["ajoutees"]] == ["4.4"]
    assert data["fiches"]["ajoutees"][0]["financements"][0]["montant"] == "50000.00"
    moved = next(f for f in data["fiches"]["modifiees"] if f["numero"] == "1.1")
    assert moved["financements"][0]["champs"][0] == {
        "cle": "montant",
        "libelle": "Montant (€)",
        "avant": "900000.00",
        "apres": "800000.00",
        "texte_avant": "900\u00a0000\u00a0€",
        "texte_apres": "800\u00a0000\u00a0€",
    }
    renumbered = next(f for f in data["fiches"]["modifiees"] if f["numero"] == "2.5")
    assert renumbered["ancien_numero"] == "2.1" and renumbered["renumerotee"]
    assert data["signataires"][0]["nature"] == "ajout"
    assert data["totaux"]["avant"]["nombre_fiches"] == 12


def test_changes_between_two_transmissions(demo_database: Database) -> None:
    territoire_id, first = _since_workbook(demo_database)
    with demo_database.session() as session:
        fiche(session, "1.2").cout_total_ht = Decimal("2400000")
    second = record_transmission(demo_database, territoire_id, NatureEnvoi.CONTRAT)
    with demo_database.session() as session:
        fiche(session, "1.3").cout_total_ht = Decimal("1")
    between = changes_since(demo_database, territoire_id, first, second).changes
    assert [(c.numero, [x.cle for x in c.champs]) for c in between.fiches_modifiees] == [
        ("1.2", ["cout_total_ht"])
    ]


def test_a_column_outside_the_field_table_is_compared_by_its_key(
    demo_database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    territoire_id, sent = _since_workbook(demo_database)
    with demo_database.session() as session:
        fiche(session, "1.1").localisation = "Rosières-près-Troyes"
    reduced = Entity(
        catalog.FICHE_ACTION.name,
        catalog.FICHE_ACTION.label,
        tuple(f for f in catalog.FICHE_ACTION if f.key != "localisation"),
    )
    monkeypatch.setattr(register_changes, "FICHE_ACTION", reduced)
    found = changes_since(demo_database, territoire_id, sent).changes
    (change,) = found.fiches_modifiees
    assert [(c.cle, c.libelle, c.apres) for c in change.champs] == [
        ("localisation", "localisation", "Rosières-près-Troyes")
    ]


def test_baselines_by_reference_date_and_signature(demo_database: Database) -> None:
    territoire_id, sent = _since_workbook(demo_database)
    assert baseline(demo_database, territoire_id).id == sent.id
    assert baseline(demo_database, territoire_id, reference=sent.id.hex[:8]).id == sent.id
    today = sent.envoye_le.astimezone().date()
    assert baseline(demo_database, territoire_id, since_date=today).id == sent.id
    from datetime import timedelta

    from ti_desktop.errors import UserFacingError

    with pytest.raises(UserFacingError, match="Aucun envoi le .* ou avant"):
        baseline(demo_database, territoire_id, since_date=today - timedelta(days=1))
    with pytest.raises(UserFacingError, match="Aucune version signée"):
        baseline(demo_database, territoire_id, signed=True)
    with pytest.raises(UserFacingError, match="Aucun envoi « zzzz »"):
        baseline(demo_database, territoire_id, reference="zzzz")


def test_fiche_marks_since_the_last_workbook(demo_database: Database) -> None:
    territoire_id = demo_id(demo_database)
    assert fiche_marks(demo_database, territoire_id) is None
    _since_workbook(demo_database)
    the_usual_edits(demo_database, territoire_id)
    marks = fiche_marks(demo_database, territoire_id)
    assert marks is not None
    with demo_database.reader() as session:
        ids = {
            f.numero: f.id for f in (fiche(session, n) for n in ("4.4", "1.1", "1.3", "2.5", "3.1"))
        }
    assert marks.marks[ids["4.4"]] == "ajoutée"
    assert marks.marks[ids["1.1"]] == "modifiée (financements)"
    assert marks.marks[ids["1.3"]] == "modifiée (intitulé)"
    assert marks.marks[ids["2.5"]] == "modifiée (renumérotée (ancien n° 2.1))"
    assert ids["3.1"] not in marks.marks
    assert marks.tooltip(ids["1.3"]).startswith("Depuis le classeur envoyé à la Région le ")
