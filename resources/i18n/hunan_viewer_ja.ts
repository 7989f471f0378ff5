<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../ui/about_dialog.py" line="81"/>
        <source>About Hunan Trade Viewer</source>
        <translation>湖南貿易ビューアーについて</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="82"/>
        <source>Hunan Trade Viewer</source>
        <translation>湖南貿易ビューアー</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="83"/>
        <source>Version %1</source>
        <translation>バージョン %1</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="85"/>
        <source>Reads statistics releases beside charts of their figures, in five languages, and keeps a library of them. Every figure comes from the article or from an official release, each with its source; estimates and values the viewer computes are marked as such.</source>
        <translation>統計の発表資料を、その数値のグラフと並べて5か国語で表示し、ライブラリに保管します。すべての数値は記事または公式発表に基づき、それぞれ出典を示しています。見込みと、ビューアーが算出した値はその旨を明示しています。</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="89"/>
        <source>Licence: %1</source>
        <translation>ライセンス：%1</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="96"/>
        <source>Data sources, libraries and fonts</source>
        <translation>データの出典、ライブラリ、フォント</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="100"/>
        <source>Data sources</source>
        <translation>データの出典</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="114"/>
        <source>Libraries</source>
        <translation>ライブラリ</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="115"/>
        <source>The viewer runs on these libraries, each under its own licence:</source>
        <translation>本ビューアーは以下のライブラリを使用しています（それぞれ独自のライセンスに基づきます）：</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="116"/>
        <source>Library</source>
        <translation>ライブラリ</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="116"/>
        <source>Version</source>
        <translation>バージョン</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="116"/>
        <source>Licence</source>
        <translation>ライセンス</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="129"/>
        <source>Fonts</source>
        <translation>フォント</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="131"/>
        <source>Subsets of Noto Sans and Noto Sans CJK SC, JP and KR, under the SIL Open Font License 1.1 (OFL-1.1).</source>
        <translation>Noto Sans と Noto Sans CJK SC・JP・KR のサブセット。SIL Open Font License 1.1（OFL-1.1）に基づきます。</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <location filename="../../ui/application.py" line="147"/>
        <source>Something went wrong: %1. The details are in %2.</source>
        <translation>問題が発生しました：%1。詳細は %2 に記録されています。</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py" line="130"/>
        <source>Hunan Trade Viewer</source>
        <translation>湖南貿易ビューアー</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="168"/>
        <source>The last article could not be opened: %1</source>
        <translation>前回の記事を開けませんでした：%1</translation>
    </message>
</context>
<context>
    <name>ChartCard</name>
    <message>
        <location filename="../../ui/charts.py" line="243"/>
        <location filename="../../ui/charts.py" line="245"/>
        <source>Save image…</source>
        <translation>画像を保存…</translation>
    </message>
    <message>
        <location filename="../../ui/charts.py" line="244"/>
        <source>Save this chart as PNG, JPEG, SVG or PDF (Ctrl+S)</source>
        <translation>このグラフを PNG、JPEG、SVG、PDF 形式で保存（Ctrl+S）</translation>
    </message>
    <message>
        <location filename="../../ui/charts.py" line="246"/>
        <source>Copy image</source>
        <translation>画像をコピー</translation>
    </message>
    <message>
        <location filename="../../ui/charts.py" line="247"/>
        <source>Show values as a table…</source>
        <translation>数値を表で表示…</translation>
    </message>
    <message>
        <location filename="../../ui/charts.py" line="470"/>
        <source>Chart</source>
        <translation>グラフ</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message numerus="yes">
        <location filename="../../ui/chart_panel.py" line="279"/>
        <source>Saved %n image(s) to %1</source>
        <translation>
            <numerusform>%n 枚の画像を %1 に保存しました</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/chart_panel.py" line="292"/>
        <source>Copied “%1” to the clipboard</source>
        <translation>「%1」をクリップボードにコピーしました</translation>
    </message>
    <message>
        <location filename="../../ui/chart_panel.py" line="301"/>
        <source>Loading charts…</source>
        <translation>グラフを読み込み中…</translation>
    </message>
