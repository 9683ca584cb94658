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


def add_hit(
    hits: dict[str, list[Hit]],
    term: Term,
    start: int,
    end: int,
    sentence: int,
    how: HitKind,
    score: float,
) -> None:
    """Record a term found in an item's text (by the term's key)."""
    hits.setdefault(term.key, []).append(Hit(term, start, end, sentence, how, score))
