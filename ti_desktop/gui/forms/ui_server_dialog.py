# Generated from ui/server_dialog.ui by tools/compile_ui.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'server_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QSpinBox, QVBoxLayout, QWidget)

class Ui_ServerDialog(object):
    def setupUi(self, ServerDialog):
        if not ServerDialog.objectName():
            ServerDialog.setObjectName(u"ServerDialog")
        ServerDialog.resize(560, 430)
        self.main_layout = QVBoxLayout(ServerDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.intro_label = QLabel(ServerDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.main_layout.addWidget(self.intro_label)

        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.host_label = QLabel(ServerDialog)
        self.host_label.setObjectName(u"host_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.host_label)

        self.host_edit = QLineEdit(ServerDialog)
        self.host_edit.setObjectName(u"host_edit")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.host_edit)

        self.port_label = QLabel(ServerDialog)
        self.port_label.setObjectName(u"port_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.port_label)

        self.port_spin = QSpinBox(ServerDialog)
        self.port_spin.setObjectName(u"port_spin")
        self.port_spin.setMinimum(1)
        self.port_spin.setMaximum(65535)
        self.port_spin.setValue(5432)

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.port_spin)

        self.database_label = QLabel(ServerDialog)
        self.database_label.setObjectName(u"database_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.database_label)

        self.database_edit = QLineEdit(ServerDialog)
        self.database_edit.setObjectName(u"database_edit")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.database_edit)

        self.login_label = QLabel(ServerDialog)
        self.login_label.setObjectName(u"login_label")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.login_label)

        self.login_edit = QLineEdit(ServerDialog)
        self.login_edit.setObjectName(u"login_edit")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.login_edit)

        self.password_label = QLabel(ServerDialog)
        self.password_label.setObjectName(u"password_label")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.password_label)

        self.password_edit = QLineEdit(ServerDialog)
        self.password_edit.setObjectName(u"password_edit")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)

        self.form_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.password_edit)

        self.remember_checkbox = QCheckBox(ServerDialog)
        self.remember_checkbox.setObjectName(u"remember_checkbox")
        self.remember_checkbox.setChecked(True)

        self.form_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.remember_checkbox)

        self.security_label = QLabel(ServerDialog)
        self.security_label.setObjectName(u"security_label")

        self.form_layout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.security_label)

        self.security_combo = QComboBox(ServerDialog)
        self.security_combo.setObjectName(u"security_combo")

        self.form_layout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.security_combo)

        self.authority_label = QLabel(ServerDialog)
        self.authority_label.setObjectName(u"authority_label")

        self.form_layout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.authority_label)

        self.authority_layout = QHBoxLayout()
        self.authority_layout.setObjectName(u"authority_layout")
        self.authority_edit = QLineEdit(ServerDialog)
        self.authority_edit.setObjectName(u"authority_edit")

        self.authority_layout.addWidget(self.authority_edit)

        self.authority_browse_button = QPushButton(ServerDialog)
        self.authority_browse_button.setObjectName(u"authority_browse_button")

        self.authority_layout.addWidget(self.authority_browse_button)


        self.form_layout.setLayout(7, QFormLayout.ItemRole.FieldRole, self.authority_layout)


        self.main_layout.addLayout(self.form_layout)

        self.test_layout = QHBoxLayout()
        self.test_layout.setObjectName(u"test_layout")
        self.test_button = QPushButton(ServerDialog)
        self.test_button.setObjectName(u"test_button")

        self.test_layout.addWidget(self.test_button)

        self.test_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.test_layout.addItem(self.test_spacer)


        self.main_layout.addLayout(self.test_layout)

        self.status_label = QLabel(ServerDialog)
        self.status_label.setObjectName(u"status_label")
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.main_layout.addWidget(self.status_label)

        self.bottom_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.main_layout.addItem(self.bottom_spacer)

        self.button_box = QDialogButtonBox(ServerDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.host_label.setBuddy(self.host_edit)
        self.port_label.setBuddy(self.port_spin)
        self.database_label.setBuddy(self.database_edit)
        self.login_label.setBuddy(self.login_edit)
        self.password_label.setBuddy(self.password_edit)
        self.security_label.setBuddy(self.security_combo)
        self.authority_label.setBuddy(self.authority_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.host_edit, self.port_spin)
        QWidget.setTabOrder(self.port_spin, self.database_edit)
        QWidget.setTabOrder(self.database_edit, self.login_edit)
        QWidget.setTabOrder(self.login_edit, self.password_edit)
        QWidget.setTabOrder(self.password_edit, self.remember_checkbox)
        QWidget.setTabOrder(self.remember_checkbox, self.security_combo)
        QWidget.setTabOrder(self.security_combo, self.authority_edit)
        QWidget.setTabOrder(self.authority_edit, self.authority_browse_button)
        QWidget.setTabOrder(self.authority_browse_button, self.test_button)

        self.retranslateUi(ServerDialog)

        QMetaObject.connectSlotsByName(ServerDialog)
    # setupUi

    def retranslateUi(self, ServerDialog):
        ServerDialog.setWindowTitle(QCoreApplication.translate("ServerDialog", u"Serveur r\u00e9gional", None))
        self.intro_label.setText(QCoreApplication.translate("ServerDialog", u"Le serveur de la R\u00e9gion rassemble les territoires. Ce poste continue de fonctionner sans connexion : publiez vos modifications et r\u00e9cup\u00e9rez celles des autres quand vous \u00eates connect\u00e9. Le service informatique de la R\u00e9gion vous donne l'adresse et votre identifiant.", None))
        self.host_label.setText(QCoreApplication.translate("ServerDialog", u"Adresse du serveur :", None))
        self.host_edit.setPlaceholderText(QCoreApplication.translate("ServerDialog", u"serveur.region.fr", None))
        self.port_label.setText(QCoreApplication.translate("ServerDialog", u"Port :", None))
        self.database_label.setText(QCoreApplication.translate("ServerDialog", u"Base :", None))
        self.database_edit.setText(QCoreApplication.translate("ServerDialog", u"ti_desktop", None))
        self.login_label.setText(QCoreApplication.translate("ServerDialog", u"Identifiant :", None))
        self.password_label.setText(QCoreApplication.translate("ServerDialog", u"Mot de passe :", None))
#if QT_CONFIG(tooltip)
        self.remember_checkbox.setToolTip(QCoreApplication.translate("ServerDialog", u"Le mot de passe est gard\u00e9 dans le trousseau du syst\u00e8me (jamais dans les r\u00e9glages de TI Desktop)", None))
#endif // QT_CONFIG(tooltip)
        self.remember_checkbox.setText(QCoreApplication.translate("ServerDialog", u"Garder le mot de passe dans le trousseau du syst\u00e8me", None))
        self.security_label.setText(QCoreApplication.translate("ServerDialog", u"S\u00e9curit\u00e9 :", None))
        self.authority_label.setText(QCoreApplication.translate("ServerDialog", u"Certificat de l'autorit\u00e9 :", None))
        self.authority_edit.setPlaceholderText(QCoreApplication.translate("ServerDialog", u"fourni par le service informatique (facultatif)", None))
        self.authority_browse_button.setText(QCoreApplication.translate("ServerDialog", u"Choisir\u2026", None))
#if QT_CONFIG(tooltip)
        self.test_button.setToolTip(QCoreApplication.translate("ServerDialog", u"Se connecter au serveur et afficher vos droits (rien n'est envoy\u00e9)", None))
#endif // QT_CONFIG(tooltip)
        self.test_button.setText(QCoreApplication.translate("ServerDialog", u"Tester la connexion", None))
    # retranslateUi

