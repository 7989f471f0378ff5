"""The main window: composes the reader, chart and settings panes and wires
menus to the model. It holds no state and no logic of its own."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup, QFont, QFontMetrics, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QSplitter,
    QTabWidget,
    QWidget,
)

from app.bundle import localized
from app.fonts import families
from app.i18n import LANGUAGES, translations
from app.model import AppModel
from app.settings import DEFAULT_TEXT_SIZE
from ui.chart_panel import ChartPanel
from ui.data_view import DataView
from ui.library_view import LibraryView
from ui.reader import ReaderView
from ui.settings_panel import THEME_NAMES, SettingsPanel

LAYOUT_SAVE_DELAY_MS = 500  # after a splitter's last move
MENU_TITLES = {
    "file": QT_TRANSLATE_NOOP("MainWindow", "&File"),
    "edit": QT_TRANSLATE_NOOP("MainWindow", "&Edit"),
    "view": QT_TRANSLATE_NOOP("MainWindow", "&View"),
    "help": QT_TRANSLATE_NOOP("MainWindow", "&Help"),
}


class MainWindow(QMainWindow):
    """Reader and settings on the left, charts on the right, in splitters."""

    def __init__(self, model: AppModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = model
        # Connected before the views': they all restyle and lay out again.
        model.languageChanged.connect(self._paint_once_settled)
        model.themeChanged.connect(self._paint_once_settled)
        self.reader = ReaderView(model, self)
        self.settings_panel = SettingsPanel(model, self)
        self.charts = ChartPanel(model, self)
        self.data_view = DataView(model, self)
        self.library_view = LibraryView(model, self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.charts, "")
        self.tabs.addTab(self.data_view, "")
        self.tabs.addTab(self.library_view, "")
        self._left = QSplitter(Qt.Orientation.Vertical, self)
        self._left.addWidget(self.reader)
        self._left.addWidget(self.settings_panel)
        self._left.setStretchFactor(0, 1)
        self._main = QSplitter(Qt.Orientation.Horizontal, self)
        self._main.addWidget(self._left)
        self._main.addWidget(self.tabs)
        self._main.setStretchFactor(1, 1)
        self.setCentralWidget(self._main)
        # There from the start: made at the first message ("Charts ready"),
        # it would shrink everything above it, and the article and charts
        # would be laid out and painted again.
        self.statusBar()
        self.setAcceptDrops(True)
        self._restore_layout()
        # Kept as the splitters come to rest, not at each step of a drag
        # (each save writes the settings file); closing saves them too.
        self._layout_saver = QTimer(self, singleShot=True, interval=LAYOUT_SAVE_DELAY_MS)
        self._layout_saver.timeout.connect(self._save_splitters)
        # (Not connected to start() itself: the signal's position would pick
        # start(msec) and become the delay.)
        self._left.splitterMoved.connect(lambda _position, _index: self._layout_saver.start())
        self._main.splitterMoved.connect(lambda _position, _index: self._layout_saver.start())
        self._build_menus()
        model.articleChanged.connect(self.retranslate_ui)
        model.languageChanged.connect(self._check_language_action)
        model.themeChanged.connect(self._check_theme_action)
        self.charts.chartsReady.connect(self._on_charts_ready)
        for view in (self.charts, self.data_view, self.library_view):
            view.statusMessage.connect(self._show_status)
        model.articleChanged.connect(lambda: self.tabs.setCurrentWidget(self.charts))
        model.factSelected.connect(lambda fact_id: fact_id and self.tabs.setCurrentWidget(self.charts))
        if model.settings.problem:  # stays in the status bar, under passing messages
            self.settings_problem = QLabel(model.settings.problem, self)
            self.statusBar().addWidget(self.settings_problem, 1)
        self.retranslate_ui()

    def load_charts(self) -> None:
        """Draw the charts, once the article has been painted (the slow part
        of start-up), the menu bar first given its height in every language."""
        self._hold_menu_bar_height()
        self.charts.load()

    def _hold_menu_bar_height(self) -> None:
        """Give the menu bar now the height the tallest language's titles
        give it (CJK text stands a pixel taller than Latin): made taller at
        the first switch to such a language, it would move and resize
        everything under it, the charts drawn before among them. It reads the
        other languages' catalogues and fonts, so it waits for the article's
        first paint."""
        bar = self.menuBar()

        def tallest(font: QFont, titles: list[str]) -> int:
            metrics = QFontMetrics(font)
            return max(metrics.size(Qt.TextFlag.TextShowMnemonic, title).height() for title in titles)

        heights = {}
        for language in LANGUAGES:
            font = QFont(bar.font())
            font.setFamilies(families(language))
            heights[language] = tallest(font, translations(language, "MainWindow", list(MENU_TITLES.values())))
        # The bar's height now is the shown language's titles' and the style's margins.
        extra = max(heights.values()) - heights[self._model.language]
        bar.setMinimumHeight(max(bar.minimumHeight(), bar.sizeHint().height() + extra))

    def _paint_once_settled(self) -> None:
        """Hold painting while the views take a new language or theme and
        the layouts that follow settle, then paint the window once."""
        if self.isVisible() and self.updatesEnabled():
            self.setUpdatesEnabled(False)
            QTimer.singleShot(0, self, lambda: self.setUpdatesEnabled(True))

    def _on_escape(self) -> None:
        if not self.reader.find_bar.close_bar():
            self._model.select_fact("")

    def _show_status(self, message: str) -> None:
        if message:
            self.statusBar().showMessage(message, 8000)

    def _on_charts_ready(self) -> None:
        for action in (self.save_chart_action, self.save_all_action, self.export_data_action):
            action.setEnabled(True)
        self.statusBar().showMessage(self.tr("Charts ready"), 4000)

    def _restore_layout(self) -> None:
        self._left.setSizes([640, 220])
        self._main.setSizes([520, 880])
        for name, splitter in (("left", self._left), ("main", self._main)):
            state = self._model.layout(name)
            if state is not None:
                splitter.restoreState(state)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.open_action = self.file_menu.addAction("", self._open_article)
        self.open_action.setShortcut(QKeySequence.StandardKey.Open)
        self.recent_menu = self.file_menu.addMenu("")
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        self.import_action = self.file_menu.addAction("", self._import_file)
        self.import_action.setShortcut(QKeySequence("Ctrl+I"))
        self.import_address_action = self.file_menu.addAction("", self._import_address)
        self.library_action = self.file_menu.addAction("", lambda: self.tabs.setCurrentWidget(self.library_view))
        self.library_action.setShortcut(QKeySequence("Ctrl+L"))
        self.save_chart_action = self.file_menu.addAction("", self.charts.save_chart)
        self.save_chart_action.setShortcut(QKeySequence("Ctrl+Shift+S"))
        self.save_all_action = self.file_menu.addAction("", self.charts.save_all)
        self.export_data_action = self.file_menu.addAction("", self.data_view.export_csv)
        for action in (self.save_chart_action, self.save_all_action, self.export_data_action):
            action.setEnabled(False)  # until the charts are drawn
        self.file_menu.addSeparator()
        self.save_pdf_action = self.file_menu.addAction("", lambda: self._show_status(self.reader.save_pdf()))
        self.print_action = self.file_menu.addAction("", self.reader.print_article)
        self.print_action.setShortcut(QKeySequence.StandardKey.Print)
        self.file_menu.addSeparator()
        self.quit_action = self.file_menu.addAction("", self.close)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)

        self.edit_menu = bar.addMenu("")
        self.copy_action = self.edit_menu.addAction("", self.reader.browser.copy)
        self.copy_action.setShortcut(QKeySequence.StandardKey.Copy)
        self.copy_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.reader.browser.addAction(self.copy_action)
        self.find_action = self.edit_menu.addAction("", self.reader.find_bar.open_bar)
        self.find_action.setShortcut(QKeySequence.StandardKey.Find)
        self.clear_action = self.edit_menu.addAction("", self._on_escape)
        self.clear_action.setShortcut(QKeySequence(Qt.Key.Key_Escape))

        self.view_menu = bar.addMenu("")
        self.language_menu = self.view_menu.addMenu("")
        self._language_actions = self._choice_actions(self.language_menu, LANGUAGES, self._model.set_language)
        self.theme_menu = self.view_menu.addMenu("")
        self._theme_actions = self._choice_actions(self.theme_menu, THEME_NAMES, self._model.set_theme)
        self.view_menu.addSeparator()
        self.larger_action = self.view_menu.addAction("", lambda: self._model.set_text_size(self._model.text_size + 1))
        self.larger_action.setShortcuts([QKeySequence.StandardKey.ZoomIn, QKeySequence("Ctrl+=")])
        self.smaller_action = self.view_menu.addAction("", lambda: self._model.set_text_size(self._model.text_size - 1))
        self.smaller_action.setShortcut(QKeySequence.StandardKey.ZoomOut)
        self.reset_size_action = self.view_menu.addAction("", lambda: self._model.set_text_size(DEFAULT_TEXT_SIZE))
        self.reset_size_action.setShortcut(QKeySequence("Ctrl+0"))
        self.view_menu.addSeparator()
        self.compare_action = self.view_menu.addAction("", self.show_compare)
        self.compare_action.setShortcut(QKeySequence("Ctrl+K"))
        self.view_menu.addSeparator()
        self.settings_action = self.view_menu.addAction("")
        self.settings_action.setCheckable(True)
        self.settings_action.setChecked(True)
        self.settings_action.setShortcut(QKeySequence("Ctrl+,"))
        self.settings_action.toggled.connect(self.settings_panel.setVisible)

        self.help_menu = bar.addMenu("")
        self.shortcuts_action = self.help_menu.addAction("", QKeySequence("Ctrl+/"), self._show_shortcuts)
        self.about_action = self.help_menu.addAction("", self._show_about)
        self._check_language_action()
        self._check_theme_action()

    def _choice_actions(self, menu, choices: dict[str, str], setter) -> dict[str, QAction]:
        group = QActionGroup(menu)
        actions = {}
        for code in choices:
            action = menu.addAction("")
            action.setCheckable(True)
            action.setData(code)
            group.addAction(action)
            action.triggered.connect(lambda _checked=False, c=code: setter(c))
            actions[code] = action
        return actions

    def _check_language_action(self) -> None:
        self._language_actions[self._model.language].setChecked(True)

    def _check_theme_action(self) -> None:
        self._theme_actions[self._model.theme].setChecked(True)

    def _show_shortcuts(self) -> None:
        from ui.shortcuts_dialog import ShortcutsDialog  # deferred: PySide builds dialog classes on import

        ShortcutsDialog(self).show()

    def _open_article(self) -> None:
        from PySide6.QtWidgets import QFileDialog  # deferred: PySide builds dialog classes on import

        folder = QFileDialog.getExistingDirectory(self, self.tr("Open article folder"), str(self._model.folder("open")))
        if folder:
            self._model.set_folder("open", Path(folder).parent)
            self.library_view.open_article(folder)

    def show_compare(self) -> None:
        """Open (or raise) the chart of one indicator across the library."""
        from ui.compare_view import CompareDialog  # deferred: pandas and pyqtgraph

        if getattr(self, "compare_dialog", None) is None:
            self.compare_dialog = CompareDialog(self._model, self)
        self.compare_dialog.show()
        self.compare_dialog.raise_()

    def _import_file(self) -> None:
        from PySide6.QtWidgets import QFileDialog  # deferred: PySide builds dialog classes on import

        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import article"),
            str(self._model.folder("import")),
            self.tr("Web pages and text (*.html *.htm *.txt);;All files (*)"),
        )
        if path:
            self._model.set_folder("import", Path(path).parent)
            self.import_source(path)

    def _import_address(self) -> None:
        from PySide6.QtWidgets import QInputDialog  # deferred: PySide builds dialog classes on import

        address, ok = QInputDialog.getText(
            self, self.tr("Import article"), self.tr("Address of the page (http or https):")
        )
        if ok and address.strip():
            self.import_source(address.strip())

    def import_source(self, source: str) -> None:
        """Read a page, file or address, review its figures, add it to the library."""
        from ui.import_task import import_article  # deferred: the page reader is slow to import

        result = import_article(self._model, source, self)
        if result:
            self._show_status(result)

    def dragEnterEvent(self, event) -> None:  # noqa: N802 (Qt name)
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802 (Qt name)
        urls = event.mimeData().urls()
        if urls:
            event.acceptProposedAction()
            url = urls[0]
            self.import_source(url.toLocalFile() if url.isLocalFile() else url.toString())

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        for path in self._model.recent_articles():
            action = self.recent_menu.addAction(str(path.name), lambda p=str(path): self.library_view.open_article(p))
            action.setToolTip(str(path))
        if self.recent_menu.isEmpty():
            self.recent_menu.addAction(self.tr("No recent articles")).setEnabled(False)

    def restore_geometry(self) -> None:
        """The size and place the window had when it was last closed."""
        state = self._model.layout("window")
        if state is None or not self.restoreGeometry(state):
            self.resize(1400, 900)

    def _show_about(self) -> None:
        from ui.about_dialog import AboutDialog  # deferred: it reads every dependency's metadata

        AboutDialog(self._model, self).open()

    def _save_splitters(self) -> None:
        self._model.set_layout("left", self._left.saveState())
        self._model.set_layout("main", self._main.saveState())

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt name)
        self._layout_saver.stop()
        self._model.set_layout("window", self.saveGeometry())
        self._save_splitters()
        super().closeEvent(event)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt name)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
            # The menu bar keeps the tallest height a language has given it:
            # a pixel less for Latin script would move and resize everything
            # under it at each switch between scripts.
            bar = self.menuBar()
            bar.setMinimumHeight(max(bar.minimumHeight(), bar.sizeHint().height()))
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        title = localized(self._model.bundle.title, self._model.language)
        self.setWindowTitle(self.tr("Hunan Trade Viewer") + " — " + title)
        self.file_menu.setTitle(self.tr(MENU_TITLES["file"]))
        self.open_action.setText(self.tr("&Open article folder…"))
        self.recent_menu.setTitle(self.tr("Open &recent"))
        self.library_action.setText(self.tr("Show &library"))
        self.import_action.setText(self.tr("&Import article…"))
        self.import_address_action.setText(self.tr("Impor&t from address…"))
        self.save_chart_action.setText(self.tr("&Save chart…"))
        self.save_all_action.setText(self.tr("Save &all charts…"))
        self.export_data_action.setText(self.tr("&Export data as CSV…"))
        self.save_pdf_action.setText(self.tr("Save article as P&DF…"))
        self.print_action.setText(self.tr("&Print…"))
        self.edit_menu.setTitle(self.tr(MENU_TITLES["edit"]))
        self.copy_action.setText(self.tr("&Copy"))
        self.find_action.setText(self.tr("&Find in article…"))
        self.clear_action.setText(self.tr("Clear selection"))
        self.tabs.setTabText(0, self.tr("Charts"))
        self.tabs.setTabText(1, self.tr("Data"))
        self.tabs.setTabText(2, self.tr("Library"))
        self.quit_action.setText(self.tr("&Quit"))
        self.view_menu.setTitle(self.tr(MENU_TITLES["view"]))
        self.language_menu.setTitle(self.tr("&Language"))
        for code, action in self._language_actions.items():
            action.setText(LANGUAGES[code])
        self.theme_menu.setTitle(self.tr("&Theme"))
        for code, action in self._theme_actions.items():
            action.setText(QCoreApplication.translate("SettingsPanel", THEME_NAMES[code]))
        self.larger_action.setText(self.tr("Lar&ger text"))
        self.smaller_action.setText(self.tr("&Smaller text"))
        self.reset_size_action.setText(self.tr("&Normal text size"))
        self.settings_action.setText(self.tr("Show settings &panel"))
        self.compare_action.setText(self.tr("&Compare across articles…"))
        self.help_menu.setTitle(self.tr(MENU_TITLES["help"]))
        self.shortcuts_action.setText(self.tr("&Keyboard shortcuts"))
        self.about_action.setText(self.tr("&About Hunan Trade Viewer"))
