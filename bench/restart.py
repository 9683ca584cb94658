"""What a restart costs before the first cycle can place a new item in a story.

    .venv/bin/python bench/restart.py [--items 11000] [--db PATH]

Builds (once) a database of N items first seen within the last 72 h, from the real feed
corpus (titles and summaries cycled, each item its own story, written through the store
as the pipeline writes them), then, in a fresh process each time (imports included, as
after a restart), measures:

- open: opening the store;
- index: what the first new item pays before it can be placed in a story (the story
  index of the 72 h window, as the pipeline's StoryTracker gets it);
- assign: placing one new item in a story with that index.

Each figure is CPU seconds (process time), per fresh process: the database is built
without stored story features (as one from before they existed), so the first restart
derives them from the text (and stores them) and the later ones read them.
"""

from __future__ import annotations

import argparse
import glob
import hashlib
import json
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

CORPUS = "/work/shared/feeds/corpus/*.xml"


def build(db: Path, n: int) -> None:
    import feedparser

    from bot.intake.links import canonical_url
    from bot.records import FeedConfig, Item
    from bot.store import ItemWrite
    from bot.store.sqlite import SQLiteStore
    from bot.stories.index import default_story_id
    from bot.text import html_to_text

    entries: list[tuple[str, str, str]] = []
    for path in sorted(glob.glob(CORPUS)):
        for e in feedparser.parse(path).entries:
            title = html_to_text(str(e.get("title") or ""))
            summary = html_to_text(str(e.get("summary") or ""))
            entries.append((title, summary, str(e.get("link") or "")))
    if not entries:
        raise SystemExit(f"no feed corpus at {CORPUS}")
    now = datetime.now(UTC)
    store = SQLiteStore(str(db))
    feeds = [FeedConfig(f"https://outlet{i}.example/rss", f"Outlet {i}") for i in range(50)]
    store.sync_feeds(feeds, now - timedelta(days=3))
    ids = [f.id for f in store.feeds()]
    per_feed = -(-n // len(ids))
    k = 0
    for feed_id in ids:
        writes = []
        for _ in range(per_feed):
            if k >= n:
                break
            title, summary, link = entries[k % len(entries)]
            seen = now - timedelta(hours=71) + timedelta(seconds=k * (70 * 3600 // n))
            guid = f"g{k}"
            item = Item(
                guid=guid,
                title=title,
                summary=summary,
                link=f"{link}#{k}" if link else None,
                published=seen,
                content_hash=hashlib.sha256(f"{k}{title}".encode()).hexdigest()[:32],
            )
            canonical = canonical_url(f"{link}?copy={k}") if link else None
            writes.append(
                ItemWrite(
                    item,
                    None,
                    (),
                    {},
                    canonical_link=canonical,
                    story_id=default_story_id(f"{feed_id}:{guid}"),
                    new_story=True,
                )
            )
            k += 1
        with store.transaction():
            store.write_items(feed_id, writes, {}, now - timedelta(hours=1))
    store.close()


MEASURE = """
import sys, time, json
t0 = time.process_time()
from datetime import UTC, datetime
from bot.store.sqlite import SQLiteStore
from bot.stories.corroboration import StoryTracker
store = SQLiteStore(sys.argv[1])
t1 = time.process_time()
tracker = StoryTracker(store)
now = datetime.now(UTC)
index = tracker.index(now)
t2 = time.process_time()
index.assign("new:1", "", "Kremlin denies Musk and Putin held secret talks",
             "Kremlin spokesman Peskov denied the report on Tuesday.", now, "Wire", now=now)
t3 = time.process_time()
print(json.dumps({"open": t1 - t0, "index": t2 - t1, "assign": t3 - t2, "entries": len(index)}))
"""


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--items", type=int, default=11_000)
    ap.add_argument("--db", default="/tmp/claimwatch-restart-bench.db")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--rebuild", action="store_true", help="build the database again")
    args = ap.parse_args()
    db = Path(args.db)
    if args.rebuild or not db.exists():
        for p in db.parent.glob(db.name + "*"):
            p.unlink()
        start = time.perf_counter()
        build(db, args.items)
        print(f"built {db} with {args.items} items in {time.perf_counter() - start:.1f} s")
    for n in range(1, args.repeat + 1):
        out = subprocess.run(
            [sys.executable, "-c", MEASURE, str(db)],
            capture_output=True,
            text=True,
            check=True,
            cwd=ROOT,
        )
        run = json.loads(out.stdout)
        print(
            f"restart {n}: {run['entries']} entries in the window: open {run['open']:.2f} s,"
            f" index {run['index']:.2f} s, first assign {run['assign'] * 1000:.1f} ms (CPU)"
        )


if __name__ == "__main__":
    main()
