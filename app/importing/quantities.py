"""Numbers with units in a paragraph: the raw material of figures.

A number is a figure only with a unit: money (CNY, USD), percent,
percentage points, a multiple, tonnes, or a counted noun ("4,630
enterprises"). Everything else that looks like a number is left alone:
dates and years, ordinals and ranks, list markers, period lengths
("7 months"), names ("Group 20", "G20"), phone numbers and addresses.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_right
from dataclasses import dataclass, replace
from decimal import Decimal

from app.bundle import MAX_ABS_VALUE
from app.importing.dates import FRENCH_MONTHS, find_dates

# Full-width digits, point, percent and minus ("增长２６．５％") as the ASCII
# ones, one character for one: a text translated with it keeps its offsets.
# (The full-width comma is Chinese punctuation, not a thousands separator.)
HALF_WIDTH = str.maketrans(
    {**{chr(0xFF10 + digit): str(digit) for digit in range(10)}, "．": ".", "％": "%", "－": "-"}
)
# What may stand before a number in every language: a currency, a minus.
# A minus, not a hyphen: not after a Latin letter, digit or point
# (COVID-19, 2018-2019), but after a Chinese word ("增长-5.3%").
MONEY_AND_SIGN = (
    r"(?P<pre>US\$\s?|U\.S\.\s?\$\s?|USD\s?|\$|RMB\s?|CNY\s?|¥\s?|￥\s?)?"
    r"(?P<sign>(?<![A-Za-z0-9_.,])[-−–](?=\d))?"
)
# Digits as English writes them: 3,542.4.
DIGITS = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
NUMBER = re.compile(MONEY_AND_SIGN + rf"(?P<num>(?<![\d.,]){DIGITS})(?![\d.]*\d)")
# Chinese, Japanese and Korean scales stand before what they count: 3100亿元,
# 3,100億元, 3,100억 위안, 4630家, 5만 명.
CJK_MULTIPLIERS = {
    "万": 10**4,
    "亿": 10**8,
    "億": 10**8,
    "万亿": 10**12,
    "千": 10**3,
    "억": 10**8,
    "조": 10**12,
    "만": 10**4,
    "천": 10**3,
}
MULTIPLIERS = {
    "thousand": 1e3,
    "million": 1e6,
    "billion": 1e9,
    "trillion": 1e12,
    "bn": 1e9,
    "mln": 1e6,
    "mn": 1e6,
    "hundred million": 1e8,
    **{word: float(value) for word, value in CJK_MULTIPLIERS.items()},
}


def alternatives(words: dict[str, int]) -> str:
    """The words as one regular-expression choice, the longest tried first."""
    return "|".join(sorted(words, key=len, reverse=True))


UNIT_AHEAD = r"(?=\s?(?:[元美吨人家个项辆社]|ドル|円|トン|위안|달러|원|명|개|톤))"
CJK_MULTIPLIER = rf"\s?(?P<zh>{alternatives(CJK_MULTIPLIERS)}){UNIT_AHEAD}"
# A number written in several scales, each smaller than the one before:
# 2010億6000万元, 1조 2000억 위안, 3억 5천만 달러.
CJK_SCALES = {**CJK_MULTIPLIERS, "兆": 10**12, "千万": 10**7, "천만": 10**7, "百万": 10**6, "백만": 10**6}
COMPOUND_STEP = re.compile(rf"\s?(?P<scale>{alternatives(CJK_SCALES)})\s?(?P<num>{DIGITS})?")
COMPOUND_END = re.compile(UNIT_AHEAD)
MULTIPLIER = re.compile(
    rf"(?:\s?(?P<en>hundred\s+million|thousand|million|billion|trillion|bn|mln|mn)\b|{CJK_MULTIPLIER})",
    re.IGNORECASE,
)
UNIT = re.compile(
    r"(?P<cny>\s?(?:yuans?|CNY|RMB|renminbi)\b|\s?(?:元|人民币|위안))"
    r"|(?P<usd>\s?(?:U\.S\.|US|American)\s+dollars?\b|\s?(?:dollars?|USD)\b|\s?(?:美元|ドル|달러))"
    r"|(?P<pp>\s?percentage\s+points?\b|\s?ppts?\b|\s?个百分点|\s?points?\s+de\s+pourcentage\b"
    r"|\s?(?:%|％)\s?포인트|\s?ポイント)"
    r"|(?P<percent>\s?(?:%|％)|\s?per\s?cent\b|\s?pct\b)"
    r"|(?P<times>\s?times\b|-?fold\b|\s?倍)"
    r"|(?P<tonnes>\s?(?:metric\s+)?(?:tonnes?|tons?)\b|\s?吨)"
    r"|(?P<classifier>\s?(?:人次|家|个|项|辆|艘|人|件|社(?!会)|개사|개(?!월)|곳|명|건))",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Numerals:
    """How a language writes numbers: the pattern of a number, of the scale
    words after it and their values, and whether a comma is its decimal
    point."""

    number: re.Pattern[str]
    multiplier: re.Pattern[str]
    multipliers: dict[str, float]
    decimal_comma: bool = False


ENGLISH = Numerals(NUMBER, MULTIPLIER, MULTIPLIERS)
# French: 1 234,5 (a space, no-break or thin, between thousands; a decimal
# comma), 310 milliards de yuans, 28 %; a French billion is a million millions.
FRENCH = Numerals(
    re.compile(
        MONEY_AND_SIGN
        + r"(?P<num>(?<![\d.,\u00a0\u202f])(?:\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?!\d)|\d+)(?:,\d+)?)(?![\d,]*\d)"
    ),
    re.compile(
        r"(?:\s?(?P<en>milliards?|millions?|milliers?|billions?|mille)\b(?:\s+de\s+|\s+d['’]\s?)?"
        rf"|{CJK_MULTIPLIER})",
        re.IGNORECASE,
    ),
    {
        **MULTIPLIERS,
        "milliard": 1e9,
        "milliards": 1e9,
        "million": 1e6,
        "millions": 1e6,
        "millier": 1e3,
        "milliers": 1e3,
        "mille": 1e3,
        "billion": 1e12,
        "billions": 1e12,
    },
    decimal_comma=True,
)


def numerals_for(language: str) -> Numerals:
    """The way numbers are written in an article in `language`."""
    return FRENCH if language == "fr" else ENGLISH


COUNTED_WORD = re.compile(r"\s+([A-Za-z][a-z]*(?:-[a-z]+)*|[A-Z]{2,}s)\b")
LIST_GAP = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+|\s*[、和及]\s*")
# Numbers that are not figures, in spans found before the numbers are read.
# Each pattern runs only when its cheap hint is in the text.
SKIPS = (
    (("@",), re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+")),  # e-mail addresses
    (("://", "www."), re.compile(r"https?://\S+|www\.\S+", re.IGNORECASE)),  # web addresses
    ((":",), re.compile(r"(?<![\d,.])\d{1,2}:\d{2}(?::\d{2})?\b")),  # clock times
    (
        ("",),
        re.compile(  # phone numbers
            r"(?:\btel|\bfax|\bphone|\bhotline|电话)\s*[:：]?\s*[+\d][\d\s()-]{5,}\d"
            r"|\+?\(?\d{2,4}\)?[\s-]\d{3,4}[\s-]\d{4}\b|\b0\d{2,3}-\d{7,8}\b",
            re.IGNORECASE,
        ),
    ),
    (("",), re.compile(r"^\s*\(?\d{1,2}[.)、](?=\s|[^\d])|[(（]\d{1,2}[)）]")),  # list markers
    (
        ("",),
        re.compile(  # names and ranks: "No. 1", "Group 20", "Article 5"
            r"\b(?:No|Nos|Number|Art|Article|Room|Line|Phase|Route|Group|Vol|Chapter|Section)\.?\s*\d+",
            re.IGNORECASE,
        ),
    ),
)
ORDINAL_AFTER = re.compile(r"(?:st|nd|rd|th)\b|-(?!fold)[A-Za-z]|[A-Za-z]")
RANK_BEFORE = re.compile(r"(?:\b(?:ranked|ranking|ranks?|top|aged?)\s*|#|第)$", re.IGNORECASE)
PERIOD_WORDS = {
    "year",
    "years",
    "month",
    "months",
    "day",
    "days",
    "week",
    "weeks",
    "quarter",
    "quarters",
    "hour",
    "hours",
    "minute",
    "minutes",
    "second",
    "seconds",
    "decade",
    "decades",
    "century",
    "centuries",
    # French: "16 janvier", "trois ans", "le premier trimestre"
    *FRENCH_MONTHS,
    *("an", "ans", "année", "années", "mois", "jour", "jours", "semaine", "semaines", "trimestre", "trimestres"),
}
# Measures outside the unit vocabulary: not counts.
MEASURE_WORDS = {
    "kilometers",
    "kilometres",
    "km",
    "meters",
    "metres",
    "miles",
    "hectares",
    "acres",
    "square",
    "cubic",
    "liters",
    "litres",
    "kilowatts",
    "kilowatt-hours",
    "kwh",
    "watts",
    "degrees",
    "kg",
    "kilograms",
    "grams",
    "points",
    "mu",
    "gb",
    "mb",
}
STOP = {
    "a",
    "an",
    "the",
    "of",
    "in",
    "on",
    "at",
    "to",
    "for",
    "with",
    "by",
    "from",
    "and",
    "or",
    "as",
    "was",
    "were",
    "is",
    "are",
    "has",
    "have",
    "had",
    "been",
    "be",
    "which",
    "that",
    "this",
    "these",
    "those",
    "more",
    "less",
    "than",
    "over",
    "respectively",
    "up",
    "down",
    "each",
    "per",
    "its",
    "their",
    "it",
    "they",
    "while",
    "during",
    "into",
    "about",
    "so",
    "yet",
    "but",
    "also",
    "after",
    "before",
    "who",
}
IRREGULAR = {"people", "staff", "personnel", "children", "men", "women", "cattle", "sheep", "livestock", "poultry"}
YEAR = re.compile(r"(?:19|20)\d{2}")
# Words that carry a count on to the next number: "an increase of 21,000",
# "bringing the total to around 5,600".
COUNT_GOES_ON = re.compile(
    r"\b(?:increase|decrease|rise|drop|decline|growth|total|up|down|more|fewer|less)\b[^.;:\d]{0,30}$", re.IGNORECASE
)
NAME_BEFORE = re.compile(r"([A-Z][a-z]+)\s+$")
NUMBER_OF = re.compile(
    r"\b(?:number of\s+|nombre\s+(?:de\s+|d['’]))((?:[\w-]+\s+){0,3}?[\w-]+(?:s|people))\b[^.;:\d]{0,60}$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Quantity:
    """A number with its unit. `start:end` is the quote: the characters of
    this number (and of its unit, when it has its own). `noun_end` is
    where a count's counted noun ends."""

    start: int
    end: int
    value: float
    unit: str
    counted: str = ""
    noun_end: int = -1


