"""The figure finder: values, units, periods, kinds, measures, indicators
and growth links, on the test pages (against their labelled truth) and on
sentences written for each rule."""

from __future__ import annotations

import datetime as dt
import json
import re
import statistics
import time
from pathlib import Path

import pytest

from app.importing.figures import FoundFigure, find_figures
from app.importing.page import PageArticle, read_page
from app.importing.sources import RawPage, read_source

PAGES = Path(__file__).resolve().parent / "pages"
HUNAN = Path("/work/shared/source/hunan-2018-foreign-trade.txt")
LABELS = json.loads((PAGES / "truth.json").read_text(encoding="utf-8"))
TRUTH = {name: entries for name, entries in LABELS.items() if not name.startswith("_")}
HELD_OUT = set(LABELS["_held_out"])
DATE = dt.date(2019, 11, 15)


def figures_of(*paragraphs: str, date: dt.date | None = DATE) -> list[FoundFigure]:
    return find_figures(PageArticle("Title", date, "", "", "", "en", paragraphs))


def one(text: str, **kwargs: object) -> FoundFigure:
    found = figures_of(text, **kwargs)  # type: ignore[arg-type]
    assert len(found) == 1, found
    return found[0]


def page_path(name: str) -> Path:
    return HUNAN if name == HUNAN.name else PAGES / name


def words(name: str) -> set[str]:
    """A name's words, singular, without articles: for loose comparison."""
    tokens = re.findall(r"[a-z0-9-]+|[\u4e00-\u9fff]", name.lower().replace("’", "'"))
    return {token.rstrip("s") for token in tokens if token not in {"the", "a", "an", "of", "in", "and", "'s"}}


def indicators_agree(found: str, truth: str) -> bool:
    """The same indicator in other words: one name's words contain the other's."""
    a, b = words(found), words(truth)
    return bool(a) and (a <= b or b <= a)


@pytest.mark.skipif(not HUNAN.exists(), reason="the shared Hunan text copy is not on this machine")
def test_the_hunan_article_gives_exactly_its_six_figures() -> None:
    article = read_page(read_source(str(HUNAN)))
    found = find_figures(article)
    assert [(f.quote, f.value, f.unit, f.period, f.kind, f.measure, f.growth_of) for f in found] == [
        ("310 billion CNY", 310e9, "CNY", "2018", "estimate", "level", -1),
        ("28%", 28.0, "percent", "2018", "reported", "growth", 0),
        ("39%", 39.0, "percent", "2018", "reported", "growth", -1),
        ("4,630", 4630.0, "count", "2018", "reported", "level", -1),
        ("16.8%", 16.8, "percent", "2018", "reported", "growth", 3),
        ("48.8%", 48.8, "percent", "2018", "reported", "share", -1),
    ]
    assert [f.indicator for f in found[:5]] == [
        "import and export volume",
        "import and export volume",
        "imports and exports with the Belt and Road countries",
        "enterprises with foreign trade performance",
        "enterprises with foreign trade performance",
    ]
    assert found[3].counted == "enterprises"
    for figure in found:
        assert article.paragraphs[figure.paragraph][figure.start : figure.end] == figure.quote


@pytest.mark.parametrize("name", sorted(set(TRUTH) - HELD_OUT))
def test_pages_against_their_truth(name: str) -> None:
    path = page_path(name)
    if not path.exists():
        pytest.skip(f"{path} is not on this machine")
    article = read_page(read_source(str(path)))
    found = find_figures(article)
    fields = ("paragraph", "quote", "value", "unit", "counted", "period", "kind", "measure", "growth_of")
    assert [{key: getattr(f, key) for key in fields} for f in found] == [
        {key: truth[key] for key in fields} for truth in TRUTH[name]
    ]
    for figure, truth in zip(found, TRUTH[name]):
        assert indicators_agree(figure.indicator, truth["indicator"]), (figure.indicator, truth["indicator"])
        assert article.paragraphs[figure.paragraph][figure.start : figure.end] == figure.quote


