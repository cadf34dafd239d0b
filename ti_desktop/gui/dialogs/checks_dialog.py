"""What to complete or correct before generating or sending, with a way to go to each.

The dialog stays beside the window (not modal): « Aller à » shows the place in the
window, the user fixes it, « Vérifier à nouveau » reads the territory again, and
« Continuer quand même » goes on with what was asked (generate, export, send).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeyEvent
from PySide6.QtWidgets import QDialog, QHeaderView, QTreeWidgetItem, QWidget

from ti_desktop.gui.forms.ui_checks_dialog import Ui_ChecksDialog
from ti_desktop.services.checks import Finding, Severity

_FINDING_ROLE = Qt.ItemDataRole.UserRole + 1


class ChecksDialog(QDialog):
    """The findings of ``services.checks`` for one territory.

    Args:
        findings: what to show.
        action: what « Continuer quand même » does (e.g. « Générer le contrat »); None
            when the dialog was opened only to check.
        reload: reads the findings again (« Vérifier à nouveau »).
    """

    go_to_requested = Signal(object)
    """The ``Finding`` whose place the window should show."""

    def __init__(
        self,
        findings: Sequence[Finding],
        reload: Callable[[], list[Finding]],
        action: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_ChecksDialog()
        self.ui.setupUi(self)  # type: ignore[no-untyped-call]  # generated form
        self.setModal(False)
        self._reload = reload
        self.action = action
        self.continued = False
        header = self.ui.findings_tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        if action is None:
            self.ui.continue_button.hide()
        else:
            self.ui.continue_button.setText(self.tr("{0} quand même").format(action))
            self.ui.continue_button.setDefault(True)
        self._connect_signals()
        self.show_findings(list(findings))

    def _connect_signals(self) -> None:
        ui = self.ui
        ui.go_to_button.clicked.connect(self._on_go_to_button_clicked)
        ui.refresh_button.clicked.connect(self._on_refresh_button_clicked)
        ui.continue_button.clicked.connect(self._on_continue_button_clicked)
        ui.close_button.clicked.connect(self.reject)
        ui.findings_tree.itemActivated.connect(lambda *_a: self._on_go_to_button_clicked())
        ui.findings_tree.currentItemChanged.connect(lambda *_a: self._update_buttons())

    @property
    def findings(self) -> list[Finding]:
        tree = self.ui.findings_tree
        items = (tree.topLevelItem(i) for i in range(tree.topLevelItemCount()))
        found = (item.data(0, _FINDING_ROLE) for item in items if item is not None)
        return [finding for finding in found if isinstance(finding, Finding)]

    def show_findings(self, findings: list[Finding]) -> None:
        """Fill the list: what is inconsistent first, then what is missing."""
        tree = self.ui.findings_tree
        tree.clear()
        ordered = sorted(findings, key=lambda f: f.severity is not Severity.INCONSISTENT)
        for finding in ordered:
            message = finding.message[:1].upper() + finding.message[1:]
            item = QTreeWidgetItem([finding.place, message])
            item.setData(0, _FINDING_ROLE, finding)
            item.setToolTip(1, message)
            if finding.severity is Severity.INCONSISTENT:
                for column in (0, 1):
                    item.setForeground(column, QBrush(QColor("#a0001c")))
                item.setText(0, "⚠ " + finding.place)
            tree.addTopLevelItem(item)
        wrong = sum(1 for f in findings if f.severity is Severity.INCONSISTENT)
        if not findings:
            text = self.tr("✓ Rien à signaler : le territoire est complet et cohérent.")
        else:
            count = len(findings)
            text = (
                self.tr("1 point à revoir")
                if count == 1
                else self.tr("{0} points à revoir").format(count)
            )
            if wrong:
                text += (
                    self.tr(", dont 1 incohérence")
                    if wrong == 1
                    else self.tr(", dont {0} incohérences").format(wrong)
                )
            text += ". " + self.tr(
                "Double-cliquez sur un point pour aller le corriger ; vous pouvez aussi "
                "continuer tel quel."
            )
        self.ui.summary_label.setText(text)
        first = tree.topLevelItem(0)
        if first is not None:
            tree.setCurrentItem(first)
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.ui.go_to_button.setEnabled(self.ui.findings_tree.currentItem() is not None)

    def _on_go_to_button_clicked(self) -> None:
        item = self.ui.findings_tree.currentItem()
        finding = item.data(0, _FINDING_ROLE) if item is not None else None
        if isinstance(finding, Finding):
            self.go_to_requested.emit(finding)

    def _on_refresh_button_clicked(self) -> None:
        self.show_findings(self._reload())

    def _on_continue_button_clicked(self) -> None:
        self.continued = True
        self.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Enter on the list goes to the point (itemActivated), not « Continuer ».
        if self.ui.findings_tree.hasFocus() and event.key() in (
            Qt.Key.Key_Return,
            Qt.Key.Key_Enter,
        ):
            self._on_go_to_button_clicked()
            return
        super().keyPressEvent(event)
