"""Property-based tests of every reader of outside data: the bundle loader
(article.toml, facts.csv, tables, Markdown), derivations, the library
listing, the settings file and the command line.

For any input the only outcomes allowed are a result (that keeps the
reader's promises) or the layer's own error: BundleError, DerivationError,
a Settings with `problem` set, or exit status 2 with one `error:` line.
Never another exception, never a hang (a per-example deadline, and a
watchdog that dumps the stacks and fails the run), never a write outside
the folder given. (The importer has its own: test_importing_properties.py.)

Examples run from the profile below (about 25 s in all on two idle cores);
VIEWER_PROPERTY_SCALE=10 runs ten times as many. Hypothesis keeps the
failing examples it found in .hypothesis/ (ignored by git) and replays
them first.
"""

from __future__ import annotations

import csv
import datetime as dt
import faulthandler
import io
import math
import os
import re
import shutil
import tempfile
import tomllib
from copy import deepcopy
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, event, example, given, settings
from hypothesis import strategies as st
from hypothesis.database import DirectoryBasedExampleDatabase
from hypothesis.errors import InvalidArgument

from app.bundle import (
    DEFAULT_BUNDLE,
    FACT_LINK,
    MAX_ABS_VALUE,
    ArticleBundle,
    BundleError,
    is_date,
    load_bundle,
    localized,
)
from app.derivation import DerivationError, evaluate_derivation
from app.errors import ViewerError

ROOT = Path(__file__).resolve().parent.parent
SYNTHETIC = ROOT / "tests" / "bundles" / "synthetic-release"
SOURCES = {"built-in": DEFAULT_BUNDLE, "synthetic": SYNTHETIC}
SCALE = max(1, int(os.environ.get("VIEWER_PROPERTY_SCALE", "1")))

# Loaded per test (settings(parent=...)), not globally, so the other test
# modules' Hypothesis settings stay as they are.
settings.register_profile(
    "viewer-properties",
    deadline=timedelta(seconds=3),  # a loop or a blow-up shows here long before a CI timeout
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow, HealthCheck.data_too_large],
    database=DirectoryBasedExampleDatabase(str(ROOT / ".hypothesis" / "examples")),
)
PROFILE = settings.get_profile("viewer-properties")


def budget(examples: int) -> settings:
    return settings(PROFILE, max_examples=examples * SCALE)


@pytest.fixture(autouse=True)
def watchdog():
    """A hang anywhere (even inside C code, where no deadline can see it)
    dumps every thread's stack and ends the run instead of blocking CI."""
    faulthandler.dump_traceback_later(300, exit=True)
    yield
    faulthandler.cancel_dump_traceback_later()


# ---------------------------------------------------------------------------
# Writing TOML (the standard library only reads it)


@dataclass(frozen=True)
class Raw:
    """TOML text put in as it is: deep nesting, broken syntax."""

    text: str


def toml_string(text: str) -> str:
    out = []
    for ch in text:
        if ch in '"\\':
            out.append("\\" + ch)
        elif ord(ch) < 0x20 or ch == "\x7f":
            out.append(f"\\u{ord(ch):04x}")
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'


