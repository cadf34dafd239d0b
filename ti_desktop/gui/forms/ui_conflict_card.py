# Generated from ui/conflict_card.ui by tools/compile_ui.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'conflict_card.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QFrame, QHBoxLayout,
    QHeaderView, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget)

class Ui_ConflictCard(object):
    def setupUi(self, ConflictCard):
        if not ConflictCard.objectName():
            ConflictCard.setObjectName(u"ConflictCard")
        ConflictCard.setFrameShape(QFrame.Shape.StyledPanel)
        self.card_layout = QVBoxLayout(ConflictCard)
        self.card_layout.setObjectName(u"card_layout")
        self.title_label = QLabel(ConflictCard)
        self.title_label.setObjectName(u"title_label")
        self.title_label.setWordWrap(True)
        self.title_label.setStyleSheet(u"font-weight: bold;")

        self.card_layout.addWidget(self.title_label)

        self.explanation_label = QLabel(ConflictCard)
        self.explanation_label.setObjectName(u"explanation_label")
        self.explanation_label.setWordWrap(True)

        self.card_layout.addWidget(self.explanation_label)

        self.fields_table = QTableWidget(ConflictCard)
        if (self.fields_table.columnCount() < 4):
            self.fields_table.setColumnCount(4)
        __qtablewidgetitem = QTableWidgetItem()
        self.fields_table.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.fields_table.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.fields_table.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.fields_table.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        self.fields_table.setObjectName(u"fields_table")
        self.fields_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.fields_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.fields_table.setWordWrap(True)
        self.fields_table.setColumnCount(4)
        self.fields_table.horizontalHeader().setStretchLastSection(True)
        self.fields_table.verticalHeader().setVisible(False)

        self.card_layout.addWidget(self.fields_table)

        self.error_label = QLabel(ConflictCard)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(u"color: #A61B1B;")

        self.card_layout.addWidget(self.error_label)

        self.buttons_layout = QHBoxLayout()
        self.buttons_layout.setObjectName(u"buttons_layout")
        self.keep_mine_button = QPushButton(ConflictCard)
        self.keep_mine_button.setObjectName(u"keep_mine_button")

        self.buttons_layout.addWidget(self.keep_mine_button)

        self.keep_theirs_button = QPushButton(ConflictCard)
        self.keep_theirs_button.setObjectName(u"keep_theirs_button")

        self.buttons_layout.addWidget(self.keep_theirs_button)

        self.modify_button = QPushButton(ConflictCard)
        self.modify_button.setObjectName(u"modify_button")

        self.buttons_layout.addWidget(self.modify_button)

        self.save_button = QPushButton(ConflictCard)
        self.save_button.setObjectName(u"save_button")

        self.buttons_layout.addWidget(self.save_button)

        self.buttons_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons_layout.addItem(self.buttons_spacer)

        self.later_button = QPushButton(ConflictCard)
        self.later_button.setObjectName(u"later_button")

        self.buttons_layout.addWidget(self.later_button)


        self.card_layout.addLayout(self.buttons_layout)


        self.retranslateUi(ConflictCard)

        QMetaObject.connectSlotsByName(ConflictCard)
    # setupUi

    def retranslateUi(self, ConflictCard):
        ___qtablewidgetitem = self.fields_table.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("ConflictCard", u"Champ", None))
        ___qtablewidgetitem1 = self.fields_table.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("ConflictCard", u"Version commune", None))
        ___qtablewidgetitem2 = self.fields_table.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("ConflictCard", u"La mienne", None))
        ___qtablewidgetitem3 = self.fields_table.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("ConflictCard", u"Celle du serveur", None))
#if QT_CONFIG(tooltip)
        self.keep_mine_button.setToolTip(QCoreApplication.translate("ConflictCard", u"Votre version sera publi\u00e9e \u00e0 la place de celle du serveur", None))
#endif // QT_CONFIG(tooltip)
        self.keep_mine_button.setText(QCoreApplication.translate("ConflictCard", u"Garder la mienne", None))
#if QT_CONFIG(tooltip)
        self.keep_theirs_button.setToolTip(QCoreApplication.translate("ConflictCard", u"La version du serveur remplace la v\u00f4tre sur ce poste", None))
#endif // QT_CONFIG(tooltip)
        self.keep_theirs_button.setText(QCoreApplication.translate("ConflictCard", u"Garder celle du serveur", None))
#if QT_CONFIG(tooltip)
        self.modify_button.setToolTip(QCoreApplication.translate("ConflictCard", u"Corriger votre version (colonne \u00ab La mienne \u00bb), puis l'enregistrer", None))
#endif // QT_CONFIG(tooltip)
        self.modify_button.setText(QCoreApplication.translate("ConflictCard", u"Modifier\u2026", None))
        self.save_button.setText(QCoreApplication.translate("ConflictCard", u"Enregistrer ma version", None))
#if QT_CONFIG(tooltip)
        self.later_button.setToolTip(QCoreApplication.translate("ConflictCard", u"Laisser ce conflit pour plus tard (la publication attend votre d\u00e9cision)", None))
#endif // QT_CONFIG(tooltip)
        self.later_button.setText(QCoreApplication.translate("ConflictCard", u"D\u00e9cider plus tard", None))
        pass
    # retranslateUi

