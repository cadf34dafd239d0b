"""The *Historique des envois* page: what was sent for a territory, to whom, and what changed since.

The list (newest first) filters by kind and recipient; the selected transmission's
kept copy opens again; a contract or avenant sent is marked as the signed version
with its signature date (an undoable command); below, the changes since the selected
transmission, in French, from the register's snapshot.
"""

from __future__ import annotations

import uuid
from datetime import date

from PySide6.QtCore import QDate, QItemSelection, Qt, Slot
from PySide6.QtGui import QShowEvent, QUndoStack
from PySide6.QtWidgets import QHeaderView, QWidget

from ti_desktop.db.store import Database
from ti_desktop.db.vocabulary import NatureEnvoi
from ti_desktop.errors import UserFacingError
from ti_desktop.gui.forms.ui_history_page import Ui_HistoryPage
from ti_desktop.gui.models.transmission_table_model import (
    COL_DATE,
    COL_OBJET,
    RowRole,
    TransmissionFilterProxy,
    TransmissionTableModel,
)
from ti_desktop.gui.open_file import open_path, show_in_folder
from ti_desktop.gui.pages.page_support import show_error
from ti_desktop.gui.undo import ChangeNotifier, ServiceCommand
from ti_desktop.services.register import changes as register_changes
from ti_desktop.services.register.transmissions import (
    TransmissionRecord,
    list_transmissions,
    set_signed,
)
from ti_desktop.services.register.wording import describe_since

