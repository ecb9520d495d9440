"""Single saved files: HTML pages (optionally gzipped) and plain-text articles."""

from __future__ import annotations

import gzip
from pathlib import Path

from tracer.extract import decode_bytes, extract_html, extract_text
from tracer.model import Article, ItemError
from tracer.sources.options import ReadOptions


def _read_bytes(path: Path, opts: ReadOptions) -> bytes:
    size = path.stat().st_size
    if size > opts.max_bytes * 5:
        raise ValueError(f"file too large ({size} bytes)")
    data = path.read_bytes()
    if path.name.lower().endswith(".gz"):
        with gzip.open(path, "rb") as fh:
            data = fh.read(opts.max_bytes * 5 + 1)
        if len(data) > opts.max_bytes * 5:
            raise ValueError("file too large after decompression")
    return data


def read_html_file(path: Path, opts: ReadOptions) -> Article | ItemError:
    try:
        data = _read_bytes(path, opts)
    except (OSError, ValueError, EOFError) as exc:
        return ItemError(str(path), f"cannot read: {exc}")
    return extract_html(data, id=str(path), source=str(path))


def read_text_file(path: Path, opts: ReadOptions) -> Article | ItemError:
    try:
        data = _read_bytes(path, opts)
    except (OSError, ValueError) as exc:
        return ItemError(str(path), f"cannot read: {exc}")
    return extract_text(decode_bytes(data), id=str(path), source=str(path))
