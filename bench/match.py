"""Benchmark claim matching against the naive approach, on items from real feeds.

    .venv/bin/python bench/match.py [--items N] [--naive-items M] [--corpus DIR] [--claims TOML]

Items are title + summary of the entries in the corpus feeds (cycled to N items); one in
ten gets a sentence naming claim subjects mixed in, so matching and stance work happens.
Two claim sets: the evaluation's claims, and 200 claims generated from capitalised names
frequent in the corpus. The naive approach is rapidfuzz `fuzz.partial_ratio` of the
terms of every claim over every item's text (>= 90), stopping at a claim's first missing
require group (the targets are judged against it); "every-term" scores every term of
every claim, as the issue words it. Naive runs on a random sample of M
of the N items (it is slow with 200 claims): the same distribution of items, where the
first M items (the first feeds) are longer than average. items/s are per item either way;
each rate is the best of --repeat runs (the matcher is built afresh for each run, so its
word caches start cold every time; "steady" is one matcher after a first pass, as in a
running bot), in CPU time (other processes on the machine disturb
it less than wall time). "idx on sample" is the matcher on naive's sample alone (caches
cold, 10x fewer items to warm them). Peak memory is measured with tracemalloc on a
separate pass over min(N, 2000) items.
"""

from __future__ import annotations

import argparse
import glob
import random
import re
import sys
import time
import tracemalloc
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from rapidfuzz import fuzz  # noqa: E402

from bot.matching import Matcher  # noqa: E402
from bot.records import Claim  # noqa: E402
from bot.text import html_to_text  # noqa: E402

Item = tuple[str, str]

MIX_IN = (
    "Elon Musk spoke with Vladimir Putin several times, the report says.",
    "The Kremlin denied that Putin had regular calls with Musk.",
    "Starlink is not available in Taiwan, the company said.",
    "Musk refused to enable Starlink near Crimea during the drone attack.",
    "Sergei Kiriyenko reportedly kept in touch with Musk.",
    "Маск регулярно общался с Путиным, пишет газета.",
    "{a} met {b} in secret talks, officials said.",
    "{a} denied the report about {b}.",
)


def load_items(corpus: str, limit_summary: int = 2000) -> list[Item]:
    import feedparser  # heavy; only the bench needs it

    items: list[Item] = []
    for path in sorted(glob.glob(f"{corpus}/*.xml")):
        feed = feedparser.parse(path)
        for e in feed.entries:
            title = str(e.get("title", ""))
            summary = str(e.get("summary", ""))[:limit_summary]
            if title or summary:
                items.append((title, summary))
    return items


def corpus_names(items: Sequence[Item], n: int) -> list[str]:
    counts: Counter[str] = Counter()
    word = re.compile(r"(?<=[a-z,;] )[A-Z][a-z]{3,}\b")
    for title, summary in items:
        counts.update(word.findall(html_to_text(summary)[:600]))
        counts.update(word.findall(title))
    return [w for w, _ in counts.most_common(n)]


def make_claims(names: Sequence[str], n: int, rng: random.Random) -> list[Claim]:
    claims = []
    for i in range(n):
        a, b, c = rng.sample(list(names), 3)
        claims.append(
            Claim(
                id=f"gen-{i}",
                statement=f"{a} has secret ties with {b}",
                require=((a,), (b, c)),
                context=("talks", "secret", "contact", "deal"),
                contradict=("never met",),
            )
        )
    return claims


def load_claims(path: str) -> list[Claim]:
    """The [[claims]] of a config file, read and checked as the bot reads them."""
    from bot.config import load

    return list(load(path).claims)


def build_items(
    base: Sequence[Item], n: int, names: Sequence[str], rng: random.Random
) -> list[Item]:
    out: list[Item] = []
    for i in range(n):
        title, summary = base[i % len(base)]
        if i % 10 == 0:
            extra = rng.choice(MIX_IN).format(a=rng.choice(names), b=rng.choice(names))
            summary = f"{summary} {extra}" if i % 20 else f"{extra} {summary}"
        out.append((title, summary))
    return out


def naive_matcher(
    claims: Sequence[Claim], threshold: float = 90, every_term: bool = False
) -> Callable[[Item], int]:
    """The naive approach. By default it stops at the first missing require group (the
    stronger baseline, the one the targets are judged against); `every_term` scores every
    term of every claim, as the issue words it."""
    terms = [
        ([[t.casefold() for t in g] for g in c.require], [t.casefold() for t in c.context])
        for c in claims
    ]

    def run(item: Item) -> int:
        text = html_to_text(f"{item[0]} {item[1]}").casefold()
        found = 0
        for require, context in terms:
            ok = all(any(fuzz.partial_ratio(t, text) >= threshold for t in g) for g in require)
            if ok and context:
                ok = any(fuzz.partial_ratio(t, text) >= threshold for t in context)
            found += ok
        return found

    def run_every_term(item: Item) -> int:
        text = html_to_text(f"{item[0]} {item[1]}").casefold()
        found = 0
        for require, context in terms:
            groups = [[fuzz.partial_ratio(t, text) >= threshold for t in g] for g in require]
            ctx = [fuzz.partial_ratio(t, text) >= threshold for t in context]
            found += all(any(g) for g in groups) and (not context or any(ctx))
        return found

    return run_every_term if every_term else run