@pytest.mark.parametrize("name", sorted(HELD_OUT))
def test_held_out_pages_give_their_figures(name: str) -> None:
    """Pages labelled before the finder read them (the benchmark reports how
    every field agrees): every figure is found, nothing else."""
    found = find_figures(read_page(read_source(str(PAGES / name))))
    fields = ("quote", "value", "unit")
    assert [{key: getattr(f, key) for key in fields} for f in found] == [
        {key: truth[key] for key in fields} for truth in TRUTH[name]
    ]


@pytest.mark.parametrize(
    ("text", "quote", "value", "unit"),
    [
        ("Exports reached 310 billion CNY.", "310 billion CNY", 310e9, "CNY"),
        ("Sales reached 1.2 trillion yuan.", "1.2 trillion yuan", 1.2e12, "CNY"),
        ("Investment totaled 310 million yuan.", "310 million yuan", 310e6, "CNY"),
        ("The fund holds RMB 5 billion.", "RMB 5 billion", 5e9, "CNY"),
        ("Each household received 10,000 yuan.", "10,000 yuan", 10000.0, "CNY"),
        ("Exports reached ¥3.5 billion.", "¥3.5 billion", 3.5e9, "CNY"),
        ("Exports reached US$63 billion.", "US$63 billion", 63e9, "USD"),
        ("Exports reached 63 billion U.S. dollars.", "63 billion U.S. dollars", 63e9, "USD"),
        ("Exports reached 63 billion US dollars.", "63 billion US dollars", 63e9, "USD"),
        ("Exports reached $1.5 million.", "$1.5 million", 1.5e6, "USD"),
        ("Exports reached US$63bn.", "US$63bn", 63e9, "USD"),
        ("The rate was 28%.", "28%", 28.0, "percent"),
        ("The rate was 28 percent.", "28 percent", 28.0, "percent"),
        ("The rate was 28 per cent.", "28 per cent", 28.0, "percent"),
        ("The share rose by 1.2 percentage points.", "1.2 percentage points", 1.2, "percentage_points"),
        ("Output was 231 times that of 1978.", "231 times", 231.0, "times"),
        ("Output grew 2.5 times.", "2.5 times", 2.5, "times"),
        ("Output reached 6.3 million tonnes.", "6.3 million tonnes", 6.3e6, "tonnes"),
        ("Output reached 6.3 million tons.", "6.3 million tons", 6.3e6, "tonnes"),
        ("Hunan received 60 million tourist trips.", "60 million", 60e6, "count"),
        ("The plan covers 1,200 projects.", "1,200", 1200.0, "count"),
        ("The plant employs 3,500 people.", "3,500", 3500.0, "count"),
    ],
)
def test_every_sort_of_figure(text: str, quote: str, value: float, unit: str) -> None:
    figure = one(text)
    assert (figure.quote, figure.value, figure.unit) == (quote, value, unit)


def test_counted_nouns_as_written() -> None:
    assert one("Hunan received 60 million tourist trips.").counted == "tourist trips"
    assert one("There are 4,630 enterprises with foreign trade performance.").counted == "enterprises"
    assert one("The number of listed companies in Hunan was 104.").counted == "listed companies"


@pytest.mark.parametrize(
    "text",
    [
        "Exports were down 3.2%.",
        "Exports decreased by 3.2 percent.",
        "Exports saw a decline of 3.2%.",
        "Exports fell 3.2% year on year.",
        "Exports dropped by 3.2%.",
        "Exports posted negative growth of 3.2%.",
        "Exports grew by -3.2%.",
        "The trade deficit narrowed 3.2% in 2018.",
        "Imports tumbled 3.2% in 2018.",
        "Exports eased 3.2% in 2018.",
        "Imports slumped 3.2% in 2018.",
    ],
)
def test_a_decrease_is_negative(text: str) -> None:
    figure = one(text)
    assert (figure.value, figure.measure) == (-3.2, "growth")


