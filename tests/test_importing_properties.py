"""Whatever a page holds, an import ends in a result or an ImportFailed,
quickly: never another exception, never a hang."""

from __future__ import annotations

import contextlib
import datetime as dt
import re
import time
from datetime import timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from app.importing.errors import ImportFailed
from app.importing.figures import find_figures
from app.importing.page import PageArticle, read_page
from app.importing.periods import resolve_period
from app.importing.sources import RawPage, read_source

UNITS = {"CNY", "USD", "percent", "percentage_points", "count", "times", "tonnes"}
PERIOD = re.compile(r"|\d{4}|\d{4}-\d{2}(?:\.\.\d{4}-\d{2})?|\d{4}-\d{2}-\d{2}(?:\.\.\d{4}-\d{2}-\d{2})?")
MARKUP = [
    "<p>",
    "</p>",
    "<div class='nav'>",
    "<div>",
    "</div>",
    "<h1>",
    "</h1>",
    "<br>",
    "<!--",
    "-->",
    "<script>",
    "</script>",
    "<title>",
    "</title>",
    "<html lang='zh'>",
    "<head>",
    "<body>",
    "&amp;",
    "&#xFFFF;",
    "&#99999999;",
    "<![CDATA[",
    "]]>",
    "<![if !IE]>",
    "<!DOCTYPE html>",
    "<meta charset='gbk'>",
    "<link rel=canonical href=x>",
    "<table><tr><td>",
    "</td>",
    "<ul><li>",
    "\n",
    "\n\n",
    "\u3000",
    "\ufeff",
]
WORDS = [
    "Source: Changsha Customs",
    "Translator: Li",
    "Home > News > Trade",
    "Download Print",
    "2019-01-16",
    "January 14, 2019",
    "Exports reached",
    "310 billion CNY",
    "in 2018",
    "up 28%",
    "an increase of",
    "down",
    "4,630 enterprises",
    "respectively",
    "and",
    ",",
    ".",
    ";",
    "accounted for",
    "of the total",
    "US$63 billion",
    "RMB 5 billion",
    "1.2 percentage points",
    "231 times",
    "6.3 million tonnes",
    "60 million tourist trips",
    "between January and July this year",
    "the first half",
    "Q1",
    "Jan-Oct",
    "Spring Festival holiday",
    "by the end of last year",
    "over the previous year",
    "year on year",
    "nearly",
    "more than",
    "No. 1",
    "3rd",
    "(2)",
    "Group 20",
    "0731-8221 2345",
    "www.example.com/1.html",
    "2019年1-7月",
    "进出口总值2498.5亿元",
    "同比增长41.6%",
    "4630家",
    "3.2个百分点",
    "1.5倍",
    "上半年",
    "-",
    "—",
    "%",
    "$",
    "9" * 30,
    "1,2,3,4",
    "1.2.3",
    "Hunan",
    "The",
    "they",
    "The figures were",
]
pieces = st.one_of(st.text(max_size=20), st.sampled_from(MARKUP), st.sampled_from(WORDS))
documents = st.lists(pieces, max_size=60).map(" ".join)
fast = settings(max_examples=120, deadline=timedelta(seconds=2), suppress_health_check=[HealthCheck.too_slow])


@pytest.fixture(scope="module", autouse=True)
def warm_up() -> None:
    """Import trafilatura and compile the patterns before the clock runs."""
    markup = "<html><body><p>Exports reached 5 billion yuan in 2018, up 5%.</p></body></html>"
    read_page(RawPage(markup, "html", "x", "utf-8"))


def check(article: PageArticle) -> None:
    """What every result promises."""
    assert all(text == text.strip() and text for text in article.paragraphs)
    assert len(article.language) == 2
    figures = find_figures(article)
    for figure in figures:
        assert article.paragraphs[figure.paragraph][figure.start : figure.end] == figure.quote
        assert figure.unit in UNITS
        assert figure.kind in ("estimate", "reported")
        assert figure.measure in ("level", "growth", "share")
        assert PERIOD.fullmatch(figure.period), figure.period
        assert -1 <= figure.growth_of < len(figures)


@fast
@given(documents, st.sampled_from(["html", "text"]))
@example("</ HTML> <BODY> <SCRIPT>", "html")  # a tree without a root: lxml asserted in trafilatura's date search
def test_read_page_gives_an_article_or_import_failed(markup: str, kind: str) -> None:
    try:
        article = read_page(RawPage(markup, kind, "page", "utf-8"))  # type: ignore[arg-type]
    except ImportFailed:
        return
    check(article)


@fast
@given(
    st.lists(st.one_of(st.sampled_from(WORDS), st.text(max_size=12)), max_size=40).map(" ".join),
    st.one_of(st.none(), st.dates(dt.date(1990, 1, 1), dt.date(2030, 12, 31))),
)
def test_find_figures_on_any_text(text: str, date: dt.date | None) -> None:
    check(PageArticle("t", date, "", "", "", "en", tuple(part.strip() for part in text.split("\n") if part.strip())))
    assert PERIOD.fullmatch(resolve_period(text, date))


@settings(
    max_examples=60,
    deadline=timedelta(seconds=2),
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    st.one_of(st.binary(max_size=4000), documents.map(lambda text: text.encode("utf-8", "surrogatepass"))),
    st.sampled_from([".html", ".txt", ".dat", ""]),
)
def test_read_source_on_any_file(tmp_path: Path, data: bytes, suffix: str) -> None:
    path = tmp_path / f"page{suffix}"
    path.write_bytes(data)
    try:
        raw = read_source(str(path), max_bytes=3000)
        check(read_page(raw))
    except ImportFailed:
        pass


@pytest.mark.parametrize(
    "text",
    [
        "exports " * 5000 + "reached 5 billion yuan, up 5%.",
        "the value of " * 3000 + "of 5 billion yuan.",
        "a" * 50000 + " 5%",
        '"' * 20000 + "5%",
        "January 14, 2019 " * 3000 + "5%",
        "in the first half of this year " * 2000 + "5%",
        "湖南省进出口总值" * 5000 + "2498.5亿元，同比增长41.6%。",
        ", ".join(str(i) for i in range(1, 5000)) + " billion yuan.",
    ],
    ids=["run-on", "of-chain", "one-word", "quotes", "dates", "periods", "chinese", "number-list"],
)
def test_run_on_text_stays_fast(text: str) -> None:
    """Patterns read a bounded stretch before each figure, so a paragraph
    without punctuation cannot make them backtrack for minutes."""
    began = time.perf_counter()
    check(PageArticle("t", dt.date(2019, 8, 1), "", "", "", "en", (text,)))
    with contextlib.suppress(ImportFailed):
        read_page(RawPage(text, "text", "page", "utf-8"))
    assert time.perf_counter() - began < 3
