<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../ui/about_dialog.py" line="75"/>
        <source>About Hunan Trade Viewer</source>
        <translation>À propos de la Visionneuse du commerce extérieur du Hunan</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="76"/>
        <source>Hunan Trade Viewer</source>
        <translation>Visionneuse du commerce extérieur du Hunan</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="77"/>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="78"/>
        <source>Reads statistics releases beside charts of their figures, in five languages, and keeps a library of them. Every figure comes from the article or from an official release, each with its source; estimates and values the viewer computes are marked as such.</source>
        <translation>Affiche les publications statistiques à côté des graphiques de leurs chiffres, en cinq langues, et les conserve dans une bibliothèque. Chaque chiffre provient de l’article ou d’une publication officielle, avec sa source&#xa0;; les estimations et les valeurs calculées par la visionneuse sont signalées comme telles.</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="81"/>
        <source>Licence: %1</source>
        <translation>Licence&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="90"/>
        <source>Data sources</source>
        <translation>Sources des données</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="102"/>
        <source>Libraries</source>
        <translation>Bibliothèques</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="103"/>
        <source>The viewer runs on these libraries, each under its own licence:</source>
        <translation>La visionneuse s’appuie sur ces bibliothèques, chacune sous sa propre licence&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="104"/>
        <source>Library</source>
        <translation>Bibliothèque</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="104"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="104"/>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="112"/>
        <source>Fonts</source>
        <translation>Polices</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="113"/>
        <source>Subsets of Noto Sans and Noto Sans CJK SC, JP and KR, under the SIL Open Font License 1.1 (OFL-1.1).</source>
        <translation>Sous-ensembles de Noto Sans et de Noto Sans CJK SC, JP et KR, sous licence SIL Open Font License 1.1 (OFL-1.1).</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <location filename="../../ui/application.py" line="124"/>
        <source>Something went wrong: %1. The details are in %2.</source>
        <translation>Une erreur s’est produite&#xa0;: %1. Les détails se trouvent dans %2.</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="127"/>
        <location filename="../../ui/article_output.py" line="90"/>
        <location filename="../../ui/export.py" line="63"/>
        <source>Hunan Trade Viewer</source>
        <translation>Visionneuse du commerce extérieur du Hunan</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="142"/>
        <source>The last article could not be opened: %1</source>
        <translation>Impossible d’ouvrir le dernier article&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ChartCard</name>
    <message>
        <location filename="../../ui/charts.py" line="346"/>
        <location filename="../../ui/charts.py" line="348"/>
        <source>Save image…</source>
        <translation>Enregistrer l’image…</translation>
    </message>
    <message>
        <location filename="../../ui/charts.py" line="347"/>
        <source>Save this chart as PNG, JPEG, SVG or PDF (Ctrl+S)</source>
        <translation>Enregistrer ce graphique en PNG, JPEG, SVG ou PDF (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../ui/charts.py" line="349"/>
        <source>Copy image</source>
        <translation>Copier l’image</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message numerus="yes">
        <location filename="../../ui/chart_panel.py" line="181"/>
        <source>Saved %n image(s) to %1</source>
        <translation>
            <numerusform>%n image enregistrée dans %1</numerusform>
            <numerusform>%n images enregistrées dans %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/chart_panel.py" line="193"/>
        <source>Copied “%1” to the clipboard</source>
        <translation>Graphique «&#xa0;%1&#xa0;» copié dans le presse-papiers</translation>
    </message>
    <message>
        <location filename="../../ui/chart_panel.py" line="202"/>
        <source>Loading charts…</source>
        <translation>Chargement des graphiques…</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <location filename="../../app/charts.py" line="123"/>
        <location filename="../../app/charts.py" line="128"/>
        <location filename="../../ui/charts.py" line="465"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../../app/charts.py" line="150"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../../app/charts.py" line="97"/>
        <location filename="../../app/charts.py" line="183"/>
        <source>≈%1</source>
        <translation>≈%1</translation>
    </message>
    <message>
        <location filename="../../app/charts.py" line="154"/>
        <source>%1; published by %2, %3</source>
        <translation>%1&#xa0;; publié par %2, le %3</translation>
    </message>
    <message>
        <location filename="../../app/charts.py" line="196"/>
        <source>Between %1 and %2, from the rounding of the figures it is computed from</source>
        <translation>Entre %1 et %2, selon l’arrondi des chiffres à partir desquels elle est calculée</translation>
    </message>
    <message>
        <location filename="../../app/charts.py" line="219"/>
        <source>Source: %1</source>
        <translation>Source&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../app/charts.py" line="248"/>
        <location filename="../../app/compare.py" line="118"/>
        <source>n/a</source>
        <translation>n.d.</translation>
    </message>
    <message>
        <location filename="../../app/charts.py" line="263"/>
        <source>Sources: official releases %1–%2 (hover a bar for each); estimate: %3</source>
        <translation>Sources&#xa0;: publications officielles %1–%2 (source de chaque barre au survol)&#xa0;; estimation&#xa0;: %3</translation>
    </message>
    <message>
        <location filename="../../app/charts.py" line="266"/>
        <source>Sources: official releases %1–%2 (hover a bar for each)</source>
        <translation>Sources&#xa0;: publications officielles %1–%2 (source de chaque barre au survol)</translation>
    </message>
</context>
<context>
    <name>Compare</name>
    <message>
        <location filename="../../app/compare.py" line="127"/>
        <source>Release: %1 (%2)</source>
        <translation>Publication&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../app/compare.py" line="140"/>
        <source>Sources: %n release(s) in the library (hover a point for each)</source>
        <translation>Sources&#xa0;: %n publication(s) de la bibliothèque (source de chaque point au survol)</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <location filename="../../ui/compare_view.py" line="125"/>
        <source>Loading the library…</source>
        <translation>Chargement de la bibliothèque…</translation>
    </message>
    <message>
        <location filename="../../ui/compare_view.py" line="126"/>
        <source>No indicator is reported with this measure.</source>
        <translation>Aucun indicateur n’est publié avec cette mesure.</translation>
    </message>
    <message>
        <location filename="../../ui/compare_view.py" line="156"/>
        <location filename="../../ui/compare_view.py" line="164"/>
        <source>Save image</source>
        <translation>Enregistrer l’image</translation>
    </message>
    <message>
        <location filename="../../ui/compare_view.py" line="174"/>
        <source>Compare across articles</source>
        <translation>Comparer les articles</translation>
    </message>
    <message>
        <location filename="../../ui/compare_view.py" line="175"/>
        <source>&amp;Indicator:</source>
        <translation>&amp;Indicateur&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/compare_view.py" line="175"/>
        <source>&amp;Measure:</source>
        <translation>&amp;Mesure&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/compare_view.py" line="175"/>
        <source>&amp;Draw as:</source>
        <translation>&amp;Représentation&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/compare_view.py" line="178"/>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location filename="../../ui/compare_view.py" line="178"/>
        <source>Growth</source>
        <translation>Croissance</translation>
    </message>
    <message>
        <location filename="../../ui/compare_view.py" line="180"/>
        <source>Line</source>
        <translation>Courbe</translation>
    </message>
    <message>
        <location filename="../../ui/compare_view.py" line="180"/>
        <source>Bars</source>
        <translation>Barres</translation>
    </message>
    <message>
        <location filename="../../ui/compare_view.py" line="182"/>
        <source>&amp;Save image…</source>
        <translation>&amp;Enregistrer l’image…</translation>
    </message>
    <message>
        <location filename="../../ui/compare_view.py" line="183"/>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
</context>
<context>
    <name>DataView</name>
    <message>
        <location filename="../../ui/data_view.py" line="31"/>
        <source>Fact</source>
        <translation>Donnée</translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="33"/>
        <source>Measure</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="34"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="35"/>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="36"/>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="37"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="38"/>
        <source>Computed as</source>
        <translation>Mode de calcul</translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="39"/>
        <source>As written</source>
        <translation>Formulation d’origine</translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="40"/>
        <source>Growth of</source>
        <translation>Croissance de</translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="41"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="47"/>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="48"/>
        <source>Growth</source>
        <translation>Croissance</translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="49"/>
        <source>Share</source>
        <translation>Part</translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="32"/>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="42"/>
        <source>Stated growth (%)</source>
        <translation>Croissance annoncée (%)</translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="43"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="44"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="158"/>
        <source>Figures in the article</source>
        <translation>Chiffres de l’article</translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="169"/>
        <location filename="../../ui/data_view.py" line="179"/>
        <source>Export data as CSV</source>
        <translation>Exporter les données en CSV</translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="178"/>
        <source>The data could not be saved: %1</source>
        <translation>Impossible d’enregistrer les données&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="181"/>
        <source>Saved the data to %1</source>
        <translation>Données enregistrées dans %1</translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="191"/>
        <source>Loading the tables…</source>
        <translation>Chargement des tableaux…</translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="194"/>
        <source>Export as CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../ui/export_dialog.py" line="200"/>
        <source>Saving charts…</source>
        <translation>Enregistrement des graphiques…</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="200"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/export_dialog.py" line="221"/>
        <source>%1 already exists. Replace it?</source>
        <translation>
            <numerusform>%1 existe déjà. Le remplacer&#xa0;?</numerusform>
            <numerusform>%1 existent déjà. Les remplacer&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="226"/>
        <source>The chart could not be saved: %1</source>
        <translation>Impossible d’enregistrer le graphique&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="234"/>
        <source>all charts</source>
        <translation>tous les graphiques</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="235"/>
        <source>Save chart image: %1</source>
        <translation>Enregistrer l’image du graphique&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="236"/>
        <source>&amp;Format:</source>
        <translation>&amp;Format&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="236"/>
        <source>Si&amp;ze (pixels):</source>
        <translation>&amp;Taille (pixels)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="236"/>
        <source>S&amp;cale:</source>
        <translation>É&amp;chelle&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="236"/>
        <source>&amp;Background:</source>
        <translation>&amp;Arrière-plan&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="237"/>
        <source>Title:</source>
        <translation>Titre&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="237"/>
        <source>Footer:</source>
        <translation>Pied de page&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="237"/>
        <source>SVG text:</source>
        <translation>Texte SVG&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="238"/>
        <source>Save &amp;to:</source>
        <translation>Enregistrer &amp;sous&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="238"/>
        <source>&amp;Folder:</source>
        <translation>&amp;Dossier&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="241"/>
        <source>Custom</source>
        <translation>Personnalisée</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="242"/>
        <source>White</source>
        <translation>Blanc</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="243"/>
        <source>Transparent (PNG, SVG)</source>
        <translation>Transparent (PNG, SVG)</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="244"/>
        <source>Include the chart title</source>
        <translation>Inclure le titre du graphique</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="245"/>
        <source>Include the source and app name</source>
        <translation>Inclure la source et le nom de l’application</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="246"/>
        <source>Text as o&amp;utlines</source>
        <translation>Texte &amp;vectorisé</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="247"/>
        <source>Draws the text as shapes: the SVG looks the same in every program, with or without its fonts, but its words cannot be selected or searched</source>
        <translation>Dessine le texte sous forme de tracés&#xa0;: le SVG s’affiche de la même façon dans tous les logiciels, avec ou sans ses polices, mais ses mots ne peuvent être ni sélectionnés ni recherchés</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="249"/>
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
        <location filename="../../ui/library_view.py" line="117"/>
        <source>The article could not be opened: %1</source>
        <translation>Impossible d’ouvrir l’article&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../ui/library_view.py" line="119"/>
        <source>Open article</source>
        <translation>Ouvrir un article</translation>
    </message>
    <message>
        <location filename="../../ui/library_view.py" line="127"/>
        <source>Filter by title or date</source>
        <translation>Filtrer par titre ou par date</translation>
    </message>
    <message>
        <location filename="../../ui/library_view.py" line="128"/>
        <source>Filter the library</source>
        <translation>Filtrer la bibliothèque</translation>
    </message>
    <message>
        <location filename="../../ui/library_view.py" line="129"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../ui/library_view.py" line="129"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/library_view.py" line="129"/>
        <source>Figures</source>
        <translation>Chiffres</translation>
    </message>
    <message>
        <location filename="../../ui/library_view.py" line="130"/>
        <source>Articles in the library</source>
        <translation>Articles de la bibliothèque</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="79"/>
        <source>Charts ready</source>
        <translation>Graphiques prêts</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="250"/>
        <source>Hunan Trade Viewer</source>
        <translation>Visionneuse du commerce extérieur du Hunan</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="251"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="173"/>
        <source>Open article folder</source>
        <translation>Ouvrir le dossier d’un article</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="188"/>
        <location filename="../../ui/main_window.py" line="195"/>
        <source>Import article</source>
        <translation>Importer un article</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="189"/>
        <source>Web pages and text (*.html *.htm *.txt);;All files (*)</source>
        <translation>Pages web et fichiers texte (*.html *.htm *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="195"/>
        <source>Address of the page (http or https):</source>
        <translation>Adresse de la page (http ou https)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="224"/>
        <source>No recent articles</source>
        <translation>Aucun article récent</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="252"/>
        <source>&amp;Open article folder…</source>
        <translation>&amp;Ouvrir le dossier d’un article…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="253"/>
        <source>Open &amp;recent</source>
        <translation>Articles &amp;récents</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="254"/>
        <source>Show &amp;library</source>
        <translation>Afficher la &amp;bibliothèque</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="255"/>
        <source>&amp;Import article…</source>
        <translation>I&amp;mporter un article…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="256"/>
        <source>Impor&amp;t from address…</source>
        <translation>Importer depuis une &amp;adresse…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="257"/>
        <source>&amp;Save chart…</source>
        <translation>&amp;Enregistrer le graphique…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="258"/>
        <source>Save &amp;all charts…</source>
        <translation>Enregistrer &amp;tous les graphiques…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="259"/>
        <source>&amp;Export data as CSV…</source>
        <translation>E&amp;xporter les données en CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="260"/>
        <source>Save article as P&amp;DF…</source>
        <translation>Enregistrer l’article en P&amp;DF…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="261"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="262"/>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="263"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="264"/>
        <source>&amp;Find in article…</source>
        <translation>&amp;Rechercher dans l’article…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="265"/>
        <source>Clear selection</source>
        <translation>Désélectionner</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="266"/>
        <source>Charts</source>
        <translation>Graphiques</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="267"/>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="268"/>
        <source>Library</source>
        <translation>Bibliothèque</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="269"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="270"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="271"/>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="274"/>
        <source>&amp;Theme</source>
        <translation>&amp;Thème</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="277"/>
        <source>Lar&amp;ger text</source>
        <translation>&amp;Agrandir le texte</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="278"/>
        <source>&amp;Smaller text</source>
        <translation>&amp;Réduire le texte</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="279"/>
        <source>&amp;Normal text size</source>
        <translation>Taille de texte &amp;normale</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="280"/>
        <source>Show settings &amp;panel</source>
        <translation>Afficher le panneau des &amp;paramètres</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="281"/>
        <source>&amp;Compare across articles…</source>
        <translation>&amp;Comparer les articles…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="282"/>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="283"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="284"/>
        <source>&amp;About Hunan Trade Viewer</source>
        <translation>À &amp;propos de la Visionneuse du commerce extérieur du Hunan</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <location filename="../../ui/import_dialog.py" line="207"/>
        <source>Import article</source>
        <translation>Importer un article</translation>
    </message>
</context>
<context>
    <name>ReaderView</name>
    <message>
        <location filename="../../ui/reader.py" line="114"/>
        <source>Original article</source>
        <translation>Article original</translation>
    </message>
    <message>
        <location filename="../../ui/reader.py" line="123"/>
        <source>Translator: %1</source>
        <translation>Traduction&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../ui/reader.py" line="194"/>
        <source>Showing the original text (%1).</source>
        <translation>Affichage du texte original (%1).</translation>
    </message>
    <message>
        <location filename="../../ui/reader.py" line="195"/>
        <source>Show translation</source>
        <translation>Afficher la traduction</translation>
    </message>
    <message>
        <location filename="../../ui/reader.py" line="197"/>
        <source>This article is published in %1 only; the charts follow your language.</source>
        <translation>Cet article n’est publié qu’en %1&#xa0;; les graphiques s’affichent dans votre langue.</translation>
    </message>
    <message>
        <location filename="../../ui/reader.py" line="201"/>
        <source>This is a translation. The original text (%1) is the official one.</source>
        <translation>Ceci est une traduction. Seul le texte original (%1) fait foi.</translation>
    </message>
    <message>
        <location filename="../../ui/reader.py" line="203"/>
        <source>Show original</source>
        <translation>Afficher l’original</translation>
    </message>
    <message>
        <location filename="../../ui/reader.py" line="224"/>
        <location filename="../../ui/reader.py" line="231"/>
        <source>Save article as PDF</source>
        <translation>Enregistrer l’article en PDF</translation>
    </message>
    <message>
        <location filename="../../ui/reader.py" line="230"/>
        <source>The article could not be saved: %1</source>
        <translation>Impossible d’enregistrer l’article&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../ui/reader.py" line="233"/>
        <source>Saved the article to %1</source>
        <translation>Article enregistré dans %1</translation>
    </message>
    <message>
        <location filename="../../ui/reader.py" line="312"/>
        <source>Article text</source>
        <translation>Texte de l’article</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <location filename="../../ui/import_dialog.py" line="98"/>
        <source>(the text&apos;s words, untranslated)</source>
        <translation>(termes du texte, non traduits)</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="171"/>
        <source>Row %1: &apos;%2&apos; is not a known %3.</source>
        <translation>Ligne %1&#xa0;: «&#xa0;%2&#xa0;» n’est pas une valeur connue pour %3.</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="182"/>
        <source>Import article</source>
        <translation>Importer un article</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="193"/>
        <source>Review the figures found</source>
        <translation>Vérifier les chiffres trouvés</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="194"/>
        <source>Figure</source>
        <translation>Chiffre</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="194"/>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="194"/>
        <source>Glossary term</source>
        <translation>Terme du glossaire</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="195"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="195"/>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="195"/>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="195"/>
        <source>Of</source>
        <translation>Concerne</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="196"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="196"/>
        <source>Measure</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="197"/>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="198"/>
        <source>Article text</source>
        <translation>Texte de l’article</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="199"/>
        <source>Figures found</source>
        <translation>Chiffres trouvés</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../app/settings.py" line="86"/>
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
        <source>Reader te&amp;xt size:</source>
        <translation>Taille du te&amp;xte de lecture&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_panel.py" line="77"/>
        <source> pt</source>
        <translation>&#xa0;pt</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../ui/shortcuts_dialog.py" line="82"/>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts_dialog.py" line="83"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts_dialog.py" line="83"/>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
</context>
<context>
    <name>Units</name>
    <message>
        <location filename="../../app/units.py" line="42"/>
        <source>Yuan (CNY)</source>
        <translation>Yuans (CNY)</translation>
    </message>
    <message>
        <location filename="../../app/units.py" line="43"/>
        <source>US$%1</source>
        <translation>%1&#xa0;USD</translation>
    </message>
    <message>
        <location filename="../../app/units.py" line="43"/>
        <source>US dollars (USD)</source>
        <translation>Dollars (USD)</translation>
    </message>
    <message>
        <location filename="../../app/units.py" line="44"/>
        <source>Percent</source>
        <translation>Pourcentage</translation>
    </message>
    <message>
        <location filename="../../app/units.py" line="45"/>
        <source>%1 percentage points</source>
        <translation>%1&#xa0;points de pourcentage</translation>
    </message>
    <message>
        <location filename="../../app/units.py" line="46"/>
        <source>%1 pp</source>
        <translation>%1&#xa0;pt</translation>
    </message>
    <message>
        <location filename="../../app/units.py" line="46"/>
        <source>Percentage points</source>
        <translation>Points de pourcentage</translation>
    </message>
    <message>
        <location filename="../../app/units.py" line="47"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../../app/units.py" line="47"/>
        <source>Number</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../app/units.py" line="48"/>
        <source>%1 times</source>
        <translation>%1&#xa0;fois</translation>
    </message>
    <message>
        <location filename="../../app/units.py" line="48"/>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <location filename="../../app/units.py" line="49"/>
        <source>Multiple</source>
        <translation>Multiple</translation>
    </message>
    <message>
        <location filename="../../app/units.py" line="50"/>
        <source>%1 tonnes</source>
        <translation>%1&#xa0;t</translation>
    </message>
    <message>
        <location filename="../../app/units.py" line="50"/>
        <source>Tonnes</source>
        <translation>Tonnes</translation>
    </message>
    <message>
        <location filename="../../app/units.py" line="42"/>
        <source>%1 CNY</source>
        <translation>%1 CNY</translation>
    </message>
</context>
</TS>
