"""The glossary of statistical indicators (resources/glossary.toml), and the
mapping of an indicator phrase in a release's own English words to a term.

What the indicators are called in each language is reviewed data in the
TOML file; this module only reads it and matches phrases. Standard library
only, so the importer can use it without Qt.
"""

from __future__ import annotations

import functools
import re
import tomllib
import unicodedata
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app import paths
from app.errors import ViewerError

DEFAULT_GLOSSARY = paths.glossary_file()
LANGUAGES = ("en", "zh", "fr", "ko", "ja")
KINDS = ("amount", "count", "quantity", "rate")
PLACE_KINDS = ("province", "city", "prefecture")
PARTNER_KINDS = ("bloc", "economy", "region", "group")

_APOSTROPHES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u02bc": "'", "`": "'"})
# "Hunan's", "residents'": the owner stays, the mark goes.
_POSSESSIVE = re.compile(r"(?<=\w)'s\b|(?<=s)'(?!\w)")
_SEPARATORS = re.compile(r"[\W_]+")
# French elisions: "d'entreprises", "l'année" are two words.
_ELISION = re.compile(r"\b(d|l|qu)'(?=\w)")


class GlossaryError(ViewerError):
    """The glossary could not be read: says what is wrong and where."""


@dataclass(frozen=True)
class _Named:
    id: str
    names: Mapping[str, str]
    short: Mapping[str, str]

    def name(self, language: str) -> str:
        """The name in `language`, falling back to English."""
        return self.names.get(language) or self.names["en"]

    def short_name(self, language: str) -> str:
        """The chart label in `language`: its short name, else its name, else
        the English short name."""
        return self.short.get(language) or self.names.get(language) or self.short.get("en") or self.names["en"]


@dataclass(frozen=True)
class Term(_Named):
    """One indicator: its names, chart labels, English phrasings and kind.
    `flow` and `partner` are set on trade with one partner ("exports to
    Africa" narrows "exports" to "africa")."""

    phrases: tuple[str, ...] = ()
    kind: str = "amount"
    flow: str = ""
    partner: str = ""


@dataclass(frozen=True)
class Place(_Named):
    """A place (Hunan, a city) or a trade partner, with its English aliases."""

    aliases: tuple[str, ...] = ()
    kind: str = ""


@dataclass(frozen=True)
class Match:
    """What a phrase names: a term id, and the place and partner ids it
    mentions (or None). `phrasing` is the normalised phrasing that matched."""

    term: str
    place: str | None
    partner: str | None
    phrasing: str


def _singular(word: str) -> str:
    if len(word) <= 3 or not word.endswith("s") or word.endswith(("ss", "us", "is")):
        return word
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("sses", "xes", "ches", "shes")):
        return word[:-2]
    return word[:-1]


def _words(text: str) -> list[str]:
    """Lower case, no possessives or punctuation, singular words."""
    text = unicodedata.normalize("NFKC", text).casefold().translate(_APOSTROPHES)
    text = _ELISION.sub(r"\1 ", text)
    text = _POSSESSIVE.sub("", text).replace("&", " and ").replace("'", "")
    return [_singular(word) for word in _SEPARATORS.split(text) if word]


_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
_CJK_TOTAL = re.compile(r"(总额|总值|总量|総額|총액)$")
# What CJK wordings of one name differ by: spaces (대외무역 실적이), and
# Japanese の and が (対外貿易の実績がある企業, 対外貿易実績のある企業).
_CJK_LOOSE = re.compile(r"[\sのが]")
# A name's gloss in brackets, which releases leave out: 지역내총생산(GRDP).
_BRACKETED = re.compile(r"\s*[(（][^()（）]*[)）]")


