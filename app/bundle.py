"""Reads and validates an article bundle: article.toml, text/*.md, facts.csv
and data/official.csv.

Only the standard library is used here, so a bundle can be opened and shown
before pandas is imported; app.facts turns the validated rows into tables.
"""

from __future__ import annotations

import ast
import csv
import datetime as dt
import operator
import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

FACT_KINDS = ("reported", "estimate", "derived")
OFFICIAL_STATUSES = ("reported", "final")
UNITS = ("bn_cny", "percent", "enterprises")
CHART_TYPES = ("facts", "official")
FACT_COLUMNS = ("id", "value", "unit", "period", "kind", "derivation", "source")
OFFICIAL_COLUMNS = ("year", "indicator", "value_bn_cny", "growth_pct", "status", "source", "url")
FACT_LINK = re.compile(r"\]\(fact:([^)\s]*)\)")
DEFAULT_BUNDLE = Path(__file__).resolve().parent.parent / "resources" / "articles" / "hunan-2018-foreign-trade"

LocalizedText = Mapping[str, str]


class BundleError(Exception):
    """A bundle could not be read: says what is wrong and where."""

    def __init__(self, what: str, where: Path | str) -> None:
        super().__init__(f"{what} ({where})")
        self.what = what
        self.where = str(where)


def localized(text: LocalizedText, language: str) -> str:
    """The text in `language`, falling back to English."""
    return text.get(language) or text["en"]


@dataclass(frozen=True)
class Fact:
    id: str
    value: float
    unit: str
    period: str
    kind: str
    derivation: str
    source: str


@dataclass(frozen=True)
class OfficialRow:
    year: int
    indicator: str
    value: float | None
    growth_pct: float | None
    status: str
    source: str
    url: str


@dataclass(frozen=True)
class BarDef:
    fact: str
    label: LocalizedText


@dataclass(frozen=True)
class ChartDef:
    id: str
    type: str
    unit: str
    title: LocalizedText
    bars: tuple[BarDef, ...] = ()
    indicator: str = ""
    beside: tuple[str, ...] = ()


@dataclass(frozen=True)
class ArticleBundle:
    """One article with everything needed to show it and its charts."""

    path: Path
    id: str
    original_language: str
    announced: dt.date
    published: dt.date
    source_url: str
    translator: str
    title: LocalizedText
    publisher: LocalizedText
    publisher_short: LocalizedText
    texts: Mapping[str, str]
    facts: tuple[Fact, ...]
    official: tuple[OfficialRow, ...]
    charts: tuple[ChartDef, ...]

    def text_language(self, language: str) -> str:
        """The language the body is shown in when `language` is asked for."""
        return language if language in self.texts else self.original_language


def load_bundle(path: Path | str) -> ArticleBundle:
    """Read and validate the bundle folder at `path`; raise BundleError."""
    folder = Path(path)
    if not folder.is_dir():
        raise BundleError("no article bundle folder here", folder)
    meta = _read_toml(folder / "article.toml")
    texts = _read_texts(folder / "text")
    facts = _read_facts(folder / "facts.csv")
    official = _read_official(folder / "data" / "official.csv")
    fact_ids = {f.id for f in facts}
    for language, body in texts.items():
        for fact_id in FACT_LINK.findall(body):
            if fact_id not in fact_ids:
                raise BundleError(f"link to unknown fact '{fact_id}'", folder / "text" / f"{language}.md")
    where = folder / "article.toml"
    original = _required(meta, "original_language", str, where)
    if original not in texts:
        raise BundleError(f"no text for the original language '{original}'", folder / "text")
    return ArticleBundle(
        path=folder,
        id=_required(meta, "id", str, where),
        original_language=original,
        announced=_required(meta, "announced", dt.date, where),
        published=_required(meta, "published", dt.date, where),
        source_url=_required(meta, "source_url", str, where),
        translator=str(meta.get("translator", "")),
        title=_localized_table(meta, "title", where),
        publisher=_localized_table(meta, "publisher", where),
        publisher_short=_localized_table(meta, "publisher_short", where),
        texts=texts,
        facts=facts,
        official=official,
        charts=_read_charts(meta, fact_ids, where),
    )


def _read_toml(path: Path) -> dict:
    try:
        with path.open("rb") as stream:
            return tomllib.load(stream)
    except FileNotFoundError:
        raise BundleError("article.toml is missing", path) from None
    except (OSError, UnicodeDecodeError) as error:
        raise BundleError(f"cannot read article.toml: {error}", path) from None
    except tomllib.TOMLDecodeError as error:
        raise BundleError(f"article.toml is not valid TOML: {error}", path) from None


def _read_texts(folder: Path) -> dict[str, str]:
    texts: dict[str, str] = {}
    for file in sorted(folder.glob("*.md")):
        try:
            texts[file.stem] = file.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as error:
            raise BundleError(f"cannot read the article text: {error}", file) from None
    if not texts:
        raise BundleError("no article text (text/<language>.md)", folder)
    return texts


def _read_rows(path: Path, columns: tuple[str, ...]) -> list[dict[str, str]]:
    try:
        with path.open(encoding="utf-8", newline="") as stream:
            reader = csv.DictReader(stream)
            missing = [c for c in columns if c not in (reader.fieldnames or ())]
            if missing:
                raise BundleError(f"missing column(s) {', '.join(missing)}", path)
            return list(reader)
    except FileNotFoundError:
        raise BundleError(f"{path.name} is missing", path) from None
    except (OSError, UnicodeDecodeError, csv.Error) as error:
        raise BundleError(f"cannot read {path.name}: {error}", path) from None


