"""Fetching feeds over HTTP with hard limits.

Limits that hold whatever the server does: one deadline per fetch from the name lookup to
the last byte (a server dripping its headers or its body a byte at a time cannot hold a
worker: bot.intake.network), a connect timeout and a timeout on each read, a cap on the
body enforced while reading (a lying or absent Content-Length does not matter) and on the
decompressed size (gzip bombs), a cap on redirects, at most N requests at once per host.
No connection goes to a loopback, private, link-local or otherwise non-public address
unless the feed is itself on one (bot.intake.network), and `stop` ends every fetch at once.

httpcore does the HTTP, through bot.intake.network's backend; redirects are followed here
(httpx's client, used before, parsed every Location itself, so a `javascript:` one was an
internal error rather than a refused redirect).
"""

from __future__ import annotations

import hashlib
import threading
import time
import zlib
from collections import defaultdict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from urllib.parse import urljoin, urlsplit

import httpcore

from bot.errors import FetchError
from bot.intake._httpx import httpx
from bot.intake.network import TICK, FetchLimits, GuardedBackend, Network, is_private_url, limits
from bot.intake.timing import parse_retry_after
from bot.records import FetchResult

MAX_REDIRECTS = 5
#: a read that waits longer than this fails (the total deadline bounds the whole fetch)
READ_TIMEOUT = 10.0
_KEEP_HEADERS = ("cache-control", "expires", "retry-after", "date", "age")
_ACCEPT = (
    "application/rss+xml, application/atom+xml, application/rdf+xml,"
    " application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5"
)


