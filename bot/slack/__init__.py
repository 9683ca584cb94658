"""Alert delivery: rendering messages (`render`, pure), what a sender is (`protocol`: the
`Sender` protocol, posts and answers, Slack errors classed), grouping a pass's alerts into
messages (`plan`, pure), sending the outbox (`deliver`: pacing, threads, retries, the
unclear-attempt look-up) and the senders (`senders`: Slack, webhook, console).

May import: `bot.records`, `bot.errors`, `bot.clock`, `bot.store`. Never imports intake,
matching, stories, toolkit or cli.
"""
