"""Deliver the outbox: pending alerts go out through a Sender, outcomes are recorded.

Alerts are written to the `alerts` table in the same transaction as their match (see
SQLStore.write_items). A delivery pass:

1. settles alerts whose last attempt may have landed (dropped connection, timeout, 5xx,
   or a crash with an attempt marked started): it looks for their id in the message
   metadata of the channel (or thread) and records them as sent if found;
2. plans the rest (pure, bot.slack.plan): per claim and channel, one message per alert, or one
   digest when more than `digest_after` are due at once;
3. sends, at most one message per `min_interval` per channel, honouring Retry-After for
   that channel only, with backoff for 5xx and connection errors — all on the injected
   clock, within a time budget; whatever is left stays pending for the next pass;
4. brings thread parents' tallies up to date (chat.update).

Before each post the alerts are marked "attempt started"; the answer is recorded after.
Errors that need a person stop the pass (token) or hold one channel, and are logged
once, with what to do.
"""

from __future__ import annotations

import logging
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from bot.clock import Clock, parse_iso
from bot.slack.plan import Unit, plan
from bot.slack.protocol import (
    CHANNEL_ERRORS,
    EVENT_ALERT,
    EVENT_DIGEST,
    EVENT_THREAD,
    FATAL_ERRORS,
    Found,
    Post,
    Sender,
    SendError,
    backoff,
)
from bot.slack.render import render_alert, render_digest, render_parent
from bot.store import PendingAlert
from bot.store.outbox import Outbox, SlackThread
from bot.store.sql import SQLStore

log = logging.getLogger("claimwatch.deliver")

HOLD = timedelta(minutes=5)
#: how far before an unsure attempt to look in the channel (clock skew, slow servers)
LOOKUP_MARGIN = timedelta(minutes=15)
#: default time a pass may take (pacing and short Retry-After waits happen inside it)
PASS_BUDGET = 20.0
#: how often one unit may go back to its queue in a pass
MAX_ROUNDS = 12


@dataclass(slots=True)
class DeliveryReport:
    sent: int = 0
    failed: int = 0
    #: alerts found already in Slack after an ambiguous attempt (recorded, not re-sent)
    found: int = 0
    held_channels: set[str] = field(default_factory=set)
    stopped: str | None = None


@dataclass(slots=True)
class _Queued:
    unit: Unit
    #: not before this time (backoff after a failure in this pass)
    ready: datetime
    #: an attempt in this pass may have landed: look before posting again
    unsure: datetime | None = None
    #: how many times this unit went back to its queue
    rounds: int = 0


