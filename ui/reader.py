"""The reader pane: the article's title, date, publisher, source and body."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QEvent, QUrl, Signal
from PySide6.QtGui import (
    QColor,
    QDesktopServices,
    QPaintEvent,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.bundle import localized
from app.files import WriteError, write_atomically
from app.fonts import families, font_for
from app.i18n import format_date, language_name
from app.model import AppModel
from ui import theme
from ui.find_bar import FindBar

KEPT_DOCUMENTS = 6  # pages kept besides the one shown: every language of an article, and its original

SENTENCE_END = re.compile(r"[.!?](?=\s)|[。！？]")


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence of `text` around the span start:end, as (start, end)."""
    before = [m.end() for m in SENTENCE_END.finditer(text, 0, start)]
    after = SENTENCE_END.search(text, end)
    first = before[-1] if before else 0
    while first < len(text) and text[first].isspace():
        first += 1
    return first, after.end() if after else len(text)


MARKDOWN = QTextDocument.MarkdownFeature.MarkdownDialectGitHub | QTextDocument.MarkdownFeature.MarkdownNoHTML


class ArticleBrowser(QTextBrowser):
    """A text browser that loads no resource from outside its bundle."""

    painted = Signal()
    """The text has been painted (start-up waits for the first time)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bundle_path: Path | None = None

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt name)
        super().paintEvent(event)
        self.painted.emit()

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
        self.find_bar = FindBar(self.browser, self)
        layout.addWidget(self.find_bar)
        self._highlights: dict[str, list] = {"fact": [], "find": []}
        # What the document shown was made from: a language switch reaches
        # the reader twice (the model's signal, then Qt's LanguageChange),
        # and the article is laid out only once.
        self._rendered: tuple = ()
        # The pages shown before, by what they were made from, kept laid out,
        # least recently shown first: switching back to a language (or to the
        # original) shows one again without building it.
        self._documents: dict[tuple, QTextDocument] = {}
        self._banner_style = self._browser_style = ""
        self.find_bar.highlightsChanged.connect(lambda selections: self._set_highlights("find", selections))
        model.languageChanged.connect(self._on_language_changed)
        model.articleChanged.connect(self._on_article_changed)
        model.textSizeChanged.connect(self._render)
        model.themeChanged.connect(self.retranslate_ui)  # the banner's colour too
        model.factSelected.connect(self._on_fact_selected)
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
        source_link = self.tr("Original article")
        header = [
            f"# {localized(bundle.title, language)}",
            "",
            f"{date} · {localized(bundle.publisher, self._model.language)}",
            "",
            f"[{source_link}]({bundle.source_url})",
        ]
        if bundle.translator and language == bundle.original_language:
            header += ["", self.tr("Translator: %1").replace("%1", bundle.translator)]
        return "\n".join(header) + "\n\n---\n\n" + bundle.texts[language]

    def _render(self) -> None:
        colors = theme.colors(self._model.theme)
        # The article in its own language's fonts (English shown with a
        # Chinese display language keeps Latin quotes and apostrophes).
        font = font_for(self.text_language, self._model.text_size)
        markdown = self.markdown()
        # The display language too: it sets the fonts of the lines under the
        # title; the bundle's folder, whose images the page shows.
        wanted = (self._model.bundle.path, self._model.language, markdown, font.toString(), colors)
        if wanted == self._rendered:
            return
        # Moves of the view while the text is replaced are not the reader's.
        self._restoring = True
        self._set_style_sheet(
            self.browser,
            "_browser_style",
            f"QTextBrowser {{ background: {colors.base}; color: {colors.text}; border: none; }}",
        )
        self.browser.bundle_path = self._model.bundle.path
        if self._rendered:  # (not the browser's own empty document, before the first page)
            shown = self.browser.document()
            shown.setParent(self)  # kept: setDocument deletes a document its editor owns
            self._documents[self._rendered] = shown
        document = self._documents.pop(wanted, None)
        if document is None:
            document = self._new_document(markdown, font, colors)
        # The browser's child again, which loads its images (from the bundle only).
        document.setParent(self.browser)
        self.browser.setDocument(document)
        self._rendered = wanted
        while len(self._documents) > KEPT_DOCUMENTS:
            self._documents.pop(next(iter(self._documents))).deleteLater()
        # The edit cursor would sit at the end and pull the view there.
        self.browser.setTextCursor(QTextCursor(document))
        # Positions moved with the new text: find the highlights again.
        self._show_fact(self._model.selected_fact, scroll=False)
        if self.find_bar.isVisible():
            self.find_bar.search()
        self._restoring = False
        self._on_scroll_range_changed(0, self.browser.verticalScrollBar().maximum())

    def _new_document(self, markdown: str, font, colors: theme.Colors) -> QTextDocument:
        """The page as a document of its own, figures marked."""
        document = QTextDocument(self.browser)
        # Margin and font first: set after the text, each would lay it out again.
        document.setDocumentMargin(18)
        document.setDefaultFont(font)
        document.setMarkdown(markdown, MARKDOWN)
        self._header_in_display_language(document)
        self._mark_fact_links(document, colors)
        return document

    def _header_in_display_language(self, document: QTextDocument) -> None:
        """The lines under the title written in the display language (date,
        publisher, links) in its fonts, where the article is in another."""
        language = self._model.language
        if language == self.text_language:
            return
        start = document.firstBlock().next()  # the title is the article's
        end = start
        ruler = QTextFormat.Property.BlockTrailingHorizontalRulerWidth
        while end.isValid() and not end.blockFormat().hasProperty(ruler):
            end = end.next()
        if not start.isValid() or not end.isValid():
            return
        cursor = QTextCursor(document)
        cursor.setPosition(start.position())
        cursor.setPosition(end.position(), QTextCursor.MoveMode.KeepAnchor)
        header = QTextCharFormat()
        header.setFontFamilies(families(language))
        cursor.mergeCharFormat(header)

    def _fact_links(self, document: QTextDocument | None = None):
        """(fact id, cursor over its figure) for every figure in the text
        (of the document shown, by default)."""
        document = document if document is not None else self.browser.document()
        block = document.begin()
        while block.isValid():
            iterator = block.begin()
            while not iterator.atEnd():
                fragment = iterator.fragment()
                href = fragment.charFormat().anchorHref()
                if href.startswith("fact:"):
                    cursor = QTextCursor(document)
                    cursor.setPosition(fragment.position())
                    cursor.setPosition(fragment.position() + fragment.length(), QTextCursor.MoveMode.KeepAnchor)
                    yield href.removeprefix("fact:"), cursor
                iterator += 1
            block = block.next()

    def _mark_fact_links(self, document: QTextDocument, colors: theme.Colors) -> None:
        """Give every figure linked to a fact a visible background."""
        marked = QTextCharFormat()
        marked.setBackground(QColor(colors.fact_link))
        marked.setForeground(QColor(colors.accent))
        marked.setFontUnderline(False)
        marked.setFontWeight(600)
        for _fact_id, cursor in list(self._fact_links(document)):
            cursor.mergeCharFormat(marked)

    def _update_banner(self) -> None:
        bundle, language = self._model.bundle, self._model.language
        translated = bundle.text_language(language) != bundle.original_language
        untranslated = language not in bundle.texts
        shown = translated or self._show_original or untranslated
        self._banner.setVisible(shown)
        self._original_button.setVisible(translated or self._show_original)
        colors = theme.colors(self._model.theme)
        self._set_style_sheet(
            self._banner, "_banner_style", f"#translationBanner {{ background: {colors.fact_link}; }}"
        )
        if not shown:  # the language's name needs Babel's locale data: not loaded for nothing
            return
        original_name = language_name(bundle.original_language, language)
        if self._show_original:
            self._banner_label.setText(self.tr("Showing the original text (%1).").replace("%1", original_name))
            self._original_button.setText(self.tr("Show translation"))
        elif untranslated:
            self._banner_label.setText(
                self.tr("This article is published in %1 only; the charts follow your language.").replace(
                    "%1", original_name
                )
            )
        else:
            self._banner_label.setText(
                self.tr("This is a translation. The original text (%1) is the official one.").replace(
                    "%1", original_name
                )
            )
            self._original_button.setText(self.tr("Show original"))

    def _set_style_sheet(self, widget: QWidget, kept: str, sheet: str) -> None:
        """Set a style sheet only when it changes: each setting re-polishes
        the widget and its children."""
        if getattr(self, kept) != sheet:
            setattr(self, kept, sheet)
            widget.setStyleSheet(sheet)

    # -- print and PDF ------------------------------------------------------------
    def print_article(self) -> None:
        from ui.article_output import print_article  # deferred: Qt's print support is slow to load

        print_article(self.browser.document(), self)

    def save_pdf(self) -> str:
        """Ask where, then save the article as PDF; returns a status sentence."""
        bundle = self._model.bundle
        from PySide6.QtWidgets import QFileDialog, QMessageBox  # deferred: PySide builds dialog classes on import

        from ui.article_output import article_pdf  # deferred: Qt's print support is slow to load

        suggested = Path.home() / f"{bundle.id}-{self.text_language}.pdf"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save article as PDF"), str(suggested), "PDF (*.pdf)")
        if not path:
            return ""
        try:
            write_atomically(
                Path(path), article_pdf(self.browser.document(), localized(bundle.title, self.text_language))
            )
        except WriteError as error:
            message = self.tr("The article could not be saved: %1").replace("%1", str(error))
            QMessageBox.warning(self, self.tr("Save article as PDF"), message)
            return message
        return self.tr("Saved the article to %1").replace("%1", path)

    # -- highlights ---------------------------------------------------------------
    def _set_highlights(self, kind: str, selections: list) -> None:
        self._highlights[kind] = selections
        self.browser.setExtraSelections(self._highlights["fact"] + self._highlights["find"])

    def fact_link_cursor(self, fact_id: str) -> QTextCursor | None:
        """A cursor over the figure linked to `fact_id`, or None."""
        return next((cursor for linked, cursor in self._fact_links() if linked == fact_id), None)

    @property
    def highlighted_text(self) -> str:
        """The sentence highlighted for the selected fact ('' if none)."""
        return "".join(s.cursor.selectedText() for s in self._highlights["fact"])

    def _show_fact(self, fact_id: str, scroll: bool = True) -> None:
        link = self.fact_link_cursor(fact_id) if fact_id else None
        if link is None:
            self._set_highlights("fact", [])
            return
        block = link.block()
        start, end = sentence_bounds(
            block.text(), link.selectionStart() - block.position(), link.selectionEnd() - block.position()
        )
        sentence = QTextCursor(block)
        sentence.setPosition(block.position() + start)
        sentence.setPosition(block.position() + end, QTextCursor.MoveMode.KeepAnchor)
        selection = QTextEdit.ExtraSelection()
        selection.cursor = sentence
        selection.format = QTextCharFormat()
        selection.format.setBackground(QColor(theme.colors(self._model.theme).highlight))
        self._set_highlights("fact", [selection])
        if scroll:
            cursor = QTextCursor(link)
            cursor.clearSelection()
            self.browser.setTextCursor(cursor)
            self.browser.ensureCursorVisible()

    def _on_fact_selected(self, fact_id: str) -> None:
        self._show_fact(fact_id)

    # -- handlers ---------------------------------------------------------------
    def _on_scrolled(self, value: int) -> None:
        maximum = self.browser.verticalScrollBar().maximum()
        if not self._restoring and maximum:
            self._position = value / maximum

    def _on_scroll_range_changed(self, _minimum: int, maximum: int) -> None:
        restoring, self._restoring = self._restoring, True
        self.browser.verticalScrollBar().setValue(round(self._position * maximum))
        self._restoring = restoring

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
