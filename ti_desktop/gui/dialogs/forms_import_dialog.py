"""Fiche forms returned by partners: what each changes, field by field, before anything is written.

Each form read (``services.imports.form_plan.plan_forms``) is a row: its fiche and
what becomes of it (changes to apply, a new fiche, nothing to change, or refused and
why). The selected form's changes are listed field by field, old → new, with the
financing lines and indicators added, changed or removed, and its notes (a field
the partner removed, kept as it was; a new financer). *Appliquer* hands the checked
forms to the caller, which writes them as one undoable step.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, Slot
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QListWidgetItem, QWidget

from ti_desktop.gui.dialogs.table_import_dialog import show_long_texts
from ti_desktop.gui.forms.ui_forms_import_dialog import Ui_FormsImportDialog
from ti_desktop.gui.models import form_result_table_model as results
from ti_desktop.gui.models.fiche_change_table_model import FieldChangeTableModel
from ti_desktop.services.imports.fiche_changes import FicheChange
from ti_desktop.services.imports.form_plan import REFUSED, FormResult, FormsPlan

ERROR = QColor("#B00020")


class FormsImportDialog(QDialog):
    """Shows a ``FormsPlan``; ``checked_changes`` gives what to apply once accepted."""

    def __init__(self, plan: FormsPlan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_FormsImportDialog()
        self.ui.setupUi(self)  # type: ignore[no-untyped-call]  # generated form
        self.plan = plan
        self.forms_model = results.FormResultTableModel(self)
        self.ui.forms_table.setModel(self.forms_model)
        self.details_model = FieldChangeTableModel(self)
        self.ui.details_table.setModel(self.details_model)
        box = self.ui.button_box
        box.addButton(self.ui.apply_button, QDialogButtonBox.ButtonRole.ActionRole)
        box.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuler"))
        font = QFont(self.ui.verdict_label.font())
        font.setBold(True)
        self.ui.verdict_label.setFont(font)
        self._connect_signals()
        self.forms_model.set_rows(plan.results)
        self._setup_tables()
        self._show_verdict()
        if plan.results:
            self.ui.forms_table.selectRow(0)

    def _setup_tables(self) -> None:
        table = self.ui.forms_table
        for column, width in ((results.COL_FILE, 270), (results.COL_FICHE, 430)):
            table.setColumnWidth(column, width)
        table.horizontalHeader().setSectionResizeMode(
            results.COL_STATUS, QHeaderView.ResizeMode.Stretch
        )
        table.horizontalHeader().setStretchLastSection(False)
        table.setColumnWidth(results.COL_CHANGES, 100)
        show_long_texts(self.ui.details_table, (170, 400))
        self.ui.splitter.setSizes([220, 420])

    def _connect_signals(self) -> None:
        self.ui.button_box.rejected.connect(self.reject)
        self.ui.apply_button.clicked.connect(self.accept)
        self.forms_model.selection_changed.connect(self._show_verdict)
        self.ui.forms_table.selectionModel().selectionChanged.connect(
            self._on_forms_selection_changed
        )

    def checked_changes(self) -> list[FicheChange]:
        """The changes of the checked forms, to apply in one step."""
        return [r.change for r in self.forms_model.checked() if r.change is not None]

    @Slot()
    def _show_verdict(self) -> None:
        plan = self.plan
        chosen = len(self.checked_changes())
        refused = len(plan.refused)
        text = self.tr("{0} formulaire(s) lu(s) : {1} à enregistrer").format(
            len(plan.results), chosen
        )
        if refused:
            text += self.tr(", {0} refusé(s) (motif dans la colonne « Résultat »)").format(refused)
        text += self.tr(
            ". Cochez les formulaires à enregistrer ; rien n'est écrit avant « Appliquer »."
        )
        self.ui.verdict_label.setText(text)
        self.ui.verdict_label.setStyleSheet("color: #B00020;" if refused and not chosen else "")
        self.ui.apply_button.setText(self.tr("&Appliquer ({0})").format(chosen))
        self.ui.apply_button.setEnabled(chosen > 0)
        self.ui.apply_button.setDefault(chosen > 0)

    @Slot(QItemSelection, QItemSelection)
    def _on_forms_selection_changed(self, _new: QItemSelection, _old: QItemSelection) -> None:
        rows = self.ui.forms_table.selectionModel().selectedRows()
        result = rows[0].data(results.RowRole) if rows else None
        self._show_result(result if isinstance(result, FormResult) else None)

    def _show_result(self, result: FormResult | None) -> None:
        self.details_model.set_change(
            result.change if result is not None and result.status != REFUSED else None
        )
        self.ui.details_group.setTitle(
            self.tr("Changements, champ par champ — {0}").format(result.path.name)
            if result is not None
            else self.tr("Changements, champ par champ")
        )
        notes = self.ui.notes_list
        notes.clear()
        if result is None:
            return
        if result.status == REFUSED:
            item = QListWidgetItem(self.tr("Refusé : {0}").format(result.reason))
            item.setForeground(QBrush(ERROR))
            notes.addItem(item)
        for error in result.errors:
            item = QListWidgetItem(error)
            item.setForeground(QBrush(ERROR))
            notes.addItem(item)
        notes.addItems(result.notes)
        notes.setVisible(notes.count() > 0)
