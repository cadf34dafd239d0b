# Generated from ui/conflicts_dialog.ui by tools/compile_ui.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'conflicts_dialog.ui'
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
    QHBoxLayout, QLabel, QPushButton, QScrollArea,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_ConflictsDialog(object):
    def setupUi(self, ConflictsDialog):
        if not ConflictsDialog.objectName():
            ConflictsDialog.setObjectName(u"ConflictsDialog")
        ConflictsDialog.resize(820, 600)
        self.main_layout = QVBoxLayout(ConflictsDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.intro_label = QLabel(ConflictsDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.main_layout.addWidget(self.intro_label)

        self.summary_layout = QHBoxLayout()
        self.summary_layout.setObjectName(u"summary_layout")
        self.count_label = QLabel(ConflictsDialog)
        self.count_label.setObjectName(u"count_label")
        self.count_label.setStyleSheet(u"font-weight: bold;")

        self.summary_layout.addWidget(self.count_label)

        self.summary_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.summary_layout.addItem(self.summary_spacer)

        self.keep_all_mine_button = QPushButton(ConflictsDialog)
        self.keep_all_mine_button.setObjectName(u"keep_all_mine_button")

        self.summary_layout.addWidget(self.keep_all_mine_button)

        self.keep_all_theirs_button = QPushButton(ConflictsDialog)
        self.keep_all_theirs_button.setObjectName(u"keep_all_theirs_button")

        self.summary_layout.addWidget(self.keep_all_theirs_button)


        self.main_layout.addLayout(self.summary_layout)

        self.cards_area = QScrollArea(ConflictsDialog)
        self.cards_area.setObjectName(u"cards_area")
        self.cards_area.setWidgetResizable(True)
        self.cards_widget = QWidget()
        self.cards_widget.setObjectName(u"cards_widget")
        self.cards_layout = QVBoxLayout(self.cards_widget)
        self.cards_layout.setObjectName(u"cards_layout")
        self.cards_area.setWidget(self.cards_widget)

        self.main_layout.addWidget(self.cards_area)

        self.button_box = QDialogButtonBox(ConflictsDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.main_layout.addWidget(self.button_box)


        self.retranslateUi(ConflictsDialog)

        QMetaObject.connectSlotsByName(ConflictsDialog)
    # setupUi

    def retranslateUi(self, ConflictsDialog):
        ConflictsDialog.setWindowTitle(QCoreApplication.translate("ConflictsDialog", u"Conflits avec le serveur", None))
        self.intro_label.setText(QCoreApplication.translate("ConflictsDialog", u"Ces fiches ou \u00e9l\u00e9ments ont chang\u00e9 ici et sur le serveur depuis votre derni\u00e8re r\u00e9cup\u00e9ration. Rien n'a \u00e9t\u00e9 fusionn\u00e9 ni \u00e9cras\u00e9 : choisissez pour chacun la version \u00e0 garder. Votre choix sera publi\u00e9 \u00e0 la prochaine publication.", None))
#if QT_CONFIG(tooltip)
        self.keep_all_mine_button.setToolTip(QCoreApplication.translate("ConflictsDialog", u"Garder votre version de chaque conflit affich\u00e9", None))
#endif // QT_CONFIG(tooltip)
        self.keep_all_mine_button.setText(QCoreApplication.translate("ConflictsDialog", u"Garder toutes les miennes", None))
#if QT_CONFIG(tooltip)
        self.keep_all_theirs_button.setToolTip(QCoreApplication.translate("ConflictsDialog", u"Garder la version du serveur de chaque conflit affich\u00e9", None))
#endif // QT_CONFIG(tooltip)
        self.keep_all_theirs_button.setText(QCoreApplication.translate("ConflictsDialog", u"Garder toutes celles du serveur", None))
    # retranslateUi

