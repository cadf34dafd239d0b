from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select
from support.window import make_window

from ti_desktop.db.models import Signataire
from ti_desktop.db.store import Database
from ti_desktop.db.vocabulary import GroupeSignataire, Phase
from ti_desktop.gui.models.signatory_table_model import (
    COL_DELIBERATION_DATE,
    COL_EMAIL,
    COL_FONCTION,
    COL_ORGANISME,
    COL_REPRESENTANT,
)
from ti_desktop.services.territories import create_territory

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("propagateSizeHints")]

EPCI = GroupeSignataire.INTERCOMMUNALITES.value
PUBLIC = GroupeSignataire.PARTENAIRES_PUBLICS.value


def _people(database: Database) -> list[tuple[str, str, str, int]]:
    with database.reader() as session:
        rows = session.scalars(select(Signataire).order_by(Signataire.groupe, Signataire.ordre))
        return [(s.groupe, s.organisme, s.representant, s.ordre) for s in rows]


def test_add_edit_co_represent_move_remove_undo(
    qtbot: QtBot, database: Database, tmp_path: Path
) -> None:
    with database.session() as session:
        create_territory(session, "Vallée de la Bresle", "Normandie", Phase.PHASE_2)
    window = make_window(qtbot, database, tmp_path / "settings")
    window.ui.territory_tabs.setCurrentIndex(1)
    page = window.signatories_page
    assert page is not None and page.isEnabled()
    epci = page.models[EPCI]

    page.add_actions[EPCI].trigger()
    assert epci.rowCount() == 1
    epci.setData(epci.index(0, COL_ORGANISME), "Communauté de communes des Villes Sœurs")
    epci.setData(epci.index(0, COL_REPRESENTANT), "M. Paul Lemaire")
    epci.setData(epci.index(0, COL_FONCTION), "Président")
    epci.setData(epci.index(0, COL_EMAIL), "p.lemaire@villes-soeurs.fr")
    epci.setData(epci.index(0, COL_DELIBERATION_DATE), "12/03/2025")
    page.add_actions[EPCI].trigger()
    epci.setData(epci.index(1, COL_ORGANISME), "CC Interrégionale Aumale - Blangy-sur-Bresle")
    page.add_actions[PUBLIC].trigger()
    page.models[PUBLIC].setData(page.models[PUBLIC].index(0, COL_ORGANISME), "Région Normandie")

    # a co-representative of the first organisation goes right after it
    page.select(epci.rows()[0].id)
    page.ui.add_co_representative_button.click()
    epci.setData(epci.index(1, COL_REPRESENTANT), "Mme Anne Duval")
    assert _people(database)[:3] == [
        (EPCI, "Communauté de communes des Villes Sœurs", "M. Paul Lemaire", 0),
        (EPCI, "Communauté de communes des Villes Sœurs", "Mme Anne Duval", 1),
        (EPCI, "CC Interrégionale Aumale - Blangy-sur-Bresle", "", 2),
    ]
    assert epci.rows()[1].co_representant
    with database.reader() as session:
        first = session.scalar(
            select(Signataire).where(Signataire.representant == "M. Paul Lemaire")
        )
        assert first is not None
        assert first.email == "p.lemaire@villes-soeurs.fr"
        assert first.deliberation_date is not None
        assert first.deliberation_date.isoformat() == "2025-03-12"

    # renaming the organisation renames it for its co-representative, in one undo step
    epci.setData(epci.index(0, COL_ORGANISME), "CC des Villes Sœurs")
    assert [p[1] for p in _people(database)[:2]] == ["CC des Villes Sœurs"] * 2
    window.undo_action.trigger()
    assert [p[1] for p in _people(database)[:2]] == ["Communauté de communes des Villes Sœurs"] * 2
    window.redo_action.trigger()

    # an invalid email is refused
    epci.setData(epci.index(0, COL_EMAIL), "pas une adresse")
    with database.reader() as session:
        assert (
            session.scalar(
                select(Signataire.email).where(Signataire.ordre == 0, Signataire.groupe == EPCI)
            )
            == "p.lemaire@villes-soeurs.fr"
        )

    # move the last EPCI up, then remove it, then undo both
    page.select(epci.rows()[2].id)
    page.ui.move_up_button.click()
    assert [r.organisme for r in epci.rows()][1] == "CC Interrégionale Aumale - Blangy-sur-Bresle"
    assert page.current_row() is not None
    assert page.current_row().organisme == "CC Interrégionale Aumale - Blangy-sur-Bresle"
    page.ui.remove_button.click()
    assert epci.rowCount() == 2
    window.undo_action.trigger()
    window.undo_action.trigger()
    assert [r.representant for r in epci.rows()] == ["M. Paul Lemaire", "Mme Anne Duval", ""]
    assert len(_people(database)) == 4


def test_demo_signatories_are_grouped(
    qtbot: QtBot, demo_database: Database, tmp_path: Path
) -> None:
    window = make_window(qtbot, demo_database, tmp_path / "settings")
    page = window.signatories_page
    assert page is not None
    counts = {group: model.rowCount() for group, model in page.models.items()}
    assert counts == {
        EPCI: 4,
        PUBLIC: 5,
        GroupeSignataire.PARTENAIRES_ECONOMIQUES.value: 3,
    }
    assert [r.co_representant for r in page.models[EPCI].rows()] == [False, True, False, False]
    # selecting in one table clears the others: one current signatory
    page.select(page.models[PUBLIC].rows()[0].id)
    page.select(page.models[EPCI].rows()[0].id)
    assert not page.tables[PUBLIC].selectionModel().selectedRows()
    assert page.current_row() == page.models[EPCI].rows()[0]
