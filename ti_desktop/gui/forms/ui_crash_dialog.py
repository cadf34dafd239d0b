# Generated from ui/crash_dialog.ui by tools/compile_ui.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'crash_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QHBoxLayout, QLabel, QPlainTextEdit, QPushButton,
    QSizePolicy, QSpacerItem, QToolButton, QVBoxLayout,
    QWidget)

class Ui_CrashDialog(object):
    def setupUi(self, CrashDialog):
        if not CrashDialog.objectName():
            CrashDialog.setObjectName(u"CrashDialog")
        CrashDialog.resize(620, 300)
        self.main_layout = QVBoxLayout(CrashDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.header_layout = QHBoxLayout()
        self.header_layout.setSpacing(16)
        self.header_layout.setObjectName(u"header_layout")
        self.icon_label = QLabel(CrashDialog)
        self.icon_label.setObjectName(u"icon_label")

        self.header_layout.addWidget(self.icon_label, 0, Qt.AlignmentFlag.AlignTop)

        self.text_layout = QVBoxLayout()
        self.text_layout.setObjectName(u"text_layout")
        self.title_label = QLabel(CrashDialog)
        self.title_label.setObjectName(u"title_label")

        self.text_layout.addWidget(self.title_label)

        self.explanation_label = QLabel(CrashDialog)
        self.explanation_label.setObjectName(u"explanation_label")
        self.explanation_label.setWordWrap(True)

        self.text_layout.addWidget(self.explanation_label)

        self.log_file_label = QLabel(CrashDialog)
        self.log_file_label.setObjectName(u"log_file_label")
        self.log_file_label.setWordWrap(True)
        self.log_file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.text_layout.addWidget(self.log_file_label)


        self.header_layout.addLayout(self.text_layout)

        self.header_layout.setStretch(1, 1)

        self.main_layout.addLayout(self.header_layout)

        self.actions_layout = QHBoxLayout()
        self.actions_layout.setObjectName(u"actions_layout")
        self.details_button = QToolButton(CrashDialog)
        self.details_button.setObjectName(u"details_button")
        self.details_button.setCheckable(True)
        self.details_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.details_button.setArrowType(Qt.ArrowType.RightArrow)
        self.details_button.setAutoRaise(True)

        self.actions_layout.addWidget(self.details_button)

        self.actions_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actions_layout.addItem(self.actions_spacer)

        self.open_folder_button = QPushButton(CrashDialog)
        self.open_folder_button.setObjectName(u"open_folder_button")

        self.actions_layout.addWidget(self.open_folder_button)

        self.copy_button = QPushButton(CrashDialog)
        self.copy_button.setObjectName(u"copy_button")

        self.actions_layout.addWidget(self.copy_button)


        self.main_layout.addLayout(self.actions_layout)

        self.report_text = QPlainTextEdit(CrashDialog)
        self.report_text.setObjectName(u"report_text")
        self.report_text.setReadOnly(True)
        self.report_text.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)

        self.main_layout.addWidget(self.report_text)

        self.button_box = QDialogButtonBox(CrashDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.main_layout.addWidget(self.button_box)


        self.retranslateUi(CrashDialog)

        QMetaObject.connectSlotsByName(CrashDialog)
    # setupUi

    def retranslateUi(self, CrashDialog):
        CrashDialog.setWindowTitle(QCoreApplication.translate("CrashDialog", u"Erreur inattendue", None))
        self.title_label.setText(QCoreApplication.translate("CrashDialog", u"Une erreur inattendue s'est produite", None))
        self.explanation_label.setText(QCoreApplication.translate("CrashDialog", u"TI Desktop a rencontr\u00e9 un probl\u00e8me qu'il ne sait pas traiter. Les modifications d\u00e9j\u00e0 enregistr\u00e9es sont conserv\u00e9es. Vous pouvez continuer \u00e0 travailler ; si l'erreur se r\u00e9p\u00e8te, red\u00e9marrez le programme et signalez-la en joignant le rapport ci-dessous et le fichier journal.", None))
        self.details_button.setText(QCoreApplication.translate("CrashDialog", u"D\u00e9tails techniques", None))
#if QT_CONFIG(tooltip)
        self.open_folder_button.setToolTip(QCoreApplication.translate("CrashDialog", u"Ouvrir le dossier qui contient le fichier journal", None))
#endif // QT_CONFIG(tooltip)
        self.open_folder_button.setText(QCoreApplication.translate("CrashDialog", u"Ouvrir le dossier du journal", None))
#if QT_CONFIG(tooltip)
        self.copy_button.setToolTip(QCoreApplication.translate("CrashDialog", u"Copier le rapport d'erreur dans le presse-papiers", None))
#endif // QT_CONFIG(tooltip)
        self.copy_button.setText(QCoreApplication.translate("CrashDialog", u"Copier le rapport", None))
    # retranslateUi