@dataclass(frozen=True, eq=False)
class Glossary:
    """Terms, places and partners by id; `match` maps phrases to terms."""

    terms: Mapping[str, Term]
    places: Mapping[str, Place] = field(default_factory=dict)
    partners: Mapping[str, Place] = field(default_factory=dict)
    neutral: frozenset[str] = frozenset()
    spellings: Mapping[str, str] = field(default_factory=dict)
    _index: _Index = field(init=False, repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_index", _Index(self))

    def normalise(self, text: str) -> tuple[str, ...]:
        """The words matching compares: lower case and singular, in American
        spelling, without punctuation, possessives or articles."""
        return self._index.normalise(text)

    def match(self, phrase: str) -> Match | None:
        """The term an indicator phrase names, with the place and partner it
        mentions; None when the phrase holds a word the glossary does not
        know or names no term. A phrase in Chinese, Japanese or Korean is
        matched on the names the glossary gives in those languages."""
        if _CJK.search(phrase):
            return self._match_cjk(phrase)
        return self._index.match(phrase)

    def _match_cjk(self, phrase: str) -> Match | None:
        """The term whose CJK name (or its stem without 总额/总值/总量) the
        phrase contains, longest first, spaces, の and が aside; places and
        partners likewise."""
        loose = _CJK_LOOSE.sub("", phrase)

        def longest(stems: list[tuple[str, str]]) -> str | None:
            found = [(len(stem), key) for stem, key in stems if stem in loose]
            return max(found)[1] if found else None

        term = longest(self._index.cjk_stems["terms"])
        if term is None:
            return None
        place, partner = longest(self._index.cjk_stems["places"]), longest(self._index.cjk_stems["partners"])
        return Match(
            term=term, place=place, partner=partner if partner != self.terms[term].partner else None, phrasing=phrase
        )

    def texts(self, language: str) -> Iterator[str]:
        """Every name and short name the glossary has in `language`."""
        for table in (self.terms, self.places, self.partners):
            for entry in table.values():
                yield from (text for text in (entry.names.get(language), entry.short.get(language)) if text)


def _cjk_names(entry: _Named) -> list[str]:
    """An entry's Chinese, Japanese and Korean names and short names, and a
    term's phrasings in those scripts."""
    names = [text for language in ("zh", "ja", "ko") for text in (entry.names.get(language), entry.short.get(language))]
    names += [phrase for phrase in getattr(entry, "phrases", ()) if _CJK.search(phrase)]
    return [text for text in names if text]


class _Index:
    """The phrasings and aliases as word tuples, built once per glossary."""

    def __init__(self, glossary: Glossary) -> None:
        rewrites = {" ".join(_words(key)): " ".join(_words(value)) for key, value in glossary.spellings.items()}
        keys = sorted(rewrites, key=len, reverse=True)
        self._rewrites = rewrites
        self._rewrite = re.compile(rf"\b(?:{'|'.join(map(re.escape, keys))})\b") if keys else None
        self.phrases: dict[tuple[str, ...], str] = {}
        for term in glossary.terms.values():
            for phrase in term.phrases:
                if not _CJK.search(phrase):  # (those are matched as names: cjk_stems)
                    self._add(self.phrases, phrase, term.id, f"terms.{term.id}.phrases")
        self.aliases: dict[tuple[str, ...], tuple[str, str]] = {}
        for table, kind in ((glossary.places, "places"), (glossary.partners, "partners")):
            for place in table.values():
                for alias in place.aliases:
                    self._add(self.aliases, alias, (kind, place.id), f"{kind}.{place.id}.aliases")
        self.flows = {term.flow for term in glossary.terms.values() if term.flow}
        self.narrowed = {(t.flow, t.partner): t.id for t in glossary.terms.values() if t.flow and t.partner}
        self.partner_of = {t.id: t.partner for t in glossary.terms.values() if t.partner}
        self.specific = {p.id for p in glossary.places.values() if p.kind != "province"}
        self.vocabulary = {w for words in [*self.phrases, *self.aliases] for w in words}
        self.vocabulary |= {w for word in glossary.neutral for w in self.normalise(word)}
        # Each CJK name and short name as _match_cjk compares it, with its key.
        # (A term's phrasings in those languages count as names.)
        self.cjk_stems: dict[str, list[tuple[str, str]]] = {
            name: sorted(
                {
                    (stem, key)
                    for key, entry in table.items()
                    for text in _cjk_names(entry)
                    for bare in (text, _BRACKETED.sub("", text))
                    for stem in (_CJK_LOOSE.sub("", bare), _CJK_LOOSE.sub("", _CJK_TOTAL.sub("", bare)))
                    if len(stem) >= 2
                }
            )
            for name, table in (("terms", glossary.terms), ("places", glossary.places), ("partners", glossary.partners))
        }
        self.longest_phrase = max(map(len, self.phrases), default=0)
        self.longest_alias = max(map(len, self.aliases), default=0)

    def _add(self, index: dict[tuple[str, ...], Any], text: str, value: Any, where: str) -> None:
        words = self.normalise(text)
        if not words:
            raise GlossaryError(f"{text!r} has no words to match", where)
        if index.setdefault(words, value) != value:
            raise GlossaryError(f"{text!r} is already a phrasing of {index[words]}", where)

    def normalise(self, text: str) -> tuple[str, ...]:
        joined = " ".join(_words(text))
        if self._rewrite is not None:
            joined = self._rewrite.sub(lambda m: self._rewrites[m.group(0)], joined)
        return tuple(word for word in joined.split() if word not in ("the", "a", "an"))

    def match(self, phrase: str) -> Match | None:
        words = self.normalise(phrase)
        if not words or not all(w in self.vocabulary or w.isdigit() for w in words):
            return None
        best: tuple[tuple[bool, int, int, int], str, tuple[str, ...]] | None = None
        for start in range(len(words)):
            for length in range(min(self.longest_phrase, len(words) - start), 0, -1):
                key = words[start : start + length]
                term = self.phrases.get(key)
                if term is not None:
                    # A term that is not a bare flow wins ("exports of
                    # high-tech products"), then the longest phrasing.
                    score = (term not in self.flows, length, sum(map(len, key)), -start)
                    if best is None or score > best[0]:
                        best = (score, term, key)
                    break
        if best is None:
            return None
        _, term, key = best
        places, partners = self._mentions(words)
        partner = self.partner_of.get(term) or (partners[0] if partners else None)
        if term in self.flows and partner is not None:
            term = self.narrowed.get((term, partner), term)
        place = next((p for p in places if p in self.specific), places[0] if places else None)
        return Match(term=term, place=place, partner=partner, phrasing=" ".join(key))

    def _mentions(self, words: tuple[str, ...]) -> tuple[list[str], list[str]]:
        found: dict[str, list[str]] = {"places": [], "partners": []}
        start = 0
        while start < len(words):
            for length in range(min(self.longest_alias, len(words) - start), 0, -1):
                hit = self.aliases.get(words[start : start + length])
                if hit is not None:
                    found[hit[0]].append(hit[1])
                    start += length
                    break
            else:
                start += 1
        return found["places"], found["partners"]


# ---------------------------------------------------------------- loading


def load_glossary(path: Path | str = DEFAULT_GLOSSARY) -> Glossary:
    """The glossary in `path`, read once per path; GlossaryError if malformed."""
    return _load(Path(path).resolve())


def glossary_text() -> str:
    """Every name and short name of the bundled glossary, in every language
    (for the font subsets)."""
    glossary = load_glossary()
    return "\n".join(text for language in LANGUAGES for text in glossary.texts(language))


@functools.lru_cache(maxsize=8)
def _load(path: Path) -> Glossary:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as error:
        raise GlossaryError(f"cannot read the glossary: {error.__class__.__name__}", path) from None
    except tomllib.TOMLDecodeError as error:
        raise GlossaryError(f"not valid TOML: {error}", path) from None
    try:
        return _parse(data)
    except GlossaryError as error:
        raise GlossaryError(error.what, f"{path}: {error.where}") from None


def _parse(data: dict[str, Any]) -> Glossary:
    _known_keys(data, {"matching", "terms", "places", "partners"}, "top level")
    matching = _table(data, "matching", "matching")
    _known_keys(matching, {"neutral", "spellings"}, "matching")
    spellings = _table(matching, "spellings", "matching.spellings")
    for key, value in spellings.items():
        _text(value, f"matching.spellings.{key}")
    terms_table = _table(data, "terms", "terms")
    if not terms_table:
        raise GlossaryError("no terms", "terms")
    terms = {key: _term(key, _table(terms_table, key, f"terms.{key}")) for key in terms_table}
    places, partners = (
        {key: _place(key, _table(section, key, f"{name}.{key}"), kinds, name) for key in section}
        for name, kinds in (("places", PLACE_KINDS), ("partners", PARTNER_KINDS))
        for section in [_table(data, name, name)]
    )
    for term in terms.values():
        where = f"terms.{term.id}"
        if term.flow and (term.flow not in terms or terms[term.flow].flow):
            raise GlossaryError(f"flow {term.flow!r} is not a term of its own", f"{where}.flow")
        if term.partner and term.partner not in partners:
            raise GlossaryError(f"unknown partner {term.partner!r}", f"{where}.partner")
    neutral = frozenset(_strings(matching.get("neutral", []), "matching.neutral"))
    return Glossary(terms=terms, places=places, partners=partners, neutral=neutral, spellings=dict(spellings))


def _term(key: str, table: dict[str, Any]) -> Term:
    where = f"terms.{key}"
    _known_keys(table, {*LANGUAGES, "short", "phrases", "kind", "flow", "partner"}, where)
    short = _names(_table(table, "short", f"{where}.short"), f"{where}.short")
    phrases = _strings(table.get("phrases"), f"{where}.phrases")
    if not phrases:
        raise GlossaryError("no phrasings", f"{where}.phrases")
    kind = table.get("kind")
    if kind not in KINDS:
        raise GlossaryError(f"kind must be one of {', '.join(KINDS)}, not {kind!r}", f"{where}.kind")
    flow, partner = (_text(table.get(name, ""), f"{where}.{name}", empty=True) for name in ("flow", "partner"))
    if bool(flow) != bool(partner):
        raise GlossaryError("flow and partner go together", where)
    return Term(
        id=key, names=_names(table, where), short=short, phrases=tuple(phrases), kind=kind, flow=flow, partner=partner
    )


def _place(key: str, table: dict[str, Any], kinds: tuple[str, ...], section: str) -> Place:
    where = f"{section}.{key}"
    _known_keys(table, {*LANGUAGES, "short", "aliases", "kind"}, where)
    if table.get("kind") not in kinds:
        raise GlossaryError(f"kind must be one of {', '.join(kinds)}, not {table.get('kind')!r}", f"{where}.kind")
    short = _names(_table(table, "short", f"{where}.short"), f"{where}.short", required=False)
    aliases = _strings(table.get("aliases"), f"{where}.aliases")
    if not aliases:
        raise GlossaryError("no aliases", f"{where}.aliases")
    return Place(id=key, names=_names(table, where), short=short, aliases=tuple(aliases), kind=table["kind"])


def _names(table: dict[str, Any], where: str, required: bool = True) -> dict[str, str]:
    if required and "en" not in table:
        raise GlossaryError("no English name", f"{where}.en")
    return {lang: _text(table[lang], f"{where}.{lang}") for lang in LANGUAGES if lang in table}


def _table(parent: Mapping[str, Any], key: str, where: str) -> dict[str, Any]:
    value = parent.get(key, {})
    if not isinstance(value, dict):
        raise GlossaryError("must be a table", where)
    return value


def _text(value: Any, where: str, empty: bool = False) -> str:
    if not isinstance(value, str) or not (empty or value.strip()):
        raise GlossaryError("must be a non-empty string" if not empty else "must be a string", where)
    return value


def _strings(value: Any, where: str) -> list[str]:
    if value is None:
        return []
    if not isinstance(value, list):
        raise GlossaryError("must be a list of strings", where)
    return [_text(item, f"{where}[{i}]") for i, item in enumerate(value)]


def _known_keys(table: Mapping[str, Any], known: set[str], where: str) -> None:
    unknown = sorted(set(table) - known)
    if unknown:
        raise GlossaryError(f"unknown key {unknown[0]!r}", where)
