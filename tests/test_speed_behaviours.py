"""The behaviours the speed-ups rely on (tests/perf/benchmark.py measures
the speed itself; nothing here times anything).

- The article is painted before the slow modules load: pandas only for a
  table, pyqtgraph only for the charts, Qt's print support only to print,
  Babel only for the first number formatted or language's name shown.
- pyqtgraph's import builds only the Qt classes it uses, and loads the
  modules a chart never uses (plot item and widget, image view, colour
  maps, parameter tree, remote view and the rest: 65) only when one of
  their names is asked for (ui.plotting).
- The reader's long date comes from Qt (Babel's date module is slow to
  import) and is the same string Babel gives, in every language and month.
- Saving charts from the command line builds no window: the views' modules
  are not imported. A card laid out for a file is painted only by the
  export itself. A chart card builds none of the widgets of pyqtgraph's
  PlotItem options menu (44 of a card's 56 widgets before).
- A language switch lays the article out once and sets no style sheet on
  the reader; switching back to a language shows its kept page without
  building it, and the pages kept are bounded. A switch keeps the charts'
  marks, rewriting their texts, and paints each chart once. New charts are
  laid out and polished before their first paint, and painted once, into
  viewports Python made (no widget class built to learn a viewport's type).
  (fontTools.subset loading only for SVG is tested in tests/test_faults.py).
- The cycle collector is held while the app starts and resumes, the
  start-up's objects frozen, when the charts are drawn. PySide6's import
  hook for `__feature__`, which reads every new module's source, is set
  aside, and so is pytz's check of each zone file.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QApplication, QWidget

from app.bundle import localized
from app.i18n import LANGUAGES, format_date
from ui import theme
from ui.reader import KEPT_DOCUMENTS

ROOT = Path(__file__).resolve().parent.parent

# Runs main.py as it is and prints the modules loaded when the article has
# been painted, just before the charts start loading.
AT_FIRST_PAINT = """
import json, sys
sys.argv = ["main.py", "--screenshot", sys.argv[1]]
import main
import ui.application as application
from PySide6.QtWidgets import QApplication

class Watch(application.FirstPaintWatcher):
    def __init__(self, widget, callback):
        def report():
            import PySide6.QtWidgets as widgets
            built = [name for name, value in vars(widgets).items() if isinstance(value, type)]
            print(json.dumps(sorted(built)), flush=True)
            print(json.dumps(sorted(sys.modules)), flush=True)
            QApplication.instance().quit()
        super().__init__(widget, report)

application.FirstPaintWatcher = Watch
main.main()
"""


def run_python(tmp_path: Path, *args: str) -> subprocess.CompletedProcess:
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        XDG_DATA_HOME=str(tmp_path / "data"),
    )
    return subprocess.run(
        [sys.executable, *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120, check=True
    )


def test_the_charts_are_drawn_without_pandas_after_the_article_is_painted(tmp_path):
    result = run_python(tmp_path, "main.py", "--screenshot", str(tmp_path / "shot.png"), "--timings")
    timings = json.loads(result.stdout.strip().splitlines()[-1])
    assert timings["pandas_loaded"] is False
    assert timings["first_paint"] < timings["charts_ready"]


def test_pyqtgraph_loads_without_building_every_qt_class(tmp_path):
    """pyqtgraph 0.14's own import reads every name of QtCore, QtGui and
    QtWidgets (633 of 722 classes built); through ui.plotting it reads the
    ones it uses, and PySide6's modules still list all their names."""
    code = (
        "import ui.charts, pyqtgraph.Qt as pgqt\n"
        "from PySide6 import QtCore, QtGui, QtWidgets\n"
        "modules = (QtCore, QtGui, QtWidgets)\n"
        "print(sum(isinstance(v, type) for m in modules for v in vars(m).values()), sum(len(dir(m)) for m in modules),"
        " pgqt.QtWidgets.QGraphicsObject is QtWidgets.QGraphicsObject, pgqt.QtCore.QPointF is QtCore.QPointF,"
        " 'QGraphicsObject' in dir(pgqt.QtWidgets))"
    )
    built, listed, *same = run_python(tmp_path, "-c", code).stdout.split()
    assert int(listed) > 700
    assert int(built) < int(listed) // 3
    assert same == ["True", "True", "True"]


