"""Pure decisions about articles: which items' articles to read, what text is matched,
where an evidence sentence stands, and what an article's verdict alerts.

No I/O here (bot.intake.article fetches, bot.article_flow ties it to the poller).

When an article is read (`[[feeds]] article`, default `[bot] article`):
  never   no article is fetched;
  always  every new or edited item's article;
  auto    an item whose feed text is too short to decide (`too_short`: no summary, or a
          teaser of fewer than `SHORT_SENTENCES` sentences) and that is a candidate: it
          holds a require group of some claim, or its story already alerted for a claim.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace

from bot.records import Match
from bot.text import plain_text, split_sentences, unify_punctuation, unvocalized

#: a feed text of fewer sentences than this is a teaser ("auto" reads the article)
SHORT_SENTENCES = 3
#: a feed text at least this long is enough to decide, however few its sentences
LONG_ENOUGH_CHARS = 1200
_END = (".", "!", "?", "…", "。", "！", "？", '"', "'", "»", "”")


def too_short(summary: str) -> bool:
    """Whether a feed's text for an item is too short to decide (no summary, or a teaser)."""
    text = plain_text(summary).strip()
    if len(text) >= LONG_ENOUGH_CHARS:
        return False
    return len(split_sentences(text)) < SHORT_SENTENCES


def wants_article(mode: str, link: str | None, summary: str, *, candidate: bool) -> bool:
    """Whether to fetch an item's article (for a new or edited item; `candidate`: see the
    module docstring, only asked for in "auto" mode)."""
    if mode == "never" or not link or not link.startswith(("http://", "https://")):
        return False
    return mode == "always" or (candidate and too_short(summary))


def matching_text(summary: str, paragraphs: Sequence[str]) -> str:
    """The text matched for an item with an article: the feed's lede, then the article,
    each paragraph its own sentence (a heading without an end mark gets one)."""
    parts = [summary] if summary.strip() else []
    for p in paragraphs:
        parts.append(p if p.rstrip().endswith(_END) else p.rstrip() + ".")
    return "\n\n".join(parts)


def _norm(text: str) -> str:
    return " ".join(unify_punctuation(unvocalized(text)).split()).casefold()


def place_evidence(
    matches: Sequence[Match], title: str, summary: str, paragraphs: Sequence[str]
) -> list[Match]:
    """The matches with `paragraph` set for evidence found only in the article."""
    return [
        replace(m, paragraph=n)
        if (n := paragraph_of(m.evidence, title, summary, paragraphs))
        else m
        for m in matches
    ]


def paragraph_of(sentence: str, title: str, summary: str, paragraphs: Sequence[str]) -> int | None:
    """The article paragraph (1-based) a sentence comes from: None when the feed's text has
    it; else the first paragraph holding it, or the one with its longest start."""
    ev = _norm(sentence)
    if not ev or ev in _norm(f"{plain_text(title)}\n{plain_text(summary)}"):
        return None
    paras = [_norm(p) for p in paragraphs]
    where = next((i for i, p in enumerate(paras) if ev in p), None)
    if where is None:  # a sentence across paragraphs: the one with its longest start
        best = max(2, len(ev.split()) // 2)  # fewer words than that say nothing
        for i, p in enumerate(paras):
            n = len(_common_prefix_len(ev, p).split())
            if n > best:
                best, where = n, i
    return where + 1 if where is not None else None


def _common_prefix_len(sentence: str, paragraph: str) -> str:
    """The longest start of `sentence` that `paragraph` contains (by words)."""
    words = sentence.split()
    lo, hi = 0, len(words)
    while lo < hi:  # binary search on the number of leading words contained
        mid = (lo + hi + 1) // 2
        if " ".join(words[:mid]) in paragraph:
            lo = mid
        else:
            hi = mid - 1
    return " ".join(words[:lo])


def article_alerts(
    before: Mapping[str, str], matches: Sequence[Match], held: set[str], *, fresh: bool
) -> dict[str, str | None]:
    """Which claims the article's verdict alerts, with the change described.

    `before`: the item's matches from its feed text (claim -> stance); `held`: claims
    whose feed-text alert was held for the article and never sent (it is replaced);
    `fresh`: nothing of the item has been sent, so its alerts are new ones. An article that
    turns a match into a contradiction, or adds a claim, alerts once as an edit; one that
    confirms what was already sent alerts nothing; one that removes a match replaces it
    quietly (as an edit of the item does).
    """
    out: dict[str, str | None] = {}
    for m in matches:
        prior = before.get(m.claim_id)
        if m.claim_id in held:
            out[m.claim_id] = None if fresh or prior == m.stance else _changed(prior, m.stance)
        elif prior is None:
            out[m.claim_id] = None if fresh else "the article: now matches this claim"
        elif prior != m.stance:
            out[m.claim_id] = None if fresh else _changed(prior, m.stance)
    return out


def _changed(prior: str | None, stance: str) -> str:
    if prior is None:
        return "the article: now matches this claim"
    return f"the article: stance changed from {prior} to {stance}"
