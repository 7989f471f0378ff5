<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ChartCard</name>
    <message>
        <location filename="../../ui/charts.py" line="208"/>
        <location filename="../../ui/charts.py" line="210"/>
        <source>Save image…</source>
        <translation>保存图片…</translation>
    </message>
    <message>
        <location filename="../../ui/charts.py" line="209"/>
        <source>Save this chart as PNG, JPEG, SVG or PDF (Ctrl+S)</source>
        <translation>将此图表保存为 PNG、JPEG、SVG 或 PDF 格式（Ctrl+S）</translation>
    </message>
    <message>
        <location filename="../../ui/charts.py" line="211"/>
        <source>Copy image</source>
        <translation>复制图片</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message numerus="yes">
        <location filename="../../ui/chart_panel.py" line="143"/>
        <source>Saved %n image(s) to %1</source>
        <translation>
            <numerusform>已将 %n 张图片保存到 %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/chart_panel.py" line="155"/>
        <source>Copied “%1” to the clipboard</source>
        <translation>已将“%1”复制到剪贴板</translation>
    </message>
    <message>
        <location filename="../../ui/chart_panel.py" line="164"/>
        <source>Loading charts…</source>
        <translation>正在加载图表…</translation>
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
        <translation>来源：%1</translation>
    </message>
    <message>
        <location filename="../../app/facts.py" line="164"/>
        <source>n/a</source>
        <translation>无数据</translation>
    </message>
    <message>
        <location filename="../../app/facts.py" line="178"/>
        <source>Sources: official releases %1–%2 (hover a bar for each); estimate: %3</source>
        <translation>来源：%1—%2年官方发布数据（将鼠标悬停在柱形上可查看各年来源）；预计值：%3</translation>
    </message>
