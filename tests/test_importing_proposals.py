"""The proposal for an imported article: unique ids for facts and charts,
derived values the bundle's check accepts, whatever the page holds."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from app.bundle import load_bundle
from app.importing.errors import ImportFailed
from app.importing.figures import find_figures
from app.importing.page import PageArticle
from app.importing.pipeline import ReadArticle, read_article, save_article
from app.importing.proposals import IdPool, propose

PAGES = Path(__file__).resolve().parent / "pages"


def test_an_id_pool_numbers_what_is_taken():
    pool = IdPool()
    assert [pool.take("x") for _ in range(3)] == ["x", "x_2", "x_3"]
    assert pool.take("x_4") == "x_4"
    assert pool.take("x") == "x_5"
    assert pool.take("y") == "y"


def test_a_monthly_release_with_two_periods_of_one_indicator_imports(tmp_path):
    """Chinese monthly releases give 1–N月 and N月 of the same indicator:
    each level beside its derived previous value is a chart of its own."""
    read = read_article(str(PAGES / "chinese-gb18030.html"))
    folder, proposal = save_article(read, tmp_path)
    chart_ids = [chart.id for chart in proposal.charts]
    assert len(chart_ids) == len(set(chart_ids))
    assert sum(chart_id.startswith("total_trade_two_periods") for chart_id in chart_ids) >= 2
    bundle = load_bundle(folder)
    assert [chart.id for chart in bundle.charts] == chart_ids


def test_a_small_level_derived_from_its_growth_passes_the_bundle_check(tmp_path):
    text = "In 2018 the average retail price of eggs in Hunan was 4.35 yuan, up 7.0 percent over the previous year."
    article = PageArticle("Prices", dt.date(2019, 1, 20), "", "", "", "en", (text,))
    read = ReadArticle(article, find_figures(article))
    folder, proposal = save_article(read, tmp_path)
    derived = next(fact for fact in load_bundle(folder).facts if fact.kind == "derived")
    assert derived.period == "2017"
    assert abs(derived.value - 4.35 / 1.07) <= 1e-3 * derived.value
    assert len(proposal.facts) == 3


def test_a_release_names_things_in_its_own_language(tmp_path):
    """A French release's title, publisher and the words of a figure the
    glossary does not know are French in its bundle, not English; shown in
    every display language (the glossary's terms in all five)."""
    from app.bundle import localized
    from app.library import read_entry

    text = (
        "En 2018, la production de soie grège du Hunan a atteint 1 250 tonnes, en hausse de 3,2 %. "
        "Les exportations se sont élevées à 201,06 milliards de yuans."
    )
    title, publisher = "La soie du Hunan en 2018", "Bureau provincial des statistiques"
    article = PageArticle(title, dt.date(2019, 1, 20), publisher, "", "", "fr", (text,))
    folder, proposal = save_article(ReadArticle(article, find_figures(article)), tmp_path)
    bundle = load_bundle(folder)
    assert bundle.original_language == "fr"
    assert dict(bundle.title) == {"fr": title} and dict(bundle.publisher) == {"fr": publisher}
    silk = next(indicator for indicator in bundle.indicators.values() if "soie" in indicator.name.get("fr", ""))
    assert set(silk.name) == {"fr"}
    exports = bundle.indicators["exports"]
    assert set(exports.name) == {"en", "zh", "fr", "ko", "ja"}
    for language in ("en", "zh", "fr", "ko", "ja"):
        assert localized(bundle.title, language) == title
        assert silk.label(language) == silk.name["fr"]
    assert read_entry(folder).title_in("ja") == title


def test_a_release_id_keeps_title_words_and_drops_a_cjk_title_s_digits():
    from app.importing.writer import bundle_id

    def article(title: str) -> PageArticle:
        return PageArticle(title, dt.date(2019, 7, 25), "", "", "https://example.org/a", "ja", ("x",))

    assert re.fullmatch(r"2019-07-25-[0-9a-f]{6}", bundle_id(article("湖南省の1～6月の対外貿易、前年同期比48.3%増")))
    assert re.fullmatch(
        r"2019-07-25-hunan-s-trade-in-h1-2019-[0-9a-f]{6}", bundle_id(article("Hunan's trade in H1 2019"))
    )


def test_many_repeated_figures_get_distinct_ids():
    text = " ".join(f"Exports were {n} billion yuan in 2018." for n in range(100, 400))
    article = PageArticle("Many", dt.date(2019, 1, 20), "", "", "", "en", (text,))
    proposal = propose(find_figures(article), "Test")
    ids = [fact.id for fact in proposal.facts]
    assert len(ids) == 300 and len(set(ids)) == 300


def test_a_control_character_in_the_title_is_written_as_valid_toml(tmp_path):
    text = "In 2018 exports were 202.6 billion yuan, up 27.4 percent."
    article = PageArticle("Exports\x7f 2018", dt.date(2019, 1, 20), "", "", "", "en", (text,))
    folder, _proposal = save_article(ReadArticle(article, find_figures(article)), tmp_path)
    assert load_bundle(folder).title["en"] == "Exports\x7f 2018"


def test_a_file_in_place_of_the_library_is_named_as_such(tmp_path):
    text = "In 2018 exports were 202.6 billion yuan, up 27.4 percent."
    article = PageArticle("Exports", dt.date(2019, 1, 20), "", "", "", "en", (text,))
    (tmp_path / "library").write_text("not a folder")
    with pytest.raises(ImportFailed) as error:
        save_article(ReadArticle(article, find_figures(article)), tmp_path / "library")
    assert error.value.what == "cannot write into the library: it is a file, not a folder"


def test_no_level_a_year_earlier_is_derived_from_a_change_since_last_month():
    text = (
        "In December 2018, Hunan's exports were 30.1 billion yuan, up 30% from November. "
        "Imports were 12.4 billion yuan, down 5.2% month on month. "
        "In 2018, total trade was 310 billion yuan, up 28% over the previous year."
    )
    article = PageArticle("Trade", dt.date(2019, 1, 20), "", "", "", "en", (text,))
    figures = find_figures(article)
    assert [(f.quote, f.measure) for f in figures] == [
        ("30.1 billion yuan", "level"),
        ("30%", "growth"),
        ("12.4 billion yuan", "level"),
        ("5.2%", "growth"),
        ("310 billion yuan", "level"),
        ("28%", "growth"),
    ]
    assert [f.growth_of for f in figures] == [-1, -1, -1, -1, -1, 4]
    derived = [fact for fact in propose(figures, "Test").facts if fact.kind == "derived"]
    assert [(fact.period, round(fact.value / 1e9, 2)) for fact in derived] == [("2017", 242.19)]


def test_a_string_of_digits_no_statistic_could_be_is_no_figure(tmp_path):
    text = (
        "In 2018 exports were 202.6 billion yuan, up 27.4 percent. "
        "The code 99999999999999999999 billion yuan is printed on every form."
    )
    article = PageArticle("Exports", dt.date(2019, 1, 20), "", "", "", "en", (text,))
    figures = find_figures(article)
    assert [f.quote for f in figures] == ["202.6 billion yuan", "27.4 percent"]
    folder, _proposal = save_article(ReadArticle(article, figures), tmp_path)
    assert len(load_bundle(folder).facts) == 3


def test_two_indicators_known_only_by_their_chinese_words_stay_two(tmp_path):
    """Their slug is empty: each id carries a digest of its words, so the
    tea is not charted as the silk cocoons."""
    text = "2018年，全省蚕茧产量达到5万吨，增长20%。全省茶叶产量达到3万吨，增长10%。"
    article = PageArticle("T", dt.date(2019, 1, 16), "", "", "", "zh", (text,))
    figures = find_figures(article)
    proposal = propose(figures, "Source")
    names = {indicator: entry["name"]["en"] for indicator, entry in proposal.indicators.items()}
    assert sorted(names.values()) == ["全省茶叶产量", "全省蚕茧产量"]
    by_name = {name: indicator for indicator, name in names.items()}
    levels = {f.value: f.indicator for f in proposal.facts if f.measure == "level" and f.kind != "derived"}
    assert levels == {50000.0: by_name["全省蚕茧产量"], 30000.0: by_name["全省茶叶产量"]}
    assert all(indicator.isascii() and indicator.isidentifier() for indicator in names)
    read = ReadArticle(article, figures)
    folder, _ = save_article(read, tmp_path)
    assert len(load_bundle(folder).indicators) == 2
