# Generated from ui/preferences_dialog.ui by tools/compile_ui.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'preferences_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QDialog,
    QDialogButtonBox, QGridLayout, QGroupBox, QLabel,
    QLineEdit, QPlainTextEdit, QPushButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_PreferencesDialog(object):
    def setupUi(self, PreferencesDialog):
        if not PreferencesDialog.objectName():
            PreferencesDialog.setObjectName(u"PreferencesDialog")
        PreferencesDialog.resize(820, 520)
        self.main_layout = QVBoxLayout(PreferencesDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.templates_group = QGroupBox(PreferencesDialog)
        self.templates_group.setObjectName(u"templates_group")
        self.templates_group_layout = QVBoxLayout(self.templates_group)
        self.templates_group_layout.setObjectName(u"templates_group_layout")
        self.templates_intro_label = QLabel(self.templates_group)
        self.templates_intro_label.setObjectName(u"templates_intro_label")
        self.templates_intro_label.setWordWrap(True)

        self.templates_group_layout.addWidget(self.templates_intro_label)

        self.templates_layout = QGridLayout()
        self.templates_layout.setObjectName(u"templates_layout")
        self.contract_template_label = QLabel(self.templates_group)
        self.contract_template_label.setObjectName(u"contract_template_label")

        self.templates_layout.addWidget(self.contract_template_label, 0, 0, 1, 1)

        self.contract_template_edit = QLineEdit(self.templates_group)
        self.contract_template_edit.setObjectName(u"contract_template_edit")
        self.contract_template_edit.setReadOnly(True)

        self.templates_layout.addWidget(self.contract_template_edit, 0, 1, 1, 1)

        self.contract_browse_button = QPushButton(self.templates_group)
        self.contract_browse_button.setObjectName(u"contract_browse_button")

        self.templates_layout.addWidget(self.contract_browse_button, 0, 2, 1, 1)

        self.contract_default_button = QPushButton(self.templates_group)
        self.contract_default_button.setObjectName(u"contract_default_button")

        self.templates_layout.addWidget(self.contract_default_button, 0, 3, 1, 1)

        self.contract_check_button = QPushButton(self.templates_group)
        self.contract_check_button.setObjectName(u"contract_check_button")

        self.templates_layout.addWidget(self.contract_check_button, 0, 4, 1, 1)

        self.fiche_template_label = QLabel(self.templates_group)
        self.fiche_template_label.setObjectName(u"fiche_template_label")

        self.templates_layout.addWidget(self.fiche_template_label, 1, 0, 1, 1)

        self.fiche_template_edit = QLineEdit(self.templates_group)
        self.fiche_template_edit.setObjectName(u"fiche_template_edit")
        self.fiche_template_edit.setReadOnly(True)

        self.templates_layout.addWidget(self.fiche_template_edit, 1, 1, 1, 1)

        self.fiche_browse_button = QPushButton(self.templates_group)
        self.fiche_browse_button.setObjectName(u"fiche_browse_button")

        self.templates_layout.addWidget(self.fiche_browse_button, 1, 2, 1, 1)

        self.fiche_default_button = QPushButton(self.templates_group)
        self.fiche_default_button.setObjectName(u"fiche_default_button")

        self.templates_layout.addWidget(self.fiche_default_button, 1, 3, 1, 1)

        self.fiche_check_button = QPushButton(self.templates_group)
        self.fiche_check_button.setObjectName(u"fiche_check_button")

        self.templates_layout.addWidget(self.fiche_check_button, 1, 4, 1, 1)

        self.templates_layout.setColumnStretch(1, 1)

        self.templates_group_layout.addLayout(self.templates_layout)

        self.check_report_text = QPlainTextEdit(self.templates_group)
        self.check_report_text.setObjectName(u"check_report_text")
        self.check_report_text.setReadOnly(True)

        self.templates_group_layout.addWidget(self.check_report_text)


        self.main_layout.addWidget(self.templates_group)

        self.pdf_group = QGroupBox(PreferencesDialog)
        self.pdf_group.setObjectName(u"pdf_group")
        self.pdf_layout = QVBoxLayout(self.pdf_group)
        self.pdf_layout.setObjectName(u"pdf_layout")
        self.pdf_checkbox = QCheckBox(self.pdf_group)
        self.pdf_checkbox.setObjectName(u"pdf_checkbox")

        self.pdf_layout.addWidget(self.pdf_checkbox)

        self.soffice_status_label = QLabel(self.pdf_group)
        self.soffice_status_label.setObjectName(u"soffice_status_label")
        self.soffice_status_label.setWordWrap(True)
        self.soffice_status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.pdf_layout.addWidget(self.soffice_status_label)


        self.main_layout.addWidget(self.pdf_group)

        self.bottom_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.main_layout.addItem(self.bottom_spacer)

        self.button_box = QDialogButtonBox(PreferencesDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.contract_template_label.setBuddy(self.contract_template_edit)
        self.fiche_template_label.setBuddy(self.fiche_template_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PreferencesDialog)

        QMetaObject.connectSlotsByName(PreferencesDialog)
    # setupUi

    def retranslateUi(self, PreferencesDialog):
        PreferencesDialog.setWindowTitle(QCoreApplication.translate("PreferencesDialog", u"Pr\u00e9f\u00e9rences", None))
        self.templates_group.setTitle(QCoreApplication.translate("PreferencesDialog", u"Mod\u00e8les Word", None))
        self.templates_intro_label.setText(QCoreApplication.translate("PreferencesDialog", u"Une R\u00e9gion peut utiliser son propre mod\u00e8le de contrat ou de fiche-action. V\u00e9rifiez-le avant de g\u00e9n\u00e9rer : les variables inconnues et les erreurs de syntaxe sont signal\u00e9es.", None))
        self.contract_template_label.setText(QCoreApplication.translate("PreferencesDialog", u"&Contrat :", None))
#if QT_CONFIG(tooltip)
        self.contract_template_edit.setToolTip(QCoreApplication.translate("PreferencesDialog", u"Mod\u00e8le utilis\u00e9 pour g\u00e9n\u00e9rer le contrat", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.contract_browse_button.setToolTip(QCoreApplication.translate("PreferencesDialog", u"Choisir un mod\u00e8le Word (.docx)", None))
#endif // QT_CONFIG(tooltip)
        self.contract_browse_button.setText(QCoreApplication.translate("PreferencesDialog", u"Choisir\u2026", None))
#if QT_CONFIG(tooltip)
        self.contract_default_button.setToolTip(QCoreApplication.translate("PreferencesDialog", u"Revenir au mod\u00e8le fourni avec TI Desktop", None))
#endif // QT_CONFIG(tooltip)
        self.contract_default_button.setText(QCoreApplication.translate("PreferencesDialog", u"Mod\u00e8le fourni", None))
#if QT_CONFIG(tooltip)
        self.contract_check_button.setToolTip(QCoreApplication.translate("PreferencesDialog", u"V\u00e9rifier que le mod\u00e8le peut produire un document (variables, syntaxe, essai)", None))
#endif // QT_CONFIG(tooltip)
        self.contract_check_button.setText(QCoreApplication.translate("PreferencesDialog", u"V\u00e9rifier le mod\u00e8le", None))
        self.fiche_template_label.setText(QCoreApplication.translate("PreferencesDialog", u"&Fiche-action :", None))
#if QT_CONFIG(tooltip)
        self.fiche_template_edit.setToolTip(QCoreApplication.translate("PreferencesDialog", u"Mod\u00e8le utilis\u00e9 pour g\u00e9n\u00e9rer une fiche-action seule", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.fiche_browse_button.setToolTip(QCoreApplication.translate("PreferencesDialog", u"Choisir un mod\u00e8le Word (.docx)", None))
#endif // QT_CONFIG(tooltip)
        self.fiche_browse_button.setText(QCoreApplication.translate("PreferencesDialog", u"Choisir\u2026", None))
#if QT_CONFIG(tooltip)
        self.fiche_default_button.setToolTip(QCoreApplication.translate("PreferencesDialog", u"Revenir au mod\u00e8le fourni avec TI Desktop", None))
#endif // QT_CONFIG(tooltip)
        self.fiche_default_button.setText(QCoreApplication.translate("PreferencesDialog", u"Mod\u00e8le fourni", None))
#if QT_CONFIG(tooltip)
        self.fiche_check_button.setToolTip(QCoreApplication.translate("PreferencesDialog", u"V\u00e9rifier que le mod\u00e8le peut produire un document (variables, syntaxe, essai)", None))
#endif // QT_CONFIG(tooltip)
        self.fiche_check_button.setText(QCoreApplication.translate("PreferencesDialog", u"V\u00e9rifier le mod\u00e8le", None))
        self.pdf_group.setTitle(QCoreApplication.translate("PreferencesDialog", u"PDF", None))
#if QT_CONFIG(tooltip)
        self.pdf_checkbox.setToolTip(QCoreApplication.translate("PreferencesDialog", u"Apr\u00e8s chaque document Word, produire le m\u00eame document en PDF (n\u00e9cessite LibreOffice)", None))
#endif // QT_CONFIG(tooltip)
        self.pdf_checkbox.setText(QCoreApplication.translate("PreferencesDialog", u"Produire aussi un &PDF \u00e0 c\u00f4t\u00e9 de chaque document Word", None))
    # retranslateUi

