"""Charts fit at every window size in every language: no card wider than the
panel, no two labels on top of each other, no label cut off."""

from __future__ import annotations

import itertools

import pytest
from PySide6.QtCore import QPoint, QPointF, QRectF
from PySide6.QtWidgets import QApplication

from app.i18n import LANGUAGES

SIZES = [(800, 600), (1024, 700), (1280, 720), (1366, 768), (1920, 1080)]
TOLERANCE = 0.5  # pixels: boxes that only touch do not overlap


def settle() -> None:
    """Let the posted layout requests run (widgets, then pyqtgraph's scene,
    then the labels placed for the new sizes)."""
    for _ in range(6):
        QApplication.processEvents()


def overlapping(rects: list[QRectF]) -> list[tuple[int, int]]:
    return [
        (i, j)
        for (i, a), (j, b) in itertools.combinations(enumerate(rects), 2)
        if a.adjusted(TOLERANCE, TOLERANCE, -TOLERANCE, -TOLERANCE).intersects(b)
    ]


def inside(rect: QRectF, area: QRectF) -> bool:
    return area.adjusted(-TOLERANCE, -TOLERANCE, TOLERANCE, TOLERANCE).contains(rect)


def problems(window, where: str) -> list[str]:
    found = []
    viewport = window.charts._scroll.viewport()
    for chart_id, card in window.charts.cards.items():
        right = card.mapTo(viewport, QPoint(card.width(), 0)).x()
        if right > viewport.width():
            found.append(f"{where} {chart_id}: the card ends at {right}, past the panel's {viewport.width()}")
        rects = card.label_rects()
        categories, values, plot = rects["categories"], rects["values"], rects["plot"][0]
        shown = [rect for rect, label in zip(values, card.value_labels) if label.isVisible()]
        for kind, boxes, area in (("category", categories, QRectF(card.rect())), ("value", shown, plot)):
            if overlapping(boxes):
                found.append(f"{where} {chart_id}: {kind} labels overlap: {overlapping(boxes)}")
            found += [
                f"{where} {chart_id}: {kind} label {rect} is cut (outside {area})"
                for rect in boxes
                if not inside(rect, area)
            ]
        category_texts = card.category_axis.lines
        if any(not "".join(lines).strip() for lines in category_texts):
            found.append(f"{where} {chart_id}: a category label is empty: {category_texts}")
    return found


def every_language_and_size(window, model):
    """The window in each language at each size, settled: yields where."""
    for language in LANGUAGES:
        model.set_language(language)
        for width, height in SIZES:
            window.resize(width, height)
            settle()
            yield f"{language} {width}x{height}"


def test_charts_fit_every_window_size_in_every_language(window, model):
    found = []
    for where in every_language_and_size(window, model):
        found += problems(window, where)
    assert found == []


def test_every_figure_of_the_article_keeps_its_value_label(window, model):
    """Crowded labels may be left out (the tooltip and the caption still give
    them), but never one of the article's own figures, at any size, in any
    language; and the plot keeps room for its labels however many lines
    its texts take."""
    hidden = []
    for where in every_language_and_size(window, model):
        for chart_id, card in window.charts.cards.items():
            hidden += [
                f"{where} {chart_id} {point.label}"
                for point, label in zip(card.spec.points, card.value_labels)
                if point.fact_id and point.value is not None and not label.isVisible()
            ]
    assert hidden == []


def test_in_english_at_1024x700_every_bar_keeps_its_value_label(window, model):
    window.resize(1024, 700)
    settle()
    for chart_id, card in window.charts.cards.items():
        shown = [label.isVisible() for label in card.value_labels]
        assert all(shown), f"{chart_id}: {shown}"


def test_a_crowded_chart_grows_rather_than_leave_out_labels_and_shrinks_back(window, model):
    """From 1024x700 up, in every language, every value label is shown: a plot
    whose labels are wider than their bars' slots grows (the panel scrolls;
    the yearly chart in Japanese at 1024x700 was missing 2017 and 2021), and
    the card grows with it, its parts never overlapping. Wider, it is back at
    its least height."""
    from ui.charts import PLOT_MIN_HEIGHT

    found, grown = [], set()
    for where in every_language_and_size(window, model):
        for chart_id, card in window.charts.cards.items():
            if not where.endswith(" 800x600"):  # (there the yearly chart has 25 pixels a year)
                found += [
                    f"{where} {chart_id} {point.label!r}"
                    for point, label in zip(card.spec.points, card.value_labels)
                    if point.value is not None and not label.isVisible()
                ]
            parts = [card.title, card.plot, card.legend, card.source]
            found += [
                f"{where} {chart_id}: {a.objectName() or type(a).__name__} overlaps the next part"
                for a, b in zip(parts, parts[1:])
                if a.isVisible() and b.isVisible() and a.geometry().bottom() >= b.geometry().top()
            ]
            found += [f"{where} {chart_id}: the source is cut"] * (card.source.geometry().bottom() >= card.height())
            if card.plot.minimumHeight() > PLOT_MIN_HEIGHT:
                grown.add((where, chart_id))
    assert found == [], "\n".join(found)
    assert ("ja 1024x700", "official_context") in grown
    model.set_language("ja")
    window.resize(1920, 1080)
    settle()
    assert window.charts.cards["official_context"].plot.minimumHeight() == PLOT_MIN_HEIGHT