class Deliverer:
    def __init__(
        self,
        store: SQLStore,
        sender: Sender,
        clock: Clock,
        statements: Callable[[str], str],
        *,
        threads: bool = True,
        digest_after: int = 5,
        budget: float = PASS_BUDGET,
        keep_for_slack: bool = False,
        channel: str | None = None,
    ) -> None:
        self.store = store
        #: `channel`: deliver that channel's alerts only (a worker's delivery job)
        self.outbox = Outbox(store, channel=channel)
        self.sender = sender
        self.clock = clock
        #: claim id -> statement (from the current config; the claim may have been removed)
        self.statements = statements
        #: one thread per claim and channel (Web API only)
        self.threads = threads
        self.digest_after = digest_after
        self.budget = budget
        #: per destination: no message before this time (pacing, Retry-After)
        self.not_before: dict[str, datetime] = {}
        #: a token error: (code, try again after)
        self.halted: tuple[str, datetime] | None = None
        #: channel -> (code, try again after)
        self.holds: dict[str, tuple[str, datetime]] = {}
        #: (channel or "", code) already explained in the log
        self._told: set[tuple[str, str]] = set()
        #: a sender without Slack, and a config that has Slack: alerts meant for Slack are
        #: shown (once per process) but stay in the outbox until Slack has them
        self.keep_for_slack = keep_for_slack
        self._shown: set[int] = set()

    @property
    def _threaded(self) -> bool:
        return self.threads and self.sender.web_api

    # ── a pass ───────────────────────────────────────────────────────────────────
    def deliver_pending(
        self, *, include_failed: bool = False, budget: float | None = None
    ) -> DeliveryReport:
        """One pass. A retry asked for by `claimwatch alerts --retry` (a row in
        retry_requests) is done here: failed alerts too, holds and a token halt lifted."""
        requests = self.outbox.open_retry_requests()
        if requests:
            self.halted, self.holds, self._told = None, {}, set()
            self.outbox.retry_now(self.clock.now())
            log.info("retrying every undelivered alert now, as `alerts --retry` asked")
        report = self._pass(include_failed=include_failed or bool(requests), budget=budget)
        if requests:
            stopped = f" (Slack refused the token: {report.stopped})" if report.stopped else ""
            self.outbox.retry_handled(
                requests, self.clock.now(), report.sent, report.found, stopped
            )
        return report

    def _pass(self, *, include_failed: bool, budget: float | None) -> DeliveryReport:
        report = DeliveryReport()
        now = self.clock.now()
        deadline = now + timedelta(seconds=self.budget if budget is None else budget)
        if self.halted is not None:
            if now < self.halted[1]:
                report.stopped = self.halted[0]
                return report
            self.halted = None
        # markers left by a process that died mid-call: those attempts may have landed
        self.outbox.recover()
        due = self.outbox.due(now, include_failed=include_failed)
        if self.keep_for_slack:
            self._show_kept([a for a in due if a.destination == "slack"])
            due = [a for a in due if a.destination != "slack"]
        due = [a for a in due if not self._held(a.channel, now, report)]
        due = self._settle_unsure(due, report)
        if report.stopped:
            return report
        queues: dict[str, deque[_Queued]] = {}
        for unit in plan(due, digest_after=self.digest_after, one_channel=self.sender.one_channel):
            queues.setdefault(unit.dest, deque()).append(_Queued(unit, now))
        while queues:
            now = self.clock.now()
            dest, ready = min(
                (
                    (d, max(q[0].ready, self.not_before.get(d, q[0].ready)))
                    for d, q in queues.items()
                ),
                key=lambda pair: pair[1],
            )
            if ready > now:
                if ready > deadline:
                    break
                self.clock.sleep((ready - now).total_seconds())
                continue
            queued = queues[dest].popleft()
            outcome = self._step(queued, report)
            if outcome == "stop":
                break
            if outcome == "again" and queued.rounds < MAX_ROUNDS:
                queued.rounds += 1
                queues[dest].appendleft(queued)
            elif outcome == "hold":
                queues[dest].clear()
            if not queues[dest]:
                del queues[dest]
        if not report.stopped:
            self._update_corroborated(deadline)
            self._update_parents(deadline)
        return report

    def _show_kept(self, alerts: list[PendingAlert]) -> None:
        if new := [a for a in alerts if a.id not in self._shown]:
            self._shown.update(a.id for a in new)
            what = "1 alert" if len(new) == 1 else f"{len(new)} alerts"
            self.sender.post_text(
                "claimwatch:",
                f"not sent: {what} meant for Slack, kept in the outbox until claimwatch"
                " runs with SLACK_BOT_TOKEN (or SLACK_WEBHOOK_URL)",
            )
            for a in new:
                self.sender.post(self._post_for(Unit(a.channel, a.claim_id, (a,)), None))

    # ── one story, one alert ─────────────────────────────────────────────────────
    def _outlets(self, alert: PendingAlert) -> list[str]:
        return self.store.story_outlets(alert.story_id) if alert.story_id else []

    def _update_corroborated(self, deadline: datetime) -> None:
        """Later copies of a story update its alert ("also reported by …") in place."""
        if not self.sender.web_api:
            return
        for alert, channel_id, ts, thread_ts in self.outbox.corroborated():
            if self.clock.now() > deadline or alert.channel in self.holds:
                continue
            message = render_alert(
                alert,
                self.statements(alert.claim_id),
                in_thread=thread_ts is not None,
                outlets=self._outlets(alert),
            )
            metadata = {
                "event_type": EVENT_ALERT,
                "event_payload": {"alert_id": alert.id, "claim": alert.claim_id},
            }
            try:
                self.sender.update(channel_id, ts, message, metadata)
            except SendError as e:
                log.info("alert %d: corroboration not shown (%s); will retry", alert.id, e)
                if e.code == "ratelimited" or e.code in FATAL_ERRORS:
                    return
                if e.code != "message_not_found":
                    continue
            self.outbox.corroboration_shown(alert.id)

    def _held(self, channel: str, now: datetime, report: DeliveryReport) -> bool:
        hold = self.holds.get(channel)
        if hold is None:
            return False
        if now >= hold[1]:
            del self.holds[channel]
            return False
        report.held_channels.add(channel)
        return True

    def _pace(self, dest: str, *, at_least: float = 0.0) -> None:
        wait = max(self.sender.min_interval, at_least)
        until = self.clock.now() + timedelta(seconds=wait)
        self.not_before[dest] = max(until, self.not_before.get(dest, until))

    # ── one message ──────────────────────────────────────────────────────────────
    def _step(self, queued: _Queued, report: DeliveryReport) -> str:
        """Post one message for `queued` (a thread parent, or the unit itself).

        Returns "done", "again" (the unit is still to send: a parent was just posted or
        a retry is scheduled in this pass), "hold" (its channel is held) or "stop".
        """
        unit = queued.unit
        thread: SlackThread | None = None
        if self._threaded:
            thread = self.outbox.thread(unit.claim_id, unit.channel)
            if thread is None or thread.ts is None:
                return self._post_parent(queued, thread, report)
        post = self._post_for(unit, thread)
        ids = [a.id for a in unit.alerts]
        if queued.unsure is not None and self.sender.web_api:
            # the last attempt in this pass may have landed: look before posting again
            try:
                found = self._find(unit.channel, queued.unsure, thread.ts if thread else None)
            except SendError as e:
                return self._failed(queued, ids, e, report, lookup=True)
            if all(i in found for i in ids):
                self._record_found(list(unit.alerts), found[ids[0]], thread, report)
                return "done"
            queued.unsure = None
        self.outbox.attempt_started(ids, self.clock.now())
        try:
            sent = self.sender.post(post)
        except SendError as e:
            return self._failed(queued, ids, e, report, thread=thread)
        finally:
            self._pace(unit.dest)
        n_contra = sum(a.stance == "contradiction" for a in unit.alerts)
        self.outbox.sent(
            ids,
            sent.via,
            sent.channel_id,
            sent.ts,
            self.clock.now(),
            thread=thread,
            counts=(len(ids) - n_contra, n_contra),
            digest=unit.digest,
            seen=max(a.created for a in unit.alerts),
        )
        report.sent += len(ids)
        return "done"

    def _post_for(self, unit: Unit, thread: SlackThread | None) -> Post:
        statement = self.statements(unit.claim_id)
        in_thread = thread is not None
        ids = [a.id for a in unit.alerts]
        if unit.digest:
            message = render_digest(list(unit.alerts), statement, in_thread=in_thread)
            metadata = {
                "event_type": EVENT_DIGEST,
                "event_payload": {"alert_ids": ids, "claim": unit.claim_id},
            }
        else:
            message = render_alert(
                unit.alerts[0],
                statement,
                in_thread=in_thread,
                outlets=self._outlets(unit.alerts[0]),
            )
            metadata = {
                "event_type": EVENT_ALERT,
                "event_payload": {"alert_id": ids[0], "claim": unit.claim_id},
            }
        return Post(
            channel=unit.channel,
            message=message,
            kind="digest" if unit.digest else "alert",
            alerts=unit.alerts,
            thread_ts=thread.ts if thread else None,
            broadcast=bool(thread) and unit.has_contradiction,
            metadata=metadata,
        )

    def _post_parent(
        self, queued: _Queued, thread: SlackThread | None, report: DeliveryReport
    ) -> str:
        unit = queued.unit
        now = self.clock.now()
        if thread is not None and thread.attempt_started is not None:
            # an earlier parent post may have landed: adopt it rather than post another
            try:
                started = parse_iso(thread.attempt_started) or now
                for found in self.sender.find(
                    unit.channel, (started - LOOKUP_MARGIN).timestamp(), None
                ):
                    if (
                        found.event_type == EVENT_THREAD
                        and found.payload.get("claim") == unit.claim_id
                    ):
                        channel_id = self.outbox.channel_id(unit.channel) or unit.channel
                        self.outbox.thread_posted(unit.claim_id, unit.channel, channel_id, found.ts)
                        return "again"
            except SendError as e:
                return self._failed(queued, [a.id for a in unit.alerts], e, report, lookup=True)
        self.outbox.thread_attempt(unit.claim_id, unit.channel, now)
        message = render_parent(unit.claim_id, self.statements(unit.claim_id), 0, 0, None)
        post = Post(
            channel=unit.channel,
            message=message,
            kind="parent",
            metadata=_thread_metadata(unit.claim_id),
        )
        try:
            sent = self.sender.post(post)
        except SendError as e:
            if not e.unsure:
                self.outbox.thread_failed(unit.claim_id, unit.channel)
            return self._failed(queued, [a.id for a in unit.alerts], e, report, parent=True)
        finally:
            self._pace(unit.dest)
        self.outbox.thread_posted(
            unit.claim_id, unit.channel, sent.channel_id or unit.channel, sent.ts or ""
        )
        return "again"

    def _failed(
        self,
        queued: _Queued,
        ids: list[int],
        e: SendError,
        report: DeliveryReport,
        *,
        thread: SlackThread | None = None,
        parent: bool = False,
        lookup: bool = False,
    ) -> str:
        """Record a failed call for a unit and decide what the pass does next."""
        unit = queued.unit
        now = self.clock.now()
        error = f"{e.code}: {e}"
        # a failed parent post or look-up did not touch the alerts themselves
        unsure = e.unsure and not parent and not lookup
        if e.code in FATAL_ERRORS:
            self.outbox.failed(ids, error, None, unsure=unsure)
            self.halted = (e.code, now + HOLD)
            report.stopped = e.code
            report.failed += len(ids)
            instruction = (
                f"Slack refused the token ({e.code}). Nothing more is sent; every alert stays"
                " pending. Fix SLACK_BOT_TOKEN (reinstall the app or copy a new xoxb- token)"
                " and restart claimwatch, or run `claimwatch alerts --retry`."
            )
            self.outbox.held(f"{e.code}: {instruction}")
            self._tell("", e.code, instruction)
            return "stop"
        if e.code in CHANNEL_ERRORS:
            self.outbox.failed(ids, error, None, unsure=unsure)
            self.holds[unit.channel] = (e.code, now + HOLD)
            report.held_channels.add(unit.channel)
            report.failed += len(ids)
            instruction = (
                f"Slack channel {unit.channel}: {e.code}. Its alerts stay pending: invite the"
                f" bot to {unit.channel} (/invite @claimwatch) or fix the channel name in"
                " config.toml; other channels go on."
            )
            self.outbox.held(f"{e.code}: {instruction}", channel=unit.channel)
            self._tell(unit.channel, e.code, instruction)
            return "hold"
        if e.code == "thread_not_found" and thread is not None:
            # the parent was deleted: start a new thread; the alert was not posted
            self.outbox.thread_gone(unit.claim_id, unit.channel)
            self.outbox.failed(ids, error, now, unsure=False)
            log.warning(
                "thread for %s in %s is gone; starting a new one", unit.claim_id, unit.channel
            )
            return "again"
        if e.transient:
            attempts = max(a.attempts for a in unit.alerts) + 1
            wait = e.retry_after if e.retry_after is not None else backoff(attempts - 1)
            if e.code == "ratelimited":
                # Slack's limit is per channel (per method): hold this channel, not the others
                self._pace(unit.dest, at_least=wait)
            retry_at = now + timedelta(seconds=wait)
            self.outbox.failed(ids, error, retry_at, unsure=unsure)
            if unsure and queued.unsure is None:
                queued.unsure = now
            report.failed += len(ids)
            log.warning(
                "%s %s not delivered (%s); retrying in %.0fs",
                "thread parent for alert" if parent else "alert",
                ",".join(map(str, ids)),
                e,
                wait,
            )
            queued.unit = _bump(unit)
            queued.ready = retry_at
            return "again"
        # Slack rejected this message itself (invalid_blocks, msg_too_long, …): a person
        # has to look; `claimwatch alerts` lists it and `claimwatch alerts --retry` resends
        self.outbox.failed(ids, error, None, unsure=unsure, give_up=True)
        report.failed += len(ids)
        log.error("alert %s rejected by Slack (%s); marked failed", ",".join(map(str, ids)), e)
        return "done"

    def _tell(self, channel: str, code: str, instruction: str) -> None:
        if (channel, code) in self._told:
            return
        self._told.add((channel, code))
        log.error("%s", instruction)

    # ── alerts whose last attempt may have landed ────────────────────────────────
    def _settle_unsure(
        self, alerts: list[PendingAlert], report: DeliveryReport
    ) -> list[PendingAlert]:
        """Record as sent the unsure alerts found in Slack; return what is still to send."""
        unsure = [a for a in alerts if a.unsure_since]
        if not unsure or not self.sender.web_api:
            # a webhook cannot look: an unsure alert is sent again (see README)
            return alerts
        found_ids: dict[int, Found] = {}
        failed_channels: set[str] = set()
        by_channel: dict[str, list[PendingAlert]] = {}
        for a in unsure:
            by_channel.setdefault(a.channel, []).append(a)
        for channel, group in by_channel.items():
            earliest = min(parse_iso(a.unsure_since) or self.clock.now() for a in group)
            places: list[str | None] = [None]
            if self._threaded:
                threads = {
                    t.ts
                    for t in (self.outbox.thread(a.claim_id, channel) for a in group)
                    if t is not None and t.ts
                }
                places += sorted(threads)
            try:
                for thread_ts in places:
                    for alert_id, found in self._find(channel, earliest, thread_ts).items():
                        found_ids.setdefault(alert_id, found)
            except SendError as e:
                failed_channels.add(channel)
                now = self.clock.now()
                ids = [a.id for a in group]
                if e.code in FATAL_ERRORS or e.code in CHANNEL_ERRORS:
                    queued = _Queued(Unit(channel, group[0].claim_id, tuple(group)), now)
                    if self._failed(queued, ids, e, report, lookup=True) == "stop":
                        return []
                    continue
                wait = e.retry_after if e.retry_after is not None else backoff(group[0].attempts)
                self.outbox.failed(
                    ids,
                    f"{e.code}: looking for an earlier attempt: {e}",
                    now + timedelta(seconds=wait),
                )
                log.info("cannot check %s for earlier attempts (%s); retrying later", channel, e)
        still: list[PendingAlert] = []
        by_found: dict[str, list[PendingAlert]] = {}
        for a in alerts:
            if a.channel in failed_channels and a.unsure_since:
                continue
            f = found_ids.get(a.id)
            if f is None:
                still.append(a)
            else:
                by_found.setdefault(f.ts, []).append(a)
        for group in by_found.values():
            thread = None
            if self._threaded:
                thread = self.outbox.thread(group[0].claim_id, group[0].channel)
            self._record_found(group, found_ids[group[0].id], thread, report)
        return still

    def _find(self, channel: str, since: datetime, thread_ts: str | None) -> dict[int, Found]:
        """Alert ids found in the metadata of messages in a channel (or thread) since `since`."""
        target = self.outbox.channel_id(channel) or channel
        oldest = (since - LOOKUP_MARGIN).timestamp()
        out: dict[int, Found] = {}
        for found in self.sender.find(target, oldest, thread_ts):
            for alert_id in _alert_ids(found):
                out.setdefault(alert_id, found)
        return out

    def _record_found(
        self,
        alerts: list[PendingAlert],
        found: Found,
        thread: SlackThread | None,
        report: DeliveryReport,
    ) -> None:
        in_thread = thread if thread is not None and thread.ts else None
        n_contra = sum(a.stance == "contradiction" for a in alerts)
        self.outbox.sent(
            [a.id for a in alerts],
            self.sender.name,
            self.outbox.channel_id(alerts[0].channel),
            found.ts,
            self.clock.now(),
            thread=in_thread,
            counts=(len(alerts) - n_contra, n_contra),
            digest=found.event_type == EVENT_DIGEST,
            attempted=False,
            seen=max(a.created for a in alerts),
        )
        report.found += len(alerts)
        log.info(
            "alert %s was already in Slack (an earlier attempt landed); not sent again",
            ",".join(str(a.id) for a in alerts),
        )

    # ── thread parents ───────────────────────────────────────────────────────────
    def _update_parents(self, deadline: datetime) -> None:
        if not self._threaded:
            return
        for thread in self.outbox.dirty_threads():
            if self.clock.now() > deadline or thread.channel in self.holds:
                continue
            message = render_parent(
                thread.claim_id,
                self.statements(thread.claim_id),
                thread.updates,
                thread.contradictions,
                thread.last_seen,
                self.outbox.claim_outlets(thread.claim_id),
            )
            try:
                self.sender.update(
                    thread.channel_id or thread.channel,
                    thread.ts or "",
                    message,
                    _thread_metadata(thread.claim_id),
                )
            except SendError as e:
                if e.code == "message_not_found":
                    self.outbox.thread_gone(thread.claim_id, thread.channel)
                    continue
                log.info("thread tally for %s not updated (%s); will retry", thread.claim_id, e)
                if e.code == "ratelimited" or e.code in FATAL_ERRORS:
                    return
                continue
            self.outbox.thread_updated(thread)


def _thread_metadata(claim_id: str) -> dict[str, Any]:
    return {"event_type": EVENT_THREAD, "event_payload": {"claim": claim_id}}


def _alert_ids(found: Found) -> list[int]:
    if found.event_type == EVENT_ALERT:
        value = found.payload.get("alert_id")
        return [value] if isinstance(value, int) else []
    if found.event_type == EVENT_DIGEST:
        values = found.payload.get("alert_ids")
        return [v for v in values if isinstance(v, int)] if isinstance(values, list) else []
    return []


def _bump(unit: Unit) -> Unit:
    """The unit with each alert's attempt counted (for backoff within one pass)."""
    from dataclasses import replace

    return replace(unit, alerts=tuple(replace(a, attempts=a.attempts + 1) for a in unit.alerts))
