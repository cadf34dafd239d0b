from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from support.forms import WordEdit
from support.trackers import region_tracker

from ti_desktop.db.store import Database
from ti_desktop.gui.models import column_mapping_table_model as columns
from ti_desktop.gui.models import fiche_change_table_model as changes
from ti_desktop.gui.models import form_result_table_model as results
from ti_desktop.services import records, reference_lists
from ti_desktop.services.demo import DEMO_NAME
from ti_desktop.services.imports.form_plan import plan_forms
from ti_desktop.services.imports.form_writer import write_fiche_form
from ti_desktop.services.imports.plan import TrackerPlan, plan_tracker
from ti_desktop.services.imports.reading import TrackerReading, read_tracker

pytestmark = pytest.mark.gui


def _reading(database: Database, tmp_path: Path) -> TrackerReading:
    return read_tracker(database, region_tracker(tmp_path / "suivi.xlsx"))


def _plan(database: Database, reading: TrackerReading) -> TrackerPlan:
    with database.reader() as session:
        territory = next(t for t in records.load_territory_list(session) if t.nom == DEMO_NAME)
    return plan_tracker(database, reading, territory.id)


def _financers(database: Database) -> list[str]:
    with database.reader() as session:
        return [f.libelle for f in reference_lists.financers(session)]


def test_column_mapping_model(
    demo_database: Database, tmp_path: Path, qtmodeltester: ModelTester
) -> None:
    model = columns.ColumnMappingTableModel()
    reading = _reading(demo_database, tmp_path)
    model.set_rows(reading.columns, _financers(demo_database))
    qtmodeltester.check(model)
    assert model.rowCount() == 13
    assert [model.index(7, c).data() for c in range(5)] == [
        "H",
        "Plan de financement (€ HT) › Région",
        "1 000 000 € · 350 000 · 400 000",
        "Financement : Région",
        "reconnue",
    ]
    target = model.index(12, columns.COL_TARGET)
    assert target.flags() & Qt.ItemFlag.ItemIsEditable
    assert not model.index(12, columns.COL_HEADER).flags() & Qt.ItemFlag.ItemIsEditable
    options = dict(target.data(columns.OptionsRole))
    assert options["Ignorée"] == "ignorer" and options["Financement : ADEME"] == "financeur:ADEME"
    changed: list[int] = []
    model.mapping_changed.connect(changed.append)
    assert model.setData(target, "ignorer")
    assert (target.data(), changed, reading.columns[12].target.spec()) == (
        "Ignorée",
        [12],
        "ignorer",
    )
    assert not model.setData(target, "n'importe quoi")
    assert not model.setData(target, "ignorer")  # the same choice again: nothing changes
    assert model.setData(model.index(6, columns.COL_TARGET), "financeur:Région")
    qtmodeltester.check(model)


def test_fiche_change_models(
    demo_database: Database, tmp_path: Path, qtmodeltester: ModelTester
) -> None:
    plan = _plan(demo_database, _reading(demo_database, tmp_path))
    model = changes.FicheChangeTableModel()
    model.set_rows(plan.changes)
    qtmodeltester.check(model)
    rows = [[model.index(r, c).data() for c in range(5)] for r in range(model.rowCount())]
    assert rows[0] == ["ligne 7", "1.1", "Extension du parc de bioraffinage végétal",
                       "mise à jour", "3"]  # fmt: skip
    assert rows[2][1:4] == ["2.4", "Cellule de veille technologique mutualisée", "création"]
    assert model.index(2, 0).data(changes.SortRole) == "ligne 10"
    details = changes.FieldChangeTableModel()
    details.set_change(plan.changes[0])
    qtmodeltester.check(details)
    assert details.rowCount() == 3
    assert details.index(2, 0).data() == "Financement"
    details.set_change(None)
    assert details.rowCount() == 0


def test_form_result_model(
    demo_database: Database, tmp_path: Path, qtmodeltester: ModelTester, qtbot: QtBot
) -> None:
    with demo_database.reader() as session:
        territory = next(t for t in records.load_territory_list(session) if t.nom == DEMO_NAME)
        fiche = records.load_fiches(session, territory.id)[0]
    form = write_fiche_form(demo_database, fiche.id, tmp_path / "f.docx")
    edit = WordEdit(form)
    edit.set_field("localisation", "Troyes, zone des Écrevolles")
    edited = edit.save(tmp_path / "rempli.docx")
    letter = tmp_path / "lettre.docx"
    letter.write_bytes(b"pas un docx")
    plan = plan_forms(demo_database, [edited, form, letter])
    model = results.FormResultTableModel()
    model.set_rows(plan.results)
    qtmodeltester.check(model)
    assert [model.index(r, results.COL_STATUS).data() for r in range(3)][:2] == [
        "À appliquer",
        "Refusé : la fiche n° 1.1 est déjà dans « rempli.docx »",
    ]
    first = model.index(0, results.COL_FILE)
    assert first.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert model.index(1, results.COL_FILE).data(Qt.ItemDataRole.CheckStateRole) is None
    assert [r.path.name for r in model.checked()] == ["rempli.docx"]
    with qtbot.waitSignal(model.selection_changed):
        assert model.setData(first, Qt.CheckState.Unchecked, Qt.ItemDataRole.CheckStateRole)
    assert model.checked() == []
    assert not model.setData(
        model.index(1, 0), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole
    )
    qtmodeltester.check(model)
