"""Issue 10's fast entry, with real keys: paste from a spreadsheet, copy, completion, list edits."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractItemView, QDialogButtonBox, QInputDialog
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select
from support.keys import focus_widget, press, settle, type_text
from support.window import make_window, territory_id

from ti_desktop.db.models import FicheAction, Indicateur, LigneFinancement, Signataire
from ti_desktop.db.store import Database
from ti_desktop.db.vocabulary import GroupeSignataire
from ti_desktop.gui.main_window import MainWindow
from ti_desktop.gui.models import fiche_table_model as columns
from ti_desktop.gui.models import financing_table_model as fin
from ti_desktop.gui.models.signatory_table_model import COL_ORGANISME
from ti_desktop.gui.pages.fiches_page import FichesPage
from ti_desktop.gui.widgets.record_table_view import RecordTableView
from ti_desktop.services import records
from ti_desktop.services.entry import paste

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore("propagateSizeHints", "grabbing the keyboard", "support raise"),
]
CTRL = Qt.KeyboardModifier.ControlModifier
TRACKER = [
    ["N°", "Intitulé", "Maître d'ouvrage", "Coût total HT", "Financeur", "Montant", "Statut",
     "Indicateur", "Valeur cible"],
    ["1.1", "Pôle décolletage", "CC Cluses Arve", "500 000", "Région", "200 000", "Acquis",
     "Emplois", "30"],
    ["1.1", "Pôle décolletage", "", "", "État", "150 000", "Sollicité", "", ""],
    ["2.1", "Campus apprentis", "Lycée Charles Poncet", "300 000", "Bpifrance", "100 000",
     "Envisagé", "Apprentis", "20"],
]  # fmt: skip


def put_on_clipboard(block: list[list[str]], *, html: bool) -> None:
    mime = QMimeData()
    mime.setText(paste.to_tsv(block))
    if html:
        mime.setHtml(paste.to_html(block))
    QGuiApplication.clipboard().setMimeData(mime)


def count(database: Database, cls: type) -> int:
    with database.reader() as session:
        return int(session.scalar(select(func.count()).select_from(cls)) or 0)


@pytest.fixture
def window(qtbot: QtBot, demo_database: Database, tmp_path: Path) -> MainWindow:
    return make_window(qtbot, demo_database, tmp_path / "settings")


def financing_table(window: MainWindow) -> tuple[FichesPage, RecordTableView]:
    """The fiches page shown, its editor on the financing tab."""
    page = window.fiches_page
    assert page is not None
    window.ui.territory_tabs.setCurrentWidget(page)
    ui = page.editor.ui
    ui.editor_tabs.setCurrentWidget(ui.financing_tab)
    return page, ui.financing_table


def new_territory(window: MainWindow, monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: (name, True))
    window.ui.add_territory_button.click()
    settle()


def test_a_tracker_pasted_in_the_list_becomes_fiches_in_one_undo_step(
    window: MainWindow, demo_database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    new_territory(window, monkeypatch, "Vallée de l'Arve")
    arve = territory_id(demo_database, "Vallée de l'Arve")
    page = window.fiches_page
    assert page is not None
    window.ui.territory_tabs.setCurrentWidget(page)
    put_on_clipboard(TRACKER, html=False)
    page.ui.fiches_table.setFocus()
    press(Qt.Key.Key_V, modifier=CTRL)
    preview = page.paster.preview
    assert preview is not None and preview.isVisible()
    assert "2 fiches créées, 3 lignes de financement, 2 indicateurs" in (
        preview.ui.summary_label.text()
    )
    steps = window.undo_stack.count()
    preview.ui.button_box.button(QDialogButtonBox.StandardButton.Ok).click()
    settle()
    with demo_database.reader() as session:
        fiches = {f.numero: f for f in records.load_fiches(session, arve)}
    assert set(fiches) == {"1.1", "2.1"}
    assert [(line.financeur, line.montant) for line in fiches["1.1"].financements] == [
        ("Région", Decimal("200000")),
        ("État", Decimal("150000")),
    ]
    assert page.proxy.rowCount() == 2
    assert window.undo_stack.count() == steps + 1  # one step for the whole paste
    window.activateWindow()  # offscreen, the closed preview leaves no window active
    settle()
    press(Qt.Key.Key_Z, modifier=CTRL)
    settle()
    with demo_database.reader() as session:
        assert records.load_fiches(session, arve) == []
    window.redo_action.trigger()
    settle()
    assert page.proxy.rowCount() == 2


def test_a_block_with_a_refused_cell_writes_nothing_and_says_where(
    window: MainWindow, demo_database: Database
) -> None:
    page = window.fiches_page
    assert page is not None
    window.ui.territory_tabs.setCurrentWidget(page)
    before = count(demo_database, FicheAction)
    bad = [row[:] for row in TRACKER]
    bad[2][5] = "150 000,555"
    put_on_clipboard(bad, html=True)
    page.ui.fiches_table.setFocus()
    press(Qt.Key.Key_V, modifier=CTRL)
    preview = page.paster.preview
    assert preview is not None
    assert not preview.ui.button_box.button(QDialogButtonBox.StandardButton.Ok).isVisible()
    details = preview.ui.details_edit.toPlainText()
    assert "ligne 3, colonne « Montant (€) »" in details and "plus de 2 décimales" in details
    preview.reject()
    assert count(demo_database, FicheAction) == before


def test_financing_lines_copied_from_one_fiche_pasted_into_another(
    window: MainWindow, demo_database: Database
) -> None:
    page, table = financing_table(window)
    editor = page.editor
    source = [(r.financeur, r.dispositif, r.montant, r.statut) for r in editor.financing_model.rows]
    table.setFocus()
    table.selectAll()
    press(Qt.Key.Key_C, modifier=CTRL)
    copied = QGuiApplication.clipboard().mimeData()
    assert copied is not None and copied.hasHtml()
    block = paste.parse_tsv(copied.text())
    assert block[0][:3] == ["Financeur", "Dispositif", "Montant (€)"]  # whole rows: headers
    numero = next(r.numero for r in page.model.rows if r.numero == "3.3")
    page.focus_fiche(next(r.id for r in page.model.rows if r.numero == numero), "financement")
    settle()
    lines_before = len(editor.financing_model.rows)
    table.setFocus()
    press(Qt.Key.Key_V, modifier=CTRL)
    preview = editor.paster.preview
    if preview is not None and preview.isVisible():
        preview.accept()
    settle()
    pasted = [
        (r.financeur, r.dispositif, r.montant, r.statut)
        for r in editor.financing_model.rows[lines_before:]
    ]
    assert pasted == source


def test_a_known_partner_fills_its_row_when_chosen(
    window: MainWindow, demo_database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ti_desktop.services.edits import signatories
    from ti_desktop.services.territories import create_territory

    with demo_database.session() as session:  # entered earlier, for another territory
        bresle = create_territory(session, "Vallée de la Bresle", "Normandie").id
        signatories.add_signatory(
            session,
            bresle,
            {
                "groupe": GroupeSignataire.PARTENAIRES_PUBLICS.value,
                "organisme": "Banque des Territoires",
                "civilite": "Mme",
                "representant": "Sarah Dumont",
                "fonction": "Directrice régionale",
                "email": "sarah.dumont@caissedesdepots.fr",
            },
        )
    window.suggestions.refresh()  # type: ignore[union-attr]
    new_territory(window, monkeypatch, "Vallée de l'Arve")
    page = window.signatories_page
    assert page is not None
    window.ui.territory_tabs.setCurrentWidget(page)
    group = GroupeSignataire.PARTENAIRES_PUBLICS.value
    page.add_actions[group].trigger()
    settle()
    table = page.tables[group]
    assert table.state() == QAbstractItemView.State.EditingState
    assert table.currentIndex().column() == COL_ORGANISME
    for char in "Banque des":
        type_text(char)
        settle()
    editor = focus_widget()
    completer = editor.completer()  # type: ignore[attr-defined]
    popup = completer.popup()
    assert popup.isVisible()
    shown = [popup.model().index(i, 0).data() for i in range(popup.model().rowCount())]
    assert "Banque des Territoires — Sarah Dumont, Directrice régionale" in shown
    assert not any("Olivier Moreau" in label for label in shown)  # the demo: never
    # the list has the keyboard while it is open: Down, then Enter, as a user does
    QTest.keyClick(popup, Qt.Key.Key_Down)
    QTest.keyClick(popup, Qt.Key.Key_Return)
    settle()
    arve = territory_id(demo_database, "Vallée de l'Arve")
    with demo_database.reader() as session:
        person = session.scalars(select(Signataire).where(Signataire.territoire_id == arve)).one()
    assert (person.organisme, person.civilite, person.representant, person.fonction) == (
        "Banque des Territoires",
        "Mme",
        "Sarah Dumont",
        "Directrice régionale",
    )
    assert person.email == "sarah.dumont@caissedesdepots.fr"


def test_the_main_fiche_columns_are_typed_in_the_list(
    window: MainWindow, demo_database: Database
) -> None:
    page = window.fiches_page
    assert page is not None
    window.ui.territory_tabs.setCurrentWidget(page)
    table = page.ui.fiches_table
    row = next(i for i in range(page.proxy.rowCount()) if page.proxy.index(i, 0).data() == "1.2")
    table.setFocus()
    table.go_to(page.proxy.index(row, columns.COL_INTITULE), edit=False)
    type_text("Réseau de chaleur renouvelable")
    press(Qt.Key.Key_Tab)
    settle()
    assert table.currentIndex().column() == columns.COL_AXE
    press(Qt.Key.Key_Tab)  # the axis stays
    settle()
    type_text("Cluses")  # maître d'ouvrage
    press(Qt.Key.Key_Tab)
    settle()
    type_text("2 400 000")  # coût
    press(Qt.Key.Key_Return)
    settle()
    with demo_database.reader() as session:
        fiche = session.scalars(select(FicheAction).where(FicheAction.numero == "1.2")).one()
    assert (fiche.intitule, fiche.maitre_ouvrage, fiche.cout_total_ht) == (
        "Réseau de chaleur renouvelable",
        "Cluses",
        Decimal("2400000"),
    )
    assert page.proxy.index(row, columns.COL_INTITULE).data() == "Réseau de chaleur renouvelable"
    assert page.current_fiche_numero() == "1.3"  # Enter went down to the next fiche
    table.go_to(page.proxy.index(row, columns.COL_COUT), edit=False)
    type_text("beaucoup")
    press(Qt.Key.Key_Return)
    settle()
    assert "beaucoup" in page.editor.ui.error_label.text()
    press(Qt.Key.Key_Escape)
    with demo_database.reader() as session:
        again = session.scalars(select(FicheAction).where(FicheAction.numero == "1.2")).one()
    assert again.cout_total_ht == Decimal("2400000")


def test_maitres_ouvrage_complete_from_the_base(
    window: MainWindow, demo_database: Database
) -> None:
    from ti_desktop.services.edits import fiches
    from ti_desktop.services.territories import create_territory

    with demo_database.session() as session:  # a fiche of another, real territory
        bresle = create_territory(session, "Vallée de la Bresle", "Normandie").id
        fiche = fiches.create_fiche(session, bresle)
        fiches.update_fiche(
            session, fiche, {"maitre_ouvrage": "Communauté de communes des Villes Sœurs"}
        )
    window.suggestions.refresh()  # type: ignore[union-attr]
    page = window.fiches_page
    assert page is not None
    window.ui.territory_tabs.setCurrentWidget(page)
    edit = page.editor.ui.maitre_ouvrage_edit
    edit.setFocus()
    edit.selectAll()
    for char in "villes":
        type_text(char)
        settle()
    popup = edit.completer().popup()
    shown = [popup.model().index(i, 0).data() for i in range(popup.model().rowCount())]
    assert shown == ["Communauté de communes des Villes Sœurs"]  # the demo's are fictitious


def test_lines_pasted_from_a_spreadsheet_without_headers(
    window: MainWindow, demo_database: Database
) -> None:
    page, table = financing_table(window)
    editor = page.editor
    before = count(demo_database, LigneFinancement)
    model = editor.financing_model
    table.setFocus()
    # no headers, from the first column: the block fills the lines from the current one
    # down, and adds the lines it has left (here from the last line: one filled, one added)
    table.go_to(model.index(len(model.rows) - 1, fin.COL_FINANCEUR), edit=False)
    block = [
        ["ADEME", "Fonds chaleur", "40 000", "Sollicité"],
        ["Bpifrance", "", "10 000", "Acquis"],
    ]
    put_on_clipboard(
        [model_row for model_row in [["Financeur", "Dispositif", "Montant", "Statut"]]] + block,
        html=True,
    )
    press(Qt.Key.Key_V, modifier=CTRL)
    preview = editor.paster.preview
    assert preview is None  # one row created: no preview, one undo step
    settle()
    assert count(demo_database, LigneFinancement) == before + 1
    last = model.rows[-2:]
    assert [(r.financeur, r.dispositif, r.montant, r.statut) for r in last] == [
        ("ADEME", "Fonds chaleur", Decimal("40000"), "Sollicité"),
        ("Bpifrance", "", Decimal("10000"), "Acquis"),
    ]
    assert count(demo_database, Indicateur) > 0


def test_enjeux_pasted_as_lines_then_removed_in_one_step(window: MainWindow) -> None:
    page = window.territory_page
    assert page is not None
    view = page.ui.enjeu_list_view
    before = page.enjeu_model.rowCount()
    put_on_clipboard([["Décarboner la chaleur"], ["Former aux métiers du numérique"]], html=False)
    view.setFocus()
    press(Qt.Key.Key_V, modifier=CTRL)
    settle()
    labels = [row.libelle for row in page.enjeu_model.rows()]
    assert labels[-2:] == ["Décarboner la chaleur", "Former aux métiers du numérique"]
    view.selectAll()
    press(Qt.Key.Key_Delete, modifier=CTRL)
    settle()
    assert page.enjeu_model.rowCount() == 0
    window.undo_action.trigger()
    window.undo_action.trigger()
    settle()
    assert page.enjeu_model.rowCount() == before
