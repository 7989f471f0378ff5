"""One renderer per mark (bars, a line) behind one interface: draw a spec's
points on a pyqtgraph plot, place their value labels, find the fact under
the mouse, outline the selected fact, and paint the legend's sample of
each kind.

Reported values are solid, final figures dark, estimates light with a dashed
outline, derived values hatched (bars) or hollow (line points).

Bars and hatching are painted in device pixels, not in data coordinates
under the view's scale: a saved SVG then holds the bars' real geometry, and
the hatching keeps its 45° in every program that draws it.
"""

from __future__ import annotations

import functools
import math
from typing import TYPE_CHECKING

from PySide6.QtCore import QLineF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen, QTextLayout, QTextOption

from app.charts import ChartSpec, PointSpec
from ui.plotting import pg
from ui.theme import Colors

if TYPE_CHECKING:
    from ui.chart_parts import ChartPlotItem

HIT_RADIUS = 10.0  # pixels around a line point that still select it
HATCH_SPACING = 6.0  # pixels between the lines of a derived value's hatching
LABEL_GAP = 2.0  # pixels between a value label and what it stands on
LABEL_SPACE = 6.0  # pixels at least between two value labels side by side
PLOT_MARGIN = 3.0  # pixels kept free between a label and the plot's edge
HEIGHT_STEP = 10.0  # pixels: the plot heights tried for a crowded chart's labels


_WRAPPED: dict[tuple, tuple[str, ...]] = {}  # wrap_lines' answers: titles and labels are wrapped on every layout
_WRAPPED_MAX = 4096


def font_identity(font: QFont) -> tuple:
    """What tells two fonts apart when their text is measured, for keys of
    remembered layouts: QFont.key() with the fallback families, which the
    key may leave out."""
    return font.key(), tuple(font.families())


def wrap_lines(text: str, font: QFont, width: float, max_lines: int) -> list[str]:
    """`text` broken into lines no wider than `width` (at word boundaries,
    or anywhere in a word that cannot fit: CJK has no spaces); past
    `max_lines` the last line ends in '…'."""
    key = (text, font_identity(font), width, max_lines)
    lines = _WRAPPED.get(key)
    if lines is None:
        if len(_WRAPPED) >= _WRAPPED_MAX:
            _WRAPPED.clear()
        lines = _WRAPPED[key] = tuple(_wrap(text, font, width, max_lines))
    return list(lines)


def _wrap(text: str, font: QFont, width: float, max_lines: int) -> list[str]:
    metrics = QFontMetricsF(font)
    if metrics.horizontalAdvance(text) <= width or width <= 0:
        return [text if width > 0 else metrics.elidedText(text, Qt.TextElideMode.ElideRight, 0)]
    # QTextLayout counts UTF-16 units; the offsets are mapped back to str indexes.
    units = text.encode("utf-16-le")
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    layout.beginLayout()
    starts = []
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        starts.append(len(units[: line.textStart() * 2].decode("utf-16-le", "ignore")))
    layout.endLayout()
    bounds = [*starts, len(text)]
    lines = [text[bounds[i] : bounds[i + 1]].strip() for i in range(len(starts))]
    if len(lines) > max_lines:
        rest = text[bounds[max_lines - 1] :].strip()
        lines = lines[: max_lines - 1] + [metrics.elidedText(rest, Qt.TextElideMode.ElideRight, width)]
    return [line for line in lines if line] or [""]


# Brushes, pens and hatching are made once per look and shared: every bar
# is painted again at each switch of language. Callers copy, never change them.
@functools.cache
def kind_brush(kind: str, colors: Colors) -> QBrush:
    """Reported: solid; final: dark solid; estimate: light; derived: none
    (hatched by hatch_lines)."""
    if kind == "derived":
        return QBrush(Qt.BrushStyle.NoBrush)
    if kind == "estimate":
        return QBrush(QColor(colors.bar_estimate))
    if kind == "final":
        return QBrush(QColor(colors.bar_final))
    return QBrush(QColor(colors.bar))


