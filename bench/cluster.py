"""Clustering benchmark: real feed items plus generated copies with known ground truth.

Usage::

    .venv/bin/python bench/cluster.py            # whole corpus (~6,500 originals)
    .venv/bin/python bench/cluster.py --limit 1500

Originals are the entries of ``/work/shared/feeds/corpus/*.xml`` (feedparser).  A share of
them get 1-5 copies "from other outlets" with realistic edits: headline tags ("Report:",
"WATCH:"), outlet suffixes (" - Reuters"), case changes, word swaps and synonyms, HTML
entities, truncated / missing / re-wrapped summaries, and links that are either variants
of the original (tracking parameters, AMP, mobile host, fragment) or the outlet's own URL.

All items are squeezed into a 60 h stream (copies up to 2 h before and 12 h after their
original), so with the default 72 h window nearly every item is compared with every other:
much harsher than real feeds, whose items spread over years.

Printed: pair precision and recall on the generated copies (strict ground truth and one
that counts genuine duplicates inside the corpus as the same story), merges among
originals with their explanation, recall by edit kind, the time per 10,000 items, and a
restart check (rebuild from rows halfway, compare the decisions).
"""

from __future__ import annotations

import argparse
import calendar
import glob
import html
import random
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Iterable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from itertools import combinations
from pathlib import Path
from urllib.parse import urlsplit

import feedparser

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bot.intake.links import canonical_url
from bot.stories.index import StoryIndex, StoryRow
from bot.stories.titles import normalise_title
from bot.text import html_to_text

CORPUS = "/work/shared/feeds/corpus/*.xml"
OUTLETS = [
    "Reuters",
    "AP News",
    "BBC News",
    "The Guardian",
    "Al Jazeera",
    "CNN",
    "NPR",
    "Yahoo News",
    "MSN",
    "The Independent",
    "Sky News",
    "ABC News",
    "CBS News",
    "DW",
    "France 24",
    "The Hindu",
    "Dawn",
]
TAGS = ["Report:", "WATCH:", "BREAKING:", "Exclusive:", "UPDATE:", "Analysis:", "VIDEO:", "LIVE:"]
SUFFIXES = [" - Reuters", " | AP News", " - BBC News", " – The Guardian", " | CNN", " (video)"]
SYNONYMS = {
    "says": "said",
    "said": "says",
    "to": "will",
    "after": "following",
    "big": "major",
    "new": "latest",
    "how": "why",
    "us": "U.S.",
    "and": "&",
    "with": "w/",
}
TRACKING = [
    "utm_source=rss&utm_medium=feed&utm_campaign=world",
    "fbclid=IwAR0abcDEF123",
    "at_medium=RSS&at_campaign=KARANGA",
    "cmpid=org=ngp::mc=social",
    "smid=tw-share",
    "ocid=msnews",
    "mc_cid=5f1e2d&mc_eid=9a8b7c",
    "ref=homepage",
]


@dataclass(slots=True)
class Item:
    key: str
    title: str
    summary: str
    link: str
    outlet: str
    origin: int  # index of the original (ground truth)
    is_copy: bool
    kinds: tuple[str, ...] = ()
    seen: datetime = field(default_factory=lambda: datetime(2024, 1, 1, tzinfo=UTC))
    #: the entry's own publication date, if the feed gives one
    published: datetime | None = None


# --- corpus ------------------------------------------------------------------------------


def _parse(path: str) -> list[tuple[str, str, str, str, str, datetime | None]]:
    doc = feedparser.parse(path)
    outlet = html_to_text(doc.feed.get("title", "")) or Path(path).stem
    out = []
    for i, entry in enumerate(doc.entries):
        summary = entry.get("summary", "") or ""
        if not summary and entry.get("content"):
            summary = entry.content[0].get("value", "")
        ident = entry.get("id") or entry.get("link") or str(i)
        stamp = entry.get("published_parsed") or entry.get("updated_parsed")
        try:
            published = datetime.fromtimestamp(calendar.timegm(stamp), UTC) if stamp else None
        except (OverflowError, ValueError, OSError):
            published = None
        out.append(
            (
                f"{Path(path).stem}:{ident}",
                html_to_text(entry.get("title", "") or ""),
                html_to_text(summary)[:1500],
                entry.get("link", "") or "",
                outlet,
                published,
            )
        )
    return out


