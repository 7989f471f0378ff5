"""Settings: round trip, validation, and an unreadable file kept and reported."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from app.settings import Settings

ROOT = Path(__file__).resolve().parent.parent


def test_round_trip(qapp, tmp_path):
    path = tmp_path / "settings.ini"
    first = Settings(path)
    first.set_value("language", "ko")
    first.set_value("theme", "dark")
    first.set_value("reader/text_size", 17)
    again = Settings(path)
    assert (again.language(), again.theme(), again.text_size()) == ("ko", "dark", 17)
    assert again.problem == ""


def test_defaults_and_invalid_values(qapp, tmp_path):
    path = tmp_path / "settings.ini"
    assert (Settings(path).language(), Settings(path).theme(), Settings(path).text_size()) == (None, "system", 12)
    path.write_text("[General]\nlanguage=tlh\ntheme=neon\n[reader]\ntext_size=huge\n")
    settings = Settings(path)
    assert (settings.language(), settings.theme(), settings.text_size()) == (None, "system", 12)


def test_unreadable_file_is_kept_and_reported_in_one_sentence(qapp, tmp_path):
    path = tmp_path / "settings.ini"
    path.write_text("[General\nlanguage=zh\n")
    settings = Settings(path)
    kept = tmp_path / "settings.ini.unreadable"
    assert kept.read_text() == "[General\nlanguage=zh\n"
    assert settings.problem == (
        f"The settings file {path} could not be read; defaults are used (your file is kept as {kept})."
    )
    settings.set_value("theme", "dark")
    assert Settings(path).theme() == "dark"


def test_a_choice_set_soon_reads_back_at_once_and_a_burst_is_written_once(qapp, qtbot, tmp_path):
    from app.settings import WRITE_DELAY_MS

    path = tmp_path / "settings.ini"
    settings = Settings(path)
    settings.set_value("theme", "dark")
    written = path.read_bytes()
    for language in ("zh", "fr", "ko"):  # languages tried in turn
        settings.set_value_soon("language", language)
    assert settings.language() == "ko"
    assert path.read_bytes() == written  # not yet: the file is written after the change
    qtbot.wait(WRITE_DELAY_MS + 300)
    assert "language=ko" in path.read_text()
    assert Settings(path).language() == "ko"


def test_a_choice_set_soon_is_written_when_the_app_quits(tmp_path):
    path = tmp_path / "settings.ini"
    code = (
        "import sys; from PySide6.QtCore import QCoreApplication, QTimer\n"
        "app = QCoreApplication([]); from app.settings import Settings\n"
        "settings = Settings(__import__('pathlib').Path(sys.argv[1])); settings.set_value_soon('language', 'ja')\n"
        "QTimer.singleShot(0, app.quit); app.exec()\n"
    )
    subprocess.run([sys.executable, "-c", code, str(path)], cwd=ROOT, check=True, timeout=60)
    assert Settings(path).language() == "ja"