def toml_value(value: object) -> str:
    if isinstance(value, Raw):
        return value.text
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return "nan" if math.isnan(value) else ("inf" if value > 0 else "-inf") if math.isinf(value) else repr(value)
    if isinstance(value, str):
        return toml_string(value)
    if isinstance(value, dt.date | dt.time):  # date, datetime and time
        return value.isoformat()
    if isinstance(value, list):
        return "[" + ", ".join(toml_value(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{toml_string(str(k))} = {toml_value(v)}" for k, v in value.items()) + "}"
    raise TypeError(value)


def toml_document(meta: dict) -> str:
    return "".join(f"{toml_string(str(key))} = {toml_value(value)}\n" for key, value in meta.items())


def paths_of(value: object, prefix: tuple = ()) -> list[tuple]:
    """Every path into a parsed TOML document (keys and list indexes)."""
    found = [prefix] if prefix else []
    if isinstance(value, dict):
        for key, item in value.items():
            found += paths_of(item, prefix + (key,))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found += paths_of(item, prefix + (index,))
    return found


def leaves_of(value: object) -> list[object]:
    if isinstance(value, dict):
        return [leaf for item in value.values() for leaf in leaves_of(item)]
    if isinstance(value, list):
        return [leaf for item in value for leaf in leaves_of(item)]
    return [value]


ORIGINAL_META = {name: tomllib.loads((folder / "article.toml").read_text("utf-8")) for name, folder in SOURCES.items()}
ORIGINAL_TEXT = {name: (folder / "article.toml").read_text("utf-8") for name, folder in SOURCES.items()}
TOML_PATHS = sorted({path for meta in ORIGINAL_META.values() for path in paths_of(meta)}, key=repr)
TOML_LEAVES = sorted(
    {repr(leaf): leaf for meta in ORIGINAL_META.values() for leaf in leaves_of(meta)}.values(), key=repr
)


def apply_mutation(meta: dict, path: tuple, op: str, value: object) -> None:
    """Replace, delete or add beside the value at `path`; a path an earlier
    mutation removed is skipped. The value goes in as a copy: strategies such
    as st.just({}) hand out one object, which a second mutation could put
    inside itself (a dict that holds itself, which no TOML file can)."""
    value = deepcopy(value)
    parent: object = meta
    for key in path[:-1]:
        try:
            parent = parent[key]  # type: ignore[index]
        except (KeyError, IndexError, TypeError):
            return
    last = path[-1]
    if isinstance(parent, dict) and isinstance(last, str):
        if op == "delete":
            parent.pop(last, None)
        elif op == "add":
            parent[last + "_x"] = value
        else:
            parent[last] = value
    elif isinstance(parent, list) and isinstance(last, int) and last < len(parent):
        if op == "delete":
            del parent[last]
        elif op == "add":
            parent.insert(last, value)
        else:
            parent[last] = value


# ---------------------------------------------------------------------------
# Strategies

HUGE = st.sampled_from([10_000, 140_000, 1_100_000]).map(lambda n: "x" * n)
DEEP = st.sampled_from([50, 400, 3_000, 100_000]).flatmap(
    lambda depth: st.sampled_from(
        [
            Raw("[" * depth + "1" + "]" * depth),
            Raw("{a = " * depth + "1" + "}" * depth),
            Raw("[" * depth),  # never closed
        ]
    )
)
SCALARS = st.one_of(
    st.text(max_size=30),
    st.integers(),
    st.floats(),
    st.booleans(),
    st.dates(),
    st.datetimes(),
    st.datetimes(timezones=st.just(dt.timezone(timedelta(hours=8)))),
    st.times(),
)
TOML_VALUES = st.one_of(
    SCALARS,
    st.sampled_from(TOML_LEAVES),  # a value from elsewhere: ids, dates, texts
    st.lists(SCALARS, max_size=4),
    st.lists(st.sampled_from(TOML_LEAVES), max_size=4),
    st.dictionaries(st.sampled_from(["en", "zh", "fr", "file", "table", "indicator", "id", ""]), SCALARS, max_size=3),
    st.just({}),
    st.just([]),
    st.just([{}]),
    HUGE,
    DEEP,
    st.sampled_from(
        [
            "data/\x00official.csv",
            "/etc/hostname",
            "../synthetic",
            "..",
            "",
            "data",
            "text/en.md",
            "data/official.csv",
            "data/yearly.csv",
            "facts.csv",
            "a/" * 2000,
        ]
    ),
)
MUTATIONS = st.lists(
    st.tuples(st.sampled_from(TOML_PATHS), st.sampled_from(["replace", "delete", "add"]), TOML_VALUES),
    min_size=1,
    max_size=4,
)

NUMBERS = st.sampled_from(
    [
        "inf",
        "-inf",
        "Infinity",
        "nan",
        "NaN",
        "-nan",
        "1e400",
        "-1e400",
        "1e308",
        "1e18",
        "1e19",
        "-1e18",
        "-0",
        "0",
        "-0.0",
        "",
        " ",
        "1_000",
        "１２３",
        "١٢",
        "0x10",
        "1e",
        ".",
        "-",
        "+5",
        "  7  ",
        "9" * 400,
        "1" * 5000,
        "\u00a0",
        "5e-324",
        "2.5",
        "\ufeff5",
        "1,000",
        "∞",
    ]
)
CELLS = st.one_of(
    NUMBERS,
    st.text(max_size=20),
    st.text(alphabet="0123456789.e-+", max_size=12),
    st.sampled_from(
        [
            "",
            "reported",
            "estimate",
            "derived",
            "level",
            "growth",
            "share",
            "CNY",
            "USD",
            "percent",
            "count",
            "2018",
            "2018-07",
            "2018-01..2018-07",
            "2018-13",
            "18",
            "310 / 1.28",
            "1e400",
            "1e308 * 10",
            "0 / 0",
            "9**9**9",
            "(" * 150 + "1" + ")" * 150,
            "trade_total_2018",
            "exports_2023",
            "a" * 200,
            "\x00",
            "a\nb",
            '"',
            "x" * 140_000,
        ]
    ),
)
TABLE_EDITS = st.lists(
    st.one_of(
        st.tuples(st.just("cell"), st.integers(0, 40), st.integers(0, 12), CELLS),
        st.tuples(st.just("delete row"), st.integers(0, 40), st.just(0), st.just("")),
        st.tuples(st.just("copy row"), st.integers(0, 40), st.integers(0, 40), st.just("")),
        st.tuples(st.just("delete column"), st.just(0), st.integers(0, 12), st.just("")),
        st.tuples(st.just("add column"), st.just(0), st.integers(0, 12), CELLS),
    ),
    min_size=1,
    max_size=5,
)


def edit_table(text: str, edits: list[tuple], terminator: str) -> str:
    rows = list(csv.reader(io.StringIO(text)))
    for op, row, column, value in edits:
        if not rows:
            break
        row %= len(rows)
        if op == "cell":
            cells = rows[row]
            cells += [""] * (column + 1 - len(cells))
            cells[column] = value
        elif op == "delete row":
            del rows[row]
        elif op == "copy row":
            rows.insert(column % (len(rows) + 1), list(rows[row]))
        elif op == "delete column":
            for cells in rows:
                if column < len(cells):
                    del cells[column]
        else:
            for cells in rows:
                cells.insert(min(column, len(cells)), value)
    out = io.StringIO()
    csv.writer(out, lineterminator=terminator).writerows(rows)
    return out.getvalue()


# ---------------------------------------------------------------------------
# A working copy of a bundle, restored after each example


class WorkingCopy:
    """A bundle copied into a folder of its own; `outside` is a file next to
    it, to show nothing reaches it."""

    def __init__(self, source: Path, base: Path) -> None:
        self.base = base
        self.folder = base / "bundle"
        self.files = {p.relative_to(source): p.read_bytes() for p in source.rglob("*") if p.is_file()}
        (base / "outside.txt").write_bytes(b"outside")
        self.reset()

    def reset(self) -> None:
        if self.folder.exists():
            shutil.rmtree(self.folder)
        for relative, data in self.files.items():
            (self.folder / relative).parent.mkdir(parents=True, exist_ok=True)
            (self.folder / relative).write_bytes(data)

    def write(self, relative: str, data: bytes | str) -> None:
        path = self.folder / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)

    def snapshot(self) -> dict[str, tuple[int, int]]:
        return {
            str(p.relative_to(self.base)): (p.stat().st_size, p.stat().st_mtime_ns)
            for p in sorted(self.base.rglob("*"))
            if p.is_file()
        }


