# Generated from ui/territory_page.ui by tools/compile_ui.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'territory_page.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QFormLayout, QFrame,
    QGridLayout, QGroupBox, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPlainTextEdit, QPushButton,
    QScrollArea, QSizePolicy, QSpacerItem, QSpinBox,
    QTabWidget, QVBoxLayout, QWidget)

from ti_desktop.gui.widgets.date_line_edit import DateLineEdit
from ti_desktop.gui.widgets.record_table_view import RecordTableView

class Ui_TerritoryPage(object):
    def setupUi(self, TerritoryPage):
        if not TerritoryPage.objectName():
            TerritoryPage.setObjectName(u"TerritoryPage")
        TerritoryPage.resize(1000, 900)
        self.page_layout = QVBoxLayout(TerritoryPage)
        self.page_layout.setObjectName(u"page_layout")
        self.page_layout.setContentsMargins(0, 0, 0, 0)
        self.scroll_area = QScrollArea(TerritoryPage)
        self.scroll_area.setObjectName(u"scroll_area")
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_contents = QWidget()
        self.scroll_contents.setObjectName(u"scroll_contents")
        self.scroll_layout = QGridLayout(self.scroll_contents)
        self.scroll_layout.setObjectName(u"scroll_layout")
        self.territory_group = QGroupBox(self.scroll_contents)
        self.territory_group.setObjectName(u"territory_group")
        self.territory_form = QFormLayout(self.territory_group)
        self.territory_form.setObjectName(u"territory_form")
        self.territory_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.nom_label = QLabel(self.territory_group)
        self.nom_label.setObjectName(u"nom_label")
        self.nom_label.setText(u"\u2026")

        self.territory_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nom_label)

        self.nom_edit = QLineEdit(self.territory_group)
        self.nom_edit.setObjectName(u"nom_edit")

        self.territory_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nom_edit)

        self.region_label = QLabel(self.territory_group)
        self.region_label.setObjectName(u"region_label")
        self.region_label.setText(u"\u2026")

        self.territory_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.region_label)

        self.region_edit = QLineEdit(self.territory_group)
        self.region_edit.setObjectName(u"region_edit")

        self.territory_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.region_edit)

        self.departements_label = QLabel(self.territory_group)
        self.departements_label.setObjectName(u"departements_label")
        self.departements_label.setText(u"\u2026")

        self.territory_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.departements_label)

        self.departements_edit = QLineEdit(self.territory_group)
        self.departements_edit.setObjectName(u"departements_edit")

        self.territory_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.departements_edit)

        self.phase_label = QLabel(self.territory_group)
        self.phase_label.setObjectName(u"phase_label")
        self.phase_label.setText(u"\u2026")

        self.territory_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.phase_label)

        self.phase_combo = QComboBox(self.territory_group)
        self.phase_combo.setObjectName(u"phase_combo")

        self.territory_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.phase_combo)

        self.chef_projet_nom_label = QLabel(self.territory_group)
        self.chef_projet_nom_label.setObjectName(u"chef_projet_nom_label")
        self.chef_projet_nom_label.setText(u"\u2026")

        self.territory_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.chef_projet_nom_label)

        self.chef_projet_nom_edit = QLineEdit(self.territory_group)
        self.chef_projet_nom_edit.setObjectName(u"chef_projet_nom_edit")

        self.territory_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.chef_projet_nom_edit)

        self.chef_projet_email_label = QLabel(self.territory_group)
        self.chef_projet_email_label.setObjectName(u"chef_projet_email_label")
        self.chef_projet_email_label.setText(u"\u2026")

        self.territory_form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.chef_projet_email_label)

        self.chef_projet_email_edit = QLineEdit(self.territory_group)
        self.chef_projet_email_edit.setObjectName(u"chef_projet_email_edit")

        self.territory_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.chef_projet_email_edit)

        self.chef_projet_telephone_label = QLabel(self.territory_group)
        self.chef_projet_telephone_label.setObjectName(u"chef_projet_telephone_label")
        self.chef_projet_telephone_label.setText(u"\u2026")

        self.territory_form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.chef_projet_telephone_label)

        self.chef_projet_telephone_edit = QLineEdit(self.territory_group)
        self.chef_projet_telephone_edit.setObjectName(u"chef_projet_telephone_edit")

        self.territory_form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.chef_projet_telephone_edit)

        self.elu_referent_label = QLabel(self.territory_group)
        self.elu_referent_label.setObjectName(u"elu_referent_label")
        self.elu_referent_label.setText(u"\u2026")

        self.territory_form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.elu_referent_label)

        self.elu_referent_edit = QLineEdit(self.territory_group)
        self.elu_referent_edit.setObjectName(u"elu_referent_edit")

        self.territory_form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.elu_referent_edit)

        self.industriel_referent_label = QLabel(self.territory_group)
        self.industriel_referent_label.setObjectName(u"industriel_referent_label")
        self.industriel_referent_label.setText(u"\u2026")

        self.territory_form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.industriel_referent_label)

        self.industriel_referent_edit = QLineEdit(self.territory_group)
        self.industriel_referent_edit.setObjectName(u"industriel_referent_edit")

        self.territory_form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.industriel_referent_edit)

        self.correspondant_region_email_label = QLabel(self.territory_group)
        self.correspondant_region_email_label.setObjectName(u"correspondant_region_email_label")
        self.correspondant_region_email_label.setText(u"\u2026")

        self.territory_form.setWidget(9, QFormLayout.ItemRole.LabelRole, self.correspondant_region_email_label)

        self.correspondant_region_email_edit = QLineEdit(self.territory_group)
        self.correspondant_region_email_edit.setObjectName(u"correspondant_region_email_edit")

        self.territory_form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.correspondant_region_email_edit)

        self.notes_label = QLabel(self.territory_group)
        self.notes_label.setObjectName(u"notes_label")
        self.notes_label.setText(u"\u2026")

        self.territory_form.setWidget(10, QFormLayout.ItemRole.LabelRole, self.notes_label)

        self.notes_edit = QPlainTextEdit(self.territory_group)
        self.notes_edit.setObjectName(u"notes_edit")
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setMinimumSize(QSize(0, 60))

        self.territory_form.setWidget(10, QFormLayout.ItemRole.FieldRole, self.notes_edit)


        self.scroll_layout.addWidget(self.territory_group, 0, 0, 1, 1)

        self.contract_group = QGroupBox(self.scroll_contents)
        self.contract_group.setObjectName(u"contract_group")
        self.contract_form = QFormLayout(self.contract_group)
        self.contract_form.setObjectName(u"contract_form")
        self.contract_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.type_document_label = QLabel(self.contract_group)
        self.type_document_label.setObjectName(u"type_document_label")
        self.type_document_label.setText(u"\u2026")

        self.contract_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.type_document_label)

        self.type_document_combo = QComboBox(self.contract_group)
        self.type_document_combo.setObjectName(u"type_document_combo")

        self.contract_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.type_document_combo)

        self.statut_label = QLabel(self.contract_group)
        self.statut_label.setObjectName(u"statut_label")
        self.statut_label.setText(u"\u2026")

        self.contract_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.statut_label)

        self.statut_combo = QComboBox(self.contract_group)
        self.statut_combo.setObjectName(u"statut_combo")

        self.contract_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.statut_combo)

        self.date_signature_label = QLabel(self.contract_group)
        self.date_signature_label.setObjectName(u"date_signature_label")
        self.date_signature_label.setText(u"\u2026")

        self.contract_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.date_signature_label)

        self.date_signature_edit = DateLineEdit(self.contract_group)
        self.date_signature_edit.setObjectName(u"date_signature_edit")

        self.contract_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.date_signature_edit)

        self.lieu_signature_label = QLabel(self.contract_group)
        self.lieu_signature_label.setObjectName(u"lieu_signature_label")
        self.lieu_signature_label.setText(u"\u2026")

        self.contract_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.lieu_signature_label)

        self.lieu_signature_edit = QLineEdit(self.contract_group)
        self.lieu_signature_edit.setObjectName(u"lieu_signature_edit")

        self.contract_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.lieu_signature_edit)

        self.deliberation_region_reference_label = QLabel(self.contract_group)
        self.deliberation_region_reference_label.setObjectName(u"deliberation_region_reference_label")
        self.deliberation_region_reference_label.setText(u"\u2026")

        self.contract_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.deliberation_region_reference_label)

        self.deliberation_region_reference_edit = QLineEdit(self.contract_group)
        self.deliberation_region_reference_edit.setObjectName(u"deliberation_region_reference_edit")

        self.contract_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.deliberation_region_reference_edit)

        self.deliberation_region_date_label = QLabel(self.contract_group)
        self.deliberation_region_date_label.setObjectName(u"deliberation_region_date_label")
        self.deliberation_region_date_label.setText(u"\u2026")

        self.contract_form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.deliberation_region_date_label)

        self.deliberation_region_date_edit = DateLineEdit(self.contract_group)
        self.deliberation_region_date_edit.setObjectName(u"deliberation_region_date_edit")

        self.contract_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.deliberation_region_date_edit)

        self.period_label = QLabel(self.contract_group)
        self.period_label.setObjectName(u"period_label")
        self.period_label.setText(u"\u2026")

        self.contract_form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.period_label)

        self.period_layout = QHBoxLayout()
        self.period_layout.setObjectName(u"period_layout")
        self.annee_debut_spin = QSpinBox(self.contract_group)
        self.annee_debut_spin.setObjectName(u"annee_debut_spin")
        self.annee_debut_spin.setMinimum(1999)
        self.annee_debut_spin.setMaximum(2100)
        self.annee_debut_spin.setValue(1999)

        self.period_layout.addWidget(self.annee_debut_spin)

        self.period_to_label = QLabel(self.contract_group)
        self.period_to_label.setObjectName(u"period_to_label")

        self.period_layout.addWidget(self.period_to_label)

        self.annee_fin_spin = QSpinBox(self.contract_group)
        self.annee_fin_spin.setObjectName(u"annee_fin_spin")
        self.annee_fin_spin.setMinimum(1999)
        self.annee_fin_spin.setMaximum(2100)
        self.annee_fin_spin.setValue(1999)

        self.period_layout.addWidget(self.annee_fin_spin)

        self.period_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.period_layout.addItem(self.period_spacer)


        self.contract_form.setLayout(6, QFormLayout.ItemRole.FieldRole, self.period_layout)


        self.scroll_layout.addWidget(self.contract_group, 0, 1, 1, 1)

        self.enjeu_group = QGroupBox(self.scroll_contents)
        self.enjeu_group.setObjectName(u"enjeu_group")
        self.enjeu_layout = QHBoxLayout(self.enjeu_group)
        self.enjeu_layout.setObjectName(u"enjeu_layout")
        self.enjeu_list_view = RecordTableView(self.enjeu_group)
        self.enjeu_list_view.setObjectName(u"enjeu_list_view")
        self.enjeu_list_view.horizontalHeader().setVisible(False)
        self.enjeu_list_view.verticalHeader().setVisible(False)

        self.enjeu_layout.addWidget(self.enjeu_list_view)

        self.enjeu_buttons_layout = QVBoxLayout()
        self.enjeu_buttons_layout.setObjectName(u"enjeu_buttons_layout")
        self.add_enjeu_button = QPushButton(self.enjeu_group)
        self.add_enjeu_button.setObjectName(u"add_enjeu_button")

        self.enjeu_buttons_layout.addWidget(self.add_enjeu_button)

        self.remove_enjeu_button = QPushButton(self.enjeu_group)
        self.remove_enjeu_button.setObjectName(u"remove_enjeu_button")

        self.enjeu_buttons_layout.addWidget(self.remove_enjeu_button)

        self.enjeu_up_button = QPushButton(self.enjeu_group)
        self.enjeu_up_button.setObjectName(u"enjeu_up_button")

        self.enjeu_buttons_layout.addWidget(self.enjeu_up_button)

        self.enjeu_down_button = QPushButton(self.enjeu_group)
        self.enjeu_down_button.setObjectName(u"enjeu_down_button")

        self.enjeu_buttons_layout.addWidget(self.enjeu_down_button)

        self.enjeu_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.enjeu_buttons_layout.addItem(self.enjeu_spacer)


        self.enjeu_layout.addLayout(self.enjeu_buttons_layout)


        self.scroll_layout.addWidget(self.enjeu_group, 1, 0, 1, 1)

        self.axis_group = QGroupBox(self.scroll_contents)
        self.axis_group.setObjectName(u"axis_group")
        self.axis_layout = QHBoxLayout(self.axis_group)
        self.axis_layout.setObjectName(u"axis_layout")
        self.axis_list_view = RecordTableView(self.axis_group)
        self.axis_list_view.setObjectName(u"axis_list_view")
        self.axis_list_view.horizontalHeader().setVisible(False)
        self.axis_list_view.verticalHeader().setVisible(False)

        self.axis_layout.addWidget(self.axis_list_view)

        self.axis_buttons_layout = QVBoxLayout()
        self.axis_buttons_layout.setObjectName(u"axis_buttons_layout")
        self.add_axis_button = QPushButton(self.axis_group)
        self.add_axis_button.setObjectName(u"add_axis_button")

        self.axis_buttons_layout.addWidget(self.add_axis_button)

        self.remove_axis_button = QPushButton(self.axis_group)
        self.remove_axis_button.setObjectName(u"remove_axis_button")

        self.axis_buttons_layout.addWidget(self.remove_axis_button)

        self.axis_up_button = QPushButton(self.axis_group)
        self.axis_up_button.setObjectName(u"axis_up_button")

        self.axis_buttons_layout.addWidget(self.axis_up_button)

        self.axis_down_button = QPushButton(self.axis_group)
        self.axis_down_button.setObjectName(u"axis_down_button")

        self.axis_buttons_layout.addWidget(self.axis_down_button)

        self.default_axes_button = QPushButton(self.axis_group)
        self.default_axes_button.setObjectName(u"default_axes_button")

        self.axis_buttons_layout.addWidget(self.default_axes_button)

        self.axis_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.axis_buttons_layout.addItem(self.axis_spacer)


        self.axis_layout.addLayout(self.axis_buttons_layout)


        self.scroll_layout.addWidget(self.axis_group, 1, 1, 1, 1)

        self.texts_group = QGroupBox(self.scroll_contents)
        self.texts_group.setObjectName(u"texts_group")
        self.texts_layout = QVBoxLayout(self.texts_group)
        self.texts_layout.setObjectName(u"texts_layout")
        self.texts_tabs = QTabWidget(self.texts_group)
        self.texts_tabs.setObjectName(u"texts_tabs")
        self.preambule_tab = QWidget()
        self.preambule_tab.setObjectName(u"preambule_tab")
        self.preambule_layout = QVBoxLayout(self.preambule_tab)
        self.preambule_layout.setObjectName(u"preambule_layout")
        self.preambule_edit = QPlainTextEdit(self.preambule_tab)
        self.preambule_edit.setObjectName(u"preambule_edit")
        self.preambule_edit.setTabChangesFocus(True)
        self.preambule_edit.setMinimumSize(QSize(0, 180))

        self.preambule_layout.addWidget(self.preambule_edit)

        self.texts_tabs.addTab(self.preambule_tab, "")
        self.texts_tabs.setTabText(self.texts_tabs.indexOf(self.preambule_tab), u"\u2026")
        self.presentation_territoire_tab = QWidget()
        self.presentation_territoire_tab.setObjectName(u"presentation_territoire_tab")
        self.presentation_territoire_layout = QVBoxLayout(self.presentation_territoire_tab)
        self.presentation_territoire_layout.setObjectName(u"presentation_territoire_layout")
        self.presentation_territoire_edit = QPlainTextEdit(self.presentation_territoire_tab)
        self.presentation_territoire_edit.setObjectName(u"presentation_territoire_edit")
        self.presentation_territoire_edit.setTabChangesFocus(True)
        self.presentation_territoire_edit.setMinimumSize(QSize(0, 180))

        self.presentation_territoire_layout.addWidget(self.presentation_territoire_edit)

        self.texts_tabs.addTab(self.presentation_territoire_tab, "")
        self.texts_tabs.setTabText(self.texts_tabs.indexOf(self.presentation_territoire_tab), u"\u2026")
        self.strategie_tab = QWidget()
        self.strategie_tab.setObjectName(u"strategie_tab")
        self.strategie_layout = QVBoxLayout(self.strategie_tab)
        self.strategie_layout.setObjectName(u"strategie_layout")
        self.strategie_edit = QPlainTextEdit(self.strategie_tab)
        self.strategie_edit.setObjectName(u"strategie_edit")
        self.strategie_edit.setTabChangesFocus(True)
        self.strategie_edit.setMinimumSize(QSize(0, 180))

        self.strategie_layout.addWidget(self.strategie_edit)

        self.texts_tabs.addTab(self.strategie_tab, "")
        self.texts_tabs.setTabText(self.texts_tabs.indexOf(self.strategie_tab), u"\u2026")
        self.gouvernance_tab = QWidget()
        self.gouvernance_tab.setObjectName(u"gouvernance_tab")
        self.gouvernance_layout = QVBoxLayout(self.gouvernance_tab)
        self.gouvernance_layout.setObjectName(u"gouvernance_layout")
        self.gouvernance_edit = QPlainTextEdit(self.gouvernance_tab)
        self.gouvernance_edit.setObjectName(u"gouvernance_edit")
        self.gouvernance_edit.setTabChangesFocus(True)
        self.gouvernance_edit.setMinimumSize(QSize(0, 180))

        self.gouvernance_layout.addWidget(self.gouvernance_edit)

        self.texts_tabs.addTab(self.gouvernance_tab, "")
        self.texts_tabs.setTabText(self.texts_tabs.indexOf(self.gouvernance_tab), u"\u2026")

        self.texts_layout.addWidget(self.texts_tabs)


        self.scroll_layout.addWidget(self.texts_group, 2, 0, 1, 2)

        self.scroll_area.setWidget(self.scroll_contents)

        self.page_layout.addWidget(self.scroll_area)


        self.retranslateUi(TerritoryPage)

        QMetaObject.connectSlotsByName(TerritoryPage)
    # setupUi

    def retranslateUi(self, TerritoryPage):
        self.territory_group.setTitle(QCoreApplication.translate("TerritoryPage", u"Territoire", None))
