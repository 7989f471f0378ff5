"""The figures of a table (app.importing.grids): each number cell read
with the words that head its row and column.

Its unit comes from the cell itself ("26.5%"), else from its column's
heading ("1-10月（亿元）", "Value (100 million yuan)"), a unit column
("单位"), its row's label or the table's caption ("单位：亿元"): the same
unit vocabulary as the text's figures, read from "1" and the unit's words.
Its period is the one its column heading names, else its row label's, else
the caption's, else the article's. A percentage under a growth heading
("同比增长（%）", "Growth (%)") is the growth of the level beside it.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, replace
from decimal import Decimal

from app.bundle import MAX_ABS_VALUE
from app.importing.found import FoundFigure
from app.importing.grids import CELL_GAP, Grid, is_number_cell
from app.importing.periods import find_periods
from app.importing.quantities import HALF_WIDTH, Numerals, Quantity, find_quantities, signed_number
from app.importing.wording import ESTIMATE, NOT_A_YEAR_EARLIER, PARENTHESES, SHARE, clean

UNIT_HEADING = re.compile(r"(?:计量)?单位|計量単位|単位|단위|units?|unités?|unit of measure(?:ment)?", re.IGNORECASE)
# "单位：亿元", "Unit: 100 million yuan", "(in billion yuan)", "(亿元)".
UNIT_STATED = re.compile(
    r"(?:(?:计量)?单位|単位|단위|units?|unités?)\s*[:：]\s*([^;；,，。)）]+)|[(（]\s*(?:in\s+|en\s+)?([^()（）]+?)\s*[)）]",
    re.IGNORECASE,
)
# Latin words whole ("Exchange rate" is no change, "Rainfall" no fall).
GROWTH_HEADING = re.compile(
    r"增长率?|增速|增幅|增减|同比|比上年|比去年|下降率?|减少|증감률|증가율|감소율|성장률|증감|증가|감소|대비"
    r"|伸び率|前年比|同期比|同月比|対前年|増減率?|増加率?|減少率?|±"
    r"|\b(?:growth|change|chg|increase|decrease|rise|fall|y/y|yoy|y-o-y|variation|évolution|croissance|hausse|baisse)\b",
    re.IGNORECASE,
)
DOWN_HEADING = re.compile(r"下降|减少|감소|減少|低下|\b(?:decrease|decline|fall|drop|baisse)\b", re.IGNORECASE)
BOTH_WAYS = re.compile(r"增减|増減|증감|±|\b(?:change|variation)\b", re.IGNORECASE)
PERCENT_AFTER = re.compile(r"\s*[%％‰]")


@dataclass
class _Headings:
    """What names a grid's rows and columns."""

    columns: list[str]  # each column's heading rows joined
    labels: list[str]  # each body row's label cells joined
    label_columns: int  # how many columns at the left label the rows
    unit_column: int  # -1 when none


def headings(grid: Grid) -> _Headings:
    body = grid.rows[grid.headers :]
    columns = [
        " ".join(dict.fromkeys(grid.rows[row][column] for row in range(grid.headers) if grid.rows[row][column]))
        for column in range(grid.width)
    ]
    label_columns = 1
    while label_columns < grid.width - 1 and not any(is_number_cell(row[label_columns]) for row in body):
        label_columns += 1
    unit_column = next(
        (c for c in range(label_columns) if c and UNIT_HEADING.fullmatch(columns[c].strip(" :：()（）"))), -1
    )
    labels = [
        " ".join(dict.fromkeys(row[c] for c in range(label_columns) if c != unit_column and row[c])) for row in body
    ]
    return _Headings(columns, labels, label_columns, unit_column)


