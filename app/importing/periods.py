"""The period a figure belongs to, from the words around it.

Periods are strings: "2018", "2019-07", "2019-01..2019-07" (inclusive
months), "2019-02-04..2019-02-10" (a holiday), "2018-12-31" (a stock at the
end of a year or month). Phrases without a year ("the first half", "this
year") are resolved against the article's date: a period must have ended
by the time the article was published, so "the first three quarters" in a
January article are last year's.

Words after a growth rate ("over the previous year", "year on year") name
what the rate compares with, not the period, and are skipped.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from app.importing.dates import find_dates, month_number
from app.importing.holidays import holiday_days
from app.importing.period_patterns import COMPARISON, NUMBER_WORDS, PATTERNS, TRIGGER_PATTERNS


@dataclass(frozen=True)
class _Context:
    """What a phrase is resolved against: the article's date, the year the
    same text states, and the year being talked about (that one, else the
    one the caller knows from the text before)."""

    date: dt.date | None
    stated: int | None
    topic: int | None


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
    their own take the first year the text states, else the article's
    date; "the year" means `year_hint` when the text states none."""
    lowered = text.lower()
    kinds = [kind for kind, trigger in TRIGGER_PATTERNS.items() if trigger.search(lowered)]
    if not kinds:
        return []
    masked = mask(text)
    found = sorted(
        ((match.start(), -match.end(), kind, match) for kind in kinds for match in PATTERNS[kind].finditer(masked)),
        key=lambda item: item[:2],
    )
    stated = next((int(match["y"]) for _, _, kind, match in found if kind == "year"), None)
    context = _Context(article_date, stated, stated or year_hint)
    # Where phrases overlap the longest is read ("in Jan.-Sept. 2019", not
    # "in Jan"), then the earliest.
    chosen: list[tuple[int, int, str, re.Match[str]]] = []
    for item in sorted(found, key=lambda item: (item[1] + item[0], item[0])):
        start, end = item[0], -item[1]
        if all(end <= other[0] or start >= -other[1] for other in chosen):
            chosen.append(item)
    mentions: list[PeriodMention] = []
    for start, _, kind, match in sorted(chosen, key=lambda item: item[:2]):
        period = to_period(kind, match, context)
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


def qualifier_year(match: re.Match[str], context: _Context) -> int | None:
    """The year a phrase's own qualifier names ("of 2019", "last year")."""
    if group(match, "qy"):
        return int(group(match, "qy"))
    return relative_year(group(match, "qrel") or None, context)


def relative_year(word: str | None, context: _Context) -> int | None:
    """The year "this/last/next/the previous year" means."""
    if not word:
        return None
    base = context.date.year if context.date else None
    topic = context.topic
    word = {"今": "this", "去": "last", "上": "last"}.get(word, word.lower())
    if word in ("same", "the"):  # "the year" is the year being talked about
        return topic if topic is not None else base
    if word in ("this", "current"):
        return base if base is not None else topic
    if word == "previous" and topic is not None and topic != base:
        return topic - 1  # "the previous year" follows the year being talked about
    if word in ("last", "previous", "past"):
        return base - 1 if base is not None else None
    if word == "next":
        return base + 1 if base is not None else None
    return None


def inferred_year(last_month: int, context: _Context) -> int | None:
    """The year of a phrase with no year: the one its text states, or the
    article's unless the period would not have ended by the article's date."""
    if context.stated is not None:
        return context.stated
    if context.date is None:
        return None
    year = context.date.year
    ends = dt.date(year, last_month, calendar.monthrange(year, last_month)[1])
    return year - 1 if ends > context.date else year


def months(year: int | None, first: int, last: int, end_year: int | None = None) -> str:
    """ "2019-01..2019-07", or one month "2019-07"."""
    end_year = end_year or year
    if year is None or end_year is None or not (1 <= year <= end_year <= 9999):
        return ""
    if first == last and end_year == year:
        return f"{year:04d}-{first:02d}"
    return f"{year:04d}-{first:02d}..{end_year:04d}-{last:02d}"


