"""Pasted blocks written in one step: fiches from a tracker, lines, indicators, signatories."""

from __future__ import annotations

import uuid
from datetime import date
from decimal import Decimal

from sqlalchemy import func, select

from ti_desktop.db.models import (
    FicheAction,
    Financeur,
    Indicateur,
    LigneFinancement,
    Signataire,
    Territoire,
)
from ti_desktop.db.store import Database
from ti_desktop.db.vocabulary import GroupeSignataire
from ti_desktop.services import records
from ti_desktop.services.demo import DEMO_NAME
from ti_desktop.services.entry import paste, pasting
from ti_desktop.services.fields import FICHE_ACTION, INDICATEUR, LIGNE_FINANCEMENT, SIGNATAIRE
from ti_desktop.services.territories import create_territory

TRACKER = [
    ["N°", "Intitulé", "Axe", "Maître d'ouvrage", "Coût total HT", "Date de début",
     "Date de fin", "Financeur", "Dispositif", "Montant", "Statut", "Indicateur", "Valeur cible"],
    ["1.1", "Usine pilote", "Accélérer la transition écologique et énergétique", "CCI",
     "1 000 000", "15/03/2025", "31/12/2027", "Région", "Fonds vert", "400 000", "Acquis",
     "Emplois créés", "25"],
    ["1.1", "Usine pilote", "", "", "", "", "", "État", "DETR", "300 000", "Sollicité", "", ""],
    ["", "", "", "", "", "", "", "Fondation Alpha", "", "100 000", "Envisagé", "", ""],
    ["2.1", "Campus des métiers", "", "Région", "500 000", "1/9/25", "", "Bpifrance", "",
     "50 000", "Acquis", "Apprentis", "40"],
]  # fmt: skip


def _territory(database: Database) -> uuid.UUID:
    with database.session() as session:
        return create_territory(session, "Vallée de l'Arve", "Auvergne-Rhône-Alpes").id


def _read_tracker(block: list[list[str]]) -> paste.PastedBlock:
    fields = list(FICHE_ACTION)
    return paste.read_block(block, fields, by_header=(*LIGNE_FINANCEMENT, *INDICATEUR))


def _count(database: Database, cls: type) -> int:
    with database.reader() as session:
        return int(session.scalar(select(func.count()).select_from(cls)) or 0)


def test_a_tracker_block_becomes_fiches_with_lines_and_indicators_in_one_step(
    database: Database,
) -> None:
    territoire_id = _territory(database)
    with database.reader() as session:
        plan = pasting.plan_fiches(session, territoire_id, _read_tracker(TRACKER))
    assert plan.is_valid, plan.problems
    assert plan.summary() == (
        "2 fiches créées, 4 lignes de financement, 2 indicateurs, 1 financeur ajouté à la liste"
    )
    assert plan.warnings == ["Financeur « Fondation Alpha » ajouté à la liste des financeurs"]
    financers = _count(database, Financeur)
    with database.session() as session:
        changes = pasting.apply_paste(session, plan)
    with database.reader() as session:
        fiches = {f.numero: f for f in records.load_fiches(session, territoire_id)}
    assert set(fiches) == {"1.1", "2.1"}
    usine = fiches["1.1"]
    assert (usine.intitule, usine.maitre_ouvrage, usine.cout_total_ht) == (
        "Usine pilote",
        "CCI",
        Decimal("1000000"),
    )
    assert (usine.date_debut, usine.date_fin) == (date(2025, 3, 15), date(2027, 12, 31))
    assert usine.axe == "Accélérer la transition écologique et énergétique"
    assert [(line.financeur, line.montant, line.statut) for line in usine.financements] == [
        ("Région", Decimal("400000"), "Acquis"),
        ("État", Decimal("300000"), "Sollicité"),
        ("Fondation Alpha", Decimal("100000"), "Envisagé"),
    ]
    assert [(i.nom, i.valeur_cible) for i in usine.indicateurs] == [("Emplois créés", 25)]
    # « 2.1 » without an axis goes to the second axis, as its number says
    assert fiches["2.1"].axe == "Faire des territoires des écosystèmes d'innovation"
    assert fiches["2.1"].date_debut == date(2025, 9, 1)

    with database.session() as session:
        pasting.undo_paste(session, changes)
    assert _count(database, FicheAction) == 0
    assert _count(database, LigneFinancement) == 0
    assert _count(database, Financeur) == financers
    with database.session() as session:  # redo: the very same rows again
        pasting.apply_paste(session, plan)
    with database.reader() as session:
        assert {f.id for f in records.load_fiches(session, territoire_id)} == {
            op.record_id for op in plan.operations if op.cls is FicheAction
        }


