"""The issue's end-to-end scenario, driven through the real window and every page."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtWidgets import QInputDialog
from pytestqt.qtbot import QtBot
from sqlalchemy import select
from support.window import make_window, visible_names

from ti_desktop.db.models import FicheAction, LigneFinancement, Signataire, Territoire
from ti_desktop.db.store import Database
from ti_desktop.db.vocabulary import GroupeSignataire
from ti_desktop.gui.models.financing_table_model import COL_FINANCEUR, COL_MONTANT
from ti_desktop.gui.models.signatory_table_model import COL_ORGANISME, COL_REPRESENTANT

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("propagateSizeHints")]

EPCI = GroupeSignataire.INTERCOMMUNALITES.value


def _counts(database: Database) -> tuple[int, int, int, int]:
    with database.reader() as session:
        return (
            len(session.scalars(select(Territoire.id)).all()),
            len(session.scalars(select(Signataire.id)).all()),
            len(
                session.scalars(
                    select(FicheAction.id).where(FicheAction.supprime_le.is_(None))
                ).all()
            ),
            len(session.scalars(select(LigneFinancement.id)).all()),
        )


def test_create_territory_signatories_fiche_with_two_lines_then_undo_redo(
    qtbot: QtBot, database: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window(qtbot, database, tmp_path / "settings")
    assert window.fiches_page is not None
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Vallée de l'Arve", True))
    window.ui.add_territory_button.click()
    assert visible_names(window) == ["Vallée de l'Arve"]

    signatories = window.signatories_page
    assert signatories is not None
    signatories.add_actions[EPCI].trigger()
    model = signatories.models[EPCI]
    model.setData(model.index(0, COL_ORGANISME), "Communauté de communes Cluses Arve et montagnes")
    model.setData(model.index(0, COL_REPRESENTANT), "M. Jean Perrier")
    signatories.ui.add_co_representative_button.click()
    model.setData(model.index(1, COL_REPRESENTANT), "Mme Lucie Favre")

    window.ui.territory_tabs.setCurrentWidget(window.fiches_page)
    window.fiches_page.new_fiche_action.trigger()
    editor = window.fiches_page.editor
    editor.ui.intitule_edit.setText("Pôle de décolletage de précision")
    editor.ui.intitule_edit.editingFinished.emit()
    editor.ui.cout_edit.setText("500 000")
    editor.ui.cout_edit.editingFinished.emit()
    lines = editor.financing_model
    for row, (amount, financer) in enumerate((("200 000", "Région"), ("150 000,50", "Bpifrance"))):
        editor.ui.add_line_button.click()
        qtbot.waitUntil(lambda row=row: lines.rowCount() == row + 1)
        lines.setData(lines.index(row, COL_FINANCEUR), financer)
        lines.setData(lines.index(row, COL_MONTANT), amount)

    with database.reader() as session:
        fiche = session.scalar(select(FicheAction))
        assert fiche is not None
        assert fiche.intitule == "Pôle de décolletage de précision"
        assert fiche.cout_total_ht == Decimal("500000")
        assert sorted((line.financeur.libelle, line.montant) for line in fiche.financements) == [
            ("Bpifrance", Decimal("150000.50")),
            ("Région", Decimal("200000")),
        ]
    assert _counts(database) == (1, 2, 1, 2)
    assert window.save_label.text().startswith("Enregistré à ")

    # undo everything back to the empty database, then redo it all
    steps = window.undo_stack.index()
    for _ in range(steps):
        window.undo_action.trigger()
    assert _counts(database) == (0, 0, 0, 0)
    assert visible_names(window) == []
    for _ in range(steps):
        window.redo_action.trigger()
    assert _counts(database) == (1, 2, 1, 2)
    assert visible_names(window) == ["Vallée de l'Arve"]
    with database.reader() as session:
        people = session.scalars(select(Signataire).order_by(Signataire.ordre)).all()
        assert [(p.organisme, p.representant) for p in people] == [
            ("Communauté de communes Cluses Arve et montagnes", "M. Jean Perrier"),
            ("Communauté de communes Cluses Arve et montagnes", "Mme Lucie Favre"),
        ]

    # the fiche goes to the trash and comes back
    table = window.fiches_page.ui.fiches_table
    qtbot.waitUntil(lambda: table.model().rowCount() == 1)
    table.selectRow(0)
    assert window.fiches_page.current_fiche_numero() is not None
    window.fiches_page.delete_action.trigger()
    assert _counts(database)[2] == 0
    window.undo_action.trigger()
    assert _counts(database)[2] == 1
