"""Benchmark the toolkit's read queries against a naive scan, on a synthetic database.

    .venv/bin/python bench/query.py [--items N] [--matches M] [--db PATH] [--keep]

Builds a database through the real schema and migrations (SQLiteStore), then bulk-loads
N items (default 1,000,000; the FTS index filled by its triggers) and M matches (default
50,000) over a year, with executemany in one transaction. Then times, through
bot.store.queries:

- `history --claim X --since 30d` (by publication, the default; and `--by seen`, which the
  index matches(claim_id, created) serves) against a LIKE scan, and `--by seen` against
  the same query forced to scan (`matches NOT INDEXED`);
- `search "kremlin denies"` (FTS5, ranked by bm25, first 50) against `LIKE '%kremlin%'
  AND LIKE '%denies%'` over items' title and summary (all rows found: ranking needs them).

Each timing is the best of 5 runs (after one warm-up). Prints a table with the ratios.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.clock import iso  # noqa: E402
from bot.store import queries  # noqa: E402
from bot.store.sqlite import SQLiteStore  # noqa: E402

WORDS = (
    "government minister officials said report election war talks ceasefire border attack"
    " drone troops market prices inflation bank energy gas oil climate storm flood court"
    " judge trial police arrest protest president parliament vote law budget tax health"
    " hospital vaccine school students company shares profit workers strike union deal"
    " trade sanctions export import ship port airport flight train road bridge city"
    " village region country capital army navy fleet satellite rocket launch space network"
    " internet service outage phone call meeting summit leader spokesman statement source"
    " interview video photo record week month year today yesterday morning night new old"
    " first last major minor high low big small early late latest live update breaking"
).split()
NAMES = "Musk Putin Kremlin Peskov Starlink Taiwan Crimea Kyiv Zelensky Xi Biden Trump".split()
PHRASES = [
    "Kremlin denies report",
    "Kremlin spokesman denies talks",
    "Peskov denies any contact, Kremlin says",
]
CLAIMS = [f"claim-{n:02d}" for n in range(20)]
DAYS = 365


def _text(rng: random.Random, n: int) -> str:
    words = rng.choices(WORDS, k=n)
    if rng.random() < 0.05:
        words[rng.randrange(n)] = rng.choice(NAMES)
    if rng.random() < 0.01:
        words[rng.randrange(n)] = "denies"
    return " ".join(words).capitalize()


def build(path: str, n_items: int, n_matches: int, seed: int = 7) -> float:
    started = time.perf_counter()
    rng = random.Random(seed)
    now = datetime.now(UTC).replace(microsecond=0)
    store = SQLiteStore(path)  # the real schema, through the migrations
    conn = store.conn
    conn.execute("PRAGMA synchronous=OFF")
    conn.execute("PRAGMA cache_size=-262144")  # 256 MB while loading
    conn.execute("BEGIN")
    feeds = [(i, f"https://feed{i}.example/rss", f"Outlet {i}", iso(now)) for i in range(1, 201)]
    conn.executemany(
        "INSERT INTO feeds (id, url, configured_url, name, added) VALUES (?, ?, ?2, ?3, ?4)",
        feeds,
    )
    step = DAYS * 86400 / n_items
    start = now - timedelta(days=DAYS)

    def items() -> Any:
        for i in range(1, n_items + 1):
            seen = iso(start + timedelta(seconds=i * step))
            title = _text(rng, 9)
            if rng.random() < 0.002:
                title = f"{rng.choice(PHRASES)}: {title}"
            yield (
                i,
                rng.randint(1, 200),
                f"g{i}",
                title,
                _text(rng, 28),
                f"https://news.example/{i}",
                seen,
                seen,
                f"h{i}",
            )

    conn.executemany(
        "INSERT INTO items (id, feed_id, guid, title, summary, link, published, first_seen,"
        " content_hash) VALUES (?,?,?,?,?,?,?,?,?)",
        items(),
    )
    picked = rng.sample(range(1, n_items + 1), n_matches)

    def matches() -> Any:
        for item_id in picked:
            seen = start + timedelta(seconds=item_id * step + 5)
            contra = rng.random() < 0.25
            yield (
                item_id,
                rng.choice(CLAIMS),
                "contradiction" if contra else "update",
                80.0,
                "An evidence sentence from the item.",
                "denied" if contra else None,
                iso(seen),
            )

    conn.executemany(
        "INSERT INTO matches (item_id, claim_id, stance, score, evidence, cue, created)"
        " VALUES (?,?,?,?,?,?,?)",
        matches(),
    )
    conn.execute("COMMIT")
    store.close()
    return time.perf_counter() - started


def best(fn: Callable[[], Any], runs: int = 5) -> tuple[float, Any]:
    result = fn()
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - t)
    return min(times), result


#: what you would do without claimwatch's matches: look for the claim's words in items
NAIVE_HISTORY = """
SELECT i.first_seen, i.published, f.name, i.title, i.link FROM items i
JOIN feeds f ON f.id = i.feed_id
WHERE i.first_seen >= ? AND (i.title LIKE ? OR i.summary LIKE ?)
  AND (i.title LIKE ? OR i.summary LIKE ?)
