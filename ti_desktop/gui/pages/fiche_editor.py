"""Editor of one fiche-action: every field, the financing plan and the indicators.

Labels, tooltips and limits come from the field table. Each finished edit (a field
left, a cell committed) is one undo command wrapping ``services.edits``, which checks
the value; a refused value shows the field table's sentence above the tabs and
writes nothing. The editor reloads from the database whenever the notifier reports
a change.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QWidget,
)

from ti_desktop.db.base import Base
from ti_desktop.db.models import FicheAction, Financeur, Indicateur, LigneFinancement
from ti_desktop.db.store import Database
from ti_desktop.errors import UserFacingError
from ti_desktop.gui.delegates import (
    AmountDelegate,
    ChoiceDelegate,
    DateDelegate,
    FinancerDelegate,
    combo_select_data,
    combo_uuid,
    configure_date_edit,
    date_edit_value,
    open_calendar_on,
    set_date_edit_value,
)
from ti_desktop.gui.field_widgets import bind_editor, bind_label
from ti_desktop.gui.forms.ui_fiche_editor import Ui_FicheEditor
from ti_desktop.gui.models import financing_table_model as financing
from ti_desktop.gui.models import indicator_table_model as indicators
from ti_desktop.gui.pages.page_support import FocusOutFilter, set_line_text, set_plain_text
from ti_desktop.gui.undo import ChangeNotifier, CreateCommand, DeleteCommand, UpdateCommand
from ti_desktop.services import records
from ti_desktop.services.edits import fiche_lines
from ti_desktop.services.edits import fiches as fiche_edits
from ti_desktop.services.edits.fiches import FicheChoices
from ti_desktop.services.fields import FICHE_ACTION, Field
from ti_desktop.services.fields.values import display_text
from ti_desktop.services.french_format import format_euros, format_percent
from ti_desktop.services.records import FicheRecord, summarize_lines

_WATCHED_TABLES = {
    "fiche_action",
    "ligne_financement",
    "indicateur",
    "financeur",
    "statut_financement",
    "etat_avancement",
    "axe",
    "enjeu_local",
    "contrat",
    "territoire",
}
_ERROR_STYLE = (
    "QLabel { color: #8a1c1c; background: #fdecea; border: 1px solid #f1aeb5;"
    " border-radius: 4px; padding: 6px; }"
)
_WARNING_STYLE = (
    "QLabel { color: #7a4d00; background: #fff4e0; border: 1px solid #f0c36d;"
    " border-radius: 4px; padding: 4px 6px; }"
)
_OK_STYLE = "QLabel { color: #1e6b34; padding: 4px 6px; }"


class FicheEditor(QWidget):
    """Edits the fiche given to ``set_fiche``; every change goes through ``undo_stack``."""

    fiche_loaded = Signal(object)
    """The ``FicheRecord`` shown after each (re)load, or None."""

    form_requested = Signal(object)
    """The id of the fiche whose form to fill the user asked for."""

    def __init__(
        self,
        database: Database,
        undo_stack: QUndoStack,
        notifier: ChangeNotifier,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.database = database
        self.undo_stack = undo_stack
        self.notifier = notifier
        self.ui = Ui_FicheEditor()
        self.ui.setupUi(self)  # type: ignore[no-untyped-call]  # generated form
        self.detail: FicheRecord | None = None
        self.choices = FicheChoices()
        self._fiche_id: uuid.UUID | None = None
        self._territoire_id: uuid.UUID | None = None
        self._choices_for: uuid.UUID | None | bool = False
        self._read_only = False
        self._select_line: uuid.UUID | None = None
        self._select_indicator: uuid.UUID | None = None
        self._reload_timer = QTimer(self)
        self._reload_timer.setSingleShot(True)
        self._reload_timer.setInterval(0)
        self.financing_model = financing.FinancingTableModel(self)
        self.indicator_model = indicators.IndicatorTableModel(self)
        self._financer_delegate = FinancerDelegate(parent=self)
        self._status_delegate = ChoiceDelegate(parent=self)
        self._setup_widgets()
        self._add_form_button()
        self._connect_signals()
        self._show(None)

    # --- setup -----------------------------------------------------------------------

    def _setup_widgets(self) -> None:
        ui = self.ui
        for edit in (ui.start_date_edit, ui.end_date_edit):
            configure_date_edit(edit)
        ui.error_label.setStyleSheet(_ERROR_STYLE)
        ui.error_label.hide()
        ui.over_financing_label.setStyleSheet(_ERROR_STYLE)
        ui.over_financing_label.hide()
        ui.notes_hint_label.setStyleSheet("QLabel { color: palette(mid); }")
        title_font = ui.title_label.font()
        title_font.setPointSizeF(title_font.pointSizeF() * 1.25)
        title_font.setBold(True)
        ui.title_label.setFont(title_font)
        for label in (
            ui.cost_value_label,
            ui.total_value_label,
            ui.acquis_value_label,
            ui.reste_value_label,
        ):
            label.setMinimumWidth(self.fontMetrics().horizontalAdvance("000 000 000 € (100 %)"))
        reste_font = ui.reste_value_label.font()
        reste_font.setBold(True)
        ui.reste_value_label.setFont(reste_font)
        ui.reste_caption_label.setFont(reste_font)

        for table in (ui.financing_table, ui.indicators_table):
            table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        ui.financing_table.setModel(self.financing_model)
        ui.financing_table.setItemDelegateForColumn(
            financing.COL_FINANCEUR, self._financer_delegate
        )
        ui.financing_table.setItemDelegateForColumn(financing.COL_MONTANT, AmountDelegate(self))
        ui.financing_table.setItemDelegateForColumn(financing.COL_STATUT, self._status_delegate)
        header = ui.financing_table.horizontalHeader()
        header.setTextElideMode(Qt.TextElideMode.ElideRight)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(financing.COL_DISPOSITIF, QHeaderView.ResizeMode.Stretch)
        metrics = self.fontMetrics()
        header.resizeSection(
            financing.COL_FINANCEUR, metrics.horizontalAdvance("Banque des Territoires") + 24
        )
        header.resizeSection(
            financing.COL_MONTANT, metrics.horizontalAdvance("1 500 000 000 €") + 16
        )
        header.resizeSection(
            financing.COL_STATUT, metrics.horizontalAdvance("Accord de principe") + 30
        )
        header.resizeSection(financing.COL_PART, metrics.horizontalAdvance("Part du coût") + 16)

        ui.indicators_table.setModel(self.indicator_model)
        ui.indicators_table.setItemDelegateForColumn(indicators.COL_ECHEANCE, DateDelegate(self))
        ind_header = ui.indicators_table.horizontalHeader()
        ind_header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        ind_header.setSectionResizeMode(indicators.COL_NOM, QHeaderView.ResizeMode.Stretch)
        ind_header.resizeSection(
            indicators.COL_UNITE, metrics.horizontalAdvance("entreprises") + 20
        )
        for column in (indicators.COL_CIBLE, indicators.COL_ATTEINTE):
            ind_header.resizeSection(column, metrics.horizontalAdvance("Valeur atteinte") + 20)
        ind_header.resizeSection(
            indicators.COL_ECHEANCE, metrics.horizontalAdvance("00/00/00000") + 30
        )

        self._text_filter = FocusOutFilter(self._on_plain_text_focus_out, self)
        for plain in self._plain_fields():
            plain.installEventFilter(self._text_filter)
        self._bind_fields()

    def _line_fields(self) -> dict[QLineEdit, Field]:
        ui = self.ui
        return {
            ui.numero_edit: FICHE_ACTION["numero"],
            ui.intitule_edit: FICHE_ACTION["intitule"],
            ui.maitre_ouvrage_edit: FICHE_ACTION["maitre_ouvrage"],
            ui.contact_edit: FICHE_ACTION["contact"],
            ui.localisation_edit: FICHE_ACTION["localisation"],
        }

    def _plain_fields(self) -> dict[QPlainTextEdit, Field]:
        ui = self.ui
        return {
            ui.description_edit: FICHE_ACTION["description"],
            ui.objectifs_edit: FICHE_ACTION["objectifs"],
            ui.partenaires_edit: FICHE_ACTION["partenaires"],
            ui.simplification_edit: FICHE_ACTION["demande_simplification"],
            ui.notes_edit: FICHE_ACTION["notes_privees"],
        }

    def _bind_fields(self) -> None:
        """Labels (with their shortcut letter), tooltips and limits from the field table."""
        ui = self.ui
        labels = (
            (ui.numero_label, "numero", "N"),
            (ui.intitule_label, "intitule", "I"),
            (ui.axis_label, "axe", "x"),
            (ui.maitre_ouvrage_label, "maitre_ouvrage", "M"),
            (ui.enjeu_label, "enjeu_local", "E"),
            (ui.contact_label, "contact", "o"),
            (ui.localisation_label, "localisation", "L"),
            (ui.cout_label, "cout_total_ht", "C"),
            (ui.progress_label, "avancement", "v"),
            (ui.description_label, "description", "D"),
            (ui.objectifs_label, "objectifs", "O"),
            (ui.partenaires_label, "partenaires", "P"),
            (ui.simplification_label, "demande_simplification", "s"),
            (ui.notes_label, "notes_privees", "t"),
        )
        for label, key, mnemonic in labels:
            bind_label(label, FICHE_ACTION[key], mnemonic)
        for edit, field in self._line_fields().items():
            bind_editor(edit, field)
        bind_editor(ui.cout_edit, FICHE_ACTION["cout_total_ht"])
        bind_editor(ui.end_date_edit, FICHE_ACTION["date_fin"])

    def _add_form_button(self) -> None:
        """« Formulaire à faire remplir… » beside the title: the fiche's form for its partner."""
        self.form_button = QPushButton(self.tr("Formulaire à faire remplir…"), self)
        self.form_button.setObjectName("form_button")
        self.form_button.setToolTip(
            self.tr("Écrire le formulaire Word de cette fiche, à envoyer au maître d'ouvrage ; "
                    "il se relit avec Documents › Importer des fiches remplies")
        )  # fmt: skip
        layout = self.ui.editor_main_layout
        title = self.ui.title_label
        row = QHBoxLayout()
        layout.insertLayout(layout.indexOf(title), row)
        layout.removeWidget(title)
        row.addWidget(title, 1)
        row.addWidget(self.form_button, 0, Qt.AlignmentFlag.AlignTop)
        self.form_button.clicked.connect(self._on_form_button_clicked)
        self.fiche_loaded.connect(
            lambda fiche: self.form_button.setVisible(fiche is not None and not self._read_only)
        )

    def _on_form_button_clicked(self) -> None:
        if self._fiche_id is not None:
            self.form_requested.emit(self._fiche_id)

    def _connect_signals(self) -> None:
        ui = self.ui
        self._reload_timer.timeout.connect(self.reload)
        self.notifier.changed.connect(self._on_notifier_changed)
        for edit in self._line_fields():
            edit.editingFinished.connect(self._on_line_edit_editing_finished)
        ui.cout_edit.editingFinished.connect(self._on_cout_edit_editing_finished)
        ui.axis_combo.activated.connect(self._on_axis_combo_activated)
        ui.progress_combo.activated.connect(self._on_progress_combo_activated)
        ui.enjeu_combo.activated.connect(self._on_enjeu_combo_activated)
        enjeu_line = ui.enjeu_combo.lineEdit()
        if enjeu_line is not None:
            enjeu_line.editingFinished.connect(self._on_enjeu_combo_activated)
        for date_edit in (ui.start_date_edit, ui.end_date_edit):
            date_edit.editingFinished.connect(self._on_date_edit_editing_finished)
            calendar = date_edit.calendarWidget()
            if calendar is not None:
                calendar.clicked.connect(self._on_date_edit_editing_finished)
                calendar.activated.connect(self._on_date_edit_editing_finished)
        ui.clear_start_button.clicked.connect(self._on_clear_start_button_clicked)
        ui.clear_end_button.clicked.connect(self._on_clear_end_button_clicked)
        ui.add_line_button.clicked.connect(self._on_add_line_button_clicked)
        ui.remove_line_button.clicked.connect(self._on_remove_line_button_clicked)
        ui.add_indicator_button.clicked.connect(self._on_add_indicator_button_clicked)
        ui.remove_indicator_button.clicked.connect(self._on_remove_indicator_button_clicked)
        self.financing_model.edit_requested.connect(self._on_financing_model_edit_requested)
        self.financing_model.new_financer_requested.connect(
            self._on_financing_model_new_financer_requested
        )
        self.financing_model.edit_failed.connect(self.show_error)
        self.indicator_model.edit_requested.connect(self._on_indicator_model_edit_requested)
        self.indicator_model.edit_failed.connect(self.show_error)
        ui.financing_table.selectionModel().selectionChanged.connect(self._update_buttons)
        ui.indicators_table.selectionModel().selectionChanged.connect(self._update_buttons)

    # --- public ----------------------------------------------------------------------

    @property
    def fiche_id(self) -> uuid.UUID | None:
        """The fiche being edited."""
        return self._fiche_id

    def set_territory(self, territoire_id: uuid.UUID | None) -> None:
        """Load the axes and enjeux of the territory (clears the fiche)."""
        self._territoire_id = territoire_id
        self._fiche_id = None
        self.reload()

    def set_fiche(self, fiche_id: uuid.UUID | None, *, read_only: bool = False) -> None:
        """Show ``fiche_id`` (None: nothing). ``read_only`` for fiches in the trash."""
        if fiche_id == self._fiche_id and read_only == self._read_only:
            return
        self._fiche_id = fiche_id
        self._read_only = read_only
        self.clear_error()
        self.reload()

    def reload(self) -> None:
        """Read the fiche and the lists again (one short session)."""
        self._reload_timer.stop()
        detail = None
        if (
            self._fiche_id is None
            and self.detail is None
            and self._choices_for == self._territoire_id
        ):
            self._show(None)  # nothing to read: keep the lists already loaded
            return
        with self.database.reader() as session:
            if self._fiche_id is not None:
                detail = records.load_fiche(session, self._fiche_id)
            territory = detail.territoire_id if detail is not None else self._territoire_id
            self.choices = fiche_edits.load_choices(session, territory)
            self._choices_for = territory
        if detail is None:
            self._fiche_id = None
        self._show(detail)

    def set_empty_message(self, text: str) -> None:
        """What the editor says when no fiche is selected."""
        self.ui.empty_label.setText(text)

    def show_error(self, message: str) -> None:
        """Show a French explanation above the tabs (nothing was written)."""
        self.ui.error_label.setText("⚠ " + message)
        self.ui.error_label.show()

    def clear_error(self) -> None:
        """Hide the error message."""
        self.ui.error_label.hide()
        self.ui.error_label.clear()

    def focus_title(self) -> None:
        """Put the cursor in the title, selected, ready to type (after "Nouvelle fiche")."""
        self.ui.editor_tabs.setCurrentWidget(self.ui.general_tab)
        self.ui.intitule_edit.setFocus()
        self.ui.intitule_edit.selectAll()

    # --- showing ---------------------------------------------------------------------

    def _fill_combo(self, combo: QComboBox, items: list[tuple[str, Any]]) -> None:
        current = [(combo.itemText(i), combo.itemData(i)) for i in range(combo.count())]
        if current == items:
            return
        blocked = combo.blockSignals(True)
        combo.clear()
        for text, data in items:
            combo.addItem(text, data)
        combo.blockSignals(blocked)

    def _show(self, detail: FicheRecord | None) -> None:
        ui = self.ui
        self.detail = detail
        has_fiche = detail is not None
        ui.editor_tabs.setVisible(has_fiche)
        ui.title_label.setVisible(has_fiche)
        ui.completeness_label.setVisible(has_fiche)
        ui.empty_label.setVisible(not has_fiche)
        self._fill_combo(
            ui.axis_combo,
            [(self.tr("(aucun axe)"), "")] + [(a.libelle, str(a.id)) for a in self.choices.axes],
        )
        self._fill_combo(
            ui.progress_combo, [(s.libelle, str(s.id)) for s in self.choices.avancements]
        )
        self._fill_combo(ui.enjeu_combo, [("", "")] + [(e, e) for e in self.choices.enjeux])
        self.financing_model.set_choices(self.choices.financeurs, self.choices.statuts)
        self._financer_delegate.set_choices(self.choices.financeurs)
        self._status_delegate.set_choices(self.choices.statuts)
        if detail is None:
            self.financing_model.set_rows([], None)
            self.indicator_model.set_rows([])
            self.clear_error()
            self.fiche_loaded.emit(None)
            return
        ui.editor_tabs.setEnabled(not self._read_only)
        self.financing_model.read_only = self._read_only
        self.indicator_model.read_only = self._read_only
        title = self.tr("Fiche {0} — {1}").format(detail.numero, detail.intitule)
        if self._read_only:
            title += self.tr(" (dans la corbeille)")
        ui.title_label.setText(title)
        for edit, field in self._line_fields().items():
            set_line_text(edit, getattr(detail, field.key))
        for plain, field in self._plain_fields().items():
            set_plain_text(plain, getattr(detail, field.key))
        cost = FICHE_ACTION["cout_total_ht"]
        set_line_text(ui.cout_edit, display_text(cost, detail.cout_total_ht))
        combo_select_data(ui.axis_combo, detail.axe_id or "")
        combo_select_data(ui.progress_combo, detail.avancement_id)
        enjeu_line = ui.enjeu_combo.lineEdit()
        blocked = ui.enjeu_combo.blockSignals(True)
        position = ui.enjeu_combo.findText(detail.enjeu_local)
        if position >= 0:
            ui.enjeu_combo.setCurrentIndex(position)
        elif enjeu_line is not None:
            ui.enjeu_combo.setEditText(detail.enjeu_local)
        ui.enjeu_combo.blockSignals(blocked)
        set_date_edit_value(ui.start_date_edit, detail.date_debut)
        set_date_edit_value(ui.end_date_edit, detail.date_fin)
        for date_edit in (ui.start_date_edit, ui.end_date_edit):
            open_calendar_on(date_edit)
        self.financing_model.set_rows(detail.financements, detail.cout_total_ht)
        self.indicator_model.set_rows(detail.indicateurs)
        self._select_new_rows()
        self._show_totals(detail)
        self._show_completeness(detail)
        self._update_buttons()
        self.fiche_loaded.emit(detail)

    def _select_new_rows(self) -> None:
        targets: list[tuple[QTableView, QAbstractItemModel, list[uuid.UUID], uuid.UUID | None]] = [
            (
                self.ui.financing_table,
                self.financing_model,
                [r.id for r in self.financing_model.rows],
                self._select_line,
            ),
            (
                self.ui.indicators_table,
                self.indicator_model,
                [r.id for r in self.indicator_model.rows],
                self._select_indicator,
            ),
        ]
        for table, model, ids, pending in targets:
            if pending is None:
                continue
            row = ids.index(pending) if pending in ids else -1
            if row >= 0:
                index = model.index(row, 0)
                table.selectionModel().setCurrentIndex(
                    index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                )
                table.scrollTo(index)
        self._select_line = self._select_indicator = None

    def _show_totals(self, detail: FicheRecord, lines: list[Any] | None = None) -> None:
        ui = self.ui
        summary = summarize_lines(
            detail.cout_total_ht, detail.financements if lines is None else lines
        )
        cost = detail.cout_total_ht
        ui.cost_value_label.setText(
            format_euros(cost) if cost is not None else self.tr("non renseigné")
        )

        def with_share(amount: Decimal, ratio: Decimal | None) -> str:
            text = format_euros(amount)
            return f"{text} ({format_percent(ratio)})" if ratio is not None else text

        ui.total_value_label.setText(with_share(summary.total_prevu, summary.part_financee))
        ui.acquis_value_label.setText(with_share(summary.acquis, summary.part_acquise))
        ui.reste_value_label.setText(
            format_euros(summary.reste_a_financer) if cost is not None else "—"
        )
        if summary.est_sur_finance:
            ui.over_financing_label.setText(
                self.tr(
                    "⚠ Sur-financement : les financements prévus ({0}) dépassent"
                    " le coût total HT ({1}) de {2}. Corrigez un montant ou le coût."
                ).format(
                    format_euros(summary.total_prevu),
                    format_euros(cost),
                    format_euros(summary.sur_financement),
                )
            )
            ui.over_financing_label.show()
        else:
            ui.over_financing_label.hide()
        caption = self.tr("Financement ⚠") if summary.est_sur_finance else self.tr("Financement")
        ui.editor_tabs.setTabText(ui.editor_tabs.indexOf(ui.financing_tab), caption)

    def _show_completeness(self, detail: FicheRecord) -> None:
        missing = fiche_edits.missing_for_sending(detail)
        label = self.ui.completeness_label
        if missing:
            label.setText(self.tr("À compléter avant envoi : {0}").format(", ".join(missing)))
            label.setStyleSheet(_WARNING_STYLE)
        else:
            label.setText(self.tr("✓ Fiche complète, prête à être envoyée"))
            label.setStyleSheet(_OK_STYLE)

    def _update_buttons(self) -> None:
        ui = self.ui
        editable = self.detail is not None and not self._read_only
        ui.add_line_button.setEnabled(editable)
        ui.add_indicator_button.setEnabled(editable)
        ui.remove_line_button.setEnabled(editable and ui.financing_table.currentIndex().isValid())
        ui.remove_indicator_button.setEnabled(
            editable and ui.indicators_table.currentIndex().isValid()
        )

    # --- writing ---------------------------------------------------------------------

    def _push(self, command: UpdateCommand | CreateCommand | DeleteCommand) -> None:
        self.clear_error()
        self.undo_stack.push(command)

    def _refused(self, error: UserFacingError) -> None:
        self.show_error(error.message)

    def commit_fields(self, values: dict[str, Any], noun: str) -> None:
        """Write fields of the fiche as one undo command (the service checks them).

        A refused value shows why above the tabs; the same value again adds nothing.
        """
        detail = self.detail
        if detail is None or self._read_only:
            return
        fiche_id = detail.id
        self._push(
            UpdateCommand(
                self.database,
                self.notifier,
                self.tr("Modifier {0} de la fiche {1}").format(noun, detail.numero),
                FicheAction,
                detail.territoire_id,
                lambda s: fiche_edits.update_fiche(s, fiche_id, values),
                on_refused=self._refused,
            )
        )

    def _update_child(
        self,
        cls: type[Base],
        text: str,
        update: Callable[..., Any],
        record_id: uuid.UUID,
        values: dict[str, Any],
    ) -> None:
        """Push the update of a financing line or an indicator."""
        if self.detail is None:
            return
        self._push(
            UpdateCommand(
                self.database,
                self.notifier,
                text,
                cls,
                self.detail.territoire_id,
                lambda s: update(s, record_id, values),
                on_refused=self._refused,
            )
        )

    def _insert_child(self, cls: type[Base], text: str, create: Callable[..., Any]) -> uuid.UUID:
        """Push the undoable insertion of a financing line or an indicator; return its id."""
        assert self.detail is not None
        new_id, fiche_id = uuid.uuid4(), self.detail.id
        self._push(
            CreateCommand(
                self.database,
                self.notifier,
                text,
                cls,
                self.detail.territoire_id,
                new_id,
                lambda s: create(s, fiche_id, None, new_id),
                on_refused=self._refused,
            )
        )
        return new_id

    def _delete_child(
        self, cls: type[Base], text: str, delete: Callable[..., Any], record_id: uuid.UUID
    ) -> None:
        """Push the undoable deletion of a financing line or an indicator."""
        assert self.detail is not None
        self._push(
            DeleteCommand(
                self.database,
                self.notifier,
                text,
                cls,
                self.detail.territoire_id,
                record_id,
                delete,
                on_refused=self._refused,
            )
        )

    # --- slots -----------------------------------------------------------------------

    def _on_notifier_changed(self, table: str, _territoire_id: object) -> None:
        if table in _WATCHED_TABLES:
            self._choices_for = False  # a list may have changed: read it again
            self._reload_timer.start()

    def _on_line_edit_editing_finished(self) -> None:
        edit = self.sender()
        fields = self._line_fields()
        if isinstance(edit, QLineEdit) and edit in fields:
            field = fields[edit]
            self.commit_fields({field.key: edit.text()}, field.noun)

    def _on_plain_text_focus_out(self, edit: QPlainTextEdit) -> None:
        fields = self._plain_fields()
        if edit in fields:
            field = fields[edit]
            self.commit_fields({field.key: edit.toPlainText()}, field.noun)

    def _on_cout_edit_editing_finished(self) -> None:
        field = FICHE_ACTION["cout_total_ht"]
        self.commit_fields({field.key: self.ui.cout_edit.text()}, field.noun)

    def _on_axis_combo_activated(self, _index: int) -> None:
        self.commit_fields({"axe_id": combo_uuid(self.ui.axis_combo)}, FICHE_ACTION["axe"].noun)

    def _on_progress_combo_activated(self, _index: int) -> None:
        self.commit_fields(
            {"avancement_id": combo_uuid(self.ui.progress_combo)},
            FICHE_ACTION["avancement"].noun,
        )

    def _on_enjeu_combo_activated(self, *_args: object) -> None:
        self.commit_fields(
            {"enjeu_local": self.ui.enjeu_combo.currentText()}, FICHE_ACTION["enjeu_local"].noun
        )

    def _commit_dates(self) -> None:
        self.commit_fields(
            {
                "date_debut": date_edit_value(self.ui.start_date_edit),
                "date_fin": date_edit_value(self.ui.end_date_edit),
            },
            self.tr("les dates"),
        )

    def _on_date_edit_editing_finished(self, *_args: object) -> None:
        self._commit_dates()

    def _on_clear_start_button_clicked(self) -> None:
        set_date_edit_value(self.ui.start_date_edit, None)
        self._commit_dates()

    def _on_clear_end_button_clicked(self) -> None:
        set_date_edit_value(self.ui.end_date_edit, None)
        self._commit_dates()

    def _on_add_line_button_clicked(self) -> None:
        detail = self.detail
        if detail is None:
            return
        self.ui.editor_tabs.setCurrentWidget(self.ui.financing_tab)
        self._select_line = self._insert_child(
            LigneFinancement,
            self.tr("Ajouter une ligne de financement à la fiche {0}").format(detail.numero),
            lambda s, fiche_id, values, new_id: fiche_lines.add_financing_line(
                s, fiche_id, values, line_id=new_id
            ),
        )

    def _on_remove_line_button_clicked(self) -> None:
        detail = self.detail
        row = self.ui.financing_table.currentIndex().row()
        if detail is None or not 0 <= row < len(self.financing_model.rows):
            return
        line = self.financing_model.rows[row]
        text = self.tr("Supprimer la ligne « {0} » de la fiche {1}").format(
            line.financeur, detail.numero
        )
        self._delete_child(LigneFinancement, text, fiche_lines.delete_financing_line, line.id)

    def _on_add_indicator_button_clicked(self) -> None:
        detail = self.detail
        if detail is None:
            return
        self._select_indicator = self._insert_child(
            Indicateur,
            self.tr("Ajouter un indicateur à la fiche {0}").format(detail.numero),
            lambda s, fiche_id, values, new_id: fiche_lines.add_indicator(
                s, fiche_id, values, indicator_id=new_id
            ),
        )

    def _on_remove_indicator_button_clicked(self) -> None:
        detail = self.detail
        row = self.ui.indicators_table.currentIndex().row()
        if detail is None or not 0 <= row < len(self.indicator_model.rows):
            return
        indicator = self.indicator_model.rows[row]
        text = self.tr("Supprimer l'indicateur « {0} » de la fiche {1}").format(
            indicator.nom, detail.numero
        )
        self._delete_child(Indicateur, text, fiche_lines.delete_indicator, indicator.id)

    def _on_financing_model_edit_requested(
        self, line_id: uuid.UUID, values: dict[str, Any]
    ) -> None:
        detail = self.detail
        if detail is None:
            return
        self._update_child(
            LigneFinancement,
            self.tr("Modifier une ligne de financement de la fiche {0}").format(detail.numero),
            fiche_lines.update_financing_line,
            line_id,
            values,
        )
        # The model already shows the edit; refresh the totals before the reload.
        self._show_totals(detail, self.financing_model.rows)

    def _on_financing_model_new_financer_requested(self, line_id: uuid.UUID, label: str) -> None:
        detail = self.detail
        if detail is None:
            return
        self.clear_error()
        financer_id = uuid.uuid4()
        self.undo_stack.beginMacro(self.tr("Ajouter le financeur « {0} »").format(label))
        self.undo_stack.push(
            CreateCommand(
                self.database,
                self.notifier,
                self.tr("Ajouter le financeur « {0} » à la liste").format(label),
                Financeur,
                None,
                financer_id,
                lambda s: fiche_lines.add_financer(s, label, financeur_id=financer_id),
                on_refused=self._refused,
            )
        )
        self._update_child(
            LigneFinancement,
            self.tr("Modifier une ligne de financement de la fiche {0}").format(detail.numero),
            fiche_lines.update_financing_line,
            line_id,
            {"financeur_id": financer_id},
        )
        self.undo_stack.endMacro()

    def _on_indicator_model_edit_requested(
        self, indicator_id: uuid.UUID, values: dict[str, Any]
    ) -> None:
        detail = self.detail
        if detail is None:
            return
        self._update_child(
            Indicateur,
            self.tr("Modifier un indicateur de la fiche {0}").format(detail.numero),
            fiche_lines.update_indicator,
            indicator_id,
            values,
        )
