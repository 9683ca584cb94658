"""An item's article: fetched politely through the feed fetcher, its text extracted.

Politeness and safety, on top of the fetcher's own limits (per-host slots, deadline,
decompression cap, the address guard after every redirect: bot.intake.network):

- at most `rate` article pages a second from one host (`HostPacer`);
- robots.txt honoured (`urllib.robotparser`), fetched through the same fetcher and kept per
  host for a day (an unreachable or failing robots.txt is asked again after an hour, and
  meanwhile nothing of that host is fetched);
- a page is cut at `ARTICLE_MAX_BYTES` (decompressed and as sent) and extracted from what
  came: an article's text is at its start, a 10 MB page is a mistake or an attack;
- only http(s), and a page that is not HTML is not extracted.

Extraction is trafilatura's (`bare_extraction` on the text we fetched: it downloads
nothing), imported only when a page is to be extracted, so a bot that fetches no article
never loads it. A page whose text is no longer than the feed's own (a paywall, a consent
wall, boilerplate) is recorded as "paywall" and not fetched again for the same item.
"""

from __future__ import annotations

import codecs
import hashlib
import re
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any
from urllib.parse import urlsplit
from urllib.robotparser import RobotFileParser

from bot.errors import FetchError
from bot.intake.fetch import Fetcher
from bot.intake.network import TICK
from bot.records import Article
from bot.text import plain_text

#: an article page is cut here (decompressed bytes) when fetched
ARTICLE_MAX_BYTES = 1024 * 1024
#: and here, without its scripts and styles, before extraction: trafilatura's time grows
#: faster than the page (~3 s for 512 KB of paragraphs on one core, ~15 s for 1 MB)
EXTRACT_MAX_BYTES = 512 * 1024
_NOT_TEXT = re.compile(rb"<(script|style|svg|noscript|template)\b.*?</\1\s*>", re.I | re.S)
ROBOTS_MAX_BYTES = 512 * 1024
ARTICLE_ACCEPT = "text/html, application/xhtml+xml;q=0.9, */*;q=0.1"
#: robots.txt is kept this long per host; one that could not be read, ROBOTS_RETRY
ROBOTS_TTL = timedelta(days=1)
ROBOTS_RETRY = timedelta(hours=1)
#: fetch errors that mean "refused by our own rules", not the outlet's failure
_BLOCKED_KINDS = ("blocked_address", "bad_redirect", "bad_url")
_HTML_TYPES = ("text/html", "application/xhtml+xml", "application/xml", "text/xml")
#: a short extracted text with one of these is a wall, not an article
_WALL = re.compile(
    r"\b(subscri(?:be|ption)|sign in|log in|cookies?|consent|paywall|"
    r"already a (?:member|subscriber)|accept all)\b",
    re.IGNORECASE,
)
#: below this many characters, a text with wall words is taken for a wall
_WALL_MAX_CHARS = 600
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_HTML_LANG = re.compile(rb"""<html[^>]*\blang\s*=\s*["']?([A-Za-z]{2,3}(?:-[A-Za-z0-9]+)?)""", re.I)


