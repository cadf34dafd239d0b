"""What a paste would write, shown before it does (or why it cannot)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from ti_desktop.gui.forms.ui_paste_preview_dialog import Ui_PastePreviewDialog
from ti_desktop.services.entry.pasting import PastePlan

MAX_LINES_SHOWN = 40


class PastePreviewDialog(QDialog):
    """« 20 fiches créées, 60 lignes de financement… » with the warnings; or the problems.

    A plan with problems can only be closed: nothing is written, as for an import.
    """

    def __init__(self, plan: PastePlan, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_PastePreviewDialog()
        self.ui.setupUi(self)  # type: ignore[no-untyped-call]  # generated form
        self.setWindowTitle(title)
        self.plan = plan
        ok = self.ui.button_box.button(QDialogButtonBox.StandardButton.Ok)
        cancel = self.ui.button_box.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Annuler"))
        problems = [str(p).removeprefix("feuille « Presse-papiers », ") for p in plan.problems]
        if problems:
            self.ui.summary_label.setText(
                self.tr(
                    "Rien n'a été collé : {0} cellule(s) refusée(s). Corrigez-les dans le "
                    "tableur, puis collez à nouveau."
                ).format(len(problems))
            )
            ok.hide()
            cancel.setText(self.tr("Fermer"))
            lines = problems
        else:
            self.ui.summary_label.setText(
                self.tr("Coller : {0}. Une seule annulation (Ctrl+Z) défait tout.").format(
                    plan.summary()
                )
            )
            ok.setText(self.tr("Coller"))
            lines = plan.warnings
        if len(lines) > MAX_LINES_SHOWN:
            extra = len(lines) - MAX_LINES_SHOWN
            lines = [*lines[:MAX_LINES_SHOWN], self.tr("… et {0} autre(s)").format(extra)]
        self.ui.details_edit.setPlainText("\n".join(lines))
        self.ui.details_edit.setVisible(bool(lines))
        self.ui.details_caption_label.setVisible(bool(lines))
        self.ui.button_box.accepted.connect(self.accept)
        self.ui.button_box.rejected.connect(self.reject)
