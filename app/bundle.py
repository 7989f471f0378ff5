"""Reads and validates an article bundle: article.toml, text/*.md, facts.csv
and the tables it names.

Everything an article needs is described here as data: its indicators and
their names per language, its facts in base units from app.units' vocabulary,
its tables and its charts. Only the standard library is used, so a bundle can
be opened, checked and charted before pandas is imported.

A bundle comes from elsewhere: every file it names must resolve inside its
folder, sizes are bounded, numbers must be finite and in range, and every
reference (a chart's facts and series, a fact's indicator, a text's links)
must exist. Anything else is a BundleError saying what and where.
"""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import math
import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TypeGuard

from app import paths
from app.derivation import DerivationError, evaluate_derivation
from app.errors import ViewerError
from app.units import UNITS

FACT_KINDS = ("reported", "estimate", "derived")
SERIES_STATUSES = ("reported", "final", "estimate")
MEASURES = ("level", "growth", "share")
MARKS = ("bar", "line")
CATEGORY_SOURCES = ("period", "indicator")
FACT_COLUMNS = ("id", "indicator", "measure", "value", "unit", "period", "kind", "source")
FACT_OPTIONAL = ("derivation", "quote", "growth_of")
SERIES_COLUMNS = ("period", "indicator", "value", "unit", "status", "source", "url")
FACT_LINK = re.compile(r"\]\(fact:([^)\s]*)\)")
PERIOD = re.compile(r"(\d{4}(-\d{2}){0,2})(\.\.\d{4}(-\d{2}){0,2})?")
IDENTIFIER = re.compile(r"[A-Za-z0-9_.-]{1,80}")
LANGUAGE_CODE = re.compile(r"[a-z]{2,3}")
DEFAULT_BUNDLE = paths.articles_dir() / "hunan-2018-foreign-trade"

MAX_TOML_BYTES = 1 << 20
MAX_TEXT_BYTES = 4 << 20
MAX_TABLE_BYTES = 8 << 20
MAX_ROWS = 20_000
MAX_CHARTS = 60
MAX_BARS = 60
MAX_ABS_VALUE = 1e18

LocalizedText = Mapping[str, str]


class BundleError(ViewerError):
    """A bundle could not be read: says what is wrong and where."""


def localized(text: LocalizedText, language: str) -> str:
    """The text in `language`, falling back to English, then to the one it
    has (an imported release names things in its own language only)."""
    return text.get(language) or text.get("en") or next((value for value in text.values() if value), "")


@dataclass(frozen=True)
class Indicator:
    """What a fact measures, named per language; `counted` names what a
    count counts ('tourist trips'), `short` is the name on a chart's axis."""

    id: str
    name: LocalizedText
    short: LocalizedText
    counted: LocalizedText

    def label(self, language: str) -> str:
        return localized(self.short, language) or localized(self.name, language)


@dataclass(frozen=True)
class Fact:
    id: str
    indicator: str
    measure: str
    value: float
    unit: str
    period: str
    kind: str
    source: str
    derivation: str = ""
    quote: str = ""
    growth_of: str = ""
    source_text: LocalizedText = dataclasses.field(default_factory=dict)  # the source per language

    def source_in(self, language: str) -> str:
        """The source in `language` ('source_zh' column), else in English."""
        return self.source_text.get(language) or self.source


@dataclass(frozen=True)
class SeriesRow:
    """One row of a table: an indicator's value for a period, with its source."""

    period: str
    indicator: str
    value: float | None
    unit: str
    status: str
    source: str
    url: str
    growth: float | None = None
    source_text: LocalizedText = dataclasses.field(default_factory=dict)

    def source_in(self, language: str) -> str:
        return self.source_text.get(language) or self.source


@dataclass(frozen=True)
class Table:
    id: str
    title: LocalizedText
    rows: tuple[SeriesRow, ...]


@dataclass(frozen=True)
class ChartDef:
    """What a chart draws (`mark`) and where its values come from: listed
    facts, or one indicator's series from a table (with facts beside)."""

    id: str
    mark: str
    title: LocalizedText
    facts: tuple[str, ...] = ()
    categories: str = "period"
    table: str = ""
    indicator: str = ""
    beside: tuple[str, ...] = ()


