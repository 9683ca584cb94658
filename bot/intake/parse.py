"""Feed bytes -> Items with stable identities (feedparser does the parsing)."""

from __future__ import annotations

import calendar
import hashlib
import io
import re
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import Any
from urllib.parse import unquote

from bot.errors import FetchError
from bot.records import FetchResult, Item
from bot.text import html_to_text

_HTML_START = re.compile(
    rb"^\s*(<!--.*?-->\s*)*<(!doctype\s+html|html)\b", re.IGNORECASE | re.DOTALL
)


@dataclass(frozen=True, slots=True)
class ParsedFeed:
    title: str
    items: tuple[Item, ...]
    #: a parser complaint on a feed that still yielded entries (kept for the record)
    warning: str | None = None


@dataclass(frozen=True, slots=True)
class ParsedEntries:
    """What feedparser found in a body, before its entries become items."""

    #: the feed's title as found (HTML and all)
    title: str
    #: the entries (feedparser's, or plain dicts of the keys in ENTRY_KEYS)
    entries: tuple[Any, ...]
    warning: str | None = None


#: the entry keys that entry_to_item reads
ENTRY_KEYS = (
    "title",
    "summary",
    "content",
    "link",
    "id",
    "published_parsed",
    "updated_parsed",
    "created_parsed",
    "author",
)


def parse_feed(result: FetchResult) -> ParsedFeed:
    """Parse a fetched body. Raises FetchError(kind="not_a_feed") when nothing usable is in it."""
    return to_items(parse_entries(result))


def to_items(parsed: ParsedEntries) -> ParsedFeed:
    """Entries -> items with stable identities and plain-text titles and summaries."""
    items = tuple(entry_to_item(e) for e in parsed.entries)
    return ParsedFeed(title=html_to_text(parsed.title), items=items, warning=parsed.warning)


def plain_entry(entry: Any) -> dict[str, Any]:
    """An entry as a plain dict of what entry_to_item reads (small, and it pickles): the
    raw values, without feedparser's aliases and fallbacks, which give the same item (and
    without the full content when there is a summary, which entry_to_item reads instead)."""
    out = {k: v for k in ENTRY_KEYS if (v := dict.get(entry, k))}
    if "content" in out:
        if "summary" in out:
            del out["content"]  # read only for an entry without a summary
        else:
            out["content"] = [{"value": out["content"][0].get("value")}]
    return out


#: a body bigger than this is parsed in pieces of about this size (see bot.intake.feed_split)
PIECE_BYTES = 256 * 1024


def parse_entries(result: FetchResult, *, piece_bytes: int = PIECE_BYTES) -> ParsedEntries:
    """The feedparser half of parse_feed (the part a parser process does).

    A well-formed feed bigger than `piece_bytes` is parsed piece by piece (bot.intake.feed_split),
    its entries kept as plain dicts (plain_entry), so what a parse holds at once is bounded
    by the piece size: ~10 MB at most over the corpus, where whole feeds took up to ~30 MB.
    Pieces that do not parse as the whole would (a parse error, a change of encoding) make
    it parse the whole body after all.
    """
    from bot.intake.charset import mend
    from bot.intake.feed_split import split_feed

    body = mend(result.body, result.content_type)  # a few invalid bytes: replaced
    if body is not result.body:
        result = replace(result, body=body)
    del body
    pieces = split_feed(result.body, piece_bytes)
    if pieces is not None:
        from feedparser.exceptions import ThingsNobodyCaresAboutButMe as Notice

        entries: list[dict[str, Any]] = []
        first: Any = None
        for piece in pieces:
            parsed = _feedparse(piece, result)
            bozo = parsed.get("bozo_exception")
            if (
                not parsed.get("entries")
                or (bozo is not None and not isinstance(bozo, Notice))
                or (first is not None and parsed.get("encoding") != first.get("encoding"))
            ):
                break  # not as expected after all: the whole body, as feedparser sees it
            if first is None:  # the feed's title, encoding and notices are in every piece
                first = {k: parsed.get(k) for k in ("feed", "encoding", "bozo_exception")}
            entries.extend(plain_entry(e) for e in parsed["entries"])
            del parsed
        else:
            first["entries"] = entries
            return _entries_of(first, result)
        del entries
    return _entries_of(_feedparse(result.body, result), result)


