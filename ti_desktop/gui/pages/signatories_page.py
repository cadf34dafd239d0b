"""The « Signataires » page: the three groups of signatories, in signing order.

Each group is a ``RecordTableView``: typing, Tab, Enter, Ctrl+V of rows copied from a
spreadsheet and Ctrl+Delete work as in a spreadsheet; the organisation and person
cells propose the signatories the base already knows, and choosing one fills the
row. The Région's deliberation is entered once, with the contract: on the Région's
row its cells show that one and cannot be typed into.
"""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import QItemSelection, QModelIndex, Slot
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QMenu, QWidget
from sqlalchemy.orm import Session

from ti_desktop.db.models import Signataire
from ti_desktop.db.store import Database
from ti_desktop.db.vocabulary import Civilite, GroupeSignataire, fold
from ti_desktop.errors import UserFacingError
from ti_desktop.gui.completion import SignatoryDelegate, Suggestions
from ti_desktop.gui.delegates import DateDelegate, TextChoiceDelegate, TextDelegate
from ti_desktop.gui.forms.ui_signatories_page import Ui_SignatoriesPage
from ti_desktop.gui.models.signatory_table_model import (
    COL_CIVILITE,
    COL_DELIBERATION_DATE,
    COL_DELIBERATION_REFERENCE,
    COL_EMAIL,
    COL_FONCTION,
    COL_ORGANISME,
    COL_REPRESENTANT,
    COLUMN_FIELDS,
    RowRole,
    SignatoryTableModel,
)
from ti_desktop.gui.pages.page_support import show_error
from ti_desktop.gui.paste_support import BlockPaster
from ti_desktop.gui.settings import AppSettings
from ti_desktop.gui.undo import ChangeNotifier, DeleteCommand, ServiceCommand, UpdateCommand
from ti_desktop.gui.widgets.record_table_view import RecordTableView
from ti_desktop.services import records
from ti_desktop.services.documents.clauses import region_signatories
from ti_desktop.services.edits import signatories as signatory_edits
from ti_desktop.services.edits.signatories import Insertion
from ti_desktop.services.entry import paste, pasting
from ti_desktop.services.entry.suggestions import KnownSignatory
from ti_desktop.services.fields import SIGNATAIRE
from ti_desktop.services.records import SignatoryRecord, TerritoryRecord

_COLUMNS_KEY = "colonnes/signataires"
_SPLITTER_KEY = "signataires/separateur"


