"""The dialogs' table models (import preview, backups), without widgets."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester
from support.window import bad_plan

from ti_desktop.gui.models.backup_table_model import (
    COL_DATE,
    COL_KIND,
    COL_SIZE,
    BackupRow,
    BackupTableModel,
    RowRole,
    format_size,
)
from ti_desktop.gui.models.import_plan_models import (
    COL_REASON,
    COL_ROW,
    CellProblemTableModel,
    TerritoryPreviewTableModel,
)
from ti_desktop.services.files import backups


def test_models_pass_model_tester(tmp_path: Path) -> None:
    problems = CellProblemTableModel()
    QAbstractItemModelTester(problems, QAbstractItemModelTester.FailureReportingMode.Fatal)
    problems.set_rows(bad_plan(tmp_path).errors)
    assert problems.rowCount() == 4
    assert problems.index(0, COL_ROW).data() == "12"
    assert problems.index(3, COL_ROW).data() == ""
    assert problems.index(0, COL_REASON).data() == "« douze » n'est pas un montant"

    previews = TerritoryPreviewTableModel()
    QAbstractItemModelTester(previews, QAbstractItemModelTester.FailureReportingMode.Fatal)
    previews.set_rows(bad_plan(tmp_path).territories)
    assert [previews.index(0, c).data() for c in range(4)] == ["Troyes", "mise à jour", "0", "2"]
    assert previews.index(0, 3).data(Qt.ItemDataRole.ToolTipRole) == "1.1, 1.2"

    backups_model = BackupTableModel()
    QAbstractItemModelTester(backups_model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    row = BackupRow(tmp_path / "x.tidb", datetime(2026, 11, 23, 9, 5, 1), backups.AUTO, 1_536_000)
    backups_model.set_rows([row])
    assert backups_model.index(0, COL_DATE).data() == "23/11/2026 à 09:05:01"
    assert backups_model.index(0, COL_KIND).data() == "Automatique"
    assert backups_model.index(0, COL_SIZE).data() == "1,5\u00a0Mo"
    assert backups_model.index(0, 0).data(RowRole) is row
    assert format_size(2_345) == "2\u00a0ko"
