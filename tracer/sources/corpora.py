"""JSONL and CSV corpora, streamed record by record (a 5 GB dump never sits in memory).

Each record becomes an `Article` through the CONTRACT.md field mapping; a record that
cannot be used (bad JSON, no text, larger than `max_record_bytes`, an unterminated CSV
quote) becomes an `ItemError` naming its line, and reading goes on. Invalid UTF-8 is
replaced by U+FFFD and the record read, with a warning on it.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import orjson

from tracer.extract import extract_html, extract_text
from tracer.model import Article, ItemError
from tracer.sources.options import ReadOptions


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


_OVERSIZED = "\ufffetracer: record too large\ufffe\n".encode()  # stands for a line too long to read


class _Lines:
    """The lines of a corpus file, each read with a bound, decoded as UTF-8.

    A line longer than `limit` bytes is never held in memory: it is skipped in bounded
    reads and stands as a marker line, its number in `oversized` (a 1 GB field is one
    per-record error, not a MemoryError that loses the file). Invalid UTF-8 is replaced
    (U+FFFD), the line's number in `bad`, so the record is read with a warning.
    """

    def __init__(self, path: Path, limit: int, skip: int = 0):
        self.path, self.limit, self.skip = path, max(1, limit), skip
        self.bad: set[int] = set()
        self.oversized: set[int] = set()
        self.recent: list[str] = []  # the lines of the CSV row being read

    def raw(self) -> Iterator[tuple[int, bytes]]:
        with open(self.path, "rb") as fh:
            n = 0
            while True:
                line = fh.readline(self.limit + 1)
                if not line:
                    return
                n += 1
                if len(line) > self.limit and not line.endswith(b"\n"):
                    while (rest := fh.readline(1 << 20)) and not rest.endswith(b"\n"):
                        pass
                    self.oversized.add(n)
                    line = _OVERSIZED
                if n > self.skip:
                    yield n, line

    def decoded(self) -> Iterator[str]:
        for n, raw in self.raw():
            text = self.decode(n, raw)
            self.recent.append(text)
            yield text

    def decode(self, n: int, raw: bytes) -> str:
        try:
            return raw.decode("utf-8")
        except UnicodeDecodeError:
            self.bad.add(n)
            return raw.decode("utf-8", errors="replace")


_MARK = _OVERSIZED.decode().strip()


def _well_quoted(row: str) -> bool:
    """Whether a row's raw text parses under the strict CSV rules: every quoted field
    closed, and closed right before a delimiter or the end of the line."""
    try:
        for _ in csv.reader(io.StringIO(row), strict=True):
            pass
    except csv.Error:
        return False
    return True


def _values(rec: dict[Any, Any]) -> Iterator[str]:
    for v in rec.values():
        if isinstance(v, str):
            yield v
        elif isinstance(v, list):
            yield from (x for x in v if isinstance(x, str))


def _replaced(item: Article | ItemError, loc: str) -> Article | ItemError:
    """A record read with invalid UTF-8 replaced: the article, with a warning."""
    if isinstance(item, Article):
        item.errors.append(ItemError(loc, "invalid UTF-8 bytes replaced by U+FFFD"))
    return item


def _too_large(loc: str, limit: int) -> ItemError:
    return ItemError(loc, f"record larger than {limit} bytes; skipped (ReadOptions.max_record_bytes)")


def iter_jsonl_lines(lines: Iterator[str], where: str, opts: ReadOptions,
                     bad: set[int] | None = None, first: int = 1) -> Iterator[Article | ItemError]:
    bad = bad if bad is not None else set()
    for n, line in enumerate(lines, first):
        if not line.strip():
            continue
        loc = f"{where}:{n}"
        try:
            rec = json.loads(line)
        except ValueError as exc:
            yield ItemError(loc, f"invalid JSON: {exc}")
            continue
        if not isinstance(rec, dict):
            yield ItemError(loc, "record is not a JSON object")
            continue
        item = record_to_article(rec, loc, str(n), opts)
        yield _replaced(item, loc) if n in bad else item


def iter_jsonl(path: Path, opts: ReadOptions) -> Iterator[Article | ItemError]:
    """Records of a JSON Lines file. Each line goes to orjson as bytes (it validates the
    UTF-8 itself, several times faster than decode + json); a line it refuses takes the
    standard path, so invalid UTF-8, invalid JSON and JSON extensions (NaN, huge
    integers) get exactly the standard library's result or error message."""
    where = str(path)
    lines = _Lines(path, opts.max_record_bytes)
    for n, raw in lines.raw():
        if n in lines.oversized:
            yield _too_large(f"{where}:{n}", opts.max_record_bytes)
            continue
        try:
            rec = orjson.loads(raw)
        except orjson.JSONDecodeError:
            yield from iter_jsonl_lines(iter([lines.decode(n, raw)]), where, opts, lines.bad, first=n)
            continue
        if isinstance(rec, dict):
            yield record_to_article(rec, f"{where}:{n}", str(n), opts)
        else:
            yield ItemError(f"{where}:{n}", "record is not a JSON object")


def iter_csv(path: Path, opts: ReadOptions) -> Iterator[Article | ItemError]:
    """Rows of a CSV file with a header line.

    A quote that is never closed makes Python's csv reader take the rest of the file (or
    everything up to the next row's quote) as one field, silently. A row spanning lines
    whose text breaks the strict quoting rules (the file ends inside the quotes, or the
    quote closes in the middle of a field) or that has more fields than the header is
    taken for that: an error naming its line, and reading starts again on the line after
    it, so the rows behind it are not lost.
    """
    header: list[str] | None = None
    skip = 0
    row_no = 0
    limit = opts.max_record_bytes
    reported: set[int] = set()
    while True:
        lines = _Lines(path, limit, skip)
        old_limit = csv.field_size_limit(max(1, limit))
        try:
            reader = csv.DictReader(lines.decoded(), fieldnames=header)
            first_line = skip + (1 if header is not None else 2)
            restart: int | None = None
            while True:
                try:
                    rec = next(reader)
                except StopIteration:
                    break
                except csv.Error as exc:
                    lines.recent = []
                    first_line = skip + reader.line_num + 1
                    yield ItemError(f"{path}:{skip + reader.line_num}", f"bad CSV row: {exc}")
                    continue
                header = list(reader.fieldnames or [])
                row_no += 1
                last = skip + reader.line_num
                span = set(range(first_line, last + 1))
                loc = f"{path}:{row_no}"
                raw_row, lines.recent = "".join(lines.recent), []
                if last > first_line and (None in rec or not _well_quoted(raw_row)):
                    # a quote opened on one line and closed (if at all) by another row's quote
                    yield ItemError(loc, f"unterminated quote in the row starting at line {first_line}: row "
                                         f"skipped, reading again from line {first_line + 1}")
                    restart = first_line
                    break
                first_line = last + 1
                if any(_MARK in v for v in _values(rec)):
                    reported.update(span & lines.oversized)
                    yield _too_large(loc, limit)
                    continue
                if None in rec:
                    yield ItemError(loc, "row has more fields than the header")
                    continue
                item = record_to_article(rec, loc, str(row_no), opts)
                yield _replaced(item, loc) if span & lines.bad else item
            if restart is None:
                return
            skip = restart
        finally:
            csv.field_size_limit(old_limit)
