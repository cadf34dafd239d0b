"""Take the README screenshots of the window on the demo territory.

Run from anywhere (offscreen, no display needed)::

    python tools/screenshots.py           # docs/screenshots/<page>-1024x700.png and -1600x1000.png
    QT_SCALE_FACTOR=1.5 python tools/screenshots.py --out /tmp/shots-150 --sizes 1024x700

Each picture is the real main window (``widget.grab()``) over a fresh database holding
the demo territory: one per tab, the fiche editor on its financing plan and on its
indicators, then the dialogs (check before sending, export choice, getting started,
paste preview, import preview of a workbook exported from the demo, the mapping and
preview of a Région's tracker built by ``tests/support/trackers.py``, and the
field-by-field changes of a fiche form filled as Word saves it, ``tests/support/forms.py``).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(1, str(ROOT / "tests"))  # the trackers and forms of the test builders

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from ti_desktop import paths  # noqa: E402

WIDTH, HEIGHT = 1280, 800


def _settle(app: QApplication) -> None:
    for _ in range(5):
        app.processEvents()


def take_screenshots(
    out_dir: Path,
    work_dir: Path,
    size: tuple[int, int] = (WIDTH, HEIGHT),
    suffix: str = "",
    *,
    dialogs: bool = False,
) -> list[Path]:
    """Write the screenshots into ``out_dir`` (databases and settings go to ``work_dir``).

    ``size`` is the window's; ``suffix`` ends each file name (``-1024x700``);
    ``dialogs`` adds the check, export, guide and paste dialogs.
    """
    paths.set_data_dir(work_dir / "data")
    from ti_desktop.db.store import open_database
    from ti_desktop.gui.app import create_application
    from ti_desktop.gui.main_window import MainWindow
    from ti_desktop.gui.settings import AppSettings
    from ti_desktop.gui.tasks import SynchronousThreadPool, TaskRunner
    from ti_desktop.services.demo import ensure_demo_territory
    from ti_desktop.services.exchange.exporter import export_workbook
    from ti_desktop.services.exchange.importer import plan_import

    app = create_application(["screenshots"])
    database = open_database(work_dir / "territoires.tidb")
    with database.session() as session:
        ensure_demo_territory(session)
    settings = AppSettings(QSettings(str(work_dir / "screenshots.ini"), QSettings.Format.IniFormat))
    window = MainWindow(database, settings, task_runner=TaskRunner(SynchronousThreadPool()))
    window.resize(*size)
    window.show()
    out_dir.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []

    def save(widget: QWidget, name: str) -> None:
        _settle(app)
        target = out_dir / f"{name}{suffix}.png"
        widget.grab().save(str(target))
        written.append(target)

    tabs = window.ui.territory_tabs
    names = {
        window.territory_page: "territoire-et-contrat",
        window.signatories_page: "signataires",
        window.fiches_page: "fiches-actions",
        window.dashboard_page: "tableau-de-bord",
    }
    for page, name in names.items():
        if page is not None:
            tabs.setCurrentWidget(page)
            save(window, name)
    if window.fiches_page is not None:
        tabs.setCurrentWidget(window.fiches_page)
        editor = window.fiches_page.editor
        editor.ui.editor_tabs.setCurrentWidget(editor.ui.financing_tab)
        save(window, "fiche-editeur-financement")
        editor.ui.editor_tabs.setCurrentWidget(editor.ui.indicators_tab)
        save(window, "fiche-editeur-indicateurs")
        editor.ui.editor_tabs.setCurrentIndex(0)
    if dialogs:
        _dialogs(window, save)
    workbook = work_dir / "Documents" / "Classeur Grand Est.xlsx"
    workbook.parent.mkdir(parents=True, exist_ok=True)
    export_workbook(database, workbook)
    dialog = window.show_import_preview(plan_import(database, workbook))
    if dialog is not None:
        save(dialog, "apercu-import")
        dialog.reject()
    written += _import_screenshots(window, work_dir, out_dir, save)
    window.close()
    window.database.close()
    return written


def _dialogs(window: object, save: Callable[[QWidget, str], None]) -> None:
    """The dialogs of issue 10, over the window: check, export, guide, paste preview."""
    from ti_desktop.gui.dialogs.getting_started_dialog import GettingStartedDialog
    from ti_desktop.gui.dialogs.paste_preview_dialog import PastePreviewDialog
    from ti_desktop.gui.main_window import MainWindow
    from ti_desktop.services.entry import paste, pasting
    from ti_desktop.services.fields import FICHE_ACTION, LIGNE_FINANCEMENT

    assert isinstance(window, MainWindow)
    territoire_id = window.current_territoire_id()
    if territoire_id is None:
        return
    checks = window.check_actions.before(
        window.tr("Générer le contrat"), [territoire_id], lambda: None
    )
    if checks is not None:
        checks.resize(720, 360)
        save(checks, "verification-avant-envoi")
        checks.reject()
    window.document_actions.export_workbook()
    export = window.document_actions.export_dialog
    if export is not None:
        save(export, "export-choix-territoires")
        export.reject()
    guide = GettingStartedDialog(window)
    guide.show()
    save(guide, "premiers-pas")
    guide.reject()
    block = [
        ["N°", "Intitulé", "Maître d'ouvrage", "Coût total HT", "Financeur", "Montant", "Statut"],
        ["5.1", "Plateforme logistique", "CCI Troyes et Aube", "800 000", "Région", "300 000",
         "Sollicité"],
        ["5.1", "Plateforme logistique", "", "", "Fondation Alpha", "100 000", "Envisagé"],
        ["5.2", "Atelier partagé", "Troyes Champagne Métropole", "150 000", "État", "50 000",
         "Acquis"],
    ]  # fmt: skip
    read = paste.read_block(block, list(FICHE_ACTION), by_header=tuple(LIGNE_FINANCEMENT))
    with window.database.reader() as session:
        plan = pasting.plan_fiches(session, territoire_id, read)
    preview = PastePreviewDialog(plan, window.tr("Coller des fiches-actions"), window)
    preview.show()
    save(preview, "apercu-collage")
    preview.reject()


def _import_screenshots(window: Any, work_dir: Path, out_dir: Path, save: Any) -> list[Path]:
    """The tracker import dialog and the returned forms' changes."""
    from support.forms import WordEdit
    from support.trackers import region_tracker

    from ti_desktop.services import records
    from ti_desktop.services.imports.form_plan import plan_forms
    from ti_desktop.services.imports.form_writer import write_fiche_form
    from ti_desktop.services.imports.reading import read_tracker

    database = window.database
    folder = work_dir / "Documents"
    territoire_id = window.current_territoire_id()
    reading = read_tracker(database, region_tracker(folder / "Suivi Région 2024.xlsx"))
    dialog = window.import_actions.show_table_dialog(reading, territoire_id)
    dialog.resize(1180, 760)
    dialog.ui.changes_table.selectRow(2)
    save(dialog, "import-tableau")
    dialog.reject()

    with database.reader() as session:
        fiches = {f.numero: f for f in records.load_fiches(session, territoire_id)}
    forms = []
    for numero, cost, amount in (("1.2", "2 450 000 €", "1 000 000"), ("2.3", "", "")):
        edit = WordEdit(
            write_fiche_form(database, fiches[numero].id, folder / f"fiche {numero}.docx")
        )
        if cost:
            edit.set_field("cout_total_ht", cost)
            edit.set_field(
                "description",
                "Réseau de 6 km raccordant trois industriels de la zone de Torvilliers.",
                "Deuxième tranche en 2026 ; étude de faisabilité jointe.",
            )
            edit.choose("avancement", "En cours")
            edit.set_cell("Financeur", 0, 2, amount)
            edit.add_row("Financeur", ["Département", "Aménagement", "150 000 €", "Sollicité"])
        forms.append(edit.save(folder / f"Formulaire fiche {numero} rempli.docx"))
    from docx import Document

    letter = folder / "Courrier du maire.docx"
    document = Document()
    document.add_paragraph("Monsieur le Président, je vous prie de trouver ci-joint…")
    document.save(str(letter))
    plan = plan_forms(database, [*forms, letter], territoire_id=territoire_id)
    forms_dialog = window.import_actions.show_forms_dialog(plan)
    forms_dialog.resize(1120, 700)
    save(forms_dialog, "fiches-remplies")
    forms_dialog.reject()
    return []


def main(argv: Sequence[str] | None = None) -> int:
    """Write the screenshots and print their paths."""
    parser = argparse.ArgumentParser(description="Captures d'écran de la fenêtre")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--sizes", nargs="+", default=["1024x700", "1600x1000"], metavar="LxH")
    args = parser.parse_args(argv)
    for number, size in enumerate(args.sizes):
        width, height = (int(part) for part in size.split("x"))
        with tempfile.TemporaryDirectory() as work:
            taken = take_screenshots(  # the dialogs keep their own size: taken once
                args.out, Path(work), (width, height), f"-{size}", dialogs=number == 0
            )
            for path in taken:
                print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
