"""Chart specifications from the bundle's records: categories, values,
kinds, labels and sources of each chart, built without pandas."""

from __future__ import annotations

import pytest

from app.charts import build_chart_specs, describe_fact


@pytest.fixture(scope="module")
def specs(bundle):
    return {s.id: s for s in build_chart_specs(bundle, "en")}


def values(spec):
    return [None if p.value is None else round(p.value, 2) for p in spec.points]


def test_five_charts_in_order(specs):
    assert list(specs) == ["trade_volume", "growth_2018", "enterprises", "product_structure", "official_context"]
    assert {s.mark for s in specs.values()} == {"bar"}


def test_trade_volume(specs):
    spec = specs["trade_volume"]
    assert spec.categories == ("2017", "2018")
    assert values(spec) == [242187500000.0, 310e9]
    assert [p.kind for p in spec.points] == ["derived", "estimate"]
    assert [p.label for p in spec.points] == ["≈242B", "310B"]  # one precision: the stated figure's
    assert spec.unit_label == "Yuan (CNY)"
    assert spec.points[0].tooltip.splitlines()[:2] == ["2017: ≈242B CNY", "Derived (computed): 310B / 1.28"]


def test_growth_is_named_by_indicator_and_the_total_is_an_estimate(specs):
    spec = specs["growth_2018"]
    assert spec.categories == ("Total trade", "Belt and Road trade", "Enterprises")
    assert values(spec) == [28.0, 39.0, 16.8]
    assert [p.label for p in spec.points] == ["28.0%", "39.0%", "16.8%"]
    assert [p.kind for p in spec.points] == ["estimate", "reported", "reported"]


def test_counts_are_whole_numbers_and_computed_ones_approximate(specs):
    spec = specs["enterprises"]
    assert spec.categories == ("2017", "2018")
    assert [p.label for p in spec.points] == ["≈3,964", "4,630"]
    assert [p.kind for p in spec.points] == ["derived", "reported"]
    assert spec.points[1].tooltip.splitlines()[0] == "2018: 4,630 enterprises"


def test_product_structure(specs):
    spec = specs["product_structure"]
    assert spec.categories == ("Electromechanical and high-tech", "Other products")
    assert values(spec) == [48.8, 51.2]
    assert [p.kind for p in spec.points] == ["reported", "derived"]


def test_official_context_has_gaps_and_the_estimate_beside_the_final_figure(specs):
    spec = specs["official_context"]
    assert spec.categories == tuple(str(y) for y in range(2014, 2022))
    by_year = {}
    for point in spec.points:
        by_year.setdefault(round(point.x), []).append(point)
    assert [p.kind for p in by_year[1]] == ["missing"] and by_year[1][0].value is None  # 2015
    assert [p.kind for p in by_year[2]] == ["missing"]  # 2016: never interpolated
    assert [(p.kind, p.value) for p in by_year[4]] == [("final", 307.95e9), ("estimate", 310e9)]
    assert by_year[4][0].x < 4 < by_year[4][1].x
    assert [p.label for p in by_year[4]] == ["308.0B", "310.0B"]  # one precision across the chart
    assert [p.label for p in by_year[6]] == ["487.5B"]  # half up, not half even
    assert any("China Daily" in s for s in spec.sources)


@pytest.mark.parametrize("language", ["zh", "ko", "ja"])
def test_cjk_amounts_round_alike(bundle, language):
    spec = {s.id: s for s in build_chart_specs(bundle, language)}["official_context"]
    labels = [p.label for p in spec.points if round(p.x) == 6]
    assert labels[0].startswith("4,874.5")


FOOTER = (
    "Hunan Provincial Department of Commerce, January 14, 2019; "
    "published by the Hunan Provincial Government website, January 16, 2019"
)


def test_every_chart_names_its_source_each_with_its_own_date(specs):
    for spec in specs.values():
        assert spec.source_line in (
            f"Source: {FOOTER}",
            f"Sources: official releases 2014–2021 (hover a bar for each); estimate: {FOOTER}",
        )


@pytest.mark.parametrize(("language", "separator"), [("zh", "，"), ("ja", "、")])
def test_footers_join_with_the_language_s_own_separator(qapp, bundle, language, separator, model):
    model.set_language(language)
    line = build_chart_specs(bundle, language)[0].source_line
    assert f"湖南省商务厅{separator}2019年1月14日" in line or f"湖南省商務庁{separator}2019年1月14日" in line


def test_kinds_per_fact_and_the_legend_of_each_chart(specs):
    assert specs["growth_2018"].kinds == ("reported", "estimate")  # 28% is the growth of the estimate
    assert specs["trade_volume"].kinds == ("estimate", "derived")
    assert specs["official_context"].kinds == ("reported", "final", "estimate", "missing")


def test_caption_names_indicator_value_kind_period_and_source(bundle):
    line = describe_fact(bundle, "enterprises_2018", "en")
    assert line.startswith("Enterprises with foreign trade performance · 4,630 enterprises · Reported · 2018 · Article")


def test_chart_specs_need_no_pandas():
    import subprocess
    import sys

    code = (
        "import sys; from app.bundle import load_bundle, DEFAULT_BUNDLE; from app.charts import build_chart_specs;"
        "build_chart_specs(load_bundle(DEFAULT_BUNDLE), 'zh'); print('pandas' in sys.modules)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        cwd=__import__("pathlib").Path(__file__).parent.parent,
    )
    assert result.stdout.strip() == "False"
