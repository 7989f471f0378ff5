"""Number and date formats per language, exactly as Babel's CLDR data gives them."""

from __future__ import annotations

import datetime as dt

import pytest

from app.i18n import LANGUAGES, format_amount_bn, format_count, format_date, format_percent, system_language

PUBLISHED = dt.date(2019, 1, 16)
NNBSP, NBSP = "\u202f", "\u00a0"


@pytest.mark.parametrize(
    ("language", "amount", "percent", "decimal_percent", "count", "date"),
    [
        ("en", "310B", "28%", "16.8%", "4,630", "January 16, 2019"),
        ("zh", "3100亿", "28%", "16.8%", "4,630", "2019年1月16日"),
        ("fr", f"310{NBSP}Md", f"28{NBSP}%", f"16,8{NBSP}%", f"4{NNBSP}630", "16 janvier 2019"),
        ("ko", "3100억", "28%", "16.8%", "4,630", "2019년 1월 16일"),
        ("ja", "3100億", "28%", "16.8%", "4,630", "2019年1月16日"),
    ],
)
def test_formats(language, amount, percent, decimal_percent, count, date):
    assert format_amount_bn(310, language) == amount
    assert format_percent(28, language) == percent
    assert format_percent(16.8, language) == decimal_percent
    assert format_count(4630, language) == count
    assert format_date(PUBLISHED, language) == date


def test_compact_amounts_keep_one_decimal():
    assert format_amount_bn(242.1875, "en") == "242.2B"
    assert format_amount_bn(242.1875, "fr") == f"242,2{NBSP}Md"
    assert format_amount_bn(242.1875, "zh") == "2421.9亿"


def test_language_names_are_written_in_their_own_language():
    assert list(LANGUAGES.items()) == [
        ("en", "English"), ("zh", "简体中文"), ("fr", "Français"), ("ko", "한국어"), ("ja", "日本語")]


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