@pytest.mark.parametrize(
    ("language", "text", "value"),
    [
        ("zh", "2018年，出口收窄3.2%。", -3.2),
        ("zh", "2018年，居民消费价格同比上涨3.2%。", 3.2),
        ("zh", "2018年，贸易顺差扩大3.2%。", 3.2),
        ("ja", "2018年の輸出は前年比3.2%減少した。", -3.2),
        ("ja", "2018年の輸入は3.2%増となった。", 3.2),
        ("ko", "2018년 수출은 3.2% 감소했다.", -3.2),
        ("ko", "2018년 수입은 3.2% 증가했다.", 3.2),
    ],
)
def test_the_direction_of_a_change_in_chinese_japanese_and_korean(language: str, text: str, value: float) -> None:
    found = find_figures(PageArticle("T", DATE, "", "", "", language, (text,)))
    assert [(f.value, f.measure, f.period) for f in found] == [(value, "growth", "2018")]


# The Hunan article's figures as the French, Japanese and Korean pages of
# the site write them.
TRANSLATED_ARTICLE = {
    "fr": (
        "Le volume des importations et exportations du Hunan a atteint 310 milliards de yuans en 2018, "
        "soit une hausse de 28 % par rapport à l'année précédente.",
        "Les exportations se sont élevées à 201,06 milliards de yuans, en hausse de 22,4 %, "
        "tandis que les importations ont reculé de 3,2 %.",
        "Le nombre d'entreprises ayant des activités de commerce extérieur s'élève à 4 630, en hausse de 16,8 %.",
    ),
    "ja": (
        "湖南省の2018年の輸出入総額は3100億元に達し、前年比28%増となった。",
        "輸出は2010億6000万元で前年比22.4%増、輸入は前年比3.2%減少した。",
        "対外貿易実績のある企業は4630社で、16.8%増加した。",
    ),
    "ko": (
        "2018년 후난성의 수출입 총액은 3100억 위안으로 전년 대비 28% 증가했다.",
        "수출은 2010억 6000만 위안으로 22.4% 늘었고, 수입은 3.2% 감소했다.",
        "대외무역 실적이 있는 기업은 4630개로 16.8% 증가했다.",
    ),
}


def figures_with_terms(article: PageArticle) -> list[tuple]:
    """Each figure's value, measure, period and glossary term (else its words)."""
    from app.glossary import load_glossary

    glossary = load_glossary()
    return [
        (f.value, f.measure, f.period, getattr(glossary.match(f.indicator), "term", f.indicator))
        for f in find_figures(article)
    ]


def test_a_french_text_release_is_read_as_french() -> None:
    """No <html lang> to say so: French function words make the text French,
    so its numbers, periods and wordings are read as French writes them."""
    text = (
        "Économie du Hunan : les trois premiers trimestres de 2019\n\n"
        "Le PIB du Hunan a atteint 2 800,05 milliards de yuans au cours des trois premiers trimestres de 2019, "
        "en hausse de 7,6 %.\n"
        "Les ventes au détail de biens de consommation se sont élevées à 1 234,5 milliards de yuans, "
        "soit une progression de 10,2 %.\n"
        "L'indice des prix à la consommation a augmenté de 2,1 % sur un an.\n"
        "Le commerce extérieur a atteint 310 milliards de yuans, dont 201,06 milliards de yuans d'exportations.\n"
    )
    article = read_page(RawPage(text, "text", "release.txt", "utf-8"))
    assert article.language == "fr"
    found = figures_with_terms(article)
    q1_q3 = "2019-01..2019-09"
    assert found == [
        (2_800_050_000_000.0, "level", q1_q3, "gdp"),
        (7.6, "growth", q1_q3, "gdp"),
        (1_234_500_000_000.0, "level", q1_q3, "retail_sales"),
        (10.2, "growth", q1_q3, "retail_sales"),
        (2.1, "growth", q1_q3, "cpi"),
        (310_000_000_000.0, "level", q1_q3, "total_trade"),
        (201_060_000_000.0, "level", q1_q3, "exports"),
    ]