class HostPacer:
    """At most `rate` requests a second to one host: each waits for its turn.

    `monotonic` and `sleep` are injectable (tests); waiting ends at `stop`.
    """

    def __init__(
        self,
        rate: float,
        stop: threading.Event,
        *,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        self.rate = rate
        self._stop = stop
        self._monotonic = monotonic
        self._next: dict[str, float] = {}
        self._lock = threading.Lock()

    def wait(self, host: str) -> None:
        """Wait for the host's next turn (FetchError "stopped" when the bot stops)."""
        with self._lock:
            now = self._monotonic()
            turn = max(now, self._next.get(host, now))
            self._next[host] = turn + 1.0 / self.rate
        while (left := turn - self._monotonic()) > 0:
            if self._stop.wait(min(left, TICK)):
                raise FetchError("stopped: claimwatch is shutting down", kind="stopped")


@dataclass(slots=True)
class _Robots:
    parser: RobotFileParser | None
    #: when this answer is asked again
    until: datetime
    #: None, or why nothing of the host may be fetched for now
    refusal: str | None = None


class RobotsCache:
    """robots.txt per origin (scheme, host, port), each kept for a day."""

    def __init__(self, fetcher: Fetcher, user_agent: str, now: Callable[[], datetime]) -> None:
        self.fetcher = fetcher
        self.user_agent = user_agent
        self._now = now
        self._cache: dict[str, _Robots] = {}
        self._locks: dict[str, threading.Lock] = {}
        self._lock = threading.Lock()
        #: robots.txt fetched so far (for tests and counts)
        self.fetched = 0

    def refusal(self, url: str, feed_url: str) -> str | None:
        """None when robots.txt lets us fetch url, else why not."""
        parts = urlsplit(url)
        origin = f"{parts.scheme}://{parts.netloc}"
        with self._lock:
            lock = self._locks.setdefault(origin, threading.Lock())
        with lock:  # one robots.txt fetch per origin at a time
            entry = self._cache.get(origin)
            if entry is None or entry.until <= self._now():
                entry = self._cache[origin] = self._read(origin, feed_url)
        if entry.refusal is not None:
            return entry.refusal
        assert entry.parser is not None
        if entry.parser.can_fetch(self.user_agent, url):
            return None
        return "robots.txt disallows it"

    def _read(self, origin: str, feed_url: str) -> _Robots:
        now = self._now()
        parser = RobotFileParser(origin + "/robots.txt")
        self.fetched += 1
        try:
            result = self.fetcher.fetch(
                origin + "/robots.txt",
                feed_url=feed_url,
                accept="text/plain, */*;q=0.5",
                cut_at=ROBOTS_MAX_BYTES,
            )
        except FetchError as e:
            if e.kind in ("http_401", "http_403"):
                parser.parse(["User-agent: *", "Disallow: /"])  # as RobotFileParser.read
            elif e.kind.startswith("http_4"):
                parser.parse([])  # no robots.txt: everything is allowed
            elif e.kind in _BLOCKED_KINDS:
                # a host this fetch may not reach (a private address): the page is refused
                # the same way, and that refusal says why
                parser.parse([])
            elif e.kind == "stopped":
                raise
            else:  # 5xx, network: ask again in an hour, fetch nothing meanwhile
                return _Robots(None, now + ROBOTS_RETRY, f"robots.txt could not be read: {e}")
            return _Robots(parser, now + ROBOTS_TTL)
        parser.parse(result.body.decode("utf-8", "replace").splitlines())
        return _Robots(parser, now + ROBOTS_TTL)


class ArticleFetcher:
    """Fetch and extract articles (thread-safe: call `fetch` from worker threads)."""

    def __init__(
        self,
        fetcher: Fetcher,
        user_agent: str,
        now: Callable[[], datetime],
        *,
        rate: float = 1.0,
    ) -> None:
        self.fetcher = fetcher
        self.pacer = HostPacer(rate, fetcher._stop)
        self.robots = RobotsCache(fetcher, user_agent, now)

    def fetch(self, url: str, *, feed_url: str, feed_text: str) -> Article:
        """The article at url (an item's link), as an Article whatever happens; FetchError
        only for "stopped". `feed_url` decides whether private addresses may be used (as
        for the feed); `feed_text` is what the feed said (the article must say more)."""
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            return Article(url, "blocked", error="not an http(s) URL")
        try:
            refusal = self.robots.refusal(url, feed_url)
            if refusal is not None:
                return Article(url, "robots", error=refusal)
            self.pacer.wait(parts.hostname.lower())
            result = self.fetcher.fetch(
                url,
                feed_url=feed_url,
                accept=ARTICLE_ACCEPT,
                cut_at=ARTICLE_MAX_BYTES,
                # robots.txt of every host a redirect leads to, before it is asked
                may_follow=lambda nxt: self.robots.refusal(nxt, feed_url),
            )
        except FetchError as e:
            if e.kind == "stopped":
                raise
            if e.kind == "refused_redirect":
                return Article(url, "robots", error=f"redirected: {e}")
            status = "blocked" if e.kind in _BLOCKED_KINDS else "failed"
            code = int(e.kind[5:]) if e.kind.startswith("http_") else None
            return Article(url, status, error=str(e), http_status=code)
        head = Article(url, "failed", final_url=result.final_url, http_status=result.status)
        kind = (result.content_type or "text/html").split(";")[0].strip().lower()
        if kind not in _HTML_TYPES:
            return _with(head, error=f"not an HTML page ({kind})")
        try:
            found = extract_page(result.body, result.content_type, result.final_url)
        except Exception as e:  # an extractor's bug on one page is that page's failure
            return _with(head, error=f"extraction failed: {type(e).__name__}: {e}"[:300])
        return judge(_with(head, cut=result.cut), found, feed_text)


def _with(article: Article, **changes: Any) -> Article:
    from dataclasses import replace

    return replace(article, **changes)


@dataclass(frozen=True, slots=True)
class Extracted:
    """What trafilatura found on a page."""

    #: main text, one paragraph a line
    text: str
    title: str | None = None
    published: str | None = None
    language: str | None = None


def judge(head: Article, found: Extracted | None, feed_text: str) -> Article:
    """The article as recorded: ok when the page says more than the feed did, else a wall
    ("paywall": a paywall, a consent page, boilerplate or nothing). Pure."""
    lines = [p for p in (line.strip() for line in (found.text if found else "").split("\n")) if p]
    if lines and found is not None and found.title and lines[0] == found.title.strip():
        del lines[0]  # the headline: paragraphs are counted from the story's first
    text = "\n".join(lines)
    feed = plain_text(feed_text)
    if not text or len(text) <= len(feed):
        why = "nothing extracted" if not text else "no more text than the feed's"
        return _with(head, status="paywall", error=why)
    if len(text) < _WALL_MAX_CHARS and _WALL.search(text):
        return _with(head, status="paywall", error="a paywall or consent page")
    assert found is not None
    return _with(
        head,
        status="ok",
        text=text,
        title=found.title,
        published=found.published,
        language=found.language,
        content_hash=hashlib.sha256(text.encode("utf-8")).hexdigest(),
        error=None,
    )


def decode_page(body: bytes, content_type: str | None) -> str | bytes:
    """The page as text in its declared charset (HTTP header first, then <meta>); the
    bytes as they are when none is declared or known (trafilatura guesses then)."""
    declared = None
    if content_type and "charset=" in content_type.lower():
        declared = content_type.lower().split("charset=", 1)[1].split(";")[0].strip(" \"'")
    if not declared and (m := _META_CHARSET.search(body[:4096])):
        declared = m.group(1).decode("ascii", "replace")
    if declared:
        try:
            codec = codecs.lookup(declared).name
        except LookupError:
            return body
        return body.decode(codec, "replace")
    return body


def extract_page(body: bytes, content_type: str | None, url: str) -> Extracted | None:
    """trafilatura's reading of a page (None: no main text found). Imports trafilatura."""
    import trafilatura

    if len(body) > EXTRACT_MAX_BYTES:
        body = _NOT_TEXT.sub(b"", body)[:EXTRACT_MAX_BYTES]
    html = decode_page(body, content_type)
    doc = trafilatura.bare_extraction(
        html,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        include_links=False,
        include_images=False,
        # not deduplicate: its cache is global, across pages, so a sentence quoted by a
        # third outlet (a denial, word for word) would vanish from that outlet's article
        deduplicate=False,
        fast=True,  # no second extractor (jusText) over a page the first found nothing in
    )
    if doc is None:
        return None
    text = getattr(doc, "text", None) or ""
    language = getattr(doc, "language", None)
    if not language and (m := _HTML_LANG.search(body[:4096])):
        language = m.group(1).decode("ascii").lower()
    return Extracted(
        text=text,
        title=getattr(doc, "title", None),
        published=getattr(doc, "date", None),
        language=language,
    )
