<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>ChartCard</name>
    <message>
        <location filename="../../ui/charts.py" line="208"/>
        <location filename="../../ui/charts.py" line="210"/>
        <source>Save image…</source>
        <translation>Enregistrer l’image…</translation>
    </message>
    <message>
        <location filename="../../ui/charts.py" line="209"/>
        <source>Save this chart as PNG, JPEG, SVG or PDF (Ctrl+S)</source>
        <translation>Enregistrer ce graphique en PNG, JPEG, SVG ou PDF (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../ui/charts.py" line="211"/>
        <source>Copy image</source>
        <translation>Copier l’image</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message numerus="yes">
        <location filename="../../ui/chart_panel.py" line="143"/>
        <source>Saved %n image(s) to %1</source>
        <translation>
            <numerusform>%n image enregistrée dans %1</numerusform>
            <numerusform>%n images enregistrées dans %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/chart_panel.py" line="155"/>
        <source>Copied “%1” to the clipboard</source>
        <translation>Graphique «&#xa0;%1&#xa0;» copié dans le presse-papiers</translation>
    </message>
    <message>
        <location filename="../../ui/chart_panel.py" line="164"/>
        <source>Loading charts…</source>
        <translation>Chargement des graphiques…</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <location filename="../../app/facts.py" line="102"/>
        <location filename="../../ui/charts.py" line="303"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../../app/facts.py" line="148"/>
        <source>Source: %1</source>
        <translation>Source&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../app/facts.py" line="164"/>
        <source>n/a</source>
        <translation>n.d.</translation>
    </message>
    <message>
        <location filename="../../app/facts.py" line="178"/>
        <source>Sources: official releases %1–%2 (hover a bar for each); estimate: %3</source>
        <translation>Sources&#xa0;: publications officielles %1–%2 (source de chaque barre au survol)&#xa0;; estimation&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>DataView</name>
    <message>
        <location filename="../../ui/data_view.py" line="30"/>
        <source>Fact</source>
        <translation>Donnée</translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="31"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="32"/>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="33"/>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="34"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="35"/>
        <source>Computed as</source>
        <translation>Mode de calcul</translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="36"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="37"/>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="38"/>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="39"/>
        <source>Stated growth (%)</source>
        <translation>Croissance annoncée (%)</translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="40"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="41"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="44"/>
        <source>Total trade</source>
        <translation>Commerce total</translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="45"/>
        <source>Exports</source>
        <translation>Exportations</translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="46"/>
        <source>Imports</source>
        <translation>Importations</translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="47"/>
        <source>Trade with Belt and Road countries</source>
        <translation>Commerce avec les pays de « la Ceinture et la Route »</translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="50"/>
        <source>Figures in the article</source>
        <translation>Chiffres de l’article</translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="51"/>
        <source>Official yearly series</source>
        <translation>Séries annuelles officielles</translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="137"/>
        <location filename="../../ui/data_view.py" line="146"/>
        <source>Export data as CSV</source>
        <translation>Exporter les données en CSV</translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="145"/>
        <source>The data could not be saved: %1</source>
        <translation>Impossible d’enregistrer les données&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="148"/>
        <source>Saved the data to %1</source>
        <translation>Données enregistrées dans %1</translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="160"/>
        <source>Export as CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../ui/export_dialog.py" line="188"/>
        <source>Saving charts…</source>
        <translation>Enregistrement des graphiques…</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="188"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/export_dialog.py" line="209"/>
        <source>%1 already exists. Replace it?</source>
        <translation>
            <numerusform>%1 existe déjà. Le remplacer&#xa0;?</numerusform>
            <numerusform>%1 existent déjà. Les remplacer&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="214"/>
        <source>The chart could not be saved: %1</source>
        <translation>Impossible d’enregistrer le graphique&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="222"/>
        <source>all charts</source>
        <translation>tous les graphiques</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="223"/>
        <source>Save chart image: %1</source>
        <translation>Enregistrer l’image du graphique&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="224"/>
        <source>&amp;Format:</source>
        <translation>&amp;Format&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="224"/>
        <source>Si&amp;ze (pixels):</source>
        <translation>&amp;Taille (pixels)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="224"/>
        <source>S&amp;cale:</source>
        <translation>É&amp;chelle&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="224"/>
        <source>&amp;Background:</source>
        <translation>&amp;Arrière-plan&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="225"/>
        <source>Title:</source>
        <translation>Titre&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="225"/>
        <source>Footer:</source>
        <translation>Pied de page&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="225"/>
        <source>Save &amp;to:</source>
        <translation>Enregistrer &amp;sous&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="225"/>
        <source>&amp;Folder:</source>
        <translation>&amp;Dossier&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="228"/>
        <source>Custom</source>
        <translation>Personnalisée</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="229"/>
        <source>White</source>
        <translation>Blanc</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="230"/>
        <source>Transparent (PNG, SVG)</source>
        <translation>Transparent (PNG, SVG)</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="231"/>
        <source>Include the chart title</source>
        <translation>Inclure le titre du graphique</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="232"/>
        <source>Include the source and app name</source>
        <translation>Inclure la source et le nom de l’application</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="233"/>
        <source>Bro&amp;wse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../ui/find_bar.py" line="107"/>
        <source>No matches</source>
        <translation>Aucun résultat</translation>
    </message>
    <message>
        <location filename="../../ui/find_bar.py" line="109"/>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <location filename="../../ui/find_bar.py" line="123"/>
        <source>Find in the article</source>
        <translation>Rechercher dans l’article</translation>
    </message>
    <message>
        <location filename="../../ui/find_bar.py" line="124"/>
        <source>Previous</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <location filename="../../ui/find_bar.py" line="125"/>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <location filename="../../ui/find_bar.py" line="127"/>
        <source>Close (Esc)</source>
        <translation>Fermer (Échap)</translation>
    </message>
</context>
<context>
    <name>Kinds</name>
    <message>
        <location filename="../../app/facts.py" line="24"/>
        <source>Reported</source>
        <translation>Publié</translation>
    </message>
    <message>
        <location filename="../../app/facts.py" line="25"/>
        <source>Final (statistics bureau)</source>
        <translation>Définitif (bureau des statistiques)</translation>
    </message>
    <message>
        <location filename="../../app/facts.py" line="26"/>
        <source>Estimate (“exceeds”)</source>
        <translation>Estimation («&#xa0;a dépassé&#xa0;»)</translation>
    </message>
    <message>
        <location filename="../../app/facts.py" line="27"/>
        <source>Derived from stated growth</source>
        <translation>Déduit de la croissance annoncée</translation>
    </message>
    <message>
        <location filename="../../app/facts.py" line="28"/>
        <source>No confirmed figure</source>
        <translation>Aucun chiffre confirmé</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="68"/>
        <source>Charts ready</source>
        <translation>Graphiques prêts</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="150"/>
        <location filename="../../ui/main_window.py" line="158"/>
        <source>Open article bundle</source>
        <translation>Ouvrir un dossier d’article</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="156"/>
        <source>The article could not be opened: %1</source>
        <translation>Impossible d’ouvrir l’article&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="161"/>
        <source>About Hunan Trade Viewer</source>
        <translation>À propos de la Visionneuse du commerce extérieur du Hunan</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="162"/>
        <source>&lt;h3&gt;Hunan Trade Viewer&lt;/h3&gt;&lt;p&gt;Reads the Hunan Provincial Government&apos;s statistics update on Hunan&apos;s foreign trade beside charts of its figures, in five languages.&lt;/p&gt;&lt;p&gt;Every figure comes from the article or from official releases, each with its source. Values derived from a stated growth rate are marked as derived.&lt;/p&gt;&lt;p&gt;Fonts: Noto Sans CJK subsets, SIL Open Font License 1.1.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Visionneuse du commerce extérieur du Hunan&lt;/h3&gt;&lt;p&gt;Présente le bulletin statistique du gouvernement provincial du Hunan sur le commerce extérieur de la province, accompagné de graphiques de ses chiffres, en cinq langues.&lt;/p&gt;&lt;p&gt;Chaque chiffre provient de l’article ou de publications officielles, avec sa source. Les valeurs calculées à partir d’un taux de croissance annoncé sont signalées comme déduites.&lt;/p&gt;&lt;p&gt;Polices&#xa0;: sous-ensembles de Noto Sans CJK, SIL Open Font License 1.1.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="181"/>
        <source>Hunan Trade Viewer</source>
        <translation>Visionneuse du commerce extérieur du Hunan</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="182"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="183"/>
        <source>&amp;Open article…</source>
        <translation>&amp;Ouvrir un article…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="184"/>
        <source>&amp;Save chart…</source>
        <translation>&amp;Enregistrer le graphique…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="185"/>
        <source>Save &amp;all charts…</source>
        <translation>Enregistrer &amp;tous les graphiques…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="186"/>
        <source>&amp;Export data as CSV…</source>
        <translation>E&amp;xporter les données en CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="187"/>
        <source>Save article as P&amp;DF…</source>
        <translation>Enregistrer l’article en P&amp;DF…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="188"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="189"/>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="190"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="191"/>
        <source>&amp;Find in article…</source>
        <translation>&amp;Rechercher dans l’article…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="192"/>
        <source>Clear selection</source>
        <translation>Désélectionner</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="193"/>
        <source>Charts</source>
        <translation>Graphiques</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="194"/>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="195"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="196"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="197"/>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="200"/>
        <source>&amp;Theme</source>
        <translation>&amp;Thème</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="203"/>
        <source>&amp;Larger text</source>
        <translation>&amp;Agrandir le texte</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="204"/>
        <source>&amp;Smaller text</source>
        <translation>&amp;Réduire le texte</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="205"/>
        <source>&amp;Normal text size</source>
        <translation>Taille de texte &amp;normale</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="206"/>
        <source>Show &amp;settings panel</source>
        <translation>Afficher le panneau des &amp;paramètres</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="207"/>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="208"/>
        <source>&amp;About Hunan Trade Viewer</source>
        <translation>À &amp;propos de la Visionneuse du commerce extérieur du Hunan</translation>
    </message>
</context>
<context>
    <name>ReaderView</name>
    <message>
        <location filename="../../ui/reader.py" line="110"/>
        <source>Original article on the Hunan Provincial Government website</source>
        <translation>Article original sur le site du gouvernement provincial du Hunan</translation>
    </message>
    <message>
        <location filename="../../ui/reader.py" line="119"/>
        <source>Translator: %1</source>
        <translation>Traduction&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../ui/reader.py" line="169"/>
        <source>Showing the original text (%1).</source>
        <translation>Affichage du texte original (%1).</translation>
    </message>
    <message>
        <location filename="../../ui/reader.py" line="170"/>
        <source>Show translation</source>
        <translation>Afficher la traduction</translation>
    </message>
    <message>
        <location filename="../../ui/reader.py" line="173"/>
        <source>This is a translation. The original text (%1) is the official one.</source>
        <translation>Ceci est une traduction. Seul le texte original (%1) fait foi.</translation>
    </message>
    <message>
        <location filename="../../ui/reader.py" line="175"/>
        <source>Show original</source>
        <translation>Afficher l’original</translation>
    </message>
    <message>
        <location filename="../../ui/reader.py" line="187"/>
        <location filename="../../ui/reader.py" line="194"/>
        <source>Save article as PDF</source>
        <translation>Enregistrer l’article en PDF</translation>
    </message>
    <message>
        <location filename="../../ui/reader.py" line="193"/>
        <source>The article could not be saved: %1</source>
        <translation>Impossible d’enregistrer l’article&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../ui/reader.py" line="196"/>
        <source>Saved the article to %1</source>
        <translation>Article enregistré dans %1</translation>
    </message>
    <message>
        <location filename="../../ui/reader.py" line="288"/>
        <source>Article text</source>
        <translation>Texte de l’article</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../app/settings.py" line="46"/>
        <source>The settings file %1 could not be read; defaults are used (your file is kept as %2).</source>
        <translation>Le fichier de paramètres %1 est illisible&#xa0;; les valeurs par défaut sont utilisées (votre fichier est conservé sous %2).</translation>
    </message>
</context>
<context>
    <name>SettingsPanel</name>
    <message>
        <location filename="../../ui/settings_panel.py" line="13"/>
        <source>Follow the system</source>
        <translation>Suivre le système</translation>
    </message>
    <message>
        <location filename="../../ui/settings_panel.py" line="14"/>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <location filename="../../ui/settings_panel.py" line="15"/>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <location filename="../../ui/settings_panel.py" line="73"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../../ui/settings_panel.py" line="74"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_panel.py" line="75"/>
        <source>&amp;Theme:</source>
        <translation>&amp;Thème&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_panel.py" line="76"/>
        <source>Reader &amp;text size:</source>
        <translation>Taille du te&amp;xte de lecture&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_panel.py" line="77"/>
        <source> pt</source>
        <translation>&#xa0;pt</translation>
    </message>
</context>
<context>
    <name>Units</name>
    <message>
        <location filename="../../app/facts.py" line="19"/>
        <source>Yuan (CNY)</source>
        <translation>Yuans (CNY)</translation>
    </message>
    <message>
        <location filename="../../app/facts.py" line="20"/>
        <source>Percent</source>
        <translation>Pourcentage</translation>
    </message>
    <message>
        <location filename="../../app/facts.py" line="21"/>
        <source>Enterprises</source>
        <translation>Entreprises</translation>
    </message>
    <message>
        <location filename="../../app/facts.py" line="94"/>
        <source>%1 CNY</source>
        <translation>%1 CNY</translation>
    </message>
    <message>
        <location filename="../../app/facts.py" line="97"/>
        <source>%1 enterprises</source>
        <translation>%1 entreprises</translation>
    </message>
</context>
</TS>
