"""The avenant and the follow-up report, from the « Documents » menu.

Each asks where to write, then generates off the GUI thread; the document is recorded
in the register of transmissions (the *Historique des envois* page reloads).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Slot

from ti_desktop.gui.pages.history_page import TABLE as REGISTER_TABLE
from ti_desktop.gui.pages.page_support import show_error

if TYPE_CHECKING:
    from ti_desktop.gui.main_window import MainWindow
    from ti_desktop.services.progress import ProgressCallback
    from ti_desktop.services.register.documents import RegisterDocument

DOCX_FILTER = "Documents Word (*.docx)"


class RegisterActions(QObject):
    """Writes the avenant and the follow-up report of the territory shown."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window

    def _start(
        self,
        title: str,
        name: Callable[[uuid.UUID], str],
        job: Callable[[uuid.UUID, Path, bool, ProgressCallback], RegisterDocument],
    ) -> None:
        """Ask where (``name`` proposes a file name), then run ``job`` in the background."""
        window = self.window
        territoire_id = window.current_territoire_id()
        if territoire_id is None:
            show_error(window, self.tr("Choisissez d'abord un territoire dans la liste."))
            return
        target = window.document_actions.ask_save_path(title, name(territoire_id), DOCX_FILTER)
        if target is None:
            return
        pdf = window.document_actions.pdf_wanted()
        window.tasks.run(
            lambda progress: job(territoire_id, target, pdf, progress),
            title=title,
            parent=window,
            on_done=self._on_written,
        )

    def _on_written(self, written: RegisterDocument) -> None:
        window = self.window
        window.notifier.notify(REGISTER_TABLE, None)
        files = [p for p in (written.documents.docx, written.documents.pdf) if p is not None]
        window.document_actions.last_documents = files
        window.ui.status_bar.showMessage(
            self.tr("{0} enregistré : {1}").format(written.objet, files[0]), 10000
        )
        window.document_actions.offer_to_open(files, self.tr("Document enregistré"))

    def _file_name(self, stem: str) -> str:
        """``<stem> - <territoire> - <date>.docx``, safe on Windows."""
        from ti_desktop.services.documents.generation import safe_file_name

        territory = self.window.current_territory()
        name = territory.nom if territory is not None else ""
        return safe_file_name(f"{stem} - {name} - {date.today().isoformat()}")

    @Slot()
    def generate_avenant(self) -> None:
        """The avenant of what changed since the signed version."""
        from ti_desktop.services.register import documents

        database = self.window.database
        self._start(
            self.tr("Générer l'avenant"),
            lambda territoire_id: self._file_name(
                f"Avenant n° {documents.avenant_number(database, territoire_id)}"
            ),
            lambda territoire_id, target, pdf, progress: documents.generate_avenant(
                database, territoire_id, target, pdf=pdf, progress=progress
            ),
        )

    @Slot()
    def generate_report(self) -> None:
        """The follow-up report (changes since the last report)."""
        from ti_desktop.services.register import documents

        database = self.window.database
        self._start(
            self.tr("Rapport de suivi"),
            lambda _territoire_id: self._file_name("Rapport de suivi"),
            lambda territoire_id, target, pdf, progress: documents.generate_report(
                database, territoire_id, target, pdf=pdf, progress=progress
            ),
        )
