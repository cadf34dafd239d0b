# Generated from ui/table_import_dialog.ui by tools/compile_ui.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'table_import_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QComboBox,
    QDialog, QDialogButtonBox, QGroupBox, QHBoxLayout,
    QHeaderView, QLabel, QListWidget, QListWidgetItem,
    QPushButton, QSizePolicy, QSpacerItem, QSplitter,
    QTabWidget, QTableView, QVBoxLayout, QWidget)

class Ui_TableImportDialog(object):
    def setupUi(self, TableImportDialog):
        if not TableImportDialog.objectName():
            TableImportDialog.setObjectName(u"TableImportDialog")
        TableImportDialog.resize(1180, 760)
        self.main_layout = QVBoxLayout(TableImportDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.source_label = QLabel(TableImportDialog)
        self.source_label.setObjectName(u"source_label")
        self.source_label.setWordWrap(True)
        self.source_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.main_layout.addWidget(self.source_label)

        self.options_layout = QHBoxLayout()
        self.options_layout.setObjectName(u"options_layout")
        self.sheet_label = QLabel(TableImportDialog)
        self.sheet_label.setObjectName(u"sheet_label")

        self.options_layout.addWidget(self.sheet_label)

        self.sheet_combo = QComboBox(TableImportDialog)
        self.sheet_combo.setObjectName(u"sheet_combo")
        self.sheet_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.options_layout.addWidget(self.sheet_combo)

        self.options_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.options_layout.addItem(self.options_spacer)

        self.status_label = QLabel(TableImportDialog)
        self.status_label.setObjectName(u"status_label")

        self.options_layout.addWidget(self.status_label)

        self.status_combo = QComboBox(TableImportDialog)
        self.status_combo.setObjectName(u"status_combo")

        self.options_layout.addWidget(self.status_combo)


        self.main_layout.addLayout(self.options_layout)

        self.splitter = QSplitter(TableImportDialog)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.mapping_group = QGroupBox(self.splitter)
        self.mapping_group.setObjectName(u"mapping_group")
        self.mapping_layout = QVBoxLayout(self.mapping_group)
        self.mapping_layout.setObjectName(u"mapping_layout")
        self.mapping_hint_label = QLabel(self.mapping_group)
        self.mapping_hint_label.setObjectName(u"mapping_hint_label")
        self.mapping_hint_label.setWordWrap(True)

        self.mapping_layout.addWidget(self.mapping_hint_label)

        self.mapping_table = QTableView(self.mapping_group)
        self.mapping_table.setObjectName(u"mapping_table")
        self.mapping_table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked|QAbstractItemView.EditTrigger.SelectedClicked|QAbstractItemView.EditTrigger.EditKeyPressed)
        self.mapping_table.setAlternatingRowColors(True)
        self.mapping_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.mapping_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.mapping_table.verticalHeader().setVisible(False)

        self.mapping_layout.addWidget(self.mapping_table)

        self.splitter.addWidget(self.mapping_group)
        self.preview_container = QWidget(self.splitter)
        self.preview_container.setObjectName(u"preview_container")
        self.preview_container_layout = QVBoxLayout(self.preview_container)
        self.preview_container_layout.setObjectName(u"preview_container_layout")
        self.preview_container_layout.setContentsMargins(0, 0, 0, 0)
        self.verdict_label = QLabel(self.preview_container)
        self.verdict_label.setObjectName(u"verdict_label")
        self.verdict_label.setWordWrap(True)

        self.preview_container_layout.addWidget(self.verdict_label)

        self.tabs_widget = QTabWidget(self.preview_container)
        self.tabs_widget.setObjectName(u"tabs_widget")
        self.preview_tab = QWidget()
        self.preview_tab.setObjectName(u"preview_tab")
        self.preview_layout = QVBoxLayout(self.preview_tab)
        self.preview_layout.setObjectName(u"preview_layout")
        self.preview_splitter = QSplitter(self.preview_tab)
        self.preview_splitter.setObjectName(u"preview_splitter")
        self.preview_splitter.setOrientation(Qt.Orientation.Horizontal)
        self.changes_table = QTableView(self.preview_splitter)
        self.changes_table.setObjectName(u"changes_table")
        self.changes_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.changes_table.setAlternatingRowColors(True)
        self.changes_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.changes_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.changes_table.setSortingEnabled(True)
        self.changes_table.setWordWrap(False)
        self.preview_splitter.addWidget(self.changes_table)
        self.changes_table.verticalHeader().setVisible(False)
        self.details_table = QTableView(self.preview_splitter)
        self.details_table.setObjectName(u"details_table")
        self.details_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.details_table.setAlternatingRowColors(True)
        self.details_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.details_table.setWordWrap(False)
        self.preview_splitter.addWidget(self.details_table)
        self.details_table.horizontalHeader().setStretchLastSection(True)
        self.details_table.verticalHeader().setVisible(False)

        self.preview_layout.addWidget(self.preview_splitter)

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
        self.errors_table.setWordWrap(False)
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

        self.preview_container_layout.addWidget(self.tabs_widget)

        self.splitter.addWidget(self.preview_container)

        self.main_layout.addWidget(self.splitter)

        self.buttons_layout = QHBoxLayout()
        self.buttons_layout.setObjectName(u"buttons_layout")
        self.buttons_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons_layout.addItem(self.buttons_spacer)

        self.import_button = QPushButton(TableImportDialog)
        self.import_button.setObjectName(u"import_button")

        self.buttons_layout.addWidget(self.import_button)

        self.button_box = QDialogButtonBox(TableImportDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel)

        self.buttons_layout.addWidget(self.button_box)


        self.main_layout.addLayout(self.buttons_layout)

