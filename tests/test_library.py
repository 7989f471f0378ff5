"""The library: articles listed from folders, switched live, from the window
and from the command line; a second article with other units and a line chart."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from app.bundle import DEFAULT_BUNDLE, BundleError, load_bundle
from app.i18n import LANGUAGES
from app.library import Library

ROOT = Path(__file__).resolve().parent.parent
SYNTHETIC = ROOT / "tests" / "bundles" / "synthetic-release"


@pytest.fixture()
def user_library(tmp_path):
    folder = tmp_path / "library"
    folder.mkdir()
    shutil.copytree(SYNTHETIC, folder / "synthetic-release")
    return folder


def test_library_lists_built_in_and_user_articles_newest_first(user_library):
    (user_library / "broken").mkdir()
    (user_library / "broken" / "article.toml").write_text("title = [", encoding="utf-8")
    library = Library(user_library)
    entries = library.entries()
    assert [(e.id, e.published.isoformat(), e.figures, e.built_in) for e in entries] == [
        ("synthetic-2024-exports", "2024-02-20", 5, False),
        ("hunan-2018-foreign-trade", "2019-01-16", 9, True),
    ]
    assert len(library.problems) == 1 and "broken" in library.problems[0].where


def test_listing_puts_back_an_article_a_killed_reimport_left_aside(user_library):
    from app.folders import aside_path

    # Killed between renaming the old article aside and the new one in.
    article = user_library / "synthetic-release"
    article.rename(aside_path(article))
    # Killed after the new one was in place, while the old one was deleted.
    kept = user_library / "kept"
    shutil.copytree(SYNTHETIC, kept)
    shutil.copytree(SYNTHETIC, aside_path(kept))
    (aside_path(kept) / "facts.csv").unlink()
    library = Library(user_library)
    assert [e.path.name for e in library.entries() if not e.built_in] == ["kept", "synthetic-release"]
    assert library.problems == []
    assert sorted(p.name for p in user_library.iterdir()) == ["kept", "synthetic-release"]
    assert load_bundle(article).id == "synthetic-2024-exports"


def test_listing_deletes_staging_folders_left_by_killed_imports_once_stale(user_library):
    import time

    from app.folders import STAGING_STALE_AFTER_S, make_staging_folder

    stale, fresh = make_staging_folder(user_library), make_staging_folder(user_library)
    (stale / "article.toml").write_text('id = "half', encoding="utf-8")
    (fresh / "article.toml").write_text('id = "being written', encoding="utf-8")
    then = time.time() - STAGING_STALE_AFTER_S - 60
    os.utime(stale, (then, then))
    (user_library / ".unrelated").mkdir()  # not the importer's: left alone
    library = Library(user_library)
    assert [e.id for e in library.entries() if not e.built_in] == ["synthetic-2024-exports"]
    assert library.problems == []
    # The fresh one may be an import at work in another process.
    assert sorted(p.name for p in user_library.iterdir()) == sorted([".unrelated", fresh.name, "synthetic-release"])


def test_a_folder_that_cannot_be_put_in_place_leaves_the_old_one(tmp_path):
    from app.folders import replace_folder

    target = tmp_path / "article"
    shutil.copytree(SYNTHETIC, target)
    with pytest.raises(OSError):
        replace_folder(tmp_path / "never-written", target)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["article"]
    assert load_bundle(target).id == "synthetic-2024-exports"
    new = tmp_path / "new"
    shutil.copytree(DEFAULT_BUNDLE, new)
    replace_folder(new, target)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["article"]
    assert load_bundle(target).id == "hunan-2018-foreign-trade"


def run_main(*args: str, env_extra: dict | None = None) -> subprocess.CompletedProcess:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env_extra or {})}
    return subprocess.run(
        [sys.executable, "main.py", *args], cwd=ROOT, capture_output=True, text=True, env=env, timeout=120
    )


def test_list_prints_one_tab_separated_line_per_article(user_library):
    result = run_main("--list", "--library", str(user_library))
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines == [
        "synthetic-2024-exports\t2024-02-20\tSynthetic Region Reports Record Exports in 2023\t5",
        "hunan-2018-foreign-trade\t2019-01-16\t“Belt and Road” Initiative Contributes to Hunan’s Rising Foreign "
        "Trade Volume\t9",
    ]


def test_the_first_chart_is_drawn_without_pandas(tmp_path):
    shot = tmp_path / "shot.png"
    result = run_main(
        "--bundle",
        str(SYNTHETIC),
        "--screenshot",
        str(shot),
        "--size",
        "1024x700",
        "--timings",
        env_extra={"XDG_CONFIG_HOME": str(tmp_path)},
    )
    assert result.returncode == 0, result.stderr
    timings = json.loads(result.stdout.splitlines()[-1])
    assert timings["pandas_loaded"] is False
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


@pytest.fixture()
def library_window(qtbot, model, user_library):
    from ui.main_window import MainWindow

    model.library = Library(user_library)
    window = MainWindow(model)
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    qtbot.waitExposed(window)
    with qtbot.waitSignal(window.charts.chartsReady):
        window.charts.load()
    return window


def test_switching_articles_from_the_library_updates_every_view_in_every_language(library_window, model, qtbot):
    window = library_window
    view = window.library_view
    assert view.shown_titles == [
        "Synthetic Region Reports Record Exports in 2023",
        "“Belt and Road” Initiative Contributes to Hunan’s Rising Foreign Trade Volume",
    ]
    for language in LANGUAGES:
        model.set_language(language)
        item = view.list.topLevelItem(0)
        with qtbot.waitSignal(window.charts.chartsReady):
            view.list.itemActivated.emit(item, 0)
        assert model.bundle.id == "synthetic-2024-exports"
        assert list(window.charts.cards) == ["exports_per_year", "exports_two_years", "tourism", "share_change"]
        line = window.charts.cards["exports_per_year"]
        assert line.spec.mark == "line" and len(line.mark.items) == 2  # the line and its points
        text = window.reader.browser.toPlainText()
        expected_title = (
            "合成地区2023年出口创新高" if language == "zh" else "Synthetic Region Reports Record Exports in 2023"
        )
        assert text.startswith(expected_title)
        assert expected_title in window.windowTitle()
        tourism = window.charts.cards["tourism"]
        assert [label.toPlainText() for label in tourism.value_labels] == [
            "60\u202f000\u202f000" if language == "fr" else "60,000,000"
        ]
        with qtbot.waitSignal(window.charts.chartsReady):
            view.open_article(str(DEFAULT_BUNDLE))
        assert list(window.charts.cards)[0] == "trade_volume"
        assert window.reader.browser.toPlainText().startswith(
            load_bundle(DEFAULT_BUNDLE).title[language].replace("\xa0", " ")
        )
    model.set_language("en")


def test_a_line_point_selects_its_fact_and_the_text_follows(library_window, model, qtbot):
    with qtbot.waitSignal(library_window.charts.chartsReady):
        library_window.library_view.open_article(str(SYNTHETIC))
    card = library_window.charts.cards["exports_per_year"]
    qtbot.wait(50)
    view = card.plot.getPlotItem().getViewBox()
    beside = next(p for p in card.spec.points if p.fact_id == "exports_2023")
    assert (
        card.fact_at_scene(view.mapViewToScene(__import__("PySide6.QtCore").QtCore.QPointF(beside.x, beside.value)))
        == "exports_2023"
    )
    model.select_fact("exports_2023")
    assert card.highlighted_facts == ["exports_2023"]
    assert "US$63 billion" in library_window.reader.highlighted_text


def test_a_broken_article_in_the_library_leaves_the_open_one(library_window, model, user_library, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    broken = user_library / "synthetic-release" / "facts.csv"
    broken.write_text(
        broken.read_text(encoding="utf-8").replace("63000000000,USD,2023", "inf,USD,2023"), encoding="utf-8"
    )
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warnings.append(args[2]))
    library_window.library_view.open_article(str(user_library / "synthetic-release"))
    assert model.bundle.id == "hunan-2018-foreign-trade"
    assert list(library_window.charts.cards)[0] == "trade_volume"
    assert len(warnings) == 1 and "value 'inf' is not a finite number" in warnings[0] and "facts.csv" in warnings[0]


def test_the_model_refuses_a_bundle_whose_charts_cannot_be_built(model, tmp_path):
    copy = tmp_path / "bundle"
    shutil.copytree(SYNTHETIC, copy)
    with pytest.raises(BundleError):
        load_bundle(copy / "nowhere")
    model.open_bundle(copy)
    assert model.bundle.id == "synthetic-2024-exports"
    assert [str(p) for p in model.recent_articles()][0] == str(copy)


def test_the_library_is_read_when_its_list_is_shown_and_when_it_changes_while_shown(library_window, model, monkeypatch):
    window = library_window
    reads = []
    entries = model.library_entries
    monkeypatch.setattr(model, "library_entries", lambda: reads.append(1) or entries())
    model.libraryChanged.emit()  # the list is hidden behind the Charts tab: not read
    assert reads == []
    window.tabs.setCurrentWidget(window.library_view)
    assert len(reads) == 1
    assert window.library_view.list.topLevelItemCount() == 2
    model.libraryChanged.emit()  # shown: read at once
    assert len(reads) == 2
    window.tabs.setCurrentWidget(window.charts)
    model.libraryChanged.emit()
    model.libraryChanged.emit()
    assert len(reads) == 2
    window.tabs.setCurrentWidget(window.library_view)  # read once for both changes
    assert len(reads) == 3
