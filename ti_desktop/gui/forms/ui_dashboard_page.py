# Generated from ui/dashboard_page.ui by tools/compile_ui.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'dashboard_page.ui'
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
from PySide6.QtWidgets import (QApplication, QFrame, QGroupBox, QHBoxLayout,
    QLabel, QScrollArea, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_DashboardPage(object):
    def setupUi(self, DashboardPage):
        if not DashboardPage.objectName():
            DashboardPage.setObjectName(u"DashboardPage")
        DashboardPage.resize(900, 760)
        self.page_layout = QVBoxLayout(DashboardPage)
        self.page_layout.setObjectName(u"page_layout")
        self.page_layout.setContentsMargins(0, 0, 0, 0)
        self.scroll_area = QScrollArea(DashboardPage)
        self.scroll_area.setObjectName(u"scroll_area")
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setWidgetResizable(True)
        self.contents_widget = QWidget()
        self.contents_widget.setObjectName(u"contents_widget")
        self.contents_layout = QVBoxLayout(self.contents_widget)
        self.contents_layout.setSpacing(12)
        self.contents_layout.setObjectName(u"contents_layout")
        self.title_label = QLabel(self.contents_widget)
        self.title_label.setObjectName(u"title_label")
        self.title_label.setWordWrap(True)

        self.contents_layout.addWidget(self.title_label)

        self.figures_layout = QHBoxLayout()
        self.figures_layout.setSpacing(12)
        self.figures_layout.setObjectName(u"figures_layout")
        self.cost_frame = QFrame(self.contents_widget)
        self.cost_frame.setObjectName(u"cost_frame")
        self.cost_frame.setFrameShape(QFrame.Shape.StyledPanel)
        self.cost_layout = QVBoxLayout(self.cost_frame)
        self.cost_layout.setObjectName(u"cost_layout")
        self.cost_value_label = QLabel(self.cost_frame)
        self.cost_value_label.setObjectName(u"cost_value_label")

        self.cost_layout.addWidget(self.cost_value_label)

        self.cost_caption_label = QLabel(self.cost_frame)
        self.cost_caption_label.setObjectName(u"cost_caption_label")

        self.cost_layout.addWidget(self.cost_caption_label)


        self.figures_layout.addWidget(self.cost_frame)

        self.acquis_frame = QFrame(self.contents_widget)
        self.acquis_frame.setObjectName(u"acquis_frame")
        self.acquis_frame.setFrameShape(QFrame.Shape.StyledPanel)
        self.acquis_layout = QVBoxLayout(self.acquis_frame)
        self.acquis_layout.setObjectName(u"acquis_layout")
        self.acquis_value_label = QLabel(self.acquis_frame)
        self.acquis_value_label.setObjectName(u"acquis_value_label")

        self.acquis_layout.addWidget(self.acquis_value_label)

        self.acquis_caption_label = QLabel(self.acquis_frame)
        self.acquis_caption_label.setObjectName(u"acquis_caption_label")

        self.acquis_layout.addWidget(self.acquis_caption_label)


        self.figures_layout.addWidget(self.acquis_frame)

        self.remaining_frame = QFrame(self.contents_widget)
        self.remaining_frame.setObjectName(u"remaining_frame")
        self.remaining_frame.setFrameShape(QFrame.Shape.StyledPanel)
        self.remaining_layout = QVBoxLayout(self.remaining_frame)
        self.remaining_layout.setObjectName(u"remaining_layout")
        self.remaining_value_label = QLabel(self.remaining_frame)
        self.remaining_value_label.setObjectName(u"remaining_value_label")

        self.remaining_layout.addWidget(self.remaining_value_label)

        self.remaining_caption_label = QLabel(self.remaining_frame)
        self.remaining_caption_label.setObjectName(u"remaining_caption_label")

        self.remaining_layout.addWidget(self.remaining_caption_label)


        self.figures_layout.addWidget(self.remaining_frame)

        self.fiches_frame = QFrame(self.contents_widget)
        self.fiches_frame.setObjectName(u"fiches_frame")
        self.fiches_frame.setFrameShape(QFrame.Shape.StyledPanel)
        self.fiches_layout = QVBoxLayout(self.fiches_frame)
        self.fiches_layout.setObjectName(u"fiches_layout")
        self.fiches_value_label = QLabel(self.fiches_frame)
        self.fiches_value_label.setObjectName(u"fiches_value_label")

        self.fiches_layout.addWidget(self.fiches_value_label)

        self.fiches_caption_label = QLabel(self.fiches_frame)
        self.fiches_caption_label.setObjectName(u"fiches_caption_label")

        self.fiches_layout.addWidget(self.fiches_caption_label)


        self.figures_layout.addWidget(self.fiches_frame)


        self.contents_layout.addLayout(self.figures_layout)

        self.axes_group = QGroupBox(self.contents_widget)
        self.axes_group.setObjectName(u"axes_group")
        self.axes_chart_layout = QVBoxLayout(self.axes_group)
        self.axes_chart_layout.setObjectName(u"axes_chart_layout")

        self.contents_layout.addWidget(self.axes_group)

        self.financers_group = QGroupBox(self.contents_widget)
        self.financers_group.setObjectName(u"financers_group")
        self.financers_chart_layout = QVBoxLayout(self.financers_group)
        self.financers_chart_layout.setObjectName(u"financers_chart_layout")

        self.contents_layout.addWidget(self.financers_group)

        self.progress_group = QGroupBox(self.contents_widget)
        self.progress_group.setObjectName(u"progress_group")
        self.progress_chart_layout = QVBoxLayout(self.progress_group)
        self.progress_chart_layout.setObjectName(u"progress_chart_layout")

        self.contents_layout.addWidget(self.progress_group)

        self.bottom_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.contents_layout.addItem(self.bottom_spacer)

        self.scroll_area.setWidget(self.contents_widget)

        self.page_layout.addWidget(self.scroll_area)


        self.retranslateUi(DashboardPage)

        QMetaObject.connectSlotsByName(DashboardPage)
    # setupUi

    def retranslateUi(self, DashboardPage):
        self.title_label.setText(QCoreApplication.translate("DashboardPage", u"Tableau de bord", None))
#if QT_CONFIG(tooltip)
        self.cost_frame.setToolTip(QCoreApplication.translate("DashboardPage", u"Somme des co\u00fbts des fiches-actions (hors corbeille)", None))
#endif // QT_CONFIG(tooltip)
        self.cost_value_label.setText(QCoreApplication.translate("DashboardPage", u"\u2014", None))
        self.cost_caption_label.setText(QCoreApplication.translate("DashboardPage", u"Co\u00fbt total HT", None))
#if QT_CONFIG(tooltip)
        self.acquis_frame.setToolTip(QCoreApplication.translate("DashboardPage", u"Financements au statut \u00ab Acquis \u00bb", None))
#endif // QT_CONFIG(tooltip)
        self.acquis_value_label.setText(QCoreApplication.translate("DashboardPage", u"\u2014", None))
        self.acquis_caption_label.setText(QCoreApplication.translate("DashboardPage", u"Financements acquis", None))
#if QT_CONFIG(tooltip)
        self.remaining_frame.setToolTip(QCoreApplication.translate("DashboardPage", u"Co\u00fbt moins tous les financements non refus\u00e9s, calcul\u00e9 fiche par fiche", None))
#endif // QT_CONFIG(tooltip)
        self.remaining_value_label.setText(QCoreApplication.translate("DashboardPage", u"\u2014", None))
        self.remaining_caption_label.setText(QCoreApplication.translate("DashboardPage", u"Reste \u00e0 financer", None))
#if QT_CONFIG(tooltip)
        self.fiches_frame.setToolTip(QCoreApplication.translate("DashboardPage", u"Nombre de fiches-actions hors corbeille", None))
#endif // QT_CONFIG(tooltip)
        self.fiches_value_label.setText(QCoreApplication.translate("DashboardPage", u"\u2014", None))
        self.fiches_caption_label.setText(QCoreApplication.translate("DashboardPage", u"Fiches-actions", None))
        self.axes_group.setTitle(QCoreApplication.translate("DashboardPage", u"Co\u00fbt et financement par axe", None))
#if QT_CONFIG(tooltip)
        self.axes_group.setToolTip(QCoreApplication.translate("DashboardPage", u"Acquis, autres financements pr\u00e9vus (accord de principe, sollicit\u00e9, envisag\u00e9) et reste \u00e0 financer", None))
#endif // QT_CONFIG(tooltip)
        self.financers_group.setTitle(QCoreApplication.translate("DashboardPage", u"Financements par financeur et par statut", None))
#if QT_CONFIG(tooltip)
        self.financers_group.setToolTip(QCoreApplication.translate("DashboardPage", u"Montants non refus\u00e9s de chaque financeur, par statut", None))
#endif // QT_CONFIG(tooltip)
        self.progress_group.setTitle(QCoreApplication.translate("DashboardPage", u"Fiches-actions par \u00e9tat d'avancement", None))
#if QT_CONFIG(tooltip)
        self.progress_group.setToolTip(QCoreApplication.translate("DashboardPage", u"Nombre de fiches dans chaque \u00e9tat", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi

