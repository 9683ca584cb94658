"""Polling benchmark: claimwatch against lemon24/reader on 1,000 feeds over loopback.

The 200 real feeds of shared/feeds/corpus are served five times over as 1,000 distinct
feeds (guids, ids and links rewritten per copy) by the tests' FeedServer on 127.0.0.1,
which adds 50 ms of latency to every response and answers conditional requests.

Three phases, each tool in its own fresh subprocess per phase (so peak RSS compares):
  a  first cycle: everything is new
  b  second cycle: every feed answers 304 Not Modified
  c  another cycle where the server ignores conditional requests (identical bodies)

With --floor, phase a also runs claimwatch's fetcher and parser alone in one process
(`fetch+parse N`: N fetches in flight, one parse at a time, nothing matched or stored):
what fetching and parsing the same feeds with feedparser costs before any of the rest;
and a last line gives what each process holds at rest, before the first feed arrives.

    .venv/bin/python bench/poll.py [--copies 5] [--corpus DIR] [--only claimwatch] [--floor]

Needs the `bench` extra (reader, psutil). Prints a table; not a test.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = Path(os.environ.get("CLAIMWATCH_CORPUS", "/work/shared/feeds/corpus"))
LATENCY = 0.05
READER_WORKERS = 20
#: claimwatch's [bot] concurrency for the run. All 1,000 "publishers" live on one loopback
#: host here, so per_host is raised to match (with real feeds it stays at its default of 2).
#: 32 fetches in flight hide the 50 ms latency (a cycle of 304s takes ~2 s); 64 were no
#: faster in the first cycle and cost ~12 MB more (each connection and thread holds buffers).
CONCURRENCY = 32


# ── the corpus, made into 1,000 distinct feeds ───────────────────────────────────────
_ID_ELEMENT = re.compile(rb"(<(?:guid|id)\b[^>]*>\s*(?:<!\[CDATA\[)?\s*)")
_LINK_TEXT = re.compile(rb"(<link\b[^>]*>\s*(?:<!\[CDATA\[)?\s*https?://)")
_LINK_HREF = re.compile(rb"(<link\b[^>]*?\bhref=[\"']https?://)")
_RDF_ABOUT = re.compile(rb"(rdf:about=[\"']https?://)")


def distinct_copy(body: bytes, k: int) -> bytes:
    """Copy k of a feed: every guid/id and link changed, so its items are new items."""
    if k == 0:
        return body
    tag = b"c%d" % k
    body = _ID_ELEMENT.sub(lambda m: m.group(1) + tag + b"-", body)
    for pattern in (_LINK_TEXT, _LINK_HREF, _RDF_ABOUT):
        body = pattern.sub(lambda m: m.group(1) + tag + b".", body)
    return body


def corpus_feeds(corpus: Path, copies: int) -> dict[str, bytes]:
    files = sorted(corpus.glob("*.xml"))
    if not files:
        sys.exit(f"no feeds in {corpus}")
    return {
        f"/c{k}/{f.stem}.xml": distinct_copy(f.read_bytes(), k)
        for k in range(copies)
        for f in files
    }


# ── children: one tool, one phase ────────────────────────────────────────────────────
def _usage() -> tuple[float, int, str]:
    """CPU seconds and peak RSS (KiB) of this process plus every child it has had.

    Live descendants (a worker pool, a forkserver and its workers) are read from /proc
    before they exit, since getrusage only counts children once they have been waited for.
    Their peaks are added, not maxed: they run at the same time.

    This process's own peak is VmHWM, not ru_maxrss: Linux carries ru_maxrss across fork
    and exec, so a child's ru_maxrss starts at the bench parent's size (which holds every
    feed body it serves, ~245 MB with 5 copies) and hides the tool's own peak below that.
    The ru_maxrss of children already waited for is added as it is (an upper bound).
    """
    import psutil

    me = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime
    own = _status_kib(os.getpid(), "VmHWM")
    rss = own + kids.ru_maxrss
    detail = [own // 1024] + ([kids.ru_maxrss // 1024] if kids.ru_maxrss else [])
    for child in psutil.Process().children(recursive=True):
        try:
            t = child.cpu_times()
            cpu += t.user + t.system
            peak = _status_kib(child.pid, "VmHWM")
        except (psutil.Error, OSError):
            continue
        rss += peak
        detail.append(peak // 1024)
    return cpu, rss, "+".join(map(str, detail))


def _status_kib(pid: int, field: str) -> int:
    """A memory figure of a process's /proc status, KiB: "VmHWM" its peak RSS, "VmRSS" its
    RSS now."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    return 0


def _rss_mib(pid: int) -> float:
    return _status_kib(pid, "VmRSS") / 1024


def _claimwatch_config(workdir: Path, urls: list[str]) -> Any:
    """The run's config (written once per workdir): the feeds, and config.toml's claims."""
    from bot import config as config_mod

    cfg_path = workdir / "claimwatch.toml"
    if not cfg_path.exists():
        claims = (ROOT / "config.toml").read_text(encoding="utf-8").split("# ── Claims", 1)[1]
        lines = [
            "[bot]",
            f'database = "{workdir / "claimwatch.db"}"',
            f"concurrency = {CONCURRENCY}",
            f"per_host = {CONCURRENCY}",
            "",
        ]
        for i, url in enumerate(urls):
            lines += ["[[feeds]]", f'name = "feed {i}"', f'url = "{url}"', ""]
        cfg_path.write_text("\n".join(lines) + "\n# ── Claims" + claims, encoding="utf-8")
    return config_mod.load(str(cfg_path))


def child_claimwatch(workdir: Path, urls: list[str]) -> dict[str, Any]:
    sys.path.insert(0, str(ROOT))
    from bot.app import App
    from bot.slack.senders import ConsoleSender

    # the console sender, printing nowhere: delivery costs little
    sender = ConsoleSender(file=open(os.devnull, "w"))
    cfg = _claimwatch_config(workdir, urls)
    start = time.perf_counter()
    app = App.build(cfg, sender=sender)
    wall = time.perf_counter()
    cpu0, _, _ = _usage()
    try:
        report = app.cycle(all_feeds=True)
        cpu1, rss, detail = _usage()  # with the parser processes still alive
    finally:
        app.close()
    end = time.perf_counter()
    cpu2, _, _ = _usage()
    cpu1 = max(cpu1, cpu2)
    s = report.stats
    return {
        "startup": wall - start,
        "wall": end - wall,
        "cpu": cpu1 - cpu0,
        "rss_kib": rss,
        "rss_detail": detail,
        "ok": s.feeds_ok,
        "failed": s.feeds_failed,
        "new_items": s.new_items,
        "errors": dict(Counter(o.feed.error_kind for o in report.outcomes if not o.ok)),
    }


def child_fetch_parse(workdir: Path, urls: list[str], in_flight: int) -> dict[str, Any]:
    """claimwatch's fetcher and parser only, in one process: each body is parsed into items
    (one parse at a time, as the poller's threads do) and dropped; nothing is matched or
    stored, and there is no parser process."""
    import threading
    from concurrent.futures import ThreadPoolExecutor

    sys.path.insert(0, str(ROOT))
    from bot.errors import FetchError
    from bot.intake.fetch import Fetcher
    from bot.intake.malloc import tune_malloc
    from bot.intake.parse import parse_feed

    tune_malloc()  # as the poller does
    one_parse = threading.Lock()
    counts = Counter[str]()

    def one(url: str) -> None:
        try:
            result = fetcher.fetch(url)
            with one_parse:  # the counts are only touched under it too
                counts["new_items"] += len(parse_feed(result).items)
                counts["ok"] += 1
        except FetchError:
            with one_parse:
                counts["failed"] += 1

    start = time.perf_counter()
    fetcher = Fetcher("claimwatch-bench", per_host=in_flight, max_connections=in_flight)
    wall = time.perf_counter()
    cpu0, _, _ = _usage()
    with fetcher, ThreadPoolExecutor(in_flight) as pool:
        list(pool.map(one, urls))
    return _figures(start, wall, cpu0, **{k: counts[k] for k in ("ok", "failed", "new_items")})


def child_at_rest(workdir: Path, urls: list[str]) -> dict[str, Any]:
    """What claimwatch's processes hold before the first feed arrives (VmRSS, MB): the
    floor a first cycle's memory starts from, before any body, item or cache.

    The poller after start-up, then what compiling the matcher for the run's claims and
    importing feedparser add to it (a first cycle does both); one parser process after
    parsing a one-item feed; and, for comparison, reader after `make_reader` with the same
    feeds added.
    """
    sys.path.insert(0, str(ROOT))
    from bot.app import App
    from bot.intake.parser_process import ParseRequest, ParserProcess
    from bot.matching import Matcher
    from bot.records import FetchResult
    from bot.slack.senders import ConsoleSender

    cfg = _claimwatch_config(workdir, urls)
    app = App.build(cfg, sender=ConsoleSender(file=open(os.devnull, "w")))
    got = {"poller": _rss_mib(os.getpid())}
    matcher = Matcher(cfg.claims)
    got["matcher"] = _rss_mib(os.getpid()) - got["poller"]
    import feedparser  # noqa: F401 (what it costs to have it loaded)

    got["feedparser"] = _rss_mib(os.getpid()) - got["poller"] - got["matcher"]
    body = (
        b"<rss version='2.0'><channel><title>t</title><item><title>a</title></item></channel></rss>"
    )
    child = ParserProcess()
    try:
        child.parse(ParseRequest.of(FetchResult("http://x/", "http://x/", 200, body, None)))
        got["parser process"] = _rss_mib(child.pid)
    finally:
        child.close()
    app.close()
    del matcher
    return got


