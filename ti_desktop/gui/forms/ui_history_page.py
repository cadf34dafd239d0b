# Generated from ui/history_page.ui by tools/compile_ui.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'history_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QDateEdit,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem,
    QSplitter, QTableView, QVBoxLayout, QWidget)

class Ui_HistoryPage(object):
    def setupUi(self, HistoryPage):
        if not HistoryPage.objectName():
            HistoryPage.setObjectName(u"HistoryPage")
        HistoryPage.resize(1000, 700)
        self.page_layout = QVBoxLayout(HistoryPage)
        self.page_layout.setObjectName(u"page_layout")
        self.hint_label = QLabel(HistoryPage)
        self.hint_label.setObjectName(u"hint_label")
        self.hint_label.setWordWrap(True)

        self.page_layout.addWidget(self.hint_label)

        self.filters_layout = QHBoxLayout()
        self.filters_layout.setObjectName(u"filters_layout")
        self.kind_filter_combo = QComboBox(HistoryPage)
        self.kind_filter_combo.setObjectName(u"kind_filter_combo")

        self.filters_layout.addWidget(self.kind_filter_combo)

        self.recipient_filter_edit = QLineEdit(HistoryPage)
        self.recipient_filter_edit.setObjectName(u"recipient_filter_edit")
        self.recipient_filter_edit.setClearButtonEnabled(True)

        self.filters_layout.addWidget(self.recipient_filter_edit)

        self.filters_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filters_layout.addItem(self.filters_spacer)

        self.count_label = QLabel(HistoryPage)
        self.count_label.setObjectName(u"count_label")

        self.filters_layout.addWidget(self.count_label)


        self.page_layout.addLayout(self.filters_layout)

        self.history_splitter = QSplitter(HistoryPage)
        self.history_splitter.setObjectName(u"history_splitter")
        self.history_splitter.setOrientation(Qt.Orientation.Vertical)
        self.history_splitter.setChildrenCollapsible(False)
        self.history_table = QTableView(self.history_splitter)
        self.history_table.setObjectName(u"history_table")
        self.history_table.setAlternatingRowColors(True)
        self.history_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.history_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.history_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history_table.setSortingEnabled(True)
        self.history_splitter.addWidget(self.history_table)
        self.history_table.horizontalHeader().setStretchLastSection(True)
        self.history_table.verticalHeader().setVisible(False)
        self.details_widget = QWidget(self.history_splitter)
        self.details_widget.setObjectName(u"details_widget")
        self.details_layout = QVBoxLayout(self.details_widget)
        self.details_layout.setObjectName(u"details_layout")
        self.details_layout.setContentsMargins(0, 0, 0, 0)
        self.actions_layout = QHBoxLayout()
        self.actions_layout.setObjectName(u"actions_layout")
        self.open_copy_button = QPushButton(self.details_widget)
        self.open_copy_button.setObjectName(u"open_copy_button")

        self.actions_layout.addWidget(self.open_copy_button)

        self.show_copy_button = QPushButton(self.details_widget)
        self.show_copy_button.setObjectName(u"show_copy_button")

        self.actions_layout.addWidget(self.show_copy_button)

        self.actions_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actions_layout.addItem(self.actions_spacer)

        self.signed_label = QLabel(self.details_widget)
        self.signed_label.setObjectName(u"signed_label")

        self.actions_layout.addWidget(self.signed_label)

        self.signed_date_edit = QDateEdit(self.details_widget)
        self.signed_date_edit.setObjectName(u"signed_date_edit")
        self.signed_date_edit.setCalendarPopup(True)

        self.actions_layout.addWidget(self.signed_date_edit)

        self.mark_signed_button = QPushButton(self.details_widget)
        self.mark_signed_button.setObjectName(u"mark_signed_button")

        self.actions_layout.addWidget(self.mark_signed_button)

        self.unmark_signed_button = QPushButton(self.details_widget)
        self.unmark_signed_button.setObjectName(u"unmark_signed_button")

        self.actions_layout.addWidget(self.unmark_signed_button)


        self.details_layout.addLayout(self.actions_layout)

        self.changes_title_label = QLabel(self.details_widget)
        self.changes_title_label.setObjectName(u"changes_title_label")

        self.details_layout.addWidget(self.changes_title_label)

        self.changes_text = QPlainTextEdit(self.details_widget)
        self.changes_text.setObjectName(u"changes_text")
        self.changes_text.setReadOnly(True)
        self.changes_text.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)

        self.details_layout.addWidget(self.changes_text)

        self.history_splitter.addWidget(self.details_widget)

        self.page_layout.addWidget(self.history_splitter)

