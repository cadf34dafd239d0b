"""The conflict screen: one card per record, its differing fields side by side, four choices.

*Garder la mienne* (published next time), *Garder celle du serveur* (applied here),
*Modifier…* (correct my version, then keep it; for a duplicate number: renumber mine),
*Décider plus tard* (the card is set aside; the count stays visible).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHeaderView,
    QTableWidgetItem,
    QWidget,
)

from ti_desktop.db.store import Database
from ti_desktop.errors import UserFacingError
from ti_desktop.gui.forms.ui_conflict_card import Ui_ConflictCard
from ti_desktop.gui.forms.ui_conflicts_dialog import Ui_ConflictsDialog
from ti_desktop.services.fields.kinds import Kind
from ti_desktop.services.fields.values import read_value
from ti_desktop.services.sync import conflicts
from ti_desktop.services.sync.conflicts import ConflictView
from ti_desktop.services.sync.tables import sync_table

COL_FIELD, COL_BASE, COL_MINE, COL_THEIRS = range(4)


def _editable(view: ConflictView, column: str) -> bool:
    """Fields typed as text in the card (references to other rows are chosen elsewhere)."""
    field = sync_table(view.table).field(column)
    return field is not None and field.kind is not Kind.CHOICE


class ConflictCard(QFrame):
    """One conflict: the record, what happened, the fields, the choices.

    Emits ``decided(uuid, choice, values)`` with choice ``mine``, ``theirs``, ``values``
    (my corrected values by column) or ``renumber`` (the new number), and ``postponed``.
    """

    decided = Signal(object, str, object)
    postponed = Signal(object)

    def __init__(self, view: ConflictView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ConflictCard()
        self.ui.setupUi(self)  # type: ignore[no-untyped-call]  # generated form
        self.view = view
        self.editing = False
        self.ui.title_label.setText(f"{view.title[:1].upper()}{view.title[1:]} — {view.territory}")
        self.ui.explanation_label.setText(self._explanation())
        self.ui.error_label.setVisible(False)
        self.ui.save_button.setVisible(False)
        self.ui.keep_mine_button.setEnabled(view.can_keep)
        self.ui.keep_theirs_button.setEnabled(view.can_keep)
        if not view.can_keep:
            self.ui.modify_button.setText(self.tr("Renuméroter la mienne…"))
        self._fill_table()
        self._connect_signals()

    def _explanation(self) -> str:
        text = self.view.explanation[:1].upper() + self.view.explanation[1:]
        if self.view.author:
            text += self.tr(" — côté serveur : %1").replace("%1", self.view.author)
            if self.view.when is not None:
                local = self.view.when.astimezone()
                text += (
                    self.tr(", le %1 à %2 (heure du serveur)")
                    .replace("%1", f"{local:%d/%m/%Y}")
                    .replace("%2", f"{local:%H:%M}")
                )
        return text

    def _fill_table(self) -> None:
        table = self.ui.fields_table
        fields = self.view.fields
        table.setRowCount(len(fields))
        no_base = all(f.base is None for f in fields)
        for row, difference in enumerate(fields):
            texts = (
                difference.label,
                difference.base if difference.base is not None else self.tr("(aucune)"),
                difference.mine,
                difference.theirs,
            )
            for column, text in enumerate(texts):
                item = QTableWidgetItem(text)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                table.setItem(row, column, item)
        table.setColumnHidden(COL_BASE, no_base)
        header = table.horizontalHeader()
        header.setSectionResizeMode(COL_FIELD, QHeaderView.ResizeMode.ResizeToContents)
        for column in (COL_BASE, COL_MINE, COL_THEIRS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # rows wrap once the columns have their width: fit again after each layout change
        self._fit_timer = QTimer(self)
        self._fit_timer.setSingleShot(True)
        self._fit_timer.setInterval(0)
        self._fit_timer.timeout.connect(self._fit_table)
        header.sectionResized.connect(self._fit_timer.start)
        self._fit_table()

    def _fit_table(self, *_args: object) -> None:
        """The card shows every field: the table is as tall as its rows."""
        table = self.ui.fields_table
        table.resizeRowsToContents()
        rows = table.verticalHeader().length()
        table.setFixedHeight(table.horizontalHeader().height() + rows + 2 * table.frameWidth())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_timer.start()

    def _connect_signals(self) -> None:
        self.ui.keep_mine_button.clicked.connect(self._on_keep_mine_button_clicked)
        self.ui.keep_theirs_button.clicked.connect(self._on_keep_theirs_button_clicked)
        self.ui.modify_button.clicked.connect(self._on_modify_button_clicked)
        self.ui.save_button.clicked.connect(self._on_save_button_clicked)
        self.ui.later_button.clicked.connect(self._on_later_button_clicked)

    def show_error(self, message: str) -> None:
        self.ui.error_label.setText(message)
        self.ui.error_label.setVisible(True)

    @Slot()
    def _on_keep_mine_button_clicked(self) -> None:
        self.decided.emit(self.view.id, "mine", None)

    @Slot()
    def _on_keep_theirs_button_clicked(self) -> None:
        self.decided.emit(self.view.id, "theirs", None)

    @Slot()
    def _on_later_button_clicked(self) -> None:
        self.postponed.emit(self.view.id)

    @Slot()
    def _on_modify_button_clicked(self) -> None:
        """Let « La mienne » be typed in (only the number, for a duplicate)."""
        self.editing = True
        table = self.ui.fields_table
        for row, difference in enumerate(self.view.fields):
            item = table.item(row, COL_MINE)
            wanted = (
                difference.column == self.view.key_column
                if not self.view.can_keep
                else _editable(self.view, difference.column)
            )
            if item is not None and wanted:
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
                item.setBackground(Qt.GlobalColor.yellow)
        table.setEditTriggers(
            table.EditTrigger.DoubleClicked
            | table.EditTrigger.SelectedClicked
            | table.EditTrigger.AnyKeyPressed
        )
        self.ui.save_button.setVisible(True)
        self.ui.modify_button.setEnabled(False)
        first = next(
            (
                r
                for r in range(table.rowCount())
                if (item := table.item(r, COL_MINE)) is not None
                and item.flags() & Qt.ItemFlag.ItemIsEditable
            ),
            None,
        )
        if first is not None:
            table.setCurrentCell(first, COL_MINE)
            table.setFocus()

    def edited_values(self) -> dict[str, Any]:
        """My typed values, read and checked by the field table.

        Raises:
            UserFacingError: a value breaks its field's rules (« Coût total HT : … »).
        """
        values: dict[str, Any] = {}
        synced = sync_table(self.view.table)
        table = self.ui.fields_table
        for row, difference in enumerate(self.view.fields):
            item = table.item(row, COL_MINE)
            if item is None or not item.flags() & Qt.ItemFlag.ItemIsEditable:
                continue
            text = item.text()
            if text == difference.mine:
                continue
            field = synced.field(difference.column)
            if field is None:
                continue
            values[difference.column] = read_value(field, text)
        return values

    @Slot()
    def _on_save_button_clicked(self) -> None:
        try:
            values = self.edited_values()
        except UserFacingError as exc:
            self.show_error(str(exc))
            return
        if not self.view.can_keep:
            number = str(values.get(self.view.key_column or "", "")).strip()
            if not number:
                self.show_error(self.tr("Tapez le nouveau numéro de votre fiche."))
                return
            self.decided.emit(self.view.id, "renumber", number)
            return
        self.decided.emit(self.view.id, "values", values)


class ConflictsDialog(QDialog):
    """Lists the waiting conflicts as cards and applies the user's decisions.

    Args:
        database: the open database.
        on_changed: called after each decision (the window reloads its pages).
        parent: the main window.
    """

    def __init__(
        self,
        database: Database,
        on_changed: Callable[[], None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_ConflictsDialog()
        self.ui.setupUi(self)  # type: ignore[no-untyped-call]  # generated form
        self.database = database
        self.on_changed = on_changed
        self.postponed: set[uuid.UUID] = set()
        self.cards: list[ConflictCard] = []
        self.views: list[ConflictView] = []
        self.ui.button_box.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Fermer"))
        self.ui.cards_layout.addStretch(1)
        self._connect_signals()
        self.reload()

    def _connect_signals(self) -> None:
        self.ui.keep_all_mine_button.clicked.connect(self._on_keep_all_mine_button_clicked)
        self.ui.keep_all_theirs_button.clicked.connect(self._on_keep_all_theirs_button_clicked)
        self.ui.button_box.rejected.connect(self.reject)
        self.ui.button_box.accepted.connect(self.accept)

    def reload(self) -> None:
        """Rebuild the cards from the file."""
        self.views = conflicts.list_conflicts(self.database)
        for card in self.cards:
            self.ui.cards_layout.removeWidget(card)
            card.deleteLater()
        self.cards = []
        shown = [v for v in self.views if v.id not in self.postponed]
        for view in shown:
            card = ConflictCard(view, self.ui.cards_widget)
            card.decided.connect(self._on_card_decided)
            card.postponed.connect(self._on_card_postponed)
            self.ui.cards_layout.insertWidget(self.ui.cards_layout.count() - 1, card)
            self.cards.append(card)
        self._show_count()

    def _show_count(self) -> None:
        total = len(self.views)
        later = sum(1 for v in self.views if v.id in self.postponed)
        if total == 0:
            text = self.tr("Aucun conflit : tout est décidé.")
        elif total == 1:
            text = self.tr("1 conflit à décider")
        else:
            text = self.tr("%1 conflits à décider").replace("%1", str(total))
        if later:
            text += self.tr(" · %1 reporté(s) à plus tard").replace("%1", str(later))
        self.ui.count_label.setText(text)
        keepable = any(v.can_keep for v in self.views if v.id not in self.postponed)
        self.ui.keep_all_mine_button.setEnabled(keepable)
        self.ui.keep_all_theirs_button.setEnabled(keepable)

    def card(self, row_id: uuid.UUID) -> ConflictCard | None:
        return next((c for c in self.cards if c.view.id == row_id), None)

    def _decide(self, row_id: uuid.UUID, choice: str, payload: Any) -> str | None:
        """Apply one decision; the French error, or None."""
        try:
            if choice in ("mine", "theirs"):
                conflicts.resolve(self.database, row_id, choice)
            elif choice == "renumber":
                conflicts.renumber(self.database, row_id, str(payload))
            else:
                conflicts.resolve_with_values(self.database, row_id, dict(payload or {}))
        except UserFacingError as exc:
            return str(exc)
        return None

    def _after_decisions(self) -> None:
        self.reload()
        if self.on_changed is not None:
            self.on_changed()

    @Slot(object, str, object)
    def _on_card_decided(self, row_id: uuid.UUID, choice: str, payload: Any) -> None:
        error = self._decide(row_id, choice, payload)
        if error is not None:
            card = self.card(row_id)
            if card is not None:
                card.show_error(error)
            return
        self._after_decisions()

    @Slot(object)
    def _on_card_postponed(self, row_id: uuid.UUID) -> None:
        self.postponed.add(row_id)
        self.reload()

    def _decide_all(self, choice: str) -> None:
        for view in [v for v in self.views if v.can_keep and v.id not in self.postponed]:
            if any(current.id == view.id for current in conflicts.list_conflicts(self.database)):
                self._decide(view.id, choice, None)
        self._after_decisions()

    @Slot()
    def _on_keep_all_mine_button_clicked(self) -> None:
        self._decide_all("mine")

    @Slot()
    def _on_keep_all_theirs_button_clicked(self) -> None:
        self._decide_all("theirs")
