"""JSON and JSON Lines output exactly as CONTRACT.md specifies."""

from __future__ import annotations

import json
from typing import Any

from tracer.model import Article, ItemError


def dumps(obj: Any) -> str:
    """One JSON record on one line: UTF-8 kept readable, but U+2028/U+2029 escaped, since
    many line readers (Python's `str.splitlines`, JavaScript) would split a record on them."""
    return json.dumps(obj, ensure_ascii=False, default=str).replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")


def credits_json(item: Article | ItemError) -> str:
    if isinstance(item, ItemError):
        return dumps({"id": item.input, "url": None, "publisher": None, "credits": [], "chain": [],
                      "errors": [item.to_dict()]})
    return dumps(item.credits_dict())


def dedup_jsonl(rows: list[dict[str, Any]]) -> str:
    return "\n".join(dumps(r) for r in rows)


def trace_json(result: Any) -> str:
    return json.dumps(result.to_dict(), ensure_ascii=False, indent=2, default=str)
