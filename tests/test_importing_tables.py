"""Tables of figures on a page: found among the page's tables, read cell by
cell with the headings of their rows and columns, written as Markdown
tables whose figures link to their facts."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from app.bundle import load_bundle
from app.importing.figures import find_figures
from app.importing.grids import grid_of
from app.importing.htmltext import html_text
from app.importing.page import PageArticle, read_page
from app.importing.pipeline import read_article, save_article
from app.importing.selection import article_text, figure_from_selection
from app.importing.sources import RawPage, read_source

PAGES = Path(__file__).resolve().parent / "pages"


def page(name: str) -> PageArticle:
    return read_page(read_source(str(PAGES / name)))


def html_page(body: str, lang: str = "en") -> PageArticle:
    markup = f'<html lang="{lang}"><head><meta charset="utf-8"><title>Release</title></head><body>{body}</body></html>'
    return read_page(RawPage(markup, "html", "release.html", "utf-8"))


def grids_of(markup: str):
    return [grid_of(table) for table in html_text(markup).tables]


def test_a_table_of_figures_is_kept_and_layout_tables_are_not() -> None:
    article = page("table-release-zh.html")
    assert list(article.grids) == [2]  # the page's layout table and its footer table are not grids
    assert article.paragraphs[1] == "表1 2019年全省进出口主要指标"  # the table follows the line before it
    assert article.paragraphs[3] == "注：本表数据为初步统计数。"
    grid = article.grids[2]
    assert grid.caption == "单位：亿元"  # a title row over the whole table
    assert grid.headers == 2
    # Spans spread out: 指标 spans two heading rows, 10月 and 1-10月 two columns each.
    assert grid.rows[0] == ("指标", "10月", "10月", "1-10月", "1-10月")
    assert grid.rows[1] == ("指标", "绝对额", "同比增长（%）", "绝对额", "同比增长（%）")
    assert grid.rows[2] == ("进出口总额", "355.2", "18.3", "3,542.4", "41.2")
    assert len(grid.rows) == 6


@pytest.mark.parametrize(
    "markup",
    [
        # Prose in cells: a table laying out text.
        "<table><tr><td>" + "A long paragraph of text about the economy of the province. " * 3 + "</td>"
        "<td>12.5</td></tr><tr><td>x</td><td>13.5</td></tr></table>",
        # A table that holds another lays out the page.
        "<table><tr><td><table><tr><td>a</td><td>1</td></tr></table></td><td>2</td></tr>"
        "<tr><td>b</td><td>3</td></tr></table>",
        # Page furniture.
        '<table class="footer"><tr><td>Tel</td><td>0731 8888</td></tr><tr><td>Fax</td><td>0731 8889</td></tr></table>',
        # One row, or one column.
        "<table><tr><td>Exports</td><td>12.5</td><td>13.5</td></tr></table>",
        "<table><tr><td>12.5</td></tr><tr><td>13.5</td></tr></table>",
        # Words, not figures.
        "<table><tr><th>Name</th><th>Office</th></tr><tr><td>Li</td><td>Trade</td></tr>"
        "<tr><td>Wang</td><td>Customs</td></tr></table>",
    ],
)
def test_tables_that_hold_no_figures_are_not_grids(markup) -> None:
    assert grids_of(markup)[-1] is None


def test_a_row_spanning_cell_fills_the_rows_below_it() -> None:
    (grid,) = grids_of(
        "<table><tr><th>Group</th><th>Item</th><th>2018</th></tr>"
        '<tr><td rowspan="2">Trade</td><td>Exports</td><td>202.6</td></tr>'
        "<tr><td>Imports</td><td>105.4</td></tr></table>"
    )
    assert grid.rows == (("Group", "Item", "2018"), ("Trade", "Exports", "202.6"), ("Trade", "Imports", "105.4"))
    assert grid.headers == 1  # a row of years heads the columns


def test_each_cell_is_read_with_its_row_column_and_caption() -> None:
    article = page("table-release-zh.html")
    figures = find_figures(article)
    read = [(f.quote, f.value, f.unit, f.period, f.measure, f.indicator) for f in figures]
    assert read[:4] == [
        ("355.2", 35_520_000_000.0, "CNY", "2019-10", "level", "进出口总额"),  # 亿元 from the caption row
        ("18.3", 18.3, "percent", "2019-10", "growth", "进出口总额"),  # % from its heading
        ("3,542.4", 354_240_000_000.0, "CNY", "2019-01..2019-10", "level", "进出口总额"),
        ("41.2", 41.2, "percent", "2019-01..2019-10", "growth", "进出口总额"),
    ]
    assert ("625.3", 62_530_000_000.0, "CNY", "2019-01..2019-10", "level", "加工贸易进出口") in read
    assert ("-5.4", -5.4, "percent", "2019-01..2019-10", "growth", "加工贸易进出口") in read
    assert len(figures) == 14  # the two dashes are no figures
    # Each growth rate is the growth of the level of its row and period.
    assert figures[1].growth_of == 0 and figures[3].growth_of == 2
    text = article.paragraphs[2]
    assert all(text[f.start : f.end] == f.quote for f in figures)


def test_a_unit_column_and_a_growth_column_under_one_period() -> None:
    article = html_page(
        "<h1>2019年1-10月主要经济指标</h1><p>全省主要经济指标如下表所示，经济运行总体平稳。</p>"
        "<table><tr><th>指标名称</th><th>单位</th><th>1-10月</th><th>同比增长（%）</th></tr>"
        "<tr><td>社会消费品零售总额</td><td>亿元</td><td>13,021.5</td><td>10.2</td></tr>"
        "<tr><td>固定资产投资</td><td>亿元</td><td>—</td><td>10.1</td></tr>"
        "<tr><td>居民消费价格指数</td><td>上年同期=100</td><td>102.9</td><td>—</td></tr></table>",
        lang="zh",
    )
    figures = find_figures(article)
    assert [(f.quote, f.value, f.unit, f.measure) for f in figures] == [
        ("13,021.5", 1_302_150_000_000.0, "CNY", "level"),
        ("10.2", 10.2, "percent", "growth"),  # the heading's % before the row's 亿元
        ("10.1", 10.1, "percent", "growth"),
    ]  # 102.9 has no unit a chart could show: left for the reader to mark
    assert {f.period for f in figures} == {"2019-01..2019-10"}  # the title's year for "1-10月"
    assert figures[1].growth_of == 0 and figures[2].growth_of == -1


def test_a_table_of_years_names_its_indicators_in_the_column_headings() -> None:
    article = page("table-release-en.html")
    figures = [f for f in find_figures(article) if f.paragraph == 2]
    assert [(f.quote, f.value, f.period, f.indicator) for f in figures] == [
        ("159.0", 159_000_000_000.0, "2017", "Exports"),
        ("83.2", 83_200_000_000.0, "2017", "Imports"),
        ("202.6", 202_600_000_000.0, "2018", "Exports"),
        ("105.4", 105_400_000_000.0, "2018", "Imports"),
    ]


def test_a_decrease_heading_makes_its_figures_falls() -> None:
    figures = find_figures(page("table-release-en.html"))
    by_quote = {f.quote: f for f in figures if f.paragraph == 4}
    assert by_quote["9.3"].value == -9.3 and by_quote["9.3"].measure == "growth"  # under "Decrease (%)"
    assert by_quote["-2.5"].value == -2.5  # under "Change (%)": its own sign
    assert by_quote["9.3"].period == "2018"  # from the caption "Main markets, 2018"
    assert figures[by_quote["9.3"].growth_of].quote == "44.1"


def test_a_change_from_last_month_derives_no_level_a_year_earlier() -> None:
    article = html_page(
        "<h1>October 2019 trade</h1><p>Trade in October 2019 was steady, the bureau said in its monthly note.</p>"
        "<table><tr><th>Indicator</th><th>October (billion yuan)</th><th>Month-on-month change (%)</th></tr>"
        "<tr><td>Exports</td><td>23.0</td><td>4.1</td></tr></table>"
    )
    figures = find_figures(article)
    assert [(f.quote, f.measure, f.growth_of) for f in figures] == [("23.0", "level", -1), ("4.1", "growth", -1)]


def test_a_figure_the_text_and_a_table_both_state_is_one_fact_linked_twice(tmp_path) -> None:
    read = read_article(str(PAGES / "table-release-en.html"))
    folder, proposal = save_article(read, tmp_path)
    exports = [fact for fact in proposal.facts if fact.indicator == "exports" and fact.period == "2018"]
    assert len(exports) == 1
    assert exports[0].quote == "202.6 billion yuan" and exports[0].paragraph == 0
    assert exports[0].restated == ((2, read.article.paragraphs[2].index("202.6"), "202.6"),)
    markdown = (folder / "text" / "en.md").read_text(encoding="utf-8")
    assert markdown.count(f"(fact:{exports[0].id})") == 2
    assert "| 2018 | [202.6](fact:exports_level_2018) | [105.4](fact:imports_level_2018) |" in markdown
    assert "| Year | Exports (billion yuan) | Imports (billion yuan) |\n| --- | --- | --- |\n" in markdown
    bundle = load_bundle(folder)
    assert bundle.fact("exports_level_2017").value == 159_000_000_000.0


def test_a_table_after_a_sentence_of_its_own_figures_takes_the_release_period() -> None:
    """The paragraph before a table leads into it, unless it states figures
    of its own: September's total before a table of the quarters' figures
    does not date the table (its figures are the text's, one fact each)."""
    article = html_page(
        "<h1>후난성 1~3분기 대외무역 동향</h1><p>출처: 창사세관 | 2019-10-25</p>"
        "<p>2019년 1~3분기 후난성의 수출입 총액은 3,079억 5천만 위안으로 전년 동기 대비 38.6% 증가했다.</p>"
        "<p>9월 한 달 수출입은 412억 위안이었다.</p>"
        "<table><tr><th>구분</th><th>금액(억 위안)</th><th>증가율(%)</th></tr>"
        "<tr><td>수출입</td><td>3079.5</td><td>38.6</td></tr>"
        "<tr><td>수출</td><td>2010.6</td><td>42.3</td></tr></table>",
        lang="ko",
    )
    assert (article.publisher, article.date) == ("창사세관", dt.date(2019, 10, 25))
    table = next(iter(article.grids))
    in_table = [(f.value, f.period) for f in find_figures(article) if f.paragraph == table]
    q1_q3 = "2019-01..2019-09"
    assert in_table == [(307_950_000_000.0, q1_q3), (38.6, q1_q3), (201_060_000_000.0, q1_q3), (42.3, q1_q3)]


@pytest.mark.parametrize(
    ("heading", "lang"),
    [("前年同期比（%）", "ja"), ("対前年比（%）", "ja"), ("전년 동기 대비(%)", "ko"), ("同比增长（%）", "zh")],
)
def test_a_year_on_year_heading_makes_its_percentages_growth_rates(heading: str, lang: str) -> None:
    article = html_page(
        f"<table><tr><th>項目</th><th>金額（億元）</th><th>{heading}</th></tr>"
        "<tr><td>輸出</td><td>1246</td><td>52.1</td></tr><tr><td>輸入</td><td>699</td><td>41.9</td></tr></table>",
        lang=lang,
    )
    found = [(f.value, f.unit, f.measure) for f in find_figures(article)]
    assert found == [
        (124_600_000_000.0, "CNY", "level"),
        (52.1, "percent", "growth"),
        (69_900_000_000.0, "CNY", "level"),
        (41.9, "percent", "growth"),
    ]


@pytest.mark.parametrize(
    ("lang", "headings", "years", "name"),
    [
        ("ko", ("연도", "수출입(억 위안)", "증가율(%)"), ("2017", "2018"), "수출입"),
        ("ja", ("年", "輸出入（億元）", "前年比（%）"), ("2017年", "2018年"), "輸出入"),
        ("zh", ("年份", "进出口（亿元）", "增长率（%）"), ("2017年", "2018年"), "进出口"),
    ],
)
def test_a_table_of_years_with_a_bare_growth_column(lang, headings, years, name) -> None:
    """The amounts are named by their column (not by the year's leftover
    年), and a growth column that names nothing (증가율, 增长率: no 율 or 率
    left as a name) is of the level in its row, linked to it."""
    rows = "".join(
        f"<tr><td>{year}</td><td>{level}</td><td>{growth}</td></tr>"
        for year, level, growth in zip(years, ("2434.3", "3079.5"), ("39.8", "26.5"))
    )
    head = "".join(f"<th>{heading}</th>" for heading in headings)
    article = html_page(f"<h1>Release</h1><table><tr>{head}</tr>{rows}</table>", lang=lang)
    found = [(f.value, f.measure, f.period, f.indicator, f.growth_of) for f in find_figures(article)]
    assert found == [
        (243_430_000_000.0, "level", "2017", name, -1),
        (39.8, "growth", "2017", name, 0),
        (307_950_000_000.0, "level", "2018", name, -1),
        (26.5, "growth", "2018", name, 2),
    ]


def test_a_pipe_in_a_cell_is_escaped_in_the_markdown_table(tmp_path) -> None:
    article = html_page(
        "<h1>Trade in 2018</h1><p>Hunan's trade in 2018 grew quickly, the customs office said today.</p>"
        "<table><tr><th>Item | note</th><th>2018 (billion yuan)</th></tr>"
        "<tr><td>Exports</td><td>202.6</td></tr><tr><td>Imports</td><td>105.4</td></tr></table>"
    )
    from app.importing.pipeline import ReadArticle

    folder, _ = save_article(ReadArticle(article, find_figures(article)), tmp_path)
    markdown = (folder / "text" / "en.md").read_text(encoding="utf-8")
    assert "| Item \\| note | 2018 (billion yuan) |" in markdown


def test_a_table_only_release_imports_with_full_width_digits_quoted_as_written(tmp_path) -> None:
    article = html_page(
        "<h1>2019年1-10月主要经济指标</h1><table>"
        "<tr><th>指标</th><th>1-10月（亿元）</th><th>同比增长（%）</th></tr>"
        "<tr><td>进出口总值</td><td>３５４２．４</td><td>41.2</td></tr>"
        "<tr><td>出口</td><td>2328.1</td><td>36.5</td></tr></table>",
        lang="zh",
    )
    figures = find_figures(article)
    assert [(f.quote, f.value) for f in figures][:2] == [("３５４２．４", 354_240_000_000.0), ("41.2", 41.2)]
    from app.importing.pipeline import ReadArticle

    folder, _ = save_article(ReadArticle(article, figures), tmp_path)
    markdown = (folder / "text" / "zh.md").read_text(encoding="utf-8")
    assert "| 进出口总值 | [３５４２．４](fact:total_trade_level_2019_01_2019_10) |" in markdown


def test_a_number_marked_in_a_table_is_read_with_its_headings() -> None:
    read = read_article(str(PAGES / "table-release-zh.html"))
    text = article_text(read.article)
    at = text.index("124.8")
    figure = figure_from_selection(read, at, at + len("124.8"))
    assert (figure.value, figure.unit, figure.period, figure.indicator) == (12_480_000_000.0, "CNY", "2019-10", "进口")


def test_the_reader_shows_an_imported_table_with_its_figures_linked(tmp_path, model, qtbot) -> None:
    from PySide6.QtGui import QTextTable

    from ui.reader import ReaderView

    folder, _ = save_article(read_article(str(PAGES / "table-release-zh.html")), tmp_path)
    reader = ReaderView(model)
    qtbot.addWidget(reader)
    model.open_bundle(folder)
    frames = reader.browser.document().rootFrame().childFrames()
    tables = [frame for frame in frames if isinstance(frame, QTextTable)]
    assert len(tables) == 1
    assert (tables[0].rows(), tables[0].columns()) == (6, 5)
    assert tables[0].cellAt(2, 3).firstCursorPosition().block().text() == "3,542.4"
    link = reader.fact_link_cursor("total_trade_level_2019_01_2019_10")
    assert link is not None and link.selectedText() == "3,542.4"
    assert link.currentTable() is tables[0]
    second_heading = tables[0].cellAt(1, 1).firstCursorPosition()
    second_heading.movePosition(second_heading.MoveOperation.Right)
    assert second_heading.block().text() == "绝对额" and second_heading.charFormat().fontWeight() >= 600


def test_dates_of_a_table_page() -> None:
    article = page("table-release-zh.html")
    assert (article.date, article.language) == (dt.date(2019, 11, 20), "zh")


def test_an_imported_monthly_release_names_its_periods_as_readers_write_them(tmp_path) -> None:
    from app.charts import build_chart_specs

    folder, proposal = save_article(read_article(str(PAGES / "table-release-zh.html")), tmp_path)
    growth = next(chart for chart in proposal.charts if chart.id.startswith("growth_percent_2019_10"))
    assert growth.title["zh"] == "增速（2019年10月）"
    assert growth.title["en"] == "Growth rates (Oct 2019)"
    assert growth.title["fr"] == "Taux de croissance (oct. 2019)"
    bundle = load_bundle(folder)
    specs = {spec.id: spec for spec in build_chart_specs(bundle, "en")}
    two = specs["total_trade_two_periods"]
    assert two.categories == ("Oct 2018", "Oct 2019")  # the derived level a year earlier, then the stated one
    assert {spec.id: spec for spec in build_chart_specs(bundle, "ja")}["total_trade_two_periods"].categories == (
        "2018年10月",
        "2019年10月",
    )


def test_a_heading_word_inside_another_is_not_a_growth_word() -> None:
    article = html_page(
        "<h1>Prices in 2018</h1><p>Prices in 2018 were steady across the province, the bureau said.</p>"
        "<table><tr><th>Item</th><th>Exchange rate gap (%)</th><th>Rainfall share (%)</th><th>Growth (%)</th></tr>"
        "<tr><td>Hunan</td><td>1.5</td><td>12.0</td><td>3.1</td></tr></table>"
    )
    assert [(f.quote, f.measure) for f in find_figures(article)] == [
        ("1.5", "level"),
        ("12.0", "share"),
        ("3.1", "growth"),
    ]


def test_a_text_release_reads_its_tab_separated_table() -> None:
    text = (
        "湖南省2019年1-10月进出口情况\n发布日期：2019-11-20\n\n"
        "据长沙海关统计，2019年1-10月，全省外贸进出口总值3542.4亿元，增长41.2%。\n\n"
        "表1 主要指标\n指标\t1-10月（亿元）\t同比增长（%）\n进出口总值\t3542.4\t41.2\n出口\t2328.1\t36.5\n\n"
        "注：初步统计数。\n"
    )
    article = read_page(RawPage(text, "text", "release.txt", "utf-8"))
    assert list(article.grids) == [2]  # after 表1, before the note
    assert article.paragraphs[2] == (
        "指标 | 1-10月（亿元） | 同比增长（%）\n进出口总值 | 3542.4 | 41.2\n出口 | 2328.1 | 36.5"
    )
    assert article.paragraphs[3] == "注：初步统计数。"
    figures = [f for f in find_figures(article) if f.paragraph == 2]
    assert [(f.quote, f.value, f.unit) for f in figures] == [
        ("3542.4", 354_240_000_000.0, "CNY"),
        ("41.2", 41.2, "percent"),
        ("2328.1", 232_810_000_000.0, "CNY"),
        ("36.5", 36.5, "percent"),
    ]


@pytest.mark.parametrize(
    ("table", "first_row"),
    [
        (
            "Item                      Jan-Oct 2019 (100 million yuan)    Growth (%)\n"
            "Total imports and exports                3,456.7                 41.2\n"
            "Exports                                  2,328.0                 36.5\n"
            "Imports                                  1,128.7                   \n",
            "Item | Jan-Oct 2019 (100 million yuan) | Growth (%)",
        ),
        (  # wide characters take two columns on a fixed-width screen
            "指标            1-10月（亿元）    同比增长（%）\n"
            "进出口总额          3456.7            41.2\n"
            "出口                2328.0            36.5\n"
            "进口                1128.7\n",
            "指标 | 1-10月（亿元） | 同比增长（%）",
        ),
    ],
)
def test_a_text_release_reads_its_table_aligned_with_spaces(table, first_row) -> None:
    """The gutters blank in every row make the columns, whatever the
    headings above them run over; an empty cell stays in its column."""
    text = "Hunan trade, January to October 2019\n\nIn the first ten months of 2019 trade grew fast.\n\n" + table
    article = read_page(RawPage(text, "text", "release.txt", "utf-8"))
    assert list(article.grids) == [1]
    grid = article.paragraphs[1].split("\n")
    assert grid[0] == first_row
    assert grid[3].endswith(" | ")  # the imports' growth is not given
    figures = [(f.value, f.unit, f.measure, f.period) for f in find_figures(article)]
    assert figures == [
        (345_670_000_000.0, "CNY", "level", "2019-01..2019-10"),
        (41.2, "percent", "growth", "2019-01..2019-10"),
        (232_800_000_000.0, "CNY", "level", "2019-01..2019-10"),
        (36.5, "percent", "growth", "2019-01..2019-10"),
        (112_870_000_000.0, "CNY", "level", "2019-01..2019-10"),
    ]


@pytest.mark.parametrize(
    ("lines", "phrase"),
    [
        (  # two spaces after a full stop
            "Exports rose 5% in 2018.  Imports fell 3% in 2018.  The surplus widened.\n"
            "Officials said trade grew.  Firms numbered 4,630 in 2018.  They added more.\n",
            "Firms numbered 4,630 in 2018.",
        ),
        (  # indented
            "\tIn 2018, exports reached 202.6 billion yuan.\n\tImports reached 105.4 billion yuan.\n",
            "105.4 billion yuan",
        ),
        ("Exports\treached 202.6 billion yuan.\nImports\treached 105.4 billion yuan.\n", "105.4 billion yuan"),
    ],
)
def test_tab_separated_or_spaced_lines_without_figures_in_cells_stay_text(lines, phrase) -> None:
    article = read_page(RawPage("Trade in 2018\n\n" + lines, "text", "release.txt", "utf-8"))
    assert article.grids == {}
    assert any(phrase in paragraph for paragraph in article.paragraphs)