@functools.cache
def kind_pen(kind: str, colors: Colors, selected: bool = False) -> QPen:
    if selected:
        pen = QPen(QColor(colors.selected_bar), 3)
    else:
        pen = QPen(QColor(colors.bar_final if kind == "final" else colors.bar), 1.5)
        if kind == "estimate":
            pen.setStyle(Qt.PenStyle.DashLine)
    pen.setCosmetic(True)
    return pen


def hatch_lines(rect: QRectF, spacing: float = HATCH_SPACING) -> list[QLineF]:
    """Lines rising at 45° (like '/') across `rect`, cut at its edges; on a
    grid fixed to the origin so that neighbouring bars' hatching lines up."""
    return list(_hatch_lines(rect.left(), rect.top(), rect.right(), rect.bottom(), spacing))


@functools.lru_cache(maxsize=256)  # a few bars a chart, each at a few sizes
def _hatch_lines(left: float, top: float, right: float, bottom: float, spacing: float) -> tuple[QLineF, ...]:
    rect = QRectF(QPointF(left, top), QPointF(right, bottom))
    lines = []
    first = math.floor((rect.left() + rect.top()) / spacing) + 1
    last = math.ceil((rect.right() + rect.bottom()) / spacing)
    for step in range(first, last):
        c = step * spacing  # the line x + y = c
        x1, x2 = max(rect.left(), c - rect.bottom()), min(rect.right(), c - rect.top())
        if x2 > x1:
            lines.append(QLineF(x1, c - x1, x2, c - x2))
    return tuple(lines)


def paint_bar(painter: QPainter, rect: QRectF, kind: str, colors: Colors, selected: bool = False) -> None:
    """A bar of `kind` over `rect` (device pixels): fill, hatching, outline."""
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(kind_brush(kind, colors))
    painter.drawRect(rect)
    if kind == "derived":
        # Painted in device pixels, so a plain 1-pixel pen: Qt then strokes
        # it by area, as other renderers do (its cosmetic lines come out lighter).
        painter.setPen(QPen(QColor(colors.bar), 1))
        painter.drawLines(hatch_lines(rect))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(kind_pen(kind, colors, selected))
    painter.drawRect(rect)


class BarItem(pg.GraphicsObject):
    """One bar in data coordinates, painted in device pixels."""

    def __init__(self, point: PointSpec, colors: Colors, selected: bool) -> None:
        super().__init__()
        self.kind, self.colors, self.selected = point.kind, colors, selected
        self.rect = QRectF(point.x - point.width / 2, min(0.0, point.value), point.width, abs(point.value))
        self._bounds: QRectF | None = None  # for the view's current scale

    def set_selected(self, selected: bool) -> None:
        self.selected = selected
        self.update()

    def viewTransformChanged(self) -> None:  # noqa: N802 (pyqtgraph name)
        """The view's range or size changed: the outline's room in data units too."""
        self.prepareGeometryChange()
        self._bounds = None
        super().viewTransformChanged()

    def boundingRect(self) -> QRectF:  # noqa: N802 (Qt name)
        # Room for the outline, a few pixels wide whatever the scale.
        if self._bounds is None:
            dx, dy = 3 * (self.pixelWidth() or 0), 3 * (self.pixelHeight() or 0)
            self._bounds = self.rect.adjusted(-dx, -dy, dx, dy)
        return self._bounds

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.addRect(self.rect)
        return path

    def paint(self, painter: QPainter, *_args) -> None:
        device = painter.transform().mapRect(self.rect)
        painter.save()
        painter.resetTransform()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        paint_bar(painter, device, self.kind, self.colors, self.selected)
        painter.restore()


def shapes(spec: ChartSpec) -> tuple:
    """What the marks of `spec` look like, whatever its language."""
    return tuple((p.x, p.width, p.value, p.kind, p.fact_id, p.series) for p in spec.points)


