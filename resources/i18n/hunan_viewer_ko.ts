<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../ui/about_dialog.py" line="81"/>
        <source>About Hunan Trade Viewer</source>
        <translation>후난 무역 뷰어 정보</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="82"/>
        <source>Hunan Trade Viewer</source>
        <translation>후난 무역 뷰어</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="83"/>
        <source>Version %1</source>
        <translation>버전 %1</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="85"/>
        <source>Reads statistics releases beside charts of their figures, in five languages, and keeps a library of them. Every figure comes from the article or from an official release, each with its source; estimates and values the viewer computes are marked as such.</source>
        <translation>통계 발표 자료를 그 수치의 차트와 나란히 5개 언어로 보여 주고, 라이브러리에 보관합니다. 모든 수치는 기사 또는 공식 발표에서 가져오며 각각 출처가 표시됩니다. 추정치와 뷰어가 산출한 값은 따로 구분하여 표시됩니다.</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="89"/>
        <source>Licence: %1</source>
        <translation>라이선스: %1</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="96"/>
        <source>Data sources, libraries and fonts</source>
        <translation>데이터 출처, 라이브러리 및 글꼴</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="100"/>
        <source>Data sources</source>
        <translation>데이터 출처</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="114"/>
        <source>Libraries</source>
        <translation>라이브러리</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="115"/>
        <source>The viewer runs on these libraries, each under its own licence:</source>
        <translation>이 뷰어는 다음 라이브러리를 사용하며, 각 라이브러리에는 고유한 라이선스가 적용됩니다:</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="116"/>
        <source>Library</source>
        <translation>라이브러리</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="116"/>
        <source>Version</source>
        <translation>버전</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="116"/>
        <source>Licence</source>
        <translation>라이선스</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="129"/>
        <source>Fonts</source>
        <translation>글꼴</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="131"/>
        <source>Subsets of Noto Sans and Noto Sans CJK SC, JP and KR, under the SIL Open Font License 1.1 (OFL-1.1).</source>
        <translation>Noto Sans 및 Noto Sans CJK SC, JP, KR의 부분 집합이며, SIL Open Font License 1.1(OFL-1.1)이 적용됩니다.</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <location filename="../../ui/application.py" line="147"/>
        <source>Something went wrong: %1. The details are in %2.</source>
        <translation>문제가 발생했습니다: %1. 자세한 내용은 %2에 기록되어 있습니다.</translation>
    </message>
    <message>
        <location filename="../../app/i18n.py" line="130"/>
        <source>Hunan Trade Viewer</source>
        <translation>후난 무역 뷰어</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="168"/>
        <source>The last article could not be opened: %1</source>
        <translation>마지막으로 연 기사를 열 수 없습니다: %1</translation>
    </message>
