"""The « Signataires » page: the three groups of signatories, in signing order."""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any

from PySide6.QtCore import QItemSelection, Slot
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QHeaderView, QMenu, QTableView, QWidget
from sqlalchemy.orm import Session

from ti_desktop.db.models import Signataire
from ti_desktop.db.store import Database
from ti_desktop.db.vocabulary import GroupeSignataire, fold
from ti_desktop.errors import UserFacingError
from ti_desktop.gui.forms.ui_signatories_page import Ui_SignatoriesPage
from ti_desktop.gui.models.signatory_table_model import (
    COL_FONCTION,
    COL_ORGANISME,
    COL_REPRESENTANT,
    SignatoryTableModel,
)
from ti_desktop.gui.pages.page_support import show_error
from ti_desktop.gui.undo import (
    ChangeNotifier,
    DeleteRecordCommand,
    ServiceCommand,
    SetFieldsCommand,
)
from ti_desktop.services.edits import territories as territory_edits
from ti_desktop.services.edits.territories import Orders, SignatoryRow
from ti_desktop.services.fields.values import parse_date

_FIELD_LABELS = {
    "organisme": "organisation",
    "representant": "représentant(e)",
    "fonction": "fonction",
    "email": "courriel",
    "deliberation_reference": "délibération",
    "deliberation_date": "date de délibération",
}


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
        self.territory_id: uuid.UUID | None = None
        self.tables: dict[str, QTableView] = {
            GroupeSignataire.INTERCOMMUNALITES.value: self.ui.intercommunalites_table,
            GroupeSignataire.PARTENAIRES_PUBLICS.value: self.ui.partenaires_publics_table,
            GroupeSignataire.PARTENAIRES_ECONOMIQUES.value: self.ui.partenaires_economiques_table,
        }
        self.models: dict[str, SignatoryTableModel] = {}
        for groupe, table in self.tables.items():
            model = SignatoryTableModel(groupe, self)
            table.setModel(model)
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

    def set_territory(self, territory_id: uuid.UUID | None) -> None:
        """Show the signatories of ``territory_id`` (None empties the page)."""
        self.territory_id = territory_id
        self.setEnabled(territory_id is not None)
        self.reload()

    def reload(self) -> None:
        rows: list[SignatoryRow] = []
        if self.territory_id is not None:
            try:
                with self.database.reader() as session:
                    rows = territory_edits.load_signatories(session, self.territory_id)
            except UserFacingError:
                rows = []
        current = self.current_row()
        for groupe, model in self.models.items():
            group_rows = [r for r in rows if r.groupe == groupe]
            if group_rows != model.rows():
                model.set_rows(group_rows)
        if current is not None:
            self.select(current.id)
        self._update_buttons()

    @Slot(str, object)
    def _on_notifier_changed(self, table: str, territory_id: object) -> None:
        if table not in ("signataire", "territoire"):
            return
        if territory_id is None or territory_id == self.territory_id:
            self.reload()

    # --- selection ---------------------------------------------------------------------

    def current_row(self) -> SignatoryRow | None:
        """The selected signatory in the active group."""
        table = self.tables[self.active_group]
        indexes = table.selectionModel().selectedRows()
        if not indexes:
            return None
        rows = self.models[self.active_group].rows()
        row = indexes[0].row()
        return rows[row] if 0 <= row < len(rows) else None

    def select(self, signatory_id: uuid.UUID, *, edit_column: int | None = None) -> None:
        """Select a signatory (and optionally start editing one of its cells)."""
        for groupe, model in self.models.items():
            row = model.row_of(signatory_id)
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

    def _insert(self, values: dict[str, Any], after_id: uuid.UUID | None, text: str) -> uuid.UUID:
        territory_id = self.territory_id
        assert territory_id is not None
        new_id = uuid.uuid4()
        data = {**values, "id": new_id}

        def do(session: Session) -> Orders:
            return territory_edits.insert_signatory(
                session, territory_id, dict(data), after_id=after_id
            )

        def undo(session: Session, previous: Orders) -> None:
            territory_edits.remove_inserted_signatory(session, new_id, previous)

        self.undo_stack.push(
            ServiceCommand(
                self.database, self.notifier, text, "signataire", territory_id, do=do, undo=undo
            )
        )
        return new_id

    def add_signatory(self, groupe: str) -> uuid.UUID | None:
        """Add a signatory at the end of ``groupe`` and start editing its organisation."""
        if self.territory_id is None:
            return None
        new_id = self._insert(
            {"groupe": groupe, "organisme": self.tr("Nouvelle organisation")},
            None,
            self.tr("Ajouter un signataire"),
        )
        self.select(new_id, edit_column=COL_ORGANISME)
        return new_id

    @Slot()
    def add_co_representative(self) -> uuid.UUID | None:
        """Add a person signing for the same organisation as the selected row."""
        current = self.current_row()
        if current is None or self.territory_id is None:
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
        if current is None or self.territory_id is None:
            return
        self.undo_stack.push(
            DeleteRecordCommand(
                self.database,
                self.notifier,
                self.tr("Retirer « %1 »").replace("%1", current.representant or current.organisme),
                Signataire,
                current.id,
                self.territory_id,
            )
        )

    def move_current(self, delta: int) -> None:
        """Move the selected signatory up (-1) or down (+1) within its group."""
        current = self.current_row()
        if current is None or self.territory_id is None:
            return
        ids = [r.id for r in self.models[current.groupe].rows()]
        order = territory_edits.moved(ids, current.id, delta)
        if order == ids:
            return
        orders = territory_edits.renumbered(order)

        def undo(session: Session, previous: Orders) -> None:
            territory_edits.set_orders(session, Signataire, "ordre", previous)

        self.undo_stack.push(
            ServiceCommand(
                self.database,
                self.notifier,
                self.tr("Changer l'ordre des signataires"),
                "signataire",
                self.territory_id,
                do=lambda s: territory_edits.set_orders(s, Signataire, "ordre", orders),
                undo=undo,
            )
        )
        self.select(current.id)

    @Slot(object, str, str)
    def _on_model_edit_requested(self, signatory_id: uuid.UUID, field: str, text: str) -> None:
        if self.territory_id is None:
            return
        row = next(
            (r for m in self.models.values() for r in m.rows() if r.id == signatory_id), None
        )
        if row is None:
            return
        try:
            value = self._parsed(field, text)
        except UserFacingError as exc:
            show_error(self, exc)
            return
        label = self.tr("Modifier « %1 »").replace("%1", _FIELD_LABELS[field])
        targets = [row]
        if field == "organisme" and not row.co_representant:
            # Renaming an organisation renames it for its co-representatives too.
            targets = [
                r
                for r in self.models[row.groupe].rows()
                if fold(r.organisme) == fold(row.organisme)
            ]
        self.undo_stack.beginMacro(label)
        for target in targets:
            self.undo_stack.push(
                SetFieldsCommand(
                    self.database,
                    self.notifier,
                    label,
                    Signataire,
                    target.id,
                    {field: value},
                    self.territory_id,
                )
            )
        self.undo_stack.endMacro()

    def _parsed(self, field: str, text: str) -> str | date | None:
        if field == "email":
            return territory_edits.validate_email(text)
        if field == "deliberation_date":
            if not text.strip():
                return None
            try:
                return parse_date(text)
            except ValueError as exc:
                raise UserFacingError(f"Date de délibération : {exc}.") from exc
        if field == "organisme" and not text.strip():
            raise UserFacingError(self.tr("Le nom de l'organisation est obligatoire."))
        return text.strip()