class Mark:
    """What every renderer does; a ChartCard holds one per chart."""

    def __init__(self) -> None:
        self.labels: list[pg.TextItem] = []
        self.items: list[pg.GraphicsObject] = []
        self._colors: Colors | None = None
        self._spec: ChartSpec | None = None
        self._font = QFont()
        self.selected_fact = ""

    def draw(self, plot: ChartPlotItem, spec: ChartSpec, colors: Colors, font: QFont, selected_fact: str) -> None:
        raise NotImplementedError

    def fact_at(self, view: pg.ViewBox, scene_pos: QPointF) -> str:
        """The fact drawn under `scene_pos`, or ''."""
        raise NotImplementedError

    def set_selected_fact(self, fact_id: str) -> None:
        raise NotImplementedError

    def paint_swatch(self, painter: QPainter, rect: QRectF, kind: str, colors: Colors) -> None:
        raise NotImplementedError

    def obstacles(self, to_px) -> list[QRectF | None]:
        """Per point of the spec, the pixels its mark covers (None: nothing)."""
        return [None for _ in self._spec.points]

    def retext(self, spec: ChartSpec, font: QFont) -> bool:
        """Take the texts of `spec` (another language) when it has the same
        points as the spec drawn, keeping the marks; False when it has not
        and must be drawn anew."""
        if self._spec is None or shapes(self._spec) != shapes(spec):
            return False
        self._spec, self._font = spec, QFont(font)
        for point, label in zip(spec.points, self.labels):
            label.setFont(font)
            label.setPlainText(point.label)
        self._take_tooltips(spec)
        return True

    def _take_tooltips(self, spec: ChartSpec) -> None:
        raise NotImplementedError

    def recolor(self, colors: Colors) -> None:
        """Take `colors` (another theme), keeping the marks and their places."""
        self._colors = colors
        for point, label in zip(self._spec.points, self.labels):
            label.setColor(self._label_color(point, colors))

    @staticmethod
    def _label_color(point: PointSpec, colors: Colors) -> str:
        return colors.muted if point.value is None else colors.text

    def _add_labels(self, plot: ChartPlotItem, spec: ChartSpec, colors: Colors, font: QFont) -> None:
        self._font = QFont(font)
        for point in spec.points:
            label = pg.TextItem(point.label, color=self._label_color(point, colors))
            label.textItem.document().setDocumentMargin(0)  # its box is the text's: placed to the pixel
            label.setFont(font)
            plot.addItem(label)
            self.labels.append(label)

    # -- placing the value labels -------------------------------------------------
    def fit(self, view: pg.ViewBox, x_range: tuple[float, float]) -> tuple[float, float]:
        """Place every value label clear of the others and of the other
        points' marks, inside the plot, and choose the value range that
        leaves them room (from their measured height, so any font and plot
        size fits); returns that range."""
        spec = self._spec
        width, height = view.width(), view.height()
        if width < 20 or height < 20 or not self.labels:
            bottom, top = spec.value_span
            return bottom, top * 1.22
        slot = width / (x_range[1] - x_range[0])
        for point, label in zip(spec.points, self.labels):
            if point.value is None:  # a gap's note stays within its own slot
                lines = wrap_lines(point.label, self._font, slot - 4, 2)
                label.textItem.document().setDefaultTextOption(QTextOption(Qt.AlignmentFlag.AlignHCenter))
                label.setPlainText("\n".join(lines))
                metrics = QFontMetricsF(self._font)
                label.setTextWidth(math.ceil(max(metrics.horizontalAdvance(line) for line in lines)) + 1)
        bottom, top, boxes = self._ranged(self._label_sizes(), width, height, x_range)
        for label, box in zip(self.labels, boxes):
            label.setVisible(box is not None)
            if box is not None:
                label.setAnchor((0, 0))
                label.setPos(x_range[0] + box.left() / slot, top - box.top() / height * (top - bottom))
        return bottom, top

    def height_for_labels(self, width: float, x_range: tuple[float, float], least: float, most: float) -> float | None:
        """The lowest plot height from `least` up to `most` (pixels, in steps)
        at which every value label placed by the last fit() is shown at
        `width`; None when no such height shows them all (a label wider
        than the plot)."""
        if width < 20 or not self.labels:
            return least
        sizes, height = self._label_sizes(), least
        while height <= most:
            if None not in self._ranged(sizes, width, height, x_range)[2]:
                return height
            height += HEIGHT_STEP
        return None

    def _label_sizes(self) -> list[QSizeF]:
        return [label.textItem.boundingRect().size() for label in self.labels]

    def _ranged(
        self, sizes: list[QSizeF], width: float, height: float, x_range
    ) -> tuple[float, float, list[QRectF | None]]:
        """The value range bottom..top that leaves labels of `sizes` room in a
        plot of `width` x `height` pixels, and their boxes there (None: left out)."""
        spec = self._spec
        bottom, top = spec.value_span
        left_out: set[int] = set()
        for _ in range(8):
            boxes, moved = self._place(sizes, width, height, x_range, bottom, top, left_out)
            shown = [box for box in boxes if box is not None] or [QRectF(0, height / 2, 1, 1)]
            need_top = max(0.0, PLOT_MARGIN - min(box.top() for box in shown))
            # (A gap's note stands on the axis: only labels under negative
            # values can need room at the bottom.)
            below = [
                box
                for box, point in zip(boxes, spec.points)
                if box is not None and point.value is not None and point.value < 0
            ]
            need_bottom = max([0.0] + [box.bottom() - (height - PLOT_MARGIN) for box in below])
            if need_top < 0.5 and need_bottom < 0.5:
                break
            # Labels moved off their points may not shrink the bars much:
            # past three tenths of the plot, those that stick out are left out.
            outside = {i for i in moved if boxes[i].top() < PLOT_MARGIN or boxes[i].bottom() > height - PLOT_MARGIN}
            if need_top + need_bottom > height * 0.3 and outside:
                left_out |= outside
                continue
            # Squeeze the data into the pixels the labels leave free (the
            # bars keep at least half the plot).
            free = max(height - need_top - need_bottom, height * 0.5)
            span = (top - bottom) * height / free
            top, bottom = top + need_top * span / height, bottom - need_bottom * span / height
        return bottom, top, boxes

    def _place(
        self, sizes, width: float, height: float, x_range, bottom: float, top: float, left_out: set[int]
    ) -> tuple[list[QRectF | None], set[int]]:
        """Each label's box in the plot's pixels for the value range
        bottom..top (None: left out), over its point (under it when
        negative), moved away from whatever it would cover, the lowest
        labels placed first; and which labels had to move."""

        def to_px(x: float, y: float) -> QPointF:
            return QPointF((x - x_range[0]) / (x_range[1] - x_range[0]) * width, (top - y) / (top - bottom) * height)

        points = self._spec.points
        marks = self.obstacles(to_px)
        baseline = to_px(0, max(bottom, min(0.0, top))).y()
        boxes: list[QRectF | None] = [None] * len(points)
        wanted = []
        for index, (point, size) in enumerate(zip(points, sizes)):
            down = point.value is not None and point.value < 0
            anchor = baseline if point.value is None else to_px(point.x, point.value).y()
            if marks[index] is not None:  # the label stands on its mark's far edge
                anchor = marks[index].bottom() if down else marks[index].top()
            centre = to_px(point.x, 0).x()
            left = min(max(centre - size.width() / 2, 0.0), max(width - size.width(), 0.0))
            y = anchor + LABEL_GAP if down else anchor - LABEL_GAP - size.height()
            wanted.append((down, QRectF(left, y, size.width(), size.height())))
        # The article's own figures first, where they want to be: where there
        # is no room, another label moves or is left out. Then upward labels
        # from the lowest, downward ones from the highest.
        order = sorted(
            range(len(points)),
            key=lambda i: (
                not points[i].fact_id,
                wanted[i][0],
                -wanted[i][1].bottom() if not wanted[i][0] else wanted[i][1].top(),
            ),
        )
        moved = set()
        for index in order:
            if index in left_out:
                continue
            down, box = wanted[index]
            start = box.top()
            others = [m for i, m in enumerate(marks) if m is not None and i != index]
            centre = to_px(points[index].x, 0).x()
            box = _aside(box, centre, others, width)
            level = QRectF(box)  # where it stands before climbing over anything
            for _ in range(4 * len(points) + 4):
                hits = [
                    o for o in others + [b for b in boxes if b is not None] if o.intersects(box.adjusted(-1, -1, 1, 1))
                ]
                if not hits:
                    break
                if down:
                    box.moveTop(max(o.bottom() for o in hits) + LABEL_GAP)
                else:
                    box.moveBottom(min(o.top() for o in hits) - LABEL_GAP)
            if abs(box.top() - start) > 1.5 * box.height():
                # Too far from its point to say which it belongs to: at its
                # own height beside the labels in its way, a space apart, if
                # it still stands over its point (a wide label between taller
                # neighbours' labels).
                spaced = [b.adjusted(-LABEL_SPACE, 0, LABEL_SPACE, 0) for b in boxes if b is not None]
                beside = _aside(level, centre, others + spaced, width)
                if beside != level:
                    box = beside
            # Still too crowded to say which point it belongs to (or wider
            # than the plot): left out; the tooltip and the caption give it.
            if abs(box.top() - start) <= 1.5 * box.height() and box.width() <= width:
                boxes[index] = box
                if box.top() != start:
                    moved.add(index)
        return boxes, moved


