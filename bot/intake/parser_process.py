"""A parser process: feedparser in a lean child process of its own, fed over a pipe.

feedparser is pure Python, so threads parse one feed at a time. A child started with
``python -m bot.intake.parser_child`` imports the parser and nothing else (no HTTP client,
database, config or matcher; ~20 MB), parses one body at a time and hands the items back;
the poller matches and stores them. It is a plain child process, not a multiprocessing
pool: no forkserver or resource tracker beside it, and nothing of the threaded poller is
forked into it.

Each request and each reply is a pickle behind an 8-byte length, on the child's stdin and
stdout: request ``(zlib-compressed body, final_url, content_type)``; reply ``(title,
items, warning)``, the entries already turned into items (bot.intake.parse.to_items, the
HTML-to-text work included), or ``(message, kind)`` for a body that is no usable feed.
Turning entries into items here rather than in the poller, with small bodies parsed here
too (bot.pipeline), took 6–8 s of CPU off the poller's first cycle of 1,000 feeds
(bench/poll.py), whose matching and storing thread holds up the cycle (stop 37; when
first tried, before stop 14, it measured no faster).
"""

from __future__ import annotations

import os
import pickle
import struct
import subprocess
import sys
import threading
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from bot.errors import FetchError
from bot.intake.parse import ParsedFeed
from bot.records import FetchResult

_HEADER = struct.Struct("!Q")
#: before parsing a body this big, the child gives its freed memory back to the system
TRIM_BEFORE_BYTES = 1024 * 1024


@dataclass(frozen=True, slots=True)
class ParseRequest:
    """A body to parse in a parser process, kept compressed while it waits for one."""

    final_url: str
    content_type: str | None
    #: the body, zlib-compressed (level 1: feeds shrink ~4x, at ~70 MB/s)
    packed: bytes

    @classmethod
    def of(cls, result: FetchResult) -> ParseRequest:
        return cls(result.final_url, result.content_type, zlib.compress(result.body, 1))

    def result(self) -> FetchResult:
        """The fetch result again, body and all (to parse it here after all)."""
        body = zlib.decompress(self.packed)
        return FetchResult(self.final_url, self.final_url, 200, body, self.content_type)


class ParserGone(Exception):
    """The parser process died or could not start (the caller parses in threads)."""


class ParserProcess:
    """One child process that parses feed bodies; `parse` is safe from many threads (one
    request at a time, the others wait their turn)."""

    def __init__(self) -> None:
        root = str(Path(__file__).resolve().parent.parent)  # bot/ importable in the child
        env = dict(os.environ)
        env["PYTHONPATH"] = os.pathsep.join(p for p in (root, env.get("PYTHONPATH")) if p)
        try:
            self._proc = subprocess.Popen(
                [sys.executable, "-m", "bot.intake.parser_child"],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                env=env,
            )
        except OSError as e:
            raise ParserGone(f"cannot start a parser process: {e}") from e
        self._lock = threading.Lock()

    @property
    def pid(self) -> int:
        return self._proc.pid

    def parse(self, req: ParseRequest) -> ParsedFeed:
        """Parse a fetched body in the child. Raises FetchError for a body that is no
        usable feed (as parse_feed does), ParserGone when the child is gone."""
        request = (req.packed, req.final_url, req.content_type)
        with self._lock:
            stdin, stdout = self._proc.stdin, self._proc.stdout
            assert stdin is not None and stdout is not None
            try:
                _send(stdin, request)
                reply = _receive(stdout)
            except (OSError, ValueError, EOFError, pickle.UnpicklingError) as e:
                raise ParserGone(f"the parser process stopped: {e!r}") from e
        if len(reply) == 2:
            message, kind = reply
            raise FetchError(message, kind=kind)
        title, items, warning = reply
        return ParsedFeed(title, items, warning)

    def close(self) -> None:
        """Let the child finish (end of input), kill it if it does not."""
        with self._lock:
            if self._proc.stdin is not None:
                try:
                    self._proc.stdin.close()
                except OSError:
                    pass
            try:
                self._proc.wait(timeout=5)
            except subprocess.TimeoutExpired:
                self._proc.kill()
                self._proc.wait()
            if self._proc.stdout is not None:
                self._proc.stdout.close()


def _send(stream: IO[bytes], obj: object) -> None:
    data = pickle.dumps(obj, protocol=pickle.HIGHEST_PROTOCOL)
    stream.write(_HEADER.pack(len(data)))
    stream.write(data)
    stream.flush()


def _receive(stream: IO[bytes]) -> Any:
    head = stream.read(_HEADER.size)
    if len(head) < _HEADER.size:
        raise EOFError("no reply")
    (size,) = _HEADER.unpack(head)
    data = stream.read(size)
    if len(data) < size:
        raise EOFError("short reply")
    return pickle.loads(data)  # noqa: S301 (our own child's reply)


def main() -> None:
    """The child (started as bot.intake.parser_child): parse requests from stdin until it closes."""
    from bot.intake.malloc import malloc_trim, tune_malloc
    from bot.intake.parse import parse_entries, to_items

    tune_malloc()  # big blocks (bodies, pieces of them) are given back as soon as freed
    # a parse builds a big, short-lived tree (~30 MB for a 2.5 MB feed parsed whole, ~10 MB
    # in pieces: bot.intake.feed_split); without trimming, the freed heap stays with the
    # process, fragmented, and the next big parse grows it further. Trimming before each
    # body of 1 MB or more costs no time, where trimming after every parse costs ~15 %.
    trim = malloc_trim()
    out = os.fdopen(os.dup(1), "wb")
    os.dup2(2, 1)  # anything printed goes to stderr, never into the replies
    inp = sys.stdin.buffer
    while True:
        try:
            packed, final_url, content_type = _receive(inp)
        except EOFError:
            return
        body = zlib.decompress(packed)
        del packed
        if len(body) >= TRIM_BEFORE_BYTES:
            trim()  # give freed memory back first: a big body's parse needs ~10x its size
        result = FetchResult(
            url=final_url, final_url=final_url, status=200, body=body, content_type=content_type
        )
        del body
        reply: tuple[Any, ...]
        try:
            parsed = parse_entries(result)
        except FetchError as e:
            reply = (str(e), e.kind)
        else:
            feed = to_items(parsed)
            del parsed
            reply = (feed.title, feed.items, feed.warning)
            del feed
        del result
        _send(out, reply)
        del reply
