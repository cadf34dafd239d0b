"""The « Territoire et contrat » page: every field of a territory and of its current contract.

Labels, tooltips and limits come from the field table; each finished field edit is
an undoable command wrapping ``services.edits.territories``, which checks the value.
A refused value is explained in a dialog and the field keeps what was typed, marked,
so a typo is fixed in place (nothing typed is lost). Choosing a phase also gives the
contract that phase's period when it had none or another phase's.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QResizeEvent, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHeaderView,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QWidget,
)
from sqlalchemy.orm import Session

from ti_desktop.db.base import Base
from ti_desktop.db.models import Axe, Contrat, EnjeuLocal, FicheAction, Territoire
from ti_desktop.db.store import Database
from ti_desktop.db.vocabulary import Phase, StatutContrat, TypeDocument
from ti_desktop.errors import UserFacingError
from ti_desktop.gui.field_widgets import (
    LINE_KINDS,
    bind_editor,
    bind_label,
    form_fields,
    mark_refused,
)
from ti_desktop.gui.forms.ui_territory_page import Ui_TerritoryPage
from ti_desktop.gui.models.ordered_label_model import LabelRow, OrderedLabelModel
from ti_desktop.gui.pages.page_support import (
    FocusOutFilter,
    set_line_text,
    set_plain_text,
    show_error,
)
from ti_desktop.gui.undo import (
    ChangeNotifier,
    CreateCommand,
    DeleteCommand,
    ServiceCommand,
    UpdateCommand,
)
from ti_desktop.gui.widgets.date_line_edit import DateLineEdit
from ti_desktop.gui.widgets.record_table_view import RecordTableView
from ti_desktop.services import records
from ti_desktop.services.edits import territories as territory_edits
from ti_desktop.services.fields import CONTRAT, TERRITOIRE, Entity, Field, FieldValueError
from ti_desktop.services.fields.values import display_text
from ti_desktop.services.records import ContractRecord, TerritoryRecord

# Tables whose changes may alter what this page shows.
_WATCHED_TABLES = frozenset({"territoire", "contrat", "enjeu_local", "axe", "fiche_action"})
_NO_YEAR = 1999  # the spin boxes' minimum, shown as "non renseignée"
_WIDE_FORM = 900  # page width (pixels) from which labels sit beside their fields

# Field keys shown in a line edit named ``<key>_edit`` beside a label ``<key>_label``.
# (entity, key, choices): combo boxes named ``<key>_combo``
_COMBOS: tuple[tuple[Entity, str, tuple[Any, ...]], ...] = (
    (TERRITOIRE, "phase", tuple(Phase)),
    (CONTRAT, "type_document", tuple(TypeDocument)),
    (CONTRAT, "statut", tuple(StatutContrat)),
)


def _mark(edit: QLineEdit, error: FieldValueError | None, field: Field) -> None:
    if isinstance(edit, DateLineEdit):
        edit.set_problem(error)
    else:
        mark_refused(edit, error, field)


class PhaseCommand(ServiceCommand):
    """The phase change: dropped when nothing changed (the same phase chosen again)."""

    def _changed_anything(self) -> bool:
        return bool(self.result.territory) if self.result is not None else False


class TerritoryPage(QWidget):
    """Edits one territory: each finished field edit is an undoable command.

    Args:
        database: the open database.
        undo_stack: the window's single undo stack.
        notifier: tells the page when to reload.
    """

    def __init__(
        self,
        database: Database,
        undo_stack: QUndoStack,
        notifier: ChangeNotifier,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_TerritoryPage()
        self.ui.setupUi(self)  # type: ignore[no-untyped-call]  # generated form
        self.database = database
        self.undo_stack = undo_stack
        self.notifier = notifier
        self.territory: TerritoryRecord | None = None
        self._refused_keys: set[str] = set()  # fields showing a refused text, kept on reload
        self.phase_question: QMessageBox | None = None
        self.enjeu_model = OrderedLabelModel(self)
        self.axis_model = OrderedLabelModel(self)
        # The enjeux and axes are edited like the other lists: typing replaces a label,
        # Enter goes down, Ctrl+V of lines copied elsewhere adds them (one undo step).
        for view, model in (
            (self.ui.enjeu_list_view, self.enjeu_model),
            (self.ui.axis_list_view, self.axis_model),
        ):
            view.setModel(model)
            view.setWordWrap(True)
            view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
            view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            view.undo_stack = undo_stack
        self.ui.enjeu_list_view.rows_delete_requested.connect(
            lambda rows: self._remove_labels(rows, EnjeuLocal, territory_edits.delete_enjeu)
        )
        self.ui.axis_list_view.rows_delete_requested.connect(
            lambda rows: self._remove_labels(rows, Axe, territory_edits.delete_axis)
        )
        self.ui.enjeu_list_view.paste_requested.connect(
            lambda _anchor, block: self._paste_labels(block, enjeux=True)
        )
        self.ui.axis_list_view.paste_requested.connect(
            lambda _anchor, block: self._paste_labels(block, enjeux=False)
        )
        # Fields edited on this page, found by widget name (``<key>_edit``): a widget named
        # after a new field's key is bound with no code.
        self._territory_lines = form_fields(self.ui, TERRITOIRE, QLineEdit, kinds=LINE_KINDS)
        self._contract_lines = form_fields(self.ui, CONTRAT, QLineEdit, kinds=LINE_KINDS)
        self._texts: list[tuple[Entity, str]] = [
            (entity, key)
            for entity in (TERRITOIRE, CONTRAT)
            for key in form_fields(self.ui, entity, QPlainTextEdit)
        ]
        self._bind_fields()
        self._focus_filter = FocusOutFilter(self._on_text_focus_out, self)
        for _entity, key in self._texts:
            self._widget(key, "edit").installEventFilter(self._focus_filter)
        self._connect_signals()
        self.setEnabled(False)

    def resizeEvent(self, event: QResizeEvent) -> None:
        # Narrow (a 1024-pixel screen): labels above their fields, so fields stay wide.
        wrap = QFormLayout.RowWrapPolicy
        policy = wrap.WrapAllRows if event.size().width() < _WIDE_FORM else wrap.DontWrapRows
        for form in (self.ui.territory_form, self.ui.contract_form):
            if form.rowWrapPolicy() != policy:
                form.setRowWrapPolicy(policy)
        super().resizeEvent(event)

    def _widget(self, key: str, role: str) -> Any:
        return getattr(self.ui, f"{key}_{role}")

    def focus_field(self, key: str) -> QWidget | None:
        """Put the cursor in the field ``key`` (``axes``, ``enjeux``: their lists)."""
        special = {
            "periode": self.ui.annee_debut_spin,
            "axes": self.ui.axis_list_view,
            "enjeux": self.ui.enjeu_list_view,
        }
        widget = special.get(key)
        for role in ("edit", "combo"):
            if widget is None:
                widget = getattr(self.ui, f"{key}_{role}", None)
        if isinstance(widget, QWidget):
            self.ui.scroll_area.ensureWidgetVisible(widget)
            widget.setFocus(Qt.FocusReason.OtherFocusReason)
            if isinstance(widget, QLineEdit):
                widget.selectAll()
            return widget
        return None

    def _bind_fields(self) -> None:
        """Labels, tooltips, limits and choices from the field table."""
        ui = self.ui
        for entity, keys in ((TERRITOIRE, self._territory_lines), (CONTRAT, self._contract_lines)):
            for key in keys:
                bind_label(self._widget(key, "label"), entity[key])
                editor = self._widget(key, "edit")
                bind_editor(editor, entity[key])
                if isinstance(editor, DateLineEdit):
                    editor.field = entity[key]
        bind_label(ui.notes_label, TERRITOIRE["notes"])
        bind_label(ui.period_label, CONTRAT["periode"])
        for entity, key in self._texts:
            if entity is not CONTRAT:
                continue
            tab = self._widget(key, "tab")
            ui.texts_tabs.setTabText(ui.texts_tabs.indexOf(tab), entity[key].label)
        for entity, key, choices in _COMBOS:
            bind_label(self._widget(key, "label"), entity[key])
            combo: QComboBox = self._widget(key, "combo")
            for choice in choices:
                combo.addItem(str(choice), str(choice))

    def _connect_signals(self) -> None:
        for key in self._territory_lines:
            edit: QLineEdit = self._widget(key, "edit")
            edit.editingFinished.connect(self._line_committer(edit, TERRITOIRE[key]))
        for key in self._contract_lines:
            edit = self._widget(key, "edit")
            edit.editingFinished.connect(self._line_committer(edit, CONTRAT[key]))
        for entity, key, _choices in _COMBOS:
            combo: QComboBox = self._widget(key, "combo")
            combo.currentIndexChanged.connect(self._combo_committer(combo, entity, key))
        self.ui.annee_debut_spin.editingFinished.connect(self._on_period_edited)
        self.ui.annee_fin_spin.editingFinished.connect(self._on_period_edited)
        self.notifier.changed.connect(self._on_notifier_changed)
        self.enjeu_model.rename_requested.connect(self._on_enjeu_model_rename_requested)
        self.axis_model.rename_requested.connect(self._on_axis_model_rename_requested)
        self.ui.add_enjeu_button.clicked.connect(self._on_add_enjeu_button_clicked)
        self.ui.remove_enjeu_button.clicked.connect(self._on_remove_enjeu_button_clicked)
        self.ui.enjeu_up_button.clicked.connect(lambda: self._move_enjeu(-1))
        self.ui.enjeu_down_button.clicked.connect(lambda: self._move_enjeu(1))
        self.ui.add_axis_button.clicked.connect(self._on_add_axis_button_clicked)
        self.ui.remove_axis_button.clicked.connect(self._on_remove_axis_button_clicked)
        self.ui.axis_up_button.clicked.connect(lambda: self._move_axis(-1))
        self.ui.axis_down_button.clicked.connect(lambda: self._move_axis(1))
        self.ui.default_axes_button.clicked.connect(self._on_default_axes_button_clicked)

    # --- loading -----------------------------------------------------------------------

    @property
    def territoire_id(self) -> uuid.UUID | None:
        return self.territory.id if self.territory is not None else None

    @property
    def contract(self) -> ContractRecord | None:
        """The current contract of the territory shown."""
        return self.territory.contrat_courant if self.territory is not None else None

    def set_territory(self, territoire_id: uuid.UUID | None) -> None:
        """Show ``territoire_id`` (None empties and disables the page)."""
        territory = None
        if territoire_id is not None:
            with self.database.reader() as session:
                territory = records.load_territory(session, territoire_id, with_fiches=False)
        if territory is None or territory.id != self.territoire_id:
            self._refused_keys.clear()
        self.territory = territory
        self.setEnabled(territory is not None)
        if territory is not None:
            self._show(territory)

    def _stored(self, field: Field) -> Any:
        record = self.territory if field in TERRITOIRE.fields else self.contract
        return getattr(record, field.key) if record is not None else None

    def _show(self, territory: TerritoryRecord) -> None:
        for entity, keys in ((TERRITOIRE, self._territory_lines), (CONTRAT, self._contract_lines)):
            for key in keys:
                if key in self._refused_keys:
                    continue
                edit: QLineEdit = self._widget(key, "edit")
                set_line_text(edit, display_text(entity[key], self._stored(entity[key])))
        for entity, key in self._texts:
            set_plain_text(self._widget(key, "edit"), str(self._stored(entity[key]) or ""))
        for entity, key, _choices in _COMBOS:
            self._select_combo(self._widget(key, "combo"), str(self._stored(entity[key]) or ""))
        self._show_period()
        contract = self.contract
        self._set_label_rows(
            self.ui.enjeu_list_view,
            self.enjeu_model,
            [LabelRow(e.id, e.libelle) for e in (contract.enjeux_locaux if contract else [])],
        )
        self._set_label_rows(
            self.ui.axis_list_view,
            self.axis_model,
            [
                LabelRow(a.id, a.libelle, self._fiche_count_text(a.nombre_fiches))
                for a in territory.axes
            ],
        )
        self.ui.add_enjeu_button.setEnabled(contract is not None)

    def _show_period(self) -> None:
        first, last = self.contract.periode if self.contract is not None else (None, None)
        for spin, year in ((self.ui.annee_debut_spin, first), (self.ui.annee_fin_spin, last)):
            blocked = spin.blockSignals(True)
            spin.setValue(year or _NO_YEAR)
            spin.blockSignals(blocked)

    def _fiche_count_text(self, count: int) -> str:
        if count == 0:
            return ""
        return self.tr("1 fiche") if count == 1 else self.tr("{0} fiches").format(count)

    @staticmethod
    def _select_combo(combo: QComboBox, value: str) -> None:
        blocked = combo.blockSignals(True)
        index = combo.findData(value)
        if index < 0 and value:
            combo.addItem(value, value)
            index = combo.count() - 1
        combo.setCurrentIndex(index)
        combo.blockSignals(blocked)

    @staticmethod
    def _set_label_rows(
        view: QAbstractItemView, model: OrderedLabelModel, rows: list[LabelRow]
    ) -> None:
        current = view.currentIndex()
        current_id = model.rows()[current.row()].id if current.isValid() else None
        if rows == model.rows():
            return
        model.set_rows(rows)
        if current_id is not None and (row := model.row_of(current_id)) >= 0:
            view.setCurrentIndex(model.index(row))

    @Slot(str, object)
    def _on_notifier_changed(self, table: str, territoire_id: object) -> None:
        if self.territory is None or table not in _WATCHED_TABLES:
            return
        if territoire_id is not None and territoire_id != self.territory.id:
            return
        try:
            self.set_territory(self.territory.id)
        except UserFacingError:
            self.set_territory(None)

    # --- field edits -------------------------------------------------------------------

    def _push_update(
        self,
        entity: Entity,
        values: dict[str, object],
        text: str,
        on_refused: Callable[[UserFacingError], None],
    ) -> bool:
        """Push the update of the territory or its contract; True when it changed something."""
        territory, contract = self.territory, self.contract
        if territory is None:
            return False
        cls: type[Base]
        update: Callable[[Session], Any]
        if entity is TERRITOIRE:
            cls = Territoire
            update = partial(
                territory_edits.update_territory, territoire_id=territory.id, values=values
            )
        elif contract is not None:
            cls = Contrat
            update = partial(territory_edits.update_contract, contrat_id=contract.id, values=values)
        else:
            return False
        before = self.undo_stack.index()
        self.undo_stack.push(
            UpdateCommand(
                self.database,
                self.notifier,
                text,
                cls,
                territory.id,
                update,
                on_refused=on_refused,
            )
        )
        return self.undo_stack.index() != before

    def _modify_text(self, field: Field) -> str:
        return self.tr("Modifier {0}").format(field.noun)

    def _line_committer(self, edit: QLineEdit, field: Field) -> Callable[[], None]:
        entity = TERRITOIRE if field in TERRITOIRE.fields else CONTRAT

        def refused(error: UserFacingError) -> None:
            if isinstance(error, FieldValueError):
                self._refused_keys.add(field.key)
                _mark(edit, error, field)
            else:
                set_line_text(edit, display_text(field, self._stored(field)))
            show_error(self, error)

        def commit() -> None:
            if self.territory is None:
                return
            text = edit.text()
            if field.key in self._refused_keys:
                self._refused_keys.discard(field.key)
                _mark(edit, None, field)
            elif text == display_text(field, self._stored(field)):
                return  # left without a change: a required field still empty is no error
            if self._push_update(entity, {field.key: text}, self._modify_text(field), refused):
                set_line_text(edit, display_text(field, self._stored(field)))

        return commit

    def _combo_committer(self, combo: QComboBox, entity: Entity, key: str) -> Callable[[int], None]:
        def refused(error: UserFacingError) -> None:
            self._select_combo(combo, str(self._stored(entity[key]) or ""))
            show_error(self, error)

        def commit(_index: int) -> None:
            value = combo.currentData()
            if self.territory is None or value is None:
                return
            if key == "phase":
                if self._push_phase(str(value), refused):
                    self._offer_phase_axes(str(value))
                return
            self._push_update(entity, {key: str(value)}, self._modify_text(entity[key]), refused)

        return commit

    def _push_phase(self, phase: str, refused: Callable[[UserFacingError], None]) -> bool:
        """The phase, and the phase's period for a contract that had none (one undo step)."""
        if self.territory is None:
            return False
        territoire_id = self.territory.id
        before = self.undo_stack.index()
        self.undo_stack.push(
            PhaseCommand(
                self.database,
                self.notifier,
                self._modify_text(TERRITOIRE["phase"]),
                Territoire.__tablename__,
                territoire_id,
                do=lambda s: territory_edits.change_phase(s, territoire_id, phase),
                undo=territory_edits.undo_phase_change,
                on_refused=refused,
            )
        )
        return self.undo_stack.index() != before

    @Slot(QPlainTextEdit)
    def _on_text_focus_out(self, edit: QPlainTextEdit) -> None:
        for entity, key in self._texts:
            if self._widget(key, "edit") is edit:
                self._push_update(
                    entity,
                    {key: edit.toPlainText()},
                    self._modify_text(entity[key]),
                    self._explain,
                )
                return

    @Slot()
    def _on_period_edited(self) -> None:
        start = self.ui.annee_debut_spin.value()
        end = self.ui.annee_fin_spin.value()
        period = (None if start == _NO_YEAR else start, None if end == _NO_YEAR else end)

        def refused(error: UserFacingError) -> None:
            self._show_period()
            show_error(self, error)

        self._push_update(
            CONTRAT, {"periode": period}, self._modify_text(CONTRAT["periode"]), refused
        )

    def _explain(self, error: UserFacingError) -> None:
        show_error(self, error)

    # --- phase and default axes --------------------------------------------------------

    def _offer_phase_axes(self, phase: str) -> None:
        if self.territory is None:
            return
        with self.database.reader() as session:
            if territory_edits.axes_match_defaults(session, self.territory.id, phase):
                return
        labels = "\n".join(f"• {label}" for label in territory_edits.default_axes(phase))
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Axes de la phase"))
        box.setText(
            self.tr("Remplacer les axes du territoire par les axes nationaux de « {0} » ?").format(
                phase
            )
        )
        box.setInformativeText(
            labels
            + "\n\n"
            + self.tr("Les fiches gardent l'axe de même rang. Vous pourrez annuler (Ctrl+Z).")
        )
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Remplacer les axes"))
        box.button(QMessageBox.StandardButton.No).setText(self.tr("Garder les axes actuels"))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(
            lambda result: self._on_phase_question_finished(
                phase, result == QMessageBox.StandardButton.Yes
            )
        )
        self.phase_question = box
        box.open()

    def _on_phase_question_finished(self, phase: str, accepted: bool) -> None:
        self.phase_question = None
        if accepted:
            self.apply_default_axes(phase)

    def apply_default_axes(self, phase: str) -> None:
        """Replace the axes by the national axes of ``phase`` (one undoable command)."""
        if self.territory is None:
            return
        territoire_id = self.territory.id
        self.undo_stack.push(
            ServiceCommand(
                self.database,
                self.notifier,
                self.tr("Appliquer les axes nationaux"),
                "axe",
                territoire_id,
                do=lambda s: territory_edits.apply_default_axes(s, territoire_id, phase),
                undo=lambda s, previous: territory_edits.restore_axes(s, territoire_id, previous),
                on_refused=self._explain,
            )
        )

    @Slot()
    def _on_default_axes_button_clicked(self) -> None:
        if self.territory is not None:
            self._offer_phase_axes(self.territory.phase)

    # --- ordered lists -----------------------------------------------------------------

    def _current_id(self, view: QAbstractItemView, model: OrderedLabelModel) -> uuid.UUID | None:
        index = view.currentIndex()
        return model.rows()[index.row()].id if index.isValid() else None

    def _select_and_edit(self, view: QAbstractItemView, record_id: Any) -> None:
        """A new enjeu or axis: selected, its label open for typing."""
        if isinstance(view, RecordTableView):
            view.edit_row_when_shown(record_id, 0)

    def _push_reorder(
        self, cls: type[Base], ids: list[uuid.UUID], record_id: uuid.UUID, delta: int
    ) -> None:
        if self.territory is None:
            return
        orders = territory_edits.renumbered(territory_edits.moved(ids, record_id, delta))
        self.undo_stack.push(
            UpdateCommand(
                self.database,
                self.notifier,
                self.tr("Changer l'ordre"),
                cls,
                self.territory.id,
                lambda s: territory_edits.set_orders(s, cls, "position", orders),
                on_refused=self._explain,
            )
        )

    def _push_rename(self, cls: type[Base], text: str, rename: Callable[[Session], Any]) -> None:
        if self.territory is None:
            return
        self.undo_stack.push(
            UpdateCommand(
                self.database,
                self.notifier,
                text,
                cls,
                self.territory.id,
                rename,
                on_refused=self._explain,
            )
        )

    def _push_delete(
        self, cls: type[Base], text: str, record_id: uuid.UUID, delete: Any = None
    ) -> None:
        if self.territory is None:
            return
        self.undo_stack.push(
            DeleteCommand(
                self.database,
                self.notifier,
                text,
                cls,
                self.territory.id,
                record_id,
                delete,
                on_refused=self._explain,
            )
        )

    def _remove_labels(self, rows: list[LabelRow], cls: type[Base], delete: Any) -> None:
        """Ctrl+Delete in the enjeux or axes: remove them (one undo step)."""
        if not rows:
            return
        self.undo_stack.beginMacro(self.tr("Retirer {0} éléments").format(len(rows)))
        for row in rows:
            self._push_delete(cls, self.tr("Retirer « {0} »").format(row.libelle), row.id, delete)
        self.undo_stack.endMacro()

    def _paste_labels(self, block: list[list[str]], *, enjeux: bool) -> None:
        """Lines pasted into the enjeux or the axes: one new entry per line (one undo step)."""
        territory, contract = self.territory, self.contract
        labels = [" ".join(row[0].split()) for row in block if row and row[0].strip()]
        if territory is None or not labels or (enjeux and contract is None):
            return
        territoire_id = territory.id
        self.undo_stack.beginMacro(self.tr("Coller {0} lignes").format(len(labels)))
        for label in labels:
            new_id = uuid.uuid4()
            if enjeux and contract is not None:
                contrat_id = contract.id
                cls: type[Base] = EnjeuLocal
                create = partial(
                    territory_edits.add_enjeu, contrat_id=contrat_id, libelle=label, enjeu_id=new_id
                )
            else:
                cls = Axe
                create = partial(
                    territory_edits.add_axis,
                    territoire_id=territoire_id,
                    libelle=label,
                    axe_id=new_id,
                )
            self.undo_stack.push(
                CreateCommand(
                    self.database,
                    self.notifier,
                    self.tr("Ajouter « {0} »").format(label),
                    cls,
                    territoire_id,
                    new_id,
                    create,
                    on_refused=self._explain,
                )
            )
        self.undo_stack.endMacro()

    # --- enjeux ------------------------------------------------------------------------

    @Slot()
    def _on_add_enjeu_button_clicked(self) -> None:
        if self.territory is None or self.contract is None:
            return
        contrat_id, new_id = self.contract.id, uuid.uuid4()
        self.undo_stack.push(
            CreateCommand(
                self.database,
                self.notifier,
                self.tr("Ajouter un enjeu local"),
                EnjeuLocal,
                self.territory.id,
                new_id,
                lambda s: territory_edits.add_enjeu(s, contrat_id, enjeu_id=new_id),
                on_refused=self._explain,
            )
        )
        self._select_and_edit(self.ui.enjeu_list_view, new_id)

    @Slot()
    def _on_remove_enjeu_button_clicked(self) -> None:
        enjeu_id = self._current_id(self.ui.enjeu_list_view, self.enjeu_model)
        if enjeu_id is not None:
            self._push_delete(
                EnjeuLocal,
                self.tr("Retirer un enjeu local"),
                enjeu_id,
                territory_edits.delete_enjeu,
            )

    def _move_enjeu(self, delta: int) -> None:
        enjeu_id = self._current_id(self.ui.enjeu_list_view, self.enjeu_model)
        if enjeu_id is not None:
            ids = [row.id for row in self.enjeu_model.rows()]
            self._push_reorder(EnjeuLocal, ids, enjeu_id, delta)

    @Slot(object, str)
    def _on_enjeu_model_rename_requested(self, enjeu_id: uuid.UUID, text: str) -> None:
        self._push_rename(
            EnjeuLocal,
            self.tr("Renommer un enjeu local"),
            lambda s: territory_edits.rename_enjeu(s, enjeu_id, text),
        )

    # --- axes --------------------------------------------------------------------------

    @Slot()
    def _on_add_axis_button_clicked(self) -> None:
        if self.territory is None:
            return
        territoire_id, new_id = self.territory.id, uuid.uuid4()
        self.undo_stack.push(
            CreateCommand(
                self.database,
                self.notifier,
                self.tr("Ajouter un axe"),
                Axe,
                territoire_id,
                new_id,
                lambda s: territory_edits.add_axis(s, territoire_id, axe_id=new_id),
                on_refused=self._explain,
            )
        )
        self._select_and_edit(self.ui.axis_list_view, new_id)

    @Slot()
    def _on_remove_axis_button_clicked(self) -> None:
        axis_id = self._current_id(self.ui.axis_list_view, self.axis_model)
        if axis_id is not None:
            self._push_delete(Axe, self.tr("Retirer un axe"), axis_id, territory_edits.delete_axis)

    def _move_axis(self, delta: int) -> None:
        axis_id = self._current_id(self.ui.axis_list_view, self.axis_model)
        if axis_id is not None:
            ids = [row.id for row in self.axis_model.rows()]
            self._push_reorder(Axe, ids, axis_id, delta)

    @Slot(object, str)
    def _on_axis_model_rename_requested(self, axis_id: uuid.UUID, text: str) -> None:
        if self.territory is None:
            return
        territoire_id = self.territory.id
        self._push_rename(
            Axe, self.tr("Renommer un axe"), lambda s: territory_edits.rename_axis(s, axis_id, text)
        )
        # Fiches show their axis: they must reload too.
        self.notifier.changed.emit(FicheAction.__tablename__, territoire_id)
