"""What the public functions take as inputs: paths and URLs, or articles already in memory.

A notebook user often holds the articles already (a DataFrame's rows, an API's JSON), so
`tracer.dedup`, `credits`, `trace`, `report` and `check` take, in any mix:

* a path, a URL, a directory or `-` (a `str` or `os.PathLike`): read as CONTRACT.md says;
* a record `dict` with the corpus fields (`{"id": …, "text": …}` or `"html"`, plus
  `url`, `publisher`, `date`, `title`, `lang`; the `ReadOptions` field names apply);
* an `Article`, used as it is (a copy: tracer never changes the caller's object).

Every article id is unique in one call: a repeated id follows
`ReadOptions.on_duplicate_id` (see `tracer.sources.ids`). A bare string where a list is meant (`tracer.dedup("samples/")`) is refused with an
`InputError` instead of being read character by character.
"""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Iterable, Iterator
from typing import Any

from tracer.errors import InputError
from tracer.model import Article, ItemError
from tracer.sources import ReadOptions, read_inputs
from tracer.sources.ids import apply_id_rule, check_rule

Input = str | os.PathLike[str] | Article | dict[str, Any]


def input_list(inputs: Any, what: str = "inputs") -> list[Any]:
    """`inputs` as a list, refusing a lone string, path, article or record."""
    if isinstance(inputs, str | bytes | os.PathLike | Article | dict):
        kind = type(inputs).__name__
        raise InputError(f"{what} must be a list (or other iterable) of inputs, not a single {kind} "
                         f"{_short(inputs)}: pass [{_short(inputs)}]")
    try:
        return list(inputs)
    except TypeError:
        raise InputError(f"{what} must be a list of paths, URLs, Article objects or record dicts, "
                         f"not {type(inputs).__name__}") from None


def read_any(inputs: Iterable[Input], options: ReadOptions | None = None,
             what: str = "inputs") -> Iterator[Article | ItemError]:
    """Every article of `inputs` (see the module docstring), in order; failures as `ItemError`s.
    A lone string is refused here, at the call, not at the first article."""
    opts = options or ReadOptions()
    check_rule(opts.on_duplicate_id)
    return apply_id_rule(_read_items(input_list(inputs, what), opts), opts.on_duplicate_id)


def _read_items(items: list[Any], opts: ReadOptions) -> Iterator[Article | ItemError]:
    run: list[str] = []  # consecutive paths/URLs go to read_inputs together (URLs are fetched concurrently)
    for k, item in enumerate(items, 1):
        if isinstance(item, str | os.PathLike):
            run.append(os.fspath(item))
            continue
        if run:
            yield from read_inputs(run, opts)
            run = []
        yield _in_memory(item, k, opts)
    if run:
        yield from read_inputs(run, opts)


def read_one(target: Input, options: ReadOptions | None = None) -> Iterator[Article | ItemError]:
    """The articles of one input (a path, URL, `Article` or record dict)."""
    if isinstance(target, str | os.PathLike | Article | dict):
        return read_any([target], options)
    raise InputError(f"the target must be a path, URL, Article or record dict, not {type(target).__name__}")


def _in_memory(item: Any, k: int, opts: ReadOptions) -> Article | ItemError:
    if isinstance(item, Article):
        if not isinstance(item.text, str) or not isinstance(item.id, str):
            return ItemError(f"item {k}", "Article needs a str id and a str text")
        return dataclasses.replace(item, signals=dict(item.signals), credits=list(item.credits),
                                   chain=list(item.chain), errors=list(item.errors))
    if isinstance(item, dict):
        from tracer.sources.corpora import record_to_article

        return record_to_article(item, f"item {k}", str(k), opts)
    return ItemError(f"item {k}", f"not a path, URL, Article or record dict: {type(item).__name__}")


def _short(x: Any) -> str:
    s = repr(x if not isinstance(x, Article) else f"Article {x.id}")
    return s if len(s) <= 60 else s[:57] + "..."


__all__ = ["Input", "input_list", "read_any", "read_one"]