# Prints pyqtgraph's public names, each with what it is, after the import
# given as argv[1]; with "ui.plotting", first the deferred modules loaded.
PYQTGRAPH_NAMES = """
import json, sys
def described(value):
    if callable(value):
        return getattr(value, "__module__", "") + "." + getattr(value, "__qualname__", type(value).__name__)
    return type(value).__name__
if sys.argv[1] == "ui.plotting":
    from ui.plotting import DEFERRED, pg
    print(json.dumps([name for name in DEFERRED if name in sys.modules]))
    print(json.dumps(sorted(name for name in sys.modules if name.startswith("pyqtgraph."))))
    pg.ImageView  # the first deferred name asked for loads them all
else:
    import pyqtgraph as pg
print(json.dumps({name: described(getattr(pg, name)) for name in sorted(vars(pg)) if not name.startswith("_")}))
"""


def test_pyqtgraph_loads_the_widgets_charts_never_use_when_first_asked_for(tmp_path):
    """Through ui.plotting, pyqtgraph's plot item and widget, image view,
    colour maps, parameter-tree widgets, remote view and the rest a chart
    never uses are not loaded with it (95 of its modules were); once asked
    for, pyqtgraph has the same public names, each the same thing, as its
    own import gives."""
    ours = run_python(tmp_path, "-c", PYQTGRAPH_NAMES, "ui.plotting").stdout.splitlines()
    plain = run_python(tmp_path, "-c", PYQTGRAPH_NAMES, "pyqtgraph").stdout.splitlines()
    assert json.loads(ours[-3]) == []
    loaded = [name for name in json.loads(ours[-2]) if not name.startswith("pyqtgraph.Qt")]
    assert len(loaded) <= 40
    assert "pyqtgraph.graphicsItems.PlotItem" not in loaded and "pyqtgraph.widgets.SpinBox" not in loaded
    names, plain_names = json.loads(ours[-1]), json.loads(plain[-1])
    assert {"ImageView", "ROI", "RemoteGraphicsView", "ColorMapWidget", "parametertree", "PlotWidget"} <= names.keys()
    assert names["SRTTransform"] == "pyqtgraph.SRTTransform.SRTTransform"  # the class, not its module
    assert names == plain_names
    assert names["image"] == "pyqtgraph.image"


def test_pg_image_loads_the_image_view_it_needs(application):
    import numpy

    from ui.plotting import pg

    view = pg.image(numpy.zeros((4, 4)))
    try:
        assert type(view).__name__ == "ImageView"
        assert view.getImageItem().image.shape == (4, 4)
    finally:
        view.close()
        view.deleteLater()


def test_nothing_slow_is_imported_before_the_article_is_painted(tmp_path):
    result = run_python(tmp_path, "-c", AT_FIRST_PAINT, str(tmp_path / "shot.png"))
    loaded = set(json.loads(result.stdout.strip().splitlines()[-1]))
    assert "ui.reader" in loaded  # the report came from the running window
    for module in ("pandas", "pyqtgraph", "PySide6.QtPrintSupport", "PySide6.QtSvg", "fontTools.subset"):
        assert module not in loaded, f"{module} is imported before the article is painted"
    # The date is Qt's, the English article needs no language's name and no
    # number is formatted before the charts: Babel is not imported yet.
    assert not {module for module in loaded if module == "babel" or module.startswith("babel.")}
    assert "pytz" not in loaded
    assert "decimal" not in loaded  # with the first number formatted


def test_no_widget_class_is_built_for_nothing_before_the_article_is_painted(tmp_path):
    """PySide builds a class, with its enums, when Python first meets it.
    The style is never handed to Python before the first paint, nor a widget
    that Python did not make (a scroll area's own viewport), which would
    have PySide build every widget class to find its type."""
    result = run_python(tmp_path, "-c", AT_FIRST_PAINT, str(tmp_path / "shot.png"))
    built = set(json.loads(result.stdout.strip().splitlines()[-2]))
    assert {"QMainWindow", "QTextBrowser", "QScrollArea"} <= built
    assert not {"QStyle", "QCommonStyle"} & built
    assert not {"QWizard", "QMdiArea", "QCalendarWidget", "QColorDialog"} & built
    # Dialogs are built when one is first opened, not by importing the views.
    assert not {"QDialog", "QMessageBox", "QFileDialog", "QInputDialog"} & built