@pytest.fixture(scope="module")
def copies(tmp_path_factory) -> dict[str, WorkingCopy]:
    return {name: WorkingCopy(folder, tmp_path_factory.mktemp(name)) for name, folder in SOURCES.items()}


QUOTED = re.compile(r"'[^']*'")


def note(outcome: str) -> None:
    """Count the outcomes: pytest --hypothesis-show-statistics lists them."""
    try:
        event(outcome)
    except InvalidArgument:  # not inside @given
        pass


def check_load(copy: WorkingCopy) -> ArticleBundle | None:
    """Load the copy: a bundle that keeps every promise, or a BundleError
    saying what and where; nothing written anywhere."""
    before = copy.snapshot()
    try:
        try:
            bundle = load_bundle(copy.folder)
        except BundleError as error:
            assert isinstance(error.what, str) and error.what and error.where
            assert str(error) == f"{error.what} ({error.where})"
            note("BundleError: " + QUOTED.sub("'…'", error.what)[:50])
            return None
        assert_keeps_its_promises(bundle)
        note("loaded")
        return bundle
    finally:
        assert copy.snapshot() == before  # read-only: nothing written, here or beside
        copy.reset()


def assert_keeps_its_promises(bundle: ArticleBundle) -> None:
    from app.charts import build_chart_specs
    from app.i18n import LANGUAGES
    from app.units import UNITS

    facts = {f.id: f for f in bundle.facts}
    assert len(facts) == len(bundle.facts) > 0
    for fact in bundle.facts:
        assert math.isfinite(fact.value) and abs(fact.value) <= MAX_ABS_VALUE
        assert fact.indicator in bundle.indicators and fact.unit in UNITS and fact.source
        if fact.kind == "derived":
            computed = evaluate_derivation(fact.derivation)
            assert abs(computed - fact.value) <= 1e-3 * max(1.0, abs(computed))
    for table in bundle.tables.values():
        for row in table.rows:
            assert row.value is None or (math.isfinite(row.value) and abs(row.value) <= MAX_ABS_VALUE)
    for body in bundle.texts.values():
        assert set(FACT_LINK.findall(body)) <= set(facts)
    for chart in bundle.charts:
        assert set(chart.facts) | set(chart.beside) <= set(facts)
    assert is_date(bundle.published) and (bundle.announced is None or is_date(bundle.announced))
    assert bundle.original_language in bundle.texts
    for language in LANGUAGES:  # what loads can be charted and named (the model relies on it)
        assert len(build_chart_specs(bundle, language)) == len(bundle.charts)
        assert localized(bundle.title, language) and localized(bundle.publisher, language)


