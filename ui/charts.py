"""One chart card drawn with pyqtgraph from an app.facts.ChartSpec.

Imported only once the article has been painted: pyqtgraph is slow to load.
"""

from __future__ import annotations

from collections.abc import Callable

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QEvent, QRectF, Qt, Signal
from PySide6.QtGui import QAction, QColor, QFont, QFontMetrics, QKeySequence, QPainter, QPen
from PySide6.QtWidgets import (
    QHBoxLayout, QLabel, QSizePolicy, QStyle, QStyleOption, QToolButton, QVBoxLayout, QWidget,
)

from app.charts import ChartSpec, kind_name
from ui.chart_marks import MARKS, Mark
from ui.theme import Colors

pg.setConfigOptions(antialias=True, background="w", foreground="k")


class ValueAxis(pg.AxisItem):
    """A value axis whose tick labels follow the display language."""

    def __init__(self, formatter: Callable[[float], str]) -> None:
        super().__init__("left")
        self.formatter = formatter
        # Values are in base units (3.1e11 yuan); the formatter writes them
        # compactly per language, so no "(x1e+09)" beside the unit.
        self.enableAutoSIPrefix(False)

    def tickStrings(self, values, scale, spacing):  # noqa: N802 (pyqtgraph name)
        return [self.formatter(value * scale) for value in values]


class Swatch(QWidget):
    """A legend sample: a small bar painted like the bars of one kind."""

    def __init__(self, mark: Mark, kind: str, colors: Colors, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.mark, self.kind, self.colors = mark, kind, colors
        self.setFixedSize(18, 12)

    def paintEvent(self, _event) -> None:  # noqa: N802 (Qt name)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor(self.colors.base))
        self.mark.paint_swatch(painter, QRectF(self.rect()), self.kind, self.colors)


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
        self.mark: Mark = MARKS["bar"]()
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
        top = max(spec.max_value, 0) * 1.22
        bottom = min(spec.min_value, 0) * 1.22
        metrics = QFontMetrics(font)
        # Room for the widest tick label, the rotated unit label and a gap.
        widest = max(metrics.horizontalAdvance(number_format(v)) for v in (top, bottom))
        self.axis.setWidth(widest + metrics.height() + 16)
        if not isinstance(self.mark, MARKS[spec.mark]):
            self.mark = MARKS[spec.mark]()
        self.mark.draw(item, spec, colors, font, self.selected_fact)
        item.setYRange(bottom, top or 1, padding=0)
        item.setXRange(-0.6, len(spec.categories) - 0.4, padding=0)
        self._fill_legend(spec, colors, font)
        self.source.setFont(font)
        self.source.set_full_text(spec.source_line, "\n".join(spec.sources))

    @property
    def value_labels(self) -> list[pg.TextItem]:
        return self.mark.labels

    @property
    def bar_items(self) -> list[pg.GraphicsObject]:
        return self.mark.items

    def fact_at_scene(self, scene_pos) -> str:
        """The fact drawn at `scene_pos` (scene coordinates), or ''."""
        return self.mark.fact_at(self.plot.getPlotItem().getViewBox(), scene_pos)

    def set_selected_fact(self, fact_id: str) -> None:
        """Outline the point of `fact_id` (if this chart shows it)."""
        self.selected_fact = fact_id
        self.mark.set_selected_fact(fact_id)

    @property
    def highlighted_facts(self) -> list[str]:
        """The facts whose points are drawn highlighted now."""
        return self.mark.highlighted_facts

    def _on_scene_clicked(self, event) -> None:
        fact_id = self.fact_at_scene(event.scenePos())
        if fact_id:
            self.factClicked.emit(fact_id)

    def _fill_legend(self, spec: ChartSpec, colors: Colors, font: QFont) -> None:
        while self.legend_layout.count():
            child = self.legend_layout.takeAt(0).widget()
            if child:
                child.deleteLater()
        for kind in spec.kinds:
            if kind == "missing":  # drawn as a gap with a note, explained in words
                note = next(point.label for point in spec.points if point.kind == kind)
                text = QLabel(QCoreApplication.translate("Charts", "%1: %2").replace("%1", note)
                              .replace("%2", kind_name(kind)), self.legend)
            else:
                self.legend_layout.addWidget(Swatch(self.mark, kind, colors, self.legend))
                text = QLabel(kind_name(kind), self.legend)
            text.setFont(font)
            self.legend_layout.addWidget(text)
            self.legend_layout.addSpacing(10)
        self.legend_layout.addStretch(1)
