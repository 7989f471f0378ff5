<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../ui/about_dialog.py" line="81"/>
        <source>About Hunan Trade Viewer</source>
        <translation>关于湖南外贸查看器</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="82"/>
        <source>Hunan Trade Viewer</source>
        <translation>湖南外贸查看器</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="83"/>
        <source>Version %1</source>
        <translation>版本 %1</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="85"/>
        <source>Reads statistics releases beside charts of their figures, in five languages, and keeps a library of them. Every figure comes from the article or from an official release, each with its source; estimates and values the viewer computes are marked as such.</source>
        <translation>以五种语言阅读统计发布稿，并在旁显示其数据图表，同时将发布稿收入文章库。每项数据均来自文章或官方发布，并各附来源；预计数及本查看器推算的数值均有标注。</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="89"/>
        <source>Licence: %1</source>
        <translation>许可证：%1</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="96"/>
        <source>Data sources, libraries and fonts</source>
        <translation>数据来源、程序库和字体</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="100"/>
        <source>Data sources</source>
        <translation>数据来源</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="114"/>
        <source>Libraries</source>
        <translation>程序库</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="115"/>
        <source>The viewer runs on these libraries, each under its own licence:</source>
        <translation>本查看器使用以下程序库，各自遵循其许可证：</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="116"/>
        <source>Library</source>
        <translation>程序库</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="116"/>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="116"/>
        <source>Licence</source>
        <translation>许可证</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="129"/>
        <source>Fonts</source>
        <translation>字体</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="131"/>
        <source>Subsets of Noto Sans and Noto Sans CJK SC, JP and KR, under the SIL Open Font License 1.1 (OFL-1.1).</source>
        <translation>Noto Sans 及 Noto Sans CJK SC、JP、KR 的子集，采用 SIL 开放字体许可证 1.1（OFL-1.1）。</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <location filename="../../ui/application.py" line="147"/>
        <source>Something went wrong: %1. The details are in %2.</source>
        <translation>出现错误：%1。详细信息请见 %2。</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py" line="130"/>
        <source>Hunan Trade Viewer</source>
        <translation>湖南外贸查看器</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="168"/>
        <source>The last article could not be opened: %1</source>
        <translation>无法打开上次阅读的文章：%1</translation>
    </message>
</context>
<context>
    <name>ChartCard</name>
    <message>
        <location filename="../../ui/charts.py" line="243"/>
        <location filename="../../ui/charts.py" line="245"/>
        <source>Save image…</source>
        <translation>保存图片…</translation>
    </message>
    <message>
        <location filename="../../ui/charts.py" line="244"/>
        <source>Save this chart as PNG, JPEG, SVG or PDF (Ctrl+S)</source>
        <translation>将此图表保存为 PNG、JPEG、SVG 或 PDF 格式（Ctrl+S）</translation>
    </message>
    <message>
        <location filename="../../ui/charts.py" line="246"/>
        <source>Copy image</source>
        <translation>复制图片</translation>
    </message>
    <message>
        <location filename="../../ui/charts.py" line="247"/>
        <source>Show values as a table…</source>
        <translation>以表格形式显示数值…</translation>
    </message>
    <message>
        <location filename="../../ui/charts.py" line="470"/>
        <source>Chart</source>
        <translation>图表</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message numerus="yes">
        <location filename="../../ui/chart_panel.py" line="279"/>
        <source>Saved %n image(s) to %1</source>
        <translation>
            <numerusform>已将 %n 张图片保存到 %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/chart_panel.py" line="292"/>
        <source>Copied “%1” to the clipboard</source>
        <translation>已将“%1”复制到剪贴板</translation>
    </message>
    <message>
        <location filename="../../ui/chart_panel.py" line="301"/>
        <source>Loading charts…</source>
        <translation>正在加载图表…</translation>
    </message>
</context>
<context>
    <name>ChartTableDialog</name>
    <message>
        <location filename="../../ui/chart_table_dialog.py" line="80"/>
        <source>Chart as a table: %1</source>
        <translation>以表格查看图表：%1</translation>
    </message>
    <message>
        <location filename="../../ui/chart_table_dialog.py" line="81"/>
        <source>Values in %1</source>
        <translation>数值单位：%1</translation>
    </message>
    <message>
        <location filename="../../ui/chart_table_dialog.py" line="83"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../ui/chart_table_dialog.py" line="83"/>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../../ui/chart_table_dialog.py" line="83"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/chart_table_dialog.py" line="83"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
