# Generated from ui/checks_dialog.ui by tools/compile_ui.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'checks_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QDialog, QHBoxLayout, QHeaderView,
    QLabel, QPushButton, QSizePolicy, QSpacerItem,
    QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget)

class Ui_ChecksDialog(object):
    def setupUi(self, ChecksDialog):
        if not ChecksDialog.objectName():
            ChecksDialog.setObjectName(u"ChecksDialog")
        ChecksDialog.resize(640, 440)
        self.main_layout = QVBoxLayout(ChecksDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.summary_label = QLabel(ChecksDialog)
        self.summary_label.setObjectName(u"summary_label")
        self.summary_label.setWordWrap(True)

        self.main_layout.addWidget(self.summary_label)

        self.findings_tree = QTreeWidget(ChecksDialog)
        self.findings_tree.setObjectName(u"findings_tree")
        self.findings_tree.setRootIsDecorated(False)
        self.findings_tree.setUniformRowHeights(False)
        self.findings_tree.setWordWrap(True)
        self.findings_tree.setAlternatingRowColors(True)

        self.main_layout.addWidget(self.findings_tree)

        self.buttons_layout = QHBoxLayout()
        self.buttons_layout.setObjectName(u"buttons_layout")
        self.go_to_button = QPushButton(ChecksDialog)
        self.go_to_button.setObjectName(u"go_to_button")

        self.buttons_layout.addWidget(self.go_to_button)

        self.refresh_button = QPushButton(ChecksDialog)
        self.refresh_button.setObjectName(u"refresh_button")

        self.buttons_layout.addWidget(self.refresh_button)

        self.buttons_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons_layout.addItem(self.buttons_spacer)

        self.continue_button = QPushButton(ChecksDialog)
        self.continue_button.setObjectName(u"continue_button")

        self.buttons_layout.addWidget(self.continue_button)

        self.close_button = QPushButton(ChecksDialog)
        self.close_button.setObjectName(u"close_button")

        self.buttons_layout.addWidget(self.close_button)


        self.main_layout.addLayout(self.buttons_layout)


        self.retranslateUi(ChecksDialog)

        QMetaObject.connectSlotsByName(ChecksDialog)
    # setupUi

    def retranslateUi(self, ChecksDialog):
        ChecksDialog.setWindowTitle(QCoreApplication.translate("ChecksDialog", u"V\u00e9rification avant envoi", None))
        self.summary_label.setText("")
        ___qtreewidgetitem = self.findings_tree.headerItem()
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("ChecksDialog", u"\u00c0 revoir", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("ChecksDialog", u"O\u00f9", None))
        self.go_to_button.setText(QCoreApplication.translate("ChecksDialog", u"&Aller \u00e0", None))
#if QT_CONFIG(tooltip)
        self.go_to_button.setToolTip(QCoreApplication.translate("ChecksDialog", u"Afficher l'endroit o\u00f9 corriger le point choisi (double-clic ou Entr\u00e9e)", None))
#endif // QT_CONFIG(tooltip)
        self.refresh_button.setText(QCoreApplication.translate("ChecksDialog", u"&V\u00e9rifier \u00e0 nouveau", None))
        self.continue_button.setText(QCoreApplication.translate("ChecksDialog", u"&Continuer quand m\u00eame", None))
        self.close_button.setText(QCoreApplication.translate("ChecksDialog", u"&Fermer", None))
    # retranslateUi

