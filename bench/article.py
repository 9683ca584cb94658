"""Articles benchmark: what `article = "never"`, `"auto"` and `"always"` find, and what
each costs the outlets in article fetches.

The corpus feeds (shared/feeds/corpus) are parsed; each item is served again over
loopback with a one-sentence teaser as its summary and a link to a generated article page
(navigation, cookie banner, the story in <article>, related links: tests/support/
articles.py). For a tenth of the items (chosen by hash) the article carries a sentence of
a tracked claim deep in the page (paragraph 6 of 8; half of them a denial), and the
item's headline names one of the claim's people, as a story about the claim does; the
teaser never has the claim. The other items' articles are their own text padded with
neutral paragraphs. Each mode runs the real poller (fetcher, parser, matcher, article
reader, SQLite) in a fresh database; the claims are config.toml's.

    .venv/bin/python bench/article.py [--feeds 60] [--corpus DIR]

Prints a table: claim matches and contradictions found, the share of what "always"
found, and the article pages fetched. Not a test.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from support import FeedServer, rss_document  # noqa: E402
from support.articles import article_page  # noqa: E402

from bot import config as config_mod  # noqa: E402
from bot.clock import SystemClock  # noqa: E402
from bot.errors import FetchError  # noqa: E402
from bot.intake.parse import parse_feed  # noqa: E402
from bot.pipeline import Poller  # noqa: E402
from bot.records import FetchResult  # noqa: E402
from bot.store.sqlite import SQLiteStore  # noqa: E402
from bot.text import plain_text, split_sentences  # noqa: E402

DEFAULT_CORPUS = Path(os.environ.get("CLAIMWATCH_CORPUS", "/work/shared/feeds/corpus"))
#: (who the headline names, the sentence deep in the article)
PLANTED = [
    (
        "Kremlin",
        "Elon Musk has been in regular, secret contact with Vladimir Putin since late"
        " 2022, several officials said.",
    ),
    (
        "Kremlin",
        "The Kremlin denied that Musk and Putin were in regular contact, saying they"
        " had only one phone call.",
    ),
    (
        "Starlink",
        "Putin asked Musk not to activate Starlink over Taiwan, as a favour to Xi"
        " Jinping, according to the account.",
    ),
    (
        "Starlink",
        "Musk denied that he had refused to activate Starlink over Taiwan at Putin's"
        " request, calling the report false.",
    ),
]
NEUTRAL = [
    "Officials said more details would be released in the coming days.",
    "The announcement followed weeks of speculation among analysts and observers.",
    "Local media reported that the decision had been expected for some time.",
    "A spokesperson declined to comment further when contacted on Monday.",
    "Observers said the move could have wider consequences in the region.",
]


def _teaser(summary: str, title: str) -> str:
    text = plain_text(summary).strip()
    spans = split_sentences(text)
    first = text[spans[0][0] : spans[0][1]] if spans else ""
    return first[:240] or title


def build(corpus: Path, n_feeds: int, server: FeedServer) -> tuple[list[dict[str, str]], int]:
    """Serve n_feeds corpus feeds with teasers and article pages; the feeds, and how many
    items carry a planted claim sentence."""
    feeds: list[dict[str, str]] = []
    planted = 0
    for f in sorted(corpus.glob("*.xml"))[:n_feeds]:
        body = f.read_bytes()
        try:
            parsed = parse_feed(FetchResult(url=f.name, final_url=f.name, status=200, body=body))
        except FetchError:
            continue  # a broken feed of the corpus (the poller skips it too)
        items = []
        for k, it in enumerate(parsed.items):
            h = int(hashlib.sha256(f"{f.stem}/{it.guid}".encode()).hexdigest(), 16)
            path = f"/a/{f.stem}/{k}"
            title = plain_text(it.title) or "Untitled"
            own = [s for s in (plain_text(it.summary),) if s] + NEUTRAL
            paras = (own * 2)[:8]
            if h % 10 == 0:
                who, sentence = PLANTED[(h // 10) % len(PLANTED)]
                title = f"{title} — {who} in focus"
                paras[5] = sentence
                planted += 1
            server.add(path, article_page(title, paras), content_type="text/html; charset=utf-8")
            items.append(
                {
                    "guid": it.guid,
                    "title": title,
                    "link": server.url(path),
                    "summary": _teaser(it.summary, title),
                }
            )
        server.add(f"/f/{f.stem}.xml", rss_document(items))
        feeds.append({"name": f.stem, "url": server.url(f"/f/{f.stem}.xml")})
    return feeds, planted


def run(mode: str, feeds: list[dict[str, str]], server: FeedServer, workdir: Path) -> dict:
    claims = (ROOT / "config.toml").read_text(encoding="utf-8").split("# ── Claims", 1)[1]
    cfg_path = workdir / f"{mode}.toml"
    lines = [
        "[bot]",
        f'database = "{workdir / (mode + ".db")}"',
        f'article = "{mode}"',
        "article_rate = 100",  # every "outlet" is one loopback host here
        "per_host = 16",
        'alert_max_age = "3650d"',
    ]
    for f in feeds:
        lines += ["", "[[feeds]]", f'name = "{f["name"]}"', f'url = "{f["url"]}"']
    cfg_path.write_text("\n".join(lines) + "\n# ── Claims" + claims, encoding="utf-8")
    cfg = config_mod.load(str(cfg_path))
    store = SQLiteStore(cfg.bot.database)
    before = sum(n for p, n in _article_hits(server).items())
    poller = Poller(cfg, store, SystemClock())
    started = time.monotonic()
    try:
        poller.poll(store.feeds())
        while poller.articles.jobs:  # the late ones too
            time.sleep(0.2)
            poller.settle_articles(wait=True)
    finally:
        poller.close()
    took = time.monotonic() - started
    rows = store.query("SELECT m.claim_id, m.stance, m.item_id FROM matches m WHERE m.current = 1")
    statuses = {
        r["status"]: r["n"]
        for r in store.query("SELECT status, count(*) AS n FROM articles GROUP BY status")
    }
    store.close()
    print(mode, statuses, file=sys.stderr)
    return {
        "matches": {(r["item_id"], r["claim_id"]) for r in rows},
        "contradictions": {
            (r["item_id"], r["claim_id"]) for r in rows if r["stance"] == "contradiction"
        },
        "fetches": sum(_article_hits(server).values()) - before,
        "seconds": took,
    }


def _article_hits(server: FeedServer) -> dict[str, int]:
    out: dict[str, int] = {}
    for r in server.requests:
        if r.path.startswith("/a/"):
            out[r.path] = out.get(r.path, 0) + 1
    return out


def main() -> None:
    import logging

    logging.basicConfig(level=logging.WARNING)
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--feeds", type=int, default=60, help="corpus feeds to serve")
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    args = ap.parse_args()
    with FeedServer() as server, tempfile.TemporaryDirectory() as tmp:
        feeds, planted = build(args.corpus, args.feeds, server)
        results = {m: run(m, feeds, server, Path(tmp)) for m in ("never", "auto", "always")}
    # items are numbered per database; compare by (feed order, guid) through counts only
    always = results["always"]
    print(f"{len(feeds)} feeds, {planted} items with a claim sentence deep in the article")
    print()
    print(
        f"{'mode':<8} {'matches':>8} {'of always':>10} {'contra':>7} {'of always':>10}"
        f" {'fetches':>8} {'of always':>10} {'seconds':>8}"
    )
    for mode, r in results.items():
        m, c, f = len(r["matches"]), len(r["contradictions"]), r["fetches"]
        print(
            f"{mode:<8} {m:>8} {_pct(m, len(always['matches'])):>10} {c:>7}"
            f" {_pct(c, len(always['contradictions'])):>10} {f:>8}"
            f" {_pct(f, always['fetches']):>10} {r['seconds']:>8.1f}"
        )


def _pct(n: int, of: int) -> str:
    return f"{100 * n / of:.2f}%" if of else "-"


if __name__ == "__main__":
    main()
