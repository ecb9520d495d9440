"""One rule for an article id that appears more than once in one run's inputs.

Two records with one id are two claims about one article, and before this rule each
engine settled them its own way (in memory the first won, with `--db` the last, `check`
counted both, Spark listed the first twice), silently. Corpora do this for real: two
CSV dumps that number their rows from 1, a record whose id is the number `1` beside one
whose id is the string `"1"` (ids are text, so they are the same id). Now the read layer
applies one rule, `ReadOptions.on_duplicate_id` (`--on-duplicate-id`), for every
engine and command:

* `error` (the default): the run is refused with an `InputError` listing the repeated
  ids. They are found while reading, so with `--db` the articles read before stay
  stored (whole batches, one version of each id); nothing else is written.
* `first`: the first occurrence is kept; each later one is dropped with a warning.
* `last`: the last occurrence is kept, at its own place; each earlier one is dropped with
  a warning. Holds the articles of the run in memory until the inputs are read.
* `suffix`: every occurrence is kept; the n-th (n ≥ 2) is renamed `ID~n`, with a warning.

A warning is an `ItemError` on the occurrence (`{"input": "c.csv:9", "error":
"duplicate id '7' (first: skipped; the first occurrence is kept)"}`), so it shows where
per-item errors show. An id already in the store from an earlier run is not a
duplicate: reading it again updates the stored article (a resumed or repeated ingest).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Literal

from tracer.errors import InputError
from tracer.model import Article, ItemError

DuplicateRule = Literal["error", "first", "last", "suffix"]
RULES: tuple[str, ...] = ("error", "first", "last", "suffix")
SHOWN = 10  # ids listed in the refusal


class DuplicateIdError(InputError):
    """The inputs repeat article ids and the rule is `error`."""

    def __init__(self, ids: list[str]):
        self.ids = ids
        shown = ", ".join(repr(i) for i in ids[:SHOWN]) + (f" and {len(ids) - SHOWN} more" if len(ids) > SHOWN else "")
        super().__init__(f"{len(ids)} article id{'s' if len(ids) != 1 else ''} given more than once: {shown}; "
                         "choose what to keep with --on-duplicate-id first|last|suffix "
                         "(on_duplicate_id= in the library)")


def check_rule(rule: str) -> str:
    if rule not in RULES:
        raise InputError(f"on_duplicate_id must be one of {', '.join(RULES)}, not {rule!r}")
    return rule


def where(art: Article) -> str:
    """The place of one occurrence, as per-item errors name it (`c.jsonl:12`, a path, a URL)."""
    return art.source if art.source and art.source != art.id and ":" in art.source else art.id


def warning(art: Article, rule: str, new_id: str | None = None) -> ItemError:
    action = {"first": "skipped; the first occurrence is kept", "last": "skipped; a later occurrence is kept",
              "suffix": f"renamed {new_id!r}"}[rule]
    return ItemError(where(art), f"duplicate id {art.id!r} ({rule}: {action})")


def suffixed(aid: str, n: int) -> str:
    return f"{aid}~{n}"


def apply_id_rule(items: Iterator[Article | ItemError], rule: str = "error") -> Iterator[Article | ItemError]:
    """`items` with the duplicate-id rule applied (see the module docstring)."""
    check_rule(rule)
    if rule == "last":
        yield from _keep_last(items)
        return
    seen: dict[str, int] = {}
    repeated: list[str] = []
    for item in items:
        if isinstance(item, ItemError) or not item.text.strip():  # an empty article is no article
            yield item
            continue
        n = seen.get(item.id, 0) + 1
        seen[item.id] = n
        if n == 1:
            yield item
        elif rule == "error":
            if n == 2:
                repeated.append(item.id)
        elif rule == "first":
            yield from _dropped(item, rule)
        else:  # suffix
            new = suffixed(item.id, n)
            yield from _own_errors(item)
            yield warning(item, rule, new)
            item.id = new
            yield item
    if repeated:
        raise DuplicateIdError(repeated)


def _keep_last(items: Iterator[Article | ItemError]) -> Iterator[Article | ItemError]:
    held = list(items)
    last = {it.id: k for k, it in enumerate(held) if isinstance(it, Article) and it.text.strip()}
    for k, it in enumerate(held):
        if isinstance(it, Article) and it.text.strip() and last[it.id] != k:
            yield from _dropped(it, "last")
        else:
            yield it


def _own_errors(art: Article) -> Iterator[ItemError]:
    """An occurrence's own per-item errors come first, then the rule's warning (every engine)."""
    yield from art.errors
    art.errors = []


def _dropped(art: Article, rule: str) -> Iterator[ItemError]:
    yield from _own_errors(art)
    yield warning(art, rule)


__all__ = ["RULES", "DuplicateIdError", "DuplicateRule", "apply_id_rule", "check_rule", "suffixed", "warning",
           "where"]
