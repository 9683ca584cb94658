"""Alert delivery: rendering messages (`render`, pure), sending the outbox (`deliver`:
pacing, threads, retries, the unclear-attempt look-up) and the senders (`senders`: Slack,
webhook, console).

May import: `bot.records`, `bot.errors`, `bot.clock`, `bot.store`. Never imports intake,
matching, stories, toolkit or cli.
"""
