"""AppModel: the one shared state every view reads and listens to."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QObject, Signal

from app.bundle import DEFAULT_BUNDLE, ArticleBundle, load_bundle
from app.export_options import ExportOptions
from app.i18n import LANGUAGES, system_language
from app.settings import TEXT_SIZES, THEMES, Settings

if TYPE_CHECKING:  # pandas is imported only when the tables are loaded
    import pandas as pd

    from app.facts import ChartSpec


class AppModel(QObject):
    """Current language, article, facts tables, selected fact and settings.

    Every setter emits its signal only when the value really changed.
    """

    languageChanged = Signal(str)
    """The display language changed (a code from LANGUAGES)."""
    articleChanged = Signal()
    """Another article bundle was opened."""
    tablesChanged = Signal()
    """The facts and official tables were (re)built for the current article."""
    factSelected = Signal(str)
    """The selected fact changed; '' when the selection was cleared."""
    themeChanged = Signal(str)
    textSizeChanged = Signal(int)

    def __init__(self, settings: Settings, bundle: ArticleBundle | None = None, language: str | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self._bundle = bundle or load_bundle(DEFAULT_BUNDLE)
        self._language = language or settings.language() or system_language()
        self._theme = settings.theme()
        self._text_size = settings.text_size()
        self._facts: pd.DataFrame | None = None
        self._official: pd.DataFrame | None = None
        self._selected_fact = ""

    # -- article and tables -------------------------------------------------
    @property
    def bundle(self) -> ArticleBundle:
        return self._bundle

    def open_bundle(self, path: Path | str) -> None:
        """Open another bundle; raises BundleError and keeps the current one."""
        bundle = load_bundle(path)
        self._bundle = bundle
        self._selected_fact = ""
        self.articleChanged.emit()
        if self._facts is not None:
            self.load_tables()

    @property
    def facts(self) -> pd.DataFrame | None:
        return self._facts

    @property
    def official(self) -> pd.DataFrame | None:
        return self._official

    @property
    def tables_loaded(self) -> bool:
        return self._facts is not None

    def load_tables(self) -> None:
        """Build the pandas tables (imports pandas on first use)."""
        from app import facts  # deferred: pandas takes seconds to import

        self._facts = facts.facts_frame(self._bundle)
        self._official = facts.official_frame(self._bundle)
        self.tablesChanged.emit()

    def chart_specs(self) -> list[ChartSpec]:
        """The current article's charts in the current language."""
        from app.facts import build_chart_specs

        if self._facts is None or self._official is None:
            return []
        return build_chart_specs(self._bundle, self._facts, self._official, self._language)

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
        self.settings.set_value("language", language)
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
        self.settings.set_value("theme", theme)
        self.themeChanged.emit(theme)

    @property
    def text_size(self) -> int:
        return self._text_size

    def set_text_size(self, size: int) -> None:
        size = min(max(size, TEXT_SIZES.start), TEXT_SIZES.stop - 1)
        if size == self._text_size:
            return
        self._text_size = size
        self.settings.set_value("reader/text_size", size)
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

    def layout(self, name: str) -> QByteArray | None:
        return self.settings.layout(name)

    def set_layout(self, name: str, state: QByteArray) -> None:
        self.settings.set_layout(name, state)
