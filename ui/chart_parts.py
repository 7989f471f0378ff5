"""The parts of a chart card (ui.charts.ChartCard): its plot, its value and
category axes, its legend and its wrapped, elided labels."""

from __future__ import annotations

import bisect
import math
from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, QSize, QSizeF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter
from PySide6.QtWidgets import QGraphicsGridLayout, QGraphicsItem, QLabel, QSizePolicy, QWidget

from ui.chart_marks import Mark, font_identity, wrap_lines
from ui.plotting import pg
from ui.theme import Colors


class ChartPlotItem(pg.GraphicsWidget):
    """A card's plot: the view between its value and category axes, in the
    grid of pyqtgraph's PlotItem (rows and stretch as it sets them, so the
    same geometry), without what a card never shows: a title, top and right
    axes, buttons and the options menu, whose widgets cost four fifths of a
    PlotItem's construction."""

    def __init__(self, left: pg.AxisItem, bottom: pg.AxisItem) -> None:
        super().__init__()
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.layout = QGraphicsGridLayout()
        self.layout.setContentsMargins(1, 1, 1, 1)
        self.setLayout(self.layout)
        self.layout.setHorizontalSpacing(0)
        self.layout.setVerticalSpacing(0)
        self.vb = pg.ViewBox(parent=self, enableMenu=False)
        self.vb.setMouseEnabled(False, False)
        # The card sets both ranges itself (its fit): pyqtgraph's automatic
        # range would measure every item's bounds again as each is added.
        self.vb.disableAutoRange()
        self.layout.addItem(self.vb, 2, 1)
        self.axes = {"bottom": bottom, "left": left}
        for axis, (row, column) in ((bottom, (3, 1)), (left, (2, 0))):
            axis.linkToView(self.vb)
            self.layout.addItem(axis, row, column)
            axis.setZValue(0.5)  # over the view's items, under those at 1 and above
            axis.setFlag(QGraphicsItem.GraphicsItemFlag.ItemNegativeZStacksBehindParent)
        for row in range(4):  # 0: a title, 1: a top axis, 2: the view, 3: the bottom axis
            self.layout.setRowPreferredHeight(row, 0)
            self.layout.setRowMinimumHeight(row, 0)
            self.layout.setRowSpacing(row, 0)
            self.layout.setRowStretchFactor(row, 1)
        for column in range(3):
            self.layout.setColumnPreferredWidth(column, 0)
            self.layout.setColumnMinimumWidth(column, 0)
            self.layout.setColumnSpacing(column, 0)
            self.layout.setColumnStretchFactor(column, 1)
        self.layout.setRowStretchFactor(2, 100)
        self.layout.setColumnStretchFactor(1, 100)
        # The title's row, the top axis's and the right axis's column: empty, and kept at no size.
        self.layout.setRowFixedHeight(0, 0)
        self.layout.setRowFixedHeight(1, 0)
        self.layout.setColumnFixedWidth(2, 0)
        self.items: list[QGraphicsItem] = []

    def getViewBox(self) -> pg.ViewBox:  # noqa: N802 (pyqtgraph name)
        return self.vb

    def getAxis(self, name: str) -> pg.AxisItem:  # noqa: N802 (pyqtgraph name)
        return self.axes[name]

    def addItem(self, item: QGraphicsItem) -> None:  # noqa: N802 (pyqtgraph name)
        self.items.append(item)
        self.vb.addItem(item)

    def clear(self) -> None:
        for item in self.items:
            self.vb.removeItem(item)
        self.items = []

    def setLabel(self, axis: str, text: str, **style) -> None:  # noqa: N802 (pyqtgraph name)
        self.axes[axis].setLabel(text=text, **style)

    def setXRange(self, low: float, high: float, padding: float | None = None) -> None:  # noqa: N802
        self.vb.setXRange(low, high, padding=padding)

    def setYRange(self, low: float, high: float, padding: float | None = None) -> None:  # noqa: N802
        self.vb.setYRange(low, high, padding=padding)


