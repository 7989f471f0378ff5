"""The command line, run as a user runs it: screenshot, timings and errors."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

ROOT = Path(__file__).resolve().parent.parent


def run_main(*args: str, tmp_path: Path) -> subprocess.CompletedProcess:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path / "config"))
    return subprocess.run(
        [sys.executable, "main.py", *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )


@pytest.fixture(scope="module")
def screenshot(tmp_path_factory):
    tmp_path = tmp_path_factory.mktemp("shot")
    started = time.time()
    result = run_main("--screenshot", str(tmp_path / "shot.png"), "--timings", tmp_path=tmp_path)
    return result, tmp_path / "shot.png", started


def test_screenshot_is_a_1400x900_png_with_the_article_and_charts(qapp, screenshot):
    result, path, _ = screenshot
    assert result.returncode == 0, result.stderr
    image = QImage(str(path))
    assert (image.width(), image.height()) == (1400, 900)
    colours = {image.pixel(x, y) for x in range(0, 1400, 7) for y in range(0, 900, 7)}
    assert len(colours) > 50  # text and charts, not a blank window
    # The chart panel (right) holds the bars' blue; the reader (left) is white with dark text.
    blues = sum(
        1 for x in range(700, 1400, 5) for y in range(0, 900, 5) if QImage.pixelColor(image, x, y).name() == "#2f6db5"
    )
    assert blues > 200


def test_timings_are_wall_clock_seconds_in_start_up_order(screenshot):
    result, _, started = screenshot
    timings = json.loads(result.stdout.strip().splitlines()[-1])
    assert started < timings["first_paint"] < timings["charts_ready"] < time.time()


def test_window_size_option(qapp, tmp_path):
    result = run_main("--screenshot", str(tmp_path / "s.png"), "--size", "1000x700", tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr
    assert QImage(str(tmp_path / "s.png")).size().toTuple() == (1000, 700)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--bundle", "/nonexistent"], "error: no article bundle folder here (/nonexistent)"),
        (
            ["--lang", "xx"],
            "error: argument --lang: unknown language 'xx' (choose from en, zh, fr, ko, ja) (command line)",
        ),
        (["--size", "big"], "error: argument --size: size must look like 1400x900, not 'big' (command line)"),
    ],
)
def test_bad_input_exits_2_with_one_error_line(tmp_path, args, message):
    result = run_main(*args, tmp_path=tmp_path)
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [message]


def test_unwritable_screenshot_path_is_one_error_line(tmp_path):
    target = tmp_path / "missing-folder" / "shot.png"
    result = run_main("--screenshot", str(target), tmp_path=tmp_path)
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: cannot write the screenshot") and str(target) in lines[0]
    assert not target.exists()


def test_an_article_folder_on_the_command_line_opens_it(tmp_path):
    from app.bundle import DEFAULT_BUNDLE
    from main import parse_args

    assert parse_args([str(DEFAULT_BUNDLE)]).bundle == DEFAULT_BUNDLE
    # As a file manager passes it to the desktop entry's %u.
    url = DEFAULT_BUNDLE.as_uri()
    args = parse_args([url])
    assert args.bundle == DEFAULT_BUNDLE and args.open_import is None


@pytest.mark.parametrize("place", ["page.html", "notes.txt", "https://example.org/release.html"])
def test_a_page_file_or_address_on_the_command_line_is_imported_in_the_window(place):
    from main import parse_args

    args = parse_args([place])
    assert args.open_import == place and args.bundle is None


def test_a_folder_and_bundle_together_are_one_error_line(tmp_path, capsys):
    from main import parse_args

    with pytest.raises(SystemExit) as exit_info:
        parse_args([str(tmp_path), "--bundle", str(tmp_path)])
    assert exit_info.value.code == 2
    assert capsys.readouterr().err.count("\n") == 1


def test_an_article_name_too_long_for_a_folder_is_taken_as_a_page():
    from main import parse_args

    args = parse_args(["9" * 5000])
    assert args.open_import == "9" * 5000 and args.bundle is None