@dataclass(frozen=True)
class ArticleBundle:
    """One article with everything needed to show it and its charts."""

    path: Path
    id: str
    original_language: str
    announced: dt.date | None
    published: dt.date
    source_url: str
    translator: str
    title: LocalizedText
    publisher: LocalizedText
    publisher_short: LocalizedText
    published_by: LocalizedText  # who published the article, when not the source itself ({} if it is)
    texts: Mapping[str, str]
    indicators: Mapping[str, Indicator]
    facts: tuple[Fact, ...]
    tables: Mapping[str, Table]
    charts: tuple[ChartDef, ...]

    def text_language(self, language: str) -> str:
        """The language the body is shown in when `language` is asked for."""
        return language if language in self.texts else self.original_language

    def fact(self, fact_id: str) -> Fact:
        return next(f for f in self.facts if f.id == fact_id)

    def indicator_label(self, indicator_id: str, language: str, short: bool = True) -> str:
        indicator = self.indicators[indicator_id]
        return indicator.label(language) if short else localized(indicator.name, language)


def load_bundle(path: Path | str) -> ArticleBundle:
    """Read and validate the bundle folder at `path`; raise BundleError."""
    folder = Path(path)
    if not folder.is_dir():
        raise BundleError("no article bundle folder here", folder)
    toml_path = folder / "article.toml"
    meta = _read_toml(_inside(folder, "article.toml", toml_path))
    texts = _read_texts(folder)
    indicators = _read_indicators(meta, toml_path)
    facts = _read_facts(_inside(folder, "facts.csv", folder / "facts.csv"), indicators)
    tables = _read_tables(meta, folder, indicators)
    fact_ids = {f.id for f in facts}
    for language, body in texts.items():
        for fact_id in FACT_LINK.findall(body):
            if fact_id not in fact_ids:
                raise BundleError(f"link to unknown fact '{fact_id}'", folder / "text" / f"{language}.md")
    original = _required(meta, "original_language", str, toml_path)
    if original not in texts:
        raise BundleError(f"no text for the original language '{original}'", folder / "text")
    announced = meta.get("announced")
    if announced is not None and not is_date(announced):
        raise BundleError("'announced' is not a date", toml_path)
    published = meta.get("published")
    if not is_date(published):  # a date-time is not a date: it cannot be sorted or compared with one
        raise BundleError("'published' is missing or not a date like 2019-01-16", toml_path)
    bundle_id = _required(meta, "id", str, toml_path)
    if not IDENTIFIER.fullmatch(bundle_id):
        raise BundleError(f"'id' must be letters, digits, '-', '_' or '.', not '{bundle_id[:40]}'", toml_path)
    return ArticleBundle(
        path=folder,
        id=bundle_id,
        original_language=original,
        announced=announced,
        published=published,
        source_url=str(meta.get("source_url", "")),
        translator=str(meta.get("translator", "")),
        title=_localized_table(meta, "title", toml_path),
        publisher=_localized_table(meta, "publisher", toml_path),
        publisher_short=_text_table(meta.get("publisher_short", meta.get("publisher")), "'publisher_short'", toml_path),
        published_by=_text_table(meta.get("published_by"), "'published_by'", toml_path, required=False),
        texts=texts,
        indicators=indicators,
        facts=facts,
        tables=tables,
        charts=_read_charts(meta, facts, tables, toml_path),
    )


def is_text_table(value: object) -> TypeGuard[Mapping]:
    """A table of texts by language holding a text in one language at least."""
    return isinstance(value, Mapping) and any(isinstance(text, str) and text for text in value.values())


def is_date(value: object) -> TypeGuard[dt.date]:
    """A TOML date (2019-01-16); a TOML date-time is a datetime, a subclass."""
    return isinstance(value, dt.date) and not isinstance(value, dt.datetime)


