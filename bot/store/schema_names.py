"""The names of the schema's migrations (bot.store.schema), without sqlite-utils.

A store checks these against ``_sqlite_migrations`` to see whether any migration is
pending, so a database at the latest schema never imports sqlite-utils. A test keeps this
list equal to the migrations registered in bot.store.schema.
"""

from __future__ import annotations

#: the migration set in ``_sqlite_migrations``
MIGRATION_SET = "claimwatch"

#: every migration of bot.store.schema, by name
MIGRATIONS = (
    "0001_initial",
    "0002_slack_threads",
    "0003_feed_health",
    "0004_toolkit_views",
    "0005_stories",
    "0006_retry_requests",
    "0007_alert_destination",
    "0008_story_features",
    "0009_articles",
)
