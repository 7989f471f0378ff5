"""The article bundle: every fact, every link, and clear errors for bad bundles."""

from __future__ import annotations

import re
import shutil

import pytest

from app.bundle import DEFAULT_BUNDLE, FACT_LINK, BundleError, evaluate_derivation, load_bundle

EXPECTED_FACTS = {
    "trade_total_2018": (310, "bn_cny", "2018", "estimate"),
    "trade_growth_2018": (28, "percent", "2018", "reported"),
    "bri_trade_growth_2018": (39, "percent", "2018", "reported"),
    "enterprises_2018": (4630, "enterprises", "2018", "reported"),
    "enterprises_growth_2018": (16.8, "percent", "2018", "reported"),
    "hitech_share_2018": (48.8, "percent", "2018", "reported"),
    "trade_total_2017": (310 / 1.28, "bn_cny", "2017", "derived"),
    "enterprises_2017": (4630 / 1.168, "enterprises", "2017", "derived"),
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
    assert {f.derivation for f in derived} == {"310 / 1.28", "4630 / 1.168", "100 - 48.8"}
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
    assert len(bundle.official) == 20
    assert all(row.source and row.url for row in bundle.official)
    final_2018 = [r for r in bundle.official if r.year == 2018]
    assert final_2018[0].value == 307.95 and final_2018[0].status == "final"


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
        ("facts.csv", lambda t: t.replace("310 / 1.28", "310 / 1.3"), "derived fact 'trade_total_2017' is 242.1875"),
        ("facts.csv", lambda t: t.replace(",estimate,", ",guess,"), "unknown kind 'guess'"),
        ("facts.csv", lambda t: t.replace("4630,enterprises", "many,enterprises"), "value 'many' is not a number"),
        ("data/official.csv", lambda t: t.replace(",final,", ",rumour,"), "unknown status 'rumour'"),
    ],
)
def test_broken_bundles_say_what_and_where(broken, file, change, message):
    path = broken / file
    path.write_text(change(path.read_text(encoding="utf-8")), encoding="utf-8")
    with pytest.raises(BundleError) as caught:
        load_bundle(broken)
    assert message in str(caught.value)
    assert str(path) in caught.value.where


def test_missing_text_file_is_reported(broken):
    shutil.rmtree(broken / "text")
    with pytest.raises(BundleError, match="no article text"):
        load_bundle(broken)
