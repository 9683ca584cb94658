"""Several machines on one PostgreSQL: procrastinate's work queue, in the same database.

`claimwatch worker` runs jobs; `claimwatch run` on PostgreSQL runs a worker that also
dispatches (`worker --dispatch`). Jobs (bot.cluster.jobs):

- ``dispatch`` (periodic, every `tick` seconds; procrastinate defers one per tick across
  the cluster): claims the due feeds (FOR UPDATE SKIP LOCKED, a lease on their next poll,
  bot.store.postgres.claim_due) and defers one ``poll`` per feed, with a queueing lock on
  the feed (never two waiting; the lease keeps two from running: a claimed feed is not
  claimed again before its poll is recorded or the lease ends). No procrastinate `lock`:
  checking it against thousands of waiting jobs was most of the database's work. It defers a
  ``deliver`` per channel with alerts due, and retries the jobs of workers whose
  heartbeat stopped (procrastinate's stalled jobs).
- ``poll`` (one feed): fetch, parse, match and store it (Poller.poll_one); a retried job
  whose earlier run already recorded the poll does nothing. Alerts written: a
  ``deliver`` for their channel.
- ``deliver`` (one Slack channel; a procrastinate lock on the channel, so one at a time
  across the cluster): the outbox's pass for that channel (bot.slack.deliver), with the
  same marks before and after each Slack call, so an attempt cut short is looked up in the
  channel before anything is sent again.

`nodes` records which configuration each node runs (`claimwatch feeds`/`health` warn when
they differ); `migrate` copies a SQLite database into PostgreSQL.

May import anything below the CLI; imported only on PostgreSQL's code paths (it imports
procrastinate and psycopg).
"""
