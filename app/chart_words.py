"""A chart in words, for screen readers and the chart's table: each point's
category, its value as the chart writes it, its kind and its source, all in
the language the spec was built in."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.charts import ChartSpec, PointSpec, kind_name

translate = QCoreApplication.translate


def point_category(spec: ChartSpec, point: PointSpec) -> str:
    """The category under `point` (a pair of bars shares one slot)."""
    if not spec.categories:
        return ""
    return spec.categories[min(max(round(point.x), 0), len(spec.categories) - 1)]


def point_value(spec: ChartSpec, point: PointSpec) -> str:
    """The value as the chart writes it ('310B', '≈51.2%', 'n/a')."""
    if point.label:
        return point.label
    # A point the chart writes no value on (a compared release beside the
    # line's own point): its tooltip's first line, "category: value", says it.
    line = point.tooltip.partition("\n")[0]
    category = point_category(spec, point)
    return line.removeprefix(category).lstrip(":：\u00a0\u202f ") if line.startswith(category) else line


def point_in_words(spec: ChartSpec, point: PointSpec) -> str:
    """'2018: 310B, Estimate'; a gap: '2015: n/a, No confirmed figure'."""
    said = (
        translate("Charts", "%1: %2").replace("%1", point_category(spec, point)).replace("%2", point_value(spec, point))
    )
    return translate("ChartWords", "%1, %2").replace("%1", said).replace("%2", kind_name(point.kind))


def points_in_order(spec: ChartSpec) -> list[int]:
    """The indexes of the spec's points from left to right."""
    return sorted(range(len(spec.points)), key=lambda index: spec.points[index].x)


def chart_description(spec: ChartSpec) -> str:
    """Every value of the chart in words, left to right, after its unit."""
    values = translate("ChartWords", "; ").join(point_in_words(spec, spec.points[i]) for i in points_in_order(spec))
    return translate("ChartWords", "Values in %1: %2").replace("%1", spec.unit_label).replace("%2", values)


def current_point_name(spec: ChartSpec, index: int) -> str:
    """What a screen reader says of the point the keyboard is on: the
    chart's title, then the point in words."""
    return (
        translate("ChartWords", "%1 — %2")
        .replace("%1", spec.title)
        .replace("%2", point_in_words(spec, spec.points[index]))
    )


def table_rows(spec: ChartSpec) -> list[tuple[str, str, str, str]]:
    """(category, value, kind, source) of every point, left to right."""
    return [
        (point_category(spec, p), point_value(spec, p), kind_name(p.kind), p.source)
        for p in (spec.points[i] for i in points_in_order(spec))
    ]
