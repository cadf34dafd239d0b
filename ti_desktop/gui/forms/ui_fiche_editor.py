# Generated from ui/fiche_editor.ui by tools/compile_ui.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'fiche_editor.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QGridLayout, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QPlainTextEdit,
    QPushButton, QSizePolicy, QSpacerItem, QTabWidget,
    QVBoxLayout, QWidget)

from ti_desktop.gui.widgets.date_line_edit import DateLineEdit
from ti_desktop.gui.widgets.record_table_view import RecordTableView

class Ui_FicheEditor(object):
    def setupUi(self, FicheEditor):
        if not FicheEditor.objectName():
            FicheEditor.setObjectName(u"FicheEditor")
        FicheEditor.resize(560, 700)
        self.editor_main_layout = QVBoxLayout(FicheEditor)
        self.editor_main_layout.setObjectName(u"editor_main_layout")
        self.editor_main_layout.setContentsMargins(6, -1, 0, -1)
        self.title_label = QLabel(FicheEditor)
        self.title_label.setObjectName(u"title_label")
        self.title_label.setWordWrap(True)
        self.title_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.editor_main_layout.addWidget(self.title_label)

        self.completeness_label = QLabel(FicheEditor)
        self.completeness_label.setObjectName(u"completeness_label")
        self.completeness_label.setWordWrap(True)

        self.editor_main_layout.addWidget(self.completeness_label)

        self.error_label = QLabel(FicheEditor)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setWordWrap(True)

        self.editor_main_layout.addWidget(self.error_label)

        self.editor_tabs = QTabWidget(FicheEditor)
        self.editor_tabs.setObjectName(u"editor_tabs")
        self.general_tab = QWidget()
        self.general_tab.setObjectName(u"general_tab")
        self.general_layout = QGridLayout(self.general_tab)
        self.general_layout.setObjectName(u"general_layout")
        self.intitule_label = QLabel(self.general_tab)
        self.intitule_label.setObjectName(u"intitule_label")
        self.intitule_label.setText(u"\u2026")

        self.general_layout.addWidget(self.intitule_label, 0, 0, 1, 1)

        self.intitule_edit = QLineEdit(self.general_tab)
        self.intitule_edit.setObjectName(u"intitule_edit")

        self.general_layout.addWidget(self.intitule_edit, 0, 1, 1, 3)

        self.numero_label = QLabel(self.general_tab)
        self.numero_label.setObjectName(u"numero_label")
        self.numero_label.setText(u"\u2026")

        self.general_layout.addWidget(self.numero_label, 1, 0, 1, 1)

        self.numero_edit = QLineEdit(self.general_tab)
        self.numero_edit.setObjectName(u"numero_edit")

        self.general_layout.addWidget(self.numero_edit, 1, 1, 1, 1)

        self.axis_label = QLabel(self.general_tab)
        self.axis_label.setObjectName(u"axis_label")
        self.axis_label.setText(u"\u2026")

        self.general_layout.addWidget(self.axis_label, 1, 2, 1, 1)

        self.axis_combo = QComboBox(self.general_tab)
        self.axis_combo.setObjectName(u"axis_combo")

        self.general_layout.addWidget(self.axis_combo, 1, 3, 1, 1)

        self.maitre_ouvrage_label = QLabel(self.general_tab)
        self.maitre_ouvrage_label.setObjectName(u"maitre_ouvrage_label")
        self.maitre_ouvrage_label.setText(u"\u2026")

        self.general_layout.addWidget(self.maitre_ouvrage_label, 2, 0, 1, 1)

        self.maitre_ouvrage_edit = QLineEdit(self.general_tab)
        self.maitre_ouvrage_edit.setObjectName(u"maitre_ouvrage_edit")

        self.general_layout.addWidget(self.maitre_ouvrage_edit, 2, 1, 1, 1)

        self.enjeu_label = QLabel(self.general_tab)
        self.enjeu_label.setObjectName(u"enjeu_label")
        self.enjeu_label.setText(u"\u2026")

        self.general_layout.addWidget(self.enjeu_label, 2, 2, 1, 1)

        self.enjeu_combo = QComboBox(self.general_tab)
        self.enjeu_combo.setObjectName(u"enjeu_combo")
        self.enjeu_combo.setEditable(True)

        self.general_layout.addWidget(self.enjeu_combo, 2, 3, 1, 1)

        self.contact_label = QLabel(self.general_tab)
        self.contact_label.setObjectName(u"contact_label")
        self.contact_label.setText(u"\u2026")

        self.general_layout.addWidget(self.contact_label, 3, 0, 1, 1)

        self.contact_edit = QLineEdit(self.general_tab)
        self.contact_edit.setObjectName(u"contact_edit")

        self.general_layout.addWidget(self.contact_edit, 3, 1, 1, 1)

        self.localisation_label = QLabel(self.general_tab)
        self.localisation_label.setObjectName(u"localisation_label")
        self.localisation_label.setText(u"\u2026")

        self.general_layout.addWidget(self.localisation_label, 3, 2, 1, 1)

        self.localisation_edit = QLineEdit(self.general_tab)
        self.localisation_edit.setObjectName(u"localisation_edit")

        self.general_layout.addWidget(self.localisation_edit, 3, 3, 1, 1)

        self.dates_label = QLabel(self.general_tab)
        self.dates_label.setObjectName(u"dates_label")

        self.general_layout.addWidget(self.dates_label, 4, 0, 1, 1)

        self.dates_widget = QWidget(self.general_tab)
        self.dates_widget.setObjectName(u"dates_widget")
        self.dates_layout = QHBoxLayout(self.dates_widget)
        self.dates_layout.setObjectName(u"dates_layout")
        self.dates_layout.setContentsMargins(0, 0, 0, 0)
        self.start_date_edit = DateLineEdit(self.dates_widget)
        self.start_date_edit.setObjectName(u"start_date_edit")

        self.dates_layout.addWidget(self.start_date_edit)

        self.dates_to_label = QLabel(self.dates_widget)
        self.dates_to_label.setObjectName(u"dates_to_label")

        self.dates_layout.addWidget(self.dates_to_label)

        self.end_date_edit = DateLineEdit(self.dates_widget)
        self.end_date_edit.setObjectName(u"end_date_edit")

        self.dates_layout.addWidget(self.end_date_edit)

        self.dates_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.dates_layout.addItem(self.dates_spacer)


        self.general_layout.addWidget(self.dates_widget, 4, 1, 1, 1)

        self.cout_label = QLabel(self.general_tab)
        self.cout_label.setObjectName(u"cout_label")
        self.cout_label.setText(u"\u2026")

        self.general_layout.addWidget(self.cout_label, 4, 2, 1, 1)

        self.cout_edit = QLineEdit(self.general_tab)
        self.cout_edit.setObjectName(u"cout_edit")

        self.general_layout.addWidget(self.cout_edit, 4, 3, 1, 1)

        self.progress_label = QLabel(self.general_tab)
        self.progress_label.setObjectName(u"progress_label")
        self.progress_label.setText(u"\u2026")

        self.general_layout.addWidget(self.progress_label, 5, 0, 1, 1)

        self.progress_combo = QComboBox(self.general_tab)
        self.progress_combo.setObjectName(u"progress_combo")

        self.general_layout.addWidget(self.progress_combo, 5, 1, 1, 1)

        self.general_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.general_layout.addItem(self.general_spacer, 6, 0, 1, 1)

        self.general_layout.setColumnStretch(1, 1)
        self.general_layout.setColumnStretch(3, 1)
        self.editor_tabs.addTab(self.general_tab, "")
        self.description_tab = QWidget()
        self.description_tab.setObjectName(u"description_tab")
        self.description_layout = QGridLayout(self.description_tab)
        self.description_layout.setObjectName(u"description_layout")
        self.description_label = QLabel(self.description_tab)
        self.description_label.setObjectName(u"description_label")
        self.description_label.setText(u"\u2026")

        self.description_layout.addWidget(self.description_label, 0, 0, 1, 1)

        self.description_edit = QPlainTextEdit(self.description_tab)
        self.description_edit.setObjectName(u"description_edit")
        self.description_edit.setTabChangesFocus(True)

        self.description_layout.addWidget(self.description_edit, 1, 0, 1, 1)

        self.objectifs_label = QLabel(self.description_tab)
        self.objectifs_label.setObjectName(u"objectifs_label")
        self.objectifs_label.setText(u"\u2026")

        self.description_layout.addWidget(self.objectifs_label, 0, 1, 1, 1)

        self.objectifs_edit = QPlainTextEdit(self.description_tab)
        self.objectifs_edit.setObjectName(u"objectifs_edit")
        self.objectifs_edit.setTabChangesFocus(True)

        self.description_layout.addWidget(self.objectifs_edit, 1, 1, 1, 1)

        self.partenaires_label = QLabel(self.description_tab)
        self.partenaires_label.setObjectName(u"partenaires_label")
        self.partenaires_label.setText(u"\u2026")

        self.description_layout.addWidget(self.partenaires_label, 0, 2, 1, 1)

        self.partenaires_edit = QPlainTextEdit(self.description_tab)
        self.partenaires_edit.setObjectName(u"partenaires_edit")
        self.partenaires_edit.setTabChangesFocus(True)

        self.description_layout.addWidget(self.partenaires_edit, 1, 2, 1, 1)

        self.editor_tabs.addTab(self.description_tab, "")
        self.financing_tab = QWidget()
        self.financing_tab.setObjectName(u"financing_tab")
        self.financing_layout = QHBoxLayout(self.financing_tab)
        self.financing_layout.setObjectName(u"financing_layout")
        self.financing_left_layout = QVBoxLayout()
        self.financing_left_layout.setObjectName(u"financing_left_layout")
        self.financing_table = RecordTableView(self.financing_tab)
        self.financing_table.setObjectName(u"financing_table")
        self.financing_table.verticalHeader().setVisible(False)

        self.financing_left_layout.addWidget(self.financing_table)

        self.financing_buttons_layout = QHBoxLayout()
        self.financing_buttons_layout.setObjectName(u"financing_buttons_layout")
        self.add_line_button = QPushButton(self.financing_tab)
        self.add_line_button.setObjectName(u"add_line_button")

        self.financing_buttons_layout.addWidget(self.add_line_button)

        self.remove_line_button = QPushButton(self.financing_tab)
        self.remove_line_button.setObjectName(u"remove_line_button")

        self.financing_buttons_layout.addWidget(self.remove_line_button)

        self.financing_buttons_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.financing_buttons_layout.addItem(self.financing_buttons_spacer)


        self.financing_left_layout.addLayout(self.financing_buttons_layout)


        self.financing_layout.addLayout(self.financing_left_layout)

        self.financing_right_layout = QVBoxLayout()
        self.financing_right_layout.setObjectName(u"financing_right_layout")
        self.totals_layout = QGridLayout()
        self.totals_layout.setObjectName(u"totals_layout")
        self.cost_caption_label = QLabel(self.financing_tab)
        self.cost_caption_label.setObjectName(u"cost_caption_label")

        self.totals_layout.addWidget(self.cost_caption_label, 0, 0, 1, 1)

        self.cost_value_label = QLabel(self.financing_tab)
        self.cost_value_label.setObjectName(u"cost_value_label")
        self.cost_value_label.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.totals_layout.addWidget(self.cost_value_label, 0, 1, 1, 1)

        self.total_caption_label = QLabel(self.financing_tab)
        self.total_caption_label.setObjectName(u"total_caption_label")

        self.totals_layout.addWidget(self.total_caption_label, 1, 0, 1, 1)

        self.total_value_label = QLabel(self.financing_tab)
        self.total_value_label.setObjectName(u"total_value_label")
        self.total_value_label.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.totals_layout.addWidget(self.total_value_label, 1, 1, 1, 1)

        self.acquis_caption_label = QLabel(self.financing_tab)
        self.acquis_caption_label.setObjectName(u"acquis_caption_label")

        self.totals_layout.addWidget(self.acquis_caption_label, 2, 0, 1, 1)

        self.acquis_value_label = QLabel(self.financing_tab)
        self.acquis_value_label.setObjectName(u"acquis_value_label")
        self.acquis_value_label.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.totals_layout.addWidget(self.acquis_value_label, 2, 1, 1, 1)

        self.reste_caption_label = QLabel(self.financing_tab)
        self.reste_caption_label.setObjectName(u"reste_caption_label")

        self.totals_layout.addWidget(self.reste_caption_label, 3, 0, 1, 1)

        self.reste_value_label = QLabel(self.financing_tab)
        self.reste_value_label.setObjectName(u"reste_value_label")
        self.reste_value_label.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.totals_layout.addWidget(self.reste_value_label, 3, 1, 1, 1)


        self.financing_right_layout.addLayout(self.totals_layout)

        self.over_financing_label = QLabel(self.financing_tab)
        self.over_financing_label.setObjectName(u"over_financing_label")
        self.over_financing_label.setWordWrap(True)
        self.over_financing_label.setMaximumSize(QSize(330, 16777215))

        self.financing_right_layout.addWidget(self.over_financing_label)

        self.financing_right_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.financing_right_layout.addItem(self.financing_right_spacer)


        self.financing_layout.addLayout(self.financing_right_layout)

        self.financing_layout.setStretch(0, 1)
        self.editor_tabs.addTab(self.financing_tab, "")
        self.indicators_tab = QWidget()
        self.indicators_tab.setObjectName(u"indicators_tab")
        self.indicators_layout = QVBoxLayout(self.indicators_tab)
        self.indicators_layout.setObjectName(u"indicators_layout")
        self.indicators_table = RecordTableView(self.indicators_tab)
        self.indicators_table.setObjectName(u"indicators_table")
        self.indicators_table.verticalHeader().setVisible(False)

        self.indicators_layout.addWidget(self.indicators_table)

        self.indicators_buttons_layout = QHBoxLayout()
        self.indicators_buttons_layout.setObjectName(u"indicators_buttons_layout")
        self.add_indicator_button = QPushButton(self.indicators_tab)
        self.add_indicator_button.setObjectName(u"add_indicator_button")

        self.indicators_buttons_layout.addWidget(self.add_indicator_button)

        self.remove_indicator_button = QPushButton(self.indicators_tab)
        self.remove_indicator_button.setObjectName(u"remove_indicator_button")

        self.indicators_buttons_layout.addWidget(self.remove_indicator_button)

        self.indicators_buttons_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.indicators_buttons_layout.addItem(self.indicators_buttons_spacer)


        self.indicators_layout.addLayout(self.indicators_buttons_layout)

        self.editor_tabs.addTab(self.indicators_tab, "")
        self.follow_tab = QWidget()
        self.follow_tab.setObjectName(u"follow_tab")
        self.follow_layout = QGridLayout(self.follow_tab)
        self.follow_layout.setObjectName(u"follow_layout")
        self.simplification_label = QLabel(self.follow_tab)
        self.simplification_label.setObjectName(u"simplification_label")
        self.simplification_label.setText(u"\u2026")

        self.follow_layout.addWidget(self.simplification_label, 0, 0, 1, 1)

        self.simplification_edit = QPlainTextEdit(self.follow_tab)
        self.simplification_edit.setObjectName(u"simplification_edit")
        self.simplification_edit.setTabChangesFocus(True)

        self.follow_layout.addWidget(self.simplification_edit, 1, 0, 1, 1)

        self.notes_label = QLabel(self.follow_tab)
        self.notes_label.setObjectName(u"notes_label")
        self.notes_label.setText(u"\u2026")

        self.follow_layout.addWidget(self.notes_label, 0, 1, 1, 1)

        self.notes_edit = QPlainTextEdit(self.follow_tab)
        self.notes_edit.setObjectName(u"notes_edit")
        self.notes_edit.setTabChangesFocus(True)

        self.follow_layout.addWidget(self.notes_edit, 1, 1, 1, 1)

        self.notes_hint_label = QLabel(self.follow_tab)
        self.notes_hint_label.setObjectName(u"notes_hint_label")
        self.notes_hint_label.setWordWrap(True)

        self.follow_layout.addWidget(self.notes_hint_label, 2, 1, 1, 1)

        self.editor_tabs.addTab(self.follow_tab, "")

        self.editor_main_layout.addWidget(self.editor_tabs)

        self.empty_label = QLabel(FicheEditor)
        self.empty_label.setObjectName(u"empty_label")
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.editor_main_layout.addWidget(self.empty_label)

