"""Scaling benchmark: 1, 2 and 4 workers on PostgreSQL beside SQLite's single process.

N loopback feeds (default 2,000) on the tests' FeedServer with 200 ms latency on every
response (network-bound, as real polling is); one item each, every tenth matching one of
three claims (alerts go to the console: delivery pacing is not what is measured). Each
configuration runs on a fresh database:

  sqlite      `claimwatch run --once` (one process), twice: first cycle, all-304 cycle
  pg 1/2/4    `claimwatch worker --until-empty` processes: the first dispatches (claims
              every due feed, defers one poll job each), the others start once the jobs
              are queued; the cycle ends when every worker has found the queue empty.
              For the all-304 cycle the feeds are made due again (next_poll cleared).

Every process gets [bot] concurrency = per_host = 16 (all feeds share one loopback host).
Printed per configuration and cycle: wall time and feeds/s (from the first process start
to the last exit), polling time and feeds/s polled (from the first feed request the server
saw to its last answer: start-up and exit left out), CPU seconds (all processes),
peak RSS per process, and the items, matches and alerts stored, which must be equal in
every configuration (checked).

    .venv/bin/python bench/scale.py [--feeds 2000] [--workers 1,2,4] [--start cold|warm]

`--start warm` starts the other workers before the cycle and waits until they are idle
(as a deployment's workers run for weeks); the wall time then runs from the dispatching
worker's start until every poll job is done. On a two-core machine it changes little:
the first cycle with four workers is bound by the CPU either way.

Needs PostgreSQL: CLAIMWATCH_TEST_POSTGRES (an admin DSN), else a throwaway cluster is
started with Debian's binaries (tests/support/pg_cluster.py). Prints a table; not a test.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from support import FeedServer  # noqa: E402
from support.cluster import claims_toml, serve_feeds  # noqa: E402
from support.helpers import write_config  # noqa: E402

LATENCY = 0.2
CONCURRENCY = 16


def _env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "CLAIMWATCH_"))}
    env["CLAIMWATCH_WORKER_TICK"] = "1"
    return env


def _config(workdir: Path, database: str, feeds: list[dict[str, str]]) -> Path:
    return write_config(
        workdir / "config.toml",
        feeds=feeds,
        bot={"database": database, "concurrency": CONCURRENCY, "per_host": CONCURRENCY},
        slack={"enabled": False},
        claims=claims_toml(),
    )


class Run:
    """Processes started together; wall time, CPU and each one's peak RSS when they end."""

    def __init__(self) -> None:
        self.procs: list[subprocess.Popen[bytes]] = []
        self.rss: list[float] = []
        self.cpu = 0.0
        self.t0 = time.monotonic()

    def start(self, workdir: Path, *args: str) -> None:
        self.procs.append(
            subprocess.Popen(
                [sys.executable, "-m", "bot", *args],
                cwd=workdir,
                env=_env(),
                stdout=subprocess.DEVNULL,
                stderr=open(workdir / f"p{len(self.procs)}.log", "ab"),
            )
        )

    def wait(self) -> float:
        for p in self.procs:
            _, status, usage = os.wait4(p.pid, 0)
            p.returncode = os.waitstatus_to_exitcode(status)
            self.cpu += usage.ru_utime + usage.ru_stime
            self.rss.append(usage.ru_maxrss / 1024)
            if p.returncode != 0:
                raise SystemExit(f"a process failed ({p.args}): see its log")
        return time.monotonic() - self.t0


def _pg(admin: str, sql: str, db: str | None = None) -> list[tuple[Any, ...]]:
    import psycopg

    dsn = admin if db is None else admin.rsplit("/", 1)[0] + "/" + db
    with psycopg.connect(dsn, autocommit=True) as conn:
        cur = conn.execute(sql.encode())
        return cur.fetchall() if cur.description else []


def _counts_sqlite(path: Path) -> tuple[int, int, int]:
    conn = sqlite3.connect(path)
    try:
        return tuple(  # type: ignore[return-value]
            conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
            for t in ("items", "matches", "alerts")
        )
    finally:
        conn.close()


def _counts_pg(admin: str, db: str) -> tuple[int, int, int]:
    return tuple(  # type: ignore[return-value]
        _pg(admin, f"SELECT count(*) FROM {t}", db)[0][0] for t in ("items", "matches", "alerts")
    )


