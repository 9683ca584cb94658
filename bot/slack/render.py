"""Render an alert as a Slack message (pure).

Feed text is hostile. Every piece of it is escaped (&, <, >) so that `<!channel>`,
`<@U123>` or `<!subteam^S1>` in a headline shows as text and pings no one, and made
printable (`bot.text.printable`: no control characters, no bidi overrides that would show
a headline in another order than it is); links are only http/https and cannot smuggle
`|` or `>`; text is cut on character boundaries, never inside an escape, within Block
Kit's limits.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote, urlsplit

from bot.records import evidence_place
from bot.store import PendingAlert
from bot.text import printable

SECTION_LIMIT = 3000
TEXT_LIMIT = 3500
MAX_BLOCKS = 50
ELLIPSIS = "…"


@dataclass(frozen=True, slots=True)
class Message:
    text: str
    blocks: list[dict[str, Any]] = field(default_factory=list)


def escape(text: str) -> str:
    """Escape text for Slack mrkdwn/plain text: the three characters Slack gives meaning to,
    and nothing a person should not see (`printable`)."""
    return printable(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def truncate(text: str, limit: int) -> str:
    """Cut raw (unescaped) text so that its escaped form fits `limit` characters."""
    if len(escape(text)) <= limit:
        return escape(text)
    out: list[str] = []
    size = 0
    for ch in text:
        piece = escape(ch)
        if size + len(piece) + len(ELLIPSIS) > limit:
            break
        out.append(piece)
        size += len(piece)
    return "".join(out).rstrip() + ELLIPSIS


def safe_url(url: str | None) -> str | None:
    """An http(s) URL safe inside <url|label>, or None."""
    if not url:
        return None
    url = url.strip()
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    return quote(url, safe=":/?#[]@!$&'()*+,;=%~-._")


def link(url: str | None, label: str, limit: int = 300) -> str:
    text = truncate(label or url or "(untitled)", limit)
    target = safe_url(url)
    if target is None:
        return text
    return f"<{escape(target)}|{text.replace('|', '¦')}>"


def corroboration(outlet: str, outlets: Sequence[str]) -> str:
    """'Also reported by Reuters, AP and 3 more — 6 outlets' (escaped), or '' for one."""
    others = [o for o in outlets if o != outlet]
    if not others:
        return ""
    shown = ", ".join(truncate(o, 60) for o in others[:5])
    more = f" and {len(others) - 5} more" if len(others) > 5 else ""
    return f":link: Also reported by {shown}{more} — *{len(others) + 1} outlets*"


def render_alert(
    alert: PendingAlert,
    statement: str,
    *,
    in_thread: bool = False,
    outlets: Sequence[str] = (),
) -> Message:
    contra = alert.stance == "contradiction"
    badge = ":rotating_light: *CONTRADICTION*" if contra else ":newspaper: *Update*"
    headline = alert.title or (alert.summary[:120] if alert.summary else "(no headline)")
    when = (alert.published or "").replace("T", " ").replace("Z", " UTC")
    edited = f"\n:pencil2: _{escape(alert.change)}_" if alert.change else ""
    # the statement is on every alert, threaded or not: a reply broadcast to the channel
    # (a contradiction) and an edited alert must read alone
    limit = 300 if in_thread else 600
    head = f"{badge} · claim `{escape(alert.claim_id)}`\n>{truncate(statement, limit)}"
    blocks: list[dict[str, Any]] = [
        {"type": "section", "text": {"type": "mrkdwn", "text": head + edited}},
        {
            "type": "section",
            "text": {
                "type": "mrkdwn",
                "text": f"*{link(alert.link, headline)}*\n{truncate(alert.outlet, 200)}"
                + (f" · {escape(when)}" if when else ""),
            },
        },
    ]
    if alert.evidence:
        blocks.append(
            {
                "type": "section",
                "text": {
                    "type": "mrkdwn",
                    "text": "> "
                    + truncate(alert.evidence, SECTION_LIMIT - 80)
                    + (f"\n_{evidence_place(alert.paragraph)}_" if alert.paragraph else ""),
                },
            }
        )
    also = corroboration(alert.outlet, outlets)
    if also:
        blocks.append({"type": "context", "elements": [{"type": "mrkdwn", "text": also}]})
    detail = describe_terms(alert.terms)
    cue = f"{cue_label(alert.stance)}: “{truncate(alert.cue, 200)}” · " if alert.cue else ""
    blocks.append(
        {
            "type": "context",
            "elements": [
                {
                    "type": "mrkdwn",
                    "text": truncate_escaped(f"{cue}{detail}score {alert.score:.0f}", 2000),
                }
            ],
        }
    )
    prefix = "CONTRADICTION" if contra else "Update"
    text = f"{prefix} [{alert.claim_id}]: {headline} ({alert.outlet})"
    return Message(text=truncate(text, TEXT_LIMIT), blocks=blocks[:MAX_BLOCKS])


def truncate_escaped(text: str, limit: int) -> str:
    """Cut already-escaped text without splitting an &entity;."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    amp = cut.rfind("&")
    if amp != -1 and ";" not in cut[amp:]:
        cut = cut[:amp]
    return cut + ELLIPSIS


def cue_label(stance: str) -> str:
    """What an alert's cue is: the stance cue of a contradiction, or an update's confirmation."""
    return "stance cue" if stance == "contradiction" else "confirmation"


