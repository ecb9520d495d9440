"""The corpus field mapping, checked before a run: one warning per problem, not a silent result.

Why: a `--date-field` naming no column, a `--text-field` that exists but is empty, or
dates that sit in a column under another name (`scrape_time`) change what `dedup`,
`report` and `check` find without a word (every article undated, or none read). So
before the run the first records of each JSONL/CSV input are sampled and compared with
the mapping:

* a mapped column that no sampled record has (for a name the user chose; for a default
  name only when another column looks like it, or for the text itself);
* a mapped column present but empty in every sampled record;
* a date column whose values parse as a date in no sampled record;
* a column under another name that looks like a mapped one (by its name, and for dates
  by its values parsing as dates), named in the warning with the option to use.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from tracer.keep import parse_when
from tracer.sources.options import ReadOptions

SAMPLE = 1000  # records read per input: enough to see a column's use, cheap on any corpus

# Column names that usually hold each mapped field (kinds of columns, from common dumps).
LIKELY: dict[str, tuple[str, ...]] = {
    "id": ("id", "_id", "doc_id", "docid", "article_id", "uid", "uuid", "guid", "key"),
    "text": ("text", "body", "content", "article", "article_text", "articletext", "maintext", "main_text",
             "full_text", "fulltext", "story", "raw_text", "body_text", "document"),
    "html": ("html", "raw_html", "page_html", "source_html", "html_content"),
    "url": ("url", "link", "href", "uri", "source_url", "article_url", "page_url", "canonical_url"),
    "publisher": ("publisher", "source", "outlet", "site", "site_name", "sitename", "domain", "source_domain",
                  "media", "media_outlet", "newspaper", "source_name", "publication", "feed"),
    "date": ("date", "published", "published_at", "publish_date", "publishdate", "pub_date", "pubdate",
             "date_published", "datepublished", "publication_date", "datetime", "timestamp", "time",
             "created_at", "created", "date_publish", "scrape_time", "crawl_date", "crawled_at", "crawl_time",
             "fetch_time", "seendate", "updated_at", "modified"),
    "title": ("title", "headline", "heading"),
    "lang": ("lang", "language", "lang_code", "language_code", "locale"),
}
OPTION = {k: f"--{k}-field" for k in LIKELY}
_DEFAULTS = ReadOptions()
CORPUS_SUFFIXES = (".jsonl", ".ndjson", ".csv")


def _records(path: Path, limit: int) -> Iterator[dict[str, Any]]:
    """Up to `limit` records of a JSONL or CSV file; unreadable ones are skipped (the run reports them)."""
    try:
        if path.suffix.lower() == ".csv":
            with open(path, encoding="utf-8", errors="replace", newline="") as fh:
                reader = csv.DictReader(fh)
                for n, rec in enumerate(reader):
                    if n >= limit:
                        return
                    yield {k: v for k, v in rec.items() if k is not None}
            return
        with open(path, "rb") as fh:
            n = 0
            for raw in fh:
                if n >= limit:
                    return
                if not raw.strip():
                    continue
                n += 1
                try:
                    rec = json.loads(raw.decode("utf-8", errors="replace"))
                except ValueError:
                    continue
                if isinstance(rec, dict):
                    yield rec
    except (OSError, csv.Error):
        return


def _filled(v: Any) -> bool:
    return v is not None and not (isinstance(v, str) and not v.strip())


def _norm(name: str) -> str:
    return name.strip().lower().replace("-", "_").replace(" ", "_")


def _dates_share(values: list[Any]) -> float:
    vals = [v for v in values if isinstance(v, str | int | float) and _filled(v)][:200]
    if not vals:
        return 0.0
    ok = 0
    for v in vals:
        if isinstance(v, int | float):
            ok += 1 if 0 < v < 1e11 or 1e12 < v < 1e14 else 0  # epoch seconds or milliseconds
        elif any(ch.isdigit() for ch in v) and parse_when(v) is not None:
            ok += 1
    return ok / len(vals)


def _likely(kind: str, columns: dict[str, list[Any]], taken: set[str]) -> str | None:
    """A column (not mapped to anything) that looks like `kind`: by name, and for dates by its values."""
    names = {_norm(c): c for c in columns if c not in taken}
    for cand in LIKELY[kind]:
        col = names.get(cand)
        if col is not None and any(_filled(v) for v in columns[col]):
            if kind != "date" or _dates_share(columns[col]) >= 0.5:
                return col
    if kind == "date":  # any column named like a time whose values are dates
        for norm, col in names.items():
            if any(w in norm for w in ("date", "time", "publish")) and _dates_share(columns[col]) >= 0.8:
                return col
    return None


def mapping_warnings(path: Path, options: ReadOptions | None = None, sample: int = SAMPLE) -> list[str]:
    """The mapping problems of one corpus file, one message each (empty when all is well)."""
    opts = options or ReadOptions()
    recs = list(_records(path, sample))
    if not recs:
        return []
    columns: dict[str, list[Any]] = {}
    for r in recs:
        for k, v in r.items():
            columns.setdefault(k, []).append(v)
    mapped = {kind: getattr(opts, f"{kind}_field") for kind in LIKELY}
    taken = {c for c in mapped.values() if c in columns}
    out: list[str] = []
    n = len(recs)
    first = f"the first {n:,} records" if n >= sample else f"its {n:,} records"
    for kind, col in mapped.items():
        chosen = col != getattr(_DEFAULTS, f"{kind}_field")
        if col not in columns:
            alt = _likely(kind, columns, taken)
            if kind == "html" and mapped["text"] in columns:
                continue  # text without HTML is the usual corpus
            if kind == "text" and mapped["html"] in columns:
                continue
            hint = f"; column '{alt}' looks like one: use {OPTION[kind]} {alt}" if alt else ""
            if chosen or alt or kind == "text" and mapped["html"] not in columns:
                out.append(f"no column '{col}' ({OPTION[kind]}) in {first}{hint}")
                if alt:
                    taken.add(alt)
            continue
        values = columns[col]
        if not any(_filled(v) for v in values):
            alt = _likely(kind, columns, taken)
            hint = f"; column '{alt}' looks like one: use {OPTION[kind]} {alt}" if alt else ""
            out.append(f"column '{col}' ({OPTION[kind]}) is empty in {first}{hint}")
            continue
        if kind == "date" and _dates_share(values) == 0.0:
            example = next(str(v) for v in values if _filled(v))[:40]
            alt = _likely(kind, columns, taken)
            hint = f"; column '{alt}' holds dates: use {OPTION[kind]} {alt}" if alt else ""
            out.append(f"column '{col}' ({OPTION[kind]}) parses as a date in none of {first} "
                       f"(e.g. {example!r}){hint}")
    return out


def check_mapping(inputs: Iterable[str], options: ReadOptions | None = None,
                  sample: int = SAMPLE) -> list[tuple[str, str]]:
    """(input, warning) for every JSONL/CSV input given directly; other inputs have no mapping."""
    out = []
    for inp in inputs:
        p = Path(inp)
        if inp == "-" or p.suffix.lower() not in CORPUS_SUFFIXES or not p.is_file():
            continue
        out.extend((inp, w) for w in mapping_warnings(p, options, sample))
    return out


__all__ = ["LIKELY", "check_mapping", "mapping_warnings"]
