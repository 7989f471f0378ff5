"""Period phrases resolved against the article's date."""

from __future__ import annotations

import datetime as dt

import pytest

from app.importing.periods import find_periods, resolve_period

JAN_2019 = dt.date(2019, 1, 16)
AUG_2019 = dt.date(2019, 8, 20)
NOV_2019 = dt.date(2019, 11, 15)


@pytest.mark.parametrize(
    ("text", "date", "period"),
    [
        # years, and years relative to the article
        ("in 2018", JAN_2019, "2018"),
        ("this year", AUG_2019, "2019"),
        ("last year", JAN_2019, "2018"),
        ("in the previous year", JAN_2019, "2018"),
        ("exports this year", None, ""),
        # an article in January about last year: the stated year wins
        ("exceed 310 billion CNY in 2018, an increase of 28% over the previous year", JAN_2019, "2018"),
        # ranges of months
        ("between January and July this year", AUG_2019, "2019-01..2019-07"),
        ("from January to October", NOV_2019, "2019-01..2019-10"),
        ("Jan-Oct", NOV_2019, "2019-01..2019-10"),
        ("in the Jan.-Oct. period", NOV_2019, "2019-01..2019-10"),
        ("January to September 2019", None, "2019-01..2019-09"),
        ("from October 2018 to March 2019", None, "2018-10..2019-03"),
        ("from October to March", dt.date(2019, 4, 2), "2018-10..2019-03"),
        ("the first seven months", AUG_2019, "2019-01..2019-07"),
        ("the first 7 months of 2018", None, "2018-01..2018-07"),
        ("the first two months", dt.date(2019, 3, 16), "2019-01..2019-02"),
        ("in the first three quarters", NOV_2019, "2019-01..2019-09"),
        ("in the first three quarters", JAN_2019, "2018-01..2018-09"),  # not over yet in January 2019
        ("the first three quarters of 2018", None, "2018-01..2018-09"),
        ("in Q1", AUG_2019, "2019-01..2019-03"),
        ("Q3 2019", None, "2019-07..2019-09"),
        ("2018 Q4", None, "2018-10..2018-12"),
        ("the first quarter of this year", AUG_2019, "2019-01..2019-03"),
        ("in the third quarter", NOV_2019, "2019-07..2019-09"),
        ("the first half", AUG_2019, "2019-01..2019-06"),
        ("the first half of the year", AUG_2019, "2019-01..2019-06"),
        ("the first half of the year", JAN_2019, "2018-01..2018-06"),
        ("the second half of 2018", None, "2018-07..2018-12"),
        ("in July", AUG_2019, "2019-07"),
        ("in July 2018", None, "2018-07"),
        # holidays
        ("during the Spring Festival holiday", dt.date(2019, 2, 11), "2019-02-04..2019-02-10"),
        ("during the Spring Festival", JAN_2019, "2018-02-15..2018-02-21"),  # 2019's had not come yet
        ("the 2024 Spring Festival holiday", None, "2024-02-10..2024-02-17"),
        ("during the National Day golden week", dt.date(2019, 10, 8), "2019-10-01..2019-10-07"),
        ("the golden week", dt.date(2019, 10, 8), "2019-10-01..2019-10-07"),
        ("National Day holiday", dt.date(2023, 10, 8), "2023-09-29..2023-10-06"),
        ("during the May Day holiday", dt.date(2019, 5, 6), "2019-05-01..2019-05-04"),
        ("the Labor Day holiday", dt.date(2021, 5, 6), "2021-05-01..2021-05-05"),
        # stocks at the end of a year or month
        ("by the end of 2018", JAN_2019, "2018-12-31"),
        ("at the end of last year", JAN_2019, "2018-12-31"),
        ("as of the end of June", AUG_2019, "2019-06-30"),
        ("by the end of February 2020", None, "2020-02-29"),
        ("by the end of this year", AUG_2019, "2019-12-31"),
        # Chinese
        ("2019年1-7月，湖南省", AUG_2019, "2019-01..2019-07"),
        ("7月当月", AUG_2019, "2019-07"),
        ("上半年", AUG_2019, "2019-01..2019-06"),
        ("前三季度", JAN_2019, "2018-01..2018-09"),
        ("一季度", AUG_2019, "2019-01..2019-03"),
        ("2018年末", None, "2018-12-31"),
        ("今年", AUG_2019, "2019"),
        ("春节期间", dt.date(2019, 2, 20), "2019-02-04..2019-02-10"),
        # French
        ("au cours des trois premiers trimestres de 2019", None, "2019-01..2019-09"),
        ("les dix premiers mois", NOV_2019, "2019-01..2019-10"),
        ("au troisième trimestre 2019", None, "2019-07..2019-09"),
        ("au 1er trimestre", AUG_2019, "2019-01..2019-03"),
        ("le premier semestre de l'année 2019", None, "2019-01..2019-06"),
        ("au second semestre", JAN_2019, "2018-07..2018-12"),
        # Japanese, written as Chinese but for its own words
        ("2019年1～9月期の輸出", None, "2019-01..2019-09"),
        ("第3四半期", NOV_2019, "2019-07..2019-09"),
        ("上半期の輸出", AUG_2019, "2019-01..2019-06"),
        # Korean
        ("2019년 1~3분기 후난성 지역내총생산은", None, "2019-01..2019-09"),
        ("2019년 1~9월 수출은", None, "2019-01..2019-09"),
        ("7월 수출", AUG_2019, "2019-07"),
        ("제2분기", AUG_2019, "2019-04..2019-06"),
        ("3분기 수출", NOV_2019, "2019-07..2019-09"),
        ("하반기", JAN_2019, "2018-07..2018-12"),
        ("2018년 말 기준", None, "2018-12-31"),
    ],
)
def test_periods(text: str, date: dt.date | None, period: str) -> None:
    assert resolve_period(text, date) == period


