"""A figure the finder missed, marked by the reader: a selection in the
article's text, read by the finder's own rules (app.importing.figures:
value and unit from the quantity parser, then kind, measure, period and
indicator from the sentence around it), and added to the figures in
reading order.

Positions are offsets in article_text(): the paragraphs joined by blank
lines, as the review shows them.
"""

from __future__ import annotations

from dataclasses import replace

from app.importing.errors import SelectionRefused
from app.importing.figures import FoundFigure, find_figures
from app.importing.page import PageArticle
from app.importing.pipeline import ReadArticle
from app.importing.quantities import (
    ENGLISH,
    HALF_WIDTH,
    Numerals,
    Quantity,
    find_quantities,
    lone_quantity,
    numerals_for,
    shifted,
)

PARAGRAPH_BREAK = "\n\n"
# Never part of a figure at the edges of a selection: spaces, stops,
# brackets and quotation marks ("%", "$" and "¥" are).
EDGES = frozenset(" \t\r\n\u00a0\u3000.,;:!?()[]{}\"'“”‘’。，；：！？（）、")


def article_text(article: PageArticle) -> str:
    """The article's paragraphs as one text, a blank line between them."""
    return PARAGRAPH_BREAK.join(article.paragraphs)


def text_position(article: PageArticle, paragraph: int, offset: int) -> int:
    """Where `offset` of a paragraph is in article_text()."""
    return sum(len(text) + len(PARAGRAPH_BREAK) for text in article.paragraphs[:paragraph]) + offset


def trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """The span `start:end` of `text` (either way round) without spaces and
    punctuation at its edges; empty when it holds nothing else."""
    start, end = max(0, min(start, end)), min(len(text), max(start, end))
    while start < end and text[start] in EDGES:
        start += 1
    while end > start and text[end - 1] in EDGES:
        end -= 1
    return start, end


def figure_at(read: ReadArticle, start: int, end: int) -> int:
    """The index of the figure a selection overlaps (the first), or of the
    figure a click at `start` == `end` falls on; -1 for none."""
    text = article_text(read.article)
    if start != end:
        start, end = trimmed(text, start, end)
        if start == end:
            return -1
    for index, figure in enumerate(read.figures):
        first = text_position(read.article, figure.paragraph, figure.start)
        last = first + len(figure.quote)
        if (first <= start <= last) if start == end else (first < end and start < last):
            return index
    return -1


def paragraph_span(article: PageArticle, start: int, end: int) -> tuple[int, int, int]:
    """A selection of article_text() as (paragraph, start, end) in that
    paragraph's offsets, trimmed; SelectionRefused when nothing is left or
    it runs over more than one paragraph."""
    text = article_text(article)
    first, last = trimmed(text, start, end)
    at = 0
    for index, paragraph in enumerate(article.paragraphs):
        if first < last and first < at + len(paragraph):
            if last > at + len(paragraph):
                raise SelectionRefused("several_paragraphs", text[first:last])
            return index, first - at, last - at
        at += len(paragraph) + len(PARAGRAPH_BREAK)
    raise SelectionRefused("no_number", text[min(start, end) : max(start, end)])


def selected_quantity(selected: str, numerals: Numerals = ENGLISH) -> Quantity:
    """The one figure of a selection as the quantity parser reads it, else
    its one number (lone_quantity: unit '' when none is written)."""
    selected = selected.translate(HALF_WIDTH)  # full-width digits read as ASCII ones
    found = find_quantities(selected, numerals)
    if len(found) == 1:
        return found[0]
    lone = None if found else lone_quantity(selected, numerals)
    if lone is not None:
        return lone
    several = found or numerals.number.search(selected)
    raise SelectionRefused("several_numbers" if several else "no_number", selected)


def figure_from_selection(read: ReadArticle, start: int, end: int) -> FoundFigure:
    """The figure a selection of article_text() marks: its quote the
    selected text; value and unit read from it; kind, measure, period,
    indicator and growth link read from the sentence around it by the
    finder, as if the finder had found it (`growth_of` indexes
    read.figures). SelectionRefused says why a selection is not one figure.
    A selection over a figure already found is the caller's to check
    (figure_at)."""
    paragraph, first, last = paragraph_span(read.article, start, end)
    text = read.article.paragraphs[paragraph]
    quantity = shifted(selected_quantity(text[first:last], numerals_for(read.article.language)), first)
    figures = find_figures(read.article, [(paragraph, quantity)])
    figure = next((f for f in figures if (f.paragraph, f.start) == (paragraph, quantity.start)), None)
    if figure is None:  # (a number no statistic could be)
        raise SelectionRefused("no_number", text[first:last])
    growth_of = -1
    if figure.growth_of >= 0:
        level = figures[figure.growth_of]
        growth_of = next(
            (i for i, f in enumerate(read.figures) if (f.paragraph, f.start) == (level.paragraph, level.start)), -1
        )
    return replace(figure, quote=text[first:last], start=first, end=last, growth_of=growth_of)


def with_figure(read: ReadArticle, figure: FoundFigure) -> tuple[ReadArticle, int]:
    """The article with `figure` added among its figures in reading order,
    and the index it got; growth links past it follow their figures."""
    place = (figure.paragraph, figure.start)
    index = next((i for i, f in enumerate(read.figures) if (f.paragraph, f.start) > place), len(read.figures))

    def moved(found: FoundFigure) -> FoundFigure:
        return replace(found, growth_of=found.growth_of + 1) if found.growth_of >= index else found

    figures = [moved(f) for f in read.figures]
    figures.insert(index, moved(figure))
    return replace(read, figures=figures), index