def _inside(folder: Path, name: str, path: Path, where: Path | None = None) -> Path:
    """`path`, if it resolves inside `folder` (a link to elsewhere is refused);
    the error names `where` the path was given (the file itself by default)."""
    try:
        resolved = path.resolve()
        inside = resolved.is_relative_to(folder.resolve())
    except (OSError, RuntimeError, ValueError):  # ValueError: a NUL in the name
        inside = False
    if not inside:
        raise BundleError(f"{name} points outside the bundle folder", where or path)
    return path


def _read_bytes(path: Path, limit: int) -> bytes:
    try:
        if not path.is_file():
            raise BundleError(f"{path.name} is missing", path)
        if path.stat().st_size > limit:
            raise BundleError(f"{path.name} is larger than {limit >> 20} MB", path)
        return path.read_bytes()
    except OSError as error:
        raise BundleError(f"cannot read {path.name}: {error.strerror}", path) from None


def read_article_toml(folder: Path) -> dict:
    """Only the bundle's article.toml, checked as load_bundle checks it (for
    listing a library without reading every table)."""
    return _read_toml(_inside(folder, "article.toml", folder / "article.toml"))


def _read_toml(path: Path) -> dict:
    try:
        return tomllib.loads(_read_bytes(path, MAX_TOML_BYTES).decode("utf-8"))
    except UnicodeDecodeError:
        raise BundleError("article.toml is not UTF-8 text", path) from None
    except tomllib.TOMLDecodeError as error:
        raise BundleError(f"article.toml is not valid TOML: {error}", path) from None
    except RecursionError:
        raise BundleError("article.toml is nested too deeply", path) from None


def _read_texts(folder: Path) -> dict[str, str]:
    texts: dict[str, str] = {}
    text_folder = folder / "text"
    for file in sorted(text_folder.glob("*.md")) if text_folder.is_dir() else ():
        if not LANGUAGE_CODE.fullmatch(file.stem):
            continue
        try:
            texts[file.stem] = _read_bytes(_inside(folder, f"text/{file.name}", file), MAX_TEXT_BYTES).decode("utf-8")
        except UnicodeDecodeError:
            raise BundleError("the article text is not UTF-8", file) from None
    if not texts:
        raise BundleError("no article text (text/<language>.md)", text_folder)
    return texts


def _read_rows(path: Path, columns: tuple[str, ...]) -> list[dict[str, str]]:
    try:
        text = _read_bytes(path, MAX_TABLE_BYTES).decode("utf-8-sig")
        reader = csv.DictReader(text.splitlines())
        missing = [c for c in columns if c not in (reader.fieldnames or ())]
        if missing:
            raise BundleError(f"missing column(s) {', '.join(missing)}", path)
        rows: list[dict[str, str]] = []
        for row in reader:
            if len(rows) >= MAX_ROWS:
                raise BundleError(f"more than {MAX_ROWS} rows", path)
            rows.append({k: (v or "").strip() for k, v in row.items() if isinstance(k, str)})
        return rows
    except UnicodeDecodeError:
        raise BundleError(f"{path.name} is not UTF-8 text", path) from None
    except csv.Error as error:
        raise BundleError(f"cannot read {path.name}: {error}", path) from None


