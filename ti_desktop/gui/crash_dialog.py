"""Bugs reach this dialog: a French apology, the traceback, and where the log file is.

``install_excepthook(log_file)`` makes ``sys.excepthook`` (and ``threading.excepthook``)
log every uncaught exception with its traceback, then open a ``CrashDialog`` when a
``QApplication`` is running. Problems a user can act on are ``UserFacingError`` and
never get the crash dialog: one that no code caught (a file that became unreadable
while a view reloads) is shown in a plain warning (see ``error_dialogs``).
"""

from __future__ import annotations

import logging
import platform
import sys
import threading
import traceback
from pathlib import Path
from types import TracebackType

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt, QThread, QUrl, Slot
from PySide6.QtGui import QDesktopServices, QFont, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QStyle, QWidget

from ti_desktop import APP_NAME, __version__
from ti_desktop.errors import UserFacingError
from ti_desktop.gui.forms.ui_crash_dialog import Ui_CrashDialog

log = logging.getLogger(__name__)

ExcInfo = tuple[type[BaseException], BaseException, TracebackType | None]


def format_report(
    exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
) -> str:
    """The text a user copies into a bug report: versions, platform and traceback."""
    lines = [
        f"{APP_NAME} {__version__}",
        f"Python {platform.python_version()}, PySide6 {pyside_version}, {platform.platform()}",
        "",
        *traceback.format_exception(exc_type, exc, tb),
    ]
    return "\n".join(line.rstrip("\n") for line in lines)


class CrashDialog(QDialog):
    """Shows an unexpected error: what happened, the report (collapsed) and the log file.

    Args:
        report: the text of ``format_report`` (traceback included).
        log_file: the log file holding the same traceback.
        parent: the window to centre on.
    """

    def __init__(self, report: str, log_file: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_CrashDialog()
        self.ui.setupUi(self)  # type: ignore[no-untyped-call]  # generated form
        self.log_file = log_file
        self.reports = [report]
        icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical)
        self.ui.icon_label.setPixmap(icon.pixmap(48, 48))
        title_font = QFont(self.ui.title_label.font())
        title_font.setBold(True)
        title_font.setPointSizeF(title_font.pointSizeF() * 1.25)
        self.ui.title_label.setFont(title_font)
        self.ui.log_file_label.setText(self.tr("Fichier journal : {0}").format(log_file))
        self.ui.report_text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.ui.report_text.setPlainText(report)
        self.ui.report_text.setVisible(False)
        self.ui.details_button.setToolTip(self.tr("Afficher ou masquer le rapport technique"))
        close = self.ui.button_box.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("Fermer"))
        self._connect_signals()
        self.adjustSize()

    def _connect_signals(self) -> None:
        self.ui.details_button.toggled.connect(self._on_details_button_toggled)
        self.ui.open_folder_button.clicked.connect(self._on_open_folder_button_clicked)
        self.ui.copy_button.clicked.connect(self._on_copy_button_clicked)
        self.ui.button_box.rejected.connect(self.reject)
        self.ui.button_box.accepted.connect(self.accept)

    @property
    def report(self) -> str:
        """Every report shown by this dialog, separated by blank lines."""
        return "\n\n".join(self.reports)

    def add_report(self, report: str) -> None:
        """Append another error to the open dialog instead of stacking dialogs."""
        self.reports.append(report)
        self.ui.report_text.setPlainText(self.report)
        self.ui.title_label.setText(
            self.tr("{0} erreurs inattendues se sont produites").format(len(self.reports))
        )

    @Slot(bool)
    def _on_details_button_toggled(self, shown: bool) -> None:
        self.ui.details_button.setArrowType(
            Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow
        )
        self.ui.report_text.setVisible(shown)
        if shown:
            self.resize(max(self.width(), 760), max(self.height(), 480))
        else:
            self.adjustSize()

    @Slot()
    def _on_open_folder_button_clicked(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.log_file.parent)))

    @Slot()
    def _on_copy_button_clicked(self) -> None:
        text = self.report + "\n\n" + self.tr("Fichier journal : {0}").format(self.log_file)
        QGuiApplication.clipboard().setText(text)
        self.ui.copy_button.setText(self.tr("Rapport copié"))


class CrashHandler:
    """The ``sys.excepthook`` installed by ``install_excepthook``; callable like one."""

    def __init__(self, log_file: Path) -> None:
        self.log_file = log_file
        self.dialog: CrashDialog | None = None
        self._showing = False

    def __call__(
        self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
    ) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        if isinstance(exc, UserFacingError):
            log.warning("Erreur non traitée : %s", exc)
            self.explain(exc)
            return
        log.critical("Erreur inattendue", exc_info=(exc_type, exc, tb))
        self.show(format_report(exc_type, exc, tb))

    def explain(self, error: UserFacingError) -> None:
        """A problem of the environment or of the input: a plain warning, no traceback."""
        app = QApplication.instance()
        if isinstance(app, QApplication) and QThread.currentThread() is app.thread():
            from ti_desktop.gui.error_dialogs import show_user_error

            show_user_error(app.activeWindow(), error)

    def show(self, report: str) -> None:
        """Open the crash dialog (or add to the open one) when on the GUI thread."""
        app = QApplication.instance()
        if not isinstance(app, QApplication) or QThread.currentThread() is not app.thread():
            return
        if self._showing:  # an error while building the dialog: the log has it already
            return
        self._showing = True
        try:
            if self.dialog is not None and self.dialog.isVisible():
                self.dialog.add_report(report)
                return
            self.dialog = CrashDialog(report, self.log_file, app.activeWindow())
            self.dialog.open()
        except Exception:  # the hook must never raise
            log.exception("Impossible d'afficher la fenêtre d'erreur")
        finally:
            self._showing = False

    def thread_hook(self, args: threading.ExceptHookArgs) -> None:
        """``threading.excepthook``: log errors of plain Python threads."""
        if args.exc_value is None:
            return
        log.critical(
            "Erreur inattendue dans le fil %s",
            args.thread.name if args.thread else "?",
            exc_info=(args.exc_type, args.exc_value, args.exc_traceback),
        )


def install_excepthook(log_file: Path) -> CrashHandler:
    """Route uncaught exceptions to the log and the crash dialog.

    Returns:
        The installed handler (tests call it directly and restore ``sys.excepthook``).
    """
    handler = CrashHandler(log_file)
    sys.excepthook = handler
    threading.excepthook = handler.thread_hook
    return handler