def load_corpus(limit: int | None) -> list[Item]:
    paths = sorted(glob.glob(CORPUS))
    with ProcessPoolExecutor() as pool:
        parsed = list(pool.map(_parse, paths))
    items: list[Item] = []
    keys: Counter[str] = Counter()
    for rows in parsed:
        for key, title, summary, link, outlet, published in rows:
            keys[key] += 1
            if keys[key] > 1:  # the same guid twice in one feed: keep both, distinct keys
                key = f"{key}#{keys[key]}"
            item = Item(key, title, summary, link, outlet, len(items), False)
            item.published = published
            items.append(item)
    if limit is not None and limit < len(items):
        items = random.Random(7).sample(items, limit)
        for i, item in enumerate(items):
            item.origin = i
    return items


# --- copies ------------------------------------------------------------------------------


def _edit_title(rng: random.Random, title: str) -> tuple[str, list[str]]:
    kinds: list[str] = []
    words = title.split()
    ops = rng.sample(["tag", "suffix", "case", "swap", "synonym", "entity"], k=rng.randint(1, 3))
    if "swap" in ops and len(words) > 3:
        i = rng.randrange(len(words) - 1)
        words[i], words[i + 1] = words[i + 1], words[i]
        kinds.append("swap")
    if "synonym" in ops:
        spots = [i for i, w in enumerate(words) if w.lower() in SYNONYMS]
        if spots:
            i = rng.choice(spots)
            words[i] = SYNONYMS[words[i].lower()]
            kinds.append("synonym")
    title = " ".join(words)
    if "case" in ops:
        title = rng.choice([str.upper, str.lower, str.title])(title)
        kinds.append("case")
    if "tag" in ops:
        title = f"{rng.choice(TAGS)} {title}"
        kinds.append("tag")
    if "suffix" in ops:
        title += rng.choice(SUFFIXES)
        kinds.append("suffix")
    if "entity" in ops:
        title = html.escape(title).replace("’", "&#8217;").replace("'", "&#39;")
        kinds.append("entity")
    return title, kinds


def _edit_summary(rng: random.Random, summary: str) -> tuple[str, str]:
    roll = rng.random()
    if roll < 0.3 or not summary:
        return summary, "full"
    if roll < 0.7:
        words = summary.split()
        cut = max(8, int(len(words) * rng.uniform(0.4, 0.8)))
        return " ".join(words[:cut]) + rng.choice(["…", " [...]", " Read more", "..."]), "trunc"
    if roll < 0.85:
        return "", "empty"
    dateline = rng.choice(["WASHINGTON (Reuters) - ", "LONDON (AP) — ", ""])
    return f"<p>{dateline}{html.escape(summary)}</p>", "html"


def _edit_link(rng: random.Random, link: str, outlet: str, n: int) -> tuple[str, str]:
    if link.startswith("http") and rng.random() < 0.45:
        variant = rng.choice(["tracking", "amp", "mobile", "fragment"])
        base, _, _frag = link.partition("#")
        if variant == "tracking":
            sep = "&" if "?" in base else "?"
            return f"{base}{sep}{rng.choice(TRACKING)}", "link:tracking"
        if variant == "amp":
            if base.endswith(".html"):
                return base[:-5] + ".amp.html", "link:amp"
            sep = "&" if "?" in base else "?"
            # "/amp" goes on the path (as publishers do), never into the query string
            parts = urlsplit(base)
            amp_path = parts._replace(path=parts.path.rstrip("/") + "/amp").geturl()
            return rng.choice([amp_path, f"{base}{sep}outputType=amp"]), "link:amp"
        if variant == "mobile":
            return base.replace("://www.", "://").replace("://", "://m.", 1), "link:mobile"
        return f"{base}#comments", "link:fragment"
    slug = outlet.lower().replace(" ", "")
    return f"https://www.{slug}.example/news/article-{n}", "link:own"


def make_copies(rng: random.Random, originals: list[Item], share: float) -> list[Item]:
    copies: list[Item] = []
    for orig in originals:
        if rng.random() >= share or not (orig.title or orig.summary):
            continue
        # one outlet runs a wire story once: the copies come from distinct outlets
        outlets = rng.sample([o for o in OUTLETS if o != orig.outlet], rng.randint(1, 5))
        for c, outlet in enumerate(outlets):
            title, kinds = _edit_title(rng, orig.title)
            summary, skind = _edit_summary(rng, orig.summary)
            link, lkind = _edit_link(rng, orig.link, outlet, len(copies))
            copies.append(
                Item(
                    f"copy:{orig.origin}:{c}",
                    title,
                    summary,
                    link,
                    outlet,
                    orig.origin,
                    True,
                    (*kinds, f"summary:{skind}", lkind),
                    orig.seen + timedelta(hours=rng.uniform(-2, 12)),
                )
            )
    return copies


