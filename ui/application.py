"""Builds the application around the model and runs the start-up sequence:
paint the article first, then draw the charts (pandas waits until a table
is needed). An exception escaping a slot is shown in a dialog and written to
a log file; the window keeps running with what it had."""

from __future__ import annotations

import datetime as dt
import gc
import json
import sys
import time
import traceback
from argparse import Namespace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QObject,
    QSaveFile,
    QSize,
    QStandardPaths,
    QTimer,
    QtMsgType,
    qInstallMessageHandler,
)
from PySide6.QtWidgets import QApplication, QWidget

from app import paths
from app.bundle import DEFAULT_BUNDLE, ArticleBundle, load_bundle
from app.errors import ViewerError
from app.fonts import font_for, register_fonts
from app.i18n import TranslatorService, app_name
from app.model import AppModel
from app.settings import Settings
from ui import theme
from ui.commands import CommandError, library_of

if TYPE_CHECKING:
    from ui.reader import ArticleBrowser


class FirstPaintWatcher(QObject):
    """Calls back once, when the article's text is first painted.

    It listens to the browser's own signal, not to its viewport's events:
    asking for the viewport would have PySide look up every widget class
    before the first paint.
    """

    def __init__(self, browser: ArticleBrowser, callback) -> None:
        super().__init__(browser)
        self._browser = browser
        self._callback = callback
        browser.painted.connect(self._on_painted)

    def _on_painted(self) -> None:
        self._browser.painted.disconnect(self._on_painted)
        # Let this paint finish reaching the screen before the slow part.
        QTimer.singleShot(0, self._callback)


# Said by Qt's offscreen platform for every window; it changes nothing.
HARMLESS_QT_MESSAGES = ("This plugin does not support propagateSizeHints()",)


def _qt_message_handler(kind: QtMsgType, context, message: str) -> None:
    if message not in HARMLESS_QT_MESSAGES:
        print(message, file=sys.stderr)


def create_application() -> QApplication:
    app = QApplication.instance()
    if app is None:
        qInstallMessageHandler(_qt_message_handler)
        # Qt's own -style option: setStyle() would hand Python the style
        # object, and PySide builds the QStyle class and its enums for it.
        app = QApplication(sys.argv[:1] + ["-style", "Fusion"])
    else:  # under pytest-qt, its own message handler stays
        app.setStyle("Fusion")
    app.setApplicationName("Hunan Trade Viewer")
    app.setOrganizationName("HunanTradeViewer")
    app.setDesktopFileName(paths.APP_ID)  # ties the windows to the launcher entry and its icon
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
    # "Follow the system" follows a change of the desktop's scheme while running.
    hints = app.styleHints()  # held: its accessibility hints live only as long as this wrapper
    hints.colorSchemeChanged.connect(lambda _scheme: model.system_theme_changed())
    # So does a change of its high-contrast setting, in every theme.
    hints.accessibility().contrastPreferenceChanged.connect(lambda _preference: model.system_contrast_changed())
    return translator


def save_screenshot(window: QWidget, path: Path) -> None:
    file = QSaveFile(str(path))
    if not file.open(QSaveFile.OpenModeFlag.WriteOnly):
        raise CommandError(f"cannot write the screenshot: {file.errorString()}", path)
    image = window.grab()
    if image.isNull():  # Qt could not draw the window at this size
        file.cancelWriting()
        raise CommandError(f"cannot draw the window at {window.width()}x{window.height()} for the screenshot", path)
    if not image.save(file, "PNG") or not file.commit():
        file.cancelWriting()
        raise CommandError(f"cannot write the screenshot: {file.errorString()}", path)


def log_path() -> Path:
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppLocalDataLocation)
    return Path(folder) / "viewer.log"


