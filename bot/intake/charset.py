"""A feed's text encoding: invalid bytes are replaced, the rest keeps its encoding.

feedparser decodes a body all or nothing: it tries the encoding the server or the document
declares (RFC 3023 rules, the XML declaration, a byte order mark), and when that fails
anywhere it falls back to whatever decodes the whole body, in the end windows-1252 or
iso-8859-2. So one stray ``\\xff`` in one item of a UTF-8 feed turned every Russian item
into mojibake, which then silently matched nothing. `mend` runs first: when none of the
declared encodings (nor UTF-8) decodes the body, but one of them decodes all but a few
bytes — fewer invalid bytes than valid non-ASCII characters — those bytes are replaced
by U+FFFD in that encoding and everything else is left byte for byte, so feedparser then
reads the body in the encoding it declares. A body mostly invalid in its declared
encoding (a windows-1252 feed labelled UTF-8) is left to feedparser's fallback, as before.
"""

from __future__ import annotations

import codecs
import re
import threading

#: what precedes "<?xm" in a document, and the encoding it shows (feedparser's order)
_BOMS = (
    (codecs.BOM_UTF32_BE, "utf-32be"),
    (codecs.BOM_UTF32_LE, "utf-32le"),
    (codecs.BOM_UTF16_BE, "utf-16be"),
    (codecs.BOM_UTF16_LE, "utf-16le"),
    (codecs.BOM_UTF8, "utf-8"),
)
#: "<?xm" itself in encodings that are not ASCII-compatible (no byte order mark)
_MARKERS = (
    (b"\x4c\x6f\xa7\x94", "cp037"),
    (b"\x00\x3c\x00\x3f", "utf-16be"),
    (b"\x3c\x00\x3f\x00", "utf-16le"),
    (b"\x00\x00\x00\x3c", "utf-32be"),
    (b"\x3c\x00\x00\x00", "utf-32le"),
)
#: the encoding named by the XML declaration (the pattern feedparser uses)
_XML_ENCODING = re.compile(rb"^<\?.*encoding=['\"](.*?)['\"].*\?>")
_APPLICATION_XML = (
    "application/xml",
    "application/xml-dtd",
    "application/xml-external-parsed-entity",
)
_TEXT_XML = ("text/xml", "text/xml-external-parsed-entity")
#: bytes decoded at a time when checking that a body decodes (the text is not kept)
_CHUNK = 256 * 1024

_ERRORS = "claimwatch.mend"
_found = threading.local()


def _record(error: UnicodeError) -> tuple[str, int]:
    assert isinstance(error, UnicodeDecodeError)
    _found.spans.append((error.start, error.end))
    return "\ufffd", error.end


codecs.register_error(_ERRORS, _record)


def mend(body: bytes, content_type: str | None) -> bytes:
    """The body with the bytes invalid in its declared encoding replaced, when there are
    only a few of them; otherwise the body as it is (see the module's docstring)."""
    skip, encodings = declared_encodings(body, content_type)
    data = memoryview(body)[skip:]
    if body.isascii() or any(_decodes(data, enc) for enc in encodings):
        return body
    best: tuple[int, str, list[tuple[int, int]]] | None = None
    for enc in encodings:
        found = _invalid_spans(data, enc)
        if found is None:
            continue
        spans, valid_non_ascii = found
        if len(spans) <= valid_non_ascii and (best is None or len(spans) < best[0]):
            best = (len(spans), enc, spans)
    if best is None:
        return body
    _, enc, spans = best
    try:
        replacement = "\ufffd".encode(enc)
    except UnicodeEncodeError:
        replacement = "?".encode(enc)
    parts = [body[:skip]]
    at = 0
    for start, end in spans:
        parts.append(data[at:start].tobytes())
        parts.append(replacement)
        at = end
    parts.append(data[at:].tobytes())
    return b"".join(parts)


def declared_encodings(body: bytes, content_type: str | None) -> tuple[int, list[str]]:
    """(length of the byte order mark, the encodings to try in order): what the HTTP
    Content-Type, the XML declaration and the byte order mark say, in feedparser's order
    (RFC 3023), then UTF-8, the default of XML."""
    bom, skip = "", 0
    for mark, enc in _BOMS:
        if body.startswith(mark):
            bom, skip = enc, len(mark)
            break
    else:
        for mark, enc in _MARKERS:
            if body.startswith(mark):
                bom = enc
                break
    head = body[skip : skip + 1024]
    if bom:
        head = head.decode(bom, "ignore").encode("utf-8")
    match = _XML_ENCODING.match(head)
    xml = match.group(1).decode("utf-8", "replace").lower() if match else ""
    mime, _, params = (content_type or "").partition(";")
    mime = mime.strip().lower()
    http = ""
    for param in params.split(";"):
        key, _, value = param.partition("=")
        if key.strip().lower() == "charset":
            http = value.strip().strip("\"'")
    if mime in _APPLICATION_XML or (mime.startswith("application/") and mime.endswith("+xml")):
        rfc3023 = http or xml or "utf-8"
    elif mime in _TEXT_XML or (mime.startswith("text/") and mime.endswith("+xml")):
        rfc3023 = http or "us-ascii"
    elif mime.startswith("text/"):
        rfc3023 = http or "us-ascii"
    elif not content_type:
        rfc3023 = xml or "iso-8859-1"
    else:
        rfc3023 = xml or "utf-8"
    ordered: list[str] = []
    for enc in (rfc3023, xml, bom, "utf-8"):
        enc = "gb18030" if enc.lower() == "gb2312" else enc  # as feedparser: the superset
        if enc and enc not in ordered:
            ordered.append(enc)
    return skip, ordered


def _decodes(data: memoryview, enc: str) -> bool:
    """Whether the whole of data decodes in enc (decoded a piece at a time, not kept)."""
    try:
        decoder = codecs.getincrementaldecoder(enc)()
    except LookupError:
        return False
    try:
        for at in range(0, len(data), _CHUNK):
            decoder.decode(data[at : at + _CHUNK])
        decoder.decode(b"", final=True)
    except UnicodeError:  # a decoding error, or "UTF-16 stream does not start with BOM"
        return False
    return True


def _invalid_spans(data: memoryview, enc: str) -> tuple[list[tuple[int, int]], int] | None:
    """Where data is invalid in enc, and how many valid non-ASCII characters it holds."""
    spans: list[tuple[int, int]] = []
    _found.spans = spans
    try:
        text = codecs.decode(data, enc, _ERRORS)
    except (LookupError, UnicodeError):
        return None
    finally:
        _found.spans = []
    non_ascii = len(text) - len(text.encode("ascii", "ignore"))
    return spans, non_ascii - len(spans)