def test_a_korean_text_release_has_its_periods_terms_and_publisher() -> None:
    """Korean writes the first three quarters 1~3분기 and months 1~9월; the
    province before a name and 소비재 for 소비품 still name the glossary's
    terms; the bureau beside the date is the publisher."""
    text = (
        "후난성 2019년 1~3분기 경제 운영 상황\n\n"
        "후난성 통계국 2019년 10월 25일\n\n"
        "2019년 1~3분기 후난성 지역내총생산은 2조 8000억 위안으로 전년 동기 대비 7.6% 증가했다.\n"
        "사회소비재 소매총액은 1조 2345억 위안으로 10.2% 늘었다.\n"
        "1~9월 수출은 2010억 6000만 위안이다.\n"
    )
    article = read_page(RawPage(text, "text", "release.txt", "utf-8"))
    assert (article.language, article.publisher, article.date) == ("ko", "후난성 통계국", dt.date(2019, 10, 25))
    found = figures_with_terms(article)
    q1_q3 = "2019-01..2019-09"
    assert found == [
        (2_800_000_000_000.0, "level", q1_q3, "gdp"),
        (7.6, "growth", q1_q3, "gdp"),
        (1_234_500_000_000.0, "level", q1_q3, "retail_sales"),
        (10.2, "growth", q1_q3, "retail_sales"),
        (201_060_000_000.0, "level", q1_q3, "exports"),
    ]


@pytest.mark.parametrize(
    ("language", "sentence", "name"),
    [
        (
            "ko",
            "창사세관에 따르면 2019년 1~3분기 후난성의 수출입 총액은 3,079억 5천만 위안으로 "
            "전년 동기 대비 38.6% 증가했다.",
            "후난성의 수출입 총액",
        ),
        ("ko", "그중 수출은 2,010억 6천만 위안으로 42.3% 늘었다.", "수출"),
        ("ko", "9월 한 달 수출입은 412억 위안이었다.", "수출입"),
        (
            "ja",
            "長沙税関によると、2019年1～6月の湖南省の輸出入総額は1945億元で、前年同期比48.3%増加した。",
            "湖南省の輸出入総額",
        ),
        ("ja", "このうち輸出は1246億元で52.1%増だった。", "輸出"),
        ("ja", "6月単月の輸出入は356億元だった。", "輸出入"),
    ],
)
def test_a_japanese_or_korean_name_leaves_out_its_source_of_which_and_month(language, sentence, name) -> None:
    """What a figure measures starts after "according to" (에 따르면, によると)
    and without "of which" (그중, このうち), "the month alone" (한 달, 単月)
    or its period, even a month without a year."""
    article = PageArticle("Release", dt.date(2019, 10, 25), "", "", "", language, (sentence,))
    assert {figure.indicator for figure in find_figures(article)} == {name}


@pytest.mark.parametrize("language", sorted(TRANSLATED_ARTICLE))
def test_the_article_in_french_japanese_and_korean_names_each_figure(language: str) -> None:
    """Each figure names what it measures, a growth rate after its level
    continues that level's subject (前年比, 전년 대비, "soit une hausse
    de"), and the enterprises are counted (4630社, 4630개, "le nombre d'")."""
    from app.glossary import load_glossary

    glossary = load_glossary()
    article = PageArticle("T", DATE, "", "", "", language, TRANSLATED_ARTICLE[language])
    found = find_figures(article)
    terms = [match.term if (match := glossary.match(f.indicator)) else f.indicator for f in found]
    assert [(f.value, f.unit, f.measure, f.period, f.growth_of) for f in found] == [
        (310e9, "CNY", "level", "2018", -1),
        (28.0, "percent", "growth", "2018", 0),
        (201.06e9, "CNY", "level", "2018", -1),
        (22.4, "percent", "growth", "2018", 2),
        (-3.2, "percent", "growth", "2018", -1),
        (4630.0, "count", "level", "2018", -1),
        (16.8, "percent", "growth", "2018", 5),
    ]
    # (The glossary's Japanese name is 対外貿易の実績がある企業: の and が aside, the same.)
    assert terms == ["total_trade", "total_trade", "exports", "exports", "imports"] + ["trade_enterprises"] * 2


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # A participle before the noun is not the clause's verb.
        (
            "The registered urban unemployment rate at year end was 4.0 percent.",
            ["registered urban unemployment rate at year end"],
        ),
        # An amount "from" another, or "compared with" it, is of the same thing.
        ("The surplus widened to 1.5 billion dollars from 0.8 billion dollars.", ["surplus", "surplus"]),
        ("Exports were 310 billion yuan, up from 242 billion yuan in 2018.", ["exports", "exports"]),
        ("Imports tumbled 8.4% while exports slowed to 2.1%.", ["imports", "exports"]),
    ],
)
def test_the_indicator_is_the_noun_before_the_verb(text: str, names: list[str]) -> None:
    assert [f.indicator for f in figures_of(text)] == names


