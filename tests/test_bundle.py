"""The article bundle: every fact, every link, and clear errors for bad bundles."""

from __future__ import annotations

import re
import shutil

import pytest

from app.bundle import DEFAULT_BUNDLE, FACT_LINK, BundleError, evaluate_derivation, load_bundle
from app.i18n import LANGUAGES

EXPECTED_FACTS = {
    "trade_total_2018": (310e9, "CNY", "2018", "estimate"),
    "trade_growth_2018": (28, "percent", "2018", "estimate"),  # the growth of that same estimate
    "bri_trade_growth_2018": (39, "percent", "2018", "reported"),
    "enterprises_2018": (4630, "count", "2018", "reported"),
    "enterprises_growth_2018": (16.8, "percent", "2018", "reported"),
    "hitech_share_2018": (48.8, "percent", "2018", "reported"),
    "trade_total_2017": (310e9 / 1.28, "CNY", "2017", "derived"),
    "enterprises_2017": (4630 / 1.168, "count", "2017", "derived"),
    "other_share_2018": (51.2, "percent", "2018", "derived"),
}


def test_every_fact_is_loaded_with_value_unit_period_and_kind(bundle):
    facts = {f.id: f for f in bundle.facts}
    assert set(facts) == set(EXPECTED_FACTS)
    for fact_id, (value, unit, period, kind) in EXPECTED_FACTS.items():
        fact = facts[fact_id]
        assert fact.value == pytest.approx(value, rel=1e-6)
        assert (fact.unit, fact.period, fact.kind) == (unit, period, kind)
        assert fact.source


def test_derived_facts_say_how_they_were_computed(bundle):
    derived = [f for f in bundle.facts if f.kind == "derived"]
    assert {f.derivation for f in derived} == {"310000000000 / 1.28", "4630 / 1.168", "100 - 48.8"}
    for fact in derived:
        assert evaluate_derivation(fact.derivation) == pytest.approx(fact.value, rel=1e-6)


def test_metadata(bundle):
    assert bundle.id == "hunan-2018-foreign-trade"
    assert str(bundle.announced) == "2019-01-14"
    assert str(bundle.published) == "2019-01-16"
    assert bundle.original_language == "en"
    assert bundle.translator == "Yu Jiangjiang"
    assert bundle.publisher["en"].startswith("Hunan Provincial Department of Commerce")
    assert bundle.source_url.endswith("t20190116_5261160.html")


def test_every_link_in_every_text_resolves_to_a_fact(bundle):
    fact_ids = {f.id for f in bundle.facts}
    english_links = sorted(FACT_LINK.findall(bundle.texts["en"]))
    assert len(english_links) == 6
    for language, text in bundle.texts.items():
        links = sorted(FACT_LINK.findall(text))
        assert set(links) <= fact_ids
        assert links == english_links, language


def test_english_text_is_the_published_body(bundle):
    source = DEFAULT_BUNDLE.parents[3] / "shared" / "source" / "hunan-2018-foreign-trade.txt"
    plain = re.sub(r"\[([^\]]*)\]\(fact:[^)]*\)", r"\1", bundle.texts["en"])
    paragraphs = [p for p in plain.split("\n\n") if p.strip()]
    assert len(paragraphs) == 6
    if source.exists():  # the published page, kept beside the project
        page = source.read_text(encoding="utf-8")
        for paragraph in paragraphs:
            assert paragraph.strip() in page


def test_official_rows_keep_their_sources(bundle):
    rows = bundle.tables["official"].rows
    assert len(rows) == 20
    assert all(row.source and row.url for row in rows)
    final_2018 = [r for r in rows if r.period == "2018"]
    assert final_2018[0].value == 307.95e9 and final_2018[0].status == "final" and final_2018[0].unit == "CNY"


def test_every_fact_names_its_indicator_and_every_indicator_has_an_english_name(bundle):
    assert {f.indicator for f in bundle.facts} <= set(bundle.indicators)
    assert all(i.name["en"] for i in bundle.indicators.values())
    assert bundle.indicators["trade_enterprises"].counted["en"] == "enterprises"
    assert bundle.indicator_label("belt_and_road_trade", "de") == "Belt and Road trade"  # English as fallback


@pytest.fixture()
def broken(tmp_path):
    copy = tmp_path / "bundle"
    shutil.copytree(DEFAULT_BUNDLE, copy)
    return copy


def test_missing_folder_is_a_clear_error(tmp_path):
    with pytest.raises(BundleError) as caught:
        load_bundle(tmp_path / "nowhere")
    assert str(caught.value) == f"no article bundle folder here ({tmp_path / 'nowhere'})"


