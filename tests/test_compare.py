"""One indicator across the library: three releases written for the tests,
imported, their overlapping indicators (in different wordings) matched
through the glossary and charted by period, kinds told apart."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.i18n import LANGUAGES
from app.importing.pipeline import read_article, save_article
from app.library import Library

RELEASES = Path(__file__).resolve().parent / "releases"
NAMES = {"en": "Total imports and exports", "zh": "进出口总额", "ko": "수출입 총액", "ja": "輸出入総額"}
THIN = "\u2009"  # CLDR's interval separator is a thin space, en dash, thin space
PERIODS = {
    "en": ("2017", "2018", "2019", f"Jan{THIN}–{THIN}Oct 2018", f"Jan{THIN}–{THIN}Oct 2019"),
    "zh": ("2017", "2018", "2019", f"2018年1月{THIN}–{THIN}10月", f"2019年1月{THIN}–{THIN}10月"),
}


@pytest.fixture(scope="module")
def library(tmp_path_factory) -> Library:
    folder = tmp_path_factory.mktemp("library")
    empty = tmp_path_factory.mktemp("built-in")
    for release in sorted(RELEASES.glob("*.txt")):
        save_article(read_article(str(release)), folder)
    return Library(folder, built_in_folder=empty)


@pytest.fixture(scope="module")
def table(library):
    from app.compare import library_table

    return library_table(library)


def test_three_releases_in_three_wordings_report_one_indicator(table):
    from app.compare import indicator_choices

    frame, names = table
    choices = {c.id: c for c in indicator_choices(frame, names)}
    assert (
        choices["total_trade"].releases == 3
    )  # "import and export volume", "total foreign trade", "total import and export value"
    assert choices["exports"].releases == 2


@pytest.mark.parametrize("language", list(LANGUAGES))
def test_compare_chart_has_the_right_points_periods_and_kinds(qapp, table, language):
    from app.compare import compare_spec

    frame, names = table
    spec = compare_spec(frame, names, "total_trade", language)
    if language in PERIODS:
        assert spec.categories == PERIODS[language]  # years, then the year-to-date periods apart
    if language in NAMES:
        assert spec.title == NAMES[language]
    by_period: dict[int, list] = {}
    for point in spec.points:
        by_period.setdefault(round(point.x), []).append(point)
    # 2018: the first release's estimate and the later release's figure, both
    # shown, and the value derived from 2019's growth
    assert sorted((p.kind, round(p.value / 1e9, 2)) for p in by_period[1]) == [
        ("derived", 307.51),
        ("estimate", 310.0),
        ("reported", 307.95),
    ]
    assert [(p.kind, p.value) for p in by_period[2]] == [("reported", 434.2e9)]
    assert [(p.kind, p.value) for p in by_period[4]] == [("reported", 350e9)]
    assert all(p.series != "main" for x in (3, 4) for p in by_period[x])  # a partial year is never on the yearly line
    assert "Foreign Trade of the Province Hits a Record in 2018" in next(
        p.tooltip for p in by_period[1] if p.kind == "estimate"
    )
    assert all(p.fact_id.count("#") == 1 for p in spec.points if p.value is not None)


def test_clicking_a_point_opens_that_release_at_that_figure(qtbot, model, library):
    from ui.compare_view import CompareDialog

    model.library = library
    dialog = CompareDialog(model)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.spec is not None, timeout=30000)
    dialog.choose("total_trade", mark="bar")
    assert dialog.spec.mark == "bar"
    estimate = next(p for p in dialog.spec.points if p.kind == "estimate")
    dialog.card.factClicked.emit(estimate.fact_id)
    assert model.bundle.title["en"] == "Foreign Trade of the Province Hits a Record in 2018"
    assert model.selected_fact == estimate.fact_id.partition("#")[2]
    model.set_language("ko")
    assert dialog.card.title.full_text == "수출입 총액"
    model.set_language("en")


def test_compare_exports_headless(tmp_path, library):
    import os
    import subprocess
    import sys

    root = Path(__file__).resolve().parent.parent
    result = subprocess.run(
        [
            sys.executable,
            "main.py",
            "--export-charts",
            str(tmp_path / "out"),
            "--compare",
            "total_trade",
            "--library",
            str(library.user_folder),
            "--format",
            "svg",
            "--lang",
            "ja",
        ],
        cwd=root,
        capture_output=True,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    svg = (tmp_path / "out" / "compare-total_trade.svg").read_text(encoding="utf-8")
    assert "輸出入総額" in svg
    bad = subprocess.run(
        [
            sys.executable,
            "main.py",
            "--export-charts",
            str(tmp_path / "out2"),
            "--compare",
            "gdp",
            "--library",
            str(library.user_folder),
        ],
        cwd=root,
        capture_output=True,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        timeout=120,
    )
    assert bad.returncode == 2 and "no release in the library reports 'gdp'" in bad.stderr


@pytest.mark.parametrize("language", list(LANGUAGES))
def test_a_point_names_its_release_in_the_display_language(qapp, tmp_path, language):
    """The tooltip's release is the article's title in the display language
    (the built-in article has all five), not its English one."""
    from app.bundle import DEFAULT_BUNDLE, load_bundle
    from app.compare import compare_spec, library_table

    frame, names = library_table(Library(tmp_path, built_in_folder=DEFAULT_BUNDLE.parent))
    title = load_bundle(DEFAULT_BUNDLE).title[language]
    spec = compare_spec(frame, names, "total_trade", language)
    tooltips = [point.tooltip for point in spec.points if point.value is not None]
    assert tooltips and all(title in tooltip for tooltip in tooltips)
