"""The figure finder: every figure an article states, with its unit,
period, kind, indicator and measure, and which level a growth rate is the
growth of.

Sentence by sentence: numbers with units (app.importing.quantities) are
grouped where they share a list ("up 93.7% and 78.2% respectively"); each
group gets the clause that leads to it and the words that follow it
(app.importing.wording), a period (app.importing.periods), and growth
rates are linked to the level their own clause continues.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from app.importing.found import FoundFigure
from app.importing.grid_figures import grid_figures
from app.importing.page import PageArticle
from app.importing.periods import PeriodMention, find_periods
from app.importing.quantities import HALF_WIDTH, Quantity, find_quantities, numerals_for, shifted
from app.importing.wording import (
    ANAPHORS,
    NOT_A_YEAR_EARLIER,
    clean,
    count_indicator,
    is_decrease,
    is_estimate,
    lower_first,
    measure_of,
    proper_nouns,
    sentences,
    split_subject,
    subject,
)

GROUP_GAP = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+|\s*[、和及]\s*")
CLAUSE_BREAK = re.compile(r"[;；:：]\s*|,\s+(?:(?:and|while|whereas|but)\s+)?|\s+(?:while|whereas)\s+|[，。]")
# A short name in a list ("Latin America"), not an adverbial ("In 2018").
LIST_ITEM = re.compile(
    r"(?!(?:in|during|from|between|by|at|for|on|since|according|meanwhile|of)\b)[A-Za-z][\w’'-]*(?:\s+[\w’'-]+){0,3}",
    re.IGNORECASE,
)
TAIL_STOP = re.compile(r"[,;，；。]|$")
THAT_OF = re.compile(r"(?:that|those)\s+of\s+(.+)", re.IGNORECASE)
OF_HEAD = re.compile(r"(.+?)\s+of\s+")
MAX_LEAD = 240  # characters of a clause read before a figure
STOCK_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
# "1.3 million tonnes of steel products": what the amount is of.
# "1.3 million tonnes of steel", "201,06 milliards de yuans d'exportations".
OF_AFTER = re.compile(
    r"\s+(?:of\s+|de\s+|d['’])((?:[\w’'-]+\s+){0,4}?[\w’'-]+?)"
    r"(?=\s+(?:in|at|to|from|was|were|and|by|during|for|with|en|au|à|et|par|pour|dans|soit|contre)\b|[,;.]|$)"
)
LEVEL_AFTER = re.compile(r"\s*(?:year[- ]on[- ]year\s+)?to\s+(?:reach\s+|hit\s+)?$", re.IGNORECASE)


@dataclass
class _Group:
    """Numbers that share a clause: "127.4 and 71.2 billion yuan"."""

    members: list[Quantity]
    lead_start: int = 0
    tail_end: int = 0
    kind: str = "reported"
    measure: str = "level"
    indicators: list[str] = field(default_factory=list)
    own_subject: str = ""
    period: str = ""
    links: list[int] = field(default_factory=list)  # where each member's level starts


def find_figures(article: PageArticle, marked: Sequence[tuple[int, Quantity]] = ()) -> list[FoundFigure]:
    """Every figure in the article's paragraphs, in reading order. `marked`
    are numbers a reader marked as figures, each (paragraph, quantity in
    that paragraph's offsets): read by the same rules as the numbers found,
    in place of any found number they overlap."""
    proper = proper_nouns(article.paragraphs)
    figures: list[FoundFigure] = []
    previous: list[_Group] = []  # the groups of the last sentence that had figures
    main = article_period(article)
    numerals = numerals_for(article.language)
    for number, written in enumerate(article.paragraphs):
        text = written.translate(HALF_WIDTH)  # read as ASCII digits; quoted as written
        carry = main  # a paragraph that names no period is about the article's
        marked_here = [quantity for paragraph, quantity in marked if paragraph == number]
        grid = article.grids.get(number)
        if grid is not None:
            # The paragraph before a table leads into it ("主要指标如下：",
            # "January-September:") unless it states figures of its own: then
            # it is about something else (a month's total after the quarters').
            stated = bool(figures) and figures[-1].paragraph == number - 1
            lead = article.paragraphs[max(0, number - 1) : number] if not stated else []
            context = "；".join((grid.caption, *lead))[-MAX_LEAD:]
            found = grid_figures(grid, number, written, context, article.date, carry, numerals, marked_here)
            offset = len(figures)
            figures += [replace(f, growth_of=f.growth_of + offset) if f.growth_of >= 0 else f for f in found]
            continue
        for start, end in sentences(text):
            hint = int(carry[:4]) if carry else None  # "the year" is the one being talked about
            mentions = [
                PeriodMention(m.start + start, m.end + start, m.period, m.specific)
                for m in find_periods(text[start:end], article.date, hint)
            ]
            own = [shifted(quantity, -start) for quantity in marked_here if start <= quantity.start < end]
            quantities = with_marked(find_quantities(text[start:end], numerals), own)
            groups = read_sentence(text, start, end, quantities, mentions, carry)
            link_growth(text, groups)
            borrow_indicators(groups, previous)
            emit(figures, number, written, groups, proper)
            if mentions:
                carry = carried(mentions[-1].period)
            previous = groups or previous
    return figures


def article_period(article: PageArticle) -> str:
    """The period the article is about: the one its title names, else the
    first one its text names."""
    for text in (article.title, *article.paragraphs):
        mentions = find_periods(text, article.date)
        if mentions:
            return carried(mentions[0].period)
    return ""


def carried(period: str) -> str:
    """The period later sentences inherit: a stock date ("2018-12-31") says
    when something was counted, so what follows only shares its year."""
    return period[:4] if STOCK_DATE.fullmatch(period) else period


def with_marked(found: list[Quantity], marked: list[Quantity]) -> list[Quantity]:
    """The numbers found and those marked, in order; a marked one replaces
    any found one it overlaps."""
    if not marked:
        return found
    kept = [q for q in found if not any(q.start < m.end and m.start < q.end for m in marked)]
    return sorted(kept + marked, key=lambda quantity: quantity.start)


def read_sentence(
    text: str, start: int, end: int, quantities: list[Quantity], mentions: list[PeriodMention], carry: str
) -> list[_Group]:
    """The figure groups of one sentence (its `quantities` in offsets from
    `start`), each with its words read."""
    groups = make_groups(text, quantities, start)
    boundary = start
    for index, group in enumerate(groups):
        first, last = group.members[0], group.members[-1]
        # The words that matter sit close to the figure; a bound also keeps
        # the clause patterns linear on run-on text.
        group.lead_start = clause_start(text, max(boundary, first.start - MAX_LEAD), first.start, len(group.members))
        limit = groups[index + 1].members[0].start if index + 1 < len(groups) else end
        stop = TAIL_STOP.search(text, last.end, limit)
        group.tail_end = stop.start() if stop else limit
        lead, tail = text[group.lead_start : first.start], text[last.end : group.tail_end]
        unit = first.unit
        group.kind = "estimate" if is_estimate(lead, tail) else "reported"
        group.measure = measure_of(unit, lead, tail)
        if group.measure == "growth" and unit != "times" and is_decrease(lead, tail):
            group.members = [negated(q) for q in group.members]
        group.own_subject = subject(lead)
        named = [g.own_subject for g in groups[:index] if g.own_subject]
        that_of = THAT_OF.match(group.own_subject)
        if that_of and named:
            # "...; that of the secondary industry was": the head of the
            # name before, for another thing.
            head = OF_HEAD.match(named[-1])
            group.own_subject = clean(f"{head.group(1)} of {that_of.group(1)}" if head else that_of.group(1))
        group.indicators = indicators(text, group, end)
        if not any(group.indicators) and index:
            # "..., 1.4 percentage points higher than ...", "..., accounting
            # for 41.1%", "bringing the total to 5,600": the clause goes on
            # about the subject before it.
            before = groups[index - 1]
            group.indicators = [before.own_subject or before.indicators[0]] * len(group.members)
        group.period = choose_period(mentions, group, carry)
        boundary = max(last.end, last.noun_end)
    return groups


def make_groups(text: str, quantities: list[Quantity], offset: int) -> list[_Group]:
    """Consecutive numbers of one unit joined only by "," or "and"."""
    groups: list[_Group] = []
    for quantity in quantities:
        moved = shifted(quantity, offset)
        if groups:
            last = groups[-1].members[-1]
            same = last.unit == moved.unit and last.noun_end < 0 and moved.noun_end < 0
            if same and GROUP_GAP.fullmatch(text, last.end, moved.start):
                groups[-1].members.append(moved)
                continue
        groups.append(_Group([moved]))
    return groups


def clause_start(text: str, boundary: int, figure: int, size: int) -> int:
    """Where the clause leading to a figure starts: after the previous
    figure's words, a comma, a semicolon or a ", while"-like break. A list
    of several figures may have a list of names before it ("Africa, Latin
    America and ASEAN"): short comma-separated names stay in the clause."""
    breaks = [boundary] + [match.end() for match in CLAUSE_BREAK.finditer(text, boundary, figure)]
    start = breaks.pop()
    while size > 1 and breaks:
        previous = text[breaks[-1] : start].rstrip(" ,，")
        if not LIST_ITEM.fullmatch(previous) or " and " not in text[start:figure]:
            break
        start = breaks.pop()
    return start


def negated(quantity: Quantity) -> Quantity:
    """The same number as a decrease (unless it is written negative)."""
    value = -abs(quantity.value)
    return Quantity(quantity.start, quantity.end, value, quantity.unit, quantity.counted, quantity.noun_end)


def indicators(text: str, group: _Group, sentence_end: int) -> list[str]:
    """One indicator per member: a count's noun phrase, else the clause's subject."""
    first = group.members[0]
    if first.unit == "count" and first.counted and first.noun_end >= 0:
        last = group.members[-1]
        after = text[last.noun_end : min(sentence_end, last.noun_end + MAX_LEAD)]
        return [count_indicator(last.counted, after)] * len(group.members)
    of_phrase = OF_AFTER.match(text, group.members[-1].end, group.tail_end)
    if first.unit in ("CNY", "USD", "tonnes", "count") and of_phrase:
        return [clean(of_phrase.group(1))] * len(group.members)  # "1.3 million tonnes of steel products"
    name = group.own_subject
    if len(group.members) == 1 and "," in name:
        name = name.split(",")[0]  # an apposition: "Exports to Africa, the largest market,"
    return split_subject(name, len(group.members)) if name else [""] * len(group.members)


def choose_period(mentions: list[PeriodMention], group: _Group, carry: str) -> str:
    """A period phrase in the figure's clause, else the last before it in
    the sentence, else the first after it, else the period last named."""
    first, last = group.members[0].start, group.members[-1].end
    inside = [m for m in mentions if m.start >= group.lead_start and m.end <= group.tail_end]
    if inside:
        return min(inside, key=lambda m: abs(m.start - first) if m.start < first else m.start - last).period
    before = [m for m in mentions if m.end <= first]
    if before:
        return before[-1].period
    after = [m for m in mentions if m.start >= last]
    return after[0].period if after else carry


def link_growth(text: str, groups: list[_Group]) -> None:
    """A growth rate with no subject of its own continues the clause of the
    level before it ("310 billion CNY in 2018, an increase of 28%"), or
    leads to the level after it ("rose 28% to 310 billion yuan")."""
    for index, group in enumerate(groups):
        if group.measure != "growth":
            continue
        target = None
        if not group.own_subject:
            target = next((g for g in reversed(groups[:index]) if g.measure in ("level", "share")), None)
            if target is not None and ";" in text[target.tail_end : group.members[0].start]:
                target = None
        if target is None and index + 1 < len(groups) and groups[index + 1].measure == "level":
            gap = text[group.members[-1].end : groups[index + 1].members[0].start]
            if LEVEL_AFTER.fullmatch(gap):
                target = groups[index + 1]
                if not any(target.indicators):  # "fell 21.4% to 1.1 billion dollars"
                    target.indicators = [group.own_subject] * len(target.members)
        if target is None:
            continue
        size, target_size = len(group.members), len(target.members)
        if target_size not in (1, size):
            continue
        group.indicators = [target.indicators[i if target_size == size else 0] for i in range(size)]
        if not group.period:
            group.period = target.period
        # Named after its level, but not its growth from a year earlier:
        # nothing is derived from a change since last month.
        if not NOT_A_YEAR_EARLIER.search(text, max(0, group.members[0].start - 30), group.members[-1].end + 40):
            group.links = [target.members[i if target_size == size else 0].start for i in range(size)]


def borrow_indicators(groups: list[_Group], previous: list[_Group]) -> None:
    """ "The figures were up 9.3% and 11.6% respectively": name them after
    the levels of the sentence before, when the counts match."""
    levels = [q for g in previous if g.measure == "level" for q in g.members]
    names = [name for g in previous if g.measure == "level" for name in g.indicators]
    for group in groups:
        if group.links or not ANAPHORS.match(group.own_subject or "x"):
            continue
        if len(levels) == len(group.members):
            group.indicators = names


def emit(figures: list[FoundFigure], paragraph: int, text: str, groups: list[_Group], proper: set[str]) -> None:
    """Append a sentence's figures; growth links become list indices."""
    index_at: dict[int, int] = {}
    for group in groups:
        for position, quantity in enumerate(group.members):
            index_at[quantity.start] = len(figures)
            figures.append(
                FoundFigure(
                    quote=text[quantity.start : quantity.end],
                    paragraph=paragraph,
                    start=quantity.start,
                    end=quantity.end,
                    value=quantity.value,
                    unit=quantity.unit,
                    counted=quantity.counted,
                    period=group.period,
                    kind=group.kind,
                    indicator=lower_first(group.indicators[position], proper),
                    measure=group.measure,
                )
            )
    for group in groups:
        for quantity, level_start in zip(group.members, group.links):
            index = index_at[quantity.start]
            figures[index] = replace(figures[index], growth_of=index_at.get(level_start, -1))