TABLE = "envoi"
"""The notifier's name for the register (recording, signature)."""


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def _pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class HistoryPage(QWidget):
    """A territory's transmissions, their kept copies, signature and changes since.

    Args:
        database: the open database (one short session per reload).
        undo_stack: the window's undo stack (marking signed is undoable).
        notifier: reloads the list when something is recorded or signed.
        parent: the owning widget.
    """

    def __init__(
        self,
        database: Database,
        undo_stack: QUndoStack,
        notifier: ChangeNotifier,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_HistoryPage()
        self.ui.setupUi(self)  # type: ignore[no-untyped-call]  # generated form
        self.database = database
        self.undo_stack = undo_stack
        self.notifier = notifier
        self.territoire_id: uuid.UUID | None = None
        self._stale = False
        self.model = TransmissionTableModel(self)
        self.proxy = TransmissionFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self._setup_widgets()
        self._connect_signals()
        self._show_selected()

    def _setup_widgets(self) -> None:
        ui = self.ui
        ui.history_table.setModel(self.proxy)
        ui.history_table.sortByColumn(COL_DATE, Qt.SortOrder.DescendingOrder)
        header = ui.history_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.resizeSection(COL_DATE, 130)
        header.resizeSection(COL_OBJET, 240)
        ui.kind_filter_combo.addItem(self.tr("Tous les envois"), None)
        for nature in NatureEnvoi:
            ui.kind_filter_combo.addItem(nature.label, nature.value)
        ui.signed_date_edit.setDate(QDate.currentDate())
        ui.signed_date_edit.setMaximumDate(QDate.currentDate())
        ui.history_splitter.setSizes([360, 260])

    def _connect_signals(self) -> None:
        ui = self.ui
        ui.kind_filter_combo.currentIndexChanged.connect(self._on_filters_changed)
        ui.recipient_filter_edit.textChanged.connect(self._on_filters_changed)
        ui.history_table.selectionModel().selectionChanged.connect(
            self._on_history_table_selection_changed
        )
        ui.open_copy_button.clicked.connect(self._on_open_copy_button_clicked)
        ui.show_copy_button.clicked.connect(self._on_show_copy_button_clicked)
        ui.mark_signed_button.clicked.connect(self._on_mark_signed_button_clicked)
        ui.unmark_signed_button.clicked.connect(self._on_unmark_signed_button_clicked)
        self.notifier.changed.connect(self._on_notifier_changed)

    # --- public ----------------------------------------------------------------------

    def set_territory(self, territoire_id: uuid.UUID | None) -> None:
        """Show the transmissions of ``territoire_id`` (None: an empty page)."""
        self.territoire_id = territoire_id
        self.reload()

    def reload(self) -> None:
        """Read the register again (one short session), keeping the selection."""
        self._stale = False
        keep = self.current_transmission()
        if self.territoire_id is None:
            rows: list[TransmissionRecord] = []
        else:
            with self.database.reader() as session:
                rows = list_transmissions(session, self.territoire_id)
        self.model.set_rows(rows)
        row = self.model.row_of(keep.id) if keep is not None else -1
        if row < 0 and self.proxy.rowCount() > 0:
            self.ui.history_table.selectRow(0)
        elif row >= 0:
            proxy_index = self.proxy.mapFromSource(self.model.index(row, 0))
            self.ui.history_table.selectRow(proxy_index.row())
        self._update_count()
        self._show_selected()

    def current_transmission(self) -> TransmissionRecord | None:
        """The transmission selected in the list."""
        rows = self.ui.history_table.selectionModel().selectedRows()
        found = rows[0].data(RowRole) if rows else None
        return found if isinstance(found, TransmissionRecord) else None

    # --- showing ---------------------------------------------------------------------

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        if total == 0:
            text = self.tr("Aucun envoi consigné")
        elif shown == total:
            text = self.tr("{0} envoi(s)").format(total)
        else:
            text = self.tr("{0} envoi(s) sur {1}").format(shown, total)
        self.ui.count_label.setText(text)

    def _show_selected(self) -> None:
        ui = self.ui
        sent = self.current_transmission()
        has_copy = sent is not None and bool(sent.fichiers)
        ui.open_copy_button.setEnabled(has_copy)
        ui.show_copy_button.setEnabled(has_copy)
        signable = sent is not None and sent.is_signable
        for widget in (ui.signed_label, ui.signed_date_edit, ui.mark_signed_button):
            widget.setEnabled(signable)
        ui.unmark_signed_button.setEnabled(sent is not None and sent.signe_le is not None)
        if sent is not None and sent.signe_le is not None:
            ui.signed_date_edit.setDate(_qdate(sent.signe_le))
        if sent is None or self.territoire_id is None:
            ui.changes_title_label.setText(self.tr("Changements depuis cet envoi"))
            ui.changes_text.setPlainText(
                self.tr("Choisissez un envoi pour voir ce qui a changé depuis.")
                if self.model.rowCount()
                else ""
            )
            return
        ui.changes_title_label.setText(self.tr("Changements depuis : {0}").format(sent.describe()))
        try:
            found = register_changes.changes_since(self.database, self.territoire_id, sent)
        except UserFacingError as exc:
            ui.changes_text.setPlainText(exc.message)
            return
        ui.changes_text.setPlainText("\n".join(describe_since(found)))

    # --- slots -----------------------------------------------------------------------

    @Slot()
    def _on_filters_changed(self, *_args: object) -> None:
        self.proxy.set_filters(
            self.ui.kind_filter_combo.currentData(), self.ui.recipient_filter_edit.text()
        )
        if self.current_transmission() is None and self.proxy.rowCount() > 0:
            self.ui.history_table.selectRow(0)
        self._update_count()
        self._show_selected()

    @Slot(QItemSelection, QItemSelection)
    def _on_history_table_selection_changed(
        self, _selected: QItemSelection, _deselected: QItemSelection
    ) -> None:
        self._show_selected()

    def _kept_copy(self) -> TransmissionRecord | None:
        sent = self.current_transmission()
        if sent is None or not sent.fichiers:
            return None
        copy = sent.fichiers[0].kept_copy
        if not copy.is_file():
            show_error(
                self,
                self.tr("La copie « {0} » n'est plus dans le dossier de données.").format(copy),
            )
            return None
        return sent

    @Slot()
    def _on_open_copy_button_clicked(self) -> None:
        sent = self._kept_copy()
        if sent is not None:
            open_path(sent.fichiers[0].kept_copy)

    @Slot()
    def _on_show_copy_button_clicked(self) -> None:
        sent = self._kept_copy()
        if sent is not None:
            show_in_folder(sent.fichiers[0].kept_copy)

    def _sign(self, signed_on: date | None) -> None:
        sent = self.current_transmission()
        if sent is None:
            return
        envoi_id = sent.id
        text = (
            self.tr("Marquer « {0} » comme version signée").format(sent.objet)
            if signed_on is not None
            else self.tr("Retirer la mention « signé » de « {0} »").format(sent.objet)
        )
        self.undo_stack.push(
            ServiceCommand(
                self.database,
                self.notifier,
                text,
                TABLE,
                self.territoire_id,
                lambda session: set_signed(session, envoi_id, signed_on),
                lambda session, previous: set_signed(session, envoi_id, previous),
                on_refused=self._refused,
            )
        )

    def _refused(self, error: UserFacingError) -> None:
        show_error(self, error)

    @Slot()
    def _on_mark_signed_button_clicked(self) -> None:
        self._sign(_pydate(self.ui.signed_date_edit.date()))

    @Slot()
    def _on_unmark_signed_button_clicked(self) -> None:
        self._sign(None)

    @Slot(str, object)
    def _on_notifier_changed(self, _table: str, territoire_id: object) -> None:
        if self.territoire_id is None:
            return
        if territoire_id is not None and territoire_id != self.territoire_id:
            return
        # the list on a new transmission, the changes on any edit of the territory
        if self.isVisible():
            self.reload()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self.reload()
        super().showEvent(event)
