"""The « Territoire et contrat » page: every field of a territory and of its current contract."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QLineEdit,
    QListView,
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
    DeleteRecordCommand,
    InsertRecordCommand,
    ServiceCommand,
    SetFieldsCommand,
)
from ti_desktop.services.edits import territories as territory_edits
from ti_desktop.services.edits.territories import Orders, TerritoryDetail
from ti_desktop.services.fields.values import parse_date
from ti_desktop.services.french_format import format_date_short

# Tables whose changes may alter what this page shows.
_WATCHED_TABLES = frozenset({"territoire", "contrat", "enjeu_local", "axe", "fiche_action"})
_NO_YEAR = 1999  # the spin boxes' minimum, shown as "non renseignée"

# (widget attribute, model class, column, label used in the undo history)
_TERRITORY_LINES = (
    ("nom_edit", "nom", "nom du territoire"),
    ("region_edit", "region", "Région"),
    ("departements_edit", "departements", "départements"),
    ("chef_projet_nom_edit", "chef_projet_nom", "chef de projet"),
    ("chef_projet_email_edit", "chef_projet_email", "courriel du chef de projet"),
    ("chef_projet_telephone_edit", "chef_projet_telephone", "téléphone du chef de projet"),
    ("elu_referent_edit", "elu_referent", "élu référent"),
    ("industriel_referent_edit", "industriel_referent", "industriel référent"),
)
_CONTRACT_LINES = (
    ("lieu_signature_edit", "lieu_signature", "lieu de signature"),
    ("deliberation_region_reference_edit", "deliberation_region_reference", "délibération"),
)
_CONTRACT_DATES = (
    ("date_signature_edit", "date_signature", "date de signature"),
    ("deliberation_region_date_edit", "deliberation_region_date", "date de la délibération"),
)
_TEXTS = (
    ("notes_edit", Territoire, "notes", "notes"),
    ("preambule_edit", Contrat, "preambule", "préambule"),
    ("presentation_territoire_edit", Contrat, "presentation_territoire", "présentation"),
    ("strategie_edit", Contrat, "strategie", "stratégie"),
    ("gouvernance_edit", Contrat, "gouvernance", "gouvernance"),
)
_COMBOS = (
    ("phase_combo", Territoire, "phase", "phase", tuple(Phase)),
    ("type_document_combo", Contrat, "type_document", "type de document", tuple(TypeDocument)),
    ("statut_combo", Contrat, "statut", "statut du contrat", tuple(StatutContrat)),
)


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
        self.detail: TerritoryDetail | None = None
        self.phase_question: QMessageBox | None = None
        self.enjeu_model = OrderedLabelModel(self)
        self.axis_model = OrderedLabelModel(self)
        self.ui.enjeu_list_view.setModel(self.enjeu_model)
        self.ui.axis_list_view.setModel(self.axis_model)
        for attr, _cls, _column, _label, choices in _COMBOS:
            combo: QComboBox = getattr(self.ui, attr)
            for choice in choices:
                combo.addItem(str(choice), str(choice))
        self._focus_filter = FocusOutFilter(self._on_text_focus_out, self)
        for attr, *_rest in _TEXTS:
            getattr(self.ui, attr).installEventFilter(self._focus_filter)
        self._connect_signals()
        self.setEnabled(False)

    def _connect_signals(self) -> None:
        for attr, column, label in _TERRITORY_LINES:
            edit: QLineEdit = getattr(self.ui, attr)
            edit.editingFinished.connect(self._line_committer(edit, Territoire, column, label))
        for attr, column, label in _CONTRACT_LINES:
            edit = getattr(self.ui, attr)
            edit.editingFinished.connect(self._line_committer(edit, Contrat, column, label))
        for attr, column, label in _CONTRACT_DATES:
            edit = getattr(self.ui, attr)
            edit.editingFinished.connect(self._date_committer(edit, column, label))
        for attr, cls, column, label, _choices in _COMBOS:
            combo: QComboBox = getattr(self.ui, attr)
            combo.currentIndexChanged.connect(self._combo_committer(combo, cls, column, label))
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
    def territory_id(self) -> uuid.UUID | None:
        return self.detail.id if self.detail else None

    def set_territory(self, territory_id: uuid.UUID | None) -> None:
        """Show ``territory_id`` (None empties and disables the page)."""
        if territory_id is None:
            self.detail = None
            self.setEnabled(False)
            return
        self._load(territory_id)

    def _load(self, territory_id: uuid.UUID) -> None:
        with self.database.reader() as session:
            detail = territory_edits.load_territory_detail(session, territory_id)
        self.detail = detail
        self.setEnabled(True)
        for attr, column, _label in _TERRITORY_LINES + _CONTRACT_LINES:
            set_line_text(getattr(self.ui, attr), str(getattr(detail, column)))
        for attr, column, _label in _CONTRACT_DATES:
            set_line_text(getattr(self.ui, attr), format_date_short(getattr(detail, column)))
        for attr, _cls, column, *_rest in _TEXTS:
            set_plain_text(getattr(self.ui, attr), str(getattr(detail, column)))
        for attr, _cls, column, _label, _choices in _COMBOS:
            self._select_combo(getattr(self.ui, attr), str(getattr(detail, column)))
        for spin, year in (
            (self.ui.annee_debut_spin, detail.annee_debut),
            (self.ui.annee_fin_spin, detail.annee_fin),
        ):
            blocked = spin.blockSignals(True)
            spin.setValue(year or _NO_YEAR)
            spin.blockSignals(blocked)
        self._set_label_rows(
            self.ui.enjeu_list_view,
            self.enjeu_model,
            [LabelRow(e.id, e.libelle) for e in detail.enjeux],
        )
        self._set_label_rows(
            self.ui.axis_list_view,
            self.axis_model,
            [LabelRow(a.id, a.libelle, self._fiche_count_text(a.fiches)) for a in detail.axes],
        )
        self.ui.add_enjeu_button.setEnabled(detail.contrat_id is not None)

    def _fiche_count_text(self, count: int) -> str:
        if count == 0:
            return ""
        return self.tr("1 fiche") if count == 1 else self.tr("%1 fiches").replace("%1", str(count))

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
    def _set_label_rows(view: QListView, model: OrderedLabelModel, rows: list[LabelRow]) -> None:
        current = view.currentIndex()
        current_id = model.rows()[current.row()].id if current.isValid() else None
        if rows == model.rows():
            return
        model.set_rows(rows)
        if current_id is not None and (row := model.row_of(current_id)) >= 0:
            view.setCurrentIndex(model.index(row))

    @Slot(str, object)
    def _on_notifier_changed(self, table: str, territory_id: object) -> None:
        if self.detail is None or table not in _WATCHED_TABLES:
            return
        if territory_id is not None and territory_id != self.detail.id:
            return
        try:
            self._load(self.detail.id)
        except UserFacingError:
            self.set_territory(None)

    # --- field edits -------------------------------------------------------------------

    def _record_id(self, cls: type[Base]) -> uuid.UUID | None:
        if self.detail is None:
            return None
        return self.detail.id if cls is Territoire else self.detail.contrat_id

    def _push_fields(
        self, cls: type[Base], values: dict[str, Any], label: str, text: str | None = None
    ) -> bool:
        """Push a field edit unless nothing changed; True when pushed."""
        record_id = self._record_id(cls)
        if record_id is None or self.detail is None:
            return False
        if all(getattr(self.detail, k) == v for k, v in values.items()):
            return False
        command_text = text or self.tr("Modifier « %1 »").replace("%1", label)
        self.undo_stack.push(
            SetFieldsCommand(
                self.database, self.notifier, command_text, cls, record_id, values, self.detail.id
            )
        )
        return True

    def _line_committer(
        self, edit: QLineEdit, cls: type[Base], column: str, label: str
    ) -> Callable[[], None]:
        def commit() -> None:
            if self.detail is None:
                return
            try:
                value = self._validated(column, edit.text())
            except UserFacingError as exc:
                set_line_text(edit, str(getattr(self.detail, column)))
                show_error(self, exc)
                return
            self._push_fields(cls, {column: value}, label)

        return commit

    def _validated(self, column: str, text: str) -> str:
        if column == "chef_projet_email":
            return territory_edits.validate_email(text)
        if column == "nom":
            with self.database.reader() as session:
                return territory_edits.validate_territory_name(session, self.territory_id, text)
        return text.strip()

    def _date_committer(self, edit: QLineEdit, column: str, label: str) -> Callable[[], None]:
        def commit() -> None:
            if self.detail is None:
                return
            text = edit.text().strip()
            value: date | None = None
            if text:
                try:
                    value = parse_date(text)
                except ValueError as exc:
                    set_line_text(edit, format_date_short(getattr(self.detail, column)))
                    show_error(self, f"{label.capitalize()} : {exc}.")
                    return
            set_line_text(edit, format_date_short(value))
            self._push_fields(Contrat, {column: value}, label)

        return commit

    def _combo_committer(
        self, combo: QComboBox, cls: type[Base], column: str, label: str
    ) -> Callable[[int], None]:
        def commit(_index: int) -> None:
            value = combo.currentData()
            if self.detail is None or value is None:
                return
            pushed = self._push_fields(cls, {column: str(value)}, label)
            if pushed and column == "phase":
                self._offer_phase_axes(str(value))

        return commit

    @Slot(QPlainTextEdit)
    def _on_text_focus_out(self, edit: QPlainTextEdit) -> None:
        for attr, cls, column, label in _TEXTS:
            if getattr(self.ui, attr) is edit:
                self._push_fields(cls, {column: edit.toPlainText()}, label)
                return

    @Slot()
    def _on_period_edited(self) -> None:
        if self.detail is None:
            return
        start = self.ui.annee_debut_spin.value()
        end = self.ui.annee_fin_spin.value()
        start_year = None if start == _NO_YEAR else start
        end_year = None if end == _NO_YEAR else end
        try:
            territory_edits.validate_period(start_year, end_year)
        except UserFacingError as exc:
            for spin, year in (
                (self.ui.annee_debut_spin, self.detail.annee_debut),
                (self.ui.annee_fin_spin, self.detail.annee_fin),
            ):
                blocked = spin.blockSignals(True)
                spin.setValue(year or _NO_YEAR)
                spin.blockSignals(blocked)
            show_error(self, exc)
            return
        self._push_fields(
            Contrat, {"annee_debut": start_year, "annee_fin": end_year}, self.tr("période")
        )

    # --- phase and default axes --------------------------------------------------------

    def _offer_phase_axes(self, phase: str) -> None:
        if self.detail is None:
            return
        with self.database.reader() as session:
            if territory_edits.axes_match_defaults(session, self.detail.id, phase):
                return
        labels = "\n".join(f"• {label}" for label in territory_edits.default_axes(phase))
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Axes de la phase"))
        box.setText(
            self.tr("Remplacer les axes du territoire par les axes nationaux de « %1 » ?").replace(
                "%1", phase
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
        if self.detail is None:
            return
        territory_id = self.detail.id
        self.undo_stack.push(
            ServiceCommand(
                self.database,
                self.notifier,
                self.tr("Appliquer les axes nationaux"),
                "axe",
                territory_id,
                do=lambda s: territory_edits.apply_default_axes(s, territory_id, phase),
                undo=lambda s, previous: territory_edits.restore_axes(s, territory_id, previous),
            )
        )

    @Slot()
    def _on_default_axes_button_clicked(self) -> None:
        if self.detail is not None:
            self._offer_phase_axes(self.detail.phase)

    # --- enjeux ------------------------------------------------------------------------

    def _current_id(self, view: QListView, model: OrderedLabelModel) -> uuid.UUID | None:
        index = view.currentIndex()
        return model.rows()[index.row()].id if index.isValid() else None

    def _select_and_edit(self, view: QListView, model: OrderedLabelModel, record_id: Any) -> None:
        row = model.row_of(record_id)
        if row >= 0:
            index = model.index(row)
            view.setCurrentIndex(index)
            view.edit(index)

    @Slot()
    def _on_add_enjeu_button_clicked(self) -> None:
        if self.detail is None or self.detail.contrat_id is None:
            return
        contrat_id = self.detail.contrat_id
        with self.database.reader() as session:
            position = territory_edits.next_position(
                session, EnjeuLocal, "position", contrat_id=contrat_id
            )
        command = InsertRecordCommand(
            self.database,
            self.notifier,
            self.tr("Ajouter un enjeu local"),
            EnjeuLocal,
            {"contrat_id": contrat_id, "position": position, "libelle": self.tr("Nouvel enjeu")},
            self.detail.id,
        )
        self.undo_stack.push(command)
        self._select_and_edit(self.ui.enjeu_list_view, self.enjeu_model, command.record_id)

    @Slot()
    def _on_remove_enjeu_button_clicked(self) -> None:
        enjeu_id = self._current_id(self.ui.enjeu_list_view, self.enjeu_model)
        if enjeu_id is None or self.detail is None:
            return
        self.undo_stack.push(
            DeleteRecordCommand(
                self.database,
                self.notifier,
                self.tr("Retirer un enjeu local"),
                EnjeuLocal,
                enjeu_id,
                self.detail.id,
            )
        )

    def _move_enjeu(self, delta: int) -> None:
        enjeu_id = self._current_id(self.ui.enjeu_list_view, self.enjeu_model)
        if enjeu_id is None or self.detail is None:
            return
        ids = [row.id for row in self.enjeu_model.rows()]
        self._push_reorder(EnjeuLocal, "enjeu_local", ids, enjeu_id, delta)

    def _push_reorder(
        self, cls: type[Base], table: str, ids: list[uuid.UUID], record_id: uuid.UUID, delta: int
    ) -> None:
        order = territory_edits.moved(ids, record_id, delta)
        if order == ids or self.detail is None:
            return
        orders = territory_edits.renumbered(order)
        self.undo_stack.push(
            ServiceCommand(
                self.database,
                self.notifier,
                self.tr("Changer l'ordre"),
                table,
                self.detail.id,
                do=lambda s: territory_edits.set_orders(s, cls, "position", orders),
                undo=lambda s, previous: self._restore_orders(s, cls, previous),
            )
        )

    @staticmethod
    def _restore_orders(session: Session, cls: type[Base], previous: Orders) -> None:
        territory_edits.set_orders(session, cls, "position", previous)

    @Slot(object, str)
    def _on_enjeu_model_rename_requested(self, enjeu_id: uuid.UUID, text: str) -> None:
        if self.detail is None:
            return
        self.undo_stack.push(
            SetFieldsCommand(
                self.database,
                self.notifier,
                self.tr("Renommer un enjeu local"),
                EnjeuLocal,
                enjeu_id,
                {"libelle": text},
                self.detail.id,
            )
        )

    # --- axes --------------------------------------------------------------------------

    @Slot()
    def _on_add_axis_button_clicked(self) -> None:
        if self.detail is None:
            return
        territory_id = self.detail.id
        with self.database.reader() as session:
            position = territory_edits.next_position(
                session, Axe, "position", territoire_id=territory_id
            )
            taken = {row.libelle for row in self.axis_model.rows()}
            label, number = self.tr("Nouvel axe"), 2
            while label in taken:
                label = self.tr("Nouvel axe (%1)").replace("%1", str(number))
                number += 1
        command = InsertRecordCommand(
            self.database,
            self.notifier,
            self.tr("Ajouter un axe"),
            Axe,
            {"territoire_id": territory_id, "position": position, "libelle": label},
            territory_id,
        )
        self.undo_stack.push(command)
        self._select_and_edit(self.ui.axis_list_view, self.axis_model, command.record_id)

    @Slot()
    def _on_remove_axis_button_clicked(self) -> None:
        axis_id = self._current_id(self.ui.axis_list_view, self.axis_model)
        if axis_id is None or self.detail is None:
            return
        with self.database.reader() as session:
            used = territory_edits.axis_fiche_count(session, axis_id)
        if used:
            show_error(
                self,
                self.tr(
                    "Cet axe est utilisé par %1 fiche(s)-action(s) (corbeille comprise) : "
                    "changez d'abord leur axe."
                ).replace("%1", str(used)),
            )
            return
        self.undo_stack.push(
            DeleteRecordCommand(
                self.database,
                self.notifier,
                self.tr("Retirer un axe"),
                Axe,
                axis_id,
                self.detail.id,
            )
        )

    def _move_axis(self, delta: int) -> None:
        axis_id = self._current_id(self.ui.axis_list_view, self.axis_model)
        if axis_id is None:
            return
        ids = [row.id for row in self.axis_model.rows()]
        self._push_reorder(Axe, "axe", ids, axis_id, delta)

    @Slot(object, str)
    def _on_axis_model_rename_requested(self, axis_id: uuid.UUID, text: str) -> None:
        if self.detail is None:
            return
        try:
            with self.database.reader() as session:
                label = territory_edits.validate_axis_label(session, self.detail.id, text, axis_id)
        except UserFacingError as exc:
            show_error(self, exc)
            return
        # Fiches show their axis: they must reload too.
        self.undo_stack.push(
            SetFieldsCommand(
                self.database,
                self.notifier,
                self.tr("Renommer un axe"),
                Axe,
                axis_id,
                {"libelle": label},
                self.detail.id,
            )
        )
        self.notifier.changed.emit(FicheAction.__tablename__, self.detail.id)
