"""Where articles come from: files, directories, corpora, feeds, web archives, URLs, stdin.

`read_inputs()` takes any mix of CONTRACT.md inputs and yields `Article`s, or
`ItemError`s for inputs that could not be read: one bad input never stops the others.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

from tracer.model import Article, ItemError
from tracer.sources.corpora import iter_csv, iter_jsonl
from tracer.sources.files import read_html_file, read_text_file
from tracer.sources.options import ReadOptions

__all__ = ["ReadOptions", "read_inputs", "iter_csv", "iter_jsonl", "SUPPORTED_SUFFIXES"]

HTML_SUFFIXES = (".html", ".htm", ".xhtml")
TEXT_SUFFIXES = (".txt",)
FEED_SUFFIXES = (".xml", ".rss", ".atom")
WARC_SUFFIXES = (".warc", ".warc.gz", ".arc.gz")
SUPPORTED_SUFFIXES = HTML_SUFFIXES + TEXT_SUFFIXES + (".jsonl", ".ndjson", ".csv") + FEED_SUFFIXES + WARC_SUFFIXES


def _suffix(path: str) -> str:
    low = path.lower()
    for s in (".warc.gz", ".arc.gz", ".html.gz", ".htm.gz"):
        if low.endswith(s):
            return s
    return Path(low).suffix


def read_inputs(inputs: Iterable[str], options: ReadOptions | None = None) -> Iterator[Article | ItemError]:
    """Yield every article of every input, in order; failures come as `ItemError`s."""
    opts = options or ReadOptions()
    for inp in inputs:
        try:
            yield from _read_one(str(inp), opts)
        except Exception as exc:  # last line of defence: one input never stops the run
            yield ItemError(str(inp), f"{type(exc).__name__}: {exc}")


def _read_one(inp: str, opts: ReadOptions) -> Iterator[Article | ItemError]:
    if inp.startswith(("http://", "https://")):
        if opts.feed:
            from tracer.sources.feeds import fetch_feed

            yield from fetch_feed(inp, opts)
        else:
            from tracer.sources.http import fetch_article

            yield fetch_article(inp, opts)
        return
    if "://" in inp:
        yield ItemError(inp, "unsupported URL scheme (only http and https)")
        return
    if inp == "-":
        yield from _read_stdin(opts)
        return
    path = Path(inp)
    if path.is_dir():
        files = sorted(p for p in path.rglob("*") if p.is_file() and _suffix(str(p)) in SUPPORTED_SUFFIXES + (".html.gz", ".htm.gz"))
        for p in files:
            yield from _read_one(str(p), opts)
        return
    if not path.exists():
        yield ItemError(inp, "no such file or directory")
        return
    suffix = _suffix(inp)
    if suffix in HTML_SUFFIXES or suffix in (".html.gz", ".htm.gz"):
        yield read_html_file(path, opts)
    elif suffix in TEXT_SUFFIXES:
        yield read_text_file(path, opts)
    elif suffix in (".jsonl", ".ndjson"):
        yield from iter_jsonl(path, opts)
    elif suffix == ".csv":
        yield from iter_csv(path, opts)
    elif suffix in FEED_SUFFIXES or opts.feed:
        from tracer.sources.feeds import read_feed_file

        yield from read_feed_file(path, opts)
    elif suffix in WARC_SUFFIXES:
        from tracer.sources.warc import iter_warc

        yield from iter_warc(path, opts)
    else:
        yield ItemError(inp, f"unsupported input type {suffix or '(no suffix)'}; "
                             f"expected one of {', '.join(SUPPORTED_SUFFIXES)}")


def _read_stdin(opts: ReadOptions) -> Iterator[Article | ItemError]:
    """Standard input holds JSONL (every non-blank line a JSON object) or one plain text."""
    data = sys.stdin.buffer.read()
    from tracer.extract import decode_bytes, extract_text

    text = decode_bytes(data)
    lines = [ln for ln in text.splitlines() if ln.strip()]
    if lines and all(ln.lstrip().startswith("{") for ln in lines):
        from tracer.sources.corpora import iter_jsonl_lines

        yield from iter_jsonl_lines(iter(text.splitlines()), "-", opts)
    else:
        yield extract_text(text, id="-", source="-")
