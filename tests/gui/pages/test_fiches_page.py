"""The fiches-actions page and its editor, driven offscreen on the demo territory."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QSettings, Qt
from PySide6.QtGui import QFocusEvent, QUndoStack
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from ti_desktop.db.models import FicheAction, Financeur, LigneFinancement, Territoire
from ti_desktop.db.store import Database
from ti_desktop.db.vocabulary import fold
from ti_desktop.gui.models import financing_table_model as fin
from ti_desktop.gui.models.fiche_table_model import COL_COUT, COL_NUMERO
from ti_desktop.gui.pages.fiches_page import FichesPage
from ti_desktop.gui.settings import AppSettings
from ti_desktop.gui.undo import ChangeNotifier
from ti_desktop.services.demo import DEMO_NAME
from ti_desktop.services.edits import fiches as fiche_edits
from ti_desktop.services.financing import ZERO, summarize_fiche
from ti_desktop.services.french_format import format_euros
from ti_desktop.services.territories import full_territory_options

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("propagateSizeHints")]


@pytest.fixture
def settings(tmp_path: Path) -> AppSettings:
    return AppSettings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def territory_id(demo_database: Database) -> uuid.UUID:
    with demo_database.reader() as session:
        return session.scalars(select(Territoire.id).where(Territoire.nom == DEMO_NAME)).one()


@pytest.fixture
def page(
    qtbot: QtBot, demo_database: Database, settings: AppSettings, territory_id: uuid.UUID
) -> Iterator[FichesPage]:
    widget = FichesPage(demo_database, QUndoStack(), ChangeNotifier(), settings)
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    widget.set_territory(territory_id)
    yield widget


def settle() -> None:
    """Let the deferred reloads run."""
    for _ in range(3):
        QApplication.processEvents()


def fiche(database: Database, numero: str) -> FicheAction:
    with database.reader() as session:
        return session.scalars(select(FicheAction).where(FicheAction.numero == numero)).one()


def select_numero(page: FichesPage, numero: str) -> None:
    for row in range(page.proxy.rowCount()):
        if page.proxy.index(row, 0).data() == numero:
            page._select_proxy_row(row)
            assert page.current_fiche_numero() == numero
            return
    raise AssertionError(f"{numero} not shown")


def shown_numbers(page: FichesPage) -> list[str]:
    return [page.proxy.index(row, 0).data() for row in range(page.proxy.rowCount())]


def test_add_a_fiche_edit_it_finance_it_undo_redo(
    page: FichesPage, demo_database: Database
) -> None:
    editor = page.editor
    ui = editor.ui
    assert page.current_fiche_numero() == "1.1"
    page.new_fiche_action.trigger()
    settle()
    assert page.current_fiche_numero() == "1.4"
    assert "Nouvelle fiche-action" in ui.title_label.text()
    assert "Maître d'ouvrage" in ui.completeness_label.text()

    ui.intitule_edit.setText("Usine pilote d'hydrogène")
    ui.intitule_edit.editingFinished.emit()
    ui.cout_edit.setText("1 000 000 €")
    ui.cout_edit.editingFinished.emit()
    settle()
    created = fiche(demo_database, "1.4")
    assert created.intitule == "Usine pilote d'hydrogène"
    assert created.cout_total_ht == Decimal("1000000.00")
    assert ui.cout_edit.text() == format_euros(Decimal("1000000"))

    ui.add_line_button.click()
    settle()
    ui.add_line_button.click()
    settle()
    model = editor.financing_model
    assert model.rowCount() == 2
    model.setData(model.index(0, fin.COL_MONTANT), "600 000")
    settle()
    model.setData(model.index(1, fin.COL_MONTANT), "500 000,00 €")
    settle()
    with demo_database.reader() as session:
        amounts = sorted(
            session.scalars(
                select(LigneFinancement.montant).where(LigneFinancement.fiche_id == created.id)
            )
        )
    assert amounts == [Decimal("500000.00"), Decimal("600000.00")]
    assert ui.total_value_label.text().startswith(format_euros(Decimal("1100000")))
    assert ui.reste_value_label.text() == format_euros(ZERO)
    assert not ui.over_financing_label.isHidden()
    assert format_euros(Decimal("100000")) in ui.over_financing_label.text()
    assert "Sur-financement" in ui.over_financing_label.text()

    page.undo_stack.undo()
    settle()
    assert ui.over_financing_label.isHidden()
    assert ui.reste_value_label.text() == format_euros(Decimal("400000"))
    page.undo_stack.redo()
    settle()
    assert not ui.over_financing_label.isHidden()

    # undo everything: the fiche itself disappears
    while page.undo_stack.canUndo():
        page.undo_stack.undo()
    settle()
    with demo_database.reader() as session:
        assert (
            session.scalars(select(FicheAction).where(FicheAction.numero == "1.4")).first() is None
        )
    assert len(shown_numbers(page)) == 12


def test_invalid_input_is_refused_inline(page: FichesPage, demo_database: Database) -> None:
    ui = page.editor.ui
    select_numero(page, "1.2")
    before = fiche(demo_database, "1.2")
    ui.cout_edit.setText("deux millions")
    ui.cout_edit.editingFinished.emit()
    assert not ui.error_label.isHidden()
    assert "deux millions" in ui.error_label.text()
    ui.end_date_edit.setText("01/01/2020")
    ui.end_date_edit.editingFinished.emit()
    assert "antérieure à la date de début" in ui.error_label.text()
    after = fiche(demo_database, "1.2")
    assert (after.cout_total_ht, after.date_fin) == (before.cout_total_ht, before.date_fin)
    assert page.undo_stack.count() == 0

    ui.end_date_edit.setText("31/03/2028")
    ui.end_date_edit.editingFinished.emit()
    assert ui.error_label.isHidden()
    assert fiche(demo_database, "1.2").date_fin == date(2028, 3, 31)


def test_unknown_financer_is_added_to_the_list_undoably(
    page: FichesPage, demo_database: Database
) -> None:
    select_numero(page, "1.3")
    model = page.editor.financing_model
    model.setData(model.index(0, fin.COL_FINANCEUR), "Fondation Alpha")
    settle()
    with demo_database.reader() as session:
        added = session.scalars(
            select(Financeur).where(Financeur.libelle == "Fondation Alpha")
        ).one()
        line = session.get(LigneFinancement, model.rows[0].id)
        assert line is not None and line.financeur_id == added.id
    assert model.index(0, fin.COL_FINANCEUR).data() == "Fondation Alpha"
    page.undo_stack.undo()
    settle()
    with demo_database.reader() as session:
        assert (
            session.scalars(select(Financeur).where(Financeur.libelle == "Fondation Alpha")).first()
            is None
        )
    assert model.index(0, fin.COL_FINANCEUR).data() == "ADEME"


def test_delete_to_trash_and_restore(page: FichesPage, demo_database: Database) -> None:
    select_numero(page, "1.2")
    page.delete_action.trigger()
    settle()
    assert fiche(demo_database, "1.2").supprime_le is not None
    assert "1.2" not in shown_numbers(page)
    assert page.current_fiche_numero() == "1.3"
    assert page.ui.summary_label.text().startswith("11 fiches")

    page.trash_action.setChecked(True)
    settle()
    assert shown_numbers(page) == ["1.2"]
    assert not page.ui.trash_banner_label.isHidden()
    assert not page.editor.ui.editor_tabs.isEnabled()
    page.restore_action.trigger()
    settle()
    assert fiche(demo_database, "1.2").supprime_le is None
    assert not page.trash_action.isChecked()
    assert page.current_fiche_numero() == "1.2"
    assert len(shown_numbers(page)) == 12

    page.undo_stack.undo()  # back in the trash
    settle()
    assert fiche(demo_database, "1.2").supprime_le is not None


def test_duplicate_move_and_renumber(page: FichesPage, demo_database: Database) -> None:
    select_numero(page, "1.1")
    page.duplicate_action.trigger()
    settle()
    assert page.current_fiche_numero() == "1.4"
    assert fiche(demo_database, "1.4").intitule.endswith("(copie)")
    assert shown_numbers(page)[-1] == "1.4"  # a new fiche goes at the end of the list

    page.move_up_action.trigger()
    settle()
    assert shown_numbers(page)[-2:] == ["1.4", "4.3"]
    assert page.current_fiche_numero() == "1.4"
    page.undo_stack.undo()
    settle()
    assert shown_numbers(page)[-1] == "1.4"

    select_numero(page, "2.1")
    page.move_up_action.trigger()  # 2.1 before 1.3
    settle()
    assert shown_numbers(page)[:4] == ["1.1", "1.2", "2.1", "1.3"]
    page.renumber_action.trigger()
    settle()
    assert shown_numbers(page)[:6] == ["1.1", "1.2", "1.3", "1.4", "2.1", "2.2"]
    assert page.current_fiche_numero() == "2.1"
    assert fiche(demo_database, "1.4").intitule.endswith("(copie)")
    page.undo_stack.undo()
    settle()
    assert shown_numbers(page)[:4] == ["1.1", "1.2", "2.1", "1.3"]


def _expected(
    database: Database, text: str, axis: str | None, status: str | None
) -> tuple[int, Decimal, Decimal]:
    with database.reader() as session:
        territory = session.scalars(
            select(Territoire).where(Territoire.nom == DEMO_NAME).options(*full_territory_options())  # type: ignore[arg-type]
        ).one()
        kept = [
            f
            for f in territory.fiches_actives
            if fold(text) in fold(f"{f.numero} {f.intitule} {f.maitre_ouvrage}")
            and (axis is None or (f.axe is not None and f.axe.libelle == axis))
            and (status is None or any(line.statut.libelle == status for line in f.financements))
        ]
        return (
            len(kept),
            sum((f.cout_total_ht or ZERO for f in kept), ZERO),
            sum((summarize_fiche(f).acquis for f in kept), ZERO),
        )


def test_filters_counts_sums_and_kept_state(
    page: FichesPage,
    demo_database: Database,
    settings: AppSettings,
    territory_id: uuid.UUID,
    qtbot: QtBot,
) -> None:
    ui = page.ui
    expected = "12 fiches — coût 18 455 000 € — acquis 6 545 000 € (35 %)"
    assert ui.summary_label.text().replace("\u00a0", " ") == expected
    qtbot.keyClicks(ui.filter_edit, "troyes")
    count, cost, acquis = _expected(demo_database, "troyes", None, None)
    assert count == 7
    assert page.proxy.rowCount() == count
    assert ui.summary_label.text().startswith(
        f"{count} fiches affichées sur 12 — coût {format_euros(cost)}"
    )
    assert f"acquis {format_euros(acquis)}" in ui.summary_label.text()

    axis = "Accélérer la transition écologique et énergétique"
    ui.axis_filter_combo.setCurrentIndex(ui.axis_filter_combo.findData(axis))
    ui.axis_filter_combo.activated.emit(ui.axis_filter_combo.currentIndex())
    ui.status_filter_combo.setCurrentIndex(ui.status_filter_combo.findData("Sollicité"))
    ui.status_filter_combo.activated.emit(ui.status_filter_combo.currentIndex())
    count, cost, acquis = _expected(demo_database, "troyes", axis, "Sollicité")
    assert shown_numbers(page) == ["1.1", "1.2"]
    assert count == 2
    assert f"coût {format_euros(cost)}" in ui.summary_label.text()

    page._save_text_timer.timeout.emit()
    page.set_territory(territory_id)
    assert ui.filter_edit.text() == "troyes"
    assert ui.axis_filter_combo.currentData() == axis
    assert page.proxy.rowCount() == count

    again = FichesPage(demo_database, QUndoStack(), ChangeNotifier(), settings)
    qtbot.addWidget(again)
    again.set_territory(territory_id)
    assert again.ui.filter_edit.text() == "troyes"
    assert again.ui.status_filter_combo.currentData() == "Sollicité"
    assert again.proxy.rowCount() == count

    ui.reset_filters_button.click()
    assert page.proxy.rowCount() == 12
    assert settings.value("fiches/filtre/axe") == ""


def test_sorting_by_cost_uses_amounts(page: FichesPage) -> None:
    page.ui.fiches_table.sortByColumn(COL_COUT, Qt.SortOrder.DescendingOrder)
    assert shown_numbers(page)[:3] == ["1.1", "3.2", "4.1"]  # 4 850 000, 3 200 000, 2 750 000
    page.reload()  # a reload keeps the sort
    assert shown_numbers(page)[:3] == ["1.1", "3.2", "4.1"]
    page.ui.fiches_table.sortByColumn(COL_NUMERO, Qt.SortOrder.DescendingOrder)
    assert shown_numbers(page)[:2] == ["4.3", "4.2"]


def test_new_fiche_shortcut_and_focus_filter(page: FichesPage, qtbot: QtBot) -> None:
    page.activateWindow()
    page.ui.fiches_table.setFocus()
    page.focus_filter_action.trigger()
    qtbot.waitUntil(page.ui.filter_edit.hasFocus)
    assert page.new_fiche_action.shortcut().toString() == "Ctrl+N"
    assert page.focus_filter_action.shortcut().toString() == "Ctrl+F"
    assert page.delete_action.shortcut().toString() == "Del"


def test_text_fields_commit_on_leaving_and_combos_at_once(
    page: FichesPage, demo_database: Database
) -> None:
    ui = page.editor.ui
    select_numero(page, "2.1")
    ui.description_edit.setPlainText("Une plateforme ouverte aux PME du territoire.")
    assert page.undo_stack.count() == 0  # typing writes nothing
    QApplication.sendEvent(ui.description_edit, QFocusEvent(QEvent.Type.FocusOut))
    assert (
        fiche(demo_database, "2.1").description == "Une plateforme ouverte aux PME du territoire."
    )
    assert page.undo_stack.count() == 1
    assert page.undo_stack.undoText() == "Modifier la description de la fiche 2.1"

    target = ui.progress_combo.findText("Réalisée")
    ui.progress_combo.setCurrentIndex(target)
    ui.progress_combo.activated.emit(target)
    settle()
    assert page.model.rows[page.model.row_of(page.current_fiche_id())].avancement == "Réalisée"
    page.undo_stack.undo()
    settle()
    assert ui.progress_combo.currentText() == "À l'étude"
    assert page.model.rows[page.model.row_of(page.current_fiche_id())].avancement == "À l'étude"


def test_reload_keeps_selection_and_scroll_position(
    page: FichesPage, demo_database: Database, territory_id: uuid.UUID
) -> None:
    with demo_database.session() as session:
        for _ in range(60):
            fiche_edits.create_fiche(session, territory_id, None)
    page.reload()
    table = page.ui.fiches_table
    select_numero(page, "40")
    table.scrollTo(page.proxy.index(page.proxy.rowCount() - 20, 0))
    scroll = table.verticalScrollBar().value()
    assert scroll > 0
    ui = page.editor.ui
    ui.maitre_ouvrage_edit.setText("Syndicat mixte de l'Aube")
    ui.maitre_ouvrage_edit.editingFinished.emit()
    settle()
    assert fiche(demo_database, "40").maitre_ouvrage == "Syndicat mixte de l'Aube"
    assert page.current_fiche_numero() == "40"
    assert table.verticalScrollBar().value() == scroll


def test_current_fiche_signal_follows_the_selection(page: FichesPage, qtbot: QtBot) -> None:
    seen: list[object] = []
    page.current_fiche_changed.connect(seen.append)
    select_numero(page, "4.3")
    assert seen[-1] == page.current_fiche_id()
    page.delete_action.trigger()  # the last fiche: its neighbour above gets selected
    settle()
    assert page.current_fiche_numero() == "4.2"
    page.trash_action.setChecked(True)
    settle()
    assert page.current_fiche_numero() == "4.3"
    page.set_territory(None)
    assert seen[-1] is None
    assert page.current_fiche_numero() is None
    assert page.proxy.rowCount() == 0
