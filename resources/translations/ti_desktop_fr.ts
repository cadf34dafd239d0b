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
        <location filename="../../ti_desktop/gui/delegates.py" line="232"/>
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
        <location filename="../../ti_desktop/gui/dialogs/backups_dialog.py" line="66"/>
        <source>Dossier : {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/dialogs/backups_dialog.py" line="69"/>
        <source>Fermer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/dialogs/backups_dialog.py" line="72"/>
        <source>Base endommagée — sauvegardes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/dialogs/backups_dialog.py" line="78"/>
        <source>Choisissez une sauvegarde intacte puis « Restaurer… » : la base endommagée est gardée à part, elle n&apos;est pas effacée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/dialogs/backups_dialog.py" line="85"/>
        <source>Ne pas restaurer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/dialogs/backups_dialog.py" line="134"/>
        <source>Restaurer une sauvegarde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/dialogs/backups_dialog.py" line="136"/>
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
    <name>ChecksDialog</name>
    <message>
        <location filename="../../ui/checks_dialog.ui" line="6"/>
        <source>Vérification avant envoi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checks_dialog.ui" line="20"/>
        <source>Où</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checks_dialog.ui" line="21"/>
        <source>À revoir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checks_dialog.ui" line="28"/>
        <source>&amp;Aller à</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checks_dialog.ui" line="29"/>
        <source>Afficher l&apos;endroit où corriger le point choisi (double-clic ou Entrée)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checks_dialog.ui" line="34"/>
        <source>&amp;Vérifier à nouveau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checks_dialog.ui" line="42"/>
        <source>&amp;Continuer quand même</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checks_dialog.ui" line="47"/>
        <source>&amp;Fermer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/dialogs/checks_dialog.py" line="55"/>
        <source>{0} quand même</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/dialogs/checks_dialog.py" line="93"/>
        <source>✓ Rien à signaler : le territoire est complet et cohérent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/dialogs/checks_dialog.py" line="97"/>
        <source>1 point à revoir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/dialogs/checks_dialog.py" line="99"/>
        <source>{0} points à revoir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/dialogs/checks_dialog.py" line="103"/>
        <source>, dont 1 incohérence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/dialogs/checks_dialog.py" line="105"/>
        <source>, dont {0} incohérences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/dialogs/checks_dialog.py" line="108"/>
        <source>Double-cliquez sur un point pour aller le corriger ; vous pouvez aussi continuer tel quel.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ColumnMappingTableModel</name>
    <message>
        <location filename="../../ti_desktop/gui/models/column_mapping_table_model.py" line="34"/>
        <source>Col.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/models/column_mapping_table_model.py" line="35"/>
        <source>En-tête du tableau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/models/column_mapping_table_model.py" line="36"/>
        <source>Exemples de valeurs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/models/column_mapping_table_model.py" line="37"/>
        <source>Devient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/models/column_mapping_table_model.py" line="38"/>
        <source>Origine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/models/column_mapping_table_model.py" line="85"/>
        <source>Double-cliquez pour choisir le champ de cette colonne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/models/column_mapping_table_model.py" line="101"/>
        <source>(sans en-tête)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/models/column_mapping_table_model.py" line="108"/>
        <source> (en k€ × 1 000)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/models/column_mapping_table_model.py" line="110"/>
        <source> (× {0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/models/column_mapping_table_model.py" line="132"/>
        <source>choisie</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictCard</name>
    <message>
        <location filename="../../ui/conflict_card.ui" line="26"/>
        <source>Champ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/conflict_card.ui" line="27"/>
        <source>Version commune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/conflict_card.ui" line="28"/>
        <source>La mienne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/conflict_card.ui" line="29"/>
        <source>Celle du serveur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/conflict_card.ui" line="42"/>
        <source>Votre version sera publiée à la place de celle du serveur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/conflict_card.ui" line="43"/>
        <source>Garder la mienne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/conflict_card.ui" line="48"/>
        <source>La version du serveur remplace la vôtre sur ce poste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/conflict_card.ui" line="49"/>
        <source>Garder celle du serveur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/conflict_card.ui" line="54"/>
        <source>Corriger votre version (colonne « La mienne »), puis l&apos;enregistrer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/conflict_card.ui" line="55"/>
        <source>Modifier…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/conflict_card.ui" line="60"/>
        <source>Enregistrer ma version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/conflict_card.ui" line="70"/>
        <source>Laisser ce conflit pour plus tard (la publication attend votre décision)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/conflict_card.ui" line="71"/>
        <source>Décider plus tard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/sync/conflicts_dialog.py" line="67"/>
        <source>Renuméroter la mienne…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/sync/conflicts_dialog.py" line="74"/>
        <source> — côté serveur : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/sync/conflicts_dialog.py" line="78"/>
        <source>, le %1 à %2 (heure du serveur)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/sync/conflicts_dialog.py" line="92"/>
        <source>(aucune)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/sync/conflicts_dialog.py" line="215"/>
        <source>Tapez le nouveau numéro de votre fiche.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <location filename="../../ui/conflicts_dialog.ui" line="6"/>
        <source>Conflits avec le serveur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/conflicts_dialog.ui" line="11"/>
        <source>Ces fiches ou éléments ont changé ici et sur le serveur depuis votre dernière récupération. Rien n&apos;a été fusionné ni écrasé : choisissez pour chacun la version à garder. Votre choix sera publié à la prochaine publication.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/conflicts_dialog.ui" line="28"/>
        <source>Garder votre version de chaque conflit affiché</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/conflicts_dialog.ui" line="29"/>
        <source>Garder toutes les miennes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/conflicts_dialog.ui" line="34"/>
        <source>Garder la version du serveur de chaque conflit affiché</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/conflicts_dialog.ui" line="35"/>
        <source>Garder toutes celles du serveur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/sync/conflicts_dialog.py" line="245"/>
        <source>Fermer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/sync/conflicts_dialog.py" line="276"/>
        <source>Aucun conflit : tout est décidé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/sync/conflicts_dialog.py" line="278"/>
        <source>1 conflit à décider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/sync/conflicts_dialog.py" line="280"/>
        <source>%1 conflits à décider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/sync/conflicts_dialog.py" line="282"/>
        <source> · %1 reporté(s) à plus tard</source>
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
    <name>DateLineEdit</name>
    <message>
        <location filename="../../ti_desktop/gui/widgets/date_line_edit.py" line="84"/>
        <source>JJ/MM/AAAA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/widgets/date_line_edit.py" line="92"/>
        <source>Choisir dans le calendrier (Alt+Bas)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/widgets/date_line_edit.py" line="99"/>
        <source>Date {0} ; aussi 15032021, 15/3/21 ou 2021-03-15 ; vide : pas de date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentActions</name>
    <message>
        <location filename="../../ti_desktop/gui/actions/document_actions.py" line="78"/>
        <source>Choisissez d&apos;abord un territoire dans la liste.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/actions/document_actions.py" line="154"/>
        <location filename="../../ti_desktop/gui/actions/document_actions.py" line="163"/>
        <source>Générer le contrat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/actions/document_actions.py" line="190"/>
        <source>Génération du contrat…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/actions/document_actions.py" line="205"/>
        <source>Choisissez d&apos;abord une fiche dans l&apos;onglet « Fiches-actions ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/actions/document_actions.py" line="211"/>
        <source>Générer la fiche-action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/actions/document_actions.py" line="239"/>
        <source>Génération de la fiche-action…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/actions/document_actions.py" line="252"/>
        <source>Document enregistré : {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/actions/document_actions.py" line="254"/>
        <source>Document enregistré</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/actions/document_actions.py" line="273"/>
        <source>La base ne contient aucun territoire à exporter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/actions/document_actions.py" line="288"/>
        <source>Exporter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/actions/document_actions.py" line="296"/>
        <source>Classeur Territoires d&apos;industrie - {0}.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/actions/document_actions.py" line="300"/>
        <source>Classeur {0} - {1}.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/actions/document_actions.py" line="304"/>
        <source>Exporter le classeur pour la Région</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/actions/document_actions.py" line="319"/>
        <source>Classeur enregistré</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/actions/document_actions.py" line="332"/>
        <source>Export du classeur…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/actions/document_actions.py" line="342"/>
        <source>Importer un classeur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/actions/document_actions.py" line="348"/>
        <source>Lecture du classeur…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/actions/document_actions.py" line="390"/>
        <source>Import du classeur…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/actions/document_actions.py" line="400"/>
        <source>Vérifier un modèle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/actions/document_actions.py" line="410"/>
        <source>Vérification du modèle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/actions/document_actions.py" line="420"/>
        <source>Vérification du modèle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/actions/document_actions.py" line="432"/>
        <source>Préparer le courriel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Démarrage</name>
    <message>
        <location filename="../../ti_desktop/gui/app.py" line="101"/>
        <location filename="../../ti_desktop/gui/app.py" line="136"/>
        <source>Ouvrir un autre fichier…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/app.py" line="105"/>
        <location filename="../../ti_desktop/gui/app.py" line="140"/>
        <source>Quitter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/app.py" line="112"/>
        <source>Ouvrir une base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/app.py" line="129"/>
        <source>Ouvrir en lecture seule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/app.py" line="133"/>
        <source>Réessayer</source>
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
        <location filename="../../ti_desktop/gui/dialogs/email_dialog.py" line="61"/>
        <source>Annuler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/dialogs/email_dialog.py" line="85"/>
        <source>Sans adresse électronique (à compléter dans « Signataires ») : {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/dialogs/email_dialog.py" line="103"/>
        <source>Dernier courriel préparé pour ce territoire : le {0} (« {1} », {2} destinataire(s)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/dialogs/email_dialog.py" line="153"/>
        <source>Joindre des fichiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/dialogs/email_dialog.py" line="155"/>
        <source>Documents (*.docx *.pdf *.xlsx *.odt *.ods);;Tous les fichiers (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/dialogs/email_dialog.py" line="183"/>
        <source>Le brouillon a été enregistré, mais aucune messagerie ne l&apos;a ouvert : ouvrez « {0} » depuis votre messagerie, ou copiez un lien mailto.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/dialogs/email_dialog.py" line="204"/>
        <source>Lien mailto copié. Attention : il ne contient pas les pièces jointes, à ajouter à la main dans la messagerie.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../ui/export_dialog.ui" line="6"/>
        <source>Exporter le classeur pour la Région</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.ui" line="10"/>
        <source>Territoires à mettre dans le classeur :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.ui" line="21"/>
        <source>&amp;Tous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.ui" line="21"/>
        <source>Cocher tous les territoires, sauf la démonstration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.ui" line="22"/>
        <source>&amp;Aucun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/dialogs/export_dialog.py" line="39"/>
        <source> — données fictives, à ne pas envoyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/dialogs/export_dialog.py" line="50"/>
        <source>Exporter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/dialogs/export_dialog.py" line="52"/>
        <source>Annuler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/dialogs/export_dialog.py" line="96"/>
        <source>Aucun territoire choisi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/dialogs/export_dialog.py" line="98"/>
        <source>{0} territoire(s) dans le classeur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/dialogs/export_dialog.py" line="101"/>
        <source> — attention : la démonstration est cochée (données fictives)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FicheChangeTableModel</name>
    <message>
        <location filename="../../ti_desktop/gui/models/fiche_change_table_model.py" line="41"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/models/fiche_change_table_model.py" line="42"/>
        <source>N°</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/models/fiche_change_table_model.py" line="43"/>
        <source>Intitulé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/models/fiche_change_table_model.py" line="44"/>
        <source>Opération</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/models/fiche_change_table_model.py" line="45"/>
        <source>Changements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/models/fiche_change_table_model.py" line="64"/>
        <source>inchangée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/models/fiche_change_table_model.py" line="73"/>
        <source>Aucun changement</source>
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
        <source>au</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fiche_editor.ui" line="254"/>
        <source>ex. 1 250 000 €</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fiche_editor.ui" line="257"/>
        <source>Montant hors taxes, en euros (ex. 1 234 567,89)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fiche_editor.ui" line="291"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fiche_editor.ui" line="307"/>
        <source>Contexte et contenu de l&apos;action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fiche_editor.ui" line="327"/>
        <source>Résultats attendus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fiche_editor.ui" line="347"/>
        <source>Partenaires associés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fiche_editor.ui" line="358"/>
        <location filename="../../ti_desktop/gui/pages/fiche_editor.py" line="594"/>
        <source>Financement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fiche_editor.ui" line="375"/>
        <source>Ajouter une ligne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fiche_editor.ui" line="378"/>
        <source>Ajouter une ligne au plan de financement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fiche_editor.ui" line="385"/>
        <source>Supprimer la ligne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fiche_editor.ui" line="388"/>
        <source>Supprimer la ligne sélectionnée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fiche_editor.ui" line="416"/>
        <source>Coût total HT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fiche_editor.ui" line="433"/>
        <source>Total prévu (hors refusés)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fiche_editor.ui" line="450"/>
        <source>dont acquis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fiche_editor.ui" line="467"/>
        <source>Reste à financer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fiche_editor.ui" line="518"/>
        <source>Indicateurs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fiche_editor.ui" line="533"/>
        <source>Ajouter un indicateur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fiche_editor.ui" line="536"/>
        <source>Ajouter un indicateur de suivi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fiche_editor.ui" line="543"/>
        <source>Supprimer l&apos;indicateur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fiche_editor.ui" line="546"/>
        <source>Supprimer l&apos;indicateur sélectionné</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fiche_editor.ui" line="569"/>
        <source>Suivi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fiche_editor.ui" line="585"/>
        <source>Dérogation ou simplification demandée (facultatif)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fiche_editor.ui" line="615"/>
        <source>Ces notes restent dans votre base : elles ne sont jamais exportées (ni dans les documents, ni dans le classeur Région).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fiche_editor.ui" line="605"/>
        <source>Vos notes de travail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/fiche_editor.ui" line="629"/>
        <source>Sélectionnez une fiche dans la liste, ou créez-en une avec « Nouvelle fiche » (Ctrl+N).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/pages/fiche_editor.py" line="323"/>
        <source>Formulaire à faire remplir…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/pages/fiche_editor.py" line="326"/>
        <source>Écrire le formulaire Word de cette fiche, à envoyer au maître d&apos;ouvrage ; il se relit avec Documents › Importer des fiches remplies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/pages/fiche_editor.py" line="508"/>
        <source>(aucun axe)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/pages/fiche_editor.py" line="526"/>
        <source>Fiche {0} — {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/pages/fiche_editor.py" line="528"/>
        <source> (dans la corbeille)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/pages/fiche_editor.py" line="568"/>
        <source>non renseigné</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/pages/fiche_editor.py" line="583"/>
        <source>⚠ Sur-financement : les financements prévus ({0}) dépassent le coût total HT ({1}) de {2}. Corrigez un montant ou le coût.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/pages/fiche_editor.py" line="594"/>
        <source>Financement ⚠</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/pages/fiche_editor.py" line="609"/>
        <source>⚠ À corriger avant envoi. {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/pages/fiche_editor.py" line="611"/>
        <source> — et {0} point(s) à compléter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/pages/fiche_editor.py" line="615"/>
        <source>À compléter avant envoi : {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/pages/fiche_editor.py" line="618"/>
        <source>✓ Fiche complète, prête à être envoyée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/pages/fiche_editor.py" line="688"/>
        <source>Modifier {0} de la fiche {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/pages/fiche_editor.py" line="813"/>
        <source>Ajouter une ligne de financement à la fiche {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/pages/fiche_editor.py" line="831"/>
        <source>Supprimer la ligne « {0} » de la fiche {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/pages/fiche_editor.py" line="834"/>
        <source>Supprimer {0} lignes de la fiche {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/pages/fiche_editor.py" line="860"/>
        <source>Ajouter un indicateur à la fiche {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/pages/fiche_editor.py" line="878"/>
        <source>Supprimer l&apos;indicateur « {0} » de la fiche {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/pages/fiche_editor.py" line="881"/>
        <source>Supprimer {0} indicateurs de la fiche {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/pages/fiche_editor.py" line="914"/>
        <source>Coller dans le plan de financement de la fiche {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/pages/fiche_editor.py" line="934"/>
        <source>Coller dans les indicateurs de la fiche {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/pages/fiche_editor.py" line="946"/>
        <location filename="../../ti_desktop/gui/pages/fiche_editor.py" line="975"/>
        <source>Modifier une ligne de financement de la fiche {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/pages/fiche_editor.py" line="960"/>
        <source>Ajouter le financeur « {0} »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/pages/fiche_editor.py" line="965"/>
        <source>Ajouter le financeur « {0} » à la liste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/pages/fiche_editor.py" line="990"/>
        <source>Modifier un indicateur de la fiche {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FicheTableModel</name>
    <message>
        <location filename="../../ti_desktop/gui/models/fiche_table_model.py" line="178"/>
        <source>Coût HT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/models/fiche_table_model.py" line="179"/>
        <source>Acquis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/models/fiche_table_model.py" line="180"/>
        <source>% financé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/models/fiche_table_model.py" line="313"/>
        <source>Part du coût couverte par les financements prévus (hors refusés)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/models/fiche_table_model.py" line="316"/>
        <source>Un point orange marque les fiches ajoutées ou modifiées depuis le dernier classeur envoyé à la Région</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/models/fiche_table_model.py" line="386"/>
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
        <location filename="../../ti_desktop/gui/pages/fiches_page.py" line="103"/>
        <source>(aucun axe)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/pages/fiches_page.py" line="133"/>
        <source>Nouvelle fiche</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/pages/fiches_page.py" line="135"/>
        <source>Créer une fiche-action dans l&apos;axe filtré ou celui de la fiche choisie (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/pages/fiches_page.py" line="142"/>
        <source>Dupliquer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/pages/fiches_page.py" line="143"/>
        <source>Copier la fiche choisie avec son financement et ses indicateurs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/pages/fiches_page.py" line="148"/>
        <source>Mettre à la corbeille</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/pages/fiches_page.py" line="149"/>
        <source>Mettre la fiche choisie à la corbeille (Suppr) — annulable, et restaurable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/pages/fiches_page.py" line="158"/>
        <source>Corbeille</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/pages/fiches_page.py" line="159"/>
        <source>Afficher les fiches mises à la corbeille pour en restaurer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/pages/fiches_page.py" line="165"/>
        <source>Restaurer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/pages/fiches_page.py" line="166"/>
        <source>Sortir la fiche choisie de la corbeille</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/pages/fiches_page.py" line="171"/>
        <source>Monter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/pages/fiches_page.py" line="172"/>
        <source>Placer la fiche avant la précédente dans la liste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/pages/fiches_page.py" line="178"/>
        <source>Descendre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/pages/fiches_page.py" line="179"/>
        <source>Placer la fiche après la suivante dans la liste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/pages/fiches_page.py" line="185"/>
        <source>Renuméroter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/pages/fiches_page.py" line="186"/>
        <source>Numéroter les fiches 1.1, 1.2… par axe, dans l&apos;ordre de la liste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/pages/fiches_page.py" line="190"/>
        <source>Rechercher une fiche</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/pages/fiches_page.py" line="192"/>
        <source>Aller au champ de recherche (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/pages/fiches_page.py" line="221"/>
        <source>Rechercher : {0}… (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/pages/fiches_page.py" line="324"/>
        <source>Axe : tous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/pages/fiches_page.py" line="325"/>
        <source>Avancement : tous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/pages/fiches_page.py" line="326"/>
        <source>Financeur : tous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/pages/fiches_page.py" line="327"/>
        <source>Statut : tous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/pages/fiches_page.py" line="451"/>
        <source>La corbeille est vide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/pages/fiches_page.py" line="453"/>
        <source>{0} dans la corbeille</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/pages/fiches_page.py" line="457"/>
        <source>1 fiche affichée sur {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/pages/fiches_page.py" line="459"/>
        <source>{0} fiches affichées sur {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/pages/fiches_page.py" line="463"/>
        <source>coût {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/pages/fiches_page.py" line="464"/>
        <source>acquis {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/pages/fiches_page.py" line="472"/>
        <source>Choisissez un territoire pour voir ses fiches-actions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/pages/fiches_page.py" line="474"/>
        <source>La corbeille est vide : aucune fiche supprimée dans ce territoire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/pages/fiches_page.py" line="477"/>
        <source>Sélectionnez une fiche de la corbeille, puis cliquez sur « Restaurer ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/pages/fiches_page.py" line="481"/>
        <source>Aucune fiche-action pour ce territoire : créez la première avec « Nouvelle fiche » (Ctrl+N).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/pages/fiches_page.py" line="486"/>
        <source>Aucune fiche ne correspond à la recherche et aux filtres : cliquez sur « Tout afficher ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/pages/fiches_page.py" line="490"/>
        <source>Sélectionnez une fiche dans la liste, ou créez-en une avec « Nouvelle fiche » (Ctrl+N).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/pages/fiches_page.py" line="495"/>
        <source>1 fiche</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/pages/fiches_page.py" line="495"/>
        <source>{0} fiches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/pages/fiches_page.py" line="590"/>
        <source>Créer la fiche {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/pages/fiches_page.py" line="612"/>
        <source>Dupliquer la fiche {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/pages/fiches_page.py" line="637"/>
        <location filename="../../ti_desktop/gui/pages/fiches_page.py" line="754"/>
        <source>Mettre la fiche {0} à la corbeille</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/pages/fiches_page.py" line="655"/>
        <source>Restaurer la fiche {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/pages/fiches_page.py" line="685"/>
        <source>Monter la fiche {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/pages/fiches_page.py" line="685"/>
        <source>Descendre la fiche {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/pages/fiches_page.py" line="713"/>
        <source>Renuméroter les fiches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/pages/fiches_page.py" line="733"/>
        <source>Modifier {0} de la fiche {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/pages/fiches_page.py" line="747"/>
        <source>Mettre {0} fiches à la corbeille</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/pages/fiches_page.py" line="793"/>
        <source>Coller des fiches-actions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldChangeTableModel</name>
    <message>
        <location filename="../../ti_desktop/gui/models/fiche_change_table_model.py" line="89"/>
        <source>Champ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/models/fiche_change_table_model.py" line="89"/>
        <source>Avant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/models/fiche_change_table_model.py" line="89"/>
        <source>Après</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/models/fiche_change_table_model.py" line="118"/>
        <source>(vide)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/models/fiche_change_table_model.py" line="120"/>
        <source>(retiré)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/models/fiche_change_table_model.py" line="136"/>
        <source>Financement ajouté</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/models/fiche_change_table_model.py" line="136"/>
        <source>Indicateur ajouté</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/models/fiche_change_table_model.py" line="138"/>
        <source>Financement retiré</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/models/fiche_change_table_model.py" line="138"/>
        <source>Indicateur retiré</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/models/fiche_change_table_model.py" line="139"/>
        <source>Financement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/models/fiche_change_table_model.py" line="139"/>
        <source>Indicateur</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <location filename="../../ti_desktop/gui/actions/file_actions.py" line="65"/>
        <source>Sauvegarde du jour impossible : {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/actions/file_actions.py" line="76"/>
        <source>Base ouverte ailleurs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/actions/file_actions.py" line="78"/>
        <source>Ouvrir en lecture seule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/actions/file_actions.py" line="79"/>
        <source>Annuler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/actions/file_actions.py" line="89"/>
        <source>Bases TI Desktop (*{0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/actions/file_actions.py" line="104"/>
        <source>Nouvelle base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/actions/file_actions.py" line="110"/>
        <source>« {0} » existe déjà : utilisez Fichier › Ouvrir pour l&apos;ouvrir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/actions/file_actions.py" line="119"/>
        <source>Ouvrir une base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/actions/file_actions.py" line="126"/>
        <source>Enregistrer une copie de la base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/actions/file_actions.py" line="130"/>
        <source>Choisissez un autre fichier que la base ouverte.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/actions/file_actions.py" line="143"/>
        <source>Copie impossible vers « {0} » : {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/actions/file_actions.py" line="145"/>
        <source>Copie enregistrée : {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/actions/file_actions.py" line="155"/>
        <source>Aucun fichier récent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/actions/file_actions.py" line="192"/>
        <source>Sauvegarde restaurée ; la base endommagée est gardée dans {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/actions/file_actions.py" line="214"/>
        <source>Sauvegarde restaurée ; l&apos;état remplacé est gardé dans {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FinancerDelegate</name>
    <message>
        <location filename="../../ti_desktop/gui/delegates.py" line="345"/>
        <source>Nouveau financeur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/delegates.py" line="346"/>
        <source>« {0} » n&apos;est pas dans la liste des financeurs. L&apos;y ajouter ?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FinancingTableModel</name>
    <message>
        <location filename="../../ti_desktop/gui/models/financing_table_model.py" line="70"/>
        <source>Part du coût</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/models/financing_table_model.py" line="92"/>
        <location filename="../../ti_desktop/gui/models/financing_table_model.py" line="120"/>
        <source>Part du coût total HT apportée par cette ligne</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormResultTableModel</name>
    <message>
        <location filename="../../ti_desktop/gui/models/form_result_table_model.py" line="32"/>
        <source>Formulaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/models/form_result_table_model.py" line="33"/>
        <source>Fiche</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/models/form_result_table_model.py" line="34"/>
        <source>Résultat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/models/form_result_table_model.py" line="35"/>
        <source>Changements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/models/form_result_table_model.py" line="93"/>
        <source>Refusé : {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormsImportDialog</name>
    <message>
        <location filename="../../ui/forms_import_dialog.ui" line="6"/>
        <source>Fiches remplies par les partenaires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/forms_import_dialog.ui" line="27"/>
        <location filename="../../ti_desktop/gui/dialogs/forms_import_dialog.py" line="108"/>
        <source>Changements, champ par champ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/forms_import_dialog.ui" line="58"/>
        <source>Enregistrer les formulaires cochés, en une seule étape (Édition › Annuler pour revenir en arrière)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/forms_import_dialog.ui" line="59"/>
        <source>&amp;Appliquer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/dialogs/forms_import_dialog.py" line="41"/>
        <source>Annuler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/dialogs/forms_import_dialog.py" line="81"/>
        <source>{0} formulaire(s) lu(s) : {1} à enregistrer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/dialogs/forms_import_dialog.py" line="85"/>
        <source>, {0} refusé(s) (motif dans la colonne « Résultat »)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/dialogs/forms_import_dialog.py" line="87"/>
        <source>. Cochez les formulaires à enregistrer ; rien n&apos;est écrit avant « Appliquer ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/dialogs/forms_import_dialog.py" line="91"/>
        <source>&amp;Appliquer ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/dialogs/forms_import_dialog.py" line="106"/>
        <source>Changements, champ par champ — {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/dialogs/forms_import_dialog.py" line="115"/>
        <source>Refusé : {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GettingStartedDialog</name>
    <message>
        <location filename="../../ui/getting_started_dialog.ui" line="6"/>
        <source>Premiers pas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/dialogs/getting_started_dialog.py" line="18"/>
        <source>Fermer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/dialogs/getting_started_dialog.py" line="26"/>
        <source>Créer le territoire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/dialogs/getting_started_dialog.py" line="28"/>
        <source>&lt;i&gt;Territoire › Nouveau territoire&lt;/i&gt; (Ctrl+Maj+N), puis l&apos;onglet &lt;b&gt;Territoire et contrat&lt;/b&gt; : région, départements, phase (les axes nationaux et la période sont proposés), chef de projet et &lt;b&gt;courriel du correspondant Région&lt;/b&gt;, destinataire des envois.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/dialogs/getting_started_dialog.py" line="35"/>
        <source>Les signataires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/dialogs/getting_started_dialog.py" line="37"/>
        <source>Onglet &lt;b&gt;Signataires&lt;/b&gt; : &lt;i&gt;Ajouter un signataire&lt;/i&gt;, puis tapez directement dans les cellules. Les organisations et personnes déjà saisies (et les partenaires habituels : Région, État, Banque des Territoires, Bpifrance…) sont proposées : en choisir une remplit la ligne. Des lignes copiées d&apos;un tableur se collent avec Ctrl+V.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/dialogs/getting_started_dialog.py" line="45"/>
        <source>Les fiches-actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/dialogs/getting_started_dialog.py" line="47"/>
        <source>Onglet &lt;b&gt;Fiches-actions&lt;/b&gt; : Ctrl+N crée une fiche ; l&apos;intitulé, l&apos;axe, le maître d&apos;ouvrage, le coût et l&apos;avancement se tapent dans la liste. Un tableau de suivi se colle d&apos;un coup (Ctrl+V) avec ses en-têtes (N°, Intitulé, Axe, Maître d&apos;ouvrage, Coût total HT, Date de début, Financeur, Montant, Statut, Indicateur…) : une ligne par fiche, ou par ligne de financement en répétant la fiche. Les dates se tapent 15/03/2021, 15032021 ou 15/3/21.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/dialogs/getting_started_dialog.py" line="57"/>
        <source>Vérifier et générer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/dialogs/getting_started_dialog.py" line="59"/>
        <source>&lt;i&gt;Documents › Générer le contrat&lt;/i&gt; : avant d&apos;écrire le document, la liste de ce qui manque ou ne va pas (sur-financement, délibérations, dates, axes vides…) s&apos;affiche ; « Aller à » montre où corriger, et vous pouvez continuer quand même. Le PDF est produit s&apos;il est activé dans les préférences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/dialogs/getting_started_dialog.py" line="67"/>
        <source>Envoyer à la Région</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/dialogs/getting_started_dialog.py" line="69"/>
        <source>&lt;i&gt;Documents › Exporter le classeur pour la Région&lt;/i&gt; (le territoire courant est coché, jamais la démonstration), puis &lt;i&gt;Préparer un courriel&lt;/i&gt; : le correspondant Région est destinataire, les signataires en copie, et tous les documents produits pour ce territoire sont joints.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/dialogs/getting_started_dialog.py" line="77"/>
        <source>Tab / Maj+Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/dialogs/getting_started_dialog.py" line="77"/>
        <source>cellule suivante / précédente, ouverte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/dialogs/getting_started_dialog.py" line="78"/>
        <source>Entrée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/dialogs/getting_started_dialog.py" line="78"/>
        <source>valider et descendre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/dialogs/getting_started_dialog.py" line="79"/>
        <source>Taper, F2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/dialogs/getting_started_dialog.py" line="79"/>
        <source>modifier la cellule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/dialogs/getting_started_dialog.py" line="80"/>
        <source>Suppr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/dialogs/getting_started_dialog.py" line="80"/>
        <source>vider les cellules choisies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/dialogs/getting_started_dialog.py" line="81"/>
        <source>Ctrl+Suppr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/dialogs/getting_started_dialog.py" line="81"/>
        <source>supprimer les lignes choisies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/dialogs/getting_started_dialog.py" line="82"/>
        <source>Ctrl+C / Ctrl+V</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/dialogs/getting_started_dialog.py" line="82"/>
        <source>copier vers / coller depuis un tableur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/dialogs/getting_started_dialog.py" line="83"/>
        <source>Ctrl+Z / Ctrl+Y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/dialogs/getting_started_dialog.py" line="83"/>
        <source>annuler / rétablir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/dialogs/getting_started_dialog.py" line="84"/>
        <source>Ctrl+Tab, Ctrl+Pg Suiv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/dialogs/getting_started_dialog.py" line="84"/>
        <source>onglet suivant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/dialogs/getting_started_dialog.py" line="85"/>
        <source>Ctrl+F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/dialogs/getting_started_dialog.py" line="85"/>
        <source>rechercher une fiche</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/dialogs/getting_started_dialog.py" line="92"/>
        <source>Du territoire au courriel, en cinq étapes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/dialogs/getting_started_dialog.py" line="93"/>
        <source>Au clavier, comme dans un tableur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/dialogs/getting_started_dialog.py" line="95"/>
        <source>Tout est enregistré au fur et à mesure ; chaque modification peut être annulée.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <location filename="../../ui/history_page.ui" line="7"/>
        <source>Tout ce qui a quitté TI Desktop pour ce territoire : contrats, fiches, classeurs, courriels, avenants, rapports. Chaque envoi garde une copie du fichier envoyé et les données du territoire à ce moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_page.ui" line="9"/>
        <source>N&apos;afficher qu&apos;un type d&apos;envoi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_page.ui" line="10"/>
        <source>Destinataire…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_page.ui" line="10"/>
        <source>N&apos;afficher que les envois à ce destinataire (une partie de l&apos;adresse suffit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_page.ui" line="18"/>
        <source>Ouvrir la copie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_page.ui" line="18"/>
        <source>Ouvrir la copie gardée du fichier envoyé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_page.ui" line="19"/>
        <source>Afficher dans le dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_page.ui" line="19"/>
        <source>Montrer la copie gardée dans le gestionnaire de fichiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_page.ui" line="21"/>
        <source>Signé le</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_page.ui" line="22"/>
        <source>dd/MM/yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_page.ui" line="22"/>
        <source>Date de signature de ce contrat ou de cet avenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_page.ui" line="23"/>
        <source>Marquer comme version signée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_page.ui" line="23"/>
        <source>Ce contrat ou cet avenant envoyé est la version signée : l&apos;avenant suivant comparera avec elle (annulable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_page.ui" line="24"/>
        <source>Retirer la mention « signé »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_page.ui" line="24"/>
        <source>Cet envoi n&apos;est pas la version signée (annulable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history_page.ui" line="26"/>
        <location filename="../../ti_desktop/gui/pages/history_page.py" line="169"/>
        <source>Changements depuis cet envoi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/pages/history_page.py" line="92"/>
        <source>Tous les envois</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/pages/history_page.py" line="149"/>
        <source>Aucun envoi consigné</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/pages/history_page.py" line="151"/>
        <source>{0} envoi(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/pages/history_page.py" line="153"/>
        <source>{0} envoi(s) sur {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/pages/history_page.py" line="171"/>
        <source>Choisissez un envoi pour voir ce qui a changé depuis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/pages/history_page.py" line="176"/>
        <source>Changements depuis : {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/pages/history_page.py" line="210"/>
        <source>La copie « {0} » n&apos;est plus dans le dossier de données.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/pages/history_page.py" line="233"/>
        <source>Marquer « {0} » comme version signée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/pages/history_page.py" line="235"/>
        <source>Retirer la mention « signé » de « {0} »</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportActions</name>
    <message>
        <location filename="../../ti_desktop/gui/actions/import_actions.py" line="54"/>
        <source>Importer un &amp;tableau…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/actions/import_actions.py" line="56"/>
        <source>Lire les fiches d&apos;un tableau Excel, LibreOffice ou CSV, quels qu&apos;en soient les en-têtes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/actions/import_actions.py" line="59"/>
        <source>Importer des fiches &amp;remplies…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/actions/import_actions.py" line="61"/>
        <source>Relire les formulaires renvoyés par les maîtres d&apos;ouvrage (.docx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/actions/import_actions.py" line="64"/>
        <source>Formulaires à faire remplir par un maître d&apos;ouvrage…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/actions/import_actions.py" line="86"/>
        <source>Choisissez d&apos;abord un territoire dans la liste.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/actions/import_actions.py" line="133"/>
        <source>Importer un tableau de suivi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/actions/import_actions.py" line="145"/>
        <source>Lecture du tableau…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/actions/import_actions.py" line="179"/>
        <source>Import du tableau « {0} »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/actions/import_actions.py" line="191"/>
        <source>Tableau importé : {0} (Ctrl+Z pour annuler)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/actions/import_actions.py" line="204"/>
        <source>Importer des fiches remplies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/actions/import_actions.py" line="219"/>
        <source>Lecture des formulaires…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/actions/import_actions.py" line="243"/>
        <source>Fiches remplies : {0} formulaire(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/actions/import_actions.py" line="250"/>
        <source>{0} formulaire(s) enregistré(s) (Ctrl+Z pour annuler)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/actions/import_actions.py" line="271"/>
        <source>Formulaire à faire remplir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/actions/import_actions.py" line="289"/>
        <source>Écriture du formulaire…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/actions/import_actions.py" line="305"/>
        <source>Aucune fiche de ce territoire n&apos;a de maître d&apos;ouvrage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/actions/import_actions.py" line="308"/>
        <source>{0} ({1} fiche(s))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/actions/import_actions.py" line="310"/>
        <source>Formulaires à faire remplir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/actions/import_actions.py" line="311"/>
        <source>Un formulaire par fiche de ce maître d&apos;ouvrage :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/actions/import_actions.py" line="328"/>
        <source>Dossier des formulaires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/actions/import_actions.py" line="344"/>
        <source>Écriture des formulaires…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/actions/import_actions.py" line="353"/>
        <source>{0} formulaire(s) écrit(s) dans {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/actions/import_actions.py" line="356"/>
        <source>Formulaire(s) à faire remplir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/actions/import_actions.py" line="388"/>
        <source>Déposez un seul tableau à la fois.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/actions/import_actions.py" line="409"/>
        <source>Lecture du fichier…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/actions/import_actions.py" line="418"/>
        <source>Lecture du classeur…</source>
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
        <location filename="../../ti_desktop/gui/dialogs/import_preview_dialog.py" line="54"/>
        <source>Annuler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/dialogs/import_preview_dialog.py" line="64"/>
        <source>Classeur : {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/dialogs/import_preview_dialog.py" line="70"/>
        <source>Nouveaux financeurs ajoutés à la liste : {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/dialogs/import_preview_dialog.py" line="79"/>
        <source>Erreurs ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/dialogs/import_preview_dialog.py" line="80"/>
        <source>Avertissements ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/dialogs/import_preview_dialog.py" line="91"/>
        <source>{0} erreur(s) dans le classeur. Aucune donnée ne sera importée tant que ces erreurs ne sont pas corrigées : corrigez le classeur dans Excel puis importez-le de nouveau.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/dialogs/import_preview_dialog.py" line="100"/>
        <source>Aucune donnée ne sera importée tant que ces erreurs ne sont pas corrigées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/dialogs/import_preview_dialog.py" line="106"/>
        <source>Le classeur est valide. Vérifiez ci-dessous ce qui sera créé ou mis à jour, puis cliquez sur « Importer ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/dialogs/import_preview_dialog.py" line="129"/>
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
        <location filename="../../ui/main_window.ui" line="205"/>
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
        <location filename="../../ui/main_window.ui" line="213"/>
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
        <location filename="../../ui/main_window.ui" line="217"/>
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
        <location filename="../../ui/main_window.ui" line="95"/>
        <source>Territoire de démonstration : ses données sont fictives. Modifiez-le pour essayer, ou mettez-le à la corbeille.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="115"/>
        <source>&amp;Fichier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="117"/>
        <source>Fichiers &amp;récents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="130"/>
        <source>&amp;Édition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="134"/>
        <source>&amp;Territoire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="142"/>
        <source>F&amp;iches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="145"/>
        <source>&amp;Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="160"/>
        <source>&amp;Aide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="174"/>
        <source>Nouvelle base…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="175"/>
        <source>Créer une base de données vide dans un nouveau fichier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="178"/>
        <source>Ouvrir…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="179"/>
        <source>Ouvrir une autre base de données</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="182"/>
        <source>Enregistrer une copie…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="183"/>
        <source>Enregistrer une copie de la base sous un autre nom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="186"/>
        <source>Sauvegardes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="187"/>
        <source>Voir les sauvegardes automatiques et en restaurer une</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="190"/>
        <source>Ouvrir le dossier de données</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="191"/>
        <source>Ouvrir le dossier qui contient la base, les sauvegardes et le journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="194"/>
        <source>Quitter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="195"/>
        <source>Fermer TI Desktop (tout est déjà enregistré)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="199"/>
        <source>Préférences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="200"/>
        <source>Modèles de documents et génération des PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="204"/>
        <source>Nouveau territoire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="208"/>
        <source>Renommer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="209"/>
        <source>Renommer le territoire sélectionné</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="212"/>
        <source>Mettre à la corbeille</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="216"/>
        <source>Corbeille des territoires…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="220"/>
        <source>Générer le contrat…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="221"/>
        <source>Produire le contrat au format Word (et PDF si LibreOffice est installé)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="224"/>
        <source>Générer la fiche…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="225"/>
        <source>Produire la fiche-action sélectionnée au format Word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="228"/>
        <source>Générer l&apos;avenant…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="229"/>
        <source>Produire l&apos;avenant de ce qui a changé depuis la version signée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="232"/>
        <source>Rapport de suivi…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="233"/>
        <source>Produire le rapport pour le comité de suivi (avancement, indicateurs, financements, changements)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="236"/>
        <source>Exporter le classeur pour la Région…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="237"/>
        <source>Produire le classeur Excel attendu par la Région</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="240"/>
        <source>Importer un classeur…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="241"/>
        <source>Lire un classeur Excel : aperçu des changements avant tout enregistrement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="244"/>
        <source>Vérifier un modèle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="245"/>
        <source>Vérifier qu&apos;un modèle Word peut être utilisé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="248"/>
        <source>Préparer un courriel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="249"/>
        <source>Préparer un courriel avec les documents générés en pièces jointes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="252"/>
        <source>Vérifier avant envoi…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="253"/>
        <source>Lister ce qui manque ou ne va pas dans le territoire (sur-financement, délibérations, dates…), avec un accès direct à chaque point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="256"/>
        <source>Premiers pas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="257"/>
        <source>Les cinq étapes, du territoire au courriel, et les raccourcis clavier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="260"/>
        <source>À propos de TI Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="261"/>
        <source>Version, dossier de données et licences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/main_window.py" line="129"/>
        <location filename="../../ti_desktop/gui/main_window.py" line="310"/>
        <source>Aucune modification depuis l&apos;ouverture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/main_window.py" line="173"/>
        <source>Annuler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/main_window.py" line="175"/>
        <source>Rétablir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/main_window.py" line="191"/>
        <source>Onglet suivant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/main_window.py" line="193"/>
        <source>Onglet précédent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/main_window.py" line="215"/>
        <source>Territoire et contrat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/main_window.py" line="224"/>
        <source>Signataires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/main_window.py" line="235"/>
        <source>Fiches-actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/main_window.py" line="243"/>
        <source>Tableau de bord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/main_window.py" line="245"/>
        <source>Historique des envois</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/main_window.py" line="305"/>
        <source> [lecture seule]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/main_window.py" line="308"/>
        <source>Lecture seule : {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/main_window.py" line="317"/>
        <source>Base ouverte en lecture seule ({0}) : vous pouvez tout consulter, générer et exporter, mais aucune modification n&apos;est enregistrée et les envois ne sont pas notés dans l&apos;historique. Rouvrez-la par Fichier › Ouvrir… quand elle sera libre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/main_window.py" line="342"/>
        <source>Base ouverte : {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/main_window.py" line="476"/>
        <source>Enregistré à {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/main_window.py" line="490"/>
        <source>Une tâche est encore en cours : réessayez de fermer dans un instant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/main_window.py" line="480"/>
        <source>Dernière modification NON enregistrée</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PastePreviewDialog</name>
    <message>
        <location filename="../../ui/paste_preview_dialog.ui" line="6"/>
        <source>Coller des cellules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/paste_preview_dialog.ui" line="16"/>
        <source>Détails :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/dialogs/paste_preview_dialog.py" line="27"/>
        <source>Annuler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/dialogs/paste_preview_dialog.py" line="32"/>
        <source>Rien n&apos;a été collé : {0} cellule(s) refusée(s). Corrigez-les dans le tableur, puis collez à nouveau.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/dialogs/paste_preview_dialog.py" line="37"/>
        <source>Fermer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/dialogs/paste_preview_dialog.py" line="41"/>
        <source>Coller : {0}. Une seule annulation (Ctrl+Z) défait tout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/dialogs/paste_preview_dialog.py" line="45"/>
        <source>Coller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/dialogs/paste_preview_dialog.py" line="49"/>
        <source>… et {0} autre(s)</source>
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
    <name>RecordTableView</name>
    <message>
        <location filename="../../ti_desktop/gui/widgets/record_table_view.py" line="120"/>
        <source>Effacer des cellules</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegisterActions</name>
    <message>
        <location filename="../../ti_desktop/gui/actions/register_actions.py" line="45"/>
        <source>Choisissez d&apos;abord un territoire dans la liste.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/actions/register_actions.py" line="64"/>
        <source>{0} enregistré : {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/actions/register_actions.py" line="66"/>
        <source>Document enregistré</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/actions/register_actions.py" line="83"/>
        <source>Générer l&apos;avenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/actions/register_actions.py" line="99"/>
        <source>Rapport de suivi</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerDialog</name>
    <message>
        <location filename="../../ui/server_dialog.ui" line="6"/>
        <source>Serveur régional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/server_dialog.ui" line="11"/>
        <source>Le serveur de la Région rassemble les territoires. Ce poste continue de fonctionner sans connexion : publiez vos modifications et récupérez celles des autres quand vous êtes connecté. Le service informatique de la Région vous donne l&apos;adresse et votre identifiant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/server_dialog.ui" line="18"/>
        <source>Adresse du serveur :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/server_dialog.ui" line="24"/>
        <source>serveur.region.fr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/server_dialog.ui" line="29"/>
        <source>Port :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/server_dialog.ui" line="42"/>
        <source>Base :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/server_dialog.ui" line="48"/>
        <source>ti_desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/server_dialog.ui" line="53"/>
        <source>Identifiant :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/server_dialog.ui" line="62"/>
        <source>Mot de passe :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/server_dialog.ui" line="73"/>
        <source>Le mot de passe est gardé dans le trousseau du système (jamais dans les réglages de TI Desktop)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/server_dialog.ui" line="74"/>
        <source>Garder le mot de passe dans le trousseau du système</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/server_dialog.ui" line="80"/>
        <source>Sécurité :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/server_dialog.ui" line="89"/>
        <source>Certificat de l&apos;autorité :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/server_dialog.ui" line="97"/>
        <source>fourni par le service informatique (facultatif)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/server_dialog.ui" line="102"/>
        <source>Choisir…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/server_dialog.ui" line="113"/>
        <source>Se connecter au serveur et afficher vos droits (rien n&apos;est envoyé)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/server_dialog.ui" line="114"/>
        <source>Tester la connexion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/sync/server_dialog.py" line="45"/>
        <source>Annuler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/sync/server_dialog.py" line="98"/>
        <source>Connexion en cours…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/sync/server_dialog.py" line="106"/>
        <source>Test de la connexion au serveur…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/sync/server_dialog.py" line="116"/>
        <source>chiffrée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/sync/server_dialog.py" line="116"/>
        <source>NON chiffrée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/sync/server_dialog.py" line="118"/>
        <source>Connexion réussie (%1) en tant que %2 : %3. Serveur au schéma %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/sync/server_dialog.py" line="135"/>
        <source>Certificat de l&apos;autorité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/sync/server_dialog.py" line="137"/>
        <source>Certificats (*.crt *.pem);;Tous les fichiers (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignatoriesPage</name>
    <message>
        <location filename="../../ui/signatories_page.ui" line="7"/>
        <source>Dans l&apos;ordre du contrat, groupe par groupe ; les personnes d&apos;une même organisation la co-représentent. Tapez dans une cellule (Tab : suivante, Entrée : valider, Ctrl+V : coller depuis un tableur).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/signatories_page.ui" line="8"/>
        <location filename="../../ti_desktop/gui/pages/signatories_page.py" line="331"/>
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
        <location filename="../../ti_desktop/gui/pages/signatories_page.py" line="351"/>
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
        <location filename="../../ti_desktop/gui/pages/signatories_page.py" line="120"/>
        <source>Une intercommunalité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/pages/signatories_page.py" line="121"/>
        <source>Un partenaire public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/pages/signatories_page.py" line="124"/>
        <source>Un partenaire économique ou industriel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/pages/signatories_page.py" line="366"/>
        <source>Retirer {0} signataires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/pages/signatories_page.py" line="372"/>
        <source>Retirer « {0} »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/pages/signatories_page.py" line="410"/>
        <source>Modifier {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/pages/signatories_page.py" line="435"/>
        <source>Reprendre « {0} »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/pages/signatories_page.py" line="461"/>
        <source>Coller des signataires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/pages/signatories_page.py" line="393"/>
        <source>Changer l&apos;ordre des signataires</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignatoryTableModel</name>
    <message>
        <location filename="../../ti_desktop/gui/models/signatory_table_model.py" line="132"/>
        <source>La délibération de la Région se saisit dans « Territoire et contrat » : le contrat la cite une fois.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/models/signatory_table_model.py" line="148"/>
        <source>Co-représentant(e) de « {0} »</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncActions</name>
    <message>
        <location filename="../../ti_desktop/gui/sync/sync_actions.py" line="50"/>
        <source>Serveur régional…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/sync/sync_actions.py" line="51"/>
        <source>Publier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/sync/sync_actions.py" line="53"/>
        <source>Envoyer vos modifications au serveur de la Région</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/sync/sync_actions.py" line="54"/>
        <source>Récupérer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/sync/sync_actions.py" line="57"/>
        <source>Recevoir les modifications des autres depuis le serveur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/sync/sync_actions.py" line="59"/>
        <source>Conflits…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/sync/sync_actions.py" line="108"/>
        <source>Serveur : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/sync/sync_actions.py" line="111"/>
        <source>Serveur régional : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/sync/sync_actions.py" line="162"/>
        <source>Mot de passe du serveur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/sync/sync_actions.py" line="176"/>
        <source>Mot de passe de %1 :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/sync/sync_actions.py" line="197"/>
        <source>Publication sur le serveur…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/sync/sync_actions.py" line="215"/>
        <source>Récupération depuis le serveur…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TableImportDialog</name>
    <message>
        <location filename="../../ui/table_import_dialog.ui" line="6"/>
        <source>Importer un tableau de suivi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/table_import_dialog.ui" line="18"/>
        <source>&amp;Feuille :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/table_import_dialog.ui" line="24"/>
        <source>La feuille du classeur à lire (la feuille reconnue est choisie d&apos;office)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/table_import_dialog.ui" line="35"/>
        <source>&amp;Statut des financements :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/table_import_dialog.ui" line="41"/>
        <source>Statut donné aux lignes de financement lues dans les colonnes des financeurs, quand ni l&apos;en-tête ni une colonne « Statut » ne le disent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/table_import_dialog.ui" line="51"/>
        <source>1. Correspondance des colonnes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/table_import_dialog.ui" line="56"/>
        <source>Vérifiez ce que devient chaque colonne ; double-cliquez sur « Devient » pour choisir un autre champ, un financeur ou « Ignorée ». La correspondance est mémorisée pour les prochains fichiers aux mêmes en-têtes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/table_import_dialog.ui" line="82"/>
        <source>2. Aperçu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/table_import_dialog.ui" line="109"/>
        <source>Erreurs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/table_import_dialog.ui" line="131"/>
        <source>Copier la liste des erreurs (à coller dans un courriel ou un tableur)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/table_import_dialog.ui" line="132"/>
        <source>Copier les erreurs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/table_import_dialog.ui" line="140"/>
        <source>Avertissements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/table_import_dialog.ui" line="164"/>
        <source>Écrire ces fiches dans la base, en une seule fois (Édition › Annuler pour revenir en arrière)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/table_import_dialog.ui" line="165"/>
        <source>&amp;Importer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/dialogs/table_import_dialog.py" line="139"/>
        <source>Annuler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/dialogs/table_import_dialog.py" line="185"/>
        <source>« {0} », feuille « {1} », en-têtes lus en ligne {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/dialogs/table_import_dialog.py" line="190"/>
        <source>Tableau {0} → fiches-actions de « {1} ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/dialogs/table_import_dialog.py" line="192"/>
        <source>Correspondance reprise de votre dernier import de ce tableau.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/dialogs/table_import_dialog.py" line="217"/>
        <source>Vérification du tableau…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/dialogs/table_import_dialog.py" line="236"/>
        <source>2. Aperçu ({0} créée(s), {1} mise(s) à jour)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/dialogs/table_import_dialog.py" line="240"/>
        <source>Erreurs ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/dialogs/table_import_dialog.py" line="241"/>
        <source>Avertissements ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/dialogs/table_import_dialog.py" line="247"/>
        <source>{0} problème(s) à corriger : rien ne sera importé tant qu&apos;il en reste. Changez la correspondance ci-dessus, ou corrigez le tableau puis importez-le de nouveau.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/dialogs/table_import_dialog.py" line="257"/>
        <source>Prêt à importer : {0} Vérifiez l&apos;aperçu, puis cliquez sur « Importer ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/dialogs/table_import_dialog.py" line="289"/>
        <source>Lecture de la feuille « {0} »…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/dialogs/table_import_dialog.py" line="313"/>
        <source>Erreurs copiées</source>
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
        <source>Notes internes (non exportées)</source>
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
        <location filename="../../ui/territory_page.ui" line="9"/>
        <source>ex. Grand Est</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/territory_page.ui" line="9"/>
        <source>ex. Aube (10), Marne (51)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/territory_page.ui" line="9"/>
        <source>ex. Camille Martin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/territory_page.ui" line="9"/>
        <source>ex. prenom.nom@exemple.fr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/territory_page.ui" line="9"/>
        <source>ex. 03 25 12 34 56</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/territory_page.ui" line="9"/>
        <source>ex. M. Jean Martin, Président de …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/territory_page.ui" line="9"/>
        <source>ex. Mme Anne Petit, directrice de …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/territory_page.ui" line="9"/>
        <source>ex. prenom.nom@region.fr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/territory_page.ui" line="10"/>
        <source>JJ/MM/AAAA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/territory_page.ui" line="10"/>
        <source>ex. Troyes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/territory_page.ui" line="10"/>
        <source>ex. 24CP-0512</source>
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
        <location filename="../../ti_desktop/gui/pages/territory_page.py" line="655"/>
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
        <location filename="../../ti_desktop/gui/pages/territory_page.py" line="701"/>
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
        <location filename="../../ti_desktop/gui/pages/territory_page.py" line="305"/>
        <source>1 fiche</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/pages/territory_page.py" line="484"/>
        <source>Axes de la phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/pages/territory_page.py" line="493"/>
        <source>Les fiches gardent l&apos;axe de même rang. Vous pourrez annuler (Ctrl+Z).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/pages/territory_page.py" line="496"/>
        <source>Remplacer les axes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/pages/territory_page.py" line="497"/>
        <source>Garder les axes actuels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/pages/territory_page.py" line="521"/>
        <source>Appliquer les axes nationaux</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/pages/territory_page.py" line="601"/>
        <source>Retirer {0} éléments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/pages/territory_page.py" line="603"/>
        <source>Retirer « {0} »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/pages/territory_page.py" line="613"/>
        <source>Coller {0} lignes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/pages/territory_page.py" line="634"/>
        <source>Ajouter « {0} »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/pages/territory_page.py" line="671"/>
        <source>Retirer un enjeu local</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/pages/territory_page.py" line="556"/>
        <source>Changer l&apos;ordre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/pages/territory_page.py" line="305"/>
        <source>{0} fiches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/pages/territory_page.py" line="380"/>
        <source>Modifier {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/pages/territory_page.py" line="486"/>
        <source>Remplacer les axes du territoire par les axes nationaux de « {0} » ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/pages/territory_page.py" line="686"/>
        <source>Renommer un enjeu local</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/pages/territory_page.py" line="715"/>
        <source>Retirer un axe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/pages/territory_page.py" line="729"/>
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
    <name>TransmissionTableModel</name>
    <message>
        <location filename="../../ti_desktop/gui/models/transmission_table_model.py" line="29"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/models/transmission_table_model.py" line="30"/>
        <source>Nature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/models/transmission_table_model.py" line="31"/>
        <source>Objet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/models/transmission_table_model.py" line="32"/>
        <source>Destinataires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/models/transmission_table_model.py" line="33"/>
        <source>Fichiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/models/transmission_table_model.py" line="34"/>
        <source>Signé le</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/models/transmission_table_model.py" line="58"/>
        <source>Version signée : l&apos;avenant suivant comparera avec elle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ti_desktop/gui/models/transmission_table_model.py" line="82"/>
        <source>non précisés</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
