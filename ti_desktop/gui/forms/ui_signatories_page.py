# Generated from ui/signatories_page.ui by tools/compile_ui.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'signatories_page.ui'
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
from PySide6.QtWidgets import (QApplication, QGroupBox, QHBoxLayout, QHeaderView,
    QLabel, QPushButton, QSizePolicy, QSpacerItem,
    QSplitter, QVBoxLayout, QWidget)

from ti_desktop.gui.widgets.record_table_view import RecordTableView

class Ui_SignatoriesPage(object):
    def setupUi(self, SignatoriesPage):
        if not SignatoriesPage.objectName():
            SignatoriesPage.setObjectName(u"SignatoriesPage")
        SignatoriesPage.resize(1000, 700)
        self.page_layout = QVBoxLayout(SignatoriesPage)
        self.page_layout.setObjectName(u"page_layout")
        self.hint_label = QLabel(SignatoriesPage)
        self.hint_label.setObjectName(u"hint_label")
        self.hint_label.setWordWrap(True)

        self.page_layout.addWidget(self.hint_label)

        self.buttons_layout = QHBoxLayout()
        self.buttons_layout.setObjectName(u"buttons_layout")
        self.add_button = QPushButton(SignatoriesPage)
        self.add_button.setObjectName(u"add_button")

        self.buttons_layout.addWidget(self.add_button)

        self.add_co_representative_button = QPushButton(SignatoriesPage)
        self.add_co_representative_button.setObjectName(u"add_co_representative_button")

        self.buttons_layout.addWidget(self.add_co_representative_button)

        self.remove_button = QPushButton(SignatoriesPage)
        self.remove_button.setObjectName(u"remove_button")

        self.buttons_layout.addWidget(self.remove_button)

        self.move_up_button = QPushButton(SignatoriesPage)
        self.move_up_button.setObjectName(u"move_up_button")

        self.buttons_layout.addWidget(self.move_up_button)

        self.move_down_button = QPushButton(SignatoriesPage)
        self.move_down_button.setObjectName(u"move_down_button")

        self.buttons_layout.addWidget(self.move_down_button)

        self.buttons_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons_layout.addItem(self.buttons_spacer)


        self.page_layout.addLayout(self.buttons_layout)

        self.groups_splitter = QSplitter(SignatoriesPage)
        self.groups_splitter.setObjectName(u"groups_splitter")
        self.groups_splitter.setOrientation(Qt.Orientation.Vertical)
        self.groups_splitter.setChildrenCollapsible(False)
        self.intercommunalites_group = QGroupBox(self.groups_splitter)
        self.intercommunalites_group.setObjectName(u"intercommunalites_group")
        self.intercommunalites_layout = QVBoxLayout(self.intercommunalites_group)
        self.intercommunalites_layout.setObjectName(u"intercommunalites_layout")
        self.intercommunalites_table = RecordTableView(self.intercommunalites_group)
        self.intercommunalites_table.setObjectName(u"intercommunalites_table")
        self.intercommunalites_table.verticalHeader().setVisible(False)

        self.intercommunalites_layout.addWidget(self.intercommunalites_table)

        self.groups_splitter.addWidget(self.intercommunalites_group)
        self.partenaires_publics_group = QGroupBox(self.groups_splitter)
        self.partenaires_publics_group.setObjectName(u"partenaires_publics_group")
        self.partenaires_publics_layout = QVBoxLayout(self.partenaires_publics_group)
        self.partenaires_publics_layout.setObjectName(u"partenaires_publics_layout")
        self.partenaires_publics_table = RecordTableView(self.partenaires_publics_group)
        self.partenaires_publics_table.setObjectName(u"partenaires_publics_table")
        self.partenaires_publics_table.verticalHeader().setVisible(False)

        self.partenaires_publics_layout.addWidget(self.partenaires_publics_table)

        self.groups_splitter.addWidget(self.partenaires_publics_group)
        self.partenaires_economiques_group = QGroupBox(self.groups_splitter)
        self.partenaires_economiques_group.setObjectName(u"partenaires_economiques_group")
        self.partenaires_economiques_layout = QVBoxLayout(self.partenaires_economiques_group)
        self.partenaires_economiques_layout.setObjectName(u"partenaires_economiques_layout")
        self.partenaires_economiques_table = RecordTableView(self.partenaires_economiques_group)
        self.partenaires_economiques_table.setObjectName(u"partenaires_economiques_table")
        self.partenaires_economiques_table.verticalHeader().setVisible(False)

        self.partenaires_economiques_layout.addWidget(self.partenaires_economiques_table)

        self.groups_splitter.addWidget(self.partenaires_economiques_group)

        self.page_layout.addWidget(self.groups_splitter)


        self.retranslateUi(SignatoriesPage)

        QMetaObject.connectSlotsByName(SignatoriesPage)
    # setupUi

    def retranslateUi(self, SignatoriesPage):
        self.hint_label.setText(QCoreApplication.translate("SignatoriesPage", u"Dans l'ordre du contrat, groupe par groupe ; les personnes d'une m\u00eame organisation la co-repr\u00e9sentent. Tapez dans une cellule (Tab : suivante, Entr\u00e9e : valider, Ctrl+V : coller depuis un tableur).", None))
        self.add_button.setText(QCoreApplication.translate("SignatoriesPage", u"Ajouter un signataire", None))
#if QT_CONFIG(tooltip)
        self.add_button.setToolTip(QCoreApplication.translate("SignatoriesPage", u"Ajouter un signataire au groupe choisi", None))
#endif // QT_CONFIG(tooltip)
        self.add_co_representative_button.setText(QCoreApplication.translate("SignatoriesPage", u"Ajouter un co-repr\u00e9sentant", None))
#if QT_CONFIG(tooltip)
        self.add_co_representative_button.setToolTip(QCoreApplication.translate("SignatoriesPage", u"Ajouter une personne qui signe pour la m\u00eame organisation que la ligne s\u00e9lectionn\u00e9e", None))
#endif // QT_CONFIG(tooltip)
        self.remove_button.setText(QCoreApplication.translate("SignatoriesPage", u"Retirer", None))
#if QT_CONFIG(tooltip)
        self.remove_button.setToolTip(QCoreApplication.translate("SignatoriesPage", u"Retirer le signataire s\u00e9lectionn\u00e9 (annulable)", None))
#endif // QT_CONFIG(tooltip)
        self.move_up_button.setText(QCoreApplication.translate("SignatoriesPage", u"Monter", None))
#if QT_CONFIG(tooltip)
        self.move_up_button.setToolTip(QCoreApplication.translate("SignatoriesPage", u"Monter le signataire s\u00e9lectionn\u00e9 d'un rang", None))
#endif // QT_CONFIG(tooltip)
        self.move_down_button.setText(QCoreApplication.translate("SignatoriesPage", u"Descendre", None))
#if QT_CONFIG(tooltip)
        self.move_down_button.setToolTip(QCoreApplication.translate("SignatoriesPage", u"Descendre le signataire s\u00e9lectionn\u00e9 d'un rang", None))
#endif // QT_CONFIG(tooltip)
        self.intercommunalites_group.setTitle(QCoreApplication.translate("SignatoriesPage", u"Intercommunalit\u00e9s", None))
        self.partenaires_publics_group.setTitle(QCoreApplication.translate("SignatoriesPage", u"Partenaires publics", None))
        self.partenaires_economiques_group.setTitle(QCoreApplication.translate("SignatoriesPage", u"Partenaires \u00e9conomiques et industriels", None))
        pass
    # retranslateUi

