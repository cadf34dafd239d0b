"""Which territories go into the Région workbook: the current one by default, never the demo."""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QListWidgetItem, QWidget

from ti_desktop.gui.forms.ui_export_dialog import Ui_ExportDialog
from ti_desktop.services.records import TerritoryRecord

_ID_ROLE = Qt.ItemDataRole.UserRole + 1
_NAME_ROLE = Qt.ItemDataRole.UserRole + 2


class ExportDialog(QDialog):
    """A checkable list of the territories of the base.

    The current territory is checked (unless it is the demonstration); the
    demonstration territory is marked and never checked by « Tous ».
    """

    def __init__(
        self,
        territories: Sequence[TerritoryRecord],
        current: uuid.UUID | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_ExportDialog()
        self.ui.setupUi(self)  # type: ignore[no-untyped-call]  # generated form
        self._demo: set[uuid.UUID] = set()
        for territory in territories:
            label = territory.nom
            if territory.est_demo:
                self._demo.add(territory.id)
                label += self.tr(" — données fictives, à ne pas envoyer")
            item = QListWidgetItem(label)
            item.setData(_ID_ROLE, territory.id)
            item.setData(_NAME_ROLE, territory.nom)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            chosen = territory.id == current and not territory.est_demo
            item.setCheckState(Qt.CheckState.Checked if chosen else Qt.CheckState.Unchecked)
            self.ui.territories_list.addItem(item)
            if territory.id == current:
                self.ui.territories_list.setCurrentItem(item)
        ok = self.ui.button_box.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Exporter…"))
        self.ui.button_box.button(QDialogButtonBox.StandardButton.Cancel).setText(
            self.tr("Annuler")
        )
        self.ui.button_box.accepted.connect(self.accept)
        self.ui.button_box.rejected.connect(self.reject)
        self.ui.all_button.clicked.connect(lambda: self._check_all(True))
        self.ui.none_button.clicked.connect(lambda: self._check_all(False))
        self.ui.territories_list.itemChanged.connect(lambda *_a: self._update())
        self._update()

    def _items(self) -> list[QListWidgetItem]:
        widget = self.ui.territories_list
        return [item for i in range(widget.count()) if (item := widget.item(i)) is not None]

    def _check_all(self, checked: bool) -> None:
        for item in self._items():
            wanted = checked and item.data(_ID_ROLE) not in self._demo
            item.setCheckState(Qt.CheckState.Checked if wanted else Qt.CheckState.Unchecked)

    def chosen_ids(self) -> list[uuid.UUID]:
        """The territories checked, in the list's order."""
        return [
            item.data(_ID_ROLE)
            for item in self._items()
            if item.checkState() == Qt.CheckState.Checked
        ]

    def chosen_names(self) -> list[str]:
        """Their names, as the exporter selects them."""
        return [
            str(item.data(_NAME_ROLE))
            for item in self._items()
            if item.checkState() == Qt.CheckState.Checked
        ]

    def set_checked(self, ids: Sequence[uuid.UUID]) -> None:
        """Check exactly ``ids`` (tests, and the last choice)."""
        for item in self._items():
            wanted = item.data(_ID_ROLE) in ids
            item.setCheckState(Qt.CheckState.Checked if wanted else Qt.CheckState.Unchecked)

    def _update(self) -> None:
        count = len(self.chosen_ids())
        demo = any(i in self._demo for i in self.chosen_ids())
        text = (
            self.tr("Aucun territoire choisi")
            if count == 0
            else self.tr("{0} territoire(s) dans le classeur").format(count)
        )
        if demo:
            text += self.tr(" — attention : la démonstration est cochée (données fictives)")
        self.ui.count_label.setText(text)
        ok = self.ui.button_box.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(count > 0)
