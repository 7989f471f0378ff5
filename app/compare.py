"""One indicator across every release in the library: a table across
articles (pandas earns its place here) and the chart spec that draws it.

Indicators are matched by id, the ids being the glossary's terms where an
article's indicator maps to one. Full years and year-to-date periods are
kept apart (January–October is not a year); where two releases give the same
period different values (an estimate, then a final figure), both are drawn
side by side and told apart by their kind and release.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import pandas as pd
from PySide6.QtCore import QCoreApplication

from app.bundle import ArticleBundle, BundleError, load_bundle, localized
from app.charts import ChartSpec, PointSpec, kind_name, point_label
from app.glossary import Glossary, load_glossary
from app.i18n import LANGUAGES, format_date, format_period
from app.library import Library
from app.units import decimals_shown, format_exact, format_number, unit_name

translate = QCoreApplication.translate
COLUMNS = (
    "indicator",
    "measure",
    "period",
    "value",
    "unit",
    "kind",
    "source",
    "article",
    "article_path",
    "fact",
    "published",
    *(f"title_{language}" for language in LANGUAGES),  # the release's title in each display language
)
YEAR = re.compile(r"\d{4}")
KIND_RANK = {"final": 0, "reported": 1, "estimate": 2, "derived": 3}  # which point of a period is drawn first


@dataclass(frozen=True)
class IndicatorChoice:
    id: str
    names: dict[str, str]
    releases: int

    def name(self, language: str) -> str:
        return localized(self.names, language)


def _indicator_key(bundle: ArticleBundle, indicator_id: str, glossary: Glossary) -> str:
    """The glossary term an article's indicator stands for, else its own id."""
    if indicator_id in glossary.terms:
        return indicator_id
    match = glossary.match(localized(bundle.indicators[indicator_id].name, "en"))
    return match.term if match is not None and match.place is None and match.partner is None else indicator_id


def library_table(library: Library, glossary: Glossary | None = None) -> tuple[pd.DataFrame, dict[str, dict]]:
    """Every fact and table row of every readable article, one row each, and
    the names of each indicator (by key) in the languages the articles give."""
    glossary = glossary or load_glossary()
    rows: list[dict] = []
    names: dict[str, dict] = {}
    for entry in library.entries():
        try:
            bundle = load_bundle(entry.path)
        except BundleError:
            continue  # listed among the library's problems; not charted
        keys = {i: _indicator_key(bundle, i, glossary) for i in bundle.indicators}
        for indicator_id, key in keys.items():
            term = glossary.terms.get(key)
            names.setdefault(
                key,
                {lang: term.name(lang) for lang in LANGUAGES} if term else dict(bundle.indicators[indicator_id].name),
            )
        common = {
            "article": bundle.id,
            "article_path": str(bundle.path),
            "published": bundle.published,
            **{f"title_{language}": localized(bundle.title, language) for language in LANGUAGES},
        }
        for fact in bundle.facts:
            rows.append(
                {
                    **common,
                    "indicator": keys[fact.indicator],
                    "measure": fact.measure,
                    "period": fact.period,
                    "value": fact.value,
                    "unit": fact.unit,
                    "kind": fact.kind,
                    "source": fact.source,
                    "fact": fact.id,
                }
            )
        for table in bundle.tables.values():
            for row in table.rows:
                if row.value is not None:
                    rows.append(
                        {
                            **common,
                            "indicator": keys[row.indicator],
                            "measure": "level",
                            "period": row.period,
                            "value": row.value,
                            "unit": row.unit,
                            "kind": row.status,
                            "source": f"{row.source} — {row.url}",
                            "fact": "",
                        }
                    )
    frame = pd.DataFrame.from_records(rows, columns=list(COLUMNS))
    return frame, names


def indicator_choices(frame: pd.DataFrame, names: dict[str, dict], measure: str = "level") -> list[IndicatorChoice]:
    """The indicators reported with `measure`, most releases first."""
    subset = frame[(frame.measure == measure) & (frame.period != "")]
    counts = subset.groupby("indicator")["article"].nunique().sort_values(ascending=False, kind="stable")
    return [IndicatorChoice(key, names.get(key, {"en": key}), int(n)) for key, n in counts.items()]


