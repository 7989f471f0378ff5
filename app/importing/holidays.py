"""Chinese public holidays whose days off move from year to year.

A small table, from the State Council's annual holiday notices; extend it
when a new notice comes out (each November or December). A year missing
from the table falls back to the usual days (May Day: 1-5 May; National
Day: 1-7 October); the Spring Festival follows the lunar calendar and has
no such default, so an unknown year gives no dates.
"""

from __future__ import annotations

SPRING_FESTIVAL = {
    2014: ("01-31", "02-06"),
    2015: ("02-18", "02-24"),
    2016: ("02-07", "02-13"),
    2017: ("01-27", "02-02"),
    2018: ("02-15", "02-21"),
    2019: ("02-04", "02-10"),
    2020: ("01-24", "01-30"),
    2021: ("02-11", "02-17"),
    2022: ("01-31", "02-06"),
    2023: ("01-21", "01-27"),
    2024: ("02-10", "02-17"),
    2025: ("01-28", "02-04"),
    2026: ("02-15", "02-23"),
}
MAY_DAY = {
    2015: ("05-01", "05-03"),
    2016: ("04-30", "05-02"),
    2017: ("04-29", "05-01"),
    2018: ("04-29", "05-01"),
    2019: ("05-01", "05-04"),
    2022: ("04-30", "05-04"),
    2023: ("04-29", "05-03"),
}
NATIONAL_DAY = {2020: ("10-01", "10-08"), 2023: ("09-29", "10-06"), 2025: ("10-01", "10-08")}
# How the holidays are named in English and Chinese ("golden week" alone is National Day's).
NAMES = r"Spring Festival|National Day|May Day|(?:International\s+)?Labou?r Day|golden week|春节|国庆节?|五一|劳动节"


def holiday_days(name: str, year: int) -> tuple[str, str] | None:
    """The first and last day off ("MM-DD") of a named holiday in a year."""
    name = name.lower()
    if "spring" in name or "春节" in name:
        return SPRING_FESTIVAL.get(year)
    if "may" in name or "labo" in name or "五一" in name or "劳动" in name:
        return MAY_DAY.get(year, ("05-01", "05-05"))
    return NATIONAL_DAY.get(year, ("10-01", "10-07"))
