"""One story, one alert: decide which story cluster a new item belongs to (pure, no I/O).

The same wire story reaches us from dozens of feeds with small edits: another headline
prefix ("Report:", "WATCH:"), an outlet suffix (" - Reuters"), a truncated summary,
a tracking parameter on the link.  :class:`StoryIndex` keeps the recent items (a time
window, 72 h by default) in memory and, for each new item, decides whether it is a copy
of a known story or starts a new one:

1. the same item key again -> its story (re-polls are idempotent);
2. the same canonical link (see :func:`bot.intake.links.canonical_url`) -> that link's story;
3. otherwise near-duplicate text: candidates come from an inverted index of the item's
   rarest distinctive tokens (title + summary lead), are scored with rapidfuzz on the
   normalised titles and with an IDF-weighted containment of the summary leads, and the
   best one above the thresholds wins (see :class:`StoryConfig`).

Precision comes first (a wrongly merged item is a lost alert; a missed copy is one
extra alert):

* two different stories about the same people ("Musk talks to Putin" / "Putin praises
  Musk") share names but neither their headline wording nor their summary;
* generic headlines ("World news", "Live updates"), empty ones and headlines of fewer than
  two distinctive words need a near-identical long summary; otherwise only links join them;
* headlines that differ in a number ("Part 4" / "Part 5", "Far Cry 2" / "Far Cry 5") need
  a near-identical summary;
* one outlet does not syndicate to itself: its entries join each other (or a story that
  already holds one of them) only as the same text again, and never across two links.

Matching is single-link (an item joins the story of its best match), and a story never
merges with another one later: a bridging item joins the better of the two.

Persistence contract (the storage layer owns it):

* after :meth:`StoryIndex.assign`, persist ``decision.row`` (a :class:`StoryRow`):
  item key, story id, canonical link, title, summary, time and outlet.  The row is all
  the index needs, so a restart can rebuild it.
* on start, call :meth:`StoryIndex.load` with the rows of the last window (older rows are
  ignored anyway); stored ``story_id`` values are taken as they are, never re-decided,
  so clusters survive restarts unchanged.
* optionally persist :meth:`StoryIndex.features` beside the row too, and give them back
  to :meth:`StoryIndex.load`: a rebuild then reads instead of deriving (bot.stories.features).
* story ids come from the ``new_story_id`` callback (called once per new story with the
  founding item's key); the default is a deterministic hash of that key, so replaying the
  same items gives the same ids.  Ids must be unique for the life of the database.
"""

from __future__ import annotations

import hashlib
import heapq
import math
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Literal
from urllib.parse import urlsplit

from rapidfuzz import fuzz, process

from bot.stories.features import Derived, derive, dump_features, load_features, trusted
from bot.stories.thresholds import StoryConfig
from bot.stories.titles import GENERIC, distinctive, fold, is_number

__all__ = [
    "StoryConfig",
    "StoryDecision",
    "StoryId",
    "StoryIndex",
    "StoryRow",
    "default_story_id",
]

#: A story id as the storage layer wants it: a string (default) or an integer key.
StoryId = str | int
Reason = Literal["new", "known", "link", "text"]


def default_story_id(item_key: str) -> str:
    """Deterministic story id from the founding item's key: ``"s-"`` + 16 hex digits."""
    return "s-" + hashlib.blake2b(item_key.encode("utf-8"), digest_size=8).hexdigest()


@dataclass(frozen=True, slots=True)
class StoryRow:
    """One item -> story assignment: what the storage layer persists and reloads.

    It carries the text the decision was made on, so :meth:`StoryIndex.load` rebuilds
    exactly the index that made the decisions.
    """

    #: the caller's unique key of the item (e.g. "<feed id>:<guid>")
    item_key: str
    story_id: StoryId
    #: :func:`bot.intake.links.canonical_url` of the item's link; "" when it has none
    canonical_link: str
    title: str
    summary: str
    #: the time given to :meth:`StoryIndex.assign` (aware or naive-UTC)
    seen: datetime
    #: display name of the outlet ("Reuters"), for "also reported by ..."
    outlet: str