#if QT_CONFIG(tooltip)
        self.nom_edit.setToolTip(QCoreApplication.translate("TerritoryPage", u"Nom du territoire tel qu'il figure dans le contrat", None))
#endif // QT_CONFIG(tooltip)
        self.region_edit.setPlaceholderText(QCoreApplication.translate("TerritoryPage", u"ex. Grand Est", None))
        self.departements_edit.setPlaceholderText(QCoreApplication.translate("TerritoryPage", u"ex. Aube (10), Marne (51)", None))
        self.chef_projet_nom_edit.setPlaceholderText(QCoreApplication.translate("TerritoryPage", u"ex. Camille Martin", None))
        self.chef_projet_email_edit.setPlaceholderText(QCoreApplication.translate("TerritoryPage", u"ex. prenom.nom@exemple.fr", None))
        self.chef_projet_telephone_edit.setPlaceholderText(QCoreApplication.translate("TerritoryPage", u"ex. 03 25 12 34 56", None))
        self.elu_referent_edit.setPlaceholderText(QCoreApplication.translate("TerritoryPage", u"ex. M. Jean Martin, Pr\u00e9sident de \u2026", None))
        self.industriel_referent_edit.setPlaceholderText(QCoreApplication.translate("TerritoryPage", u"ex. Mme Anne Petit, directrice de \u2026", None))
        self.correspondant_region_email_edit.setPlaceholderText(QCoreApplication.translate("TerritoryPage", u"ex. prenom.nom@region.fr", None))
        self.notes_edit.setPlaceholderText(QCoreApplication.translate("TerritoryPage", u"Notes internes (non export\u00e9es)", None))
        self.contract_group.setTitle(QCoreApplication.translate("TerritoryPage", u"Contrat", None))
        self.date_signature_edit.setPlaceholderText(QCoreApplication.translate("TerritoryPage", u"JJ/MM/AAAA", None))
        self.lieu_signature_edit.setPlaceholderText(QCoreApplication.translate("TerritoryPage", u"ex. Troyes", None))
        self.deliberation_region_reference_edit.setPlaceholderText(QCoreApplication.translate("TerritoryPage", u"ex. 24CP-0512", None))
        self.deliberation_region_date_edit.setPlaceholderText(QCoreApplication.translate("TerritoryPage", u"JJ/MM/AAAA", None))
        self.annee_debut_spin.setSpecialValueText(QCoreApplication.translate("TerritoryPage", u"non renseign\u00e9e", None))
        self.period_to_label.setText(QCoreApplication.translate("TerritoryPage", u"\u00e0", None))
        self.annee_fin_spin.setSpecialValueText(QCoreApplication.translate("TerritoryPage", u"non renseign\u00e9e", None))
        self.enjeu_group.setTitle(QCoreApplication.translate("TerritoryPage", u"Enjeux locaux (dans l'ordre du contrat)", None))
        self.add_enjeu_button.setText(QCoreApplication.translate("TerritoryPage", u"Ajouter", None))