def _number(text: str, what: str, where: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise BundleError(f"{what} '{text[:40]}' is not a number", where) from None
    if not math.isfinite(value) or abs(value) > MAX_ABS_VALUE:
        raise BundleError(f"{what} '{text[:40]}' is not a finite number in range", where)
    return value


def _choice(value: str, choices: tuple[str, ...] | Mapping, what: str, where: str) -> str:
    if value not in choices:
        raise BundleError(f"unknown {what} '{value[:40]}' (choose from {', '.join(choices)})", where)
    return value


def _period(text: str, where: str) -> str:
    if text and not PERIOD.fullmatch(text):
        raise BundleError(f"period '{text[:40]}' is not like 2018, 2018-07, 2018-01..2018-07", where)
    return text


def _read_facts(path: Path, indicators: Mapping[str, Indicator]) -> tuple[Fact, ...]:
    facts: dict[str, Fact] = {}
    for line, row in enumerate(_read_rows(path, FACT_COLUMNS), start=2):
        where = f"{path}, line {line}"
        fact_id = row["id"]
        if not IDENTIFIER.fullmatch(fact_id) or fact_id in facts:
            raise BundleError(f"fact id '{fact_id[:40]}' is empty, repeated or not a plain name", where)
        fact = Fact(
            id=fact_id,
            indicator=_choice(row["indicator"], indicators, "indicator", where),
            measure=_choice(row["measure"], MEASURES, "measure", where),
            value=_number(row["value"], "value", where),
            unit=_choice(row["unit"], UNITS, "unit", where),
            period=_period(row["period"], where),
            kind=_choice(row["kind"], FACT_KINDS, "kind", where),
            source=row["source"],
            **{column: row.get(column, "") for column in FACT_OPTIONAL},
            source_text=_translated_sources(row),
        )
        if not fact.source:
            raise BundleError(f"fact '{fact.id}' has no source", where)
        if fact.kind == "derived":
            _check_derivation(fact, where)
        facts[fact.id] = fact
    for fact in facts.values():
        if fact.growth_of and fact.growth_of not in facts:
            raise BundleError(f"fact '{fact.id}' is the growth of unknown fact '{fact.growth_of}'", path)
    if not facts:
        raise BundleError("no facts", path)
    return tuple(facts.values())


def _translated_sources(row: Mapping[str, str]) -> dict[str, str]:
    """The optional 'source_<language>' columns of a row."""
    return {
        key.removeprefix("source_"): text
        for key, text in row.items()
        if key.startswith("source_") and LANGUAGE_CODE.fullmatch(key.removeprefix("source_")) and text
    }


def _check_derivation(fact: Fact, where: str) -> None:
    try:
        computed = evaluate_derivation(fact.derivation)
    except DerivationError:
        raise BundleError(f"derived fact '{fact.id}' needs a derivation like '310 / 1.28'", where) from None
    if abs(computed - fact.value) > 1e-3 * max(1.0, abs(computed)):
        raise BundleError(f"derived fact '{fact.id}' is {fact.value:g}, but {fact.derivation} = {computed:g}", where)


def _read_tables(meta: Mapping, folder: Path, indicators: Mapping[str, Indicator]) -> dict[str, Table]:
    where_toml = folder / "article.toml"
    entries = meta.get("tables", {})
    if not isinstance(entries, Mapping):
        raise BundleError("'tables' must be a table of tables", where_toml)
    tables: dict[str, Table] = {}
    for table_id, entry in entries.items():
        if not isinstance(entry, Mapping) or not isinstance(entry.get("file"), str):
            raise BundleError(f"table '{table_id}' needs a 'file'", where_toml)
        path = _inside(folder, f"table '{table_id}' file {entry['file'][:80]}", folder / entry["file"], where_toml)
        rows = []
        for line, row in enumerate(_read_rows(path, SERIES_COLUMNS), start=2):
            where = f"{path}, line {line}"
            if not row["source"]:
                raise BundleError("row has no source", where)
            value, growth = row["value"], row.get("growth", "")
            rows.append(
                SeriesRow(
                    period=_period(row["period"], where) or _period("", where),
                    indicator=_choice(row["indicator"], indicators, "indicator", where),
                    value=_number(value, "value", where) if value else None,
                    unit=_choice(row["unit"], UNITS, "unit", where),
                    status=_choice(row["status"], SERIES_STATUSES, "status", where),
                    source=row["source"],
                    url=row["url"],
                    growth=_number(growth, "growth", where) if growth else None,
                    source_text=_translated_sources(row),
                )
            )
        tables[str(table_id)] = Table(
            str(table_id), _text_table(entry.get("title"), f"table '{table_id}' title", where_toml), tuple(rows)
        )
    return tables


def _required(meta: Mapping, key: str, kind: type, where: Path):
    value = meta.get(key)
    if not isinstance(value, kind):
        raise BundleError(f"'{key}' is missing or not a {kind.__name__}", where)
    return value


def _text_table(value: object, what: str, where: Path, required: bool = True) -> dict[str, str]:
    if value is None and not required:
        return {}
    if not is_text_table(value):
        raise BundleError(f"{what} needs a text in at least one language", where)
    if not all(isinstance(text, str) for text in value.values()):
        raise BundleError(f"{what} must map language codes to texts", where)
    return {str(k): v for k, v in value.items()}


def _localized_table(meta: Mapping, key: str, where: Path) -> dict[str, str]:
    return _text_table(meta.get(key), f"'{key}'", where)


def _read_indicators(meta: Mapping, where: Path) -> dict[str, Indicator]:
    entries = meta.get("indicators")
    if not isinstance(entries, Mapping) or not entries:
        raise BundleError("'indicators' is missing: each fact names its indicator", where)
    indicators = {}
    for indicator_id, entry in entries.items():
        what = f"indicator '{indicator_id}'"
        if not IDENTIFIER.fullmatch(indicator_id) or not isinstance(entry, Mapping):
            raise BundleError(f"{what} needs a plain id and a table", where)
        indicators[indicator_id] = Indicator(
            id=indicator_id,
            name=_text_table(entry.get("name"), f"{what} name", where),
            short=_text_table(entry.get("short"), f"{what} short name", where, required=False),
            counted=_text_table(entry.get("counted"), f"{what} counted", where, required=False),
        )
    return indicators


def _read_charts(
    meta: Mapping, facts: tuple[Fact, ...], tables: Mapping[str, Table], where: Path
) -> tuple[ChartDef, ...]:
    entries = meta.get("charts", [])
    if not isinstance(entries, list) or len(entries) > MAX_CHARTS:
        raise BundleError(f"'charts' must be a list of at most {MAX_CHARTS} charts", where)
    by_id = {f.id: f for f in facts}
    charts: list[ChartDef] = []
    for entry in entries:
        chart_id = str(entry.get("id", "")) if isinstance(entry, Mapping) else ""
        what = f"chart '{chart_id}'"
        if not IDENTIFIER.fullmatch(chart_id) or any(c.id == chart_id for c in charts):
            raise BundleError(f"{what} needs a plain id of its own", where)
        mark = _choice(str(entry.get("mark", "bar")), MARKS, f"{what} mark", str(where))
        fact_list = _string_list(entry.get("facts", []), f"{what} facts", where)
        beside = _string_list(entry.get("beside", []), f"{what} beside", where)
        unknown = [f for f in fact_list + beside if f not in by_id]
        if unknown:
            raise BundleError(f"{what} shows unknown fact(s) {', '.join(unknown)}", where)
        series = entry.get("series", {})
        table_id, indicator = (
            (str(series.get("table", "")), str(series.get("indicator", "")))
            if isinstance(series, Mapping)
            else ("", "")
        )
        units = {by_id[f].unit for f in fact_list + beside}
        if table_id:
            if table_id not in tables:
                raise BundleError(f"{what} draws a series from unknown table '{table_id}'", where)
            rows = [r for r in tables[table_id].rows if r.indicator == indicator and r.value is not None]
            if not rows:
                raise BundleError(f"{what}: table '{table_id}' has no values for indicator '{indicator}'", where)
            units |= {r.unit for r in rows}
        elif not fact_list:
            raise BundleError(f"{what} needs 'facts' or a 'series'", where)
        if len(units) > 1:
            raise BundleError(f"{what} mixes units on one axis: {', '.join(sorted(units))}", where)
        if len(fact_list) > MAX_BARS:
            raise BundleError(f"{what} has more than {MAX_BARS} facts", where)
        charts.append(
            ChartDef(
                id=chart_id,
                mark=mark,
                title=_text_table(entry.get("title"), f"{what} title", where),
                facts=tuple(fact_list),
                categories=_choice(
                    str(entry.get("categories", "period")), CATEGORY_SOURCES, f"{what} categories", str(where)
                ),
                table=table_id,
                indicator=indicator,
                beside=tuple(beside),
            )
        )
    return tuple(charts)


def _string_list(value: object, what: str, where: Path) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise BundleError(f"{what} must be a list of fact ids", where)
    return value