def child_reader_at_rest(workdir: Path, urls: list[str]) -> dict[str, Any]:
    import reader

    r = reader.make_reader(str(workdir / "reader.sqlite"))
    for url in urls:
        r.add_feed(url, exist_ok=True)
    got = {"reader": _rss_mib(os.getpid())}
    r.close()
    return got


def child_reader(workdir: Path, urls: list[str]) -> dict[str, Any]:
    import reader

    db = workdir / "reader.sqlite"
    first = not db.exists()
    start = time.perf_counter()
    r = reader.make_reader(str(db))
    if first:
        for url in urls:
            r.add_feed(url, exist_ok=True)
    wall = time.perf_counter()
    cpu0, _, _ = _usage()
    try:
        r.update_feeds(workers=READER_WORKERS, scheduled=False)
        counts = r.get_feed_counts()
        entries = r.get_entry_counts().total
    finally:
        r.close()
    return _figures(
        start,
        wall,
        cpu0,
        ok=(counts.total or 0) - (counts.broken or 0),
        failed=counts.broken or 0,
        new_items=entries or 0,
    )


def _figures(start: float, wall: float, cpu0: float, **counts: int) -> dict[str, Any]:
    """A child's figures, taken now: start-up (start to wall), the run's wall and CPU time
    (from wall and cpu0), peak RSS; and the counts given."""
    cpu1, rss, detail = _usage()
    return {
        "startup": wall - start,
        "wall": time.perf_counter() - wall,
        "cpu": cpu1 - cpu0,
        "rss_kib": rss,
        "rss_detail": detail,
        **counts,
    }


def run_child(tool: str, workdir: Path, urls_file: Path) -> dict[str, Any]:
    """Run one tool for one phase; also sample the RSS of its whole process tree (every
    50 ms, from out here) for the peak at any one moment, which the sum of peaks above
    overstates (processes peak at different times and share pages)."""
    import psutil

    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        proc = subprocess.Popen(
            [sys.executable, __file__, "--child", tool, str(workdir), str(urls_file)],
            stdout=out,
            stderr=err,
            text=True,
        )
        root = psutil.Process(proc.pid)
        tree_peak = 0
        while proc.poll() is None:
            try:
                tree = [root, *root.children(recursive=True)]
                tree_peak = max(tree_peak, sum(p.memory_info().rss for p in tree))
            except psutil.Error:
                pass
            time.sleep(0.05)
        out.seek(0)
        err.seek(0)
        if proc.returncode != 0:
            sys.exit(f"{tool} child failed:\n{err.read()[-4000:]}")
        got: dict[str, Any] = json.loads(out.read().strip().splitlines()[-1])
    got["tree_peak_kib"] = tree_peak // 1024
    return got