@dataclass
class _Token:
    start: int
    end: int
    number: Decimal
    multiplier: float
    unit: str
    counted: str
    noun_end: int
    money: str  # currency given before the number


def find_quantities(text: str, numerals: Numerals = ENGLISH) -> list[Quantity]:
    """The numbers with units in a text, in order."""
    blocked = [(s, e) for s, e, _ in find_dates(text)]
    for hints, pattern in SKIPS:
        if any(hint in text for hint in hints):
            blocked += [match.span() for match in pattern.finditer(text)]
    starts, ends = merged(blocked)
    tokens: list[_Token] = []
    for match in numerals.number.finditer(text):
        if tokens and match.start() < tokens[-1].end:
            continue  # the 6000 of 2010億6000万元, read with it
        token = read_token(text, match, starts, ends, numerals)
        if token:
            tokens.append(token)
    share_units(text, tokens)
    continue_counts(text, tokens)
    quantities = []
    for token in tokens:
        if not token.unit:
            continue
        value = float(token.number * Decimal(repr(token.multiplier)))
        if not math.isfinite(value) or abs(value) > MAX_ABS_VALUE:
            continue  # no statistic: a string of digits, which no article could hold
        quantities.append(Quantity(token.start, token.end, value, token.unit, token.counted, token.noun_end))
    return quantities