# --- evaluation --------------------------------------------------------------------------


def run(items: Iterable[Item], index: StoryIndex) -> dict[str, object]:
    return {
        it.key: index.assign(
            it.key, canonical_url(it.link), it.title, it.summary, it.seen, it.outlet
        ).story_id
        for it in items
    }


def pairs_of(groups: Iterable[list[str]]) -> set[tuple[str, str]]:
    out: set[tuple[str, str]] = set()
    for members in groups:
        out.update(combinations(sorted(members), 2))
    return out


def group(mapping: dict[str, object]) -> list[list[str]]:
    groups: dict[object, list[str]] = defaultdict(list)
    for key, value in mapping.items():
        groups[value].append(key)
    return [g for g in groups.values() if len(g) > 1]


#: merges among originals of *different* outlets whose headlines differ, read by hand
#: and judged to be the same news story (wire copy or one event, rewritten); keyed by the
#: two normalised headlines.  Anything merged and not explained here counts as distinct.
REVIEWED_SAME_STORY: set[frozenset[str]] = {
    frozenset(normalise_title(a) for a in pair)
    for pair in [
        (
            "Australia won't repatriate 34 women and children from Syria",
            "Australia won't repatriate 34 women and children linked to IS from Syria",
        ),
        (
            "Accused Bondi Beach killer Naveed Akram appears in court by video link",
            "Accused Bondi killer Naveed Akram appears in court by video link",
        ),
        (
            "Civil rights leader Jesse Jackson dies, aged 84",
            "US civil rights leader Jesse Jackson dies aged 84",
        ),
        (
            "Peru's Congress removes interim President Jerí as he faces a corruption probe",
            "Peru's Congress removes interim President Jerí as he faces corruption allegations",
        ),
        (
            "Macron holds talks with India's Modi to boost economic and strategic ties",
            "France's Macron holds bilateral talks with India's Modi to boost economic and "
            "strategic ties",
        ),
        (
            "Drone attack on Sudan market kills 28",
            "Strike on market in Sudan kills at least 28 people, rights group says",
        ),
    ]
}


def explain_duplicate(a: Item, b: Item) -> str | None:
    """Why two (deduplicated) originals are one story after all, or None if not known."""
    ta, tb = normalise_title(a.title), normalise_title(b.title)
    if ta == tb and ta and a.outlet != b.outlet:
        return "same headline, other outlet"
    if frozenset((ta, tb)) in REVIEWED_SAME_STORY:
        return "same story, hand-checked"
    return None


