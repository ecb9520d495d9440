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
    body = record.content_stream().read(opts.max_bytes + 1)
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


def iter_warc(path: Path, opts: ReadOptions) -> Iterator[Article | ItemError]:
    """Yield the page records of an archive, streamed; a damaged archive stops with one error."""
    from warcio.archiveiterator import ArchiveIterator

    n = 0
    try:
        with open(path, "rb") as fh:
            for record in ArchiveIterator(fh, arc2warc=True):
                n += 1
                if record.rec_type not in ("response", "resource"):
                    continue
                try:
                    item = _record_article(record, path, opts, n)
                except (OSError, EOFError, ValueError) as exc:
                    # the body of this record is cut off: the archive ends here
                    yield ItemError(f"{path}#{n}", f"web archive truncated in record {n}: {type(exc).__name__}: {exc}")
                    return
                if item is not None:
                    yield item
    except Exception as exc:  # warcio raises many kinds on a truncated or corrupt archive
        yield ItemError(str(path), f"web archive unreadable after record {n}: {type(exc).__name__}: {exc}")
