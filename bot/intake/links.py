"""Canonical article URLs, so copies of one link compare equal (pure functions).

The same article reaches us as ``https://www.example.com/a?utm_source=rss``,
``http://m.example.com/a/amp#top`` and ``https://example.com/a/``.  ``canonical_url``
maps all of them to one *identity key*.  The key is meant for comparing and storing,
not for fetching: it may not resolve (``http`` becomes ``https``, AMP and mobile hosts are
folded into the main host), so keep the original link for display.

What is removed is data, not code: extend :data:`TRACKING_PARAMS`,
:data:`TRACKING_PREFIXES` and :data:`HOST_PREFIXES` rather than adding special cases.
"""

from __future__ import annotations

import re
from urllib.parse import unquote, urlsplit, urlunsplit

__all__ = [
    "AMP_PARAMS",
    "HOST_PREFIXES",
    "TRACKING_PARAMS",
    "TRACKING_PREFIXES",
    "canonical_url",
]

#: Query parameters that only say *how* a reader arrived (campaign, click id, referrer,
#: share button) and never select content.  Compared case-insensitively.
TRACKING_PARAMS: frozenset[str] = frozenset(
    {
        # ad-network click ids
        "fbclid",  # Facebook
        "gclid",  # Google Ads
        "gclsrc",
        "dclid",  # DoubleClick
        "gbraid",
        "wbraid",
        "msclkid",  # Microsoft Ads
        "yclid",  # Yandex
        "twclid",  # Twitter/X
        "ttclid",  # TikTok
        "li_fat_id",  # LinkedIn
        "igshid",  # Instagram
        "_ga",  # Google Analytics cross-domain
        "_gl",
        # newsletters and mail
        "mc_cid",  # Mailchimp campaign
        "mc_eid",  # Mailchimp subscriber
        "mkt_tok",  # Marketo
        "_hsenc",  # HubSpot
        "_hsmi",
        "vero_id",
        "oly_enc_id",
        "oly_anon_id",
        # publisher campaign codes
        "cmpid",  # many publishers (WSJ, Dow Jones, ...)
        "cmp",  # Guardian CMP=share_btn_tw
        "ocid",  # MSN
        "smid",  # New York Times share id
        "smtyp",  # New York Times share type
        "ncid",  # Yahoo / Engadget
        "xtor",  # AT Internet (Le Monde, France TV, ...)
        "s_cid",  # Adobe
        "wt.mc_id",  # Webtrends
        "icid",  # internal campaign id
        "sr_share",
        "guccounter",  # Yahoo consent redirect
        "guce_referrer",
        "guce_referrer_sig",
        "soc_src",
        "soc_trk",
        "mbid",
        "rss",  # ?rss=1 marks the feed as referrer
        "feedtype",
        # referrers
        "ref",
        "ref_src",
        "ref_url",
        "referrer",
        "src",
        "source",
        "via",
    }
)

#: Prefixes of tracking parameter families: ``utm_source``, ``at_medium`` (AT Internet,
#: BBC), ``pk_campaign`` (Matomo), ``mtm_*`` (Matomo), ``hsa_*`` (HubSpot ads).
TRACKING_PREFIXES: tuple[str, ...] = ("utm_", "at_", "pk_", "mtm_", "hsa_", "itm_", "ns_")

#: Parameters that only ask for the AMP rendition: ``?amp``, ``?amp=1``,
#: ``?outputType=amp``.  Mapped to the value that marks AMP, ``None`` meaning any value.
AMP_PARAMS: dict[str, str | None] = {"amp": None, "outputtype": "amp", "amp_js_v": None}

#: Sub-domains that serve the same article as the main host (desktop/mobile/AMP).
HOST_PREFIXES: tuple[str, ...] = ("www.", "m.", "mobile.", "amp.", "www1.", "www2.")

_DEFAULT_PORTS = {"http": 80, "https": 443}
_AMP_CACHE_HOST = ".cdn.ampproject.org"
_BAD_HOST = re.compile(r"[\s<>\"{}|\\^`]")
_PCT = re.compile(r"%[0-9a-fA-F]{2}")
_UNRESERVED = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")


