"""One chart card drawn with pyqtgraph from an app.facts.ChartSpec.

Imported only once the article has been painted: pyqtgraph is slow to load.
"""

from __future__ import annotations

from collections.abc import Callable

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QEvent, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QAction, QBrush, QColor, QFont, QFontMetrics, QKeySequence, QPainter, QPen
from PySide6.QtWidgets import (
    QHBoxLayout, QLabel, QSizePolicy, QStyle, QStyleOption, QToolButton, QVBoxLayout, QWidget,
)

from app.facts import ChartSpec, kind_name
from ui.theme import Colors

pg.setConfigOptions(antialias=True, background="w", foreground="k")


def bar_brush(kind: str, colors: Colors) -> QBrush:
    """Reported: solid; final: dark solid; estimate: light; derived: hatched."""
    if kind == "derived":
        return QBrush(QColor(colors.bar), Qt.BrushStyle.BDiagPattern)
    if kind == "estimate":
        return QBrush(QColor(colors.bar_estimate))
    if kind == "final":
        return QBrush(QColor(colors.bar_final))
    return QBrush(QColor(colors.bar))


def bar_pen(kind: str, colors: Colors, selected: bool = False) -> QPen:
    if selected:
        pen = QPen(QColor(colors.selected_bar), 3)
    else:
        pen = QPen(QColor(colors.bar_final if kind == "final" else colors.bar), 1.5)
        if kind == "estimate":
            pen.setStyle(Qt.PenStyle.DashLine)
    pen.setCosmetic(True)
    return pen


class ValueAxis(pg.AxisItem):
    """A value axis whose tick labels follow the display language."""

    def __init__(self, formatter: Callable[[float], str]) -> None:
        super().__init__("left")
        self.formatter = formatter

    def tickStrings(self, values, scale, spacing):  # noqa: N802 (pyqtgraph name)
        return [self.formatter(value * scale) for value in values]


class Swatch(QWidget):
    """A legend sample: a small bar painted like the bars of one kind."""

    def __init__(self, kind: str, colors: Colors, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind, self.colors = kind, colors
        self.setFixedSize(18, 12)

    def paintEvent(self, _event) -> None:  # noqa: N802 (Qt name)
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor(self.colors.base))
        painter.setBrush(bar_brush(self.kind, self.colors))
        painter.setPen(bar_pen(self.kind, self.colors))
        painter.drawRect(QRectF(self.rect()).adjusted(1, 1, -1, -1))


class ElidedLabel(QLabel):
    """A one-line label that ends in '…' when narrower than its text; the
    whole text is its tooltip."""

    def __init__(self, parent: QWidget | None = None, wrap: bool = False) -> None:
        super().__init__(parent)
        self.full_text = ""
        self._tooltip = ""
        self.setWordWrap(wrap)
        if not wrap:
            self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def set_full_text(self, text: str, tooltip: str = "") -> None:
        self.full_text = text
        self._tooltip = tooltip
        self._elide()

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt name)
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        if self.wordWrap():
            self.setText(self.full_text)
            return
        width = self.contentsRect().width()
        shown = self.fontMetrics().elidedText(self.full_text, Qt.TextElideMode.ElideRight, width)
        self.setText(shown)
        self.setToolTip("\n".join(t for t in (self.full_text if shown != self.full_text else "", self._tooltip) if t))


