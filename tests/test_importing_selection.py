"""A figure the finder missed, marked by selecting it in the text: read by
the finder's own rules, added in reading order, linked and charted like
the figures found."""

from __future__ import annotations

import datetime as dt

import pytest

from app.importing.errors import ImportFailed, SelectionRefused
from app.importing.figures import find_figures
from app.importing.page import PageArticle
from app.importing.pipeline import ReadArticle
from app.importing.proposals import propose
from app.importing.quantities import Quantity
from app.importing.selection import article_text, figure_at, figure_from_selection, text_position, with_figure
from app.importing.writer import article_markdown

# "reached1.2" and "of12%" lost their spaces in a copy: the finder reads
# neither as a figure, as it reads no number glued to a word.
PARAGRAPHS = (
    "In the first half of 2019, grain output in the province reached1.2 million tonnes, "
    "while steel output reached 3.4 million tonnes.",
    "Exports of farm products totalled 5.6 billion yuan, an increase of12% year on year. "
    "Container throughput was 850,000 TEU in 2019.",
)


@pytest.fixture()
def read() -> ReadArticle:
    article = PageArticle("Output in the first half", dt.date(2019, 7, 20), "Bureau", "", "", "en", PARAGRAPHS)
    return ReadArticle(article, find_figures(article))


def span(read: ReadArticle, selected: str, occurrence: int = 0) -> tuple[int, int]:
    """Where `selected` is in the review's text, as a selection."""
    text = article_text(read.article)
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(selected, start + 1)
    return start, start + len(selected)


def test_the_finder_misses_the_figures_the_tests_mark(read: ReadArticle) -> None:
    assert [f.quote for f in read.figures] == ["3.4 million tonnes", "5.6 billion yuan"]


def test_a_missed_amount_is_read_by_the_finders_rules(read: ReadArticle) -> None:
    figure = figure_from_selection(read, *span(read, "1.2 million tonnes"))
    assert (figure.quote, figure.value, figure.unit) == ("1.2 million tonnes", 1.2e6, "tonnes")
    assert (figure.period, figure.kind, figure.measure, figure.growth_of) == (
        "2019-01..2019-06",
        "reported",
        "level",
        -1,
    )
    assert figure.indicator == "grain output in the province"
    assert figure.paragraph == 0 and PARAGRAPHS[0][figure.start : figure.end] == figure.quote
    assert text_position(read.article, figure.paragraph, figure.start) == span(read, "1.2 million tonnes")[0]


def test_the_quote_is_the_selection_without_spaces_and_stops_at_its_edges(read: ReadArticle) -> None:
    start, end = span(read, "1.2 million tonnes, while")
    figure = figure_from_selection(read, end - len(" while"), start)  # dragged from the right
    assert figure.quote == "1.2 million tonnes" and figure.end - figure.start == len(figure.quote)


def test_a_selection_taking_in_the_glued_word_still_reads_the_figure(read: ReadArticle) -> None:
    figure = figure_from_selection(read, *span(read, "reached1.2 million tonnes"))
    assert (figure.quote, figure.value, figure.unit) == ("reached1.2 million tonnes", 1.2e6, "tonnes")


def test_a_missed_growth_rate_is_linked_to_its_level(read: ReadArticle) -> None:
    figure = figure_from_selection(read, *span(read, "12%"))
    assert (figure.value, figure.unit, figure.measure) == (12.0, "percent", "growth")
    assert read.figures[figure.growth_of].quote == "5.6 billion yuan"
    assert figure.indicator == "exports of farm products" and figure.period == "2019-01..2019-06"


def test_a_number_the_parser_gives_no_unit_keeps_its_value_for_the_reader_to_name(read: ReadArticle) -> None:
    figure = figure_from_selection(read, *span(read, "850,000 TEU in 2019"))
    assert (figure.quote, figure.value, figure.unit) == ("850,000 TEU in 2019", 850000.0, "")
    assert figure.indicator == "container throughput" and figure.period == "2019"


@pytest.mark.parametrize(
    ("selected", "reason"),
    [
        ("grain output in the province", "no_number"),
        (", ", "no_number"),
        ("3.4 million tonnes.\n\nExports of farm products totalled 5.6", "several_paragraphs"),
        ("reached1.2 million tonnes, while steel output reached 3.4", "several_numbers"),
    ],
)
def test_a_selection_that_is_not_one_figure_is_refused(read: ReadArticle, selected: str, reason: str) -> None:
    with pytest.raises(SelectionRefused) as refused:
        figure_from_selection(read, *span(read, selected))
    assert refused.value.reason == reason
    assert isinstance(refused.value, ImportFailed) and "“" in str(refused.value)


def test_selection_refused_names_what_and_where() -> None:
    error = SelectionRefused("no_number", "grain\n output")
    assert str(error) == "the selection holds no number (“grain output”)"


def test_figure_at_finds_the_figure_a_selection_overlaps_or_a_click_falls_on(read: ReadArticle) -> None:
    start, end = span(read, "steel output reached 3.4")
    assert figure_at(read, start, end) == 0
    assert figure_at(read, *span(read, "5.6 billion yuan")) == 1
    assert figure_at(read, end, end) == 0  # a click inside "3.4 million tonnes"
    assert figure_at(read, *span(read, "grain output")) == -1
    assert figure_at(read, *span(read, ", an increase")) == -1  # touching the figure is not overlapping it


def test_added_figures_go_in_reading_order_and_growth_links_follow(read: ReadArticle) -> None:
    growth = figure_from_selection(read, *span(read, "12%"))
    read, index = with_figure(read, growth)
    assert index == 2 and read.figures[2].growth_of == 1
    amount = figure_from_selection(read, *span(read, "1.2 million tonnes"))
    read, index = with_figure(read, amount)
    assert index == 0
    assert [f.quote for f in read.figures] == ["1.2 million tonnes", "3.4 million tonnes", "5.6 billion yuan", "12%"]
    assert read.figures[3].growth_of == 2  # still "5.6 billion yuan"


def test_added_figures_are_linked_in_the_text_and_charted(read: ReadArticle) -> None:
    for selected in ("1.2 million tonnes", "12%"):
        read, _ = with_figure(read, figure_from_selection(read, *span(read, selected)))
    proposal = propose(read.figures, read.source_name)
    by_quote = {fact.quote: fact for fact in proposal.facts if fact.quote}
    grain, growth = by_quote["1.2 million tonnes"], by_quote["12%"]
    text = article_markdown(read.article, proposal.facts)
    assert f"reached[1.2 million tonnes](fact:{grain.id})" in text
    assert f"increase of[12%](fact:{growth.id})" in text
    assert growth.growth_of == by_quote["5.6 billion yuan"].id
    charted = {fact for chart in proposal.charts for fact in chart.facts}
    assert {grain.id, by_quote["3.4 million tonnes"].id} <= charted  # amounts in tonnes side by side
    assert any(f.kind == "derived" and f.period == "2018-01..2018-06" for f in proposal.facts)  # from the 12%


def test_a_marked_number_replaces_the_found_one_it_overlaps(read: ReadArticle) -> None:
    start = PARAGRAPHS[0].index("3.4")
    marked = Quantity(start, start + len("3.4 million"), 3.4e6, "tonnes")
    figures = find_figures(read.article, [(0, marked)])
    assert [f.quote for f in figures] == ["3.4 million", "5.6 billion yuan"]
    assert figures[0].indicator == "steel output"
