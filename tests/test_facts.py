"""Chart specifications: categories, values, kinds and sources of each chart."""

from __future__ import annotations

import pytest

from app.facts import build_chart_specs, facts_frame, official_frame


@pytest.fixture(scope="module")
def specs(bundle):
    return {s.id: s for s in build_chart_specs(bundle, facts_frame(bundle), official_frame(bundle), "en")}


def values(spec):
    return [None if b.value is None else round(b.value, 2) for b in spec.bars]


def test_five_charts_in_order(specs):
    assert list(specs) == ["trade_volume", "growth_2018", "enterprises", "product_structure", "official_context"]


def test_trade_volume(specs):
    spec = specs["trade_volume"]
    assert spec.categories == ("2017", "2018")
    assert values(spec) == [242.19, 310.0]
    assert [b.kind for b in spec.bars] == ["derived", "estimate"]
    assert [b.label for b in spec.bars] == ["242.2B", "310B"]
    assert spec.unit_label == "Yuan (CNY)"
    assert spec.bars[0].tooltip.splitlines()[:2] == ["2017: 242.19B CNY", "Derived from stated growth: 310 / 1.28"]


def test_growth(specs):
    spec = specs["growth_2018"]
    assert spec.categories == ("Total trade", "Belt and Road trade", "Enterprises")
    assert values(spec) == [28.0, 39.0, 16.8]
    assert [b.label for b in spec.bars] == ["28%", "39%", "16.8%"]


def test_enterprises(specs):
    spec = specs["enterprises"]
    assert spec.categories == ("2017", "2018")
    assert values(spec) == [3964.04, 4630.0]
    assert [b.label for b in spec.bars] == ["3,964", "4,630"]
    assert [b.kind for b in spec.bars] == ["derived", "reported"]


def test_product_structure(specs):
    spec = specs["product_structure"]
    assert spec.categories == ("Electromechanical and high-tech", "Other products")
    assert values(spec) == [48.8, 51.2]
    assert [b.kind for b in spec.bars] == ["reported", "derived"]


def test_official_context_has_gaps_and_the_estimate_beside_the_final_figure(specs):
    spec = specs["official_context"]
    assert spec.categories == tuple(str(y) for y in range(2014, 2022))
    by_year = {}
    for bar in spec.bars:
        by_year.setdefault(round(bar.x), []).append(bar)
    assert [b.kind for b in by_year[1]] == ["missing"] and by_year[1][0].value is None  # 2015
    assert [b.kind for b in by_year[2]] == ["missing"]  # 2016: never interpolated
    assert [(b.kind, b.value) for b in by_year[4]] == [("final", 307.95), ("estimate", 310.0)]
    assert by_year[4][0].x < 4 < by_year[4][1].x
    assert values(spec)[0] == 190.69 and values(spec)[-1] == 598.85
    assert any("China Daily" in s for s in spec.sources)


def test_every_chart_names_its_source(specs):
    for spec in specs.values():
        assert spec.source_line.startswith(("Source: Hunan Provincial Department of Commerce, January 16, 2019",
                                            "Sources: official releases 2014–2021"))
