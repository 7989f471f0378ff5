"""A figure an article states, as the figure finders report it."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class FoundFigure:
    """One figure: `quote` is paragraph_text[start:end]; `value` is in base
    units (a decrease is negative); `growth_of` is the index, in the same
    list, of the level this growth rate is the growth of, or -1."""

    quote: str
    paragraph: int
    start: int
    end: int
    value: float
    unit: str
    counted: str
    period: str
    kind: str
    indicator: str
    measure: str
    growth_of: int = -1
