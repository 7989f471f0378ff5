"""One renderer per mark (bars, a line) behind one interface: draw a spec's
points on a pyqtgraph plot, find the fact under the mouse, outline the
selected fact, and paint the legend's sample of each kind.

Reported values are solid, final figures dark, estimates light with a dashed
outline, derived values hatched (bars) or hollow (line points).
"""

from __future__ import annotations

import math

import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPen

from app.charts import ChartSpec, PointSpec
from ui.theme import Colors

HIT_RADIUS = 10.0  # pixels around a line point that still select it


def kind_brush(kind: str, colors: Colors) -> QBrush:
    """Reported: solid; final: dark solid; estimate: light; derived: hatched."""
    if kind == "derived":
        return QBrush(QColor(colors.bar), Qt.BrushStyle.BDiagPattern)
    if kind == "estimate":
        return QBrush(QColor(colors.bar_estimate))
    if kind == "final":
        return QBrush(QColor(colors.bar_final))
    return QBrush(QColor(colors.bar))


def kind_pen(kind: str, colors: Colors, selected: bool = False) -> QPen:
    if selected:
        pen = QPen(QColor(colors.selected_bar), 3)
    else:
        pen = QPen(QColor(colors.bar_final if kind == "final" else colors.bar), 1.5)
        if kind == "estimate":
            pen.setStyle(Qt.PenStyle.DashLine)
    pen.setCosmetic(True)
    return pen


def _value_label(point: PointSpec, colors: Colors, font: QFont, baseline: float = 0.0) -> pg.TextItem:
    """The value written above a point (below it for a negative value);
    a gap gets its note on the axis."""
    if point.value is None:
        label = pg.TextItem(point.label, color=colors.muted, anchor=(0.5, 1.0))
        label.setPos(point.x, baseline)
    else:
        below = point.value < 0
        label = pg.TextItem(point.label, color=colors.text,
                            anchor=(0.5, -point.label_row if below else 1.0 + point.label_row))
        label.setPos(QPointF(point.x, point.value))
    label.setFont(font)
    return label


class Mark:
    """What every renderer does; a ChartCard holds one per chart."""

    def __init__(self) -> None:
        self.labels: list[pg.TextItem] = []
        self.items: list[pg.GraphicsObject] = []
        self._colors: Colors | None = None
        self._spec: ChartSpec | None = None
        self.selected_fact = ""

    def draw(self, plot: pg.PlotItem, spec: ChartSpec, colors: Colors, font: QFont, selected_fact: str) -> None:
        raise NotImplementedError

    def fact_at(self, view: pg.ViewBox, scene_pos: QPointF) -> str:
        """The fact drawn under `scene_pos`, or ''."""
        raise NotImplementedError

    def set_selected_fact(self, fact_id: str) -> None:
        raise NotImplementedError

    def paint_swatch(self, painter: QPainter, rect: QRectF, kind: str, colors: Colors) -> None:
        raise NotImplementedError

    def _add_labels(self, plot: pg.PlotItem, spec: ChartSpec, colors: Colors, font: QFont) -> None:
        baseline = min(0.0, spec.min_value)
        for point in spec.points:
            label = _value_label(point, colors, font, baseline)
            plot.addItem(label)
            self.labels.append(label)


class BarMark(Mark):
    """One bar per point; a pair of bars shares a category (x ± offset)."""

    def __init__(self) -> None:
        super().__init__()
        self._fact_bars: dict[str, tuple[pg.BarGraphItem, str]] = {}

    def draw(self, plot: pg.PlotItem, spec: ChartSpec, colors: Colors, font: QFont, selected_fact: str) -> None:
        self._spec, self._colors, self.selected_fact = spec, colors, selected_fact
        self.items, self.labels, self._fact_bars = [], [], {}
        for point in spec.points:
            if point.value is None:
                continue
            selected = bool(point.fact_id) and point.fact_id == selected_fact
            bar = pg.BarGraphItem(x=[point.x], height=[point.value], width=point.width,
                                  brush=kind_brush(point.kind, colors), pen=kind_pen(point.kind, colors, selected))
            bar.setToolTip(point.tooltip)
            plot.addItem(bar)
            self.items.append(bar)
            if point.fact_id:
                self._fact_bars[point.fact_id] = (bar, point.kind)
        self._add_labels(plot, spec, colors, font)

    def fact_at(self, view: pg.ViewBox, scene_pos: QPointF) -> str:
        at = view.mapSceneToView(scene_pos)
        for point in self._spec.points if self._spec else ():
            if point.fact_id and point.value is not None and abs(at.x() - point.x) <= point.width / 2 \
                    and min(0, point.value) <= at.y() <= max(0, point.value):
                return point.fact_id
        return ""

    def set_selected_fact(self, fact_id: str) -> None:
        self.selected_fact = fact_id
        for shown_id, (bar, kind) in self._fact_bars.items():
            bar.setOpts(pen=kind_pen(kind, self._colors, selected=shown_id == fact_id))

    @property
    def highlighted_facts(self) -> list[str]:
        return [f for f, (bar, _) in self._fact_bars.items() if bar.opts["pen"].width() == 3]

    def paint_swatch(self, painter: QPainter, rect: QRectF, kind: str, colors: Colors) -> None:
        painter.setBrush(kind_brush(kind, colors))
        painter.setPen(kind_pen(kind, colors))
        painter.drawRect(rect.adjusted(1, 1, -1, -1))