def test_exporting_charts_builds_no_window(tmp_path):
    code = (
        "import json, sys; sys.argv = ['main.py', '--export-charts', sys.argv[1], '--charts', 'trade_volume']; "
        "import main; status = main.main(); print(json.dumps(sorted(sys.modules))); sys.exit(status)"
    )
    result = run_python(tmp_path, "-c", code, str(tmp_path / "charts"))
    loaded = set(json.loads(result.stdout.strip().splitlines()[-1]))
    assert (tmp_path / "charts" / "trade_volume.png").stat().st_size > 0
    assert "ui.export" in loaded
    for module in ("ui.main_window", "ui.reader", "ui.data_view", "ui.library_view", "ui.chart_panel"):
        assert module not in loaded, f"{module} is imported to export charts"


def test_naming_an_article_language_does_not_import_babel(tmp_path):
    code = (
        "import sys; from app.i18n import language_name; "
        "print(language_name('zh', 'ko'), language_name('en', 'fr'), 'babel' in sys.modules)"
    )
    result = run_python(tmp_path, "-c", code)
    assert result.stdout.split() == ["중국어", "anglais", "False"]


def test_format_date_does_not_import_babel_dates(tmp_path):
    code = (
        "import sys, datetime; from app.i18n import format_date; "
        "print(format_date(datetime.date(2019, 1, 16), 'fr'), 'babel.dates' in sys.modules)"
    )
    result = run_python(tmp_path, "-c", code)
    assert result.stdout.split() == ["16", "janvier", "2019", "False"]


@pytest.mark.parametrize("language", list(LANGUAGES))
def test_the_long_date_is_babels_in_every_month(language):
    from babel.dates import format_date as babel_format_date

    from app.units import BABEL_LOCALES

    for month in range(1, 13):
        for day in (1, 9, 16, 28):
            date = dt.date(2019, month, day)
            assert format_date(date, language) == babel_format_date(date, "long", locale=BABEL_LOCALES[language])


@pytest.fixture()
def reader_calls(window, monkeypatch):
    """Counts setMarkdown on the reader's document and setStyleSheet on the
    reader and its children."""
    calls = {"setMarkdown": 0, "setStyleSheet": 0}
    set_markdown, set_style_sheet = QTextDocument.setMarkdown, QWidget.setStyleSheet

    def counting_set_markdown(document, *args):
        if document.parent() in (window.reader, window.reader.browser):
            calls["setMarkdown"] += 1
        return set_markdown(document, *args)

    def counting_set_style_sheet(widget, sheet):
        if widget is window.reader or window.reader.isAncestorOf(widget):
            calls["setStyleSheet"] += 1
        return set_style_sheet(widget, sheet)

    monkeypatch.setattr(QTextDocument, "setMarkdown", counting_set_markdown)
    monkeypatch.setattr(QWidget, "setStyleSheet", counting_set_style_sheet)
    return calls


def test_a_language_switch_lays_the_article_out_once(window, model, reader_calls, bundle):
    for language in ["zh", "fr", "ko", "ja", "en"]:
        before = dict(reader_calls)
        model.set_language(language)
        QApplication.processEvents()  # Qt's LanguageChange events reach the widgets
        # Once for a language not shown before; none for English, shown first and kept.
        assert reader_calls["setMarkdown"] - before["setMarkdown"] == (language != "en")
        assert reader_calls["setStyleSheet"] == before["setStyleSheet"]  # colours did not change
        # toPlainText() gives French no-break spaces back as plain spaces.
        assert localized(bundle.title, language).replace("\u00a0", " ") in window.reader.browser.toPlainText()


def test_switching_back_to_a_language_shows_its_page_again_without_building_it(window, model, reader_calls):
    pages = {}
    for language in ["zh", "fr", "en"]:
        model.set_language(language)
        QApplication.processEvents()
        pages[language] = window.reader.browser.document()
    assert len(set(map(id, pages.values()))) == 3  # a page of its own for each language
    built = reader_calls["setMarkdown"]
    for language in ["zh", "en", "fr"]:
        model.set_language(language)
        QApplication.processEvents()
        assert window.reader.browser.document() is pages[language]
    assert reader_calls["setMarkdown"] == built
    assert "湖南" in pages["zh"].toPlainText()


def test_the_reader_keeps_a_bounded_number_of_pages(window, model):
    for size in (10, 11, 13, 14, 16, 18, 20, 24):  # each text size is a page of its own
        model.set_text_size(size)
        QApplication.processEvents()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    pages = window.reader.findChildren(QTextDocument)
    assert len(pages) <= KEPT_DOCUMENTS + 1
    assert window.reader.browser.document() in pages
    assert window.reader.browser.document().defaultFont().pointSize() == 24