def _window(server: FeedServer, since: int) -> float:
    """Seconds from the cycle's first feed request to its last answer (the polling
    itself: the processes' start-up, imports and exit are outside it)."""
    reqs = server.requests[since:]
    return reqs[-1].at - reqs[0].at + LATENCY if reqs else float("nan")


def bench_sqlite(server: FeedServer, feeds: list[dict[str, str]]) -> list[dict[str, Any]]:
    rows = []
    with tempfile.TemporaryDirectory(prefix="scale-sqlite-") as tmp:
        workdir = Path(tmp)
        db = workdir / "state" / "claimwatch.db"
        _config(workdir, str(db), feeds)
        for cycle in ("first", "all-304"):
            since = len(server.requests)
            run = Run()
            run.start(workdir, "run", "--once")
            wall = run.wait()
            counts = _counts_sqlite(db)
            window = _window(server, since)
            rows.append(_row("SQLite, 1 process", cycle, len(feeds), wall, window, run, counts))
    return rows


def bench_pg(
    admin: str, server: FeedServer, feeds: list[dict[str, str]], workers: int, warm: bool
) -> list[dict[str, Any]]:
    rows = []
    db = "scale_" + uuid.uuid4().hex[:10]
    _pg(admin, f'CREATE DATABASE "{db}" TEMPLATE template0')
    url = admin.rsplit("/", 1)[0] + "/" + db
    try:
        with tempfile.TemporaryDirectory(prefix="scale-pg-") as tmp:
            workdir = Path(tmp)
            _config(workdir, url, feeds)
            for cycle in ("first", "all-304"):
                if cycle != "first":
                    _pg(admin, "UPDATE feeds SET next_poll = NULL", db)
                since = len(server.requests)
                run = Run()
                wall = (_warm if warm else _cold)(run, workdir, admin, db, len(feeds), workers)
                label = f"PostgreSQL, {workers} worker" + ("s" if workers > 1 else "")
                window = _window(server, since)
                counts = _counts_pg(admin, db)
                rows.append(_row(label, cycle, len(feeds), wall, window, run, counts))
    finally:
        _pg(admin, f'DROP DATABASE IF EXISTS "{db}" WITH (FORCE)')
    return rows


def _cold(run: Run, workdir: Path, admin: str, db: str, n: int, workers: int) -> float:
    """Every process starts for the cycle: the first dispatches and works, the others
    start once it has queued half the polls; wall time from the first start to the last
    exit (a batch run of `worker --until-empty`)."""
    run.start(workdir, "worker", "--dispatch", "--until-empty")
    while workers > 1:
        try:
            queued = _pg(
                admin,
                "SELECT count(*) FROM procrastinate_jobs WHERE task_name = 'claimwatch.poll'",
                db,
            )[0][0]
        except Exception:  # the tables are not there yet
            queued = 0
        if queued >= n * 0.5 or run.procs[0].poll() is not None:
            break
        time.sleep(0.05)
    for _ in range(workers - 1):
        run.start(workdir, "worker", "--until-empty")
    return run.wait()


def _warm(run: Run, workdir: Path, admin: str, db: str, n: int, workers: int) -> float:
    """As a deployment runs: the other workers are running and idle when the dispatching
    worker starts; wall time from its start until every poll job is done (the others are
    then stopped with SIGTERM; their start-up CPU still counts)."""
    try:
        before = _pg(admin, "SELECT coalesce(max(id), 0) FROM procrastinate_workers", db)[0][0]
    except Exception:  # the first cycle: no queue tables yet
        before = 0
    for _ in range(workers - 1):
        run.start(workdir, "worker")
    deadline = time.monotonic() + 120
    while workers > 1:
        try:
            ready = _pg(
                admin, f"SELECT count(*) FROM procrastinate_workers WHERE id > {before}", db
            )[0][0]
        except Exception:
            ready = 0
        if ready >= workers - 1:
            break
        if time.monotonic() > deadline or any(_ended(p) for p in run.procs):
            raise SystemExit("the workers did not start: see their logs")
        time.sleep(0.05)
    t0 = time.monotonic()
    run.start(workdir, "worker", "--dispatch", "--until-empty")
    dispatcher = run.procs[-1]
    deadline = time.monotonic() + 1800
    while True:  # (the queue's tables exist once the dispatcher has ended)
        if time.monotonic() > deadline:
            raise SystemExit("the cycle did not end in 30 minutes: see the workers' logs")
        if _ended(dispatcher) and not _pg(
            admin,
            "SELECT 1 FROM procrastinate_jobs WHERE task_name = 'claimwatch.poll'"
            " AND status IN ('todo', 'doing')",
            db,
        ):
            break
        time.sleep(0.05)
    wall = time.monotonic() - t0
    for p in run.procs[:-1]:
        p.terminate()
    run.wait()
    return wall