#if QT_CONFIG(shortcut)
        self.signed_label.setBuddy(self.signed_date_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(HistoryPage)

        QMetaObject.connectSlotsByName(HistoryPage)
    # setupUi

    def retranslateUi(self, HistoryPage):
        self.hint_label.setText(QCoreApplication.translate("HistoryPage", u"Tout ce qui a quitt\u00e9 TI Desktop pour ce territoire : contrats, fiches, classeurs, courriels, avenants, rapports. Chaque envoi garde une copie du fichier envoy\u00e9 et les donn\u00e9es du territoire \u00e0 ce moment.", None))
#if QT_CONFIG(tooltip)
        self.kind_filter_combo.setToolTip(QCoreApplication.translate("HistoryPage", u"N'afficher qu'un type d'envoi", None))
#endif // QT_CONFIG(tooltip)
        self.recipient_filter_edit.setPlaceholderText(QCoreApplication.translate("HistoryPage", u"Destinataire\u2026", None))
#if QT_CONFIG(tooltip)
        self.recipient_filter_edit.setToolTip(QCoreApplication.translate("HistoryPage", u"N'afficher que les envois \u00e0 ce destinataire (une partie de l'adresse suffit)", None))
#endif // QT_CONFIG(tooltip)
        self.count_label.setText("")
        self.open_copy_button.setText(QCoreApplication.translate("HistoryPage", u"Ouvrir la copie", None))
#if QT_CONFIG(tooltip)
        self.open_copy_button.setToolTip(QCoreApplication.translate("HistoryPage", u"Ouvrir la copie gard\u00e9e du fichier envoy\u00e9", None))
#endif // QT_CONFIG(tooltip)
        self.show_copy_button.setText(QCoreApplication.translate("HistoryPage", u"Afficher dans le dossier", None))
#if QT_CONFIG(tooltip)
        self.show_copy_button.setToolTip(QCoreApplication.translate("HistoryPage", u"Montrer la copie gard\u00e9e dans le gestionnaire de fichiers", None))
#endif // QT_CONFIG(tooltip)
        self.signed_label.setText(QCoreApplication.translate("HistoryPage", u"Sign\u00e9 le", None))
        self.signed_date_edit.setDisplayFormat(QCoreApplication.translate("HistoryPage", u"dd/MM/yyyy", None))
#if QT_CONFIG(tooltip)
        self.signed_date_edit.setToolTip(QCoreApplication.translate("HistoryPage", u"Date de signature de ce contrat ou de cet avenant", None))
#endif // QT_CONFIG(tooltip)
        self.mark_signed_button.setText(QCoreApplication.translate("HistoryPage", u"Marquer comme version sign\u00e9e", None))
#if QT_CONFIG(tooltip)
        self.mark_signed_button.setToolTip(QCoreApplication.translate("HistoryPage", u"Ce contrat ou cet avenant envoy\u00e9 est la version sign\u00e9e : l'avenant suivant comparera avec elle (annulable)", None))
#endif // QT_CONFIG(tooltip)
        self.unmark_signed_button.setText(QCoreApplication.translate("HistoryPage", u"Retirer la mention \u00ab sign\u00e9 \u00bb", None))
#if QT_CONFIG(tooltip)
        self.unmark_signed_button.setToolTip(QCoreApplication.translate("HistoryPage", u"Cet envoi n'est pas la version sign\u00e9e (annulable)", None))
#endif // QT_CONFIG(tooltip)
        self.changes_title_label.setText(QCoreApplication.translate("HistoryPage", u"Changements depuis cet envoi", None))
        pass
    # retranslateUi

