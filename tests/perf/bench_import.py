"""Import benchmark: our page reading and figure finding against quantulum3,
a general quantity extractor, on the test pages, in the same run.

    uv run --group bench python tests/perf/bench_import.py [--runs 7]

Prints one JSON object:
- ours_read_find_ms: median over pages of the per-page median time of
  read_page + find_figures (the bytes are read from disk once, before);
  ours_find_ms: find_figures alone;
- quantulum_parse_ms: the same for quantulum3's parser.parse on the same
  paragraphs, after a warm-up call; quantulum_first_call_ms: that warm-up
  call (it builds quantulum's unit tables), quantulum_import_ms;
- ratios ours / quantulum;
- found share (recall) and precision of each against the labelled truth in
  tests/pages/truth.json, a figure matching a truth entry when it is in the
  same paragraph, overlaps its quote and has the same value; for ours also
  how often the period, kind, measure and (loosely) the indicator agree.
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
import time
import warnings
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from app.importing.errors import ImportFailed  # noqa: E402
from app.importing.figures import FoundFigure, find_figures  # noqa: E402
from app.importing.page import PageArticle, read_page  # noqa: E402
from app.importing.sources import RawPage, read_source  # noqa: E402

PAGES = ROOT / "tests" / "pages"
SHARED = Path("/work/shared/source/hunan-2018-foreign-trade.txt")
LABELS = json.loads((PAGES / "truth.json").read_text(encoding="utf-8"))
TRUTH: dict[str, list[dict[str, Any]]] = {name: entries for name, entries in LABELS.items() if not name.startswith("_")}
# Pages labelled before the finder ever read them: an estimate of how it
# does on text it was not tuned on.
HELD_OUT = set(LABELS["_held_out"])

# (paragraph, start, end, value) of one figure
Span = tuple[int, int, int, float]


def page_paths() -> list[Path]:
    """The labelled pages that exist on this machine."""
    paths = [SHARED if name == SHARED.name else PAGES / name for name in sorted(TRUTH)]
    return [path for path in paths if path.exists()]


def median_ms(action: Callable[[], object], runs: int) -> float:
    """Median wall time of an action, in milliseconds."""
    times = []
    for _ in range(runs):
        began = time.perf_counter()
        action()
        times.append(time.perf_counter() - began)
    return statistics.median(times) * 1000


def truth_spans(article: PageArticle, entries: Sequence[dict[str, Any]]) -> list[Span]:
    """Where each truth quote is: its next occurrence in reading order (so a
    page split into paragraphs differently still scores)."""
    spans: list[Span] = []
    paragraph, position = 0, 0
    for entry in entries:
        while paragraph < len(article.paragraphs):
            start = article.paragraphs[paragraph].find(entry["quote"], position)
            if start >= 0:
                break
            paragraph, position = paragraph + 1, 0
        else:
            raise SystemExit(f"truth quote {entry['quote']!r} is not in the article")
        position = start + len(entry["quote"])
        spans.append((paragraph, start, position, float(entry["value"])))
    return spans


def matches(found: Span, truth: Span) -> bool:
    """Same paragraph, overlapping quotes, same value."""
    same_value = abs(found[3] - truth[3]) <= 1e-6 * max(1.0, abs(truth[3]))
    return found[0] == truth[0] and found[1] < truth[2] and truth[1] < found[2] and same_value


def score(found: Sequence[Span], truth: Sequence[Span]) -> tuple[int, int, list[int]]:
    """Matched truth entries, matched found items, and for each found item
    the index of the truth entry it matched (-1 when none)."""
    taken: set[int] = set()
    pairs = []
    for item in found:
        index = next((i for i, entry in enumerate(truth) if i not in taken and matches(item, entry)), -1)
        if index >= 0:
            taken.add(index)
        pairs.append(index)
    return len(taken), sum(1 for index in pairs if index >= 0), pairs


def words(name: str) -> set[str]:
    """A name's words, singular, without articles."""
    tokens = re.findall(r"[a-z0-9-]+|[\u4e00-\u9fff]", name.lower())
    return {token.rstrip("s") for token in tokens if token not in {"the", "a", "an", "of", "in", "and"}}


def rate(part: int, whole: int) -> float:
    return round(part / whole, 3) if whole else 1.0


