"""The network under the fetcher: where a connection may go, and for how long.

httpcore does the HTTP; this module is its network backend (httpcore's own interface), so
every socket the fetcher uses is opened and read here:

- **One deadline per fetch.** Every blocking call (name lookup, connect, TLS handshake,
  each read and write) waits at most `TICK` at a time, and between waits looks at the
  fetch's deadline and at the fetcher's stop flag. A server that sends its status line and
  then one header byte every two seconds is cut off at the deadline like one that drips
  its body; a stop request ends every fetch in flight within `TICK`.
- **Where a connection may go** (against SSRF). A name is resolved once, here, and the
  connection is made to the address that was checked: no second lookup can answer
  differently. Loopback, private, link-local, multicast, reserved and other non-public
  addresses (IPv4, IPv6, IPv4 inside IPv6) are refused unless the fetch may use private
  addresses (see `private_addresses_allowed`). A kept-alive connection is checked again for
  every request it carries, so a connection opened for an intranet feed never carries a
  public feed's redirect to the intranet.

`Network` is what the system provides (DNS and sockets); tests pass a subclass that stands
a loopback server in for a public host, so no test sends traffic beyond loopback.
"""

from __future__ import annotations

import contextvars
import errno
import ipaddress
import os
import select
import selectors
import socket
import ssl
import threading
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

import httpcore

from bot.errors import FetchError

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address

#: longest a blocking socket call waits before the deadline and the stop flag are looked at
TICK = 0.25

_NAT64 = ipaddress.IPv6Network("64:ff9b::/96")
#: names that cannot be a public host: an operator who configures one means the intranet
_PRIVATE_SUFFIXES = (
    ".localhost",
    ".local",
    ".internal",
    ".home.arpa",
    ".lan",
    ".intranet",
    ".corp",
)


# ── the address policy (pure) ─────────────────────────────────────────────────────────
def address_kind(ip: IPAddress) -> str | None:
    """What kind of non-public address ip is ("loopback", "private", "link-local", ...),
    or None for a public one. An IPv4 address carried in IPv6 (IPv4-mapped, NAT64, 6to4,
    Teredo) is judged as that IPv4 address too."""
    if isinstance(ip, ipaddress.IPv6Address):
        if ip.ipv4_mapped is not None:
            return address_kind(ip.ipv4_mapped)
        if ip in _NAT64:  # an IPv6-only network's way to IPv4 hosts: judged by the host
            return address_kind(ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF))
        inner = ip.sixtofour or (ip.teredo[1] if ip.teredo else None)
        if inner is not None and (kind := address_kind(inner)) is not None:
            return kind
        if ip.is_site_local:
            return "site-local"
    for kind, flag in (
        ("unspecified", ip.is_unspecified),
        ("loopback", ip.is_loopback),
        ("link-local", ip.is_link_local),
        ("multicast", ip.is_multicast),
        ("reserved", ip.is_reserved),
        ("private", ip.is_private),
        ("non-public", not ip.is_global),
    ):
        if flag:
            return kind
    return None


def is_public_address(ip: IPAddress) -> bool:
    return address_kind(ip) is None


def is_private_url(url: str) -> bool:
    """Whether a feed's configured URL is on a private address or network: its host is a
    non-public IP address, or a name no public host can have (localhost, a name without a
    dot, or one under .localhost, .local, .internal, .home.arpa, .lan, .intranet, .corp).
    Decided from the URL as written, never from DNS: a public feed's DNS is its
    publisher's, who could point it anywhere."""
    try:
        host = urlsplit(url).hostname
    except ValueError:
        return False
    if not host:
        return False
    host = host.rstrip(".")
    try:
        return not is_public_address(ipaddress.ip_address(host))
    except ValueError:
        pass
    return host == "localhost" or "." not in host or host.endswith(_PRIVATE_SUFFIXES)


# ── the system's DNS and sockets ──────────────────────────────────────────────────────
class Network:
    """Name lookups and socket addresses as the system provides them."""

    def resolve(self, host: str, port: int) -> list[str]:
        """The addresses of host, in the system's order of preference (raises OSError)."""
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        return list(dict.fromkeys(str(info[4][0]) for info in infos))

    def socket_address(self, ip: str, port: int) -> tuple[str, int]:
        """Where a connection to ip:port goes (itself; tests stand a loopback server in
        for a public address here)."""
        return ip, port


