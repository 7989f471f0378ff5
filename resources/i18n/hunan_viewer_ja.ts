<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>ChartCard</name>
    <message>
        <location filename="../../ui/charts.py" line="208"/>
        <location filename="../../ui/charts.py" line="210"/>
        <source>Save image…</source>
        <translation>画像を保存…</translation>
    </message>
    <message>
        <location filename="../../ui/charts.py" line="209"/>
        <source>Save this chart as PNG, JPEG, SVG or PDF (Ctrl+S)</source>
        <translation>このグラフを PNG、JPEG、SVG、PDF 形式で保存（Ctrl+S）</translation>
    </message>
    <message>
        <location filename="../../ui/charts.py" line="211"/>
        <source>Copy image</source>
        <translation>画像をコピー</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message numerus="yes">
        <location filename="../../ui/chart_panel.py" line="143"/>
        <source>Saved %n image(s) to %1</source>
        <translation>
            <numerusform>%n 枚の画像を %1 に保存しました</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/chart_panel.py" line="155"/>
        <source>Copied “%1” to the clipboard</source>
        <translation>「%1」をクリップボードにコピーしました</translation>
    </message>
    <message>
        <location filename="../../ui/chart_panel.py" line="164"/>
        <source>Loading charts…</source>
        <translation>グラフを読み込み中…</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <location filename="../../app/facts.py" line="102"/>
        <location filename="../../ui/charts.py" line="303"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../../app/facts.py" line="148"/>
        <source>Source: %1</source>
        <translation>出典：%1</translation>
    </message>
    <message>
        <location filename="../../app/facts.py" line="164"/>
        <source>n/a</source>
        <translation>データなし</translation>
    </message>
    <message>
        <location filename="../../app/facts.py" line="178"/>
        <source>Sources: official releases %1–%2 (hover a bar for each); estimate: %3</source>
        <translation>出典：%1～%2年の公式発表（各棒にポインターを合わせると表示）、推計値：%3</translation>
    </message>