#if QT_CONFIG(tooltip)
        self.add_enjeu_button.setToolTip(QCoreApplication.translate("TerritoryPage", u"Ajouter un enjeu local", None))
#endif // QT_CONFIG(tooltip)
        self.remove_enjeu_button.setText(QCoreApplication.translate("TerritoryPage", u"Retirer", None))
#if QT_CONFIG(tooltip)
        self.remove_enjeu_button.setToolTip(QCoreApplication.translate("TerritoryPage", u"Retirer un enjeu local s\u00e9lectionn\u00e9(e)", None))
#endif // QT_CONFIG(tooltip)
        self.enjeu_up_button.setText(QCoreApplication.translate("TerritoryPage", u"Monter", None))
#if QT_CONFIG(tooltip)
        self.enjeu_up_button.setToolTip(QCoreApplication.translate("TerritoryPage", u"Monter d'un rang", None))
#endif // QT_CONFIG(tooltip)
        self.enjeu_down_button.setText(QCoreApplication.translate("TerritoryPage", u"Descendre", None))
#if QT_CONFIG(tooltip)
        self.enjeu_down_button.setToolTip(QCoreApplication.translate("TerritoryPage", u"Descendre d'un rang", None))
#endif // QT_CONFIG(tooltip)
        self.axis_group.setTitle(QCoreApplication.translate("TerritoryPage", u"Axes strat\u00e9giques", None))
        self.add_axis_button.setText(QCoreApplication.translate("TerritoryPage", u"Ajouter", None))
