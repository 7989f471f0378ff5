"""Builds the application around the model and runs the start-up sequence:
paint the article first, then load the tables and draw the charts."""

from __future__ import annotations

import json
import sys
import time
from argparse import Namespace
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QSaveFile, QSize, QtMsgType, QTimer, qInstallMessageHandler
from PySide6.QtWidgets import QApplication, QWidget

from app.bundle import BundleError, load_bundle
from app.fonts import FontError, font_for, register_fonts
from app.i18n import TranslatorService
from app.model import AppModel
from app.settings import Settings
from ui import theme
from ui.main_window import MainWindow


class CommandError(Exception):
    """A command-line task failed: what and where, for one 'error:' line."""


class FirstPaintWatcher(QObject):
    """Calls back once, when the watched widget is first painted."""

    def __init__(self, widget: QWidget, callback) -> None:
        super().__init__(widget)
        self._callback = callback
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            # Let this paint finish reaching the screen before the slow part.
            QTimer.singleShot(0, self._callback)
        return False


# Said by Qt's offscreen platform for every window; it changes nothing.
HARMLESS_QT_MESSAGES = ("This plugin does not support propagateSizeHints()",)


def _qt_message_handler(kind: QtMsgType, context, message: str) -> None:
    if message not in HARMLESS_QT_MESSAGES:
        print(message, file=sys.stderr)


def create_application() -> QApplication:
    if QApplication.instance() is None:  # under pytest-qt, its own handler stays
        qInstallMessageHandler(_qt_message_handler)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Hunan Trade Viewer")
    app.setOrganizationName("HunanTradeViewer")
    app.setStyle("Fusion")
    register_fonts()
    return app


def connect_application(app: QApplication, model: AppModel) -> TranslatorService:
    """Make the app's translators, font and palette follow the model.

    Connected before any view, so a view handling languageChanged already
    sees the new translators.
    """
    translator = TranslatorService(app)

    def apply_language(language: str) -> None:
        app.setFont(font_for(language))
        translator.install(language)

    apply_language(model.language)
    app.setPalette(theme.palette(model.theme))
    model.languageChanged.connect(apply_language)
    model.themeChanged.connect(lambda name: app.setPalette(theme.palette(name)))
    return translator


def save_screenshot(window: QWidget, path: Path) -> None:
    file = QSaveFile(str(path))
    if not file.open(QSaveFile.OpenModeFlag.WriteOnly):
        raise CommandError(f"cannot write the screenshot: {file.errorString()} ({path})")
    if not window.grab().save(file, "PNG") or not file.commit():
        file.cancelWriting()
        raise CommandError(f"cannot write the screenshot: {file.errorString()} ({path})")


def export_data(args: Namespace) -> int:
    """--export-data: the facts table as UTF-8 CSV, sources included."""
    from app.facts import facts_frame, table_csv
    from app.files import WriteError, write_atomically

    try:
        write_atomically(args.export_data, table_csv(facts_frame(load_bundle(args.bundle))))
    except (BundleError, WriteError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    print(args.export_data)
    return 0


def export_charts(args: Namespace) -> int:
    """--export-charts: write one file per chart, print each path."""
    from app.export_options import ExportOptionError, ExportOptions, file_name
    from app.files import WriteError
    from ui.export import export_chart  # imports pyqtgraph

    try:
        app = create_application()
        bundle = load_bundle(args.bundle)
        model = AppModel(Settings(), bundle, args.lang)
        connect_application(app, model)
        model.load_tables()
        specs = model.chart_specs()
        known = [spec.id for spec in specs]
        unknown = [chart for chart in (args.charts or []) if chart not in known]
        if unknown:
            raise CommandError(f"unknown chart '{unknown[0]}', choose from {','.join(known)} (command line)")
        width, height = args.size
        options = ExportOptions(format=args.format, width=width, height=height, scale=args.scale).checked()
        folder = Path(args.export_charts)
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise CommandError(f"cannot create the folder: {error.strerror} ({folder})") from None
        for spec in specs:
            if args.charts and spec.id not in args.charts:
                continue
            path = folder / file_name(spec.id, options.format)
            export_chart(spec, model.language, options, path)
            print(path, flush=True)
    except ExportOptionError as error:
        print(f"error: {error} (command line)", file=sys.stderr)
        return 2
    except (BundleError, FontError, WriteError, CommandError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    return 0


def run(args: Namespace) -> int:
    """Run the app as the command line asks; returns the exit status."""
    try:
        app = create_application()
        bundle = load_bundle(args.bundle)
    except (BundleError, FontError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    model = AppModel(Settings(), bundle, args.lang)
    connect_application(app, model)
    timings: dict[str, float] = {}
    failures: list[str] = []
    window = MainWindow(model)
    window.resize(QSize(*args.size))

    # The longest time the event loop went without turning while the charts
    # loaded: how long the window could not be scrolled or clicked.
    heartbeat = QTimer(app, interval=10)
    last_beat = [time.time()]

    def on_beat() -> None:
        now = time.time()
        timings["longest_stall"] = max(timings.get("longest_stall", 0.0), now - last_beat[0])
        last_beat[0] = now

    heartbeat.timeout.connect(on_beat)

    def on_first_paint() -> None:
        timings["first_paint"] = time.time()
        last_beat[0] = time.time()
        heartbeat.start()
        window.charts.load_in_background()

    def on_charts_drawn() -> None:
        on_beat()  # the stall that ends here counts too
        timings["charts_ready"] = time.time()
        heartbeat.stop()
        if args.screenshot:
            try:
                save_screenshot(window, args.screenshot)
            except CommandError as error:
                failures.append(str(error))
            app.quit()

    def on_charts_ready() -> None:
        if "charts_ready" not in timings:
            # New widgets are shown and laid out by posted events: let them
            # run, then paint, so the time and the image are what a user sees.
            QTimer.singleShot(0, lambda: (window.repaint(), on_charts_drawn()))

    window.charts.chartsReady.connect(on_charts_ready)
    FirstPaintWatcher(window.reader.browser.viewport(), on_first_paint)
    window.show()
    status = app.exec()
    if args.timings:
        print(json.dumps(timings))
    if failures:
        print(f"error: {failures[0]}", file=sys.stderr)
        return 2
    return status
