"""The *Tableau de bord* page: a territory's key figures and three bar charts."""

from __future__ import annotations

import uuid
from decimal import Decimal

from PySide6.QtCore import Slot
from PySide6.QtGui import QFont, QShowEvent
from PySide6.QtWidgets import QLabel, QWidget

from ti_desktop.db.store import Database
from ti_desktop.db.vocabulary import CategorieFinancement
from ti_desktop.errors import UserFacingError
from ti_desktop.gui.forms.ui_dashboard_page import Ui_DashboardPage
from ti_desktop.gui.undo import ChangeNotifier
from ti_desktop.gui.widgets.bar_chart_widget import (
    PALETTE,
    BarChartWidget,
    BarRow,
    Series,
    format_count,
)
from ti_desktop.services.french_format import format_euros, format_percent
from ti_desktop.services.region.dashboard import DashboardData, load_dashboard
from ti_desktop.services.region.synthesis import CATEGORY_LABELS

# Surest money first; refused lines are left out of the bars (they finance nothing).
_FINANCER_CATEGORIES: tuple[tuple[CategorieFinancement, str], ...] = (
    (CategorieFinancement.ACQUIS, "vert"),
    (CategorieFinancement.ACCORD, "bleu"),
    (CategorieFinancement.SOLLICITE, "bleu_ciel"),
    (CategorieFinancement.ENVISAGE, "jaune"),
)


class DashboardPage(QWidget):
    """Charts of cost and financing by axis, financing by financer and status, fiches by progress.

    Args:
        database: the open database (one short session per reload).
        notifier: reloads the page when the shown territory's data changes.
        parent: the owning widget.
    """

    def __init__(
        self, database: Database, notifier: ChangeNotifier, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_DashboardPage()
        self.ui.setupUi(self)  # type: ignore[no-untyped-call]  # generated form
        self.database = database
        self.notifier = notifier
        self.territoire_id: uuid.UUID | None = None
        self.data: DashboardData | None = None
        self._stale = False

        self.axes_chart = BarChartWidget(self.ui.axes_group)
        self.financers_chart = BarChartWidget(self.ui.financers_group)
        self.progress_chart = BarChartWidget(self.ui.progress_group)
        self.ui.axes_chart_layout.addWidget(self.axes_chart)
        self.ui.financers_chart_layout.addWidget(self.financers_chart)
        self.ui.progress_chart_layout.addWidget(self.progress_chart)
        self._style_figures()
        self._connect_signals()
        self._show_empty()

    def _connect_signals(self) -> None:
        self.notifier.changed.connect(self._on_notifier_changed)

    def _style_figures(self) -> None:
        title_font = QFont(self.ui.title_label.font())
        title_font.setPointSizeF(title_font.pointSizeF() * 1.35)
        title_font.setBold(True)
        self.ui.title_label.setFont(title_font)
        for label in self._value_labels():
            font = QFont(label.font())
            font.setPointSizeF(font.pointSizeF() * 1.5)
            font.setBold(True)
            label.setFont(font)

    def _value_labels(self) -> list[QLabel]:
        return [
            self.ui.cost_value_label,
            self.ui.acquis_value_label,
            self.ui.remaining_value_label,
            self.ui.fiches_value_label,
        ]

    def set_territory(self, territoire_id: uuid.UUID | None) -> None:
        """Show the figures of this territory (None: an empty page)."""
        self.territoire_id = territoire_id
        self.reload()

    def reload(self) -> None:
        """Read the figures again (one short session) and redraw."""
        self._stale = False
        if self.territoire_id is None:
            self._show_empty()
            return
        try:
            self.data = load_dashboard(self.database, self.territoire_id)
        except UserFacingError:  # the territory was deleted meanwhile
            self.territoire_id = None
            self._show_empty()
            return
        self._show(self.data)

    @Slot(str, object)
    def _on_notifier_changed(self, table: str, territoire_id: object) -> None:
        if self.territoire_id is None:
            return
        if territoire_id is None or territoire_id == self.territoire_id:
            if self.isVisible():
                self.reload()
            else:  # every edit elsewhere would reload a hidden page: wait until shown
                self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self.reload()
        super().showEvent(event)

    def _show_empty(self) -> None:
        self.data = None
        self.ui.title_label.setText(self.tr("Tableau de bord"))
        for label in self._value_labels():
            label.setText("—")
        self.ui.acquis_caption_label.setText(self.tr("Financements acquis"))
        empty = self.tr("Choisissez un territoire")
        for chart in (self.axes_chart, self.financers_chart, self.progress_chart):
            chart.set_data([], [], empty_text=empty)

    def _show(self, data: DashboardData) -> None:
        self.ui.title_label.setText(self.tr("Tableau de bord — {0}").format(data.territoire))
        self.ui.cost_value_label.setText(format_euros(data.cout_total, cents=False))
        self.ui.acquis_value_label.setText(format_euros(data.acquis, cents=False))
        share = format_percent(data.part_acquise) if data.part_acquise is not None else ""
        self.ui.acquis_caption_label.setText(
            self.tr("Financements acquis ({0} du coût)").format(share)
            if share
            else self.tr("Financements acquis")
        )
        self.ui.remaining_value_label.setText(format_euros(data.reste_a_financer, cents=False))
        if data.sur_financement > 0:
            self.ui.remaining_caption_label.setText(
                self.tr("Reste à financer (sur-financement : {0})").format(
                    format_euros(data.sur_financement, cents=False)
                )
            )
        else:
            self.ui.remaining_caption_label.setText(self.tr("Reste à financer"))
        self.ui.fiches_value_label.setText(str(data.fiches))
        no_fiche = self.tr("Aucune fiche-action")

        self.axes_chart.set_data(
            [
                Series(self.tr("Acquis"), PALETTE["vert"]),
                Series(self.tr("Autres financements prévus"), PALETTE["bleu_ciel"]),
                Series(self.tr("Reste à financer"), PALETTE["orange"]),
            ],
            [
                BarRow(a.axe, (a.acquis, a.autres_prevus, a.reste_a_financer))
                for a in data.axes
                if a.fiches or a.cout_total
            ],
            empty_text=no_fiche,
        )
        self.financers_chart.set_data(
            [Series(CATEGORY_LABELS[c], PALETTE[color]) for c, color in _FINANCER_CATEGORIES],
            [
                BarRow(
                    f.financeur,
                    tuple(f.montants.get(c, Decimal(0)) for c, _ in _FINANCER_CATEGORIES),
                )
                for f in data.financeurs
                if f.total_hors_refus > 0
            ],
            empty_text=self.tr("Aucun financement"),
        )
        self.progress_chart.set_data(
            [Series(self.tr("Fiches"), PALETTE["bleu"])],
            [BarRow(label, (Decimal(count),)) for label, count in data.fiches_par_avancement],
            value_format=format_count,
            tooltip_format=format_count,
            empty_text=no_fiche,
        )
