"""Text normalisation shared by parsing, matching and clustering (pure functions)."""

from __future__ import annotations

import html
import re
import unicodedata

_TAG = re.compile(r"<[^>]*>")
_BLOCK_TAG = re.compile(r"<\s*(?:br|/p|/div|/li|/h[1-6])\b[^>]*>", re.IGNORECASE)
_SCRIPT = re.compile(r"<(script|style)\b.*?</\1\s*>", re.IGNORECASE | re.DOTALL)
_WS = re.compile(r"\s+")


def html_to_text(value: str) -> str:
    """Strip tags, decode entities (also double-encoded ones) and collapse white space."""
    if not value:
        return ""
    text = _SCRIPT.sub(" ", value)
    text = _BLOCK_TAG.sub(" ", text)
    text = _TAG.sub(" ", text)
    text = html.unescape(text)
    if "&" in text and ";" in text:
        text = html.unescape(text)
    text = unicodedata.normalize("NFKC", text)
    return _WS.sub(" ", text).strip()
