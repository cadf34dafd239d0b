# Generated from ui/forms_import_dialog.ui by tools/compile_ui.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'forms_import_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QDialog,
    QDialogButtonBox, QGroupBox, QHBoxLayout, QHeaderView,
    QLabel, QListWidget, QListWidgetItem, QPushButton,
    QSizePolicy, QSpacerItem, QSplitter, QTableView,
    QVBoxLayout, QWidget)

class Ui_FormsImportDialog(object):
    def setupUi(self, FormsImportDialog):
        if not FormsImportDialog.objectName():
            FormsImportDialog.setObjectName(u"FormsImportDialog")
        FormsImportDialog.resize(1120, 700)
        self.main_layout = QVBoxLayout(FormsImportDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.verdict_label = QLabel(FormsImportDialog)
        self.verdict_label.setObjectName(u"verdict_label")
        self.verdict_label.setWordWrap(True)

        self.main_layout.addWidget(self.verdict_label)

        self.splitter = QSplitter(FormsImportDialog)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.forms_table = QTableView(self.splitter)
        self.forms_table.setObjectName(u"forms_table")
        self.forms_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.forms_table.setAlternatingRowColors(True)
        self.forms_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.forms_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.forms_table.setWordWrap(False)
        self.splitter.addWidget(self.forms_table)
        self.forms_table.horizontalHeader().setStretchLastSection(True)
        self.forms_table.verticalHeader().setVisible(False)
        self.details_group = QGroupBox(self.splitter)
        self.details_group.setObjectName(u"details_group")
        self.details_layout = QVBoxLayout(self.details_group)
        self.details_layout.setObjectName(u"details_layout")
        self.details_table = QTableView(self.details_group)
        self.details_table.setObjectName(u"details_table")
        self.details_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.details_table.setAlternatingRowColors(True)
        self.details_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.details_table.setWordWrap(False)
        self.details_table.horizontalHeader().setStretchLastSection(True)
        self.details_table.verticalHeader().setVisible(False)

        self.details_layout.addWidget(self.details_table)

        self.notes_list = QListWidget(self.details_group)
        self.notes_list.setObjectName(u"notes_list")
        self.notes_list.setWordWrap(True)
        self.notes_list.setMaximumSize(QSize(16777215, 110))

        self.details_layout.addWidget(self.notes_list)

        self.splitter.addWidget(self.details_group)

        self.main_layout.addWidget(self.splitter)

        self.buttons_layout = QHBoxLayout()
        self.buttons_layout.setObjectName(u"buttons_layout")
        self.buttons_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons_layout.addItem(self.buttons_spacer)

        self.apply_button = QPushButton(FormsImportDialog)
        self.apply_button.setObjectName(u"apply_button")

        self.buttons_layout.addWidget(self.apply_button)

        self.button_box = QDialogButtonBox(FormsImportDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel)

        self.buttons_layout.addWidget(self.button_box)


        self.main_layout.addLayout(self.buttons_layout)


        self.retranslateUi(FormsImportDialog)

        QMetaObject.connectSlotsByName(FormsImportDialog)
    # setupUi

    def retranslateUi(self, FormsImportDialog):
        FormsImportDialog.setWindowTitle(QCoreApplication.translate("FormsImportDialog", u"Fiches remplies par les partenaires", None))
        self.details_group.setTitle(QCoreApplication.translate("FormsImportDialog", u"Changements, champ par champ", None))
#if QT_CONFIG(tooltip)
        self.apply_button.setToolTip(QCoreApplication.translate("FormsImportDialog", u"Enregistrer les formulaires coch\u00e9s, en une seule \u00e9tape (\u00c9dition \u203a Annuler pour revenir en arri\u00e8re)", None))
#endif // QT_CONFIG(tooltip)
        self.apply_button.setText(QCoreApplication.translate("FormsImportDialog", u"&Appliquer", None))
    # retranslateUi

