"""JSONL and CSV corpora, streamed record by record (a 5 GB dump never sits in memory).

Each record becomes an `Article` through the CONTRACT.md field mapping; a record that
cannot be used (bad JSON, invalid UTF-8, no text) becomes an `ItemError` naming its line,
and reading goes on.
"""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import orjson

from tracer.extract import extract_html, extract_text
from tracer.model import Article, ItemError
from tracer.sources.options import ReadOptions

csv.field_size_limit(min(sys.maxsize, 2**31 - 1))


def record_to_article(rec: dict[str, Any], where: str, default_id: str, opts: ReadOptions) -> Article | ItemError:
    """Map one corpus record to an Article with the configured field names."""

    def field(name: str) -> str | None:
        v = rec.get(name)
        if v is None or v == "":
            return None
        return v if isinstance(v, str) else str(v)

    url = field(opts.url_field)
    rid = field(opts.id_field) or url or default_id
    html = field(opts.html_field)
    text = field(opts.text_field)
    if html:
        art = extract_html(html, id=rid, url=url, source=where)
    elif text:
        if opts.paragraph_sep:
            text = "\n".join(p.strip() for p in text.split(opts.paragraph_sep))
        art = extract_text(text, id=rid, url=url, source=where)
        art.title = None
    else:
        return ItemError(f"{where} (id {rid})", f"record has no '{opts.text_field}' or '{opts.html_field}' field")
    art.publisher = field(opts.publisher_field) or art.publisher
    art.date = field(opts.date_field) or art.date
    art.title = field(opts.title_field) or art.title
    art.lang = field(opts.lang_field) or art.lang
    return art


def _decoded_lines(path: Path, bad: set[int]) -> Iterator[str]:
    """Lines of a file decoded as UTF-8; numbers of lines with invalid bytes go to `bad`."""
    with open(path, "rb") as fh:
        for n, raw in enumerate(fh, 1):
            try:
                yield raw.decode("utf-8")
            except UnicodeDecodeError:
                bad.add(n)
                yield raw.decode("utf-8", errors="replace")


def iter_jsonl_lines(lines: Iterator[str], where: str, opts: ReadOptions,
                     bad: set[int] | None = None, first: int = 1) -> Iterator[Article | ItemError]:
    bad = bad if bad is not None else set()
    for n, line in enumerate(lines, first):
        if not line.strip():
            continue
        loc = f"{where}:{n}"
        if n in bad:
            yield ItemError(loc, "invalid UTF-8 in record")
            continue
        try:
            rec = json.loads(line)
        except ValueError as exc:
            yield ItemError(loc, f"invalid JSON: {exc}")
            continue
        if not isinstance(rec, dict):
            yield ItemError(loc, "record is not a JSON object")
            continue
        yield record_to_article(rec, loc, str(n), opts)


def iter_jsonl(path: Path, opts: ReadOptions) -> Iterator[Article | ItemError]:
    """Records of a JSON Lines file. Each line goes to orjson as bytes (it validates the
    UTF-8 itself, several times faster than decode + json); a line it refuses takes the
    standard path, so invalid UTF-8, invalid JSON and JSON extensions (NaN, huge
    integers) get exactly the standard library's result or error message."""
    where = str(path)
    with open(path, "rb") as fh:
        for n, raw in enumerate(fh, 1):
            try:
                rec = orjson.loads(raw)
            except orjson.JSONDecodeError:
                bad: set[int] = set()
                yield from iter_jsonl_lines(_decoded_one(raw, n, bad), where, opts, bad, first=n)
                continue
            if isinstance(rec, dict):
                yield record_to_article(rec, f"{where}:{n}", str(n), opts)
            else:
                yield ItemError(f"{where}:{n}", "record is not a JSON object")


def _decoded_one(raw: bytes, n: int, bad: set[int]) -> Iterator[str]:
    try:
        yield raw.decode("utf-8")
    except UnicodeDecodeError:
        bad.add(n)
        yield raw.decode("utf-8", errors="replace")


def iter_csv(path: Path, opts: ReadOptions) -> Iterator[Article | ItemError]:
    bad: set[int] = set()
    reader = csv.DictReader(_decoded_lines(path, bad))
    row_no = 0
    first_line = 2
    while True:
        try:
            rec = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            yield ItemError(f"{path}:{reader.line_num}", f"bad CSV row: {exc}")
            continue
        row_no += 1
        lines = set(range(first_line, reader.line_num + 1))
        first_line = reader.line_num + 1
        loc = f"{path}:{row_no}"
        if lines & bad:
            yield ItemError(loc, "invalid UTF-8 in row")
            continue
        if None in rec:
            yield ItemError(loc, "row has more fields than the header")
            continue
        yield record_to_article(rec, loc, str(row_no), opts)
