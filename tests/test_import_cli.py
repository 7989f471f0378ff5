"""main.py --import: the built-in article's text file gives the same six
stated figures; a bad source is one error line with nothing written."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.bundle import DEFAULT_BUNDLE, load_bundle

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT.parent / "shared" / "source" / "hunan-2018-foreign-trade.txt"


def run_main(*args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "main.py", *args], cwd=ROOT, capture_output=True, text=True, env=env, timeout=120
    )


@pytest.mark.skipif(not SOURCE.exists(), reason="the published page is kept beside the project")
def test_importing_the_published_text_gives_the_built_in_article_s_figures(tmp_path):
    result = run_main("--import", str(SOURCE), "--to", str(tmp_path))
    assert result.returncode == 0, result.stderr
    folder, summary = result.stdout.splitlines()
    assert summary == "6 figures, 4 charts"
    imported = load_bundle(folder)
    built_in = load_bundle(DEFAULT_BUNDLE)
    stated = {(f.value, f.unit, f.period) for f in built_in.facts if f.quote}
    found = {(f.value, f.unit, f.period) for f in imported.facts if f.kind != "derived"}
    assert found == stated
    estimate = next(f for f in imported.facts if f.value == 310e9)
    assert estimate.kind == "estimate" and estimate.quote == "310 billion CNY"
    text = imported.texts["en"]
    assert text.count("[310 billion CNY](fact:") == 1
    assert text.count("Xu Xiangping, HPDC director") == 1  # the page repeats it; imported once
    assert imported.published.isoformat() == "2019-01-16"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"\x00\x01\x02\x89PNG binary", "not a web page or a text file"),
        (b"", "the page is empty"),
        (b"Nothing to count here, only words about a meeting.\n", "no figures were found"),
    ],
)
def test_a_bad_source_is_one_error_line_and_nothing_is_written(tmp_path, content, message):
    source = tmp_path / "page.txt"
    source.write_bytes(content)
    target = tmp_path / "library"
    result = run_main("--import", str(source), "--to", str(target))
    assert result.returncode == 2
    assert result.stderr.startswith("error: ") and message in result.stderr and len(result.stderr.splitlines()) == 1
    assert not target.exists() or not any(target.iterdir())


def test_an_empty_folder_name_is_refused_not_taken_as_the_current_folder(tmp_path):
    source = tmp_path / "page.txt"
    source.write_text("In 2018 exports were 202.6 billion yuan, up 27.4 percent.", encoding="utf-8")
    before = sorted(ROOT.iterdir())
    result = run_main("--import", str(source), "--to", "")
    assert result.returncode == 2
    assert "an empty name is not a path" in result.stderr
    assert sorted(ROOT.iterdir()) == before


def test_what_the_page_does_not_say_is_noted_where_the_bundle_had_to_say_it(tmp_path):
    source = tmp_path / "release.txt"
    source.write_text(
        "Farm Output in 2019\n\nGrain output reached 3.4 million tonnes in 2019, up 5% year on year.\n",
        encoding="utf-8",
    )
    result = run_main("--import", str(source), "--to", str(tmp_path / "library"))
    assert result.returncode == 0, result.stderr
    folder, summary = result.stdout.splitlines()
    assert result.stderr.splitlines() == [
        "note: the page names no publisher: 'Unknown publisher' stands in (article.toml)",
        "note: the page gives no date: the import's date stands in (article.toml)",
    ]
    assert load_bundle(folder).publisher == {"en": "Unknown publisher"}
    dated = tmp_path / "dated.txt"
    dated.write_text(
        "Farm Output in 2019\n\n2020-01-15 Source: Provincial Bureau of Statistics\n\n"
        "Grain output reached 3.4 million tonnes in 2019, up 5% year on year.\n",
        encoding="utf-8",
    )
    result = run_main("--import", str(dated), "--to", str(tmp_path / "library"))
    assert result.returncode == 0 and result.stderr == ""
