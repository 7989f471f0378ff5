"""Calendar dates written in a page: 2019-01-16, January 16, 2019,
16 Jan 2019, 2019年1月16日. Used for publication dates, and by the figure
finder to know that such numbers are not figures."""

from __future__ import annotations

import datetime as dt
import re

MONTHS = {
    "january": 1,
    "february": 2,
    "march": 3,
    "april": 4,
    "may": 5,
    "june": 6,
    "july": 7,
    "august": 8,
    "september": 9,
    "october": 10,
    "november": 11,
    "december": 12,
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
# Longest first, so "June" is not read as "Jun" followed by "e".
MONTH = "(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\b\.?"
YEAR = r"(?:19|20)\d{2}"
DAY = r"(?:0?[1-9]|[12]\d|3[01])"
ISO_START = re.compile(rf"\s*({YEAR})-(\d{{1,2}})-(\d{{1,2}})")

# French month names, written in lower case: "16 janvier 2019", "16 janv. 2019".
FRENCH_MONTHS = {
    "janvier": 1,
    "février": 2,
    "mars": 3,
    "avril": 4,
    "mai": 5,
    "juin": 6,
    "juillet": 7,
    "août": 8,
    "septembre": 9,
    "octobre": 10,
    "novembre": 11,
    "décembre": 12,
    "janv": 1,
    "févr": 2,
    "avr": 4,
    "juil": 7,
    "déc": 12,
}
FRENCH_MONTH = "(?:" + "|".join(sorted(FRENCH_MONTHS, key=len, reverse=True)) + r")\b\.?"

DATE = re.compile(
    rf"(?P<iso>(?<!\d)(?P<iy>{YEAR})(?P<sep>[-/.])(?P<im>0?[1-9]|1[0-2])(?P=sep)(?P<id>{DAY})(?!\d))"
    # 16.01.2019, 16/01/2019 (day first: a day above 12 or a point), 01/16/2019
    rf"|(?P<num>(?<![\d.,/])(?P<n1>\d{{1,2}})(?P<nsep>[/.])(?P<n2>\d{{1,2}})(?P=nsep)(?P<ny>{YEAR})(?![\w]|[.,]\d))"
    rf"|(?P<zh>(?P<zy>{YEAR})\s*年\s*(?P<zm>1[0-2]|0?[1-9])\s*月\s*(?P<zd>{DAY})\s*[日号])"
    rf"|(?P<ko>(?P<ky>{YEAR})\s*년\s*(?P<km>1[0-2]|0?[1-9])\s*월\s*(?P<kd>{DAY})\s*일)"
    rf"|(?P<mdy>\b(?P<am>{MONTH})\s+(?P<ad>{DAY})(?:st|nd|rd|th)?\b(?:,?\s*(?P<ay>{YEAR})\b)?)"
    rf"|(?P<dmy>(?<!\d)(?P<bd>{DAY})(?:st|nd|rd|th|er)?(?:\s+(?:of\s+)?|-)(?P<bm>{MONTH}|{FRENCH_MONTH})"
    rf"(?:(?:,?\s*|-)(?P<by>{YEAR})\b)?)",
    re.IGNORECASE,
)


# A date needs a digit next to a month name, a date separator or 年; most
# sentences have none, and this check is far cheaper than DATE.
DATE_HINT = re.compile(
    r"\d[-/.]\d|\d\s*[年년]|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
    r"|(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)"
    r"|\d(?:er)?\s+(?:janv|févr|mars|avr|mai|juin|juil|août|sept|oct|nov|déc)"
)


def find_dates(text: str) -> tuple[tuple[int, int, dt.date | None], ...]:
    """Every written date: its span and the date, or None when it has no
    year (a dateline's "Jan. 16") or does not exist (February 30)."""
    if not DATE_HINT.search(text):
        return ()
    found = []
    for match in DATE.finditer(text):
        month = match["am"] or match["bm"]
        if month and not month[0].isupper() and not is_french_month(month):  # "may" is a verb, "May" a month
            continue
        found.append((match.start(), match.end(), to_date(match)))
    return tuple(found)


def to_date(match: re.Match[str]) -> dt.date | None:
    """The calendar date of one DATE match, if it is complete and valid."""
    if match["iso"]:
        parts = (match["iy"], match["im"], match["id"])
    elif match["num"]:
        first, second = int(match["n1"]), int(match["n2"])
        if match["nsep"] == "." or first > 12:
            day, month = first, second
        elif second > 12:
            month, day = first, second
        else:
            return None  # 03/04/2019: the 3rd of April or March the 4th
        parts = (match["ny"], str(month), str(day))
    elif match["zh"]:
        parts = (match["zy"], match["zm"], match["zd"])
    elif match["ko"]:
        parts = (match["ky"], match["km"], match["kd"])
    elif match["mdy"]:
        parts = (match["ay"], str(month_number(match["am"])), match["ad"])
    else:
        parts = (match["by"], str(month_number(match["bm"])), match["bd"])
    if not parts[0]:
        return None
    try:
        return dt.date(int(parts[0]), int(parts[1]), int(parts[2]))
    except ValueError:
        return None


def month_number(name: str) -> int:
    """1-12 for a month name or abbreviation ("Sept.", "October", "janvier")."""
    key = name.rstrip(".").lower()
    return MONTHS.get(key) or FRENCH_MONTHS[key]


def is_french_month(name: str) -> bool:
    return name.rstrip(".").lower() in FRENCH_MONTHS


def first_date(text: str) -> dt.date | None:
    """The first complete date in the text."""
    return next((date for _, _, date in find_dates(text) if date), None)


def parse_iso(value: str | None) -> dt.date | None:
    """A date from metadata such as 2019-01-16T10:22:00+08:00."""
    if not value:
        return None
    match = ISO_START.match(value)
    if not match:
        return first_date(value)
    try:
        return dt.date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        return None
