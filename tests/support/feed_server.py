"""A feed-serving HTTP server on 127.0.0.1 for tests that cross the wire.

Each path gets a script of :class:`Reply` objects (the last one repeats).  Replies are
built with the small factory functions below (``static``, ``redirect``, ``status``,
``slow_drip``, ``truncated``, ``stream``, ``gzip_bomb``, ``drop``, ...), so a test reads
like the scenario it plays::

    with FeedServer() as feeds:
        feeds.route("/old", redirect("/feed.xml", 301))
        feeds.add("/feed.xml", rss_document([{"title": "A", "link": "https://x/a"}]))
        ...
        assert feeds.requests_for("/feed.xml")[1].header("If-None-Match")

The module also holds :class:`LoopbackHTTPServer`, the threaded server both stand-ins run
on: it binds only 127.0.0.1, tracks open connections so ``stop()`` can cut idle
keep-alive sockets, and joins every handler thread on close (no stray threads or
unclosed sockets under ``filterwarnings = error``).
"""

from __future__ import annotations

import contextlib
import gzip as gzip_module
import hashlib
import http.server
import io
import ipaddress
import socket
import threading
import time
import zlib
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from email.utils import format_datetime, formatdate, parsedate_to_datetime
from typing import Any, Literal, Self
from xml.sax.saxutils import escape

from bot.intake.network import Network

LOOPBACK = "127.0.0.1"

RSS_TYPE = "application/rss+xml; charset=utf-8"
ATOM_TYPE = "application/atom+xml; charset=utf-8"
HTML_TYPE = "text/html; charset=utf-8"

#: Fixed start for ``Last-Modified`` so tests are deterministic; each ``set`` moves it on by
#: at least one second (HTTP dates have one-second resolution).
_EPOCH_LAST_MODIFIED = 1_700_000_000.0


# --------------------------------------------------------------------------------------
# The threaded loopback server both stand-ins run on


class LoopbackHTTPServer(http.server.ThreadingHTTPServer):
    """ThreadingHTTPServer bound to 127.0.0.1 that can be stopped cleanly and promptly."""

    daemon_threads = False  # so server_close() joins every handler thread
    block_on_close = True

    def __init__(
        self, handler: type[http.server.BaseHTTPRequestHandler], owner: LoopbackService
    ) -> None:
        self.owner = owner
        self._connections: set[socket.socket] = set()
        self._connections_lock = threading.Lock()
        super().__init__((LOOPBACK, 0), handler)

    def process_request(self, request: Any, client_address: Any) -> None:
        with self._connections_lock:
            self._connections.add(request)
        super().process_request(request, client_address)

    def shutdown_request(self, request: Any) -> None:
        with self._connections_lock:
            self._connections.discard(request)
        super().shutdown_request(request)

    def cut_connections(self) -> None:
        """Unblock handler threads waiting on idle keep-alive connections."""
        with self._connections_lock:
            connections = list(self._connections)
        for conn in connections:
            with contextlib.suppress(OSError):
                conn.shutdown(socket.SHUT_RDWR)

    def handle_error(self, request: Any, client_address: Any) -> None:
        # A client hanging up mid-response is a scenario here, not an error worth a traceback.
        import sys

        exc = sys.exc_info()[1]
        if isinstance(exc, OSError):
            return
        super().handle_error(request, client_address)


