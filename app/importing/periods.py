"""The period a figure belongs to, from the words around it.

Periods are strings: "2018", "2019-07", "2019-01..2019-07" (inclusive
months), "2019-02-04..2019-02-10" (a holiday), "2018-12-31" (a stock at the
end of a year or month). Phrases without a year ("the first half", "this
year") are resolved against the article's date: a period cannot start after
the article was published, so "the first three quarters" in a January
article is last year's.

Words after a growth rate ("over the previous year", "year on year") name
what the rate compares with, not the period, and are skipped.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from app.importing.dates import MONTHS, find_dates, month_number

YEAR = r"(?:19|20)\d{2}"
NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4,
    "一": 1, "二": 2, "两": 2, "三": 3, "四": 4,
}
COUNT = r"(?:[2-9]|1[0-2]|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
ORDINAL = r"(?:first|second|third|fourth|1st|2nd|3rd|4th)"
# Months must be capitalised here: "may" is a verb, "May" a month.
CAP_MONTH = "(?-i:" + "|".join(
    variant for name in sorted(MONTHS, key=len, reverse=True) for variant in (name.capitalize(), name.upper())
) + r")\b\.?"
# A year attached to a phrase: "of 2019", "this year", "in the previous year".
QUALIFIER = (
    rf"(?:,?\s+(?:of|in|for)?\s*(?:the\s+)?(?:(?P<qy>{YEAR})\b|(?P<qrel>this|last|the|current|previous|next|same)\s+year\b))?"
)
# Holidays with dates that move: the official holiday of each year, from the
# State Council's annual notices. Years missing here fall back to a default
# (Spring Festival: none; May Day: 1-5 May; National Day: 1-7 October).
SPRING_FESTIVAL = {
    2014: ("01-31", "02-06"), 2015: ("02-18", "02-24"), 2016: ("02-07", "02-13"), 2017: ("01-27", "02-02"),
    2018: ("02-15", "02-21"), 2019: ("02-04", "02-10"), 2020: ("01-24", "01-30"), 2021: ("02-11", "02-17"),
    2022: ("01-31", "02-06"), 2023: ("01-21", "01-27"), 2024: ("02-10", "02-17"), 2025: ("01-28", "02-04"),
    2026: ("02-15", "02-23"),
}
MAY_DAY = {
    2015: ("05-01", "05-03"), 2016: ("04-30", "05-02"), 2017: ("04-29", "05-01"), 2018: ("04-29", "05-01"),
    2019: ("05-01", "05-04"), 2022: ("04-30", "05-04"), 2023: ("04-29", "05-03"),
}
NATIONAL_DAY = {2020: ("10-01", "10-08"), 2023: ("09-29", "10-06"), 2025: ("10-01", "10-08")}

# One pattern per kind of phrase; where two overlap the earlier, longer wins.
PATTERNS = {
    kind: re.compile(pattern, re.IGNORECASE)
    for kind, pattern in {
        "holiday": rf"(?:(?P<y>{YEAR})\s+|\bthe\s+)?(?P<name>Spring Festival|National Day|May Day|(?:International\s+)?Labou?r Day|golden week|春节|国庆节?|五一|劳动节)"
        rf"(?:\s+(?:holidays?|golden week|break|period|festival))*{QUALIFIER}",
        "end": rf"\b(?:by|at|as of|until|till|up to|to)\s+(?:the\s+)?end\s+of\s+(?:(?P<m>{CAP_MONTH})(?:\s+(?P<y>{YEAR})\b)?"
        rf"|(?P<y3>{YEAR})\b|(?P<rel>this|last|the|current|previous)\s+year\b){QUALIFIER}"
        rf"|\b(?:by|at)\s+(?:the\s+)?(?:end-|year-end\s+)(?P<y2>{YEAR})",
        "between": rf"\b(?:from|between)\s+(?P<m1>{CAP_MONTH})(?:\s+(?P<y1>{YEAR}))?\s+(?:to|and|through|till|until)\s+"
        rf"(?P<m2>{CAP_MONTH})(?:\s+(?P<y>{YEAR}))?{QUALIFIER}",
        "span": rf"(?P<m1>{CAP_MONTH})\s*(?:-|–|—|to|through)\s*(?P<m2>{CAP_MONTH})(?:\s+(?P<y>{YEAR}))?{QUALIFIER}",
        "months": rf"(?:\bthe\s+)?\bfirst\s+(?P<n>{COUNT})\s+months{QUALIFIER}",
        "quarters": rf"(?:\bthe\s+)?\bfirst\s+(?P<n>two|three|2|3)\s+quarters{QUALIFIER}",
        "quarter": rf"(?:\bthe\s+)?\b(?P<n>{ORDINAL})\s+quarter{QUALIFIER}",
        "qshort": rf"(?:(?P<y1>{YEAR})\s*)?\bQ(?P<n>[1-4])\b(?:\s*(?:of\s+)?(?P<y>{YEAR})\b)?",
        "half": rf"(?:\bthe\s+)?\b(?P<n>first|second)\s+half(?:\s+of\s+(?:the\s+)?year\b)?{QUALIFIER}|\bH(?P<h>[12])\s+(?P<y>{YEAR})",
        "month": rf"\b(?:in|during|for|of)\s+(?P<m>{CAP_MONTH})(?!\s*\d{{1,2}}\b)(?:\s+(?P<y>{YEAR}))?{QUALIFIER}",
        "relative": r"\b(?P<rel>this|last|current|previous|next|past)\s+year\b",
        # Chinese: 2019年1-7月, 7月, 上半年, 前三季度, 一季度, 2018年末, 今年
        "zh_months": rf"(?:(?P<y>{YEAR})\s*年\s*)?(?<![\d.])(?P<m1>1[0-2]|[1-9])\s*[-—–至到~～]\s*(?P<m2>1[0-2]|[1-9])\s*月份?",
        "zh_month": rf"(?:(?P<y>{YEAR})\s*年\s*)?(?<![\d.\-])(?P<m>1[0-2]|[1-9])\s*月份?(?!\s*\d{{1,2}}\s*[日号])",
        "zh_half": rf"(?:(?P<y>{YEAR})\s*年\s*)?(?P<n>上|下)半年",
        "zh_quarters": rf"(?:(?P<y>{YEAR})\s*年\s*)?前(?P<n>[二两三23])个?季度",
        "zh_quarter": rf"(?:(?P<y>{YEAR})\s*年\s*)?第?(?P<n>[一二三四1-4])季度",
        "zh_end": rf"(?:(?P<y>{YEAR})|(?P<rel>今|去|上))\s*年\s*(?:末|底)",
        "zh_relative": r"(?P<rel>今|去)年",
        "year": rf"(?<![\d.,\-/])(?P<y>{YEAR})(?![\d%]|\.\d|\s*(?:percent|per cent|billion|million|thousand|yuan))",
    }.items()
}
# What a growth rate is compared with: not a period.
COMPARISON = re.compile(
    rf"(?:over|than|compared\s+(?:with|to)|from|against|versus|vs\.?)\s+(?:that\s+(?:of|in)\s+)?(?:the\s+)?"
    rf"(?:same\s+period\s+(?:of|in|last)?\s*)?(?:the\s+)?(?:(?:previous|last|prior|preceding|past)\s+year|{YEAR}|a\s+year\s+(?:earlier|ago|before))"
    rf"|(?:the\s+)?same\s+period\s+(?:of\s+|in\s+)?(?:the\s+)?(?:(?:previous|last|prior)\s+year|{YEAR})"
    rf"|year[- ]on[- ]year|\byoy\b|a\s+year\s+(?:earlier|ago|before)|\b(?:yearly|annually)\b"
    rf"|\bthe\s+{YEAR}\s+(?:level|figure|total|value|volume)s?\b"
    r"|比上年同期|比去年同期|比上年|比去年|较上年|同比|上年同期|去年同期",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class PeriodMention:
    """A period phrase in a text: where it is and the period it names.
    `specific` is False for a bare year or "this year"."""

    start: int
    end: int
    period: str
    specific: bool


def resolve_period(phrase_context: str, article_date: dt.date | None) -> str:
    """The period the text names: its most specific phrase, else a year it
    mentions, else "" (the text does not say)."""
    mentions = find_periods(phrase_context, article_date)
    specific = [mention for mention in mentions if mention.specific]
    chosen = specific or mentions
    return chosen[0].period if chosen else ""


def find_periods(text: str, article_date: dt.date | None, year_hint: int | None = None) -> list[PeriodMention]:
    """Every period phrase in the text, in order. Phrases without a year of
    their own take the first year the text states, else `year_hint`, else
    the article's date."""
    masked = mask(text)
    found = sorted(
        ((match.start(), -match.end(), kind, match) for kind, pattern in PATTERNS.items() for match in pattern.finditer(masked)),
        key=lambda item: item[:2],
    )
    stated = next((int(match["y"]) for _, _, kind, match in found if kind == "year"), None)
    hint = stated or year_hint
    mentions: list[PeriodMention] = []
    covered = 0
    for start, _, kind, match in found:
        if start < covered:
            continue  # inside a longer phrase already read
        covered = match.end()
        period = to_period(kind, match, article_date, hint)
        if period:
            mentions.append(PeriodMention(start, match.end(), period, kind not in ("year", "relative", "zh_relative")))
    return mentions