def test_a_theme_change_restyles_the_reader_and_a_repeated_one_does_nothing(window, model, reader_calls):
    model.set_theme("dark")
    QApplication.processEvents()
    assert reader_calls["setMarkdown"] == 1
    assert reader_calls["setStyleSheet"] == 2  # the text and the translation banner
    window.reader.retranslate_ui()
    assert reader_calls == {"setMarkdown": 1, "setStyleSheet": 2}


class PaintCounter(QObject):
    """Counts the paint events of the widgets it is installed on."""

    def __init__(self) -> None:
        super().__init__()
        self.paints = 0

    def eventFilter(self, _watched, event):  # noqa: N802 (Qt name)
        if event.type() == QEvent.Type.Paint:
            self.paints += 1
        return False


def test_switching_back_to_a_language_shows_its_charts_as_they_were(window, model, monkeypatch, qtbot):
    from ui.charts import ChartCard

    drawn = []
    show_spec = ChartCard.show_spec
    monkeypatch.setattr(ChartCard, "show_spec", lambda card, *args: drawn.append(card) or show_spec(card, *args))
    window.charts.cards["growth_2018"].setFocus()
    qtbot.waitUntil(window.charts.cards["growth_2018"].hasFocus)
    cards = {"en": window.charts.cards["growth_2018"]}
    for language in ["zh", "fr", "ko", "ja"]:
        model.set_language(language)
        QApplication.processEvents()
        cards[language] = window.charts.cards["growth_2018"]
    assert len(set(map(id, cards.values()))) == 5  # a card of its own for each language
    assert len(drawn) == 4 * len(window.charts.cards)
    drawn.clear()
    for language in ["zh", "en", "fr"]:
        model.set_language(language)
        QApplication.processEvents()
        card = window.charts.cards["growth_2018"]
        assert card is cards[language] and card.hasFocus()  # the keyboard stays on the chart
        # Its own words too, though it was hidden when the language changed.
        save_text = QCoreApplication.translate("ChartCard", "Save image…")
        assert card.save_action.text() == save_text and (save_text == "Save image…") == (language == "en")
        # (toPlainText() gives no-break spaces back as plain spaces.)
        assert [label.toPlainText() for label in card.value_labels] == [
            p.label.replace("\u00a0", " ") for p in card.spec.points
        ]
        shown = [c for c in window.charts.findChildren(ChartCard) if c.isVisibleTo(window)]
        assert sorted(shown, key=id) == sorted(window.charts.cards.values(), key=id)
    assert drawn == []  # shown as they were, not drawn again
    # A fact selected while a language is not shown is outlined when it is.
    fact_id = next(point.fact_id for point in card.spec.points if point.fact_id)
    model.select_fact(fact_id)
    model.set_language("ko")
    QApplication.processEvents()
    assert window.charts.cards["growth_2018"].highlighted_facts == [fact_id]
    assert drawn == []
    # A theme changed meanwhile: the kept cards are drawn again, in its colours.
    model.set_theme("dark")
    model.set_language("zh")
    QApplication.processEvents()
    assert window.charts.cards["growth_2018"] is cards["zh"]
    assert cards["zh"].plot.backgroundBrush().color().name() == theme.colors("dark").base
    assert len(drawn) == 2 * len(window.charts.cards)  # Korean's for the theme, then Chinese's


def test_the_kept_charts_stay_within_their_bound(window, model, monkeypatch):
    from ui import chart_panel
    from ui.charts import ChartCard

    monkeypatch.setattr(chart_panel, "KEPT_CARDS", len(window.charts.cards))  # one other language
    for language in ["zh", "fr", "ko", "ja", "en"]:
        model.set_language(language)
        QApplication.processEvents()
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        assert len(window.charts.findChildren(ChartCard)) == 2 * len(window.charts.cards)
        assert window.charts.cards["trade_volume"].title.text() == localized(model.bundle.charts[0].title, language)


