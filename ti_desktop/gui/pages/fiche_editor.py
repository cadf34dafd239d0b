"""Editor of one fiche-action: every field, the financing plan and the indicators.

Labels, tooltips and limits come from the field table. Each finished edit (a field
left, a cell committed) is one undo command wrapping ``services.edits``, which checks
the value; a refused value shows the field table's sentence in the message line
above the tabs, stays in its field marked invalid (nothing typed is lost) and writes
nothing. Dates are typed as text (``DateLineEdit``), never rewritten. The financing
and indicator tables are ``RecordTableView``s: Tab, Enter, typing, paste and copy
work as in a spreadsheet. The message line says what the fiche still lacks with the
same findings as the check before sending (``services.checks``).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QResizeEvent, QUndoStack
from PySide6.QtWidgets import (
    QBoxLayout,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from ti_desktop.db.base import Base
from ti_desktop.db.models import FicheAction, Financeur, Indicateur, LigneFinancement
from ti_desktop.db.store import Database
from ti_desktop.errors import UserFacingError
from ti_desktop.gui.completion import Suggestions, set_completions
from ti_desktop.gui.delegates import (
    AmountDelegate,
    ChoiceDelegate,
    DateDelegate,
    FinancerDelegate,
    TextDelegate,
    combo_select_data,
    combo_uuid,
)
from ti_desktop.gui.field_widgets import bind_editor, bind_label, form_fields, mark_refused
from ti_desktop.gui.forms.ui_fiche_editor import Ui_FicheEditor
from ti_desktop.gui.models import financing_table_model as financing
from ti_desktop.gui.models import indicator_table_model as indicators
from ti_desktop.gui.pages.page_support import FocusOutFilter, set_line_text, set_plain_text
from ti_desktop.gui.paste_support import BlockPaster
from ti_desktop.gui.settings import AppSettings
from ti_desktop.gui.undo import ChangeNotifier, CreateCommand, DeleteCommand, UpdateCommand
from ti_desktop.gui.widgets.date_line_edit import DateLineEdit
from ti_desktop.gui.widgets.record_table_view import RecordTableView
from ti_desktop.services import checks, records
from ti_desktop.services.edits import fiche_lines
from ti_desktop.services.edits import fiches as fiche_edits
from ti_desktop.services.edits.fiches import FicheChoices
from ti_desktop.services.entry import paste, pasting
from ti_desktop.services.fields import (
    FICHE_ACTION,
    INDICATEUR,
    LIGNE_FINANCEMENT,
    Field,
    FieldValueError,
    Kind,
)
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
_WIDE_EDITOR = 1000
"""Editor width (pixels) from which the financing totals sit beside the table."""


_EDITORS = {"demande_simplification": "simplification_edit", "notes_privees": "notes_edit"}
"""Editors not named after their field's key (``<key>_edit`` binds itself)."""
_LABELS = {
    "axe": "axis_label",
    "avancement": "progress_label",
    "enjeu_local": "enjeu_label",
    "cout_total_ht": "cout_label",
    "demande_simplification": "simplification_label",
    "notes_privees": "notes_label",
}
"""Captions not named after their field's key (``<key>_label`` binds itself)."""
_MNEMONICS = {
    "numero": "N", "intitule": "I", "axe": "x", "maitre_ouvrage": "M", "enjeu_local": "E",
    "contact": "o", "localisation": "L", "cout_total_ht": "C", "avancement": "v",
    "description": "D", "objectifs": "O", "partenaires": "P",
    "demande_simplification": "s", "notes_privees": "t",
}  # fmt: skip
_LINE_TEXTS = frozenset({Kind.TEXT, Kind.NUMERO, Kind.EMAIL})


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
        *,
        settings: AppSettings | None = None,
        suggestions: Suggestions | None = None,
    ) -> None:
        super().__init__(parent)
        self.database = database
        self.undo_stack = undo_stack
        self.notifier = notifier
        self.settings = settings
        self.suggestions = suggestions or Suggestions(database, notifier, self)
        self.ui = Ui_FicheEditor()
        self.ui.setupUi(self)  # type: ignore[no-untyped-call]  # generated form
        self.detail: FicheRecord | None = None
        self.choices = FicheChoices()
        self._fiche_id: uuid.UUID | None = None
        self._territoire_id: uuid.UUID | None = None
        self._choices_for: uuid.UUID | None | bool = False
        self._read_only = False
        self._refused: set[QLineEdit] = set()  # fields keeping a refused text, marked
        self._error_shown = False
        self._reload_timer = QTimer(self)
        self._reload_timer.setSingleShot(True)
        self._reload_timer.setInterval(0)
        self.financing_model = financing.FinancingTableModel(self)
        self.indicator_model = indicators.IndicatorTableModel(self)
        self._financer_delegate = FinancerDelegate(parent=self)
        self._status_delegate = ChoiceDelegate(parent=self)
        self.paster = BlockPaster(self, database, undo_stack, notifier, self._refused_error)
        self._setup_widgets()
        self._add_form_button()
        self._connect_signals()
        self._show(None)

    # --- setup -----------------------------------------------------------------------

    def _setup_widgets(self) -> None:
        ui = self.ui
        ui.start_date_edit.field = FICHE_ACTION["date_debut"]
        ui.end_date_edit.field = FICHE_ACTION["date_fin"]
        ui.error_label.setStyleSheet(_ERROR_STYLE)
        ui.error_label.hide()
        # The message line keeps its height whether it says what is missing or why a
        # value was refused: the fields below never jump.
        for label in (ui.completeness_label, ui.error_label):
            label.setMinimumHeight(2 * self.fontMetrics().lineSpacing() + 12)
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
        set_completions(ui.maitre_ouvrage_edit, self.suggestions.maitres_ouvrage)
        set_completions(ui.localisation_edit, self.suggestions.localisations)

        table = ui.financing_table
        table.setModel(self.financing_model)
        table.use_delegate(financing.COL_FINANCEUR, self._financer_delegate)
        table.use_delegate(
            financing.COL_DISPOSITIF,
            TextDelegate(
                LIGNE_FINANCEMENT["dispositif"], self, completions=self.suggestions.dispositifs
            ),
        )
        table.use_delegate(financing.COL_MONTANT, AmountDelegate(self))
        table.use_delegate(financing.COL_STATUT, self._status_delegate)
        table.set_column_widths(
            {
                financing.COL_FINANCEUR: 24,
                financing.COL_DISPOSITIF: 18,
                financing.COL_MONTANT: 16,
                financing.COL_STATUT: 19,
                financing.COL_PART: 11,
            },
            stretch=(financing.COL_DISPOSITIF,),
        )

        table = ui.indicators_table
        table.setModel(self.indicator_model)
        fields = {
            indicators.COL_NOM: INDICATEUR["nom"],
            indicators.COL_UNITE: INDICATEUR["unite"],
            indicators.COL_CIBLE: INDICATEUR["valeur_cible"],
            indicators.COL_ATTEINTE: INDICATEUR["valeur_atteinte"],
        }
        for column, field in fields.items():
            completions = self.suggestions.units if column == indicators.COL_UNITE else None
            table.use_delegate(column, TextDelegate(field, self, completions=completions))
        table.use_delegate(indicators.COL_ECHEANCE, DateDelegate(self, INDICATEUR["echeance"]))
        table.set_column_widths(
            {
                indicators.COL_NOM: 30,
                indicators.COL_UNITE: 13,
                indicators.COL_CIBLE: 14,
                indicators.COL_ECHEANCE: 14,
                indicators.COL_ATTEINTE: 15,
            },
            stretch=(indicators.COL_NOM,),
        )
        for view, key in (
            (ui.financing_table, "financement"),
            (ui.indicators_table, "indicateurs"),
        ):
            view.undo_stack = self.undo_stack
            self._remember_columns(view, key)

        self._text_filter = FocusOutFilter(self._on_plain_text_focus_out, self)
        for plain in self._plain_fields():
            plain.installEventFilter(self._text_filter)
        self._bind_fields()

    def resizeEvent(self, event: QResizeEvent) -> None:
        # Narrow (a 1024-pixel screen): the totals go under the financing table, on two
        # lines of two, so the table keeps the width of its five columns.
        self._arrange_totals(event.size().width() < _WIDE_EDITOR)
        super().resizeEvent(event)

    def _arrange_totals(self, narrow: bool) -> None:
        ui = self.ui
        direction = QBoxLayout.Direction.TopToBottom if narrow else QBoxLayout.Direction.LeftToRight
        if ui.financing_layout.direction() == direction:
            return
        ui.financing_layout.setDirection(direction)
        pairs = (
            (ui.cost_caption_label, ui.cost_value_label),
            (ui.total_caption_label, ui.total_value_label),
            (ui.acquis_caption_label, ui.acquis_value_label),
            (ui.reste_caption_label, ui.reste_value_label),
        )
        grid = ui.totals_layout
        for number, (caption, value) in enumerate(pairs):
            grid.removeWidget(caption)
            grid.removeWidget(value)
            row, column = (number // 2, 2 * (number % 2)) if narrow else (number, 0)
            grid.addWidget(caption, row, column)
            grid.addWidget(value, row, column + 1)
        grid.setHorizontalSpacing(24 if narrow else 6)

    def _remember_columns(self, view: RecordTableView, key: str) -> None:
        settings = self.settings
        if settings is not None:
            name = f"colonnes/{key}"
            view.remember_columns(
                lambda: settings.geometry(name), lambda state: settings.set_geometry(name, state)
            )

    def _line_fields(self) -> dict[QLineEdit, Field]:
        """One-line texts of the form, by widget name (``<key>_edit``): see ``form_fields``."""
        found = form_fields(self.ui, FICHE_ACTION, QLineEdit, kinds=_LINE_TEXTS, names=_EDITORS)
        return {self._editor(key): field for key, field in found.items()}

    def _plain_fields(self) -> dict[QPlainTextEdit, Field]:
        """Free texts of the form, by widget name."""
        found = form_fields(self.ui, FICHE_ACTION, QPlainTextEdit, names=_EDITORS)
        return {self._editor(key): field for key, field in found.items()}

    def _editor(self, key: str) -> Any:
        return getattr(self.ui, _EDITORS.get(key, f"{key}_edit"))

    def _bind_fields(self) -> None:
        """Labels (with their shortcut letter), tooltips and limits from the field table."""
        ui = self.ui
        for field in FICHE_ACTION:
            label = getattr(ui, _LABELS.get(field.key, f"{field.key}_label"), None)
            if isinstance(label, QLabel):
                bind_label(label, field, _MNEMONICS.get(field.key, ""))
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
        for table in (ui.financing_table, ui.indicators_table):
            table.selectionModel().selectionChanged.connect(self._update_buttons)
            table.refused.connect(self.show_error)
        ui.financing_table.append_row = self._on_add_line_button_clicked
        ui.indicators_table.append_row = self._on_add_indicator_button_clicked
        ui.financing_table.rows_delete_requested.connect(self._delete_lines)
        ui.indicators_table.rows_delete_requested.connect(self._delete_indicators)
        ui.financing_table.paste_requested.connect(self._on_financing_table_paste_requested)
        ui.indicators_table.paste_requested.connect(self._on_indicators_table_paste_requested)

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
        self._clear_refused()
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
        """Show a French explanation above the tabs (nothing was written).

        It takes the place of the « what is missing » line, so nothing below moves.
        """
        self.ui.error_label.setText("⚠ " + message)
        self.ui.completeness_label.hide()
        self.ui.error_label.show()
        self._error_shown = True

    def clear_error(self) -> None:
        """Hide the error message (the « what is missing » line comes back)."""
        self.ui.error_label.hide()
        self.ui.error_label.clear()
        self._error_shown = False
        self.ui.completeness_label.setVisible(self.detail is not None)

    def focus_field(self, key: str) -> None:
        """Show the tab holding ``key`` and put the cursor there.

        ``key`` is a field of the fiche, or ``financement`` / ``indicateurs`` for
        the tables.
        """
        ui = self.ui
        tables: dict[str, tuple[QWidget, QWidget]] = {
            "financement": (ui.financing_tab, ui.financing_table),
            "indicateurs": (ui.indicators_tab, ui.indicators_table),
        }
        widgets: dict[str, QWidget] = {
            "axe": ui.axis_combo,
            "avancement": ui.progress_combo,
            "enjeu_local": ui.enjeu_combo,
            "cout_total_ht": ui.cout_edit,
            "date_debut": ui.start_date_edit,
            "date_fin": ui.end_date_edit,
        }
        for edit, field in (*self._line_fields().items(), *self._plain_fields().items()):
            widgets[field.key] = edit
        if key in tables:
            tab, widget = tables[key]
        else:
            widget = widgets.get(key, ui.intitule_edit)
            pages = [ui.editor_tabs.widget(i) for i in range(ui.editor_tabs.count())]
            tab = next(
                (t for t in pages if t is not None and t.isAncestorOf(widget)), ui.general_tab
            )
        ui.editor_tabs.setCurrentWidget(tab)
        widget.setFocus()
        if isinstance(widget, QLineEdit):
            widget.selectAll()

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
        ui.completeness_label.setVisible(has_fiche and not self._error_shown)
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
            if edit not in self._refused:
                set_line_text(edit, getattr(detail, field.key))
        for plain, field in self._plain_fields().items():
            set_plain_text(plain, getattr(detail, field.key))
        cost = FICHE_ACTION["cout_total_ht"]
        if ui.cout_edit not in self._refused:
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
        for date_edit, value in (
            (ui.start_date_edit, detail.date_debut),
            (ui.end_date_edit, detail.date_fin),
        ):
            if date_edit not in self._refused:
                date_edit.set_date(value)
        self.financing_model.set_rows(detail.financements, detail.cout_total_ht)
        self.indicator_model.set_rows(detail.indicateurs)
        self._show_totals(detail)
        self._show_completeness(detail)
        self._update_buttons()
        self.fiche_loaded.emit(detail)

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
        """The same findings as the check before sending: inconsistent first, then missing."""
        findings = checks.fiche_findings(detail)
        label = self.ui.completeness_label
        wrong = [f.message for f in findings if f.severity is checks.Severity.INCONSISTENT]
        missing = list(
            dict.fromkeys(
                f.short or f.message for f in findings if f.severity is checks.Severity.INCOMPLETE
            )
        )
        if wrong:
            wrong[0] = wrong[0][:1].upper() + wrong[0][1:]
            text = self.tr("⚠ À corriger avant envoi. {0}.").format(" ; ".join(wrong))
            if missing:
                text += self.tr(" — et {0} point(s) à compléter").format(len(missing))
            label.setText(text)
            label.setStyleSheet(_ERROR_STYLE)
        elif missing:
            label.setText(self.tr("À compléter avant envoi : {0}").format(", ".join(missing)))
            label.setStyleSheet(_WARNING_STYLE)
        else:
            label.setText(self.tr("✓ Fiche complète, prête à être envoyée"))
            label.setStyleSheet(_OK_STYLE)
        label.setToolTip("\n".join(f"• {finding.message}" for finding in findings))

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

    def _refused_error(self, error: UserFacingError) -> None:
        self.show_error(error.message)

    def _clear_refused(self) -> None:
        for edit in self._refused:
            if isinstance(edit, DateLineEdit):
                edit.set_problem(None)
            else:
                mark_refused(edit, None, self._field_of(edit))
        self._refused.clear()

    def _field_of(self, edit: QLineEdit) -> Field:
        if edit is self.ui.cout_edit:
            return FICHE_ACTION["cout_total_ht"]
        if isinstance(edit, DateLineEdit):
            return edit.field
        return self._line_fields()[edit]

    def commit_fields(
        self, values: dict[str, Any], noun: str, source: QLineEdit | None = None
    ) -> None:
        """Write fields of the fiche as one undo command (the service checks them).

        A refused value shows why in the message line; the field it came from keeps
        the text, marked, until it is corrected. The same value again adds nothing.
        """
        detail = self.detail
        if detail is None or self._read_only:
            return
        if source is not None and source in self._refused:
            self._refused.discard(source)
            if isinstance(source, DateLineEdit):
                source.set_problem(None)
            else:
                mark_refused(source, None, self._field_of(source))

        def refused(error: UserFacingError) -> None:
            if source is not None and isinstance(error, FieldValueError):
                self._refused.add(source)
                if isinstance(source, DateLineEdit):
                    source.set_problem(error)
                else:
                    mark_refused(source, error, self._field_of(source))
            self.show_error(error.message)

        fiche_id = detail.id
        self._push(
            UpdateCommand(
                self.database,
                self.notifier,
                self.tr("Modifier {0} de la fiche {1}").format(noun, detail.numero),
                FicheAction,
                detail.territoire_id,
                lambda s: fiche_edits.update_fiche(s, fiche_id, values),
                on_refused=refused,
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
                on_refused=self._refused_error,
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
                on_refused=self._refused_error,
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
                on_refused=self._refused_error,
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
            self.commit_fields({field.key: edit.text()}, field.noun, edit)

    def _on_plain_text_focus_out(self, edit: QPlainTextEdit) -> None:
        fields = self._plain_fields()
        if edit in fields:
            field = fields[edit]
            self.commit_fields({field.key: edit.toPlainText()}, field.noun)

    def _on_cout_edit_editing_finished(self) -> None:
        field = FICHE_ACTION["cout_total_ht"]
        self.commit_fields({field.key: self.ui.cout_edit.text()}, field.noun, self.ui.cout_edit)

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

    def _on_date_edit_editing_finished(self) -> None:
        edit = self.sender()
        if not isinstance(edit, DateLineEdit):
            return
        # A text that is not a date is refused here, with the field table's reason; a
        # date is written by the service, which reads the text with the same rules.
        problem = edit.check()
        if problem is not None:
            self._refused.add(edit)
            self.show_error(problem.message)
            return
        self.commit_fields({edit.field.key: edit.text()}, edit.field.noun, edit)

    def _on_add_line_button_clicked(self) -> None:
        detail = self.detail
        if detail is None:
            return
        self.ui.editor_tabs.setCurrentWidget(self.ui.financing_tab)
        new_id = self._insert_child(
            LigneFinancement,
            self.tr("Ajouter une ligne de financement à la fiche {0}").format(detail.numero),
            lambda s, fiche_id, values, new_id: fiche_lines.add_financing_line(
                s, fiche_id, values, line_id=new_id
            ),
        )
        self.ui.financing_table.edit_row_when_shown(new_id)

    def _on_remove_line_button_clicked(self) -> None:
        self._delete_lines(self.ui.financing_table.selected_records())

    def _delete_lines(self, lines: list[Any]) -> None:
        detail = self.detail
        if detail is None or self._read_only or not lines:
            return
        self._delete_children(
            lines,
            LigneFinancement,
            fiche_lines.delete_financing_line,
            lambda line: self.tr("Supprimer la ligne « {0} » de la fiche {1}").format(
                line.financeur, detail.numero
            ),
            self.tr("Supprimer {0} lignes de la fiche {1}").format(len(lines), detail.numero),
        )

    def _delete_children(
        self,
        rows: list[Any],
        cls: type[Base],
        delete: Callable[..., Any],
        one_text: Callable[[Any], str],
        many_text: str,
    ) -> None:
        """Delete rows of a table as one undo step."""
        if len(rows) > 1:
            self.undo_stack.beginMacro(many_text)
        for row in rows:
            self._delete_child(cls, one_text(row), delete, row.id)
        if len(rows) > 1:
            self.undo_stack.endMacro()

    def _on_add_indicator_button_clicked(self) -> None:
        detail = self.detail
        if detail is None:
            return
        self.ui.editor_tabs.setCurrentWidget(self.ui.indicators_tab)
        new_id = self._insert_child(
            Indicateur,
            self.tr("Ajouter un indicateur à la fiche {0}").format(detail.numero),
            lambda s, fiche_id, values, new_id: fiche_lines.add_indicator(
                s, fiche_id, values, indicator_id=new_id
            ),
        )
        self.ui.indicators_table.edit_row_when_shown(new_id)

    def _on_remove_indicator_button_clicked(self) -> None:
        self._delete_indicators(self.ui.indicators_table.selected_records())

    def _delete_indicators(self, rows: list[Any]) -> None:
        detail = self.detail
        if detail is None or self._read_only or not rows:
            return
        self._delete_children(
            rows,
            Indicateur,
            fiche_lines.delete_indicator,
            lambda indicator: self.tr("Supprimer l'indicateur « {0} » de la fiche {1}").format(
                indicator.nom, detail.numero
            ),
            self.tr("Supprimer {0} indicateurs de la fiche {1}").format(len(rows), detail.numero),
        )

    # --- paste -------------------------------------------------------------------------

    def _fill_ids(self, table: RecordTableView, anchor: QModelIndex) -> list[uuid.UUID]:
        """The rows a block without headers fills: from the current one down."""
        model = table.model()
        if model is None or not anchor.isValid():
            return []
        found = (
            model.index(row, 0).data(financing.ROW_ROLE)
            for row in range(anchor.row(), model.rowCount())
        )
        return [record.id for record in found if record is not None]

    def _on_financing_table_paste_requested(
        self, anchor: QModelIndex, block: list[list[str]]
    ) -> None:
        detail = self.detail
        if detail is None or self._read_only:
            return
        read = paste.read_block(
            block,
            [*(financing.FIELDS[c] for c in range(financing.COL_PART)), None],
            start_column=max(anchor.column(), 0),
            labels={"statut": [s.libelle for s in self.choices.statuts]},
        )
        fill = self._fill_ids(self.ui.financing_table, anchor)
        fiche_id = detail.id
        self.paster.paste(
            lambda session: pasting.plan_financing_lines(session, fiche_id, read, fill),
            table=LigneFinancement.__tablename__,
            text=self.tr("Coller dans le plan de financement de la fiche {0}").format(
                detail.numero
            ),
            view=self.ui.financing_table,
        )

    def _on_indicators_table_paste_requested(
        self, anchor: QModelIndex, block: list[list[str]]
    ) -> None:
        detail = self.detail
        if detail is None or self._read_only:
            return
        read = paste.read_block(
            block, list(indicators.FIELDS), start_column=max(anchor.column(), 0)
        )
        fill = self._fill_ids(self.ui.indicators_table, anchor)
        fiche_id = detail.id
        self.paster.paste(
            lambda session: pasting.plan_indicators(session, fiche_id, read, fill),
            table=Indicateur.__tablename__,
            text=self.tr("Coller dans les indicateurs de la fiche {0}").format(detail.numero),
            view=self.ui.indicators_table,
        )

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
                on_refused=self._refused_error,
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