# ── one fetch's limits ────────────────────────────────────────────────────────────────
@dataclass
class FetchLimits:
    """What one fetch may do: until when, and whether it may reach private addresses."""

    #: time.monotonic() by which the whole fetch must be done
    deadline: float
    #: the fetch's total time, for messages
    timeout: float
    #: whether private addresses are allowed (an intranet feed, or the operator's choice)
    private_ok: bool
    #: set to end the fetch at once
    stop: threading.Event = field(default_factory=threading.Event)

    def wait(self, until: float | None, timeout_error: type[Exception]) -> float:
        """How long the next blocking call may wait: at most TICK, and never past the
        deadline or `until` (the end of the current operation: raises timeout_error once
        it has passed). Raises FetchError when stopped or at the deadline."""
        if self.stop.is_set():
            raise FetchError("stopped: claimwatch is shutting down", kind="stopped")
        now = time.monotonic()
        if now >= self.deadline:
            raise FetchError(
                f"no complete answer within {self.timeout:g}s (server too slow)", kind="timeout"
            )
        if until is not None and now >= until:
            raise timeout_error("timed out")
        return min(TICK, self.deadline - now, TICK if until is None else until - now)

    def check(self, host: str, ip: IPAddress) -> None:
        """Raise FetchError(kind="blocked_address") for an address this fetch may not use."""
        if self.private_ok:
            return
        kind = address_kind(ip)
        if kind is not None:
            where = str(ip) if host.strip("[]") == str(ip) else f"{host} ({ip})"
            raise FetchError(
                f"refused to connect to {where}: a {kind} address, and this feed is not on"
                " a private network (see [bot] allow_private_addresses)",
                kind="blocked_address",
            )


#: the limits of the fetch running on this thread (httpcore's sync I/O runs on the caller's)
_current: contextvars.ContextVar[FetchLimits | None] = contextvars.ContextVar(
    "claimwatch_fetch", default=None
)
_UNLIMITED = FetchLimits(deadline=float("inf"), timeout=float("inf"), private_ok=False)


@contextmanager
def limits(fetch: FetchLimits) -> Iterator[FetchLimits]:
    """Run a fetch under these limits (on this thread)."""
    token = _current.set(fetch)
    try:
        yield fetch
    finally:
        _current.reset(token)


def _limits() -> FetchLimits:
    return _current.get() or _UNLIMITED


def _until(timeout: float | None) -> float | None:
    return None if timeout is None else time.monotonic() + timeout


