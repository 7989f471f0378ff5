"""From the figures found in a page to the facts and charts of a bundle:
indicators named (through the glossary where a phrasing maps to it), values
derived where the text gives a level and its growth or a share, and charts
proposed from what was accepted. Pure functions, no Qt.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field, replace

from app.bundle import MAX_ABS_VALUE
from app.glossary import Glossary, Match, load_glossary
from app.i18n import format_period
from app.importing.figures import FoundFigure

MAX_BARS = 8
LANGUAGES = ("en", "zh", "fr", "ko", "ja")


@dataclass(frozen=True)
class ProposedFact:
    """A fact as it will be written: found in the text or derived from facts that were."""

    id: str
    indicator: str
    measure: str
    value: float
    unit: str
    period: str
    kind: str
    source: str
    quote: str = ""
    paragraph: int = -1
    start: int = -1
    derivation: str = ""
    growth_of: str = ""
    # Other places the text states the same figure (a table repeating a
    # sentence): (paragraph, start, quote) each.
    restated: tuple[tuple[int, int, str], ...] = ()


@dataclass(frozen=True)
class ProposedChart:
    id: str
    title: dict[str, str]
    facts: tuple[str, ...]
    categories: str


@dataclass
class Proposal:
    """Everything a bundle needs beyond the text: indicators, facts, charts."""

    indicators: dict[str, dict] = field(default_factory=dict)
    facts: list[ProposedFact] = field(default_factory=list)
    charts: list[ProposedChart] = field(default_factory=list)
    language: str = "en"  # the release's: its own words are named in it


def slug(text: str, limit: int = 40) -> str:
    """A plain id from any text: 'Exports to Africa' -> 'exports_to_africa'."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    words = re.findall(r"[a-z0-9]+", ascii_text.lower())
    return "_".join(words)[:limit].strip("_") or "figure"


def indicator_slug(words: str) -> str:
    """The id of an indicator known only by its words: their slug, and where
    letters beyond Latin are left out of it (全省茶叶产量, 增速比1-9月) a
    digest of the words too, so that two indicators never share one id."""
    base = slug(words)
    if not any(char.isalpha() and not unicodedata.normalize("NFKD", char).encode("ascii", "ignore") for char in words):
        return base
    digest = hashlib.sha1(words.encode("utf-8")).hexdigest()[:6]
    return f"{'indicator' if base == 'figure' else base}_{digest}"


def glossary_term(figure: FoundFigure, glossary: Glossary | None = None) -> str:
    """The glossary term the figure's indicator maps to, or ''."""
    match = (glossary or load_glossary()).match(figure.indicator) if figure.indicator else None
    return match.term if match is not None else ""


def _indicator(figure: FoundFigure, glossary: Glossary, proposal: Proposal, term_id: str | None = None) -> str:
    """The indicator id of a figure, registering its names: the glossary's
    in five languages when the text's words map to a term (or the reader
    chose one: `term_id`, '' for none), else the text's own words, in the
    release's language only."""
    indicators = proposal.indicators
    match = glossary.match(figure.indicator) if figure.indicator else None
    if term_id is not None:
        match = (
            None
            if not term_id
            else (match if match is not None and match.term == term_id else Match(term_id, None, None, ""))
        )
    if match is not None:
        term = glossary.terms[match.term]
        # The province is the release's own scope, not a qualifier of its figures.
        named = glossary.places.get(match.place) if match.place else None
        place_id = match.place if named is not None and named.kind != "province" else match.partner
        if place_id is not None and place_id == getattr(term, "partner", None):
            place_id = None  # the term already names its partner
        place = glossary.places.get(place_id) or glossary.partners.get(place_id) if place_id else None
        indicator_id = term.id if place is None else f"{term.id}_{place.id}"
        if indicator_id not in indicators:
            names = {lang: term.name(lang) for lang in LANGUAGES}
            short = {lang: term.short_name(lang) for lang in LANGUAGES}
            if place is not None:
                names = {lang: f"{names[lang]} ({place.name(lang)})" for lang in LANGUAGES}
                short = {lang: f"{short[lang]} ({place.short_name(lang)})" for lang in LANGUAGES}
            indicators[indicator_id] = {"name": names, "short": short}
    else:
        words = figure.indicator or figure.counted or figure.unit
        indicator_id = indicator_slug(words)
        indicators.setdefault(indicator_id, {"name": {proposal.language: words[:1].upper() + words[1:]}})
    if figure.unit == "count" and figure.counted:
        indicators[indicator_id].setdefault("counted", {proposal.language: figure.counted})
    return indicator_id