@pytest.mark.parametrize(
    ("file", "change", "message"),
    [
        ("article.toml", lambda t: t + "\n[broken", "article.toml is not valid TOML"),
        ("article.toml", lambda t: t.replace('original_language = "en"', ""), "'original_language' is missing"),
        ("text/en.md", lambda t: t.replace("fact:trade_total_2018", "fact:nope"), "link to unknown fact 'nope'"),
        (
            "facts.csv",
            lambda t: t.replace("310000000000 / 1.28", "310000000000 / 1.3"),
            "derived fact 'trade_total_2017' is 2.42188e+11",
        ),
        ("facts.csv", lambda t: t.replace(",estimate,", ",guess,", 1), "unknown kind 'guess'"),
        ("facts.csv", lambda t: t.replace("4630,count", "many,count"), "value 'many' is not a number"),
        ("facts.csv", lambda t: t.replace("4630,count", "inf,count"), "value 'inf' is not a finite number"),
        ("facts.csv", lambda t: t.replace("4630,count", "nan,count"), "value 'nan' is not a finite number"),
        (
            "facts.csv",
            lambda t: t.replace("4630,count", "1e308,count"),
            "value '1e308' is not a finite number in range",
        ),
        ("facts.csv", lambda t: t.replace("4630,count", "4630,people"), "unknown unit 'people'"),
        (
            "facts.csv",
            lambda t: t.replace(",trade_enterprises,level,4630", ",firms,level,4630"),
            "unknown indicator 'firms'",
        ),
        ("facts.csv", lambda t: t.replace(",level,4630", ",size,4630"), "unknown measure 'size'"),
        ("facts.csv", lambda t: t.replace("count,2018,reported", "count,last year,reported"), "period 'last year'"),
        ("facts.csv", lambda t: t.replace("id,indicator,", "id,indicatr,"), "missing column(s) indicator"),
        ("data/official.csv", lambda t: t.replace(",final,", ",rumour,"), "unknown status 'rumour'"),
        (
            "data/official.csv",
            lambda t: t.replace("2014,total_trade,190690000000", "2014,total_trade,-inf"),
            "value '-inf' is not a finite number",
        ),
        (
            "article.toml",
            lambda t: t.replace(
                'facts = ["enterprises_2017", "enterprises_2018"]', 'facts = ["enterprises_2017", "firms"]'
            ),
            "chart 'enterprises' shows unknown fact(s) firms",
        ),
        (
            "article.toml",
            lambda t: t.replace(
                'facts = ["enterprises_2017", "enterprises_2018"]', 'facts = ["enterprises_2017", "trade_total_2018"]'
            ),
            "chart 'enterprises' mixes units on one axis: CNY, count",
        ),
        (
            "article.toml",
            lambda t: t.replace('indicator = "total_trade" }', 'indicator = "gdp" }'),
            "chart 'official_context': table 'official' has no values for indicator 'gdp'",
        ),
        (
            "article.toml",
            lambda t: t.replace('table = "official"', 'table = "customs"'),
            "chart 'official_context' draws a series from unknown table 'customs'",
        ),
        (
            "article.toml",
            lambda t: t.replace('"trade_volume"\nmark = "bar"', '"trade_volume"\nmark = "pie"'),
            "unknown chart 'trade_volume' mark 'pie'",
        ),
        (
            "article.toml",
            lambda t: t.replace('file = "data/official.csv"', 'file = "../../../etc/passwd"'),
            "../../../etc/passwd points outside the bundle folder",
        ),
        ("article.toml", lambda t: "a = " + "[" * 5000 + "]" * 5000, "article.toml is nested too deeply"),
        (
            "article.toml",
            lambda t: t.replace(
                'name = { en = "Exports", zh = "出口", fr = "Exportations", ko = "수출", ja = "輸出" }', "name = {}"
            ),
            "indicator 'exports' name needs a text in at least one language",
        ),
    ],
)
def test_broken_bundles_say_what_and_where(broken, file, change, message):
    path = broken / file
    path.write_text(change(path.read_text(encoding="utf-8")), encoding="utf-8")
    with pytest.raises(BundleError) as caught:
        load_bundle(broken)
    assert message in str(caught.value)
    where = caught.value.where
    assert str(path.parent) in where and (path.name in where or "article.toml" in where)


def test_a_text_that_links_outside_the_bundle_is_refused(broken, tmp_path):
    secret = tmp_path / "secret.md"
    secret.write_text("secret", encoding="utf-8")
    (broken / "text" / "fr.md").unlink()
    (broken / "text" / "fr.md").symlink_to(secret)
    with pytest.raises(BundleError) as caught:
        load_bundle(broken)
    assert "text/fr.md points outside the bundle folder" in str(caught.value)


def test_an_oversized_table_is_refused_before_it_is_read(broken):
    with (broken / "facts.csv").open("ab") as stream:
        stream.truncate(9 << 20)
    with pytest.raises(BundleError) as caught:
        load_bundle(broken)
    assert "facts.csv is larger than 8 MB" in str(caught.value)


def test_a_name_in_one_language_other_than_english_is_shown_in_every_language(broken):
    """An imported release names what the glossary does not know in its own
    language only: every display language shows that name."""
    path = broken / "article.toml"
    english = 'name = { en = "Exports", zh = "出口", fr = "Exportations", ko = "수출", ja = "輸出" }'
    path.write_text(path.read_text(encoding="utf-8").replace(english, 'name = { zh = "出口" }'), encoding="utf-8")
    bundle = load_bundle(broken)
    assert dict(bundle.indicators["exports"].name) == {"zh": "出口"}
    assert [bundle.indicator_label("exports", language, short=False) for language in LANGUAGES] == ["出口"] * 5
