"""The bundle's facts and official series as pandas tables, and the chart
specifications built from them for one language.

Imported only once the window shows (pandas is slow to import).
"""

from __future__ import annotations

import dataclasses
import pandas as pd
from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP

translate = QCoreApplication.translate

from app.bundle import ArticleBundle, ChartDef, localized
from app.i18n import format_date, format_exact, format_value

UNIT_LABELS = {
    "bn_cny": QT_TRANSLATE_NOOP("Units", "Yuan (CNY)"),
    "percent": QT_TRANSLATE_NOOP("Units", "Percent"),
    "enterprises": QT_TRANSLATE_NOOP("Units", "Enterprises"),
}
KIND_NAMES = {
    "reported": QT_TRANSLATE_NOOP("Kinds", "Reported"),
    "final": QT_TRANSLATE_NOOP("Kinds", "Final (statistics bureau)"),
    "estimate": QT_TRANSLATE_NOOP("Kinds", "Estimate (“exceeds”)"),
    "derived": QT_TRANSLATE_NOOP("Kinds", "Derived from stated growth"),
    "missing": QT_TRANSLATE_NOOP("Kinds", "No confirmed figure"),
}


def facts_frame(bundle: ArticleBundle) -> pd.DataFrame:
    """One row per fact, indexed by fact id."""
    rows = [dataclasses.asdict(fact) for fact in bundle.facts]
    return pd.DataFrame.from_records(rows, index="id")


def official_frame(bundle: ArticleBundle) -> pd.DataFrame:
    """The official yearly series: one row per (year, indicator), with sources."""
    frame = pd.DataFrame.from_records([dataclasses.asdict(row) for row in bundle.official])
    return frame.astype({"value": "float64", "growth_pct": "float64"})


@dataclasses.dataclass(frozen=True)
class BarSpec:
    """One bar (or gap) of a chart, ready to draw."""

    x: float
    width: float
    value: float | None  # None: no confirmed figure for this slot
    kind: str  # reported, final, estimate, derived or missing
    label: str  # the value as written on the bar
    tooltip: str
    fact_id: str = ""
    label_row: int = 0  # 1: written one line higher, clear of a neighbour's label


@dataclasses.dataclass(frozen=True)
class ChartSpec:
    """Everything a view needs to draw one chart in one language."""

    id: str
    title: str
    unit: str
    unit_label: str
    categories: tuple[str, ...]
    bars: tuple[BarSpec, ...]
    source_line: str
    sources: tuple[str, ...]

    @property
    def kinds(self) -> tuple[str, ...]:
        """The kinds present, in legend order."""
        present = {bar.kind for bar in self.bars}
        return tuple(kind for kind in KIND_NAMES if kind in present)

    @property
    def max_value(self) -> float:
        return max((bar.value for bar in self.bars if bar.value is not None), default=1.0)


def kind_name(kind: str) -> str:
    return translate("Kinds", KIND_NAMES[kind])


def unit_name(unit: str) -> str:
    return translate("Units", UNIT_LABELS[unit])


def exact_value(value: float, unit: str, language: str) -> str:
    """The value with its unit, to two decimals: '242.19B CNY', '4,630 enterprises'."""
    number = format_exact(value, unit, language)
    if unit == "bn_cny":
        return translate("Units", "%1 CNY").replace("%1", number)
    if unit == "percent":
        return number
    return translate("Units", "%1 enterprises").replace("%1", number)


def _kind_line(kind: str, derivation: str) -> str:
    if derivation:
        return translate("Charts", "%1: %2").replace("%1", kind_name(kind)).replace("%2", derivation)
    return kind_name(kind)


def _tooltip(category: str, value: str, kind: str, source: str, derivation: str = "") -> str:
    return "\n".join([f"{category}: {value}", _kind_line(kind, derivation), source])


def describe_fact(facts: pd.DataFrame, fact_id: str, language: str) -> str:
    """One line on a fact: exact value and unit, kind (with the derivation),
    period and source."""
    fact = facts.loc[fact_id]
    return " · ".join([exact_value(fact.value, fact.unit, language), _kind_line(fact.kind, fact.derivation),
                       str(fact.period), fact.source])