def mask(text: str) -> str:
    """The text with dates and comparisons blanked out (offsets kept)."""
    chars = list(text)
    spans = [(start, end) for start, end, _ in find_dates(text)]
    spans += [match.span() for match in COMPARISON.finditer(text)]
    for start, end in spans:
        chars[start:end] = " " * (end - start)
    return "".join(chars)


def group(match: re.Match[str], name: str) -> str:
    """A named group's text, or "" when the pattern has no such group or it did not match."""
    return (match.groupdict().get(name) or "") if name in match.re.groupindex else ""


def qualifier_year(match: re.Match[str], article_date: dt.date | None, hint: int | None) -> int | None:
    """The year a phrase's own qualifier names ("of 2019", "last year")."""
    if group(match, "qy"):
        return int(group(match, "qy"))
    return relative_year(group(match, "qrel") or None, article_date, hint)


def relative_year(word: str | None, article_date: dt.date | None, hint: int | None) -> int | None:
    """The year "this/last/next/the previous year" means."""
    if not word:
        return None
    base = article_date.year if article_date else None
    word = {"今": "this", "去": "last", "上": "last"}.get(word, word.lower())
    if word == "same":
        return hint if hint is not None else base
    if word in ("this", "current", "the"):
        return base if base is not None else hint
    if word == "previous" and hint is not None and hint != base:
        return hint - 1  # "the previous year" follows the year being talked about
    if word in ("last", "previous", "past"):
        return base - 1 if base is not None else None
    if word == "next":
        return base + 1 if base is not None else None
    return None


