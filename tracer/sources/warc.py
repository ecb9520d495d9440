"""Response records of web archives (WARC, WARC.gz, ARC) with warcio, streamed.

Each HTML `response` (or `resource`) record becomes an article whose URL is the record's
`WARC-Target-URI` and whose fetch time is its `WARC-Date`: in an archive, those are the
provenance. Records that are not pages (images, scripts, redirects, errors, requests,
metadata) are not articles and are passed over. Archives are often cut short by a
crashed crawler: a truncated file yields every record before the break, then one
`ItemError` saying where reading stopped.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from tracer.extract import extract_html, extract_text
from tracer.model import Article, ItemError
from tracer.sources._charset import HTML_TYPES, decode_page, header_charset, media_type, sniff_kind
from tracer.sources.options import ReadOptions


def _record_article(record, path: Path, opts: ReadOptions, n: int) -> Article | ItemError | None:
    headers = record.rec_headers
    uri = headers.get_header("WARC-Target-URI") or f"{path}#{headers.get_header('WARC-Record-ID') or n}"
    ctype = ""
    if record.rec_type == "response":
        if record.http_headers is None:
            return None
        status = record.http_headers.get_statuscode() or ""
        if not status.startswith("2"):
            return None
        ctype = record.http_headers.get_header("Content-Type") or ""
    else:
        ctype = headers.get_header("Content-Type") or ""
    mt = media_type(ctype)
    if mt and mt not in HTML_TYPES and mt != "text/plain":
        return None
    stream = record.content_stream()
    body = stream.read(opts.max_bytes + 1)
    if len(body) > opts.max_bytes:
        return ItemError(uri, f"record larger than {opts.max_bytes} bytes")
    if not mt and sniff_kind(body) != "html":
        return None
    text, charset = decode_page(body, header_charset(ctype))
    if mt == "text/plain":
        art = extract_text(text, id=uri, url=uri, source=str(path))
    else:
        art = extract_html(text, id=uri, url=uri, source=str(path))
    date = headers.get_header("WARC-Date")
    art.signals["fetched_at"] = date
    art.signals["fetch"] = {"archive": str(path), "record": headers.get_header("WARC-Record-ID"),
                            "fetched_at": date, "charset": charset}
    return art


def _truncated(record) -> bool:
    """True when the record's body ends before its declared length (a cut-off file)."""
    raw = getattr(record, "raw_stream", None)
    if raw is None:
        return False
    while raw.read(1 << 20):  # drain what is left of this record, streamed
        pass
    return bool(getattr(raw, "limit", 0))


def _not_archive(record) -> str | None:
    """Why a record shows the file is not a web archive at all (warcio reads almost anything)."""
    length = (record.rec_headers.get_header("Content-Length") or "").strip()
    if not length.isdigit():
        return "not a WARC/ARC file (record without a valid length)"
    return None


def iter_warc(path: Path, opts: ReadOptions) -> Iterator[Article | ItemError]:
    """Yield the page records of an archive, streamed; a damaged archive stops with one error."""
    from warcio.archiveiterator import ArchiveIterator

    n = 0
    try:
        size = path.stat().st_size
        with open(path, "rb") as fh:
            records = ArchiveIterator(fh, arc2warc=True)
            for record in records:
                n += 1
                bad = _not_archive(record)
                if bad:
                    yield ItemError(str(path), bad if n == 1 else
                                    f"web archive truncated or damaged after record {n - 1} ({bad})")
                    return
                item = None
                if record.rec_type in ("response", "resource"):
                    item = _record_article(record, path, opts, n)
                if _truncated(record):
                    yield ItemError(str(path), f"web archive truncated in record {n}; the records before it were read")
                    return
                if item is not None:
                    yield item
            if size - records.offset > 4:  # a cut gzip member is dropped silently by warcio
                yield ItemError(str(path), f"web archive truncated after record {n} "
                                           f"({size - records.offset} trailing bytes unreadable)")
    except Exception as exc:  # warcio raises many kinds on a truncated or corrupt archive
        yield ItemError(str(path), f"web archive unreadable after record {n}: {type(exc).__name__}: {exc}")