# ---------------------------------------------------------------------------
# The bundle loader


def test_the_toml_writer_round_trips_both_bundles(copies):
    """The structured mutations start from documents that load unchanged."""
    for name, copy in copies.items():
        assert tomllib.loads(toml_document(ORIGINAL_META[name])) == ORIGINAL_META[name]
        copy.write("article.toml", toml_document(ORIGINAL_META[name]))
        assert check_load(copy) is not None


@budget(150)
@given(st.sampled_from(sorted(SOURCES)), MUTATIONS)
@example("built-in", [(("tables", "official", "file"), "replace", "data/\x00official.csv")])  # was a ValueError
@example("built-in", [(("published",), "replace", dt.datetime(2019, 1, 16, 10, 0))])
@example("synthetic", [(("charts",), "replace", Raw("[" * 100_000))])
@example("synthetic", [(("title",), "replace", "x" * 1_100_000)])
def test_article_toml_with_values_of_other_types_deep_or_huge(copies, source, mutations):
    copy = copies[source]
    meta = tomllib.loads(ORIGINAL_TEXT[source])
    for path, op, value in mutations:
        apply_mutation(meta, path, op, value)
    copy.write("article.toml", toml_document(meta))
    check_load(copy)


@budget(100)
@given(
    st.sampled_from(sorted(SOURCES)),
    st.lists(st.tuples(st.floats(0, 1), st.integers(0, 8), st.text(max_size=8)), min_size=1, max_size=6),
)
def test_article_toml_edited_character_by_character(copies, source, edits):
    copy = copies[source]
    text = ORIGINAL_TEXT[source]
    for where, cut, insert in edits:
        at = int(where * len(text))
        text = text[:at] + insert + text[at + cut :]
    copy.write("article.toml", text)
    check_load(copy)


@budget(60)
@given(st.sampled_from(sorted(SOURCES)), st.one_of(st.binary(max_size=400), st.text(max_size=400).map(str.encode)))
def test_article_toml_of_any_bytes(copies, source, data):
    copy = copies[source]
    copy.write("article.toml", data)
    check_load(copy)


@budget(200)
@given(
    st.sampled_from(sorted(SOURCES)),
    st.sampled_from(["facts.csv", "table"]),
    TABLE_EDITS,
    st.sampled_from(["\n", "\r\n", "\r"]),
)
@example("built-in", "facts.csv", [("cell", 7, 7, "1e400")], "\n")  # a derivation of inf passed any value
@example("built-in", "facts.csv", [("cell", 7, 7, "1e308 * 10 - 1e308 * 10")], "\n")  # nan too
@example("synthetic", "table", [("cell", 1, 2, "1e400")], "\n")
def test_facts_and_tables_with_any_rows_and_cells(copies, source, which, edits, terminator):
    copy = copies[source]
    relative = "facts.csv" if which == "facts.csv" else next(str(r) for r in copy.files if str(r).startswith("data/"))
    copy.write(relative, edit_table(copy.files[Path(relative)].decode("utf-8"), edits, terminator))
    check_load(copy)