@pytest.mark.parametrize(
    "text",
    [
        "an increase of 28% over the previous year",
        "up 12.8% year on year",
        "up 12.8% year-on-year",
        "grew by 39% yearly",
        "compared with the same period of 2018",
        "than the same period last year",
        "faster than in the previous year",
        "2.1 times the 2017 level",
        "比上年同期增加612家",
        "announced on January 14, 2019",
        "2019-01-16 Download Print Comment",
        "by the end of the 13th Five-Year Plan",
        "exports may 5 times exceed",
        "at the end of the meeting",
        "",
    ],
)
def test_comparisons_and_dates_are_not_periods(text: str) -> None:
    assert resolve_period(text, JAN_2019) == ""


def test_mentions_are_found_in_order_with_their_spans() -> None:
    text = "In 2018, exports grew, and in the first quarter of 2019 imports fell, compared with 2017."
    mentions = find_periods(text, JAN_2019)
    assert [(text[m.start : m.end], m.period, m.specific) for m in mentions] == [
        ("2018", "2018", False),
        ("the first quarter of 2019", "2019-01..2019-03", True),
    ]


def test_the_previous_year_follows_the_year_being_talked_about() -> None:
    mentions = find_periods("In 2018, exports grew; in the previous year they fell.", None)
    assert [m.period for m in mentions] == ["2018", "2017"]


def test_a_phrase_without_year_takes_the_year_the_sentence_states() -> None:
    assert resolve_period("In 2017, during the first half, exports rose", NOV_2019) == "2017-01..2017-06"


def test_years_that_are_figures_are_not_periods() -> None:
    assert resolve_period("exports of 2019 billion yuan and 2018% growth", None) == ""


@pytest.mark.parametrize(
    ("text", "period", "phrase"),
    [
        ("GDP was 2,800.05 billion yuan in Q1–Q3 2019, up 7.6%.", "2019-01..2019-09", "Q1–Q3 2019"),
        ("Exports were 310 billion yuan in Jan.-Sept. 2019, up 7.6%.", "2019-01..2019-09", "Jan.-Sept. 2019"),
        ("In 2019Q3, exports reached 100 billion yuan.", "2019-07..2019-09", "2019Q3"),
    ],
)
def test_a_range_of_quarters_or_months_is_read_whole(text: str, period: str, phrase: str) -> None:
    mentions = find_periods(text, dt.date(2019, 11, 1))
    assert [(m.period, text[m.start : m.end]) for m in mentions] == [(period, phrase)]