def test_kept_cards_take_no_part_in_the_next_languages_font_and_words(window, model):
    from ui.charts import ChartCard

    class Changes(QObject):
        """The widgets that received a font or language change."""

        def __init__(self) -> None:
            super().__init__()
            self.widgets = set()

        def eventFilter(self, watched, event):  # noqa: N802 (Qt name)
            if event.type() in (QEvent.Type.FontChange, QEvent.Type.LanguageChange):
                self.widgets.add((watched, event.type()))
            return False

    for language in ["zh", "fr", "ko", "ja", "en"]:
        model.set_language(language)
        QApplication.processEvents()
    counter = Changes()
    kept = [card for card in window.charts.findChildren(ChartCard) if card.isHidden()]
    assert len(kept) == 4 * len(window.charts.cards)
    for card in [*kept, *window.charts.cards.values()]:
        for widget in [card, *card.findChildren(QWidget)]:
            widget.installEventFilter(counter)
    model.set_language("ko")  # a CJK font and words after English's
    QApplication.processEvents()
    changed = {widget for widget, _ in counter.widgets}
    shown = window.charts.cards["trade_volume"]
    assert shown in changed and shown.legend in changed  # (those shown take the words)
    still_kept = [card for card in kept if card.isHidden()]
    assert len(still_kept) == 3 * len(window.charts.cards)
    # A kept card is told of the language (and keeps it to itself); its
    # font stays.
    assert not any(widget is not card and card.isAncestorOf(widget) for card in still_kept for widget in changed)
    assert not any((card, QEvent.Type.FontChange) in counter.widgets for card in still_kept)


def test_charts_over_the_bound_keep_their_bars_and_take_the_new_texts(window, model, monkeypatch):
    from ui import chart_panel

    monkeypatch.setattr(chart_panel, "KEPT_CARDS", 0)  # none kept: the shown cards are drawn again
    card = window.charts.cards["growth_2018"]
    bars, labels = list(card.bar_items), [label.toPlainText() for label in card.value_labels]
    model.set_language("fr")
    QApplication.processEvents()
    assert window.charts.cards["growth_2018"] is card
    assert card.bar_items == bars  # the same items, not drawn anew
    assert [label.toPlainText() for label in card.value_labels] != labels
    assert [label.toPlainText() for label in card.value_labels] == [
        p.label.replace("\u00a0", " ") for p in card.spec.points
    ]
    # A theme change keeps them too, in its colours.
    model.set_theme("dark")
    QApplication.processEvents()
    assert card.bar_items == bars and all(bar.colors == theme.colors("dark") for bar in bars)


def test_a_language_switch_paints_each_chart_once(window, model):
    from ui.charts import ChartCard

    counter, legends = PaintCounter(), PaintCounter()
    for language in ["zh", "fr", "ko", "ja", "en"] * 2:  # new cards, then those kept
        counter.paints = legends.paints = 0
        model.set_language(language)
        for card in window.charts.findChildren(ChartCard):  # (installed again, a filter is not doubled)
            card.plot.viewport().installEventFilter(counter)
            card.legend.installEventFilter(legends)
        for _ in range(5):  # the language change, the layouts it asks for, the paint
            QApplication.processEvents()
        assert counter.paints == len(window.charts.cards), language
        # The texts around the plots too: no opaque widget over the cards
        # has them painted alone and again with the window.
        assert legends.paints == len(window.charts.cards), language
        assert window.updatesEnabled()


# Runs main.py as it is and prints, when the charts are ready (before the
# screenshot), how many times the charts' plot viewports were painted, the
# sizes they were first painted at and have now, and the status bar's message.
CHART_PAINTS = """
import json, sys
sys.argv = ["main.py", "--screenshot", sys.argv[1]]
import main
import ui.application as application
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication

class Paints(QObject):
    def __init__(self):
        super().__init__()
        self.sizes = []

    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and type(watched.parent()).__name__ == "ChartPlot":
            self.sizes.append(list(watched.size().toTuple()))
        return False

paints = Paints()

def save_screenshot(window, path):
    QApplication.instance().removeEventFilter(paints)
    now = [list(card.plot.viewport().size().toTuple()) for card in window.charts.cards.values()]
    print(json.dumps([paints.sizes, now, window.statusBar().currentMessage()]), flush=True)

class Watch(application.FirstPaintWatcher):
    def __init__(self, widget, callback):
        def load():
            QApplication.instance().installEventFilter(paints)
            callback()
        super().__init__(widget, load)

application.FirstPaintWatcher = Watch
application.save_screenshot = save_screenshot
main.main()
"""


def test_at_start_up_each_chart_is_painted_once_at_its_final_size(tmp_path):
    """The new cards are laid out, and pyqtgraph's scene has polished their
    items, before the event loop turns; the "Charts ready" message finds its
    status bar already there. Before, each chart was painted three times:
    once more when its layout's posted request came, once more when the
    status bar shrank the window's content, besides the scene's polish."""
    result = run_python(tmp_path, "-c", CHART_PAINTS, str(tmp_path / "shot.png"))
    painted, now, message = json.loads(result.stdout.strip().splitlines()[-1])
    assert message == "Charts ready"
    assert len(now) == 5
    assert sorted(painted) == sorted(now)


