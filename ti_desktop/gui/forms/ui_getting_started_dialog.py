# Generated from ui/getting_started_dialog.ui by tools/compile_ui.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'getting_started_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QSizePolicy, QTextBrowser, QVBoxLayout, QWidget)

class Ui_GettingStartedDialog(object):
    def setupUi(self, GettingStartedDialog):
        if not GettingStartedDialog.objectName():
            GettingStartedDialog.setObjectName(u"GettingStartedDialog")
        GettingStartedDialog.resize(720, 620)
        self.main_layout = QVBoxLayout(GettingStartedDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.guide_browser = QTextBrowser(GettingStartedDialog)
        self.guide_browser.setObjectName(u"guide_browser")
        self.guide_browser.setOpenExternalLinks(False)

        self.main_layout.addWidget(self.guide_browser)

        self.button_box = QDialogButtonBox(GettingStartedDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.main_layout.addWidget(self.button_box)


        self.retranslateUi(GettingStartedDialog)

        QMetaObject.connectSlotsByName(GettingStartedDialog)
    # setupUi

    def retranslateUi(self, GettingStartedDialog):
        GettingStartedDialog.setWindowTitle(QCoreApplication.translate("GettingStartedDialog", u"Premiers pas", None))
    # retranslateUi