#if QT_CONFIG(shortcut)
        self.sheet_label.setBuddy(self.sheet_combo)
        self.status_label.setBuddy(self.status_combo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(TableImportDialog)

        QMetaObject.connectSlotsByName(TableImportDialog)
    # setupUi

    def retranslateUi(self, TableImportDialog):
        TableImportDialog.setWindowTitle(QCoreApplication.translate("TableImportDialog", u"Importer un tableau de suivi", None))
        self.sheet_label.setText(QCoreApplication.translate("TableImportDialog", u"&Feuille :", None))
#if QT_CONFIG(tooltip)
        self.sheet_combo.setToolTip(QCoreApplication.translate("TableImportDialog", u"La feuille du classeur \u00e0 lire (la feuille reconnue est choisie d'office)", None))
#endif // QT_CONFIG(tooltip)
        self.status_label.setText(QCoreApplication.translate("TableImportDialog", u"&Statut des financements :", None))
#if QT_CONFIG(tooltip)
        self.status_combo.setToolTip(QCoreApplication.translate("TableImportDialog", u"Statut donn\u00e9 aux lignes de financement lues dans les colonnes des financeurs, quand ni l'en-t\u00eate ni une colonne \u00ab Statut \u00bb ne le disent", None))
#endif // QT_CONFIG(tooltip)
        self.mapping_group.setTitle(QCoreApplication.translate("TableImportDialog", u"1. Correspondance des colonnes", None))
        self.mapping_hint_label.setText(QCoreApplication.translate("TableImportDialog", u"V\u00e9rifiez ce que devient chaque colonne ; double-cliquez sur \u00ab Devient \u00bb pour choisir un autre champ, un financeur ou \u00ab Ignor\u00e9e \u00bb. La correspondance est m\u00e9moris\u00e9e pour les prochains fichiers aux m\u00eames en-t\u00eates.", None))
        self.tabs_widget.setTabText(self.tabs_widget.indexOf(self.preview_tab), QCoreApplication.translate("TableImportDialog", u"2. Aper\u00e7u", None))
#if QT_CONFIG(tooltip)
        self.copy_errors_button.setToolTip(QCoreApplication.translate("TableImportDialog", u"Copier la liste des erreurs (\u00e0 coller dans un courriel ou un tableur)", None))
#endif // QT_CONFIG(tooltip)
        self.copy_errors_button.setText(QCoreApplication.translate("TableImportDialog", u"Copier les erreurs", None))
        self.tabs_widget.setTabText(self.tabs_widget.indexOf(self.errors_tab), QCoreApplication.translate("TableImportDialog", u"Erreurs", None))
        self.tabs_widget.setTabText(self.tabs_widget.indexOf(self.warnings_tab), QCoreApplication.translate("TableImportDialog", u"Avertissements", None))
#if QT_CONFIG(tooltip)
        self.import_button.setToolTip(QCoreApplication.translate("TableImportDialog", u"\u00c9crire ces fiches dans la base, en une seule fois (\u00c9dition \u203a Annuler pour revenir en arri\u00e8re)", None))
#endif // QT_CONFIG(tooltip)
        self.import_button.setText(QCoreApplication.translate("TableImportDialog", u"&Importer", None))
    # retranslateUi

