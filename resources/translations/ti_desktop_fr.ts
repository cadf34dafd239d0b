<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="fr">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../ui/about_dialog.ui" line="14"/>
        <source>À propos de TI Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.ui" line="52"/>
        <source>TI Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.ui" line="59"/>
        <location filename="../../ui/about_dialog.ui" line="161"/>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.ui" line="69"/>
        <source>Contrats de Territoire d&apos;industrie : fiches-actions, contrat Word et classeur pour la Région.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.ui" line="79"/>
        <source>Logiciel libre distribué sous licence GNU GPL version 3 ou ultérieure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.ui" line="106"/>
        <source>Dossier de données</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.ui" line="112"/>
        <source>Ouvrir le dossier qui contient la base par défaut, les sauvegardes et les journaux</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.ui" line="131"/>
        <source>Composants et licences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.ui" line="156"/>
        <source>Composant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.ui" line="166"/>
        <source>Licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.ui" line="174"/>
        <source>Qt et PySide6 sont utilisés sous licence LGPL version 3 : leurs bibliothèques sont livrées à part, dans le dossier du programme, et peuvent être remplacées.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/about_dialog.py" line="74"/>
        <source>À propos de %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/about_dialog.py" line="89"/>
        <source>Version %s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AmountDelegate</name>
    <message>
        <location filename="../../ti_desktop/gui/delegates.py" line="125"/>
        <source>ex. 1 234 567,89</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../../ui/backups_dialog.ui" line="6"/>
        <source>Sauvegardes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backups_dialog.ui" line="11"/>
        <source>Une sauvegarde automatique est faite chaque jour à l&apos;ouverture et gardée 7 jours ; les sauvegardes manuelles sont gardées sans limite. Restaurer remplace la base par la sauvegarde choisie, après avoir sauvegardé l&apos;état actuel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backups_dialog.ui" line="35"/>
        <source>Copier maintenant la base dans le dossier des sauvegardes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backups_dialog.ui" line="36"/>
        <source>Sauvegarder maintenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backups_dialog.ui" line="41"/>
        <source>Remplacer la base par la sauvegarde sélectionnée (l&apos;état actuel est sauvegardé avant)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backups_dialog.ui" line="42"/>
        <source>Restaurer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backups_dialog.ui" line="47"/>
        <source>Ouvrir le dossier des sauvegardes dans l&apos;explorateur de fichiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backups_dialog.ui" line="48"/>
        <source>Ouvrir le dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/dialogs/backups_dialog.py" line="56"/>
        <source>Dossier : {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/dialogs/backups_dialog.py" line="59"/>
        <source>Fermer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/dialogs/backups_dialog.py" line="107"/>
        <source>Restaurer une sauvegarde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/dialogs/backups_dialog.py" line="109"/>
        <source>Remplacer la base par la sauvegarde du {0} ?

L&apos;état actuel sera d&apos;abord sauvegardé : vous pourrez revenir en arrière.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BarChartWidget</name>
    <message>
        <location filename="../../ti_desktop/gui/widgets/bar_chart_widget.py" line="94"/>
        <source>Aucune donnée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/widgets/bar_chart_widget.py" line="259"/>
        <source>Total : {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../ui/crash_dialog.ui" line="9"/>
        <source>Erreur inattendue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crash_dialog.ui" line="22"/>
        <source>Une erreur inattendue s&apos;est produite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crash_dialog.ui" line="28"/>
        <source>TI Desktop a rencontré un problème qu&apos;il ne sait pas traiter. Les modifications déjà enregistrées sont conservées. Vous pouvez continuer à travailler ; si l&apos;erreur se répète, redémarrez le programme et signalez-la en joignant le rapport ci-dessous et le fichier journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crash_dialog.ui" line="49"/>
        <source>Détails techniques</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crash_dialog.ui" line="63"/>
        <source>Ouvrir le dossier qui contient le fichier journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crash_dialog.ui" line="64"/>
        <source>Ouvrir le dossier du journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crash_dialog.ui" line="69"/>
        <source>Copier le rapport d&apos;erreur dans le presse-papiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/crash_dialog.ui" line="70"/>
        <source>Copier le rapport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/crash_dialog.py" line="68"/>
        <location filename="../../ti_desktop/gui/crash_dialog.py" line="115"/>
        <source>Fichier journal : {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/crash_dialog.py" line="72"/>
        <source>Afficher ou masquer le rapport technique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/crash_dialog.py" line="74"/>
        <source>Fermer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/crash_dialog.py" line="95"/>
        <source>{0} erreurs inattendues se sont produites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/crash_dialog.py" line="117"/>
        <source>Rapport copié</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../ui/dashboard_page.ui" line="20"/>
        <location filename="../../ti_desktop/gui/pages/dashboard_page.py" line="126"/>
        <source>Tableau de bord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.ui" line="30"/>
        <source>Somme des coûts des fiches-actions (hors corbeille)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.ui" line="34"/>
        <location filename="../../ui/dashboard_page.ui" line="52"/>
        <location filename="../../ui/dashboard_page.ui" line="70"/>
        <location filename="../../ui/dashboard_page.ui" line="88"/>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.ui" line="39"/>
        <source>Coût total HT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.ui" line="48"/>
        <source>Financements au statut « Acquis »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.ui" line="57"/>
        <location filename="../../ti_desktop/gui/pages/dashboard_page.py" line="129"/>
        <location filename="../../ti_desktop/gui/pages/dashboard_page.py" line="142"/>
        <source>Financements acquis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.ui" line="66"/>
        <source>Coût moins tous les financements non refusés, calculé fiche par fiche</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.ui" line="75"/>
        <location filename="../../ti_desktop/gui/pages/dashboard_page.py" line="152"/>
        <location filename="../../ti_desktop/gui/pages/dashboard_page.py" line="160"/>
        <source>Reste à financer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.ui" line="84"/>
        <source>Nombre de fiches-actions hors corbeille</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.ui" line="93"/>
        <source>Fiches-actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.ui" line="103"/>
        <source>Coût et financement par axe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.ui" line="104"/>
        <source>Acquis, autres financements prévus (accord de principe, sollicité, envisagé) et reste à financer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.ui" line="110"/>
        <source>Financements par financeur et par statut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.ui" line="111"/>
        <source>Montants non refusés de chaque financeur, par statut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.ui" line="117"/>
        <source>Fiches-actions par état d&apos;avancement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard_page.ui" line="118"/>
        <source>Nombre de fiches dans chaque état</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/pages/dashboard_page.py" line="130"/>
        <source>Choisissez un territoire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/pages/dashboard_page.py" line="135"/>
        <source>Tableau de bord — {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/pages/dashboard_page.py" line="140"/>
        <source>Financements acquis ({0} du coût)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/pages/dashboard_page.py" line="147"/>
        <source>Reste à financer (sur-financement : {0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/pages/dashboard_page.py" line="154"/>
        <source>Aucune fiche-action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/pages/dashboard_page.py" line="158"/>
        <source>Acquis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/pages/dashboard_page.py" line="159"/>
        <source>Autres financements prévus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/pages/dashboard_page.py" line="179"/>
        <source>Aucun financement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/pages/dashboard_page.py" line="182"/>
        <source>Fiches</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentActions</name>
    <message>
        <location filename="../../ti_desktop/gui/actions/document_actions.py" line="49"/>
        <source>Choisissez d&apos;abord un territoire dans la liste.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/actions/document_actions.py" line="104"/>
        <source>Générer le contrat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/actions/document_actions.py" line="119"/>
        <source>Génération du contrat…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/actions/document_actions.py" line="134"/>
        <source>Choisissez d&apos;abord une fiche dans l&apos;onglet « Fiches-actions ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/actions/document_actions.py" line="140"/>
        <source>Générer la fiche-action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/actions/document_actions.py" line="160"/>
        <source>Génération de la fiche-action…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/actions/document_actions.py" line="169"/>
        <source>Document enregistré : {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/actions/document_actions.py" line="171"/>
        <source>Document enregistré</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/actions/document_actions.py" line="184"/>
        <source>Classeur Territoires d&apos;industrie - {0}.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/actions/document_actions.py" line="188"/>
        <source>Exporter le classeur pour la Région</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/actions/document_actions.py" line="199"/>
        <source>Classeur enregistré</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/actions/document_actions.py" line="203"/>
        <source>Export du classeur…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/actions/document_actions.py" line="213"/>
        <source>Importer un classeur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/actions/document_actions.py" line="219"/>
        <source>Lecture du classeur…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/actions/document_actions.py" line="254"/>
        <source>Import du classeur…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/actions/document_actions.py" line="264"/>
        <source>Vérifier un modèle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/actions/document_actions.py" line="274"/>
        <source>Vérification du modèle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/actions/document_actions.py" line="284"/>
        <source>Vérification du modèle…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmailDialog</name>
    <message>
        <location filename="../../ui/email_dialog.ui" line="6"/>
        <source>Préparer un courriel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/email_dialog.ui" line="18"/>
        <source>&amp;De :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/email_dialog.ui" line="24"/>
        <source>Votre adresse (laissez vide pour utiliser le compte par défaut de la messagerie)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/email_dialog.ui" line="29"/>
        <source>&amp;À :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/email_dialog.ui" line="11"/>
        <source>Le courriel est préparé comme un brouillon avec les documents en pièces jointes ; il s&apos;ouvre dans votre messagerie, prêt à être relu et envoyé. Mettez une adresse par ligne, ou séparez-les par des points-virgules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/email_dialog.ui" line="35"/>
        <source>Destinataires, un par ligne ou séparés par des points-virgules (proposés d&apos;après les signataires)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/email_dialog.ui" line="42"/>
        <source>&amp;Copie :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/email_dialog.ui" line="48"/>
        <source>Destinataires en copie, séparés par des points-virgules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/email_dialog.ui" line="53"/>
        <source>O&amp;bjet :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/email_dialog.ui" line="74"/>
        <source>&amp;Pièces jointes :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/email_dialog.ui" line="90"/>
        <source>Joindre d&apos;autres fichiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/email_dialog.ui" line="91"/>
        <source>Ajouter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/email_dialog.ui" line="96"/>
        <source>Retirer les fichiers sélectionnés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/email_dialog.ui" line="97"/>
        <source>Retirer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/email_dialog.ui" line="125"/>
        <source>Copier un lien « mailto: » (sans pièces jointes) si la messagerie n&apos;ouvre pas le brouillon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/email_dialog.ui" line="126"/>
        <source>Copier un lien mailto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/email_dialog.ui" line="136"/>
        <source>Enregistrer le brouillon (.eml) avec les pièces jointes et l&apos;ouvrir dans la messagerie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/email_dialog.ui" line="137"/>
        <source>Ouvrir dans la messagerie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/dialogs/email_dialog.py" line="57"/>
        <source>Annuler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/dialogs/email_dialog.py" line="81"/>
        <source>Sans adresse électronique (à compléter dans « Signataires ») : {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/dialogs/email_dialog.py" line="99"/>
        <source>Dernier courriel préparé pour ce territoire : le {0} (« {1} », {2} destinataire(s)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/dialogs/email_dialog.py" line="149"/>
        <source>Joindre des fichiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/dialogs/email_dialog.py" line="151"/>
        <source>Documents (*.docx *.pdf *.xlsx *.odt *.ods);;Tous les fichiers (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/dialogs/email_dialog.py" line="178"/>
        <source>Le brouillon a été enregistré, mais aucune messagerie ne l&apos;a ouvert : ouvrez « {0} » depuis votre messagerie, ou copiez un lien mailto.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/dialogs/email_dialog.py" line="199"/>
        <source>Lien mailto copié. Attention : il ne contient pas les pièces jointes, à ajouter à la main dans la messagerie.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FicheEditor</name>
    <message>
        <location filename="../../ui/fiche_editor.ui" line="14"/>
        <source>Fiche-action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fiche_editor.ui" line="63"/>
        <source>Fiche</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fiche_editor.ui" line="79"/>
        <source>Titre de l&apos;action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fiche_editor.ui" line="96"/>
        <source>ex. 2.3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fiche_editor.ui" line="99"/>
        <source>Numéro de la fiche, unique dans le territoire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fiche_editor.ui" line="129"/>
        <source>Qui porte l&apos;action (entreprise, EPCI, CCI…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fiche_editor.ui" line="149"/>
        <source>Un enjeu du contrat, ou un texte libre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fiche_editor.ui" line="166"/>
        <source>Nom, courriel, téléphone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fiche_editor.ui" line="183"/>
        <source>Commune, zone d&apos;activité…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fiche_editor.ui" line="190"/>
        <source>&amp;Dates :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fiche_editor.ui" line="218"/>
        <location filename="../../ui/fiche_editor.ui" line="245"/>
        <source>dd/MM/yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fiche_editor.ui" line="225"/>
        <location filename="../../ui/fiche_editor.ui" line="252"/>
        <source>Effacer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fiche_editor.ui" line="228"/>
        <source>Effacer la date de début</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fiche_editor.ui" line="235"/>
        <source>au</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fiche_editor.ui" line="255"/>
        <source>Effacer la date de fin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fiche_editor.ui" line="288"/>
        <source>ex. 1 250 000 €</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fiche_editor.ui" line="291"/>
        <source>Montant hors taxes, en euros (ex. 1 234 567,89)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fiche_editor.ui" line="325"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fiche_editor.ui" line="341"/>
        <source>Contexte et contenu de l&apos;action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fiche_editor.ui" line="361"/>
        <source>Résultats attendus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fiche_editor.ui" line="381"/>
        <source>Partenaires associés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fiche_editor.ui" line="392"/>
        <location filename="../../ti_desktop/gui/pages/fiche_editor.py" line="459"/>
        <source>Financement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fiche_editor.ui" line="418"/>
        <source>Ajouter une ligne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fiche_editor.ui" line="421"/>
        <source>Ajouter une ligne au plan de financement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fiche_editor.ui" line="428"/>
        <source>Supprimer la ligne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fiche_editor.ui" line="431"/>
        <source>Supprimer la ligne sélectionnée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fiche_editor.ui" line="459"/>
        <source>Coût total HT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fiche_editor.ui" line="476"/>
        <source>Total prévu (hors refusés)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fiche_editor.ui" line="493"/>
        <source>dont acquis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fiche_editor.ui" line="510"/>
        <source>Reste à financer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fiche_editor.ui" line="561"/>
        <source>Indicateurs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fiche_editor.ui" line="585"/>
        <source>Ajouter un indicateur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fiche_editor.ui" line="588"/>
        <source>Ajouter un indicateur de suivi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fiche_editor.ui" line="595"/>
        <source>Supprimer l&apos;indicateur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fiche_editor.ui" line="598"/>
        <source>Supprimer l&apos;indicateur sélectionné</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fiche_editor.ui" line="621"/>
        <source>Suivi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fiche_editor.ui" line="637"/>
        <source>Dérogation ou simplification demandée (facultatif)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fiche_editor.ui" line="667"/>
        <source>Ces notes restent dans votre base : elles ne sont jamais exportées (ni dans les documents, ni dans le classeur Région).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fiche_editor.ui" line="657"/>
        <source>Vos notes de travail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fiche_editor.ui" line="681"/>
        <source>Sélectionnez une fiche dans la liste, ou créez-en une avec « Nouvelle fiche » (Ctrl+N).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/pages/fiche_editor.py" line="349"/>
        <source>(aucun axe)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/pages/fiche_editor.py" line="367"/>
        <source>Fiche {0} — {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/pages/fiche_editor.py" line="369"/>
        <source> (dans la corbeille)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/pages/fiche_editor.py" line="433"/>
        <source>non renseigné</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/pages/fiche_editor.py" line="448"/>
        <source>⚠ Sur-financement : les financements prévus ({0}) dépassent le coût total HT ({1}) de {2}. Corrigez un montant ou le coût.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/pages/fiche_editor.py" line="459"/>
        <source>Financement ⚠</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/pages/fiche_editor.py" line="466"/>
        <source>À compléter avant envoi : {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/pages/fiche_editor.py" line="469"/>
        <source>✓ Fiche complète, prête à être envoyée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/pages/fiche_editor.py" line="504"/>
        <source>Modifier {0} de la fiche {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/pages/fiche_editor.py" line="615"/>
        <source>les dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/pages/fiche_editor.py" line="636"/>
        <source>Ajouter une ligne de financement à la fiche {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/pages/fiche_editor.py" line="648"/>
        <source>Supprimer la ligne « {0} » de la fiche {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/pages/fiche_editor.py" line="659"/>
        <source>Ajouter un indicateur à la fiche {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/pages/fiche_editor.py" line="671"/>
        <source>Supprimer l&apos;indicateur « {0} » de la fiche {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/pages/fiche_editor.py" line="684"/>
        <location filename="../../ti_desktop/gui/pages/fiche_editor.py" line="713"/>
        <source>Modifier une ligne de financement de la fiche {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/pages/fiche_editor.py" line="698"/>
        <source>Ajouter le financeur « {0} »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/pages/fiche_editor.py" line="703"/>
        <source>Ajouter le financeur « {0} » à la liste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/pages/fiche_editor.py" line="728"/>
        <source>Modifier un indicateur de la fiche {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FicheTableModel</name>
    <message>
        <location filename="../../ti_desktop/gui/models/fiche_table_model.py" line="104"/>
        <source>Coût HT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/models/fiche_table_model.py" line="105"/>
        <source>Acquis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/models/fiche_table_model.py" line="106"/>
        <source>% financé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/models/fiche_table_model.py" line="184"/>
        <source>Part du coût couverte par les financements prévus (hors refusés)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/models/fiche_table_model.py" line="216"/>
        <source>Sur-financement : les financements prévus dépassent le coût</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FichesPage</name>
    <message>
        <location filename="../../ui/fiches_page.ui" line="14"/>
        <source>Fiches-actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fiches_page.ui" line="38"/>
        <source>Filtrer par axe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fiches_page.ui" line="51"/>
        <source>Filtrer par état d&apos;avancement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fiches_page.ui" line="64"/>
        <source>Fiches ayant au moins une ligne de ce financeur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fiches_page.ui" line="77"/>
        <source>Fiches ayant au moins une ligne à ce statut de financement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fiches_page.ui" line="90"/>
        <source>Tout afficher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fiches_page.ui" line="93"/>
        <source>Effacer la recherche et tous les filtres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fiches_page.ui" line="209"/>
        <source>Corbeille : les fiches supprimées de ce territoire. Sélectionnez-en une puis cliquez sur « Restaurer ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/pages/fiches_page.py" line="111"/>
        <source>Nouvelle fiche</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/pages/fiches_page.py" line="113"/>
        <source>Créer une fiche-action dans l&apos;axe filtré ou celui de la fiche choisie (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/pages/fiches_page.py" line="120"/>
        <source>Dupliquer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/pages/fiches_page.py" line="121"/>
        <source>Copier la fiche choisie avec son financement et ses indicateurs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/pages/fiches_page.py" line="126"/>
        <source>Mettre à la corbeille</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/pages/fiches_page.py" line="127"/>
        <source>Mettre la fiche choisie à la corbeille (Suppr) — annulable, et restaurable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/pages/fiches_page.py" line="136"/>
        <source>Corbeille</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/pages/fiches_page.py" line="137"/>
        <source>Afficher les fiches mises à la corbeille pour en restaurer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/pages/fiches_page.py" line="143"/>
        <source>Restaurer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/pages/fiches_page.py" line="144"/>
        <source>Sortir la fiche choisie de la corbeille</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/pages/fiches_page.py" line="149"/>
        <source>Monter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/pages/fiches_page.py" line="150"/>
        <source>Placer la fiche avant la précédente dans la liste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/pages/fiches_page.py" line="156"/>
        <source>Descendre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/pages/fiches_page.py" line="157"/>
        <source>Placer la fiche après la suivante dans la liste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/pages/fiches_page.py" line="163"/>
        <source>Renuméroter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/pages/fiches_page.py" line="164"/>
        <source>Numéroter les fiches 1.1, 1.2… par axe, dans l&apos;ordre de la liste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/pages/fiches_page.py" line="168"/>
        <source>Rechercher une fiche</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/pages/fiches_page.py" line="170"/>
        <source>Aller au champ de recherche (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/pages/fiches_page.py" line="199"/>
        <source>Rechercher : {0}… (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/pages/fiches_page.py" line="298"/>
        <source>Axe : tous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/pages/fiches_page.py" line="299"/>
        <source>Avancement : tous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/pages/fiches_page.py" line="300"/>
        <source>Financeur : tous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/pages/fiches_page.py" line="301"/>
        <source>Statut : tous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/pages/fiches_page.py" line="407"/>
        <source>La corbeille est vide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/pages/fiches_page.py" line="409"/>
        <source>{0} dans la corbeille</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/pages/fiches_page.py" line="413"/>
        <source>1 fiche affichée sur {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/pages/fiches_page.py" line="415"/>
        <source>{0} fiches affichées sur {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/pages/fiches_page.py" line="419"/>
        <source>coût {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/pages/fiches_page.py" line="420"/>
        <source>acquis {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/pages/fiches_page.py" line="428"/>
        <source>Choisissez un territoire pour voir ses fiches-actions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/pages/fiches_page.py" line="430"/>
        <source>La corbeille est vide : aucune fiche supprimée dans ce territoire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/pages/fiches_page.py" line="433"/>
        <source>Sélectionnez une fiche de la corbeille, puis cliquez sur « Restaurer ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/pages/fiches_page.py" line="437"/>
        <source>Aucune fiche-action pour ce territoire : créez la première avec « Nouvelle fiche » (Ctrl+N).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/pages/fiches_page.py" line="442"/>
        <source>Aucune fiche ne correspond à la recherche et aux filtres : cliquez sur « Tout afficher ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/pages/fiches_page.py" line="446"/>
        <source>Sélectionnez une fiche dans la liste, ou créez-en une avec « Nouvelle fiche » (Ctrl+N).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/pages/fiches_page.py" line="451"/>
        <source>1 fiche</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/pages/fiches_page.py" line="451"/>
        <source>{0} fiches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/pages/fiches_page.py" line="542"/>
        <source>Créer la fiche {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/pages/fiches_page.py" line="564"/>
        <source>Dupliquer la fiche {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/pages/fiches_page.py" line="589"/>
        <source>Mettre la fiche {0} à la corbeille</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/pages/fiches_page.py" line="607"/>
        <source>Restaurer la fiche {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/pages/fiches_page.py" line="637"/>
        <source>Monter la fiche {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/pages/fiches_page.py" line="637"/>
        <source>Descendre la fiche {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/pages/fiches_page.py" line="665"/>
        <source>Renuméroter les fiches</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <location filename="../../ti_desktop/gui/actions/file_actions.py" line="52"/>
        <source>Bases TI Desktop (*{0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/actions/file_actions.py" line="67"/>
        <source>Nouvelle base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/actions/file_actions.py" line="73"/>
        <source>« {0} » existe déjà : utilisez Fichier › Ouvrir pour l&apos;ouvrir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/actions/file_actions.py" line="82"/>
        <source>Ouvrir une base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/actions/file_actions.py" line="89"/>
        <source>Enregistrer une copie de la base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/actions/file_actions.py" line="93"/>
        <source>Choisissez un autre fichier que la base ouverte.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/actions/file_actions.py" line="99"/>
        <source>Copie impossible vers « {0} » : {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/actions/file_actions.py" line="101"/>
        <source>Copie enregistrée : {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/actions/file_actions.py" line="111"/>
        <source>Aucun fichier récent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/actions/file_actions.py" line="143"/>
        <source>Sauvegarde restaurée ; l&apos;état remplacé est gardé dans {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FinancerDelegate</name>
    <message>
        <location filename="../../ti_desktop/gui/delegates.py" line="197"/>
        <source>Nouveau financeur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/delegates.py" line="198"/>
        <source>« {0} » n&apos;est pas dans la liste des financeurs. L&apos;y ajouter ?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FinancingTableModel</name>
    <message>
        <location filename="../../ti_desktop/gui/models/financing_table_model.py" line="62"/>
        <source>Part du coût</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/models/financing_table_model.py" line="82"/>
        <location filename="../../ti_desktop/gui/models/financing_table_model.py" line="110"/>
        <source>Part du coût total HT apportée par cette ligne</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <location filename="../../ui/import_preview_dialog.ui" line="6"/>
        <source>Aperçu de l&apos;import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_preview_dialog.ui" line="21"/>
        <source>Ce qui sera importé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_preview_dialog.ui" line="40"/>
        <source>Erreurs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_preview_dialog.ui" line="62"/>
        <source>Copier la liste des erreurs (à coller dans un courriel ou un tableur)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_preview_dialog.ui" line="63"/>
        <source>Copier les erreurs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_preview_dialog.ui" line="71"/>
        <source>Avertissements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_preview_dialog.ui" line="91"/>
        <source>Écrire ces données dans la base, en une seule fois</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/import_preview_dialog.ui" line="92"/>
        <source>Importer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/dialogs/import_preview_dialog.py" line="53"/>
        <source>Annuler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/dialogs/import_preview_dialog.py" line="63"/>
        <source>Classeur : {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/dialogs/import_preview_dialog.py" line="69"/>
        <source>Nouveaux financeurs ajoutés à la liste : {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/dialogs/import_preview_dialog.py" line="78"/>
        <source>Erreurs ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/dialogs/import_preview_dialog.py" line="79"/>
        <source>Avertissements ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/dialogs/import_preview_dialog.py" line="90"/>
        <source>{0} erreur(s) dans le classeur. Aucune donnée ne sera importée tant que ces erreurs ne sont pas corrigées : corrigez le classeur dans Excel puis importez-le de nouveau.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/dialogs/import_preview_dialog.py" line="99"/>
        <source>Aucune donnée ne sera importée tant que ces erreurs ne sont pas corrigées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/dialogs/import_preview_dialog.py" line="105"/>
        <source>Le classeur est valide. Vérifiez ci-dessous ce qui sera créé ou mis à jour, puis cliquez sur « Importer ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/dialogs/import_preview_dialog.py" line="132"/>
        <source>Erreurs copiées</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.ui" line="6"/>
        <source>TI Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="25"/>
        <source>&lt;b&gt;Territoires&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="30"/>
        <source>Filtrer les territoires…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="47"/>
        <location filename="../../ui/main_window.ui" line="194"/>
        <source>Ajouter un territoire à la base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="48"/>
        <source>Ajouter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="53"/>
        <location filename="../../ui/main_window.ui" line="202"/>
        <source>Mettre le territoire sélectionné à la corbeille (annulable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="54"/>
        <source>Supprimer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="59"/>
        <location filename="../../ui/main_window.ui" line="206"/>
        <source>Voir les territoires supprimés et en restaurer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="60"/>
        <source>Corbeille</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="72"/>
        <source>Aucun territoire sélectionné.

Choisissez un territoire dans la liste, ou cliquez sur « Ajouter » pour en créer un.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="89"/>
        <source>Territoire de démonstration : ses données sont fictives. Modifiez-le pour essayer, ou mettez-le à la corbeille.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="109"/>
        <source>&amp;Fichier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="111"/>
        <source>Fichiers &amp;récents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="124"/>
        <source>&amp;Édition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="128"/>
        <source>&amp;Territoire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="136"/>
        <source>F&amp;iches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="139"/>
        <source>&amp;Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="151"/>
        <source>&amp;Aide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="163"/>
        <source>Nouvelle base…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="164"/>
        <source>Créer une base de données vide dans un nouveau fichier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="167"/>
        <source>Ouvrir…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="168"/>
        <source>Ouvrir une autre base de données</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="171"/>
        <source>Enregistrer une copie…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="172"/>
        <source>Enregistrer une copie de la base sous un autre nom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="175"/>
        <source>Sauvegardes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="176"/>
        <source>Voir les sauvegardes automatiques et en restaurer une</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="179"/>
        <source>Ouvrir le dossier de données</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="180"/>
        <source>Ouvrir le dossier qui contient la base, les sauvegardes et le journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="183"/>
        <source>Quitter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="184"/>
        <source>Fermer TI Desktop (tout est déjà enregistré)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="188"/>
        <source>Préférences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="189"/>
        <source>Modèles de documents et génération des PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="193"/>
        <source>Nouveau territoire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="197"/>
        <source>Renommer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="198"/>
        <source>Renommer le territoire sélectionné</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="201"/>
        <source>Mettre à la corbeille</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="205"/>
        <source>Corbeille des territoires…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="209"/>
        <source>Générer le contrat…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="210"/>
        <source>Produire le contrat au format Word (et PDF si LibreOffice est installé)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="213"/>
        <source>Générer la fiche…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="214"/>
        <source>Produire la fiche-action sélectionnée au format Word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="217"/>
        <source>Exporter le classeur pour la Région…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="218"/>
        <source>Produire le classeur Excel attendu par la Région</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="221"/>
        <source>Importer un classeur…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="222"/>
        <source>Lire un classeur Excel : aperçu des changements avant tout enregistrement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="225"/>
        <source>Vérifier un modèle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="226"/>
        <source>Vérifier qu&apos;un modèle Word peut être utilisé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="229"/>
        <source>Préparer un courriel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="230"/>
        <source>Préparer un courriel avec les documents générés en pièces jointes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="233"/>
        <source>À propos de TI Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="234"/>
        <source>Version, dossier de données et licences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/main_window.py" line="103"/>
        <source>Aucune modification depuis l&apos;ouverture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/main_window.py" line="146"/>
        <source>Annuler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/main_window.py" line="148"/>
        <source>Rétablir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/main_window.py" line="171"/>
        <source>Territoire et contrat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/main_window.py" line="173"/>
        <source>Signataires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/main_window.py" line="176"/>
        <source>Fiches-actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/main_window.py" line="184"/>
        <source>Tableau de bord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/main_window.py" line="256"/>
        <source>Base ouverte : {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/main_window.py" line="364"/>
        <source>Enregistré à {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/main_window.py" line="378"/>
        <source>Une tâche est encore en cours : réessayez de fermer dans un instant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/main_window.py" line="368"/>
        <source>Dernière modification NON enregistrée</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../ui/preferences_dialog.ui" line="6"/>
        <source>Préférences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.ui" line="10"/>
        <source>Modèles Word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.ui" line="15"/>
        <source>Une Région peut utiliser son propre modèle de contrat ou de fiche-action. Vérifiez-le avant de générer : les variables inconnues et les erreurs de syntaxe sont signalées.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.ui" line="22"/>
        <source>&amp;Contrat :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.ui" line="29"/>
        <source>Modèle utilisé pour générer le contrat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.ui" line="34"/>
        <location filename="../../ui/preferences_dialog.ui" line="64"/>
        <source>Choisir un modèle Word (.docx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.ui" line="35"/>
        <location filename="../../ui/preferences_dialog.ui" line="65"/>
        <source>Choisir…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.ui" line="40"/>
        <location filename="../../ui/preferences_dialog.ui" line="70"/>
        <source>Revenir au modèle fourni avec TI Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.ui" line="41"/>
        <location filename="../../ui/preferences_dialog.ui" line="71"/>
        <source>Modèle fourni</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.ui" line="46"/>
        <location filename="../../ui/preferences_dialog.ui" line="76"/>
        <source>Vérifier que le modèle peut produire un document (variables, syntaxe, essai)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.ui" line="47"/>
        <location filename="../../ui/preferences_dialog.ui" line="77"/>
        <source>Vérifier le modèle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.ui" line="52"/>
        <source>&amp;Fiche-action :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.ui" line="59"/>
        <source>Modèle utilisé pour générer une fiche-action seule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.ui" line="92"/>
        <source>PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.ui" line="96"/>
        <source>Après chaque document Word, produire le même document en PDF (nécessite LibreOffice)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.ui" line="97"/>
        <source>Produire aussi un &amp;PDF à côté de chaque document Word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/dialogs/preferences_dialog.py" line="51"/>
        <source>Annuler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/dialogs/preferences_dialog.py" line="74"/>
        <source>LibreOffice est introuvable : seuls les documents Word seront produits. Installez LibreOffice (gratuit, libreoffice.org) pour obtenir aussi les PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/dialogs/preferences_dialog.py" line="125"/>
        <source>Documents Word (*.docx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/dialogs/preferences_dialog.py" line="68"/>
        <source>LibreOffice trouvé : {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/dialogs/preferences_dialog.py" line="82"/>
        <source>Modèle fourni ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/dialogs/preferences_dialog.py" line="104"/>
        <source>✔ Le modèle « {0} » peut être utilisé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/dialogs/preferences_dialog.py" line="106"/>
        <source>✘ Le modèle « {0} » ne peut pas être utilisé en l&apos;état.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/dialogs/preferences_dialog.py" line="114"/>
        <source>Fichier : {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/dialogs/preferences_dialog.py" line="135"/>
        <source>Vérification de « {0} »…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/dialogs/preferences_dialog.py" line="143"/>
        <source>Vérification du modèle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/dialogs/preferences_dialog.py" line="151"/>
        <source>Choisir le modèle de contrat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/dialogs/preferences_dialog.py" line="159"/>
        <source>Choisir le modèle de fiche-action</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignatoriesPage</name>
    <message>
        <location filename="../../ui/signatories_page.ui" line="7"/>
        <source>Les signataires apparaissent dans le contrat dans cet ordre, groupe par groupe. Double-cliquez sur une cellule pour la modifier ; les personnes d&apos;une même organisation la co-représentent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/signatories_page.ui" line="8"/>
        <location filename="../../ti_desktop/gui/pages/signatories_page.py" line="227"/>
        <source>Ajouter un signataire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/signatories_page.ui" line="8"/>
        <source>Ajouter un signataire au groupe choisi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/signatories_page.ui" line="8"/>
        <location filename="../../ti_desktop/gui/pages/signatories_page.py" line="246"/>
        <source>Ajouter un co-représentant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/signatories_page.ui" line="8"/>
        <source>Ajouter une personne qui signe pour la même organisation que la ligne sélectionnée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/signatories_page.ui" line="8"/>
        <source>Retirer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/signatories_page.ui" line="8"/>
        <source>Retirer le signataire sélectionné (annulable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/signatories_page.ui" line="8"/>
        <source>Monter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/signatories_page.ui" line="8"/>
        <source>Monter le signataire sélectionné d&apos;un rang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/signatories_page.ui" line="8"/>
        <source>Descendre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/signatories_page.ui" line="8"/>
        <source>Descendre le signataire sélectionné d&apos;un rang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/signatories_page.ui" line="10"/>
        <source>Intercommunalités</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/signatories_page.ui" line="11"/>
        <source>Partenaires publics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/signatories_page.ui" line="12"/>
        <source>Partenaires économiques et industriels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/pages/signatories_page.py" line="82"/>
        <source>Une intercommunalité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/pages/signatories_page.py" line="83"/>
        <source>Un partenaire public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/pages/signatories_page.py" line="86"/>
        <source>Un partenaire économique ou industriel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/pages/signatories_page.py" line="260"/>
        <source>Retirer « {0} »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/pages/signatories_page.py" line="296"/>
        <source>Modifier {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/pages/signatories_page.py" line="279"/>
        <source>Changer l&apos;ordre des signataires</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignatoryTableModel</name>
    <message>
        <location filename="../../ti_desktop/gui/models/signatory_table_model.py" line="111"/>
        <source>Co-représentant(e) de « {0} »</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <location filename="../../ti_desktop/gui/tasks.py" line="160"/>
        <source>Annuler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/tasks.py" line="183"/>
        <source>Annulation en cours…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TerritoryActions</name>
    <message>
        <location filename="../../ti_desktop/gui/actions/territory_actions.py" line="48"/>
        <location filename="../../ti_desktop/gui/actions/territory_actions.py" line="50"/>
        <source>Nouveau territoire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/actions/territory_actions.py" line="50"/>
        <source>Nom du territoire :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/actions/territory_actions.py" line="60"/>
        <source>Créer le territoire « {0} »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/actions/territory_actions.py" line="84"/>
        <source>Renommer le territoire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/actions/territory_actions.py" line="84"/>
        <source>Nom :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/actions/territory_actions.py" line="88"/>
        <source>Renommer « {0} »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/actions/territory_actions.py" line="116"/>
        <source>Mettre « {0} » à la corbeille</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/actions/territory_actions.py" line="121"/>
        <source>« {0} » est dans la corbeille (Ctrl+Z pour annuler).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/actions/territory_actions.py" line="131"/>
        <source>Restaurer « {0} »</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TerritoryListModel</name>
    <message>
        <location filename="../../ti_desktop/gui/models/territory_list_model.py" line="55"/>
        <source>Région non renseignée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/models/territory_list_model.py" line="57"/>
        <source>Territoire de démonstration : modifiez-le ou supprimez-le.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TerritoryPage</name>
    <message>
        <location filename="../../ui/territory_page.ui" line="9"/>
        <source>Territoire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/territory_page.ui" line="9"/>
        <source>Nom du territoire tel qu&apos;il figure dans le contrat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/territory_page.ui" line="9"/>
        <source>Grand Est</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/territory_page.ui" line="9"/>
        <source>Aube (10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/territory_page.ui" line="9"/>
        <source>Prénom Nom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/territory_page.ui" line="9"/>
        <source>prenom.nom@exemple.fr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/territory_page.ui" line="9"/>
        <source>03 25 00 00 00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/territory_page.ui" line="9"/>
        <source>binôme élu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/territory_page.ui" line="9"/>
        <source>binôme industriel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/territory_page.ui" line="9"/>
        <source>Notes internes (non exportées)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/territory_page.ui" line="9"/>
        <source>prenom.nom@region.fr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/territory_page.ui" line="10"/>
        <source>Contrat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/territory_page.ui" line="10"/>
        <source>non renseignée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/territory_page.ui" line="10"/>
        <source>à</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/territory_page.ui" line="10"/>
        <source>jj/mm/aaaa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/territory_page.ui" line="10"/>
        <source>Troyes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/territory_page.ui" line="10"/>
        <source>Délibération n° …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/territory_page.ui" line="11"/>
        <source>Enjeux locaux (dans l&apos;ordre du contrat)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/territory_page.ui" line="11"/>
        <location filename="../../ui/territory_page.ui" line="12"/>
        <source>Ajouter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/territory_page.ui" line="11"/>
        <location filename="../../ti_desktop/gui/pages/territory_page.py" line="537"/>
        <source>Ajouter un enjeu local</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/territory_page.ui" line="11"/>
        <location filename="../../ui/territory_page.ui" line="12"/>
        <source>Retirer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/territory_page.ui" line="11"/>
        <source>Retirer un enjeu local sélectionné(e)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/territory_page.ui" line="11"/>
        <location filename="../../ui/territory_page.ui" line="12"/>
        <source>Monter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/territory_page.ui" line="11"/>
        <location filename="../../ui/territory_page.ui" line="12"/>
        <source>Monter d&apos;un rang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/territory_page.ui" line="11"/>
        <location filename="../../ui/territory_page.ui" line="12"/>
        <source>Descendre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/territory_page.ui" line="11"/>
        <location filename="../../ui/territory_page.ui" line="12"/>
        <source>Descendre d&apos;un rang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/territory_page.ui" line="12"/>
        <source>Axes stratégiques</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/territory_page.ui" line="12"/>
        <location filename="../../ti_desktop/gui/pages/territory_page.py" line="583"/>
        <source>Ajouter un axe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/territory_page.ui" line="12"/>
        <source>Retirer un axe sélectionné(e)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/territory_page.ui" line="12"/>
        <source>Axes nationaux…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/territory_page.ui" line="12"/>
        <source>Remplacer les axes par ceux de la phase choisie (annulable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/territory_page.ui" line="13"/>
        <source>Textes du contrat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/territory_page.ui" line="13"/>
        <source>Contexte du programme et principes du contrat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/territory_page.ui" line="13"/>
        <source>Périmètre, diagnostic, atouts industriels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/territory_page.ui" line="13"/>
        <source>Enjeux et stratégie du territoire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/territory_page.ui" line="13"/>
        <source>Binôme élu–industriel, comités, chef de projet, suivi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/pages/territory_page.py" line="256"/>
        <source>1 fiche</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/pages/territory_page.py" line="411"/>
        <source>Axes de la phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/pages/territory_page.py" line="420"/>
        <source>Les fiches gardent l&apos;axe de même rang. Vous pourrez annuler (Ctrl+Z).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/pages/territory_page.py" line="423"/>
        <source>Remplacer les axes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/pages/territory_page.py" line="424"/>
        <source>Garder les axes actuels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/pages/territory_page.py" line="448"/>
        <source>Appliquer les axes nationaux</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/pages/territory_page.py" line="553"/>
        <source>Retirer un enjeu local</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/pages/territory_page.py" line="485"/>
        <source>Changer l&apos;ordre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/pages/territory_page.py" line="256"/>
        <source>{0} fiches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/pages/territory_page.py" line="329"/>
        <source>Modifier {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/pages/territory_page.py" line="413"/>
        <source>Remplacer les axes du territoire par les axes nationaux de « {0} » ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/pages/territory_page.py" line="568"/>
        <source>Renommer un enjeu local</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/pages/territory_page.py" line="597"/>
        <source>Retirer un axe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/pages/territory_page.py" line="611"/>
        <source>Renommer un axe</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TerritoryTrashDialog</name>
    <message>
        <location filename="../../ti_desktop/gui/dialogs/territory_trash_dialog.py" line="28"/>
        <source>Corbeille des territoires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/dialogs/territory_trash_dialog.py" line="38"/>
        <source>Restaurer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/dialogs/territory_trash_dialog.py" line="40"/>
        <source>Remettre le territoire sélectionné dans la liste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/dialogs/territory_trash_dialog.py" line="60"/>
        <source>La corbeille est vide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/dialogs/territory_trash_dialog.py" line="62"/>
        <source>Territoires supprimés : choisissez-en un puis « Restaurer ».</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>edit</name>
    <message>
        <location filename="../../ti_desktop/gui/delegates.py" line="66"/>
        <source>JJ/MM/AAAA — Suppr pour effacer la date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
