"""Delegates of the fiche editor: French amounts, clearable dates, financer and status combos."""

from __future__ import annotations

import uuid
from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QStyleOptionViewItem, QWidget
from pytestqt.qtbot import QtBot

from ti_desktop.gui.delegates import (
    AmountDelegate,
    ChoiceDelegate,
    DateDelegate,
    FinancerDelegate,
)
from ti_desktop.gui.models import financing_table_model as fin
from ti_desktop.gui.models import indicator_table_model as ind
from ti_desktop.gui.widgets.date_line_edit import DateLineEdit
from ti_desktop.services.edits.fiches import Choice
from ti_desktop.services.records import FinancingLineRecord, IndicatorRecord

pytestmark = pytest.mark.gui


def _financing_model() -> tuple[fin.FinancingTableModel, list[Choice], list[Choice]]:
    financers = [Choice(uuid.uuid4(), "Région"), Choice(uuid.uuid4(), "Banque des Territoires")]
    statuses = [
        Choice(uuid.uuid4(), "Envisagé", "envisage"),
        Choice(uuid.uuid4(), "Acquis", "acquis"),
    ]
    model = fin.FinancingTableModel()
    model.set_choices(financers, statuses)
    line = FinancingLineRecord(
        id=uuid.uuid4(),
        fiche_id=uuid.uuid4(),
        financeur_id=financers[0].id,
        financeur="Région",
        dispositif="",
        montant=Decimal("0.00"),
        statut_id=statuses[0].id,
        statut="Envisagé",
        categorie="envisage",
        position=0,
    )
    model.set_rows([line], Decimal("1000"))
    return model, financers, statuses


def test_amount_delegate_reads_french_amounts(qtbot: QtBot) -> None:
    model, _f, _s = _financing_model()
    parent = QWidget()
    qtbot.addWidget(parent)
    delegate = AmountDelegate()
    index = model.index(0, fin.COL_MONTANT)
    editor = delegate.createEditor(parent, QStyleOptionViewItem(), index)
    assert isinstance(editor, QLineEdit)
    delegate.setEditorData(editor, index)
    assert editor.text() == "0"
    editor.setText("1 234 567,89 €")
    delegate.setModelData(editor, model, index)
    assert model.rows[0].montant == Decimal("1234567.89")


def test_financer_delegate_proposes_unknown_financers(qtbot: QtBot) -> None:
    model, financers, _s = _financing_model()
    asked: list[str] = []
    added: list[str] = []
    model.new_financer_requested.connect(lambda _id, label: added.append(label))
    delegate = FinancerDelegate(
        financers, confirm=lambda _parent, label: asked.append(label) or True
    )
    parent = QWidget()
    qtbot.addWidget(parent)
    index = model.index(0, fin.COL_FINANCEUR)
    editor = delegate.createEditor(parent, QStyleOptionViewItem(), index)
    assert isinstance(editor, QComboBox) and editor.isEditable()
    delegate.setEditorData(editor, index)
    assert editor.currentText() == "Région"
    editor.setEditText("banque des territoires")  # known, ignoring case
    delegate.setModelData(editor, model, index)
    assert model.rows[0].financeur_id == financers[1].id and asked == []
    editor.setEditText("Fondation  Alpha")
    delegate.setModelData(editor, model, index)
    assert asked == ["Fondation Alpha"] and added == ["Fondation Alpha"]

    refusing = FinancerDelegate(financers, confirm=lambda _parent, _label: False)
    editor.setEditText("Autre fondation")
    refusing.setModelData(editor, model, index)
    assert added == ["Fondation Alpha"]


def test_status_delegate_passes_the_record_id(qtbot: QtBot) -> None:
    model, _f, statuses = _financing_model()
    delegate = ChoiceDelegate(statuses)
    parent = QWidget()
    qtbot.addWidget(parent)
    index = model.index(0, fin.COL_STATUT)
    editor = delegate.createEditor(parent, QStyleOptionViewItem(), index)
    assert isinstance(editor, QComboBox)
    delegate.setEditorData(editor, index)
    assert editor.currentText() == "Envisagé"
    editor.setCurrentIndex(1)
    delegate.setModelData(editor, model, index)
    assert model.rows[0].statut == "Acquis" and model.rows[0].categorie == "acquis"


def test_date_delegate_and_clearable_date_edit(qtbot: QtBot) -> None:
    model = ind.IndicatorTableModel()
    model.set_rows(
        [
            IndicatorRecord(
                id=uuid.uuid4(),
                fiche_id=uuid.uuid4(),
                nom="Emplois",
                unite="emplois",
                valeur_cible=None,
                echeance=date(2027, 12, 31),
                valeur_atteinte=None,
                position=0,
            )
        ]
    )
    parent = QWidget()
    qtbot.addWidget(parent)
    delegate = DateDelegate()
    index = model.index(0, ind.COL_ECHEANCE)
    editor = delegate.createEditor(parent, QStyleOptionViewItem(), index)
    assert isinstance(editor, DateLineEdit)
    delegate.setEditorData(editor, index)
    assert editor.text() == "31/12/2027"
    editor.setText("30/06/2026")
    delegate.setModelData(editor, model, index)
    assert model.rows[0].echeance == date(2026, 6, 30)

    field = DateLineEdit()
    qtbot.addWidget(field)
    field.set_date(date(2025, 1, 15))
    assert field.date_value() == date(2025, 1, 15)
    field.show()
    field.setFocus()
    field.selectAll()
    qtbot.keyClick(field, Qt.Key.Key_Delete)
    assert field.date_value() is None
    assert field.text().strip() == ""
