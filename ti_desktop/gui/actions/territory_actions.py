"""The « Territoire » menu: create, rename, trash and restore territories (all undoable)."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Slot
from PySide6.QtWidgets import QInputDialog
from sqlalchemy.orm import Session

from ti_desktop.db.models import Territoire
from ti_desktop.db.vocabulary import Phase
from ti_desktop.errors import UserFacingError
from ti_desktop.gui.dialogs.territory_trash_dialog import TerritoryTrashDialog
from ti_desktop.gui.pages.page_support import show_error
from ti_desktop.gui.undo import CreateCommand, UpdateCommand
from ti_desktop.services.edits import territories as territory_edits
from ti_desktop.services.edits.changes import Previous
from ti_desktop.services.records import TerritoryRecord
from ti_desktop.services.territories import create_territory

if TYPE_CHECKING:
    from ti_desktop.gui.main_window import MainWindow


class TerritoryActions(QObject):
    """Territory commands of the window; each write is a command on its undo stack."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.trash_dialog: TerritoryTrashDialog | None = None

    def _ask_text(self, title: str, label: str, text: str) -> str | None:
        value, accepted = QInputDialog.getText(self.window, title, label, text=text)
        return value if accepted else None

    def _explain(self, error: UserFacingError) -> None:
        self.window.last_message_box = show_error(self.window, error)

    @Slot()
    def new_territory(self) -> None:
        """Ask a name, then create a territory with its phase's axes and a draft contract."""
        window = self.window
        with window.database.reader() as session:
            proposal = territory_edits.unique_territory_name(session, self.tr("Nouveau territoire"))
        name = self._ask_text(
            self.tr("Nouveau territoire"), self.tr("Nom du territoire :"), proposal
        )
        if name is None:
            return
        new_id = uuid.uuid4()
        before = window.undo_stack.index()
        window.undo_stack.push(
            CreateCommand(
                window.database,
                window.notifier,
                self.tr("Créer le territoire « {0} »").format(name.strip()),
                Territoire,
                new_id,
                new_id,
                lambda s: create_territory(s, name, "", Phase.PHASE_2, territoire_id=new_id),
                on_refused=self._explain,
            )
        )
        if window.undo_stack.index() == before:
            return
        window.select_territory(new_id)
        window.ui.territory_tabs.setCurrentIndex(0)
        if window.territory_page is not None:
            window.territory_page.ui.region_edit.setFocus()

    def _current(self) -> TerritoryRecord | None:
        return self.window.current_territory()

    @Slot()
    def rename_current(self) -> None:
        """Ask a new name for the selected territory."""
        current = self._current()
        if current is None:
            return
        name = self._ask_text(self.tr("Renommer le territoire"), self.tr("Nom :"), current.nom)
        if name is None:
            return
        self._push_update(
            self.tr("Renommer « {0} »").format(current.nom),
            current.id,
            lambda s: territory_edits.update_territory(s, current.id, {"nom": name}),
        )

    def _push_update(
        self, text: str, territoire_id: uuid.UUID, update: Callable[[Session], Previous]
    ) -> None:
        window = self.window
        window.undo_stack.push(
            UpdateCommand(
                window.database,
                window.notifier,
                text,
                Territoire,
                territoire_id,
                update,
                on_refused=self._explain,
            )
        )

    @Slot()
    def trash_current(self) -> None:
        """Put the selected territory in the trash (Ctrl+Z brings it back)."""
        current = self._current()
        if current is None:
            return
        self._push_update(
            self.tr("Mettre « {0} » à la corbeille").format(current.nom),
            current.id,
            lambda s: territory_edits.trash_territory(s, current.id),
        )
        self.window.ui.status_bar.showMessage(
            self.tr("« {0} » est dans la corbeille (Ctrl+Z pour annuler).").format(current.nom),
            8000,
        )

    def restore(self, territoire_id: uuid.UUID) -> None:
        """Take a territory out of the trash and select it."""
        dialog = self.trash_dialog
        row = dialog.model.row_of(territoire_id) if dialog is not None else -1
        nom = dialog.model.rows()[row].nom if dialog is not None and row >= 0 else ""
        self._push_update(
            self.tr("Restaurer « {0} »").format(nom),
            territoire_id,
            lambda s: territory_edits.restore_territory(s, territoire_id),
        )
        self.window.select_territory(territoire_id)

    @Slot()
    def show_trash(self) -> None:
        """Open the territory trash (read again from the open database)."""
        window = self.window
        if self.trash_dialog is not None:
            self.trash_dialog.deleteLater()
        self.trash_dialog = TerritoryTrashDialog(
            window.database, window.notifier, self.restore, window
        )
        self.trash_dialog.open()
