<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../ui/about_dialog.py" line="81"/>
        <source>About Hunan Trade Viewer</source>
        <translation>À propos de la Visionneuse du commerce extérieur du Hunan</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="82"/>
        <source>Hunan Trade Viewer</source>
        <translation>Visionneuse du commerce extérieur du Hunan</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="83"/>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="85"/>
        <source>Reads statistics releases beside charts of their figures, in five languages, and keeps a library of them. Every figure comes from the article or from an official release, each with its source; estimates and values the viewer computes are marked as such.</source>
        <translation>Affiche les publications statistiques à côté des graphiques de leurs chiffres, en cinq langues, et les conserve dans une bibliothèque. Chaque chiffre provient de l’article ou d’une publication officielle, avec sa source&#xa0;; les estimations et les valeurs calculées par la visionneuse sont signalées comme telles.</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="89"/>
        <source>Licence: %1</source>
        <translation>Licence&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="96"/>
        <source>Data sources, libraries and fonts</source>
        <translation>Sources des données, bibliothèques et polices</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="100"/>
        <source>Data sources</source>
        <translation>Sources des données</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="114"/>
        <source>Libraries</source>
        <translation>Bibliothèques</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="115"/>
        <source>The viewer runs on these libraries, each under its own licence:</source>
        <translation>La visionneuse s’appuie sur ces bibliothèques, chacune sous sa propre licence&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="116"/>
        <source>Library</source>
        <translation>Bibliothèque</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="116"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="116"/>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="129"/>
        <source>Fonts</source>
        <translation>Polices</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="131"/>
        <source>Subsets of Noto Sans and Noto Sans CJK SC, JP and KR, under the SIL Open Font License 1.1 (OFL-1.1).</source>
        <translation>Sous-ensembles de Noto Sans et de Noto Sans CJK SC, JP et KR, sous licence SIL Open Font License 1.1 (OFL-1.1).</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <location filename="../../ui/application.py" line="147"/>
        <source>Something went wrong: %1. The details are in %2.</source>
        <translation>Une erreur s’est produite&#xa0;: %1. Les détails se trouvent dans %2.</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py" line="130"/>
        <source>Hunan Trade Viewer</source>
        <translation>Visionneuse du commerce extérieur du Hunan</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="168"/>
        <source>The last article could not be opened: %1</source>
        <translation>Impossible d’ouvrir le dernier article&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ChartCard</name>
    <message>
        <location filename="../../ui/charts.py" line="243"/>
        <location filename="../../ui/charts.py" line="245"/>
        <source>Save image…</source>
        <translation>Enregistrer l’image…</translation>
    </message>
    <message>
        <location filename="../../ui/charts.py" line="244"/>
        <source>Save this chart as PNG, JPEG, SVG or PDF (Ctrl+S)</source>
        <translation>Enregistrer ce graphique en PNG, JPEG, SVG ou PDF (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../ui/charts.py" line="246"/>
        <source>Copy image</source>
        <translation>Copier l’image</translation>
    </message>
    <message>
        <location filename="../../ui/charts.py" line="247"/>
        <source>Show values as a table…</source>
        <translation>Afficher les valeurs sous forme de tableau…</translation>
    </message>
    <message>
        <location filename="../../ui/charts.py" line="470"/>
        <source>Chart</source>
        <translation>Graphique</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message numerus="yes">
        <location filename="../../ui/chart_panel.py" line="279"/>
        <source>Saved %n image(s) to %1</source>
        <translation>
            <numerusform>%n image enregistrée dans %1</numerusform>
            <numerusform>%n images enregistrées dans %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/chart_panel.py" line="292"/>
        <source>Copied “%1” to the clipboard</source>
        <translation>Graphique «&#xa0;%1&#xa0;» copié dans le presse-papiers</translation>
    </message>
    <message>
        <location filename="../../ui/chart_panel.py" line="301"/>
        <source>Loading charts…</source>
        <translation>Chargement des graphiques…</translation>
    </message>
</context>
<context>
    <name>ChartTableDialog</name>
    <message>
        <location filename="../../ui/chart_table_dialog.py" line="80"/>
        <source>Chart as a table: %1</source>
        <translation>Graphique sous forme de tableau&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../ui/chart_table_dialog.py" line="81"/>
        <source>Values in %1</source>
        <translation>Valeurs en %1</translation>
    </message>
    <message>
        <location filename="../../ui/chart_table_dialog.py" line="83"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../../ui/chart_table_dialog.py" line="83"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../../ui/chart_table_dialog.py" line="83"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/chart_table_dialog.py" line="83"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
</context>
<context>
    <name>ChartWords</name>
    <message>
        <location filename="../../app/chart_words.py" line="37"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../../app/chart_words.py" line="47"/>
        <source>; </source>
        <translation>&#xa0;; </translation>
    </message>
    <message>
        <location filename="../../app/chart_words.py" line="48"/>
        <source>Values in %1: %2</source>
        <translation>Valeurs en %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../../app/chart_words.py" line="55"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <location filename="../../app/chart_words.py" line="35"/>
        <location filename="../../app/charts.py" line="146"/>
        <location filename="../../app/charts.py" line="153"/>
        <location filename="../../ui/charts.py" line="434"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../../app/charts.py" line="183"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../../app/charts.py" line="119"/>
        <location filename="../../app/charts.py" line="221"/>
        <source>≈%1</source>
        <translation>≈%1</translation>
    </message>
    <message>
        <location filename="../../app/charts.py" line="190"/>
        <source>%1; published by %2, %3</source>
        <translation>%1&#xa0;; publié par %2, le %3</translation>
    </message>
    <message>
        <location filename="../../app/charts.py" line="235"/>
        <source>Between %1 and %2, from the rounding of the figures it is computed from</source>
        <translation>Entre %1 et %2, selon l’arrondi des chiffres à partir desquels elle est calculée</translation>
    </message>
    <message>
        <location filename="../../app/charts.py" line="287"/>
        <source>Source: %1</source>
        <translation>Source&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../app/charts.py" line="330"/>
        <location filename="../../app/compare.py" line="163"/>
        <source>n/a</source>
        <translation>n.d.</translation>
    </message>
    <message>
        <location filename="../../app/charts.py" line="357"/>
        <source>Sources: official releases %1–%2 (hover a bar for each); estimate: %3</source>
        <translation>Sources&#xa0;: publications officielles %1–%2 (source de chaque barre au survol)&#xa0;; estimation&#xa0;: %3</translation>
    </message>
    <message>
        <location filename="../../app/charts.py" line="361"/>
        <source>Sources: official releases %1–%2 (hover a bar for each)</source>
        <translation>Sources&#xa0;: publications officielles %1–%2 (source de chaque barre au survol)</translation>
    </message>
    <message>
        <location filename="../../app/charts.py" line="358"/>
        <source>Sources: official releases %1–%2, one for each year; estimate: %3</source>
        <translation>Sources&#xa0;: publications officielles %1–%2, une par année&#xa0;; estimation&#xa0;: %3</translation>
    </message>
    <message>
        <location filename="../../app/charts.py" line="362"/>
        <source>Sources: official releases %1–%2, one for each year</source>
        <translation>Sources&#xa0;: publications officielles %1–%2, une par année</translation>
    </message>
</context>
<context>
    <name>Compare</name>
    <message>
        <location filename="../../app/compare.py" line="173"/>
        <source>Release: %1 (%2)</source>
        <translation>Publication&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../app/compare.py" line="205"/>
        <source>Sources: releases in the library, %1 in all (hover a point for each)</source>
        <translation>Sources&#xa0;: publications de la bibliothèque, %1 au total (source de chaque point au survol)</translation>
    </message>
    <message>
        <location filename="../../app/compare.py" line="206"/>
        <source>Sources: releases in the library, %1 in all</source>
        <translation>Sources&#xa0;: publications de la bibliothèque, %1 au total</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <location filename="../../ui/compare_view.py" line="121"/>
        <source>Loading the library…</source>
        <translation>Chargement de la bibliothèque…</translation>
    </message>
    <message>
        <location filename="../../ui/compare_view.py" line="123"/>
        <source>No indicator is reported with this measure.</source>
        <translation>Aucun indicateur n’est publié avec cette mesure.</translation>
    </message>
    <message>
        <location filename="../../ui/compare_view.py" line="158"/>
        <location filename="../../ui/compare_view.py" line="166"/>
        <source>Save image</source>
        <translation>Enregistrer l’image</translation>
    </message>
    <message>
        <location filename="../../ui/compare_view.py" line="176"/>
        <source>Compare across articles</source>
        <translation>Comparer les articles</translation>
    </message>
    <message>
        <location filename="../../ui/compare_view.py" line="178"/>
        <source>&amp;Indicator:</source>
        <translation>&amp;Indicateur&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/compare_view.py" line="178"/>
        <source>&amp;Measure:</source>
        <translation>&amp;Mesure&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/compare_view.py" line="178"/>
        <source>&amp;Draw as:</source>
        <translation>&amp;Représentation&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/compare_view.py" line="184"/>
        <source>Line</source>
        <translation>Courbe</translation>
    </message>
    <message>
        <location filename="../../ui/compare_view.py" line="184"/>
        <source>Bars</source>
        <translation>Barres</translation>
    </message>
    <message>
        <location filename="../../ui/compare_view.py" line="186"/>
        <source>&amp;Save image…</source>
        <translation>&amp;Enregistrer l’image…</translation>
    </message>
</context>
<context>
    <name>DataView</name>
    <message>
        <location filename="../../ui/data_view.py" line="38"/>
        <source>Fact</source>
        <translation>Donnée</translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="40"/>
        <source>Measure</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="41"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="42"/>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="43"/>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="44"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="45"/>
        <source>Computed as</source>
        <translation>Mode de calcul</translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="46"/>
        <source>As written</source>
        <translation>Formulation d’origine</translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="47"/>
        <source>Growth of</source>
        <translation>Croissance de</translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="48"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="39"/>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="49"/>
        <source>Stated growth (%)</source>
        <translation>Croissance annoncée (%)</translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="50"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="51"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="166"/>
        <source>Figures in the article</source>
        <translation>Chiffres de l’article</translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="179"/>
        <location filename="../../ui/data_view.py" line="189"/>
        <source>Export data as CSV</source>
        <translation>Exporter les données en CSV</translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="188"/>
        <source>The data could not be saved: %1</source>
        <translation>Impossible d’enregistrer les données&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="191"/>
        <source>Saved the data to %1</source>
        <translation>Données enregistrées dans %1</translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="201"/>
        <source>Loading the tables…</source>
        <translation>Chargement des tableaux…</translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="204"/>
        <source>Export as CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../ui/export_dialog.py" line="252"/>
        <source>Saving charts…</source>
        <translation>Enregistrement des graphiques…</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="252"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/export_dialog.py" line="275"/>
        <source>%1 already exists. Replace it?</source>
        <translation>
            <numerusform>%1 existe déjà. Le remplacer&#xa0;?</numerusform>
            <numerusform>%1 existent déjà. Les remplacer&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="282"/>
        <source>The chart could not be saved: %1</source>
        <translation>Impossible d’enregistrer le graphique&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="290"/>
        <source>all charts</source>
        <translation>tous les graphiques</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="291"/>
        <source>Save chart image: %1</source>
        <translation>Enregistrer l’image du graphique&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="293"/>
        <source>&amp;Format:</source>
        <translation>&amp;Format&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="294"/>
        <source>Si&amp;ze (pixels):</source>
        <translation>&amp;Taille (pixels)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="295"/>
        <source>S&amp;cale:</source>
        <translation>É&amp;chelle&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="296"/>
        <source>&amp;Background:</source>
        <translation>&amp;Arrière-plan&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="297"/>
        <source>Title:</source>
        <translation>Titre&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="298"/>
        <source>Footer:</source>
        <translation>Pied de page&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="299"/>
        <source>SVG text:</source>
        <translation>Texte SVG&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="300"/>
        <source>Save &amp;to:</source>
        <translation>Enregistrer &amp;sous&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="300"/>
        <source>&amp;Folder:</source>
        <translation>&amp;Dossier&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="305"/>
        <source>Width (pixels)</source>
        <translation>Largeur (pixels)</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="306"/>
        <source>Height (pixels)</source>
        <translation>Hauteur (pixels)</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="307"/>
        <source>Custom</source>
        <translation>Personnalisée</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="308"/>
        <source>White</source>
        <translation>Blanc</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="309"/>
        <source>Transparent (PNG, SVG)</source>
        <translation>Transparent (PNG, SVG)</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="310"/>
        <source>Include the chart title</source>
        <translation>Inclure le titre du graphique</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="311"/>
        <source>Include the source and app name</source>
        <translation>Inclure la source et le nom de l’application</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="312"/>
        <source>Text as o&amp;utlines</source>
        <translation>Texte &amp;vectorisé</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="315"/>
        <source>Draws the text as shapes: the SVG looks the same in every program, with or without its fonts, but its words cannot be selected or searched</source>
        <translation>Dessine le texte sous forme de tracés&#xa0;: le SVG s’affiche de la même façon dans tous les logiciels, avec ou sans ses polices, mais ses mots ne peuvent être ni sélectionnés ni recherchés</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="319"/>
        <source>Bro&amp;wse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../ui/find_bar.py" line="113"/>
        <source>No matches</source>
        <translation>Aucun résultat</translation>
    </message>
    <message>
        <location filename="../../ui/find_bar.py" line="116"/>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <location filename="../../ui/find_bar.py" line="131"/>
        <location filename="../../ui/find_bar.py" line="132"/>
        <source>Find in the article</source>
        <translation>Rechercher dans l’article</translation>
    </message>
    <message>
        <location filename="../../ui/find_bar.py" line="133"/>
        <source>Previous</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <location filename="../../ui/find_bar.py" line="134"/>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <location filename="../../ui/find_bar.py" line="135"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../ui/find_bar.py" line="136"/>
        <source>Close (Esc)</source>
        <translation>Fermer (Échap)</translation>
    </message>
</context>
<context>
    <name>ImportMessages</name>
    <message>
        <location filename="../../ui/import_messages.py" line="22"/>
        <source>the page is empty</source>
        <translation>la page est vide</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="23"/>
        <source>not a web page or a text file</source>
        <translation>ce n’est ni une page web ni un fichier texte</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="24"/>
        <source>no figures were found in the article</source>
        <translation>aucun chiffre n’a été trouvé dans l’article</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="25"/>
        <source>no article text found on the page</source>
        <translation>aucun texte d’article n’a été trouvé sur la page</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="26"/>
        <source>no file or address given</source>
        <translation>aucun fichier ni adresse n’a été indiqué</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="27"/>
        <source>this is a folder, not a page</source>
        <translation>c’est un dossier, pas une page</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="28"/>
        <source>this is a device or a pipe, not a file</source>
        <translation>c’est un périphérique ou un tube, pas un fichier</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="29"/>
        <source>there is no such file; a web address begins with https://</source>
        <translation>ce fichier n’existe pas&#xa0;; une adresse web commence par https://</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="30"/>
        <source>cannot read &apos;%1&apos; addresses, only http, https and local files</source>
        <translation>impossible de lire les adresses «&#xa0;%1&#xa0;»&#xa0;: seulement http, https et les fichiers locaux</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="31"/>
        <source>a web address begins with %1:// (two slashes)</source>
        <translation>une adresse web commence par %1:// (deux barres obliques)</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="32"/>
        <source>the file is larger than the %1 limit</source>
        <translation>le fichier dépasse la limite de %1</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="33"/>
        <source>the page is larger than the %1 limit</source>
        <translation>la page dépasse la limite de %1</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="34"/>
        <source>cannot read the file: %1</source>
        <translation>impossible de lire le fichier&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="35"/>
        <source>the server answered %1</source>
        <translation>le serveur a répondu %1</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="36"/>
        <source>the address is not a web page (%1)</source>
        <translation>l’adresse n’est pas une page web (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="37"/>
        <source>cannot write into the library: it is a file, not a folder</source>
        <translation>impossible d’écrire dans la bibliothèque&#xa0;: c’est un fichier, pas un dossier</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="38"/>
        <source>cannot write into the library: %1</source>
        <translation>impossible d’écrire dans la bibliothèque&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="39"/>
        <source>the imported article does not check: %1</source>
        <translation>l’article importé ne passe pas la vérification&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="40"/>
        <source>cannot write the article: %1</source>
        <translation>impossible d’écrire l’article&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="41"/>
        <source>the address redirects more than %1 times (a redirect loop?)</source>
        <translation>l’adresse redirige plus de %1 fois (une boucle de redirection&#xa0;?)</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="42"/>
        <source>the server&apos;s name could not be found (DNS)</source>
        <translation>le nom du serveur est introuvable (DNS)</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="43"/>
        <source>the server refused the connection</source>
        <translation>le serveur a refusé la connexion</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="44"/>
        <source>could not connect to the server</source>
        <translation>impossible de se connecter au serveur</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="45"/>
        <source>the server did not accept a connection within %1 s</source>
        <translation>le serveur n’a pas accepté de connexion en %1 s</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="46"/>
        <source>the server did not answer within %1 s</source>
        <translation>le serveur n’a pas répondu en %1 s</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="47"/>
        <source>the secure connection failed (certificate or TLS error)</source>
        <translation>la connexion sécurisée a échoué (certificat ou erreur TLS)</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="48"/>
        <source>the connection broke off before the page was read</source>
        <translation>la connexion a été coupée avant la fin de la lecture de la page</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="49"/>
        <source>this is not a valid web address</source>
        <translation>ce n’est pas une adresse web valide</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="50"/>
        <source>the page could not be downloaded: %1</source>
        <translation>impossible de télécharger la page&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Kinds</name>
    <message>
        <location filename="../../app/charts.py" line="23"/>
        <source>Reported</source>
        <translation>Publié</translation>
    </message>
    <message>
        <location filename="../../app/charts.py" line="24"/>
        <source>Final (statistics bureau)</source>
        <translation>Définitif (bureau des statistiques)</translation>
    </message>
    <message>
        <location filename="../../app/charts.py" line="25"/>
        <source>Estimate</source>
        <translation>Estimation</translation>
    </message>
    <message>
        <location filename="../../app/charts.py" line="26"/>
        <source>Derived (computed)</source>
        <translation>Valeur calculée</translation>
    </message>
    <message>
        <location filename="../../app/charts.py" line="27"/>
        <source>No confirmed figure</source>
        <translation>Aucun chiffre confirmé</translation>
    </message>
</context>
<context>
    <name>LibraryView</name>
    <message>
        <location filename="../../ui/library_view.py" line="135"/>
        <source>The article could not be opened: %1</source>
        <translation>Impossible d’ouvrir l’article&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../ui/library_view.py" line="139"/>
        <source>Open article</source>
        <translation>Ouvrir un article</translation>
    </message>
    <message>
        <location filename="../../ui/library_view.py" line="147"/>
        <source>Filter by title or date</source>
        <translation>Filtrer par titre ou par date</translation>
    </message>
    <message>
        <location filename="../../ui/library_view.py" line="148"/>
        <source>Filter the library</source>
        <translation>Filtrer la bibliothèque</translation>
    </message>
    <message>
        <location filename="../../ui/library_view.py" line="149"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../ui/library_view.py" line="149"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/library_view.py" line="149"/>
        <source>Figures</source>
        <translation>Chiffres</translation>
    </message>
    <message>
        <location filename="../../ui/library_view.py" line="150"/>
        <source>Articles in the library</source>
        <translation>Articles de la bibliothèque</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="140"/>
        <source>Charts ready</source>
        <translation>Graphiques prêts</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="336"/>
        <source>Hunan Trade Viewer</source>
        <translation>Visionneuse du commerce extérieur du Hunan</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="31"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="240"/>
        <source>Open article folder</source>
        <translation>Ouvrir le dossier d’un article</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="259"/>
        <location filename="../../ui/main_window.py" line="271"/>
        <source>Import article</source>
        <translation>Importer un article</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="261"/>
        <source>Web pages and text (*.html *.htm *.txt);;All files (*)</source>
        <translation>Pages web et fichiers texte (*.html *.htm *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="271"/>
        <source>Address of the page (http or https):</source>
        <translation>Adresse de la page (http ou https)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="301"/>
        <source>No recent articles</source>
        <translation>Aucun article récent</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="338"/>
        <source>&amp;Open article folder…</source>
        <translation>&amp;Ouvrir le dossier d’un article…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="339"/>
        <source>Open &amp;recent</source>
        <translation>Articles &amp;récents</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="340"/>
        <source>Show &amp;library</source>
        <translation>Afficher la &amp;bibliothèque</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="341"/>
        <source>&amp;Import article…</source>
        <translation>I&amp;mporter un article…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="342"/>
        <source>Impor&amp;t from address…</source>
        <translation>Importer depuis une &amp;adresse…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="343"/>
        <source>&amp;Save chart…</source>
        <translation>&amp;Enregistrer le graphique…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="344"/>
        <source>Save &amp;all charts…</source>
        <translation>Enregistrer &amp;tous les graphiques…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="345"/>
        <source>&amp;Export data as CSV…</source>
        <translation>E&amp;xporter les données en CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="346"/>
        <source>Save article as P&amp;DF…</source>
        <translation>Enregistrer l’article en P&amp;DF…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="347"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="32"/>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="349"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="350"/>
        <source>&amp;Find in article…</source>
        <translation>&amp;Rechercher dans l’article…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="351"/>
        <source>Clear selection</source>
        <translation>Désélectionner</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="352"/>
        <source>Charts</source>
        <translation>Graphiques</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="353"/>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="354"/>
        <source>Library</source>
        <translation>Bibliothèque</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="355"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="33"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="357"/>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="360"/>
        <source>&amp;Theme</source>
        <translation>&amp;Thème</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="363"/>
        <source>Lar&amp;ger text</source>
        <translation>&amp;Agrandir le texte</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="364"/>
        <source>&amp;Smaller text</source>
        <translation>&amp;Réduire le texte</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="365"/>
        <source>&amp;Normal text size</source>
        <translation>Taille de texte &amp;normale</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="366"/>
        <source>Show settings &amp;panel</source>
        <translation>Afficher le panneau des &amp;paramètres</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="367"/>
        <source>&amp;Compare across articles…</source>
        <translation>&amp;Comparer les articles…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="34"/>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="369"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="370"/>
        <source>&amp;About Hunan Trade Viewer</source>
        <translation>À &amp;propos de la Visionneuse du commerce extérieur du Hunan</translation>
    </message>
</context>
<context>
    <name>Measures</name>
    <message>
        <location filename="../../app/charts.py" line="31"/>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location filename="../../app/charts.py" line="32"/>
        <source>Growth rate</source>
        <translation>Taux de croissance</translation>
    </message>
    <message>
        <location filename="../../app/charts.py" line="33"/>
        <source>Share</source>
        <translation>Part</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <location filename="../../ui/import_task.py" line="51"/>
        <source>Import article</source>
        <translation>Importer un article</translation>
    </message>
</context>
<context>
    <name>ReaderView</name>
    <message>
        <location filename="../../ui/reader.py" line="142"/>
        <source>Original article</source>
        <translation>Article original</translation>
    </message>
    <message>
        <location filename="../../ui/reader.py" line="151"/>
        <source>Translator: %1</source>
        <translation>Traduction&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../ui/reader.py" line="269"/>
        <source>Showing the original text (%1).</source>
        <translation>Affichage du texte original (%1).</translation>
    </message>
    <message>
        <location filename="../../ui/reader.py" line="270"/>
        <source>Show translation</source>
        <translation>Afficher la traduction</translation>
    </message>
    <message>
        <location filename="../../ui/reader.py" line="273"/>
        <source>This article is published in %1 only; the charts follow your language.</source>
        <translation>Cet article n’est publié qu’en %1&#xa0;; les graphiques s’affichent dans votre langue.</translation>
    </message>
    <message>
        <location filename="../../ui/reader.py" line="279"/>
        <source>This is a translation. The original text (%1) is the official one.</source>
        <translation>Ceci est une traduction. Seul le texte original (%1) fait foi.</translation>
    </message>
    <message>
        <location filename="../../ui/reader.py" line="283"/>
        <source>Show original</source>
        <translation>Afficher l’original</translation>
    </message>
    <message>
        <location filename="../../ui/reader.py" line="306"/>
        <location filename="../../ui/reader.py" line="315"/>
        <source>Save article as PDF</source>
        <translation>Enregistrer l’article en PDF</translation>
    </message>
    <message>
        <location filename="../../ui/reader.py" line="314"/>
        <source>The article could not be saved: %1</source>
        <translation>Impossible d’enregistrer l’article&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../ui/reader.py" line="317"/>
        <source>Saved the article to %1</source>
        <translation>Article enregistré dans %1</translation>
    </message>
    <message>
        <location filename="../../ui/reader.py" line="397"/>
        <source>Article text</source>
        <translation>Texte de l’article</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <location filename="../../ui/import_dialog.py" line="189"/>
        <source>(the text&apos;s words, untranslated)</source>
        <translation>(termes du texte, non traduits)</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="194"/>
        <source>Glossary term of %1</source>
        <translation>Terme du glossaire pour %1</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="315"/>
        <source>Added as row %1.</source>
        <translation>Chiffre ajouté à la ligne %1.</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="316"/>
        <source>Added as row %1: the text gives it no unit, so choose one.</source>
        <translation>Chiffre ajouté à la ligne %1&#xa0;: le texte ne lui donne pas d’unité, choisissez-en une.</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="317"/>
        <source>That figure is already in the table, row %1.</source>
        <translation>Ce chiffre figure déjà dans le tableau, à la ligne %1.</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="318"/>
        <source>That figure is row %1, and is included again.</source>
        <translation>Ce chiffre est à la ligne %1&#xa0;; il est de nouveau inclus.</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="319"/>
        <source>The selection holds no number, so it cannot be a figure.</source>
        <translation>La sélection ne contient aucun nombre&#xa0;: ce ne peut pas être un chiffre.</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="320"/>
        <source>The selection holds more than one number: select one figure at a time.</source>
        <translation>La sélection contient plusieurs nombres&#xa0;: sélectionnez un chiffre à la fois.</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="321"/>
        <source>The selection runs over more than one paragraph: select one figure.</source>
        <translation>La sélection s’étend sur plusieurs paragraphes&#xa0;: sélectionnez un seul chiffre.</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="349"/>
        <source>Row %1: &apos;%2&apos; is not a known %3.</source>
        <translation>Ligne %1&#xa0;: «&#xa0;%2&#xa0;» n’est pas une valeur connue pour %3.</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="374"/>
        <location filename="../../ui/import_dialog.py" line="386"/>
        <source>Import article</source>
        <translation>Importer un article</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="375"/>
        <source>Name the publisher of this release: its charts cite it as their source.</source>
        <translation>Indiquez l’éditeur de cette publication : ses graphiques le citent comme source.</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="409"/>
        <source>Review the figures found</source>
        <translation>Vérifier les chiffres trouvés</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="411"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="411"/>
        <source>&amp;Publisher:</source>
        <translation>&amp;Éditeur&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="411"/>
        <source>Publi&amp;shed:</source>
        <translation>Publié &amp;le&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="414"/>
        <source>Not named on the page: who published this release?</source>
        <translation>Non indiqué sur la page : qui a publié ce communiqué ?</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="415"/>
        <source>The page gives no date: today&apos;s is proposed.</source>
        <translation>La page ne donne pas de date : celle d’aujourd’hui est proposée.</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="421"/>
        <source>Figure</source>
        <translation>Chiffre</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="422"/>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="423"/>
        <source>Glossary term</source>
        <translation>Terme du glossaire</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="425"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="426"/>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="427"/>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="424"/>
        <source>Of</source>
        <translation>Concerne</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="428"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="429"/>
        <source>Measure</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="432"/>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="433"/>
        <source>Article text</source>
        <translation>Texte de l’article</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="434"/>
        <source>&amp;Add as figure</source>
        <translation>&amp;Ajouter comme chiffre</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="435"/>
        <source>Add the selected number as a figure the finder missed (Ctrl+M)</source>
        <translation>Ajouter le nombre sélectionné comme chiffre non trouvé par la détection automatique (Ctrl+M)</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="437"/>
        <source>Figures found</source>
        <translation>Chiffres trouvés</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../app/settings.py" line="87"/>
        <source>The settings file %1 could not be read; defaults are used (your file is kept as %2).</source>
        <translation>Le fichier de paramètres %1 est illisible&#xa0;; les valeurs par défaut sont utilisées (votre fichier est conservé sous %2).</translation>
    </message>
</context>
<context>
    <name>SettingsPanel</name>
    <message>
        <location filename="../../ui/settings_panel.py" line="14"/>
        <source>Follow the system</source>
        <translation>Suivre le système</translation>
    </message>
    <message>
        <location filename="../../ui/settings_panel.py" line="15"/>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <location filename="../../ui/settings_panel.py" line="16"/>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <location filename="../../ui/settings_panel.py" line="76"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../../ui/settings_panel.py" line="77"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_panel.py" line="78"/>
        <source>&amp;Theme:</source>
        <translation>&amp;Thème&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_panel.py" line="79"/>
        <source>Reader te&amp;xt size:</source>
        <translation>Taille du te&amp;xte de lecture&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_panel.py" line="80"/>
        <source> pt</source>
        <translation>&#xa0;pt</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../ui/shortcuts_dialog.py" line="85"/>
        <location filename="../../ui/shortcuts_dialog.py" line="87"/>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts_dialog.py" line="86"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts_dialog.py" line="86"/>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
</context>
<context>
    <name>Units</name>
    <message>
        <location filename="../../app/units.py" line="63"/>
        <source>Yuan (CNY)</source>
        <translation>Yuans (CNY)</translation>
    </message>
    <message>
        <location filename="../../app/units.py" line="66"/>
        <source>US$%1</source>
        <translation>%1&#xa0;USD</translation>
    </message>
    <message>
        <location filename="../../app/units.py" line="66"/>
        <source>US dollars (USD)</source>
        <translation>Dollars (USD)</translation>
    </message>
    <message>
        <location filename="../../app/units.py" line="68"/>
        <source>Percent</source>
        <translation>Pourcentage</translation>
    </message>
    <message>
        <location filename="../../app/units.py" line="72"/>
        <source>%1 percentage points</source>
        <translation>%1&#xa0;points de pourcentage</translation>
    </message>
    <message>
        <location filename="../../app/units.py" line="73"/>
        <source>%1 pp</source>
        <translation>%1&#xa0;pt</translation>
    </message>
    <message>
        <location filename="../../app/units.py" line="74"/>
        <source>Percentage points</source>
        <translation>Points de pourcentage</translation>
    </message>
    <message>
        <location filename="../../app/units.py" line="77"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../../app/units.py" line="77"/>
        <source>Number</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../app/units.py" line="82"/>
        <source>%1 times</source>
        <translation>%1&#xa0;fois</translation>
    </message>
    <message>
        <location filename="../../app/units.py" line="83"/>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <location filename="../../app/units.py" line="84"/>
        <source>Multiple</source>
        <translation>Multiple</translation>
    </message>
    <message>
        <location filename="../../app/units.py" line="87"/>
        <source>%1 tonnes</source>
        <translation>%1&#xa0;t</translation>
    </message>
    <message>
        <location filename="../../app/units.py" line="87"/>
        <source>Tonnes</source>
        <translation>Tonnes</translation>
    </message>
    <message>
        <location filename="../../app/units.py" line="63"/>
        <source>%1 CNY</source>
        <translation>%1 CNY</translation>
    </message>
</context>
</TS>