class SignatoriesPage(QWidget):
    """Adds, edits, removes and orders the signatories of a territory (all undoable)."""

    def __init__(
        self,
        database: Database,
        undo_stack: QUndoStack,
        notifier: ChangeNotifier,
        parent: QWidget | None = None,
        *,
        settings: AppSettings | None = None,
        suggestions: Suggestions | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_SignatoriesPage()
        self.ui.setupUi(self)  # type: ignore[no-untyped-call]  # generated form
        self.database = database
        self.undo_stack = undo_stack
        self.notifier = notifier
        self.settings = settings
        self.suggestions = suggestions or Suggestions(database, notifier, self)
        self.territoire_id: uuid.UUID | None = None
        self.territory: TerritoryRecord | None = None
        self.tables: dict[str, RecordTableView] = {
            GroupeSignataire.INTERCOMMUNALITES.value: self.ui.intercommunalites_table,
            GroupeSignataire.PARTENAIRES_PUBLICS.value: self.ui.partenaires_publics_table,
            GroupeSignataire.PARTENAIRES_ECONOMIQUES.value: self.ui.partenaires_economiques_table,
        }
        self.models: dict[str, SignatoryTableModel] = {}
        self.paster = BlockPaster(self, database, undo_stack, notifier, self._explain)
        for groupe, table in self.tables.items():
            model = SignatoryTableModel(groupe, self)
            table.setModel(model)
            self._set_delegates(table)
            table.undo_stack = undo_stack
            table.append_row = lambda g=groupe: self.add_signatory(g)
            # Names and functions share the spare width; the other columns keep the
            # width their content needs (or the user's), whatever is typed.
            table.set_column_widths(
                {
                    COL_ORGANISME: 30,
                    COL_CIVILITE: 5,
                    COL_REPRESENTANT: 18,
                    COL_FONCTION: 26,
                    COL_EMAIL: 18,
                    COL_DELIBERATION_REFERENCE: 20,
                    COL_DELIBERATION_DATE: 14,
                },
                stretch=(COL_ORGANISME, COL_FONCTION, COL_DELIBERATION_REFERENCE),
                minimum={COL_ORGANISME: 20, COL_FONCTION: 16, COL_DELIBERATION_REFERENCE: 12},
            )
            if settings is not None:
                table.remember_columns(
                    lambda: settings.geometry(_COLUMNS_KEY),
                    lambda state: settings.set_geometry(_COLUMNS_KEY, state),
                )
            self.models[groupe] = model
        if settings is not None and (state := settings.geometry(_SPLITTER_KEY)) is not None:
            self.ui.groups_splitter.restoreState(state)
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

    def _set_delegates(self, table: RecordTableView) -> None:
        """One delegate per view and column: a delegate's commit goes to every view it serves."""
        civilities = ["", *(c.value for c in Civilite)]
        table.use_delegate(COL_CIVILITE, TextChoiceDelegate(civilities, table))
        for column, field in enumerate(COLUMN_FIELDS):
            if column == COL_CIVILITE:
                continue
            if column in (COL_ORGANISME, COL_REPRESENTANT):
                delegate: TextDelegate = SignatoryDelegate(field, self.suggestions, table)
                delegate.chosen.connect(self._on_delegate_chosen)  # type: ignore[attr-defined]
            elif column == COL_DELIBERATION_DATE:
                delegate = DateDelegate(table, field)
            else:
                delegate = TextDelegate(field, table)
            table.use_delegate(column, delegate)

    def _connect_signals(self) -> None:
        for groupe, table in self.tables.items():
            self.models[groupe].edit_requested.connect(self._on_model_edit_requested)
            table.refused.connect(self._explain)
            table.rows_delete_requested.connect(self._remove)
            table.paste_requested.connect(
                lambda anchor, block, g=groupe: self._on_table_paste_requested(g, anchor, block)
            )
            table.selectionModel().currentChanged.connect(
                lambda _current, _previous, g=groupe: self._on_table_current_changed(g)
            )
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
        self.ui.groups_splitter.splitterMoved.connect(self._on_groups_splitter_splitter_moved)
        self.notifier.changed.connect(self._on_notifier_changed)

    # --- loading -----------------------------------------------------------------------

    def set_territory(self, territoire_id: uuid.UUID | None) -> None:
        """Show the signatories of ``territoire_id`` (None empties the page)."""
        self.territoire_id = territoire_id
        self.setEnabled(territoire_id is not None)
        self.reload()

    def reload(self) -> None:
        rows: list[SignatoryRecord] = []
        territory = None
        if self.territoire_id is not None:
            with self.database.reader() as session:
                territory = records.load_territory(session, self.territoire_id, with_fiches=False)
            rows = territory.signataires if territory is not None else []
        self.territory = territory
        self._show_region_deliberation(territory)
        if territory is not None:
            self.suggestions.set_region(territory.region)
        for groupe, model in self.models.items():
            group_rows = [r for r in rows if r.groupe == groupe]
            if group_rows != model.rows():
                model.set_rows(group_rows)
            self._show_deliberation_columns(groupe, group_rows)
        self._update_buttons()

    def _show_deliberation_columns(self, groupe: str, rows: list[SignatoryRecord]) -> None:
        """Intercommunalités deliberate (« Vu » clauses); the partners' columns show when used."""
        table = self.tables[groupe]
        wanted = groupe == GroupeSignataire.INTERCOMMUNALITES.value or any(
            r.deliberation_reference or r.deliberation_date for r in rows
        )
        changed = False
        for column in (COL_DELIBERATION_REFERENCE, COL_DELIBERATION_DATE):
            if table.isColumnHidden(column) == wanted:
                table.setColumnHidden(column, not wanted)
                changed = True
        if changed:
            table.refit_columns()

    def _show_region_deliberation(self, territory: TerritoryRecord | None) -> None:
        """The Région's rows show the contract's deliberation (entered there, cited once)."""
        contract = territory.contrat_courant if territory is not None else None
        ids = {p.id for p in region_signatories(territory)} if territory is not None else set()
        reference = contract.deliberation_region_reference if contract is not None else ""
        when = contract.deliberation_region_date if contract is not None else None
        for model in self.models.values():
            model.set_region_deliberation(ids, reference, when)

    @Slot(str, object)
    def _on_notifier_changed(self, table: str, territoire_id: object) -> None:
        if table not in ("signataire", "territoire"):
            return
        if territoire_id is None or territoire_id == self.territoire_id:
            self.reload()

    # --- selection ---------------------------------------------------------------------

    def current_row(self) -> SignatoryRecord | None:
        """The signatory of the current cell in the active group."""
        table = self.tables[self.active_group]
        index = table.currentIndex()
        if not index.isValid():
            return None
        rows = self.models[self.active_group].rows()
        return rows[index.row()] if 0 <= index.row() < len(rows) else None

    def select(self, signataire_id: uuid.UUID, *, edit_column: int | None = None) -> None:
        """Select a signatory (and optionally start editing one of its cells)."""
        for groupe, model in self.models.items():
            if model.row_of(signataire_id) >= 0:
                self.active_group = groupe
                table = self.tables[groupe]
                if edit_column is not None:
                    table.edit_row_when_shown(signataire_id, edit_column)
                else:
                    index = table.index_of(signataire_id, max(table.currentIndex().column(), 0))
                    table.setFocus()
                    table.go_to(index, edit=False)
                return

    def focus_signatory(self, signataire_id: uuid.UUID | None, key: str | None) -> None:
        """Show a signatory's cell for ``key`` (the first group when no signatory)."""
        column = next((i for i, f in enumerate(COLUMN_FIELDS) if f.key == key), 0)
        for groupe, model in self.models.items():
            if signataire_id is not None and model.row_of(signataire_id) >= 0:
                self.active_group = groupe
                table = self.tables[groupe]
                table.setFocus()
                table.go_to(table.index_of(signataire_id, column), edit=False)
                return
        self.tables[self.active_group].setFocus()

    def _on_table_current_changed(self, groupe: str) -> None:
        if self.tables[groupe].currentIndex().isValid() and self.tables[groupe].hasFocus():
            self.active_group = groupe
        self._update_buttons()

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
        self.active_group = groupe
        self.tables[groupe].edit_row_when_shown(new_id, COL_ORGANISME)
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
        self.tables[current.groupe].edit_row_when_shown(new_id, COL_REPRESENTANT)
        return new_id

    @Slot()
    def _on_remove_button_clicked(self) -> None:
        table = self.tables[self.active_group]
        self._remove(table.selected_records() or [r for r in [self.current_row()] if r])

    def _remove(self, people: list[SignatoryRecord]) -> None:
        """Remove signatories (one undo step for several)."""
        if not people or self.territoire_id is None:
            return
        if len(people) > 1:
            self.undo_stack.beginMacro(self.tr("Retirer {0} signataires").format(len(people)))
        for person in people:
            self.undo_stack.push(
                DeleteCommand(
                    self.database,
                    self.notifier,
                    self.tr("Retirer « {0} »").format(person.representant or person.organisme),
                    Signataire,
                    self.territoire_id,
                    person.id,
                    signatory_edits.delete_signatory,
                    on_refused=self._explain,
                )
            )
        if len(people) > 1:
            self.undo_stack.endMacro()

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

    def _on_delegate_chosen(self, index: QModelIndex, known: KnownSignatory) -> None:
        """A known organisation or person was picked: fill the row's empty cells with it."""
        row = index.data(RowRole)
        if not isinstance(row, SignatoryRecord) or self.territoire_id is None:
            return
        values = {
            key: value
            for key, value in known.values().items()
            if key == "organisme" or not str(getattr(row, key) or "").strip()
        }
        if fold(row.organisme) == fold(signatory_edits.NEW_ORGANISATION):
            values["organisme"] = known.organisme
        signataire_id = row.id
        self.undo_stack.push(
            UpdateCommand(
                self.database,
                self.notifier,
                self.tr("Reprendre « {0} »").format(known.label),
                Signataire,
                self.territoire_id,
                lambda s: signatory_edits.update_signatory(s, signataire_id, values),
                on_refused=self._explain,
            )
        )

    def _on_table_paste_requested(
        self, groupe: str, anchor: QModelIndex, block: list[list[str]]
    ) -> None:
        territoire_id = self.territoire_id
        if territoire_id is None:
            return
        fields = [SIGNATAIRE[f.key] for f in COLUMN_FIELDS]
        read = paste.read_block(
            block,
            list(fields),
            start_column=max(anchor.column(), 0),
            by_header=(SIGNATAIRE["groupe"],),
        )
        rows = self.models[groupe].rows()
        fill = [r.id for r in rows[anchor.row() :]] if anchor.isValid() else []
        self.paster.paste(
            lambda session: pasting.plan_signatories(session, territoire_id, groupe, read, fill),
            table=Signataire.__tablename__,
            text=self.tr("Coller des signataires"),
            view=self.tables[groupe],
        )

    def _on_groups_splitter_splitter_moved(self, _pos: int, _index: int) -> None:
        if self.settings is not None:
            self.settings.set_geometry(_SPLITTER_KEY, self.ui.groups_splitter.saveState())
