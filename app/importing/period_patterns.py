"""Period phrases as patterns: one per kind of phrase ("the first half",
"Jan-Oct", "by the end of 2018", "2019年1-7月"...), the cheap words that
must be present for each to match, and the comparisons ("over the previous
year") that name no period. app.importing.periods resolves what they match.
"""

from __future__ import annotations

import re

from app.importing.dates import MONTHS
from app.importing.holidays import NAMES as HOLIDAYS

YEAR = r"(?:19|20)\d{2}"
# What follows a number that is an amount, not a year: a scale, a unit or a
# counter word, in English or Chinese.
AMOUNT_AFTER = (
    r"\s*(?:percent|per cent|(?:hundred\s+)?(?:thousand|million|billion|trillion)|bn\b|mln\b|yuan|dollars?\b"
    r"|US\$|tonnes?\b|tons?\b|times\b|milliards?\b|millions?\b)|\s*[万亿億千百元美吨人家个项辆倍艘억조만]"
)
NUMBER_WORDS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "1st": 1,
    "2nd": 2,
    "3rd": 3,
    "4th": 4,
    # French
    "deux": 2,
    "trois": 3,
    "quatre": 4,
    "cinq": 5,
    "sept": 7,
    "huit": 8,
    "neuf": 9,
    "dix": 10,
    "onze": 11,
    "douze": 12,
    "premier": 1,
    "1er": 1,
    "deuxième": 2,
    "2e": 2,
    "troisième": 3,
    "3e": 3,
    "quatrième": 4,
    "4e": 4,
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
}
COUNT = r"(?:[2-9]|1[0-2]|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
ORDINAL = r"(?:first|second|third|fourth|1st|2nd|3rd|4th)"
# Months must be capitalised here: "may" is a verb, "May" a month.
CAP_MONTH = (
    "(?-i:"
    + "|".join(
        variant for name in sorted(MONTHS, key=len, reverse=True) for variant in (name.capitalize(), name.upper())
    )
    + r")\b\.?"
)
# A year attached to a phrase: "of 2019", "this year", "in the previous year".
QUALIFIER = (
    rf"(?:,?\s+(?:of|in|for)?\s*(?:the\s+)?"
    rf"(?:(?P<qy>{YEAR})\b|(?P<qrel>this|last|the|current|previous|next|same)\s+year\b))?"
)
# French: "les dix premiers mois de 2019", "au troisième trimestre 2019",
# "le premier semestre".
FR_COUNT = r"(?:[2-9]|1[0-2]|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze)"
FR_ORDINAL = r"(?:premier|1er|deuxième|second|2e|troisième|3e|quatrième|4e)"
FR_QUALIFIER = rf"(?:,?\s+(?:de\s+|d['’]|en\s+)?(?:l['’]année\s+)?(?P<qy>{YEAR})\b)?"
# One pattern per kind of phrase; where two overlap the earlier, longer wins.
PATTERNS = {
    kind: re.compile(pattern, re.IGNORECASE)
    for kind, pattern in {
        "holiday": rf"(?:(?P<y>{YEAR})\s+|\bthe\s+)?(?P<name>{HOLIDAYS})"
        rf"(?:\s+(?:holidays?|golden week|break|period|festival))*{QUALIFIER}",
        "end": rf"\b(?:by|at|as of|until|till|up to|to)\s+(?:the\s+)?end\s+of\s+"
        rf"(?:(?P<m>{CAP_MONTH})(?:\s+(?P<y>{YEAR})\b)?"
        rf"|(?P<y3>{YEAR})\b|(?P<rel>this|last|the|current|previous)\s+year\b){QUALIFIER}"
        rf"|\b(?:by|at)\s+(?:the\s+)?(?:end-|year-end\s+)(?P<y2>{YEAR})",
        "between": rf"\b(?:from|between)\s+(?P<m1>{CAP_MONTH})(?:\s+(?P<y1>{YEAR}))?\s+(?:to|and|through|till|until)\s+"
        rf"(?P<m2>{CAP_MONTH})(?:\s+(?P<y>{YEAR}))?{QUALIFIER}",
        "span": rf"(?P<m1>{CAP_MONTH})\s*(?:-|–|—|to|through)\s*(?P<m2>{CAP_MONTH})(?:\s+(?P<y>{YEAR}))?{QUALIFIER}",
        "months": rf"(?:\bthe\s+)?\bfirst\s+(?P<n>{COUNT})\s+months{QUALIFIER}",
        "quarters": rf"(?:\bthe\s+)?\bfirst\s+(?P<n>two|three|2|3)\s+quarters{QUALIFIER}",
        "quarter": rf"(?:\bthe\s+)?\b(?P<n>{ORDINAL})\s+quarter{QUALIFIER}",
        # Q1–Q3 2019: the months of the quarters from the first to the last.
        "qspan": rf"(?:(?P<y1>{YEAR})\s*)?(?<![A-Za-z])Q(?P<n1>[1-4])\s*(?:-|–|—|to|through)\s*Q(?P<n>[1-4])\b"
        rf"(?:\s*(?:of\s+)?(?P<y>{YEAR})\b)?",
        "qshort": rf"(?:(?P<y1>{YEAR})\s*)?(?<![A-Za-z])Q(?P<n>[1-4])\b(?:\s*(?:of\s+)?(?P<y>{YEAR})\b)?",
        "half": rf"(?:\bthe\s+)?\b(?P<n>first|second)\s+half(?:\s+of\s+(?:the\s+)?year\b)?{QUALIFIER}"
        rf"|\bH(?P<h>[12])\s+(?P<y>{YEAR})",
        # not a date ("in May 5") nor the start of a range ("in Jan-Oct")
        "month": rf"\b(?:in|during|for|of)\s+(?P<m>{CAP_MONTH})"
        rf"(?!\s*\d{{1,2}}\b|\s*(?:-|–|—|to|through|and)\s*{CAP_MONTH})(?:\s+(?P<y>{YEAR}))?{QUALIFIER}",
        "relative": r"\b(?P<rel>this|last|current|previous|next|past)\s+year\b",
        "fr_months": rf"\b(?P<n>{FR_COUNT})\s+premiers\s+mois{FR_QUALIFIER}",
        "fr_quarters": rf"\b(?P<n>deux|trois|2|3)\s+premiers\s+trimestres{FR_QUALIFIER}",
        "fr_quarter": rf"\b(?P<n>{FR_ORDINAL})\s+trimestre{FR_QUALIFIER}",
        "fr_half": rf"\b(?P<n>premier|1er|second|deuxième|2e)\s+semestre{FR_QUALIFIER}",
        # Chinese: 2019年1-7月, 7月, 上半年, 前三季度, 一季度, 2018年末, 今年; Japanese
        # writes most of them so (2019年1～9月, 第3四半期, 上半期), Korean with its
        # own markers (2019년 1~9월, 1~3분기, 3분기, 상반기, 2018년 말).
        "zh_months": rf"(?:(?P<y>{YEAR})\s*[年년]\s*)?(?<![\d.])(?P<m1>1[0-2]|[1-9])\s*[-—–至到~～]\s*"
        rf"(?P<m2>1[0-2]|[1-9])\s*(?:月份?|월)",
        "zh_month": rf"(?:(?P<y>{YEAR})\s*[年년]\s*)?(?<![\d.\-])(?P<m>1[0-2]|[1-9])\s*(?:月份?|월)"
        rf"(?!\s*\d{{1,2}}\s*[日号일])",
        "zh_half": rf"(?:(?P<y>{YEAR})\s*[年년]\s*)?(?P<n>上|下|상|하)(?:半年|半期|반기)",
        "zh_quarters": rf"(?:(?P<y>{YEAR})\s*[年년]\s*)?(?:前(?P<n>[二两三23])个?季度"
        rf"|(?<![\d.])1\s*[-—–~～]\s*(?P<n2>[234])\s*(?:분기|四半期))",
        "zh_quarter": rf"(?:(?P<y>{YEAR})\s*[年년]\s*)?(?:第|제\s*)?(?<![\d~～\-–—])(?P<n>[一二三四1-4])\s*"
        r"(?:季度|四半期|분기)",
        "zh_end": rf"(?:(?P<y>{YEAR})\s*[年년]|(?P<rel>今|去|上)\s*年)\s*(?:末|底|말)",
        "zh_relative": r"(?P<rel>今|去)年",
        # Not an amount that looks like a year: 2026亿元, 1990 million, 2000 tonnes.
        "year": rf"(?<![\d.,\-/])(?P<y>{YEAR})(?![\d%％]|\.\d|{AMOUNT_AFTER})",
    }.items()
}
# Words without which a pattern cannot match: checking them first keeps the
# finder fast on sentences that name no period (most of them).
MONTH_WORDS = tuple(name[:3] for name in MONTHS)
TRIGGERS = {
    "holiday": (
        "festival",
        "national day",
        "may day",
        "labor day",
        "labour day",
        "golden week",
        "春节",
        "国庆",
        "五一",
        "劳动节",
    ),
    "end": ("end",),
    "between": MONTH_WORDS,
    "span": MONTH_WORDS,
    "months": ("months",),
    "quarters": ("quarters",),
    "quarter": ("quarter",),
    "qspan": ("q1", "q2", "q3"),
    "qshort": ("q1", "q2", "q3", "q4"),
    "half": ("half", "h1", "h2"),
    "month": MONTH_WORDS,
    "relative": ("year",),
    "fr_months": ("premiers mois",),
    "fr_quarters": ("trimestres",),
    "fr_quarter": ("trimestre",),
    "fr_half": ("semestre",),
    "zh_months": ("月", "월"),
    "zh_month": ("月", "월"),
    "zh_half": ("半年", "半期", "반기"),
    "zh_quarters": ("季度", "분기", "四半期"),
    "zh_quarter": ("季度", "분기", "四半期"),
    "zh_end": ("年", "년"),
    "zh_relative": ("今年", "去年"),
    "year": ("19", "20"),
}
TRIGGER_PATTERNS = {kind: re.compile("|".join(map(re.escape, words))) for kind, words in TRIGGERS.items()}
# What a growth rate is compared with: not a period.
COMPARISON = re.compile(
    rf"(?:over|than|compared\s+(?:with|to)|from|against|versus|vs\.?)\s+(?:in\s+)?(?:that\s+(?:of|in)\s+)?(?:the\s+)?"
    rf"(?:same\s+period\s+(?:of|in|last)?\s*)?(?:the\s+)?"
    rf"(?:(?:previous|last|prior|preceding|past)\s+year|{YEAR}|a\s+year\s+(?:earlier|ago|before))"
    rf"|(?:the\s+)?same\s+period\s+(?:of\s+|in\s+)?(?:the\s+)?(?:(?:previous|last|prior)\s+year|{YEAR})"
    rf"|year[- ]on[- ]year|\byoy\b|a\s+year\s+(?:earlier|ago|before)|\b(?:yearly|annually)\b"
    rf"|\bthe\s+{YEAR}\s+(?:level|figure|total|value|volume)s?\b"
    rf"|\b(?:the\s+(?:level|figure|total|value|volume)s?|that|those)\s+(?:of|in)\s+{YEAR}\b"
    r"|比上年同期|比去年同期|比上年末|较上年末|比年初|较年初|比上年|比去年|较上年|同比|上年同期|去年同期",
    re.IGNORECASE,
)
