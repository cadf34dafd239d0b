from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QInputDialog, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select
from support.window import make_window, territory_id, visible_names

from ti_desktop.db.models import Axe, Contrat, Territoire
from ti_desktop.db.store import Database, open_database
from ti_desktop.db.vocabulary import DEFAULT_AXES, Phase
from ti_desktop.services.demo import DEMO_NAME

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("propagateSizeHints")]


def _answer(monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kwargs: (text, True))


def _territory(database: Database, nom: str) -> Territoire:
    with database.reader() as session:
        territory = session.scalar(select(Territoire).where(Territoire.nom == nom))
        assert territory is not None
        return territory


def _contract(database: Database, nom: str) -> Contrat:
    with database.reader() as session:
        contract = session.scalar(select(Contrat).join(Territoire).where(Territoire.nom == nom))
        assert contract is not None
        return contract


def test_title_status_and_empty_state(qtbot: QtBot, database: Database, tmp_path: Path) -> None:
    window = make_window(qtbot, database, tmp_path / "settings")
    assert window.windowTitle() == f"{database.path.name} — TI Desktop"
    assert window.ui.content_stack.currentWidget() is window.ui.empty_page
    assert not window.ui.action_generate_contract.isEnabled()
    assert window.save_label.text() == "Aucune modification depuis l'ouverture"


