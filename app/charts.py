"""Chart specifications built from a bundle's own records, for one language.

No pandas here: the first chart is drawn from the bundle as loaded. A spec
says what to draw (bars or a line), every text already in the display
language, every number formatted, and which fact each point stands for.
"""

from __future__ import annotations

import dataclasses
import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.bundle import ArticleBundle, ChartDef, Fact, SeriesRow, localized
from app.derivation import DerivationError, derivation_range
from app.i18n import format_date, format_period
from app.units import UNITS, decimals_shown, format_compact, format_exact, format_number, format_value, unit_name

translate = QCoreApplication.translate

KIND_NAMES = {
    "reported": str(QT_TRANSLATE_NOOP("Kinds", "Reported")),
    "final": str(QT_TRANSLATE_NOOP("Kinds", "Final (statistics bureau)")),
    "estimate": str(QT_TRANSLATE_NOOP("Kinds", "Estimate")),
    "derived": str(QT_TRANSLATE_NOOP("Kinds", "Derived (computed)")),
    "missing": str(QT_TRANSLATE_NOOP("Kinds", "No confirmed figure")),
}
# What a fact's value measures (app.bundle.MEASURES), named alike wherever it is shown.
MEASURE_NAMES = {
    "level": str(QT_TRANSLATE_NOOP("Measures", "Level")),
    "growth": str(QT_TRANSLATE_NOOP("Measures", "Growth rate")),
    "share": str(QT_TRANSLATE_NOOP("Measures", "Share")),
}
BAR_WIDTH, PAIR_WIDTH, PAIR_OFFSET = 0.6, 0.4, 0.21


@dataclasses.dataclass(frozen=True)
class PointSpec:
    """One bar or line point (or a gap) of a chart, ready to draw."""

    x: float
    width: float
    value: float | None  # None: no confirmed figure for this slot
    kind: str  # reported, final, estimate, derived or missing
    label: str  # the value as written on the chart
    tooltip: str
    fact_id: str = ""
    label_row: int = 0  # 1: written one line higher, clear of a neighbour's label
    series: str = "main"  # points of one series are joined by a line
    source: str = ""  # where the value comes from, in the display language


@dataclasses.dataclass(frozen=True)
class ChartSpec:
    """Everything a view needs to draw one chart in one language."""

    id: str
    mark: str
    title: str
    unit: str
    unit_label: str
    categories: tuple[str, ...]
    points: tuple[PointSpec, ...]
    source_line: str
    sources: tuple[str, ...]
    # The source line of a saved image, where the screen's says to hover.
    file_source_line: str = ""

    @property
    def saved_source_line(self) -> str:
        return self.file_source_line or self.source_line

    @property
    def kinds(self) -> tuple[str, ...]:
        """The kinds present, in legend order."""
        present = {point.kind for point in self.points}
        return tuple(kind for kind in KIND_NAMES if kind in present)

    @property
    def max_value(self) -> float:
        return max((p.value for p in self.points if p.value is not None), default=1.0) or 1.0

    @property
    def min_value(self) -> float:
        return min((p.value for p in self.points if p.value is not None), default=0.0)

    @property
    def value_span(self) -> tuple[float, float]:
        """The values' span taking in zero, where bars stand (0..1 with no values)."""
        return min(self.min_value, 0.0), max(self.max_value, 0.0) or 1.0

    @property
    def fact_ids(self) -> tuple[str, ...]:
        return tuple(p.fact_id for p in self.points if p.fact_id)


def kind_name(kind: str) -> str:
    return translate("Kinds", KIND_NAMES[kind])


def measure_name(measure: str) -> str:
    return translate("Measures", MEASURE_NAMES[measure])


def value_in_words(value: float, unit: str, kind: str, derivation: str, counted: str, language: str) -> str:
    """A value with its unit in words: '310B CNY', '4,630 enterprises'. A
    computed value is shown approximate, no more precise than what it was
    computed from: '≈242B CNY' (its inputs allow 241.2B to 243.1B)."""
    if kind != "derived":
        return format_exact(value, unit, language, counted, 0 if unit == "count" else None)
    digits = 0
    if unit != "count" and derivation:
        try:
            low, high = derivation_range(derivation)
        except DerivationError:
            low = high = value
        digits = 0 if format_value(low, unit, language, 0) != format_value(high, unit, language, 0) else 1
    return translate("Charts", "≈%1").replace("%1", format_exact(value, unit, language, counted, digits))


def exact_fact_value(bundle: ArticleBundle, fact: Fact, language: str) -> str:
    """The fact's value with its unit in words, approximate if computed."""
    counted = localized(bundle.indicators[fact.indicator].counted, language)
    return value_in_words(fact.value, fact.unit, fact.kind, fact.derivation, counted, language)