class ChartPlot(pg.GraphicsView):
    """The view that draws a ChartPlotItem, as pyqtgraph's PlotWidget draws
    its PlotItem."""

    def __init__(self, left: pg.AxisItem, bottom: pg.AxisItem, parent: QWidget | None = None) -> None:
        super().__init__(parent, background="default")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.enableMouse(False)
        self.plot_item = ChartPlotItem(left, bottom)
        self.setCentralItem(self.plot_item)

    def getPlotItem(self) -> ChartPlotItem:  # noqa: N802 (pyqtgraph name)
        return self.plot_item

    def useOpenGL(self, b: bool = True) -> None:  # noqa: N802 (pyqtgraph name)
        """Without OpenGL the view draws into a plain QWidget, made here.
        pyqtgraph would check the view's own one, and Qt hands that one to
        every item's paint(): the first widget Python meets that Qt made,
        which has PySide build some seventy widget classes, with their
        enums, to learn its type (20-30 ms before the first chart)."""
        if b:
            super().useOpenGL(b)
        else:
            self.setViewport(QWidget())


class ChartAxis(pg.AxisItem):
    """pyqtgraph's axis, whose label's HTML is parsed when the label shows
    and only if it changed: pyqtgraph sets it at every change of pen, style,
    range or SI prefix, shown or not (21 times as a card's two axes are
    built and drawn), each laying a text document out (a twentieth of
    drawing a language's charts for the first time)."""

    _label_html: str | None = None

    def _updateLabel(self) -> None:  # noqa: N802 (pyqtgraph's own, which sets the HTML each time)
        html = self.labelString()
        # A hidden label gets its HTML when showLabel() shows it: it calls this.
        if self.label.isVisibleTo(self) and html != self._label_html:
            self._label_html = html
            self.label.setHtml(html)
        self._adjustSize()
        self.picture = None
        self.update()


class ValueAxis(ChartAxis):
    """A value axis whose tick labels follow the display language."""

    def __init__(self, formatter: Callable[[float], str]) -> None:
        super().__init__("left")
        self.formatter = formatter
        # Values are in base units (3.1e11 yuan); the formatter writes them
        # compactly per language, so no "(x1e+09)" beside the unit.
        self.enableAutoSIPrefix(False)

    def tickStrings(self, values, scale, spacing):  # noqa: N802 (pyqtgraph name)
        return [self.formatter(value * scale) for value in values]

    def tickValues(self, minVal, maxVal, size):  # noqa: N802, N803 (pyqtgraph names)
        """pyqtgraph's ticks, the same floats, without numpy: asked for
        on every fit and every paint, where numpy's set-up costs more than
        the handful of values."""
        if self.logMode or self._tickLevels is not None or self.scale != 1:
            return super().tickValues(minVal, maxVal, size)
        low, high = sorted((minVal, maxVal))
        levels: list[tuple[float, list[float]]] = []
        taken: list[float] = []  # the values of the coarser levels, in order
        for spacing, offset in self.tickSpacing(low, high, size):
            start = math.ceil((low - offset) / spacing) * spacing + offset
            tolerance = spacing * 0.01  # a value this near a coarser level's is that tick
            values = []
            for index in range(int((high - start) / spacing) + 1):
                value = index * spacing + start
                at = bisect.bisect_left(taken, value)  # the nearest are at - 1 and at
                below = at > 0 and value - taken[at - 1] <= tolerance
                if not below and (at == len(taken) or taken[at] - value > tolerance):
                    values.append(value)
            taken = sorted(taken + values)
            levels.append((spacing, values))
        # A tick too near the top would have its label cut by the plot's
        # edge: left out (the next one down says the scale).
        if high > low and size > 0:
            room = QFontMetricsF(self.style["tickFont"] or self.font()).height() / 2
            levels = [
                (spacing, [v for v in values if (high - v) / (high - low) * size >= room]) for spacing, values in levels
            ]
        return levels


