"""The viewer in a real X server (Xvfb) through Qt's xcb platform: what the
offscreen tests cannot see (native windows, menus as popups, real clicks,
a window manager-less resize, quitting from the menu).

The rest of the suite runs offscreen in this process, so the app runs here
in a subprocess, tests/real_window_driver.py, which prints one JSON line of
what it saw. Without Xvfb the tests are skipped, except on CI (CI=true),
where they fail: .ci/run installs it.
"""

from __future__ import annotations

import json
import os
import select
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DRIVER = ROOT / "tests" / "real_window_driver.py"


def on_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() in ("1", "true", "yes")


@pytest.fixture(scope="module")
def x_display(tmp_path_factory):
    """A private Xvfb server on a free display number; its number."""
    if shutil.which("Xvfb") is None:
        if on_ci():
            pytest.fail("Xvfb is not installed (apt package xvfb, installed by .ci/run)")
        pytest.skip("Xvfb is not installed (apt-get install xvfb to run the real-window tests)")
    log = tmp_path_factory.mktemp("xvfb") / "xvfb.log"
    read_end, write_end = os.pipe()
    with open(log, "wb") as log_file:
        # -displayfd: the server picks a free display and writes its number
        # there once it accepts connections.
        server = subprocess.Popen(
            ["Xvfb", "-displayfd", str(write_end), "-screen", "0", "1920x1080x24", "-nolisten", "tcp"],
            stdin=subprocess.DEVNULL,
            stdout=log_file,
            stderr=log_file,
            pass_fds=(write_end,),
        )
    os.close(write_end)
    try:
        ready, _, _ = select.select([read_end], [], [], 20)
        number = os.read(read_end, 64).decode().strip() if ready else ""
        if not number.isdigit() or not Path(f"/tmp/.X11-unix/X{number}").exists():
            pytest.fail(f"Xvfb did not start: {log.read_text(errors='replace')[-500:]}")
        yield number
    finally:
        os.close(read_end)
        server.terminate()
        try:
            server.wait(10)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()


@pytest.fixture(scope="module")
def driven(x_display, tmp_path_factory):
    """The driver's results, its exit status, its stderr and its output folder."""
    work = tmp_path_factory.mktemp("real-window")
    runtime = work / "runtime"
    runtime.mkdir(mode=0o700)
    env = {key: value for key, value in os.environ.items() if key != "WAYLAND_DISPLAY"}
    env.update(
        DISPLAY=f":{x_display}",
        QT_QPA_PLATFORM="xcb",
        XDG_CONFIG_HOME=str(work / "config"),
        XDG_RUNTIME_DIR=str(runtime),
    )
    result = subprocess.run(
        [sys.executable, str(DRIVER), str(work)], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )
    lines = result.stdout.strip().splitlines()
    assert lines, f"the driver printed nothing (exit {result.returncode}): {result.stderr[-2000:]}"
    results = json.loads(lines[-1])
    for name, step in results.items():
        if isinstance(step, dict) and "error" in step:
            pytest.fail(f"step {name} failed in the driver:\n{step['error']}")
    assert "error" not in results, results
    return results, result.returncode, result.stderr, work


def test_launch_shows_a_drawn_window_on_xcb(driven):
    launch = driven[0]["launch"]
    assert launch["platform"] == "xcb"
    assert launch["visible"] and launch["exposed"]
    assert launch["charts_ready"] and launch["chart_count"] == 5
    # Text and charts have hundreds of colours; a blank or black window a few.
    assert launch["grab_colours"] > 100
    assert launch["screen_colours"] > 100  # what the X server holds, too


def test_clicking_a_figure_selects_its_fact(driven):
    clicked = driven[0]["click_figure"]
    assert clicked["selected_fact"] == "enterprises_2018"
    assert "4,630 enterprises" in clicked["highlighted_text"]
    assert clicked["highlighted_bars"] == ["enterprises_2018"]


def test_the_view_menu_switches_the_language(driven):
    switched = driven[0]["switch_language"]
    assert switched["language"] == "zh"
    assert switched["file_menu_before"] == "&File"
    assert switched["file_menu_after"] == "文件(&F)"
    assert switched["checked"] and switched["menus_closed"]


def test_the_save_dialog_writes_a_png(driven):
    saved, work = driven[0]["save_chart"], driven[3]
    assert saved["dialog"] == "ExportDialog" and saved["dialog_visible"]
    assert saved["suggested"] == "trade_volume-zh.png"  # named from the chart and the language
    assert saved["exists"] and saved["png_signature"]
    assert saved["image_size"] == [1600, 1000]  # 800x500 at 2x
    assert (work / "saved-chart.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert str(work) in saved["status"]


def test_resizing_applies_and_redraws(driven):
    resized = driven[0]["resize"]
    assert resized["size"] == [1024, 700]
    assert resized["native_size"] == [1024, 700]
    assert resized["grab_colours"] > 100 and resized["screen_colours"] > 100


def test_file_quit_exits_0(driven):
    results, status, _, _ = driven
    assert results["steps"] == ["launch", "click_figure", "switch_language", "save_chart", "resize", "quit"]
    assert results["exit_status"] == 0 and status == 0
    assert results["window_visible_after_quit"] is False


def test_no_qt_warnings_on_xcb(driven):
    assert driven[2].strip() == ""
