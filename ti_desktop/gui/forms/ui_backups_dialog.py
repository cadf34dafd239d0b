# Generated from ui/backups_dialog.ui by tools/compile_ui.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'backups_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
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
    QPushButton, QSizePolicy, QSpacerItem, QTableView,
    QVBoxLayout, QWidget)

class Ui_BackupsDialog(object):
    def setupUi(self, BackupsDialog):
        if not BackupsDialog.objectName():
            BackupsDialog.setObjectName(u"BackupsDialog")
        BackupsDialog.resize(640, 420)
        self.main_layout = QVBoxLayout(BackupsDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.intro_label = QLabel(BackupsDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.main_layout.addWidget(self.intro_label)

        self.backups_table = QTableView(BackupsDialog)
        self.backups_table.setObjectName(u"backups_table")
        self.backups_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.backups_table.setAlternatingRowColors(True)
        self.backups_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.backups_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.backups_table.setSortingEnabled(True)
        self.backups_table.horizontalHeader().setStretchLastSection(True)
        self.backups_table.verticalHeader().setVisible(False)

        self.main_layout.addWidget(self.backups_table)

        self.folder_label = QLabel(BackupsDialog)
        self.folder_label.setObjectName(u"folder_label")
        self.folder_label.setWordWrap(True)
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.main_layout.addWidget(self.folder_label)

        self.buttons_layout = QHBoxLayout()
        self.buttons_layout.setObjectName(u"buttons_layout")
        self.backup_now_button = QPushButton(BackupsDialog)
        self.backup_now_button.setObjectName(u"backup_now_button")

        self.buttons_layout.addWidget(self.backup_now_button)

        self.restore_button = QPushButton(BackupsDialog)
        self.restore_button.setObjectName(u"restore_button")

        self.buttons_layout.addWidget(self.restore_button)

        self.open_folder_button = QPushButton(BackupsDialog)
        self.open_folder_button.setObjectName(u"open_folder_button")

        self.buttons_layout.addWidget(self.open_folder_button)

        self.buttons_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons_layout.addItem(self.buttons_spacer)

        self.button_box = QDialogButtonBox(BackupsDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.buttons_layout.addWidget(self.button_box)


        self.main_layout.addLayout(self.buttons_layout)


        self.retranslateUi(BackupsDialog)

        QMetaObject.connectSlotsByName(BackupsDialog)
    # setupUi

    def retranslateUi(self, BackupsDialog):
        BackupsDialog.setWindowTitle(QCoreApplication.translate("BackupsDialog", u"Sauvegardes", None))
        self.intro_label.setText(QCoreApplication.translate("BackupsDialog", u"Une sauvegarde automatique est faite chaque jour \u00e0 l'ouverture et gard\u00e9e 7 jours ; les sauvegardes manuelles sont gard\u00e9es sans limite. Restaurer remplace la base par la sauvegarde choisie, apr\u00e8s avoir sauvegard\u00e9 l'\u00e9tat actuel.", None))
#if QT_CONFIG(tooltip)
        self.backup_now_button.setToolTip(QCoreApplication.translate("BackupsDialog", u"Copier maintenant la base dans le dossier des sauvegardes", None))
#endif // QT_CONFIG(tooltip)
        self.backup_now_button.setText(QCoreApplication.translate("BackupsDialog", u"Sauvegarder maintenant", None))
#if QT_CONFIG(tooltip)
        self.restore_button.setToolTip(QCoreApplication.translate("BackupsDialog", u"Remplacer la base par la sauvegarde s\u00e9lectionn\u00e9e (l'\u00e9tat actuel est sauvegard\u00e9 avant)", None))
#endif // QT_CONFIG(tooltip)
        self.restore_button.setText(QCoreApplication.translate("BackupsDialog", u"Restaurer\u2026", None))
#if QT_CONFIG(tooltip)
        self.open_folder_button.setToolTip(QCoreApplication.translate("BackupsDialog", u"Ouvrir le dossier des sauvegardes dans l'explorateur de fichiers", None))
#endif // QT_CONFIG(tooltip)
        self.open_folder_button.setText(QCoreApplication.translate("BackupsDialog", u"Ouvrir le dossier", None))
    # retranslateUi

