"""One import, start to end: read the source, find its structure and
figures, propose facts and charts, write the bundle. Each step reports
progress and can be cancelled; no Qt here, so it runs on any thread."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from app.importing.errors import ImportCancelled, ImportFailed
from app.importing.figures import FoundFigure, find_figures
from app.importing.page import PageArticle, read_page
from app.importing.proposals import Proposal, propose
from app.importing.sources import read_source
from app.importing.writer import bundle_language, write_bundle

Progress = Callable[[int, str], None]  # (percent done, what is happening)


@dataclass
class ReadArticle:
    """A page read and its figures found, before the reader reviews them."""

    article: PageArticle
    figures: list[FoundFigure]

    @property
    def source_name(self) -> str:
        return self.article.publisher or "Article"


def read_article(
    source: str, cancelled: Callable[[], bool] | None = None, progress: Progress | None = None
) -> ReadArticle:
    """Read `source` (a file or an http(s) address) and find its figures."""
    report = progress or (lambda _percent, _what: None)
    stop = cancelled or (lambda: False)
    report(5, "reading")
    raw = read_source(source, cancelled=stop)
    if stop():
        raise ImportCancelled(source)
    report(50, "finding the article")
    article = read_page(raw)
    report(75, "finding the figures")
    figures = find_figures(article)
    if stop():
        raise ImportCancelled(source)
    if not figures:
        raise ImportFailed("no figures were found in the article", source)
    report(90, "proposing charts")
    return ReadArticle(article, figures)


def save_article(
    read: ReadArticle, library: Path, figures: list[FoundFigure] | None = None, terms: list[str | None] | None = None
) -> tuple[Path, Proposal]:
    """Write the bundle for the accepted `figures` (all found by default),
    each mapped to the glossary term in `terms` where given."""
    accepted = read.figures if figures is None else figures
    proposal = propose(accepted, read.source_name, terms=terms, language=bundle_language(read.article))
    return write_bundle(read.article, proposal, library), proposal
