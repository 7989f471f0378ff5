"""An HTML page as lines of visible text, plus the metadata in its head.

A streaming tokenizer (the standard library's html.parser) rather than a
tree: it has no depth limit (libxml2 drops everything below 256 levels),
never recurses, and reads malformed markup the way it comes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

from app.importing.chrome import normalize

BLOCKS = {
    "address",
    "article",
    "aside",
    "blockquote",
    "br",
    "dd",
    "div",
    "dl",
    "dt",
    "figcaption",
    "figure",
    "footer",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hr",
    "li",
    "main",
    "nav",
    "ol",
    "p",
    "pre",
    "section",
    "table",
    "td",
    "th",
    "title",
    "tr",
    "ul",
}
HIDDEN = {"script", "style", "noscript", "template", "svg", "iframe", "select", "textarea", "object", "head"}
HEAD_TAGS = {"head", "title", "meta", "link", "script", "style", "base", "noscript", "template", "html"}
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr"}
CHROME_TAGS = {"nav", "header", "footer", "aside", "form", "menu"}
# Class and id words that mark page furniture on news and government sites.
CHROME_CLASS = re.compile(
    r"(?:^|[\s_-])(?:nav|navbar|menu|footer|foot|header|head|top|breadcrumbs?|crumbs?|position|location|"
    r"share|sharing|tools?|toolbar|copyright|related|sidebar|side|ads?|banner|lang|language|search|"
    r"comments?|recommend|hot|links)(?:$|[\s_-])",
    re.IGNORECASE,
)
DATE_META = {
    "article:published_time",
    "og:published_time",
    "pubdate",
    "publishdate",
    "publish_date",
    "publication_date",
    "date",
    "dc.date",
    "dc.date.issued",
    "dcterms.created",
    "firstpublishedtime",
    "publishtime",
}
MAX_SEARCH = 64  # how far down the open-tag stack an end tag may close
MAX_SPAN = 64  # the most columns or rows one cell may span


@dataclass
class Cell:
    """One cell of a table as written: its text, whether it is a <th>, and
    how many columns and rows it spans."""

    text: str
    header: bool
    columns: int = 1
    rows: int = 1


@dataclass
class PageTable:
    """A <table> of the page: its rows of cells, its caption, how many
    lines of the page come before it, whether it sits in page furniture and
    whether it holds another table (then it lays out the page). Its own
    lines are page.lines[line:end_line]."""

    rows: list[list[Cell]] = field(default_factory=list)
    caption_cell: Cell | None = None
    line: int = 0
    end_line: int = 0
    chrome: bool = False
    holds_table: bool = False

    @property
    def caption(self) -> str:
        return self.caption_cell.text if self.caption_cell else ""


@dataclass
class HtmlText:
    """The visible lines of a page (with whether each sits in page
    furniture) and what the head and markup say about the article."""

    lines: list[tuple[str, bool]] = field(default_factory=list)
    lang: str = ""
    canonical: str = ""
    og_url: str = ""
    og_title: str = ""
    site_name: str = ""
    published: str = ""
    title: str = ""
    h1: str = ""
    depth: int = 0  # deepest element nesting seen
    tables: list[PageTable] = field(default_factory=list)


class _Reader(HTMLParser):
    """Collects lines: a block tag ends the current line."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.page = HtmlText()
        self.stack: list[tuple[str, bool, bool]] = []  # tag, hidden, chrome
        self.hidden = 0
        self.chrome = 0
        self.open_heads = 0
        self.buffer: list[str] = []
        self.in_title = False
        self.in_h1 = False
        self.h1_parts: list[str] = []
        self.title_parts: list[str] = []
        self.open_tables: list[PageTable] = []
        self.cell: Cell | None = None  # the open cell or caption
        self.cell_parts: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name: value or "" for name, value in attrs}
        self.read_head(tag, values)
        if tag not in HEAD_TAGS:
            self.in_title = False  # a missing </title> ends at the first body tag
            if self.open_heads:
                self.handle_endtag("head")  # the body started without </head>
        if tag in BLOCKS:
            self.flush()
        if tag == "title":
            self.in_title = True
        if tag == "h1" and not self.page.h1:
            self.in_h1 = True
        if tag in VOID:
            return
        hidden = tag in HIDDEN
        marks = f"{values.get('class', '')} {values.get('id', '')}"
        chrome = tag in CHROME_TAGS or bool(CHROME_CLASS.search(marks))
        self.stack.append((tag, hidden, chrome))
        self.open_heads += tag == "head"
        self.page.depth = max(self.page.depth, len(self.stack))
        self.hidden += hidden
        self.chrome += chrome
        if tag in ("table", "tr", "td", "th", "caption"):
            self.open_table_part(tag, values)

    def handle_endtag(self, tag: str) -> None:
        if tag in BLOCKS:
            self.flush()
        if tag == "title":
            self.in_title = False
        if tag == "h1" and self.in_h1:
            self.in_h1 = False
            self.page.h1 = normalize("".join(self.h1_parts))
        # Close up to the matching open tag, as browsers do with missing end
        # tags; an end tag with no open match is ignored.
        for depth in range(len(self.stack) - 1, max(-1, len(self.stack) - 1 - MAX_SEARCH), -1):
            if self.stack[depth][0] == tag:
                for name, hidden, chrome in self.stack[depth:]:
                    self.hidden -= hidden
                    self.chrome -= chrome
                    self.open_heads -= name == "head"
                    if name == "table":
                        self.close_table()
                    elif name in ("td", "th", "caption"):
                        self.end_cell()
                del self.stack[depth:]
                break

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title_parts.append(data)
            return
        if self.hidden:
            return
        if self.in_h1:
            self.h1_parts.append(data)
        self.buffer.append(data)
        if self.cell is not None:
            self.cell_parts.append(data)

    def open_table_part(self, tag: str, values: dict[str, str]) -> None:
        """A table, row, cell or caption opens: a page's tables are kept as
        rows of cells besides its lines."""
        self.end_cell()
        if tag == "table":
            if self.open_tables:
                self.open_tables[-1].holds_table = True
            # A hidden table counts as furniture: nothing of it is read.
            self.open_tables.append(PageTable(line=len(self.page.lines), chrome=self.chrome > 0 or self.hidden > 0))
            return
        if not self.open_tables:
            return
        table = self.open_tables[-1]
        if tag == "tr":
            table.rows.append([])
            return
        if tag == "caption":
            self.cell = Cell("", True)
            table.caption_cell = self.cell
            return
        if not table.rows:
            table.rows.append([])
        self.cell = Cell("", tag == "th", span(values.get("colspan")), span(values.get("rowspan")))
        table.rows[-1].append(self.cell)

    def end_cell(self) -> None:
        if self.cell is not None:
            self.cell.text = normalize("".join(self.cell_parts))
        self.cell, self.cell_parts = None, []

    def close_table(self) -> None:
        self.end_cell()
        table = self.open_tables.pop()
        table.end_line = len(self.page.lines)
        self.page.tables.append(table)

    def read_head(self, tag: str, values: dict[str, str]) -> None:
        """Language, canonical address, Open Graph and date metadata."""
        page = self.page
        if tag == "html" and not page.lang:
            page.lang = values.get("lang", "") or values.get("xml:lang", "")
        elif tag == "link" and "canonical" in values.get("rel", "").lower().split() and not page.canonical:
            page.canonical = values.get("href", "").strip()
        elif tag == "meta":
            key = (values.get("property") or values.get("name") or values.get("itemprop") or "").lower()
            content = values.get("content", "").strip()
            if key == "og:url" and not page.og_url:
                page.og_url = content
            elif key == "og:title" and not page.og_title:
                page.og_title = normalize(content)
            elif key in ("og:site_name", "application-name") and not page.site_name:
                page.site_name = normalize(content)
            elif key in DATE_META and not page.published:
                page.published = content

    def flush(self) -> None:
        """End the current line."""
        text = normalize("".join(self.buffer))
        self.buffer.clear()
        if text:
            self.page.lines.append((text, self.chrome > 0))

    def close(self) -> None:
        super().close()
        self.flush()
        while self.open_tables:
            self.close_table()
        self.page.title = normalize("".join(self.title_parts))
        if self.in_h1 and not self.page.h1:
            self.page.h1 = normalize("".join(self.h1_parts))


def span(text: str | None) -> int:
    """A colspan or rowspan attribute as a count of cells."""
    try:
        return min(MAX_SPAN, max(1, int((text or "1").strip())))
    except ValueError:
        return 1


def html_text(markup: str) -> HtmlText:
    """The lines and metadata of an HTML document."""
    reader = _Reader()
    if markup.rfind("<!--") > markup.rfind("-->"):
        markup += "-->"  # an unclosed comment hides the rest, as in a browser
    reader.feed(markup)
    reader.close()
    return reader.page
