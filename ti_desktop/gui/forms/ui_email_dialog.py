# Generated from ui/email_dialog.ui by tools/compile_ui.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'email_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QListWidget, QListWidgetItem, QPlainTextEdit,
    QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_EmailDialog(object):
    def setupUi(self, EmailDialog):
        if not EmailDialog.objectName():
            EmailDialog.setObjectName(u"EmailDialog")
        EmailDialog.resize(720, 640)
        self.main_layout = QVBoxLayout(EmailDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.intro_label = QLabel(EmailDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.main_layout.addWidget(self.intro_label)

        self.fields_layout = QFormLayout()
        self.fields_layout.setObjectName(u"fields_layout")
        self.sender_label = QLabel(EmailDialog)
        self.sender_label.setObjectName(u"sender_label")

        self.fields_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.sender_label)

        self.sender_edit = QLineEdit(EmailDialog)
        self.sender_edit.setObjectName(u"sender_edit")

        self.fields_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.sender_edit)

        self.recipients_label = QLabel(EmailDialog)
        self.recipients_label.setObjectName(u"recipients_label")

        self.fields_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.recipients_label)

        self.recipients_edit = QPlainTextEdit(EmailDialog)
        self.recipients_edit.setObjectName(u"recipients_edit")
        self.recipients_edit.setTabChangesFocus(True)
        self.recipients_edit.setMaximumSize(QSize(16777215, 96))

        self.fields_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.recipients_edit)

        self.cc_label = QLabel(EmailDialog)
        self.cc_label.setObjectName(u"cc_label")

        self.fields_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.cc_label)

        self.cc_edit = QLineEdit(EmailDialog)
        self.cc_edit.setObjectName(u"cc_edit")

        self.fields_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.cc_edit)

        self.subject_label = QLabel(EmailDialog)
        self.subject_label.setObjectName(u"subject_label")

        self.fields_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.subject_label)

        self.subject_edit = QLineEdit(EmailDialog)
        self.subject_edit.setObjectName(u"subject_edit")

        self.fields_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.subject_edit)


        self.main_layout.addLayout(self.fields_layout)

        self.missing_label = QLabel(EmailDialog)
        self.missing_label.setObjectName(u"missing_label")
        self.missing_label.setWordWrap(True)

        self.main_layout.addWidget(self.missing_label)

        self.body_edit = QPlainTextEdit(EmailDialog)
        self.body_edit.setObjectName(u"body_edit")
        self.body_edit.setTabChangesFocus(True)

        self.main_layout.addWidget(self.body_edit)

        self.attachments_label = QLabel(EmailDialog)
        self.attachments_label.setObjectName(u"attachments_label")

        self.main_layout.addWidget(self.attachments_label)

        self.attachments_layout = QHBoxLayout()
        self.attachments_layout.setObjectName(u"attachments_layout")
        self.attachments_list = QListWidget(EmailDialog)
        self.attachments_list.setObjectName(u"attachments_list")
        self.attachments_list.setMaximumSize(QSize(16777215, 90))
        self.attachments_list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)

        self.attachments_layout.addWidget(self.attachments_list)

        self.attachment_buttons_layout = QVBoxLayout()
        self.attachment_buttons_layout.setObjectName(u"attachment_buttons_layout")
        self.add_attachment_button = QPushButton(EmailDialog)
        self.add_attachment_button.setObjectName(u"add_attachment_button")

        self.attachment_buttons_layout.addWidget(self.add_attachment_button)

        self.remove_attachment_button = QPushButton(EmailDialog)
        self.remove_attachment_button.setObjectName(u"remove_attachment_button")

        self.attachment_buttons_layout.addWidget(self.remove_attachment_button)

        self.attachment_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.MinimumExpanding)

        self.attachment_buttons_layout.addItem(self.attachment_spacer)


        self.attachments_layout.addLayout(self.attachment_buttons_layout)


        self.main_layout.addLayout(self.attachments_layout)

        self.status_label = QLabel(EmailDialog)
        self.status_label.setObjectName(u"status_label")
        self.status_label.setWordWrap(True)

        self.main_layout.addWidget(self.status_label)

        self.history_label = QLabel(EmailDialog)
        self.history_label.setObjectName(u"history_label")
        self.history_label.setWordWrap(True)

        self.main_layout.addWidget(self.history_label)

        self.buttons_layout = QHBoxLayout()
        self.buttons_layout.setObjectName(u"buttons_layout")
        self.copy_mailto_button = QPushButton(EmailDialog)
        self.copy_mailto_button.setObjectName(u"copy_mailto_button")

        self.buttons_layout.addWidget(self.copy_mailto_button)

        self.buttons_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons_layout.addItem(self.buttons_spacer)

        self.open_in_mail_button = QPushButton(EmailDialog)
        self.open_in_mail_button.setObjectName(u"open_in_mail_button")

        self.buttons_layout.addWidget(self.open_in_mail_button)

        self.button_box = QDialogButtonBox(EmailDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel)

        self.buttons_layout.addWidget(self.button_box)


        self.main_layout.addLayout(self.buttons_layout)

        self.main_layout.setStretch(3, 1)