class Fetcher:
    """One connection pool shared by all fetches (thread-safe)."""

    def __init__(
        self,
        user_agent: str,
        *,
        timeout: float = 30.0,
        connect_timeout: float = 10.0,
        max_size: int = 10 * 1024 * 1024,
        per_host: int = 2,
        max_connections: int = 64,
        allow_private: bool = False,
        network: Network | None = None,
    ) -> None:
        self.timeout = timeout
        self.connect_timeout = min(connect_timeout, timeout)
        #: longest wait for any one read; a server silent for longer is cut off
        self.read_timeout = min(READ_TIMEOUT, timeout)
        self.max_size = max_size
        self.per_host = per_host
        #: every feed may reach private addresses ([bot] allow_private_addresses)
        self.allow_private = allow_private
        self._headers = [
            (b"User-Agent", user_agent.encode("ascii")),
            (b"Accept", _ACCEPT.encode("ascii")),
            (b"Accept-Encoding", b"gzip, deflate"),
        ]
        self._pool = httpcore.ConnectionPool(
            ssl_context=httpx.create_ssl_context(trust_env=False),
            max_connections=max_connections,
            max_keepalive_connections=32,
            keepalive_expiry=5.0,  # as httpx's client had it
            network_backend=GuardedBackend(network),
        )
        self._host_slots: defaultdict[str, threading.BoundedSemaphore] = defaultdict(
            lambda: threading.BoundedSemaphore(self.per_host)
        )
        self._slots_lock = threading.Lock()
        self._stop = threading.Event()

    def stop(self) -> None:
        """End every fetch in flight within a fraction of a second (FetchError with kind
        "stopped"), and every fetch after: the bot is shutting down. Safe from a signal
        handler and from any thread."""
        self._stop.set()

    @property
    def stopped(self) -> bool:
        return self._stop.is_set()

    def close(self) -> None:
        self._pool.close()

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _slot(self, url: str) -> threading.BoundedSemaphore:
        host = (urlsplit(url).hostname or "").lower()
        with self._slots_lock:
            return self._host_slots[host]

    @contextmanager
    def _host_slot(self, url: str) -> Iterator[None]:
        """One of the host's `per_host` slots (waiting for it ends when stopped)."""
        slot = self._slot(url)
        while True:
            if self._stop.is_set():
                raise FetchError("stopped: claimwatch is shutting down", kind="stopped")
            if slot.acquire(timeout=TICK):
                break
        try:
            yield
        finally:
            slot.release()

    def fetch(
        self,
        url: str,
        *,
        etag: str | None = None,
        last_modified: str | None = None,
        body_hash: str | None = None,
        feed_url: str | None = None,
        accept: str | None = None,
        cut_at: int | None = None,
        may_follow: Callable[[str], str | None] | None = None,
    ) -> FetchResult:
        """Fetch one feed (or, with `accept` and `cut_at`, a page: bot.intake.article). Raises FetchError (with a kind) for anything but 200 and 304.

        `feed_url` is the feed's configured URL (default: `url`): when it is on a private
        address or network, this fetch may use private addresses too (an intranet feed);
        otherwise only public ones, unless the fetcher allows private addresses for all.
        The total deadline starts once a per-host slot is free: waiting for other feeds of
        the same host is not this feed's fault. A body whose SHA-256 is `body_hash` (the
        last body parsed, from a server that ignores conditional requests) comes back as
        `same_body`, without its bytes: they are never joined into one copy.

        `accept` replaces the Accept header; `cut_at` keeps the first `cut_at` bytes of a
        bigger body (decompressed and as sent) and returns them marked `cut`, instead of
        refusing the body. `may_follow` is asked before each redirect is followed: a reason
        it returns refuses it (FetchError, kind "refused_redirect": robots.txt of the host
        an article redirects to).
        """
        private_ok = self.allow_private or is_private_url(feed_url or url)
        headers: list[tuple[bytes, bytes]] = []
        if accept:
            headers.append((b"Accept", accept.encode("ascii")))
        if etag:
            headers.append((b"If-None-Match", etag.encode("latin-1", "replace")))
        if last_modified:
            headers.append((b"If-Modified-Since", last_modified.encode("latin-1", "replace")))
        current = url
        permanent = True
        seen = {url}
        fetch: FetchLimits | None = None
        for _ in range(MAX_REDIRECTS + 1):
            with self._host_slot(current):
                if fetch is None:
                    fetch = FetchLimits(
                        deadline=time.monotonic() + self.timeout,
                        timeout=self.timeout,
                        private_ok=private_ok,
                        stop=self._stop,
                    )
                with limits(fetch):
                    status, resp_headers, body, digest, cut = self._request(
                        current, headers, fetch.deadline, body_hash, cut_at
                    )
            if status in (301, 302, 303, 307, 308):
                location = resp_headers.get("location")
                if not location:
                    raise FetchError(f"HTTP {status} without a Location", kind=f"http_{status}")
                nxt = _redirect_target(current, location)
                if nxt in seen:
                    raise FetchError(f"redirect loop at {_printable(nxt)}", kind="redirect_loop")
                seen.add(nxt)
                if may_follow is not None and (why := may_follow(nxt)) is not None:
                    raise FetchError(why, kind="refused_redirect")
                permanent = permanent and status in (301, 308)
                current = nxt
                continue
            kept = {k: v for k, v in resp_headers.items() if k in _KEEP_HEADERS}
            if status in (200, 304):
                return FetchResult(
                    url=url,
                    final_url=current,
                    status=status,
                    body=body,
                    content_type=resp_headers.get("content-type"),
                    etag=resp_headers.get("etag") or (etag if status == 304 else None),
                    last_modified=resp_headers.get("last-modified")
                    or (last_modified if status == 304 else None),
                    headers=kept,
                    permanent_redirect=permanent and current != url,
                    body_hash=digest,
                    same_body=digest is not None and digest == body_hash,
                    cut=cut,
                )
            retry_after = parse_retry_after(
                resp_headers.get("retry-after"), resp_headers.get("date")
            )
            kind = "gone" if status == 410 else f"http_{status}"
            raise FetchError(f"HTTP {status}", kind=kind, retry_after=retry_after)
        raise FetchError(f"more than {MAX_REDIRECTS} redirects", kind="too_many_redirects")

    def _request(
        self,
        url: str,
        headers: list[tuple[bytes, bytes]],
        deadline: float,
        known_hash: str | None,
        cut_at: int | None = None,
    ) -> tuple[int, dict[str, str], bytes, str | None, bool]:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise FetchError(f"no answer within {self.timeout:g}s", kind="timeout")
        target, host = _target(url)
        names = {name.lower() for name, _ in headers}
        base = [h for h in self._headers if h[0].lower() not in names]
        try:
            with self._pool.stream(
                "GET",
                target,
                headers=[(b"Host", host), *base, *headers],
                extensions={
                    "timeout": {
                        "connect": self.connect_timeout,
                        "read": self.read_timeout,
                        "write": self.read_timeout,
                        "pool": remaining,
                    }
                },
            ) as resp:
                resp_headers = _header_dict(resp.headers)
                if resp.status != 200:
                    return resp.status, resp_headers, b"", None, False
                decoder = self._read_body(resp, resp_headers, deadline, cut_at)
                digest = decoder.hash.hexdigest()
                body = b"" if digest == known_hash else decoder.finish()
                return resp.status, resp_headers, body, digest, decoder.cut
        except FetchError:
            raise
        except httpcore.TimeoutException as e:
            raise FetchError(f"timed out ({type(e).__name__})", kind="timeout") from e
        except httpcore.ConnectError as e:
            raise FetchError(f"cannot connect: {_reason(e)}", kind="connect") from e
        except httpcore.RemoteProtocolError as e:
            raise FetchError(f"broken response: {_reason(e)}", kind="truncated") from e
        except (httpcore.NetworkError, httpcore.ProtocolError, httpcore.UnsupportedProtocol) as e:
            raise FetchError(f"{type(e).__name__}: {_reason(e)}", kind="network") from e

    def _read_body(
        self,
        resp: httpcore.Response,
        headers: dict[str, str],
        deadline: float,
        cut_at: int | None = None,
    ) -> _Decoder:
        declared = headers.get("content-length")
        if cut_at is None and declared and declared.isdigit() and int(declared) > self.max_size:
            raise FetchError(
                f"body of {int(declared)} bytes is over the {self.max_size}-byte limit",
                kind="too_large",
            )
        encoding = headers.get("content-encoding", "").strip().lower()
        decoder = _Decoder(encoding, cut_at or self.max_size, cut=cut_at is not None)
        raw_total = 0
        for chunk in resp.iter_stream():
            raw_total += len(chunk)
            if cut_at is not None and raw_total > cut_at:
                decoder.cut = True  # as sent: a compressed body is cut here too
                chunk = chunk[: len(chunk) - (raw_total - cut_at)]
            elif raw_total > self.max_size:
                raise FetchError(f"body over the {self.max_size}-byte limit", kind="too_large")
            decoder.feed(chunk)
            if decoder.cut:
                return decoder  # the rest is never read: the connection is closed

            if time.monotonic() > deadline:
                raise FetchError(
                    f"body not complete within {self.timeout:g}s (server too slow)", kind="timeout"
                )
        if declared and declared.isdigit() and raw_total < int(declared):
            raise FetchError(f"body truncated: {raw_total} of {declared} bytes", kind="truncated")
        decoder.flush()
        return decoder