</context>
<context>
    <name>ChartWords</name>
    <message>
        <location filename="../../app/chart_words.py" line="37"/>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <location filename="../../app/chart_words.py" line="47"/>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <location filename="../../app/chart_words.py" line="48"/>
        <source>Values in %1: %2</source>
        <translation>数值（单位：%1）：%2</translation>
    </message>
    <message>
        <location filename="../../app/chart_words.py" line="55"/>
        <source>%1 — %2</source>
        <translation>%1——%2</translation>
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
        <translation>%1，%2</translation>
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
        <translation>%1；由%2于%3发布</translation>
    </message>
    <message>
        <location filename="../../app/charts.py" line="235"/>
        <source>Between %1 and %2, from the rounding of the figures it is computed from</source>
        <translation>介于 %1 和 %2 之间，源于计算所依据数据的四舍五入</translation>
    </message>
    <message>
        <location filename="../../app/charts.py" line="287"/>
        <source>Source: %1</source>
        <translation>来源：%1</translation>
    </message>
    <message>
        <location filename="../../app/charts.py" line="330"/>
        <location filename="../../app/compare.py" line="163"/>
        <source>n/a</source>
        <translation>无数据</translation>
    </message>
    <message>
        <location filename="../../app/charts.py" line="357"/>
        <source>Sources: official releases %1–%2 (hover a bar for each); estimate: %3</source>
        <translation>来源：%1—%2年官方发布数据（将鼠标悬停在柱形上可查看各年来源）；预计数：%3</translation>
    </message>
    <message>
        <location filename="../../app/charts.py" line="361"/>
        <source>Sources: official releases %1–%2 (hover a bar for each)</source>
        <translation>来源：%1—%2年官方发布数据（将鼠标悬停在柱形上可查看各年来源）</translation>
    </message>
    <message>
        <location filename="../../app/charts.py" line="358"/>
        <source>Sources: official releases %1–%2, one for each year; estimate: %3</source>
        <translation>来源：%1—%2年官方发布数据（每年一份）；预计数：%3</translation>
    </message>
    <message>
        <location filename="../../app/charts.py" line="362"/>
        <source>Sources: official releases %1–%2, one for each year</source>
        <translation>来源：%1—%2年官方发布数据（每年一份）</translation>
    </message>
