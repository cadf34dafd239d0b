"""After generating files: offer to open them or to show them in their folder."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QWidget


def _tr(text: str) -> str:
    return QCoreApplication.translate("open_file", text)


def open_path(path: Path) -> bool:
    """Open a file or folder with the program the system associates with it."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def show_in_folder(path: Path) -> None:
    """Show ``path`` selected in the file manager (Windows, macOS) or open its folder."""
    if sys.platform == "win32":
        subprocess.Popen(["explorer", "/select,", str(path)])
    elif sys.platform == "darwin":
        subprocess.Popen(["open", "-R", str(path)])
    else:
        open_path(path.parent)


def offer_open(
    parent: QWidget | None, paths: Sequence[Path], *, title: str | None = None
) -> QMessageBox:
    """Tell which files were written, with *Ouvrir*, *Afficher dans le dossier* and *Fermer*.

    *Ouvrir* opens the first file (the Word document; the PDF is next to it). The box
    is opened with ``open()`` (non-blocking) and deletes itself when closed.

    Returns:
        The open message box (tests click its buttons).
    """
    files = list(paths)
    box = QMessageBox(parent)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(title or _tr("Document enregistré"))
    if len(files) == 1:
        box.setText(_tr("Le fichier a été enregistré :"))
    else:
        box.setText(_tr("Les fichiers ont été enregistrés :"))
    names = "\n".join(f"• {p.name}" for p in files)
    folder = _tr("Dossier : {0}").format(files[0].parent)
    box.setInformativeText(names + "\n\n" + folder)
    # QMessageBox sizes itself on its text; long file names need room to stay on one line.
    box.setStyleSheet("QLabel#qt_msgbox_informativelabel { min-width: 30em; }")
    open_button = box.addButton(_tr("Ouvrir"), QMessageBox.ButtonRole.AcceptRole)
    open_button.setToolTip(_tr("Ouvrir {0} avec le programme habituel").format(files[0].name))
    folder_button = box.addButton(
        _tr("Afficher dans le dossier"), QMessageBox.ButtonRole.ActionRole
    )
    folder_button.setToolTip(_tr("Ouvrir le dossier qui contient le fichier"))
    box.addButton(_tr("Fermer"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(open_button)

    def on_clicked(button: object) -> None:
        if button is open_button:
            open_path(files[0])
        elif button is folder_button:
            show_in_folder(files[0])

    box.buttonClicked.connect(on_clicked)
    box.setWindowModality(
        Qt.WindowModality.WindowModal if parent is not None else Qt.WindowModality.ApplicationModal
    )
    box.open()
    return box