def _target(url: str) -> tuple[httpcore.URL, bytes]:
    """httpcore's URL for url (IDNA and percent-encoding done by httpx), and its Host."""
    try:
        parsed = httpx.URL(url)
    except (httpx.InvalidURL, ValueError, TypeError) as e:
        raise FetchError(f"invalid URL {_printable(url)}: {e}", kind="bad_url") from e
    if parsed.scheme not in ("http", "https") or not parsed.raw_host:
        raise FetchError(f"not an http(s) URL: {_printable(url)}", kind="bad_url")
    target = httpcore.URL(
        scheme=parsed.raw_scheme, host=parsed.raw_host, port=parsed.port, target=parsed.raw_path
    )
    return target, parsed.netloc


def _redirect_target(current: str, location: str) -> str:
    """The absolute URL a Location leads to; a refused redirect (FetchError, kind
    "bad_redirect") for one that is not an http(s) URL (javascript:, data:, file:, ...)."""
    try:
        nxt = urljoin(current, location.strip())
        parts = urlsplit(nxt)
        scheme, host = parts.scheme.lower(), parts.hostname
    except ValueError:
        raise FetchError(
            f"refused redirect to an invalid URL: {_printable(location)}", kind="bad_redirect"
        ) from None
    if scheme not in ("http", "https"):
        raise FetchError(
            f"refused redirect to a non-HTTP URL: {_printable(nxt)}", kind="bad_redirect"
        )
    if not host:
        raise FetchError(
            f"refused redirect to a URL without a host: {_printable(nxt)}", kind="bad_redirect"
        )
    return nxt