class ChartCard(QWidget):
    """A chart: title, bars with their values, legend and a one-line source.

    On screen it takes focus on click; Ctrl+S, Ctrl+C, its Save button and
    its context menu ask for the image to be saved or copied.
    """

    saveRequested = Signal(str)
    """The user asked to save this chart (its id) as an image."""
    copyRequested = Signal(str)
    """The user asked to copy this chart (its id) to the clipboard."""
    focused = Signal(str)
    factClicked = Signal(str)
    """A bar standing for a fact (its id) was clicked."""

    def __init__(self, chart_id: str, parent: QWidget | None = None, for_export: bool = False) -> None:
        super().__init__(parent)
        self.chart_id = chart_id
        self.setObjectName(f"chart_{chart_id}")
        self.spec: ChartSpec | None = None
        self.selected_fact = ""
        self.value_labels: list[pg.TextItem] = []
        self.bar_items: list[pg.BarGraphItem] = []
        self._fact_bars: dict[str, tuple[pg.BarGraphItem, str]] = {}  # fact id: (item, kind)
        self._colors: Colors | None = None
        self._number_format: Callable[[float], str] = str
        self.axis = ValueAxis(lambda value: self._number_format(value))
        # Wrapping labels would give the grid a height-for-width and make the
        # chart panel scroll: on screen the title is one line ending in '…'.
        self.title = ElidedLabel(self, wrap=for_export)
        self.title.setObjectName("chartTitle")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.save_button = QToolButton(self)
        self.save_button.setAutoRaise(True)
        self.save_button.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_DialogSaveButton))
        self.save_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        self.save_button.setVisible(not for_export)
        self.save_button.clicked.connect(lambda: self.saveRequested.emit(self.chart_id))
        self.plot = pg.PlotWidget(self, axisItems={"left": self.axis})
        self.plot.setMinimumHeight(110)
        item = self.plot.getPlotItem()
        item.setMouseEnabled(False, False)
        item.hideButtons()
        item.setMenuEnabled(False)
        item.getViewBox().setMouseEnabled(False, False)
        self.plot.scene().sigMouseClicked.connect(self._on_scene_clicked)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.legend = QWidget(self)
        self.legend_layout = QHBoxLayout(self.legend)
        self.legend_layout.setContentsMargins(8, 0, 8, 0)
        # On screen one line that ends in '…'; in a saved image, wrapped whole.
        self.source = ElidedLabel(self, wrap=for_export)
        self.source.setObjectName("chartSource")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(2)
        header = QHBoxLayout()
        header.addSpacing(self.save_button.sizeHint().width() if not for_export else 0)
        header.addWidget(self.title, 1)
        header.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(header)
        layout.addWidget(self.plot, 1)
        layout.addWidget(self.legend)
        layout.addWidget(self.source)

        if not for_export:
            self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            self.plot.setFocusProxy(self)
            self.save_action = QAction(self)
            self.save_action.setShortcut(QKeySequence.StandardKey.Save)
            self.copy_action = QAction(self)
            self.copy_action.setShortcut(QKeySequence.StandardKey.Copy)
            for action in (self.save_action, self.copy_action):
                action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                self.addAction(action)
            self.save_action.triggered.connect(lambda: self.saveRequested.emit(self.chart_id))
            self.copy_action.triggered.connect(lambda: self.copyRequested.emit(self.chart_id))
            self.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
            self.plot.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
            self.retranslate_ui()

    def focusInEvent(self, event) -> None:  # noqa: N802 (Qt name)
        super().focusInEvent(event)
        self.focused.emit(self.chart_id)
        self.update()

    def focusOutEvent(self, event) -> None:  # noqa: N802 (Qt name)
        super().focusOutEvent(event)
        self.update()

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt name)
        option = QStyleOption()
        option.initFrom(self)
        painter = QPainter(self)
        self.style().drawPrimitive(QStyle.PrimitiveElement.PE_Widget, option, painter, self)
        if self.hasFocus():  # show which chart Ctrl+S and Ctrl+C act on
            painter.setPen(QPen(self.palette().highlight().color(), 2))
            painter.drawRect(self.rect().adjusted(1, 1, -1, -1))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt name)
        if event.type() == QEvent.Type.LanguageChange and self.save_button.isVisible():
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.save_button.setText(self.tr("Save image…"))  # read by screen readers; the button shows an icon
        self.save_button.setToolTip(self.tr("Save this chart as PNG, JPEG, SVG or PDF (Ctrl+S)"))
        self.save_action.setText(self.tr("Save image…"))
        self.copy_action.setText(self.tr("Copy image"))

    def show_spec(self, spec: ChartSpec, colors: Colors, font: QFont, number_format: Callable[[float], str]) -> None:
        """Draw `spec` (all text already in the display language)."""
        self.spec = spec
        self._colors = colors
        self._number_format = number_format
        self.setStyleSheet(
            f"ChartCard {{ background: {colors.base}; }} #chartSource {{ color: {colors.muted}; }}"
            f" #chartTitle {{ color: {colors.text}; }}"
        )
        item = self.plot.getPlotItem()
        item.clear()
        self.plot.setBackground(colors.base)
        title_font = QFont(font)
        title_font.setPointSizeF(font.pointSizeF() * 1.2)
        title_font.setBold(True)
        self.title.setFont(title_font)
        self.title.set_full_text(spec.title)
        for name in ("left", "bottom"):
            axis = item.getAxis(name)
            axis.setPen(pg.mkPen(colors.muted))
            axis.setTextPen(pg.mkPen(colors.text))
            axis.setStyle(tickFont=font)
        item.getAxis("bottom").setTicks([list(enumerate(spec.categories))])
        self.axis.label.setFont(font)
        item.setLabel("left", spec.unit_label, color=colors.muted)
        top = spec.max_value * 1.22
        metrics = QFontMetrics(font)
        # Room for the widest tick label, the rotated unit label and a gap.
        self.axis.setWidth(metrics.horizontalAdvance(number_format(top)) + metrics.height() + 16)
        self._draw_bars(spec, colors, font)
        item.setYRange(0, top, padding=0)
        item.setXRange(-0.6, len(spec.categories) - 0.4, padding=0)
        self._fill_legend(spec, colors, font)
        self.source.setFont(font)
        self.source.set_full_text(spec.source_line, "\n".join(spec.sources))

    def _draw_bars(self, spec: ChartSpec, colors: Colors, font: QFont) -> None:
        item = self.plot.getPlotItem()
        self.value_labels, self.bar_items, self._fact_bars = [], [], {}
        for bar in spec.bars:
            if bar.value is None:
                label = pg.TextItem(bar.label, color=colors.muted, anchor=(0.5, 1.0))
                label.setPos(bar.x, 0)
            else:
                selected = bool(bar.fact_id) and bar.fact_id == self.selected_fact
                bars = pg.BarGraphItem(x=[bar.x], height=[bar.value], width=bar.width,
                                       brush=bar_brush(bar.kind, colors), pen=bar_pen(bar.kind, colors, selected))
                bars.setToolTip(bar.tooltip)
                item.addItem(bars)
                self.bar_items.append(bars)
                if bar.fact_id:
                    self._fact_bars[bar.fact_id] = (bars, bar.kind)
                label = pg.TextItem(bar.label, color=colors.text, anchor=(0.5, 1.0 + bar.label_row))
                label.setPos(QPointF(bar.x, bar.value))
            label.setFont(font)
            item.addItem(label)
            self.value_labels.append(label)

    def fact_at(self, x: float, y: float) -> str:
        """The fact whose bar covers the point (x, y) in chart units, or ''."""
        for bar in self.spec.bars if self.spec else ():
            if bar.fact_id and bar.value is not None and abs(x - bar.x) <= bar.width / 2 and 0 <= y <= bar.value:
                return bar.fact_id
        return ""

    def set_selected_fact(self, fact_id: str) -> None:
        """Outline the bar of `fact_id` (if this chart shows it)."""
        self.selected_fact = fact_id
        for shown_id, (item, kind) in self._fact_bars.items():
            item.setOpts(pen=bar_pen(kind, self._colors, selected=shown_id == fact_id))

    @property
    def highlighted_facts(self) -> list[str]:
        """The facts whose bars are drawn highlighted now."""
        return [f for f, (item, _) in self._fact_bars.items() if item.opts["pen"].width() == 3]

    def _on_scene_clicked(self, event) -> None:
        point = self.plot.getPlotItem().getViewBox().mapSceneToView(event.scenePos())
        fact_id = self.fact_at(point.x(), point.y())
        if fact_id:
            self.factClicked.emit(fact_id)

    def _fill_legend(self, spec: ChartSpec, colors: Colors, font: QFont) -> None:
        while self.legend_layout.count():
            child = self.legend_layout.takeAt(0).widget()
            if child:
                child.deleteLater()
        for kind in spec.kinds:
            if kind == "missing":  # drawn as a gap with a note, explained in words
                note = next(bar.label for bar in spec.bars if bar.kind == kind)
                text = QLabel(QCoreApplication.translate("Charts", "%1: %2").replace("%1", note)
                              .replace("%2", kind_name(kind)), self.legend)
            else:
                self.legend_layout.addWidget(Swatch(kind, colors, self.legend))
                text = QLabel(kind_name(kind), self.legend)
            text.setFont(font)
            self.legend_layout.addWidget(text)
            self.legend_layout.addSpacing(10)
        self.legend_layout.addStretch(1)