NUMBER = re.compile(r"\d+(?:\.\d+)?(?:[eE][+-]?\d+)?")


def format_derivation(derivation: str, unit: str, language: str) -> str:
    """'310000000000 / 1.28' as a reader writes it: '310B / 1.28'."""

    def number(match: re.Match) -> str:
        value = float(match.group())
        if UNITS[unit].compact and value >= 1e4:
            return format_compact(value, language, None)
        decimals = match.group().partition(".")[2]
        return format_number(value, language, len(decimals) if decimals.isdigit() else 0)

    return NUMBER.sub(number, derivation)


def _kind_line(kind: str, derivation: str = "") -> str:
    if derivation:
        return translate("Charts", "%1: %2").replace("%1", kind_name(kind)).replace("%2", derivation)
    return kind_name(kind)


def _tooltip(category: str, value: str, kind: str, source: str, derivation: str = "") -> str:
    return "\n".join(
        [
            translate("Charts", "%1: %2").replace("%1", category).replace("%2", value),
            _kind_line(kind, derivation),
            source,
        ]
    )


def describe_fact(bundle: ArticleBundle, fact_id: str, language: str) -> str:
    """One line on a fact: its indicator, exact value and unit, kind (with
    the derivation), period and source."""
    fact = bundle.fact(fact_id)
    return " · ".join(
        part
        for part in [
            bundle.indicator_label(fact.indicator, language, short=False),
            exact_fact_value(bundle, fact, language),
            _kind_line(fact.kind, format_derivation(fact.derivation, fact.unit, language)),
            derived_range(fact, language),
            format_period(fact.period, language),
            fact.source_in(language),
        ]
        if part
    )


def article_reference(bundle: ArticleBundle, language: str) -> str:
    """Who said it and when: 'Department of Commerce, January 14, 2019;
    published by the provincial website, January 16, 2019' — each with its
    own date; the publisher alone when it published its own figures."""
    said = (
        translate("Charts", "%1, %2")
        .replace("%1", localized(bundle.publisher_short, language))
        .replace("%2", format_date(bundle.announced or bundle.published, language))
    )
    if not bundle.published_by:
        return said
    return (
        translate("Charts", "%1; published by %2, %3")
        .replace("%1", said)
        .replace("%2", localized(bundle.published_by, language))
        .replace("%3", format_date(bundle.published, language))
    )


def build_chart_specs(bundle: ArticleBundle, language: str) -> list[ChartSpec]:
    """The bundle's charts, with every text and number in `language`."""
    return [build_chart_spec(bundle, chart, language) for chart in bundle.charts]


def build_chart_spec(bundle: ArticleBundle, chart: ChartDef, language: str) -> ChartSpec:
    if chart.table:
        return _series_chart(bundle, chart, language)
    return _facts_chart(bundle, chart, language)


def chart_digits(values: list[tuple[float, str]], unit: str, language: str) -> int:
    """One precision for a whole chart: as many decimals as its stated values
    show (at most one); computed values are rounded to it, never shown
    more precisely than what they were computed from."""
    stated = [value for value, kind in values if kind != "derived"] or [value for value, _ in values]
    if unit == "count":
        return 0
    return max((decimals_shown(value, unit, language) for value in stated), default=0)


def point_label(value: float, kind: str, unit: str, language: str, digits: int) -> str:
    """The value written on the chart; a computed one is marked approximate."""
    label = format_value(value, unit, language, digits)
    return translate("Charts", "≈%1").replace("%1", label) if kind == "derived" else label


def derived_range(fact: Fact, language: str) -> str:
    """For a derived fact, the range its rounded inputs allow: 'Between
    3,962 and 3,966, from the rounding of the figures it is computed from'."""
    if fact.kind != "derived" or not fact.derivation:
        return ""
    try:
        low, high = derivation_range(fact.derivation)
    except DerivationError:
        return ""
    digits = 0 if fact.unit == "count" else None
    return (
        translate("Charts", "Between %1 and %2, from the rounding of the figures it is computed from")
        .replace("%1", format_value(low, fact.unit, language, digits))
        .replace("%2", format_value(high, fact.unit, language, digits))
    )


def _fact_point(
    bundle: ArticleBundle,
    fact: Fact,
    category: str,
    x: float,
    width: float,
    language: str,
    digits: int,
    series: str = "main",
) -> PointSpec:
    tooltip = _tooltip(
        category,
        exact_fact_value(bundle, fact, language),
        fact.kind,
        fact.source_in(language),
        format_derivation(fact.derivation, fact.unit, language),
    )
    if fact.kind == "derived":
        tooltip = "\n".join(line for line in (tooltip, derived_range(fact, language)) if line)
    return PointSpec(
        x,
        width,
        fact.value,
        fact.kind,
        point_label(fact.value, fact.kind, fact.unit, language, digits),
        tooltip,
        fact.id,
        series=series,
        source=fact.source_in(language),
    )


