"""Preview of a workbook import: what will be created or updated, every error, before writing."""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt, Slot
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QWidget

from ti_desktop.gui.forms.ui_import_preview_dialog import Ui_ImportPreviewDialog
from ti_desktop.gui.models.import_plan_models import (
    COL_ACTION,
    COL_REASON,
    COL_SHEET,
    COL_TERRITORY,
    CellProblemTableModel,
    SortRole,
    TerritoryPreviewTableModel,
    problems_as_text,
)
from ti_desktop.services.exchange.importer import ImportPlan


class ImportPreviewDialog(QDialog):
    """Shows an ``ImportPlan`` from ``services.exchange_import.plan_import``.

    *Importer* accepts the dialog (the caller then runs ``apply_import`` through the
    ``TaskRunner``); it is disabled while the plan has errors. Nothing is written here.

    Args:
        plan: the checked, not yet applied, import.
        parent: the main window.
    """

    def __init__(self, plan: ImportPlan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ImportPreviewDialog()
        self.ui.setupUi(self)  # type: ignore[no-untyped-call]  # generated form
        self.plan = plan

        self.preview_model = TerritoryPreviewTableModel(self)
        self.preview_proxy = QSortFilterProxyModel(self)
        self.preview_proxy.setSourceModel(self.preview_model)
        self.preview_proxy.setSortRole(SortRole)
        self.ui.preview_table.setModel(self.preview_proxy)

        self.errors_model = CellProblemTableModel(self)
        self.errors_proxy = QSortFilterProxyModel(self)
        self.errors_proxy.setSourceModel(self.errors_model)
        self.errors_proxy.setSortRole(SortRole)
        self.ui.errors_table.setModel(self.errors_proxy)

        box = self.ui.button_box
        box.addButton(self.ui.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        box.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuler"))
        self._connect_signals()
        self._show(plan)

    def _connect_signals(self) -> None:
        self.ui.button_box.accepted.connect(self.accept)
        self.ui.button_box.rejected.connect(self.reject)
        self.ui.copy_errors_button.clicked.connect(self._on_copy_errors_button_clicked)

    def _show(self, plan: ImportPlan) -> None:
        self.ui.source_label.setText(self.tr("Classeur : {0}").format(plan.source))
        self.preview_model.set_rows(plan.territories)
        self.errors_model.set_rows(plan.errors)
        self.ui.warnings_list.addItems(plan.warnings)
        if plan.new_financers:
            self.ui.financers_label.setText(
                self.tr("Nouveaux financeurs ajoutés à la liste : {0}").format(
                    ", ".join(plan.new_financers)
                )
            )
        self.ui.financers_label.setVisible(bool(plan.new_financers))

        tabs = self.ui.tabs_widget
        errors_index = tabs.indexOf(self.ui.errors_tab)
        warnings_index = tabs.indexOf(self.ui.warnings_tab)
        tabs.setTabText(errors_index, self.tr("Erreurs ({0})").format(len(plan.errors)))
        tabs.setTabText(warnings_index, self.tr("Avertissements ({0})").format(len(plan.warnings)))
        tabs.setTabEnabled(errors_index, bool(plan.errors))
        tabs.setTabEnabled(warnings_index, bool(plan.warnings))

        verdict_font = QFont(self.ui.verdict_label.font())
        verdict_font.setBold(True)
        self.ui.verdict_label.setFont(verdict_font)
        if plan.errors:
            count = len(plan.errors)
            self.ui.verdict_label.setText(
                self.tr(
                    "{0} erreur(s) dans le classeur. Aucune donnée ne sera importée tant que ces "
                    "erreurs ne sont pas corrigées : corrigez le classeur dans Excel puis "
                    "importez-le de nouveau."
                ).format(count)
            )
            self.ui.verdict_label.setStyleSheet("color: #B00020;")
            tabs.setCurrentIndex(errors_index)
            self.ui.import_button.setEnabled(False)
            self.ui.import_button.setToolTip(
                self.tr("Aucune donnée ne sera importée tant que ces erreurs ne sont pas corrigées")
            )
            self.ui.errors_table.sortByColumn(COL_SHEET, Qt.SortOrder.AscendingOrder)
        else:
            self.ui.verdict_label.setText(
                self.tr(
                    "Le classeur est valide. Vérifiez ci-dessous ce qui sera créé ou mis à jour, "
                    "puis cliquez sur « Importer »."
                )
            )
            tabs.setCurrentIndex(tabs.indexOf(self.ui.preview_tab))
            self.ui.import_button.setEnabled(bool(plan.territories))
            self.ui.import_button.setDefault(True)

        # One line per error, even for thousands of them; the tooltip has the full text.
        self.ui.errors_table.setWordWrap(False)
        errors_header = self.ui.errors_table.horizontalHeader()
        for column in range(COL_REASON):
            errors_header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        errors_header.setSectionResizeMode(COL_REASON, QHeaderView.ResizeMode.Stretch)
        preview_header = self.ui.preview_table.horizontalHeader()
        self.ui.preview_table.setWordWrap(False)
        preview_header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        for column in (COL_TERRITORY, COL_ACTION):
            preview_header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)

    @Slot()
    def _on_copy_errors_button_clicked(self) -> None:
        QGuiApplication.clipboard().setText(problems_as_text(self.plan.errors))
        self.ui.copy_errors_button.setText(self.tr("Erreurs copiées"))
