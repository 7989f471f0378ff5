"""The unit vocabulary every bundle uses, and its formatting per locale.

Values are stored in base units (310 billion yuan is 310000000000); percent
and percentage points as written (a decrease is negative). Formatting is
generic per unit and language: Babel's CLDR data gives the compact forms
(310B, 3,100亿, 310 Md), the grouping and the percent sign; the words around
a number ("%1 CNY", "%1 times") are translations, so each language places
them its own way.

One rounding rule everywhere: half up (487.45 -> 487.5), never the
round-half-even that floats and Babel would otherwise give. The decimal
module is imported with the first number formatted, as Babel is: none is
before the article is first painted.
"""

from __future__ import annotations

import functools
import math
from contextlib import AbstractContextManager
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

if TYPE_CHECKING:
    from decimal import Context, Decimal

    from babel import Locale

BABEL_LOCALES = {"en": "en", "zh": "zh_Hans_CN", "fr": "fr_FR", "ko": "ko_KR", "ja": "ja_JP"}


def _babel():
    """Babel's numbers module, imported with the first number formatted:
    the article is painted before any is."""
    from babel import numbers

    return numbers


@functools.cache
def _locale(language: str) -> Locale:
    """Babel's locale of `language` (its CLDR data loads on first use); one
    object per language, handed to Babel rather than its name, which Babel
    would parse at every number."""
    from babel import Locale

    return Locale.parse(BABEL_LOCALES[language])


@dataclass(frozen=True)
class Unit:
    """How one unit is written: compactly (amounts) or as a plain number,
    the text around a value ('%1 CNY') and the value axis's label."""

    code: str
    compact: bool
    with_unit: str  # "%1" is the number; "%2" the counted thing (count only)
    label: str  # the number as written on a bar or point
    axis: str


