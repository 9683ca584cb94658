"""Loopback test servers: a scripted feed server and a Slack Web API stand-in.

Both bind 127.0.0.1 on an ephemeral port, run in background threads, and record every
request. Import from here (``from support import FeedServer, SlackStandIn``).
"""

from .feed_server import (
    ATOM_TYPE,
    HTML_TYPE,
    RSS_TYPE,
    FeedServer,
    RecordedRequest,
    Reply,
    atom_document,
    drop,
    garbage,
    gzip_bomb,
    html_page,
    redirect,
    rss_document,
    slow_drip,
    static,
    status,
    stream,
    truncated,
)
from .slack_standin import RecordedCall, SlackStandIn, StoredMessage

__all__ = [
    "ATOM_TYPE",
    "HTML_TYPE",
    "RSS_TYPE",
    "FeedServer",
    "RecordedCall",
    "RecordedRequest",
    "Reply",
    "SlackStandIn",
    "StoredMessage",
    "atom_document",
    "drop",
    "garbage",
    "gzip_bomb",
    "html_page",
    "redirect",
    "rss_document",
    "slow_drip",
    "static",
    "status",
    "stream",
    "truncated",
]
