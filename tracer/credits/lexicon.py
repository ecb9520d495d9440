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
    items = sorted(set(items), key=len, reverse=True)
    return "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in items)
