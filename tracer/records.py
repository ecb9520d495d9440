"""Corpus records out: the original rows of chosen articles, written as JSONL, CSV or Parquet.

Why re-read the source: a deduplicated corpus must keep every column the user's dump
had (their ids, metadata, raw text with its own paragraph separator), not tracer's view
of it. An article read from a JSONL or CSV corpus remembers `path:record-number` in
`Article.source`; the file is streamed again and the chosen records are copied with a
few columns added. Articles from elsewhere (pages, feeds, stdin) are written from their
fields (id, url, publisher, title, date, lang, text).
"""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import orjson

from tracer.errors import InputError
from tracer.model import Article

CORPUS_SUFFIXES = (".jsonl", ".ndjson", ".csv")
FORMATS = {".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "jsonl", ".csv": "csv", ".parquet": "parquet"}


def out_format(path: str) -> str:
    """The format a path asks for by its extension (`-` is JSONL on stdout)."""
    if path == "-":
        return "jsonl"
    fmt = FORMATS.get(Path(path).suffix.lower())
    if fmt is None:
        raise InputError(f"cannot tell the format of {path}: use .jsonl, .csv or .parquet")
    if fmt == "parquet":
        try:
            import pyarrow  # noqa: F401
        except ImportError:
            raise InputError(f"writing {path} needs pyarrow (pip install pyarrow), or use .jsonl or .csv") from None
    return fmt


def _where(art: Article) -> tuple[Path, int] | None:
    """The corpus file and record number an article was read from, if it was."""
    src = art.source or ""
    path, sep, num = src.rpartition(":")
    if not sep or not num.isdigit() or not path.lower().endswith(CORPUS_SUFFIXES):
        return None
    p = Path(path)
    return (p, int(num)) if p.is_file() else None


def _jsonl_records(path: Path, wanted: set[int]) -> Iterator[tuple[int, dict[str, Any]]]:
    """The wanted lines of a JSON Lines file (numbered as `tracer.sources.corpora` does)."""
    with open(path, "rb") as fh:
        for n, raw in enumerate(fh, 1):
            if n in wanted:
                try:
                    rec = orjson.loads(raw)
                except orjson.JSONDecodeError:
                    rec = json.loads(raw.decode("utf-8", errors="replace"))
                yield n, rec


def _csv_records(path: Path, wanted: set[int]) -> Iterator[tuple[int, dict[str, Any]]]:
    """The wanted rows of a CSV file (row numbers count the rows the reader could parse)."""
    with open(path, encoding="utf-8", errors="replace", newline="") as fh:
        reader = csv.DictReader(fh)
        row_no = 0
        while True:
            try:
                rec = next(reader)
            except StopIteration:
                return
            except csv.Error:
                continue
            row_no += 1
            if row_no in wanted:
                yield row_no, dict(rec)


def article_fields(art: Article) -> dict[str, Any]:
    return {"id": art.id, "url": art.url, "publisher": art.publisher, "title": art.title, "date": art.date,
            "lang": art.lang, "text": art.text}


def source_records(ids: Iterable[str], articles: dict[str, Article],
                   extra: dict[str, dict[str, Any]], id_field: str = "id") -> Iterator[dict[str, Any]]:
    """The original record of each id, in the order given, with `extra[id]` columns set.

    Consecutive ids from one corpus file are copied in one pass over that file. A record
    whose `id_field` names another article (the file changed since it was read) is not
    copied: the article's own fields are written instead.
    """
    group: list[tuple[str, Path, int]] = []

    def flush() -> Iterator[dict[str, Any]]:
        if not group:
            return
        path = group[0][1]
        wanted = {n: i for i, _p, n in group}
        reader = _csv_records if path.suffix.lower() == ".csv" else _jsonl_records
        found = dict(reader(path, set(wanted)))
        for i, _p, n in group:
            rec = found.get(n)
            if not isinstance(rec, dict) or (rec.get(id_field) not in (None, "") and str(rec[id_field]) != i):
                rec = article_fields(articles[i])
            yield {**rec, **extra.get(i, {})}
        group.clear()

    for i in ids:
        art = articles.get(i)
        if art is None:
            continue
        where = _where(art)
        if where is not None and (not group or group[0][1] == where[0]):
            group.append((i, *where))
            continue
        yield from flush()
        if where is not None:
            group.append((i, *where))
        else:
            yield {**article_fields(art), **extra.get(i, {})}
    yield from flush()


def write_records(path: str, rows: Iterable[dict[str, Any]]) -> int:
    """Write rows to `path` in the format its extension names; returns how many."""
    fmt = out_format(path)
    if fmt == "jsonl":
        n = 0
        fh = sys.stdout if path == "-" else open(path, "w", encoding="utf-8")
        try:
            for r in rows:
                fh.write(json.dumps(r, ensure_ascii=False, default=str) + "\n")
                n += 1
        finally:
            if fh is not sys.stdout:
                fh.close()
        return n
    data = list(rows)
    if fmt == "csv":
        cols = list(dict.fromkeys(k for r in data for k in r))
        with open(path, "w", encoding="utf-8", newline="") as fh:
            w = csv.DictWriter(fh, fieldnames=cols, extrasaction="ignore")
            w.writeheader()
            for r in data:
                w.writerow({k: _cell(v) for k, v in r.items()})
        return len(data)
    import pyarrow as pa
    import pyarrow.parquet as pq

    cols = list(dict.fromkeys(k for r in data for k in r))
    try:
        table = pa.Table.from_pylist([{k: r.get(k) for k in cols} for r in data])
    except (pa.ArrowInvalid, pa.ArrowTypeError):  # mixed types in a column: keep them as JSON text
        table = pa.Table.from_pylist([{k: _cell(r.get(k)) for k in cols} for r in data])
    pq.write_table(table, path)
    return len(data)


def _cell(v: Any) -> Any:
    """A CSV cell: nested values as JSON text, None as empty."""
    if v is None:
        return ""
    if isinstance(v, dict | list):
        return json.dumps(v, ensure_ascii=False)
    return v

