"""The article in a page: title, date, publisher, translator, address,
language and body paragraphs, without the site around it.

HTML bodies come from trafilatura, which is good at telling an article from
its page; the page's own lines (app.importing.htmltext) give the metadata
lines trafilatura drops ("Source: ...", "Translator: ...") and stand in for
the body when trafilatura finds none. Plain-text copies go through the same
line rules (app.importing.chrome).
"""

from __future__ import annotations

import datetime as dt
import functools
import logging
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit

from app.importing.chrome import RELATED, Line, classify, is_sentence, normalize, strip_dateline, words
from app.importing.dates import parse_iso
from app.importing.errors import ImportFailed
from app.importing.grids import Grid, page_grids, text_tables, with_grids, without_tables
from app.importing.htmltext import HtmlText, html_text
from app.importing.sources import RawPage

# libxml2 (under trafilatura) silently drops everything nested deeper than
# this, so such pages are read by our own tokenizer only.
LXML_DEPTH = 250
TITLE_SEPARATOR = re.compile(r"\s+(?:[-|_–—·]|::)\s+")
HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
KANA = re.compile(r"[\u3040-\u30ff]")
HANGUL = re.compile(r"[\uac00-\ud7af\u1100-\u11ff\u3130-\u318f]")
LETTER = re.compile(r"[^\W\d_]")
# A word of a Latin-script language; an elision (l', d') is a word of its own.
LATIN_WORD = re.compile(r"[a-zà-ÿœæ]+")
LINE_END = re.compile(r"[.!?:;。！？：；\"”’)]$")
BLANK_LINE = re.compile(r"\n[ \t\u3000\u00a0]*\n")
CONTINUES = re.compile(r"[a-z(\d]")
TWO_LETTERS = re.compile(r"[a-z]{2}")


@dataclass(frozen=True)
class PageArticle:
    """What an import needs from a page. `date` is the publication date,
    `publisher` the source organisation (or the site), `url` the article's
    own address, `language` a two-letter code. `grids` are the paragraphs
    that are tables of figures, by index."""

    title: str
    date: dt.date | None
    publisher: str
    translator: str
    url: str
    language: str
    paragraphs: tuple[str, ...]
    grids: dict[int, Grid] = field(default_factory=dict)


@dataclass(frozen=True)
class _Meta:
    """What the metadata lines of a page say."""

    date: dt.date | None = None
    publisher: str = ""
    translator: str = ""
    url: str = ""
    original: str = ""
    site: str = ""


def read_page(raw: RawPage) -> PageArticle:
    """The article in a page; ImportFailed when there is no article text."""
    article = read_html(raw) if raw.kind == "html" else read_text(raw)
    if not any(len(words(text)) >= 4 or len(HAN.findall(text)) >= 10 for text in article.paragraphs):
        raise ImportFailed("no article text found on the page", raw.address)
    return article


def read_text(raw: RawPage) -> PageArticle:
    """A plain-text copy of a page, site chrome and all; its tables of
    figures (tab-separated or aligned with spaces) among its paragraphs."""
    grids = page_grids(text_tables(raw.text))
    lines = [classify(text) for text in text_paragraphs(without_tables(raw.text, grids))]
    title_at = pick_title(lines)
    meta = gather(lines, title_at)
    body = body_lines(lines[title_at + 1 :])
    title = lines[title_at].text if title_at >= 0 else ""
    paragraphs, agency = finish_body(body, title)
    raw_lines = [normalize(line) for line in raw.text.splitlines()]
    paragraphs, placed = with_grids(paragraphs, grids, raw_lines)
    url = meta.url or meta.original or (raw.address if raw.address.startswith(("http://", "https://")) else "")
    return PageArticle(
        title=title,
        date=meta.date,
        publisher=meta.publisher or agency or meta.site,
        translator=meta.translator,
        url=url,
        language=text_language(" ".join(paragraphs)),
        paragraphs=paragraphs,
        grids=placed,
    )


def text_paragraphs(text: str) -> list[str]:
    """Paragraphs of a text: blocks between blank lines. A hard-wrapped
    block (see is_wrapped) is one paragraph; in other blocks each line is a
    paragraph, except a line that plainly continues the one before (it
    starts in lower case after a line that stops mid-sentence)."""
    paragraphs: list[str] = []
    for block in BLANK_LINE.split(text.replace("\r\n", "\n").replace("\r", "\n")):
        lines = [normalize(line) for line in block.split("\n")]
        lines = [line for line in lines if line]
        if is_wrapped(lines):
            paragraphs.append(join_wrapped(lines))
            continue
        current = ""
        for line in lines:
            if current and not LINE_END.search(current) and CONTINUES.match(line):
                current = join_wrapped([current, line])
            else:
                if current:
                    paragraphs.append(current)
                current = line
        if current:
            paragraphs.append(current)
    return paragraphs