</context>
<context>
    <name>ChartTableDialog</name>
    <message>
        <location filename="../../ui/chart_table_dialog.py" line="80"/>
        <source>Chart as a table: %1</source>
        <translation>グラフを表で表示：%1</translation>
    </message>
    <message>
        <location filename="../../ui/chart_table_dialog.py" line="81"/>
        <source>Values in %1</source>
        <translation>数値の単位：%1</translation>
    </message>
    <message>
        <location filename="../../ui/chart_table_dialog.py" line="83"/>
        <source>Category</source>
        <translation>分類</translation>
    </message>
    <message>
        <location filename="../../ui/chart_table_dialog.py" line="83"/>
        <source>Value</source>
        <translation>数値</translation>
    </message>
    <message>
        <location filename="../../ui/chart_table_dialog.py" line="83"/>
        <source>Kind</source>
        <translation>種別</translation>
    </message>
    <message>
        <location filename="../../ui/chart_table_dialog.py" line="83"/>
        <source>Source</source>
        <translation>出典</translation>
    </message>
</context>
<context>
    <name>ChartWords</name>
    <message>
        <location filename="../../app/chart_words.py" line="37"/>
        <source>%1, %2</source>
        <translation>%1、%2</translation>
    </message>
    <message>
        <location filename="../../app/chart_words.py" line="47"/>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <location filename="../../app/chart_words.py" line="48"/>
        <source>Values in %1: %2</source>
        <translation>数値（単位：%1）：%2</translation>
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
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../../app/charts.py" line="183"/>
        <source>%1, %2</source>
        <translation>%1、%2</translation>
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
        <translation>%1；%2が%3に掲載</translation>
    </message>
    <message>
        <location filename="../../app/charts.py" line="235"/>
        <source>Between %1 and %2, from the rounding of the figures it is computed from</source>
        <translation>%1～%2 の範囲（算出元の数値の四捨五入による）</translation>
    </message>
    <message>
        <location filename="../../app/charts.py" line="287"/>
        <source>Source: %1</source>
        <translation>出典：%1</translation>
    </message>
    <message>
        <location filename="../../app/charts.py" line="330"/>
        <location filename="../../app/compare.py" line="163"/>
        <source>n/a</source>
        <translation>データなし</translation>
    </message>
    <message>
        <location filename="../../app/charts.py" line="357"/>
        <source>Sources: official releases %1–%2 (hover a bar for each); estimate: %3</source>
        <translation>出典：%1～%2年の公式発表（各棒にポインターを合わせると表示）、見込み：%3</translation>
    </message>
    <message>
        <location filename="../../app/charts.py" line="361"/>
        <source>Sources: official releases %1–%2 (hover a bar for each)</source>
        <translation>出典：%1～%2年の公式発表（各棒にポインターを合わせると表示）</translation>
    </message>
    <message>
        <location filename="../../app/charts.py" line="358"/>
        <source>Sources: official releases %1–%2, one for each year; estimate: %3</source>
        <translation>出典：%1～%2年の公式発表（各年1件）、見込み：%3</translation>
    </message>
    <message>
        <location filename="../../app/charts.py" line="362"/>
        <source>Sources: official releases %1–%2, one for each year</source>
        <translation>出典：%1～%2年の公式発表（各年1件）</translation>
    </message>
