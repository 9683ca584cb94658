"""Terms: a configured claim term compiled, and a term found in an item's text."""

from __future__ import annotations

from dataclasses import dataclass

from bot.records import HitKind


@dataclass(frozen=True, slots=True)
class Term:
    """A configured term, compiled."""

    text: str
    key: str
    toks: tuple[str, ...]
    cjk: bool


@dataclass(frozen=True, slots=True)
class Hit:
    """A term found in an item's text."""

    term: Term
    start: int
    end: int
    sentence: int
    how: HitKind
    score: float
