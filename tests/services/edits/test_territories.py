from __future__ import annotations

import uuid

import pytest
from sqlalchemy import select

from ti_desktop.db.models import Axe, FicheAction, Signataire
from ti_desktop.db.store import Database
from ti_desktop.db.vocabulary import DEFAULT_AXES, GroupeSignataire, Phase
from ti_desktop.errors import UserFacingError
from ti_desktop.services import records
from ti_desktop.services.demo import DEMO_NAME
from ti_desktop.services.edits import signatories
from ti_desktop.services.edits import territories as edits
from ti_desktop.services.fields import CONTRAT, TERRITOIRE, read_value
from ti_desktop.services.territories import check_territory_name, create_territory, find_territory


def _territory(database: Database, nom: str = "Vallée de la Bresle") -> uuid.UUID:
    with database.session() as session:
        return create_territory(session, nom, "Normandie", Phase.PHASE_2).id


def test_rows_and_detail_of_demo(demo_database: Database) -> None:
    with demo_database.reader() as session:
        rows = records.load_territory_list(session)
        assert [r.nom for r in rows] == [DEMO_NAME]
        assert rows[0].est_demo
        detail = records.load_territory(session, rows[0].id, with_fiches=False)
    assert detail is not None and detail.contrat_courant is not None
    people = detail.signataires
    enjeux = detail.contrat_courant.enjeux_locaux
    assert detail.region == "Grand Est"
    assert len(detail.axes) == 4 and sum(a.nombre_fiches for a in detail.axes) == 12
    assert [e.position for e in enjeux] == sorted(e.position for e in enjeux)
    assert len(people) == 12
    assert [s.groupe for s in people][:4] == [GroupeSignataire.INTERCOMMUNALITES] * 4
    co = [s for s in people if s.co_representant]
    assert [s.representant for s in co] == ["Claire Fontaine"]


def test_trash_rows(database: Database) -> None:
    territory_id = _territory(database)
    with database.session() as session:
        edits.trash_territory(session, territory_id)
    with database.reader() as session:
        assert records.load_territory_list(session) == []
        trashed = records.load_territory_list(session, trashed=True)
        assert [r.id for r in trashed] == [territory_id]


@pytest.mark.parametrize("text", ["", "  chef@exemple.fr ", "a.b-c@sous.domaine.org"])
def test_valid_emails(text: str) -> None:
    assert read_value(TERRITOIRE["chef_projet_email"], text) == text.strip()


@pytest.mark.parametrize("text", ["chef", "chef@", "a@b", "x y@z.fr", "a@b.fr\nBcc: z@z.fr"])
def test_invalid_emails_are_refused_in_french(text: str) -> None:
    with pytest.raises(UserFacingError, match="adresse électronique"):
        read_value(TERRITOIRE["correspondant_region_email"], text)


def test_years_and_period() -> None:
    period = CONTRAT["periode"]  # typed in a workbook, or two years from the window
    assert read_value(period, " 2024 - 2027 ") == (2024, 2027)
    assert read_value(period, "") == (None, None)
    with pytest.raises(UserFacingError, match="année"):
        read_value(period, (24, None))
    read_value(period, (2023, 2027))
    read_value(period, (None, 2027))
    with pytest.raises(UserFacingError, match="ne peut pas précéder"):
        read_value(period, (2027, 2023))


def test_names_must_be_unique_ignoring_accents(database: Database) -> None:
    territory_id = _territory(database, "Épernay")
    with database.reader() as session:
        with pytest.raises(UserFacingError, match="existe déjà"):
            check_territory_name(session, "epernay")
        assert read_value(TERRITOIRE["nom"], " Épernay ") == "Épernay"
        check_territory_name(session, "Épernay", territory_id)  # its own name
        assert edits.unique_territory_name(session, "Épernay") == "Épernay (2)"
        with pytest.raises(UserFacingError, match="obligatoire"):
            read_value(TERRITOIRE["nom"], "  ")
        with pytest.raises(UserFacingError, match="existe déjà"):
            edits.check_axis_label(session, territory_id, "mobiliser le FONCIER industriel")


def test_moved_and_renumbered() -> None:
    a, b, c = uuid.uuid4(), uuid.uuid4(), uuid.uuid4()
    assert edits.moved([a, b, c], c, -1) == [a, c, b]
    assert edits.moved([a, b, c], a, -1) == [a, b, c]
    assert edits.moved([a, b, c], a, 5) == [b, c, a]
    assert edits.renumbered([c, a]) == {c: 0, a: 1}