def compared_periods(periods: list[str]) -> list[str]:
    """Every year from the first to the last (a missing year is a gap, never
    bridged), then the other periods (year-to-date, months) in time order:
    a partial year never stands among the years."""
    years = sorted(int(p) for p in periods if YEAR.fullmatch(p))
    others = sorted(p for p in periods if not YEAR.fullmatch(p))
    full = [str(y) for y in range(years[0], years[-1] + 1)] if years else []
    return full + others


def compare_spec(
    frame: pd.DataFrame,
    names: dict[str, dict],
    indicator: str,
    language: str,
    measure: str = "level",
    mark: str = "line",
) -> ChartSpec:
    """The chart of `indicator` across the library; a point's fact_id is
    '<article folder>#<fact id>' so a click can open that release there."""
    rows = frame[(frame.indicator == indicator) & (frame.measure == measure) & (frame.period != "")]
    if rows.empty:
        raise KeyError(indicator)
    unit = rows.unit.mode().iloc[0]
    rows = rows[rows.unit == unit].assign(rank=rows.kind.map(KIND_RANK).fillna(9))
    rows = rows.sort_values(["period", "rank", "published"], kind="stable")
    periods = compared_periods(list(rows.period.unique()))
    stated = [v for v, k in zip(rows.value, rows.kind, strict=True) if k != "derived"] or list(rows.value)
    digits = 0 if unit == "count" else max(decimals_shown(v, unit, language) for v in stated)
    points: list[PointSpec] = []
    for index, period in enumerate(periods):
        group = rows[rows.period == period].drop_duplicates(["article", "value", "kind"])
        count = len(group)
        if not count:
            points.append(
                PointSpec(index, 0.6, None, "missing", translate("Charts", "n/a"), f"{period}: {kind_name('missing')}")
            )
            continue
        # Several releases for one period stand side by side: bars share the
        # slot, line points are spread across it.
        width = 0.6 / count if mark == "bar" else 0.6
        step = width if mark == "bar" else min(0.2, 0.6 / count)
        for order, row in enumerate(group.itertuples(index=False)):
            offset = (order - (count - 1) / 2) * step
            release = (
                translate("Compare", "Release: %1 (%2)")
                .replace("%1", getattr(row, f"title_{language}"))
                .replace("%2", format_date(row.published, language))
            )
            tooltip = "\n".join(
                [
                    f"{format_period(period, language)}: {format_exact(row.value, unit, language)}",
                    kind_name(row.kind),
                    release,
                    row.source,
                ]
            )
            # One line joins the first figure of each full year; the other
            # releases' figures and the partial periods stand apart.
            series = "main" if order == 0 and YEAR.fullmatch(period) else f"apart{order}"
            label = point_label(row.value, row.kind, unit, language, digits) if order == 0 or mark == "bar" else ""
            points.append(
                PointSpec(
                    index + offset,
                    width,
                    float(row.value),
                    row.kind,
                    label,
                    tooltip,
                    f"{row.article_path}#{row.fact}" if row.fact else "",
                    series=series,
                    source=row.source,
                )
            )
    title = localized(names.get(indicator, {"en": indicator}), language)
    articles = rows.article.nunique()
    releases = format_number(int(articles), language)
    source_line = translate("Compare", "Sources: releases in the library, %1 in all (hover a point for each)")
    file_source_line = translate("Compare", "Sources: releases in the library, %1 in all")
    categories = tuple(format_period(p, language) for p in periods)
    return ChartSpec(
        f"compare-{indicator}",
        mark,
        title,
        unit,
        unit_name(unit),
        categories,
        tuple(points),
        source_line.replace("%1", releases),
        tuple(dict.fromkeys(rows.source)),
        file_source_line.replace("%1", releases),
    )
