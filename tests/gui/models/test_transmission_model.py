"""The register's table model and its filter: widget-free checks and the model tester."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester
from support.contract import demo_id

from ti_desktop.db.store import Database
from ti_desktop.db.vocabulary import NatureEnvoi
from ti_desktop.gui.models.transmission_table_model import (
    COL_DATE,
    COL_DESTINATAIRES,
    COL_FICHIERS,
    COL_NATURE,
    COL_SIGNE,
    RowRole,
    TransmissionFilterProxy,
    TransmissionTableModel,
)
from ti_desktop.services.register.transmissions import (
    list_transmissions,
    mark_signed,
    record_transmission,
)

_MODE = QAbstractItemModelTester.FailureReportingMode.Fatal


def _rows(database: Database, tmp_path):  # noqa: ANN001, ANN202
    territoire_id = demo_id(database)
    start = datetime(2026, 3, 1, 9, 30, tzinfo=UTC)
    contract = tmp_path / "Contrat.docx"
    contract.write_bytes(b"contrat")
    sent = record_transmission(
        database, territoire_id, NatureEnvoi.CONTRAT, [contract],
        recipients=["prefecture@aube.example"], now=start,
    )  # fmt: skip
    record_transmission(
        database, territoire_id, NatureEnvoi.CLASSEUR,
        recipients=["ti@grandest.example"], now=start + timedelta(days=2),
    )  # fmt: skip
    mark_signed(database, sent.id, date(2026, 3, 5))
    with database.reader() as session:
        return list_transmissions(session, territoire_id)


def test_the_model_shows_each_transmission(demo_database: Database, tmp_path) -> None:  # noqa: ANN001
    model = TransmissionTableModel()
    QAbstractItemModelTester(model, _MODE)
    model.set_rows(_rows(demo_database, tmp_path))
    assert model.rowCount() == 2 and model.columnCount() == 6
    workbook, contract = model.index(0, 0), model.index(1, 0)
    assert workbook.siblingAtColumn(COL_NATURE).data() == "Classeur Région"
    assert workbook.siblingAtColumn(COL_FICHIERS).data() == "—"
    assert contract.siblingAtColumn(COL_FICHIERS).data() == "Contrat.docx"
    assert contract.siblingAtColumn(COL_DESTINATAIRES).data() == "prefecture@aube.example"
    assert contract.siblingAtColumn(COL_SIGNE).data() == "05/03/2026"
    assert (
        contract.siblingAtColumn(COL_FICHIERS)
        .data(Qt.ItemDataRole.ToolTipRole)
        .startswith("Contrat.docx — SHA-256 ")
    )
    assert contract.data(Qt.ItemDataRole.FontRole).bold()
    assert workbook.data(Qt.ItemDataRole.FontRole) is None
    assert contract.data(RowRole).nature == "contrat"
    assert model.headerData(COL_DATE, Qt.Orientation.Horizontal) == "Date"


def test_the_filter_keeps_a_kind_and_a_recipient(demo_database: Database, tmp_path) -> None:  # noqa: ANN001
    model = TransmissionTableModel()
    model.set_rows(_rows(demo_database, tmp_path))
    proxy = TransmissionFilterProxy()
    proxy.setSourceModel(model)
    QAbstractItemModelTester(proxy, _MODE)
    assert proxy.rowCount() == 2
    proxy.set_filters("contrat", "")
    assert [proxy.index(r, COL_NATURE).data() for r in range(proxy.rowCount())] == ["Contrat"]
    proxy.set_filters(None, "GRANDEST")
    assert [proxy.index(r, COL_NATURE).data() for r in range(proxy.rowCount())] == [
        "Classeur Région"
    ]
    proxy.set_filters("contrat", "grandest")
    assert proxy.rowCount() == 0
    proxy.sort(COL_DATE, Qt.SortOrder.AscendingOrder)
    proxy.set_filters(None, "")
    assert [proxy.index(r, COL_NATURE).data() for r in range(2)] == ["Contrat", "Classeur Région"]
