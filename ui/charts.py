"""One chart card drawn with pyqtgraph from an app.charts.ChartSpec (its
axes, legend and labels are in ui.chart_parts).

Imported only once the article has been painted: pyqtgraph is slow to load.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QAccessible,
    QAccessibleEvent,
    QAction,
    QColor,
    QFont,
    QFontMetricsF,
    QIcon,
    QKeySequence,
    QPainter,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.chart_words import chart_description, current_point_name, points_in_order
from app.charts import ChartSpec, kind_name
from ui.chart_focus import FocusRing, point_outline
from ui.chart_marks import MARKS, Mark
from ui.chart_parts import CategoryAxis, ChartPlot, ElidedLabel, Legend, ValueAxis
from ui.plotting import pg
from ui.theme import Colors, palette_of

if TYPE_CHECKING:
    from ui.chart_table_dialog import ChartTableDialog

pg.setConfigOptions(antialias=True, background="w", foreground="k")

PLOT_MIN_HEIGHT = 110  # pixels of plot, axes included, on screen
# A plot too low for its value labels at its width grows up to this many
# times PLOT_MIN_HEIGHT (the panel scrolls) rather than leaving them out.
PLOT_GROWTH = 2


@functools.cache
def save_icon() -> QIcon:
    """The save button's icon, one for every card: each QIcon the style
    hands out caches its drawn pixmaps in QPixmapCache under its own key,
    so an icon per card would fill that cache anew with every article."""
    return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_DialogSaveButton)


class ChartCard(QWidget):
    """A chart: title, bars with their values, legend and a one-line source.

    On screen it takes focus on click or Tab; Ctrl+S, Ctrl+C, its Save
    button and its context menu ask for the image to be saved or copied,
    Ctrl+T shows its values as a table. Left, Right, Home and End move the
    keyboard across its points (outlined, and read out through the card's
    accessible name); Enter or Space selects the fact of the point.
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
        self._spec: ChartSpec | None = None
        self._drawn_as: tuple = ()  # what show_spec drew (see drawn_as())
        self.current_point = -1  # the point the keyboard is on: an index into spec.points, -1 none
        self._interactive = not for_export
        self.selected_fact = ""
        self.mark: Mark = MARKS["bar"]()
        self._colors: Colors | None = None
        self._number_format: Callable[[float], str] = str
        self.axis = ValueAxis(lambda value: self._number_format(value))
        self.category_axis = CategoryAxis()
        self._x_range = (-0.6, 0.6)
        self._axis_floor = 0  # the value axis's width for this chart and card width, so far
        self._fit_held = False  # True from show_spec to the layout that fits, and while _fit lays out
        self._tick_widths: dict[str, float] = {}  # tick label -> its width in the axis's font
        # Wrapped at the card's width (never widening it), then ended in '…':
        # on screen in two lines at most, in a saved image in more.
        self.title = ElidedLabel(self, max_lines=3 if for_export else 2)
        self.title.setObjectName("chartTitle")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.save_button = QToolButton(self)
        self.save_button.setAutoRaise(True)
        self.save_button.setIcon(save_icon())
        self.save_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        self.save_button.setVisible(not for_export)
        self.save_button.clicked.connect(lambda: self.saveRequested.emit(self.chart_id))
        self.plot = ChartPlot(self.axis, self.category_axis, self)
        self.plot.setObjectName("chartPlot")
        self.plot.setMinimumHeight(PLOT_MIN_HEIGHT)
        self.least_height = 0  # the card's height at least, whatever it holds (the panel's choice)
        self._plot_height = 0  # the plot's minimum height to be set at the next layout, if not 0
        self.plot.setMinimumWidth(0)
        item = self.plot.getPlotItem()
        item.getViewBox().sigResized.connect(lambda _view: self._fit_held or self._fit())
        self.plot.scene().sigMouseClicked.connect(self._on_scene_clicked)
        self.legend = Legend(self)
        self.source = ElidedLabel(self, max_lines=4 if for_export else 2)
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
            self.table_action = QAction(self)
            self.table_action.setShortcut(QKeySequence("Ctrl+T"))
            for action in (self.save_action, self.copy_action, self.table_action):
                action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                self.addAction(action)
            self.save_action.triggered.connect(lambda: self.saveRequested.emit(self.chart_id))
            self.copy_action.triggered.connect(lambda: self.copyRequested.emit(self.chart_id))
            self.table_action.triggered.connect(self.show_table)
            self.focus_ring = FocusRing(item.getViewBox(), self._focus_outline)
            self.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
            self.plot.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
            self.retranslate_ui()

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt name)
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self._axis_floor = 0
        # The title, legend and source have just learnt their width and with
        # it how many lines they take: lay the card out again now rather than
        # one frame later.
        self.layout().activate()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt name)
        # What its title, plot, legend and source need, and never less than
        # least_height. (An explicit minimum height would stand in for the
        # former in the panel's grid: a card needing more would overlap.)
        return super().minimumSizeHint().expandedTo(QSize(0, self.least_height))

    def event(self, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.LanguageChange and self.isHidden():
            # Kept for a language not shown: its words, and its children's,
            # wait for the switch that shows it, whose language change comes
            # once it is shown (Qt would pass the event to every child of
            # every kept card).
            return True
        if kind == QEvent.Type.LayoutRequest and self._plot_height:
            self.plot.setMinimumHeight(self._plot_height)  # (see _grow_for_labels)
            self._plot_height = 0
        handled = super().event(event)
        if kind == QEvent.Type.LayoutRequest and self._fit_held:
            # (Qt has laid the card out before its event(): see show_spec.)
            self._fit_held = False
            item = self.plot.getPlotItem()
            item.layout.activate()
            # The axis takes the width the new texts need at the range shown,
            # which the fit mostly keeps: then it fits only once.
            self._set_axis_width(self._axis_width(*item.getViewBox().viewRange()[1]))
            self._fit()
        return handled

    def focusInEvent(self, event) -> None:  # noqa: N802 (Qt name)
        super().focusInEvent(event)
        self.focused.emit(self.chart_id)
        self.update()
        if self._interactive:
            self.focus_ring.update()

    def focusOutEvent(self, event) -> None:  # noqa: N802 (Qt name)
        super().focusOutEvent(event)
        self.update()
        if self._interactive:
            self.focus_ring.update()

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt name)
        key, order = event.key(), points_in_order(self._spec) if self._spec else []
        moves = (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Home, Qt.Key.Key_End)
        if order and key in moves:
            at = order.index(self.current_point) if self.current_point in order else -1
            if key == Qt.Key.Key_Home or (key == Qt.Key.Key_Right and at < 0):
                at = 0
            elif key == Qt.Key.Key_End or (key == Qt.Key.Key_Left and at < 0):
                at = len(order) - 1
            else:  # stays on the first or last point: said again, so the end is heard
                at = min(max(at + (1 if key == Qt.Key.Key_Right else -1), 0), len(order) - 1)
            self.set_current_point(order[at])
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space) and self.current_point >= 0:
            fact_id = self._spec.points[self.current_point].fact_id
            if fact_id:
                self.factClicked.emit(fact_id)
            return
        super().keyPressEvent(event)

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt name)
        # The background in the palette's Window colour (see show_spec),
        # painted here rather than filled by Qt: a widget Qt fills counts
        # as opaque, and the window's repaint after a switch then paints
        # it and its children twice, once alone and once with the rest.
        painter = QPainter(self)
        painter.fillRect(event.rect(), self.palette().window())
        if self.hasFocus():  # show which chart Ctrl+S and Ctrl+C act on
            painter.setPen(QPen(self.palette().highlight().color(), 2))
            painter.drawRect(self.rect().adjusted(1, 1, -1, -1))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt name)
        if event.type() == QEvent.Type.LanguageChange and self._interactive:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.save_button.setText(self.tr("Save image…"))  # read by screen readers; the button shows an icon
        self.save_button.setToolTip(self.tr("Save this chart as PNG, JPEG, SVG or PDF (Ctrl+S)"))
        self.save_action.setText(self.tr("Save image…"))
        self.copy_action.setText(self.tr("Copy image"))
        self.table_action.setText(self.tr("Show values as a table…"))

    def show_spec(self, spec: ChartSpec, colors: Colors, font: QFont, number_format: Callable[[float], str]) -> None:
        """Draw `spec` (all text already in the display language) in `colors`.
        The same points in another language keep their marks: only the
        texts change."""
        restyle = colors != self._colors
        self._drawn_as = (spec, colors, font.key())
        self._fit_held = True
        self.spec = spec
        self._colors = colors
        self._number_format = number_format
        item = self.plot.getPlotItem()
        if restyle:
            # Every colour of the card comes from `colors`, none from the
            # application's palette: a card laid out for a file looks the
            # same whatever the window's theme. (A palette, not a style
            # sheet: those cost a restyle of every child, at each font change too.)
            palette = palette_of(colors)
            palette.setColor(QPalette.ColorRole.Window, QColor(colors.base))  # the card's background
            self.setPalette(palette)
            palette.setColor(QPalette.ColorRole.WindowText, QColor(colors.muted))
            self.source.setPalette(palette)
            self.plot.setBackground(colors.base)
            for name in ("left", "bottom"):
                axis = item.getAxis(name)
                axis.setPen(pg.mkPen(colors.muted))
                axis.setTextPen(pg.mkPen(colors.text))
        # The card's own font, not the application's: kept hidden for a
        # language not shown, it then takes no part in the next language's
        # new application font (Qt stops at a widget whose font stays).
        self.setFont(font)
        title_font = QFont(font)
        title_font.setPointSizeF(font.pointSizeF() * 1.2)
        title_font.setBold(True)
        self.title.setFont(title_font)
        self.title.set_full_text(spec.title)
        self.axis.setStyle(tickFont=font)
        self._x_range = (-0.6, len(spec.categories) - 0.4)
        self._axis_floor = 0
        self.category_axis.set_categories(spec.categories, font)
        self.axis.label.setFont(font)
        self._tick_widths = {}
        item.setLabel("left", spec.unit_label, color=colors.muted)
        # The same points keep their marks: texts and colours change in place.
        if isinstance(self.mark, MARKS[spec.mark]) and self.mark.retext(spec, font):
            if restyle:
                self.mark.recolor(colors)
        else:
            item.clear()
            if not isinstance(self.mark, MARKS[spec.mark]):
                self.mark = MARKS[spec.mark]()
            self.mark.draw(item, spec, colors, font, self.selected_fact)
            # The values' span until the fit: the value axis takes its width
            # from the range shown (see event()), which the fit mostly keeps.
            item.setYRange(*spec.value_span, padding=0)
        item.setXRange(*self._x_range, padding=0)
        self._fill_legend(spec, colors, font)
        self.source.setFont(font)
        self.source.set_full_text(spec.source_line, "\n".join(spec.sources))
        # The title, legend and source may take another number of lines:
        # the plot is fitted once, when the card is laid out for them (event()),
        # not now at its old size and again at each size on the way.
        QCoreApplication.postEvent(self, QEvent(QEvent.Type.LayoutRequest))

    def drawn_as(self, spec: ChartSpec, colors: Colors, font: QFont) -> bool:
        """Whether show_spec last drew this spec in these colours and font."""
        return self._drawn_as == (spec, colors, font.key())

    def _fit(self) -> None:
        """Choose the value range that leaves the value labels room, place
        them, and give the value axis the width of its widest tick label
        (fitting again while that width changes the plot's)."""
        if self.spec is None:
            return
        item = self.plot.getPlotItem()
        view = item.getViewBox()
        for _ in range(4):
            bottom, top = self.mark.fit(view, self._x_range)
            item.setYRange(bottom, top, padding=0)
            # It only grows for one chart at one card width: the axis's width
            # changes the plot's, hence the labels' places and the range, and
            # a narrower axis could bring back the range that widened it.
            self._axis_floor = max(self._axis_width(bottom, top), self._axis_floor)
            if not self._set_axis_width(self._axis_floor):
                break
        if self._interactive:
            self._grow_for_labels()

    def _grow_for_labels(self) -> None:
        """Give the plot the height its value labels need at its width, from
        PLOT_MIN_HEIGHT to PLOT_GROWTH times that: more bars than their labels'
        width allows side by side (a long release, a narrow window, wide
        numbers) stack their labels rather than leave some out. Shrinks back
        when the width gives them room."""
        view = self.plot.getPlotItem().getViewBox()
        grown = self.plot.minimumHeight() > PLOT_MIN_HEIGHT
        if not grown and all(label.isVisible() for label in self.value_labels):
            return  # the usual case: nothing to measure
        around = self.plot.height() - view.height()  # the category axis, the margins
        least = PLOT_MIN_HEIGHT - around
        needed = self.mark.height_for_labels(view.width(), self._x_range, least, PLOT_MIN_HEIGHT * PLOT_GROWTH - around)
        wanted = PLOT_MIN_HEIGHT if needed is None else max(PLOT_MIN_HEIGHT, math.ceil(needed + around))
        if wanted == self.plot.minimumHeight():
            self._plot_height = 0  # (one asked for at another width is not wanted any more)
        elif wanted != self._plot_height:
            # Set by the layout pass this asks for, not here: a fit runs
            # inside the plot's resize, which a new minimum would resize again.
            self._plot_height = wanted
            QCoreApplication.postEvent(self, QEvent(QEvent.Type.LayoutRequest))

    def _axis_width(self, bottom: float, top: float) -> int:
        """Room for the widest tick label of bottom..top, the rotated unit
        label and a gap."""
        metrics = QFontMetricsF(self.axis.label.font())
        height = max(self.plot.getPlotItem().getViewBox().height(), 1)
        ticks = [value for _, values in self.axis.tickValues(bottom, top, height) for value in values]
        widths = self._tick_widths  # (each fit measures mostly the same labels)
        widest = 0.0
        for text in map(self._number_format, ticks or (top, bottom)):
            if text not in widths:
                widths[text] = metrics.horizontalAdvance(text)
            widest = max(widest, widths[text])
        return math.ceil(widest + metrics.height() + 16)

    def _set_axis_width(self, width: int) -> bool:
        """Give the value axis `width` now, the view narrowing or widening
        at once rather than at the next layout pass; False if it had it."""
        if width == self.axis.width():
            return False
        self.axis.setWidth(width)
        held, self._fit_held = self._fit_held, True  # the caller fits at the new width
        self.plot.getPlotItem().layout.activate()
        self._fit_held = held
        return True

    def label_rects(self) -> dict[str, list[QRectF]]:
        """Where the card's texts are drawn, in the card's coordinates:
        'categories', 'values' and the 'plot' area they must stay in."""
        view = self.plot.getPlotItem().getViewBox()

        def to_card(scene: QRectF) -> QRectF:
            return QRectF(self.plot.mapTo(self, self.plot.mapFromScene(scene).boundingRect().topLeft()), scene.size())

        # A label's own transform is brought up to date only when it is
        # painted: its place is taken from its position in the view.
        values = [
            QRectF(view.mapViewToScene(label.pos()), label.textItem.boundingRect().size())
            for label in self.value_labels
        ]
        return {
            "categories": [to_card(self.category_axis.mapRectToScene(r)) for r in self.category_axis.label_rects()],
            "values": [to_card(rect) for rect in values],
            "plot": [to_card(view.mapRectToScene(view.boundingRect()))],
        }

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
        entries = []
        for kind in spec.kinds:
            if kind == "missing":  # drawn as a gap with a note, explained in words
                note = next(point.label for point in spec.points if point.kind == kind)
                entries.append(
                    (
                        "",
                        QCoreApplication.translate("Charts", "%1: %2")
                        .replace("%1", note)
                        .replace("%2", kind_name(kind)),
                    )
                )
            else:
                entries.append((kind, kind_name(kind)))
        self.legend.set_entries(entries, self.mark, colors, font)

    # -- what assistive technology reads, and the keyboard's point ---------------
    @property
    def spec(self) -> ChartSpec | None:
        """The chart shown. Setting it (show_spec does) also renews what
        assistive technology reads of the card."""
        return self._spec

    @spec.setter
    def spec(self, spec: ChartSpec | None) -> None:
        self._spec = spec
        if spec is None or self.current_point >= len(spec.points):
            self.current_point = -1
        self._update_accessible_text()

    def set_current_point(self, index: int) -> None:
        """Put the keyboard on point `index` of the spec (-1: on none): it is
        outlined while the card has focus, and said by screen readers."""
        self.current_point = index
        self._update_accessible_text(announce=True)
        if self._interactive:
            self.focus_ring.update()

    def _update_accessible_text(self, announce: bool = False) -> None:
        """Name: the title, or the title and the point the keyboard is on.
        Description: every value in words."""
        spec = self._spec
        if spec is None:
            name, description = self.tr("Chart"), ""
        else:
            name = current_point_name(spec, self.current_point) if self.current_point >= 0 else spec.title
            description = chart_description(spec)
        if description != self.accessibleDescription():
            self.setAccessibleDescription(description)
            QAccessible.updateAccessibility(QAccessibleEvent(self, QAccessible.Event.DescriptionChanged))
        if name != self.accessibleName() or announce:
            self.setAccessibleName(name)
            QAccessible.updateAccessibility(QAccessibleEvent(self, QAccessible.Event.NameChanged))

    def _focus_outline(self) -> tuple[QRectF, QColor] | None:
        """Where the focus ring goes now, and in which colour (None: nowhere)."""
        if not self.hasFocus() or self._spec is None or self._colors is None or self.current_point < 0:
            return None
        rect = point_outline(self.mark, self._spec, self.plot.getPlotItem().getViewBox(), self.current_point)
        return None if rect is None else (rect, QColor(self._colors.text))

    def show_table(self) -> ChartTableDialog | None:
        """Open this chart's values as a table, over its window; returns the dialog."""
        if self._spec is None:
            return None
        from ui.chart_table_dialog import ChartTableDialog  # deferred: needed only when asked for

        dialog = ChartTableDialog(self._spec, self.window())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog
