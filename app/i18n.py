"""Display languages: the Qt translators, and date formats (Qt's for the
long date the reader shows at start-up, Babel's for periods)."""

from __future__ import annotations

import datetime as dt
import functools
import json
import re

import shiboken6
from PySide6.QtCore import QCoreApplication, QDate, QLibraryInfo, QLocale, QObject, QTranslator

from app import paths
from app.units import BABEL_LOCALES
from app.units import sample_formatted_text as sample_number_text

# Each language's name in that language, in the order the selector shows them.
LANGUAGES: dict[str, str] = {
    "en": "English",
    "zh": "简体中文",
    "fr": "Français",
    "ko": "한국어",
    "ja": "日本語",
}
QT_LOCALES = {"en": "en_US", "zh": "zh_CN", "fr": "fr_FR", "ko": "ko_KR", "ja": "ja_JP"}
I18N_DIR = paths.i18n_dir()
CATALOG = "hunan_viewer"


def system_language(locale_name: str | None = None) -> str:
    """The language of the system locale (or of `locale_name`) if the app
    has it, else English."""
    code = (locale_name or QLocale.system().name()).split("_")[0]
    return code if code in LANGUAGES else "en"


# The weekday in Qt's long date format (CLDR's "full" one) and what joins it.
WEEKDAY = re.compile(r"dddd[,\s]*|[,\s]*dddd")


@functools.cache
def _long_date(language: str) -> tuple[QLocale, str]:
    locale = QLocale(QT_LOCALES[language])
    return locale, WEEKDAY.sub("", locale.dateFormat(QLocale.FormatType.LongFormat), count=1).strip()


def format_date(date: dt.date, language: str) -> str:
    """A date in the language's long form: January 16, 2019, 2019年1月16日.

    Qt's long format without its weekday is CLDR's long format, the one
    Babel gives (a test compares every month in every language); Qt's is
    used because the reader shows a date before its first paint, and Babel's
    date module takes a tenth of a second to import.
    """
    locale, pattern = _long_date(language)
    return locale.toString(QDate(date.year, date.month, date.day), pattern)


def format_period(period: str, language: str) -> str:
    """A period as a reader writes it: '2018', 'Oct 2018', 'Jan – Oct 2018',
    '2019年2月4日 – 10日'; a year-end stock '2018-12-31' as a date."""
    from babel.dates import format_interval, format_skeleton

    locale = BABEL_LOCALES[language]
    try:
        start, _, end = period.partition("..")
        first, last = _period_date(start), _period_date(end) if end else None
    except ValueError:
        return period
    if first is None:
        return period
    skeleton = "yMMMd" if len(start) == 10 else "yMMM"
    if last is None:
        return format_skeleton(skeleton, first, locale=locale) if len(start) > 4 else start
    return format_interval(first, last, skeleton, locale=locale)


def _period_date(text: str) -> dt.date | None:
    parts = [int(p) for p in text.split("-")] if text else []
    if len(parts) == 1:
        return dt.date(parts[0], 1, 1)
    if len(parts) == 2:
        return dt.date(parts[0], parts[1], 1)
    if len(parts) == 3:
        return dt.date(*parts)
    return None


LANGUAGE_NAMES_FILE = I18N_DIR / "language_names.json"


def babel_language_names() -> dict[str, dict[str, str]]:
    """Babel's name of every display language, in every display language:
    {display language: {code: name}}."""
    from babel import Locale

    return {
        display: {code: Locale.parse(BABEL_LOCALES[display]).languages[code] for code in LANGUAGES}
        for display in LANGUAGES
    }


@functools.cache
def _written_language_names() -> dict[str, dict[str, str]]:
    """babel_language_names() as scripts/update_language_names.py wrote it:
    loading Babel's locale data takes longer than the window's first paint."""
    try:
        names = json.loads(LANGUAGE_NAMES_FILE.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}  # Babel answers instead
    return names if isinstance(names, dict) else {}


def language_name(code: str, display_language: str) -> str:
    """The name of language `code` written in `display_language`: 'en' is
    'English', '英语', 'anglais', '영어', '英語'."""
    written = _written_language_names().get(display_language)
    if isinstance(written, dict) and isinstance(written.get(code), str):
        return written[code]
    from babel import Locale

    name = Locale.parse(BABEL_LOCALES[display_language]).languages.get(code)
    return name or LANGUAGES.get(code, code)


def app_name() -> str:
    """The app's name in the display language (window titles, file footers,
    the creator of saved files)."""
    return QCoreApplication.translate("Application", "Hunan Trade Viewer")


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
        assert app is not None, "the application is created before its translators"
        removed, self._installed = self._installed, []
        for translator in removed:
            app.removeTranslator(translator)
            # Deleted now, not left as children of the service: each switch
            # would otherwise keep two catalogues in memory for good.
            shiboken6.delete(translator)
        QLocale.setDefault(QLocale(QT_LOCALES[language]))
        # English has a catalogue too: the plural forms of texts with a count.
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        for name, folder in ((f"qtbase_{QT_LOCALES[language]}", qt_dir), app_catalogue(language)):
            translator = QTranslator(self)
            if translator.load(name, folder):
                app.installTranslator(translator)
                self._installed.append(translator)
            else:
                shiboken6.delete(translator)


def app_catalogue(language: str) -> tuple[str, str]:
    """The app's catalogue of `language`: its name and folder, as
    QTranslator.load() takes them."""
    return f"{CATALOG}_{language}", str(I18N_DIR)


def translations(language: str, context: str, texts: list[str]) -> list[str]:
    """`texts` as `language`'s catalogue has them (each source text where it
    has none), without installing the catalogue."""
    translator = QTranslator()
    translator.load(*app_catalogue(language))
    found = [translator.translate(context, text) or text for text in texts]
    shiboken6.delete(translator)
    return found


def sample_formatted_text() -> str:
    """Text covering every character the formatters can produce (month
    names, compact units, signs); used to build the font subsets."""
    samples = [sample_number_text(list(LANGUAGES))]
    for language in LANGUAGES:
        for month in range(1, 13):
            samples.append(format_date(dt.date(2019, month, 16), language))
    return "".join(samples)