# Runs main.py to its screenshot, the charts drawn, and prints the number of
# cards and the widget classes PySide has built by then; whether Python's
# cycle collector ran at the first paint, runs now, and how many objects it
# leaves out of its rounds; the name of the import statement's function;
# whether Babel's date module is loaded, pytz's switch, a zone it gives.
AT_CHARTS_READY = """
import gc, json, sys
sys.argv = ["main.py", "--screenshot", sys.argv[1]]
import main
import ui.application as application
import PySide6.QtWidgets as widgets

collecting = []

class Watch(application.FirstPaintWatcher):
    def __init__(self, widget, callback):
        def first_paint():
            collecting.append(gc.isenabled())
            callback()
        super().__init__(widget, first_paint)

def save_screenshot(window, path):
    built = [name for name, value in vars(widgets).items() if isinstance(value, type)]
    icon = widgets.QApplication.windowIcon().isNull(), not window.windowIcon().isNull()
    print(json.dumps([len(window.charts.cards), sorted(built), *icon]), flush=True)
    print(json.dumps([collecting[0], gc.isenabled(), gc.get_freeze_count()]), flush=True)
    import builtins
    print(json.dumps(builtins.__import__.__name__), flush=True)
    import os, pytz
    zone = str(pytz.timezone("Asia/Shanghai"))
    print(json.dumps(["babel.dates" in sys.modules, os.environ.get("PYTZ_SKIPEXISTSCHECK"), zone]), flush=True)

application.FirstPaintWatcher = Watch
application.save_screenshot = save_screenshot
main.main()
"""


def test_drawing_the_charts_builds_no_widget_class_for_nothing(tmp_path):
    """Each chart view draws into a viewport Python made: the one Qt makes
    reaches Python in every item's paint(), and PySide would build most
    widget classes (wizards, dialogs, MDI areas) to learn its type."""
    result = run_python(tmp_path, "-c", AT_CHARTS_READY, str(tmp_path / "shot.png"))
    cards, built, no_icon, window_icon = json.loads(result.stdout.strip().splitlines()[-4])
    assert cards == 5
    assert not no_icon and window_icon  # set after the first paint, there by the charts
    assert {"QGraphicsView", "QMainWindow"} <= set(built)
    assert not {"QWizard", "QMdiArea", "QColorDialog", "QFontDialog", "QCalendarWidget"} & set(built)


def test_the_cycle_collector_is_held_while_the_app_starts_then_resumes(tmp_path):
    """Start-up makes objects that stay (modules, classes, widgets): the
    cycle collector is held until the charts are drawn, then runs again,
    leaving those objects out of its rounds."""
    result = run_python(tmp_path, "-c", AT_CHARTS_READY, str(tmp_path / "shot.png"))
    at_first_paint, at_charts_ready, frozen = json.loads(result.stdout.strip().splitlines()[-3])
    assert at_first_paint is False
    assert at_charts_ready is True
    assert frozen > 10_000


def test_the_app_imports_without_pysides_feature_hook(tmp_path):
    """PySide6's hook for `from __feature__ import ...` (unused here) reads
    the source of every module imported for the first time; main.py puts
    Python's import back under PySide6's own star-import hook."""
    result = run_python(tmp_path, "-c", AT_CHARTS_READY, str(tmp_path / "shot.png"))
    assert json.loads(result.stdout.strip().splitlines()[-2]) in ("__lazy_import__", "__import__")
    code = "import builtins, PySide6.QtCore; print(builtins.__import__.__name__)"
    assert run_python(tmp_path, "-c", code).stdout.split() == ["__feature_import__"]  # what it replaces


def test_no_module_source_is_read_on_the_way_to_the_charts(tmp_path):
    """The hook read each module's source through linecache; set aside as
    soon as PySide6 loads, before the command line is read, it reads none
    past PySide6's own (it read typing.py, dataclasses.py and twelve more
    when set aside after)."""
    code = (
        "import json, linecache, sys\n"
        "sys.argv = ['main.py', '--screenshot', sys.argv[1]]\n"
        "import main\n"
        "main.main()\n"
        "print(json.dumps(sorted(linecache.cache)))\n"
    )
    result = run_python(tmp_path, "-c", code, str(tmp_path / "shot.png"))
    # What PySide6 reads while it loads, before anything can set its hook aside.
    own = run_python(
        tmp_path, "-c", "import json, linecache, PySide6.QtCore; print(json.dumps(sorted(linecache.cache)))"
    )
    read = json.loads(result.stdout.strip().splitlines()[-1])
    assert read == json.loads(own.stdout)
    ours = (str(ROOT / "app"), str(ROOT / "ui"), "typing.py")
    assert not [path for path in read if any(part in path for part in ours)]