</context>
<context>
    <name>ChartCard</name>
    <message>
        <location filename="../../ui/charts.py" line="243"/>
        <location filename="../../ui/charts.py" line="245"/>
        <source>Save image…</source>
        <translation>이미지 저장…</translation>
    </message>
    <message>
        <location filename="../../ui/charts.py" line="244"/>
        <source>Save this chart as PNG, JPEG, SVG or PDF (Ctrl+S)</source>
        <translation>이 차트를 PNG, JPEG, SVG 또는 PDF로 저장 (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../ui/charts.py" line="246"/>
        <source>Copy image</source>
        <translation>이미지 복사</translation>
    </message>
    <message>
        <location filename="../../ui/charts.py" line="247"/>
        <source>Show values as a table…</source>
        <translation>값을 표로 보기…</translation>
    </message>
    <message>
        <location filename="../../ui/charts.py" line="470"/>
        <source>Chart</source>
        <translation>차트</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message numerus="yes">
        <location filename="../../ui/chart_panel.py" line="279"/>
        <source>Saved %n image(s) to %1</source>
        <translation>
            <numerusform>이미지 %n개를 %1에 저장했습니다</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/chart_panel.py" line="292"/>
        <source>Copied “%1” to the clipboard</source>
        <translation>“%1”을(를) 클립보드에 복사했습니다</translation>
    </message>
    <message>
        <location filename="../../ui/chart_panel.py" line="301"/>
        <source>Loading charts…</source>
        <translation>차트를 불러오는 중…</translation>
    </message>
</context>
<context>
    <name>ChartTableDialog</name>
    <message>
        <location filename="../../ui/chart_table_dialog.py" line="80"/>
        <source>Chart as a table: %1</source>
        <translation>차트를 표로 보기: %1</translation>
    </message>
    <message>
        <location filename="../../ui/chart_table_dialog.py" line="81"/>
        <source>Values in %1</source>
        <translation>값 단위: %1</translation>
    </message>
    <message>
        <location filename="../../ui/chart_table_dialog.py" line="83"/>
        <source>Category</source>
        <translation>항목</translation>
    </message>
    <message>
        <location filename="../../ui/chart_table_dialog.py" line="83"/>
        <source>Value</source>
        <translation>값</translation>
    </message>
    <message>
        <location filename="../../ui/chart_table_dialog.py" line="83"/>
        <source>Kind</source>
        <translation>구분</translation>
    </message>
    <message>
        <location filename="../../ui/chart_table_dialog.py" line="83"/>
        <source>Source</source>
        <translation>출처</translation>
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
        <translation>; </translation>
    </message>
    <message>
        <location filename="../../app/chart_words.py" line="48"/>
        <source>Values in %1: %2</source>
        <translation>값(단위: %1): %2</translation>
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
        <translation>%1: %2</translation>
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
        <translation>%1; %2 게재, %3</translation>
    </message>
    <message>
        <location filename="../../app/charts.py" line="235"/>
        <source>Between %1 and %2, from the rounding of the figures it is computed from</source>
        <translation>%1~%2 사이(산출에 사용된 수치의 반올림에 따른 범위)</translation>
    </message>
    <message>
        <location filename="../../app/charts.py" line="287"/>
        <source>Source: %1</source>
        <translation>출처: %1</translation>
    </message>
    <message>
        <location filename="../../app/charts.py" line="330"/>
        <location filename="../../app/compare.py" line="163"/>
        <source>n/a</source>
        <translation>자료 없음</translation>
    </message>
    <message>
        <location filename="../../app/charts.py" line="357"/>
        <source>Sources: official releases %1–%2 (hover a bar for each); estimate: %3</source>
        <translation>출처: %1–%2년 공식 발표(막대에 마우스를 올리면 각 출처 표시); 추정치: %3</translation>
    </message>
    <message>
        <location filename="../../app/charts.py" line="361"/>
        <source>Sources: official releases %1–%2 (hover a bar for each)</source>
        <translation>출처: %1–%2년 공식 발표(막대에 마우스를 올리면 각 출처 표시)</translation>
    </message>
    <message>
        <location filename="../../app/charts.py" line="358"/>
        <source>Sources: official releases %1–%2, one for each year; estimate: %3</source>
        <translation>출처: %1–%2년 공식 발표(연도별 1건); 추정치: %3</translation>
    </message>
    <message>
        <location filename="../../app/charts.py" line="362"/>
        <source>Sources: official releases %1–%2, one for each year</source>
        <translation>출처: %1–%2년 공식 발표(연도별 1건)</translation>
    </message>
</context>
<context>
    <name>Compare</name>
    <message>
        <location filename="../../app/compare.py" line="173"/>
        <source>Release: %1 (%2)</source>
        <translation>발표 자료: %1(%2)</translation>
    </message>
    <message>
        <location filename="../../app/compare.py" line="205"/>
        <source>Sources: releases in the library, %1 in all (hover a point for each)</source>
        <translation>출처: 라이브러리의 발표 자료, 총 %1건(점에 마우스를 올리면 각 출처 표시)</translation>
    </message>
    <message>
        <location filename="../../app/compare.py" line="206"/>
        <source>Sources: releases in the library, %1 in all</source>
        <translation>출처: 라이브러리의 발표 자료, 총 %1건</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <location filename="../../ui/compare_view.py" line="121"/>
        <source>Loading the library…</source>
        <translation>라이브러리를 불러오는 중…</translation>
    </message>
    <message>
        <location filename="../../ui/compare_view.py" line="123"/>
        <source>No indicator is reported with this measure.</source>
        <translation>이 척도로 발표된 지표가 없습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/compare_view.py" line="158"/>
        <location filename="../../ui/compare_view.py" line="166"/>
        <source>Save image</source>
        <translation>이미지 저장</translation>
    </message>
    <message>
        <location filename="../../ui/compare_view.py" line="176"/>
        <source>Compare across articles</source>
        <translation>기사 간 비교</translation>
    </message>
    <message>
        <location filename="../../ui/compare_view.py" line="178"/>
        <source>&amp;Indicator:</source>
        <translation>지표(&amp;I):</translation>
    </message>
    <message>
        <location filename="../../ui/compare_view.py" line="178"/>
        <source>&amp;Measure:</source>
        <translation>척도(&amp;M):</translation>
    </message>
    <message>
        <location filename="../../ui/compare_view.py" line="178"/>
        <source>&amp;Draw as:</source>
        <translation>표시 형식(&amp;D):</translation>
    </message>
    <message>
        <location filename="../../ui/compare_view.py" line="184"/>
        <source>Line</source>
        <translation>꺾은선</translation>
    </message>
    <message>
        <location filename="../../ui/compare_view.py" line="184"/>
        <source>Bars</source>
        <translation>막대</translation>
    </message>
    <message>
        <location filename="../../ui/compare_view.py" line="186"/>
        <source>&amp;Save image…</source>
        <translation>이미지 저장(&amp;S)…</translation>
    </message>
</context>
<context>
    <name>DataView</name>
    <message>
        <location filename="../../ui/data_view.py" line="38"/>
        <source>Fact</source>
        <translation>항목</translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="40"/>
        <source>Measure</source>
        <translation>척도</translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="41"/>
        <source>Value</source>
        <translation>값</translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="42"/>
        <source>Unit</source>
        <translation>단위</translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="43"/>
        <source>Period</source>
        <translation>기간</translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="44"/>
        <source>Kind</source>
        <translation>구분</translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="45"/>
        <source>Computed as</source>
        <translation>산출식</translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="46"/>
        <source>As written</source>
        <translation>원문 표기</translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="47"/>
        <source>Growth of</source>
        <translation>증가율 대상</translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="48"/>
        <source>Source</source>
        <translation>출처</translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="39"/>
        <source>Indicator</source>
        <translation>지표</translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="49"/>
        <source>Stated growth (%)</source>
        <translation>발표 증가율(%)</translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="50"/>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="51"/>
        <source>Address</source>
        <translation>주소</translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="166"/>
        <source>Figures in the article</source>
        <translation>기사에 나온 수치</translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="179"/>
        <location filename="../../ui/data_view.py" line="189"/>
        <source>Export data as CSV</source>
        <translation>데이터를 CSV로 내보내기</translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="188"/>
        <source>The data could not be saved: %1</source>
        <translation>데이터를 저장할 수 없습니다: %1</translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="191"/>
        <source>Saved the data to %1</source>
        <translation>데이터를 %1에 저장했습니다</translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="201"/>
        <source>Loading the tables…</source>
        <translation>표를 불러오는 중…</translation>
    </message>
    <message>
        <location filename="../../ui/data_view.py" line="204"/>
        <source>Export as CSV…</source>
        <translation>CSV로 내보내기…</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../ui/export_dialog.py" line="252"/>
        <source>Saving charts…</source>
        <translation>차트 저장 중…</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="252"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/export_dialog.py" line="275"/>
        <source>%1 already exists. Replace it?</source>
        <translation>
            <numerusform>%1 파일이 이미 있습니다. 바꾸시겠습니까?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="282"/>
        <source>The chart could not be saved: %1</source>
        <translation>차트를 저장할 수 없습니다: %1</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="290"/>
        <source>all charts</source>
        <translation>모든 차트</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="291"/>
        <source>Save chart image: %1</source>
        <translation>차트 이미지 저장: %1</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="293"/>
        <source>&amp;Format:</source>
        <translation>형식(&amp;F):</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="294"/>
        <source>Si&amp;ze (pixels):</source>
        <translation>크기(픽셀)(&amp;Z):</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="295"/>
        <source>S&amp;cale:</source>
        <translation>배율(&amp;C):</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="296"/>
        <source>&amp;Background:</source>
        <translation>배경(&amp;B):</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="297"/>
        <source>Title:</source>
        <translation>제목:</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="298"/>
        <source>Footer:</source>
        <translation>바닥글:</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="299"/>
        <source>SVG text:</source>
        <translation>SVG 텍스트:</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="300"/>
        <source>Save &amp;to:</source>
        <translation>저장 위치(&amp;T):</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="300"/>
        <source>&amp;Folder:</source>
        <translation>폴더(&amp;O):</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="305"/>
        <source>Width (pixels)</source>
        <translation>너비(픽셀)</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="306"/>
        <source>Height (pixels)</source>
        <translation>높이(픽셀)</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="307"/>
        <source>Custom</source>
        <translation>사용자 지정</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="308"/>
        <source>White</source>
        <translation>흰색</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="309"/>
        <source>Transparent (PNG, SVG)</source>
        <translation>투명(PNG, SVG)</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="310"/>
        <source>Include the chart title</source>
        <translation>차트 제목 포함</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="311"/>
        <source>Include the source and app name</source>
        <translation>출처 및 앱 이름 포함</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="312"/>
        <source>Text as o&amp;utlines</source>
        <translation>텍스트를 윤곽선으로(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="315"/>
        <source>Draws the text as shapes: the SVG looks the same in every program, with or without its fonts, but its words cannot be selected or searched</source>
        <translation>텍스트를 도형으로 그립니다. 글꼴 유무와 관계없이 SVG가 모든 프로그램에서 똑같이 보이지만, 텍스트를 선택하거나 검색할 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.py" line="319"/>
        <source>Bro&amp;wse…</source>
        <translation>찾아보기(&amp;W)…</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../ui/find_bar.py" line="113"/>
        <source>No matches</source>
        <translation>일치 항목 없음</translation>
    </message>
    <message>
        <location filename="../../ui/find_bar.py" line="116"/>
        <source>%1 of %2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <location filename="../../ui/find_bar.py" line="131"/>
        <location filename="../../ui/find_bar.py" line="132"/>
        <source>Find in the article</source>
        <translation>기사에서 찾기</translation>
    </message>
    <message>
        <location filename="../../ui/find_bar.py" line="133"/>
        <source>Previous</source>
        <translation>이전</translation>
    </message>
    <message>
        <location filename="../../ui/find_bar.py" line="134"/>
        <source>Next</source>
        <translation>다음</translation>
    </message>
    <message>
        <location filename="../../ui/find_bar.py" line="135"/>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <location filename="../../ui/find_bar.py" line="136"/>
        <source>Close (Esc)</source>
        <translation>닫기(Esc)</translation>
    </message>
</context>
<context>
    <name>ImportMessages</name>
    <message>
        <location filename="../../ui/import_messages.py" line="22"/>
        <source>the page is empty</source>
        <translation>페이지가 비어 있습니다</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="23"/>
        <source>not a web page or a text file</source>
        <translation>웹 페이지나 텍스트 파일이 아닙니다</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="24"/>
        <source>no figures were found in the article</source>
        <translation>기사에서 수치를 찾지 못했습니다</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="25"/>
        <source>no article text found on the page</source>
        <translation>페이지에서 기사 본문을 찾지 못했습니다</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="26"/>
        <source>no file or address given</source>
        <translation>파일이나 주소가 지정되지 않았습니다</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="27"/>
        <source>this is a folder, not a page</source>
        <translation>페이지가 아니라 폴더입니다</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="28"/>
        <source>this is a device or a pipe, not a file</source>
        <translation>파일이 아니라 장치나 파이프입니다</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="29"/>
        <source>there is no such file; a web address begins with https://</source>
        <translation>그런 파일이 없습니다. 웹 주소는 https://로 시작합니다</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="30"/>
        <source>cannot read &apos;%1&apos; addresses, only http, https and local files</source>
        <translation>&apos;%1&apos; 주소는 읽을 수 없습니다. http, https와 로컬 파일만 가능합니다</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="31"/>
        <source>a web address begins with %1:// (two slashes)</source>
        <translation>웹 주소는 %1://(슬래시 두 개)로 시작합니다</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="32"/>
        <source>the file is larger than the %1 limit</source>
        <translation>파일이 제한 크기 %1보다 큽니다</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="33"/>
        <source>the page is larger than the %1 limit</source>
        <translation>페이지가 제한 크기 %1보다 큽니다</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="34"/>
        <source>cannot read the file: %1</source>
        <translation>파일을 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="35"/>
        <source>the server answered %1</source>
        <translation>서버 응답: %1</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="36"/>
        <source>the address is not a web page (%1)</source>
        <translation>이 주소는 웹 페이지가 아닙니다(%1)</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="37"/>
        <source>cannot write into the library: it is a file, not a folder</source>
        <translation>라이브러리에 쓸 수 없습니다: 폴더가 아니라 파일입니다</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="38"/>
        <source>cannot write into the library: %1</source>
        <translation>라이브러리에 쓸 수 없습니다: %1</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="39"/>
        <source>the imported article does not check: %1</source>
        <translation>가져온 기사가 검사를 통과하지 못했습니다: %1</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="40"/>
        <source>cannot write the article: %1</source>
        <translation>기사를 쓸 수 없습니다: %1</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="41"/>
        <source>the address redirects more than %1 times (a redirect loop?)</source>
        <translation>주소가 %1번 넘게 리디렉션됩니다(리디렉션 반복?)</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="42"/>
        <source>the server&apos;s name could not be found (DNS)</source>
        <translation>서버 이름을 찾을 수 없습니다(DNS)</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="43"/>
        <source>the server refused the connection</source>
        <translation>서버가 연결을 거부했습니다</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="44"/>
        <source>could not connect to the server</source>
        <translation>서버에 연결할 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="45"/>
        <source>the server did not accept a connection within %1 s</source>
        <translation>서버가 %1초 안에 연결을 받지 않았습니다</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="46"/>
        <source>the server did not answer within %1 s</source>
        <translation>서버가 %1초 안에 응답하지 않았습니다</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="47"/>
        <source>the secure connection failed (certificate or TLS error)</source>
        <translation>보안 연결에 실패했습니다(인증서 또는 TLS 오류)</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="48"/>
        <source>the connection broke off before the page was read</source>
        <translation>페이지를 다 읽기 전에 연결이 끊겼습니다</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="49"/>
        <source>this is not a valid web address</source>
        <translation>올바른 웹 주소가 아닙니다</translation>
    </message>
    <message>
        <location filename="../../ui/import_messages.py" line="50"/>
        <source>the page could not be downloaded: %1</source>
        <translation>페이지를 내려받을 수 없습니다: %1</translation>
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
        <location filename="../../ui/library_view.py" line="135"/>
        <source>The article could not be opened: %1</source>
        <translation>기사를 열 수 없습니다: %1</translation>
    </message>
    <message>
        <location filename="../../ui/library_view.py" line="139"/>
        <source>Open article</source>
        <translation>기사 열기</translation>
    </message>
    <message>
        <location filename="../../ui/library_view.py" line="147"/>
        <source>Filter by title or date</source>
        <translation>제목 또는 날짜로 필터링</translation>
    </message>
    <message>
        <location filename="../../ui/library_view.py" line="148"/>
        <source>Filter the library</source>
        <translation>라이브러리 필터링</translation>
    </message>
    <message>
        <location filename="../../ui/library_view.py" line="149"/>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <location filename="../../ui/library_view.py" line="149"/>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <location filename="../../ui/library_view.py" line="149"/>
        <source>Figures</source>
        <translation>수치 개수</translation>
    </message>
    <message>
        <location filename="../../ui/library_view.py" line="150"/>
        <source>Articles in the library</source>
        <translation>라이브러리의 기사</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="140"/>
        <source>Charts ready</source>
        <translation>차트 준비 완료</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="336"/>
        <source>Hunan Trade Viewer</source>
        <translation>후난 무역 뷰어</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="31"/>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="240"/>
        <source>Open article folder</source>
        <translation>기사 폴더 열기</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="259"/>
        <location filename="../../ui/main_window.py" line="271"/>
        <source>Import article</source>
        <translation>기사 가져오기</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="261"/>
        <source>Web pages and text (*.html *.htm *.txt);;All files (*)</source>
        <translation>웹 페이지 및 텍스트 파일 (*.html *.htm *.txt);;모든 파일 (*)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="271"/>
        <source>Address of the page (http or https):</source>
        <translation>페이지 주소(http 또는 https):</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="301"/>
        <source>No recent articles</source>
        <translation>최근 기사 없음</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="338"/>
        <source>&amp;Open article folder…</source>
        <translation>기사 폴더 열기(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="339"/>
        <source>Open &amp;recent</source>
        <translation>최근 기사 열기(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="340"/>
        <source>Show &amp;library</source>
        <translation>라이브러리 표시(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="341"/>
        <source>&amp;Import article…</source>
        <translation>기사 가져오기(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="342"/>
        <source>Impor&amp;t from address…</source>
        <translation>주소에서 가져오기(&amp;U)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="343"/>
        <source>&amp;Save chart…</source>
        <translation>차트 저장(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="344"/>
        <source>Save &amp;all charts…</source>
        <translation>모든 차트 저장(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="345"/>
        <source>&amp;Export data as CSV…</source>
        <translation>데이터를 CSV로 내보내기(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="346"/>
        <source>Save article as P&amp;DF…</source>
        <translation>기사를 PDF로 저장(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="347"/>
        <source>&amp;Print…</source>
        <translation>인쇄(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="32"/>
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="349"/>
        <source>&amp;Copy</source>
        <translation>복사(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="350"/>
        <source>&amp;Find in article…</source>
        <translation>기사에서 찾기(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="351"/>
        <source>Clear selection</source>
        <translation>선택 해제</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="352"/>
        <source>Charts</source>
        <translation>차트</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="353"/>
        <source>Data</source>
        <translation>데이터</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="354"/>
        <source>Library</source>
        <translation>라이브러리</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="355"/>
        <source>&amp;Quit</source>
        <translation>종료(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="33"/>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="357"/>
        <source>&amp;Language</source>
        <translation>언어(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="360"/>
        <source>&amp;Theme</source>
        <translation>테마(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="363"/>
        <source>Lar&amp;ger text</source>
        <translation>글자 크게(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="364"/>
        <source>&amp;Smaller text</source>
        <translation>글자 작게(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="365"/>
        <source>&amp;Normal text size</source>
        <translation>기본 글자 크기(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="366"/>
        <source>Show settings &amp;panel</source>
        <translation>설정 패널 표시(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="367"/>
        <source>&amp;Compare across articles…</source>
        <translation>기사 간 비교(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="34"/>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="369"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>바로 가기 키(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="370"/>
        <source>&amp;About Hunan Trade Viewer</source>
        <translation>후난 무역 뷰어 정보(&amp;A)</translation>
    </message>
</context>
<context>
    <name>Measures</name>
    <message>
        <location filename="../../app/charts.py" line="31"/>
        <source>Level</source>
        <translation>규모</translation>
    </message>
    <message>
        <location filename="../../app/charts.py" line="32"/>
        <source>Growth rate</source>
        <translation>증가율</translation>
    </message>
    <message>
        <location filename="../../app/charts.py" line="33"/>
        <source>Share</source>
        <translation>비중</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <location filename="../../ui/import_task.py" line="51"/>
        <source>Import article</source>
        <translation>기사 가져오기</translation>
    </message>
</context>
<context>
    <name>ReaderView</name>
    <message>
        <location filename="../../ui/reader.py" line="142"/>
        <source>Original article</source>
        <translation>원문 기사</translation>
    </message>
    <message>
        <location filename="../../ui/reader.py" line="151"/>
        <source>Translator: %1</source>
        <translation>번역: %1</translation>
    </message>
    <message>
        <location filename="../../ui/reader.py" line="269"/>
        <source>Showing the original text (%1).</source>
        <translation>원문(%1)을 표시하고 있습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/reader.py" line="270"/>
        <source>Show translation</source>
        <translation>번역문 보기</translation>
    </message>
    <message>
        <location filename="../../ui/reader.py" line="273"/>
        <source>This article is published in %1 only; the charts follow your language.</source>
        <translation>이 기사는 %1로만 게재되어 있으며, 차트는 선택한 언어로 표시됩니다.</translation>
    </message>
    <message>
        <location filename="../../ui/reader.py" line="279"/>
        <source>This is a translation. The original text (%1) is the official one.</source>
        <translation>번역문입니다. 공식 문서는 원문(%1)입니다.</translation>
    </message>
    <message>
        <location filename="../../ui/reader.py" line="283"/>
        <source>Show original</source>
        <translation>원문 보기</translation>
    </message>
    <message>
        <location filename="../../ui/reader.py" line="306"/>
        <location filename="../../ui/reader.py" line="315"/>
        <source>Save article as PDF</source>
        <translation>기사를 PDF로 저장</translation>
    </message>
    <message>
        <location filename="../../ui/reader.py" line="314"/>
        <source>The article could not be saved: %1</source>
        <translation>기사를 저장할 수 없습니다: %1</translation>
    </message>
    <message>
        <location filename="../../ui/reader.py" line="317"/>
        <source>Saved the article to %1</source>
        <translation>기사를 %1에 저장했습니다</translation>
    </message>
    <message>
        <location filename="../../ui/reader.py" line="397"/>
        <source>Article text</source>
        <translation>기사 본문</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <location filename="../../ui/import_dialog.py" line="189"/>
        <source>(the text&apos;s words, untranslated)</source>
        <translation>(원문 표현 그대로, 번역 안 함)</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="194"/>
        <source>Glossary term of %1</source>
        <translation>%1의 용어집 용어</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="315"/>
        <source>Added as row %1.</source>
        <translation>%1행으로 추가했습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="316"/>
        <source>Added as row %1: the text gives it no unit, so choose one.</source>
        <translation>%1행으로 추가했습니다: 원문에 단위가 없으니 단위를 선택하세요.</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="317"/>
        <source>That figure is already in the table, row %1.</source>
        <translation>이 수치는 이미 표의 %1행에 있습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="318"/>
        <source>That figure is row %1, and is included again.</source>
        <translation>이 수치는 %1행에 있으며 다시 포함되었습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="319"/>
        <source>The selection holds no number, so it cannot be a figure.</source>
        <translation>선택 영역에 숫자가 없으므로 수치가 될 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="320"/>
        <source>The selection holds more than one number: select one figure at a time.</source>
        <translation>선택 영역에 숫자가 여러 개 있습니다: 수치를 한 번에 하나씩 선택하세요.</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="321"/>
        <source>The selection runs over more than one paragraph: select one figure.</source>
        <translation>선택 영역이 여러 단락에 걸쳐 있습니다: 수치 하나만 선택하세요.</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="349"/>
        <source>Row %1: &apos;%2&apos; is not a known %3.</source>
        <translation>%1행: “%2”은(는) 올바른 %3 값이 아닙니다.</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="374"/>
        <location filename="../../ui/import_dialog.py" line="386"/>
        <source>Import article</source>
        <translation>기사 가져오기</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="375"/>
        <source>Name the publisher of this release: its charts cite it as their source.</source>
        <translation>이 발표의 발행처를 입력하세요. 차트가 출처로 인용합니다.</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="409"/>
        <source>Review the figures found</source>
        <translation>찾은 수치 검토</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="411"/>
        <source>&amp;Title:</source>
        <translation>제목(&amp;T):</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="411"/>
        <source>&amp;Publisher:</source>
        <translation>발행처(&amp;P):</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="411"/>
        <source>Publi&amp;shed:</source>
        <translation>발행일(&amp;S):</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="414"/>
        <source>Not named on the page: who published this release?</source>
        <translation>페이지에 없음: 이 발표의 발행처는?</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="415"/>
        <source>The page gives no date: today&apos;s is proposed.</source>
        <translation>페이지에 날짜가 없어 오늘 날짜를 제안합니다.</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="421"/>
        <source>Figure</source>
        <translation>수치</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="422"/>
        <source>Indicator</source>
        <translation>지표</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="423"/>
        <source>Glossary term</source>
        <translation>용어집 용어</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="425"/>
        <source>Value</source>
        <translation>값</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="426"/>
        <source>Unit</source>
        <translation>단위</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="427"/>
        <source>Period</source>
        <translation>기간</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="424"/>
        <source>Of</source>
        <translation>대상</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="428"/>
        <source>Kind</source>
        <translation>구분</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="429"/>
        <source>Measure</source>
        <translation>척도</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="432"/>
        <source>Import</source>
        <translation>가져오기</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="433"/>
        <source>Article text</source>
        <translation>기사 본문</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="434"/>
        <source>&amp;Add as figure</source>
        <translation>수치로 추가(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="435"/>
        <source>Add the selected number as a figure the finder missed (Ctrl+M)</source>
        <translation>선택한 숫자를 자동으로 찾지 못한 수치로 추가 (Ctrl+M)</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="437"/>
        <source>Figures found</source>
        <translation>찾은 수치</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../app/settings.py" line="87"/>
        <source>The settings file %1 could not be read; defaults are used (your file is kept as %2).</source>
        <translation>설정 파일 %1을(를) 읽을 수 없어 기본값을 사용합니다(기존 파일은 %2(으)로 보관됨).</translation>
    </message>
</context>
<context>
    <name>SettingsPanel</name>
    <message>
        <location filename="../../ui/settings_panel.py" line="14"/>
        <source>Follow the system</source>
        <translation>시스템 설정 따르기</translation>
    </message>
    <message>
        <location filename="../../ui/settings_panel.py" line="15"/>
        <source>Light</source>
        <translation>밝게</translation>
    </message>
    <message>
        <location filename="../../ui/settings_panel.py" line="16"/>
        <source>Dark</source>
        <translation>어둡게</translation>
    </message>
    <message>
        <location filename="../../ui/settings_panel.py" line="76"/>
        <source>Settings</source>
        <translation>설정</translation>
    </message>
    <message>
        <location filename="../../ui/settings_panel.py" line="77"/>
        <source>&amp;Language:</source>
        <translation>언어(&amp;L):</translation>
    </message>
    <message>
        <location filename="../../ui/settings_panel.py" line="78"/>
        <source>&amp;Theme:</source>
        <translation>테마(&amp;T):</translation>
    </message>
    <message>
        <location filename="../../ui/settings_panel.py" line="79"/>
        <source>Reader te&amp;xt size:</source>
        <translation>본문 글자 크기(&amp;X):</translation>
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
        <translation>바로 가기 키</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts_dialog.py" line="86"/>
        <source>Action</source>
        <translation>작업</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts_dialog.py" line="86"/>
        <source>Keys</source>
        <translation>키</translation>
    </message>
</context>
<context>
    <name>Units</name>
    <message>
        <location filename="../../app/units.py" line="63"/>
        <source>Yuan (CNY)</source>
        <translation>위안(CNY)</translation>
    </message>
    <message>
        <location filename="../../app/units.py" line="66"/>
        <source>US$%1</source>
        <translation>%1 달러</translation>
    </message>
    <message>
        <location filename="../../app/units.py" line="66"/>
        <source>US dollars (USD)</source>
        <translation>달러(USD)</translation>
    </message>
    <message>
        <location filename="../../app/units.py" line="68"/>
        <source>Percent</source>
        <translation>퍼센트</translation>
    </message>
    <message>
        <location filename="../../app/units.py" line="72"/>
        <source>%1 percentage points</source>
        <translation>%1%p</translation>
    </message>
    <message>
        <location filename="../../app/units.py" line="73"/>
        <source>%1 pp</source>
        <translation>%1%p</translation>
    </message>
    <message>
        <location filename="../../app/units.py" line="74"/>
        <source>Percentage points</source>
        <translation>퍼센트포인트(%p)</translation>
    </message>
    <message>
        <location filename="../../app/units.py" line="77"/>
        <source>%1 %2</source>
        <translation>%1%2</translation>
    </message>
    <message>
        <location filename="../../app/units.py" line="77"/>
        <source>Number</source>
        <translation>수</translation>
    </message>
    <message>
        <location filename="../../app/units.py" line="82"/>
        <source>%1 times</source>
        <translation>%1배</translation>
    </message>
    <message>
        <location filename="../../app/units.py" line="83"/>
        <source>%1×</source>
        <translation>%1배</translation>
    </message>
    <message>
        <location filename="../../app/units.py" line="84"/>
        <source>Multiple</source>
        <translation>배수</translation>
    </message>
    <message>
        <location filename="../../app/units.py" line="87"/>
        <source>%1 tonnes</source>
        <translation>%1톤</translation>
    </message>
    <message>
        <location filename="../../app/units.py" line="87"/>
        <source>Tonnes</source>
        <translation>톤</translation>
    </message>
    <message>
        <location filename="../../app/units.py" line="63"/>
        <source>%1 CNY</source>
        <translation>%1 위안</translation>
    </message>
</context>
</TS>