def test_a_wide_label_between_taller_neighbours_labels_stands_beside_them(window, model):
    """At 1024x700 the yearly chart's 2017 label, wider in Chinese and French
    than its bar's slot, would have to climb over the labels of 2018's two
    bars: it stands beside them instead, a space apart, still over its bar."""
    window.resize(1024, 700)
    for language in ("zh", "fr"):
        model.set_language(language)
        settle()
        card = window.charts.cards["official_context"]
        values = card.label_rects()["values"]
        points = card.spec.points
        column = card.spec.categories.index
        year = next(i for i, point in enumerate(points) if round(point.x) == column("2017"))
        assert card.value_labels[year].isVisible(), language
        box = values[year]
        neighbours = [values[i] for i, point in enumerate(points) if round(point.x) == column("2018")]
        assert len(neighbours) == 2  # the bureau's final figure and the article's estimate
        level = [other for other in neighbours if other.top() < box.bottom() and box.top() < other.bottom()]
        assert level and all(other.left() - box.right() >= 6 - TOLERANCE for other in level), language
        assert not overlapping([box, *neighbours])
        view = card.plot.getPlotItem().getViewBox()
        centre = card.plot.mapTo(card, card.plot.mapFromScene(view.mapViewToScene(QPointF(points[year].x, 0)))).x()
        assert box.left() < centre < box.right(), language


def test_a_long_category_label_wraps_then_ends_in_an_ellipsis_with_its_tooltip(window, model):
    model.set_language("ja")
    window.resize(800, 600)
    settle()
    card = window.charts.cards["growth_2018"]
    axis = card.category_axis
    assert len(axis.categories) == 3
    assert any(len(lines) == 2 for lines in axis.lines)  # too wide for one line: two
    assert all(len(lines) <= 2 for lines in axis.lines)
    # Narrower than two lines can hold: the second line ends in '…', the
    # whole label is the tooltip of its place on the axis.
    card.setFixedWidth(160)
    settle()
    cut = [i for i, lines in enumerate(axis.lines) if lines[-1].endswith("…")]
    assert cut
    rect = axis.label_rects()[cut[0]]

    class Hover:
        def isExit(self):  # noqa: N802 (pyqtgraph name)
            return False

        def pos(self):
            return rect.center()

    axis.hoverEvent(Hover())
    assert axis.toolTip() == axis.categories[cut[0]]


def test_a_shortened_legend_entry_shows_its_whole_text_as_the_pointer_moves_over_it(window, model, qtbot):
    model.set_language("fr")
    settle()
    card = window.charts.cards["trade_volume"]
    card.setFixedWidth(130)  # too narrow for the legend's entries
    settle()
    legend = card.legend
    placed = legend.layout_entries(legend.width())
    cut = [i for i, (_, _, shown) in enumerate(placed) if shown != legend.entries[i][1]]
    assert cut and placed[cut[0]][2].endswith("…")
    qtbot.mouseMove(legend, placed[cut[0]][1].center().toPoint())
    assert legend.toolTip() == legend.entries[cut[0]][1]
    qtbot.mouseMove(legend, QPoint(legend.width() - 1, legend.height() - 1))  # over no entry
    assert legend.toolTip() == ""


def test_the_source_wraps_onto_a_second_line_rather_than_ending_early(window, model):
    model.set_language("fr")
    window.resize(1024, 700)
    settle()
    for card in window.charts.cards.values():
        lines = card.source.text().split("\n")
        assert 1 <= len(lines) <= 2
        if len(lines) == 1:
            assert lines[0] == card.source.full_text  # whole on one line when it fits
    source = window.charts.cards["growth_2018"].source
    assert source.text().replace("\n", " ") == source.full_text  # whole, on two lines


def state(card) -> tuple:
    view = card.plot.getPlotItem().getViewBox()
    return (
        card.axis.width(),
        card.category_axis.height(),
        tuple(view.viewRange()[1]),
        tuple(label.isVisible() for label in card.value_labels),
    )


def test_the_layout_comes_to_rest_at_every_card_width(window, model, qtbot):
    """The value axis's width moves the plot, the plot the labels, the labels
    the range, the range the axis: at no width may that go round for ever."""
    from pathlib import Path

    model.set_language("fr")
    for bundle in (None, Path(__file__).parent / "bundles" / "synthetic-release"):
        if bundle is not None:
            with qtbot.waitSignal(window.charts.chartsReady):
                window.library_view.open_article(str(bundle))
        for chart_id, card in window.charts.cards.items():
            for width in range(80, 260, 4):
                card.setFixedWidth(width)
                settle()
                before = state(card)
                settle()
                assert state(card) == before, (chart_id, width)


def test_the_charts_stand_two_abreast_when_there_is_room_and_in_one_column_when_not(qtbot, model):
    """Decided by the scroll area's width once the charts are shown, also
    when the window took its size before they were built."""
    from ui.main_window import MainWindow

    for (width, height), columns in (((1920, 1080), 2), ((1024, 700), 1)):
        window = MainWindow(model)
        qtbot.addWidget(window)
        window.resize(width, height)
        window.show()
        qtbot.waitExposed(window)
        with qtbot.waitSignal(window.charts.chartsReady):
            window.charts.load()
        settle()
        assert window.charts.columns == columns, (width, height)
        window.close()


def test_a_bar_keeps_room_for_its_outline_at_the_views_current_scale(window):
    from ui.chart_marks import BarItem

    card = next(iter(window.charts.cards.values()))  # the trade volume, bars from zero
    bar = next(item for item in card.plot.scene().items() if isinstance(item, BarItem))
    view = card.plot.getPlotItem().getViewBox()

    def room() -> float:  # pixels between the bar and its bounds, above and below
        return (bar.boundingRect().height() - bar.rect.height()) / 2 / bar.pixelHeight()

    assert room() == pytest.approx(3)
    low, high = view.viewRange()[1]
    view.setYRange(low, high * 3, padding=0)  # the bar a third as tall on screen
    card.plot.viewport().repaint()  # (the view's scale follows when it is next painted)
    assert room() == pytest.approx(3)