@budget(50)
@given(st.sampled_from(sorted(SOURCES)), st.one_of(st.binary(max_size=300), st.text(max_size=300).map(str.encode)))
def test_facts_csv_of_any_bytes(copies, source, data):
    copy = copies[source]
    copy.write("facts.csv", data)
    check_load(copy)


FACT_IDS = sorted(
    {
        row.split(",")[0]
        for folder in SOURCES.values()
        for row in (folder / "facts.csv").read_text("utf-8").splitlines()[1:]
    }
)
MARKDOWN = st.lists(
    st.one_of(
        st.text(max_size=40),
        st.builds(
            lambda label, target: f"[{label}](fact:{target})",
            st.text(max_size=10),
            st.one_of(st.sampled_from(FACT_IDS), st.text(max_size=12)),
        ),
        st.sampled_from(
            [
                "[x](fact:)",
                "](fact:",
                "[[x](fact:a)](fact:b)",
                "[x](fact:a b)",
                "<b>html</b>",
                "![img](/etc/passwd)",
                "[x](file:///etc/passwd)",
                "\n\n",
                "```\n",
                "\x00",
                "\ufeff",
                "[" * 500,
                "(fact:" * 200,
            ]
        ),
    ),
    max_size=12,
).map("".join)


@budget(100)
@given(
    st.sampled_from(sorted(SOURCES)),
    st.sampled_from(["en", "zh", "fr", "xx", "EN", "e", "text"]),
    MARKDOWN,
    st.booleans(),
)
def test_markdown_with_any_links(copies, source, language, body, as_bytes):
    copy = copies[source]
    copy.write(f"text/{language}.md", body.encode("utf-8") + (b"\xff" if as_bytes else b""))
    bundle = check_load(copy)
    if bundle is not None and language in bundle.texts and not as_bytes:
        assert set(FACT_LINK.findall(body)) <= {f.id for f in bundle.facts}


# ---------------------------------------------------------------------------
# Derivations

SPECIAL_DERIVATIONS = st.sampled_from(
    [
        "9**9**9",
        "1e308*1e308",
        "1e308 * 10",
        "1e400",
        "-1e400",
        "1e400 - 1e400",
        "1/0",
        "0/0",
        "1 / 5e-324",
        "5e-324 / 1e308",
        "1e-400",
        "10 ** 400",
        "1_0",
        "0x10",
        "0b1",
        "True",
        "None",
        "'a'",
        "1j",
        "[1]",
        "{}",
        "(1,)",
        "1 if 1 else 2",
        "__import__('os')",
        "a",
        "1 +",
        "",
        " ",
        "\x00",
        "٣ + 1",
        "１ + 1",
        "+1",
        "--1",
        "~1",
        "1 // 2",
        "1 % 2",
        "1 @ 2",
        "(" * 99 + "1" + ")" * 99,
        "(" * 150 + "1" + ")" * 150,
        "-" * 199 + "1",
        "1" + "+1" * 99,
        "9" * 200,
        "9" * 201,
        "1e1000000",
        "(1)(2)",
        "lambda: 1",
        "1;2",
        "1\n+2",
    ]
)
EXPRESSION_ALPHABET = "0123456789.+-*/() eE_xj\n"


def float_expressions() -> st.SearchStrategy[str]:
    literal = st.floats(allow_nan=False, allow_infinity=False).map(repr)
    return st.recursive(
        literal,
        lambda inner: st.one_of(
            st.builds(lambda a, op, b: f"({a} {op} {b})", inner, st.sampled_from("+-*/"), inner),
            inner.map(lambda a: f"-{a}"),
        ),
        max_leaves=12,
    )


def check_derivation(expression: str) -> float | None:
    try:
        value = evaluate_derivation(expression)
    except DerivationError:
        return None
    assert isinstance(value, float) and math.isfinite(value)
    return value


@budget(300)
@given(st.one_of(SPECIAL_DERIVATIONS, st.text(alphabet=EXPRESSION_ALPHABET, max_size=60), st.text(max_size=30)))
def test_a_derivation_is_a_finite_number_or_a_derivation_error(expression):
    check_derivation(expression)