def test_a_tracker_row_naming_an_existing_fiche_updates_it(demo_database: Database) -> None:
    with demo_database.reader() as session:
        territoire_id = session.scalars(
            select(Territoire.id).where(Territoire.nom == DEMO_NAME)
        ).one()
    block = [["N°", "Coût total HT", "Avancement"], ["1.2", "2 500 000", "Réalisée"]]
    with demo_database.reader() as session:
        plan = pasting.plan_fiches(session, territoire_id, _read_tracker(block))
    assert plan.summary() == "1 fiche mise à jour"
    with demo_database.session() as session:
        changes = pasting.apply_paste(session, plan)
    with demo_database.reader() as session:
        fiche = session.scalars(select(FicheAction).where(FicheAction.numero == "1.2")).one()
        assert fiche.cout_total_ht == Decimal("2500000")
        assert fiche.avancement is not None and fiche.avancement.libelle == "Réalisée"
    with demo_database.session() as session:
        pasting.undo_paste(session, changes)
    with demo_database.reader() as session:
        fiche = session.scalars(select(FicheAction).where(FicheAction.numero == "1.2")).one()
        assert fiche.cout_total_ht == Decimal("2300000")


def test_missing_required_values_and_repeated_numbers_refuse_the_whole_block(
    database: Database,
) -> None:
    territoire_id = _territory(database)
    block = [
        ["N°", "Intitulé", "Financeur", "Montant", "Statut"],
        ["1.1", "Usine", "Région", "", "Acquis"],
        ["1.2", "", "", "", ""],
        ["1.3", "Atelier", "", "", ""],
        ["1.3", "Atelier", "Région", "10", "Promis"],
        ["1.2b", "Autre", "", "", ""],
        ["1.3", "Atelier bis", "", "", ""],
    ]
    with database.reader() as session:
        plan = pasting.plan_fiches(session, territoire_id, _read_tracker(block))
    assert not plan.is_valid
    located = sorted((p.row, p.column, p.reason) for p in plan.problems)
    assert (2, "Montant (€)", "valeur obligatoire") in located
    assert (3, "Intitulé", "valeur obligatoire") in located
    assert any(row == 5 and column == "Statut" for row, column, _r in located)
    assert (7, "N°", "le numéro « 1.3 » est répété") in located
    assert _count(database, FicheAction) == 0


def test_lines_without_headers_fill_the_rows_below_then_add(demo_database: Database) -> None:
    with demo_database.reader() as session:
        fiche = session.scalars(select(FicheAction).where(FicheAction.numero == "1.1")).one()
        first_line = sorted(fiche.financements, key=lambda line: line.position)[0].id
    columns = [*(LIGNE_FINANCEMENT[key] for key in ("financeur", "dispositif", "montant")), None]
    block = paste.read_block([["", "250 000"], ["Fonds vert", "1 000"]], columns, start_column=1)
    lines_before = len(fiche.financements)
    with demo_database.reader() as session:
        plan = pasting.plan_financing_lines(session, fiche.id, block, [first_line])
    # the second row would be a new line without financer nor status: refused
    assert [(p.row, p.column) for p in plan.problems] == [(2, "Financeur"), (2, "Statut")]
    block = paste.read_block([["", "250 000"]], columns, start_column=1)
    with demo_database.reader() as session:
        plan = pasting.plan_financing_lines(session, fiche.id, block, [first_line])
    with demo_database.session() as session:
        pasting.apply_paste(session, plan)
    with demo_database.reader() as session:
        line = session.get(LigneFinancement, first_line)
        assert line is not None and line.montant == Decimal("250000")
        assert (
            session.scalar(select(func.count()).where(LigneFinancement.fiche_id == fiche.id))
            == lines_before
        )


def test_indicators_and_signatories_pasted(database: Database) -> None:
    territoire_id = _territory(database)
    with database.session() as session:
        fiche_id = pasting.fiche_edits.create_fiche(session, territoire_id)
    block = paste.read_block(
        [["Emplois", "emplois", "25", "31/12/2027"], ["Entreprises", "", "10", ""]],
        list(INDICATEUR),
    )
    with database.reader() as session:
        plan = pasting.plan_indicators(session, fiche_id, block)
    with database.session() as session:
        pasting.apply_paste(session, plan)
    with database.reader() as session:
        names = session.scalars(
            select(Indicateur.nom)
            .where(Indicateur.fiche_id == fiche_id)
            .order_by(Indicateur.position)
        ).all()
    assert names == ["Emplois", "Entreprises"]

    people = [
        ["Groupe", "Organisation", "Civilité", "Représentant", "Fonction"],
        ["EPCI", "CC Cluses Arve", "M.", "Jean Perrier", "Président"],
        ["Partenaires publics", "Région", "Mme", "Anne Vial", "Présidente"],
    ]
    read = paste.read_block(people, list(SIGNATAIRE), by_header=(SIGNATAIRE["groupe"],))
    group = GroupeSignataire.PARTENAIRES_ECONOMIQUES.value
    with database.reader() as session:
        plan = pasting.plan_signatories(session, territoire_id, group, read)
    assert plan.is_valid and plan.summary() == "2 signataires ajoutés"
    with database.session() as session:
        changes = pasting.apply_paste(session, plan)
    with database.reader() as session:
        rows = session.execute(
            select(Signataire.groupe, Signataire.organisme, Signataire.civilite)
        ).all()
    assert sorted(rows) == [
        (GroupeSignataire.INTERCOMMUNALITES.value, "CC Cluses Arve", "M."),
        (GroupeSignataire.PARTENAIRES_PUBLICS.value, "Région", "Mme"),
    ]
    with database.session() as session:
        pasting.undo_paste(session, changes)
    assert _count(database, Signataire) == 0