@dataclass(frozen=True, slots=True)
class StoryDecision:
    """Which story an item joined and why."""

    story_id: StoryId
    #: True when the item starts a story (then ``matched_item`` is None)
    is_new: bool
    #: 0..100: 100 for a known item or the same link, the text score for text matches,
    #: the best rejected text score (or 0) for a new story
    similarity: float
    #: key of the item it was matched to (for "known": the item itself)
    matched_item: str | None
    #: new | known (item key seen before) | link (same canonical link) | text
    reason: Reason
    #: distinct outlets of the story in the window, first reporter first, this one included
    outlets: tuple[str, ...]
    #: what to persist for this item (see the module docstring)
    row: StoryRow


# --- the index -------------------------------------------------------------------------


@dataclass(slots=True)
class _Entry:
    row: StoryRow
    ts: float
    title_norm: str
    title_tokens: frozenset[str]
    #: distinctive title tokens that are not generic news words
    title_strength: int
    #: enough distinctive headline to match on the headline alone
    title_strong: bool
    #: numbers in the headline: "Part 4" and "Part 5" are different stories
    title_numbers: frozenset[str]
    summary_tokens: frozenset[str]
    #: the summary lead as folded text, in order
    summary_text: str
    indexed: tuple[str, ...]
    #: folded outlet name
    outlet: str
    sort_key: tuple[float, str] = field(init=False)

    def __post_init__(self) -> None:
        self.sort_key = (self.ts, self.row.item_key)


def _timestamp(value: datetime) -> float:
    """Seconds since the epoch; naive datetimes are taken as UTC."""
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.timestamp()