def to_period(kind: str, match: re.Match[str], context: _Context) -> str:
    """The period string of one phrase."""
    stated = int(group(match, "y") or group(match, "y2") or group(match, "y3") or 0) or qualifier_year(match, context)
    number = group(match, "n").lower()
    if kind.startswith("zh_"):
        return chinese_period(kind, match, stated, number, context)
    kind = kind.removeprefix("fr_")  # French phrases say the same as the English ones
    if kind == "holiday":
        return holiday(match["name"], stated, context)
    if kind == "end":
        month = month_number(match["m"]) if group(match, "m") else 12
        year = stated or relative_year(group(match, "rel") or None, context)
        year = year or inferred_year(month, context)
        return month_end(year, month)
    if kind in ("between", "span"):
        first, last = month_number(match["m1"]), month_number(match["m2"])
        end_year = stated
        start_year = int(group(match, "y1") or 0) or (end_year - (first > last) if end_year else None)
        if not start_year:
            end_year = inferred_year(last, context)
            start_year = end_year - (first > last) if end_year else None
        return months(start_year, first, last, end_year or (start_year + (first > last) if start_year else None))
    if kind == "months":
        last = NUMBER_WORDS.get(number) or int(number)
        return months(stated or inferred_year(last, context), 1, last)
    if kind == "quarters":
        last = 3 * (NUMBER_WORDS.get(number) or int(number))
        return months(stated or inferred_year(last, context), 1, last)
    if kind == "qspan":
        first, last = int(match["n1"]), int(match["n"])
        year = stated or int(group(match, "y1") or 0) or inferred_year(3 * last, context)
        return months(year, 3 * first - 2, 3 * last) if first < last else ""
    if kind in ("quarter", "qshort"):
        quarter = NUMBER_WORDS.get(number) or int(number)
        year = stated or int(group(match, "y1") or 0) or inferred_year(3 * quarter, context)
        return months(year, 3 * quarter - 2, 3 * quarter)
    if kind == "half":
        second = NUMBER_WORDS.get(number) == 2 or group(match, "h") == "2"
        year = stated or inferred_year(12 if second else 6, context)
        return months(year, 7 if second else 1, 12 if second else 6)
    if kind == "month":
        month = month_number(match["m"])
        return months(stated or inferred_year(month, context), month, month)
    if kind == "relative":
        return year_text(relative_year(match["rel"], context))
    return match["y"]


def year_text(year: int | None) -> str:
    """ "2019", or "" for no year (or one outside the calendar)."""
    return f"{year:04d}" if year is not None and 1 <= year <= 9999 else ""


def month_end(year: int | None, month: int) -> str:
    """The last day of a month: a stock's date."""
    if not year_text(year):
        return ""
    assert year is not None
    return f"{year:04d}-{month:02d}-{calendar.monthrange(year, month)[1]:02d}"


def chinese_period(kind: str, match: re.Match[str], stated: int | None, number: str, context: _Context) -> str:
    """The period of a Chinese phrase (2019年1-7月, 上半年, 一季度, 年末, 今年), or
    of a Japanese or Korean one written alike (1～9月, 上半期; 1~9월, 1~3분기, 상반기)."""
    if kind == "zh_months":
        first, last = int(match["m1"]), int(match["m2"])
        return months(stated or inferred_year(last, context), first, last)
    if kind == "zh_month":
        month = int(match["m"])
        return months(stated or inferred_year(month, context), month, month)
    if kind == "zh_half":
        second = number in ("下", "하")
        return months(stated or inferred_year(12 if second else 6, context), 7 if second else 1, 12 if second else 6)
    if kind in ("zh_quarters", "zh_quarter"):
        number = number or group(match, "n2")  # (1~3분기: the first three quarters)
        count = NUMBER_WORDS.get(number) or int(number)
        first = 1 if kind == "zh_quarters" else 3 * count - 2
        return months(stated or inferred_year(3 * count, context), first, 3 * count)
    year = stated or relative_year(match["rel"], context)
    if kind == "zh_end":
        return month_end(year, 12)
    return year_text(year)


def holiday(name: str, year: int | None, context: _Context) -> str:
    """The days off of a public holiday in a year (inferred when not stated)."""
    date = context.date
    if year is None:
        year = context.stated
    if year is None and date is not None:
        year = date.year
        days = holiday_days(name, year)
        if days and days[1] > f"{date.month:02d}-{date.day:02d}":
            year -= 1  # this year's holiday has not ended yet
    days = holiday_days(name, year) if year is not None and year_text(year) else None
    return f"{year:04d}-{days[0]}..{year:04d}-{days[1]}" if year is not None and days else ""