def _ended(p: subprocess.Popen[bytes]) -> bool:
    """Whether the process has ended (left for `Run.wait` to reap: it reads its usage)."""
    return os.waitid(os.P_PID, p.pid, os.WEXITED | os.WNOHANG | os.WNOWAIT) is not None


def _row(
    label: str,
    cycle: str,
    n: int,
    wall: float,
    window: float,
    run: Run,
    counts: tuple[int, int, int],
) -> dict[str, Any]:
    return {
        "config": label,
        "cycle": cycle,
        "wall": wall,
        "rate": n / wall,
        "window": window,
        "poll_rate": n / window,
        "cpu": run.cpu,
        "rss": max(run.rss),
        "counts": counts,
    }


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--feeds", type=int, default=2000)
    ap.add_argument("--workers", default="1,2,4")
    ap.add_argument(
        "--start",
        choices=("warm", "cold"),
        default="cold",
        help="warm: the other workers run before the cycle (a deployment); cold: every"
        " process starts for the cycle (a batch run)",
    )
    args = ap.parse_args()
    admin = os.environ.get("CLAIMWATCH_TEST_POSTGRES")
    cluster = None
    if not admin:
        from support import pg_cluster

        top = Path(tempfile.mkdtemp(prefix="scale-pg-cluster-"))
        top.chmod(0o755)
        cluster = top / "pg"
        admin = pg_cluster.start(cluster)
    try:
        with FeedServer(latency=LATENCY) as server:
            feeds = serve_feeds(server, args.feeds)
            rows = bench_sqlite(server, feeds)
            for k in (int(w) for w in args.workers.split(",")):
                rows += bench_pg(admin, server, feeds, k, args.start == "warm")
    finally:
        if cluster is not None:
            from support import pg_cluster

            pg_cluster.stop(cluster)
    _print(rows, args.feeds, args.start)


def _print(rows: list[dict[str, Any]], n: int, start: str) -> None:
    print(
        f"\n{n} loopback feeds, {LATENCY * 1000:.0f} ms latency, concurrency {CONCURRENCY}"
        f" per process, {os.cpu_count()} CPUs, {start} start"
    )
    head = (
        f"{'configuration':<24} {'cycle':<8} {'wall s':>7} {'feeds/s':>8} {'poll s':>7}"
        f" {'polled/s':>9} {'CPU s':>7} {'peak RSS/proc MiB':>18} {'items/matches/alerts':>21}"
    )
    print(head)
    print("-" * len(head))
    for r in rows:
        counts = "/".join(map(str, r["counts"]))
        print(
            f"{r['config']:<24} {r['cycle']:<8} {r['wall']:>7.1f} {r['rate']:>8.1f}"
            f" {r['window']:>7.1f} {r['poll_rate']:>9.1f}"
            f" {r['cpu']:>7.1f} {r['rss']:>18.0f} {counts:>21}"
        )
    first = {r["config"]: r["rate"] for r in rows if r["cycle"] == "first"}
    polled = {r["config"]: r["poll_rate"] for r in rows if r["cycle"] == "first"}
    base = first.get("PostgreSQL, 1 worker")
    if base:
        for k, target in ((2, 1.8), (4, 3.0)):
            if (rate := first.get(f"PostgreSQL, {k} workers")) is not None:
                by_poll = polled[f"PostgreSQL, {k} workers"] / polled["PostgreSQL, 1 worker"]
                print(
                    f"first cycle: {k} workers / 1 worker = {rate / base:.2f}x by wall time,"
                    f" {by_poll:.2f}x by polling time (target >= {target})"
                )
        sq = first.get("SQLite, 1 process")
        if sq:
            print(f"first cycle: SQLite / PostgreSQL 1 worker = {sq / base:.2f}x (target <= 1.5)")
    same = {r["counts"] for r in rows}
    print("same items, matches and alerts everywhere:", "yes" if len(same) == 1 else f"NO {same}")


if __name__ == "__main__":
    main()