@budget(200)
@given(float_expressions())
def test_a_derivation_computes_what_python_computes(expression):
    value = check_derivation(expression)
    try:
        expected = eval(expression, {"__builtins__": {}})  # noqa: S307 (only floats, + - * / and parentheses)
    except (ZeroDivisionError, OverflowError):
        assert value is None
        return
    if len(expression) > 200 or not math.isfinite(expected):
        assert value is None
    else:
        assert value == expected


# ---------------------------------------------------------------------------
# The library listing

GOOD_TOML = ORIGINAL_TEXT["synthetic"]
LIBRARY_CHILD = st.one_of(
    st.tuples(st.just("bundle"), st.just(GOOD_TOML)),
    st.tuples(st.just("bundle"), st.text(max_size=200)),
    st.tuples(
        st.just("bundle"),
        st.builds(
            lambda meta: toml_document(meta),
            st.fixed_dictionaries(
                {
                    "id": TOML_VALUES,
                    "published": TOML_VALUES,
                    "title": st.one_of(TOML_VALUES, st.fixed_dictionaries({"en": TOML_VALUES})),
                }
            ),
        ),
    ),
    st.tuples(st.just("bundle"), MUTATIONS.map(lambda mutations: mutated_document("synthetic", mutations))),
    st.tuples(
        st.sampled_from(
            [
                "binary toml",
                "toml is a folder",
                "toml links outside",
                "toml links to itself",
                "facts is a folder",
                "facts binary",
                "plain file",
                "empty folder",
                "hidden bundle",
                "link to a sibling",
                "link to the built-in",
                "link loop",
            ]
        ),
        st.just(""),
    ),
)


def mutated_document(source: str, mutations: list) -> str:
    meta = tomllib.loads(ORIGINAL_TEXT[source])
    for path, op, value in mutations:
        apply_mutation(meta, path, op, value)
    return toml_document(meta)


def make_child(folder: Path, index: int, kind: str, text: str) -> None:
    child = folder / f"article-{index}"
    if kind == "plain file":
        child.write_bytes(b"not a folder")
        return
    if kind.startswith("link"):
        target = {
            "link to a sibling": folder / "article-0",
            "link to the built-in": DEFAULT_BUNDLE,
            "link loop": child,
        }[kind]
        child.symlink_to(target, target_is_directory=True)
        return
    if kind == "hidden bundle":
        child = folder / f".importing-{index}"
    child.mkdir()
    toml = child / "article.toml"
    if kind == "toml is a folder":
        toml.mkdir()
    elif kind == "toml links outside":
        toml.symlink_to(folder.parent / "outside.toml")
    elif kind == "toml links to itself":
        toml.symlink_to(toml)
    elif kind == "binary toml":
        toml.write_bytes(b"\xff\xfe\x00id = 1")
    elif kind != "empty folder":
        toml.write_text(text if kind == "bundle" else GOOD_TOML, encoding="utf-8")
    if kind == "facts is a folder":
        (child / "facts.csv").mkdir()
    elif kind == "facts binary":
        (child / "facts.csv").write_bytes(bytes(range(256)) * 3)


@budget(80)
@given(st.lists(LIBRARY_CHILD, max_size=6))
@example([("bundle", GOOD_TOML.replace("published = 2024-02-20", "published = 2024-02-20T08:00:00"))])  # TypeError
@example([("hidden bundle", "")])
def test_the_library_lists_what_it_can_and_keeps_the_problems(children):
    from app.library import Library, LibraryEntry

    with tempfile.TemporaryDirectory() as base:
        folder = Path(base) / "library"
        folder.mkdir()
        (Path(base) / "outside.toml").write_text(GOOD_TOML, encoding="utf-8")
        for index, (kind, text) in enumerate(children):
            make_child(folder, index, kind, text)
        before = sorted(str(p) for p in Path(base).rglob("*"))
        library = Library(folder)
        entries = library.entries()
        assert sorted(str(p) for p in Path(base).rglob("*")) == before  # nothing written
        assert all(
            isinstance(e, LibraryEntry) and is_date(e.published) and isinstance(e.title_in("zh"), str) for e in entries
        )
        assert all(isinstance(p, BundleError) for p in library.problems)
        user = [e for e in entries if not e.built_in]
        assert all(e.path.parent == folder and not e.path.name.startswith(".") for e in user)
        listed = {
            p.resolve()
            for p in folder.iterdir()
            if not p.name.startswith(".") and (p / "article.toml").is_file() and p.resolve() != DEFAULT_BUNDLE.resolve()
        }
        assert len(user) + len(library.problems) == len(listed)
        assert [e.published for e in entries] == sorted((e.published for e in entries), reverse=True)
        assert library.entries() == entries  # problems are found again, not added up