def test_pytz_does_not_check_each_zone_file_when_babel_looks_up_the_local_zone(tmp_path):
    """Babel's date module (loaded for the charts) looks up the local time
    zone through pytz, which would first open each of its 600 zone files:
    main.py sets pytz's own switch that skips that check; zones still load."""
    result = run_python(tmp_path, "-c", AT_CHARTS_READY, str(tmp_path / "shot.png"))
    assert json.loads(result.stdout.strip().splitlines()[-1]) == [True, "1", "Asia/Shanghai"]


def test_a_command_line_import_collects_cycles_as_it_goes(tmp_path):
    code = (
        "import gc, sys; import ui.commands as commands\n"
        "commands.import_article = lambda args: print(gc.isenabled()) or 0\n"
        "import main; sys.exit(main.main(['--import', sys.argv[1]]))"
    )
    page = tmp_path / "release.txt"
    page.write_text("Exports rose 5% in 2019.", encoding="utf-8")
    assert run_python(tmp_path, "-c", code, str(page)).stdout.split() == ["True"]


def test_a_language_switch_fits_each_chart_at_most_twice(window, model, monkeypatch):
    from ui.chart_marks import Mark

    fits = []
    fit = Mark.fit
    monkeypatch.setattr(Mark, "fit", lambda mark, *args: fits.append(mark) or fit(mark, *args))
    menu_heights = {window.menuBar().height()}  # English's, before any CJK font
    for visit, language in enumerate(["zh", "fr", "ko", "ja", "en"] * 2):
        fits.clear()
        model.set_language(language)
        for _ in range(5):  # the language change, the layouts it asks for, the paint
            QApplication.processEvents()
        marks = [card.mark for card in window.charts.cards.values()]
        if visit < 4:  # new cards: each fitted, the axis keeping its width for most
            assert all(mark in fits for mark in marks), language
            assert len(fits) <= len(marks) * 1.5, language
        else:  # kept ones, English's too, at the size they had: the menu bar's height is every language's
            assert fits == [], language
        menu_heights.add(window.menuBar().height())
        assert max(map(fits.count, marks), default=0) <= 2, language
    assert len(menu_heights) == 1


def test_drawing_new_cards_does_not_measure_their_items_for_an_automatic_range(window, model, monkeypatch):
    from ui.plotting import pg

    measured = []
    bounds = pg.ViewBox.childrenBounds
    monkeypatch.setattr(
        pg.ViewBox,
        "childrenBounds",
        lambda view, *a, **k: measured.append(len(view.addedItems)) or bounds(view, *a, **k),
    )
    for language in ["zh", "fr", "ko", "ja", "en", "zh"]:  # new cards, then those kept
        model.set_language(language)
        QApplication.processEvents()
    card = window.charts.cards["trade_volume"]
    assert card.value_labels and card.value_labels[0].isVisible()
    # Each card sets its ranges itself: a view is measured only as it is
    # made, empty, when its automatic range is turned off.
    assert measured and set(measured) == {0}


def test_a_card_laid_out_for_a_file_is_painted_only_by_the_export(application, bundle):
    from app.charts import build_chart_specs
    from app.export_options import ExportOptions
    from ui import export

    class Events(QObject):
        def __init__(self) -> None:
            super().__init__()
            self.paints = 0

        def eventFilter(self, _watched, event):  # noqa: N802 (Qt name)
            self.paints += event.type() == QEvent.Type.Paint
            return False

    spec = build_chart_specs(bundle, "en")[0]
    events = Events()
    application.installEventFilter(events)
    try:
        card = export.export_card(spec, "en", ExportOptions(format="png").checked())
    finally:
        application.removeEventFilter(events)
    assert events.paints == 0
    assert card.updatesEnabled()  # render() draws it
    assert card.plot.getPlotItem().getViewBox().menu is None
    card.close()
    card.deleteLater()


