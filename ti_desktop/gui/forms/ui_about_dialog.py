# Generated from ui/about_dialog.ui by pyside6-uic: do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'about_dialog.ui'
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
    QDialogButtonBox, QGroupBox, QHBoxLayout, QHeaderView,
    QLabel, QSizePolicy, QSpacerItem, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_AboutDialog(object):
    def setupUi(self, AboutDialog):
        if not AboutDialog.objectName():
            AboutDialog.setObjectName(u"AboutDialog")
        AboutDialog.resize(560, 520)
        self.main_layout = QVBoxLayout(AboutDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.header_layout = QHBoxLayout()
        self.header_layout.setSpacing(16)
        self.header_layout.setObjectName(u"header_layout")
        self.icon_label = QLabel(AboutDialog)
        self.icon_label.setObjectName(u"icon_label")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.icon_label.sizePolicy().hasHeightForWidth())
        self.icon_label.setSizePolicy(sizePolicy)
        self.icon_label.setMaximumSize(QSize(96, 96))
        self.icon_label.setMinimumSize(QSize(96, 96))
        self.icon_label.setAlignment(Qt.AlignmentFlag.AlignTop)

        self.header_layout.addWidget(self.icon_label, 0, Qt.AlignmentFlag.AlignTop)

        self.title_layout = QVBoxLayout()
        self.title_layout.setObjectName(u"title_layout")
        self.name_label = QLabel(AboutDialog)
        self.name_label.setObjectName(u"name_label")

        self.title_layout.addWidget(self.name_label)

        self.version_label = QLabel(AboutDialog)
        self.version_label.setObjectName(u"version_label")
        self.version_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.title_layout.addWidget(self.version_label)

        self.description_label = QLabel(AboutDialog)
        self.description_label.setObjectName(u"description_label")
        self.description_label.setWordWrap(True)

        self.title_layout.addWidget(self.description_label)

        self.license_label = QLabel(AboutDialog)
        self.license_label.setObjectName(u"license_label")
        self.license_label.setWordWrap(True)

        self.title_layout.addWidget(self.license_label)

        self.title_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.title_layout.addItem(self.title_spacer)


        self.header_layout.addLayout(self.title_layout)

        self.header_layout.setStretch(1, 1)

        self.main_layout.addLayout(self.header_layout)

        self.data_group = QGroupBox(AboutDialog)
        self.data_group.setObjectName(u"data_group")
        self.data_layout = QVBoxLayout(self.data_group)
        self.data_layout.setObjectName(u"data_layout")
        self.data_dir_label = QLabel(self.data_group)
        self.data_dir_label.setObjectName(u"data_dir_label")
        self.data_dir_label.setTextFormat(Qt.TextFormat.RichText)
        self.data_dir_label.setWordWrap(True)
        self.data_dir_label.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByKeyboard|Qt.TextInteractionFlag.LinksAccessibleByMouse)

        self.data_layout.addWidget(self.data_dir_label)


        self.main_layout.addWidget(self.data_group)

        self.licenses_group = QGroupBox(AboutDialog)
        self.licenses_group.setObjectName(u"licenses_group")
        self.licenses_layout = QVBoxLayout(self.licenses_group)
        self.licenses_layout.setObjectName(u"licenses_layout")
        self.licenses_table = QTableWidget(self.licenses_group)
        if (self.licenses_table.columnCount() < 3):
            self.licenses_table.setColumnCount(3)
        __qtablewidgetitem = QTableWidgetItem()
        self.licenses_table.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.licenses_table.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.licenses_table.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        self.licenses_table.setObjectName(u"licenses_table")
        self.licenses_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.licenses_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.licenses_table.setAlternatingRowColors(True)
        self.licenses_table.setColumnCount(3)
        self.licenses_table.horizontalHeader().setStretchLastSection(True)
        self.licenses_table.verticalHeader().setVisible(False)

        self.licenses_layout.addWidget(self.licenses_table)

        self.lgpl_note_label = QLabel(self.licenses_group)
        self.lgpl_note_label.setObjectName(u"lgpl_note_label")
        self.lgpl_note_label.setWordWrap(True)

        self.licenses_layout.addWidget(self.lgpl_note_label)


        self.main_layout.addWidget(self.licenses_group)

        self.button_box = QDialogButtonBox(AboutDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.main_layout.addWidget(self.button_box)

        self.main_layout.setStretch(2, 1)

        self.retranslateUi(AboutDialog)
        self.button_box.rejected.connect(AboutDialog.reject)

        QMetaObject.connectSlotsByName(AboutDialog)
    # setupUi

    def retranslateUi(self, AboutDialog):
        AboutDialog.setWindowTitle(QCoreApplication.translate("AboutDialog", u"\u00c0 propos de TI Desktop", None))
        self.name_label.setText(QCoreApplication.translate("AboutDialog", u"TI Desktop", None))
        self.version_label.setText(QCoreApplication.translate("AboutDialog", u"Version", None))
        self.description_label.setText(QCoreApplication.translate("AboutDialog", u"Contrats de Territoire d'industrie : fiches-actions, contrat Word et classeur pour la R\u00e9gion.", None))
        self.license_label.setText(QCoreApplication.translate("AboutDialog", u"Logiciel libre distribu\u00e9 sous licence GNU GPL version 3 ou ult\u00e9rieure.", None))
        self.data_group.setTitle(QCoreApplication.translate("AboutDialog", u"Dossier de donn\u00e9es", None))
#if QT_CONFIG(tooltip)
        self.data_dir_label.setToolTip(QCoreApplication.translate("AboutDialog", u"Ouvrir le dossier qui contient la base par d\u00e9faut, les sauvegardes et les journaux", None))
#endif // QT_CONFIG(tooltip)
        self.licenses_group.setTitle(QCoreApplication.translate("AboutDialog", u"Composants et licences", None))
        ___qtablewidgetitem = self.licenses_table.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("AboutDialog", u"Composant", None))
        ___qtablewidgetitem1 = self.licenses_table.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("AboutDialog", u"Version", None))
        ___qtablewidgetitem2 = self.licenses_table.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("AboutDialog", u"Licence", None))
        self.lgpl_note_label.setText(QCoreApplication.translate("AboutDialog", u"Qt et PySide6 sont utilis\u00e9s sous licence LGPL version 3 : leurs biblioth\u00e8ques sont livr\u00e9es \u00e0 part, dans le dossier du programme, et peuvent \u00eatre remplac\u00e9es.", None))
    # retranslateUi