def inferred_year(last_month: int, article_date: dt.date | None, hint: int | None) -> int | None:
    """The year of a phrase with no year: the stated one, or the article's
    unless the period would not have ended by the article's date."""
    if hint is not None:
        return hint
    if article_date is None:
        return None
    year = article_date.year
    ends = dt.date(year, last_month, calendar.monthrange(year, last_month)[1])
    return year - 1 if ends > article_date else year


def months(year: int | None, first: int, last: int, end_year: int | None = None) -> str:
    """ "2019-01..2019-07", or one month "2019-07"."""
    if year is None:
        return ""
    end_year = end_year or year
    if first == last and end_year == year:
        return f"{year}-{first:02d}"
    return f"{year}-{first:02d}..{end_year}-{last:02d}"


def to_period(kind: str, match: re.Match[str], article_date: dt.date | None, hint: int | None) -> str:
    """The period string of one phrase."""
    stated = int(group(match, "y") or group(match, "y2") or group(match, "y3") or 0) or qualifier_year(match, article_date, hint)
    number = group(match, "n").lower()
    if kind.startswith("zh_"):
        return chinese_period(kind, match, stated, number, article_date, hint)
    if kind == "holiday":
        return holiday(match["name"], stated, article_date, hint)
    if kind == "end":
        month = month_number(match["m"]) if group(match, "m") else 12
        year = stated or relative_year(group(match, "rel") or None, article_date, hint)
        year = year or inferred_year(month, article_date, hint)
        return "" if year is None else f"{year}-{month:02d}-{calendar.monthrange(year, month)[1]:02d}"
    if kind in ("between", "span"):
        first, last = month_number(match["m1"]), month_number(match["m2"])
        end_year = stated
        start_year = int(group(match, "y1") or 0) or (end_year - (first > last) if end_year else None)
        if not start_year:
            end_year = inferred_year(last, article_date, hint)
            start_year = end_year - (first > last) if end_year else None
        return months(start_year, first, last, end_year or (start_year + (first > last) if start_year else None))
    if kind == "months":
        last = NUMBER_WORDS.get(number) or int(number)
        return months(stated or inferred_year(last, article_date, hint), 1, last)
    if kind == "quarters":
        last = 3 * (NUMBER_WORDS.get(number) or int(number))
        return months(stated or inferred_year(last, article_date, hint), 1, last)
    if kind in ("quarter", "qshort"):
        quarter = NUMBER_WORDS.get(number) or int(number)
        year = stated or int(group(match, "y1") or 0) or inferred_year(3 * quarter, article_date, hint)
        return months(year, 3 * quarter - 2, 3 * quarter)
    if kind == "half":
        second = number == "second" or group(match, "h") == "2"
        year = stated or inferred_year(12 if second else 6, article_date, hint)
        return months(year, 7 if second else 1, 12 if second else 6)
    if kind == "month":
        month = month_number(match["m"])
        return months(stated or inferred_year(month, article_date, hint), month, month)
    if kind == "relative":
        year = relative_year(match["rel"], article_date, hint)
        return str(year) if year else ""
    return match["y"]


