"""Reading the page signals `tracer.extract` records (meta tags, byline nodes, source lines)
as the credits readers need them, whatever shape they arrive in: a store row written by an
older version, or a corrupt one, must give no credit rather than an exception or junk."""

from __future__ import annotations

from typing import Any


def signal_values(signals: Any, key: str) -> list[str]:
    """The non-blank strings a page signal (or a meta tag's entry) holds under `key`: a list's
    strings, one string, or nothing for any other shape."""
    val = signals.get(key) if isinstance(signals, dict) else None
    val = [val] if isinstance(val, str) else val if isinstance(val, list) else []
    return [v for v in val if isinstance(v, str) and v.strip()]
