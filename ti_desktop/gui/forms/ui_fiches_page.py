# Generated from ui/fiches_page.ui by tools/compile_ui.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'fiches_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QFrame,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QSizePolicy, QSpacerItem, QSplitter, QToolButton,
    QVBoxLayout, QWidget)

from ti_desktop.gui.widgets.record_table_view import RecordTableView

class Ui_FichesPage(object):
    def setupUi(self, FichesPage):
        if not FichesPage.objectName():
            FichesPage.setObjectName(u"FichesPage")
        FichesPage.resize(1280, 800)
        self.main_layout = QVBoxLayout(FichesPage)
        self.main_layout.setObjectName(u"main_layout")
        self.filter_layout = QHBoxLayout()
        self.filter_layout.setObjectName(u"filter_layout")
        self.filter_edit = QLineEdit(FichesPage)
        self.filter_edit.setObjectName(u"filter_edit")
        self.filter_edit.setPlaceholderText(u"\u2026")
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setMinimumSize(QSize(150, 0))

        self.filter_layout.addWidget(self.filter_edit)

        self.axis_filter_combo = QComboBox(FichesPage)
        self.axis_filter_combo.setObjectName(u"axis_filter_combo")
        self.axis_filter_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.axis_filter_combo.setMinimumContentsLength(9)

        self.filter_layout.addWidget(self.axis_filter_combo)

        self.progress_filter_combo = QComboBox(FichesPage)
        self.progress_filter_combo.setObjectName(u"progress_filter_combo")
        self.progress_filter_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.progress_filter_combo.setMinimumContentsLength(11)

        self.filter_layout.addWidget(self.progress_filter_combo)

        self.financer_filter_combo = QComboBox(FichesPage)
        self.financer_filter_combo.setObjectName(u"financer_filter_combo")
        self.financer_filter_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.financer_filter_combo.setMinimumContentsLength(9)

        self.filter_layout.addWidget(self.financer_filter_combo)

        self.status_filter_combo = QComboBox(FichesPage)
        self.status_filter_combo.setObjectName(u"status_filter_combo")
        self.status_filter_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.status_filter_combo.setMinimumContentsLength(9)

        self.filter_layout.addWidget(self.status_filter_combo)

        self.reset_filters_button = QToolButton(FichesPage)
        self.reset_filters_button.setObjectName(u"reset_filters_button")
        self.reset_filters_button.setAutoRaise(True)

        self.filter_layout.addWidget(self.reset_filters_button)


        self.main_layout.addLayout(self.filter_layout)

        self.actions_layout = QHBoxLayout()
        self.actions_layout.setObjectName(u"actions_layout")
        self.new_button = QToolButton(FichesPage)
        self.new_button.setObjectName(u"new_button")
        self.new_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.new_button.setAutoRaise(True)

        self.actions_layout.addWidget(self.new_button)

        self.duplicate_button = QToolButton(FichesPage)
        self.duplicate_button.setObjectName(u"duplicate_button")
        self.duplicate_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.duplicate_button.setAutoRaise(True)

        self.actions_layout.addWidget(self.duplicate_button)

        self.delete_button = QToolButton(FichesPage)
        self.delete_button.setObjectName(u"delete_button")
        self.delete_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.delete_button.setAutoRaise(True)

        self.actions_layout.addWidget(self.delete_button)

        self.actions_separator = QFrame(FichesPage)
        self.actions_separator.setObjectName(u"actions_separator")
        self.actions_separator.setFrameShape(QFrame.Shape.VLine)
        self.actions_separator.setFrameShadow(QFrame.Shadow.Sunken)

        self.actions_layout.addWidget(self.actions_separator)

        self.move_up_button = QToolButton(FichesPage)
        self.move_up_button.setObjectName(u"move_up_button")
        self.move_up_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.move_up_button.setAutoRaise(True)

        self.actions_layout.addWidget(self.move_up_button)

        self.move_down_button = QToolButton(FichesPage)
        self.move_down_button.setObjectName(u"move_down_button")
        self.move_down_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.move_down_button.setAutoRaise(True)

        self.actions_layout.addWidget(self.move_down_button)

        self.renumber_button = QToolButton(FichesPage)
        self.renumber_button.setObjectName(u"renumber_button")
        self.renumber_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.renumber_button.setAutoRaise(True)

        self.actions_layout.addWidget(self.renumber_button)

        self.actions_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actions_layout.addItem(self.actions_spacer)

        self.restore_button = QToolButton(FichesPage)
        self.restore_button.setObjectName(u"restore_button")
        self.restore_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.restore_button.setAutoRaise(True)

        self.actions_layout.addWidget(self.restore_button)

        self.trash_button = QToolButton(FichesPage)
        self.trash_button.setObjectName(u"trash_button")
        self.trash_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.trash_button.setAutoRaise(True)

        self.actions_layout.addWidget(self.trash_button)


        self.main_layout.addLayout(self.actions_layout)

        self.trash_banner_label = QLabel(FichesPage)
        self.trash_banner_label.setObjectName(u"trash_banner_label")
        self.trash_banner_label.setWordWrap(True)

        self.main_layout.addWidget(self.trash_banner_label)

        self.main_splitter = QSplitter(FichesPage)
        self.main_splitter.setObjectName(u"main_splitter")
        self.main_splitter.setOrientation(Qt.Orientation.Vertical)
        self.main_splitter.setChildrenCollapsible(False)
        self.fiches_table = RecordTableView(self.main_splitter)
        self.fiches_table.setObjectName(u"fiches_table")
        self.fiches_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.fiches_table.setSortingEnabled(True)
        self.fiches_table.setWordWrap(False)
        self.main_splitter.addWidget(self.fiches_table)
        self.fiches_table.horizontalHeader().setHighlightSections(False)
        self.fiches_table.verticalHeader().setVisible(False)
        self.editor_container = QWidget(self.main_splitter)
        self.editor_container.setObjectName(u"editor_container")
        self.editor_layout = QVBoxLayout(self.editor_container)
        self.editor_layout.setObjectName(u"editor_layout")
        self.editor_layout.setContentsMargins(0, 0, 0, 0)
        self.main_splitter.addWidget(self.editor_container)

        self.main_layout.addWidget(self.main_splitter)

        self.summary_label = QLabel(FichesPage)
        self.summary_label.setObjectName(u"summary_label")
        self.summary_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.main_layout.addWidget(self.summary_label)


        self.retranslateUi(FichesPage)

        QMetaObject.connectSlotsByName(FichesPage)
    # setupUi

    def retranslateUi(self, FichesPage):
        FichesPage.setWindowTitle(QCoreApplication.translate("FichesPage", u"Fiches-actions", None))
