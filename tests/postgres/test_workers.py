"""Workers sharing the feeds on PostgreSQL, as real processes: every feed polled once,
every alert delivered once, a worker killed mid-cycle or the server restarted costs
nothing, and two dispatchers never poll a feed twice in one interval."""

from __future__ import annotations

import itertools
import signal
from collections import Counter
from pathlib import Path
from typing import Any

import psycopg
import pytest
from support import FeedServer, SlackStandIn
from support.cluster import Proc, serve_feeds, wait, write_cluster_config
from support.postgres import Server

pytestmark = pytest.mark.timeout(300)


def _count(dsn: str, sql: str) -> int:
    """A count, 0 while the workers have not created the tables yet."""
    with psycopg.connect(dsn) as conn:
        try:
            row = conn.execute(sql).fetchone()
        except psycopg.errors.UndefinedTable:
            return 0
        return int(row[0]) if row else 0


def _alert_ids_in_slack(slack: SlackStandIn) -> Counter[int]:
    seen: Counter[int] = Counter()
    for m in slack.messages():
        payload: dict[str, Any] = (m.metadata or {}).get("event_payload") or {}
        if "alert_id" in payload and (m.metadata or {}).get("event_type", "").endswith("alert"):
            seen[int(payload["alert_id"])] += 1
        for i in payload.get("alert_ids", ()):
            seen[int(i)] += 1
    return seen


def _logs(procs: list[Proc], dsn: str | None = None) -> str:
    for p in procs:  # a hung process prints its threads' stacks (PYTHONFAULTHANDLER)
        if p.proc.poll() is None:
            p.proc.send_signal(signal.SIGABRT)
            p.proc.wait(timeout=30)
    out = "\n".join(f"--- {p.log_path.name}\n{p.log()[-3000:]}" for p in procs)
    if dsn:
        with psycopg.connect(dsn) as conn:
            for sql in (
                "SELECT status, count(*) FROM alerts GROUP BY status",
                "SELECT count(*) FROM items",
                "SELECT task_name, status, lock, count(*) FROM procrastinate_jobs"
                " GROUP BY 1, 2, 3 ORDER BY 1, 2, 3",
                "SELECT id, last_heartbeat FROM procrastinate_workers",
            ):
                out += f"\n{sql}: {conn.execute(sql).fetchall()}"
    return out


def _check_exactly_once(dsn: str, slack: SlackStandIn, feed_server: FeedServer, n: int) -> None:
    assert _count(dsn, "SELECT count(*) FROM items") == n
    alerts = _count(dsn, "SELECT count(*) FROM alerts")
    assert alerts == n // 10
    assert _count(dsn, "SELECT count(*) FROM alerts WHERE status = 'sent'") == alerts
    seen = _alert_ids_in_slack(slack)
    assert len(seen) == alerts and set(seen.values()) == {1}, seen
    for i in range(n):  # every feed polled (a killed worker's fetch may have been repeated)
        assert feed_server.requests_for(f"/f{i}.xml")


def test_three_workers_one_killed_mid_cycle_lose_nothing(
    tmp_path: Path, pg_dsn: str, slack: SlackStandIn
) -> None:
    n = 300
    with FeedServer(latency=0.2) as feed_server:
        feeds = serve_feeds(feed_server, n)
        write_cluster_config(tmp_path, pg_dsn, feeds, slack.base_url)
        procs = [
            Proc(tmp_path, "run", "run"),
            Proc(tmp_path, "w1", "worker", "--concurrency", "8"),
            Proc(tmp_path, "w2", "worker", "--concurrency", "8"),
        ]
        try:
            wait(
                "polling under way",
                lambda: _count(pg_dsn, "SELECT count(*) FROM items") >= 30,
                on_fail=lambda: _logs(procs, pg_dsn),
                procs=procs,
            )
            procs[1].kill()  # mid-cycle: its jobs in progress are never finished by it
            wait(
                "every feed polled and every alert sent",
                lambda: (
                    _count(pg_dsn, "SELECT count(*) FROM items") == n
                    and _count(pg_dsn, "SELECT count(*) FROM alerts WHERE status = 'sent'")
                    == n // 10
                ),
                timeout=180,
                on_fail=lambda: _logs(procs, pg_dsn),
                procs=procs,
            )
        finally:
            for p in procs:
                p.stop()
        _check_exactly_once(pg_dsn, slack, feed_server, n)


def test_a_server_restart_mid_cycle_loses_nothing(
    tmp_path: Path, pg_server: Server, pg_dsn: str, slack: SlackStandIn
) -> None:
    n = 120
    with FeedServer(latency=0.2) as feed_server:
        feeds = serve_feeds(feed_server, n)
        write_cluster_config(tmp_path, pg_dsn, feeds, slack.base_url)
        procs = [Proc(tmp_path, "run", "run"), Proc(tmp_path, "w1", "worker")]
        try:
            wait(
                "polling under way",
                lambda: _count(pg_dsn, "SELECT count(*) FROM items") >= 10,
                on_fail=lambda: _logs(procs, pg_dsn),
                procs=procs,
            )
            pg_server.restart(down_for=1.0)
            wait(
                "every feed polled and every alert sent after the restart",
                lambda: (
                    _count(pg_dsn, "SELECT count(*) FROM items") == n
                    and _count(pg_dsn, "SELECT count(*) FROM alerts WHERE status = 'sent'")
                    == n // 10
                ),
                timeout=180,
                on_fail=lambda: _logs(procs, pg_dsn),
                procs=procs,
            )
            assert all(p.proc.poll() is None for p in procs), _logs(procs)
        finally:
            for p in procs:
                p.stop()
        _check_exactly_once(pg_dsn, slack, feed_server, n)


def test_two_dispatchers_never_poll_a_feed_twice_in_one_interval(
    tmp_path: Path, pg_dsn: str, slack: SlackStandIn
) -> None:
    n, interval = 100, 4.0
    with FeedServer(latency=0.05) as feed_server:
        feeds = serve_feeds(feed_server, n)
        for f in feeds:
            f["interval"] = f"{interval:g}s"
        write_cluster_config(tmp_path, pg_dsn, feeds, slack.base_url)
        procs = [
            Proc(tmp_path, "d1", "worker", "--dispatch"),
            Proc(tmp_path, "d2", "worker", "--dispatch"),
        ]
        try:
            wait(
                "every feed polled three times",
                lambda: all(len(feed_server.requests_for(f"/f{i}.xml")) >= 3 for i in range(n)),
                on_fail=lambda: _logs(procs, pg_dsn),
                procs=procs,
            )
        finally:
            for p in procs:
                p.stop()
        # two polls of a feed are at least its interval apart, less its 10 % jitter and the
        # second that next_poll's timestamp (whole seconds) may round away
        for i in range(n):
            times = [r.at for r in feed_server.requests_for(f"/f{i}.xml")]
            gaps = [b - a for a, b in itertools.pairwise(times)]
            assert min(gaps) >= interval * 0.9 - 1.0, (i, gaps)