#if QT_CONFIG(shortcut)
        self.sender_label.setBuddy(self.sender_edit)
        self.recipients_label.setBuddy(self.recipients_edit)
        self.cc_label.setBuddy(self.cc_edit)
        self.subject_label.setBuddy(self.subject_edit)
        self.attachments_label.setBuddy(self.attachments_list)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.sender_edit, self.recipients_edit)
        QWidget.setTabOrder(self.recipients_edit, self.cc_edit)
        QWidget.setTabOrder(self.cc_edit, self.subject_edit)
        QWidget.setTabOrder(self.subject_edit, self.body_edit)
        QWidget.setTabOrder(self.body_edit, self.attachments_list)
        QWidget.setTabOrder(self.attachments_list, self.add_attachment_button)
        QWidget.setTabOrder(self.add_attachment_button, self.remove_attachment_button)
        QWidget.setTabOrder(self.remove_attachment_button, self.open_in_mail_button)
        QWidget.setTabOrder(self.open_in_mail_button, self.copy_mailto_button)

        self.retranslateUi(EmailDialog)

        self.open_in_mail_button.setDefault(True)


        QMetaObject.connectSlotsByName(EmailDialog)
    # setupUi

    def retranslateUi(self, EmailDialog):
        EmailDialog.setWindowTitle(QCoreApplication.translate("EmailDialog", u"Pr\u00e9parer un courriel", None))
        self.intro_label.setText(QCoreApplication.translate("EmailDialog", u"Le courriel est pr\u00e9par\u00e9 comme un brouillon avec les documents en pi\u00e8ces jointes ; il s'ouvre dans votre messagerie, pr\u00eat \u00e0 \u00eatre relu et envoy\u00e9. Mettez une adresse par ligne, ou s\u00e9parez-les par des points-virgules.", None))
        self.sender_label.setText(QCoreApplication.translate("EmailDialog", u"&De :", None))
#if QT_CONFIG(tooltip)
        self.sender_edit.setToolTip(QCoreApplication.translate("EmailDialog", u"Votre adresse (laissez vide pour utiliser le compte par d\u00e9faut de la messagerie)", None))
#endif // QT_CONFIG(tooltip)
        self.recipients_label.setText(QCoreApplication.translate("EmailDialog", u"&\u00c0 :", None))
#if QT_CONFIG(tooltip)
        self.recipients_edit.setToolTip(QCoreApplication.translate("EmailDialog", u"Destinataires, un par ligne ou s\u00e9par\u00e9s par des points-virgules (propos\u00e9s d'apr\u00e8s les signataires)", None))
#endif // QT_CONFIG(tooltip)
        self.cc_label.setText(QCoreApplication.translate("EmailDialog", u"&Copie :", None))
#if QT_CONFIG(tooltip)
        self.cc_edit.setToolTip(QCoreApplication.translate("EmailDialog", u"Destinataires en copie, s\u00e9par\u00e9s par des points-virgules", None))
#endif // QT_CONFIG(tooltip)
        self.subject_label.setText(QCoreApplication.translate("EmailDialog", u"O&bjet :", None))
        self.attachments_label.setText(QCoreApplication.translate("EmailDialog", u"&Pi\u00e8ces jointes :", None))
#if QT_CONFIG(tooltip)
        self.add_attachment_button.setToolTip(QCoreApplication.translate("EmailDialog", u"Joindre d'autres fichiers", None))
#endif // QT_CONFIG(tooltip)
        self.add_attachment_button.setText(QCoreApplication.translate("EmailDialog", u"Ajouter\u2026", None))
#if QT_CONFIG(tooltip)
        self.remove_attachment_button.setToolTip(QCoreApplication.translate("EmailDialog", u"Retirer les fichiers s\u00e9lectionn\u00e9s", None))
#endif // QT_CONFIG(tooltip)
        self.remove_attachment_button.setText(QCoreApplication.translate("EmailDialog", u"Retirer", None))
#if QT_CONFIG(tooltip)
        self.copy_mailto_button.setToolTip(QCoreApplication.translate("EmailDialog", u"Copier un lien \u00ab mailto: \u00bb (sans pi\u00e8ces jointes) si la messagerie n'ouvre pas le brouillon", None))
#endif // QT_CONFIG(tooltip)
        self.copy_mailto_button.setText(QCoreApplication.translate("EmailDialog", u"Copier un lien mailto", None))
#if QT_CONFIG(tooltip)
        self.open_in_mail_button.setToolTip(QCoreApplication.translate("EmailDialog", u"Enregistrer le brouillon (.eml) avec les pi\u00e8ces jointes et l'ouvrir dans la messagerie", None))
#endif // QT_CONFIG(tooltip)
        self.open_in_mail_button.setText(QCoreApplication.translate("EmailDialog", u"Ouvrir dans la messagerie", None))
    # retranslateUi

