"""The dispatcher defers one poll job per due feed, in batches, on a real PostgreSQL: a
feed whose poll is waiting already gets no second one, and the others still get theirs."""

from __future__ import annotations

import asyncio
from pathlib import Path

import psycopg
import pytest
from support.cluster import write_cluster_config

from bot import config as config_mod
from bot.cluster import jobs


def _waiting_polls(dsn: str) -> list[str]:
    with psycopg.connect(dsn) as conn:
        rows = conn.execute(
            "SELECT queueing_lock FROM procrastinate_jobs"
            " WHERE task_name = 'claimwatch.poll' AND status = 'todo' ORDER BY id"
        ).fetchall()
    return [str(r[0]) for r in rows]


def test_one_waiting_poll_per_feed_even_when_some_wait_already(
    tmp_path: Path, pg_dsn: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(jobs, "DEFER_CHUNK", 5)  # chunks of 5, 5 and 2: one meets the waiting
    n = 12
    feeds = [{"name": f"f{i}", "url": f"http://127.0.0.1:9/f{i}.xml"} for i in range(n)]
    path = write_cluster_config(tmp_path, pg_dsn, feeds, "http://127.0.0.1:9/api/")
    cfg = config_mod.load(str(path))
    jobs.install_queue_schema(pg_dsn)
    node = jobs.Node(cfg, jobs.WorkerOptions(dispatch=True), role="dispatcher")
    queue = jobs.queue_app(pg_dsn)
    tasks = jobs.register(queue, node)
    with psycopg.connect(pg_dsn) as conn:
        ids = [int(r[0]) for r in conn.execute("SELECT id FROM feeds ORDER BY id").fetchall()]

    async def run() -> int:
        async with queue.open_async():
            # a poll of one feed is waiting already (an earlier claim's, not yet run)
            await (
                tasks["poll"]
                .configure(queueing_lock=f"poll:{ids[3]}")
                .defer_async(feed_id=ids[3], claimed="2026-01-01T00:00:00Z")
            )
            return int(await tasks["dispatch_now"]())

    try:
        assert asyncio.run(run()) == n
    finally:
        node.close()
    waiting = _waiting_polls(pg_dsn)
    assert sorted(waiting) == sorted(f"poll:{i}" for i in ids)  # one each, none twice
