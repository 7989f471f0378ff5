"""Faults found by hand, each kept fixed: translators freed on a language
switch, unreadable settings set aside, absurd window sizes refused, and SVG
export closing its font files."""

from __future__ import annotations

import gc
import os
import random
import subprocess
import sys
import tempfile
import warnings
from pathlib import Path

import pytest
import shiboken6
from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QWidget

from app.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
SETTINGS_PROBLEM = "The settings file %1 could not be read; defaults are used (your file is kept as %2)."


# 1. A live language switch frees the translators it removes.


def test_language_switches_keep_at_most_two_translators(qapp):
    from app.i18n import TranslatorService

    service = TranslatorService()
    removed: list[QTranslator] = []
    try:
        for switch in range(60):
            service.install(["zh", "fr", "ko", "ja"][switch % 4])
            removed += service.findChildren(QTranslator)
            assert len(service.findChildren(QTranslator)) <= 2
        # The translators of the last language work; all earlier ones are gone.
        assert QCoreApplication.translate("Settings", SETTINGS_PROBLEM).startswith("設定ファイル")
        assert sum(shiboken6.isValid(t) for t in removed) == len(service.findChildren(QTranslator)) == 2
        service.install("en")  # English has catalogues too: its plural forms, Qt's and the app's
        english = service.findChildren(QTranslator)
        assert len(english) <= 2 and not any(t in removed for t in english)
        assert not any(shiboken6.isValid(t) for t in removed)
        assert QCoreApplication.translate("Settings", SETTINGS_PROBLEM) == SETTINGS_PROBLEM
    finally:
        service.install("en")


# 2. Unreadable settings are set aside, reported, and replaced by defaults.


def assert_set_aside(settings: Settings, path: Path) -> Path:
    kept = path.with_name("settings.ini.unreadable")
    assert settings.problem == (
        f"The settings file {path} could not be read; defaults are used (your file is kept as {kept})."
    )
    assert (settings.language(), settings.theme(), settings.text_size()) == (None, "system", 12)
    settings.set_value("theme", "dark")  # the new file works
    again = Settings(path)
    assert (again.theme(), again.problem) == ("dark", "")
    return kept


def test_random_bytes_are_kept_aside_unchanged(qapp, tmp_path):
    path = tmp_path / "settings.ini"
    garbage = random.Random(20190116).randbytes(4096)
    path.write_bytes(garbage)
    kept = assert_set_aside(Settings(path), path)
    assert kept.read_bytes() == garbage


def test_nul_bytes_in_an_otherwise_plain_file_make_it_unreadable(qapp, tmp_path):
    path = tmp_path / "settings.ini"
    path.write_bytes(b"[General]\nlanguage=zh\x00\x00\ntheme=dark\n")
    kept = assert_set_aside(Settings(path), path)
    assert kept.read_bytes() == b"[General]\nlanguage=zh\x00\x00\ntheme=dark\n"


@hypothesis_settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.binary(min_size=1, max_size=300).filter(lambda b: b"\0" in b or not _is_utf8(b)))
def test_any_binary_content_is_kept_aside_byte_for_byte(qapp, data):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "settings.ini"
        path.write_bytes(data)
        settings = Settings(path)
        assert settings.problem
        assert settings.language() is None and settings.theme() == "system"
        assert (Path(folder) / "settings.ini.unreadable").read_bytes() == data


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def test_a_directory_in_place_of_the_file_is_moved_aside(qapp, tmp_path):
    path = tmp_path / "settings.ini"
    path.mkdir()
    (path / "inside.txt").write_text("kept")
    kept = assert_set_aside(Settings(path), path)
    assert (kept / "inside.txt").read_text() == "kept"
    assert path.is_file()


def test_a_directory_that_cannot_be_moved_is_left_alone_and_a_private_store_used(qapp, tmp_path, monkeypatch):
    path = tmp_path / "settings.ini"
    path.mkdir()

    def refuse(self, target):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "rename", refuse)
    settings = Settings(path)
    assert settings.problem == (
        f"The settings file {path} could not be read; defaults are used (your file is kept as {path})."
    )
    settings.set_value("theme", "dark")
    assert settings.theme() == "dark"  # remembered for this run
    assert path.is_dir() and list(path.iterdir()) == []
    assert sorted(p.name for p in tmp_path.iterdir()) == ["settings.ini"]


