from __future__ import annotations

from pathlib import Path

import docx
import pytest
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot
from support.contract import plain
from support.exchange import workbook_cell_values
from support.window import (
    continue_past_checks,
    export_with,
    make_window,
    territory_id,
    visible_names,
)

from ti_desktop.db.store import Database
from ti_desktop.services.demo import DEMO_NAME

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("propagateSizeHints")]


def _document_text(path: Path) -> str:
    document = docx.Document(str(path))
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        parts += [cell.text for row in table.rows for cell in row.cells]
    return plain("\n".join(parts))  # no-break spaces and typographic apostrophes read plainly


def test_generate_contract_from_the_window(
    qtbot: QtBot, demo_database: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window(qtbot, demo_database, tmp_path / "settings")
    proposed: list[str] = []
    target = tmp_path / "sortie" / "contrat.docx"
    target.parent.mkdir()

    def save_name(_parent: object, _title: str, start: str, _filter: str) -> tuple[str, str]:
        proposed.append(start)
        return str(target), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_name)
    window.ui.action_generate_contract.trigger()
    continue_past_checks(window)

    assert Path(proposed[0]).name.startswith("Contrat - Troyes")
    text = _document_text(target)
    assert "TROYES" in text.upper()
    assert "Troyes Champagne Métropole" in text
    assert "M. Laurent Verdier" in text
    assert "Extension du parc de bioraffinage végétal" in text
    assert window.last_documents == [target]
    box = window.last_message_box
    assert box is not None and box.isVisible()
    assert target.name in box.informativeText()
    assert str(target) in window.ui.status_bar.currentMessage()


def test_generate_fiche_from_the_window(
    qtbot: QtBot, demo_database: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window(qtbot, demo_database, tmp_path / "settings")
    assert window.fiches_page is not None
    target = tmp_path / "fiche.docx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(target), ""))
    numero = window.fiches_page.current_fiche_numero()
    assert numero is not None
    window.ui.action_generate_fiche.trigger()
    assert numero in _document_text(target)


def test_export_workbook_from_the_window(
    qtbot: QtBot, demo_database: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window(qtbot, demo_database, tmp_path / "settings")
    target = tmp_path / "region"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(target), ""))
    window.ui.action_export_workbook.trigger()
    export_with(window, [territory_id(demo_database, DEMO_NAME)])  # the demo: never by default
    values = workbook_cell_values(tmp_path / "region.xlsx")
    assert DEMO_NAME in values
    assert visible_names(window) == [DEMO_NAME]


def test_restore_a_backup_from_the_window(
    qtbot: QtBot, demo_database: Database, tmp_path: Path
) -> None:
    from ti_desktop.services.files import backups

    window = make_window(qtbot, demo_database, tmp_path / "settings")
    backup = backups.make_backup(demo_database.path)
    window.ui.action_trash_territory.trigger()
    assert visible_names(window) == []
    window.ui.action_backups.trigger()
    assert window.backups_dialog is not None and window.backups_dialog.isVisible()
    window.backups_dialog.restore_requested.emit(backup.path)
    assert visible_names(window) == [DEMO_NAME]
    assert window.database is not demo_database
    assert window.undo_stack.count() == 0
    assert window.database.path == demo_database.path
    assert any(b.kind == backups.BEFORE_RESTORE for b in backups.list_backups(demo_database.path))
    window.database.close()


def test_prepare_email_attaches_the_last_generated_document(
    qtbot: QtBot, demo_database: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window(qtbot, demo_database, tmp_path / "settings")
    target = tmp_path / "contrat.docx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(target), ""))
    window.ui.action_generate_contract.trigger()
    continue_past_checks(window)
    window.ui.action_prepare_email.trigger()
    continue_past_checks(window)
    dialog = window.email_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.attachments() == [target]
    assert "Troyes" in dialog.proposal.subject


def test_check_template_reports_in_a_box(
    qtbot: QtBot, demo_database: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window(qtbot, demo_database, tmp_path / "settings")
    broken = tmp_path / "modele.docx"
    document = docx.Document()
    document.add_paragraph("Contrat de {{ territoire.nom_inconnu_xyz }} {% if %}")
    document.save(str(broken))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a: (str(broken), ""))
    window.ui.action_check_template.trigger()
    box = window.last_message_box
    assert box is not None and box.isVisible()
    assert box.text() == "Le modèle ne peut pas être utilisé en l'état."
    assert "ERREUR" in box.informativeText()


@pytest.mark.libreoffice
def test_save_dialogs_offer_opendocument(
    qtbot: QtBot, demo_database: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ti_desktop.gui.actions.document_actions import ODS_FILTER, ODT_FILTER
    from ti_desktop.services.documents.pdf import find_soffice

    if find_soffice() is None:
        pytest.skip("LibreOffice (soffice) absent")
    window = make_window(qtbot, demo_database, tmp_path / "settings")
    offered: list[str] = []

    def choose_open_format(_parent: object, _title: str, start: str, filters: str) -> tuple:
        offered.append(filters)
        chosen = ODT_FILTER if ODT_FILTER in filters else ODS_FILTER
        return str(tmp_path / Path(start).stem), chosen  # no extension typed

    monkeypatch.setattr(QFileDialog, "getSaveFileName", choose_open_format)
    window.ui.action_generate_contract.trigger()
    continue_past_checks(window)
    window.ui.action_export_workbook.trigger()
    export_with(window, [territory_id(demo_database, DEMO_NAME)])
    assert offered == [
        "Documents Word (*.docx);;Documents OpenDocument (*.odt)",
        "Classeurs Excel (*.xlsx);;Classeurs OpenDocument (*.ods)",
    ]
    written = sorted(p.suffix for p in tmp_path.iterdir() if p.suffix in (".odt", ".ods"))
    assert written == [".ods", ".odt"]
    assert not [p for p in tmp_path.iterdir() if p.suffix in (".docx", ".xlsx")]