class IdPool:
    """The ids given out so far: a base already taken gets the next free
    number (x, x_2, x_3), found without trying every number again."""

    def __init__(self) -> None:
        self._taken: set[str] = set()
        self._next: dict[str, int] = {}

    def take(self, base: str) -> str:
        number = self._next.get(base, 1)
        candidate = base if number == 1 else f"{base}_{number}"
        while candidate in self._taken:
            number += 1
            candidate = f"{base}_{number}"
        self._next[base] = number + 1
        self._taken.add(candidate)
        return candidate


def propose(
    figures: list[FoundFigure],
    source_name: str,
    glossary: Glossary | None = None,
    terms: list[str | None] | None = None,
    language: str = "en",
) -> Proposal:
    """Facts for the accepted `figures` (in text order), values derived from
    them, and the charts that show them; `terms` overrides each figure's
    glossary term (None: as matched, '': none). Names not in the glossary
    are in `language`, the release's."""
    glossary = glossary or load_glossary()
    proposal = Proposal(language=language)
    taken = IdPool()
    places: list[int] = []  # each figure's fact, as its place in proposal.facts
    stated: dict[tuple, int] = {}  # what a fact says: its place in proposal.facts
    for index, figure in enumerate(figures):
        indicator = _indicator(figure, glossary, proposal, terms[index] if terms else None)
        says = (indicator, figure.measure, figure.period, figure.unit, figure.value, figure.kind)
        if says in stated:  # the same figure again: one fact, quoted in both places
            first = proposal.facts[stated[says]]
            restated = (*first.restated, (figure.paragraph, figure.start, figure.quote))
            proposal.facts[stated[says]] = replace(first, restated=restated)
            places.append(stated[says])
            continue
        stated[says] = len(proposal.facts)
        places.append(len(proposal.facts))
        proposal.facts.append(
            ProposedFact(
                taken.take(slug(f"{indicator}_{figure.measure}_{figure.period or 'undated'}", 60)),
                indicator,
                figure.measure,
                figure.value,
                figure.unit,
                figure.period,
                figure.kind,
                f"{source_name}, paragraph {figure.paragraph + 1}: “{figure.quote}”",
                figure.quote,
                figure.paragraph,
                figure.start,
            )
        )
    for figure, place in zip(figures, places):
        if 0 <= figure.growth_of < len(places) and not proposal.facts[place].growth_of:
            level_id = proposal.facts[places[figure.growth_of]].id
            proposal.facts[place] = replace(proposal.facts[place], growth_of=level_id)
    _derive(proposal, taken)
    _chart(proposal)
    return proposal


def _previous(period: str) -> str:
    if re.fullmatch(r"\d{4}", period):
        return str(int(period) - 1)
    match = re.fullmatch(r"(\d{4})(-\d{2}(?:\.\.\d{4}-\d{2})?)", period)
    if match:  # the same months a year earlier
        return re.sub(r"\d{4}", lambda m: str(int(m.group()) - 1), period)
    return ""


def _plain(value: float) -> str:
    """A number as a derivation writes it: no exponent, no trailing zeros."""
    return format(round(value, 6), "f").rstrip("0").rstrip(".") or "0"