def canonical_url(url: str) -> str:
    """Return the identity key of an article URL; never raises.

    Lower-cases scheme and host, folds ``http`` into ``https``, drops ``www.``/mobile/AMP
    host prefixes, default ports, user info, fragments, tracking and AMP query parameters,
    AMP path forms (``/amp/`` segment, trailing ``/amp``, ``.amp.html``), trailing slashes,
    and sorts the remaining query parameters.  Google AMP cache URLs
    (``*.cdn.ampproject.org/c/s/host/path``, ``google.com/amp/s/host/path``) are unwrapped.
    Input that is not an absolute http(s) URL is returned stripped, unchanged otherwise.
    """
    text = (url or "").strip()
    try:
        return _canonical(text)
    except (ValueError, TypeError, UnicodeError):
        return text


def _canonical(text: str) -> str:
    parts = urlsplit(text)
    scheme = parts.scheme.lower()
    if scheme not in _DEFAULT_PORTS or not parts.hostname or _BAD_HOST.search(parts.netloc):
        return text
    host = parts.hostname.lower().rstrip(".")  # .hostname drops user info and brackets
    port = parts.port  # raises ValueError on junk ports -> caller returns the text
    path = parts.path

    unwrapped = _unwrap_amp_cache(host, path)
    if unwrapped is not None:
        return _canonical(unwrapped + ("?" + parts.query if parts.query else ""))

    for prefix in HOST_PREFIXES:
        # keep at least "name.tld": "m.example.com" -> "example.com", but not "www.com" -> "com"
        if host.startswith(prefix) and "." in host[len(prefix) :]:
            host = host[len(prefix) :]
            break
    if ":" in host:  # IPv6 literal
        host = f"[{host}]"
    if port is not None and port != _DEFAULT_PORTS[scheme]:
        host = f"{host}:{port}"

    return urlunsplit(("https", host, _clean_path(path), _clean_query(parts.query), ""))


def _unwrap_amp_cache(host: str, path: str) -> str | None:
    """Original URL behind a Google AMP cache URL, or None if this is not one."""
    if host.endswith(_AMP_CACHE_HOST) or (host in ("google.com", "www.google.com")):
        rest = path
        if not host.endswith(_AMP_CACHE_HOST):
            if not rest.startswith("/amp/"):
                return None
            rest = rest[len("/amp") :]
        # /c/s/host/path (https) or /c/host/path (http); /v/ and /i/ serve other content
        for lead, scheme in (("/c/s/", "https"), ("/c/", "http"), ("/s/", "https")):
            if rest.startswith(lead) and len(rest) > len(lead):
                return f"{scheme}://{rest[len(lead) :]}"
    return None


def _clean_path(path: str) -> str:
    """Normalise percent-escapes, drop AMP forms and trailing slashes."""
    path = _PCT.sub(_normalise_escape, path)
    segments = [s for s in path.split("/") if s and s != "."]
    segments = [s for s in segments if s.lower() != "amp"]  # /amp/ segment and trailing /amp
    if segments:
        last = segments[-1]
        lower = last.lower()
        if lower.endswith(".amp.html") or lower.endswith(".amp.htm"):
            segments[-1] = last[: lower.rindex(".amp.")] + last[lower.rindex(".amp.") + 4 :]
        elif lower.endswith(".amp") and len(last) > 4:
            segments[-1] = last[:-4]
    return "/" + "/".join(segments) if segments else ""


def _normalise_escape(match: re.Match[str]) -> str:
    """Decode escapes of unreserved characters and upper-case the others (RFC 3986 6.2.2)."""
    char = unquote(match.group(0))
    return char if char in _UNRESERVED else match.group(0).upper()


def _clean_query(query: str) -> str:
    """Drop tracking and AMP parameters, keep the rest sorted (raw encoding preserved)."""
    if not query:
        return ""
    kept: list[tuple[str, str]] = []
    for pair in query.split("&"):
        if not pair:
            continue
        raw_key, _, raw_value = pair.partition("=")
        key = unquote(raw_key.replace("+", " ")).strip().lower()
        value = unquote(raw_value.replace("+", " ")).strip().lower()
        if key in TRACKING_PARAMS or key.startswith(TRACKING_PREFIXES):
            continue
        if key in AMP_PARAMS and AMP_PARAMS[key] in (None, value):
            continue
        kept.append((raw_key, pair))
    kept.sort()
    return "&".join(pair for _, pair in kept)