# ---------------------------------------------------------------------------
# The settings file

SETTINGS_KEYS = [
    "language",
    "theme",
    "reader/text_size",
    "layout/main",
    "layout/window",
    "export/format",
    "export/width",
    "export/height",
    "export/scale",
    "export/transparent",
    "export/include_title",
    "export/include_footer",
    "export/folder",
    "library/recent",
    "library/last",
    "folders/csv",
    "folders/open",
]


def escaped_bytes(data: bytes) -> str:
    return "".join("\\0" if b == 0 else f"\\x{b:x}" for b in data)


SETTINGS_VALUES = st.one_of(
    st.sampled_from(
        [
            "en",
            "zh",
            "xx",
            "dark",
            "light",
            "system",
            "12",
            "9",
            "28",
            "0",
            "-1",
            "inf",
            "nan",
            "1e999",
            "9" * 5000,
            "true",
            "false",
            "png",
            "svg",
            "tiff",
            "800",
            "4001",
            "3",
            "/tmp",
            "",
            "a, b",
            "en, zh",
            '"quoted, value"',
            "@Invalid()",
            "@Rect(1 2 3 4)",
            "@Size(-1 -1)",
            "@Point(1e999 0)",
            "@ByteArray(\\xff\\0)",
            "@String(\\0)",
            "@@Variant(1)",
            "\\",
            '"',
            "@",
            "@Variant(",
            "@Rect(",
            "@Variant(\\0\\0\\0\\xb\\x80\\0\\0\\0)",
            "@Variant(\\0\\0\\0\\x9\\x80\\0\\0\\0)",
            "@DateTime(\\0\\0\\0\\x10\\0\\xff\\xff\\xff\\xff)",
            "a, @Variant(\\0\\0\\0\\xb\\x80\\0\\0\\0)",
        ]
    ),
    st.text(max_size=20).filter(lambda t: "\n" not in t and "\r" not in t),
    st.binary(max_size=24).map(lambda data: "@Variant(" + escaped_bytes(bytes(3) + data) + ")"),
    st.binary(max_size=24).map(lambda data: f"@ByteArray({escaped_bytes(data)})"),
)
SETTINGS_LINES = st.one_of(
    st.builds(lambda key, value: f"{key}={value}", st.sampled_from(SETTINGS_KEYS), SETTINGS_VALUES),
    st.sampled_from(
        [
            "[General]",
            "[reader]",
            "[export]",
            "[layout]",
            "[library]",
            "[folders]",
            "[",
            "]",
            "=",
            "[General",
            "text_size=12",
            "size=12",
            "; comment",
            "# comment",
            "key",
            "=value",
            "a\\\nb=1",
            "\ufeff[General]",
            "[%General]",
            "%U4e2d=1",
        ]
    ),
)
SETTINGS_TEXT = st.lists(SETTINGS_LINES, max_size=12).map(lambda lines: "\n".join(lines).encode("utf-8"))


