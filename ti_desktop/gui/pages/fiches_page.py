"""The fiches-actions page: filtered, sortable list of a territory's fiches and their editor.

The filter bar keeps its state in the settings (across territory switches and
restarts); the footer sums the rows on screen. Every action is an undo command.
The list is a ``RecordTableView``: the main columns are typed in place, and a block
copied from a tracker (one row per fiche, or per financing line repeating its fiche)
is pasted with Ctrl+V as fiches with their lines and indicators, in one undo step.
"""

from __future__ import annotations

import uuid
from functools import partial

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QIcon, QKeySequence, QUndoStack
from PySide6.QtWidgets import QComboBox, QStyle, QWidget

from ti_desktop.db.models import FicheAction
from ti_desktop.db.store import Database
from ti_desktop.errors import UserFacingError
from ti_desktop.gui.completion import Suggestions
from ti_desktop.gui.delegates import AmountDelegate, ChoiceDelegate, TextDelegate
from ti_desktop.gui.field_widgets import in_sentence
from ti_desktop.gui.forms.ui_fiches_page import Ui_FichesPage
from ti_desktop.gui.models import fiche_table_model as columns
from ti_desktop.gui.models.fiche_filter_proxy import FicheFilter, FicheFilterProxy
from ti_desktop.gui.models.fiche_table_model import FicheTableModel
from ti_desktop.gui.pages.fiche_editor import FicheEditor
from ti_desktop.gui.paste_support import BlockPaster
from ti_desktop.gui.settings import AppSettings
from ti_desktop.gui.undo import ChangeNotifier, CreateCommand, ServiceCommand, UpdateCommand
from ti_desktop.services import records
from ti_desktop.services.edits import fiches as fiche_edits
from ti_desktop.services.edits.fiches import FicheChoices
from ti_desktop.services.entry import paste, pasting
from ti_desktop.services.fields import FICHE_ACTION, INDICATEUR, LIGNE_FINANCEMENT
from ti_desktop.services.financing import share
from ti_desktop.services.french_format import format_euros, format_percent
from ti_desktop.services.records import FicheFigures, FicheRecord
from ti_desktop.services.register import changes as register_changes

_KEY_TEXT = "fiches/filtre/texte"
_KEY_AXIS = "fiches/filtre/axe"
_KEY_PROGRESS = "fiches/filtre/avancement"
_KEY_FINANCER = "fiches/filtre/financeur"
_KEY_STATUS = "fiches/filtre/statut"
_KEY_SPLITTER = "fiches/separateur"
_WATCHED_TABLES = {
    "fiche_action",
    "envoi",  # a workbook sent: the marks of what changed since start again
    "ligne_financement",
    "financeur",
    "statut_financement",
    "etat_avancement",
    "axe",
    "territoire",
}