</context>
<context>
    <name>DataView</name>
    <message>
        <location filename="../../ui/data_view.py" line="30"/>
        <source>Fact</source>
        <translation>項目</translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="31"/>
        <source>Value</source>
        <translation>数値</translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="32"/>
        <source>Unit</source>
        <translation>単位</translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="33"/>
        <source>Period</source>
        <translation>期間</translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="34"/>
        <source>Kind</source>
        <translation>種別</translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="35"/>
        <source>Computed as</source>
        <translation>算出式</translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="36"/>
        <source>Source</source>
        <translation>出典</translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="37"/>
        <source>Year</source>
        <translation>年</translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="38"/>
        <source>Indicator</source>
        <translation>指標</translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="39"/>
        <source>Stated growth (%)</source>
        <translation>公表伸び率（％）</translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="40"/>
        <source>Status</source>
        <translation>区分</translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="41"/>
        <source>Address</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="44"/>
        <source>Total trade</source>
        <translation>貿易総額</translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="45"/>
        <source>Exports</source>
        <translation>輸出</translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="46"/>
        <source>Imports</source>
        <translation>輸入</translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="47"/>
        <source>Trade with Belt and Road countries</source>
        <translation>「一帯一路」沿線国との貿易</translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="50"/>
        <source>Figures in the article</source>
        <translation>記事中の数値</translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="51"/>
        <source>Official yearly series</source>
        <translation>公式年次統計</translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="137"/>
        <location filename="../../ui/data_view.py" line="146"/>
        <source>Export data as CSV</source>
        <translation>データを CSV 形式でエクスポート</translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="145"/>
        <source>The data could not be saved: %1</source>
        <translation>データを保存できませんでした：%1</translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="148"/>
        <source>Saved the data to %1</source>
        <translation>データを %1 に保存しました</translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="160"/>
        <source>Export as CSV…</source>
        <translation>CSV 形式でエクスポート…</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../ui/export_dialog.py" line="188"/>
        <source>Saving charts…</source>
        <translation>グラフを保存中…</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="188"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/export_dialog.py" line="209"/>
        <source>%1 already exists. Replace it?</source>
        <translation>
            <numerusform>%1 は既に存在します。置き換えますか？</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="214"/>
        <source>The chart could not be saved: %1</source>
        <translation>グラフを保存できませんでした：%1</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="222"/>
        <source>all charts</source>
        <translation>すべてのグラフ</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="223"/>
        <source>Save chart image: %1</source>
        <translation>グラフ画像の保存：%1</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="224"/>
        <source>&amp;Format:</source>
        <translation>形式(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="224"/>
        <source>Si&amp;ze (pixels):</source>
        <translation>サイズ（ピクセル）(&amp;Z)：</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="224"/>
        <source>S&amp;cale:</source>
        <translation>倍率(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="224"/>
        <source>&amp;Background:</source>
        <translation>背景(&amp;B)：</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="225"/>
        <source>Title:</source>
        <translation>タイトル：</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="225"/>
        <source>Footer:</source>
        <translation>フッター：</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="225"/>
        <source>Save &amp;to:</source>
        <translation>保存先(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="225"/>
        <source>&amp;Folder:</source>
        <translation>フォルダー(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="228"/>
        <source>Custom</source>
        <translation>カスタム</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="229"/>
        <source>White</source>
        <translation>白</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="230"/>
        <source>Transparent (PNG, SVG)</source>
        <translation>透明（PNG、SVG）</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="231"/>
        <source>Include the chart title</source>
        <translation>グラフのタイトルを含める</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="232"/>
        <source>Include the source and app name</source>
        <translation>出典とアプリ名を含める</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="233"/>
        <source>Bro&amp;wse…</source>
        <translation>参照(&amp;W)…</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../ui/find_bar.py" line="107"/>
        <source>No matches</source>
        <translation>見つかりません</translation>
    </message>
    <message>
        <location filename="../../ui/find_bar.py" line="109"/>
        <source>%1 of %2</source>
        <translation>%2 件中 %1 件目</translation>
    </message>
    <message>
        <location filename="../../ui/find_bar.py" line="123"/>
        <source>Find in the article</source>
        <translation>記事内を検索</translation>
    </message>
    <message>
        <location filename="../../ui/find_bar.py" line="124"/>
        <source>Previous</source>
        <translation>前へ</translation>
    </message>
    <message>
        <location filename="../../ui/find_bar.py" line="125"/>
        <source>Next</source>
        <translation>次へ</translation>
    </message>
    <message>
        <location filename="../../ui/find_bar.py" line="127"/>
        <source>Close (Esc)</source>
        <translation>閉じる（Esc）</translation>
    </message>
</context>
<context>
    <name>Kinds</name>
    <message>
        <location filename="../../app/facts.py" line="24"/>
        <source>Reported</source>
        <translation>発表値</translation>
    </message>
    <message>
        <location filename="../../app/facts.py" line="25"/>
        <source>Final (statistics bureau)</source>
        <translation>確定値（統計局）</translation>
    </message>
    <message>
        <location filename="../../app/facts.py" line="26"/>
        <source>Estimate (“exceeds”)</source>
        <translation>推計値（「超」）</translation>
    </message>
    <message>
        <location filename="../../app/facts.py" line="27"/>
        <source>Derived from stated growth</source>
        <translation>公表伸び率から算出</translation>
    </message>
    <message>
        <location filename="../../app/facts.py" line="28"/>
        <source>No confirmed figure</source>
        <translation>確認された数値なし</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="68"/>
        <source>Charts ready</source>
        <translation>グラフの準備完了</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="150"/>
        <location filename="../../ui/main_window.py" line="158"/>
        <source>Open article bundle</source>
        <translation>記事バンドルを開く</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="156"/>
        <source>The article could not be opened: %1</source>
        <translation>記事を開けませんでした：%1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="161"/>
        <source>About Hunan Trade Viewer</source>
        <translation>湖南貿易ビューアーについて</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="162"/>
        <source>&lt;h3&gt;Hunan Trade Viewer&lt;/h3&gt;&lt;p&gt;Reads the Hunan Provincial Government&apos;s statistics update on Hunan&apos;s foreign trade beside charts of its figures, in five languages.&lt;/p&gt;&lt;p&gt;Every figure comes from the article or from official releases, each with its source. Values derived from a stated growth rate are marked as derived.&lt;/p&gt;&lt;p&gt;Fonts: Noto Sans CJK subsets, SIL Open Font License 1.1.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;湖南貿易ビューアー&lt;/h3&gt;&lt;p&gt;湖南省人民政府が発表した湖南省の対外貿易に関する統計記事を、その数値のグラフと並べて5言語で閲覧できます。&lt;/p&gt;&lt;p&gt;すべての数値は記事または公式発表に基づき、それぞれに出典を付しています。公表された伸び率から算出した値には、算出値である旨を表示しています。&lt;/p&gt;&lt;p&gt;フォント：Noto Sans CJK サブセット（SIL Open Font License 1.1）。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="181"/>
        <source>Hunan Trade Viewer</source>
        <translation>湖南貿易ビューアー</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="182"/>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="183"/>
        <source>&amp;Open article…</source>
        <translation>記事を開く(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="184"/>
        <source>&amp;Save chart…</source>
        <translation>グラフを保存(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="185"/>
        <source>Save &amp;all charts…</source>
        <translation>すべてのグラフを保存(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="186"/>
        <source>&amp;Export data as CSV…</source>
        <translation>データを CSV 形式でエクスポート(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="187"/>
        <source>Save article as P&amp;DF…</source>
        <translation>記事を PDF 形式で保存(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="188"/>
        <source>&amp;Print…</source>
        <translation>印刷(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="189"/>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="190"/>
        <source>&amp;Copy</source>
        <translation>コピー(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="191"/>
        <source>&amp;Find in article…</source>
        <translation>記事内を検索(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="192"/>
        <source>Clear selection</source>
        <translation>選択を解除</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="193"/>
        <source>Charts</source>
        <translation>グラフ</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="194"/>
        <source>Data</source>
        <translation>データ</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="195"/>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="196"/>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="197"/>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="200"/>
        <source>&amp;Theme</source>
        <translation>テーマ(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="203"/>
        <source>&amp;Larger text</source>
        <translation>文字を大きく(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="204"/>
        <source>&amp;Smaller text</source>
        <translation>文字を小さく(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="205"/>
        <source>&amp;Normal text size</source>
        <translation>標準の文字サイズ(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="206"/>
        <source>Show &amp;settings panel</source>
        <translation>設定パネルを表示(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="207"/>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="208"/>
        <source>&amp;About Hunan Trade Viewer</source>
        <translation>湖南貿易ビューアーについて(&amp;A)</translation>
    </message>
</context>
<context>
    <name>ReaderView</name>
    <message>
        <location filename="../../ui/reader.py" line="110"/>
        <source>Original article on the Hunan Provincial Government website</source>
        <translation>湖南省人民政府ウェブサイトの原文記事</translation>
    </message>
    <message>
        <location filename="../../ui/reader.py" line="119"/>
        <source>Translator: %1</source>
        <translation>翻訳者：%1</translation>
    </message>
    <message>
        <location filename="../../ui/reader.py" line="169"/>
        <source>Showing the original text (%1).</source>
        <translation>原文（%1）を表示しています。</translation>
    </message>
    <message>
        <location filename="../../ui/reader.py" line="170"/>
        <source>Show translation</source>
        <translation>翻訳を表示</translation>
    </message>
    <message>
        <location filename="../../ui/reader.py" line="173"/>
        <source>This is a translation. The original text (%1) is the official one.</source>
        <translation>これは翻訳です。正式なものは原文（%1）です。</translation>
    </message>
    <message>
        <location filename="../../ui/reader.py" line="175"/>
        <source>Show original</source>
        <translation>原文を表示</translation>
    </message>
    <message>
        <location filename="../../ui/reader.py" line="187"/>
        <location filename="../../ui/reader.py" line="194"/>
        <source>Save article as PDF</source>
        <translation>記事を PDF 形式で保存</translation>
    </message>
    <message>
        <location filename="../../ui/reader.py" line="193"/>
        <source>The article could not be saved: %1</source>
        <translation>記事を保存できませんでした：%1</translation>
    </message>
    <message>
        <location filename="../../ui/reader.py" line="196"/>
        <source>Saved the article to %1</source>
        <translation>記事を %1 に保存しました</translation>
    </message>
    <message>
        <location filename="../../ui/reader.py" line="288"/>
        <source>Article text</source>
        <translation>記事本文</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../app/settings.py" line="46"/>
        <source>The settings file %1 could not be read; defaults are used (your file is kept as %2).</source>
        <translation>設定ファイル %1 を読み込めなかったため、既定値を使用します（元のファイルは %2 として保存されています）。</translation>
    </message>
</context>
<context>
    <name>SettingsPanel</name>
    <message>
        <location filename="../../ui/settings_panel.py" line="13"/>
        <source>Follow the system</source>
        <translation>システムに合わせる</translation>
    </message>
    <message>
        <location filename="../../ui/settings_panel.py" line="14"/>
        <source>Light</source>
        <translation>ライト</translation>
    </message>
    <message>
        <location filename="../../ui/settings_panel.py" line="15"/>
        <source>Dark</source>
        <translation>ダーク</translation>
    </message>
    <message>
        <location filename="../../ui/settings_panel.py" line="73"/>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <location filename="../../ui/settings_panel.py" line="74"/>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../ui/settings_panel.py" line="75"/>
        <source>&amp;Theme:</source>
        <translation>テーマ(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../ui/settings_panel.py" line="76"/>
        <source>Reader &amp;text size:</source>
        <translation>本文の文字サイズ(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../ui/settings_panel.py" line="77"/>
        <source> pt</source>
        <translation>pt</translation>
    </message>
</context>
<context>
    <name>Units</name>
    <message>
        <location filename="../../app/facts.py" line="19"/>
        <source>Yuan (CNY)</source>
        <translation>元（人民元）</translation>
    </message>
    <message>
        <location filename="../../app/facts.py" line="20"/>
        <source>Percent</source>
        <translation>％</translation>
    </message>
    <message>
        <location filename="../../app/facts.py" line="21"/>
        <source>Enterprises</source>
        <translation>企業数</translation>
    </message>
    <message>
        <location filename="../../app/facts.py" line="94"/>
        <source>%1 CNY</source>
        <translation>%1元</translation>
    </message>
    <message>
        <location filename="../../app/facts.py" line="97"/>
        <source>%1 enterprises</source>
        <translation>%1社</translation>
    </message>
</context>
</TS>
