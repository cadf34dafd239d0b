"""Plain dialogs for problems a user can act on (``UserFacingError``): no traceback."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from ti_desktop.errors import UserFacingError

MAX_DETAILS_SHOWN = 8
"""Details beyond this go to the *Afficher les détails* box, so the dialog stays readable."""


def _tr(text: str) -> str:
    return QCoreApplication.translate("error_dialogs", text)


def show_user_error(
    parent: QWidget | None, exc: UserFacingError, *, title: str | None = None
) -> QMessageBox:
    """Show ``exc`` (its French message and its ``details``) in a warning box.

    The box is opened with ``open()`` (window-modal, non-blocking) and deletes itself
    when closed, so code paths driven by tests never block.

    Returns:
        The message box, already open.
    """
    box = QMessageBox(parent)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title or _tr("Opération impossible"))
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(exc.message)
    details = list(exc.details)
    if details:
        shown = details[:MAX_DETAILS_SHOWN]
        text = "\n".join(f"• {line}" for line in shown)
        if len(details) > MAX_DETAILS_SHOWN:
            more = len(details) - MAX_DETAILS_SHOWN
            text += "\n" + _tr("… et {0} autre(s) problème(s) (voir les détails).").format(
                str(more)
            )
            box.setDetailedText("\n".join(details))
        box.setInformativeText(text)
    # QMessageBox sizes itself on its text: give long French sentences room to breathe.
    box.setStyleSheet("QLabel#qt_msgbox_label { min-width: 30em; }")
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.setWindowModality(
        Qt.WindowModality.WindowModal if parent is not None else Qt.WindowModality.ApplicationModal
    )
    box.open()
    return box