class FichesPage(QWidget):
    """List, filters and editor of the fiches-actions of one territory."""

    current_fiche_changed = Signal(object)
    """UUID of the selected fiche, or None."""

    def __init__(
        self,
        database: Database,
        undo_stack: QUndoStack,
        notifier: ChangeNotifier,
        settings: AppSettings,
        parent: QWidget | None = None,
        *,
        suggestions: Suggestions | None = None,
    ) -> None:
        super().__init__(parent)
        self.database = database
        self.undo_stack = undo_stack
        self.notifier = notifier
        self.settings = settings
        self.suggestions = suggestions or Suggestions(database, notifier, self)
        self.ui = Ui_FichesPage()
        self.ui.setupUi(self)  # type: ignore[no-untyped-call]  # generated form
        self.territoire_id: uuid.UUID | None = None
        self.choices = FicheChoices()
        self._current_id: uuid.UUID | None = None
        self._pending_select: uuid.UUID | None = None
        self._trash_mode = False
        self.model = FicheTableModel(self)
        self.proxy = FicheFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(columns.SORT_ROLE)
        self.editor = FicheEditor(
            database,
            undo_stack,
            notifier,
            self.ui.editor_container,
            settings=settings,
            suggestions=self.suggestions,
        )
        self.paster = BlockPaster(self, database, undo_stack, notifier, self._explain)
        self._axis_delegate = ChoiceDelegate(parent=self, empty_label=self.tr("(aucun axe)"))
        self._progress_delegate = ChoiceDelegate(parent=self)
        self.ui.editor_layout.addWidget(self.editor)
        self._reload_timer = QTimer(self)
        self._reload_timer.setSingleShot(True)
        self._reload_timer.setInterval(0)
        self._save_text_timer = QTimer(self)
        self._save_text_timer.setSingleShot(True)
        self._save_text_timer.setInterval(400)
        self._create_actions()
        self._setup_widgets()
        self._connect_signals()
        self._update_actions()

    # --- setup -----------------------------------------------------------------------

    def _icon(self, theme: str, fallback: QStyle.StandardPixmap) -> QIcon:
        return QIcon.fromTheme(theme, self.style().standardIcon(fallback))

    def _make_action(
        self, text: str, tip: str, theme: str, fallback: QStyle.StandardPixmap
    ) -> QAction:
        action = QAction(self._icon(theme, fallback), text, self)
        action.setToolTip(tip)
        action.setStatusTip(tip)
        return action

    def _create_actions(self) -> None:
        sp = QStyle.StandardPixmap
        self.new_fiche_action = self._make_action(
            self.tr("Nouvelle fiche"),
            self.tr(
                "Créer une fiche-action dans l'axe filtré ou celui de la fiche choisie (Ctrl+N)"
            ),
            "document-new",
            sp.SP_FileIcon,
        )
        self.new_fiche_action.setShortcut(QKeySequence.StandardKey.New)
        self.duplicate_action = self._make_action(
            self.tr("Dupliquer"),
            self.tr("Copier la fiche choisie avec son financement et ses indicateurs"),
            "edit-copy",
            sp.SP_FileLinkIcon,
        )
        self.delete_action = self._make_action(
            self.tr("Mettre à la corbeille"),
            self.tr("Mettre la fiche choisie à la corbeille (Suppr) — annulable, et restaurable"),
            "user-trash",
            sp.SP_TrashIcon,
        )
        self.delete_action.setShortcut(QKeySequence.StandardKey.Delete)
        # Del must not trash a fiche while the user edits a field: only from the list.
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.ui.fiches_table.addAction(self.delete_action)
        self.trash_action = self._make_action(
            self.tr("Corbeille"),
            self.tr("Afficher les fiches mises à la corbeille pour en restaurer"),
            "user-trash-full",
            sp.SP_DirIcon,
        )
        self.trash_action.setCheckable(True)
        self.restore_action = self._make_action(
            self.tr("Restaurer"),
            self.tr("Sortir la fiche choisie de la corbeille"),
            "edit-undo",
            sp.SP_DialogApplyButton,
        )
        self.move_up_action = self._make_action(
            self.tr("Monter"),
            self.tr("Placer la fiche avant la précédente dans la liste"),
            "go-up",
            sp.SP_ArrowUp,
        )
        self.move_up_action.setShortcut(QKeySequence("Ctrl+Shift+Up"))
        self.move_down_action = self._make_action(
            self.tr("Descendre"),
            self.tr("Placer la fiche après la suivante dans la liste"),
            "go-down",
            sp.SP_ArrowDown,
        )
        self.move_down_action.setShortcut(QKeySequence("Ctrl+Shift+Down"))
        self.renumber_action = self._make_action(
            self.tr("Renuméroter"),
            self.tr("Numéroter les fiches 1.1, 1.2… par axe, dans l'ordre de la liste"),
            "view-sort-ascending",
            sp.SP_BrowserReload,
        )
        self.focus_filter_action = QAction(self.tr("Rechercher une fiche"), self)
        self.focus_filter_action.setShortcut(QKeySequence.StandardKey.Find)
        self.focus_filter_action.setToolTip(self.tr("Aller au champ de recherche (Ctrl+F)"))
        for action in (
            self.new_fiche_action,
            self.duplicate_action,
            self.trash_action,
            self.restore_action,
            self.move_up_action,
            self.move_down_action,
            self.renumber_action,
            self.focus_filter_action,
        ):
            self.addAction(action)
        ui = self.ui
        for button, action in (
            (ui.new_button, self.new_fiche_action),
            (ui.duplicate_button, self.duplicate_action),
            (ui.delete_button, self.delete_action),
            (ui.move_up_button, self.move_up_action),
            (ui.move_down_button, self.move_down_action),
            (ui.renumber_button, self.renumber_action),
            (ui.trash_button, self.trash_action),
            (ui.restore_button, self.restore_action),
        ):
            button.setDefaultAction(action)

    def _setup_widgets(self) -> None:
        ui = self.ui
        searched = (FICHE_ACTION[key] for key in ("numero", "intitule", "maitre_ouvrage"))
        ui.filter_edit.setPlaceholderText(
            self.tr("Rechercher : {0}… (Ctrl+F)").format(", ".join(map(in_sentence, searched)))
        )
        # Narrow enough for a 1024-pixel screen: the filters are as wide as « … : tous »
        # (fiches_page.ui), the rarer buttons show their icon only (their text is in the
        # Fiches menu and their tooltip).
        for button in (ui.move_up_button, ui.move_down_button, ui.renumber_button):
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        table = ui.fiches_table
        table.setModel(self.proxy)
        table.undo_stack = self.undo_stack
        table.append_row = self.new_fiche_action.trigger
        field = FICHE_ACTION
        table.use_delegate(columns.COL_NUMERO, TextDelegate(field["numero"], self))
        table.use_delegate(columns.COL_INTITULE, TextDelegate(field["intitule"], self))
        table.use_delegate(
            columns.COL_MAITRE_OUVRAGE,
            TextDelegate(
                field["maitre_ouvrage"], self, completions=self.suggestions.maitres_ouvrage
            ),
        )
        table.use_delegate(columns.COL_COUT, AmountDelegate(self, field["cout_total_ht"]))
        table.use_delegate(columns.COL_AXE, self._axis_delegate)
        table.use_delegate(columns.COL_AVANCEMENT, self._progress_delegate)
        header = table.horizontalHeader()
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        header.setSortIndicatorClearable(True)
        self.proxy.sort(-1)
        # The title takes the room; axis and maître d'ouvrage narrow on a small window
        # (« Maître d'… », the whole text in the tooltip), the figures keep their width.
        table.set_column_widths(
            {
                columns.COL_NUMERO: 7,
                columns.COL_INTITULE: 44,
                columns.COL_AXE: 22,
                columns.COL_MAITRE_OUVRAGE: 22,
                columns.COL_COUT: 12,
                columns.COL_ACQUIS: 12,
                columns.COL_PART: 9,
                columns.COL_AVANCEMENT: 17,
            },
            stretch=(columns.COL_INTITULE, columns.COL_AXE, columns.COL_MAITRE_OUVRAGE),
            minimum={
                columns.COL_INTITULE: 28,
                columns.COL_AXE: 9,
                columns.COL_MAITRE_OUVRAGE: 9,
            },
        )
        metrics = self.fontMetrics()
        table.verticalHeader().setDefaultSectionSize(metrics.height() + 8)
        ui.trash_banner_label.setStyleSheet(
            "QLabel { background: #fff4e0; border: 1px solid #f0c36d;"
            " border-radius: 4px; padding: 6px; }"
        )
        ui.trash_banner_label.hide()
        ui.restore_button.hide()
        ui.main_splitter.setStretchFactor(0, 1)
        ui.main_splitter.setStretchFactor(1, 1)
        state = self.settings.geometry(_KEY_SPLITTER)
        if state is not None:
            ui.main_splitter.restoreState(state)
        else:
            ui.main_splitter.setSizes([330, 420])
        blocked = ui.filter_edit.blockSignals(True)
        ui.filter_edit.setText(self.settings.value(_KEY_TEXT))
        ui.filter_edit.blockSignals(blocked)
        self._apply_filter()

    def _connect_signals(self) -> None:
        ui = self.ui
        self.new_fiche_action.triggered.connect(self._on_new_fiche_action_triggered)
        self.duplicate_action.triggered.connect(self._on_duplicate_action_triggered)
        self.delete_action.triggered.connect(self._on_delete_action_triggered)
        self.trash_action.toggled.connect(self._on_trash_action_toggled)
        self.restore_action.triggered.connect(self._on_restore_action_triggered)
        self.move_up_action.triggered.connect(self._on_move_up_action_triggered)
        self.move_down_action.triggered.connect(self._on_move_down_action_triggered)
        self.renumber_action.triggered.connect(self._on_renumber_action_triggered)
        self.focus_filter_action.triggered.connect(self._on_focus_filter_action_triggered)
        ui.filter_edit.textChanged.connect(self._on_filter_edit_text_changed)
        for combo in self._filter_combos():
            combo.activated.connect(self._on_filter_combo_activated)
        ui.reset_filters_button.clicked.connect(self._on_reset_filters_button_clicked)
        ui.fiches_table.selectionModel().currentRowChanged.connect(
            self._on_selection_current_row_changed
        )
        ui.fiches_table.refused.connect(self.editor.show_error)
        ui.fiches_table.paste_requested.connect(self._on_fiches_table_paste_requested)
        ui.fiches_table.rows_delete_requested.connect(self._on_fiches_table_rows_delete_requested)
        self.model.edit_requested.connect(self._on_model_edit_requested)
        self.model.edit_failed.connect(self.editor.show_error)
        ui.main_splitter.splitterMoved.connect(self._on_main_splitter_splitter_moved)
        self.notifier.changed.connect(self._on_notifier_changed)
        self._reload_timer.timeout.connect(self.reload)
        self._save_text_timer.timeout.connect(self._on_save_text_timer_timeout)
        self.undo_stack.indexChanged.connect(self._update_actions)

    def _filter_combos(self) -> dict[QComboBox, tuple[str, str]]:
        ui = self.ui
        return {
            ui.axis_filter_combo: (_KEY_AXIS, self.tr("Axe : tous")),
            ui.progress_filter_combo: (_KEY_PROGRESS, self.tr("Avancement : tous")),
            ui.financer_filter_combo: (_KEY_FINANCER, self.tr("Financeur : tous")),
            ui.status_filter_combo: (_KEY_STATUS, self.tr("Statut : tous")),
        }

    # --- public ----------------------------------------------------------------------

    def set_territory(self, territoire_id: uuid.UUID | None) -> None:
        """Show the fiches of ``territoire_id`` (None: an empty page); filters are kept."""
        self.territoire_id = territoire_id
        self._pending_select = None
        self._set_current(None)
        if self._trash_mode:
            self.trash_action.setChecked(False)
        self.editor.set_territory(territoire_id)
        self.reload()
        if self.proxy.rowCount() > 0:
            self._select_proxy_row(0)

    def focus_fiche(self, fiche_id: uuid.UUID, key: str | None) -> None:
        """Select a fiche (showing it if the filters hid it) and put the cursor on ``key``."""
        if self._trash_mode:
            self.trash_action.setChecked(False)
        source_row = self.model.row_of(fiche_id)
        if (
            source_row >= 0
            and not self.proxy.mapFromSource(self.model.index(source_row, 0)).isValid()
        ):
            self._reset_filters()
        self._select_fiche(fiche_id)
        if key:
            self.editor.focus_field(key)

    def current_fiche_id(self) -> uuid.UUID | None:
        """UUID of the selected fiche."""
        return self._current_id

    def current_fiche_numero(self) -> str | None:
        """Number of the selected fiche ("1.2"), or None."""
        row = self._current_row()
        return row.numero if row is not None else None

    def reload(self) -> None:
        """Read the list again (one short session), keeping selection and scroll position."""
        self._reload_timer.stop()
        keep = self._pending_select or self._current_id
        self._pending_select = None
        scroll = self.ui.fiches_table.verticalScrollBar().value()
        if self.territoire_id is None:
            rows: list[FicheRecord] = []
            figures: dict[uuid.UUID, FicheFigures] = {}
            choices = FicheChoices()
        else:
            with self.database.reader() as session:
                rows = records.load_fiches(
                    session, self.territoire_id, trashed=self._trash_mode, with_children=False
                )
                figures = records.load_fiche_figures(
                    session, self.territoire_id, trashed=self._trash_mode
                )
                choices = fiche_edits.load_choices(session, self.territoire_id)
        self.choices = choices
        self._fill_filter_combos()
        self.model.read_only = self._trash_mode
        self.model.set_choices(choices.axes, choices.avancements)
        self._axis_delegate.set_choices(choices.axes)
        self._progress_delegate.set_choices(choices.avancements)
        self.model.set_rows(rows, figures)
        self.model.set_change_marks(
            None
            if self.territoire_id is None or self._trash_mode
            else register_changes.fiche_marks(self.database, self.territoire_id)
        )
        self.ui.fiches_table.verticalScrollBar().setValue(scroll)
        self._select_fiche(keep, scroll_to=keep is not self._current_id)
        self._update_summary()
        self._update_actions()

    # --- filters ---------------------------------------------------------------------

    def _fill_filter_combos(self) -> None:
        ui = self.ui
        options = {
            ui.axis_filter_combo: [c.libelle for c in self.choices.axes],
            ui.progress_filter_combo: [c.libelle for c in self.choices.avancements],
            ui.financer_filter_combo: [c.libelle for c in self.choices.financeurs],
            ui.status_filter_combo: [c.libelle for c in self.choices.statuts],
        }
        for combo, (key, everything) in self._filter_combos().items():
            labels = ["", *options[combo]]
            current = [combo.itemData(i) for i in range(combo.count())]
            wanted = self.settings.value(key)
            blocked = combo.blockSignals(True)
            if current != labels:
                combo.clear()
                combo.addItem(everything, "")
                for label in options[combo]:
                    combo.addItem(label, label)
            combo.view().setMinimumWidth(combo.view().sizeHintForColumn(0) + 24)
            position = combo.findData(wanted)
            combo.setCurrentIndex(max(position, 0))
            combo.blockSignals(blocked)
        self._apply_filter()

    def current_filter(self) -> FicheFilter:
        """The criteria of the filter bar."""
        ui = self.ui
        return FicheFilter(
            text=ui.filter_edit.text(),
            axe=str(ui.axis_filter_combo.currentData() or ""),
            avancement=str(ui.progress_filter_combo.currentData() or ""),
            financeur=str(ui.financer_filter_combo.currentData() or ""),
            statut=str(ui.status_filter_combo.currentData() or ""),
        )

    def _apply_filter(self) -> None:
        fiche_filter = self.current_filter()
        self.proxy.set_fiche_filter(fiche_filter)
        self.ui.reset_filters_button.setEnabled(not fiche_filter.is_empty)
        self._update_summary()

    def _update_summary(self, *_args: object) -> None:
        rows = self.model.rows
        shown, cost, acquis = self.proxy.visible_totals()
        self.editor.set_empty_message(self._empty_message(len(rows), shown))
        if self._trash_mode and not rows:
            count = self.tr("La corbeille est vide")
        elif self._trash_mode:
            count = self.tr("{0} dans la corbeille").format(self._fiches(len(rows)))
        elif shown == len(rows):
            count = self._fiches(len(rows))
        elif shown == 1:
            count = self.tr("1 fiche affichée sur {0}").format(len(rows))
        else:
            count = self.tr("{0} fiches affichées sur {1}").format(shown, len(rows))
        part = share(acquis, cost)
        parts = [count]
        if shown:
            parts.append(self.tr("coût {0}").format(format_euros(cost)))
            acquired = self.tr("acquis {0}").format(format_euros(acquis))
            if part is not None:
                acquired += f" ({format_percent(part)})"
            parts.append(acquired)
        self.ui.summary_label.setText(" — ".join(parts))

    def _empty_message(self, total: int, visible: int) -> str:
        if self.territoire_id is None:
            return self.tr("Choisissez un territoire pour voir ses fiches-actions.")
        if self._trash_mode and total == 0:
            return self.tr("La corbeille est vide : aucune fiche supprimée dans ce territoire.")
        if self._trash_mode:
            return self.tr(
                "Sélectionnez une fiche de la corbeille, puis cliquez sur « Restaurer »."
            )
        if total == 0:
            return self.tr(
                "Aucune fiche-action pour ce territoire : créez la première avec"
                " « Nouvelle fiche » (Ctrl+N)."
            )
        if visible == 0:
            return self.tr(
                "Aucune fiche ne correspond à la recherche et aux filtres :"
                " cliquez sur « Tout afficher »."
            )
        return self.tr(
            "Sélectionnez une fiche dans la liste, ou créez-en une avec"
            " « Nouvelle fiche » (Ctrl+N)."
        )

    def _fiches(self, count: int) -> str:
        return self.tr("1 fiche") if count == 1 else self.tr("{0} fiches").format(count)

    # --- selection -------------------------------------------------------------------

    def _current_row(self) -> FicheRecord | None:
        row = self.model.row_of(self._current_id) if self._current_id else -1
        return self.model.rows[row] if row >= 0 else None

    def _select_proxy_row(self, proxy_row: int) -> None:
        index = self.proxy.index(proxy_row, 0)
        self.ui.fiches_table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )

    def _select_fiche(self, fiche_id: uuid.UUID | None, *, scroll_to: bool = True) -> None:
        source_row = self.model.row_of(fiche_id) if fiche_id is not None else -1
        proxy_index = (
            self.proxy.mapFromSource(self.model.index(source_row, 0))
            if source_row >= 0
            else QModelIndex()
        )
        current = self.ui.fiches_table.currentIndex()
        if proxy_index.isValid() and current.isValid() and current.row() == proxy_index.row():
            # already the current row: keep the current cell (Tab typing along the row)
            self._set_current(fiche_id)
        elif proxy_index.isValid():
            self._select_proxy_row(proxy_index.row())
            if scroll_to:
                self.ui.fiches_table.scrollTo(proxy_index)
        else:
            self.ui.fiches_table.selectionModel().clearSelection()
            self._set_current(None)

    def _set_current(self, fiche_id: uuid.UUID | None) -> None:
        self.editor.set_fiche(fiche_id, read_only=self._trash_mode)
        self._update_actions()
        if fiche_id != self._current_id:
            self._current_id = fiche_id
            self._update_actions()
            self.current_fiche_changed.emit(fiche_id)

    def _update_actions(self, *_args: object) -> None:
        has_territory = self.territoire_id is not None
        selected = self._current_id is not None
        normal = has_territory and not self._trash_mode
        self.new_fiche_action.setEnabled(normal)
        self.duplicate_action.setEnabled(normal and selected)
        self.delete_action.setEnabled(normal and selected)
        self.trash_action.setEnabled(has_territory)
        self.restore_action.setEnabled(self._trash_mode and selected)
        self.renumber_action.setEnabled(normal and bool(self.model.rows))
        row = self.model.row_of(self._current_id) if selected else -1
        self.move_up_action.setEnabled(normal and row > 0)
        self.move_down_action.setEnabled(normal and 0 <= row < len(self.model.rows) - 1)

    # --- commands --------------------------------------------------------------------

    def _push(self, command: CreateCommand | ServiceCommand | UpdateCommand) -> None:
        self.undo_stack.push(command)

    def _explain(self, error: UserFacingError) -> None:
        self.editor.show_error(str(error))

    def _reset_filters(self, *, keep_axis: bool = False) -> None:
        ui = self.ui
        ui.filter_edit.clear()
        for combo, (key, _everything) in self._filter_combos().items():
            if keep_axis and combo is ui.axis_filter_combo:
                continue
            combo.setCurrentIndex(0)
            self.settings.set_value(key, "")
        self._apply_filter()

    def _on_new_fiche_action_triggered(self) -> None:
        territoire_id = self.territoire_id
        if territoire_id is None or self._trash_mode:
            return
        axis_label = self.ui.axis_filter_combo.currentData()
        axis = next((a.id for a in self.choices.axes if a.libelle == axis_label), None)
        current = self._current_row()
        if axis is None and current is not None:
            axis = current.axe_id
        if axis is None and self.choices.axes:
            axis = self.choices.axes[0].id
        with self.database.reader() as session:
            numero = fiche_edits.next_free_numero(session, territoire_id, axis)
        self._reset_filters(keep_axis=True)
        new_id = uuid.uuid4()
        self._pending_select = new_id
        self._push(
            CreateCommand(
                self.database,
                self.notifier,
                self.tr("Créer la fiche {0}").format(numero),
                FicheAction,
                territoire_id,
                new_id,
                lambda s: fiche_edits.create_fiche(s, territoire_id, axis, fiche_id=new_id),
                on_refused=self._explain,
            )
        )
        self.reload()
        self.editor.focus_title()

    def _on_duplicate_action_triggered(self) -> None:
        current = self._current_row()
        if current is None or self.territoire_id is None:
            return
        self._reset_filters(keep_axis=True)
        source_id, copy_id = current.id, uuid.uuid4()
        self._pending_select = copy_id
        self._push(
            CreateCommand(
                self.database,
                self.notifier,
                self.tr("Dupliquer la fiche {0}").format(current.numero),
                FicheAction,
                self.territoire_id,
                copy_id,
                lambda s: fiche_edits.duplicate_fiche(s, source_id, copy_id=copy_id),
                on_refused=self._explain,
            )
        )
        self.reload()

    def _on_delete_action_triggered(self) -> None:
        current = self._current_row()
        if current is None or self._trash_mode:
            return
        proxy_row = self.ui.fiches_table.currentIndex().row()
        neighbour = self.proxy.index(proxy_row + 1, 0)
        if not neighbour.isValid():
            neighbour = self.proxy.index(proxy_row - 1, 0)
        next_row = neighbour.data(columns.ROW_ROLE) if neighbour.isValid() else None
        self._pending_select = next_row.id if isinstance(next_row, FicheRecord) else None
        fiche_id = current.id
        self._push(
            UpdateCommand(
                self.database,
                self.notifier,
                self.tr("Mettre la fiche {0} à la corbeille").format(current.numero),
                FicheAction,
                self.territoire_id,
                lambda s: fiche_edits.trash_fiche(s, fiche_id),
                on_refused=self._explain,
            )
        )
        self.reload()

    def _on_restore_action_triggered(self) -> None:
        current = self._current_row()
        if current is None or not self._trash_mode:
            return
        fiche_id = current.id
        self._push(
            UpdateCommand(
                self.database,
                self.notifier,
                self.tr("Restaurer la fiche {0}").format(current.numero),
                FicheAction,
                self.territoire_id,
                lambda s: fiche_edits.restore_fiche(s, fiche_id),
                on_refused=self._explain,
            )
        )
        self._pending_select = fiche_id
        self.trash_action.setChecked(False)

    def _on_trash_action_toggled(self, checked: bool) -> None:
        if checked == self._trash_mode:
            return
        self._trash_mode = checked
        self.ui.trash_banner_label.setVisible(checked)
        self.ui.restore_button.setVisible(checked)
        self.reload()
        if self._current_id is None and self.proxy.rowCount() > 0:
            self._select_proxy_row(0)
        elif self._current_id is None:
            self._set_current(None)

    def _move(self, offset: int) -> None:
        current = self._current_row()
        if current is None:
            return
        # Moving is about the list order: show it, not another sort.
        self.ui.fiches_table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.proxy.sort(-1)
        fiche_id = current.id
        label = self.tr("Monter la fiche {0}") if offset < 0 else self.tr("Descendre la fiche {0}")
        self._push(
            ServiceCommand(
                self.database,
                self.notifier,
                label.format(current.numero),
                FicheAction.__tablename__,
                self.territoire_id,
                lambda session: fiche_edits.move_fiche(session, fiche_id, offset),
                fiche_edits.restore_positions,
            )
        )
        self.reload()

    def _on_move_up_action_triggered(self) -> None:
        self._move(-1)

    def _on_move_down_action_triggered(self) -> None:
        self._move(+1)

    def _on_renumber_action_triggered(self) -> None:
        territory = self.territoire_id
        if territory is None:
            return
        self._push(
            ServiceCommand(
                self.database,
                self.notifier,
                self.tr("Renuméroter les fiches"),
                FicheAction.__tablename__,
                territory,
                lambda session: fiche_edits.renumber_fiches(session, territory),
                fiche_edits.restore_numbers,
            )
        )
        self.reload()

    def _on_model_edit_requested(self, fiche_id: uuid.UUID, values: dict[str, object]) -> None:
        """A value typed in the list: one undo command, as in the editor."""
        row = self.model.row_of(fiche_id)
        if row < 0:
            return
        numero = self.model.rows[row].numero
        key = next(iter(values)).removesuffix("_id")
        self._push(
            UpdateCommand(
                self.database,
                self.notifier,
                self.tr("Modifier {0} de la fiche {1}").format(FICHE_ACTION[key].noun, numero),
                FicheAction,
                self.territoire_id,
                lambda s: fiche_edits.update_fiche(s, fiche_id, values),
                on_refused=self._explain,
            )
        )

    def _on_fiches_table_rows_delete_requested(self, rows: list[object]) -> None:
        fiches = [row for row in rows if isinstance(row, FicheRecord)]
        if not fiches or self._trash_mode:
            return
        if len(fiches) > 1:
            self.undo_stack.beginMacro(
                self.tr("Mettre {0} fiches à la corbeille").format(len(fiches))
            )
        for fiche in fiches:
            self._push(
                UpdateCommand(
                    self.database,
                    self.notifier,
                    self.tr("Mettre la fiche {0} à la corbeille").format(fiche.numero),
                    FicheAction,
                    self.territoire_id,
                    partial(fiche_edits.trash_fiche, fiche_id=fiche.id),
                    on_refused=self._explain,
                )
            )
        if len(fiches) > 1:
            self.undo_stack.endMacro()
        self.reload()

    def paste_block(self, block: list[list[str]], anchor: QModelIndex | None = None) -> None:
        """Paste a tracker's block: fiches, with their financing lines and indicators."""
        territoire_id = self.territoire_id
        if territoire_id is None or self._trash_mode or not block:
            return
        anchor = anchor if anchor is not None else QModelIndex()
        view_columns = [columns.EDITABLE_FIELDS.get(c) for c in range(self.model.columnCount())]
        fiche_fields = [f for f in FICHE_ACTION if f.key not in {x.key for x in view_columns if x}]
        read = paste.read_block(
            block,
            view_columns,
            start_column=max(anchor.column(), 0),
            by_header=(*fiche_fields, *LIGNE_FINANCEMENT, *INDICATEUR),
            labels={
                "axe": [c.libelle for c in self.choices.axes],
                "avancement": [c.libelle for c in self.choices.avancements],
                "statut": [c.libelle for c in self.choices.statuts],
            },
        )
        fill: list[uuid.UUID] = []
        if anchor.isValid():
            for proxy_row in range(anchor.row(), self.proxy.rowCount()):
                record = self.proxy.index(proxy_row, 0).data(columns.ROW_ROLE)
                if isinstance(record, FicheRecord):
                    fill.append(record.id)
        self.paster.paste(
            lambda session: pasting.plan_fiches(session, territoire_id, read, fill),
            table=FicheAction.__tablename__,
            text=self.tr("Coller des fiches-actions"),
            view=self.ui.fiches_table,
            done=lambda _plan: self._reset_filters(),
        )

    def _on_fiches_table_paste_requested(self, anchor: QModelIndex, block: list[list[str]]) -> None:
        self.paste_block(block, anchor)

    # --- slots -----------------------------------------------------------------------

    def _on_focus_filter_action_triggered(self) -> None:
        self.ui.filter_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.ui.filter_edit.selectAll()

    def _on_filter_edit_text_changed(self, _text: str) -> None:
        self._apply_filter()
        self._save_text_timer.start()

    def _on_save_text_timer_timeout(self) -> None:
        self.settings.set_value(_KEY_TEXT, self.ui.filter_edit.text())

    def _on_filter_combo_activated(self, _index: int) -> None:
        combo = self.sender()
        combos = self._filter_combos()
        if isinstance(combo, QComboBox) and combo in combos:
            self.settings.set_value(combos[combo][0], str(combo.currentData() or ""))
        self._apply_filter()

    def _on_reset_filters_button_clicked(self) -> None:
        self._reset_filters()
        self.settings.set_value(_KEY_TEXT, "")

    def _on_selection_current_row_changed(
        self, current: QModelIndex, _previous: QModelIndex
    ) -> None:
        row = current.data(columns.ROW_ROLE) if current.isValid() else None
        self._set_current(row.id if isinstance(row, FicheRecord) else None)

    def _on_main_splitter_splitter_moved(self, _pos: int, _index: int) -> None:
        self.settings.set_geometry(_KEY_SPLITTER, self.ui.main_splitter.saveState())

    def _on_notifier_changed(self, table: str, territoire_id: object) -> None:
        if table not in _WATCHED_TABLES:
            return
        if territoire_id is not None and territoire_id != self.territoire_id:
            return
        self._reload_timer.start()