</context>
<context>
    <name>Compare</name>
    <message>
        <location filename="../../app/compare.py" line="173"/>
        <source>Release: %1 (%2)</source>
        <translation>発表資料：%1（%2）</translation>
    </message>
    <message>
        <location filename="../../app/compare.py" line="205"/>
        <source>Sources: releases in the library, %1 in all (hover a point for each)</source>
        <translation>出典：ライブラリ内の発表、計 %1 件（各点にポインターを合わせると表示）</translation>
    </message>
    <message>
        <location filename="../../app/compare.py" line="206"/>
        <source>Sources: releases in the library, %1 in all</source>
        <translation>出典：ライブラリ内の発表、計 %1 件</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <location filename="../../ui/compare_view.py" line="121"/>
        <source>Loading the library…</source>
        <translation>ライブラリを読み込み中…</translation>
    </message>
    <message>
        <location filename="../../ui/compare_view.py" line="123"/>
        <source>No indicator is reported with this measure.</source>
        <translation>この尺度で発表された指標はありません。</translation>
    </message>
    <message>
        <location filename="../../ui/compare_view.py" line="158"/>
        <location filename="../../ui/compare_view.py" line="166"/>
        <source>Save image</source>
        <translation>画像を保存</translation>
    </message>
    <message>
        <location filename="../../ui/compare_view.py" line="176"/>
        <source>Compare across articles</source>
        <translation>記事間の比較</translation>
    </message>
    <message>
        <location filename="../../ui/compare_view.py" line="178"/>
        <source>&amp;Indicator:</source>
        <translation>指標(&amp;I)：</translation>
    </message>
    <message>
        <location filename="../../ui/compare_view.py" line="178"/>
        <source>&amp;Measure:</source>
        <translation>尺度(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../../ui/compare_view.py" line="178"/>
        <source>&amp;Draw as:</source>
        <translation>表示形式(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../ui/compare_view.py" line="184"/>
        <source>Line</source>
        <translation>折れ線</translation>
    </message>
    <message>
        <location filename="../../ui/compare_view.py" line="184"/>
        <source>Bars</source>
        <translation>棒</translation>
    </message>
    <message>
        <location filename="../../ui/compare_view.py" line="186"/>
        <source>&amp;Save image…</source>
        <translation>画像を保存(&amp;S)…</translation>
    </message>
</context>
<context>
    <name>DataView</name>
    <message>
        <location filename="../../ui/data_view.py" line="38"/>
        <source>Fact</source>
        <translation>項目</translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="40"/>
        <source>Measure</source>
        <translation>尺度</translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="41"/>
        <source>Value</source>
        <translation>数値</translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="42"/>
        <source>Unit</source>
        <translation>単位</translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="43"/>
        <source>Period</source>
        <translation>期間</translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="44"/>
        <source>Kind</source>
        <translation>種別</translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="45"/>
        <source>Computed as</source>
        <translation>算出式</translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="46"/>
        <source>As written</source>
        <translation>原文の表記</translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="47"/>
        <source>Growth of</source>
        <translation>伸び率の対象</translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="48"/>
        <source>Source</source>
        <translation>出典</translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="39"/>
        <source>Indicator</source>
        <translation>指標</translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="49"/>
        <source>Stated growth (%)</source>
        <translation>公表伸び率（％）</translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="50"/>
        <source>Status</source>
        <translation>区分</translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="51"/>
        <source>Address</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="166"/>
        <source>Figures in the article</source>
        <translation>記事中の数値</translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="179"/>
        <location filename="../../ui/data_view.py" line="189"/>
        <source>Export data as CSV</source>
        <translation>データを CSV 形式でエクスポート</translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="188"/>
        <source>The data could not be saved: %1</source>
        <translation>データを保存できませんでした：%1</translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="191"/>
        <source>Saved the data to %1</source>
        <translation>データを %1 に保存しました</translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="201"/>
        <source>Loading the tables…</source>
        <translation>表を読み込み中…</translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="204"/>
        <source>Export as CSV…</source>
        <translation>CSV 形式でエクスポート…</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../ui/export_dialog.py" line="252"/>
        <source>Saving charts…</source>
        <translation>グラフを保存中…</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="252"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/export_dialog.py" line="275"/>
        <source>%1 already exists. Replace it?</source>
        <translation>
            <numerusform>%1 は既に存在します。置き換えますか？</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="282"/>
        <source>The chart could not be saved: %1</source>
        <translation>グラフを保存できませんでした：%1</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="290"/>
        <source>all charts</source>
        <translation>すべてのグラフ</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="291"/>
        <source>Save chart image: %1</source>
        <translation>グラフ画像の保存：%1</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="293"/>
        <source>&amp;Format:</source>
        <translation>形式(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="294"/>
        <source>Si&amp;ze (pixels):</source>
        <translation>サイズ（ピクセル）(&amp;Z)：</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="295"/>
        <source>S&amp;cale:</source>
        <translation>倍率(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="296"/>
        <source>&amp;Background:</source>
        <translation>背景(&amp;B)：</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="297"/>
        <source>Title:</source>
        <translation>タイトル：</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="298"/>
        <source>Footer:</source>
        <translation>フッター：</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="299"/>
        <source>SVG text:</source>
        <translation>SVG の文字：</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="300"/>
        <source>Save &amp;to:</source>
        <translation>保存先(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="300"/>
        <source>&amp;Folder:</source>
        <translation>フォルダー(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="305"/>
        <source>Width (pixels)</source>
        <translation>幅（ピクセル）</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="306"/>
        <source>Height (pixels)</source>
        <translation>高さ（ピクセル）</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="307"/>
        <source>Custom</source>
        <translation>カスタム</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="308"/>
        <source>White</source>
        <translation>白</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="309"/>
        <source>Transparent (PNG, SVG)</source>
        <translation>透明（PNG、SVG）</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="310"/>
        <source>Include the chart title</source>
        <translation>グラフのタイトルを含める</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="311"/>
        <source>Include the source and app name</source>
        <translation>出典とアプリ名を含める</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="312"/>
        <source>Text as o&amp;utlines</source>
        <translation>文字をアウトライン化(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="315"/>
        <source>Draws the text as shapes: the SVG looks the same in every program, with or without its fonts, but its words cannot be selected or searched</source>
        <translation>文字を図形として描画します。フォントの有無にかかわらず SVG はどのプログラムでも同じように表示されますが、文字の選択や検索はできません</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="319"/>
        <source>Bro&amp;wse…</source>
        <translation>参照(&amp;W)…</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../ui/find_bar.py" line="113"/>
        <source>No matches</source>
        <translation>見つかりません</translation>
    </message>
    <message>
        <location filename="../../ui/find_bar.py" line="116"/>
        <source>%1 of %2</source>
        <translation>%2 件中 %1 件目</translation>
    </message>
    <message>
        <location filename="../../ui/find_bar.py" line="131"/>
        <location filename="../../ui/find_bar.py" line="132"/>
        <source>Find in the article</source>
        <translation>記事内を検索</translation>
    </message>
    <message>
        <location filename="../../ui/find_bar.py" line="133"/>
        <source>Previous</source>
        <translation>前へ</translation>
    </message>
    <message>
        <location filename="../../ui/find_bar.py" line="134"/>
        <source>Next</source>
        <translation>次へ</translation>
    </message>
    <message>
        <location filename="../../ui/find_bar.py" line="135"/>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <location filename="../../ui/find_bar.py" line="136"/>
        <source>Close (Esc)</source>
        <translation>閉じる（Esc）</translation>
    </message>
</context>
<context>
    <name>ImportMessages</name>
    <message>
        <location filename="../../ui/import_messages.py" line="22"/>
        <source>the page is empty</source>
        <translation>ページが空です</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="23"/>
        <source>not a web page or a text file</source>
        <translation>ウェブページでもテキストファイルでもありません</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="24"/>
        <source>no figures were found in the article</source>
        <translation>記事に数値が見つかりませんでした</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="25"/>
        <source>no article text found on the page</source>
        <translation>ページに記事の本文が見つかりませんでした</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="26"/>
        <source>no file or address given</source>
        <translation>ファイルもアドレスも指定されていません</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="27"/>
        <source>this is a folder, not a page</source>
        <translation>これはページではなくフォルダーです</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="28"/>
        <source>this is a device or a pipe, not a file</source>
        <translation>これはファイルではなくデバイスかパイプです</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="29"/>
        <source>there is no such file; a web address begins with https://</source>
        <translation>そのファイルはありません。ウェブアドレスは https:// で始まります</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="30"/>
        <source>cannot read &apos;%1&apos; addresses, only http, https and local files</source>
        <translation>「%1」のアドレスは読めません。http、https とローカルファイルのみです</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="31"/>
        <source>a web address begins with %1:// (two slashes)</source>
        <translation>ウェブアドレスは %1://（スラッシュ2つ）で始まります</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="32"/>
        <source>the file is larger than the %1 limit</source>
        <translation>ファイルが上限の %1 を超えています</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="33"/>
        <source>the page is larger than the %1 limit</source>
        <translation>ページが上限の %1 を超えています</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="34"/>
        <source>cannot read the file: %1</source>
        <translation>ファイルを読めません：%1</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="35"/>
        <source>the server answered %1</source>
        <translation>サーバーの応答：%1</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="36"/>
        <source>the address is not a web page (%1)</source>
        <translation>このアドレスはウェブページではありません（%1）</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="37"/>
        <source>cannot write into the library: it is a file, not a folder</source>
        <translation>ライブラリに書き込めません：フォルダーではなくファイルです</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="38"/>
        <source>cannot write into the library: %1</source>
        <translation>ライブラリに書き込めません：%1</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="39"/>
        <source>the imported article does not check: %1</source>
        <translation>取り込んだ記事がチェックを通りません：%1</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="40"/>
        <source>cannot write the article: %1</source>
        <translation>記事を書き込めません：%1</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="41"/>
        <source>the address redirects more than %1 times (a redirect loop?)</source>
        <translation>アドレスが %1 回を超えてリダイレクトされます（リダイレクトのループ？）</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="42"/>
        <source>the server&apos;s name could not be found (DNS)</source>
        <translation>サーバー名が見つかりません（DNS）</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="43"/>
        <source>the server refused the connection</source>
        <translation>サーバーが接続を拒否しました</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="44"/>
        <source>could not connect to the server</source>
        <translation>サーバーに接続できません</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="45"/>
        <source>the server did not accept a connection within %1 s</source>
        <translation>サーバーが %1 秒以内に接続を受け付けませんでした</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="46"/>
        <source>the server did not answer within %1 s</source>
        <translation>サーバーが %1 秒以内に応答しませんでした</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="47"/>
        <source>the secure connection failed (certificate or TLS error)</source>
        <translation>安全な接続に失敗しました（証明書または TLS のエラー）</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="48"/>
        <source>the connection broke off before the page was read</source>
        <translation>ページを読み終える前に接続が切れました</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="49"/>
        <source>this is not a valid web address</source>
        <translation>有効なウェブアドレスではありません</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="50"/>
        <source>the page could not be downloaded: %1</source>
        <translation>ページをダウンロードできません：%1</translation>
    </message>
</context>
<context>
    <name>Kinds</name>
    <message>
        <location filename="../../app/charts.py" line="23"/>
        <source>Reported</source>
        <translation>発表値</translation>
    </message>
    <message>
        <location filename="../../app/charts.py" line="24"/>
        <source>Final (statistics bureau)</source>
        <translation>確定値（統計局）</translation>
    </message>
    <message>
        <location filename="../../app/charts.py" line="25"/>
        <source>Estimate</source>
        <translation>見込み</translation>
    </message>
    <message>
        <location filename="../../app/charts.py" line="26"/>
        <source>Derived (computed)</source>
        <translation>算出値</translation>
    </message>
    <message>
        <location filename="../../app/charts.py" line="27"/>
        <source>No confirmed figure</source>
        <translation>確認された数値なし</translation>
    </message>
</context>
<context>
    <name>LibraryView</name>
    <message>
        <location filename="../../ui/library_view.py" line="135"/>
        <source>The article could not be opened: %1</source>
        <translation>記事を開けませんでした：%1</translation>
    </message>
    <message>
        <location filename="../../ui/library_view.py" line="139"/>
        <source>Open article</source>
        <translation>記事を開く</translation>
    </message>
    <message>
        <location filename="../../ui/library_view.py" line="147"/>
        <source>Filter by title or date</source>
        <translation>タイトルまたは日付で絞り込み</translation>
    </message>
    <message>
        <location filename="../../ui/library_view.py" line="148"/>
        <source>Filter the library</source>
        <translation>ライブラリを絞り込み</translation>
    </message>
    <message>
        <location filename="../../ui/library_view.py" line="149"/>
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <location filename="../../ui/library_view.py" line="149"/>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <location filename="../../ui/library_view.py" line="149"/>
        <source>Figures</source>
        <translation>数値件数</translation>
    </message>
    <message>
        <location filename="../../ui/library_view.py" line="150"/>
        <source>Articles in the library</source>
        <translation>ライブラリ内の記事</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="140"/>
        <source>Charts ready</source>
        <translation>グラフの準備完了</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="336"/>
        <source>Hunan Trade Viewer</source>
        <translation>湖南貿易ビューアー</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="31"/>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="240"/>
        <source>Open article folder</source>
        <translation>記事フォルダーを開く</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="259"/>
        <location filename="../../ui/main_window.py" line="271"/>
        <source>Import article</source>
        <translation>記事をインポート</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="261"/>
        <source>Web pages and text (*.html *.htm *.txt);;All files (*)</source>
        <translation>Web ページとテキスト ファイル (*.html *.htm *.txt);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="271"/>
        <source>Address of the page (http or https):</source>
        <translation>ページの URL（http または https）：</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="301"/>
        <source>No recent articles</source>
        <translation>最近開いた記事はありません</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="338"/>
        <source>&amp;Open article folder…</source>
        <translation>記事フォルダーを開く(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="339"/>
        <source>Open &amp;recent</source>
        <translation>最近開いた記事(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="340"/>
        <source>Show &amp;library</source>
        <translation>ライブラリを表示(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="341"/>
        <source>&amp;Import article…</source>
        <translation>記事をインポート(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="342"/>
        <source>Impor&amp;t from address…</source>
        <translation>URL からインポート(&amp;U)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="343"/>
        <source>&amp;Save chart…</source>
        <translation>グラフを保存(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="344"/>
        <source>Save &amp;all charts…</source>
        <translation>すべてのグラフを保存(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="345"/>
        <source>&amp;Export data as CSV…</source>
        <translation>データを CSV 形式でエクスポート(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="346"/>
        <source>Save article as P&amp;DF…</source>
        <translation>記事を PDF 形式で保存(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="347"/>
        <source>&amp;Print…</source>
        <translation>印刷(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="32"/>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="349"/>
        <source>&amp;Copy</source>
        <translation>コピー(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="350"/>
        <source>&amp;Find in article…</source>
        <translation>記事内を検索(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="351"/>
        <source>Clear selection</source>
        <translation>選択を解除</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="352"/>
        <source>Charts</source>
        <translation>グラフ</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="353"/>
        <source>Data</source>
        <translation>データ</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="354"/>
        <source>Library</source>
        <translation>ライブラリ</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="355"/>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="33"/>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="357"/>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="360"/>
        <source>&amp;Theme</source>
        <translation>テーマ(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="363"/>
        <source>Lar&amp;ger text</source>
        <translation>文字を大きく(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="364"/>
        <source>&amp;Smaller text</source>
        <translation>文字を小さく(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="365"/>
        <source>&amp;Normal text size</source>
        <translation>標準の文字サイズ(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="366"/>
        <source>Show settings &amp;panel</source>
        <translation>設定パネルを表示(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="367"/>
        <source>&amp;Compare across articles…</source>
        <translation>記事間の比較(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="34"/>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="369"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>キーボード ショートカット(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="370"/>
        <source>&amp;About Hunan Trade Viewer</source>
        <translation>湖南貿易ビューアーについて(&amp;A)</translation>
    </message>
</context>
<context>
    <name>Measures</name>
    <message>
        <location filename="../../app/charts.py" line="31"/>
        <source>Level</source>
        <translation>実数</translation>
    </message>
    <message>
        <location filename="../../app/charts.py" line="32"/>
        <source>Growth rate</source>
        <translation>伸び率</translation>
    </message>
    <message>
        <location filename="../../app/charts.py" line="33"/>
        <source>Share</source>
        <translation>構成比</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <location filename="../../ui/import_task.py" line="51"/>
        <source>Import article</source>
        <translation>記事をインポート</translation>
    </message>
</context>
<context>
    <name>ReaderView</name>
    <message>
        <location filename="../../ui/reader.py" line="142"/>
        <source>Original article</source>
        <translation>元の記事</translation>
    </message>
    <message>
        <location filename="../../ui/reader.py" line="151"/>
        <source>Translator: %1</source>
        <translation>翻訳者：%1</translation>
    </message>
    <message>
        <location filename="../../ui/reader.py" line="269"/>
        <source>Showing the original text (%1).</source>
        <translation>原文（%1）を表示しています。</translation>
    </message>
    <message>
        <location filename="../../ui/reader.py" line="270"/>
        <source>Show translation</source>
        <translation>翻訳を表示</translation>
    </message>
    <message>
        <location filename="../../ui/reader.py" line="273"/>
        <source>This article is published in %1 only; the charts follow your language.</source>
        <translation>この記事は%1でのみ公開されています。グラフは選択した言語で表示されます。</translation>
    </message>
    <message>
        <location filename="../../ui/reader.py" line="279"/>
        <source>This is a translation. The original text (%1) is the official one.</source>
        <translation>これは翻訳です。正式なものは原文（%1）です。</translation>
    </message>
    <message>
        <location filename="../../ui/reader.py" line="283"/>
        <source>Show original</source>
        <translation>原文を表示</translation>
    </message>
    <message>
        <location filename="../../ui/reader.py" line="306"/>
        <location filename="../../ui/reader.py" line="315"/>
        <source>Save article as PDF</source>
        <translation>記事を PDF 形式で保存</translation>
    </message>
    <message>
        <location filename="../../ui/reader.py" line="314"/>
        <source>The article could not be saved: %1</source>
        <translation>記事を保存できませんでした：%1</translation>
    </message>
    <message>
        <location filename="../../ui/reader.py" line="317"/>
        <source>Saved the article to %1</source>
        <translation>記事を %1 に保存しました</translation>
    </message>
    <message>
        <location filename="../../ui/reader.py" line="397"/>
        <source>Article text</source>
        <translation>記事本文</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <location filename="../../ui/import_dialog.py" line="189"/>
        <source>(the text&apos;s words, untranslated)</source>
        <translation>（原文の語句のまま、未翻訳）</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="194"/>
        <source>Glossary term of %1</source>
        <translation>%1 の用語集の用語</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="315"/>
        <source>Added as row %1.</source>
        <translation>%1 行目として追加しました。</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="316"/>
        <source>Added as row %1: the text gives it no unit, so choose one.</source>
        <translation>%1 行目として追加しました。本文に単位が記載されていないため、単位を選んでください。</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="317"/>
        <source>That figure is already in the table, row %1.</source>
        <translation>この数値は既に表の %1 行目にあります。</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="318"/>
        <source>That figure is row %1, and is included again.</source>
        <translation>この数値は %1 行目にあります。再び対象に含めました。</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="319"/>
        <source>The selection holds no number, so it cannot be a figure.</source>
        <translation>選択範囲に数字が含まれていないため、数値として扱えません。</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="320"/>
        <source>The selection holds more than one number: select one figure at a time.</source>
        <translation>選択範囲に複数の数字が含まれています。数値は1つずつ選択してください。</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="321"/>
        <source>The selection runs over more than one paragraph: select one figure.</source>
        <translation>選択範囲が複数の段落にまたがっています。数値を1つだけ選択してください。</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="349"/>
        <source>Row %1: &apos;%2&apos; is not a known %3.</source>
        <translation>%1 行目：「%2」は有効な %3 の値ではありません。</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="374"/>
        <location filename="../../ui/import_dialog.py" line="386"/>
        <source>Import article</source>
        <translation>記事をインポート</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="375"/>
        <source>Name the publisher of this release: its charts cite it as their source.</source>
        <translation>この発表の発行元を入力してください。グラフが出典として示します。</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="409"/>
        <source>Review the figures found</source>
        <translation>見つかった数値の確認</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="411"/>
        <source>&amp;Title:</source>
        <translation>タイトル(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="411"/>
        <source>&amp;Publisher:</source>
        <translation>発行元(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="411"/>
        <source>Publi&amp;shed:</source>
        <translation>発表日(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="414"/>
        <source>Not named on the page: who published this release?</source>
        <translation>ページに記載なし：この発表の発行元は？</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="415"/>
        <source>The page gives no date: today&apos;s is proposed.</source>
        <translation>ページに日付がないため、今日の日付を仮に入れています。</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="421"/>
        <source>Figure</source>
        <translation>記事中の数値</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="422"/>
        <source>Indicator</source>
        <translation>指標</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="423"/>
        <source>Glossary term</source>
        <translation>用語集の用語</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="425"/>
        <source>Value</source>
        <translation>数値</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="426"/>
        <source>Unit</source>
        <translation>単位</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="427"/>
        <source>Period</source>
        <translation>期間</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="424"/>
        <source>Of</source>
        <translation>対象</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="428"/>
        <source>Kind</source>
        <translation>種別</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="429"/>
        <source>Measure</source>
        <translation>尺度</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="432"/>
        <source>Import</source>
        <translation>インポート</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="433"/>
        <source>Article text</source>
        <translation>記事本文</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="434"/>
        <source>&amp;Add as figure</source>
        <translation>数値として追加(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="435"/>
        <source>Add the selected number as a figure the finder missed (Ctrl+M)</source>
        <translation>選択した数字を、自動検出で見つからなかった数値として追加（Ctrl+M）</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="437"/>
        <source>Figures found</source>
        <translation>見つかった数値</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../app/settings.py" line="87"/>
        <source>The settings file %1 could not be read; defaults are used (your file is kept as %2).</source>
        <translation>設定ファイル %1 を読み込めなかったため、既定値を使用します（元のファイルは %2 として保存されています）。</translation>
    </message>
</context>
<context>
    <name>SettingsPanel</name>
    <message>
        <location filename="../../ui/settings_panel.py" line="14"/>
        <source>Follow the system</source>
        <translation>システムに合わせる</translation>
    </message>
    <message>
        <location filename="../../ui/settings_panel.py" line="15"/>
        <source>Light</source>
        <translation>ライト</translation>
    </message>
    <message>
        <location filename="../../ui/settings_panel.py" line="16"/>
        <source>Dark</source>
        <translation>ダーク</translation>
    </message>
    <message>
        <location filename="../../ui/settings_panel.py" line="76"/>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <location filename="../../ui/settings_panel.py" line="77"/>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../ui/settings_panel.py" line="78"/>
        <source>&amp;Theme:</source>
        <translation>テーマ(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../ui/settings_panel.py" line="79"/>
        <source>Reader te&amp;xt size:</source>
        <translation>本文の文字サイズ(&amp;X)：</translation>
    </message>
    <message>
        <location filename="../../ui/settings_panel.py" line="80"/>
        <source> pt</source>
        <translation>pt</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../ui/shortcuts_dialog.py" line="85"/>
        <location filename="../../ui/shortcuts_dialog.py" line="87"/>
        <source>Keyboard shortcuts</source>
        <translation>キーボード ショートカット</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts_dialog.py" line="86"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts_dialog.py" line="86"/>
        <source>Keys</source>
        <translation>キー</translation>
    </message>
</context>
<context>
    <name>Units</name>
    <message>
        <location filename="../../app/units.py" line="63"/>
        <source>Yuan (CNY)</source>
        <translation>元（人民元）</translation>
    </message>
    <message>
        <location filename="../../app/units.py" line="66"/>
        <source>US$%1</source>
        <translation>%1米ドル</translation>
    </message>
    <message>
        <location filename="../../app/units.py" line="66"/>
        <source>US dollars (USD)</source>
        <translation>ドル（米ドル）</translation>
    </message>
    <message>
        <location filename="../../app/units.py" line="68"/>
        <source>Percent</source>
        <translation>％</translation>
    </message>
    <message>
        <location filename="../../app/units.py" line="72"/>
        <source>%1 percentage points</source>
        <translation>%1ポイント</translation>
    </message>
    <message>
        <location filename="../../app/units.py" line="73"/>
        <source>%1 pp</source>
        <translation>%1pt</translation>
    </message>
    <message>
        <location filename="../../app/units.py" line="74"/>
        <source>Percentage points</source>
        <translation>ポイント</translation>
    </message>
    <message>
        <location filename="../../app/units.py" line="77"/>
        <source>%1 %2</source>
        <translation>%1%2</translation>
    </message>
    <message>
        <location filename="../../app/units.py" line="77"/>
        <source>Number</source>
        <translation>数</translation>
    </message>
    <message>
        <location filename="../../app/units.py" line="82"/>
        <source>%1 times</source>
        <translation>%1倍</translation>
    </message>
    <message>
        <location filename="../../app/units.py" line="83"/>
        <source>%1×</source>
        <translation>%1倍</translation>
    </message>
    <message>
        <location filename="../../app/units.py" line="84"/>
        <source>Multiple</source>
        <translation>倍数</translation>
    </message>
    <message>
        <location filename="../../app/units.py" line="87"/>
        <source>%1 tonnes</source>
        <translation>%1トン</translation>
    </message>
    <message>
        <location filename="../../app/units.py" line="87"/>
        <source>Tonnes</source>
        <translation>トン</translation>
    </message>
    <message>
        <location filename="../../app/units.py" line="63"/>
        <source>%1 CNY</source>
        <translation>%1元</translation>
    </message>
</context>
</TS>