# ── the parent: serve, run, tabulate ─────────────────────────────────────────────────
PHASES = {
    "a": "first cycle (all new)",
    "b": "second cycle, all 304",
    "c": "server ignores conditional GET",
}
#: per phase: (wall ≤ this x reader's, peak RSS ≤ this x reader's). The first cycle may use
#: up to twice reader's memory in a third of its time; later cycles no more than reader.
TARGETS = {"a": (1 / 3, 2.0), "b": (0.3, 1.0), "c": (0.2, 1.0)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--copies", type=int, default=5)
    ap.add_argument("--only", choices=["claimwatch", "reader"])
    ap.add_argument(
        "--floor",
        action="store_true",
        help="phase a also runs claimwatch's fetcher and parser alone, 1 and 4 fetches in flight;"
        " a last line gives what each process holds at rest",
    )
    ap.add_argument("--child", nargs=3, metavar=("TOOL", "WORKDIR", "URLS"), help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        tool, workdir, urls_file = args.child
        urls = Path(urls_file).read_text().split()
        if tool.startswith("fetch+parse"):
            got = child_fetch_parse(Path(workdir), urls, int(tool.split()[1]))
        else:
            run = {
                "claimwatch": child_claimwatch,
                "reader": child_reader,
                "at rest": child_at_rest,
                "reader at rest": child_reader_at_rest,
            }[tool]
            got = run(Path(workdir), urls)
        print(json.dumps(got))
        return

    sys.path.insert(0, str(ROOT / "tests"))
    from support.feed_server import FeedServer, LoopbackHTTPServer, static

    LoopbackHTTPServer.request_queue_size = 512  # many clients connect at once
    feeds = corpus_feeds(args.corpus, args.copies)
    tools = [args.only] if args.only else ["claimwatch", "reader"]
    results: dict[tuple[str, str], dict[str, Any]] = {}
    with (
        tempfile.TemporaryDirectory(prefix="claimwatch-bench-") as tmp,
        FeedServer(latency=LATENCY) as server,
    ):
        for path, body in feeds.items():
            server.route(path, static(body, content_type="application/xml"))
        urls_file = Path(tmp) / "urls.txt"
        urls_file.write_text("\n".join(server.url(p) for p in feeds))
        size = sum(len(b) for b in feeds.values())
        print(
            f"{len(feeds)} feeds, {size / 1e6:.0f} MB of XML, {LATENCY * 1000:.0f} ms latency;"
            f" claimwatch concurrency {CONCURRENCY}, reader workers {READER_WORKERS};"
            f" {os.cpu_count()} CPUs",
            flush=True,
        )
        rest = at_rest(Path(tmp), urls_file, tools) if args.floor else None
        for phase in PHASES:
            if phase == "c":
                for path in feeds:
                    server.set(path, conditional=False)
            floor = [f"fetch+parse {n}" for n in (1, 4)] if args.floor and phase == "a" else []
            for tool in tools + floor:
                workdir = Path(tmp) / tool.replace(" ", "-")
                workdir.mkdir(exist_ok=True)
                results[tool, phase] = r = run_child(tool, workdir, urls_file)
                print(
                    f"  {tool:<13} {phase}: {r['wall']:7.2f}s wall {r['cpu']:7.2f}s CPU"
                    f" {r['rss_kib'] / 1024:6.0f} MB ({r['rss_detail']};"
                    f" sampled {r['tree_peak_kib'] / 1024:.0f})"
                    f" start-up {r['startup']:.2f}s ok={r['ok']:.0f} failed={r['failed']:.0f}"
                    f" {r.get('errors') or ''}",
                    flush=True,
                )
    print_table(results, tools)
    if rest:
        print(f"\nat rest, before the first feed (RSS MB): {rest}")


def at_rest(tmp: Path, urls_file: Path, tools: list[str]) -> str:
    """The --floor line on what each process holds at rest (see child_at_rest)."""
    got: dict[str, float] = {}
    for tool in ["at rest"] + (["reader at rest"] if "reader" in tools else []):
        workdir = tmp / tool.replace(" ", "-")
        workdir.mkdir()
        got.update(run_child(tool, workdir, urls_file))
    got.pop("tree_peak_kib", None)
    ours = sum(v for k, v in got.items() if k != "reader")
    parts = [f"{k} {v:.1f}" for k, v in got.items() if k != "reader"]
    theirs = f"; reader {got['reader']:.1f}" if "reader" in got else ""
    return " + ".join(parts) + f" = claimwatch {ours:.1f}{theirs}"


def print_table(results: dict[tuple[str, str], dict[str, Any]], tools: list[str]) -> None:
    """Cycle wall and CPU time (start-up apart); peak RSS of the whole process tree (the sum
    of every process's own peak) and its sampled peak at any one moment."""
    head = (
        f"{'phase':<34} {'tool':<13} {'wall s':>8} {'CPU s':>8} {'peak RSS MB':>12}"
        f" {'start-up s':>11} {'sampled MB':>11}"
    )
    print("\n" + head + "\n" + "-" * len(head))
    for phase, label in PHASES.items():
        for tool in [t for t, ph in results if ph == phase]:  # with any fetch+parse rows
            r = results[tool, phase]
            print(
                f"{phase + ') ' + label:<34} {tool:<13} {r['wall']:8.2f} {r['cpu']:8.2f}"
                f" {r['rss_kib'] / 1024:12.0f} {r['startup']:11.2f}"
                f" {r['tree_peak_kib'] / 1024:11.0f}"
            )
        if len(tools) == 2:
            c, rd = results["claimwatch", phase], results["reader", phase]
            wall_max, rss_max = TARGETS[phase]
            wall_ok = c["wall"] / rd["wall"] <= wall_max
            rss_ok = c["rss_kib"] <= rss_max * rd["rss_kib"]
            print(
                f"{'':<34} {'ratio':<13} {c['wall'] / rd['wall']:8.2f} {c['cpu'] / rd['cpu']:8.2f}"
                f" {c['rss_kib'] / rd['rss_kib']:12.2f}   wall ≤ {wall_max:.2f}:"
                f" {'met' if wall_ok else 'MISSED'}, RSS ≤ {rss_max:g}:"
                f" {'met' if rss_ok else 'MISSED'}"
            )


if __name__ == "__main__":
    main()
