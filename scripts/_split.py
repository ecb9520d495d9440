"""The fixed tuning split for every evaluation script: half 0 is tuned on, half 1 is held back.

A key (publisher, story-family cluster id, pair id, source document) goes to a half by the
first byte of its SHA-1, so the split never depends on the order of the data or on Python's
hash seed. Rules are tuned on half 0 only; both halves are reported in closing notes.
"""

from __future__ import annotations

import hashlib


def half(key: object) -> int:
    """0 (tune) or 1 (held back) for a publisher, cluster id, pair id or document key."""
    return hashlib.sha1(str(key).strip().casefold().encode("utf-8")).digest()[0] % 2


def publisher_key(publisher: str) -> str:
    """The split key of a publisher: its name or host without 'www.' and the top-level part."""
    p = (publisher or "").strip().casefold().removeprefix("https://").removeprefix("http://")
    p = p.split("/")[0].removeprefix("www.")
    return p.split(".")[0] if "." in p else p