UNITS: dict[str, Unit] = {
    "CNY": Unit(
        "CNY", True, str(QT_TRANSLATE_NOOP("Units", "%1 CNY")), "%1", str(QT_TRANSLATE_NOOP("Units", "Yuan (CNY)"))
    ),
    "USD": Unit(
        "USD", True, str(QT_TRANSLATE_NOOP("Units", "US$%1")), "%1", str(QT_TRANSLATE_NOOP("Units", "US dollars (USD)"))
    ),
    "percent": Unit("percent", False, "%1", "%1", str(QT_TRANSLATE_NOOP("Units", "Percent"))),
    "percentage_points": Unit(
        "percentage_points",
        False,
        str(QT_TRANSLATE_NOOP("Units", "%1 percentage points")),
        str(QT_TRANSLATE_NOOP("Units", "%1 pp")),
        str(QT_TRANSLATE_NOOP("Units", "Percentage points")),
    ),
    "count": Unit(
        "count", False, str(QT_TRANSLATE_NOOP("Units", "%1 %2")), "%1", str(QT_TRANSLATE_NOOP("Units", "Number"))
    ),
    "times": Unit(
        "times",
        False,
        str(QT_TRANSLATE_NOOP("Units", "%1 times")),
        str(QT_TRANSLATE_NOOP("Units", "%1×")),
        str(QT_TRANSLATE_NOOP("Units", "Multiple")),
    ),
    "tonnes": Unit(
        "tonnes", True, str(QT_TRANSLATE_NOOP("Units", "%1 tonnes")), "%1", str(QT_TRANSLATE_NOOP("Units", "Tonnes"))
    ),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("Units", text) if text != "%1" else text


@functools.cache
def _every_digit_context() -> Context:
    """A decimal context that holds every digit of any float with its
    decimals: 1e26 to two decimals has 29 digits, past the default
    context's 28, and quantize() (Babel's too) would refuse it."""
    from decimal import Context

    return Context(prec=360)


def every_digit() -> AbstractContextManager[Context]:
    """_every_digit_context() as the thread's context, for Babel's arithmetic."""
    from decimal import localcontext

    return localcontext(_every_digit_context())


def round_half_up(value: float, digits: int) -> Decimal:
    """`value` rounded to `digits` decimals, halves away from zero."""
    from decimal import ROUND_HALF_UP, Decimal

    exponent = Decimal(1).scaleb(-digits)
    return Decimal(repr(float(value))).quantize(exponent, rounding=ROUND_HALF_UP, context=_every_digit_context())


def _rounded(value: float, digits: int | None) -> Decimal:
    """`value` to `digits` decimals; or, with None, to at most two with
    trailing zeros dropped (16.80 -> 16.8, 28.00 -> 28)."""
    from decimal import Decimal

    rounded = round_half_up(value, 2 if digits is None else digits)
    if digits is None:
        context = _every_digit_context()
        if rounded != rounded.to_integral():
            rounded = rounded.normalize(context=context)
        else:
            rounded = rounded.quantize(Decimal(1), context=context)
    return rounded


def format_number(value: float, language: str, digits: int | None = None) -> str:
    """A plain number with the language's grouping and decimal sign; with
    `digits`, exactly that many decimals, else at most two, trailing zeros dropped."""
    if not math.isfinite(value):
        return "—"
    rounded = _rounded(value, digits)
    with every_digit():
        if digits is None:
            return _babel().format_decimal(rounded, locale=_locale(language), decimal_quantization=False)
        pattern = "#,##0" + ("." + "0" * digits if digits else "")
        return _babel().format_decimal(rounded, format=pattern, locale=_locale(language))


@functools.cache
def _compact_patterns(language: str) -> list[tuple[int, str, str, int]]:
    """(magnitude, prefix, suffix, digits before the suffix) from CLDR's short
    compact forms, largest first."""
    formats = _locale(language).compact_decimal_formats["short"]["other"]
    patterns = []
    for magnitude, pattern in formats.items():
        prefix, suffix = pattern.prefix[0], pattern.suffix[0]
        if prefix or suffix:
            patterns.append((int(magnitude), prefix, suffix, pattern.pattern.count("0")))
    return sorted(patterns, reverse=True)


def format_compact(value: float, language: str, digits: int | None = 1) -> str:
    """310e9 -> '310B', '3,100亿', '3,100억', '3,100億', '310 Md'; digits
    grouped the way the language groups any other number."""
    for magnitude, prefix, suffix, zeros in _compact_patterns(language):
        if abs(value) >= magnitude:
            divisor = magnitude // 10 ** (zeros - 1)
            return prefix + format_number(value / divisor, language, digits) + suffix
    return format_number(value, language, digits)


def format_percent(value: float, language: str, digits: int | None = None) -> str:
    """28 -> '28%' ('28 %' in French); 16.8 -> '16.8%'."""
    rounded = _rounded(value, digits)
    with every_digit():
        if digits is None:
            return _babel().format_percent(rounded / 100, locale=_locale(language), decimal_quantization=False)
        pattern = _locale(language).percent_formats[None].pattern
        pattern = pattern.replace("#,##0", "#,##0" + ("." + "0" * digits if digits else ""), 1)
        return _babel().format_percent(rounded / 100, format=pattern, locale=_locale(language))


def decimals_shown(value: float, unit: str, language: str, cap: int = 1) -> int:
    """How many decimals `value` has as written in `language` (310e9 in
    billions: 0; 487.45e9: 2), at most `cap`."""
    shown = value
    if UNITS[unit].compact:
        for magnitude, _prefix, _suffix, zeros in _compact_patterns(language):
            if abs(value) >= magnitude:
                shown = value / (magnitude // 10 ** (zeros - 1))
                break
    exponent = round_half_up(shown, 6).normalize().as_tuple().exponent
    return min(cap, max(0, -exponent)) if isinstance(exponent, int) else 0


def _number(value: float, unit: str, language: str, digits: int | None) -> str:
    if unit == "percent":
        return format_percent(value, language, digits)
    if UNITS[unit].compact:
        return format_compact(value, language, digits)
    return format_number(value, language, digits)


def format_value(value: float, unit: str, language: str, digits: int | None = None) -> str:
    """A value as written on a chart: '310B', '28%', '4,630', '1.2 pp', '2.5×'."""
    return _tr(UNITS[unit].label).replace("%1", _number(value, unit, language, digits))


def format_exact(value: float, unit: str, language: str, counted: str = "", digits: int | None = None) -> str:
    """A value with its unit in words: '310B CNY', '4,630 tourist trips',
    '1.2 percentage points'; up to two decimals unless `digits` says."""
    number = _number(value, unit, language, digits)
    if unit == "count" and not counted:
        return number
    return _tr(UNITS[unit].with_unit).replace("%1", number).replace("%2", counted)


@functools.lru_cache(maxsize=4096)
def format_tick(value: float, unit: str, language: str) -> str:
    """A value-axis tick, in the same form as the labels of the bars.
    Remembered: an axis asks again for the same ticks at every paint."""
    if value == 0:
        return format_number(0, language)
    if UNITS[unit].compact:
        return format_compact(value, language, None)
    return format_number(value, language)


def unit_name(unit: str) -> str:
    """The value axis's label in the display language: 'Yuan (CNY)'."""
    return QCoreApplication.translate("Units", UNITS[unit].axis)


def sample_formatted_text(languages: list[str]) -> str:
    """Every character the formatters can produce (compact forms, signs);
    used to build the font subsets."""
    samples = []
    for language in languages:
        for exponent in range(0, 16):
            samples.append(format_compact(1.5 * 10**exponent, language))
        samples += [format_percent(-16.8, language), format_number(-4630.5, language)]
    return "".join(samples)
