"""Untrusted text on its way in and out: the few character rules every reader and writer shares.

Article text, titles, ids, feed links and error messages all come from pages and files
someone else wrote. Four things go wrong if they pass through unchanged:

* a lone surrogate (`"\\ud800"` in JSON) is a Python `str` that cannot be encoded as
  UTF-8: every writer (stdout, SQLite, JSON) raises on it. It becomes U+FFFD at the door;
* escape sequences (`ESC ]0;title BEL`, `ESC [2J`) and other control characters printed on
  a terminal retitle the window, clear the screen or hide text; bidi overrides reorder
  what the reader sees. Text outputs drop them;
* XML 1.0 forbids most C0 controls even as character references: one `\\x01` in a title
  makes a JUnit report or an output feed unparsable. XML outputs drop them;
* a `javascript:` or `data:` link copied into an output feed runs in the reader's feed
  viewer. Output feeds keep only http(s) links.
"""

from __future__ import annotations

import re

_SURROGATE = re.compile("[\ud800-\udfff]")
# C0 controls except TAB and LF, DEL, C1 controls (0x9b is a one-byte CSI on some terminals),
# and the bidi embedding/override/isolate controls ("Trojan Source").
_TERMINAL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
# Everything XML 1.0 (Char production) does not allow, lone surrogates included.
_NOT_XML = re.compile("[^\x09\x0a\x0d\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def no_surrogates(s: str) -> str:
    """`s` with every lone surrogate replaced by U+FFFD (encodable as UTF-8 again)."""
    if s.isascii():  # one C scan: ASCII holds no surrogate (most ids, URLs, many texts)
        return s
    try:  # the UTF-8 encoder refuses exactly the lone surrogates, ~5x faster than a regex scan
        s.encode("utf-8")
    except UnicodeEncodeError:
        return _SURROGATE.sub("\ufffd", s)
    return s


def terminal_safe(s: str) -> str:
    """`s` without control, escape and bidi-override characters (TAB and newline stay)."""
    return _TERMINAL.sub("", s)


def xml_safe(s: str) -> str:
    """`s` without the characters XML 1.0 forbids (most C0 controls, U+FFFE/U+FFFF, surrogates)."""
    return _NOT_XML.sub("", s)


def mostly_utf8(data: bytes, share: float = 0.001) -> str | None:
    """`data` decoded as UTF-8 when at most `share` of it is invalid (at least one byte), else None.

    A UTF-8 page with one stray cp1252 byte (`\\x92`, a curly apostrophe pasted in) is not
    valid UTF-8, and a statistical detector then calls the whole page cp1250 and turns
    every accented letter into mojibake. When the page says it is UTF-8, a few
    replacement characters are the smaller loss.
    """
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd") - data.count(b"\xef\xbf\xbd")
    return text if bad <= max(1, int(len(data) * share)) else None


def web_link(url: str | None) -> str | None:
    """`url` when it is an absolute http(s) link, else None (no javascript:, data:, file:)."""
    if not url:
        return None
    url = url.strip()
    head = url[:8].lower()
    if head.startswith(("http://", "https://")) and not any(c in url for c in "\x00\r\n\t"):
        return url
    return None


__all__ = ["mostly_utf8", "no_surrogates", "terminal_safe", "web_link", "xml_safe"]