def test_create_territory_edit_fields_undo_redo(
    qtbot: QtBot, database: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window(qtbot, database, tmp_path / "settings")
    _answer(monkeypatch, "Vallée de la Bresle")
    window.ui.action_new_territory.trigger()

    assert visible_names(window) == ["Vallée de la Bresle"]
    assert window.ui.content_stack.currentWidget() is window.ui.tabs_page
    assert window.save_label.text().startswith("Enregistré à ")
    territory = _territory(database, "Vallée de la Bresle")
    with database.reader() as session:
        labels = session.scalars(
            select(Axe.libelle).where(Axe.territoire_id == territory.id).order_by(Axe.position)
        ).all()
    assert labels == list(DEFAULT_AXES[Phase.PHASE_2])

    page = window.territory_page
    assert page is not None
    page.ui.region_edit.setText("Normandie")
    page.ui.region_edit.editingFinished.emit()
    page.ui.lieu_signature_edit.setText("Eu")
    page.ui.lieu_signature_edit.editingFinished.emit()
    page.ui.date_signature_edit.setText("3/7/2025")
    page.ui.date_signature_edit.editingFinished.emit()
    page.ui.strategie_edit.setPlainText("Une stratégie verrière.")
    page._on_text_focus_out(page.ui.strategie_edit)
    assert _territory(database, "Vallée de la Bresle").region == "Normandie"
    contract = _contract(database, "Vallée de la Bresle")
    assert (contract.lieu_signature, contract.strategie) == ("Eu", "Une stratégie verrière.")
    assert (
        contract.date_signature is not None and contract.date_signature.isoformat() == "2025-07-03"
    )
    assert page.ui.date_signature_edit.text() == "03/07/2025"

    # the same value again is not a new command
    count = window.undo_stack.count()
    page.ui.region_edit.editingFinished.emit()
    assert window.undo_stack.count() == count

    window.undo_action.trigger()  # strategy
    window.undo_action.trigger()  # date
    window.undo_action.trigger()  # place
    window.undo_action.trigger()  # region
    assert _territory(database, "Vallée de la Bresle").region == ""
    assert page.ui.region_edit.text() == ""
    assert _contract(database, "Vallée de la Bresle").lieu_signature == ""
    window.redo_action.trigger()
    assert _territory(database, "Vallée de la Bresle").region == "Normandie"
    assert page.ui.region_edit.text() == "Normandie"
    assert window.undo_action.shortcut().toString() == "Ctrl+Z"
    assert "Ctrl+Y" in [s.toString() for s in window.redo_action.shortcuts()]


def test_invalid_input_is_refused_and_nothing_written(
    qtbot: QtBot, demo_database: Database, tmp_path: Path
) -> None:
    window = make_window(qtbot, demo_database, tmp_path / "settings")
    page = window.territory_page
    assert page is not None
    before = _territory(demo_database, DEMO_NAME).chef_projet_email
    count = window.undo_stack.count()

    page.ui.chef_projet_email_edit.setText("camille@")
    page.ui.chef_projet_email_edit.editingFinished.emit()
    assert _territory(demo_database, DEMO_NAME).chef_projet_email == before
    # issue 10: a refused address keeps what was typed, marked with the reason
    assert page.ui.chef_projet_email_edit.text() == "camille@"
    assert "adresse électronique" in page.ui.chef_projet_email_edit.toolTip()
    boxes = [w for w in window.findChildren(QMessageBox) if w.isVisible()]
    assert any("adresse électronique" in box.text() for box in boxes)

    page.ui.annee_fin_spin.setValue(2020)
    page.ui.annee_fin_spin.editingFinished.emit()
    contract = _contract(demo_database, DEMO_NAME)
    assert (contract.annee_debut, contract.annee_fin) == (2024, 2027)
    assert page.ui.annee_fin_spin.value() == 2027

    page.ui.date_signature_edit.setText("31/02/2024")
    page.ui.date_signature_edit.editingFinished.emit()
    assert _contract(demo_database, DEMO_NAME).date_signature is not None
    assert window.undo_stack.count() == count


def test_phase_change_offers_default_axes_undoably(
    qtbot: QtBot, demo_database: Database, tmp_path: Path
) -> None:
    window = make_window(qtbot, demo_database, tmp_path / "settings")
    page = window.territory_page
    assert page is not None
    page.ui.phase_combo.setCurrentIndex(page.ui.phase_combo.findData(Phase.PHASE_1.value))
    assert _territory(demo_database, DEMO_NAME).phase == Phase.PHASE_1.value
    question = page.phase_question
    assert question is not None and question.isVisible()
    question.button(QMessageBox.StandardButton.Yes).click()
    shown = [page.axis_model.index(r).data(0) for r in range(page.axis_model.rowCount())]
    assert shown[0] == "1. Recruter (3 fiches)"
    assert len(shown) == 5
    window.undo_action.trigger()
    shown = [page.axis_model.index(r).data(0) for r in range(page.axis_model.rowCount())]
    assert shown[0].startswith("1. Accélérer la transition")
    window.undo_action.trigger()
    assert _territory(demo_database, DEMO_NAME).phase == Phase.PHASE_2.value


def test_enjeux_and_axes_edits(qtbot: QtBot, demo_database: Database, tmp_path: Path) -> None:
    window = make_window(qtbot, demo_database, tmp_path / "settings")
    page = window.territory_page
    assert page is not None
    enjeux = page.enjeu_model
    count = enjeux.rowCount()
    page.ui.add_enjeu_button.click()
    assert enjeux.rowCount() == count + 1
    new_row = enjeux.rowCount() - 1
    assert page.ui.enjeu_list_view.currentIndex().row() == new_row
    enjeux.setData(enjeux.index(new_row), "Décarboner la chaleur industrielle")
    page.ui.enjeu_up_button.click()
    detail_labels = [e.libelle for e in page.contract.enjeux_locaux] if page.contract else []
    assert detail_labels[-2] == "Décarboner la chaleur industrielle"
    page.ui.enjeu_list_view.setCurrentIndex(enjeux.index(count - 1))
    page.ui.remove_enjeu_button.click()
    assert enjeux.rowCount() == count
    for _ in range(4):
        window.undo_action.trigger()
    assert enjeux.rowCount() == count

    # an axis used by fiches cannot be removed; a new one can
    axes = page.axis_model
    page.ui.axis_list_view.setCurrentIndex(axes.index(0))
    page.ui.remove_axis_button.click()
    assert axes.rowCount() == 4
    page.ui.add_axis_button.click()
    assert axes.rowCount() == 5
    axes.setData(axes.index(4), "Attirer")
    assert axes.index(4).data(0) == "5. Attirer"
    page.ui.axis_up_button.click()
    assert axes.index(3).data(0) == "4. Attirer"
    page.ui.remove_axis_button.click()
    assert axes.rowCount() == 4


def test_trash_and_restore_territory(qtbot: QtBot, demo_database: Database, tmp_path: Path) -> None:
    window = make_window(qtbot, demo_database, tmp_path / "settings")
    assert visible_names(window) == [DEMO_NAME]
    assert window.ui.demo_banner_label.isVisible()
    window.ui.trash_territory_button.click()
    assert visible_names(window) == []
    assert window.ui.content_stack.currentWidget() is window.ui.empty_page
    assert _territory(demo_database, DEMO_NAME).supprime_le is not None
    window.undo_action.trigger()
    assert visible_names(window) == [DEMO_NAME]
    assert window.current_territoire_id() == territory_id(demo_database, DEMO_NAME)
    window.redo_action.trigger()
    assert visible_names(window) == []

    window.ui.territory_trash_button.click()
    dialog = window.trash_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.model.rowCount() == 1
    dialog.restore_button.click()
    assert visible_names(window) == [DEMO_NAME]
    assert dialog.model.rowCount() == 0
    assert _territory(demo_database, DEMO_NAME).supprime_le is None
    assert window.current_territoire_id() == territory_id(demo_database, DEMO_NAME)


def test_rename_refuses_duplicates(
    qtbot: QtBot, demo_database: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window(qtbot, demo_database, tmp_path / "settings")
    _answer(monkeypatch, "Vosges")
    window.ui.action_new_territory.trigger()
    assert window.current_territoire_id() == territory_id(demo_database, "Vosges")
    _answer(monkeypatch, "troyes – bar-sur-aube (DÉMONSTRATION)")
    window.ui.action_rename_territory.trigger()
    assert sorted(visible_names(window)) == sorted([DEMO_NAME, "Vosges"])
    _answer(monkeypatch, "Vosges et Meurthe")
    window.ui.action_rename_territory.trigger()
    assert sorted(visible_names(window)) == sorted([DEMO_NAME, "Vosges et Meurthe"])
    window.ui.territory_filter_edit.setText("meurthe")
    assert visible_names(window) == ["Vosges et Meurthe"]


def test_opening_another_database_swaps_it(
    qtbot: QtBot, demo_database: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window(qtbot, demo_database, tmp_path / "settings")
    window.ui.action_trash_territory.trigger()
    assert window.undo_stack.count() == 1
    other_path = tmp_path / "autre.tidb"
    open_database(other_path).close()
    assert window.open_database_file(other_path)
    assert window.database.path == other_path
    assert window.windowTitle() == "autre.tidb — TI Desktop"
    assert window.undo_stack.count() == 0
    assert visible_names(window) == []
    assert other_path.resolve() in window.settings.recent_files

    not_ours = tmp_path / "texte.tidb"
    not_ours.write_text("bonjour", encoding="utf-8")
    assert not window.open_database_file(not_ours)
    assert window.database.path == other_path
    assert not_ours.read_text(encoding="utf-8") == "bonjour"
    boxes = [w for w in window.findChildren(QMessageBox) if w.isVisible()]
    assert any("n'est pas une base TI Desktop" in box.text() for box in boxes)


def test_save_a_copy(
    qtbot: QtBot, demo_database: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QFileDialog

    window = make_window(qtbot, demo_database, tmp_path / "settings")
    target = tmp_path / "copie"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.ui.action_save_copy.trigger()
    copy = open_database(tmp_path / "copie.tidb")
    try:
        with copy.reader() as session:
            assert session.scalar(select(Territoire.nom)) == DEMO_NAME
    finally:
        copy.close()


def test_recent_files_menu_reopens_a_database(
    qtbot: QtBot, demo_database: Database, tmp_path: Path
) -> None:
    window = make_window(qtbot, demo_database, tmp_path / "settings")
    other_path = tmp_path / "autre.tidb"
    open_database(other_path).close()
    assert window.open_database_file(other_path)
    window.ui.menu_recent.aboutToShow.emit()
    actions = [a for a in window.ui.menu_recent.actions() if a.isEnabled()]
    assert [a.toolTip() for a in actions] == [str(demo_database.path.resolve())]
    actions[0].trigger()
    assert window.database.path.resolve() == demo_database.path.resolve()
    assert visible_names(window) == [DEMO_NAME]
    window.database.close()


def test_new_database_from_the_file_menu(
    qtbot: QtBot, demo_database: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QFileDialog

    window = make_window(qtbot, demo_database, tmp_path / "settings")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(tmp_path / "neuve"), ""))
    window.ui.action_new_database.trigger()
    assert window.database.path == tmp_path / "neuve.tidb"
    assert window.windowTitle() == "neuve.tidb — TI Desktop"
    assert visible_names(window) == []
    assert window.ui.content_stack.currentWidget() is window.ui.empty_page
    # an existing file is not silently reused as a "new" database
    window.ui.action_new_database.trigger()
    assert window.database.path == tmp_path / "neuve.tidb"
    boxes = [w for w in window.findChildren(QMessageBox) if w.isVisible()]
    assert any("existe déjà" in box.text() for box in boxes)
    window.database.close()


def test_geometry_is_saved_and_restored(qtbot: QtBot, database: Database, tmp_path: Path) -> None:
    window = make_window(qtbot, database, tmp_path / "settings")
    window.resize(1000, 700)
    window.ui.main_splitter.setSizes([300, 700])
    window.close()
    assert window.settings.geometry("principale") is not None
    again = make_window(qtbot, database, tmp_path / "settings")
    assert again.ui.main_splitter.sizes()[0] == window.ui.main_splitter.sizes()[0]


def test_menus_open_their_dialogs(qtbot: QtBot, demo_database: Database, tmp_path: Path) -> None:
    from ti_desktop.gui.about_dialog import AboutDialog
    from ti_desktop.gui.dialogs.preferences_dialog import PreferencesDialog

    window = make_window(qtbot, demo_database, tmp_path / "settings")
    window.ui.action_about.trigger()
    window.ui.action_preferences.trigger()
    shown = {type(w) for w in window.findChildren(QDialog) if w.isVisible()}
    assert {AboutDialog, PreferencesDialog} <= shown
    titles = [a.text() for a in window.ui.menu_bar.actions()]
    assert titles == ["&Fichier", "&Édition", "&Territoire", "F&iches", "&Documents", "&Aide"]
    fiches_menu = [a.text() for a in window.ui.menu_fiches.actions() if a.text()]
    assert len(fiches_menu) >= 6
    edit_menu = [a.text() for a in window.ui.menu_edit.actions() if a.text()]
    assert edit_menu[-1] == "Préférences…"


def test_environment_errors_reach_a_plain_dialog(
    qtbot: QtBot, demo_database: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import uuid

    from PySide6.QtWidgets import QFileDialog

    from ti_desktop.gui.undo import UpdateCommand
    from ti_desktop.services.edits.territories import update_territory

    window = make_window(qtbot, demo_database, tmp_path / "settings")
    blocker = tmp_path / "fichier.txt"
    blocker.write_text("x", encoding="utf-8")
    target = blocker / "dossier" / "copie.tidb"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(target), ""))
    window.ui.action_save_copy.trigger()
    boxes = [w for w in window.findChildren(QMessageBox) if w.isVisible()]
    assert any("Copie impossible" in box.text() for box in boxes)

    # a write that fails (the record vanished) is reported, never shown as saved
    gone = uuid.uuid4()
    window.undo_stack.push(
        UpdateCommand(
            window.database,
            window.notifier,
            "x",
            Territoire,
            None,
            lambda session: update_territory(session, gone, {"nom": "y"}),
        )
    )
    assert window.save_label.text() == "Dernière modification NON enregistrée"
    assert window.last_message_box is not None and window.last_message_box.isVisible()
    assert "n'existe plus" in window.last_message_box.text()