def test_an_earlier_unreadable_file_is_not_replaced(qapp, tmp_path):
    path = tmp_path / "settings.ini"
    (tmp_path / "settings.ini.unreadable").write_bytes(b"\xff older")
    path.write_bytes(b"\xfe newer")
    settings = Settings(path)
    assert (tmp_path / "settings.ini.unreadable").read_bytes() == b"\xff older"
    assert (tmp_path / "settings.ini.unreadable.1").read_bytes() == b"\xfe newer"
    assert settings.problem.endswith(f"(your file is kept as {tmp_path / 'settings.ini.unreadable.1'}).")


def test_a_valid_file_is_read_and_kept_as_it_is(qapp, tmp_path):
    path = tmp_path / "settings.ini"
    text = "[General]\nlanguage=ko\ntheme=dark\nnote=中文 ok\n\n[reader]\ntext_size=17\n"
    path.write_bytes(text.encode("utf-8"))
    settings = Settings(path)
    assert (settings.language(), settings.theme(), settings.text_size(), settings.problem) == ("ko", "dark", 17, "")
    assert path.read_bytes() == text.encode("utf-8")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["settings.ini"]


def test_a_failed_write_does_not_crash_and_keeps_the_value_for_this_run(qapp, tmp_path):
    (tmp_path / "not-a-folder").write_text("x")
    path = tmp_path / "not-a-folder" / "settings.ini"  # its folder cannot be made
    settings = Settings(path)
    settings.set_value("theme", "dark")
    settings.set_layout("main", b"state")
    assert settings.theme() == "dark"
    assert (tmp_path / "not-a-folder").read_text() == "x"


# 3. Window sizes Qt cannot draw are refused on the command line.


def run_main(tmp_path: Path, *args: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path / "config"))
    return subprocess.run(
        [sys.executable, "main.py", *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )


@pytest.mark.parametrize("size", ["99999x99999", "100x900", "1400x0", "9" * 5000 + "x900"])
def test_a_window_size_out_of_range_exits_2_with_one_line(tmp_path, size):
    shot = tmp_path / "x.png"
    result = run_main(tmp_path, "--size", size, "--screenshot", str(shot))
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith("error: argument --size: size must be between 200 and 8192 pixels a side")
    assert lines[0].endswith("(command line)")
    assert not shot.exists()


def test_an_export_size_over_4000_exits_2_with_one_line(tmp_path):
    result = run_main(tmp_path, "--export-charts", str(tmp_path / "out"), "--size", "5000x5000")
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [
        "error: size must be between 200 and 4000 pixels a side (command line)"
    ]
    assert not (tmp_path / "out").exists() or list((tmp_path / "out").iterdir()) == []


def test_a_window_that_cannot_be_drawn_is_an_error_not_an_empty_file(qapp, tmp_path):
    from ui.application import CommandError, save_screenshot

    class Undrawable(QWidget):
        def grab(self, *args):  # what Qt returns when it cannot allocate the image
            return QPixmap()

    widget = Undrawable()
    path = tmp_path / "shot.png"
    with pytest.raises(CommandError, match="cannot draw the window"):
        save_screenshot(widget, path)
    assert list(tmp_path.iterdir()) == []
    widget.deleteLater()


# 4. SVG export closes the font files it reads, and loads fontTools.subset late.


def test_svg_export_leaves_no_font_file_open(model):
    from app.export_options import ExportOptions
    from ui.export import render_chart

    model.load_tables()
    spec = model.chart_specs()[0]
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        for language in ("en", "zh"):
            svg = render_chart(spec, language, ExportOptions(format="svg"))
            assert b"@font-face" in svg
        gc.collect()
    assert [str(w.message) for w in caught if issubclass(w.category, ResourceWarning)] == []


def test_importing_export_does_not_import_the_font_subsetter():
    code = "import sys; import ui.export; print('fontTools.subset' in sys.modules)"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "False"
