"""AppModel: the one shared state every view reads and listens to."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QObject, Signal

from app.bundle import DEFAULT_BUNDLE, ArticleBundle, BundleError, load_bundle
from app.charts import ChartSpec, build_chart_specs
from app.export_options import ExportOptions
from app.i18n import LANGUAGES, system_language
from app.library import Library, LibraryEntry
from app.settings import TEXT_SIZES, THEMES, Settings

if TYPE_CHECKING:  # pandas is imported only when a table is first needed
    import pandas as pd

MAX_RECENT = 8


class AppModel(QObject):
    """Library, current article, language, selected fact, settings and, once
    asked for, the pandas tables of the current article.

    Every setter emits its signal only when the value really changed.
    """

    languageChanged = Signal(str)
    """The display language changed (a code from LANGUAGES)."""
    articleChanged = Signal()
    """Another article was opened: its text, charts and tables replace the last one's."""
    libraryChanged = Signal()
    """An article was added to or removed from the library."""
    tablesChanged = Signal()
    """The pandas tables were (re)built for the current article."""
    factSelected = Signal(str)
    """The selected fact changed; '' when the selection was cleared."""
    themeChanged = Signal(str)
    textSizeChanged = Signal(int)
    _pandasImported = Signal()

    def __init__(
        self,
        settings: Settings,
        bundle: ArticleBundle | None = None,
        language: str | None = None,
        library: Library | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.library = library or Library()
        self._bundle = bundle or load_bundle(DEFAULT_BUNDLE)
        self._language = language or settings.language() or system_language()
        self._theme = settings.theme()
        self._text_size = settings.text_size()
        self._specs: dict[str, list[ChartSpec]] = {}
        self._tables: dict[str, pd.DataFrame] | None = None
        self._tables_requested = False
        self._selected_fact = ""
        self._pandasImported.connect(self.load_tables)

    # -- article ------------------------------------------------------------
    @property
    def bundle(self) -> ArticleBundle:
        return self._bundle

    def open_bundle(self, path: Path | str) -> None:
        """Open the bundle at `path`. It is read, checked and charted in every
        language before it replaces the current article; on any fault a
        BundleError says what and where, and the current article stays."""
        bundle = load_bundle(path)
        specs = {}
        try:
            for language in LANGUAGES:
                specs[language] = build_chart_specs(bundle, language)
        except (KeyError, ValueError, IndexError, StopIteration) as error:
            raise BundleError(f"its charts cannot be drawn: {error!r}", bundle.path / "article.toml") from None
        self._bundle = bundle
        self._specs = specs
        self._selected_fact = ""
        self._remember(bundle.path)
        self.articleChanged.emit()
        if self._tables is not None:
            self.load_tables()

    def _remember(self, path: Path) -> None:
        recent = [str(path)] + [p for p in self.settings.recent_articles() if p != str(path)]
        self.settings.set_value("library/recent", recent[:MAX_RECENT])
        self.settings.set_value("library/last", str(path))

    def recent_articles(self) -> list[Path]:
        """Articles opened before, newest first (only those still there)."""
        return [Path(p) for p in self.settings.recent_articles() if Path(p, "article.toml").is_file()]

    def library_entries(self) -> list[LibraryEntry]:
        return self.library.entries()

    def refresh_library(self) -> None:
        """Say the library's folders changed (an article was added)."""
        self.libraryChanged.emit()

    def chart_specs(self) -> list[ChartSpec]:
        """The current article's charts in the current language (no pandas)."""
        if self._language not in self._specs:
            self._specs[self._language] = build_chart_specs(self._bundle, self._language)
        return self._specs[self._language]

    # -- tables (pandas) ------------------------------------------------------
    @property
    def tables(self) -> dict[str, pd.DataFrame] | None:
        """'facts' and each of the bundle's tables as DataFrames, once loaded."""
        return self._tables

    @property
    def tables_loaded(self) -> bool:
        return self._tables is not None

    def request_tables(self) -> None:
        """Build the tables soon: pandas is imported on another thread (it
        takes seconds on a slow machine), the tables then here."""
        if self._tables is not None or self._tables_requested:
            return
        self._tables_requested = True

        def import_pandas() -> None:
            import pandas  # noqa: F401  (only to have it loaded)

            self._pandasImported.emit()  # queued to this object's thread

        threading.Thread(target=import_pandas, name="import-pandas", daemon=True).start()

    def load_tables(self) -> None:
        """Build the tables now (imports pandas on first use)."""
        from app import tables  # deferred: pandas takes seconds to import

        frames = {"facts": tables.facts_frame(self._bundle)}
        for table_id in self._bundle.tables:
            frames[table_id] = tables.table_frame(self._bundle, table_id)
        self._tables = frames
        self.tablesChanged.emit()

    # -- language -----------------------------------------------------------
    @property
    def language(self) -> str:
        return self._language

    def set_language(self, language: str) -> None:
        if language not in LANGUAGES:
            raise ValueError(f"unknown language {language!r}")
        if language == self._language:
            return
        self._language = language
        self.settings.set_value_soon("language", language)
        self.languageChanged.emit(language)

    # -- selection ----------------------------------------------------------
    @property
    def selected_fact(self) -> str:
        return self._selected_fact

    def select_fact(self, fact_id: str) -> None:
        """Select a fact by id ('' clears the selection)."""
        if fact_id and fact_id not in {f.id for f in self._bundle.facts}:
            raise ValueError(f"unknown fact {fact_id!r}")
        if fact_id == self._selected_fact:
            return
        self._selected_fact = fact_id
        self.factSelected.emit(fact_id)

    # -- settings -----------------------------------------------------------
    @property
    def theme(self) -> str:
        return self._theme

    def set_theme(self, theme: str) -> None:
        if theme not in THEMES:
            raise ValueError(f"unknown theme {theme!r}")
        if theme == self._theme:
            return
        self._theme = theme
        self.settings.set_value_soon("theme", theme)
        self.themeChanged.emit(theme)

    def system_theme_changed(self) -> None:
        """The desktop switched between light and dark: when the theme
        follows the system, every view redraws in the new one."""
        if self._theme == "system":
            self.themeChanged.emit(self._theme)

    def system_contrast_changed(self) -> None:
        """The desktop's high-contrast setting changed: every theme has a
        high-contrast form, so every view redraws whatever the theme."""
        self.themeChanged.emit(self._theme)

    @property
    def text_size(self) -> int:
        return self._text_size

    def set_text_size(self, size: int) -> None:
        size = min(max(size, TEXT_SIZES.start), TEXT_SIZES.stop - 1)
        if size == self._text_size:
            return
        self._text_size = size
        self.settings.set_value_soon("reader/text_size", size)
        self.textSizeChanged.emit(size)

    @property
    def export_options(self) -> ExportOptions:
        """How the last chart image was saved, for the next save."""
        return self.settings.export_options()

    def set_export_options(self, options: ExportOptions, folder: Path) -> None:
        self.settings.set_export_options(options)
        self.settings.set_value("export/folder", str(folder))

    @property
    def export_folder(self) -> Path:
        return self.settings.export_folder() or Path.home()

    def folder(self, purpose: str) -> Path:
        """The folder last used for `purpose` ('csv', 'pdf', 'open'…), else home."""
        return self.settings.folder(purpose) or Path.home()

    def set_folder(self, purpose: str, folder: Path) -> None:
        self.settings.set_value(f"folders/{purpose}", str(folder))

    def layout(self, name: str) -> QByteArray | None:
        return self.settings.layout(name)

    def set_layout(self, name: str, state: QByteArray) -> None:
        self.settings.set_layout(name, state)
