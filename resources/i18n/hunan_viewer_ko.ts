<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../ui/about_dialog.py" line="75"/>
        <source>About Hunan Trade Viewer</source>
        <translation>후난 무역 뷰어 정보</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="76"/>
        <source>Hunan Trade Viewer</source>
        <translation>후난 무역 뷰어</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="77"/>
        <source>Version %1</source>
        <translation>버전 %1</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="78"/>
        <source>Reads statistics releases beside charts of their figures, in five languages, and keeps a library of them. Every figure comes from the article or from an official release, each with its source; estimates and values the viewer computes are marked as such.</source>
        <translation>통계 발표 자료를 그 수치의 차트와 나란히 5개 언어로 보여 주고, 라이브러리에 보관합니다. 모든 수치는 기사 또는 공식 발표에서 가져오며 각각 출처가 표시됩니다. 추정치와 뷰어가 산출한 값은 따로 구분하여 표시됩니다.</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="81"/>
        <source>Licence: %1</source>
        <translation>라이선스: %1</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="90"/>
        <source>Data sources</source>
        <translation>데이터 출처</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="102"/>
        <source>Libraries</source>
        <translation>라이브러리</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="103"/>
        <source>The viewer runs on these libraries, each under its own licence:</source>
        <translation>이 뷰어는 다음 라이브러리를 사용하며, 각 라이브러리에는 고유한 라이선스가 적용됩니다:</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="104"/>
        <source>Library</source>
        <translation>라이브러리</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="104"/>
        <source>Version</source>
        <translation>버전</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="104"/>
        <source>Licence</source>
        <translation>라이선스</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="112"/>
        <source>Fonts</source>
        <translation>글꼴</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="113"/>
        <source>Subsets of Noto Sans and Noto Sans CJK SC, JP and KR, under the SIL Open Font License 1.1 (OFL-1.1).</source>
        <translation>Noto Sans 및 Noto Sans CJK SC, JP, KR의 부분 집합이며, SIL Open Font License 1.1(OFL-1.1)이 적용됩니다.</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <location filename="../../ui/application.py" line="124"/>
        <source>Something went wrong: %1. The details are in %2.</source>
        <translation>문제가 발생했습니다: %1. 자세한 내용은 %2에 기록되어 있습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="127"/>
        <location filename="../../ui/article_output.py" line="90"/>
        <location filename="../../ui/export.py" line="63"/>
        <source>Hunan Trade Viewer</source>
        <translation>후난 무역 뷰어</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="142"/>
        <source>The last article could not be opened: %1</source>
        <translation>마지막으로 연 기사를 열 수 없습니다: %1</translation>
    </message>