@dataclass
class Tally:
    """Counts for one tool on a group of pages."""

    truth: int = 0
    found: int = 0
    matched_truth: int = 0
    matched_found: int = 0
    agree: dict[str, int] = field(default_factory=lambda: dict.fromkeys(("period", "kind", "measure", "indicator"), 0))

    def add(self, found: Sequence[Span], truth: Sequence[Span]) -> list[int]:
        matched_truth, matched_found, pairs = score(found, truth)
        self.truth += len(truth)
        self.found += len(found)
        self.matched_truth += matched_truth
        self.matched_found += matched_found
        return pairs

    def compare(self, figures: Sequence[FoundFigure], pairs: Sequence[int], entries: Sequence[dict[str, Any]]) -> None:
        """How often our fields agree with the truth on matched figures."""
        for figure, index in zip(figures, pairs):
            if index < 0:
                continue
            entry = entries[index]
            for name in ("period", "kind", "measure"):
                self.agree[name] += getattr(figure, name) == entry[name]
            a, b = words(figure.indicator), words(entry["indicator"])
            self.agree["indicator"] += bool(a) and (a <= b or b <= a)

    def summary(self) -> dict[str, Any]:
        result: dict[str, Any] = {
            "found_share": rate(self.matched_truth, self.truth),
            "precision": rate(self.matched_found, self.found),
            "truth_figures": self.truth,
            "found_figures": self.found,
        }
        if any(self.agree.values()):
            result["agreement_on_matched"] = {
                name: rate(count, self.matched_found) for name, count in self.agree.items()
            }
        return result


def main() -> None:
    options = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    options.add_argument("--runs", type=int, default=7)
    runs = options.parse_args().runs

    raws: dict[str, RawPage] = {}
    for path in page_paths():
        try:
            raws[path.name] = read_source(str(path))
        except ImportFailed:
            continue
    began = time.perf_counter()
    articles = {}
    for name, raw in raws.items():
        try:
            articles[name] = read_page(raw)
        except ImportFailed:
            continue
    ours_first_ms = (time.perf_counter() - began) * 1000

    began = time.perf_counter()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # "classifier dependencies not installed": it works without
        from quantulum3 import parser  # type: ignore[import-untyped]
    quantulum_import_ms = (time.perf_counter() - began) * 1000
    began = time.perf_counter()
    parser.parse("Exports reached 5 billion yuan, up 5%.")
    quantulum_first_ms = (time.perf_counter() - began) * 1000

    def quantulum(article: PageArticle) -> list[Any]:
        return [(number, quantity) for number, text in enumerate(article.paragraphs) for quantity in parser.parse(text)]

    read_find, find_only, parse_only = [], [], []
    tallies = {(tool, group): Tally() for tool in ("ours", "quantulum") for group in ("tuned", "held_out")}
    for name, article in articles.items():
        raw = raws[name]
        read_find.append(median_ms(lambda: find_figures(read_page(raw)), runs))  # noqa: B023
        find_only.append(median_ms(lambda: find_figures(article), runs))  # noqa: B023
        parse_only.append(median_ms(lambda: quantulum(article), runs))  # noqa: B023
        truth = truth_spans(article, TRUTH[name])
        group = "held_out" if name in HELD_OUT else "tuned"
        ours = find_figures(article)
        theirs = [(number, q.span[0], q.span[1], float(q.value)) for number, q in quantulum(article)]
        tallies["quantulum", group].add(theirs, truth)
        pairs = tallies["ours", group].add([(f.paragraph, f.start, f.end, f.value) for f in ours], truth)
        tallies["ours", group].compare(ours, pairs, TRUTH[name])

    from app.glossary import load_glossary
    from app.importing.proposals import glossary_term

    glossary = load_glossary()
    all_found = [figure for article in articles.values() for figure in find_figures(article)]
    mapped = sum(1 for figure in all_found if glossary_term(figure, glossary))

    ours_ms = statistics.median(read_find)
    find_ms = statistics.median(find_only)
    parse_ms = statistics.median(parse_only)
    print(
        json.dumps(
            {
                "pages": len(articles),
                "held_out_pages": sorted(HELD_OUT & set(articles)),
                "runs_per_page": runs,
                "ours_read_find_ms": round(ours_ms, 2),
                "ours_find_ms": round(find_ms, 2),
                "ours_first_read_all_pages_ms": round(ours_first_ms, 1),
                "quantulum_parse_ms": round(parse_ms, 2),
                "quantulum_first_call_ms": round(quantulum_first_ms, 1),
                "quantulum_import_ms": round(quantulum_import_ms, 1),
                "ratio_read_find_to_quantulum": round(ours_ms / parse_ms, 2) if parse_ms else None,
                "ratio_find_to_quantulum": round(find_ms / parse_ms, 2) if parse_ms else None,
                "ours": tallies["ours", "tuned"].summary(),
                "quantulum": tallies["quantulum", "tuned"].summary(),
                "ours_held_out": tallies["ours", "held_out"].summary(),
                "quantulum_held_out": tallies["quantulum", "held_out"].summary(),
                "glossary_mapped_share": round(mapped / len(all_found), 3) if all_found else None,
            },
            indent=2,
        )
    )


if __name__ == "__main__":
    main()
