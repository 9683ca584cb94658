"""Typed records passed between the stages of the pipeline.

config -> FeedConfig / Claim;  fetch -> FetchResult;  parse -> Item;
matching -> Match (with TermHit evidence);  store -> Alert.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Literal

Stance = Literal["update", "contradiction"]
HitKind = Literal["exact", "fuzzy", "transliterated", "inflected", "translated"]


@dataclass(frozen=True, slots=True)
class Claim:
    """A tracked claim, as configured by a journalist."""

    #: slug, unique in a config
    id: str
    #: the claim in one sentence, shown in alerts
    statement: str
    #: every group must be present in an item; any term of a group stands for it
    require: tuple[tuple[str, ...], ...]
    #: if non-empty, at least one of these must be present too
    context: tuple[str, ...] = ()
    #: claim-specific phrases that signal a contradiction (on top of generic denial language)
    contradict: tuple[str, ...] = ()
    #: if any of these is present the item does not match
    exclude: tuple[str, ...] = ()
    #: Slack channel for this claim's alerts (default: [slack] channel)
    channel: str | None = None


@dataclass(frozen=True, slots=True)
class FeedConfig:
    """A feed to poll, as configured."""

    #: feed URL (http or https)
    url: str
    #: display name of the outlet
    name: str
    #: seconds between polls; None means [bot] poll_interval
    interval: float | None = None
    #: when to fetch an item's article: "auto", "always", "never"; None means [bot] article
    article: str | None = None


@dataclass(frozen=True, slots=True)
class TermHit:
    """One configured term found in a text, and how it was found."""

    #: the term as configured
    term: str
    #: the text as it stands in the item
    found: str
    #: exact, fuzzy (typo), transliterated (other script), inflected (stem/prefix)
    how: HitKind
    #: similarity 0..100 (100 for exact)
    score: float


@dataclass(frozen=True, slots=True)
class Match:
    """A claim matched by an item, with its stance and the evidence for both."""

    claim_id: str
    stance: Stance
    #: confidence 0..100
    score: float
    #: the sentence that shows the match (for a contradiction: the sentence with the cue)
    evidence: str
    #: the terms that matched, and how
    terms: tuple[TermHit, ...] = ()
    #: the stance cue that decided a contradiction (e.g. "denied"), or the confirmation that
    #: made an update ("confirmed"); None for a plain update
    cue: str | None = None
    #: where the evidence sentence stands: None in the feed's text, N in the article's
    #: paragraph N (1-based)
    paragraph: int | None = None


def evidence_place(paragraph: int | None) -> str:
    """Where an evidence sentence was found, as shown beside it ("" for the feed's text)."""
    return f"in the article, paragraph {paragraph}" if paragraph else ""


@dataclass(frozen=True, slots=True)
class Item:
    """One feed entry, normalised enough to store and match."""

    #: stable identity within its feed: guid, else link, else hash of title+summary
    guid: str
    title: str
    #: summary as plain text (HTML stripped, entities decoded)
    summary: str
    link: str | None = None
    published: datetime | None = None
    #: hash of the material content (normalised title + summary); changes mean an edit
    content_hash: str = ""
    author: str | None = None


@dataclass(frozen=True, slots=True)
class FetchResult:
    """What one HTTP fetch of a feed returned."""

    #: URL requested
    url: str
    #: URL after redirects
    final_url: str
    status: int
    #: body bytes (decompressed); empty for 304
    body: bytes = b""
    content_type: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    #: response headers that matter for scheduling (cache-control, expires, retry-after)
    headers: dict[str, str] = field(default_factory=dict)
    #: True when a redirect was permanent (301/308): the stored URL should change
    permanent_redirect: bool = False
    #: SHA-256 (hex) of the body, hashed while it was read; None for 304
    body_hash: str | None = None
    #: True when the body hashed to the one the caller already had: it was not kept
    #: (`body` is empty)
    same_body: bool = False
    #: True when the body was cut at the size asked for (an article page; a feed over its
    #: limit is refused instead)
    cut: bool = False

    @property
    def not_modified(self) -> bool:
        return self.status == 304


@dataclass(frozen=True, slots=True)
class Article:
    """What fetching and extracting an item's article came to."""

    #: the item's link, as requested
    url: str
    #: ok (text extracted), paywall (a paywall, consent or boilerplate page: nothing more
    #: than the feed had), robots (robots.txt disallows), blocked (a private address, a
    #: refused redirect, not http), failed (network, HTTP error, not HTML)
    status: str
    #: where the page was after redirects (None when nothing was fetched)
    final_url: str | None = None
    #: the extracted text, one paragraph a line ("" unless status is ok)
    text: str = ""
    title: str | None = None
    #: the publication date the page gives (as trafilatura found it, YYYY-MM-DD)
    published: str | None = None
    language: str | None = None
    #: SHA-256 of the extracted text
    content_hash: str | None = None
    #: why it is not ok, in words
    error: str | None = None
    #: HTTP status of the page (None when no answer)
    http_status: int | None = None
    #: True when the page was cut at the size cap before extraction
    cut: bool = False

    @property
    def paragraphs(self) -> list[str]:
        return [p for p in (line.strip() for line in self.text.splitlines()) if p]


@dataclass(frozen=True)
class ReportRow:
    """One matched item, as shown in the report table."""

    #: when claimwatch first saw the item (UTC, aware; naive is taken as UTC)
    seen: datetime
    published: datetime | None
    #: feed name
    outlet: str
    title: str
    link: str | None
    #: "update" | "contradiction"
    stance: str
    evidence: str
    #: corroboration: how many outlets carried the story (>= 1)
    outlets_in_story: int = 1
    #: the article paragraph the evidence comes from (None: the feed's text)
    paragraph: int | None = None
