# Generated from ui/paste_preview_dialog.ui by tools/compile_ui.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'paste_preview_dialog.ui'
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
    QLabel, QPlainTextEdit, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_PastePreviewDialog(object):
    def setupUi(self, PastePreviewDialog):
        if not PastePreviewDialog.objectName():
            PastePreviewDialog.setObjectName(u"PastePreviewDialog")
        PastePreviewDialog.resize(560, 380)
        self.main_layout = QVBoxLayout(PastePreviewDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.summary_label = QLabel(PastePreviewDialog)
        self.summary_label.setObjectName(u"summary_label")
        self.summary_label.setWordWrap(True)

        self.main_layout.addWidget(self.summary_label)

        self.details_caption_label = QLabel(PastePreviewDialog)
        self.details_caption_label.setObjectName(u"details_caption_label")

        self.main_layout.addWidget(self.details_caption_label)

        self.details_edit = QPlainTextEdit(PastePreviewDialog)
        self.details_edit.setObjectName(u"details_edit")
        self.details_edit.setReadOnly(True)
        self.details_edit.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)

        self.main_layout.addWidget(self.details_edit)

        self.button_box = QDialogButtonBox(PastePreviewDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.main_layout.addWidget(self.button_box)


        self.retranslateUi(PastePreviewDialog)

        QMetaObject.connectSlotsByName(PastePreviewDialog)
    # setupUi

    def retranslateUi(self, PastePreviewDialog):
        PastePreviewDialog.setWindowTitle(QCoreApplication.translate("PastePreviewDialog", u"Coller des cellules", None))
        self.summary_label.setText("")
        self.details_caption_label.setText(QCoreApplication.translate("PastePreviewDialog", u"D\u00e9tails :", None))
    # retranslateUi