class CategoryAxis(ChartAxis):
    """The category axis under the plot: each label is kept to its slot's
    width, wrapped onto a second line, then ended with '…' (the whole label
    is the tooltip); the axis grows to the lines it needs."""

    GAP = 6.0  # pixels between the labels of neighbouring slots

    def __init__(self) -> None:
        # Set before pyqtgraph's constructor, which already resizes the axis.
        self.categories: list[str] = []
        self.lines: list[list[str]] = []
        self._font = QFont()
        super().__init__("bottom")
        # No unit on this axis: without this, every change of range sets its
        # (empty) label's HTML again.
        self.enableAutoSIPrefix(False)
        # Its texts are generateDrawSpecs' own: pyqtgraph need not place them first.
        self.setStyle(showValues=False)
        self.setHeight(self._height(1))

    def set_categories(self, categories: tuple[str, ...], font: QFont) -> None:
        self.categories, self._font = list(categories), QFont(font)
        self.setStyle(tickFont=font)
        self.setTicks([list(enumerate(categories))])
        self._relayout()

    def _height(self, lines: int) -> int:
        return math.ceil(
            max(0, self.style["tickLength"])
            + self.style["tickTextOffset"][1]
            + 3
            + lines * QFontMetricsF(self._font).lineSpacing()
        )

    def slot_width(self) -> float:
        low, high = self.range
        return self.geometry().width() / (high - low) if high > low else 0.0

    def _relayout(self) -> None:
        slot = self.slot_width() - self.GAP
        self.lines = [wrap_lines(text, self._font, slot, 2) for text in self.categories]
        height = self._height(max((len(lines) for lines in self.lines), default=1))
        if height != self.fixedHeight:
            self.setHeight(height)
        self.picture = None
        self.update()

    def resizeEvent(self, event=None) -> None:  # noqa: N802 (pyqtgraph name)
        super().resizeEvent(event)
        self._relayout()

    def setRange(self, low: float, high: float) -> None:  # noqa: N802 (pyqtgraph name)
        super().setRange(low, high)
        self._relayout()

    def label_rects(self) -> list[QRectF]:
        """Each category label's drawn box, in this item's coordinates."""
        metrics = QFontMetricsF(self._font)
        bounds = self.mapRectFromParent(self.geometry())
        top = bounds.top() + max(0, self.style["tickLength"]) + self.style["tickTextOffset"][1]
        low, slot = self.range[0], self.slot_width()
        rects = []
        for index, lines in enumerate(self.lines):
            centre = bounds.left() + (index - low) * slot
            width = max(metrics.horizontalAdvance(line) for line in lines)
            rects.append(QRectF(centre - width / 2, top, width, len(lines) * metrics.lineSpacing()))
        return rects

    def generateDrawSpecs(self, painter):  # noqa: N802 (pyqtgraph name)
        specs = super().generateDrawSpecs(painter)
        if specs is None:
            return None
        axis, ticks, _ = specs
        flags = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextDontClip
        slot = self.slot_width() - self.GAP
        texts = [
            (QRectF(rect.center().x() - slot / 2, rect.top(), slot, rect.height()), flags, "\n".join(lines))
            for rect, lines in zip(self.label_rects(), self.lines)
        ]
        return axis, ticks, texts

    def hoverEvent(self, event) -> None:  # noqa: N802 (pyqtgraph name)
        if event.isExit():
            return
        at = event.pos()
        for rect, lines, text in zip(self.label_rects(), self.lines, self.categories):
            if rect.left() <= at.x() <= rect.right():
                self.setToolTip(text if "".join(lines).replace(" ", "") != text.replace(" ", "") else "")
                return
        self.setToolTip("")