def _feedparse(body: bytes, result: FetchResult) -> Any:
    import feedparser  # imported here: start-up stays lean when no feed needs parsing

    from bot.intake.sax_driver import use_with_feedparser

    use_with_feedparser()
    headers = {"content-location": result.final_url}
    if result.content_type:
        headers["content-type"] = result.content_type
    try:
        # a stream, never the bytes themselves: feedparser opens a string or bytes that
        # spell a path or URL (a body of "/etc/passwd" or "/dev/stdin" would be read).
        # Summaries become plain text, so neither sanitising nor resolving relative URIs
        # inside their HTML is worth its cost (the latter is half of feedparser's time)
        parsed = feedparser.parse(
            io.BytesIO(body),
            response_headers=headers,
            sanitize_html=False,
            resolve_relative_uris=False,
        )
    except Exception as e:  # feedparser should not raise, but a hostile body must not kill us
        raise FetchError(f"parser failed: {type(e).__name__}: {e}", kind="not_a_feed") from e
    _drop_tracebacks(parsed.get("bozo_exception"))
    return parsed


def _drop_tracebacks(error: BaseException | None) -> None:
    """Forget where a parser complaint was raised (only its type and message are kept).

    Its traceback holds the frames of feedparser's parse, whose locals include the result
    that holds the complaint: a cycle that would keep the body and the partial parse of a
    malformed feed until the next full garbage collection.
    """
    seen: set[int] = set()
    while error is not None and id(error) not in seen:
        seen.add(id(error))
        error.__traceback__ = None
        error = error.__cause__ or error.__context__


def _entries_of(parsed: Any, result: FetchResult) -> ParsedEntries:
    entries = parsed.get("entries") or []
    version = parsed.get("version") or ""
    bozo = parsed.get("bozo_exception")
    if not entries:
        if _HTML_START.match(result.body[:2048]) or (
            not version and "html" in (result.content_type or "").lower()
        ):
            raise FetchError("not a feed: the server sent an HTML page", kind="not_a_feed")
        if not version or bozo:
            what = f" ({type(bozo).__name__}: {bozo})" if bozo else ""
            raise FetchError(f"not a feed: no usable RSS, Atom or RDF{what}", kind="not_a_feed")
    feed_title = str(parsed.get("feed", {}).get("title", ""))
    warning = f"{type(bozo).__name__}: {bozo}" if bozo and entries else None
    return ParsedEntries(title=feed_title, entries=tuple(entries), warning=warning)


def entry_to_item(entry: Any) -> Item:
    title = html_to_text(str(entry.get("title") or ""))
    raw_summary = entry.get("summary") or ""
    if not raw_summary and entry.get("content"):
        raw_summary = entry["content"][0].get("value") or ""
    summary = html_to_text(str(raw_summary))
    link = entry.get("link") or None
    guid = strip_tracking(str(entry.get("id") or entry.get("guid") or link or "").strip())
    if not guid:
        guid = "sha1:" + hashlib.sha1(f"{title}\n{summary}".encode()).hexdigest()  # noqa: S324
    published = None
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        t = entry.get(key)
        if t:
            try:
                published = datetime.fromtimestamp(calendar.timegm(t), UTC)
            except (OverflowError, ValueError, OSError):
                published = None
            if published is not None and published.year < 1970:
                published = None  # "0001-01-01" placeholders are no date at all
            break
    author = entry.get("author") or None
    return Item(
        guid=guid[:2000],
        title=title,
        summary=summary,
        link=str(link) if link else None,
        published=published,
        content_hash=content_hash(title, summary),
        author=str(author) if author else None,
    )


def strip_tracking(url: str) -> str:
    """A URL without its tracking parameters (utm_*, fbclid, ...), otherwise untouched.

    Used on identities (a guid that is a URL, or the link standing in for a missing guid),
    so a feed that only changes tracking parameters does not make old items look new. A URL
    without tracking parameters comes back byte for byte.
    """
    if "?" not in url or not url.startswith(("http://", "https://")):
        return url
    from bot.intake.links import TRACKING_PARAMS, TRACKING_PREFIXES

    base, _, rest = url.partition("?")
    query, hash_, fragment = rest.partition("#")
    pairs = query.split("&")
    kept = [
        p
        for p in pairs
        if not p
        or not (
            (key := unquote(p.partition("=")[0].replace("+", " ")).strip().lower())
            in TRACKING_PARAMS
            or key.startswith(TRACKING_PREFIXES)
        )
    ]
    if len(kept) == len(pairs):
        return url
    return base + ("?" + "&".join(kept) if kept else "") + hash_ + fragment


_WS = re.compile(r"\s+")


def content_hash(title: str, summary: str) -> str:
    """Hash of the material content: cosmetic changes (white space, case, entity encoding)
    give the same hash, so they never count as edits."""
    norm = _WS.sub(" ", f"{title}\n{summary}".casefold()).strip()
    return hashlib.sha256(norm.encode()).hexdigest()[:32]
