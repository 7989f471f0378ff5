<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko">
<context>
    <name>ChartCard</name>
    <message>
        <location filename="../../ui/charts.py" line="208"/>
        <location filename="../../ui/charts.py" line="210"/>
        <source>Save image…</source>
        <translation>이미지 저장…</translation>
    </message>
    <message>
        <location filename="../../ui/charts.py" line="209"/>
        <source>Save this chart as PNG, JPEG, SVG or PDF (Ctrl+S)</source>
        <translation>이 차트를 PNG, JPEG, SVG 또는 PDF로 저장 (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../ui/charts.py" line="211"/>
        <source>Copy image</source>
        <translation>이미지 복사</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message numerus="yes">
        <location filename="../../ui/chart_panel.py" line="143"/>
        <source>Saved %n image(s) to %1</source>
        <translation>
            <numerusform>이미지 %n개를 %1에 저장했습니다</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/chart_panel.py" line="155"/>
        <source>Copied “%1” to the clipboard</source>
        <translation>“%1”을(를) 클립보드에 복사했습니다</translation>
    </message>
    <message>
        <location filename="../../ui/chart_panel.py" line="164"/>
        <source>Loading charts…</source>
        <translation>차트를 불러오는 중…</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <location filename="../../app/facts.py" line="102"/>
        <location filename="../../ui/charts.py" line="303"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../app/facts.py" line="148"/>
        <source>Source: %1</source>
        <translation>출처: %1</translation>
    </message>
    <message>
        <location filename="../../app/facts.py" line="164"/>
        <source>n/a</source>
        <translation>자료 없음</translation>
    </message>
    <message>
        <location filename="../../app/facts.py" line="178"/>
        <source>Sources: official releases %1–%2 (hover a bar for each); estimate: %3</source>
        <translation>출처: %1–%2년 공식 발표(막대에 마우스를 올리면 각 출처 표시); 추정치: %3</translation>
    </message>
</context>
<context>
    <name>DataView</name>
    <message>
        <location filename="../../ui/data_view.py" line="30"/>
        <source>Fact</source>
        <translation>항목</translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="31"/>
        <source>Value</source>
        <translation>값</translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="32"/>
        <source>Unit</source>
        <translation>단위</translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="33"/>
        <source>Period</source>
        <translation>기간</translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="34"/>
        <source>Kind</source>
        <translation>구분</translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="35"/>
        <source>Computed as</source>
        <translation>산출식</translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="36"/>
        <source>Source</source>
        <translation>출처</translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="37"/>
        <source>Year</source>
        <translation>연도</translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="38"/>
        <source>Indicator</source>
        <translation>지표</translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="39"/>
        <source>Stated growth (%)</source>
        <translation>발표 증가율(%)</translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="40"/>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="41"/>
        <source>Address</source>
        <translation>주소</translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="44"/>
        <source>Total trade</source>
        <translation>무역 총액</translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="45"/>
        <source>Exports</source>
        <translation>수출</translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="46"/>
        <source>Imports</source>
        <translation>수입</translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="47"/>
        <source>Trade with Belt and Road countries</source>
        <translation>일대일로 연선 국가와의 무역</translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="50"/>
        <source>Figures in the article</source>
        <translation>기사에 나온 수치</translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="51"/>
        <source>Official yearly series</source>
        <translation>연도별 공식 통계</translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="137"/>
        <location filename="../../ui/data_view.py" line="146"/>
        <source>Export data as CSV</source>
        <translation>데이터를 CSV로 내보내기</translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="145"/>
        <source>The data could not be saved: %1</source>
        <translation>데이터를 저장할 수 없습니다: %1</translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="148"/>
        <source>Saved the data to %1</source>
        <translation>데이터를 %1에 저장했습니다</translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="160"/>
        <source>Export as CSV…</source>
        <translation>CSV로 내보내기…</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../ui/export_dialog.py" line="188"/>
        <source>Saving charts…</source>
        <translation>차트 저장 중…</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="188"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/export_dialog.py" line="209"/>
        <source>%1 already exists. Replace it?</source>
        <translation>
            <numerusform>%1 파일이 이미 있습니다. 바꾸시겠습니까?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="214"/>
        <source>The chart could not be saved: %1</source>
        <translation>차트를 저장할 수 없습니다: %1</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="222"/>
        <source>all charts</source>
        <translation>모든 차트</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="223"/>
        <source>Save chart image: %1</source>
        <translation>차트 이미지 저장: %1</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="224"/>
        <source>&amp;Format:</source>
        <translation>형식(&amp;F):</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="224"/>
        <source>Si&amp;ze (pixels):</source>
        <translation>크기(픽셀)(&amp;Z):</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="224"/>
        <source>S&amp;cale:</source>
        <translation>배율(&amp;C):</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="224"/>
        <source>&amp;Background:</source>
        <translation>배경(&amp;B):</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="225"/>
        <source>Title:</source>
        <translation>제목:</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="225"/>
        <source>Footer:</source>
        <translation>바닥글:</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="225"/>
        <source>Save &amp;to:</source>
        <translation>저장 위치(&amp;T):</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="225"/>
        <source>&amp;Folder:</source>
        <translation>폴더(&amp;F):</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="228"/>
        <source>Custom</source>
        <translation>사용자 지정</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="229"/>
        <source>White</source>
        <translation>흰색</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="230"/>
        <source>Transparent (PNG, SVG)</source>
        <translation>투명(PNG, SVG)</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="231"/>
        <source>Include the chart title</source>
        <translation>차트 제목 포함</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="232"/>
        <source>Include the source and app name</source>
        <translation>출처 및 앱 이름 포함</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="233"/>
        <source>Bro&amp;wse…</source>
        <translation>찾아보기(&amp;W)…</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../ui/find_bar.py" line="107"/>
        <source>No matches</source>
        <translation>일치 항목 없음</translation>
    </message>
    <message>
        <location filename="../../ui/find_bar.py" line="109"/>
        <source>%1 of %2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <location filename="../../ui/find_bar.py" line="123"/>
        <source>Find in the article</source>
        <translation>기사에서 찾기</translation>
    </message>
    <message>
        <location filename="../../ui/find_bar.py" line="124"/>
        <source>Previous</source>
        <translation>이전</translation>
    </message>
    <message>
        <location filename="../../ui/find_bar.py" line="125"/>
        <source>Next</source>
        <translation>다음</translation>
    </message>
    <message>
        <location filename="../../ui/find_bar.py" line="127"/>
        <source>Close (Esc)</source>
        <translation>닫기(Esc)</translation>
    </message>
</context>
<context>
    <name>Kinds</name>
    <message>
        <location filename="../../app/facts.py" line="24"/>
        <source>Reported</source>
        <translation>발표치</translation>
    </message>
    <message>
        <location filename="../../app/facts.py" line="25"/>
        <source>Final (statistics bureau)</source>
        <translation>확정치(통계국)</translation>
    </message>
    <message>
        <location filename="../../app/facts.py" line="26"/>
        <source>Estimate (“exceeds”)</source>
        <translation>추정치(“초과”)</translation>
    </message>
    <message>
        <location filename="../../app/facts.py" line="27"/>
        <source>Derived from stated growth</source>
        <translation>발표 증가율로 산출</translation>
    </message>
    <message>
        <location filename="../../app/facts.py" line="28"/>
        <source>No confirmed figure</source>
        <translation>확인된 수치 없음</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="68"/>
        <source>Charts ready</source>
        <translation>차트 준비 완료</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="150"/>
        <location filename="../../ui/main_window.py" line="158"/>
        <source>Open article bundle</source>
        <translation>기사 번들 열기</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="156"/>
        <source>The article could not be opened: %1</source>
        <translation>기사를 열 수 없습니다: %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="161"/>
        <source>About Hunan Trade Viewer</source>
        <translation>후난 무역 뷰어 정보</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="162"/>
        <source>&lt;h3&gt;Hunan Trade Viewer&lt;/h3&gt;&lt;p&gt;Reads the Hunan Provincial Government&apos;s statistics update on Hunan&apos;s foreign trade beside charts of its figures, in five languages.&lt;/p&gt;&lt;p&gt;Every figure comes from the article or from official releases, each with its source. Values derived from a stated growth rate are marked as derived.&lt;/p&gt;&lt;p&gt;Fonts: Noto Sans CJK subsets, SIL Open Font License 1.1.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;후난 무역 뷰어&lt;/h3&gt;&lt;p&gt;후난성 정부가 발표한 후난성 대외무역 통계 소식을 그 수치를 나타낸 차트와 나란히 5개 언어로 보여 줍니다.&lt;/p&gt;&lt;p&gt;모든 수치는 기사 또는 공식 발표에서 가져온 것이며 각각 출처를 밝힙니다. 발표된 증가율로 산출한 값은 산출값으로 표시합니다.&lt;/p&gt;&lt;p&gt;글꼴: Noto Sans CJK 서브셋, SIL Open Font License 1.1.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="181"/>
        <source>Hunan Trade Viewer</source>
        <translation>후난 무역 뷰어</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="182"/>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="183"/>
        <source>&amp;Open article…</source>
        <translation>기사 열기(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="184"/>
        <source>&amp;Save chart…</source>
        <translation>차트 저장(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="185"/>
        <source>Save &amp;all charts…</source>
        <translation>모든 차트 저장(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="186"/>
        <source>&amp;Export data as CSV…</source>
        <translation>데이터를 CSV로 내보내기(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="187"/>
        <source>Save article as P&amp;DF…</source>
        <translation>기사를 PDF로 저장(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="188"/>
        <source>&amp;Print…</source>
        <translation>인쇄(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="189"/>
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="190"/>
        <source>&amp;Copy</source>
        <translation>복사(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="191"/>
        <source>&amp;Find in article…</source>
        <translation>기사에서 찾기(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="192"/>
        <source>Clear selection</source>
        <translation>선택 해제</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="193"/>
        <source>Charts</source>
        <translation>차트</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="194"/>
        <source>Data</source>
        <translation>데이터</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="195"/>
        <source>&amp;Quit</source>
        <translation>종료(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="196"/>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="197"/>
        <source>&amp;Language</source>
        <translation>언어(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="200"/>
        <source>&amp;Theme</source>
        <translation>테마(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="203"/>
        <source>&amp;Larger text</source>
        <translation>글자 크게(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="204"/>
        <source>&amp;Smaller text</source>
        <translation>글자 작게(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="205"/>
        <source>&amp;Normal text size</source>
        <translation>기본 글자 크기(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="206"/>
        <source>Show &amp;settings panel</source>
        <translation>설정 패널 표시(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="207"/>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="208"/>
        <source>&amp;About Hunan Trade Viewer</source>
        <translation>후난 무역 뷰어 정보(&amp;A)</translation>
    </message>
</context>
<context>
    <name>ReaderView</name>
    <message>
        <location filename="../../ui/reader.py" line="110"/>
        <source>Original article on the Hunan Provincial Government website</source>
        <translation>후난성 정부 웹사이트의 기사 원문</translation>
    </message>
    <message>
        <location filename="../../ui/reader.py" line="119"/>
        <source>Translator: %1</source>
        <translation>번역: %1</translation>
    </message>
    <message>
        <location filename="../../ui/reader.py" line="169"/>
        <source>Showing the original text (%1).</source>
        <translation>원문(%1)을 표시하고 있습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/reader.py" line="170"/>
        <source>Show translation</source>
        <translation>번역문 보기</translation>
    </message>
    <message>
        <location filename="../../ui/reader.py" line="173"/>
        <source>This is a translation. The original text (%1) is the official one.</source>
        <translation>번역문입니다. 공식 문서는 원문(%1)입니다.</translation>
    </message>
    <message>
        <location filename="../../ui/reader.py" line="175"/>
        <source>Show original</source>
        <translation>원문 보기</translation>
    </message>
    <message>
        <location filename="../../ui/reader.py" line="187"/>
        <location filename="../../ui/reader.py" line="194"/>
        <source>Save article as PDF</source>
        <translation>기사를 PDF로 저장</translation>
    </message>
    <message>
        <location filename="../../ui/reader.py" line="193"/>
        <source>The article could not be saved: %1</source>
        <translation>기사를 저장할 수 없습니다: %1</translation>
    </message>
    <message>
        <location filename="../../ui/reader.py" line="196"/>
        <source>Saved the article to %1</source>
        <translation>기사를 %1에 저장했습니다</translation>
    </message>
    <message>
        <location filename="../../ui/reader.py" line="288"/>
        <source>Article text</source>
        <translation>기사 본문</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../app/settings.py" line="46"/>
        <source>The settings file %1 could not be read; defaults are used (your file is kept as %2).</source>
        <translation>설정 파일 %1을(를) 읽을 수 없어 기본값을 사용합니다(기존 파일은 %2(으)로 보관됨).</translation>
    </message>
</context>
<context>
    <name>SettingsPanel</name>
    <message>
        <location filename="../../ui/settings_panel.py" line="13"/>
        <source>Follow the system</source>
        <translation>시스템 설정 따르기</translation>
    </message>
    <message>
        <location filename="../../ui/settings_panel.py" line="14"/>
        <source>Light</source>
        <translation>밝게</translation>
    </message>
    <message>
        <location filename="../../ui/settings_panel.py" line="15"/>
        <source>Dark</source>
        <translation>어둡게</translation>
    </message>
    <message>
        <location filename="../../ui/settings_panel.py" line="73"/>
        <source>Settings</source>
        <translation>설정</translation>
    </message>
    <message>
        <location filename="../../ui/settings_panel.py" line="74"/>
        <source>&amp;Language:</source>
        <translation>언어(&amp;L):</translation>
    </message>
    <message>
        <location filename="../../ui/settings_panel.py" line="75"/>
        <source>&amp;Theme:</source>
        <translation>테마(&amp;T):</translation>
    </message>
    <message>
        <location filename="../../ui/settings_panel.py" line="76"/>
        <source>Reader &amp;text size:</source>
        <translation>본문 글자 크기(&amp;T):</translation>
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
        <translation>위안(CNY)</translation>
    </message>
    <message>
        <location filename="../../app/facts.py" line="20"/>
        <source>Percent</source>
        <translation>퍼센트</translation>
    </message>
    <message>
        <location filename="../../app/facts.py" line="21"/>
        <source>Enterprises</source>
        <translation>기업 수</translation>
    </message>
    <message>
        <location filename="../../app/facts.py" line="94"/>
        <source>%1 CNY</source>
        <translation>%1 위안</translation>
    </message>
    <message>
        <location filename="../../app/facts.py" line="97"/>
        <source>%1 enterprises</source>
        <translation>%1개 기업</translation>
    </message>
</context>
</TS>