@pytest.mark.parametrize(
    ("text", "names", "linked"),
    [
        # A direction alone continues the level before it.
        ("2019年1-10月，贸易顺差1113.8亿元，扩大23.0%。", ["贸易顺差", "贸易顺差"], [-1, 0]),
        # 占…的 N%: a share of what the sentence is about, and its change.
        (
            "2019年1-10月，一般贸易进出口2285.6亿元，占全省外贸总值的64.5%，比去年同期下降1.1个百分点。",
            ["一般贸易进出口"] * 3,
            [-1, -1, 1],
        ),
        # What the year and the province's name leave is not the indicator.
        ("2018年全省完成进出口总额3079.5亿元，增长26.5%。", ["进出口总额", "进出口总额"], [-1, 0]),
        # 比上年末 is a comparison, not a name.
        ("年末全省常住人口6918.38万人，比上年末增加19.18万人。", ["全省常住人口", "全省常住人口"], [-1, 0]),
    ],
)
def test_chinese_clauses_name_their_indicator(text: str, names: list[str], linked: list[int]) -> None:
    found = find_figures(PageArticle("T", DATE, "", "", "", "zh", (text,)))
    assert [f.indicator for f in found] == names
    assert [f.growth_of for f in found] == linked


def test_rises_stay_positive_and_levels_after_to_are_levels() -> None:
    assert one("Exports rose 3.2% over the previous year.").value == 3.2
    assert one("Exports were 3.2% higher than a year earlier.").measure == "growth"
    rate = one("The unemployment rate fell to 3.5%.")
    assert (rate.value, rate.measure) == (3.5, "level")
    points = one("The share of services was down 1.5 percentage points.")
    assert (points.value, points.unit) == (-1.5, "percentage_points")


@pytest.mark.parametrize(
    "word",
    [
        "exceed",
        "exceeded",
        "over",
        "more than",
        "nearly",
        "about",
        "around",
        "approximately",
        "surpassed",
        "topped",
        "less than",
        "above",
        "at least",
        "estimated at",
        "expected to reach",
        "projected to reach",
    ],
)
def test_kind_words_make_an_estimate(word: str) -> None:
    assert one(f"Exports {word} 5 billion yuan.").kind == "estimate"


def test_kind_is_read_near_the_figure_only() -> None:
    found = figures_of(
        "Exports were estimated to exceed 310 billion CNY in 2018, an increase of 28% over the previous year."
    )
    assert [f.kind for f in found] == ["estimate", "reported"]
    assert one("Industrial enterprises above designated size grew by 8.3%.").kind == "reported"
    assert one("Exports reached 5 billion yuan or more.").kind == "estimate"


def test_measures() -> None:
    share = one("Their import and export volume accounted for 48.8% of the provincial total.")
    assert (share.measure, share.indicator) == ("share", "import and export volume")
    assert one("Private enterprises contributed 71.3% of the total.").measure == "share"
    assert one("Hotel occupancy stood at 86.5%.").measure == "level"
    assert one("Output grew 2.5 times.").measure == "growth"