def chinese_period(
    kind: str, match: re.Match[str], stated: int | None, number: str, article_date: dt.date | None, hint: int | None
) -> str:
    """The period of a Chinese phrase (2019年1-7月, 上半年, 一季度, 年末, 今年)."""
    if kind == "zh_months":
        first, last = int(match["m1"]), int(match["m2"])
        return months(stated or inferred_year(last, article_date, hint), first, last)
    if kind == "zh_month":
        month = int(match["m"])
        return months(stated or inferred_year(month, article_date, hint), month, month)
    if kind == "zh_half":
        second = number == "下"
        return months(stated or inferred_year(12 if second else 6, article_date, hint), 7 if second else 1, 12 if second else 6)
    if kind in ("zh_quarters", "zh_quarter"):
        count = NUMBER_WORDS.get(number) or int(number)
        first = 1 if kind == "zh_quarters" else 3 * count - 2
        return months(stated or inferred_year(3 * count, article_date, hint), first, 3 * count)
    year = stated or relative_year(match["rel"], article_date, hint)
    if kind == "zh_end":
        return f"{year}-12-31" if year else ""
    return str(year) if year else ""


def holiday(name: str, year: int | None, article_date: dt.date | None, hint: int | None) -> str:
    """The dates of a public holiday in a year (inferred when not stated)."""
    name = name.lower()
    if "spring" in name or "春节" in name:
        table, default = SPRING_FESTIVAL, None
    elif "may" in name or "labo" in name or "五一" in name or "劳动" in name:
        table, default = MAY_DAY, ("05-01", "05-05")
    else:  # National Day, and "golden week" on its own
        table, default = NATIONAL_DAY, ("10-01", "10-07")
    if year is None:
        year = hint
    if year is None and article_date is not None:
        year = article_date.year
        days = table.get(year, default)
        if days and dt.date.fromisoformat(f"{year}-{days[1]}") > article_date:
            year -= 1
    if year is None:
        return ""
    days = table.get(year, default)
    return f"{year}-{days[0]}..{year}-{days[1]}" if days else ""