def unit_of(words: str, numerals: Numerals) -> Quantity | None:
    """The unit some words name, as the quantity "1 <words>" (None when
    they name no unit): "亿元" is 1e8 CNY, "(%)" one percent."""
    words = words.strip(" :：()（）")
    if not words:
        return None
    probe = words if words[0].isdigit() else "1" + ("" if ord(words[0]) > 0x2E7F else " ") + words
    found = find_quantities(probe, numerals)
    if len(found) == 1 and found[0].start == 0 and found[0].end >= len(probe.rstrip(" .")):
        return found[0]
    return None


def units_stated(text: str, numerals: Numerals) -> list[Quantity]:
    """The units a heading or caption states, in order."""
    stated = (unit_of(match.group(1) or match.group(2), numerals) for match in UNIT_STATED.finditer(text))
    return [unit for unit in stated if unit is not None]


def grid_figures(
    grid: Grid,
    paragraph: int,
    written: str,
    context: str,
    date: dt.date | None,
    carry: str,
    numerals: Numerals,
    marked: Sequence[Quantity] = (),
) -> list[FoundFigure]:
    """The figures of `grid`, the article's paragraph `paragraph` (its text
    `written`); `context` is its caption and the line before it; `marked`
    are numbers a reader marked in it."""
    text = written.translate(HALF_WIDTH)  # read as ASCII digits; quoted as written
    heads = headings(grid)
    spans = grid.spans()
    hint_periods = find_periods(context, date, int(carry[:4]) if carry[:4].isdigit() else None)
    fallback = hint_periods[-1].period if hint_periods else carry
    hint = int(fallback[:4]) if fallback[:4].isdigit() else None
    context_units = units_stated(context, numerals)
    # What each heading says, read once: its units, its period, its name.
    columns = [
        (units_stated(words, numerals), period_in(words, date, hint), name_in(words, date, True))
        for words in heads.columns
    ]
    figures: list[FoundFigure] = []
    places: list[tuple[int, bool, bool]] = []
    for row_index, row in enumerate(grid.rows):
        body = row_index - grid.headers  # a figure a reader marks may sit in a heading
        label = heads.labels[body] if body >= 0 else ""
        unit_cell = unit_of(row[heads.unit_column], numerals) if heads.unit_column >= 0 else None
        row_units = ([unit_cell] if unit_cell else []) + units_stated(label, numerals)
        row_period, row_name = period_in(label, date, hint), name_in(label, date, False)
        for column in range(grid.width):
            start, end = spans[row_index][column]
            # A number marked from the gap before the next cell is this cell's.
            mark = next((q for q in marked if start <= q.start < end + len(CELL_GAP)), None)
            if mark is None and (body < 0 or column < heads.label_columns or not is_number_cell(row[column])):
                continue
            heading = heads.columns[column]
            column_units, column_period, column_name = columns[column]
            cell = read_cell(text, start, end, mark, column_units + row_units + context_units, numerals)
            if cell is None:
                continue
            value, unit, counted, quote_start, quote_end = cell
            measure = measure_in(unit, heading + " " + label)
            if measure == "growth" and value > 0 and DOWN_HEADING.search(heading) and not BOTH_WAYS.search(heading):
                value = -value
            own_period = column_period or row_period
            places.append((row_index, bool(own_period), not NOT_A_YEAR_EARLIER.search(f"{label} {heading}")))
            names = f"{PARENTHESES.sub(' ', label)} {PARENTHESES.sub(' ', heading)}"
            figures.append(
                FoundFigure(
                    quote=written[quote_start:quote_end],
                    paragraph=paragraph,
                    start=quote_start,
                    end=quote_end,
                    value=value,
                    unit=unit,
                    counted=counted,
                    period=own_period or fallback,
                    kind="estimate" if ESTIMATE.search(names) else "reported",
                    indicator=row_name or column_name,
                    measure=measure,
                )
            )
    return linked(figures, places)