def test_apply_default_axes_keeps_fiches_and_is_reversible(demo_database: Database) -> None:
    with demo_database.reader() as session:
        territory = find_territory(session, DEMO_NAME)
        assert territory is not None
        territory_id = territory.id
        before = [(a.id, a.libelle) for a in territory.axes]
        fiche_axes = {f.numero: f.axe_id for f in territory.fiches}
    with demo_database.session() as session:
        previous = edits.apply_default_axes(session, territory_id, Phase.PHASE_1.value)
    with demo_database.reader() as session:
        axes = session.scalars(
            select(Axe).where(Axe.territoire_id == territory_id).order_by(Axe.position)
        ).all()
        assert [a.libelle for a in axes] == list(DEFAULT_AXES[Phase.PHASE_1])
        assert edits.axes_match_defaults(session, territory_id, Phase.PHASE_1.value)
        fiches = session.scalars(
            select(FicheAction).where(FicheAction.territoire_id == territory_id)
        )
        assert {f.numero: f.axe_id for f in fiches} == fiche_axes
    with demo_database.session() as session:
        edits.restore_axes(session, territory_id, previous)
    with demo_database.reader() as session:
        axes = session.scalars(
            select(Axe).where(Axe.territoire_id == territory_id).order_by(Axe.position)
        ).all()
        assert [(a.id, a.libelle) for a in axes] == before


def test_insert_co_representative_after_and_undo(demo_database: Database) -> None:
    with demo_database.reader() as session:
        territory = find_territory(session, DEMO_NAME)
        assert territory is not None
        territory_id = territory.id
        group = GroupeSignataire.INTERCOMMUNALITES.value
        first = signatories.group_ids(session, territory_id, group)
    new_id = uuid.uuid4()
    values = {"groupe": group, "organisme": "Troyes Champagne Métropole"}
    with demo_database.session() as session:
        previous = signatories.add_signatory(
            session, territory_id, values, signataire_id=new_id, after_id=first[1]
        )
    with demo_database.reader() as session:
        assert signatories.group_ids(session, territory_id, group) == [
            *first[:2],
            new_id,
            *first[2:],
        ]
        orders = [
            s.ordre
            for s in session.scalars(
                select(Signataire).where(
                    Signataire.territoire_id == territory_id, Signataire.groupe == group
                )
            )
        ]
        assert sorted(orders) == list(range(5))
    with demo_database.session() as session:
        signatories.remove_added_signatory(session, previous)
    with demo_database.reader() as session:
        assert signatories.group_ids(session, territory_id, group) == first


def test_axis_fiche_count_includes_trash(demo_database: Database) -> None:
    with demo_database.reader() as session:
        territory = find_territory(session, DEMO_NAME)
        assert territory is not None
        axis = territory.axes[0]
        assert edits.axis_fiche_count(session, axis.id) == 3


def test_choosing_phase_1_gives_its_period_to_a_default_contract(database: Database) -> None:
    territoire_id = _territory(database)
    with database.session() as session:
        change = edits.change_phase(session, territoire_id, Phase.PHASE_1.value)
    with database.reader() as session:
        territory = records.load_territory(session, territoire_id, with_fiches=False)
    assert territory is not None and territory.contrat_courant is not None
    assert territory.phase == Phase.PHASE_1.value
    assert territory.contrat_courant.periode == (2019, 2022)
    with database.session() as session:
        edits.undo_phase_change(session, change)
    with database.reader() as session:
        territory = records.load_territory(session, territoire_id, with_fiches=False)
    assert territory is not None and territory.contrat_courant is not None
    assert (territory.phase, territory.contrat_courant.periode) == (
        Phase.PHASE_2.value,
        (2023, 2027),
    )


def test_a_period_typed_by_the_user_is_kept_when_the_phase_changes(
    demo_database: Database,
) -> None:
    with demo_database.reader() as session:
        found = find_territory(session, DEMO_NAME)
        assert found is not None
        territoire_id = found.id
    with demo_database.session() as session:
        edits.change_phase(session, territoire_id, Phase.PHASE_1.value)
    with demo_database.reader() as session:
        territory = records.load_territory(session, territoire_id, with_fiches=False)
    assert territory is not None and territory.contrat_courant is not None
    assert territory.contrat_courant.periode == (2024, 2027)