class StoryIndex:
    """Recent items and their stories, in memory; decides story membership of new items.

    Not thread-safe: one pipeline thread owns it.  Decisions depend only on the entries in
    the window (not on arrival order or process history), so an index rebuilt with
    :meth:`load` decides like the one that ran before the restart.
    """

    def __init__(
        self,
        config: StoryConfig | None = None,
        *,
        new_story_id: Callable[[str], StoryId] = default_story_id,
    ) -> None:
        self.config = config or StoryConfig()
        self._new_story_id = new_story_id
        self._window = self.config.window.total_seconds()
        self._entries: dict[str, _Entry] = {}
        self._by_link: dict[str, dict[str, None]] = {}
        self._postings: dict[str, set[str]] = {}
        self._stories: dict[StoryId, dict[str, None]] = {}
        self._heap: list[tuple[float, str]] = []
        self._max_ts = -math.inf
        #: keys whose entries :meth:`load` derived from text (no usable stored features)
        self.derived: list[str] = []

    # -- public API ------------------------------------------------------------------

    @classmethod
    def load(
        cls,
        rows: Iterable[StoryRow],
        config: StoryConfig | None = None,
        *,
        new_story_id: Callable[[str], StoryId] = default_story_id,
        now: datetime | None = None,
        features: Mapping[str, str] | None = None,
    ) -> StoryIndex:
        """Rebuild an index from persisted rows (any order); rows outside the window are
        dropped, relative to ``now`` or, without it, to the newest row. ``features`` (key ->
        :meth:`features`) spare deriving entries, when they pass `trusted`'s check."""
        index = cls(config, new_story_id=new_story_id)
        ordered = sorted(
            ((_timestamp(r.seen), r) for r in rows), key=lambda p: (p[0], p[1].item_key)
        )
        first: dict[str, tuple[float, StoryRow]] = {}
        for ts, row in ordered:  # the first row of a key stands, even when it is expired
            first.setdefault(row.item_key, (ts, row))
        newest = max((ts for ts, _ in first.values()), default=-math.inf)
        cutoff = (_timestamp(now) if now is not None else newest) - index._window
        kept = [row for ts, row in first.values() if ts >= cutoff]  # (others expire at once)
        features = features or {}
        stored = trusted(
            {r.item_key: (r, features[r.item_key]) for r in kept if r.item_key in features},
            index._derive,
        )
        for row in kept:
            derived = stored.get(row.item_key)
            if derived is None:
                index.derived.append(row.item_key)
                derived = index._derive(row)
            index._insert(index._entry(row, derived))
        index._max_ts = max(index._max_ts, newest)
        index.expire(now)
        return index

    def add(self, row: StoryRow) -> None:
        """Record an assignment made earlier (by this or another index) without deciding.

        A row for an item key already present is ignored: the first assignment stands.
        """
        if row.item_key in self._entries:
            return
        self._insert(self._make_entry(row))

    def add_stored(
        self, rows: Iterable[StoryRow], features: Mapping[str, str], *, check: bool
    ) -> bool:
        """`add` for rows stored since (by other processes sharing the database), with
        their stored features (key -> `features`): with `check`, used only when a sample
        of them derives to the same (as in `load`), else whenever they parse. Whether
        features were used (then later ones need no check)."""
        new = [r for r in rows if r.item_key not in self._entries]
        mine = {r.item_key: (r, features[r.item_key]) for r in new if r.item_key in features}
        if check:
            stored = trusted(mine, self._derive)
        else:
            stored = {k: d for k, (_, text) in mine.items() if (d := load_features(text))}
        for row in new:
            derived = stored.get(row.item_key)
            self._insert(
                self._entry(row, derived) if derived is not None else self._make_entry(row)
            )
        return bool(stored)

    def assign(
        self,
        item_key: str,
        canonical_link: str,
        title: str,
        summary: str,
        published_or_seen: datetime,
        outlet: str,
        *,
        now: datetime | None = None,
    ) -> StoryDecision:
        """Decide the story of an item and remember it; deterministic for the same window.

        ``published_or_seen`` is the item's time; pass ``min(published, seen)`` so a
        feed's bogus future date cannot push the window forward.  ``now`` (the poll time)
        drives expiry; without it the newest item time does.
        """
        known = self._entries.get(item_key)
        if known is not None:
            return self._decision(known.row, False, 100.0, item_key, "known")

        ts = _timestamp(published_or_seen)
        if now is not None and ts < _timestamp(now) - 2 * self._window:
            # after expiry every entry is within one window of `now`, so none is within one
            # window of this item: it starts a story (and leaves the window at once).  A new
            # feed's backlog is mostly such items; they need neither tokens nor candidates.
            self.expire(now)
            self._max_ts = max(self._max_ts, ts)
            row = StoryRow(
                item_key,
                self._new_story_id(item_key),
                canonical_link,
                title,
                summary,
                published_or_seen,
                outlet,
            )
            return self._decision(row, True, 0.0, None, "new")

        probe = self._make_entry(
            StoryRow(item_key, "", canonical_link, title, summary, published_or_seen, outlet)
        )
        self.expire(now)

        story_id: StoryId | None = None
        matched: str | None = None
        reason: Reason = "new"
        similarity = 0.0

        linked = self._link_match(probe)
        if linked is not None:
            story_id, matched, reason, similarity = (
                linked.row.story_id,
                linked.row.item_key,
                "link",
                100.0,
            )
        else:
            best, score = self._text_match(probe)
            similarity = score
            if best is not None:
                story_id, matched, reason = best.row.story_id, best.row.item_key, "text"

        is_new = story_id is None
        if story_id is None:
            story_id = self._new_story_id(item_key)
        row = StoryRow(
            item_key, story_id, canonical_link, title, summary, published_or_seen, outlet
        )
        probe.row = row
        self._insert(probe)
        self.expire(now)
        return self._decision(row, is_new, similarity, matched, reason)

    def expire(self, now: datetime | None = None) -> list[str]:
        """Forget entries older than the window (relative to ``now`` or the newest entry);
        returns their item keys.  Stories live on as long as any member is in the window."""
        horizon = _timestamp(now) if now is not None else self._max_ts
        cutoff = horizon - self._window
        expired: list[str] = []
        while self._heap and self._heap[0][0] < cutoff:
            _, key = heapq.heappop(self._heap)
            entry = self._entries.pop(key, None)
            if entry is not None:
                self._remove(entry)
                expired.append(key)
        return expired

    def features(self, item_key: str) -> str | None:
        """What the index derived from an entry's text, to persist beside its row (JSON;
        None when the item is not in the window)."""
        entry = self._entries.get(item_key)
        if entry is None:
            return None
        summary = entry.indexed[len(entry.title_tokens) :]
        return dump_features(Derived(entry.title_norm, summary, entry.summary_text))

    def story_of(self, item_key: str) -> StoryId | None:
        """Story of an item still in the window, else None."""
        entry = self._entries.get(item_key)
        return entry.row.story_id if entry is not None else None

    def outlets(self, story_id: StoryId) -> tuple[str, ...]:
        """Distinct outlets of a story's members in the window, first reporter first."""
        members = self._stories.get(story_id, {})
        ordered = sorted((self._entries[k] for k in members), key=lambda e: e.sort_key)
        return tuple(dict.fromkeys(e.row.outlet for e in ordered if e.row.outlet))

    def members(self, story_id: StoryId) -> tuple[str, ...]:
        """Item keys of a story in the window, oldest first."""
        members = self._stories.get(story_id, {})
        return tuple(sorted(members, key=lambda k: self._entries[k].sort_key))

    def __len__(self) -> int:
        return len(self._entries)

    def __contains__(self, item_key: object) -> bool:
        return item_key in self._entries

    # -- internals -------------------------------------------------------------------

    def _decision(
        self, row: StoryRow, is_new: bool, similarity: float, matched: str | None, reason: Reason
    ) -> StoryDecision:
        return StoryDecision(
            story_id=row.story_id,
            is_new=is_new,
            similarity=round(similarity, 1),
            matched_item=matched,
            reason=reason,
            outlets=self.outlets(row.story_id),
            row=row,
        )

    def _make_entry(self, row: StoryRow) -> _Entry:
        return self._entry(row, self._derive(row))

    def _derive(self, row: StoryRow) -> Derived:
        return derive(row.title, row.summary, row.outlet, self.config.summary_lead_tokens)

    def _entry(self, row: StoryRow, derived: Derived) -> _Entry:
        cfg = self.config
        title_norm, summary, summary_text = derived
        title_tokens = distinctive(title_norm.split())
        specific = [t for t in title_tokens if t not in GENERIC]
        indexed = tuple(dict.fromkeys([*title_tokens, *summary]))
        return _Entry(
            row=row,
            ts=_timestamp(row.seen),
            title_norm=title_norm,
            title_tokens=frozenset(title_tokens),
            title_strength=len(specific),
            title_strong=len(specific) >= cfg.min_title_tokens
            or (len(specific) >= 2 and sum(map(len, specific)) >= cfg.min_title_chars),
            title_numbers=frozenset(t for t in title_tokens if is_number(t)),
            summary_tokens=frozenset(summary),
            summary_text=summary_text,
            indexed=indexed,
            outlet=fold(row.outlet.strip()),
        )

    def _insert(self, entry: _Entry) -> None:
        key = entry.row.item_key
        self._entries[key] = entry
        heapq.heappush(self._heap, (entry.ts, key))
        self._max_ts = max(self._max_ts, entry.ts)
        if entry.row.canonical_link:
            self._by_link.setdefault(entry.row.canonical_link, {})[key] = None
        for token in entry.indexed:
            self._postings.setdefault(token, set()).add(key)
        self._stories.setdefault(entry.row.story_id, {})[key] = None

    def _remove(self, entry: _Entry) -> None:
        key = entry.row.item_key
        link = entry.row.canonical_link
        if link and link in self._by_link:
            self._by_link[link].pop(key, None)
            if not self._by_link[link]:
                del self._by_link[link]
        for token in entry.indexed:
            posting = self._postings.get(token)
            if posting is not None:
                posting.discard(key)
                if not posting:
                    del self._postings[token]
        members = self._stories.get(entry.row.story_id)
        if members is not None:
            members.pop(key, None)
            if not members:
                del self._stories[entry.row.story_id]

    def _in_window(self, a: _Entry, b: _Entry) -> bool:
        return abs(a.ts - b.ts) <= self._window

    def _link_match(self, probe: _Entry) -> _Entry | None:
        link = probe.row.canonical_link
        if not link:
            return None
        same = [self._entries[k] for k in self._by_link.get(link, {})]
        same = [e for e in same if self._in_window(e, probe)]
        return min(same, key=lambda e: e.sort_key) if same else None

    def _weight(self, token: str, total: int, memo: dict[str, float]) -> float:
        """Inverse document frequency in the window: boilerplate weighs little."""
        weight = memo.get(token)
        if weight is None:
            df = len(self._postings.get(token, ()))
            weight = memo[token] = math.log((total + 1) / (df + 0.5))
        return weight

    def _rarest(self, tokens: Iterable[str], limit: int) -> list[str]:
        """Up to ``limit`` indexed tokens with the fewest entries (not the too common)."""
        postings = self._postings
        ranked = sorted(
            (df, t)
            for t in tokens
            if 0 < (df := len(postings.get(t, ()))) <= self.config.max_posting
        )
        return [t for _, t in ranked[:limit]]

    def _holding_all(self, tokens: frozenset[str]) -> set[str]:
        """Keys of entries indexed under all of ``tokens`` (two at least), rarest first."""
        if len(tokens) < 2:
            return set()
        postings = sorted((self._postings.get(t, set()) for t in tokens), key=len)
        if not postings[0]:
            return set()
        return set(postings[0]).intersection(*postings[1:])

    def _text_match(self, probe: _Entry) -> tuple[_Entry | None, float]:
        """Best candidate above the thresholds (None if none) and its score."""
        cfg = self.config
        postings = self._postings
        # the rarest title words and the rarest summary words, apart: a copy without a
        # summary must still find its original through the headline
        probes = self._rarest(probe.title_tokens, cfg.probe_title_tokens)
        probes += self._rarest(probe.summary_tokens, cfg.probe_summary_tokens)
        hits: Counter[str] = Counter()
        for token in probes:
            hits.update(postings[token])
        # a copy shares most of the probe tokens; two or three shared rare words is the
        # least that makes scoring worth it
        need = 3 if len(probes) >= 8 else max(1, min(2, len(probes)))
        keys = {k for k, n in hits.items() if n >= need}
        candidates = [self._entries[k] for k in keys]
        candidates = [c for c in candidates if self._in_window(c, probe)]
        candidates.sort(key=lambda c: (-hits[c.row.item_key], c.sort_key))
        candidates = candidates[: cfg.max_candidates]
        # entries holding every word of the headline, however common the words
        # ("React: Not Everything Is State"), the most similar headlines first
        pool = sorted(self._holding_all(probe.title_tokens) - {c.row.item_key for c in candidates})
        if pool:
            titles = {k: self._entries[k].title_norm for k in pool}
            best_titles = process.extract(
                probe.title_norm, titles, scorer=fuzz.token_sort_ratio, limit=cfg.max_candidates
            )
            extra = [self._entries[k] for _, _, k in best_titles]
            candidates += [c for c in extra if self._in_window(c, probe)]
        total = len(self._entries) + 1
        memo: dict[str, float] = {}
        best: _Entry | None = None
        best_score = 0.0
        best_rejected = 0.0
        for cand in candidates:
            score, ok = self._score(probe, cand, total, memo)
            if ok and (best is None or score > best_score):
                if self._outlet_conflict(probe, cand.row.story_id):
                    best_rejected = max(best_rejected, score)
                    continue
                best, best_score = cand, score
            elif not ok:
                best_rejected = max(best_rejected, score)
        return (best, best_score) if best is not None else (None, best_rejected)

    def _same_text(self, a: _Entry, b: _Entry) -> bool:
        """Whether two entries of one outlet are the same text again.

        An outlet does not syndicate to itself: two of its entries with different links
        are different items (a series, a recurring headline, a status feed) unless the
        headline is the same and the summaries (where both have one) nearly are.  Two
        different links of one outlet are two articles, whatever their text (a blogger
        re-using last year's post); without links, identical text is the same entry again
        (feeds that mint a new guid on every fetch).
        """
        if a.title_norm != b.title_norm or not a.title_strength:
            return False
        if a.row.canonical_link and b.row.canonical_link:
            return a.row.canonical_link == b.row.canonical_link
        if not (a.summary_text and b.summary_text):
            return True
        # in order, not as sets: "Status: Broken => Running" is not "Running => Broken"
        short, long = sorted((a.summary_text, b.summary_text), key=len)
        if fuzz.ratio(short, long[: len(short)]) < self.config.same_outlet_similarity:
            return False
        # punctuation too: a status feed's "A / B => A (B)" and "A (B) => A / B" are two
        # updates whose words are the same; the same entry again has the same characters
        raw_a, raw_b = (" ".join(e.row.summary.split()).casefold() for e in (a, b))
        raw_short, raw_long = sorted((raw_a, raw_b), key=len)
        return raw_long.startswith(raw_short)

    def _outlet_conflict(self, probe: _Entry, story_id: StoryId) -> bool:
        """True when the story already holds another item of the probe's outlet.

        Without this, a copy in outlet B of item A1 of outlet A would pull A's next,
        different item A2 with the same headline into A1's story (single-link chaining).
        Likewise a story holding a page of site S refuses another page of S.
        """
        link = probe.row.canonical_link
        host = urlsplit(link).hostname if link else None
        for key in self._stories.get(story_id, {}):
            member = self._entries[key]
            if (
                probe.outlet
                and member.outlet == probe.outlet
                and not self._same_text(probe, member)
            ):
                return True
            # two different pages of one site are two articles: a copy lives elsewhere
            other = member.row.canonical_link
            if host and other and other != link and urlsplit(other).hostname == host:
                return True
        return False

    def _score(
        self, a: _Entry, b: _Entry, total: int, memo: dict[str, float]
    ) -> tuple[float, bool]:
        """Similarity 0..100 of two entries and whether it makes them one story."""
        cfg = self.config
        strength = min(a.title_strength, b.title_strength)
        title = fuzz.token_sort_ratio(a.title_norm, b.title_norm) if strength else 0.0
        numbers_differ = a.title_numbers != b.title_numbers
        if numbers_differ:
            # "Part 4" vs "Part 5", "Far Cry 2" vs "Far Cry 5": the headlines disagree
            # exactly where it matters; only the summaries can still join them
            title = min(title, cfg.number_mismatch_cap)
        n_a, n_b = len(a.summary_tokens), len(b.summary_tokens)
        if a.outlet and a.outlet == b.outlet:
            return title, self._same_text(a, b)
        if min(n_a, n_b) >= cfg.min_summary_tokens:
            containment = self._containment(a.summary_tokens, b.summary_tokens, total, memo)
            if strength == 0:
                # empty or generic headline: only a long, near-identical summary tells
                ok = (
                    containment >= cfg.weak_title_containment
                    and min(n_a, n_b) >= cfg.weak_title_summary_tokens
                )
                return 100 * containment, ok
            score = cfg.title_weight * title + (1 - cfg.title_weight) * 100 * containment
            if (
                score >= cfg.combined_threshold
                and containment >= cfg.min_summary_containment
                and (not numbers_differ or containment >= cfg.number_mismatch_containment)
                and self._containment(a.title_tokens, b.title_tokens, total, memo)
                >= cfg.min_title_overlap
            ):
                return score, True
            if title >= cfg.same_title_threshold and strength >= cfg.same_title_min_tokens:
                return title, True
            return score, False
        if not (a.title_strong and b.title_strong) or title < cfg.title_only_threshold:
            return title, False
        if min(n_a, n_b) > 2:
            containment = self._containment(a.summary_tokens, b.summary_tokens, total, memo)
            # the summaries rank candidates with the same headline (a series, a game list)
            score = 0.8 * title + 20 * containment
            return score, containment >= cfg.short_summary_containment
        return title, True

    def _containment(
        self, a: frozenset[str], b: frozenset[str], total: int, memo: dict[str, float]
    ) -> float:
        """IDF-weighted share of the shorter summary found in the other (0..1): a
        truncated copy is fully contained; shared boilerplate and common names weigh little."""
        small, large = (a, b) if len(a) <= len(b) else (b, a)
        shared = 0.0
        whole = 0.0
        for token in small:
            weight = self._weight(token, total, memo)
            whole += weight
            if token in large:
                shared += weight
        return shared / whole if whole else 0.0
