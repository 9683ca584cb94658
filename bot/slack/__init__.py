"""Alert delivery: rendering messages (pure) and sending the outbox (Slack, webhook, console)."""