def corpus_duplicates(entries: list[Item]) -> list[list[Item]]:
    """Groups of corpus entries that are one item: same canonical link, or the same
    normalised headline and summary (the same post in two feeds, a re-published entry)."""
    parent = list(range(len(entries)))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    first: dict[tuple[str, str], int] = {}
    for i, it in enumerate(entries):
        keys = []
        if it.link:
            keys.append(("link", canonical_url(it.link)))
        if normalise_title(it.title):
            keys.append(("text", normalise_title(it.title) + "\0" + it.summary[:200]))
        for key in keys:
            if key in first:
                parent[find(i)] = find(first[key])
            else:
                first[key] = i
    groups: dict[int, list[Item]] = defaultdict(list)
    for i, it in enumerate(entries):
        groups[find(i)].append(it)
    return list(groups.values())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--limit", type=int, help="use this many corpus entries (random sample)")
    parser.add_argument("--share", type=float, default=0.35, help="share of originals copied")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--examples", type=int, default=8, help="merges/misses to show")
    args = parser.parse_args()
    rng = random.Random(args.seed)

    t0 = time.perf_counter()
    entries = load_corpus(args.limit)
    parse_s = time.perf_counter() - t0
    start = datetime(2024, 5, 1, tzinfo=UTC)
    for entry in entries:
        entry.seen = start + timedelta(hours=rng.uniform(0, 60))

    # 1. the corpus's own duplicates: they must end in one story; they are reported and
    #    then left out of the ground truth (one representative each)
    groups = corpus_duplicates(entries)
    dup_groups = [g for g in groups if len(g) > 1]
    by_entry = {it.key: it for it in entries}
    dup_index = StoryIndex()
    dup_pred = run(sorted(entries, key=lambda it: (it.seen, it.key)), dup_index)
    dup_pairs = pairs_of([[it.key for it in g] for g in dup_groups])
    link_pairs = {
        (a, b)
        for a, b in dup_pairs
        if by_entry[a].link and canonical_url(by_entry[a].link) == canonical_url(by_entry[b].link)
    }
    text_pairs = dup_pairs - link_pairs
    link_joined = sum(1 for a, b in link_pairs if dup_pred[a] == dup_pred[b])
    text_joined = sum(1 for a, b in text_pairs if dup_pred[a] == dup_pred[b])
    text_same_outlet = sum(1 for a, b in text_pairs if by_entry[a].outlet == by_entry[b].outlet)

    originals = [g[0] for g in groups]
    for i, orig in enumerate(originals):
        orig.origin = i
    copies = make_copies(rng, originals, args.share)
    stream = sorted([*originals, *copies], key=lambda it: (it.seen, it.key))
    by_key = {it.key: it for it in stream}

    # 2. originals + copies
    index = StoryIndex()
    t0 = time.perf_counter()
    predicted = run(stream, index)
    assign_s = time.perf_counter() - t0

    truth = {it.key: it.origin for it in stream}
    pred_pairs = pairs_of(group(predicted))
    truth_pairs = pairs_of(group(truth))
    orig_merges = [(a, b) for a, b in pred_pairs if not by_key[a].is_copy and not by_key[b].is_copy]
    reasons = {pair: explain_duplicate(by_key[pair[0]], by_key[pair[1]]) for pair in orig_merges}
    story_merges = sum(1 for why in reasons.values() if why)
    distinct = [pair for pair, why in reasons.items() if not why]

    def copy_pairs(pairs: set[tuple[str, str]]) -> set[tuple[str, str]]:
        return {p for p in pairs if by_key[p[0]].is_copy or by_key[p[1]].is_copy}

    pc, tc = copy_pairs(pred_pairs), copy_pairs(truth_pairs)
    precision = len(pc & tc) / len(pc) if pc else 1.0
    recall = len(pc & tc) / len(tc) if tc else 1.0
    # copies of an original whose text is too thin to tell apart (headline of < 2
    # distinctive words and no summary): only a shared link can join those
    probe = StoryIndex()
    thin = {
        it.origin
        for it in originals
        if not probe._make_entry(
            StoryRow(it.key, "", "", it.title, it.summary, it.seen, it.outlet)
        ).title_strong
        and len(it.summary.split()) < 8
    }
    tc_rich = {p for p in tc if by_key[p[0]].origin not in thin}
    recall_rich = len(pc & tc_rich) / len(tc_rich) if tc_rich else 1.0

    # 3. restart check: rebuild from the rows of the first half, run the second half
    half = len(stream) // 2
    first = StoryIndex()
    rows: list[StoryRow] = [
        first.assign(it.key, canonical_url(it.link), it.title, it.summary, it.seen, it.outlet).row
        for it in stream[:half]
    ]
    t0 = time.perf_counter()
    rebuilt = StoryIndex.load(rows)
    load_s = time.perf_counter() - t0
    resumed = run(stream[half:], rebuilt)
    differing = sum(1 for k, v in resumed.items() if predicted[k] != v)

    # 4. the corpus as the bot sees it: every original at its own publication date (items
    #    without one at the stream time), copies relative to their original
    def real_time(it: Item) -> datetime:
        base = originals[it.origin]
        when = base.published or base.seen
        if not datetime(1990, 1, 1, tzinfo=UTC) < when < datetime(2100, 1, 1, tzinfo=UTC):
            when = base.seen  # a bogus date (0001-01-01, 9999-…): as the bot, use "seen"
        return when + (it.seen - base.seen if it.is_copy else timedelta(0))

    real_stream = sorted(stream, key=lambda it: (real_time(it), it.key))
    real_index = StoryIndex()
    real_pred = {
        it.key: real_index.assign(
            it.key, canonical_url(it.link), it.title, it.summary, real_time(it), it.outlet
        ).story_id
        for it in real_stream
    }
    real_pairs = pairs_of(group(real_pred))
    real_orig = [(a, b) for a, b in real_pairs if not by_key[a].is_copy and not by_key[b].is_copy]
    real_distinct = [p for p in real_orig if not explain_duplicate(by_key[p[0]], by_key[p[1]])]
    rpc = copy_pairs(real_pairs)
    real_precision = len(rpc & tc) / len(rpc) if rpc else 1.0
    real_recall = len(rpc & tc) / len(tc) if tc else 1.0
    dated = sum(1 for it in originals if it.published)

    n = len(stream)
    width = 58
    print(f"{'claimwatch story clustering benchmark':^{width + 14}}")
    print("-" * (width + 14))
    table = [
        ("corpus entries", f"{len(entries):,}"),
        ("  duplicate groups in the corpus (same link/text)", f"{len(dup_groups):,}"),
        ("  entries they hold", f"{sum(map(len, dup_groups)):,}"),
        (
            "  pairs with the same link, joined (must be all)",
            f"{link_joined:,} of {len(link_pairs):,}",
        ),
        ("  pairs with the same text only, joined", f"{text_joined:,} of {len(text_pairs):,}"),
        ("    of which within one outlet (joined only if link-less)", f"{text_same_outlet:,}"),
        ("originals (one per group)", f"{len(originals):,}"),
        ("generated copies", f"{len(copies):,}"),
        ("items in stream (60 h, window 72 h)", f"{n:,}"),
        ("stories found", f"{len(set(predicted.values())):,}"),
        ("copy pairs in ground truth", f"{len(tc):,}"),
        ("copy pairs predicted", f"{len(pc):,}"),
        ("pair precision (target >= 0.98)", f"{precision:.4f}"),
        ("pair recall    (target >= 0.90)", f"{recall:.4f}"),
        ("pair recall, originals with enough text", f"{recall_rich:.4f}"),
        ("merged pairs among originals", f"{len(orig_merges):,}"),
        ("  same story, other outlet (headline or hand-checked)", f"{story_merges:,}"),
        ("  distinct items merged (target 0)", f"{len(distinct):,}"),
        ("at real publication dates (originals dated)", f"{dated:,} of {len(originals):,}"),
        ("  pair precision", f"{real_precision:.4f}"),
        ("  pair recall", f"{real_recall:.4f}"),
        ("  distinct items merged (target 0)", f"{len(real_distinct):,}"),
        ("time per 10,000 items, assign + canonical_url", f"{assign_s / n * 10_000:.2f} s"),
        ("time per 10,000 rows, StoryIndex.load", f"{load_s / max(1, len(rows)) * 10_000:.2f} s"),
        ("restart check: decisions differing after load", f"{differing:,} of {n - half:,}"),
        ("(corpus parse time, not counted)", f"{parse_s:.1f} s"),
    ]
    for label, value in table:
        print(f"{label:<{width}}{value:>14}")

    print("\nrecall of copies by edit kind (copy joined its original's story)")
    found: Counter[str] = Counter()
    total: Counter[str] = Counter()
    origin_story = {it.origin: predicted[it.key] for it in originals}
    for it in copies:
        ok = predicted[it.key] == origin_story[it.origin]
        for kind in it.kinds:
            total[kind] += 1
            found[kind] += ok
    for kind in sorted(total):
        print(f"  {kind:<22}{found[kind] / total[kind]:>8.3f}  ({total[kind]:,})")

    for a, b in real_distinct[: args.examples]:
        print("\nmerged at real dates [DISTINCT]:")
        for it in (by_key[a], by_key[b]):
            print(f"    {it.outlet[:20]:<20} {it.title[:70]!r} {real_time(it):%Y-%m-%d}")
    shown = [*distinct[: args.examples]]
    shown += [p for p, w in reasons.items() if w][: max(0, args.examples - len(shown))]
    if shown:
        print("\nmerged originals:")
        for a, b in shown:
            print(f"  [{reasons[(a, b)] or 'DISTINCT'}]")
            for it in (by_key[a], by_key[b]):
                print(f"    {it.outlet[:20]:<20} {it.title[:70]!r}  {it.link[:60]}")
    misses = [it for it in copies if predicted[it.key] != origin_story[it.origin]]
    if misses:
        print(f"\nmissed copies ({len(misses):,}), e.g.:")
        for it in misses[: args.examples]:
            print(f"  {originals[it.origin].title[:60]!r} -> {it.title[:60]!r} {it.kinds}")


if __name__ == "__main__":
    main()
