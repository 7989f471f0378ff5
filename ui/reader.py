"""The reader pane: the article's title, date, publisher, source and body."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QUrl, Qt
from PySide6.QtGui import QColor, QDesktopServices, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from app.bundle import localized
from app.fonts import font_for
from app.i18n import LANGUAGES, format_date
from app.model import AppModel
from ui import theme

MARKDOWN = QTextDocument.MarkdownFeature.MarkdownDialectGitHub | QTextDocument.MarkdownFeature.MarkdownNoHTML


class ArticleBrowser(QTextBrowser):
    """A text browser that loads no resource from outside its bundle."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bundle_path: Path | None = None

    def loadResource(self, kind: int, url: QUrl):  # noqa: N802 (Qt name)
        path = Path(url.toLocalFile()).resolve() if url.isLocalFile() else None
        if path and self.bundle_path and path.is_relative_to(self.bundle_path.resolve()):
            return super().loadResource(kind, url)
        return None


class ReaderView(QWidget):
    """Shows the current article in the current language, with marked figures."""

    def __init__(self, model: AppModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = model
        self._show_original = False
        self._banner = QFrame(self)
        self._banner.setObjectName("translationBanner")
        self._banner_label = QLabel(self._banner)
        self._banner_label.setWordWrap(True)
        self._original_button = QPushButton(self._banner)
        self._original_button.clicked.connect(self._on_original_toggled)
        banner_layout = QHBoxLayout(self._banner)
        banner_layout.setContentsMargins(10, 6, 10, 6)
        banner_layout.addWidget(self._banner_label, 1)
        banner_layout.addWidget(self._original_button)
        self.browser = ArticleBrowser(self)
        self.browser.setObjectName("articleText")
        self.browser.setOpenLinks(False)
        self.browser.anchorClicked.connect(self._on_anchor_clicked)
        # The reading position, as a fraction of the text, kept across
        # re-renders (language, text size) that change the text's height.
        self._position = 0.0
        self._restoring = False
        bar = self.browser.verticalScrollBar()
        bar.valueChanged.connect(self._on_scrolled)
        bar.rangeChanged.connect(self._on_scroll_range_changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self._banner)
        layout.addWidget(self.browser, 1)
        model.languageChanged.connect(self._on_language_changed)
        model.articleChanged.connect(self._on_article_changed)
        model.textSizeChanged.connect(self._render)
        model.themeChanged.connect(self._render)
        self.retranslate_ui()

    # -- what is shown ---------------------------------------------------------
    @property
    def text_language(self) -> str:
        """The language of the body as shown now."""
        bundle = self._model.bundle
        if self._show_original:
            return bundle.original_language
        return bundle.text_language(self._model.language)

    def markdown(self) -> str:
        """The whole page as Markdown: header, then the body."""
        bundle, language = self._model.bundle, self.text_language
        date = format_date(bundle.published, self._model.language)
        header = [
            f"# {localized(bundle.title, language)}",
            "",
            f"{date} · {localized(bundle.publisher, self._model.language)}",
            "",
            f"[{self.tr('Original article on the Hunan Provincial Government website')}]({bundle.source_url})",
        ]
        if bundle.translator and language == bundle.original_language:
            header += ["", self.tr("Translator: %1").replace("%1", bundle.translator)]
        return "\n".join(header) + "\n\n---\n\n" + bundle.texts[language]

    def _render(self) -> None:
        colors = theme.colors(self._model.theme)
        document = self.browser.document()
        document.setDefaultFont(font_for(self._model.language, self._model.text_size))
        self.browser.bundle_path = self._model.bundle.path
        document.setMarkdown(self.markdown(), MARKDOWN)
        # The edit cursor would sit at the end and pull the view there.
        self.browser.setTextCursor(QTextCursor(document))
        self._mark_fact_links(colors)
        self.browser.setStyleSheet(f"QTextBrowser {{ background: {colors.base}; color: {colors.text}; border: none; }}")
        document.setDocumentMargin(18)
        self._on_scroll_range_changed(0, self.browser.verticalScrollBar().maximum())

    def _mark_fact_links(self, colors: theme.Colors) -> None:
        """Give every figure linked to a fact a visible background."""
        document = self.browser.document()
        marked = QTextCharFormat()
        marked.setBackground(QColor(colors.fact_link))
        marked.setForeground(QColor(colors.accent))
        marked.setFontUnderline(False)
        marked.setFontWeight(600)
        block = document.begin()
        while block.isValid():
            iterator = block.begin()
            while not iterator.atEnd():
                fragment = iterator.fragment()
                if fragment.charFormat().anchorHref().startswith("fact:"):
                    cursor = QTextCursor(document)
                    cursor.setPosition(fragment.position())
                    cursor.setPosition(fragment.position() + fragment.length(), QTextCursor.MoveMode.KeepAnchor)
                    cursor.mergeCharFormat(marked)
                iterator += 1
            block = block.next()

    def _update_banner(self) -> None:
        bundle, language = self._model.bundle, self._model.language
        translated = bundle.text_language(language) != bundle.original_language
        self._banner.setVisible(translated or self._show_original)
        original_name = LANGUAGES.get(bundle.original_language, bundle.original_language)
        if self._show_original:
            self._banner_label.setText(self.tr("Showing the original text (%1).").replace("%1", original_name))
            self._original_button.setText(self.tr("Show translation"))
        else:
            self._banner_label.setText(
                self.tr("This is a translation. The original text (%1) is the official one.").replace("%1", original_name)
            )
            self._original_button.setText(self.tr("Show original"))
        colors = theme.colors(self._model.theme)
        self._banner.setStyleSheet(f"#translationBanner {{ background: {colors.fact_link}; }}")

    # -- handlers ---------------------------------------------------------------
    def _on_scrolled(self, value: int) -> None:
        maximum = self.browser.verticalScrollBar().maximum()
        if not self._restoring and maximum:
            self._position = value / maximum

    def _on_scroll_range_changed(self, _minimum: int, maximum: int) -> None:
        self._restoring = True
        self.browser.verticalScrollBar().setValue(round(self._position * maximum))
        self._restoring = False

    def _on_original_toggled(self) -> None:
        self._show_original = not self._show_original
        self.retranslate_ui()

    def _on_language_changed(self, _language: str) -> None:
        self._show_original = False
        self.retranslate_ui()

    def _on_article_changed(self) -> None:
        self._show_original = False
        self._position = 0.0
        self.retranslate_ui()

    def _on_anchor_clicked(self, url: QUrl) -> None:
        if url.scheme() == "fact":
            self._model.select_fact(url.path())
        elif url.scheme() in ("http", "https"):
            QDesktopServices.openUrl(url)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt name)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self._update_banner()
        self._render()
        self.browser.setAccessibleName(self.tr("Article text"))