def test_lists_give_one_figure_each_with_its_own_quote() -> None:
    found = figures_of("Exports and imports reached 150 and 80 billion yuan, up 93.7% and 78.2% respectively.")
    assert [(f.quote, f.value, f.indicator, f.growth_of) for f in found] == [
        ("150", 150e9, "exports", -1),
        ("80 billion yuan", 80e9, "imports", -1),
        ("93.7%", 93.7, "exports", 0),
        ("78.2%", 78.2, "imports", 1),
    ]
    points = figures_of("The primary, secondary and tertiary industries grew by 8.3, 1.4 and 0.1 percentage points.")
    assert [(f.quote, f.value, f.unit, f.indicator) for f in points] == [
        ("8.3", 8.3, "percentage_points", "primary industries"),
        ("1.4", 1.4, "percentage_points", "secondary industries"),
        ("0.1 percentage points", 0.1, "percentage_points", "tertiary industries"),
    ]
    places = figures_of("Exports to the US and the EU rose by 12.4% and 18.1% respectively.")
    assert [f.indicator for f in places] == ["exports to the US", "exports to the EU"]


def test_growth_links() -> None:
    before = figures_of("Hunan's import and export volume exceeded 310 billion CNY in 2018, an increase of 28%.")
    assert before[1].growth_of == 0
    after = figures_of("Overseas investment fell 21.4% to 1.1 billion U.S. dollars.")
    assert (after[0].growth_of, after[0].value, after[1].indicator) == (1, -21.4, "overseas investment")
    apart = figures_of("Exports reached 5 billion yuan, while imports grew by 20%.")
    assert (apart[1].growth_of, apart[1].indicator) == (-1, "imports")
    across = figures_of("Exports reached 5 billion yuan.", "They grew by 20%.")
    assert across[1].growth_of == -1  # only within one sentence


def test_periods_in_context() -> None:
    found = figures_of(
        "In 2018, exports reached 5 billion yuan. Imports grew by 3%.",
        "Between January and July this year, trade totaled 9 billion yuan.",
        "Tourism revenue was 2 billion yuan during the May Day holiday.",
        date=dt.date(2019, 8, 20),
    )
    assert [f.period for f in found] == ["2018", "2018", "2019-01..2019-07", "2019-05-01..2019-05-04"]
    assert figures_of("Exports reached 5 billion yuan.", date=None)[0].period == ""


@pytest.mark.parametrize(
    "text",
    [
        "The meeting was held on January 14, 2019 and on 16 Jan 2019.",
        "It was published on 2019-01-16 at 10:22.",
        "湖南省2019年1月16日发布。2019年全省经济平稳。",
        "Hunan ranked 3rd, and Changsha was No. 1 among the top 10 cities.",
        "1. Trade. (2) Investment.",
        "In the first seven months, in the first 7 months and in five years of the 13th Five-Year Plan.",
        "The plan runs for 5 years and 6 months; the holiday lasts 7 days.",
        "Group 20 members, G20 leaders and workers aged 20 met in Room 1201.",
        "Call 0731-8221 2345 or +86 731 8221 2345, Tel: 0731-82212345.",
        "Visit www.hunan.gov.cn/2019/10000.html or http://example.com/5-billion-yuan or write to a1@b.cn.",
        "COVID-19 hit in 2020; a 7-day holiday followed in 2021.",
        "Fortune Global 500 companies came to Changsha.",
        "The road is 500 kilometres long.",
    ],
)
def test_not_figures(text: str) -> None:
    assert figures_of(text) == []


def test_a_page_takes_a_few_milliseconds() -> None:
    article = read_page(read_source(str(PAGES / "release-industry.txt")))
    find_figures(article)
    times = []
    for _ in range(15):
        began = time.perf_counter()
        find_figures(article)
        times.append(time.perf_counter() - began)
    assert statistics.median(times) < 0.05  # 24 figures in nine paragraphs: a few ms on a laptop


def test_an_amount_that_looks_like_a_year_is_not_a_period() -> None:
    text = (
        "2018年，全省进出口总值3079.5亿元，比上年增长26.5%。其中，出口2026亿元，增长27.4%；进口1053.5亿元，增长25.0%。"
    )
    found = find_figures(PageArticle("标题", DATE, "", "", "", "zh", (text,)))
    assert [(f.quote, f.period) for f in found] == [
        ("3079.5亿元", "2018"),
        ("26.5%", "2018"),
        ("2026亿元", "2018"),
        ("27.4%", "2018"),
        ("1053.5亿元", "2018"),
        ("25.0%", "2018"),
    ]
    assert one("Exports topped 1990 million yuan in 2018.").period == "2018"