class Legend(QWidget):
    """A sample and a name for each kind shown, flowing onto as many rows as
    the width needs; painted in the card's colours."""

    SWATCH = QSizeF(18, 12)
    SPACING = 14.0  # pixels between entries

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entries: list[tuple[str, str]] = []  # (kind with a sample, or '', text)
        self._mark: Mark | None = None
        self._colors: Colors | None = None
        self._placed: dict[tuple, list[tuple[QRectF | None, QRectF, str]]] = {}
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.setContentsMargins(8, 0, 8, 0)
        self.setMouseTracking(True)  # (for the tooltips: see mouseMoveEvent)

    def set_entries(self, entries: list[tuple[str, str]], mark: Mark, colors: Colors, font: QFont) -> None:
        self.entries, self._mark, self._colors = entries, mark, colors
        self.setFont(font)
        self.setAccessibleName(" · ".join(text for _, text in entries))
        self._relayout()

    def layout_entries(self, width: float) -> list[tuple[QRectF | None, QRectF, str]]:
        """(sample box, text box, text shown) of each entry for `width`;
        remembered per width, font and entries (asked for by every resize,
        size hint and paint)."""
        font, margins = self.font(), self.contentsMargins()
        key = (width, tuple(self.entries), font_identity(font), margins.left(), margins.right())
        placed = self._placed.get(key)
        if placed is None:
            if len(self._placed) >= 8:
                self._placed.clear()
            placed = self._placed[key] = self._layout_entries(width)
        return placed

    def _layout_entries(self, width: float) -> list[tuple[QRectF | None, QRectF, str]]:
        metrics = QFontMetricsF(self.font())
        row_height = max(metrics.lineSpacing(), self.SWATCH.height()) + 2
        left = self.contentsMargins().left()
        right = width - self.contentsMargins().right()
        x, y, placed = left, 0.0, []
        for kind, text in self.entries:
            sample = self.SWATCH.width() + 6 if kind else 0.0
            shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, max(right - left - sample, 0))
            needed = sample + metrics.horizontalAdvance(shown)
            if x > left and x + needed > right:
                x, y = left, y + row_height
            swatch = QRectF(QPointF(x, y + (row_height - self.SWATCH.height()) / 2), self.SWATCH) if kind else None
            placed.append((swatch, QRectF(x + sample, y, needed - sample, row_height), shown))
            x += needed + self.SPACING
        return placed

    def _relayout(self) -> None:
        placed = self.layout_entries(self.width())
        height = math.ceil(max((text.bottom() for _, text, _ in placed), default=0))
        if height != self.height() or self.minimumHeight() != height:
            self.setFixedHeight(height)
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt name)
        placed = self.layout_entries(1e6)
        width = max((text.right() for _, text, _ in placed), default=0) + self.contentsMargins().right()
        return QSize(math.ceil(width), self.height())

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt name)
        super().resizeEvent(event)
        self._relayout()

    def mouseMoveEvent(self, event) -> None:  # noqa: N802 (Qt name)
        # The tooltip is the whole text of a shortened entry under the
        # pointer. (Set as the pointer moves, rather than in event(): that
        # would have every event of every legend go through Python.)
        at = event.position()
        for (_, text), (_, box, shown) in zip(self.entries, self.layout_entries(self.width())):
            if box.contains(at) and shown != text:
                self.setToolTip(text)
                break
        else:
            self.setToolTip("")
        super().mouseMoveEvent(event)

    def paintEvent(self, _event) -> None:  # noqa: N802 (Qt name)
        if self._colors is None:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setFont(self.font())
        for (kind, _), (swatch, box, shown) in zip(self.entries, self.layout_entries(self.width())):
            if swatch is not None:
                painter.save()
                self._mark.paint_swatch(painter, swatch, kind, self._colors)
                painter.restore()
            painter.setPen(QColor(self._colors.text))
            painter.drawText(box, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), shown)


class ElidedLabel(QLabel):
    """Text wrapped onto at most `max_lines` lines at the label's width, the
    last ending in '…' when the rest does not fit; then the whole text is
    its tooltip. Never wider than it is given: it cannot widen a card."""

    def __init__(self, parent: QWidget | None = None, max_lines: int = 1) -> None:
        super().__init__(parent)
        self.full_text = ""
        self._tooltip = ""
        self.max_lines = max_lines
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def set_full_text(self, text: str, tooltip: str = "") -> None:
        self.full_text = text
        self._tooltip = tooltip
        self._fit()

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt name)
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        lines = wrap_lines(self.full_text, self.font(), self.contentsRect().width(), self.max_lines)
        shown = "\n".join(lines)
        if shown != self.text():
            self.setText(shown)
        cut = "".join(lines).replace(" ", "") != self.full_text.replace(" ", "")
        self.setToolTip("\n".join(t for t in (self.full_text if cut else "", self._tooltip) if t))