</context>
<context>
    <name>DataView</name>
    <message>
        <location filename="../../ui/data_view.py" line="30"/>
        <source>Fact</source>
        <translation>数据项</translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="31"/>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="32"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="33"/>
        <source>Period</source>
        <translation>时期</translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="34"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="35"/>
        <source>Computed as</source>
        <translation>计算方法</translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="36"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="37"/>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="38"/>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="39"/>
        <source>Stated growth (%)</source>
        <translation>公布增速（%）</translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="40"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="41"/>
        <source>Address</source>
        <translation>网址</translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="44"/>
        <source>Total trade</source>
        <translation>进出口总额</translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="45"/>
        <source>Exports</source>
        <translation>出口</translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="46"/>
        <source>Imports</source>
        <translation>进口</translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="47"/>
        <source>Trade with Belt and Road countries</source>
        <translation>与“一带一路”沿线国家贸易</translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="50"/>
        <source>Figures in the article</source>
        <translation>文中数据</translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="51"/>
        <source>Official yearly series</source>
        <translation>官方年度数据</translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="137"/>
        <location filename="../../ui/data_view.py" line="146"/>
        <source>Export data as CSV</source>
        <translation>将数据导出为 CSV</translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="145"/>
        <source>The data could not be saved: %1</source>
        <translation>无法保存数据：%1</translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="148"/>
        <source>Saved the data to %1</source>
        <translation>已将数据保存到 %1</translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="160"/>
        <source>Export as CSV…</source>
        <translation>导出为 CSV…</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../ui/export_dialog.py" line="188"/>
        <source>Saving charts…</source>
        <translation>正在保存图表…</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="188"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/export_dialog.py" line="209"/>
        <source>%1 already exists. Replace it?</source>
        <translation>
            <numerusform>%1 已存在。是否替换？</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="214"/>
        <source>The chart could not be saved: %1</source>
        <translation>无法保存图表：%1</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="222"/>
        <source>all charts</source>
        <translation>全部图表</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="223"/>
        <source>Save chart image: %1</source>
        <translation>保存图表图片：%1</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="224"/>
        <source>&amp;Format:</source>
        <translation>格式(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="224"/>
        <source>Si&amp;ze (pixels):</source>
        <translation>尺寸（像素）(&amp;Z)：</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="224"/>
        <source>S&amp;cale:</source>
        <translation>缩放(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="224"/>
        <source>&amp;Background:</source>
        <translation>背景(&amp;B)：</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="225"/>
        <source>Title:</source>
        <translation>标题：</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="225"/>
        <source>Footer:</source>
        <translation>页脚：</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="225"/>
        <source>Save &amp;to:</source>
        <translation>保存到(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="225"/>
        <source>&amp;Folder:</source>
        <translation>文件夹(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="228"/>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="229"/>
        <source>White</source>
        <translation>白色</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="230"/>
        <source>Transparent (PNG, SVG)</source>
        <translation>透明（PNG、SVG）</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="231"/>
        <source>Include the chart title</source>
        <translation>包含图表标题</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="232"/>
        <source>Include the source and app name</source>
        <translation>包含来源和应用名称</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="233"/>
        <source>Bro&amp;wse…</source>
        <translation>浏览(&amp;W)…</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../ui/find_bar.py" line="107"/>
        <source>No matches</source>
        <translation>无匹配项</translation>
    </message>
    <message>
        <location filename="../../ui/find_bar.py" line="109"/>
        <source>%1 of %2</source>
        <translation>第 %1 项，共 %2 项</translation>
    </message>
    <message>
        <location filename="../../ui/find_bar.py" line="123"/>
        <source>Find in the article</source>
        <translation>在文章中查找</translation>
    </message>
    <message>
        <location filename="../../ui/find_bar.py" line="124"/>
        <source>Previous</source>
        <translation>上一个</translation>
    </message>
    <message>
        <location filename="../../ui/find_bar.py" line="125"/>
        <source>Next</source>
        <translation>下一个</translation>
    </message>
    <message>
        <location filename="../../ui/find_bar.py" line="127"/>
        <source>Close (Esc)</source>
        <translation>关闭（Esc）</translation>
    </message>
</context>
<context>
    <name>Kinds</name>
    <message>
        <location filename="../../app/facts.py" line="24"/>
        <source>Reported</source>
        <translation>公布数据</translation>
    </message>
    <message>
        <location filename="../../app/facts.py" line="25"/>
        <source>Final (statistics bureau)</source>
        <translation>最终核实数（统计局）</translation>
    </message>
    <message>
        <location filename="../../app/facts.py" line="26"/>
        <source>Estimate (“exceeds”)</source>
        <translation>预计值（“突破”）</translation>
    </message>
    <message>
        <location filename="../../app/facts.py" line="27"/>
        <source>Derived from stated growth</source>
        <translation>按公布增速推算</translation>
    </message>
    <message>
        <location filename="../../app/facts.py" line="28"/>
        <source>No confirmed figure</source>
        <translation>无确切数据</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="68"/>
        <source>Charts ready</source>
        <translation>图表已就绪</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="150"/>
        <location filename="../../ui/main_window.py" line="158"/>
        <source>Open article bundle</source>
        <translation>打开文章包</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="156"/>
        <source>The article could not be opened: %1</source>
        <translation>无法打开文章：%1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="161"/>
        <source>About Hunan Trade Viewer</source>
        <translation>关于湖南外贸查看器</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="162"/>
        <source>&lt;h3&gt;Hunan Trade Viewer&lt;/h3&gt;&lt;p&gt;Reads the Hunan Provincial Government&apos;s statistics update on Hunan&apos;s foreign trade beside charts of its figures, in five languages.&lt;/p&gt;&lt;p&gt;Every figure comes from the article or from official releases, each with its source. Values derived from a stated growth rate are marked as derived.&lt;/p&gt;&lt;p&gt;Fonts: Noto Sans CJK subsets, SIL Open Font License 1.1.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;湖南外贸查看器&lt;/h3&gt;&lt;p&gt;以五种语言阅读湖南省人民政府网站发布的湖南外贸统计动态，并与文中数据的图表对照显示。&lt;/p&gt;&lt;p&gt;所有数据均来自该文章或官方发布，并注明出处。根据公布增速推算的数值均标注为推算值。&lt;/p&gt;&lt;p&gt;字体：Noto Sans CJK 子集，SIL 开源字体许可证 1.1。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="181"/>
        <source>Hunan Trade Viewer</source>
        <translation>湖南外贸查看器</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="182"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="183"/>
        <source>&amp;Open article…</source>
        <translation>打开文章(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="184"/>
        <source>&amp;Save chart…</source>
        <translation>保存图表(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="185"/>
        <source>Save &amp;all charts…</source>
        <translation>保存全部图表(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="186"/>
        <source>&amp;Export data as CSV…</source>
        <translation>将数据导出为 CSV(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="187"/>
        <source>Save article as P&amp;DF…</source>
        <translation>将文章保存为 PDF(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="188"/>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="189"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="190"/>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="191"/>
        <source>&amp;Find in article…</source>
        <translation>在文章中查找(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="192"/>
        <source>Clear selection</source>
        <translation>清除选择</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="193"/>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="194"/>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="195"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="196"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="197"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="200"/>
        <source>&amp;Theme</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="203"/>
        <source>&amp;Larger text</source>
        <translation>增大字号(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="204"/>
        <source>&amp;Smaller text</source>
        <translation>减小字号(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="205"/>
        <source>&amp;Normal text size</source>
        <translation>默认字号(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="206"/>
        <source>Show &amp;settings panel</source>
        <translation>显示设置面板(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="207"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="208"/>
        <source>&amp;About Hunan Trade Viewer</source>
        <translation>关于湖南外贸查看器(&amp;A)</translation>
    </message>
</context>
<context>
    <name>ReaderView</name>
    <message>
        <location filename="../../ui/reader.py" line="110"/>
        <source>Original article on the Hunan Provincial Government website</source>
        <translation>湖南省人民政府网站原文</translation>
    </message>
    <message>
        <location filename="../../ui/reader.py" line="119"/>
        <source>Translator: %1</source>
        <translation>译者：%1</translation>
    </message>
    <message>
        <location filename="../../ui/reader.py" line="169"/>
        <source>Showing the original text (%1).</source>
        <translation>正在显示原文（%1）。</translation>
    </message>
    <message>
        <location filename="../../ui/reader.py" line="170"/>
        <source>Show translation</source>
        <translation>显示译文</translation>
    </message>
    <message>
        <location filename="../../ui/reader.py" line="173"/>
        <source>This is a translation. The original text (%1) is the official one.</source>
        <translation>本文为译文，以原文（%1）为准。</translation>
    </message>
    <message>
        <location filename="../../ui/reader.py" line="175"/>
        <source>Show original</source>
        <translation>显示原文</translation>
    </message>
    <message>
        <location filename="../../ui/reader.py" line="187"/>
        <location filename="../../ui/reader.py" line="194"/>
        <source>Save article as PDF</source>
        <translation>将文章保存为 PDF</translation>
    </message>
    <message>
        <location filename="../../ui/reader.py" line="193"/>
        <source>The article could not be saved: %1</source>
        <translation>无法保存文章：%1</translation>
    </message>
    <message>
        <location filename="../../ui/reader.py" line="196"/>
        <source>Saved the article to %1</source>
        <translation>已将文章保存到 %1</translation>
    </message>
    <message>
        <location filename="../../ui/reader.py" line="288"/>
        <source>Article text</source>
        <translation>文章正文</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../app/settings.py" line="46"/>
        <source>The settings file %1 could not be read; defaults are used (your file is kept as %2).</source>
        <translation>无法读取设置文件 %1，已改用默认设置（原文件已保留为 %2）。</translation>
    </message>
</context>
<context>
    <name>SettingsPanel</name>
    <message>
        <location filename="../../ui/settings_panel.py" line="13"/>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../ui/settings_panel.py" line="14"/>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <location filename="../../ui/settings_panel.py" line="15"/>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <location filename="../../ui/settings_panel.py" line="73"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../ui/settings_panel.py" line="74"/>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../ui/settings_panel.py" line="75"/>
        <source>&amp;Theme:</source>
        <translation>主题(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../ui/settings_panel.py" line="76"/>
        <source>Reader &amp;text size:</source>
        <translation>阅读字号(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../ui/settings_panel.py" line="77"/>
        <source> pt</source>
        <translation> 磅</translation>
    </message>
</context>
<context>
    <name>Units</name>
    <message>
        <location filename="../../app/facts.py" line="19"/>
        <source>Yuan (CNY)</source>
        <translation>人民币（元）</translation>
    </message>
    <message>
        <location filename="../../app/facts.py" line="20"/>
        <source>Percent</source>
        <translation>百分比</translation>
    </message>
    <message>
        <location filename="../../app/facts.py" line="21"/>
        <source>Enterprises</source>
        <translation>企业数（家）</translation>
    </message>
    <message>
        <location filename="../../app/facts.py" line="94"/>
        <source>%1 CNY</source>
        <translation>%1元</translation>
    </message>
    <message>
        <location filename="../../app/facts.py" line="97"/>
        <source>%1 enterprises</source>
        <translation>%1 家企业</translation>
    </message>
</context>
</TS>
