# Generated from ui/import_preview_dialog.ui by tools/compile_ui.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'import_preview_dialog.ui'
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
    QDialogButtonBox, QHBoxLayout, QHeaderView, QLabel,
    QListWidget, QListWidgetItem, QPushButton, QSizePolicy,
    QSpacerItem, QTabWidget, QTableView, QVBoxLayout,
    QWidget)

class Ui_ImportPreviewDialog(object):
    def setupUi(self, ImportPreviewDialog):
        if not ImportPreviewDialog.objectName():
            ImportPreviewDialog.setObjectName(u"ImportPreviewDialog")
        ImportPreviewDialog.resize(960, 560)
        self.main_layout = QVBoxLayout(ImportPreviewDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.source_label = QLabel(ImportPreviewDialog)
        self.source_label.setObjectName(u"source_label")
        self.source_label.setWordWrap(True)

        self.main_layout.addWidget(self.source_label)

        self.verdict_label = QLabel(ImportPreviewDialog)
        self.verdict_label.setObjectName(u"verdict_label")
        self.verdict_label.setWordWrap(True)

        self.main_layout.addWidget(self.verdict_label)

        self.tabs_widget = QTabWidget(ImportPreviewDialog)
        self.tabs_widget.setObjectName(u"tabs_widget")
        self.preview_tab = QWidget()
        self.preview_tab.setObjectName(u"preview_tab")
        self.preview_layout = QVBoxLayout(self.preview_tab)
        self.preview_layout.setObjectName(u"preview_layout")
        self.preview_table = QTableView(self.preview_tab)
        self.preview_table.setObjectName(u"preview_table")
        self.preview_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview_table.setAlternatingRowColors(True)
        self.preview_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.preview_table.setSortingEnabled(True)
        self.preview_table.verticalHeader().setVisible(False)

        self.preview_layout.addWidget(self.preview_table)

        self.financers_label = QLabel(self.preview_tab)
        self.financers_label.setObjectName(u"financers_label")
        self.financers_label.setWordWrap(True)

        self.preview_layout.addWidget(self.financers_label)

        self.tabs_widget.addTab(self.preview_tab, "")
        self.errors_tab = QWidget()
        self.errors_tab.setObjectName(u"errors_tab")
        self.errors_layout = QVBoxLayout(self.errors_tab)
        self.errors_layout.setObjectName(u"errors_layout")
        self.errors_table = QTableView(self.errors_tab)
        self.errors_table.setObjectName(u"errors_table")
        self.errors_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.errors_table.setAlternatingRowColors(True)
        self.errors_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.errors_table.setSortingEnabled(True)
        self.errors_table.setWordWrap(True)
        self.errors_table.horizontalHeader().setStretchLastSection(True)
        self.errors_table.verticalHeader().setVisible(False)

        self.errors_layout.addWidget(self.errors_table)

        self.errors_buttons_layout = QHBoxLayout()
        self.errors_buttons_layout.setObjectName(u"errors_buttons_layout")
        self.errors_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.errors_buttons_layout.addItem(self.errors_spacer)

        self.copy_errors_button = QPushButton(self.errors_tab)
        self.copy_errors_button.setObjectName(u"copy_errors_button")

        self.errors_buttons_layout.addWidget(self.copy_errors_button)


        self.errors_layout.addLayout(self.errors_buttons_layout)

        self.tabs_widget.addTab(self.errors_tab, "")
        self.warnings_tab = QWidget()
        self.warnings_tab.setObjectName(u"warnings_tab")
        self.warnings_layout = QVBoxLayout(self.warnings_tab)
        self.warnings_layout.setObjectName(u"warnings_layout")
        self.warnings_list = QListWidget(self.warnings_tab)
        self.warnings_list.setObjectName(u"warnings_list")
        self.warnings_list.setWordWrap(True)

        self.warnings_layout.addWidget(self.warnings_list)

        self.tabs_widget.addTab(self.warnings_tab, "")

        self.main_layout.addWidget(self.tabs_widget)

        self.buttons_layout = QHBoxLayout()
        self.buttons_layout.setObjectName(u"buttons_layout")
        self.buttons_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons_layout.addItem(self.buttons_spacer)

        self.import_button = QPushButton(ImportPreviewDialog)
        self.import_button.setObjectName(u"import_button")

        self.buttons_layout.addWidget(self.import_button)

        self.button_box = QDialogButtonBox(ImportPreviewDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel)

        self.buttons_layout.addWidget(self.button_box)


        self.main_layout.addLayout(self.buttons_layout)


        self.retranslateUi(ImportPreviewDialog)

        QMetaObject.connectSlotsByName(ImportPreviewDialog)
    # setupUi

    def retranslateUi(self, ImportPreviewDialog):
        ImportPreviewDialog.setWindowTitle(QCoreApplication.translate("ImportPreviewDialog", u"Aper\u00e7u de l'import", None))
        self.tabs_widget.setTabText(self.tabs_widget.indexOf(self.preview_tab), QCoreApplication.translate("ImportPreviewDialog", u"Ce qui sera import\u00e9", None))
#if QT_CONFIG(tooltip)
        self.copy_errors_button.setToolTip(QCoreApplication.translate("ImportPreviewDialog", u"Copier la liste des erreurs (\u00e0 coller dans un courriel ou un tableur)", None))
#endif // QT_CONFIG(tooltip)
        self.copy_errors_button.setText(QCoreApplication.translate("ImportPreviewDialog", u"Copier les erreurs", None))
        self.tabs_widget.setTabText(self.tabs_widget.indexOf(self.errors_tab), QCoreApplication.translate("ImportPreviewDialog", u"Erreurs", None))
        self.tabs_widget.setTabText(self.tabs_widget.indexOf(self.warnings_tab), QCoreApplication.translate("ImportPreviewDialog", u"Avertissements", None))
#if QT_CONFIG(tooltip)
        self.import_button.setToolTip(QCoreApplication.translate("ImportPreviewDialog", u"\u00c9crire ces donn\u00e9es dans la base, en une seule fois", None))
#endif // QT_CONFIG(tooltip)
        self.import_button.setText(QCoreApplication.translate("ImportPreviewDialog", u"Importer", None))
    # retranslateUi

