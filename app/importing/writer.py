"""Writes an imported article as a bundle folder, whole or not at all.

The files go into a hidden folder beside the target, are read back and
checked by app.bundle.load_bundle, and only then put in place by
app.folders.replace_folder (an article imported before is renamed aside,
the new one renamed in, then the old one deleted): an import that fails or
is killed at any step leaves the whole old article or the whole new one,
never a half-written or half-deleted one.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import json
from pathlib import Path

from app.bundle import BundleError, load_bundle
from app.folders import make_staging_folder, remove, replace_folder
from app.i18n import LANGUAGES
from app.importing.errors import ImportFailed
from app.importing.grids import Grid
from app.importing.page import PageArticle
from app.importing.proposals import Proposal, ProposedFact, slug

FACT_COLUMNS = (
    "id",
    "indicator",
    "measure",
    "value",
    "unit",
    "period",
    "kind",
    "derivation",
    "quote",
    "growth_of",
    "source",
)
MARKDOWN_SPECIALS = "\\`*_[]<>#|"


def bundle_id(article: PageArticle) -> str:
    """A stable id: date, title words and a short hash of the address or text.
    (A title in Chinese, Japanese or Korean leaves only its digits, "1-648-3":
    the date and the hash say as much.)"""
    stamp = (article.date or dt.date.today()).isoformat()
    digest = hashlib.sha1((article.url or "\n".join(article.paragraphs)).encode("utf-8")).hexdigest()[:6]
    words = slug(article.title, 40).replace("_", "-")
    return f"{stamp}-{words}-{digest}" if any(char.isalpha() for char in words) else f"{stamp}-{digest}"


def _escape(text: str) -> str:
    return "".join("\\" + ch if ch in MARKDOWN_SPECIALS else ch for ch in text)


Link = tuple[int, str, str]  # where a figure starts in its paragraph, its quote, its fact's id


def linked_text(text: str, start: int, end: int, links: list[Link]) -> str:
    """text[start:end], escaped, each accepted figure in it a link to its fact."""
    parts, at = [], start
    for place, quote, fact_id in links:
        if (
            not start <= place < end
            or place < at
            or place + len(quote) > end
            or text[place : place + len(quote)] != quote
        ):
            continue
        parts.append(_escape(text[at:place]))
        parts.append(f"[{_escape(quote)}](fact:{fact_id})")
        at = place + len(quote)
    parts.append(_escape(text[at:end]))
    return "".join(parts)


def grid_markdown(text: str, grid: Grid, links: list[Link]) -> str:
    """A table of figures as a Markdown table, its first row the heading
    and any other heading rows bold."""
    rows = []
    for number, row in enumerate(grid.spans()):
        cells = [linked_text(text, start, end, links) for start, end in row]
        if 0 < number < grid.headers:  # Markdown heads a table with one row: the others are set bold
            cells = [f"**{cell}**" if cell else cell for cell in cells]
        rows.append("| " + " | ".join(cells) + " |")
    rule = "|" + " --- |" * grid.width
    caption = [_escape(grid.caption), ""] if grid.caption else []
    return "\n".join([*caption, rows[0], rule, *rows[1:]])


def article_markdown(article: PageArticle, facts: list[ProposedFact]) -> str:
    """The body, every accepted figure (each place it is stated) a link to its fact."""
    by_paragraph: dict[int, list[Link]] = {}
    for fact in facts:
        for number, start, quote in ((fact.paragraph, fact.start, fact.quote), *fact.restated):
            if number >= 0 and quote:
                by_paragraph.setdefault(number, []).append((start, quote, fact.id))
    out = []
    for index, paragraph in enumerate(article.paragraphs):
        links = sorted(by_paragraph.get(index, []))
        grid = article.grids.get(index)
        out.append(grid_markdown(paragraph, grid, links) if grid else linked_text(paragraph, 0, len(paragraph), links))
    return "\n\n".join(out) + "\n"


def _toml_string(text: str) -> str:
    # A JSON string is a TOML basic string, but for DEL, which JSON leaves
    # as it is and TOML forbids.
    return json.dumps(text, ensure_ascii=False).replace("\x7f", "\\u007f")


def _toml_table(table: dict[str, str]) -> str:
    return "{ " + ", ".join(f"{lang} = {_toml_string(text)}" for lang, text in table.items()) + " }"


def bundle_language(article: PageArticle) -> str:
    """The language of the bundle of `article`: the page's, when the viewer
    has it, else English."""
    return article.language if article.language in LANGUAGES else "en"


def article_toml(article: PageArticle, proposal: Proposal, identifier: str) -> str:
    language = bundle_language(article)
    # In the release's own language: the glossary translates its figures'
    # names, not its words. (Without a publisher, the bundle says so in English.)
    publisher = {language: article.publisher} if article.publisher else {"en": "Unknown publisher"}
    lines = [
        "# Imported article: metadata, indicators and proposed charts.",
        f"id = {_toml_string(identifier)}",
        f"original_language = {_toml_string(language)}",
        f"published = {(article.date or dt.date.today()).isoformat()}",
        f"source_url = {_toml_string(article.url)}",
        f"translator = {_toml_string(article.translator)}",
        "",
        f"title = {_toml_table({language: article.title or identifier})}",
        f"publisher = {_toml_table(publisher)}",
        "",
    ]
    for indicator_id, names in proposal.indicators.items():
        lines.append(f"[indicators.{indicator_id}]")
        for key in ("name", "short", "counted"):
            if names.get(key):
                lines.append(f"{key} = {_toml_table(names[key])}")
        lines.append("")
    for chart in proposal.charts:
        lines += [
            "[[charts]]",
            f"id = {_toml_string(chart.id)}",
            'mark = "bar"',
            f"title = {_toml_table(chart.title)}",
            "facts = [" + ", ".join(_toml_string(f) for f in chart.facts) + "]",
            f"categories = {_toml_string(chart.categories)}",
            "",
        ]
    return "\n".join(lines)


def facts_csv(facts: list[ProposedFact]) -> str:
    stream = io.StringIO()
    writer = csv.writer(stream, lineterminator="\n")
    writer.writerow(FACT_COLUMNS)
    for fact in facts:
        writer.writerow(
            [
                fact.id,
                fact.indicator,
                fact.measure,
                repr(float(fact.value)),
                fact.unit,
                fact.period,
                fact.kind,
                fact.derivation,
                fact.quote,
                fact.growth_of,
                fact.source,
            ]
        )
    return stream.getvalue()


def write_bundle(article: PageArticle, proposal: Proposal, library: Path) -> Path:
    """Write the bundle into `library`/<id> and return its folder; raise
    ImportFailed with nothing left behind if it cannot be written or checked."""
    if not proposal.facts:
        raise ImportFailed("no figures were found in the article", article.url or article.title)
    identifier = bundle_id(article)
    target = library / identifier
    language = bundle_language(article)
    try:
        staging = make_staging_folder(library)
    except OSError as error:
        reason = "it is a file, not a folder" if library.is_file() else error.strerror
        raise ImportFailed(f"cannot write into the library: {reason}", library) from None
    try:
        (staging / "text").mkdir()
        (staging / "text" / f"{language}.md").write_text(article_markdown(article, proposal.facts), encoding="utf-8")
        (staging / "facts.csv").write_text(facts_csv(proposal.facts), encoding="utf-8")
        (staging / "article.toml").write_text(article_toml(article, proposal, identifier), encoding="utf-8")
        load_bundle(staging)  # what was written must open
        replace_folder(staging, target)
    except BundleError as error:
        remove(staging)
        raise ImportFailed(f"the imported article does not check: {error.what}", error.where) from None
    except OSError as error:
        remove(staging)
        raise ImportFailed(f"cannot write the article: {error.strerror}", target) from None
    return target