def _header_dict(raw: list[tuple[bytes, bytes]]) -> dict[str, str]:
    """Response headers by lower-case name, repeated ones joined with ", " (as httpx did)."""
    out: dict[str, str] = {}
    for name, value in raw:
        key = name.decode("latin-1").lower()
        try:
            text = value.decode("utf-8")
        except UnicodeDecodeError:
            text = value.decode("latin-1")
        out[key] = f"{out[key]}, {text}" if key in out else text
    return out


def _printable(text: str, limit: int = 200) -> str:
    """Text from a server as it may appear in a message: control characters escaped, cut."""
    shown = "".join(
        c if c.isprintable() else c.encode("unicode_escape").decode() for c in text[:limit]
    )
    return shown + ("…" if len(text) > limit else "")


class _Decoder:
    """Content-Encoding decoding with a cap on the decoded size."""

    def __init__(self, encoding: str, limit: int, *, cut: bool = False) -> None:
        self.limit = limit
        #: keep the first `limit` bytes of a bigger body instead of refusing it
        self.cutting = cut
        #: True once the body was cut
        self.cut = False
        self.parts: list[bytes] = []
        self.size = 0
        #: SHA-256 of the decoded bytes so far
        self.hash = hashlib.sha256()
        self.z: zlib._Decompress | None = None
        if encoding in ("gzip", "x-gzip"):
            self.z = zlib.decompressobj(16 + zlib.MAX_WBITS)
        elif encoding == "deflate":
            self.z = zlib.decompressobj()
        elif encoding not in ("", "identity"):
            raise FetchError(f"unsupported Content-Encoding {encoding!r}", kind="bad_encoding")

    def _add(self, data: bytes) -> None:
        if self.cutting and self.size + len(data) > self.limit:
            data = data[: self.limit - self.size]
            self.cut = True
        self.size += len(data)
        if self.size > self.limit:
            raise FetchError(
                f"decompressed body over the {self.limit}-byte limit", kind="too_large"
            )
        self.parts.append(data)
        self.hash.update(data)

    def feed(self, chunk: bytes) -> None:
        if self.z is None:
            self._add(chunk)
            return
        try:
            data = self.z.decompress(chunk, self.limit - self.size + 1)
            self._add(data)
            while self.z.unconsumed_tail and not self.cut:
                data = self.z.decompress(self.z.unconsumed_tail, self.limit - self.size + 1)
                self._add(data)
        except zlib.error as e:
            raise FetchError(f"corrupt compressed body: {e}", kind="bad_encoding") from e

    def flush(self) -> None:
        """The end of the body: decode what the decompressor still holds."""
        if self.z is not None:
            try:
                self._add(self.z.flush())
            except zlib.error as e:
                raise FetchError(f"corrupt compressed body: {e}", kind="bad_encoding") from e
            self.z = None

    def finish(self) -> bytes:
        """The whole decoded body, in one piece (after flush)."""
        body = b"".join(self.parts)
        self.parts = []
        return body


def _reason(e: Exception) -> str:
    text = str(e) or type(e).__name__
    return text.splitlines()[0][:200]
