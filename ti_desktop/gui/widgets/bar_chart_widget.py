"""A horizontal (stacked) bar chart drawn with QPainter: legend, French values, tooltips.

QtCharts is not available, and a dashboard needs little: one bar per category, the
segments of a bar stacked, the total written at its end. Geometry is computed in
device-independent pixels from the font metrics, so the chart stays crisp and
readable at 125–200 % scaling. Colours come from the Okabe–Ito palette, which
colour-blind readers can tell apart.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from PySide6.QtCore import QEvent, QPoint, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QHelpEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from ti_desktop.services.french_format import format_euros, format_number

# Okabe & Ito (2008): distinguishable with every common colour-vision deficiency.
PALETTE = {
    "vert": QColor("#009E73"),
    "bleu_ciel": QColor("#56B4E9"),
    "orange": QColor("#E69F00"),
    "bleu": QColor("#0072B2"),
    "vermillon": QColor("#D55E00"),
    "rose": QColor("#CC79A7"),
    "jaune": QColor("#F0E442"),
    "gris": QColor("#9E9E9E"),
}

ValueFormatter = Callable[[Decimal], str]


def format_euros_compact(value: Decimal) -> str:
    """Short amounts for bar ends: ``18,5 M€``, ``630 k€``, ``950 €``."""
    magnitude = abs(value)
    if magnitude >= 1_000_000:
        scaled = (value / 1_000_000).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
        return format_number(scaled) + "\u00a0M€"
    if magnitude >= 10_000:
        scaled = (value / 1_000).quantize(Decimal("1"), rounding=ROUND_HALF_UP)
        return format_number(scaled) + "\u00a0k€"
    return format_euros(value.quantize(Decimal("1"), rounding=ROUND_HALF_UP))


def format_count(value: Decimal) -> str:
    """Whole numbers (fiches)."""
    return format_number(value.quantize(Decimal("1")))


@dataclass(frozen=True)
class Series:
    """One kind of segment (Acquis, Sollicité...) and its colour."""

    label: str
    color: QColor


@dataclass(frozen=True)
class BarRow:
    """One bar: its category label and one value per series (stacked in series order)."""

    label: str
    values: tuple[Decimal, ...]

    @property
    def total(self) -> Decimal:
        return sum(self.values, Decimal(0))


class BarChartWidget(QWidget):
    """Horizontal stacked bars with a legend; hover a bar for the exact figures.

    Call ``set_data(series, rows)``; values are ``Decimal``. ``value_format`` writes the
    total at the end of each bar, ``tooltip_format`` the exact figures in the tooltip.
    """

    BAR_HEIGHT_EM = 1.25
    GAP_EM = 0.55
    MARGIN = 8

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMouseTracking(True)
        self.setAttribute(Qt.WidgetAttribute.WA_Hover)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self._series: list[Series] = []
        self._rows: list[BarRow] = []
        self._value_format: ValueFormatter = format_euros_compact
        self._tooltip_format: ValueFormatter = format_euros
        self._empty_text = self.tr("Aucune donnée")
        self._bar_rects: list[tuple[QRectF, int]] = []

    # -- data -----------------------------------------------------------------------
    def set_data(
        self,
        series: Sequence[Series],
        rows: Sequence[BarRow],
        *,
        value_format: ValueFormatter = format_euros_compact,
        tooltip_format: ValueFormatter = format_euros,
        empty_text: str | None = None,
    ) -> None:
        """Replace the bars and repaint."""
        for row in rows:
            if len(row.values) != len(series):
                raise ValueError(
                    f"{row.label}: {len(row.values)} valeurs pour {len(series)} séries"
                )
        self._series = list(series)
        self._rows = list(rows)
        self._value_format = value_format
        self._tooltip_format = tooltip_format
        if empty_text is not None:
            self._empty_text = empty_text
        self.updateGeometry()
        self.update()

    @property
    def rows(self) -> list[BarRow]:
        return list(self._rows)

    @property
    def series(self) -> list[Series]:
        return list(self._series)

    # -- geometry -------------------------------------------------------------------
    def _metrics(self) -> QFontMetrics:
        return QFontMetrics(self.font())

    def _legend_height(self) -> int:
        return self._metrics().height() + 10 if len(self._series) > 1 else 0

    def _row_pitch(self) -> tuple[float, float]:
        em = self._metrics().height()
        return em * self.BAR_HEIGHT_EM, em * self.GAP_EM

    def sizeHint(self) -> QSize:
        bar, gap = self._row_pitch()
        rows = max(len(self._rows), 1)
        height = self.MARGIN * 2 + self._legend_height() + rows * (bar + gap)
        return QSize(520, int(height))

    def minimumSizeHint(self) -> QSize:
        return QSize(280, self.sizeHint().height())

    def hasHeightForWidth(self) -> bool:
        return False

    def _label_width(self) -> int:
        metrics = self._metrics()
        widest = max((metrics.horizontalAdvance(r.label) for r in self._rows), default=0)
        return min(widest + 12, int(self.width() * 0.42))

    def _value_width(self) -> int:
        metrics = self._metrics()
        return (
            max(
                (metrics.horizontalAdvance(self._value_format(r.total)) for r in self._rows),
                default=0,
            )
            + 12
        )

    # -- painting -------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text_color = palette.color(palette.ColorRole.WindowText)
        self._bar_rects = []
        if not self._rows or all(r.total == 0 for r in self._rows):
            painter.setPen(palette.color(palette.ColorRole.PlaceholderText))
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self._empty_text)
            painter.end()
            return

        metrics = self._metrics()
        top = self.MARGIN
        if len(self._series) > 1:
            self._paint_legend(painter, top, text_color)
            top += self._legend_height()

        label_width = self._label_width()
        value_width = self._value_width()
        left = self.MARGIN + label_width
        available = max(self.width() - left - value_width - self.MARGIN, 10)
        largest = max(max(r.total for r in self._rows), Decimal(1))
        bar_height, gap = self._row_pitch()

        grid = QColor(text_color)
        grid.setAlpha(40)
        painter.setPen(QPen(grid, 1))
        painter.drawLine(
            QPoint(left, top), QPoint(left, int(top + len(self._rows) * (bar_height + gap)))
        )
        for index, row in enumerate(self._rows):
            y = top + index * (bar_height + gap) + gap / 2
            painter.setPen(text_color)
            label_rect = QRectF(self.MARGIN, y, label_width - 8, bar_height)
            label = metrics.elidedText(row.label, Qt.TextElideMode.ElideRight, label_width - 8)
            painter.drawText(
                label_rect, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, label
            )
            x = float(left)
            for value, serie in zip(row.values, self._series, strict=True):
                if value <= 0:
                    continue
                width = float(value / largest) * available
                painter.fillRect(QRectF(x, y, width, bar_height), serie.color)
                x += width
            bar_rect = QRectF(left, y - gap / 2, max(x - left, 4), bar_height + gap)
            self._bar_rects.append((bar_rect, index))
            painter.setPen(text_color)
            painter.drawText(
                QRectF(x + 6, y, value_width, bar_height),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                self._value_format(row.total),
            )
        painter.end()

    def _paint_legend(self, painter: QPainter, top: int, text_color: QColor) -> None:
        metrics = self._metrics()
        swatch = metrics.height() * 0.7
        x = float(self.MARGIN)
        for serie in self._series:
            painter.fillRect(
                QRectF(x, top + (metrics.height() - swatch) / 2, swatch, swatch), serie.color
            )
            x += swatch + 5
            painter.setPen(text_color)
            painter.drawText(
                QRectF(x, top, metrics.horizontalAdvance(serie.label) + 2, metrics.height()),
                Qt.AlignmentFlag.AlignVCenter,
                serie.label,
            )
            x += metrics.horizontalAdvance(serie.label) + 18

    # -- tooltips -------------------------------------------------------------------
    def row_at(self, point: QPoint) -> int | None:
        """Index of the bar under ``point`` (widget coordinates), if any."""
        for rect, index in self._bar_rects:
            row_band = QRectF(0, rect.top(), self.width(), rect.height())
            if row_band.contains(point.toPointF()):
                return index
        return None

    def tooltip_text(self, index: int) -> str:
        """Exact figures of one bar, one line per non-zero segment, then the total."""
        row = self._rows[index]
        lines = [row.label]
        for value, serie in zip(row.values, self._series, strict=True):
            if value:
                lines.append(f"{serie.label} : {self._tooltip_format(value)}")
        if len(self._series) > 1:
            lines.append(self.tr("Total : {0}").format(self._tooltip_format(row.total)))
        return "\n".join(lines)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            index = self.row_at(event.pos())
            if index is None:
                QToolTip.hideText()
                event.ignore()
            else:
                QToolTip.showText(event.globalPos(), self.tooltip_text(index), self)
            return True
        return super().event(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.PaletteChange):
            self.updateGeometry()
        super().changeEvent(event)


def bold(font: QFont) -> QFont:
    """A bold copy of ``font`` (titles of chart sections)."""
    copy = QFont(font)
    copy.setBold(True)
    return copy