# ── httpcore's network backend ────────────────────────────────────────────────────────
class GuardedBackend(httpcore.NetworkBackend):
    """Connections only to allowed addresses, each blocking call within the fetch's limits."""

    def __init__(self, network: Network | None = None) -> None:
        self.network = network or Network()

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.NetworkStream:
        fetch = _limits()
        addresses = self._resolve(host, port, fetch)
        refused: FetchError | None = None
        failed: Exception | None = None
        for ip in addresses:
            try:
                fetch.check(host, ip)
            except FetchError as e:
                refused = refused or e
                continue
            try:
                sock = self._connect(str(ip), port, fetch, _until(timeout))
            except (httpcore.ConnectError, httpcore.ConnectTimeout) as e:
                failed = e
                continue
            return GuardedStream(sock, host, ip)
        if failed is not None:
            raise failed
        assert refused is not None
        raise refused

    def _resolve(self, host: str, port: int, fetch: FetchLimits) -> list[IPAddress]:
        try:
            return [ipaddress.ip_address(host)]
        except ValueError:
            pass
        # looked up on a thread of its own, so a slow name server is cut at the deadline too
        answer: list[str] = []
        error: list[BaseException] = []
        done = threading.Event()

        def lookup() -> None:
            try:
                answer.extend(self.network.resolve(host, port))
            except BaseException as e:  # handed to the fetch's thread
                error.append(e)
            finally:
                done.set()

        threading.Thread(target=lookup, name=f"resolve {host}", daemon=True).start()
        while not done.wait(fetch.wait(None, httpcore.ConnectTimeout)):
            pass
        if error:
            e = error[0]
            if isinstance(e, OSError):
                raise FetchError(f"cannot resolve host {host}: {e}", kind="dns") from e
            raise e
        addresses: list[IPAddress] = []
        for text in answer:
            try:
                addresses.append(ipaddress.ip_address(text))
            except ValueError:
                continue
        if not addresses:
            raise FetchError(f"cannot resolve host {host}: no addresses", kind="dns")
        return addresses

    def _connect(
        self, ip: str, port: int, fetch: FetchLimits, until: float | None
    ) -> socket.socket:
        address = self.network.socket_address(ip, port)
        family = socket.AF_INET6 if ":" in address[0] else socket.AF_INET
        try:
            sock = socket.socket(family, socket.SOCK_STREAM)
        except OSError as e:
            raise httpcore.ConnectError(str(e)) from e
        try:
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            sock.setblocking(False)
            code = sock.connect_ex(address)
            if code not in (0, errno.EINPROGRESS, errno.EWOULDBLOCK, errno.EAGAIN):
                raise httpcore.ConnectError(f"[Errno {code}] {os.strerror(code)}")
            with selectors.DefaultSelector() as selector:
                selector.register(sock, selectors.EVENT_WRITE)
                while code != 0:
                    if selector.select(fetch.wait(until, httpcore.ConnectTimeout)):
                        code = sock.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR)
                        if code:
                            raise httpcore.ConnectError(f"[Errno {code}] {os.strerror(code)}")
                        break
        except BaseException:
            sock.close()
            raise
        return sock

    def connect_unix_socket(
        self,
        path: str,
        timeout: float | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.NetworkStream:
        raise httpcore.ConnectError("claimwatch fetches over TCP only")


class GuardedStream(httpcore.NetworkStream):
    """A connected socket whose every wait stays within the current fetch's limits."""

    def __init__(self, sock: socket.socket, host: str, peer: IPAddress) -> None:
        self._sock = sock
        self._host = host
        #: the address checked before connecting (checked again for every request)
        self.peer = peer

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        fetch = _limits()
        until = _until(timeout)
        while True:
            self._sock.settimeout(fetch.wait(until, httpcore.ReadTimeout))
            try:
                return self._sock.recv(max_bytes)
            except TimeoutError:
                continue
            except OSError as e:
                raise httpcore.ReadError(str(e)) from e

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        fetch = _limits()
        # for every request: a kept-alive connection may have been opened for another feed
        fetch.check(self._host, self.peer)
        until = _until(timeout)
        view = memoryview(buffer)
        while view:
            self._sock.settimeout(fetch.wait(until, httpcore.WriteTimeout))
            try:
                sent = self._sock.send(view)
            except TimeoutError:
                continue
            except OSError as e:
                raise httpcore.WriteError(str(e)) from e
            view = view[sent:]

    def close(self) -> None:
        self._sock.close()

    def start_tls(
        self,
        ssl_context: ssl.SSLContext,
        server_hostname: str | None = None,
        timeout: float | None = None,
    ) -> httpcore.NetworkStream:
        fetch = _limits()
        until = _until(timeout)
        try:
            tls = ssl_context.wrap_socket(
                self._sock, server_hostname=server_hostname, do_handshake_on_connect=False
            )
        except (OSError, ValueError) as e:
            self.close()
            raise httpcore.ConnectError(str(e)) from e
        try:
            while True:
                tls.settimeout(fetch.wait(until, httpcore.ConnectTimeout))
                try:
                    tls.do_handshake()
                    break
                except TimeoutError:
                    continue
                except OSError as e:
                    raise httpcore.ConnectError(str(e)) from e
        except BaseException:
            tls.close()
            raise
        return GuardedStream(tls, self._host, self.peer)

    def get_extra_info(self, info: str) -> Any:
        if info == "ssl_object":
            return self._sock if isinstance(self._sock, ssl.SSLSocket) else None
        if info == "client_addr":
            return self._sock.getsockname()
        if info == "server_addr":
            return self._sock.getpeername()
        if info == "socket":
            return self._sock
        if info == "is_readable":
            return _readable(self._sock)
        return None


def _readable(sock: socket.socket) -> bool:
    """Whether a read would return at once (data, or the end of a closed connection)."""
    fd = sock.fileno()
    if fd < 0:
        return True
    if hasattr(select, "poll"):  # select.select cannot watch descriptors past 1023
        poller = select.poll()
        poller.register(fd, select.POLLIN)
        return bool(poller.poll(0))
    ready, _, _ = select.select([fd], [], [], 0)
    return bool(ready)
