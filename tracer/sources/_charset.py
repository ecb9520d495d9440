"""Content types and character sets of fetched bytes.

Servers often lie about the charset or leave it out; a page decoded with the wrong one
turns every accented letter into mojibake and breaks copy detection between outlets.
The order here follows what browsers do (WHATWG encoding sniffing), simplified: a byte
order mark wins, then bytes that are valid UTF-8 (which almost never happens by accident
for non-ASCII text), then the charset the server declared, then the page's own
`<meta charset>`, then statistical detection (charset_normalizer).

A declaration is trusted over a guess when the bytes nearly fit it: a header and a meta
tag that agree decide even if a few bytes are invalid in that charset (replaced), and
a page declared UTF-8 that is UTF-8 but for a stray byte stays UTF-8 (a detector would
call it cp1250 and garble every accented letter).
"""

from __future__ import annotations

import codecs
import re

from tracer.untrusted import mostly_utf8

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-:.]+)""", re.I)
_XML_DECL = re.compile(rb"""^\s*<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_\-.]+)""", re.I)
_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
# WHATWG: labels that browsers decode with a superset codec.
_SUPERSETS = {"iso-8859-1": "cp1252", "latin-1": "cp1252", "latin1": "cp1252", "us-ascii": "cp1252",
              "ascii": "cp1252", "iso-8859-9": "cp1254", "tis-620": "cp874", "gb2312": "gb18030", "gbk": "gb18030"}

HTML_TYPES = ("text/html", "application/xhtml+xml")
FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/xml",
              "text/xml", "application/feed+json")


def media_type(content_type: str | None) -> str:
    """`text/html; charset=utf-8` → `text/html`."""
    return (content_type or "").split(";")[0].strip().lower()


def header_charset(content_type: str | None) -> str | None:
    """The `charset=` parameter of a Content-Type header, if any."""
    for part in (content_type or "").split(";")[1:]:
        key, _, value = part.partition("=")
        if key.strip().lower() == "charset" and value.strip():
            return value.strip().strip("\"'").lower()
    return None


def _codec(label: str | None) -> str | None:
    if not label:
        return None
    label = label.lower()
    label = _SUPERSETS.get(label, label)
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def sniff_kind(body: bytes) -> str:
    """Guess `html`, `feed` or `other` from the first bytes when no content type was sent."""
    head = body[:2048].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith(b"<?xml") or head.startswith(b"<rss") or head.startswith(b"<feed"):
        return "feed" if (b"<rss" in head or b"<feed" in head or b"<rdf" in head) else "html" if b"<html" in head else "other"
    if head.startswith((b"<!doctype html", b"<html", b"<head", b"<body", b"<!--", b"<meta", b"<title", b"<div", b"<p")):
        return "html"
    return "other"


def decode_page(body: bytes, declared: str | None = None) -> tuple[str, str]:
    """Decode page bytes; returns (text, the encoding used). Never raises."""
    for bom, enc in _BOMS:
        if body.startswith(bom):
            return body.decode(enc, errors="replace"), enc
    try:
        return body.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    candidates = [_codec(declared)]
    m = _META_CHARSET.search(body[:8192]) or _XML_DECL.search(body[:512])
    if m:
        candidates.append(_codec(m.group(1).decode("ascii", "replace")))
    if "utf-8" in candidates:
        text = mostly_utf8(body)
        if text is not None:
            return text, "utf-8"
    if len(candidates) == 2 and candidates[0] and candidates[0] == candidates[1] and candidates[0] != "utf-8":
        try:
            return body.decode(candidates[0], errors="replace"), candidates[0]
        except LookupError:
            pass
    for enc in candidates:
        if enc and enc != "utf-8":
            try:
                return body.decode(enc), enc
            except UnicodeDecodeError:
                continue
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(body[:200_000]).best()
        if best is not None and best.encoding:
            enc = _codec(best.encoding) or best.encoding
            return body.decode(enc, errors="replace"), enc
    except Exception:  # detection is best effort; fall through to a lossy decode
        pass
    return body.decode("cp1252", errors="replace"), "cp1252"