def install_exception_hook(window: QWidget) -> None:
    """An exception that escapes a slot is written, with its traceback, to
    the log file and shown in one dialog; the window goes on running."""

    def hook(kind, value, trace) -> None:
        path = log_path()
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            with path.open("a", encoding="utf-8") as log:
                log.write(f"--- {dt.datetime.now().isoformat(timespec='seconds')}\n")
                log.write("".join(traceback.format_exception(kind, value, trace)))
        except OSError:
            path = Path("-")
        print("".join(traceback.format_exception(kind, value, trace)), file=sys.stderr)
        message = (
            QCoreApplication.translate("Application", "Something went wrong: %1. The details are in %2.")
            .replace("%1", str(value) or kind.__name__)
            .replace("%2", str(path))
        )
        from PySide6.QtWidgets import QMessageBox  # deferred: PySide builds dialog classes on import

        QMessageBox.critical(window, app_name(), message)

    sys.excepthook = hook


def initial_bundle(args: Namespace, settings: Settings) -> tuple[ArticleBundle, str]:
    """The article to open: --bundle, else the one open at the last exit, else
    the built-in one; with a sentence when the last one could not be opened."""
    if args.bundle:
        return load_bundle(args.bundle), ""
    last = settings.last_article()
    if last is not None and last != DEFAULT_BUNDLE:
        try:
            return load_bundle(last), ""
        except ViewerError as error:
            problem = QCoreApplication.translate("Application", "The last article could not be opened: %1")
            return load_bundle(DEFAULT_BUNDLE), problem.replace("%1", str(error))
    return load_bundle(DEFAULT_BUNDLE), ""


def set_window_icon(app: QApplication) -> None:
    """The windows' icon. Set once the article is painted: QIcon's class
    and enums, and the SVG icon engine that reads the icon, take some 9 ms
    the first paint need not wait for."""
    from PySide6.QtGui import QIcon

    app.setWindowIcon(QIcon(str(paths.icon_path())))


def start_up_done() -> None:
    """Resume Python's cycle collector (held by main.py while the app starts),
    leaving out of its rounds the objects made so far, which stay for good."""
    if not gc.isenabled():
        gc.freeze()
        gc.enable()


def run(args: Namespace) -> int:
    """Run the app as the command line asks; returns the exit status."""
    try:
        app = create_application()
        settings = Settings()
        bundle, problem = initial_bundle(args, settings)
    except ViewerError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    # Imported here, not with this module: --export-charts and the tests
    # build the application without the window and its views.
    from ui.main_window import MainWindow

    model = AppModel(settings, bundle, args.lang, library_of(args))
    connect_application(app, model)
    timings: dict[str, float] = {}
    failures: list[str] = []
    window = MainWindow(model)
    install_exception_hook(window)
    if problem:
        window.statusBar().showMessage(problem)
    if args.size:
        window.resize(QSize(*args.size))
    else:
        window.restore_geometry()

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
        set_window_icon(app)
        try:
            window.load_charts()
        except BaseException:
            start_up_done()  # no charts: start-up ends here
            raise
        if args.open_import:  # after the charts: the review dialog is modal
            QTimer.singleShot(0, lambda: window.import_source(args.open_import))

    def on_charts_drawn() -> None:
        on_beat()  # the stall that ends here counts too
        timings["charts_ready"] = time.time()
        timings["pandas_loaded"] = "pandas" in sys.modules
        heartbeat.stop()
        start_up_done()
        if args.screenshot:
            try:
                save_screenshot(window, args.screenshot)
            except CommandError as error:
                failures.append(str(error))
            app.quit()

    def paint_what_is_pending() -> None:
        # Posted with a low priority, a widget's paint can still be waiting
        # behind this call: it is made now, so that the time and the image
        # are what a user sees. Nothing already painted is painted again.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        QCoreApplication.sendPostedEvents(window, QEvent.Type.UpdateRequest)
        on_charts_drawn()

    def on_charts_ready() -> None:
        if "charts_ready" not in timings:
            # New widgets are shown and laid out by posted events: let them run first.
            QTimer.singleShot(0, paint_what_is_pending)

    window.charts.chartsReady.connect(on_charts_ready)
    FirstPaintWatcher(window.reader.browser, on_first_paint)
    window.show()
    status = app.exec()
    if args.timings:
        print(json.dumps(timings))
    if failures:
        print(f"error: {failures[0]}", file=sys.stderr)
        return 2
    return status