def _facts_chart(bundle: ArticleBundle, chart: ChartDef, language: str) -> ChartSpec:
    facts = [bundle.fact(fact_id) for fact_id in chart.facts]
    categories = [
        bundle.indicator_label(f.indicator, language)
        if chart.categories == "indicator"
        else format_period(f.period, language)
        for f in facts
    ]
    unit = facts[0].unit
    digits = chart_digits([(f.value, f.kind) for f in facts], unit, language)
    points = [
        _fact_point(bundle, fact, category, index, BAR_WIDTH, language, digits)
        for index, (fact, category) in enumerate(zip(facts, categories, strict=True))
    ]
    source = translate("Charts", "Source: %1").replace("%1", article_reference(bundle, language))
    return ChartSpec(
        chart.id,
        chart.mark,
        localized(chart.title, language),
        unit,
        unit_name(unit),
        tuple(categories),
        tuple(points),
        source,
        (source,),
    )


def _series_periods(rows: list[SeriesRow]) -> list[str]:
    """The periods of a series in order; a yearly series gets every year
    from its first to its last, so a missing year shows as a gap."""
    periods = sorted({row.period for row in rows})
    if periods and all(len(p) == 4 and p.isdigit() for p in periods):
        return [str(year) for year in range(int(periods[0]), int(periods[-1]) + 1)]
    return periods


def _series_chart(bundle: ArticleBundle, chart: ChartDef, language: str) -> ChartSpec:
    table = bundle.tables[chart.table]
    rows = [r for r in table.rows if r.indicator == chart.indicator and r.value is not None]
    beside = {bundle.fact(f).period: bundle.fact(f) for f in chart.beside}
    paired = chart.mark == "bar"
    unit = rows[0].unit
    digits = chart_digits(
        [(r.value, r.status) for r in rows if r.value is not None] + [(f.value, f.kind) for f in beside.values()],
        unit,
        language,
    )
    points: list[PointSpec] = []
    periods = _series_periods(rows)
    for index, period in enumerate(periods):
        row = next((r for r in rows if r.period == period), None)
        fact = beside.get(period)
        offset, width = (-PAIR_OFFSET, PAIR_WIDTH) if fact and paired else (0.0, BAR_WIDTH)
        if row is None or row.value is None:
            points.append(
                PointSpec(
                    index, width, None, "missing", translate("Charts", "n/a"), f"{period}: {kind_name('missing')}"
                )
            )
        else:
            tooltip = _tooltip(
                period, format_exact(row.value, row.unit, language), row.status, f"{row.source_in(language)}\n{row.url}"
            )
            points.append(
                PointSpec(
                    index + offset,
                    width,
                    row.value,
                    row.status,
                    point_label(row.value, row.status, unit, language, digits),
                    tooltip,
                    label_row=1 if fact and paired else 0,
                    source=f"{row.source_in(language)} — {row.url}",
                )
            )
        if fact:
            x, fact_width = (index + PAIR_OFFSET, PAIR_WIDTH) if paired else (index, BAR_WIDTH)
            point = _fact_point(bundle, fact, period, x, fact_width, language, digits, series="beside")
            if not paired and row is not None:  # on the line's own point: label it one line higher
                point = dataclasses.replace(point, label_row=1)
            points.append(point)
    # The window's line points to each bar's tooltip; a saved image has none.
    if chart.beside:
        on_screen = translate("Charts", "Sources: official releases %1–%2 (hover a bar for each); estimate: %3")
        in_file = translate("Charts", "Sources: official releases %1–%2, one for each year; estimate: %3")
        reference = article_reference(bundle, language)
    else:
        on_screen = translate("Charts", "Sources: official releases %1–%2 (hover a bar for each)")
        in_file = translate("Charts", "Sources: official releases %1–%2, one for each year")
        reference = ""

    def filled(text: str) -> str:
        return text.replace("%1", periods[0]).replace("%2", periods[-1]).replace("%3", reference)

    sources = tuple(dict.fromkeys(f"{r.source_in(language)} — {r.url}" for r in rows))
    return ChartSpec(
        chart.id,
        chart.mark,
        localized(chart.title, language),
        unit,
        unit_name(unit),
        tuple(periods),
        tuple(points),
        filled(on_screen),
        sources,
        filled(in_file),
    )
