"""*Préparer un courriel*: a draft with the generated documents, opened in the mail client."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from email.message import EmailMessage
from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QListWidgetItem, QWidget

from ti_desktop import paths
from ti_desktop.db.store import Database
from ti_desktop.errors import UserFacingError
from ti_desktop.gui.error_dialogs import show_user_error
from ti_desktop.gui.forms.ui_email_dialog import Ui_EmailDialog
from ti_desktop.gui.open_file import show_in_folder
from ti_desktop.services.documents import email_draft
from ti_desktop.services.register.recording import record_email


def drafts_folder() -> Path:
    """Where drafts and their journal are written (``<données>/courriels``)."""
    return paths.user_data_dir() / email_draft.DRAFTS_FOLDER_NAME


class EmailDialog(QDialog):
    """Edit the proposed e-mail, then write it as an unsent ``.eml`` and open it.

    Args:
        database: the open database (read once, to propose recipients and text).
        territoire_id: the territory whose documents are sent.
        attachments: the latest generated documents (the user may add or remove files).
        parent: the main window.

    After *Ouvrir dans la messagerie*, ``draft_path`` holds the written file and the
    dialog is accepted; the draft is also recorded in ``courriels/journal.csv`` and in
    the register of transmissions (a copy of the ``.eml`` with its attachments).

    Raises:
        UserFacingError: the territory no longer exists.
    """

    def __init__(
        self,
        database: Database,
        territoire_id: uuid.UUID,
        attachments: Sequence[Path] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_EmailDialog()
        self.ui.setupUi(self)  # type: ignore[no-untyped-call]  # generated form
        self.draft_path: Path | None = None
        self.database = database
        self.territoire_id = territoire_id
        self.proposal = email_draft.propose_draft(database, territoire_id, list(attachments))
        cancel = self.ui.button_box.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Annuler"))
        self._fill(self.proposal)
        self._connect_signals()
        self._update_buttons()

    def _connect_signals(self) -> None:
        self.ui.add_attachment_button.clicked.connect(self._on_add_attachment_button_clicked)
        self.ui.remove_attachment_button.clicked.connect(self._on_remove_attachment_button_clicked)
        self.ui.attachments_list.itemSelectionChanged.connect(self._update_buttons)
        self.ui.open_in_mail_button.clicked.connect(self._on_open_in_mail_button_clicked)
        self.ui.copy_mailto_button.clicked.connect(self._on_copy_mailto_button_clicked)
        self.ui.button_box.rejected.connect(self.reject)

    def _fill(self, proposal: email_draft.DraftProposal) -> None:
        self.ui.sender_edit.setText(proposal.sender)
        self.ui.recipients_edit.setPlainText("\n".join(proposal.recipients))
        self.ui.cc_edit.setText("; ".join(proposal.cc))
        self.ui.subject_edit.setText(proposal.subject)
        self.ui.body_edit.setPlainText(proposal.body)
        for path in proposal.attachments:
            self._add_attachment(path)
        if proposal.missing_emails:
            self.ui.missing_label.setText(
                self.tr(
                    "Sans adresse électronique (à compléter dans « Signataires ») : {0}"
                ).format(", ".join(proposal.missing_emails))
            )
        self.ui.missing_label.setStyleSheet("color: #9A5B00;")
        self.ui.missing_label.setVisible(bool(proposal.missing_emails))
        self.ui.status_label.setVisible(False)
        self._show_history(proposal.territoire)

    def _show_history(self, territoire: str) -> None:
        """Name the drafts already prepared for this territory (domain: what was sent, when)."""
        journal = drafts_folder() / email_draft.JOURNAL_NAME
        entries = [e for e in email_draft.read_journal(journal) if e.territoire == territoire]
        self.ui.history_label.setVisible(bool(entries))
        if not entries:
            return
        last = entries[-1]
        self.ui.history_label.setText(
            self.tr(
                "Dernier courriel préparé pour ce territoire : le {0} "
                "(« {1} », {2} destinataire(s))."
            ).format(
                f"{last.prepared_at:%d/%m/%Y à %H:%M}", last.subject, str(len(last.recipients))
            )
        )
        self.ui.history_label.setToolTip(
            "\n".join(
                f"{e.prepared_at:%d/%m/%Y %H:%M} — {e.subject} — {', '.join(e.attachments)}"
                for e in reversed(entries[-15:])
            )
        )

    def _add_attachment(self, path: Path) -> None:
        if path in self.attachments():
            return
        item = QListWidgetItem(path.name)
        item.setData(Qt.ItemDataRole.UserRole, str(path))
        item.setToolTip(str(path))
        self.ui.attachments_list.addItem(item)

    def attachments(self) -> list[Path]:
        """The files attached, in the order shown."""
        items = (self.ui.attachments_list.item(i) for i in range(self.ui.attachments_list.count()))
        return [Path(str(item.data(Qt.ItemDataRole.UserRole))) for item in items]

    def build_message(self) -> EmailMessage:
        """The draft as currently edited (raises ``UserFacingError`` on a bad address)."""
        return email_draft.build_draft(
            sender=self.ui.sender_edit.text(),
            recipients=email_draft.split_addresses(self.ui.recipients_edit.toPlainText()),
            cc=email_draft.split_addresses(self.ui.cc_edit.text()),
            subject=self.ui.subject_edit.text(),
            body=self.ui.body_edit.toPlainText(),
            attachments=self.attachments(),
        )

    def _show_status(self, text: str) -> None:
        self.ui.status_label.setText(text)
        self.ui.status_label.setVisible(True)

    @Slot()
    def _update_buttons(self) -> None:
        self.ui.remove_attachment_button.setEnabled(bool(self.ui.attachments_list.selectedItems()))

    @Slot()
    def _on_add_attachment_button_clicked(self) -> None:
        start = str(self.attachments()[0].parent) if self.attachments() else str(Path.home())
        files, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Joindre des fichiers"),
            start,
            self.tr("Documents (*.docx *.pdf *.xlsx *.odt *.ods);;Tous les fichiers (*)"),
        )
        for name in files:
            self._add_attachment(Path(name))

    @Slot()
    def _on_remove_attachment_button_clicked(self) -> None:
        for item in self.ui.attachments_list.selectedItems():
            self.ui.attachments_list.takeItem(self.ui.attachments_list.row(item))
        self._update_buttons()

    @Slot()
    def _on_open_in_mail_button_clicked(self) -> None:
        try:
            message = self.build_message()
            self.draft_path = email_draft.save_draft(
                message, drafts_folder(), territoire=self.proposal.territoire
            )
            record_email(self.database, self.territoire_id, self.draft_path, message)
        except UserFacingError as exc:
            show_user_error(self, exc)
            return
        if QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.draft_path))):
            self.accept()
            return
        # No program opens .eml files: show the file so the user can drag it into the mail.
        self._show_status(
            self.tr(
                "Le brouillon a été enregistré, mais aucune messagerie ne l'a ouvert : "
                "ouvrez « {0} » depuis votre messagerie, ou copiez un lien mailto."
            ).format(self.draft_path)
        )
        show_in_folder(self.draft_path)

    @Slot()
    def _on_copy_mailto_button_clicked(self) -> None:
        try:
            url = email_draft.mailto_url(
                email_draft.split_addresses(self.ui.recipients_edit.toPlainText()),
                email_draft.split_addresses(self.ui.cc_edit.text()),
                self.ui.subject_edit.text(),
                self.ui.body_edit.toPlainText(),
            )
        except UserFacingError as exc:
            show_user_error(self, exc)
            return
        QGuiApplication.clipboard().setText(url)
        self._show_status(
            self.tr(
                "Lien mailto copié. Attention : il ne contient pas les pièces jointes, "
                "à ajouter à la main dans la messagerie."
            )
        )
