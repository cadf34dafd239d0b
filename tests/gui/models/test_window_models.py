from __future__ import annotations

import uuid
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester

from ti_desktop.gui.models.ordered_label_model import LabelRow, OrderedLabelModel
from ti_desktop.gui.models.signatory_table_model import (
    COL_DELIBERATION_DATE,
    COL_EMAIL,
    COL_ORGANISME,
    RowRole,
    SignatoryTableModel,
)
from ti_desktop.gui.models.territory_list_model import (
    IdRole,
    TerritoryFilterProxy,
    TerritoryListModel,
)
from ti_desktop.services.records import SignatoryRecord, TerritoryRecord

_MODE = QAbstractItemModelTester.FailureReportingMode.Fatal


def _signatory(organisme: str, representant: str, co: bool = False) -> SignatoryRecord:
    return SignatoryRecord(
        id=uuid.uuid4(),
        territoire_id=uuid.uuid4(),
        groupe="Intercommunalités",
        organisme=organisme,
        civilite="",
        representant=representant,
        fonction="Président",
        ordre=0,
        email="",
        deliberation_reference="n° 12",
        deliberation_date=date(2024, 3, 21),
        co_representant=co,
    )


def _territory(nom: str, *, est_demo: bool) -> TerritoryRecord:
    return TerritoryRecord(
        id=uuid.uuid4(), nom=nom, region="Grand Est", est_demo=est_demo, supprime_le=None
    )


def test_territory_list_model_and_filter() -> None:
    model = TerritoryListModel()
    QAbstractItemModelTester(model, _MODE)
    rows = [
        _territory("Vosges", est_demo=False),
        _territory("Troyes (démonstration)", est_demo=True),
    ]
    model.set_rows(rows)
    assert model.rowCount() == 2
    assert model.index(1).data() == "Troyes (démonstration)"
    assert model.index(1).data(IdRole) == rows[1].id
    assert "démonstration" in model.index(1).data(Qt.ItemDataRole.ToolTipRole)
    assert model.row_of(rows[0].id) == 0
    proxy = TerritoryFilterProxy()
    QAbstractItemModelTester(proxy, _MODE)
    proxy.setSourceModel(model)
    proxy.setFilterFixedString("VOS")
    assert [proxy.index(r, 0).data() for r in range(proxy.rowCount())] == ["Vosges"]
    model.set_rows([])
    assert proxy.rowCount() == 0


def test_ordered_label_model_numbers_and_asks_for_renames() -> None:
    model = OrderedLabelModel()
    QAbstractItemModelTester(model, _MODE)
    first, second = (
        LabelRow(uuid.uuid4(), "Recruter"),
        LabelRow(uuid.uuid4(), "Innover", "2 fiches"),
    )
    model.set_rows([first, second])
    assert model.index(0).data() == "1. Recruter"
    assert model.index(1).data() == "2. Innover (2 fiches)"
    assert model.index(1).data(Qt.ItemDataRole.EditRole) == "Innover"
    requests: list[tuple[uuid.UUID, str]] = []
    model.rename_requested.connect(lambda record_id, text: requests.append((record_id, text)))
    assert not model.setData(model.index(0), " Attirer ")
    assert not model.setData(model.index(1), "Innover")  # unchanged: no command
    assert requests == [(first.id, "Attirer")]
    assert model.index(0).data() == "1. Recruter"  # the database, not the view, changes


def test_signatory_table_model() -> None:
    model = SignatoryTableModel("Intercommunalités")
    QAbstractItemModelTester(model, _MODE)
    rows = [
        _signatory("Troyes Champagne Métropole", "M. Verdier"),
        _signatory("Troyes Champagne Métropole", "Mme Fontaine", co=True),
    ]
    model.set_rows(rows)
    # seven columns since issue 9 added the Civilité column (M. / Mme)
    assert model.rowCount() == 2 and model.columnCount() == 7
    assert model.headerData(COL_ORGANISME, Qt.Orientation.Horizontal) == "Organisation"
    assert model.index(0, COL_ORGANISME).data() == "Troyes Champagne Métropole"
    assert "↳" in model.index(1, COL_ORGANISME).data()
    assert (
        model.index(1, COL_ORGANISME).data(Qt.ItemDataRole.EditRole) == "Troyes Champagne Métropole"
    )
    assert model.index(0, COL_DELIBERATION_DATE).data() == "21/03/2024"
    assert model.index(1, 0).data(RowRole) == rows[1]
    edits: list[tuple[uuid.UUID, str, str]] = []
    model.edit_requested.connect(lambda *args: edits.append(args))
    model.setData(model.index(0, COL_EMAIL), "l.verdier@exemple.fr")
    model.setData(model.index(0, COL_DELIBERATION_DATE), "21/03/2024")  # unchanged
    assert edits == [(rows[0].id, "email", "l.verdier@exemple.fr")]
    model.set_rows([])
    assert model.rowCount() == 0