def merged(spans: list[tuple[int, int]]) -> tuple[list[int], list[int]]:
    """Overlapping spans joined, as sorted starts and ends (for bisect)."""
    starts: list[int] = []
    ends: list[int] = []
    for start, end in sorted(spans):
        if ends and start <= ends[-1]:
            ends[-1] = max(ends[-1], end)
        else:
            starts.append(start)
            ends.append(end)
    return starts, ends


def read_token(
    text: str, match: re.Match[str], starts: list[int], ends: list[int], numerals: Numerals = ENGLISH
) -> _Token | None:
    """One number and what follows it, or None when it is not a figure."""
    start, end = match.span()
    num_start = match.start("num")
    index = bisect_right(starts, num_start) - 1
    if index >= 0 and num_start < ends[index]:
        return None
    before = text[num_start - 1] if num_start else " "
    glued = (before.isascii() and before.isalpha() and not match["pre"]) or (before in "-_/" and not match["sign"])
    if glued:
        return None  # part of a name or code: G20, COVID-19, a file name
    glued_letters = ORDINAL_AFTER.match(text, end) and not (
        numerals.multiplier.match(text, end) or UNIT.match(text, end)
    )
    if glued_letters or RANK_BEFORE.search(text, max(0, start - 12), start):
        return None  # "3rd", "5G", "10km"; "ranked 3", "top 10"
    number = signed_number(match, numerals)
    money = ""
    if match["pre"]:
        money = "USD" if ("$" in match["pre"] or "USD" in match["pre"]) else "CNY"
    unit, counted, noun_end = money, "", -1
    whole = compound(text, end, number)
    if whole is not None:
        number, multiplier, end = whole
    else:
        multiplier, end = magnitude(text, end, numerals)
    found = UNIT.match(text, end)
    if found and not (money and found.lastgroup not in ("cny", "usd")):
        unit = {
            "cny": "CNY",
            "usd": "USD",
            "pp": "percentage_points",
            "percent": "percent",
            "times": "times",
            "tonnes": "tonnes",
            "classifier": "count",
        }[found.lastgroup or ""]
        if unit == "count":
            counted = found.group(0).strip()
        if not money or unit in ("CNY", "USD"):
            end = found.end()
    elif not money:
        counted, noun_end = counted_noun(text, end)
        if counted in PERIOD_WORDS or counted.split(" ")[-1] in PERIOD_WORDS | MEASURE_WORDS:
            return None  # "seven months", "500 kilometres"
        unit = "count" if counted else ""
    is_year = YEAR.fullmatch(match["num"]) is not None and not match["pre"] and whole is None
    if is_year and unit in ("", "count") and multiplier == 1:
        return None
    if unit == "count" and capitalised_name_before(text, start):
        return None
    if not unit and not money:
        number_of = NUMBER_OF.search(text, max(0, start - 120), start)
        if number_of:  # "the number of foreign-invested enterprises ... was 9,812"
            unit, counted = "count", number_of.group(1)
    if not unit and multiplier != 1:
        unit = "count"  # "reached 60 million": a number of things the text named before
    return _Token(start, end, number, multiplier, unit, counted, noun_end, money)