def _number(text: str, what: str, where: str) -> float:
    try:
        return float(text)
    except ValueError:
        raise BundleError(f"{what} '{text}' is not a number", where) from None


def _read_facts(path: Path) -> tuple[Fact, ...]:
    facts: list[Fact] = []
    for line, row in enumerate(_read_rows(path, FACT_COLUMNS), start=2):
        where = f"{path}, line {line}"
        fact = Fact(
            id=row["id"].strip(),
            value=_number(row["value"], "value", where),
            unit=row["unit"],
            period=row["period"],
            kind=row["kind"],
            derivation=row["derivation"] or "",
            source=row["source"] or "",
        )
        if not fact.id or any(f.id == fact.id for f in facts):
            raise BundleError(f"fact id '{fact.id}' is empty or repeated", where)
        if fact.unit not in UNITS:
            raise BundleError(f"unknown unit '{fact.unit}'", where)
        if fact.kind not in FACT_KINDS:
            raise BundleError(f"unknown kind '{fact.kind}'", where)
        if not fact.source:
            raise BundleError(f"fact '{fact.id}' has no source", where)
        if fact.kind == "derived":
            _check_derivation(fact, where)
        facts.append(fact)
    if not facts:
        raise BundleError("no facts", path)
    return tuple(facts)


_OPERATORS = {ast.Add: operator.add, ast.Sub: operator.sub, ast.Mult: operator.mul, ast.Div: operator.truediv}


def evaluate_derivation(expression: str) -> float:
    """Evaluate a derivation such as '310 / 1.28' (numbers and + - * / only)."""

    def walk(node: ast.AST) -> float:
        if isinstance(node, ast.Expression):
            return walk(node.body)
        if isinstance(node, ast.Constant) and isinstance(node.value, int | float):
            return float(node.value)
        if isinstance(node, ast.BinOp) and type(node.op) in _OPERATORS:
            return _OPERATORS[type(node.op)](walk(node.left), walk(node.right))
        raise ValueError(expression)

    return walk(ast.parse(expression, mode="eval"))


def _check_derivation(fact: Fact, where: str) -> None:
    try:
        computed = evaluate_derivation(fact.derivation)
    except (SyntaxError, ValueError, ZeroDivisionError):
        raise BundleError(f"derived fact '{fact.id}' needs a derivation like '310 / 1.28'", where) from None
    if abs(computed - fact.value) > 1e-3 * max(1.0, abs(computed)):
        raise BundleError(f"derived fact '{fact.id}' is {fact.value}, but {fact.derivation} = {computed:g}", where)


def _read_official(path: Path) -> tuple[OfficialRow, ...]:
    rows: list[OfficialRow] = []
    for line, row in enumerate(_read_rows(path, OFFICIAL_COLUMNS), start=2):
        where = f"{path}, line {line}"
        if row["status"] not in OFFICIAL_STATUSES:
            raise BundleError(f"unknown status '{row['status']}'", where)
        if not row["source"]:
            raise BundleError("row has no source", where)
        value, growth = row["value_bn_cny"], row["growth_pct"]
        rows.append(
            OfficialRow(
                year=int(_number(row["year"], "year", where)),
                indicator=row["indicator"],
                value=_number(value, "value", where) if value else None,
                growth_pct=_number(growth, "growth", where) if growth else None,
                status=row["status"],
                source=row["source"],
                url=row["url"],
            )
        )
    return tuple(rows)


def _required(meta: Mapping, key: str, kind: type, where: Path):
    value = meta.get(key)
    if not isinstance(value, kind):
        raise BundleError(f"'{key}' is missing or not a {kind.__name__}", where)
    return value


def _text_table(value: object, what: str, where: Path) -> dict[str, str]:
    if not isinstance(value, Mapping) or not isinstance(value.get("en"), str):
        raise BundleError(f"{what} needs an English ('en') text", where)
    return {str(k): str(v) for k, v in value.items()}


def _localized_table(meta: Mapping, key: str, where: Path) -> dict[str, str]:
    return _text_table(meta.get(key), f"'{key}'", where)


def _read_charts(meta: Mapping, fact_ids: set[str], where: Path) -> tuple[ChartDef, ...]:
    charts: list[ChartDef] = []
    for entry in meta.get("charts", []):
        chart_id = str(entry.get("id", ""))
        what = f"chart '{chart_id}'"
        if not chart_id or entry.get("type") not in CHART_TYPES or entry.get("unit") not in UNITS:
            raise BundleError(f"{what} needs an id, a type ({', '.join(CHART_TYPES)}) and a unit", where)
        bars = tuple(
            BarDef(fact=str(bar.get("fact")), label=_text_table(bar.get("label"), f"{what} bar label", where))
            for bar in entry.get("bars", [])
        )
        beside = tuple(str(f) for f in entry.get("beside", []))
        unknown = [f for f in [b.fact for b in bars] + list(beside) if f not in fact_ids]
        if unknown:
            raise BundleError(f"{what} shows unknown fact(s) {', '.join(unknown)}", where)
        if entry["type"] == "facts" and not bars:
            raise BundleError(f"{what} has no bars", where)
        charts.append(
            ChartDef(
                id=chart_id,
                type=entry["type"],
                unit=entry["unit"],
                title=_text_table(entry.get("title"), f"{what} title", where),
                bars=bars,
                indicator=str(entry.get("indicator", "")),
                beside=beside,
            )
        )
    return tuple(charts)
