"""The conflict screen offscreen: cards, side-by-side fields, the four choices, the count."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from support.sync import FicheAction, build_territory, content, fiche_id, fiche_values, set_values

from ti_desktop.gui.sync.conflicts_dialog import COL_MINE, ConflictsDialog
from ti_desktop.services.sync.conflicts import list_conflicts
from ti_desktop.services.sync.publish import publish
from ti_desktop.services.sync.pull import pull

pytestmark = pytest.mark.gui
ALPHA = "Alpha"


@pytest.fixture
def in_conflict(server, laptops):
    """Laptop B edited fiches 1.1 and 1.2 while A published other versions of them."""
    a, b = laptops("a"), laptops("b")
    build_territory(a, ALPHA)
    server.grant("chef_a", territory=ALPHA)
    server.grant("chef_b", territory=ALPHA)
    publish(a, server.login("chef_a"))
    pull(b, server.login("chef_b"))
    for numero in ("1.1", "1.2"):
        set_values(a, FicheAction, fiche_id(a, numero), intitule=f"{numero} selon A")
        set_values(b, FicheAction, fiche_id(b, numero), intitule=f"{numero} selon B")
    publish(a, server.login("chef_a"))
    pull(b, server.login("chef_b"))
    return a, b


def open_dialog(qtbot, database):
    changed = []
    dialog = ConflictsDialog(database, lambda: changed.append(True))
    qtbot.addWidget(dialog)
    dialog.resize(820, 600)
    dialog.show()
    return dialog, changed


def cell(card, row, column):
    return card.ui.fields_table.item(row, column).text()


def test_cards_show_the_fields_side_by_side_and_decide(qtbot, in_conflict, tmp_path):
    _a, b = in_conflict
    dialog, changed = open_dialog(qtbot, b)
    assert dialog.ui.count_label.text() == "2 conflits à décider"
    first, second = dialog.cards
    assert first.ui.title_label.text() == "Fiche-action « 1.1 1.1 selon A » — Alpha"
    assert "Modifications ici et sur le serveur — côté serveur : chef_a, le" in (
        first.ui.explanation_label.text()
    )
    assert "(heure du serveur)" in first.ui.explanation_label.text()
    assert [cell(first, 0, c) for c in range(4)] == [
        "Intitulé",
        "Action 1 de Alpha",
        "1.1 selon B",
        "1.1 selon A",
    ]
    qtbot.wait(50)
    dialog.grab().save(str(tmp_path / "conflits.png"))
    table = first.ui.fields_table
    assert table.height() == table.horizontalHeader().height() + table.verticalHeader().length() + 2

    qtbot.mouseClick(first.ui.later_button, Qt.MouseButton.LeftButton)
    assert dialog.ui.count_label.text() == "2 conflits à décider · 1 reporté(s) à plus tard"
    assert len(dialog.cards) == 1

    qtbot.mouseClick(dialog.cards[0].ui.keep_theirs_button, Qt.MouseButton.LeftButton)
    assert changed == [True]
    assert dialog.ui.count_label.text() == "1 conflit à décider · 1 reporté(s) à plus tard"
    assert fiche_values(b, fiche_id(b, "1.2"))["intitule"] == "1.2 selon A"
    assert dialog.cards == []


def test_modify_types_my_version_in_and_checks_it(qtbot, in_conflict):
    _a, b = in_conflict
    dialog, _changed = open_dialog(qtbot, b)
    card = dialog.cards[0]
    qtbot.mouseClick(card.ui.modify_button, Qt.MouseButton.LeftButton)
    assert card.ui.save_button.isVisible()
    table = card.ui.fields_table
    table.editItem(table.item(0, COL_MINE))
    editor = table.viewport().findChild(QLineEdit)
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, "Synthese de A et B")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.item(0, COL_MINE).text() == "Synthese de A et B")
    qtbot.mouseClick(card.ui.save_button, Qt.MouseButton.LeftButton)
    assert fiche_values(b, fiche_id(b, "1.1"))["intitule"] == "Synthese de A et B"
    assert [c.title for c in list_conflicts(b)] == ["fiche-action « 1.2 1.2 selon A »"]
    assert dialog.ui.count_label.text() == "1 conflit à décider"


def test_keep_all_mine(qtbot, in_conflict, server):
    a, b = in_conflict
    dialog, _changed = open_dialog(qtbot, b)
    qtbot.mouseClick(dialog.ui.keep_all_mine_button, Qt.MouseButton.LeftButton)
    assert dialog.ui.count_label.text() == "Aucun conflit : tout est décidé."
    assert not dialog.ui.keep_all_mine_button.isEnabled()
    assert publish(b, server.login("chef_b")).modifications == 2
    pull(a, server.login("chef_a"))
    assert fiche_values(a, fiche_id(a, "1.1"))["intitule"] == "1.1 selon B"


def test_a_bad_value_is_refused_with_its_reason(qtbot, server, laptops):
    a, b = laptops("a"), laptops("b")
    build_territory(a, ALPHA, fiches=1)
    server.grant("chef_a", territory=ALPHA)
    server.grant("chef_b", territory=ALPHA)
    publish(a, server.login("chef_a"))
    pull(b, server.login("chef_b"))
    fiche = fiche_id(a, "1.1")
    set_values(a, FicheAction, fiche, cout_total_ht=Decimal("10"))
    set_values(b, FicheAction, fiche, cout_total_ht=Decimal("20"))
    publish(a, server.login("chef_a"))
    pull(b, server.login("chef_b"))
    dialog, _changed = open_dialog(qtbot, b)
    card = dialog.cards[0]
    qtbot.mouseClick(card.ui.modify_button, Qt.MouseButton.LeftButton)
    card.ui.fields_table.item(0, COL_MINE).setText("-5")
    qtbot.mouseClick(card.ui.save_button, Qt.MouseButton.LeftButton)
    assert card.ui.error_label.isVisible()
    assert card.ui.error_label.text().startswith("Coût total HT (€) :")
    assert len(list_conflicts(b)) == 1


def test_a_duplicate_number_is_renumbered_from_its_card(qtbot, server, laptops):
    a, b = laptops("a"), laptops("b")
    build_territory(a, ALPHA, fiches=1)
    server.grant("chef_a", territory=ALPHA)
    server.grant("chef_b", territory=ALPHA)
    publish(a, server.login("chef_a"))
    pull(b, server.login("chef_b"))
    (territory,) = content(a)["territoire"]
    for laptop, title in ((a, "De A"), (b, "De B")):
        with laptop.session() as session:
            session.add(
                FicheAction(territoire_id=territory, numero="2.1", intitule=title, position=5)
            )
    publish(a, server.login("chef_a"))
    pull(b, server.login("chef_b"))
    dialog, _changed = open_dialog(qtbot, b)
    (card,) = dialog.cards
    assert not card.ui.keep_mine_button.isEnabled()
    assert card.ui.modify_button.text() == "Renuméroter la mienne…"
    assert cell(card, 0, 0) == "N°" and cell(card, 0, 2) == "2.1"
    qtbot.mouseClick(card.ui.modify_button, Qt.MouseButton.LeftButton)
    card.ui.fields_table.item(0, COL_MINE).setText("2.2")
    qtbot.mouseClick(card.ui.save_button, Qt.MouseButton.LeftButton)
    assert dialog.ui.count_label.text() == "Aucun conflit : tout est décidé."
    with b.reader() as session:
        numbers = sorted(
            (f.numero, f.intitule) for f in session.query(FicheAction) if f.numero[0] == "2"
        )
    assert numbers == [("2.1", "De A"), ("2.2", "De B")]