class LineMark(Mark):
    """The main series joined by a line (a gap where a value is missing),
    each point a symbol of its kind; facts beside it are symbols alone."""

    SYMBOL_SIZE = 11

    def __init__(self) -> None:
        super().__init__()
        self._scatter: pg.ScatterPlotItem | None = None
        self._points: list[PointSpec] = []

    def draw(self, plot: pg.PlotItem, spec: ChartSpec, colors: Colors, font: QFont, selected_fact: str) -> None:
        self._spec, self._colors, self.selected_fact = spec, colors, selected_fact
        self.items, self.labels = [], []
        main = [p for p in spec.points if p.series == "main"]
        line = pg.PlotDataItem([p.x for p in main], [math.nan if p.value is None else p.value for p in main],
                               connect="finite", pen=pg.mkPen(colors.bar, width=2))
        plot.addItem(line)
        self.items.append(line)
        self._points = [p for p in spec.points if p.value is not None]
        self._scatter = pg.ScatterPlotItem(hoverable=True, tip=None)
        self._scatter.setData(spots=self._spots())
        self._scatter.sigHovered.connect(self._on_hovered)
        plot.addItem(self._scatter)
        self.items.append(self._scatter)
        self._add_labels(plot, spec, colors, font)

    def _spots(self) -> list[dict]:
        spots = []
        for point in self._points:
            selected = bool(point.fact_id) and point.fact_id == self.selected_fact
            brush = QBrush(QColor(self._colors.base)) if point.kind == "derived" else kind_brush(point.kind, self._colors)
            spots.append({"pos": (point.x, point.value), "size": self.SYMBOL_SIZE + (4 if selected else 0),
                          "brush": brush, "pen": kind_pen(point.kind, self._colors, selected),
                          "symbol": "s" if point.series == "beside" else "o", "data": point.fact_id})
        return spots

    def _on_hovered(self, _item, spots, _event) -> None:
        if self._scatter is None:
            return
        tips = [self._points[spot.index()].tooltip for spot in spots]
        self._scatter.setToolTip("\n\n".join(tips))

    def fact_at(self, view: pg.ViewBox, scene_pos: QPointF) -> str:
        for point in self._points:
            if not point.fact_id:
                continue
            at = view.mapViewToScene(QPointF(point.x, point.value))
            if math.hypot(at.x() - scene_pos.x(), at.y() - scene_pos.y()) <= HIT_RADIUS:
                return point.fact_id
        return ""

    def set_selected_fact(self, fact_id: str) -> None:
        self.selected_fact = fact_id
        if self._scatter is not None:
            self._scatter.setData(spots=self._spots())

    @property
    def highlighted_facts(self) -> list[str]:
        return [p.fact_id for p in self._points if p.fact_id and p.fact_id == self.selected_fact]

    def paint_swatch(self, painter: QPainter, rect: QRectF, kind: str, colors: Colors) -> None:
        painter.setBrush(QBrush(QColor(colors.base)) if kind == "derived" else kind_brush(kind, colors))
        painter.setPen(kind_pen(kind, colors))
        side = min(rect.width(), rect.height()) - 2
        painter.drawEllipse(QRectF(rect.center().x() - side / 2, rect.center().y() - side / 2, side, side))


MARKS: dict[str, type[Mark]] = {"bar": BarMark, "line": LineMark}
