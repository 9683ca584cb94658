"""procrastinate's app, claimwatch's jobs, and the worker that runs them (see bot.cluster).

Our code is synchronous (threads, psycopg's sync pool); procrastinate's worker is asyncio.
Each job is an async task that runs its work in a thread (asyncio.to_thread), so one
worker runs `concurrency` jobs at once: fetches overlap, records are written one feed at a
time (Poller.poll_one).
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import contextlib
import logging
import signal
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

import procrastinate
import psycopg
from procrastinate import exceptions as queue_errors
from psycopg_pool import PoolTimeout

from bot.app import App
from bot.clock import Clock, SystemClock, iso, parse_iso
from bot.cluster.nodes import node_name
from bot.config import Config
from bot.errors import StorageError
from bot.slack.deliver import Deliverer
from bot.slack.protocol import Sender
from bot.store import CycleStats, pg_health
from bot.store.postgres import PostgresStore

log = logging.getLogger("claimwatch.cluster")

#: the advisory lock procrastinate's schema is installed under (nodes may start at once)
_SCHEMA_LOCK = 0x636C_6D02
#: a job that met a database outage (or any error) is tried again, backing off
RETRY = procrastinate.RetryStrategy(max_attempts=8, wait=1, exponential_wait=2)
#: poll jobs deferred in one INSERT by the dispatcher
DEFER_CHUNK = 500


@dataclass(frozen=True, slots=True)
class WorkerOptions:
    """How a worker runs (the CLI's options; tests and the bench shorten the times)."""

    #: also dispatch (claim due feeds and defer their polls), every `tick` seconds
    dispatch: bool = False
    tick: int = 5
    #: how long a claimed feed stays claimed before it is due again if never polled
    lease: float = 600.0
    #: at most this many feeds claimed per dispatch
    batch: int = 5000
    #: jobs at once in this worker (None: [bot] concurrency)
    concurrency: int | None = None
    #: seconds between this worker's heartbeats, and without one before its jobs are retried
    heartbeat: float = 10.0
    stalled_after: float = 30.0
    #: stop once the queue is empty (benchmarks, tests) instead of waiting for more
    until_empty: bool = False

    @classmethod
    def from_env(cls, **kwargs: Any) -> WorkerOptions:
        """Options, with the times an operator (or a test) set in the environment:
        CLAIMWATCH_WORKER_TICK, _LEASE, _HEARTBEAT, _STALLED (seconds)."""
        import os

        for key, kind in (("tick", int), ("lease", float), ("heartbeat", float)):
            if value := os.environ.get(f"CLAIMWATCH_WORKER_{key.upper()}"):
                kwargs.setdefault(key, kind(value))
        if value := os.environ.get("CLAIMWATCH_WORKER_STALLED"):
            kwargs.setdefault("stalled_after", float(value))
        return cls(**kwargs)


class Node:
    """What one process needs to run jobs: the bot's parts on the shared store."""

    def __init__(
        self,
        config: Config,
        options: WorkerOptions,
        *,
        role: str,
        clock: Clock | None = None,
        sender: Sender | None = None,
    ) -> None:
        self.options = options
        self.clock = clock or SystemClock()
        self.app = App.build(
            config, clock=self.clock, sender=sender, command=f"claimwatch {role}", lock=False
        )
        if not isinstance(self.app.store, PostgresStore):
            self.app.close()
            raise StorageError("workers need a PostgreSQL database ([bot] database = URL)")
        self.store: PostgresStore = self.app.store
        # the claims' matcher is compiled now, while the node starts: a worker runs for
        # weeks, and its first poll job should not wait for the lexicons to load
        _ = self.app.poller.matcher
        self.name = node_name()
        self.role = role
        self.deliverers: dict[str, Deliverer] = {}
        self.seen()

    def seen(self) -> None:
        self.store.note_node(self.name, self.role, self.app.config.fingerprint, self.clock.now())

    # ── the work of each job (in a thread) ────────────────────────────────────────
    def claim(self) -> tuple[list[int], str]:
        """Claim the due feeds: (feed ids, the claim's time). Each dispatch is recorded as
        a cycle (feeds_polled: how many it queued), so `claimwatch health` sees the
        cluster's dispatcher at work as it sees a single bot's cycles."""
        now = self.clock.now()
        until = now + timedelta(seconds=self.options.lease)
        self.seen()
        ids = self.store.claim_due(now, until, self.options.batch)
        if ids:  # (a tick with nothing due is not a cycle; every feed is due once an interval)
            cycle = self.store.start_cycle(now)
            self.store.finish_cycle(cycle, CycleStats(feeds_polled=len(ids)), self.clock.now())
        return ids, iso(now) or ""

    def poll(self, feed_id: int, claimed: str) -> list[str]:
        """Poll a claimed feed, unless a run of this job already did (a retried job);
        return the channels with alerts due."""
        feed = self.store.feed_by_id(feed_id)
        if feed is None or not feed.active:
            return []
        when = parse_iso(claimed)
        if feed.last_polled is not None and when is not None and feed.last_polled >= when:
            return []
        outcome = self.app.poller.poll_one(feed)
        return self.channels_due() if outcome is not None and outcome.alerts else []

    def recover_stalled(self) -> list[tuple[int, str, str]]:
        """Jobs left 'doing' by workers whose heartbeat stopped: retried (procrastinate's
        retry function), or ended when the same job waits already (its queueing lock: a
        later poll of the feed, a later pass of the channel does this one's work). One
        transaction; rows another dispatcher handles are skipped, never done twice."""
        done: list[tuple[int, str, str]] = []
        with self.store.pool.connection() as conn, conn.transaction():
            rows = conn.execute(
                "SELECT j.id, j.task_name, j.queueing_lock FROM procrastinate_jobs j"
                " WHERE j.status = 'doing' AND (j.worker_id IS NULL OR j.worker_id IN"
                " (SELECT w.id FROM procrastinate_workers w WHERE w.last_heartbeat"
                " < now() - make_interval(secs => %s))) FOR UPDATE OF j SKIP LOCKED",
                (self.options.stalled_after,),
            ).fetchall()
            for job_id, task, queueing_lock in rows:
                waiting = (
                    queueing_lock is not None
                    and conn.execute(
                        "SELECT 1 FROM procrastinate_jobs WHERE queueing_lock = %s"
                        " AND status = 'todo' LIMIT 1",
                        (queueing_lock,),
                    ).fetchone()
                )
                if waiting:
                    conn.execute(
                        "UPDATE procrastinate_jobs SET status = 'failed' WHERE id = %s",
                        (job_id,),
                    )
                    done.append((job_id, task, "ended (the same job is waiting)"))
                else:
                    conn.execute(
                        "SELECT procrastinate_retry_job_v2(%s, now(), NULL, NULL, NULL)",
                        (job_id,),
                    )
                    done.append((job_id, task, "retried"))
        return done

    def channels_due(self) -> list[str]:
        rows = self.store.query(
            "SELECT DISTINCT channel FROM alerts WHERE status = 'pending'"
            " AND (next_attempt IS NULL OR next_attempt <= ?) ORDER BY channel",
            (iso(self.clock.now()),),
        )
        return [str(r["channel"]) for r in rows]

    def deliver(self, channel: str) -> int:
        """One delivery pass for one channel; how many alerts went out."""
        d = self.deliverers.get(channel)
        if d is None:
            main = self.app.deliverer
            d = self.deliverers[channel] = Deliverer(
                self.store,
                main.sender,
                self.clock,
                self.app.statements,
                threads=main.threads,
                digest_after=main.digest_after,
                keep_for_slack=main.keep_for_slack,
                channel=channel,
            )
        return d.deliver_pending().sent

    def ops(self) -> int:
        return self.app.deliver_ops_notices()

    def close(self) -> None:
        try:
            self.store.forget_node(self.name)
        except StorageError:
            pass
        self.app.close()


def queue_app(url: str) -> procrastinate.App:
    """procrastinate on the database at `url`. Its pool checks connections before use
    only while the database is suspect (`bot.store.pg_health`: a server restart costs the
    jobs that met it a retry, not the worker), and its connections are in autocommit mode:
    each of its queries is one statement, and a transaction around each cost a COMMIT
    round trip more per query."""
    connector = procrastinate.PsycopgConnector(
        conninfo=url, min_size=1, max_size=4, configure=_autocommit, pool_factory=_pool
    )
    return procrastinate.App(connector=connector)


def _pool(**kwargs: Any) -> Any:
    """procrastinate's pool, checking connections only while the database is suspect
    (`bot.store.pg_health`), not before each of its queries."""
    from psycopg_pool import AsyncConnectionPool

    kwargs["check"] = pg_health.check_async
    return AsyncConnectionPool(**kwargs)


async def _autocommit(conn: Any) -> None:
    await conn.set_autocommit(True)


def install_queue_schema(url: str) -> bool:
    """Install procrastinate's tables and functions once per database; True if it did."""
    import psycopg
    from procrastinate.schema import SchemaManager

    with psycopg.connect(url, autocommit=True) as conn, conn.transaction():
        conn.execute("SELECT pg_advisory_xact_lock(%s)", (_SCHEMA_LOCK,))
        row = conn.execute("SELECT to_regclass('procrastinate_jobs')").fetchone()
        if row is not None and row[0] is not None:
            return False
        conn.execute(SchemaManager.get_schema().encode())
        return True


def register(queue: procrastinate.App, node: Node) -> dict[str, Any]:
    """claimwatch's tasks on `queue`, working through `node`; the dispatcher becomes
    periodic when the node dispatches."""
    options = node.options

    @queue.task(name="claimwatch.poll", queue="poll", retry=RETRY)
    async def poll(feed_id: int, claimed: str) -> None:
        for channel in await asyncio.to_thread(node.poll, feed_id, claimed):
            await defer_delivery(channel)

    @queue.task(name="claimwatch.deliver", queue="deliver", retry=RETRY)
    async def deliver(channel: str) -> None:
        await asyncio.to_thread(node.deliver, channel)

    @queue.task(name="claimwatch.ops", queue="deliver", retry=RETRY)
    async def ops() -> None:
        await asyncio.to_thread(node.ops)

    async def defer_delivery(channel: str) -> None:
        try:
            await deliver.configure(
                lock=f"channel:{channel}", queueing_lock=f"deliver:{channel}"
            ).defer_async(channel=channel)
        except queue_errors.AlreadyEnqueued:
            pass  # one waiting already: it will see these alerts too

    async def defer_polls(ids: list[int], claimed: str) -> None:
        """One poll job per feed, each under its feed's queueing lock: one INSERT per
        chunk of feeds; a chunk where some feed's poll is waiting already (the whole
        INSERT fails) is deferred job by job, skipping that feed."""
        for start in range(0, len(ids), DEFER_CHUNK):
            chunk = ids[start : start + DEFER_CHUNK]
            jobs = [
                poll.configure(queueing_lock=f"poll:{f}").make_new_job(feed_id=f, claimed=claimed)
                for f in chunk
            ]
            try:
                await queue.job_manager.batch_defer_jobs_async(jobs=jobs)
                continue
            except queue_errors.AlreadyEnqueued:
                pass
            for feed_id in chunk:
                try:
                    await poll.configure(queueing_lock=f"poll:{feed_id}").defer_async(
                        feed_id=feed_id, claimed=claimed
                    )
                except queue_errors.AlreadyEnqueued:
                    pass  # its poll is waiting already

    async def dispatch_now() -> int:
        ids, claimed = await asyncio.to_thread(node.claim)
        await defer_polls(ids, claimed)
        for channel in await asyncio.to_thread(node.channels_due):
            await defer_delivery(channel)
        try:
            await ops.configure(lock="ops", queueing_lock="ops").defer_async()
        except queue_errors.AlreadyEnqueued:
            pass
        # the jobs of workers whose heartbeat stopped (killed, machine gone) run again
        for job_id, task, what in await asyncio.to_thread(node.recover_stalled):
            log.warning("job %s (%s) of a stalled worker: %s", job_id, task, what)
        return len(ids)

    @queue.task(name="claimwatch.dispatch", queue="dispatch")
    async def dispatch(timestamp: int) -> None:
        n = await dispatch_now()
        if n:
            log.info("dispatched %d feeds", n)

    if options.dispatch:
        queue.periodic(cron=f"* * * * * */{options.tick}", periodic_id="claimwatch")(dispatch)
    return {"poll": poll, "deliver": deliver, "dispatch": dispatch, "dispatch_now": dispatch_now}


async def _work_until(
    queue: procrastinate.App, stop: asyncio.Event, options: WorkerOptions, name: str, config: Config
) -> bool:
    """Run procrastinate's worker until it ends or `stop` is set; True when it should not
    be started again (a signal, or until_empty and the queue is empty)."""
    worker = asyncio.create_task(
        queue.run_worker_async(
            concurrency=options.concurrency or config.bot.concurrency,
            wait=not options.until_empty,
            name=name,
            update_heartbeat_interval=options.heartbeat,
            stalled_worker_timeout=options.stalled_after,
            delete_jobs="successful",
            listen_notify=True,
            install_signal_handlers=False,
        )
    )
    stopping = asyncio.create_task(stop.wait())
    await asyncio.wait({worker, stopping}, return_when=asyncio.FIRST_COMPLETED)
    if stop.is_set():
        worker.cancel()  # graceful: the jobs in progress finish first
        with contextlib.suppress(asyncio.CancelledError):
            await worker
        return True
    stopping.cancel()
    worker.result()  # its error, if it failed
    return options.until_empty


def run_worker(
    config: Config,
    options: WorkerOptions,
    *,
    role: str = "worker",
    clock: Clock | None = None,
    sender: Sender | None = None,
    first: bool = False,
) -> None:
    """Run jobs until stopped (SIGINT/SIGTERM: jobs in progress finish first), or with
    `until_empty` until the queue is empty. `first`: dispatch once at start-up."""
    url = config.bot.database
    install_queue_schema(url)
    node = Node(config, options, role=role, clock=clock, sender=sender)
    queue = queue_app(url)
    tasks = register(queue, node)

    async def main() -> None:
        # our own signal handling: procrastinate's worker also ends by itself when it
        # loses the database (its listener fails), and only a signal means "stop"
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        # one thread per job at once (asyncio's default pool has cpu_count + 4 threads,
        # which would cap a network-bound worker's fetches in flight)
        jobs = options.concurrency or config.bot.concurrency
        loop.set_default_executor(
            concurrent.futures.ThreadPoolExecutor(jobs + 4, thread_name_prefix="job")
        )
        for sig in (signal.SIGINT, signal.SIGTERM):
            loop.add_signal_handler(sig, stop.set)
        dispatch_first, delay = first, 1.0
        while not stop.is_set():
            try:
                async with queue.open_async():
                    delay = 1.0
                    if dispatch_first:
                        await tasks["dispatch_now"]()
                        dispatch_first = False
                    if await _work_until(queue, stop, options, node.name, config):
                        return  # a signal, or an empty queue (until_empty)
                reason: object = "its listener lost the connection"
            except (queue_errors.ConnectorException, psycopg.OperationalError, PoolTimeout) as e:
                reason = e.__cause__ or e
                pg_health.failed()
            # the server went away (restart, failover): start another worker once it
            # answers. Jobs in progress were finished or are retried as a stalled
            # worker's (their writes are idempotent).
            log.warning("lost the database (%s); reconnecting in %.0f s", reason, delay)
            try:
                await asyncio.wait_for(stop.wait(), timeout=delay)
            except TimeoutError:
                pass
            delay = min(delay * 2, 30.0)

    try:
        asyncio.run(main())
    finally:
        node.close()
