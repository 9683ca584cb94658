"""Headlines and summary leads as the story index compares them (pure).

Headline tags ("Report:", "WATCH:") and outlet suffixes (" - Reuters") come off, text is
folded and cut into crudely stemmed tokens; a summary's lead is its distinctive tokens.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from bot.text import html_to_text

__all__ = [
    "GENERIC",
    "OUTLET_WORDS",
    "distinctive",
    "fold",
    "is_number",
    "normalise_title",
    "summary_lead",
]

_STOPWORDS = frozenset(
    """a about above after again against all also am an and any are as at be because been
    before being below between both but by can could did do does doing down during each few
    for from further had has have having he her here hers him his how i if in into is it its
    just me more most my no nor not now of off on once only or other our out over own same
    she should so some such than that the their them then there these they this those
    through to too under until up very was we were what when where which while who whom why
    will with would you your yours says said say via amid""".split()
)
#: words that carry no story identity on their own: headlines made only of these (and
#: stopwords) never match on text
GENERIC = frozenset(
    """news live update updates latest breaking watch video videos photo photos picture
    pictures gallery today tonight week weekly day daily morning evening briefing world
    report reports opinion analysis editorial podcast episode newsletter top stories story
    headlines roundup recap highlights blog post links link read more""".split()
)
_TAG_WORDS = (
    "breaking news|breaking|exclusive|report|watch|video|live updates|live|update|updated|"
    "analysis|opinion|explainer|factbox|fact check|photos?|in pictures|listen|podcast|"
    "just in|editorial|comment|review|interview|developing|urgent|new"
)
_PREFIX_TAG = re.compile(rf"^\s*(?:{_TAG_WORDS})\s*[:|]\s*", re.IGNORECASE)
_CAPS_TAG = re.compile(r"^\s*[A-Z][A-Z]+(?: [A-Z]+)?\s*:\s+")
#: words that mark a headline suffix (" - Reuters", " | AP News") as the outlet's name
#: rather than part of the story ("Part 4 – System Design"); the item's own outlet name
#: counts too.  Data: extend it rather than loosening the rule.
OUTLET_WORDS = frozenset(
    """reuters ap afp upi bbc cnn nbc cbs abc npr pbs fox sky dw rfi rte cbc itv msnbc
    news newswire wire times post guardian independent telegraph journal herald tribune
    press daily gazette mail express observer chronicle standard globe sun mirror star
    online media tv radio bloomberg politico axios aljazeera jazeera yahoo msn euronews
    france24 hindu dawn economist wsj nyt ft forbes insider verge wired techcrunch""".split()
)
_SUFFIX = re.compile(r"\s+[|\-–—]\s+([^|\-–—]{1,40})$")
_SUFFIX_PAREN = re.compile(r"\s*\(([^()]{1,30})\)\s*$")
#: parenthesised headline suffixes that only label the medium
_PAREN_WORDS = frozenset(
    "video photos photo audio podcast live watch updated update opinion".split()
)
_TRAILER = re.compile(
    r"(?:\s*(?:\[\s*(?:…|\.\.\.)\s*\]|…|\.\.\.|read more|continue reading|»|→)\s*)+$",
    re.IGNORECASE,
)
#: WordPress and similar feed trailers: "The post <title> appeared first on <site>."
_WP_TRAILER = re.compile(
    r"\s*(?:The post .{0,300}? (?:first appeared|appeared first) on .{0,120}$"
    r"|The post .{0,300}? was published on .{0,120}$)",
    re.IGNORECASE | re.DOTALL,
)
_POSSESSIVE = re.compile(r"['’]s\b")
_APOSTROPHE = re.compile(r"['’]")
_TOKEN = re.compile(r"[^\W_]+")


def fold(text: str) -> str:
    """Case-fold and strip accents so "Zelenskyy" and "ZELENSKYY" compare equal."""
    if text.isascii():
        return text.casefold()
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def _stem(token: str) -> str:
    """Crude plural folding ("talks" -> "talk"); enough for re-titled copies."""
    if len(token) > 3 and token.endswith("s") and not token.endswith(("ss", "us", "is")):
        return token[:-1]
    return token


def _tokens(text: str) -> list[str]:
    text = _POSSESSIVE.sub("", fold(text))
    text = _APOSTROPHE.sub("", text)
    return [_stem(t) for t in _TOKEN.findall(text)]


def _is_outlet_suffix(suffix: str, outlet: str) -> bool:
    words = _TOKEN.findall(fold(suffix))
    if not words or len(words) > 4:
        return False
    if outlet and words == _TOKEN.findall(fold(outlet)):
        return True
    return any(w in OUTLET_WORDS for w in words) or suffix.strip().lower().endswith(".com")


def _strip_outlet_marks(title: str, outlet: str = "") -> str:
    """Drop headline tags ("Report:", "WATCH:") and outlet suffixes (" - Reuters")."""
    for _ in range(3):
        before = title
        if not title.isupper():
            title = _CAPS_TAG.sub("", title, count=1)
        title = _PREFIX_TAG.sub("", title, count=1)
        match = _SUFFIX.search(title)
        if match and match.start() > 0 and _is_outlet_suffix(match.group(1), outlet):
            title = title[: match.start()]
        paren = _SUFFIX_PAREN.search(title)
        if paren and paren.start() > 0:
            words = _TOKEN.findall(fold(paren.group(1)))
            if words and (set(words) <= _PAREN_WORDS or _is_outlet_suffix(paren.group(1), outlet)):
                title = title[: paren.start()]
        title = title.strip()
        if title == before:
            break
    return title


def normalise_title(title: str, outlet: str = "") -> str:
    """The headline as compared: plain text, tags and outlet suffixes off, folded tokens."""
    return " ".join(_tokens(_strip_outlet_marks(html_to_text(title), outlet)))


_ROMAN = re.compile(r"^(?:x{0,3})(?:ix|iv|v?i{0,3})$")


def is_number(token: str) -> bool:
    """Digits anywhere ("5", "rc2", "c03") or a Roman numeral of two letters or more."""
    if not token.isalpha():  # (a letter is never a digit: most tokens stop here)
        if any(c.isdigit() for c in token):
            return True
    return len(token) > 1 and bool(_ROMAN.match(token))


def distinctive(tokens: Iterable[str]) -> list[str]:
    """Tokens that can identify a story, in order, without repeats."""
    seen: dict[str, None] = {}
    for token in tokens:
        if token not in _STOPWORDS and (len(token) > 1 or token.isdigit()):
            seen.setdefault(token, None)
    return list(seen)


def summary_lead(summary: str, title_norm: str, limit: int) -> tuple[list[str], str]:
    """Distinctive tokens of the summary's lead, and the lead as folded text.

    Only the lead is compared: outlets truncate summaries, never cut their beginning.
    """
    # cut before the (costly) clean-up: the lead is a few hundred characters at most
    text = html_to_text(summary[: limit * 60])[: limit * 12 + 400]
    text = _WP_TRAILER.sub("", text)[: limit * 12]
    text = _TRAILER.sub("", text)
    tokens = _tokens(text)
    joined = " ".join(tokens)
    if joined == title_norm:  # feeds that repeat the title as the summary
        return [], ""
    return distinctive(tokens)[:limit], joined