def _derive(proposal: Proposal, taken: IdPool) -> None:
    """A previous period's level from a level and its growth rate; the rest
    of a share. Each marked derived, with its computation."""
    by_id = {fact.id: fact for fact in proposal.facts}
    for fact in list(proposal.facts):
        level = by_id.get(fact.growth_of)
        if fact.unit == "percent" and level is not None and level.measure == "level" and fact.value > -100:
            previous = _previous(level.period)
            rate = 1 + fact.value / 100
            if previous and abs(level.value / rate) <= MAX_ABS_VALUE:
                proposal.facts.append(
                    ProposedFact(
                        taken.take(slug(f"{level.indicator}_level_{previous}", 60)),
                        level.indicator,
                        "level",
                        # Six significant digits: what the bundle's check of
                        # the derivation allows, for a price of 4.35 as for
                        # an amount of billions.
                        float(f"{level.value / rate:.6g}"),
                        level.unit,
                        previous,
                        "derived",
                        f"Derived from {level.quote} and its stated growth ({fact.quote})",
                        derivation=f"{_plain(level.value)} / {_plain(rate)}",
                    )
                )
    shares = [f for f in proposal.facts if f.measure == "share" and f.unit == "percent" and 0 < f.value < 100]
    by_period: dict[str, list[ProposedFact]] = defaultdict(list)
    for share in shares:
        by_period[share.period].append(share)
    for period, group in by_period.items():
        total = sum(f.value for f in group)
        if len(group) <= 3 and total < 100:
            proposal.indicators.setdefault(
                "other_share", {"name": {"en": "Other", "zh": "其他", "fr": "Autres", "ko": "기타", "ja": "その他"}}
            )
            terms = " - ".join(f"{f.value:g}" for f in group)
            proposal.facts.append(
                ProposedFact(
                    taken.take(slug(f"other_share_{period or 'undated'}", 60)),
                    "other_share",
                    "share",
                    round(100 - total, 6),
                    "percent",
                    period,
                    "derived",
                    "Derived: the remainder of the stated shares",
                    derivation=f"100 - {terms}",
                )
            )


def _title(names: dict, fallback: str, language: str) -> dict[str, str]:
    return {lang: text for lang, text in names.items() if text} or {language: fallback}


def _chart(proposal: Proposal) -> None:
    """Amounts of one unit and period side by side; growth rates side by
    side; shares with their remainder; a level beside its derived previous
    value. At most MAX_BARS bars a chart, nothing charted twice."""
    charted: set[str] = set()
    chart_ids = IdPool()
    titles = {"level": "Amounts", "growth": "Growth rates", "share": "Shares"}
    localized_titles = {
        "Amounts": {"en": "Amounts", "zh": "总量", "fr": "Montants", "ko": "규모", "ja": "規模"},
        "Growth rates": {
            "en": "Growth rates",
            "zh": "增速",
            "fr": "Taux de croissance",
            "ko": "증가율",
            "ja": "伸び率",
        },
        "Shares": {"en": "Shares", "zh": "占比", "fr": "Parts", "ko": "비중", "ja": "構成比"},
    }
    # A level beside its previous period, derived from its growth.
    stated_levels: dict[tuple[str, str, str], ProposedFact] = {}
    for fact in proposal.facts:
        if fact.measure == "level" and fact.kind != "derived":
            stated_levels.setdefault((fact.indicator, fact.unit, _previous(fact.period)), fact)
    for fact in proposal.facts:
        if fact.kind == "derived" and fact.measure == "level" and fact.id not in charted:
            current = stated_levels.get((fact.indicator, fact.unit, fact.period))
            if current is not None and current.id not in charted:
                name = proposal.indicators[fact.indicator]["name"]
                proposal.charts.append(
                    ProposedChart(
                        chart_ids.take(f"{fact.indicator}_two_periods"[:57]),
                        _title(name, fact.indicator, proposal.language),
                        (fact.id, current.id),
                        "period",
                    )
                )
                charted |= {fact.id, current.id}
    groups: dict[tuple[str, str, str], list[ProposedFact]] = defaultdict(list)
    for fact in proposal.facts:
        if fact.id not in charted:
            groups[(fact.measure, fact.unit, fact.period)].append(fact)
    for (measure, unit, period), facts in groups.items():
        distinct: list[ProposedFact] = []  # one fact an indicator, in text order
        for fact in facts:
            if all(fact.indicator != kept.indicator for kept in distinct):
                distinct.append(fact)
        if len(distinct) < 2 and measure != "share":
            continue
        for start in range(0, len(distinct), MAX_BARS):
            chunk = distinct[start : start + MAX_BARS]
            base = titles.get(measure, measure.title())
            title = {
                lang: (f"{text}（{when}）" if lang in ("zh", "ja") else f"{text} ({when})") if period else text
                for lang, text in localized_titles[base].items()
                for when in [format_period(period, lang) if period else ""]
            }
            chart_id = chart_ids.take(slug(f"{measure}_{unit}_{period}_{start // MAX_BARS + 1}", 57))
            proposal.charts.append(ProposedChart(chart_id, title, tuple(f.id for f in chunk), "indicator"))
            charted |= {f.id for f in chunk}
