"""The unit vocabulary formatted per language, exactly as Babel's CLDR data
gives it, with one rounding rule (half up) everywhere."""

from __future__ import annotations

import datetime as dt
import json

import pytest

import app.i18n
from app.i18n import LANGUAGE_NAMES_FILE, LANGUAGES, babel_language_names, format_date, language_name, system_language
from app.units import UNITS, decimals_shown, format_compact, format_exact, format_number, format_percent, format_value

PUBLISHED = dt.date(2019, 1, 16)
NNBSP, NBSP = "\u202f", "\u00a0"


@pytest.mark.parametrize(
    ("language", "amount", "percent", "decimal_percent", "count", "date"),
    [
        ("en", "310B", "28%", "16.8%", "4,630", "January 16, 2019"),
        ("zh", "3,100亿", "28%", "16.8%", "4,630", "2019年1月16日"),
        ("fr", f"310{NBSP}Md", f"28{NBSP}%", f"16,8{NBSP}%", f"4{NNBSP}630", "16 janvier 2019"),
        ("ko", "3,100억", "28%", "16.8%", "4,630", "2019년 1월 16일"),
        ("ja", "3,100億", "28%", "16.8%", "4,630", "2019年1月16日"),
    ],
)
def test_formats(language, amount, percent, decimal_percent, count, date):
    assert format_value(310e9, "CNY", language) == amount
    assert format_value(28, "percent", language) == percent
    assert format_value(16.8, "percent", language) == decimal_percent
    assert format_value(4630, "count", language) == count
    assert format_date(PUBLISHED, language) == date


@pytest.mark.parametrize("language", list(LANGUAGES))
def test_one_rounding_rule_half_up_in_every_language(language):
    shown = {"en": "487.5B", "zh": "4,874.5亿", "fr": f"487,5{NBSP}Md", "ko": "4,874.5억", "ja": "4,874.5億"}
    assert format_compact(487.45e9, language, 1) == shown[language]
    assert format_number(0.125, language, 2) == ("0,13" if language == "fr" else "0.13")
    assert format_percent(2.25, language, 1).startswith("2,3" if language == "fr" else "2.3")


def test_fixed_precision_keeps_trailing_zeros_for_one_precision_per_chart():
    assert format_compact(243e9, "en", 1) == "243.0B"
    assert format_compact(243e9, "en", 0) == "243B"
    assert format_number(3964.0411, "en", 0) == "3,964"


def test_decimals_shown_are_counted_in_the_language_s_own_magnitude():
    assert decimals_shown(307.95e9, "CNY", "en") == 1  # 307.95B, capped at one decimal
    assert decimals_shown(310e9, "CNY", "en") == 0
    assert decimals_shown(310e9, "CNY", "zh") == 0  # 3,100亿
    assert decimals_shown(190.69e9, "CNY", "zh") == 1  # 1,906.9亿
    assert decimals_shown(16.8, "percent", "en") == 1


def test_every_unit_of_the_vocabulary_is_written_with_its_unit():
    assert set(UNITS) == {"CNY", "USD", "percent", "percentage_points", "count", "times", "tonnes"}
    assert format_exact(310e9, "CNY", "en") == "310B CNY"
    assert format_exact(63e9, "USD", "en") == "US$63B"
    assert format_exact(-1.2, "percentage_points", "en") == "-1.2 percentage points"
    assert format_value(-1.2, "percentage_points", "en") == "-1.2 pp"
    assert (
        format_exact(60e6, "count", "en", "tourist trips") == "60M tourist trips"
        or format_exact(60e6, "count", "en", "tourist trips") == "60,000,000 tourist trips"
    )
    assert format_exact(231, "times", "en") == "231 times"
    assert format_value(2.5, "times", "en") == "2.5×"
    assert format_exact(6.3e6, "tonnes", "en") == "6.3M tonnes"
    assert format_value(-3.2, "percent", "fr") == f"-3,2{NBSP}%"


def test_language_names_are_written_in_their_own_language():
    assert list(LANGUAGES.items()) == [
        ("en", "English"),
        ("zh", "简体中文"),
        ("fr", "Français"),
        ("ko", "한국어"),
        ("ja", "日本語"),
    ]


def test_the_written_language_names_are_babels():
    """resources/i18n/language_names.json is what Babel says today (after a
    Babel update: uv run python scripts/update_language_names.py)."""
    written = json.loads(LANGUAGE_NAMES_FILE.read_text(encoding="utf-8"))
    assert written == babel_language_names()
    assert [language_name("en", display) for display in LANGUAGES] == ["English", "英语", "anglais", "영어", "英語"]


def test_a_language_the_app_does_not_speak_is_named_by_babel():
    assert language_name("de", "fr") == "allemand"
    assert language_name("ru", "ja") == "ロシア語"


def test_without_the_written_names_babel_names_the_languages(tmp_path, monkeypatch):
    (tmp_path / "names.json").write_text("{not json", encoding="utf-8")
    monkeypatch.setattr(app.i18n, "LANGUAGE_NAMES_FILE", tmp_path / "names.json")
    app.i18n._written_language_names.cache_clear()
    try:
        assert app.i18n._written_language_names() == {}
        assert language_name("zh", "fr") == "chinois"
    finally:
        monkeypatch.undo()
        app.i18n._written_language_names.cache_clear()
    assert app.i18n._written_language_names()["fr"]["zh"] == "chinois"


@pytest.mark.parametrize(("system", "expected"), [("fr_CA", "fr"), ("ja_JP", "ja"), ("de_DE", "en"), ("zh_CN", "zh")])
def test_first_run_follows_the_system_locale(qapp, system, expected):
    from PySide6.QtCore import QLocale

    saved = QLocale()
    QLocale.setDefault(QLocale(system))
    try:
        # QLocale.system() is the platform's; the default stands in for it here.
        assert system_language(QLocale().name()) == expected
    finally:
        QLocale.setDefault(saved)


def test_numbers_past_the_default_decimal_precision_are_written_whole():
    assert format_number(1e26, "en", 2) == "100,000,000,000,000,000,000,000,000.00"
    assert format_compact(1e38, "zh", None).endswith("万亿")
    assert format_percent(1e26, "en", 2) == "100,000,000,000,000,000,000,000,000.00%"
    assert format_percent(1e30, "fr", None) == "1" + "\u202f000" * 10 + "\u00a0%"


def test_formatting_a_number_hands_babel_the_locale_not_its_name(monkeypatch):
    """Babel parsed the locale's name at each number (a sixth of its time)."""
    from babel import Locale

    format_number(1.5, "ko")  # each language's locale made once
    parsed: list[str] = []
    parse = Locale.parse

    def counting(identifier, *args, **kwargs):
        parsed.append(identifier)
        return parse(identifier, *args, **kwargs)

    monkeypatch.setattr(Locale, "parse", counting)
    assert format_number(1234.5, "ko") == "1,234.5"
    assert format_percent(28, "ko", 1) == "28.0%"
    assert [name for name in parsed if isinstance(name, str)] == []