def is_wrapped(lines: Sequence[str]) -> bool:
    """Hard-wrapped prose: three lines or more, all but the last filling most
    of one wrap width (at most 100 characters) and mostly stopping
    mid-sentence. A heading or a date line above a paragraph is not."""
    if len(lines) < 3:
        return False
    inner = lines[:-1]
    width = max(len(line) for line in lines)
    full = sum(1 for line in inner if len(line) >= 0.75 * width)
    open_ends = sum(1 for line in inner if not LINE_END.search(line))
    return width <= 100 and full * 3 >= len(inner) * 2 and open_ends * 2 >= len(inner)


def join_wrapped(lines: Sequence[str]) -> str:
    """Hard-wrapped lines as one paragraph; a line ending in a hyphen is
    joined without a space ("foreign-" + "invested")."""
    text = lines[0]
    for line in lines[1:]:
        text = text + line if text.endswith("-") else text + " " + line
    return text


def pick_title(lines: Sequence[Line]) -> int:
    """Index of the headline: the longest short content line before the
    first prose paragraph (menus and section names are shorter), or -1."""
    best, best_length = -1, 0
    for index, line in enumerate(lines):
        if line.role != "content":
            continue
        if is_sentence(line.text):
            break
        count = len(words(line.text)) + len(HAN.findall(line.text)) // 2
        if 2 <= count <= 30 and len(line.text) > best_length:
            best, best_length = index, len(line.text)
    return best


def gather(lines: Sequence[Line], title_at: int) -> _Meta:
    """Metadata from the metadata lines; a date after the headline wins
    over one before it (headers show today's date or a site launch date)."""
    meta = [line for line in lines if line.role != "content"]
    after = [line for line in lines[title_at + 1 :] if line.role == "meta"]
    date = next((line.date for line in after if line.date), None)
    date = date or next((line.date for line in meta if line.date), None)
    return _Meta(
        date=date,
        publisher=next((line.publisher for line in meta if line.publisher), ""),
        translator=next((line.translator for line in meta if line.translator), ""),
        url=next((line.url for line in meta if line.url), ""),
        original=next((line.original for line in meta if line.original), ""),
        site=next((line.site for line in meta if line.site), ""),
    )


def body_lines(lines: Iterable[Line]) -> list[str]:
    """The content lines, without a "Related news" list and what follows it."""
    body: list[str] = []
    in_related = False
    for line in lines:
        if RELATED.match(line.text):
            in_related = True
            continue
        if in_related and not is_sentence(line.text):
            continue
        in_related = False
        if line.role == "content":
            body.append(line.text)
    return body


def finish_body(body: Sequence[str], title: str) -> tuple[tuple[str, ...], str]:
    """Paragraphs without repeats, the headline or a news agency's dateline;
    and the agency that dateline names."""
    seen = {title.casefold()} if title else set()
    paragraphs: list[str] = []
    agency = ""
    for text in body:
        if not paragraphs:
            text, agency = strip_dateline(text)
        key = text.casefold()
        if text and key not in seen:
            seen.add(key)
            paragraphs.append(text)
    return tuple(paragraphs), agency


