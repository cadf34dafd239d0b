"""Completion while typing, from what the base holds (``services.entry.suggestions``).

``Suggestions`` keeps one string list per kind of value (maîtres d'ouvrage, schemes,
units, places) and the known signatories, read again a moment after a change that
may add one. ``SignatoryDelegate`` offers the known organisations and people in the
signatory tables: choosing « Banque des Territoires — Olivier Moreau, Directeur
régional » fills the row (representative, function, civilité, e-mail) at once.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QStringListModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCompleter, QLineEdit, QStyleOptionViewItem, QWidget

from ti_desktop.db.store import Database
from ti_desktop.gui.delegates import TextDelegate
from ti_desktop.gui.undo import ChangeNotifier
from ti_desktop.services.entry import suggestions
from ti_desktop.services.entry.suggestions import KnownSignatory
from ti_desktop.services.fields import Field

_Index = QModelIndex | QPersistentModelIndex
_SOURCES = {"fiche_action", "ligne_financement", "indicateur", "signataire", "territoire"}
MATCH_ROLE = Qt.ItemDataRole.UserRole + 1
"""What typing is matched against in the signatories' list: organisation and person."""


def set_completions(edit: QLineEdit, model: QStringListModel) -> None:
    """Offer ``model``'s texts while typing in ``edit`` (contains, ignoring case)."""
    completer = QCompleter(model, edit)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    edit.setCompleter(completer)


class Suggestions(QObject):
    """The texts proposed while typing, shared by the pages of a window."""

    def __init__(self, database: Database, notifier: ChangeNotifier, parent: QObject) -> None:
        super().__init__(parent)
        self.database = database
        self.region = ""
        self.maitres_ouvrage = QStringListModel(self)
        self.dispositifs = QStringListModel(self)
        self.units = QStringListModel(self)
        self.localisations = QStringListModel(self)
        self.signatories: list[KnownSignatory] = []
        self.signatory_items = QStandardItemModel(self)
        """Each known signatory: shown « Org — Person, Function », matched on « Org Person »."""
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(400)  # after the reloads of an edit, not during them
        self._timer.timeout.connect(self.refresh)
        notifier.changed.connect(self._on_notifier_changed)
        self.refresh()

    def set_region(self, region: str) -> None:
        """The current territory's Région, for the usual « Région … » signatory."""
        if region != self.region:
            self.region = region
            self.refresh()

    def refresh(self) -> None:
        """Read every list again (one short session)."""
        self._timer.stop()
        with self.database.reader() as session:
            lists = {
                self.maitres_ouvrage: suggestions.maitres_ouvrage(session),
                self.dispositifs: suggestions.dispositifs(session),
                self.units: suggestions.units(session),
                self.localisations: suggestions.localisations(session),
            }
            known = suggestions.known_signatories(session, self.region)
        for model, texts in lists.items():
            if model.stringList() != texts:
                model.setStringList(texts)
        if known != self.signatories:
            self.signatories = known
            self.signatory_items.clear()
            for person in known:
                item = QStandardItem(person.label)
                item.setData(person.key, MATCH_ROLE)
                item.setEditable(False)
                self.signatory_items.appendRow(item)

    def known(self, text: str) -> KnownSignatory | None:
        """The signatory a completion names (its label or its matched text)."""
        return next((k for k in self.signatories if text in (k.label, k.key)), None)

    def _on_notifier_changed(self, table: str, _territoire_id: object) -> None:
        if table in _SOURCES:
            self._timer.start()


class SignatoryDelegate(TextDelegate):
    """An organisation or person cell proposing the signatories the base knows.

    Picking a proposal emits ``chosen(index, known)`` instead of writing the text:
    the page fills the row's empty cells with what is known.
    """

    chosen = Signal(QModelIndex, object)

    def __init__(self, field: Field, source: Suggestions, parent: QObject | None = None) -> None:
        super().__init__(field, parent)
        self.source = source

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: _Index) -> QWidget:
        editor = self._line_editor(parent)
        completer = self.complete_with(editor, self.source.signatory_items)
        completer.setCompletionRole(MATCH_ROLE)
        completer.activated.connect(lambda text: self._on_picked(editor, text))
        return editor

    def _on_picked(self, editor: QLineEdit, label: str) -> None:
        known = self.source.known(label)
        if known is None:
            return
        editor.setProperty("ti_known", known)
        shown = known.representant if self.field and self.field.key == "representant" else None
        editor.setText(shown or known.organisme)

    def problem(self, editor: QWidget) -> Any:
        if editor.property("ti_known") is not None:
            return None
        return super().problem(editor)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: _Index) -> None:
        known = editor.property("ti_known")
        if isinstance(known, KnownSignatory):
            self.chosen.emit(model.index(index.row(), index.column()), known)
            return
        super().setModelData(editor, model, index)
