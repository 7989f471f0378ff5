"""The chart panel: a quiet placeholder until the charts are drawn, then a
grid of chart cards that follow the model's language, theme and article.

pyqtgraph (through ui.charts) is imported only in load(), after the window
with the article has been painted; the charts are built from the bundle's
own records, so pandas is not needed for them.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter, QPalette
from PySide6.QtWidgets import QGridLayout, QLabel, QScrollArea, QStackedWidget, QVBoxLayout, QWidget

from app.charts import describe_fact
from app.fonts import screen_font_for
from app.model import AppModel
from app.units import format_tick
from ui import theme

TWO_COLUMN_WIDTH = 760  # pixels of viewport below which charts stack in one column
CARD_MIN_HEIGHT = 250
# Cards kept, hidden, besides those shown (some 0.75 MB each): the four
# other languages of a five-chart article; fewer languages of a longer one.
KEPT_CARDS = 20


class ChartGrid(QWidget):
    """The cards' grid, on its palette's Window colour, painted (not filled
    by Qt, which would make it opaque: see ChartCard.paintEvent)."""

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt name)
        QPainter(self).fillRect(event.rect(), self.palette().window())


class ChartPanel(QStackedWidget):
    """All charts of the current article, built from the model's chart specs."""

    chartsReady = Signal()
    """The charts have been built (or rebuilt) and drawn."""
    statusMessage = Signal(str)
    """One sentence for the status bar (a chart saved or copied)."""

    def __init__(self, model: AppModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = model
        self.cards: dict[str, QWidget] = {}  # those shown, by chart id
        self._cards_language = ""  # the language they were made for
        # Other languages' cards as last drawn, hidden, the least recently
        # shown first: switching back shows them as they were, rather than
        # writing every text of every chart again and fitting it.
        self._kept: dict[str, dict[str, QWidget]] = {}
        self.current_chart = ""  # the chart File → Save chart… acts on
        self._columns = 0
        self._colors: theme.Colors | None = None  # those the panel is styled in
        self._placeholder = QLabel(self)
        self._placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._placeholder.setEnabled(False)
        self._content = QWidget(self)
        self.caption = QLabel(self._content)
        self.caption.setObjectName("factCaption")
        self.caption.setAutoFillBackground(True)  # in its palette's colours: see _draw
        self.caption.setContentsMargins(10, 6, 10, 6)
        self.caption.setWordWrap(True)
        self.caption.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.caption.hide()
        self._scroll = QScrollArea(self._content)
        self._scroll.setWidgetResizable(True)
        self._scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the charts inside
        self._grid_host = ChartGrid()
        self._grid_host.setObjectName("chartGrid")
        self._grid = QGridLayout(self._grid_host)
        self._grid.setContentsMargins(6, 6, 6, 6)
        self._grid.setSpacing(6)
        # The panel's own viewport, set before the grid goes in: asking the
        # scroll area for its own would have PySide look up every widget
        # class before the first paint.
        self._viewport = QWidget(self._scroll)
        self._scroll.setViewport(self._viewport)
        self._viewport.installEventFilter(self)
        self._scroll.setWidget(self._grid_host)
        self._grid_host.setAutoFillBackground(False)  # (set by setWidget) it paints its own
        content_layout = QVBoxLayout(self._content)
        content_layout.setContentsMargins(0, 0, 0, 0)
        content_layout.setSpacing(0)
        content_layout.addWidget(self.caption)
        content_layout.addWidget(self._scroll, 1)
        self.addWidget(self._placeholder)
        self.addWidget(self._content)
        model.articleChanged.connect(self._on_article_changed)
        model.languageChanged.connect(self._redraw)
        model.themeChanged.connect(self._redraw)
        model.factSelected.connect(self._on_fact_selected)
        self.retranslate_ui()

    def load(self) -> None:
        """Draw the charts (the slow part of start-up: pyqtgraph's import)."""
        if not self.cards:
            self._rebuild()

    def _rebuild(self) -> None:
        for cards in [self.cards, *self._kept.values()]:
            for card in cards.values():
                self._grid.removeWidget(card)
                # Deleted now, before the new cards are built: with deleteLater()
                # both sets would be alive at once, a peak the heap keeps.
                shiboken6.delete(card)
        self._kept = {}
        specs = self._model.chart_specs()
        self.cards = self._new_cards(specs)
        self._cards_language = self._model.language
        self.current_chart = specs[0].id if specs else ""
        self._columns = 0
        self.setCurrentWidget(self._content)
        self._arrange()
        self._draw(specs, settle=True)

    def _new_cards(self, specs: list) -> dict[str, QWidget]:
        from ui.charts import ChartCard  # deferred: imports pyqtgraph

        cards = {}
        for spec in specs:
            card = ChartCard(spec.id, self._grid_host)
            # The scene polishes new items in a queued call: made after the
            # card's first paint, it would have the card painted again.
            QCoreApplication.sendPostedEvents(card.plot.scene(), QEvent.Type.MetaCall)
            card.least_height = CARD_MIN_HEIGHT
            cards[spec.id] = card
            card.saveRequested.connect(self.save_chart)
            card.copyRequested.connect(self.copy_chart)
            card.focused.connect(lambda chart_id: setattr(self, "current_chart", chart_id))
            card.factClicked.connect(self._model.select_fact)
        return cards

    def _show_cards_for(self, language: str, specs: list) -> None:
        """Put the cards last drawn in `language` where the shown ones are,
        keeping the shown ones for a switch back. A language not kept gets
        new cards while the kept ones stay within KEPT_CARDS, else the least
        recently shown ones, drawn again in it (their marks kept); with none
        kept, the shown ones are."""
        cards = self._kept.pop(language, None)
        if cards is None:
            if sum(map(len, self._kept.values())) + len(self.cards) <= KEPT_CARDS:
                cards = self._new_cards(specs)
            elif self._kept:
                cards = self._kept.pop(next(iter(self._kept)))
            else:
                self._cards_language = language
                return
        leaving, self.cards = self.cards, cards
        self._kept[self._cards_language] = leaving
        self._cards_language = language
        # Laid out once, when the events turn, not by each card's show()
        # (each would lay the grid out, asking every card its least size).
        self._grid.setEnabled(False)
        for chart_id, old in leaving.items():
            card = cards[chart_id]
            self._grid.replaceWidget(old, card)
            card.setGeometry(old.geometry())  # its place in the grid, as the layout will mostly find
            card.show()
            if old.hasFocus():  # the keyboard stays on its chart and point
                card.setFocus(Qt.FocusReason.OtherFocusReason)
            if old.current_point != card.current_point:
                card.set_current_point(old.current_point)
            old.hide()
        self._grid.setEnabled(True)
        self._grid.invalidate()

    @property
    def columns(self) -> int:
        """How many charts stand side by side now (1 when the panel is narrow)."""
        return self._columns

    def _arrange(self) -> None:
        """Two columns of charts when there is room, else one; the grid
        scrolls vertically, never horizontally."""
        columns = 2 if self._viewport.width() >= TWO_COLUMN_WIDTH else 1
        if columns == self._columns:
            return
        self._columns = columns
        cards = list(self.cards.values())
        for card in cards:
            self._grid.removeWidget(card)
        for row in range(self._grid.rowCount()):
            self._grid.setRowStretch(row, 0)
        for index, card in enumerate(cards):
            last_alone = columns == 2 and index == len(cards) - 1 and index % 2 == 0
            self._grid.addWidget(card, index // columns, index % columns, 1, 2 if last_alone else 1)
        for row in range((len(cards) + columns - 1) // columns):
            self._grid.setRowStretch(row, 1)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        # The viewport's width, not the panel's: a scroll bar coming or going
        # changes it, and so does the panel's first layout once shown.
        if watched is self._viewport and event.type() == QEvent.Type.Resize and self.cards:
            self._arrange()
        return False

    def _on_article_changed(self) -> None:
        if self.cards:  # before the first load, load() builds them
            self._rebuild()

    def _redraw(self) -> None:
        if self.cards:
            specs = self._model.chart_specs()
            if self._model.language != self._cards_language:
                self._show_cards_for(self._model.language, specs)
            self._draw(specs)

    def _draw(self, specs: list, settle: bool = False) -> None:
        """Show `specs` on the cards; with `settle`, new cards are laid out
        before the event loop turns, so their first paint is their last."""
        colors = theme.colors(self._model.theme)
        language = self._model.language
        font = screen_font_for(language, 9)  # larger with the desktop's large text
        if colors != self._colors:
            self._colors = colors
            palette = theme.palette_of(colors)
            self._grid_host.setPalette(palette)
            palette.setColor(QPalette.ColorRole.Window, QColor(colors.fact_link))  # (setPalette took a copy)
            self.caption.setPalette(palette)
        selected = self._model.selected_fact
        for spec in specs:
            card = self.cards.get(spec.id)
            if card is None:
                continue
            if card.drawn_as(spec, colors, font):  # kept as drawn, bar the selection
                if card.selected_fact != selected:
                    card.set_selected_fact(selected)
                continue
            card.selected_fact = selected
            card.show_spec(spec, colors, font, lambda value, unit=spec.unit: format_tick(value, unit, language))
        self._show_caption()
        if settle:
            # New cards are laid out now, not by the events they posted:
            # those would come after the cards' first paint, which would be
            # at the wrong size, and paint them again. A card's layout, fitted
            # to its title, legend and source, can change its height and
            # with it the grid's: a second round lays the others out.
            for _round in range(2):
                QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        self.chartsReady.emit()

    def _on_fact_selected(self, fact_id: str) -> None:
        for card in self.cards.values():
            card.set_selected_fact(fact_id)
        showing = [card for card in self.cards.values() if fact_id in card.highlighted_facts]
        if showing:
            self._scroll.ensureWidgetVisible(showing[0])
        self._show_caption()

    def _show_caption(self) -> None:
        """The selected fact in words: exact value, kind, period and source."""
        fact_id = self._model.selected_fact
        self.caption.setVisible(bool(fact_id))
        if fact_id:
            self.caption.setText(describe_fact(self._model.bundle, fact_id, self._model.language))

    # -- saving and copying ------------------------------------------------------
    def save_chart(self, chart_id: str = "") -> None:
        """Open the save dialog for one chart (the current one by default)."""
        self._save(chart_id or self.current_chart)

    def save_all(self) -> None:
        """Open the save dialog for every chart, into one folder."""
        self._save(None)

    def _save(self, chart_id: str | None) -> None:
        if not self.cards:
            return
        from ui.export_dialog import ExportDialog  # deferred with the charts

        dialog = ExportDialog(self._model, chart_id, self)
        if dialog.exec() == ExportDialog.DialogCode.Accepted:
            count = len(dialog.saved)
            self.statusMessage.emit(
                self.tr("Saved %n image(s) to %1", "", count).replace("%1", str(dialog.saved[0].parent))
            )

    def copy_chart(self, chart_id: str = "") -> None:
        """Put the chart on the clipboard as an image (2×, white background)."""
        from app.export_options import ExportOptions
        from ui.export import render_chart

        spec = next((s for s in self._model.chart_specs() if s.id == (chart_id or self.current_chart)), None)
        if spec is None:
            return
        data = render_chart(spec, self._model.language, ExportOptions(format="png", scale=2))
        QGuiApplication.clipboard().setImage(QImage.fromData(data))
        self.statusMessage.emit(self.tr("Copied “%1” to the clipboard").replace("%1", spec.title))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt name)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        # Chart texts come from the model's specs, redrawn on languageChanged.
        self._placeholder.setText(self.tr("Loading charts…"))