def test_a_card_lays_its_axis_labels_out_only_when_their_text_changes(application, bundle, monkeypatch):
    from PySide6.QtGui import QFont
    from PySide6.QtWidgets import QGraphicsTextItem

    from app.charts import build_chart_specs
    from ui.charts import ChartCard

    set_html = QGraphicsTextItem.setHtml
    labels: list[str] = []
    monkeypatch.setattr(QGraphicsTextItem, "setHtml", lambda item, html: labels.append(html) or set_html(item, html))
    spec = build_chart_specs(bundle, "en")[0]
    card = ChartCard(spec.id)
    card.show_spec(spec, theme.colors("light"), QFont(), str)
    # Each time pyqtgraph changed a pen, a style or a range (21 times), the
    # hidden category label's too: now each label as pyqtgraph makes it,
    # then the unit's once it shows.
    assert len(labels) <= 3
    value_label = card.plot.getPlotItem().getAxis("left").label
    assert spec.unit_label in value_label.toPlainText()
    labels.clear()
    card.show_spec(spec, theme.colors("light"), QFont("Serif"), str)
    assert labels == []
    dark = theme.colors("dark")
    card.show_spec(spec, dark, QFont(), str)
    assert labels and dark.muted.lower() in value_label.toHtml().lower()
    card.deleteLater()


def test_a_theme_change_recolours_a_charts_marks_in_place(application, bundle):
    """A theme change drew every mark and label again (half of its time);
    now they take the new colours: bars, line, symbols and labels."""
    from PySide6.QtGui import QFont

    from app.bundle import load_bundle
    from app.charts import build_chart_specs
    from ui.chart_marks import kind_pen
    from ui.charts import ChartCard

    synthetic = load_bundle(ROOT / "tests" / "bundles" / "synthetic-release")
    bar_spec = build_chart_specs(bundle, "en")[0]
    line_spec = next(spec for spec in build_chart_specs(synthetic, "en") if spec.mark == "line")
    light, dark = theme.colors("light"), theme.colors("dark")
    for spec in (bar_spec, line_spec):
        card = ChartCard(spec.id)
        card.show_spec(spec, light, QFont(), str)
        items, labels = list(card.mark.items), list(card.value_labels)
        card.show_spec(spec, dark, QFont(), str)
        assert card.mark.items == items and card.value_labels == labels
        assert {label.color.name() for label in labels} <= {dark.text.lower(), dark.muted.lower()}
        if spec.mark == "bar":
            assert all(bar.colors == dark for bar in items)
        else:
            line, scatter = items
            assert line.opts["pen"].color().name() == dark.bar.lower()
            shown = [point for point in spec.points if point.value is not None]
            assert [pen.color().name() for pen in scatter.data["pen"]] == [
                kind_pen(point.kind, dark).color().name() for point in shown
            ]
        card.deleteLater()


def test_a_chart_card_builds_a_dozen_widgets_not_pyqtgraphs_options_menu(application):
    from ui.charts import ChartCard

    before = len(QApplication.allWidgets())
    card = ChartCard("any")
    assert len(QApplication.allWidgets()) - before <= 15
    card.deleteLater()


def test_switching_back_computes_no_hatching_and_makes_no_pen(window, model):
    from ui.chart_marks import _hatch_lines, kind_pen

    def switch(language):
        model.set_language(language)
        QApplication.processEvents()
        window.repaint()  # every bar painted again
        QApplication.processEvents()

    for language in ("zh", "en"):  # each language's cards drawn once
        switch(language)
    hatching, pens = _hatch_lines.cache_info(), kind_pen.cache_info()
    for language in ("zh", "en", "zh", "en"):
        switch(language)
    assert _hatch_lines.cache_info().misses == hatching.misses
    assert _hatch_lines.cache_info().hits > hatching.hits  # the derived bars were painted
    assert kind_pen.cache_info().misses == pens.misses


def test_language_switches_write_the_settings_file_after_them(window, model, qtbot):
    from app.settings import WRITE_DELAY_MS

    def switch(language):
        model.set_language(language)
        QApplication.processEvents()
        window.repaint()

    for language in ("zh", "fr", "ja", "en"):  # each language's charts drawn once
        switch(language)
    model.settings.flush()
    path = model.settings.path
    for language in ("zh", "fr", "ja"):
        written = path.read_bytes()
        switch(language)
        assert path.read_bytes() == written, language  # not during the switch
    qtbot.wait(WRITE_DELAY_MS + 300)
    assert "language=ja" in path.read_text()
