"""*Aide › Premiers pas*: the five steps from a new territory to the e-mail, on one page."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from ti_desktop.gui.forms.ui_getting_started_dialog import Ui_GettingStartedDialog


class GettingStartedDialog(QDialog):
    """A short built-in guide, in French, with the keys that save time."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_GettingStartedDialog()
        self.ui.setupUi(self)  # type: ignore[no-untyped-call]  # generated form
        close = self.ui.button_box.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("Fermer"))
        self.ui.button_box.rejected.connect(self.reject)
        self.ui.guide_browser.setHtml(self.guide_html())

    def guide_html(self) -> str:
        """The guide as HTML (the steps, then the keys)."""
        steps = [
            (
                self.tr("Créer le territoire"),
                self.tr(
                    "<i>Territoire › Nouveau territoire</i> (Ctrl+Maj+N), puis l'onglet "
                    "<b>Territoire et contrat</b> : région, départements, phase (les axes "
                    "nationaux et la période sont proposés), chef de projet et "
                    "<b>courriel du correspondant Région</b>, destinataire des envois."
                ),
            ),
            (
                self.tr("Les signataires"),
                self.tr(
                    "Onglet <b>Signataires</b> : <i>Ajouter un signataire</i>, puis tapez "
                    "directement dans les cellules. Les organisations et personnes déjà "
                    "saisies (et les partenaires habituels : Région, État, Banque des "
                    "Territoires, Bpifrance…) sont proposées : en choisir une remplit la "
                    "ligne. Des lignes copiées d'un tableur se collent avec Ctrl+V."
                ),
            ),
            (
                self.tr("Les fiches-actions"),
                self.tr(
                    "Onglet <b>Fiches-actions</b> : Ctrl+N crée une fiche ; l'intitulé, l'axe, "
                    "le maître d'ouvrage, le coût et l'avancement se tapent dans la liste. "
                    "Un tableau de suivi se colle d'un coup (Ctrl+V) avec ses en-têtes "
                    "(N°, Intitulé, Axe, Maître d'ouvrage, Coût total HT, Date de début, "
                    "Financeur, Montant, Statut, Indicateur…) : une ligne par fiche, ou par "
                    "ligne de financement en répétant la fiche. Les dates se tapent "
                    "15/03/2021, 15032021 ou 15/3/21."
                ),
            ),
            (
                self.tr("Vérifier et générer"),
                self.tr(
                    "<i>Documents › Générer le contrat</i> : avant d'écrire le document, la "
                    "liste de ce qui manque ou ne va pas (sur-financement, délibérations, "
                    "dates, axes vides…) s'affiche ; « Aller à » montre où corriger, et vous "
                    "pouvez continuer quand même. Le PDF est produit s'il est activé dans "
                    "les préférences."
                ),
            ),
            (
                self.tr("Envoyer à la Région"),
                self.tr(
                    "<i>Documents › Exporter le classeur pour la Région</i> (le territoire "
                    "courant est coché, jamais la démonstration), puis <i>Préparer un "
                    "courriel</i> : le correspondant Région est destinataire, les signataires "
                    "en copie, et tous les documents produits pour ce territoire sont joints."
                ),
            ),
        ]
        keys = [
            (self.tr("Tab / Maj+Tab"), self.tr("cellule suivante / précédente, ouverte")),
            (self.tr("Entrée"), self.tr("valider et descendre")),
            (self.tr("Taper, F2"), self.tr("modifier la cellule")),
            (self.tr("Suppr"), self.tr("vider les cellules choisies")),
            (self.tr("Ctrl+Suppr"), self.tr("supprimer les lignes choisies")),
            (self.tr("Ctrl+C / Ctrl+V"), self.tr("copier vers / coller depuis un tableur")),
            (self.tr("Ctrl+Z / Ctrl+Y"), self.tr("annuler / rétablir")),
            (self.tr("Ctrl+Tab, Ctrl+Pg Suiv"), self.tr("onglet suivant")),
            (self.tr("Ctrl+F"), self.tr("rechercher une fiche")),
        ]
        items = "".join(f"<li><b>{title}.</b> {text}</li>" for title, text in steps)
        rows = "".join(
            f"<tr><td style='padding-right:12px'><b>{key}</b></td><td>{what}</td></tr>"
            for key, what in keys
        )
        title = self.tr("Du territoire au courriel, en cinq étapes")
        keys_title = self.tr("Au clavier, comme dans un tableur")
        saved = self.tr(
            "Tout est enregistré au fur et à mesure ; chaque modification peut être annulée."
        )
        return (
            f"<h2>{title}</h2><ol>{items}</ol>"
            f"<h3>{keys_title}</h3><table>{rows}</table><p>{saved}</p>"
        )