def signed_number(match: re.Match[str], numerals: Numerals = ENGLISH) -> Decimal:
    """The number a number match writes, with its sign."""
    written = match["num"]
    if numerals.decimal_comma:
        written = re.sub(r"[ \u00a0\u202f]", "", written).replace(",", ".")
    number = Decimal(written.replace(",", ""))
    return -number if match["sign"] else number


def compound(text: str, end: int, number: Decimal) -> tuple[Decimal, float, int] | None:
    """A number written in two or more CJK scales, each smaller than the one
    before and the last before a unit ("2010億6000万元" is 2010.6 億), as
    (number, its largest scale, where it ends); None for any other number."""
    total, current, top, last, steps = Decimal(0), abs(number), 0, 0, 0
    while True:
        step = COMPOUND_STEP.match(text, end)
        if step is None or (steps and CJK_SCALES[step["scale"]] >= last):
            return None
        last = CJK_SCALES[step["scale"]]
        top = top or last
        total += current * last
        steps += 1
        if step["num"] is None:
            if steps < 2 or not COMPOUND_END.match(text, step.end()):
                return None
            return total.copy_sign(number) / top, float(top), step.end()
        current, end = Decimal(step["num"].replace(",", "")), step.end()


def magnitude(text: str, end: int, numerals: Numerals = ENGLISH) -> tuple[float, int]:
    """The multiplier written right after a number ("million", "亿"), 1 for
    none, and where the number's words end."""
    after = numerals.multiplier.match(text, end)
    if not after:
        return 1.0, end
    return numerals.multipliers[" ".join((after["en"] or after["zh"]).lower().split())], after.end()