#if QT_CONFIG(tooltip)
        self.axis_filter_combo.setToolTip(QCoreApplication.translate("FichesPage", u"Filtrer par axe", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.progress_filter_combo.setToolTip(QCoreApplication.translate("FichesPage", u"Filtrer par \u00e9tat d'avancement", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.financer_filter_combo.setToolTip(QCoreApplication.translate("FichesPage", u"Fiches ayant au moins une ligne de ce financeur", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.status_filter_combo.setToolTip(QCoreApplication.translate("FichesPage", u"Fiches ayant au moins une ligne \u00e0 ce statut de financement", None))
#endif // QT_CONFIG(tooltip)
        self.reset_filters_button.setText(QCoreApplication.translate("FichesPage", u"Tout afficher", None))
#if QT_CONFIG(tooltip)
        self.reset_filters_button.setToolTip(QCoreApplication.translate("FichesPage", u"Effacer la recherche et tous les filtres", None))
#endif // QT_CONFIG(tooltip)
        self.trash_banner_label.setText(QCoreApplication.translate("FichesPage", u"Corbeille : les fiches supprim\u00e9es de ce territoire. S\u00e9lectionnez-en une puis cliquez sur \u00ab Restaurer \u00bb.", None))
        self.summary_label.setText("")
    # retranslateUi