</context>
<context>
    <name>Compare</name>
    <message>
        <location filename="../../app/compare.py" line="173"/>
        <source>Release: %1 (%2)</source>
        <translation>发布稿：%1（%2）</translation>
    </message>
    <message>
        <location filename="../../app/compare.py" line="205"/>
        <source>Sources: releases in the library, %1 in all (hover a point for each)</source>
        <translation>来源：文章库中的发布稿，共 %1 份（将鼠标悬停在数据点上可查看各自来源）</translation>
    </message>
    <message>
        <location filename="../../app/compare.py" line="206"/>
        <source>Sources: releases in the library, %1 in all</source>
        <translation>来源：文章库中的发布稿，共 %1 份</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <location filename="../../ui/compare_view.py" line="121"/>
        <source>Loading the library…</source>
        <translation>正在加载文章库…</translation>
    </message>
    <message>
        <location filename="../../ui/compare_view.py" line="123"/>
        <source>No indicator is reported with this measure.</source>
        <translation>没有以此度量公布的指标。</translation>
    </message>
    <message>
        <location filename="../../ui/compare_view.py" line="158"/>
        <location filename="../../ui/compare_view.py" line="166"/>
        <source>Save image</source>
        <translation>保存图片</translation>
    </message>
    <message>
        <location filename="../../ui/compare_view.py" line="176"/>
        <source>Compare across articles</source>
        <translation>跨文章比较</translation>
    </message>
    <message>
        <location filename="../../ui/compare_view.py" line="178"/>
        <source>&amp;Indicator:</source>
        <translation>指标(&amp;I)：</translation>
    </message>
    <message>
        <location filename="../../ui/compare_view.py" line="178"/>
        <source>&amp;Measure:</source>
        <translation>度量(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../../ui/compare_view.py" line="178"/>
        <source>&amp;Draw as:</source>
        <translation>图表类型(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../ui/compare_view.py" line="184"/>
        <source>Line</source>
        <translation>折线</translation>
    </message>
    <message>
        <location filename="../../ui/compare_view.py" line="184"/>
        <source>Bars</source>
        <translation>柱形</translation>
    </message>
    <message>
        <location filename="../../ui/compare_view.py" line="186"/>
        <source>&amp;Save image…</source>
        <translation>保存图片(&amp;S)…</translation>
    </message>
</context>
<context>
    <name>DataView</name>
    <message>
        <location filename="../../ui/data_view.py" line="38"/>
        <source>Fact</source>
        <translation>数据项</translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="40"/>
        <source>Measure</source>
        <translation>度量</translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="41"/>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="42"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="43"/>
        <source>Period</source>
        <translation>时期</translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="44"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="45"/>
        <source>Computed as</source>
        <translation>计算方法</translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="46"/>
        <source>As written</source>
        <translation>原文表述</translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="47"/>
        <source>Growth of</source>
        <translation>增速对应数据</translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="48"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="39"/>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="49"/>
        <source>Stated growth (%)</source>
        <translation>公布增速（%）</translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="50"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="51"/>
        <source>Address</source>
        <translation>网址</translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="166"/>
        <source>Figures in the article</source>
        <translation>文中数据</translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="179"/>
        <location filename="../../ui/data_view.py" line="189"/>
        <source>Export data as CSV</source>
        <translation>将数据导出为 CSV</translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="188"/>
        <source>The data could not be saved: %1</source>
        <translation>无法保存数据：%1</translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="191"/>
        <source>Saved the data to %1</source>
        <translation>已将数据保存到 %1</translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="201"/>
        <source>Loading the tables…</source>
        <translation>正在加载数据表…</translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="204"/>
        <source>Export as CSV…</source>
        <translation>导出为 CSV…</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../ui/export_dialog.py" line="252"/>
        <source>Saving charts…</source>
        <translation>正在保存图表…</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="252"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/export_dialog.py" line="275"/>
        <source>%1 already exists. Replace it?</source>
        <translation>
            <numerusform>%1 已存在。是否替换？</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="282"/>
        <source>The chart could not be saved: %1</source>
        <translation>无法保存图表：%1</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="290"/>
        <source>all charts</source>
        <translation>全部图表</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="291"/>
        <source>Save chart image: %1</source>
        <translation>保存图表图片：%1</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="293"/>
        <source>&amp;Format:</source>
        <translation>格式(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="294"/>
        <source>Si&amp;ze (pixels):</source>
        <translation>尺寸（像素）(&amp;Z)：</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="295"/>
        <source>S&amp;cale:</source>
        <translation>缩放(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="296"/>
        <source>&amp;Background:</source>
        <translation>背景(&amp;B)：</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="297"/>
        <source>Title:</source>
        <translation>标题：</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="298"/>
        <source>Footer:</source>
        <translation>页脚：</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="299"/>
        <source>SVG text:</source>
        <translation>SVG 文字：</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="300"/>
        <source>Save &amp;to:</source>
        <translation>保存到(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="300"/>
        <source>&amp;Folder:</source>
        <translation>文件夹(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="305"/>
        <source>Width (pixels)</source>
        <translation>宽度（像素）</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="306"/>
        <source>Height (pixels)</source>
        <translation>高度（像素）</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="307"/>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="308"/>
        <source>White</source>
        <translation>白色</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="309"/>
        <source>Transparent (PNG, SVG)</source>
        <translation>透明（PNG、SVG）</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="310"/>
        <source>Include the chart title</source>
        <translation>包含图表标题</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="311"/>
        <source>Include the source and app name</source>
        <translation>包含来源和应用名称</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="312"/>
        <source>Text as o&amp;utlines</source>
        <translation>文字转为轮廓(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="315"/>
        <source>Draws the text as shapes: the SVG looks the same in every program, with or without its fonts, but its words cannot be selected or searched</source>
        <translation>将文字绘制为图形：无论是否安装相应字体，SVG 在任何程序中的显示效果都相同，但其中的文字无法选择或搜索</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="319"/>
        <source>Bro&amp;wse…</source>
        <translation>浏览(&amp;W)…</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../ui/find_bar.py" line="113"/>
        <source>No matches</source>
        <translation>无匹配项</translation>
    </message>
    <message>
        <location filename="../../ui/find_bar.py" line="116"/>
        <source>%1 of %2</source>
        <translation>第 %1 项，共 %2 项</translation>
    </message>
    <message>
        <location filename="../../ui/find_bar.py" line="131"/>
        <location filename="../../ui/find_bar.py" line="132"/>
        <source>Find in the article</source>
        <translation>在文章中查找</translation>
    </message>
    <message>
        <location filename="../../ui/find_bar.py" line="133"/>
        <source>Previous</source>
        <translation>上一个</translation>
    </message>
    <message>
        <location filename="../../ui/find_bar.py" line="134"/>
        <source>Next</source>
        <translation>下一个</translation>
    </message>
    <message>
        <location filename="../../ui/find_bar.py" line="135"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ui/find_bar.py" line="136"/>
        <source>Close (Esc)</source>
        <translation>关闭（Esc）</translation>
    </message>
</context>
<context>
    <name>ImportMessages</name>
    <message>
        <location filename="../../ui/import_messages.py" line="22"/>
        <source>the page is empty</source>
        <translation>页面为空</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="23"/>
        <source>not a web page or a text file</source>
        <translation>不是网页或文本文件</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="24"/>
        <source>no figures were found in the article</source>
        <translation>文章中未找到数据</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="25"/>
        <source>no article text found on the page</source>
        <translation>页面上未找到文章正文</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="26"/>
        <source>no file or address given</source>
        <translation>未给出文件或网址</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="27"/>
        <source>this is a folder, not a page</source>
        <translation>这是文件夹，不是网页</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="28"/>
        <source>this is a device or a pipe, not a file</source>
        <translation>这是设备或管道，不是文件</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="29"/>
        <source>there is no such file; a web address begins with https://</source>
        <translation>没有此文件；网址应以 https:// 开头</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="30"/>
        <source>cannot read &apos;%1&apos; addresses, only http, https and local files</source>
        <translation>无法读取“%1”地址，仅支持 http、https 和本地文件</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="31"/>
        <source>a web address begins with %1:// (two slashes)</source>
        <translation>网址以 %1:// 开头（两个斜杠）</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="32"/>
        <source>the file is larger than the %1 limit</source>
        <translation>文件超过 %1 的上限</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="33"/>
        <source>the page is larger than the %1 limit</source>
        <translation>页面超过 %1 的上限</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="34"/>
        <source>cannot read the file: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="35"/>
        <source>the server answered %1</source>
        <translation>服务器返回 %1</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="36"/>
        <source>the address is not a web page (%1)</source>
        <translation>该网址不是网页（%1）</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="37"/>
        <source>cannot write into the library: it is a file, not a folder</source>
        <translation>无法写入文章库：它是文件，不是文件夹</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="38"/>
        <source>cannot write into the library: %1</source>
        <translation>无法写入文章库：%1</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="39"/>
        <source>the imported article does not check: %1</source>
        <translation>导入的文章未通过检查：%1</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="40"/>
        <source>cannot write the article: %1</source>
        <translation>无法写入文章：%1</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="41"/>
        <source>the address redirects more than %1 times (a redirect loop?)</source>
        <translation>该网址重定向超过 %1 次（重定向循环？）</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="42"/>
        <source>the server&apos;s name could not be found (DNS)</source>
        <translation>找不到服务器名称（DNS）</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="43"/>
        <source>the server refused the connection</source>
        <translation>服务器拒绝连接</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="44"/>
        <source>could not connect to the server</source>
        <translation>无法连接到服务器</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="45"/>
        <source>the server did not accept a connection within %1 s</source>
        <translation>服务器在 %1 秒内未接受连接</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="46"/>
        <source>the server did not answer within %1 s</source>
        <translation>服务器在 %1 秒内未响应</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="47"/>
        <source>the secure connection failed (certificate or TLS error)</source>
        <translation>安全连接失败（证书或 TLS 错误）</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="48"/>
        <source>the connection broke off before the page was read</source>
        <translation>页面读取完成前连接中断</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="49"/>
        <source>this is not a valid web address</source>
        <translation>这不是有效的网址</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="50"/>
        <source>the page could not be downloaded: %1</source>
        <translation>无法下载页面：%1</translation>
    </message>
</context>
<context>
    <name>Kinds</name>
    <message>
        <location filename="../../app/charts.py" line="23"/>
        <source>Reported</source>
        <translation>公布数据</translation>
    </message>
    <message>
        <location filename="../../app/charts.py" line="24"/>
        <source>Final (statistics bureau)</source>
        <translation>统计公报数（统计局）</translation>
    </message>
    <message>
        <location filename="../../app/charts.py" line="25"/>
        <source>Estimate</source>
        <translation>预计数</translation>
    </message>
    <message>
        <location filename="../../app/charts.py" line="26"/>
        <source>Derived (computed)</source>
        <translation>推算值</translation>
    </message>
    <message>
        <location filename="../../app/charts.py" line="27"/>
        <source>No confirmed figure</source>
        <translation>无确切数据</translation>
    </message>
</context>
<context>
    <name>LibraryView</name>
    <message>
        <location filename="../../ui/library_view.py" line="135"/>
        <source>The article could not be opened: %1</source>
        <translation>无法打开文章：%1</translation>
    </message>
    <message>
        <location filename="../../ui/library_view.py" line="139"/>
        <source>Open article</source>
        <translation>打开文章</translation>
    </message>
    <message>
        <location filename="../../ui/library_view.py" line="147"/>
        <source>Filter by title or date</source>
        <translation>按标题或日期筛选</translation>
    </message>
    <message>
        <location filename="../../ui/library_view.py" line="148"/>
        <source>Filter the library</source>
        <translation>筛选文章库</translation>
    </message>
    <message>
        <location filename="../../ui/library_view.py" line="149"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../ui/library_view.py" line="149"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/library_view.py" line="149"/>
        <source>Figures</source>
        <translation>数据条数</translation>
    </message>
    <message>
        <location filename="../../ui/library_view.py" line="150"/>
        <source>Articles in the library</source>
        <translation>文章库中的文章</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="140"/>
        <source>Charts ready</source>
        <translation>图表已就绪</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="336"/>
        <source>Hunan Trade Viewer</source>
        <translation>湖南外贸查看器</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="31"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="240"/>
        <source>Open article folder</source>
        <translation>打开文章文件夹</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="259"/>
        <location filename="../../ui/main_window.py" line="271"/>
        <source>Import article</source>
        <translation>导入文章</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="261"/>
        <source>Web pages and text (*.html *.htm *.txt);;All files (*)</source>
        <translation>网页和文本文件 (*.html *.htm *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="271"/>
        <source>Address of the page (http or https):</source>
        <translation>网页网址（http 或 https）：</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="301"/>
        <source>No recent articles</source>
        <translation>没有最近打开的文章</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="338"/>
        <source>&amp;Open article folder…</source>
        <translation>打开文章文件夹(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="339"/>
        <source>Open &amp;recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="340"/>
        <source>Show &amp;library</source>
        <translation>显示文章库(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="341"/>
        <source>&amp;Import article…</source>
        <translation>导入文章(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="342"/>
        <source>Impor&amp;t from address…</source>
        <translation>从网址导入(&amp;U)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="343"/>
        <source>&amp;Save chart…</source>
        <translation>保存图表(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="344"/>
        <source>Save &amp;all charts…</source>
        <translation>保存全部图表(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="345"/>
        <source>&amp;Export data as CSV…</source>
        <translation>将数据导出为 CSV(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="346"/>
        <source>Save article as P&amp;DF…</source>
        <translation>将文章保存为 PDF(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="347"/>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="32"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="349"/>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="350"/>
        <source>&amp;Find in article…</source>
        <translation>在文章中查找(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="351"/>
        <source>Clear selection</source>
        <translation>清除选择</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="352"/>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="353"/>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="354"/>
        <source>Library</source>
        <translation>文章库</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="355"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="33"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="357"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="360"/>
        <source>&amp;Theme</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="363"/>
        <source>Lar&amp;ger text</source>
        <translation>增大字号(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="364"/>
        <source>&amp;Smaller text</source>
        <translation>减小字号(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="365"/>
        <source>&amp;Normal text size</source>
        <translation>默认字号(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="366"/>
        <source>Show settings &amp;panel</source>
        <translation>显示设置面板(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="367"/>
        <source>&amp;Compare across articles…</source>
        <translation>跨文章比较(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="34"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="369"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="370"/>
        <source>&amp;About Hunan Trade Viewer</source>
        <translation>关于湖南外贸查看器(&amp;A)</translation>
    </message>
</context>
<context>
    <name>Measures</name>
    <message>
        <location filename="../../app/charts.py" line="31"/>
        <source>Level</source>
        <translation>总量</translation>
    </message>
    <message>
        <location filename="../../app/charts.py" line="32"/>
        <source>Growth rate</source>
        <translation>增速</translation>
    </message>
    <message>
        <location filename="../../app/charts.py" line="33"/>
        <source>Share</source>
        <translation>占比</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <location filename="../../ui/import_task.py" line="51"/>
        <source>Import article</source>
        <translation>导入文章</translation>
    </message>
</context>
<context>
    <name>ReaderView</name>
    <message>
        <location filename="../../ui/reader.py" line="142"/>
        <source>Original article</source>
        <translation>原文链接</translation>
    </message>
    <message>
        <location filename="../../ui/reader.py" line="151"/>
        <source>Translator: %1</source>
        <translation>译者：%1</translation>
    </message>
    <message>
        <location filename="../../ui/reader.py" line="269"/>
        <source>Showing the original text (%1).</source>
        <translation>正在显示原文（%1）。</translation>
    </message>
    <message>
        <location filename="../../ui/reader.py" line="270"/>
        <source>Show translation</source>
        <translation>显示译文</translation>
    </message>
    <message>
        <location filename="../../ui/reader.py" line="273"/>
        <source>This article is published in %1 only; the charts follow your language.</source>
        <translation>本文仅以%1发布；图表随您选择的语言显示。</translation>
    </message>
    <message>
        <location filename="../../ui/reader.py" line="279"/>
        <source>This is a translation. The original text (%1) is the official one.</source>
        <translation>本文为译文，以原文（%1）为准。</translation>
    </message>
    <message>
        <location filename="../../ui/reader.py" line="283"/>
        <source>Show original</source>
        <translation>显示原文</translation>
    </message>
    <message>
        <location filename="../../ui/reader.py" line="306"/>
        <location filename="../../ui/reader.py" line="315"/>
        <source>Save article as PDF</source>
        <translation>将文章保存为 PDF</translation>
    </message>
    <message>
        <location filename="../../ui/reader.py" line="314"/>
        <source>The article could not be saved: %1</source>
        <translation>无法保存文章：%1</translation>
    </message>
    <message>
        <location filename="../../ui/reader.py" line="317"/>
        <source>Saved the article to %1</source>
        <translation>已将文章保存到 %1</translation>
    </message>
    <message>
        <location filename="../../ui/reader.py" line="397"/>
        <source>Article text</source>
        <translation>文章正文</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <location filename="../../ui/import_dialog.py" line="189"/>
        <source>(the text&apos;s words, untranslated)</source>
        <translation>（原文用词，未翻译）</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="194"/>
        <source>Glossary term of %1</source>
        <translation>%1 的术语表词条</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="315"/>
        <source>Added as row %1.</source>
        <translation>已添加为第 %1 行。</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="316"/>
        <source>Added as row %1: the text gives it no unit, so choose one.</source>
        <translation>已添加为第 %1 行：原文未给出单位，请选择单位。</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="317"/>
        <source>That figure is already in the table, row %1.</source>
        <translation>该数据已在表中，位于第 %1 行。</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="318"/>
        <source>That figure is row %1, and is included again.</source>
        <translation>该数据位于第 %1 行，已重新纳入。</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="319"/>
        <source>The selection holds no number, so it cannot be a figure.</source>
        <translation>所选内容不含数字，无法作为数据。</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="320"/>
        <source>The selection holds more than one number: select one figure at a time.</source>
        <translation>所选内容包含多个数字：请每次只选择一项数据。</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="321"/>
        <source>The selection runs over more than one paragraph: select one figure.</source>
        <translation>所选内容跨越多个段落：请只选择一项数据。</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="349"/>
        <source>Row %1: &apos;%2&apos; is not a known %3.</source>
        <translation>第 %1 行：“%2”不是有效的 %3 值。</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="374"/>
        <location filename="../../ui/import_dialog.py" line="386"/>
        <source>Import article</source>
        <translation>导入文章</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="375"/>
        <source>Name the publisher of this release: its charts cite it as their source.</source>
        <translation>请填写本次发布的发布机构：图表以它作为数据来源。</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="409"/>
        <source>Review the figures found</source>
        <translation>核对识别出的数据</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="411"/>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="411"/>
        <source>&amp;Publisher:</source>
        <translation>发布机构(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="411"/>
        <source>Publi&amp;shed:</source>
        <translation>发布日期(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="414"/>
        <source>Not named on the page: who published this release?</source>
        <translation>网页未注明：这份发布由谁发布？</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="415"/>
        <source>The page gives no date: today&apos;s is proposed.</source>
        <translation>网页未给出日期：暂填今天的日期。</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="421"/>
        <source>Figure</source>
        <translation>数据</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="422"/>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="423"/>
        <source>Glossary term</source>
        <translation>术语表词条</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="425"/>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="426"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="427"/>
        <source>Period</source>
        <translation>时期</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="424"/>
        <source>Of</source>
        <translation>对象</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="428"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="429"/>
        <source>Measure</source>
        <translation>度量</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="432"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="433"/>
        <source>Article text</source>
        <translation>文章正文</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="434"/>
        <source>&amp;Add as figure</source>
        <translation>添加为数据(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="435"/>
        <source>Add the selected number as a figure the finder missed (Ctrl+M)</source>
        <translation>将所选数字添加为未被自动识别的数据（Ctrl+M）</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="437"/>
        <source>Figures found</source>
        <translation>识别出的数据</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../app/settings.py" line="87"/>
        <source>The settings file %1 could not be read; defaults are used (your file is kept as %2).</source>
        <translation>无法读取设置文件 %1，已改用默认设置（原文件已保留为 %2）。</translation>
    </message>
</context>
<context>
    <name>SettingsPanel</name>
    <message>
        <location filename="../../ui/settings_panel.py" line="14"/>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../ui/settings_panel.py" line="15"/>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <location filename="../../ui/settings_panel.py" line="16"/>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <location filename="../../ui/settings_panel.py" line="76"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../ui/settings_panel.py" line="77"/>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../ui/settings_panel.py" line="78"/>
        <source>&amp;Theme:</source>
        <translation>主题(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../ui/settings_panel.py" line="79"/>
        <source>Reader te&amp;xt size:</source>
        <translation>阅读字号(&amp;X)：</translation>
    </message>
    <message>
        <location filename="../../ui/settings_panel.py" line="80"/>
        <source> pt</source>
        <translation> 磅</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../ui/shortcuts_dialog.py" line="85"/>
        <location filename="../../ui/shortcuts_dialog.py" line="87"/>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts_dialog.py" line="86"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts_dialog.py" line="86"/>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
</context>
<context>
    <name>Units</name>
    <message>
        <location filename="../../app/units.py" line="63"/>
        <source>Yuan (CNY)</source>
        <translation>人民币（元）</translation>
    </message>
    <message>
        <location filename="../../app/units.py" line="66"/>
        <source>US$%1</source>
        <translation>%1美元</translation>
    </message>
    <message>
        <location filename="../../app/units.py" line="66"/>
        <source>US dollars (USD)</source>
        <translation>美元</translation>
    </message>
    <message>
        <location filename="../../app/units.py" line="68"/>
        <source>Percent</source>
        <translation>百分比</translation>
    </message>
    <message>
        <location filename="../../app/units.py" line="72"/>
        <source>%1 percentage points</source>
        <translation>%1个百分点</translation>
    </message>
    <message>
        <location filename="../../app/units.py" line="73"/>
        <source>%1 pp</source>
        <translation>%1个百分点</translation>
    </message>
    <message>
        <location filename="../../app/units.py" line="74"/>
        <source>Percentage points</source>
        <translation>百分点</translation>
    </message>
    <message>
        <location filename="../../app/units.py" line="77"/>
        <source>%1 %2</source>
        <translation>%1%2</translation>
    </message>
    <message>
        <location filename="../../app/units.py" line="77"/>
        <source>Number</source>
        <translation>数量</translation>
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
        <translation>%1吨</translation>
    </message>
    <message>
        <location filename="../../app/units.py" line="87"/>
        <source>Tonnes</source>
        <translation>吨</translation>
    </message>
    <message>
        <location filename="../../app/units.py" line="63"/>
        <source>%1 CNY</source>
        <translation>%1元</translation>
    </message>
</context>
</TS>
