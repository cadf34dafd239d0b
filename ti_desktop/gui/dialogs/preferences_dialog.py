"""*Préférences*: the Word templates (choose, reset, check) and the PDF option."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QLineEdit, QWidget

from ti_desktop import paths
from ti_desktop.gui.forms.ui_preferences_dialog import Ui_PreferencesDialog
from ti_desktop.gui.settings import AppSettings
from ti_desktop.gui.tasks import TaskRunner
from ti_desktop.services.documents.pdf import find_soffice
from ti_desktop.services.documents.render import TemplateReport, check_template
from ti_desktop.services.progress import ProgressCallback


class PreferencesDialog(QDialog):
    """Edits ``AppSettings``: contract and fiche templates, *Produire aussi un PDF*.

    Settings are written only when the dialog is accepted (*OK*).

    Args:
        settings: the application settings.
        runner: runs template checks off the GUI thread (None: checked at once).
        parent: the main window.
    """

    def __init__(
        self,
        settings: AppSettings,
        runner: TaskRunner | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_PreferencesDialog()
        self.ui.setupUi(self)  # type: ignore[no-untyped-call]  # generated form
        self.settings = settings
        self.runner = runner
        self.contract_template: Path | None = settings.contract_template
        self.fiche_template: Path | None = settings.fiche_template
        self.last_report: TemplateReport | None = None
        self.soffice = find_soffice()

        self.ui.check_report_text.setVisible(False)
        self.ui.pdf_checkbox.setChecked(settings.generate_pdf)
        self._show_soffice_status()
        self._show_templates()
        cancel = self.ui.button_box.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Annuler"))
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.ui.contract_browse_button.clicked.connect(self._on_contract_browse_button_clicked)
        self.ui.fiche_browse_button.clicked.connect(self._on_fiche_browse_button_clicked)
        self.ui.contract_default_button.clicked.connect(self._on_contract_default_button_clicked)
        self.ui.fiche_default_button.clicked.connect(self._on_fiche_default_button_clicked)
        self.ui.contract_check_button.clicked.connect(self._on_contract_check_button_clicked)
        self.ui.fiche_check_button.clicked.connect(self._on_fiche_check_button_clicked)
        self.ui.button_box.accepted.connect(self.accept)
        self.ui.button_box.rejected.connect(self.reject)

    # -- display --------------------------------------------------------------------
    def _show_soffice_status(self) -> None:
        if self.soffice is not None:
            self.ui.soffice_status_label.setText(
                self.tr("LibreOffice trouvé : {0}").format(self.soffice)
            )
            self.ui.soffice_status_label.setStyleSheet("")
        else:
            self.ui.soffice_status_label.setText(
                self.tr(
                    "LibreOffice est introuvable : seuls les documents Word seront produits. "
                    "Installez LibreOffice (gratuit, libreoffice.org) pour obtenir aussi les PDF."
                )
            )
            self.ui.soffice_status_label.setStyleSheet("color: #9A5B00;")

    def _show_template(self, edit: QLineEdit, chosen: Path | None, default: Path) -> None:
        if chosen is None:
            edit.setText(self.tr("Modèle fourni ({0})").format(default.name))
            edit.setToolTip(str(default))
        else:
            edit.setText(str(chosen))
            edit.setToolTip(str(chosen))

    def _show_templates(self) -> None:
        self._show_template(
            self.ui.contract_template_edit,
            self.contract_template,
            paths.default_contract_template(),
        )
        self._show_template(
            self.ui.fiche_template_edit, self.fiche_template, paths.default_fiche_template()
        )
        self.ui.contract_default_button.setEnabled(self.contract_template is not None)
        self.ui.fiche_default_button.setEnabled(self.fiche_template is not None)

    def show_report(self, report: TemplateReport) -> None:
        """Show a template check: the verdict first, then the problems, then the variables."""
        self.last_report = report
        if report.can_render:
            verdict = self.tr("✔ Le modèle « {0} » peut être utilisé.")
        else:
            verdict = self.tr("✘ Le modèle « {0} » ne peut pas être utilisé en l'état.")
        lines = [verdict.format(report.path.name), ""]
        details = report.lines()[1:]  # the first line repeats the path
        problems = [line for line in details if line.startswith(("ERREUR", "ATTENTION"))]
        others = [
            line for line in details if line not in problems and not line.startswith("Le modèle ")
        ]
        lines += problems + ([""] if problems else []) + others
        lines.append(self.tr("Fichier : {0}").format(report.path))
        self.ui.check_report_text.setPlainText("\n".join(lines).strip())
        self.ui.check_report_text.setStyleSheet(
            "" if report.can_render else "QPlainTextEdit { color: #B00020; }"
        )
        self.ui.check_report_text.setVisible(True)

    # -- templates ------------------------------------------------------------------
    def _choose(self, title: str, current: Path | None) -> Path | None:
        start = str(current.parent if current else self.settings.last_directory)
        name, _ = QFileDialog.getOpenFileName(
            self, title, start, self.tr("Documents Word (*.docx)")
        )
        if not name:
            return None
        chosen = Path(name)
        self.settings.last_directory = chosen.parent
        return chosen

    def _check(self, path: Path) -> None:
        def job(progress: ProgressCallback) -> TemplateReport:
            progress(0, 0, self.tr("Vérification de « {0} »…").format(path.name))
            return check_template(path)

        if self.runner is None:
            self.show_report(check_template(path))
            return
        self.runner.run(
            job,
            title=self.tr("Vérification du modèle"),
            parent=self,
            on_done=self.show_report,
            cancellable=False,
        )

    @Slot()
    def _on_contract_browse_button_clicked(self) -> None:
        chosen = self._choose(self.tr("Choisir le modèle de contrat"), self.contract_template)
        if chosen is not None:
            self.contract_template = chosen
            self._show_templates()
            self._check(chosen)

    @Slot()
    def _on_fiche_browse_button_clicked(self) -> None:
        chosen = self._choose(self.tr("Choisir le modèle de fiche-action"), self.fiche_template)
        if chosen is not None:
            self.fiche_template = chosen
            self._show_templates()
            self._check(chosen)

    @Slot()
    def _on_contract_default_button_clicked(self) -> None:
        self.contract_template = None
        self._show_templates()

    @Slot()
    def _on_fiche_default_button_clicked(self) -> None:
        self.fiche_template = None
        self._show_templates()

    @Slot()
    def _on_contract_check_button_clicked(self) -> None:
        self._check(self.contract_template or paths.default_contract_template())

    @Slot()
    def _on_fiche_check_button_clicked(self) -> None:
        self._check(self.fiche_template or paths.default_fiche_template())

    # -- result ---------------------------------------------------------------------
    def accept(self) -> None:
        """Write the choices into the settings, then close."""
        self.settings.contract_template = self.contract_template
        self.settings.fiche_template = self.fiche_template
        self.settings.generate_pdf = self.ui.pdf_checkbox.isChecked()
        super().accept()
