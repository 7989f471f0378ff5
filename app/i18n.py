"""Display languages: the Qt translators, and Babel number and date formats."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from babel.dates import format_date as babel_format_date
from babel.numbers import format_compact_decimal, format_decimal
from babel.numbers import format_percent as babel_format_percent
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QTranslator

# Each language's name in that language, in the order the selector shows them.
LANGUAGES: dict[str, str] = {
    "en": "English",
    "zh": "简体中文",
    "fr": "Français",
    "ko": "한국어",
    "ja": "日本語",
}
BABEL_LOCALES = {"en": "en", "zh": "zh_Hans_CN", "fr": "fr_FR", "ko": "ko_KR", "ja": "ja_JP"}
QT_LOCALES = {"en": "en_US", "zh": "zh_CN", "fr": "fr_FR", "ko": "ko_KR", "ja": "ja_JP"}
I18N_DIR = Path(__file__).resolve().parent.parent / "resources" / "i18n"
CATALOG = "hunan_viewer"


def system_language(locale_name: str | None = None) -> str:
    """The language of the system locale (or of `locale_name`) if the app
    has it, else English."""
    code = (locale_name or QLocale.system().name()).split("_")[0]
    return code if code in LANGUAGES else "en"


def format_amount_bn(value_bn: float, language: str) -> str:
    """A sum in billions in the language's compact form: 310B, 3100亿, 310 Md."""
    return format_compact_decimal(value_bn * 1e9, locale=BABEL_LOCALES[language], fraction_digits=1)


def format_percent(value_pct: float, language: str) -> str:
    """28 -> '28%' (or '28 %' in French); decimals as given: 16.8 -> '16.8%'."""
    return babel_format_percent(value_pct / 100, locale=BABEL_LOCALES[language], decimal_quantization=False)


def format_count(value: float, language: str) -> str:
    """A whole count with the language's grouping: 4,630 or 4 630."""
    return format_decimal(round(value), locale=BABEL_LOCALES[language])


def format_number(value: float, language: str) -> str:
    """A plain number (axis ticks): grouping and decimal sign of the language."""
    return format_decimal(value, locale=BABEL_LOCALES[language], decimal_quantization=False)


def format_exact(value: float, unit: str, language: str) -> str:
    """A value to two decimals, amounts in the compact form: 242.19B, 2421.88亿."""
    if unit == "bn_cny":
        return format_compact_decimal(value * 1e9, locale=BABEL_LOCALES[language], fraction_digits=2)
    if unit == "percent":
        return format_percent(round(value, 2), language)
    return format_number(round(value, 2), language)


def format_tick(value: float, unit: str, language: str) -> str:
    """A value-axis tick: amounts in the same compact form as the bar labels."""
    if unit == "bn_cny":
        return format_amount_bn(value, language) if value else format_number(0, language)
    return format_number(value, language)


def format_date(date: dt.date, language: str) -> str:
    """A date in the language's long form: January 16, 2019, 2019年1月16日."""
    return babel_format_date(date, "long", locale=BABEL_LOCALES[language])


def format_value(value: float, unit: str, language: str) -> str:
    """A fact's value, formatted for its unit."""
    if unit == "bn_cny":
        return format_amount_bn(value, language)
    if unit == "percent":
        return format_percent(value, language)
    return format_count(value, language)


class TranslatorService(QObject):
    """Owns the installed QTranslators (the app's and Qt's own) and swaps them.

    Installing a translator makes Qt send QEvent.LanguageChange to every
    widget, which is what retranslates the open window.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._installed: list[QTranslator] = []

    def install(self, language: str) -> None:
        app = QCoreApplication.instance()
        for translator in self._installed:
            app.removeTranslator(translator)
        self._installed = []
        QLocale.setDefault(QLocale(QT_LOCALES[language]))
        if language == "en":
            return
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        for name, folder in ((f"qtbase_{QT_LOCALES[language]}", qt_dir), (f"{CATALOG}_{language}", str(I18N_DIR))):
            translator = QTranslator(self)
            if translator.load(name, folder):
                app.installTranslator(translator)
                self._installed.append(translator)


def sample_formatted_text() -> str:
    """Text covering every character the formatters above can produce
    (month names, compact units, signs); used to build the font subsets."""
    samples = []
    for language in LANGUAGES:
        for month in range(1, 13):
            samples.append(format_date(dt.date(2019, month, 16), language))
        for exponent in range(0, 13):
            samples.append(format_amount_bn(1.5 * 10 ** (exponent - 9), language))
        samples += [format_percent(-16.8, language), format_count(4630, language), format_number(-1234.5, language)]
    return "".join(samples)
