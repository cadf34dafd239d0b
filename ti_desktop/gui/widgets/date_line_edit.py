"""A date typed as text, read by the field table; never rewritten, never guessed.

``QDateEdit`` changes what the user types: its sections carry over (« 15/03/2021 »
typed into an empty field became 01/03/2021), it shows today for an empty date, and a
year typed too far becomes another. Here the text stays what was typed; the field
table reads it (``15/03/2021``, ``15032021``, ``15/3/21``, ``2021-03-15``, or empty),
and a text that is not a date is marked invalid with the reason, for the page to
refuse with the same sentence as an import. A calendar button picks a date.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QPoint, QRect, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QKeyEvent, QPainter, QPixmap
from PySide6.QtWidgets import QCalendarWidget, QLineEdit, QVBoxLayout, QWidget

from ti_desktop.services.fields import Field, FieldValueError, Kind, read_value
from ti_desktop.services.fields.values import DATE_HINT
from ti_desktop.services.french_format import format_date_short

DATE_FIELD = Field("date", "Date", Kind.DATE, header=None)
"""A date with no other rule, for editors that are given no field."""

INVALID_STYLE = "QLineEdit { border: 1px solid #b00020; background: #fdecea; color: #5c0011; }"


def calendar_icon() -> QIcon:
    """A small calendar drawn once (themes rarely have one on Windows)."""
    pixmap = QPixmap(32, 32)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QColor("#505a64"))
    painter.setBrush(QColor("#ffffff"))
    painter.drawRoundedRect(QRect(4, 7, 24, 21), 3, 3)
    painter.fillRect(QRect(5, 8, 23, 6), QColor("#c0392b"))
    painter.setPen(QColor("#505a64"))
    for x in (10, 16, 22):
        for y in (18, 24):
            painter.drawPoint(QPoint(x, y))
            painter.drawPoint(QPoint(x + 1, y))
    painter.drawLine(11, 4, 11, 10)
    painter.drawLine(21, 4, 21, 10)
    painter.end()
    return QIcon(pixmap)


class _CalendarPopup(QWidget):
    """The calendar under the field; a click (or Enter) picks the day."""

    picked = Signal(QDate)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(1, 1, 1, 1)
        self.calendar = QCalendarWidget(self)
        self.calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        self.calendar.setGridVisible(True)
        layout.addWidget(self.calendar)
        self.calendar.clicked.connect(self._on_calendar_chosen)
        self.calendar.activated.connect(self._on_calendar_chosen)

    def _on_calendar_chosen(self, day: QDate) -> None:
        self.hide()
        self.picked.emit(day)


class DateLineEdit(QLineEdit):
    """A French date field: JJ/MM/AAAA typed freely, checked by the field table.

    ``editingFinished`` fires when the user leaves the field, presses Enter or picks
    a day in the calendar; the page then writes ``text()`` through a service, which
    reads it with the same rules. ``check()`` marks an invalid text on the field.
    """

    def __init__(self, parent: QWidget | None = None, field: Field = DATE_FIELD) -> None:
        super().__init__(parent)
        self.field = field
        self._problem: FieldValueError | None = None
        self._popup: _CalendarPopup | None = None
        self.setPlaceholderText(self.tr("JJ/MM/AAAA"))
        self.setToolTip(self._hint())
        self.setMaxLength(32)
        metrics = self.fontMetrics()
        self.setMinimumWidth(metrics.horizontalAdvance("00/00/00000") + 3 * metrics.height())
        self.calendar_action = self.addAction(
            calendar_icon(), QLineEdit.ActionPosition.TrailingPosition
        )
        self.calendar_action.setToolTip(self.tr("Choisir dans le calendrier (Alt+Bas)"))
        self.calendar_action.triggered.connect(self.show_calendar)
        self.textChanged.connect(self._on_text_changed)

    def _hint(self) -> str:
        example = DATE_HINT.removeprefix("attendu ")
        return self.tr(
            "Date {0} ; aussi 15032021, 15/3/21 ou 2021-03-15 ; vide : pas de date"
        ).format(example)

    # --- value -------------------------------------------------------------------------

    def date_value(self) -> date | None:
        """The date typed (None when empty).

        Raises:
            FieldValueError: the text is not a date (the field table's reason).
        """
        value = read_value(self.field, self.text())
        return value if isinstance(value, date) else None

    def set_date(self, value: date | None) -> None:
        """Show ``value`` (empty for None) without signals; clears an invalid mark."""
        blocked = self.blockSignals(True)
        self.setText(format_date_short(value))
        self.setModified(False)
        self.blockSignals(blocked)
        self.set_problem(None)

    def check(self) -> FieldValueError | None:
        """Read the text; mark the field when it is not a date, and return the reason."""
        try:
            self.date_value()
        except FieldValueError as exc:
            self.set_problem(exc)
            return exc
        self.set_problem(None)
        return None

    @property
    def problem(self) -> FieldValueError | None:
        """Why the text shown was refused (None: it was not)."""
        return self._problem

    def set_problem(self, problem: FieldValueError | None) -> None:
        """Show (or clear) the invalid mark with its reason as tooltip."""
        self._problem = problem
        self.setStyleSheet(INVALID_STYLE if problem is not None else "")
        self.setToolTip(problem.message if problem is not None else self._hint())

    def _on_text_changed(self, _text: str) -> None:
        if self._problem is not None:
            try:
                self.date_value()
            except FieldValueError:
                return
            self.set_problem(None)  # corrected while typing: the mark goes at once

    # --- calendar ----------------------------------------------------------------------

    def show_calendar(self) -> None:
        """Open the calendar on the date typed (today when empty or invalid)."""
        if self._popup is None:
            self._popup = _CalendarPopup(self)
            self._popup.picked.connect(self._on_popup_picked)
        try:
            shown = self.date_value()
        except FieldValueError:
            shown = None
        today = date.today()
        day = shown or today
        self._popup.calendar.setSelectedDate(QDate(day.year, day.month, day.day))
        self._popup.adjustSize()
        self._popup.move(self.mapToGlobal(QPoint(0, self.height())))
        self._popup.show()
        self._popup.calendar.setFocus()

    def _on_popup_picked(self, day: QDate) -> None:
        self.setText(format_date_short(date(day.year(), day.month(), day.day())))
        self.setModified(True)
        self.setFocus()
        self.editingFinished.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        alt_down = event.modifiers() == Qt.KeyboardModifier.AltModifier
        if alt_down and event.key() == Qt.Key.Key_Down:
            self.show_calendar()
            return
        super().keyPressEvent(event)
