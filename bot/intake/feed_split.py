"""A big feed cut into smaller feeds of the same channel, for parsing one piece at a time.

feedparser holds a whole document and everything it found in it at once: a 2.5 MB feed
takes ~30 MB while it is parsed. A well-formed feed is a head (the XML declaration, the
root and channel elements with their namespaces and metadata), a run of entries, and a
tail that closes what the head opened. Head + some of the entries + tail is a feed too,
which feedparser reads exactly as it reads those entries in the whole: entries do not
depend on one another. So a big body is parsed as pieces of about `max_bytes` each, and
what the parse of a piece holds is bounded by the piece, not by the feed.

Entries are found with expat, at C speed: an ``item`` or ``entry`` element that is a child
of the root (Atom, RSS 1.0) or of a ``channel`` under the root (RSS 0.9x, 2.0). A body
that is not well-formed XML, is not in an ASCII-compatible encoding, declares entities,
or has fewer than two pieces' worth of entries is not split (None): feedparser gets it
whole, as before.
"""

from __future__ import annotations

from collections.abc import Iterator
from xml.parsers import expat

_ENTRY_NAMES = frozenset({"item", "entry"})
#: UTF-16 and UTF-32 byte order marks, and the zero bytes of such text without one
_WIDE_STARTS = (b"\xff\xfe", b"\xfe\xff", b"\x00\x00", b"\x00<", b"<\x00")


def split_feed(body: bytes, max_bytes: int) -> Iterator[bytes] | None:
    """The body as feeds of about max_bytes each (head + a run of entries + tail), in
    document order and made one at a time, or None when it should be parsed whole."""
    if len(body) <= max_bytes or body.startswith(_WIDE_STARTS) or b"<!ENTITY" in body:
        return None  # entity declarations: left to feedparser, which defuses them
    spans = _entry_spans(body)
    if not spans:
        return None
    head_end, tail_start = spans[0][0], spans[-1][1]
    budget = max(1, max_bytes - head_end - (len(body) - tail_start))
    runs: list[tuple[int, int]] = []
    first = 0
    for i in range(1, len(spans) + 1):
        if i == len(spans) or spans[i][1] - spans[first][0] > budget:
            runs.append((spans[first][0], spans[i - 1][1]))
            first = i
    if len(runs) < 2:
        return None
    return (body[:head_end] + body[start:end] + body[tail_start:] for start, end in runs)


def _entry_spans(body: bytes) -> list[tuple[int, int]] | None:
    """Byte ranges of the feed's entries, or None for a body expat cannot read."""
    parser = expat.ParserCreate()
    # local names of the open elements; an entry's start offset while it is open
    path: list[str] = []
    spans: list[tuple[int, int]] = []
    start = -1

    def on_start(name: str, _attrs: object) -> None:
        nonlocal start
        local = name.rpartition(":")[2]
        depth = len(path)
        if (
            start < 0
            and local in _ENTRY_NAMES
            and (depth == 1 or (depth == 2 and path[1] == "channel"))
        ):
            start = parser.CurrentByteIndex
        path.append(local)

    def on_end(_name: str) -> None:
        nonlocal start
        path.pop()
        if start >= 0 and len(path) in (1, 2) and (len(path) == 1 or path[1] == "channel"):
            at = parser.CurrentByteIndex
            # at the end tag's "<" (or, for an empty element, its start tag's)
            close = body.find(b">", at)
            if close < 0:
                raise expat.ExpatError("unterminated entry")
            spans.append((start, close + 1))
            start = -1

    parser.StartElementHandler = on_start
    parser.EndElementHandler = on_end
    try:
        parser.Parse(body, True)
    except (expat.ExpatError, ValueError, LookupError):
        return None
    finally:
        # the handlers refer to the parser: without this, the parser (and the body, which
        # the handlers hold as well) would outlive the call until a full garbage collection
        parser.StartElementHandler = parser.EndElementHandler = None
    return spans
