"""The thresholds of the story decision (bot.stories.index), tuned by bench/cluster.py."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

__all__ = ["StoryConfig"]


@dataclass(frozen=True, slots=True)
class StoryConfig:
    """Thresholds of the near-duplicate decision; the defaults are tuned by bench/cluster.py."""

    #: how far apart in time two copies may be; older entries are expired
    window: timedelta = timedelta(hours=72)
    #: a title needs this many distinctive, non-generic tokens to match on the title alone
    min_title_tokens: int = 3
    #: ... or two such tokens of this many letters together ("Why You Need Sccache")
    min_title_chars: int = 12
    #: title-only match (a summary missing or too short): token_sort_ratio at least this
    title_only_threshold: float = 88.0
    #: both summaries need this many distinctive tokens to count as evidence
    min_summary_tokens: int = 8
    #: with summary evidence: weight of the title in the combined score
    title_weight: float = 0.4
    #: with summary evidence: combined score at least this ...
    combined_threshold: float = 70.0
    #: ... and the weighted summary containment at least this ...
    min_summary_containment: float = 0.6
    #: ... and the headlines must share this much of their distinctive words (IDF-weighted
    #: share of the shorter headline's words): a blog's boilerplate teaser plus a
    #: recurring headline prefix ("This Week in Review: ...") is not a copy
    min_title_overlap: float = 0.5
    #: title-only match while both items do have a (short) summary: the summaries must
    #: not contradict it (two entries of one feed with one headline and different texts)
    short_summary_containment: float = 0.5
    #: an empty or generic headline matches only on a near-identical long summary
    weak_title_containment: float = 0.9
    weak_title_summary_tokens: int = 15
    #: near-identical headlines with enough distinctive tokens match even when the
    #: summaries differ (outlets writing their own teaser for one wire headline)
    same_title_threshold: float = 95.0
    same_title_min_tokens: int = 5
    #: two entries of one outlet: identical headline and summaries this similar (in order)
    same_outlet_similarity: float = 90.0
    #: headlines whose numbers differ count at most this similar
    number_mismatch_cap: float = 60.0
    #: ... and need this summary containment to match at all
    number_mismatch_containment: float = 0.9
    #: candidate generation: probe with this many of the item's rarest title tokens and
    #: rarest summary tokens ...
    probe_title_tokens: int = 8
    probe_summary_tokens: int = 10
    #: ... skipping tokens in more entries than this (boilerplate, very common names)
    max_posting: int = 200
    #: score at most this many candidates (those sharing the most probe tokens)
    max_candidates: int = 40
    #: summary tokens indexed and compared: the lead survives truncation by outlets
    summary_lead_tokens: int = 60
