"""Import any tracker: its column mapping and the preview of what it changes, in one dialog.

The file was read off the GUI thread (``services.imports.reading.read_tracker``); the
dialog shows what each column becomes and lets the user change it (a combo box in
the « Devient » column), and the status of financer columns. Each change re-checks
the whole tracker off the GUI thread (``plan.plan_tracker``) and refreshes the
preview: fiches created and updated with their changes field by field, every error
(sheet, row, column, reason) and every warning. *Importer* is enabled only for a plan
without error; it hands the plan to the caller, which applies it as one undoable step.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import (
    QAbstractItemModel,
    QItemSelection,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from ti_desktop.db.store import Database
from ti_desktop.gui.forms.ui_table_import_dialog import Ui_TableImportDialog
from ti_desktop.gui.models import column_mapping_table_model as columns
from ti_desktop.gui.models import fiche_change_table_model as changes
from ti_desktop.gui.models.import_plan_models import CellProblemTableModel, problems_as_text
from ti_desktop.gui.models.import_plan_models import SortRole as ProblemSortRole
from ti_desktop.gui.tasks import TaskRunner
from ti_desktop.services import reference_lists
from ti_desktop.services.imports.plan import TrackerPlan, plan_tracker
from ti_desktop.services.imports.reading import TrackerReading, read_tracker

_Index = QModelIndex | QPersistentModelIndex
ERROR_STYLE = "color: #B00020;"
OK_STYLE = "color: #1e6b34;"
REPLAN_DELAY_MS = 250


class TargetDelegate(QStyledItemDelegate):
    """A combo box of what a column may become (the model's ``OptionsRole``)."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: _Index) -> QWidget:
        combo = QComboBox(parent)
        combo.setMaxVisibleItems(20)
        for label, spec in index.data(columns.OptionsRole) or []:
            combo.addItem(label, spec)
        combo.activated.connect(lambda _i: self.commitData.emit(combo))
        return combo

    def setEditorData(self, editor: QWidget, index: _Index) -> None:
        assert isinstance(editor, QComboBox)
        found = editor.findData(index.data(Qt.ItemDataRole.EditRole))
        editor.setCurrentIndex(max(found, 0))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: _Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class TableImportDialog(QDialog):
    """The mapping and preview of one tracker for one territory.

    Args:
        reading: the tracker read (its mapping proposed, possibly remembered).
        database: where the plan is checked (never written here).
        territoire_id: the territory the fiches belong to.
        territory: its name, for the texts.
        tasks: runs the checks off the GUI thread.
        parent: the main window.
    """

    import_requested = Signal(object, object)
    """(TrackerPlan, TrackerReading) once the user confirmed a valid plan."""

    def __init__(
        self,
        reading: TrackerReading,
        database: Database,
        territoire_id: uuid.UUID,
        territory: str,
        tasks: TaskRunner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_TableImportDialog()
        self.ui.setupUi(self)  # type: ignore[no-untyped-call]  # generated form
        self.reading = reading
        self.database = database
        self.territoire_id = territoire_id
        self.territory = territory
        self.tasks = tasks
        self.plan: TrackerPlan | None = None
        self._generation = 0

        with database.reader() as session:
            self.financers = [f.libelle for f in reference_lists.financers(session)]
            statuses = [s.libelle for s in reference_lists.financing_statuses(session)]
        self.mapping_model = columns.ColumnMappingTableModel(self)
        self.ui.mapping_table.setModel(self.mapping_model)
        self.ui.mapping_table.setItemDelegateForColumn(columns.COL_TARGET, TargetDelegate(self))
        self.changes_model = changes.FicheChangeTableModel(self)
        self.changes_proxy = QSortFilterProxyModel(self)
        self.changes_proxy.setSourceModel(self.changes_model)
        self.changes_proxy.setSortRole(changes.SortRole)
        self.ui.changes_table.setModel(self.changes_proxy)
        self.details_model = changes.FieldChangeTableModel(self)
        self.ui.details_table.setModel(self.details_model)
        self.errors_model = CellProblemTableModel(self)
        self.errors_proxy = QSortFilterProxyModel(self)
        self.errors_proxy.setSourceModel(self.errors_model)
        self.errors_proxy.setSortRole(ProblemSortRole)
        self.ui.errors_table.setModel(self.errors_proxy)
        self._replan_timer = QTimer(self)
        self._replan_timer.setSingleShot(True)
        self._replan_timer.setInterval(REPLAN_DELAY_MS)

        default = next((s for s in statuses if s == "Sollicité"), statuses[0] if statuses else "")
        self.ui.status_combo.addItems(statuses)
        self.ui.status_combo.setCurrentText(default)
        box = self.ui.button_box
        box.addButton(self.ui.import_button, QDialogButtonBox.ButtonRole.ActionRole)
        box.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuler"))
        font = QFont(self.ui.verdict_label.font())
        font.setBold(True)
        self.ui.verdict_label.setFont(font)
        self._setup_tables()
        self._connect_signals()
        self.show_reading(reading)

    def _setup_tables(self) -> None:
        header = self.ui.mapping_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        for column, width in (
            (columns.COL_LETTER, 42),
            (columns.COL_HEADER, 250),
            (columns.COL_SAMPLES, 380),
            (columns.COL_TARGET, 300),
        ):
            self.ui.mapping_table.setColumnWidth(column, width)
        header.setSectionResizeMode(columns.COL_ORIGIN, QHeaderView.ResizeMode.Stretch)
        self.ui.mapping_table.verticalHeader().setDefaultSectionSize(24)
        changes_header = self.ui.changes_table.horizontalHeader()
        for column, width in ((0, 62), (1, 40), (2, 250), (3, 90), (4, 95)):
            self.ui.changes_table.setColumnWidth(column, width)
        changes_header.setStretchLastSection(True)
        show_long_texts(self.ui.details_table, (135, 165))
        self.ui.preview_splitter.setSizes([555, 585])
        self.ui.splitter.setSizes([330, 380])

    def _connect_signals(self) -> None:
        self.ui.button_box.rejected.connect(self.reject)
        self.ui.import_button.clicked.connect(self._on_import_button_clicked)
        self.ui.copy_errors_button.clicked.connect(self._on_copy_errors_button_clicked)
        self.ui.status_combo.currentTextChanged.connect(self._on_status_combo_changed)
        self.ui.sheet_combo.activated.connect(self._on_sheet_combo_activated)
        self.mapping_model.mapping_changed.connect(self._on_mapping_changed)
        self._replan_timer.timeout.connect(self.replan)
        self.ui.changes_table.selectionModel().selectionChanged.connect(
            self._on_changes_selection_changed
        )

    # --- showing ----------------------------------------------------------------------------

    def show_reading(self, reading: TrackerReading) -> None:
        """Show a (re)read tracker and check it."""
        self.reading = reading
        where = self.tr("« {0} », feuille « {1} », en-têtes lus en ligne {2}").format(
            reading.source.name, reading.sheet, reading.header.number
        )
        if reading.reading:
            where += f" ({reading.reading})"
        text = self.tr("Tableau {0} → fiches-actions de « {1} ».").format(where, self.territory)
        if reading.remembered:
            text += " " + self.tr("Correspondance reprise de votre dernier import de ce tableau.")
        self.ui.source_label.setText(text)
        combo = self.ui.sheet_combo
        blocked = combo.blockSignals(True)
        combo.clear()
        combo.addItems(reading.sheets)
        combo.setCurrentText(reading.sheet)
        combo.blockSignals(blocked)
        self.ui.sheet_combo.setEnabled(len(reading.sheets) > 1)
        self.mapping_model.set_rows(reading.columns, self.financers)
        self.replan()

    @Slot()
    def replan(self) -> None:
        """Check the tracker again with the current mapping (off the GUI thread)."""
        self._replan_timer.stop()
        self._generation += 1
        generation = self._generation
        reading, database, territoire_id = self.reading, self.database, self.territoire_id
        statut = self.ui.status_combo.currentText() or None
        self.ui.import_button.setEnabled(False)
        self.tasks.run(
            lambda progress: plan_tracker(
                database, reading, territoire_id, statut=statut, progress=progress
            ),
            title=self.tr("Vérification du tableau…"),
            parent=self,
            on_done=lambda plan: self._show_plan(plan, generation),
        )

    def _show_plan(self, plan: TrackerPlan, generation: int) -> None:
        if generation != self._generation:
            return  # a later check is on its way
        self.plan = plan
        self.changes_model.set_rows(plan.changes)
        self.errors_model.set_rows(plan.errors)
        self.ui.warnings_list.clear()
        self.ui.warnings_list.addItems(plan.warnings)
        tabs = self.ui.tabs_widget
        errors_index = tabs.indexOf(self.ui.errors_tab)
        warnings_index = tabs.indexOf(self.ui.warnings_tab)
        counts = plan.counts
        tabs.setTabText(
            tabs.indexOf(self.ui.preview_tab),
            self.tr("2. Aperçu ({0} créée(s), {1} mise(s) à jour)").format(
                counts.created, counts.updated
            ),
        )
        tabs.setTabText(errors_index, self.tr("Erreurs ({0})").format(len(plan.errors)))
        tabs.setTabText(warnings_index, self.tr("Avertissements ({0})").format(len(plan.warnings)))
        tabs.setTabEnabled(errors_index, bool(plan.errors))
        tabs.setTabEnabled(warnings_index, bool(plan.warnings))
        if plan.errors:
            self.ui.verdict_label.setText(
                self.tr(
                    "{0} problème(s) à corriger : rien ne sera importé tant qu'il en reste. "
                    "Changez la correspondance ci-dessus, ou corrigez le tableau puis "
                    "importez-le de nouveau."
                ).format(len(plan.errors))
            )
            self.ui.verdict_label.setStyleSheet(ERROR_STYLE)
            tabs.setCurrentIndex(errors_index)
        else:
            self.ui.verdict_label.setText(
                self.tr(
                    "Prêt à importer : {0} Vérifiez l'aperçu, puis cliquez sur « Importer »."
                ).format(plan.summary())
            )
            self.ui.verdict_label.setStyleSheet(OK_STYLE)
            tabs.setCurrentIndex(tabs.indexOf(self.ui.preview_tab))
        writes = any(change.changes_anything for change in plan.changes)
        self.ui.import_button.setEnabled(plan.is_valid and writes)
        self.ui.import_button.setDefault(plan.is_valid and writes)
        first = self.changes_proxy.index(0, 0)
        if first.isValid():
            self.ui.changes_table.selectRow(0)
        else:
            self.details_model.set_change(None)

    # --- slots ------------------------------------------------------------------------------

    @Slot(int)
    def _on_mapping_changed(self, _index: int) -> None:
        self._replan_timer.start()

    @Slot(str)
    def _on_status_combo_changed(self, _text: str) -> None:
        self._replan_timer.start()

    @Slot(int)
    def _on_sheet_combo_activated(self, _index: int) -> None:
        sheet = self.ui.sheet_combo.currentText()
        if sheet == self.reading.sheet:
            return
        source, database = self.reading.source, self.database
        self.tasks.run(
            lambda progress: read_tracker(database, source, sheet=sheet, progress=progress),
            title=self.tr("Lecture de la feuille « {0} »…").format(sheet),
            parent=self,
            on_done=self.show_reading,
        )

    @Slot(QItemSelection, QItemSelection)
    def _on_changes_selection_changed(self, _new: QItemSelection, _old: QItemSelection) -> None:
        index = self.ui.changes_table.currentIndex()
        rows = self.ui.changes_table.selectionModel().selectedRows()
        chosen = rows[0] if rows else index
        self.details_model.set_change(chosen.data(changes.RowRole) if chosen.isValid() else None)

    @Slot()
    def _on_import_button_clicked(self) -> None:
        if self.plan is None or not self.plan.is_valid:
            return
        self.import_requested.emit(self.plan, self.reading)
        self.accept()

    @Slot()
    def _on_copy_errors_button_clicked(self) -> None:
        if self.plan is None:
            return
        QGuiApplication.clipboard().setText(problems_as_text(self.plan.errors))
        self.ui.copy_errors_button.setText(self.tr("Erreurs copiées"))


def show_long_texts(view: QTableView, widths: tuple[int, int]) -> None:
    """A changes table whose rows grow to show free texts whole, paragraphs included."""
    view.setWordWrap(True)
    view.setColumnWidth(changes.COL_FIELD, widths[0])
    view.setColumnWidth(changes.COL_OLD, widths[1])
    rows = view.verticalHeader()
    rows.setMinimumSectionSize(24)
    rows.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