def indexed_matcher(claims: Sequence[Claim]) -> Callable[[Item], int]:
    m = Matcher(claims)
    return lambda item: len(m.match(item[0], item[1]))


def timed(
    make: Callable[[], Callable[[Item], int]], items: Sequence[Item], repeat: int
) -> tuple[float, int]:
    """Best items/s over `repeat` runs of a freshly made matcher, and its alert count."""
    best = float("inf")
    alerts = 0
    for _ in range(repeat):
        fn = make()
        start = time.process_time()
        alerts = sum(fn(it) for it in items)
        best = min(best, time.process_time() - start)
    return len(items) / max(best, 1e-9), alerts


def timed_steady(
    make: Callable[[], Callable[[Item], int]], items: Sequence[Item], repeat: int
) -> float:
    """Best items/s of one matcher over `repeat` passes after a first pass: the steady
    state of a running bot, whose matcher lives as long as its config and has seen the
    words of earlier polls (news vocabulary repeats)."""
    fn = make()
    for it in items:
        fn(it)
    best = float("inf")
    for _ in range(repeat):
        start = time.process_time()
        for it in items:
            fn(it)
        best = min(best, time.process_time() - start)
    return len(items) / max(best, 1e-9)


def peak_kib(make: Callable[[], Callable[[Item], int]], items: Sequence[Item]) -> float:
    tracemalloc.start()
    fn = make()
    for it in items:
        fn(it)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return peak / 1024


def main(argv: Sequence[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--items", type=int, default=20_000)
    ap.add_argument("--naive-items", type=int, default=2_000)
    ap.add_argument("--corpus", default=str(ROOT.parent / "shared/feeds/corpus"))
    ap.add_argument("--claims", default=str(ROOT.parent / "shared/eval/claims.toml"))
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args(argv)
    rng = random.Random(args.seed)

    base = load_items(args.corpus)
    names = corpus_names(base, 400)
    items = build_items(base, args.items, names, rng)
    sets = {
        "4 eval claims": load_claims(args.claims),
        "200 corpus claims": make_claims(names, 200, rng),
    }
    naive_n = min(args.items, args.naive_items)
    sample = random.Random(args.seed + 1).sample(items, naive_n)
    mem_n = min(args.items, 2_000)
    print(
        f"{len(base)} corpus entries -> {len(items)} items (naive on a random {naive_n}; "
        f"best of {args.repeat}, CPU time)"
    )
    head = (
        f"{'claims':18} {'indexed it/s':>13} {'naive it/s':>11} {'speed x':>8} "
        f"{'steady it/s':>12} {'steady x':>9} "
        f"{'idx on sample':>14} {'indexed KiB':>12} {'naive KiB':>10} {'mem x':>6} "
        f"{'alerts idx/naive':>17} {'every-term it/s':>16} {'x':>6}"
    )
    print(head)
    print("-" * len(head))
    for label, claims in sets.items():
        fast_rate, fast_alerts = timed(lambda c=claims: indexed_matcher(c), items, args.repeat)
        slow_rate, slow_alerts = timed(lambda c=claims: naive_matcher(c), sample, args.repeat)
        every_rate, _ = timed(
            lambda c=claims: naive_matcher(c, every_term=True), sample, args.repeat
        )
        same_rate, _ = timed(lambda c=claims: indexed_matcher(c), sample, args.repeat)
        steady_rate = timed_steady(lambda c=claims: indexed_matcher(c), items, args.repeat)
        fast_mem = peak_kib(lambda c=claims: indexed_matcher(c), items[:mem_n])
        slow_mem = peak_kib(lambda c=claims: naive_matcher(c), items[:mem_n])
        ratio_alerts = f"{fast_alerts}/{slow_alerts * len(items) // max(naive_n, 1)}"
        print(
            f"{label:18} {fast_rate:13.0f} {slow_rate:11.0f} {fast_rate / slow_rate:8.2f} "
            f"{steady_rate:12.0f} {steady_rate / slow_rate:9.2f} "
            f"{same_rate:14.0f} {fast_mem:12.0f} {slow_mem:10.0f} {fast_mem / slow_mem:6.2f} "
            f"{ratio_alerts:>17} {every_rate:16.0f} {fast_rate / every_rate:6.2f}"
        )
    print("alerts: claim matches over all items (naive extrapolated from its sample)")
    print(
        "naive: stops at a claim's first missing require group (the baseline the targets are"
        " judged against); every-term: scores every term of every claim (x: indexed cold /"
        " it)"
    )
    print(
        "indexed: a fresh matcher, caches cold (first poll after start or a config edit);"
        " steady: the same matcher on later polls (a running bot)"
    )


if __name__ == "__main__":
    main()