def _aside(box: QRectF, centre: float, marks: list[QRectF], width: float) -> QRectF:
    """A label's box moved left or right, clear of the other points' marks it
    covers, as long as it still stands over its own point (`centre`) and
    inside the plot; the box as it was when no such move clears them. A
    label wider than its bar's slot then stays beside its bar rather than
    climbing over a taller neighbour."""
    hits = [mark for mark in marks if mark.intersects(box.adjusted(-1, -1, 1, 1))]
    if not hits:
        return box
    for hit in hits:
        shift = hit.left() - 1 - box.right() if hit.center().x() >= centre else hit.right() + 1 - box.left()
        moved = box.translated(shift, 0)
        if (
            moved.left() >= 0
            and moved.right() <= width
            and moved.left() + 2 <= centre <= moved.right() - 2
            and not any(mark.intersects(moved.adjusted(-1, -1, 1, 1)) for mark in marks)
        ):
            return moved
    return box


class BarMark(Mark):
    """One bar per point; a pair of bars shares a category (x ± offset)."""

    def __init__(self) -> None:
        super().__init__()
        self._fact_bars: dict[str, BarItem] = {}
        self._bars: list[BarItem | None] = []

    def draw(self, plot: ChartPlotItem, spec: ChartSpec, colors: Colors, font: QFont, selected_fact: str) -> None:
        self._spec, self._colors, self.selected_fact = spec, colors, selected_fact
        self.items, self.labels, self._fact_bars, self._bars = [], [], {}, []
        for point in spec.points:
            if point.value is None:
                self._bars.append(None)
                continue
            bar = BarItem(point, colors, bool(point.fact_id) and point.fact_id == selected_fact)
            bar.setToolTip(point.tooltip)
            plot.addItem(bar)
            self.items.append(bar)
            self._bars.append(bar)
            if point.fact_id:
                self._fact_bars[point.fact_id] = bar
        self._add_labels(plot, spec, colors, font)

    def _take_tooltips(self, spec: ChartSpec) -> None:
        for point, bar in zip(spec.points, self._bars):
            if bar is not None:
                bar.setToolTip(point.tooltip)

    def recolor(self, colors: Colors) -> None:
        super().recolor(colors)
        for bar in self._bars:
            if bar is not None:
                bar.colors = colors
                bar.update()

    def obstacles(self, to_px) -> list[QRectF | None]:
        return [
            None
            if bar is None
            else QRectF(to_px(bar.rect.left(), bar.rect.bottom()), to_px(bar.rect.right(), bar.rect.top())).normalized()
            for bar in self._bars
        ]

    def fact_at(self, view: pg.ViewBox, scene_pos: QPointF) -> str:
        at = view.mapSceneToView(scene_pos)
        for point in self._spec.points if self._spec else ():
            if (
                point.fact_id
                and point.value is not None
                and abs(at.x() - point.x) <= point.width / 2
                and min(0, point.value) <= at.y() <= max(0, point.value)
            ):
                return point.fact_id
        return ""

    def set_selected_fact(self, fact_id: str) -> None:
        self.selected_fact = fact_id
        for shown_id, bar in self._fact_bars.items():
            bar.set_selected(shown_id == fact_id)

    @property
    def highlighted_facts(self) -> list[str]:
        return [f for f, bar in self._fact_bars.items() if bar.selected]

    def paint_swatch(self, painter: QPainter, rect: QRectF, kind: str, colors: Colors) -> None:
        paint_bar(painter, rect.adjusted(1, 1, -1, -1), kind, colors)