def lone_quantity(text: str, numerals: Numerals = ENGLISH) -> Quantity | None:
    """The one number of a text that holds no figure find_quantities reads
    in it, years beside it aside ("reached1.2 million tonnes in 2018",
    "850,000 TEU"): read as find_quantities reads a text that starts with
    it, else its value with sign and magnitude and no unit. None when the
    text holds no number, or more than one."""
    numbers = list(numerals.number.finditer(text))
    if len(numbers) > 1:
        numbers = [match for match in numbers if match["pre"] or not YEAR.fullmatch(match["num"])]
    if len(numbers) != 1:
        return None
    match = numbers[0]
    found = find_quantities(text[match.start() :], numerals)
    if found and found[0].start == 0:
        return shifted(found[0], match.start())
    multiplier, end = magnitude(text, match.end(), numerals)
    value = float(signed_number(match, numerals) * Decimal(repr(multiplier)))
    return Quantity(match.start(), end, value, "")


def shifted(quantity: Quantity, offset: int) -> Quantity:
    """The same quantity, its offsets moved by `offset`."""
    noun_end = quantity.noun_end + offset if quantity.noun_end >= 0 else -1
    return replace(quantity, start=quantity.start + offset, end=quantity.end + offset, noun_end=noun_end)


def counted_noun(text: str, position: int) -> tuple[str, int]:
    """The noun phrase after a number, up to its first plural noun ("tourist
    trips", "people" in "people found jobs"), and where it ends."""
    phrase: list[str] = []
    for _ in range(4):
        word = COUNTED_WORD.match(text, position)
        if not word or word.group(1).lower() in STOP:
            break
        phrase.append(word.group(1))
        position = word.end()
        if is_plural(word.group(1)):
            return " ".join(phrase), position
    return "", -1


def is_plural(word: str) -> bool:
    """A plural noun, as far as spelling tells."""
    lowered = word.lower()
    if lowered in IRREGULAR or (word[:-1].isupper() and word.endswith("s")):  # "TEUs"
        return True
    return lowered.endswith("s") and not lowered.endswith(("ss", "us", "is", "ous")) and len(lowered) > 3


def capitalised_name_before(text: str, start: int) -> bool:
    """ "Global 500 companies": a number inside a name, not a count."""
    before = NAME_BEFORE.search(text, max(0, start - 30), start)
    if not before:
        return False
    head = text[: before.start()].rstrip()
    sentence_start = not head or head[-1] in '.!?:;"“('
    return not sentence_start and before.group(1).lower() not in STOP | {"some", "nearly", "about", "over"}


def continue_counts(text: str, tokens: list[_Token]) -> None:
    """ "population was 5.8 million, an increase of 21,000": a bare number
    after a count, in the same clause chain, counts the same things."""
    for before, token in zip(tokens, tokens[1:]):
        if token.unit or before.unit != "count" or YEAR.fullmatch(str(token.number)):
            continue
        if COUNT_GOES_ON.search(text, before.end, token.start) and token.number >= 10:
            token.unit = "count"


def share_units(text: str, tokens: list[_Token]) -> None:
    """ "150 and 80 billion yuan", "8.3, 1.4 and 0.1 percentage points":
    a number without a unit takes the unit of the list it leads."""
    for index in range(len(tokens) - 2, -1, -1):
        token, following = tokens[index], tokens[index + 1]
        if token.unit or token.money or not following.unit:
            continue
        if following.unit == "count" and not following.counted:
            continue
        if LIST_GAP.fullmatch(text, token.end, following.start):
            token.unit, token.multiplier, token.counted = following.unit, following.multiplier, following.counted
            token.noun_end = following.noun_end
