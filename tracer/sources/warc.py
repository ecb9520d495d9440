"""Response records of WARC files (warcio), streamed."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from tracer.extract import decode_bytes, extract_html
from tracer.model import Article, ItemError
from tracer.sources.options import ReadOptions


def iter_warc(path: Path, opts: ReadOptions) -> Iterator[Article | ItemError]:
    """Yield the HTML response records; a truncated archive yields what precedes the break."""
    from warcio.archiveiterator import ArchiveIterator

    try:
        with open(path, "rb") as fh:
            for record in ArchiveIterator(fh):
                if record.rec_type != "response":
                    continue
                uri = record.rec_headers.get_header("WARC-Target-URI") or f"{path}#{record.rec_headers.get_header('WARC-Record-ID')}"
                ctype = (record.http_headers.get_header("Content-Type") if record.http_headers else "") or ""
                if ctype and "html" not in ctype.lower():
                    continue
                body = record.content_stream().read(opts.max_bytes + 1)
                if len(body) > opts.max_bytes:
                    yield ItemError(uri, "record larger than the size limit")
                    continue
                charset = None
                if "charset=" in ctype.lower():
                    charset = ctype.lower().split("charset=")[-1].split(";")[0].strip()
                art = extract_html(decode_bytes(body, charset), id=uri, url=uri, source=str(path))
                art.signals["fetched_at"] = record.rec_headers.get_header("WARC-Date")
                yield art
    except Exception as exc:  # warcio raises many kinds on a truncated or corrupt archive
        yield ItemError(str(path), f"web archive unreadable past this point: {type(exc).__name__}: {exc}")
