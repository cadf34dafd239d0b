"""The « Signataires » page: the three groups of signatories, in signing order."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import QItemSelection, Slot
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QHeaderView, QMenu, QTableView, QWidget
from sqlalchemy.orm import Session

from ti_desktop.db.models import Signataire
from ti_desktop.db.store import Database
from ti_desktop.db.vocabulary import Civilite, GroupeSignataire, fold
from ti_desktop.errors import UserFacingError
from ti_desktop.gui.delegates import TextChoiceDelegate
from ti_desktop.gui.forms.ui_signatories_page import Ui_SignatoriesPage
from ti_desktop.gui.models.signatory_table_model import (
    COL_CIVILITE,
    COL_FONCTION,
    COL_ORGANISME,
    COL_REPRESENTANT,
    SignatoryTableModel,
)
from ti_desktop.gui.pages.page_support import show_error
from ti_desktop.gui.undo import ChangeNotifier, DeleteCommand, ServiceCommand, UpdateCommand
from ti_desktop.services import records
from ti_desktop.services.edits import signatories as signatory_edits
from ti_desktop.services.edits.signatories import Insertion
from ti_desktop.services.fields import SIGNATAIRE
from ti_desktop.services.records import SignatoryRecord


class SignatoriesPage(QWidget):
    """Adds, edits, removes and orders the signatories of a territory (all undoable)."""

    def __init__(
        self,
        database: Database,
        undo_stack: QUndoStack,
        notifier: ChangeNotifier,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_SignatoriesPage()
        self.ui.setupUi(self)  # type: ignore[no-untyped-call]  # generated form
        self.database = database
        self.undo_stack = undo_stack
        self.notifier = notifier
        self.territoire_id: uuid.UUID | None = None
        self.tables: dict[str, QTableView] = {
            GroupeSignataire.INTERCOMMUNALITES.value: self.ui.intercommunalites_table,
            GroupeSignataire.PARTENAIRES_PUBLICS.value: self.ui.partenaires_publics_table,
            GroupeSignataire.PARTENAIRES_ECONOMIQUES.value: self.ui.partenaires_economiques_table,
        }
        self.models: dict[str, SignatoryTableModel] = {}
        civilities = ["", *(c.value for c in Civilite)]
        for groupe, table in self.tables.items():
            model = SignatoryTableModel(groupe, self)
            table.setModel(model)
            # one delegate per view: a delegate's commitData goes to every view it serves
            table.setItemDelegateForColumn(COL_CIVILITE, TextChoiceDelegate(civilities, table))
            # Names and functions share the spare width; short columns fit their text,
            # so nothing is cut at any scaling factor.
            header = table.horizontalHeader()
            header.setStretchLastSection(False)
            for column in range(model.columnCount()):
                stretch = column in (COL_ORGANISME, COL_FONCTION)
                header.setSectionResizeMode(
                    column,
                    QHeaderView.ResizeMode.Stretch
                    if stretch
                    else QHeaderView.ResizeMode.ResizeToContents,
                )
            table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            self.models[groupe] = model
        self.active_group = GroupeSignataire.INTERCOMMUNALITES.value
        self.add_menu = QMenu(self)
        self.add_actions = {}
        for groupe, label in (
            (GroupeSignataire.INTERCOMMUNALITES.value, self.tr("Une intercommunalité")),
            (GroupeSignataire.PARTENAIRES_PUBLICS.value, self.tr("Un partenaire public")),
            (
                GroupeSignataire.PARTENAIRES_ECONOMIQUES.value,
                self.tr("Un partenaire économique ou industriel"),
            ),
        ):
            self.add_actions[groupe] = self.add_menu.addAction(label)
        self.ui.add_button.setMenu(self.add_menu)
        self._connect_signals()
        self._update_buttons()
        self.setEnabled(False)

    def _connect_signals(self) -> None:
        for groupe, table in self.tables.items():
            self.models[groupe].edit_requested.connect(self._on_model_edit_requested)
            table.selectionModel().selectionChanged.connect(
                lambda selected, deselected, g=groupe: self._on_table_selection_changed(
                    g, selected, deselected
                )
            )
        for groupe, action in self.add_actions.items():
            action.triggered.connect(lambda _checked=False, g=groupe: self.add_signatory(g))
        self.ui.add_co_representative_button.clicked.connect(self.add_co_representative)
        self.ui.remove_button.clicked.connect(self._on_remove_button_clicked)
        self.ui.move_up_button.clicked.connect(lambda: self.move_current(-1))
        self.ui.move_down_button.clicked.connect(lambda: self.move_current(1))
        self.notifier.changed.connect(self._on_notifier_changed)

    # --- loading -----------------------------------------------------------------------

    def set_territory(self, territoire_id: uuid.UUID | None) -> None:
        """Show the signatories of ``territoire_id`` (None empties the page)."""
        self.territoire_id = territoire_id
        self.setEnabled(territoire_id is not None)
        self.reload()

    def reload(self) -> None:
        rows: list[SignatoryRecord] = []
        if self.territoire_id is not None:
            with self.database.reader() as session:
                territory = records.load_territory(session, self.territoire_id, with_fiches=False)
            rows = territory.signataires if territory is not None else []
        current = self.current_row()
        for groupe, model in self.models.items():
            group_rows = [r for r in rows if r.groupe == groupe]
            if group_rows != model.rows():
                model.set_rows(group_rows)
        if current is not None:
            self.select(current.id)
        self._update_buttons()

    @Slot(str, object)
    def _on_notifier_changed(self, table: str, territoire_id: object) -> None:
        if table not in ("signataire", "territoire"):
            return
        if territoire_id is None or territoire_id == self.territoire_id:
            self.reload()

    # --- selection ---------------------------------------------------------------------

    def current_row(self) -> SignatoryRecord | None:
        """The selected signatory in the active group."""
        table = self.tables[self.active_group]
        indexes = table.selectionModel().selectedRows()
        if not indexes:
            return None
        rows = self.models[self.active_group].rows()
        row = indexes[0].row()
        return rows[row] if 0 <= row < len(rows) else None

    def select(self, signataire_id: uuid.UUID, *, edit_column: int | None = None) -> None:
        """Select a signatory (and optionally start editing one of its cells)."""
        for groupe, model in self.models.items():
            row = model.row_of(signataire_id)
            if row >= 0:
                self.active_group = groupe
                table = self.tables[groupe]
                table.selectRow(row)
                table.setFocus()
                if edit_column is not None:
                    index = model.index(row, edit_column)
                    table.setCurrentIndex(index)
                    table.edit(index)
                return

    def _on_table_selection_changed(
        self, groupe: str, selected: QItemSelection, _deselected: QItemSelection
    ) -> None:
        if not selected.isEmpty():
            self.active_group = groupe
            for other, table in self.tables.items():
                if other != groupe:
                    blocked = table.selectionModel().blockSignals(True)
                    table.clearSelection()
                    table.selectionModel().blockSignals(blocked)
                    table.viewport().update()
        self._update_buttons()

    def _update_buttons(self) -> None:
        has_row = self.current_row() is not None
        for button in (
            self.ui.add_co_representative_button,
            self.ui.remove_button,
            self.ui.move_up_button,
            self.ui.move_down_button,
        ):
            button.setEnabled(has_row)

    # --- edits -------------------------------------------------------------------------

    def _explain(self, error: UserFacingError) -> None:
        show_error(self, error)

    def _insert(self, values: dict[str, Any], after_id: uuid.UUID | None, text: str) -> uuid.UUID:
        territoire_id = self.territoire_id
        assert territoire_id is not None
        new_id = uuid.uuid4()

        def do(session: Session) -> Insertion:
            return signatory_edits.add_signatory(
                session, territoire_id, values, signataire_id=new_id, after_id=after_id
            )

        self.undo_stack.push(
            ServiceCommand(
                self.database,
                self.notifier,
                text,
                Signataire.__tablename__,
                territoire_id,
                do=do,
                undo=signatory_edits.remove_added_signatory,
                on_refused=self._explain,
            )
        )
        return new_id

    def add_signatory(self, groupe: str) -> uuid.UUID | None:
        """Add a signatory at the end of ``groupe`` and start editing its organisation."""
        if self.territoire_id is None:
            return None
        new_id = self._insert(
            {"groupe": groupe, "organisme": signatory_edits.NEW_ORGANISATION},
            None,
            self.tr("Ajouter un signataire"),
        )
        self.select(new_id, edit_column=COL_ORGANISME)
        return new_id

    @Slot()
    def add_co_representative(self) -> uuid.UUID | None:
        """Add a person signing for the same organisation as the selected row."""
        current = self.current_row()
        if current is None or self.territoire_id is None:
            return None
        same = [
            r
            for r in self.models[current.groupe].rows()
            if fold(r.organisme) == fold(current.organisme)
        ]
        new_id = self._insert(
            {"groupe": current.groupe, "organisme": current.organisme},
            same[-1].id if same else current.id,
            self.tr("Ajouter un co-représentant"),
        )
        self.select(new_id, edit_column=COL_REPRESENTANT)
        return new_id

    @Slot()
    def _on_remove_button_clicked(self) -> None:
        current = self.current_row()
        if current is None or self.territoire_id is None:
            return
        self.undo_stack.push(
            DeleteCommand(
                self.database,
                self.notifier,
                self.tr("Retirer « {0} »").format(current.representant or current.organisme),
                Signataire,
                self.territoire_id,
                current.id,
                signatory_edits.delete_signatory,
                on_refused=self._explain,
            )
        )

    def move_current(self, delta: int) -> None:
        """Move the selected signatory up (-1) or down (+1) within its group."""
        current = self.current_row()
        if current is None or self.territoire_id is None:
            return
        signataire_id = current.id
        self.undo_stack.push(
            UpdateCommand(
                self.database,
                self.notifier,
                self.tr("Changer l'ordre des signataires"),
                Signataire,
                self.territoire_id,
                lambda s: signatory_edits.move_signatory(s, signataire_id, delta),
                on_refused=self._explain,
            )
        )
        self.select(signataire_id)

    @Slot(object, str, str)
    def _on_model_edit_requested(self, signataire_id: uuid.UUID, key: str, text: str) -> None:
        if self.territoire_id is None:
            return
        self.undo_stack.push(
            UpdateCommand(
                self.database,
                self.notifier,
                self.tr("Modifier {0}").format(SIGNATAIRE[key].noun),
                Signataire,
                self.territoire_id,
                lambda s: signatory_edits.update_signatory(s, signataire_id, {key: text}),
                on_refused=self._explain,
            )
        )
