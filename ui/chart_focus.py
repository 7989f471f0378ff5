"""The point of a chart the keyboard is on, outlined: a dashed box around
its mark and its value label, drawn over the plot while its card has focus.

The outline is a child of the plot's view box, not one of the plot's
items: redrawing the chart (which clears those) keeps it, and it takes no
part in the view's range.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen

from app.charts import ChartSpec
from ui.chart_marks import Mark
from ui.plotting import pg

PADDING = 3.0  # pixels between the outline and what it surrounds


def point_outline(mark: Mark, spec: ChartSpec, view: pg.ViewBox, index: int) -> QRectF | None:
    """The box around point `index` of `spec` as `mark` has drawn it (its
    mark and its value label) in the view box's pixels, kept inside the
    view; None when there is no such point."""
    if not 0 <= index < len(spec.points):
        return None
    group = view.childGroup  # data coordinates → the view box's pixels

    def to_px(x: float, y: float) -> QPointF:
        return group.mapToParent(QPointF(x, y))

    point = spec.points[index]
    drawn = mark.obstacles(to_px)[index]
    if drawn is None:  # a gap: its slot on the axis
        drawn = QRectF(to_px(point.x - point.width / 2, 0.0), to_px(point.x + point.width / 2, 0.0)).normalized()
    if index < len(mark.labels) and mark.labels[index].isVisible():
        label = mark.labels[index]
        drawn = drawn.united(QRectF(to_px(label.pos().x(), label.pos().y()), label.textItem.boundingRect().size()))
    inside = view.boundingRect().adjusted(1, 1, -1, -1)
    return drawn.adjusted(-PADDING, -PADDING, PADDING, PADDING).intersected(inside)


class FocusRing(pg.GraphicsObject):
    """A dashed outline over `view` where `target()` says, in its colour
    (None: nothing drawn). Asked again at every paint, so it follows the
    chart through redraws, resizes and new ranges."""

    def __init__(self, view: pg.ViewBox, target: Callable[[], tuple[QRectF, QColor] | None]) -> None:
        super().__init__(view)
        self._view = view
        self._target = target
        self.setZValue(1e9)
        view.sigResized.connect(lambda _view: self.prepareGeometryChange())

    def boundingRect(self) -> QRectF:  # noqa: N802 (Qt name)
        return self._view.boundingRect()

    def viewRangeChanged(self) -> None:  # noqa: N802 (pyqtgraph name)
        self.update()

    def paint(self, painter: QPainter, *_args) -> None:
        target = self._target()
        if target is None:
            return
        rect, color = target
        pen = QPen(color, 2, Qt.PenStyle.DashLine)
        pen.setCosmetic(True)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(rect)
