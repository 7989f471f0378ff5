"""Settings: round trip, validation, and an unreadable file kept and reported."""

from __future__ import annotations

from app.settings import Settings


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