ORDER BY i.first_seen DESC
"""

#: the same history query without the index on matches(claim_id, created)
UNINDEXED_HISTORY = """
SELECT m.created, i.published, f.name, i.title, i.link, m.stance, m.evidence
FROM matches m NOT INDEXED JOIN items i ON i.id = m.item_id JOIN feeds f ON f.id = i.feed_id
WHERE m.current = 1 AND m.claim_id = ? AND m.created >= ?
ORDER BY m.created DESC
"""

NAIVE_SEARCH = """
SELECT i.first_seen, f.name, i.title, i.link FROM items i JOIN feeds f ON f.id = i.feed_id
WHERE (i.title LIKE ? OR i.summary LIKE ?) AND (i.title LIKE ? OR i.summary LIKE ?)
"""


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--items", type=int, default=1_000_000)
    ap.add_argument("--matches", type=int, default=50_000)
    ap.add_argument("--db", help="database file (default: a temporary one)")
    ap.add_argument("--keep", action="store_true", help="keep the database afterwards")
    args = ap.parse_args()
    tmp = tempfile.TemporaryDirectory(prefix="claimwatch-bench-")
    path = args.db or str(Path(tmp.name) / "bench.db")
    if Path(path).exists():
        print(f"using the existing database {path}")
        build_s = 0.0
    else:
        build_s = build(path, args.items, min(args.matches, args.items))
        print(f"built {args.items:,} items and {args.matches:,} matches in {build_s:.1f} s")
    size_mb = Path(path).stat().st_size / 1e6
    conn = queries.connect_readonly(path)
    now = datetime.now(UTC)
    since = now - timedelta(days=30)

    t_hist, hist = best(
        lambda: queries.history(conn, queries.Filters(claim="claim-03", since=since, by="seen"))
    )
    # the default: by publication (coalesce(published, first_seen), no index of its own)
    t_hist_pub, hist_pub = best(
        lambda: queries.history(conn, queries.Filters(claim="claim-03", since=since))
    )
    t_hist_naive, naive_hist = best(
        lambda: conn.execute(
            NAIVE_HISTORY, (iso(since), "%musk%", "%musk%", "%putin%", "%putin%")
        ).fetchall(),
        runs=3,
    )
    t_hist_unindexed, unindexed = best(
        lambda: conn.execute(UNINDEXED_HISTORY, ("claim-03", iso(since))).fetchall()
    )
    assert len(hist) == len(unindexed)
    t_search, found = best(
        lambda: queries.search(conn, "kremlin denies", queries.Filters(limit=50))
    )
    n_found = conn.execute(
        "SELECT count(*) FROM items_fts WHERE items_fts MATCH ?",
        (queries.fts_query("kremlin denies"),),
    ).fetchone()[0]
    t_search_naive, naive_found = best(
        lambda: conn.execute(
            NAIVE_SEARCH, ("%kremlin%", "%kremlin%", "%denies%", "%denies%")
        ).fetchall(),
        runs=3,
    )
    conn.close()
    rows = [
        (
            "history --claim X --since 30d",
            t_hist_pub,
            t_hist_naive,
            f"{len(hist_pub)} rows by publication (scan: LIKE musk+putin, {len(naive_hist)} rows)",
        ),
        (
            "history … --by seen",
            t_hist,
            t_hist_naive,
            f"{len(hist)} rows by when matched",
        ),
        (
            'search "kremlin denies" (first 50)',
            t_search,
            t_search_naive,
            f"{len(found)} shown of {n_found} (scan: {len(naive_found)})",
        ),
    ]
    rows.append(
        (
            "  (history, matches NOT INDEXED)",
            t_hist,
            t_hist_unindexed,
            "the same rows without the (claim_id, created) index",
        )
    )
    print(f"\ndatabase: {args.items:,} items, {args.matches:,} matches, {size_mb:,.0f} MB")
    head = f"{'query':36} {'claimwatch':>11} {'naive scan':>11} {'ratio':>8}  result"
    print(head)
    print("-" * len(head))
    for name, ours, naive, note in rows:
        verdict = "ok" if ours < 0.2 and naive / ours >= 20 else "below 20x"
        print(
            f"{name:36} {ours * 1000:9.1f}ms {naive * 1000:9.1f}ms {naive / ours:7.0f}x"
            f"  {note}  [{verdict}]"
        )
    if not args.keep and not args.db:
        tmp.cleanup()
    elif args.keep:
        print(f"\nkept {path}")


if __name__ == "__main__":
    main()