#if QT_CONFIG(tooltip)
        self.add_axis_button.setToolTip(QCoreApplication.translate("TerritoryPage", u"Ajouter un axe", None))
#endif // QT_CONFIG(tooltip)
        self.remove_axis_button.setText(QCoreApplication.translate("TerritoryPage", u"Retirer", None))
#if QT_CONFIG(tooltip)
        self.remove_axis_button.setToolTip(QCoreApplication.translate("TerritoryPage", u"Retirer un axe s\u00e9lectionn\u00e9(e)", None))
#endif // QT_CONFIG(tooltip)
        self.axis_up_button.setText(QCoreApplication.translate("TerritoryPage", u"Monter", None))
#if QT_CONFIG(tooltip)
        self.axis_up_button.setToolTip(QCoreApplication.translate("TerritoryPage", u"Monter d'un rang", None))
#endif // QT_CONFIG(tooltip)
        self.axis_down_button.setText(QCoreApplication.translate("TerritoryPage", u"Descendre", None))
#if QT_CONFIG(tooltip)
        self.axis_down_button.setToolTip(QCoreApplication.translate("TerritoryPage", u"Descendre d'un rang", None))
#endif // QT_CONFIG(tooltip)
        self.default_axes_button.setText(QCoreApplication.translate("TerritoryPage", u"Axes nationaux\u2026", None))
#if QT_CONFIG(tooltip)
        self.default_axes_button.setToolTip(QCoreApplication.translate("TerritoryPage", u"Remplacer les axes par ceux de la phase choisie (annulable)", None))
#endif // QT_CONFIG(tooltip)
        self.texts_group.setTitle(QCoreApplication.translate("TerritoryPage", u"Textes du contrat", None))
        self.preambule_edit.setPlaceholderText(QCoreApplication.translate("TerritoryPage", u"Contexte du programme et principes du contrat", None))
        self.presentation_territoire_edit.setPlaceholderText(QCoreApplication.translate("TerritoryPage", u"P\u00e9rim\u00e8tre, diagnostic, atouts industriels", None))
        self.strategie_edit.setPlaceholderText(QCoreApplication.translate("TerritoryPage", u"Enjeux et strat\u00e9gie du territoire", None))
        self.gouvernance_edit.setPlaceholderText(QCoreApplication.translate("TerritoryPage", u"Bin\u00f4me \u00e9lu\u2013industriel, comit\u00e9s, chef de projet, suivi", None))
        pass
    # retranslateUi

