"""The credit forms of many languages, loaded once from `lexicon.json`.

Byline prefixes, source labels, photo words, citation cues and the rest are data so a
new language is a data edit. `pattern()` turns a list of phrases into one compiled
alternation, longest first, so "A cura di" wins over "Di".
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources
from typing import Any

LEXICON: dict[str, Any] = json.loads(
    resources.files("tracer.credits").joinpath("lexicon.json").read_text("utf-8"))


def phrases(key: str) -> list[str]:
    """All phrases under `key`, flattening per-language or per-role groups."""
    val = LEXICON[key]
    if isinstance(val, dict):
        return [p for group in val.values() for p in group]
    return list(val)


@lru_cache(maxsize=64)
def alternation(key: str, sub: str | None = None) -> str:
    """A regex alternation (no group) of the phrases under `key` (or `key`/`sub`)."""
    items = LEXICON[key][sub] if sub else phrases(key)
    items = sorted(set(items), key=lambda p: (-len(p), p))  # longest first; ties in a fixed order (no hash seed)
    return "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in items)


@lru_cache(maxsize=64)
def triggers(key: str) -> frozenset[str]:
    """Lower-case words of which a line must contain one before `key`'s pattern is tried.

    A set lookup is far cheaper than a case-insensitive alternation searched at every
    position, and most lines hold no credit at all. The longest word of each phrase.
    """
    out: set[str] = set()
    for p in phrases(key):
        words = _WORD.findall(p.lower())
        if words:
            out.add(max(words, key=len))
    return frozenset(out)


_WORD = re.compile(r"\w+")
# An ASCII line's words without the regex: every ASCII character that is no word character (\w)
# becomes a space and the line is split there, twice as fast as findall (bench_credits.py).
_ASCII_NONWORD = {i: " " for i in range(128) if not (chr(i).isalnum() or chr(i) == "_")}


@lru_cache(maxsize=4096)
def words(low: str) -> frozenset[str]:
    """The set of words of a lower-cased line (cached: each line is asked several times)."""
    if low.isascii():
        return frozenset(low.translate(_ASCII_NONWORD).split())
    return frozenset(_WORD.findall(low))


def has_trigger(low: str, key: str) -> bool:
    """Does the lower-cased line contain one of `key`'s trigger words?"""
    return not triggers(key).isdisjoint(words(low))