@budget(250)
@given(st.one_of(SETTINGS_TEXT, st.text(max_size=200).map(str.encode), st.binary(max_size=100)))
@example(b"[General]\nlanguage=en, zh\n")  # was TypeError: unhashable list
@example(b"[reader]\ntext_size=@Variant(\\0\\0\\0\\x6\\x7f\\xf0\\0\\0\\0\\0\\0\\0)\n")  # was OverflowError (inf)
@example(b"[General]\nlanguage=@Variant(\\0\\0\\0\\x37\\0\\0\\0)\n")  # was RuntimeError: no converter for char16_t
@example(b"[General]\nlanguage=@Variant(\\0\\0\\0\\xb\\x80\\0\\0\\0)\n")  # aborted the process (std::bad_alloc)
def test_any_settings_file_reads_as_valid_values_or_is_set_aside(qapp, data):
    from PySide6.QtCore import QByteArray

    from app.export_options import ExportOptions
    from app.i18n import LANGUAGES
    from app.settings import TEXT_SIZES, THEMES, Settings

    with tempfile.TemporaryDirectory() as base:
        path = Path(base) / "settings.ini"
        path.write_bytes(data)
        settings = Settings(path)
        assert settings.language() in (*LANGUAGES, None)
        assert settings.theme() in THEMES
        assert settings.text_size() in TEXT_SIZES
        assert settings.export_options() == settings.export_options().checked()
        assert isinstance(settings.export_options(), ExportOptions)
        assert all(isinstance(p, str) and p for p in settings.recent_articles())
        for value in (settings.last_article(), settings.export_folder(), settings.folder("csv")):
            assert value is None or isinstance(value, Path)
        assert settings.layout("main") is None or isinstance(settings.layout("main"), QByteArray)
        names = sorted(p.name for p in Path(base).iterdir())
        if settings.problem:
            assert names == ["settings.ini.unreadable"]
            assert (Path(base) / "settings.ini.unreadable").read_bytes() == data  # kept as it was
        else:
            assert names == ["settings.ini"] and path.read_bytes() == data  # reading writes nothing
        settings.set_value("theme", "dark")  # the file works afterwards
        assert Settings(path).theme() == "dark" and Settings(path).problem == ""


# ---------------------------------------------------------------------------
# The command line

OPTIONS = [
    "--lang",
    "--bundle",
    "--library",
    "--list",
    "--screenshot",
    "--size",
    "--timings",
    "--export-charts",
    "--format",
    "--scale",
    "--charts",
    "--import",
    "--to",
    "--export-data",
    "--compare",
    "--la",
    "--ex",
    "--s",
    "--c",
    "-l",
    "-",
]
ARGUMENTS = st.one_of(
    st.sampled_from(OPTIONS),
    st.sampled_from(
        [
            "en",
            "zh",
            "xx",
            "",
            "1400x900",
            "200x200",
            "8192x8192",
            "8193x200",
            "0x0",
            "1x",
            "x",
            "١٤٠٠x٩٠٠",
            "9" * 5000 + "x900",
            "png",
            "jpg",
            "svg",
            "pdf",
            "gif",
            "1",
            "2",
            "3",
            "4",
            "9" * 5000,
            "-1",
            "trade_volume,growth_2018",
            ",",
            "out",
            "a\nb",
            "\x00",
            "--",
            "-h",
            "@file",
            "%s",
            "%(prog)s",
            "\udcff",
            "\u2028",
        ]
    ),
    st.builds(lambda option, value: f"{option}={value}", st.sampled_from(OPTIONS[:15]), st.text(max_size=10)),
    st.text(max_size=12),
)


@budget(300)
@given(st.lists(ARGUMENTS, max_size=6))
@example(["--lang", "a\nb"])  # an argument's line break made a second line
@example(["--size", "9" * 5000 + "x900"])
def test_any_command_line_parses_or_says_one_error_line(capsys, argv):
    import main
    from app.export_options import FORMATS, SCALES
    from app.i18n import LANGUAGES

    capsys.readouterr()
    try:
        args = main.parse_args(list(argv))
    except SystemExit as stop:
        out, err = capsys.readouterr()
        if stop.code == 0:  # -h, --help
            assert out.startswith("usage: main.py") and err == ""
            return
        assert stop.code == 2 and out == ""
        lines = err.splitlines()
        assert len(lines) == 1 and err.endswith("\n"), err
        assert lines[0].startswith("error: ") and lines[0].endswith(" (command line)")
        return
    out, err = capsys.readouterr()
    assert out == err == ""
    assert args.lang in (*LANGUAGES, None) and args.format in FORMATS and args.scale in SCALES
    assert args.size is None or all(200 <= side <= 8192 for side in args.size)
    assert args.charts is None or all(isinstance(c, str) and c for c in args.charts)
    for name in ("bundle", "library", "screenshot", "export_charts", "to", "export_data"):
        assert getattr(args, name) is None or isinstance(getattr(args, name), Path)


def test_the_documented_errors_share_one_base():
    """What the properties above allow is exactly the layers' own errors."""
    assert issubclass(BundleError, ViewerError) and issubclass(DerivationError, ValueError)
    assert re.fullmatch(r"\S.*", str(BundleError("what", "where"))) and str(BundleError("a", "b")) == "a (b)"