def read_html(raw: RawPage) -> PageArticle:
    """An HTML page: trafilatura for the body, our own lines for metadata."""
    page = html_text(raw.text)
    lines = [classify(text) for text, _ in page.lines]
    web = raw.address if raw.address.startswith(("http://", "https://")) else None
    extracted = None if page.depth > LXML_DEPTH else extract(raw.text, web)
    title = page.h1 or page.og_title or (extracted or {}).get("title") or title_part(page)
    title = normalize(title or "")
    title_at = next((index for index, line in enumerate(lines) if line.text == title), -1)
    meta = gather(lines, title_at)
    body: list[str] = []
    if extracted and extracted.get("text"):
        body = body_lines(classify(text) for text in extracted["text"].split("\n"))
    grids = page_grids(page.tables)
    if not body:
        in_grids = {index for table, _ in grids for index in range(table.line, table.end_line)}
        own = [
            line
            for index, (line, (_, chrome)) in enumerate(zip(lines, page.lines))
            if not chrome and index not in in_grids
        ]
        start = next((index for index, line in enumerate(own) if line.text == title), -1)
        body = body_lines(own[start + 1 :])
    paragraphs, agency = finish_body(body, title)
    paragraphs, placed = with_grids(paragraphs, grids, [text for text, _ in page.lines])
    date = meta.date or parse_iso(page.published) or parse_iso((extracted or {}).get("date"))
    publisher = meta.publisher or agency or page.site_name or meta.site or site_part(page, title)
    url = web_address((page.canonical, page.og_url, meta.url, web, meta.original), web)
    return PageArticle(
        title=title,
        date=date,
        publisher=publisher or (extracted or {}).get("sitename") or "",
        translator=meta.translator,
        url=url or "",
        language=page_language(page.lang, " ".join(paragraphs)),
        paragraphs=paragraphs,
        grids=placed,
    )


def web_address(candidates: tuple[str | None, ...], base: str | None) -> str:
    """The first candidate that is an http(s) address, a relative one made
    whole against the page's own address: a canonical link to
    "javascript:..." or "/x.html" is no source to cite or open."""
    for candidate in candidates:
        if not candidate:
            continue
        address = urljoin(base, candidate.strip()) if base else candidate.strip()
        parts = urlsplit(address)
        if parts.scheme in ("http", "https") and parts.netloc:
            return address
    return ""


def extract(markup: str, url: str | None) -> dict[str, str] | None:
    """trafilatura's reading of the page, or None when it finds nothing."""
    import trafilatura  # slow to import: only when a page is read

    # trafilatura logs a warning for every page it finds no text in; the
    # caller hears about that as an ImportFailed instead.
    logging.getLogger("trafilatura").setLevel(logging.ERROR)
    try:
        document = trafilatura.bare_extraction(
            markup,
            url=url,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            favor_precision=True,
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except (ValueError, TypeError, AttributeError, RecursionError, LookupError, AssertionError):
        # (lxml asserts in htmldate's cleaning of a tree with no root, such
        # as "</ HTML> <BODY> <SCRIPT>".)
        return None  # our own reading of the lines takes over
    if document is None:
        return None
    fields = document if isinstance(document, dict) else document.as_dict()
    return {key: str(fields.get(key) or "") for key in ("title", "text", "date", "sitename", "url")}


def title_part(page: HtmlText) -> str:
    """The headline part of a <title> such as "Headline - Site name"."""
    parts = TITLE_SEPARATOR.split(page.title)
    return parts[0] if parts else ""


def site_part(page: HtmlText, title: str) -> str:
    """The site name part of the <title>, when it has one."""
    parts = TITLE_SEPARATOR.split(page.title)
    return parts[-1] if len(parts) > 1 and parts[-1] != title else ""


def page_language(declared: str, text: str) -> str:
    """The declared <html lang> when the text's script agrees, else the
    text's; French words win over a declared Latin language (a site's
    template often says "en" on every page)."""
    guessed = text_language(text)
    code = declared.strip().lower().replace("_", "-").split("-")[0]
    if not TWO_LETTERS.fullmatch(code) or guessed == "fr":
        return guessed
    cjk = {"zh", "ja", "ko"}
    return code if (code in cjk) == (guessed in cjk) else guessed


def text_language(text: str) -> str:
    """zh, ja, ko from the script of the text (Han, Kana, Hangul); fr when
    French function words (jusText's stop lists) are at least three and
    twice the English ones; else en."""
    sample = text[:20000]
    letters = len(LETTER.findall(sample)) or 1
    hangul, kana, han = (len(pattern.findall(sample)) for pattern in (HANGUL, KANA, HAN))
    if hangul > 0.3 * letters:
        return "ko"
    if han + kana > 0.3 * letters:
        return "ja" if kana > 0.05 * (han + kana) else "zh"
    french, english = _stop_words()
    tokens = LATIN_WORD.findall(sample.lower())
    in_french = sum(token in french for token in tokens)
    return "fr" if in_french >= 3 and in_french >= 2 * sum(token in english for token in tokens) else "en"


@functools.cache
def _stop_words() -> tuple[frozenset[str], frozenset[str]]:
    """jusText's French and English stop words (the common words of each
    language), read once, when the first Latin-script text is."""
    from justext import get_stoplist

    return get_stoplist("French"), get_stoplist("English")