</context>
<context>
    <name>ChartCard</name>
    <message>
        <location filename="../../ui/charts.py" line="346"/>
        <location filename="../../ui/charts.py" line="348"/>
        <source>Save image…</source>
        <translation>이미지 저장…</translation>
    </message>
    <message>
        <location filename="../../ui/charts.py" line="347"/>
        <source>Save this chart as PNG, JPEG, SVG or PDF (Ctrl+S)</source>
        <translation>이 차트를 PNG, JPEG, SVG 또는 PDF로 저장 (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../ui/charts.py" line="349"/>
        <source>Copy image</source>
        <translation>이미지 복사</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message numerus="yes">
        <location filename="../../ui/chart_panel.py" line="181"/>
        <source>Saved %n image(s) to %1</source>
        <translation>
            <numerusform>이미지 %n개를 %1에 저장했습니다</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/chart_panel.py" line="193"/>
        <source>Copied “%1” to the clipboard</source>
        <translation>“%1”을(를) 클립보드에 복사했습니다</translation>
    </message>
    <message>
        <location filename="../../ui/chart_panel.py" line="202"/>
        <source>Loading charts…</source>
        <translation>차트를 불러오는 중…</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <location filename="../../app/charts.py" line="123"/>
        <location filename="../../app/charts.py" line="128"/>
        <location filename="../../ui/charts.py" line="465"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
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
        <translation>%1; %2 게재, %3</translation>
    </message>
    <message>
        <location filename="../../app/charts.py" line="196"/>
        <source>Between %1 and %2, from the rounding of the figures it is computed from</source>
        <translation>%1~%2 사이(산출에 사용된 수치의 반올림에 따른 범위)</translation>
    </message>
    <message>
        <location filename="../../app/charts.py" line="219"/>
        <source>Source: %1</source>
        <translation>출처: %1</translation>
    </message>
    <message>
        <location filename="../../app/charts.py" line="248"/>
        <location filename="../../app/compare.py" line="118"/>
        <source>n/a</source>
        <translation>자료 없음</translation>
    </message>
    <message>
        <location filename="../../app/charts.py" line="263"/>
        <source>Sources: official releases %1–%2 (hover a bar for each); estimate: %3</source>
        <translation>출처: %1–%2년 공식 발표(막대에 마우스를 올리면 각 출처 표시); 추정치: %3</translation>
    </message>
    <message>
        <location filename="../../app/charts.py" line="266"/>
        <source>Sources: official releases %1–%2 (hover a bar for each)</source>
        <translation>출처: %1–%2년 공식 발표(막대에 마우스를 올리면 각 출처 표시)</translation>
    </message>
</context>
<context>
    <name>Compare</name>
    <message>
        <location filename="../../app/compare.py" line="127"/>
        <source>Release: %1 (%2)</source>
        <translation>발표 자료: %1(%2)</translation>
    </message>
    <message>
        <location filename="../../app/compare.py" line="140"/>
        <source>Sources: %n release(s) in the library (hover a point for each)</source>
        <translation>출처: 라이브러리의 발표 자료 %n건(점에 마우스를 올리면 각 출처 표시)</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <location filename="../../ui/compare_view.py" line="125"/>
        <source>Loading the library…</source>
        <translation>라이브러리를 불러오는 중…</translation>
    </message>
    <message>
        <location filename="../../ui/compare_view.py" line="126"/>
        <source>No indicator is reported with this measure.</source>
        <translation>이 척도로 발표된 지표가 없습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/compare_view.py" line="156"/>
        <location filename="../../ui/compare_view.py" line="164"/>
        <source>Save image</source>
        <translation>이미지 저장</translation>
    </message>
    <message>
        <location filename="../../ui/compare_view.py" line="174"/>
        <source>Compare across articles</source>
        <translation>기사 간 비교</translation>
    </message>
    <message>
        <location filename="../../ui/compare_view.py" line="175"/>
        <source>&amp;Indicator:</source>
        <translation>지표(&amp;I):</translation>
    </message>
    <message>
        <location filename="../../ui/compare_view.py" line="175"/>
        <source>&amp;Measure:</source>
        <translation>척도(&amp;M):</translation>
    </message>
    <message>
        <location filename="../../ui/compare_view.py" line="175"/>
        <source>&amp;Draw as:</source>
        <translation>표시 형식(&amp;D):</translation>
    </message>
    <message>
        <location filename="../../ui/compare_view.py" line="178"/>
        <source>Level</source>
        <translation>규모</translation>
    </message>
    <message>
        <location filename="../../ui/compare_view.py" line="178"/>
        <source>Growth</source>
        <translation>증가율</translation>
    </message>
    <message>
        <location filename="../../ui/compare_view.py" line="180"/>
        <source>Line</source>
        <translation>꺾은선</translation>
    </message>
    <message>
        <location filename="../../ui/compare_view.py" line="180"/>
        <source>Bars</source>
        <translation>막대</translation>
    </message>
    <message>
        <location filename="../../ui/compare_view.py" line="182"/>
        <source>&amp;Save image…</source>
        <translation>이미지 저장(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../ui/compare_view.py" line="183"/>
        <source>Indicator</source>
        <translation>지표</translation>
    </message>
</context>
<context>
    <name>DataView</name>
    <message>
        <location filename="../../ui/data_view.py" line="31"/>
        <source>Fact</source>
        <translation>항목</translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="33"/>
        <source>Measure</source>
        <translation>척도</translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="34"/>
        <source>Value</source>
        <translation>값</translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="35"/>
        <source>Unit</source>
        <translation>단위</translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="36"/>
        <source>Period</source>
        <translation>기간</translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="37"/>
        <source>Kind</source>
        <translation>구분</translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="38"/>
        <source>Computed as</source>
        <translation>산출식</translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="39"/>
        <source>As written</source>
        <translation>원문 표기</translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="40"/>
        <source>Growth of</source>
        <translation>증가율 대상</translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="41"/>
        <source>Source</source>
        <translation>출처</translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="47"/>
        <source>Level</source>
        <translation>규모</translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="48"/>
        <source>Growth</source>
        <translation>증가율</translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="49"/>
        <source>Share</source>
        <translation>비중</translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="32"/>
        <source>Indicator</source>
        <translation>지표</translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="42"/>
        <source>Stated growth (%)</source>
        <translation>발표 증가율(%)</translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="43"/>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="44"/>
        <source>Address</source>
        <translation>주소</translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="158"/>
        <source>Figures in the article</source>
        <translation>기사에 나온 수치</translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="169"/>
        <location filename="../../ui/data_view.py" line="179"/>
        <source>Export data as CSV</source>
        <translation>데이터를 CSV로 내보내기</translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="178"/>
        <source>The data could not be saved: %1</source>
        <translation>데이터를 저장할 수 없습니다: %1</translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="181"/>
        <source>Saved the data to %1</source>
        <translation>데이터를 %1에 저장했습니다</translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="191"/>
        <source>Loading the tables…</source>
        <translation>표를 불러오는 중…</translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="194"/>
        <source>Export as CSV…</source>
        <translation>CSV로 내보내기…</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../ui/export_dialog.py" line="200"/>
        <source>Saving charts…</source>
        <translation>차트 저장 중…</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="200"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/export_dialog.py" line="221"/>
        <source>%1 already exists. Replace it?</source>
        <translation>
            <numerusform>%1 파일이 이미 있습니다. 바꾸시겠습니까?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="226"/>
        <source>The chart could not be saved: %1</source>
        <translation>차트를 저장할 수 없습니다: %1</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="234"/>
        <source>all charts</source>
        <translation>모든 차트</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="235"/>
        <source>Save chart image: %1</source>
        <translation>차트 이미지 저장: %1</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="236"/>
        <source>&amp;Format:</source>
        <translation>형식(&amp;F):</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="236"/>
        <source>Si&amp;ze (pixels):</source>
        <translation>크기(픽셀)(&amp;Z):</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="236"/>
        <source>S&amp;cale:</source>
        <translation>배율(&amp;C):</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="236"/>
        <source>&amp;Background:</source>
        <translation>배경(&amp;B):</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="237"/>
        <source>Title:</source>
        <translation>제목:</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="237"/>
        <source>Footer:</source>
        <translation>바닥글:</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="237"/>
        <source>SVG text:</source>
        <translation>SVG 텍스트:</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="238"/>
        <source>Save &amp;to:</source>
        <translation>저장 위치(&amp;T):</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="238"/>
        <source>&amp;Folder:</source>
        <translation>폴더(&amp;O):</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="241"/>
        <source>Custom</source>
        <translation>사용자 지정</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="242"/>
        <source>White</source>
        <translation>흰색</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="243"/>
        <source>Transparent (PNG, SVG)</source>
        <translation>투명(PNG, SVG)</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="244"/>
        <source>Include the chart title</source>
        <translation>차트 제목 포함</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="245"/>
        <source>Include the source and app name</source>
        <translation>출처 및 앱 이름 포함</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="246"/>
        <source>Text as o&amp;utlines</source>
        <translation>텍스트를 윤곽선으로(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="247"/>
        <source>Draws the text as shapes: the SVG looks the same in every program, with or without its fonts, but its words cannot be selected or searched</source>
        <translation>텍스트를 도형으로 그립니다. 글꼴 유무와 관계없이 SVG가 모든 프로그램에서 똑같이 보이지만, 텍스트를 선택하거나 검색할 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="249"/>
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
        <location filename="../../app/charts.py" line="23"/>
        <source>Reported</source>
        <translation>발표치</translation>
    </message>
    <message>
        <location filename="../../app/charts.py" line="24"/>
        <source>Final (statistics bureau)</source>
        <translation>확정치(통계국)</translation>
    </message>
    <message>
        <location filename="../../app/charts.py" line="25"/>
        <source>Estimate</source>
        <translation>추정치</translation>
    </message>
    <message>
        <location filename="../../app/charts.py" line="26"/>
        <source>Derived (computed)</source>
        <translation>추산값</translation>
    </message>
    <message>
        <location filename="../../app/charts.py" line="27"/>
        <source>No confirmed figure</source>
        <translation>확인된 수치 없음</translation>
    </message>
</context>
<context>
    <name>LibraryView</name>
    <message>
        <location filename="../../ui/library_view.py" line="117"/>
        <source>The article could not be opened: %1</source>
        <translation>기사를 열 수 없습니다: %1</translation>
    </message>
    <message>
        <location filename="../../ui/library_view.py" line="119"/>
        <source>Open article</source>
        <translation>기사 열기</translation>
    </message>
    <message>
        <location filename="../../ui/library_view.py" line="127"/>
        <source>Filter by title or date</source>
        <translation>제목 또는 날짜로 필터링</translation>
    </message>
    <message>
        <location filename="../../ui/library_view.py" line="128"/>
        <source>Filter the library</source>
        <translation>라이브러리 필터링</translation>
    </message>
    <message>
        <location filename="../../ui/library_view.py" line="129"/>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <location filename="../../ui/library_view.py" line="129"/>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <location filename="../../ui/library_view.py" line="129"/>
        <source>Figures</source>
        <translation>수치 개수</translation>
    </message>
    <message>
        <location filename="../../ui/library_view.py" line="130"/>
        <source>Articles in the library</source>
        <translation>라이브러리의 기사</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="79"/>
        <source>Charts ready</source>
        <translation>차트 준비 완료</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="250"/>
        <source>Hunan Trade Viewer</source>
        <translation>후난 무역 뷰어</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="251"/>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="173"/>
        <source>Open article folder</source>
        <translation>기사 폴더 열기</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="188"/>
        <location filename="../../ui/main_window.py" line="195"/>
        <source>Import article</source>
        <translation>기사 가져오기</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="189"/>
        <source>Web pages and text (*.html *.htm *.txt);;All files (*)</source>
        <translation>웹 페이지 및 텍스트 파일 (*.html *.htm *.txt);;모든 파일 (*)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="195"/>
        <source>Address of the page (http or https):</source>
        <translation>페이지 주소(http 또는 https):</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="224"/>
        <source>No recent articles</source>
        <translation>최근 기사 없음</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="252"/>
        <source>&amp;Open article folder…</source>
        <translation>기사 폴더 열기(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="253"/>
        <source>Open &amp;recent</source>
        <translation>최근 기사 열기(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="254"/>
        <source>Show &amp;library</source>
        <translation>라이브러리 표시(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="255"/>
        <source>&amp;Import article…</source>
        <translation>기사 가져오기(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="256"/>
        <source>Impor&amp;t from address…</source>
        <translation>주소에서 가져오기(&amp;U)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="257"/>
        <source>&amp;Save chart…</source>
        <translation>차트 저장(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="258"/>
        <source>Save &amp;all charts…</source>
        <translation>모든 차트 저장(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="259"/>
        <source>&amp;Export data as CSV…</source>
        <translation>데이터를 CSV로 내보내기(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="260"/>
        <source>Save article as P&amp;DF…</source>
        <translation>기사를 PDF로 저장(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="261"/>
        <source>&amp;Print…</source>
        <translation>인쇄(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="262"/>
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="263"/>
        <source>&amp;Copy</source>
        <translation>복사(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="264"/>
        <source>&amp;Find in article…</source>
        <translation>기사에서 찾기(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="265"/>
        <source>Clear selection</source>
        <translation>선택 해제</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="266"/>
        <source>Charts</source>
        <translation>차트</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="267"/>
        <source>Data</source>
        <translation>데이터</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="268"/>
        <source>Library</source>
        <translation>라이브러리</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="269"/>
        <source>&amp;Quit</source>
        <translation>종료(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="270"/>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="271"/>
        <source>&amp;Language</source>
        <translation>언어(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="274"/>
        <source>&amp;Theme</source>
        <translation>테마(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="277"/>
        <source>Lar&amp;ger text</source>
        <translation>글자 크게(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="278"/>
        <source>&amp;Smaller text</source>
        <translation>글자 작게(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="279"/>
        <source>&amp;Normal text size</source>
        <translation>기본 글자 크기(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="280"/>
        <source>Show settings &amp;panel</source>
        <translation>설정 패널 표시(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="281"/>
        <source>&amp;Compare across articles…</source>
        <translation>기사 간 비교(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="282"/>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="283"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>바로 가기 키(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="284"/>
        <source>&amp;About Hunan Trade Viewer</source>
        <translation>후난 무역 뷰어 정보(&amp;A)</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <location filename="../../ui/import_dialog.py" line="207"/>
        <source>Import article</source>
        <translation>기사 가져오기</translation>
    </message>
</context>
<context>
    <name>ReaderView</name>
    <message>
        <location filename="../../ui/reader.py" line="114"/>
        <source>Original article</source>
        <translation>원문 기사</translation>
    </message>
    <message>
        <location filename="../../ui/reader.py" line="123"/>
        <source>Translator: %1</source>
        <translation>번역: %1</translation>
    </message>
    <message>
        <location filename="../../ui/reader.py" line="194"/>
        <source>Showing the original text (%1).</source>
        <translation>원문(%1)을 표시하고 있습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/reader.py" line="195"/>
        <source>Show translation</source>
        <translation>번역문 보기</translation>
    </message>
    <message>
        <location filename="../../ui/reader.py" line="197"/>
        <source>This article is published in %1 only; the charts follow your language.</source>
        <translation>이 기사는 %1로만 게재되어 있으며, 차트는 선택한 언어로 표시됩니다.</translation>
    </message>
    <message>
        <location filename="../../ui/reader.py" line="201"/>
        <source>This is a translation. The original text (%1) is the official one.</source>
        <translation>번역문입니다. 공식 문서는 원문(%1)입니다.</translation>
    </message>
    <message>
        <location filename="../../ui/reader.py" line="203"/>
        <source>Show original</source>
        <translation>원문 보기</translation>
    </message>
    <message>
        <location filename="../../ui/reader.py" line="224"/>
        <location filename="../../ui/reader.py" line="231"/>
        <source>Save article as PDF</source>
        <translation>기사를 PDF로 저장</translation>
    </message>
    <message>
        <location filename="../../ui/reader.py" line="230"/>
        <source>The article could not be saved: %1</source>
        <translation>기사를 저장할 수 없습니다: %1</translation>
    </message>
    <message>
        <location filename="../../ui/reader.py" line="233"/>
        <source>Saved the article to %1</source>
        <translation>기사를 %1에 저장했습니다</translation>
    </message>
    <message>
        <location filename="../../ui/reader.py" line="312"/>
        <source>Article text</source>
        <translation>기사 본문</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <location filename="../../ui/import_dialog.py" line="98"/>
        <source>(the text&apos;s words, untranslated)</source>
        <translation>(원문 표현 그대로, 번역 안 함)</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="171"/>
        <source>Row %1: &apos;%2&apos; is not a known %3.</source>
        <translation>%1행: “%2”은(는) 올바른 %3 값이 아닙니다.</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="182"/>
        <source>Import article</source>
        <translation>기사 가져오기</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="193"/>
        <source>Review the figures found</source>
        <translation>찾은 수치 검토</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="194"/>
        <source>Figure</source>
        <translation>수치</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="194"/>
        <source>Indicator</source>
        <translation>지표</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="194"/>
        <source>Glossary term</source>
        <translation>용어집 용어</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="195"/>
        <source>Value</source>
        <translation>값</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="195"/>
        <source>Unit</source>
        <translation>단위</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="195"/>
        <source>Period</source>
        <translation>기간</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="195"/>
        <source>Of</source>
        <translation>대상</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="196"/>
        <source>Kind</source>
        <translation>구분</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="196"/>
        <source>Measure</source>
        <translation>척도</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="197"/>
        <source>Import</source>
        <translation>가져오기</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="198"/>
        <source>Article text</source>
        <translation>기사 본문</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="199"/>
        <source>Figures found</source>
        <translation>찾은 수치</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../app/settings.py" line="86"/>
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
        <source>Reader te&amp;xt size:</source>
        <translation>본문 글자 크기(&amp;X):</translation>
    </message>
    <message>
        <location filename="../../ui/settings_panel.py" line="77"/>
        <source> pt</source>
        <translation>pt</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../ui/shortcuts_dialog.py" line="82"/>
        <source>Keyboard shortcuts</source>
        <translation>바로 가기 키</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts_dialog.py" line="83"/>
        <source>Action</source>
        <translation>작업</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts_dialog.py" line="83"/>
        <source>Keys</source>
        <translation>키</translation>
    </message>
</context>
<context>
    <name>Units</name>
    <message>
        <location filename="../../app/units.py" line="42"/>
        <source>Yuan (CNY)</source>
        <translation>위안(CNY)</translation>
    </message>
    <message>
        <location filename="../../app/units.py" line="43"/>
        <source>US$%1</source>
        <translation>%1 달러</translation>
    </message>
    <message>
        <location filename="../../app/units.py" line="43"/>
        <source>US dollars (USD)</source>
        <translation>달러(USD)</translation>
    </message>
    <message>
        <location filename="../../app/units.py" line="44"/>
        <source>Percent</source>
        <translation>퍼센트</translation>
    </message>
    <message>
        <location filename="../../app/units.py" line="45"/>
        <source>%1 percentage points</source>
        <translation>%1%p</translation>
    </message>
    <message>
        <location filename="../../app/units.py" line="46"/>
        <source>%1 pp</source>
        <translation>%1%p</translation>
    </message>
    <message>
        <location filename="../../app/units.py" line="46"/>
        <source>Percentage points</source>
        <translation>퍼센트포인트(%p)</translation>
    </message>
    <message>
        <location filename="../../app/units.py" line="47"/>
        <source>%1 %2</source>
        <translation>%1%2</translation>
    </message>
    <message>
        <location filename="../../app/units.py" line="47"/>
        <source>Number</source>
        <translation>수</translation>
    </message>
    <message>
        <location filename="../../app/units.py" line="48"/>
        <source>%1 times</source>
        <translation>%1배</translation>
    </message>
    <message>
        <location filename="../../app/units.py" line="48"/>
        <source>%1×</source>
        <translation>%1배</translation>
    </message>
    <message>
        <location filename="../../app/units.py" line="49"/>
        <source>Multiple</source>
        <translation>배수</translation>
    </message>
    <message>
        <location filename="../../app/units.py" line="50"/>
        <source>%1 tonnes</source>
        <translation>%1톤</translation>
    </message>
    <message>
        <location filename="../../app/units.py" line="50"/>
        <source>Tonnes</source>
        <translation>톤</translation>
    </message>
    <message>
        <location filename="../../app/units.py" line="42"/>
        <source>%1 CNY</source>
        <translation>%1 위안</translation>
    </message>
</context>
</TS>