def build_chart_specs(
    bundle: ArticleBundle, facts: pd.DataFrame, official: pd.DataFrame, language: str
) -> list[ChartSpec]:
    """The bundle's charts, with every text and number in `language`."""
    return [_build(chart, bundle, facts, official, language) for chart in bundle.charts]


def _article_reference(bundle: ArticleBundle, language: str) -> str:
    """The article's publisher and date: 'Hunan Provincial Department of Commerce, January 16, 2019'."""
    return f"{localized(bundle.publisher_short, language)}, {format_date(bundle.published, language)}"


def _build(chart: ChartDef, bundle: ArticleBundle, facts: pd.DataFrame, official: pd.DataFrame, language: str):
    common = dict(
        id=chart.id,
        title=localized(chart.title, language),
        unit=chart.unit,
        unit_label=unit_name(chart.unit),
    )
    if chart.type == "official":
        return ChartSpec(**common, **_official_bars(chart, bundle, facts, official, language))
    categories, bars = [], []
    for index, bar in enumerate(chart.bars):
        fact = facts.loc[bar.fact]
        category = localized(bar.label, language)
        label = format_value(fact.value, fact.unit, language)
        tooltip = _tooltip(category, exact_value(fact.value, fact.unit, language), fact.kind, fact.source,
                           fact.derivation)
        categories.append(category)
        bars.append(BarSpec(index, 0.6, float(fact.value), fact.kind, label, tooltip, bar.fact))
    source = translate("Charts", "Source: %1").replace("%1", _article_reference(bundle, language))
    return ChartSpec(**common, categories=tuple(categories), bars=tuple(bars), source_line=source, sources=(source,))


def _official_bars(chart: ChartDef, bundle: ArticleBundle, facts: pd.DataFrame, official: pd.DataFrame, language):
    series = official[(official.indicator == chart.indicator) & official.value.notna()]
    beside = {str(facts.loc[f].period): f for f in chart.beside}
    first, last = int(series.year.min()), int(series.year.max())
    categories, bars = [], []
    for index, year in enumerate(range(first, last + 1)):
        categories.append(str(year))
        rows = series[series.year == year]
        fact_id = beside.get(str(year))
        offset, width = (-0.21, 0.4) if fact_id else (0.0, 0.6)
        if rows.empty:
            tooltip = f"{year}: {kind_name('missing')}"
            bars.append(BarSpec(index, width, None, "missing", translate("Charts", "n/a"), tooltip))
        else:
            row = rows.iloc[0]
            label = format_value(row.value, chart.unit, language)
            tooltip = _tooltip(str(year), exact_value(row.value, chart.unit, language), row.status,
                               f"{row.source}\n{row.url}")
            bars.append(BarSpec(index + offset, width, float(row.value), row.status, label, tooltip,
                                label_row=1 if fact_id else 0))
        if fact_id:
            fact = facts.loc[fact_id]
            label = format_value(fact.value, fact.unit, language)
            tooltip = _tooltip(str(year), exact_value(fact.value, fact.unit, language), fact.kind, fact.source)
            bars.append(BarSpec(index + 0.21, 0.4, float(fact.value), fact.kind, label, tooltip, fact_id))
    source_line = (
        translate("Charts", "Sources: official releases %1–%2 (hover a bar for each); estimate: %3")
        .replace("%1", str(first))
        .replace("%2", str(last))
        .replace("%3", _article_reference(bundle, language))
    )
    sources = tuple(dict.fromkeys(f"{s} — {u}" for s, u in zip(series.source, series.url)))
    return dict(categories=tuple(categories), bars=tuple(bars), source_line=source_line, sources=sources)


def table_csv(frame: pd.DataFrame) -> bytes:
    """A table as UTF-8 CSV, sources included (read back with pandas)."""
    return frame.to_csv(index=frame.index.name is not None).encode("utf-8")
