"""The check before generating or sending, and the way to each point it finds.

``before(action, territories, proceed)`` reads the findings of ``services.checks``;
with none it goes on at once, otherwise it shows them beside the window: « Aller
à » selects the territory, the page and the field, « … quand même » goes on.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Slot

from ti_desktop.gui.dialogs.checks_dialog import ChecksDialog
from ti_desktop.services import checks
from ti_desktop.services.checks import Finding, Page

if TYPE_CHECKING:
    from ti_desktop.gui.main_window import MainWindow


class CheckActions(QObject):
    """*Documents › Vérifier avant envoi*, and the check run before documents are written."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.dialog: ChecksDialog | None = None

    def findings(self, territoire_ids: Sequence[uuid.UUID]) -> list[Finding]:
        """The findings of these territories (named after the place when there are several)."""
        found: list[Finding] = []
        with self.window.database.reader() as session:
            for territoire_id in territoire_ids:
                territory_findings = checks.load_findings(session, territoire_id)
                if len(territoire_ids) > 1 and territory_findings:
                    name = self._name(territoire_id)
                    territory_findings = [
                        replace(f, place=f"{name} — {f.place}") for f in territory_findings
                    ]
                found.extend(territory_findings)
        return found

    def _name(self, territoire_id: uuid.UUID) -> str:
        row = self.window.territory_model.row_of(territoire_id)
        rows = self.window.territory_model.rows()
        return rows[row].nom if row >= 0 else ""

    @Slot()
    def check_current(self) -> None:
        """Show the findings of the current territory (nothing to go on with)."""
        territoire_id = self.window.current_territoire_id()
        if territoire_id is not None:
            self._show([territoire_id], None, None)

    def before(
        self,
        action: str,
        territoire_ids: Sequence[uuid.UUID],
        proceed: Callable[[], None],
    ) -> ChecksDialog | None:
        """Go on at once when nothing is found; else show the findings and let the user choose."""
        return self._show(list(territoire_ids), action, proceed)

    def _show(
        self,
        territoire_ids: list[uuid.UUID],
        action: str | None,
        proceed: Callable[[], None] | None,
    ) -> ChecksDialog | None:
        found = self.findings(territoire_ids)
        if not found and proceed is not None:
            proceed()
            return None
        if self.dialog is not None:
            self.dialog.close()
            self.dialog.deleteLater()
        dialog = ChecksDialog(found, lambda: self.findings(territoire_ids), action, self.window)
        dialog.go_to_requested.connect(self.go_to)
        if proceed is not None:
            dialog.accepted.connect(lambda: proceed() if dialog.continued else None)
        self.dialog = dialog
        dialog.show()
        return dialog

    @Slot(object)
    def go_to(self, finding: Finding) -> None:
        """Show where ``finding`` is fixed: its territory, page and field."""
        window = self.window
        where = finding.where
        if (
            where.territoire_id is not None
            and where.territoire_id != window.current_territoire_id()
        ):
            window.select_territory(where.territoire_id)
        tabs = window.ui.territory_tabs
        if where.page is Page.TERRITORY and window.territory_page is not None:
            tabs.setCurrentWidget(window.territory_page)
            window.territory_page.focus_field(where.field or "nom")
        elif where.page is Page.SIGNATORIES and window.signatories_page is not None:
            tabs.setCurrentWidget(window.signatories_page)
            window.signatories_page.focus_signatory(where.record_id, where.field)
        elif where.page is Page.FICHES and window.fiches_page is not None:
            tabs.setCurrentWidget(window.fiches_page)
            if where.record_id is not None:
                window.fiches_page.focus_fiche(where.record_id, where.field)
        window.activateWindow()
