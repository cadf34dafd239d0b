from __future__ import annotations

import uuid
from decimal import Decimal

import pytest
from PySide6.QtCore import QPoint
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from ti_desktop.db.models import FicheAction, Territoire
from ti_desktop.db.store import Database
from ti_desktop.gui.pages.dashboard_page import DashboardPage
from ti_desktop.gui.undo import ChangeNotifier
from ti_desktop.gui.widgets.bar_chart_widget import (
    PALETTE,
    BarChartWidget,
    BarRow,
    Series,
    format_euros_compact,
)

# The offscreen platform warns when a top-level window is shown; harmless.
pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


@pytest.fixture
def page(qtbot: QtBot, demo_database: Database) -> DashboardPage:
    widget = DashboardPage(demo_database, ChangeNotifier())
    qtbot.addWidget(widget)
    widget.resize(1000, 1000)
    widget.show()
    return widget


def demo_id(database: Database) -> uuid.UUID:
    with database.reader() as session:
        return session.scalars(select(Territoire.id)).one()


def test_dashboard_shows_demo_figures(page: DashboardPage, demo_database: Database) -> None:
    assert page.ui.cost_value_label.text() == "—"
    page.set_territory(demo_id(demo_database))
    ui = page.ui
    assert ui.title_label.text() == "Tableau de bord — Troyes – Bar-sur-Aube (démonstration)"
    assert ui.cost_value_label.text() == "18\u00a0455\u00a0000\u00a0€"
    assert ui.acquis_value_label.text() == "6\u00a0545\u00a0000\u00a0€"
    assert ui.acquis_caption_label.text() == "Financements acquis (35\u00a0% du coût)"
    assert ui.remaining_value_label.text() == "2\u00a0960\u00a0000\u00a0€"
    assert ui.fiches_value_label.text() == "12"

    axes = page.axes_chart.rows
    assert len(axes) == 4
    assert axes[0].label == "Accélérer la transition écologique et énergétique"
    assert axes[0].values == (Decimal("3360000.00"), Decimal("3970000.00"), Decimal("0.00"))
    assert [s.label for s in page.financers_chart.series] == [
        "Acquis",
        "Accord de principe",
        "Sollicité",
        "Envisagé",
    ]
    region = next(r for r in page.financers_chart.rows if r.label == "Région")
    assert region.total == Decimal("3304000.00")
    assert [(r.label, r.total) for r in page.progress_chart.rows][2] == ("En cours", 4)

    page.grab()  # paints the bars, so tooltips can find them
    tooltip = page.axes_chart.tooltip_text(0)
    assert "Acquis : 3\u00a0360\u00a0000\u00a0€" in tooltip
    assert "Total : 7\u00a0330\u00a0000\u00a0€" in tooltip
    assert "Reste à financer" not in tooltip  # zero segments are not listed


def test_dashboard_reloads_on_change(page: DashboardPage, demo_database: Database) -> None:
    territory_id = demo_id(demo_database)
    page.set_territory(territory_id)
    with demo_database.session() as session:
        fiche = session.scalars(select(FicheAction).where(FicheAction.numero == "1.1")).one()
        fiche.cout_total_ht = (fiche.cout_total_ht or Decimal(0)) + Decimal("1000000")
    page.notifier.changed.emit("fiche_action", uuid.uuid4())  # another territory: ignored
    assert page.ui.cost_value_label.text() == "18\u00a0455\u00a0000\u00a0€"
    page.notifier.notify("fiche_action", territory_id)
    assert page.ui.cost_value_label.text() == "19\u00a0455\u00a0000\u00a0€"

    # Hidden (another page is shown): reloaded only when shown again.
    page.hide()
    with demo_database.session() as session:
        fiche = session.scalars(select(FicheAction).where(FicheAction.numero == "1.1")).one()
        fiche.cout_total_ht = (fiche.cout_total_ht or Decimal(0)) - Decimal("1000000")
    page.notifier.notify("fiche_action", territory_id)
    assert page.ui.cost_value_label.text() == "19\u00a0455\u00a0000\u00a0€"
    page.show()
    assert page.ui.cost_value_label.text() == "18\u00a0455\u00a0000\u00a0€"

    page.set_territory(None)
    assert page.ui.fiches_value_label.text() == "—"
    assert page.axes_chart.rows == []


def test_bar_chart_widget(qtbot: QtBot) -> None:
    chart = BarChartWidget()
    qtbot.addWidget(chart)
    chart.resize(500, 200)
    with pytest.raises(ValueError):
        chart.set_data([Series("A", PALETTE["vert"])], [BarRow("x", (Decimal(1), Decimal(2)))])
    chart.set_data(
        [Series("A", PALETTE["vert"]), Series("B", PALETTE["orange"])],
        [BarRow("Un", (Decimal(5), Decimal(5))), BarRow("Deux", (Decimal(2), Decimal(0)))],
    )
    chart.show()
    image = chart.grab().toImage()
    assert chart.sizeHint().height() > 0
    # The first bar is drawn: its first segment holds the palette's green somewhere.
    rect, index = chart._bar_rects[0]
    assert index == 0
    y = int(rect.center().y())
    colours = {image.pixelColor(x, y).name() for x in range(image.width())}
    assert PALETTE["vert"].name() in colours and PALETTE["orange"].name() in colours
    assert chart.row_at(QPoint(int(rect.center().x()), y)) == 0
    assert chart.row_at(QPoint(5, chart.height() - 1)) is None
    assert format_euros_compact(Decimal("18455000")) == "18,5\u00a0M€"
    assert format_euros_compact(Decimal("630000")) == "630\u00a0k€"
    assert format_euros_compact(Decimal("950")) == "950\u00a0€"