def test_full_width_digits_are_read_and_quoted_as_written() -> None:
    text = "2018年，全省进出口总值３１００亿元，增长２６．５％。"
    found = find_figures(PageArticle("标题", DATE, "", "", "", "zh", (text,)))
    assert [(f.quote, f.value, f.unit) for f in found] == [
        ("３１００亿元", 310e9, "CNY"),
        ("２６．５％", 26.5, "percent"),
    ]
    assert all(text[f.start : f.end] == f.quote for f in found)


def test_a_minus_after_a_chinese_word_is_a_sign() -> None:
    text = "2018年，对东盟进出口增长-5.3%，对美国进出口增长-12.1%。"
    found = find_figures(PageArticle("标题", DATE, "", "", "", "zh", (text,)))
    assert [(f.quote, f.value) for f in found] == [("-5.3%", -5.3), ("-12.1%", -12.1)]
    assert [f.measure for f in found] == ["growth", "growth"]
    assert one("Vaccines against COVID-19 rose 5% in 2018.").value == 5.0


def figures_in(language: str, text: str) -> list[tuple[str, float, str, str]]:
    found = find_figures(PageArticle("T", DATE, "", "", "", language, (text,)))
    return [(f.quote, f.value, f.unit, f.measure) for f in found]


def test_french_numbers_have_a_decimal_comma_and_spaces_between_thousands() -> None:
    assert figures_in(
        "fr",
        "En 2018, le commerce extérieur du Hunan a dépassé 310 milliards de yuans, en hausse de 28 %; "
        "le taux a été relevé de 0,125 % et les exportations, 232,8 milliards de yuans, ont reculé de 4,5 %.",
    ) == [
        ("310 milliards de yuans", 310e9, "CNY", "level"),
        ("28 %", 28.0, "percent", "growth"),
        ("0,125 %", 0.125, "percent", "level"),
        ("232,8 milliards de yuans", 232.8e9, "CNY", "level"),
        ("4,5 %", -4.5, "percent", "growth"),
    ]
    assert figures_in("fr", "Le 16 janvier 2019, 4\u00a0630 entreprises ont exporté 1 234,5 millions de dollars.") == [
        ("4\u00a0630", 4630.0, "count", "level"),
        ("1 234,5 millions de dollars", 1234.5e6, "USD", "level"),
    ]
    # In English the comma still separates thousands.
    assert figures_in("en", "In 2018, 1,500 firms exported goods.") == [("1,500", 1500.0, "count", "level")]


@pytest.mark.parametrize(
    ("language", "text", "quote", "value", "unit"),
    [
        ("ja", "2018年の輸出は3,100億元で、前年比28%増となった。", "3,100億元", 310e9, "CNY"),
        ("ja", "2018年の黒字は45億ドルだった。", "45億ドル", 4.5e9, "USD"),
        ("ko", "2018년 수출은 3,100억 위안으로 28% 증가했다.", "3,100억 위안", 310e9, "CNY"),
        ("ko", "2018년 흑자는 45억 달러였다.", "45억 달러", 4.5e9, "USD"),
        # Written in two or more scales, each smaller than the one before.
        ("ja", "2018年の輸出は2010億6000万元だった。", "2010億6000万元", 201.06e9, "CNY"),
        ("zh", "2018年出口2010亿6000万元，增长28%。", "2010亿6000万元", 201.06e9, "CNY"),
        ("ko", "2018년 수출은 1조 2000억 위안이었다.", "1조 2000억 위안", 1.2e12, "CNY"),
        ("ko", "2018년 흑자는 3억 5천만 달러였다.", "3억 5천만 달러", 3.5e8, "USD"),
        ("zh", "2018年进口减少-1亿2000万元。", "-1亿2000万元", -1.2e8, "CNY"),
    ],
)
def test_japanese_and_korean_amounts(language: str, text: str, quote: str, value: float, unit: str) -> None:
    first = figures_in(language, text)[0]
    assert first[:3] == (quote, value, unit)
