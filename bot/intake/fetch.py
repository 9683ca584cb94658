"""Fetching feeds over HTTP with hard limits.

Limits that hold whatever the server does: connect and read timeouts, a total deadline
per fetch (a server dripping a byte a second cannot hold a worker), a cap on the body
enforced while reading (a lying or absent Content-Length does not matter) and on the
decompressed size (gzip bombs), a cap on redirects, at most N requests at once per host.
"""

from __future__ import annotations

import hashlib
import socket
import threading
import time
import zlib
from collections import defaultdict
from urllib.parse import urljoin, urlsplit

from bot.errors import FetchError
from bot.intake._httpx import httpx
from bot.intake.timing import parse_retry_after
from bot.records import FetchResult

MAX_REDIRECTS = 5
#: a read that waits longer than this fails (the total deadline bounds the whole fetch)
READ_TIMEOUT = 10.0
_KEEP_HEADERS = ("cache-control", "expires", "retry-after", "date", "age")


class Fetcher:
    """One HTTP client shared by all fetches (thread-safe)."""

    def __init__(
        self,
        user_agent: str,
        *,
        timeout: float = 30.0,
        connect_timeout: float = 10.0,
        max_size: int = 10 * 1024 * 1024,
        per_host: int = 2,
        max_connections: int = 64,
    ) -> None:
        self.timeout = timeout
        self.connect_timeout = min(connect_timeout, timeout)
        #: longest wait for any one read; a server silent for longer is cut off
        self.read_timeout = min(READ_TIMEOUT, timeout)
        self.max_size = max_size
        self.per_host = per_host
        self._client = httpx.Client(
            headers={
                "User-Agent": user_agent,
                "Accept": "application/rss+xml, application/atom+xml, application/rdf+xml,"
                " application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5",
                "Accept-Encoding": "gzip, deflate",
            },
            timeout=httpx.Timeout(self.read_timeout, connect=self.connect_timeout),
            follow_redirects=False,
            limits=httpx.Limits(max_connections=max_connections, max_keepalive_connections=32),
            trust_env=False,
        )
        self._host_slots: defaultdict[str, threading.BoundedSemaphore] = defaultdict(
            lambda: threading.BoundedSemaphore(self.per_host)
        )
        self._slots_lock = threading.Lock()

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _slot(self, url: str) -> threading.BoundedSemaphore:
        host = (urlsplit(url).hostname or "").lower()
        with self._slots_lock:
            return self._host_slots[host]

    def fetch(
        self,
        url: str,
        *,
        etag: str | None = None,
        last_modified: str | None = None,
        body_hash: str | None = None,
    ) -> FetchResult:
        """Fetch one feed. Raises FetchError (with a kind) for anything but 200 and 304.

        The total deadline starts once a per-host slot is free: waiting for other feeds of
        the same host is not this feed's fault. A body whose SHA-256 is `body_hash` (the
        last body parsed, from a server that ignores conditional requests) comes back as
        `same_body`, without its bytes: they are never joined into one copy.
        """
        deadline: float | None = None
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        current = url
        permanent = True
        seen = {url}
        for _ in range(MAX_REDIRECTS + 1):
            with self._slot(current):
                if deadline is None:
                    deadline = time.monotonic() + self.timeout
                status, resp_headers, body, digest = self._request(
                    current, headers, deadline, body_hash
                )
            if status in (301, 302, 303, 307, 308):
                location = resp_headers.get("location")
                if not location:
                    raise FetchError(f"HTTP {status} without a Location", kind=f"http_{status}")
                nxt = urljoin(current, location)
                if urlsplit(nxt).scheme not in ("http", "https"):
                    raise FetchError(f"redirect to a non-HTTP URL: {nxt}", kind="bad_redirect")
                if nxt in seen:
                    raise FetchError(f"redirect loop at {nxt}", kind="redirect_loop")
                seen.add(nxt)
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
                )
            retry_after = parse_retry_after(
                resp_headers.get("retry-after"), resp_headers.get("date")
            )
            kind = "gone" if status == 410 else f"http_{status}"
            raise FetchError(f"HTTP {status}", kind=kind, retry_after=retry_after)
        raise FetchError(f"more than {MAX_REDIRECTS} redirects", kind="too_many_redirects")

    def _request(
        self, url: str, headers: dict[str, str], deadline: float, known_hash: str | None
    ) -> tuple[int, dict[str, str], bytes, str | None]:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise FetchError(f"no answer within {self.timeout:g}s", kind="timeout")
        try:
            with self._client.stream(
                "GET",
                url,
                headers=headers,
                timeout=httpx.Timeout(
                    min(remaining, self.read_timeout),
                    connect=min(remaining, self.connect_timeout),
                    pool=remaining,
                ),
            ) as resp:
                resp_headers = {k.lower(): v for k, v in resp.headers.items()}
                if resp.status_code != 200:
                    return resp.status_code, resp_headers, b"", None
                decoder = self._read_body(resp, resp_headers, deadline)
                digest = decoder.hash.hexdigest()
                body = b"" if digest == known_hash else decoder.finish()
                return resp.status_code, resp_headers, body, digest
        except FetchError:
            raise
        except httpx.TimeoutException as e:
            raise FetchError(f"timed out ({type(e).__name__})", kind="timeout") from e
        except httpx.ConnectError as e:
            if _caused_by(e, socket.gaierror):
                host = urlsplit(url).hostname or url
                raise FetchError(f"cannot resolve host {host}: {_reason(e)}", kind="dns") from e
            raise FetchError(f"cannot connect: {_reason(e)}", kind="connect") from e
        except httpx.RemoteProtocolError as e:
            raise FetchError(f"broken response: {_reason(e)}", kind="truncated") from e
        except httpx.HTTPError as e:
            raise FetchError(f"{type(e).__name__}: {_reason(e)}", kind="network") from e

    def _read_body(
        self, resp: httpx.Response, headers: dict[str, str], deadline: float
    ) -> _Decoder:
        declared = headers.get("content-length")
        if declared and declared.isdigit() and int(declared) > self.max_size:
            raise FetchError(
                f"body of {int(declared)} bytes is over the {self.max_size}-byte limit",
                kind="too_large",
            )
        encoding = headers.get("content-encoding", "").strip().lower()
        decoder = _Decoder(encoding, self.max_size)
        raw_total = 0
        for chunk in resp.iter_raw():  # no chunk_size: it would buffer past the deadline
            raw_total += len(chunk)
            if raw_total > self.max_size:
                raise FetchError(f"body over the {self.max_size}-byte limit", kind="too_large")
            decoder.feed(chunk)
            if time.monotonic() > deadline:
                raise FetchError(
                    f"body not complete within {self.timeout:g}s (server too slow)", kind="timeout"
                )
        if declared and declared.isdigit() and raw_total < int(declared):
            raise FetchError(f"body truncated: {raw_total} of {declared} bytes", kind="truncated")
        decoder.flush()
        return decoder


class _Decoder:
    """Content-Encoding decoding with a cap on the decoded size."""

    def __init__(self, encoding: str, limit: int) -> None:
        self.limit = limit
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
            while self.z.unconsumed_tail:
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


def _caused_by(e: BaseException, kind: type[BaseException]) -> bool:
    seen: set[int] = set()
    cur: BaseException | None = e
    while cur is not None and id(cur) not in seen:
        if isinstance(cur, kind):
            return True
        seen.add(id(cur))
        cur = cur.__cause__ or cur.__context__
    return False


def _reason(e: Exception) -> str:
    text = str(e) or type(e).__name__
    return text.splitlines()[0][:200]