#if QT_CONFIG(shortcut)
        self.intitule_label.setBuddy(self.intitule_edit)
        self.numero_label.setBuddy(self.numero_edit)
        self.axis_label.setBuddy(self.axis_combo)
        self.maitre_ouvrage_label.setBuddy(self.maitre_ouvrage_edit)
        self.enjeu_label.setBuddy(self.enjeu_combo)
        self.contact_label.setBuddy(self.contact_edit)
        self.localisation_label.setBuddy(self.localisation_edit)
        self.dates_label.setBuddy(self.start_date_edit)
        self.cout_label.setBuddy(self.cout_edit)
        self.progress_label.setBuddy(self.progress_combo)
        self.description_label.setBuddy(self.description_edit)
        self.objectifs_label.setBuddy(self.objectifs_edit)
        self.partenaires_label.setBuddy(self.partenaires_edit)
        self.simplification_label.setBuddy(self.simplification_edit)
        self.notes_label.setBuddy(self.notes_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(FicheEditor)

        self.editor_tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(FicheEditor)
    # setupUi

    def retranslateUi(self, FicheEditor):
        FicheEditor.setWindowTitle(QCoreApplication.translate("FicheEditor", u"Fiche-action", None))
        self.title_label.setText("")
        self.completeness_label.setText("")
        self.error_label.setText("")
        self.intitule_edit.setPlaceholderText(QCoreApplication.translate("FicheEditor", u"Titre de l'action", None))
        self.numero_edit.setPlaceholderText(QCoreApplication.translate("FicheEditor", u"ex. 2.3", None))
#if QT_CONFIG(tooltip)
        self.numero_edit.setToolTip(QCoreApplication.translate("FicheEditor", u"Num\u00e9ro de la fiche, unique dans le territoire", None))
#endif // QT_CONFIG(tooltip)
        self.maitre_ouvrage_edit.setPlaceholderText(QCoreApplication.translate("FicheEditor", u"Qui porte l'action (entreprise, EPCI, CCI\u2026)", None))
#if QT_CONFIG(tooltip)
        self.enjeu_combo.setToolTip(QCoreApplication.translate("FicheEditor", u"Un enjeu du contrat, ou un texte libre", None))
#endif // QT_CONFIG(tooltip)
        self.contact_edit.setPlaceholderText(QCoreApplication.translate("FicheEditor", u"Nom, courriel, t\u00e9l\u00e9phone", None))
        self.localisation_edit.setPlaceholderText(QCoreApplication.translate("FicheEditor", u"Commune, zone d'activit\u00e9\u2026", None))
        self.dates_label.setText(QCoreApplication.translate("FicheEditor", u"&Dates :", None))
        self.dates_to_label.setText(QCoreApplication.translate("FicheEditor", u"au", None))
        self.cout_edit.setPlaceholderText(QCoreApplication.translate("FicheEditor", u"ex. 1 250 000 \u20ac", None))
#if QT_CONFIG(tooltip)
        self.cout_edit.setToolTip(QCoreApplication.translate("FicheEditor", u"Montant hors taxes, en euros (ex. 1 234 567,89)", None))
#endif // QT_CONFIG(tooltip)
        self.editor_tabs.setTabText(self.editor_tabs.indexOf(self.general_tab), QCoreApplication.translate("FicheEditor", u"Fiche", None))
        self.description_edit.setPlaceholderText(QCoreApplication.translate("FicheEditor", u"Contexte et contenu de l'action", None))
        self.objectifs_edit.setPlaceholderText(QCoreApplication.translate("FicheEditor", u"R\u00e9sultats attendus", None))
        self.partenaires_edit.setPlaceholderText(QCoreApplication.translate("FicheEditor", u"Partenaires associ\u00e9s", None))
        self.editor_tabs.setTabText(self.editor_tabs.indexOf(self.description_tab), QCoreApplication.translate("FicheEditor", u"Description", None))
        self.add_line_button.setText(QCoreApplication.translate("FicheEditor", u"Ajouter une ligne", None))
#if QT_CONFIG(tooltip)
        self.add_line_button.setToolTip(QCoreApplication.translate("FicheEditor", u"Ajouter une ligne au plan de financement", None))
#endif // QT_CONFIG(tooltip)
        self.remove_line_button.setText(QCoreApplication.translate("FicheEditor", u"Supprimer la ligne", None))
#if QT_CONFIG(tooltip)
        self.remove_line_button.setToolTip(QCoreApplication.translate("FicheEditor", u"Supprimer la ligne s\u00e9lectionn\u00e9e", None))
#endif // QT_CONFIG(tooltip)
        self.cost_caption_label.setText(QCoreApplication.translate("FicheEditor", u"Co\u00fbt total HT", None))
        self.cost_value_label.setText("")
        self.total_caption_label.setText(QCoreApplication.translate("FicheEditor", u"Total pr\u00e9vu (hors refus\u00e9s)", None))
        self.total_value_label.setText("")
        self.acquis_caption_label.setText(QCoreApplication.translate("FicheEditor", u"dont acquis", None))
        self.acquis_value_label.setText("")
        self.reste_caption_label.setText(QCoreApplication.translate("FicheEditor", u"Reste \u00e0 financer", None))
        self.reste_value_label.setText("")
        self.over_financing_label.setText("")
        self.editor_tabs.setTabText(self.editor_tabs.indexOf(self.financing_tab), QCoreApplication.translate("FicheEditor", u"Financement", None))
        self.add_indicator_button.setText(QCoreApplication.translate("FicheEditor", u"Ajouter un indicateur", None))
#if QT_CONFIG(tooltip)
        self.add_indicator_button.setToolTip(QCoreApplication.translate("FicheEditor", u"Ajouter un indicateur de suivi", None))
#endif // QT_CONFIG(tooltip)
        self.remove_indicator_button.setText(QCoreApplication.translate("FicheEditor", u"Supprimer l'indicateur", None))
#if QT_CONFIG(tooltip)
        self.remove_indicator_button.setToolTip(QCoreApplication.translate("FicheEditor", u"Supprimer l'indicateur s\u00e9lectionn\u00e9", None))
#endif // QT_CONFIG(tooltip)
        self.editor_tabs.setTabText(self.editor_tabs.indexOf(self.indicators_tab), QCoreApplication.translate("FicheEditor", u"Indicateurs", None))
        self.simplification_edit.setPlaceholderText(QCoreApplication.translate("FicheEditor", u"D\u00e9rogation ou simplification demand\u00e9e (facultatif)", None))
        self.notes_edit.setPlaceholderText(QCoreApplication.translate("FicheEditor", u"Vos notes de travail", None))
        self.notes_hint_label.setText(QCoreApplication.translate("FicheEditor", u"Ces notes restent dans votre base : elles ne sont jamais export\u00e9es (ni dans les documents, ni dans le classeur R\u00e9gion).", None))
        self.editor_tabs.setTabText(self.editor_tabs.indexOf(self.follow_tab), QCoreApplication.translate("FicheEditor", u"Suivi", None))
        self.empty_label.setText(QCoreApplication.translate("FicheEditor", u"S\u00e9lectionnez une fiche dans la liste, ou cr\u00e9ez-en une avec \u00ab Nouvelle fiche \u00bb (Ctrl+N).", None))
    # retranslateUi