class LineMark(Mark):
    """The main series joined by a line (a gap where a value is missing),
    each point a symbol of its kind; facts beside it are symbols alone."""

    SYMBOL_SIZE = 11

    def __init__(self) -> None:
        super().__init__()
        self._scatter: pg.ScatterPlotItem | None = None
        self._line: pg.PlotDataItem | None = None
        self._points: list[PointSpec] = []

    def draw(self, plot: ChartPlotItem, spec: ChartSpec, colors: Colors, font: QFont, selected_fact: str) -> None:
        self._spec, self._colors, self.selected_fact = spec, colors, selected_fact
        self.items, self.labels = [], []
        main = [p for p in spec.points if p.series == "main"]
        line = self._line = pg.PlotDataItem(
            [p.x for p in main],
            [math.nan if p.value is None else p.value for p in main],
            connect="finite",
            pen=pg.mkPen(colors.bar, width=2),
        )
        plot.addItem(line)
        self.items.append(line)
        self._points = [p for p in spec.points if p.value is not None]
        # Without the pixmap cache the symbols are drawn as shapes, in
        # device pixels: vector output gets them as vectors.
        self._scatter = pg.ScatterPlotItem(hoverable=True, tip=None, useCache=False)
        self._scatter.setData(spots=self._spots())
        self._scatter.sigHovered.connect(self._on_hovered)
        plot.addItem(self._scatter)
        self.items.append(self._scatter)
        self._add_labels(plot, spec, colors, font)

    def _take_tooltips(self, spec: ChartSpec) -> None:
        self._points = [p for p in spec.points if p.value is not None]

    def recolor(self, colors: Colors) -> None:
        super().recolor(colors)
        if self._line is not None:
            self._line.setPen(pg.mkPen(colors.bar, width=2))
        if self._scatter is not None:
            self._scatter.setData(spots=self._spots())

    def obstacles(self, to_px) -> list[QRectF | None]:
        half = self.SYMBOL_SIZE / 2 + 1
        return [
            None
            if p.value is None
            else QRectF(to_px(p.x, p.value) - QPointF(half, half), to_px(p.x, p.value) + QPointF(half, half))
            for p in self._spec.points
        ]

    def _spots(self) -> list[dict]:
        spots = []
        for point in self._points:
            selected = bool(point.fact_id) and point.fact_id == self.selected_fact
            brush = (
                QBrush(QColor(self._colors.base)) if point.kind == "derived" else kind_brush(point.kind, self._colors)
            )
            spots.append(
                {
                    "pos": (point.x, point.value),
                    "size": self.SYMBOL_SIZE + (4 if selected else 0),
                    "brush": brush,
                    "pen": kind_pen(point.kind, self._colors, selected),
                    "symbol": "s" if point.series == "beside" else "o",
                    "data": point.fact_id,
                }
            )
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