class LoopbackService:
    """Start/stop/context-manager plumbing shared by FeedServer and SlackStandIn."""

    handler_class: type[http.server.BaseHTTPRequestHandler]

    def __init__(self) -> None:
        self._httpd: LoopbackHTTPServer | None = None
        self._thread: threading.Thread | None = None
        #: Set when stopping; slow behaviours wait on it so stop() is prompt.
        self.stopping = threading.Event()

    @property
    def port(self) -> int:
        if self._httpd is None:
            raise RuntimeError(f"{type(self).__name__} is not started")
        return int(self._httpd.server_address[1])

    @property
    def origin(self) -> str:
        """``http://127.0.0.1:PORT`` (no trailing slash)."""
        return f"http://{LOOPBACK}:{self.port}"

    def start(self) -> Self:
        if self._httpd is not None:
            return self
        self.stopping.clear()
        self._httpd = LoopbackHTTPServer(self.handler_class, self)
        self._thread = threading.Thread(
            target=self._httpd.serve_forever,
            kwargs={"poll_interval": 0.05},
            name=f"{type(self).__name__}:{self.port}",
            daemon=True,
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        httpd, thread = self._httpd, self._thread
        if httpd is None:
            return
        self.stopping.set()
        httpd.shutdown()
        httpd.cut_connections()
        httpd.server_close()  # joins handler threads
        if thread is not None:
            thread.join(timeout=5)
        self._httpd = self._thread = None

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()


class QuietHandler(http.server.BaseHTTPRequestHandler):
    """HTTP/1.1 handler base: no stderr logging, idle connections time out."""

    protocol_version = "HTTP/1.1"
    timeout = 10  # an idle keep-alive connection never pins a thread for long
    server: LoopbackHTTPServer

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def read_body(self) -> bytes:
        length = int(self.headers.get("Content-Length") or 0)
        return self.rfile.read(length) if length else b""

    def drop_connection(self) -> None:
        """Close the connection without sending a single byte of response."""
        self.close_connection = True
        with contextlib.suppress(OSError):
            self.connection.shutdown(socket.SHUT_RDWR)


# --------------------------------------------------------------------------------------
# What a route answers


Fault = Literal["drop", "slow_drip", "slow_headers", "truncate", "stream", "gzip_bomb"]
ContentLengthMode = Literal["true", "missing", "lying_small", "lying_huge"]


@dataclass(frozen=True)
class Reply:
    """One scripted answer. Build with the factory functions rather than directly."""

    #: HTTP status code.
    status: int = 200
    #: Response body (for faults that stream, see ``size``).
    body: bytes = b""
    #: Content-Type header; None sends none.
    content_type: str | None = RSS_TYPE
    #: Extra headers (e.g. Location, Retry-After, Cache-Control).
    headers: Mapping[str, str] = field(default_factory=dict)
    #: Send ETag/Last-Modified and answer 304 to matching conditional requests.
    conditional: bool = True
    #: Send ``Content-Encoding: gzip`` when the client accepts gzip.
    gzip: bool = False
    #: Seconds to wait before answering (on top of the server-wide latency).
    delay: float = 0.0
    #: A misbehaviour instead of a well-formed answer.
    fault: Fault | None = None
    #: slow_drip, slow_headers: seconds between bytes. stream: chunk size in bytes.
    interval: float = 0.0
    #: slow_drip/stream/gzip_bomb: number of body bytes (decoded size for gzip_bomb);
    #: slow_headers: number of header bytes.
    size: int = 0
    #: stream: how Content-Length relates to the body. truncate: the claimed length.
    content_length: ContentLengthMode | int = "true"
    #: ``Last-Modified`` as a POSIX timestamp (set by the server when the route changes).
    last_modified: float | None = None


def static(
    body: bytes | str,
    *,
    content_type: str | None = RSS_TYPE,
    status: int = 200,
    headers: Mapping[str, str] | None = None,
    conditional: bool = True,
    gzip: bool = False,
    delay: float = 0.0,
) -> Reply:
    """A well-formed answer with a fixed body (ETag/Last-Modified/304 unless conditional=False)."""
    return Reply(
        status=status,
        body=_bytes(body),
        content_type=content_type,
        headers=dict(headers or {}),
        conditional=conditional,
        gzip=gzip,
        delay=delay,
    )


def redirect(location: str, status: int = 301) -> Reply:
    """A 301/302/303/307/308 to ``location`` (a path like "/new" is made absolute)."""
    if status not in (301, 302, 303, 307, 308):
        raise ValueError(f"not a redirect status: {status}")
    return Reply(
        status=status,
        body=b"",
        content_type=None,
        headers={"Location": location},
        conditional=False,
    )


def status(
    code: int,
    body: bytes | str = b"",
    *,
    retry_after: int | str | None = None,
    headers: Mapping[str, str] | None = None,
    content_type: str | None = "text/plain; charset=utf-8",
) -> Reply:
    """A bare status: 404, 410, 429 (with ``retry_after``), 500, 503, ..."""
    extra = dict(headers or {})
    if retry_after is not None:
        extra["Retry-After"] = str(retry_after)
    return Reply(
        status=code,
        body=_bytes(body) or f"{code}\n".encode(),
        content_type=content_type,
        headers=extra,
        conditional=False,
    )


def drop() -> Reply:
    """Close the connection without answering."""
    return Reply(fault="drop", conditional=False)


def slow_drip(interval: float = 0.5, size: int = 1_000, *, byte: bytes = b" ") -> Reply:
    """Announce ``size`` bytes, then send one byte every ``interval`` seconds.

    For a client's total-deadline test. Stops promptly when the server stops.
    """
    return Reply(fault="slow_drip", interval=interval, size=size, body=byte[:1], conditional=False)


def slow_headers(interval: float = 2.0, size: int = 1_000) -> Reply:
    """Send the status line, then one byte of a header every ``interval`` seconds (``size``
    bytes in all, then an empty body): a client must cut this off at its total deadline,
    since no single read ever waits long. Stops promptly when the server stops."""
    return Reply(fault="slow_headers", interval=interval, size=size, conditional=False)


def truncated(body: bytes | str, claimed_length: int | None = None) -> Reply:
    """Claim ``claimed_length`` bytes (default: twice the body), send ``body``, close."""
    data = _bytes(body)
    return Reply(
        fault="truncate",
        body=data,
        content_length=claimed_length if claimed_length is not None else 2 * len(data) + 1,
        conditional=False,
    )


def stream(
    size: int,
    *,
    content_length: ContentLengthMode = "true",
    chunk: int = 64 * 1024,
    content_type: str | None = RSS_TYPE,
) -> Reply:
    """A big streamed body of ``size`` bytes (an RSS-looking prefix, then padding).

    ``content_length``: "true" (honest), "missing" (none; connection closes at the end),
    "lying_small" (claims 1 KiB, sends it all; the connection is closed after) or
    "lying_huge" (claims 10 GiB, sends ``size`` then closes).
    """
    return Reply(
        fault="stream",
        size=size,
        interval=float(chunk),
        content_length=content_length,
        content_type=content_type,
        conditional=False,
    )


def gzip_bomb(inflated_size: int = 64 * 1024 * 1024) -> Reply:
    """A small gzip body (``Content-Encoding: gzip``) that inflates to ``inflated_size`` bytes."""
    return Reply(fault="gzip_bomb", size=inflated_size, conditional=False)


def html_page() -> Reply:
    """A 200 text/html page where a feed was expected (a login wall, a moved site)."""
    return static(
        "<!DOCTYPE html><html><head><title>Subscribe</title>"
        '<link rel="alternate" type="application/rss+xml" href="/feed.xml"></head>'
        "<body><p>Please log in.</p></body></html>",
        content_type=HTML_TYPE,
    )


def garbage(size: int = 4096, *, content_type: str | None = RSS_TYPE) -> Reply:
    """Deterministic non-UTF-8, non-XML bytes labelled as a feed."""
    seed = hashlib.sha256(b"claimwatch-garbage").digest()
    data = (b"\x00\xff\xfe" + seed * (size // len(seed) + 1))[:size]
    return static(data, content_type=content_type, conditional=False)


# --------------------------------------------------------------------------------------
# Recording


@dataclass(frozen=True)
class RecordedRequest:
    """A request the server received."""

    #: HTTP method.
    method: str
    #: Path including any query string.
    path: str
    #: Request headers, names lower-cased.
    headers: Mapping[str, str]
    #: Status answered (0 while still answering, or when the connection was dropped).
    status: int
    #: time.monotonic() when the request arrived.
    at: float

    def header(self, name: str) -> str | None:
        return self.headers.get(name.lower())


@dataclass
class _Route:
    replies: list[Reply]
    served: int = 0


# --------------------------------------------------------------------------------------
# The server


class FeedServer(LoopbackService):
    """Serves scripted feed responses on 127.0.0.1; records every request.

    ``latency`` delays every response (for benchmarks). Unknown paths answer 404.
    """

    def __init__(self, *, latency: float = 0.0) -> None:
        super().__init__()
        self.handler_class = _FeedHandler
        self.latency = latency
        self._routes: dict[str, _Route] = {}
        self._lock = threading.Lock()
        self._requests: list[RecordedRequest] = []
        self._clock_lm = _EPOCH_LAST_MODIFIED

    # -- addresses ---------------------------------------------------------------------

    def url(self, path: str = "/") -> str:
        """``http://127.0.0.1:PORT/path``."""
        return f"{self.origin}/{path.lstrip('/')}"

    # -- routes ------------------------------------------------------------------------

    def route(self, path: str, *replies: Reply) -> None:
        """Answer ``path`` with ``replies`` in order; the last one repeats forever."""
        if not replies:
            raise ValueError("route() needs at least one reply")
        with self._lock:
            stamped = [
                replace(r, last_modified=self._next_last_modified())
                if r.last_modified is None
                else r
                for r in replies
            ]
            self._routes[_norm(path)] = _Route(stamped)

    def add(
        self,
        path: str,
        body: bytes | str,
        *,
        content_type: str | None = RSS_TYPE,
        status: int = 200,
        headers: Mapping[str, str] | None = None,
        conditional: bool = True,
        gzip: bool = False,
    ) -> None:
        """Serve a static body at ``path`` (shorthand for ``route(path, static(...))``)."""
        self.route(
            path,
            static(
                body,
                content_type=content_type,
                status=status,
                headers=headers,
                conditional=conditional,
                gzip=gzip,
            ),
        )

    def set(self, path: str, body: bytes | str | None = None, **changes: Any) -> None:
        """Change what ``path`` currently serves (e.g. a new body between polls).

        Keeps the route's other settings; the body change gives a new ETag and a later
        Last-Modified. Creates a static route if ``path`` has none.
        """
        with self._lock:
            route = self._routes.get(_norm(path))
            if body is not None:
                changes["body"] = _bytes(body)
            if route is None:
                reply = replace(static(b""), **changes)
                route = self._routes[_norm(path)] = _Route([reply])
            idx = min(route.served, len(route.replies) - 1)
            current = route.replies[idx]
            changes.setdefault("last_modified", self._next_last_modified())
            route.replies[idx:] = [replace(current, **changes)]

    def remove(self, path: str) -> None:
        """Forget ``path`` (it answers 404 afterwards)."""
        with self._lock:
            self._routes.pop(_norm(path), None)

    def etag(self, path: str) -> str | None:
        """The ETag ``path`` would send right now (None for non-conditional replies)."""
        with self._lock:
            route = self._routes.get(_norm(path))
            if route is None:
                return None
            reply = route.replies[min(route.served, len(route.replies) - 1)]
            return _etag(reply.body) if reply.conditional else None

    # -- recording ---------------------------------------------------------------------

    @property
    def requests(self) -> list[RecordedRequest]:
        """Every request so far, in arrival order (a copy)."""
        with self._lock:
            return list(self._requests)

    def requests_for(self, path: str) -> list[RecordedRequest]:
        """Requests whose path (ignoring the query string) is ``path``."""
        p = _norm(path).split("?", 1)[0]
        return [r for r in self.requests if r.path.split("?", 1)[0] == p]

    def hits(self, path: str) -> int:
        return len(self.requests_for(path))

    def clear_requests(self) -> None:
        with self._lock:
            self._requests.clear()

    # -- internals ---------------------------------------------------------------------

    def _next_last_modified(self) -> float:
        self._clock_lm += 1.0
        return self._clock_lm

    def _take(self, path: str) -> Reply | None:
        with self._lock:
            route = self._routes.get(path) or self._routes.get(path.split("?", 1)[0])
            if route is None:
                return None
            reply = route.replies[min(route.served, len(route.replies) - 1)]
            route.served += 1
            return reply

    def _record(self, req: RecordedRequest) -> int:
        with self._lock:
            self._requests.append(req)
            return len(self._requests) - 1

    def _set_status(self, index: int, code: int) -> None:
        with self._lock:
            if 0 <= index < len(self._requests):
                self._requests[index] = replace(self._requests[index], status=code)


class _FeedHandler(QuietHandler):
    def do_GET(self) -> None:
        self._answer(head=False)

    def do_HEAD(self) -> None:
        self._answer(head=True)

    def do_POST(self) -> None:
        self.read_body()
        self._answer(head=False)

    @property
    def feeds(self) -> FeedServer:
        owner = self.server.owner
        assert isinstance(owner, FeedServer)
        return owner

    def _answer(self, *, head: bool) -> None:
        feeds = self.feeds
        self._index = feeds._record(
            RecordedRequest(
                method=self.command,
                path=self.path,
                headers={k.lower(): v for k, v in self.headers.items()},
                status=0,
                at=time.monotonic(),
            )
        )
        reply = feeds._take(self.path) or status(404, "not found\n")
        wait = feeds.latency + reply.delay
        if wait and feeds.stopping.wait(wait):
            self.drop_connection()
            return
        self._serve(reply, head=head)

    _index = -1

    def send_response(self, code: int, message: str | None = None) -> None:
        # Record the status before any byte goes out, so tests never race the log.
        self.feeds._set_status(self._index, code)
        super().send_response(code, message)

    # Each branch returns the status sent (0 for a dropped connection).
    def _serve(self, reply: Reply, *, head: bool) -> int:
        if reply.fault == "drop":
            self.drop_connection()
            return 0
        if reply.fault == "slow_drip":
            return self._slow_drip(reply)
        if reply.fault == "slow_headers":
            return self._slow_headers(reply)
        if reply.fault == "truncate":
            assert isinstance(reply.content_length, int)
            self._head(reply, content_length=reply.content_length)
            self._write(reply.body)
            self.drop_connection()
            return reply.status
        if reply.fault == "stream":
            return self._stream(reply, head=head)
        if reply.fault == "gzip_bomb":
            body = _gzip_bomb_bytes(reply.size)
            self._head(reply, content_length=len(body), extra={"Content-Encoding": "gzip"})
            if not head:
                self._write(body)
            return reply.status
        return self._regular(reply, head=head)

    def _regular(self, reply: Reply, *, head: bool) -> int:
        extra: dict[str, str] = {}
        code = reply.status
        body = reply.body
        if reply.conditional and code == 200:
            etag = _etag(body)
            last_modified = formatdate(reply.last_modified or _EPOCH_LAST_MODIFIED, usegmt=True)
            extra["ETag"] = etag
            extra["Last-Modified"] = last_modified
            if _not_modified(self.headers, etag, reply.last_modified or _EPOCH_LAST_MODIFIED):
                self.send_response(304)
                for k, v in {**reply.headers, **extra}.items():
                    self.send_header(k, v)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return 304
        if "Location" in reply.headers and reply.headers["Location"].startswith("/"):
            extra["Location"] = self.feeds.url(reply.headers["Location"])
        if reply.gzip and "gzip" in (self.headers.get("Accept-Encoding") or ""):
            body = gzip_module.compress(body, mtime=0)
            extra["Content-Encoding"] = "gzip"
            extra["Vary"] = "Accept-Encoding"
        self._head(reply, content_length=len(body), extra=extra)
        if not head:
            self._write(body)
        return code

    def _head(
        self,
        reply: Reply,
        *,
        content_length: int | None,
        extra: Mapping[str, str] | None = None,
        close: bool = False,
    ) -> None:
        self.send_response(reply.status)
        if reply.content_type:
            self.send_header("Content-Type", reply.content_type)
        for k, v in {**reply.headers, **(extra or {})}.items():
            self.send_header(k, v)
        if content_length is not None:
            self.send_header("Content-Length", str(content_length))
        if close:
            self.send_header("Connection", "close")
            self.close_connection = True
        self.end_headers()

    def _write(self, data: bytes) -> bool:
        try:
            self.wfile.write(data)
            self.wfile.flush()
        except OSError:
            self.close_connection = True
            return False
        return True

    def _slow_drip(self, reply: Reply) -> int:
        self._head(reply, content_length=reply.size)
        for _ in range(reply.size):
            if not self._write(reply.body or b" "):
                return reply.status
            if self.feeds.stopping.wait(reply.interval):
                self.drop_connection()
                return reply.status
        return reply.status

    def _slow_headers(self, reply: Reply) -> int:
        self.feeds._set_status(self._index, reply.status)
        self.close_connection = True
        if not self._write(f"HTTP/1.1 {reply.status} OK\r\nX-Slow: ".encode()):
            return reply.status
        for _ in range(reply.size):
            if self.feeds.stopping.wait(reply.interval):
                self.drop_connection()
                return reply.status
            if not self._write(b"a"):
                return reply.status
        self._write(b"\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
        return reply.status

    def _stream(self, reply: Reply, *, head: bool) -> int:
        mode = reply.content_length
        claimed: int | None = {
            "true": reply.size,
            "missing": None,
            "lying_small": 1024,
            "lying_huge": 10 * 1024**3,
        }[mode if isinstance(mode, str) else "true"]
        close = mode != "true"
        self._head(reply, content_length=claimed, close=close)
        if head:
            return reply.status
        chunk = int(reply.interval) or 64 * 1024
        for piece in _big_body(reply.size, chunk):
            if self.feeds.stopping.is_set() or not self._write(piece):
                break
        if close:
            self.drop_connection()
        return reply.status


# --------------------------------------------------------------------------------------
# A pretend internet for the fetcher


#: a public address for pretend hosts (never connected to: PretendInternet routes it to loopback)
PUBLIC_IP = "93.184.215.14"


class PretendInternet(Network):
    """DNS and routing for the fetcher in tests (``Fetcher(network=...)``): names that
    resolve to whatever a test says, and public addresses served by loopback servers.

    ``names`` maps a host name to the addresses it resolves to (any other name does not
    resolve); ``routes`` maps an address to the loopback port that stands in for it. A
    connection to any address neither routed nor loopback raises AssertionError, so no
    test sends traffic beyond loopback; ``dialed`` records every (address, port) the
    fetcher connected to, so a test can show that a refused address was never tried.
    """

    def __init__(self, names: Mapping[str, list[str]], routes: Mapping[str, int]) -> None:
        self.names = dict(names)
        self.routes = dict(routes)
        self.dialed: list[tuple[str, int]] = []

    def resolve(self, host: str, port: int) -> list[str]:
        if host not in self.names:
            raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")
        return list(self.names[host])

    def socket_address(self, ip: str, port: int) -> tuple[str, int]:
        self.dialed.append((ip, port))
        if ip in self.routes:
            return LOOPBACK, self.routes[ip]
        if ipaddress.ip_address(ip).is_loopback:
            return ip, port
        raise AssertionError(f"a test tried to connect to {ip}:{port}, beyond loopback")


# --------------------------------------------------------------------------------------
# Helpers


def _bytes(body: bytes | str) -> bytes:
    return body.encode("utf-8") if isinstance(body, str) else body


def _norm(path: str) -> str:
    return "/" + path.lstrip("/")


def _etag(body: bytes) -> str:
    return '"' + hashlib.sha256(body).hexdigest()[:20] + '"'


def _not_modified(headers: Any, etag: str, last_modified: float) -> bool:
    inm = headers.get("If-None-Match")
    if inm is not None:  # RFC 9110: If-None-Match wins over If-Modified-Since
        tags = {t.strip().removeprefix("W/") for t in inm.split(",")}
        return "*" in tags or etag in tags
    ims = headers.get("If-Modified-Since")
    if ims:
        try:
            since = parsedate_to_datetime(ims).timestamp()
        except (TypeError, ValueError):
            return False
        return int(last_modified) <= since
    return False


def _big_body(size: int, chunk: int) -> Iterator[bytes]:
    prefix = b'<?xml version="1.0"?><rss version="2.0"><channel><title>big</title><!-- '
    sent = 0
    pad = b"x" * chunk
    first = prefix[:size]
    if first:
        yield first
        sent = len(first)
    while sent < size:
        n = min(chunk, size - sent)
        yield pad[:n]
        sent += n


_BOMB_CACHE: dict[int, bytes] = {}


def _gzip_bomb_bytes(inflated_size: int) -> bytes:
    if inflated_size not in _BOMB_CACHE:
        buf = io.BytesIO()
        comp = zlib.compressobj(9, zlib.DEFLATED, 31)  # 31: gzip container
        zeros = b"\0" * (1024 * 1024)
        left = inflated_size
        while left > 0:
            n = min(left, len(zeros))
            buf.write(comp.compress(zeros[:n]))
            left -= n
        buf.write(comp.flush())
        _BOMB_CACHE[inflated_size] = buf.getvalue()
    return _BOMB_CACHE[inflated_size]


# --------------------------------------------------------------------------------------
# Feed documents


def rss_document(
    items: Iterable[Mapping[str, Any]],
    *,
    title: str = "Test feed",
    link: str = "https://example.org/",
    description: str = "A feed served by the claimwatch test server",
) -> str:
    """A small RSS 2.0 document. Item keys: title, link, guid, summary, pubDate.

    ``pubDate`` may be a datetime or a preformatted string; all text is XML-escaped.
    """
    parts = [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<rss version="2.0"><channel>',
        f"<title>{escape(title)}</title><link>{escape(link)}</link>",
        f"<description>{escape(description)}</description>",
    ]
    for item in items:
        parts.append("<item>")
        if "title" in item:
            parts.append(f"<title>{escape(str(item['title']))}</title>")
        if "link" in item:
            parts.append(f"<link>{escape(str(item['link']))}</link>")
        if "guid" in item:
            perma = "true" if item.get("guid") == item.get("link") else "false"
            parts.append(f'<guid isPermaLink="{perma}">{escape(str(item["guid"]))}</guid>')
        if "summary" in item:
            parts.append(f"<description>{escape(str(item['summary']))}</description>")
        if item.get("pubDate") is not None:
            parts.append(f"<pubDate>{escape(_rfc822(item['pubDate']))}</pubDate>")
        parts.append("</item>")
    parts.append("</channel></rss>")
    return "\n".join(parts) + "\n"


def atom_document(
    items: Iterable[Mapping[str, Any]],
    *,
    title: str = "Test feed",
    link: str = "https://example.org/",
    feed_id: str = "urn:claimwatch:test-feed",
    updated: str = "2024-01-01T00:00:00Z",
) -> str:
    """A small Atom 1.0 document from the same item dicts as :func:`rss_document`."""
    parts = [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<feed xmlns="http://www.w3.org/2005/Atom">',
        f"<title>{escape(title)}</title>",
        f'<link href="{escape(link, {chr(34): "&quot;"})}"/>',
        f"<id>{escape(feed_id)}</id><updated>{escape(updated)}</updated>",
    ]
    for item in items:
        parts.append("<entry>")
        if "title" in item:
            parts.append(f"<title>{escape(str(item['title']))}</title>")
        if "link" in item:
            parts.append(f'<link href="{escape(str(item["link"]), {chr(34): "&quot;"})}"/>')
        entry_id = item.get("guid", item.get("link"))
        if entry_id is not None:
            parts.append(f"<id>{escape(str(entry_id))}</id>")
        if "summary" in item:
            parts.append(f"<summary>{escape(str(item['summary']))}</summary>")
        stamp = item.get("pubDate")
        iso = _iso(stamp) if stamp is not None else updated
        parts.append(f"<updated>{escape(iso)}</updated>")
        if stamp is not None:
            parts.append(f"<published>{escape(iso)}</published>")
        parts.append("</entry>")
    parts.append("</feed>")
    return "\n".join(parts) + "\n"


def _rfc822(value: Any) -> str:
    if isinstance(value, datetime):
        if value.tzinfo is None:
            return format_datetime(value)
        return format_datetime(value.astimezone(UTC), usegmt=True)
    return str(value)


def _iso(value: Any) -> str:
    if hasattr(value, "isoformat"):
        return str(value.isoformat())
    if isinstance(value, str):
        with contextlib.suppress(TypeError, ValueError):
            return parsedate_to_datetime(value).isoformat()
    return str(value)


__all__ = [
    "ATOM_TYPE",
    "HTML_TYPE",
    "LOOPBACK",
    "PUBLIC_IP",
    "RSS_TYPE",
    "FeedServer",
    "LoopbackHTTPServer",
    "LoopbackService",
    "PretendInternet",
    "RecordedRequest",
    "Reply",
    "atom_document",
    "drop",
    "garbage",
    "gzip_bomb",
    "html_page",
    "redirect",
    "rss_document",
    "slow_drip",
    "slow_headers",
    "static",
    "status",
    "stream",
    "truncated",
]