def describe_terms(terms_json: str) -> str:
    try:
        terms = json.loads(terms_json or "[]")
    except ValueError:
        return ""
    parts = []
    for t in terms[:12]:
        how = t.get("how", "exact")
        found, term = str(t.get("found", "")), str(t.get("term", ""))
        if how == "exact":
            parts.append(escape(found or term))
        else:
            parts.append(f"{escape(found)} ≈ {escape(term)} ({how} {float(t.get('score', 0)):.0f})")
    return ("matched: " + ", ".join(parts) + " · ") if parts else ""


#: alerts per digest message: with each line capped, a digest always fits Block Kit limits
DIGEST_MAX = 40
_DIGEST_HEADLINE = 200
_DIGEST_URL = 600
#: a contradiction's evidence sentence in a digest (its own quoted line under the headline)
_DIGEST_EVIDENCE = 300


def render_parent(
    claim_id: str,
    statement: str,
    updates: int,
    contradictions: int,
    last_seen: str | None,
    outlets: int = 0,
) -> Message:
    """A claim's thread parent: the statement and a running tally (kept current by chat.update)."""
    seen = (last_seen or "").replace("T", " ").replace("Z", " UTC")
    tally = (
        f"*{_count(updates, 'update')} · {_count(contradictions, 'contradiction')}*"
        + (f" · reported by {_count(outlets, 'outlet')}" if outlets else "")
        + (f" · last seen {escape(seen)}" if seen else "")
    )
    head = f":pushpin: Tracking claim `{escape(claim_id)}`\n>{truncate(statement, 1500)}"
    blocks: list[dict[str, Any]] = [
        {"type": "section", "text": {"type": "mrkdwn", "text": head}},
        {"type": "context", "elements": [{"type": "mrkdwn", "text": tally}]},
    ]
    text = (
        f"Claim [{claim_id}]: {statement} ({_count(updates, 'update')},"
        f" {_count(contradictions, 'contradiction')})"
    )
    return Message(text=truncate(text, TEXT_LIMIT), blocks=blocks)


def _count(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def digest_line(alert: PendingAlert) -> str:
    """One escaped entry of a digest: stance, linked headline, outlet, and for a
    contradiction the evidence sentence quoted below (< 1,400 characters)."""
    contra = alert.stance == "contradiction"
    mark = ":rotating_light: *CONTRADICTION*" if contra else ":newspaper: update"
    headline = alert.title or (alert.summary[:120] if alert.summary else "(no headline)")
    url = safe_url(alert.link)
    if url is not None and len(escape(url)) > _DIGEST_URL:
        url = None
    edited = " _(edited)_" if alert.kind == "edited" else ""
    line = (
        f"• {mark} {link(url, headline, _DIGEST_HEADLINE)}{edited} — {truncate(alert.outlet, 100)}"
    )
    if contra and alert.evidence and alert.evidence.strip() != headline.strip():
        line += "\n>" + truncate(" ".join(alert.evidence.split()), _DIGEST_EVIDENCE)
    return line


def render_digest(
    alerts: list[PendingAlert], statement: str, *, in_thread: bool = False
) -> Message:
    """Many alerts for one claim as one message (at most DIGEST_MAX of them).

    Lines are packed into sections of at most SECTION_LIMIT characters; with every line
    capped well below that and DIGEST_MAX lines, the message stays under MAX_BLOCKS.
    """
    if not alerts or len(alerts) > DIGEST_MAX:
        raise ValueError(f"a digest holds 1..{DIGEST_MAX} alerts, not {len(alerts)}")
    claim_id = alerts[0].claim_id
    n_contra = sum(a.stance == "contradiction" for a in alerts)
    n_upd = len(alerts) - n_contra
    badge = ":rotating_light:" if n_contra else ":newspaper:"
    head = (
        f"{badge} *{_count(len(alerts), 'new item')}* for claim `{escape(claim_id)}`:"
        f" {_count(n_upd, 'update')}, {_count(n_contra, 'contradiction')}"
    )
    head += f"\n>{truncate(statement, 300 if in_thread else 600)}"
    blocks: list[dict[str, Any]] = [{"type": "section", "text": {"type": "mrkdwn", "text": head}}]
    section: list[str] = []
    size = 0
    # contradictions first: they are what a reader must not miss
    ordered = sorted(alerts, key=lambda a: (a.stance != "contradiction", a.id))
    for alert in ordered:
        line = digest_line(alert)
        if section and size + 1 + len(line) > SECTION_LIMIT:
            blocks.append(_mrkdwn_section("\n".join(section)))
            section, size = [], 0
        section.append(line)
        size += len(line) + (1 if size else 0)
    if section:
        blocks.append(_mrkdwn_section("\n".join(section)))
    text = (
        f"{_count(len(alerts), 'new item')} for claim [{claim_id}]:"
        f" {_count(n_upd, 'update')}, {_count(n_contra, 'contradiction')}"
    )
    return Message(text=truncate(text, TEXT_LIMIT), blocks=blocks[:MAX_BLOCKS])


def _mrkdwn_section(text: str) -> dict[str, Any]:
    return {
        "type": "section",
        "text": {"type": "mrkdwn", "text": truncate_escaped(text, SECTION_LIMIT)},
    }