def read_cell(
    text: str, start: int, end: int, mark: Quantity | None, units: list[Quantity], numerals: Numerals
) -> tuple[float, str, str, int, int] | None:
    """A number cell's value, unit, counted noun and quote span: the figure
    the cell writes with its own unit, else its number in the first unit its
    headings state (a percentage in a percent one); a number a reader marked
    keeps its own span, and its own unit when it has one. None when no unit
    is known, or no statistic could be that large."""
    if mark is not None:
        value, unit, counted = mark.value, mark.unit, mark.counted
        if not unit and units:
            value, unit, counted = (
                float(Decimal(repr(value)) * Decimal(repr(units[0].value))),
                units[0].unit,
                units[0].counted,
            )
        return (value, unit, counted, mark.start, mark.end) if abs(value) <= MAX_ABS_VALUE else None
    own = find_quantities(text[start:end], numerals)
    if len(own) == 1:
        return own[0].value, own[0].unit, own[0].counted, start + own[0].start, start + own[0].end
    match = numerals.number.search(text, start, end)
    if match is None:
        return None
    quote_end = match.end()
    percent = PERCENT_AFTER.match(text, quote_end, end)
    if percent:
        quote_end = percent.end()
        units = [stated for stated in units if stated.unit == "percent"] or units
    if not units:
        return None
    stated = units[0]
    value = float(signed_number(match, numerals) * Decimal(repr(stated.value)))  # 625.3 亿 is 62,530,000,000 exactly
    if not math.isfinite(value) or abs(value) > MAX_ABS_VALUE:
        return None
    return value, stated.unit, stated.counted, match.start(), quote_end


def measure_in(unit: str, words: str) -> str:
    if unit in ("times", "percentage_points"):
        return "growth"
    if unit == "percent" and GROWTH_HEADING.search(words):
        return "growth"
    if unit == "percent" and SHARE.search(words):
        return "share"
    return "level"


def period_in(words: str, date: dt.date | None, hint: int | None) -> str:
    mentions = find_periods(words, date, hint)
    return mentions[-1].period if mentions else ""


def name_in(words: str, date: dt.date | None, heading: bool) -> str:
    """What a row label or column heading names, without its unit, its
    period and (a heading) its growth words; '' when no word is left. A
    row's label names what is counted unless it is a period (a table of
    years): then its column's heading does."""
    name = PARENTHESES.sub(" ", words)
    for mention in reversed(find_periods(name, date)):
        name = name[: mention.start] + " " + name[mention.end :]
    name = clean(GROWTH_HEADING.sub(" ", name) if heading else name)
    return name if any(ch.isalpha() for ch in name) else ""


def linked(figures: list[FoundFigure], places: list[tuple[int, bool, bool]]) -> list[FoundFigure]:
    """Each growth rate linked to the one level of its indicator and period;
    a rate whose headings name no period takes the period of the one level
    of its indicator in its row, and one whose headings name nothing
    ("증가율(%)" in a table of years) is of the one level in its row.
    `places` holds each figure's row, whether its headings name its period,
    and whether it is a change from a year earlier (not from last month: "环比")."""
    by_period: dict[tuple[str, str], list[int]] = defaultdict(list)
    by_row: dict[tuple[int, str], list[int]] = defaultdict(list)
    levels_in_row: dict[int, list[int]] = defaultdict(list)
    for index, (figure, (row, _, _)) in enumerate(zip(figures, places)):
        if figure.measure == "level":
            by_period[figure.indicator, figure.period].append(index)
            by_row[row, figure.indicator].append(index)
            levels_in_row[row].append(index)
    out = []
    for figure, (row, own_period, yearly) in zip(figures, places):
        if figure.measure == "growth":
            if not figure.indicator and len(levels_in_row[row]) == 1:
                figure = replace(figure, indicator=figures[levels_in_row[row][0]].indicator)
            same = by_period.get((figure.indicator, figure.period), [])
            if not same and not own_period:
                same = by_row.get((row, figure.indicator), [])
            if len(same) == 1:
                level = figures[same[0]]
                figure = replace(figure, period=level.period, growth_of=same[0] if yearly else -1)
        out.append(figure)
    return out
