# Generated from ui/export_dialog.ui by tools/compile_ui.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'export_dialog.ui'
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
    QHBoxLayout, QLabel, QListWidget, QListWidgetItem,
    QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_ExportDialog(object):
    def setupUi(self, ExportDialog):
        if not ExportDialog.objectName():
            ExportDialog.setObjectName(u"ExportDialog")
        ExportDialog.resize(460, 380)
        self.main_layout = QVBoxLayout(ExportDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.hint_label = QLabel(ExportDialog)
        self.hint_label.setObjectName(u"hint_label")
        self.hint_label.setWordWrap(True)

        self.main_layout.addWidget(self.hint_label)

        self.territories_list = QListWidget(ExportDialog)
        self.territories_list.setObjectName(u"territories_list")
        self.territories_list.setAlternatingRowColors(True)

        self.main_layout.addWidget(self.territories_list)

        self.select_layout = QHBoxLayout()
        self.select_layout.setObjectName(u"select_layout")
        self.all_button = QPushButton(ExportDialog)
        self.all_button.setObjectName(u"all_button")

        self.select_layout.addWidget(self.all_button)

        self.none_button = QPushButton(ExportDialog)
        self.none_button.setObjectName(u"none_button")

        self.select_layout.addWidget(self.none_button)

        self.select_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.select_layout.addItem(self.select_spacer)


        self.main_layout.addLayout(self.select_layout)

        self.count_label = QLabel(ExportDialog)
        self.count_label.setObjectName(u"count_label")

        self.main_layout.addWidget(self.count_label)

        self.button_box = QDialogButtonBox(ExportDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.main_layout.addWidget(self.button_box)


        self.retranslateUi(ExportDialog)

        QMetaObject.connectSlotsByName(ExportDialog)
    # setupUi

    def retranslateUi(self, ExportDialog):
        ExportDialog.setWindowTitle(QCoreApplication.translate("ExportDialog", u"Exporter le classeur pour la R\u00e9gion", None))
        self.hint_label.setText(QCoreApplication.translate("ExportDialog", u"Territoires \u00e0 mettre dans le classeur :", None))
        self.all_button.setText(QCoreApplication.translate("ExportDialog", u"&Tous", None))
#if QT_CONFIG(tooltip)
        self.all_button.setToolTip(QCoreApplication.translate("ExportDialog", u"Cocher tous les territoires, sauf la d\u00e9monstration", None))
#endif // QT_CONFIG(tooltip)
        self.none_button.setText(QCoreApplication.translate("ExportDialog", u"&Aucun", None))
        self.count_label.setText("")
    # retranslateUi

