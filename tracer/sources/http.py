"""Web pages over HTTP: fetch results → articles, with the store as fetch log and cache.

The network part lives in `_fetch` (polite, concurrent, retrying). This module adds
what makes a fetch provenance: every fetch is logged in the store (URL, final URL,
status, time, bytes, validators, error); a URL fetched before is requested
conditionally (If-None-Match / If-Modified-Since) and a 304 reuses the stored article;
and the bytes are decoded with the right charset and only parsed when they are a page.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from typing import Any

from tracer.extract import extract_html, extract_text
from tracer.model import Article, ItemError
from tracer.sources._charset import (
    FEED_TYPES,
    HTML_TYPES,
    decode_page,
    header_charset,
    media_type,
    sniff_kind,
)
from tracer.sources._fetch import FetchResult, FetchSession
from tracer.sources.options import ReadOptions


def iso_time(ts: float) -> str:
    return datetime.fromtimestamp(ts, UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def validators_for(url: str, store: Any) -> dict[str, str | None] | None:
    """Conditional-request validators, only when the stored article can answer a 304."""
    if store is None:
        return None
    found = store.last_validators(url)
    if found is None or store.article_by_url(url) is None:
        return None
    return found


def log_fetch(res: FetchResult, store: Any) -> None:
    if store is None:
        return
    store.log_fetch(res.url, res.final_url, res.status, len(res.body) if res.body else 0,
                    etag=res.etag, last_modified=res.last_modified, error=res.error)


def fetch_signals(res: FetchResult, charset: str | None = None) -> dict[str, Any]:
    sig: dict[str, Any] = {"status": res.status, "final_url": res.final_url, "fetched_at": iso_time(res.fetched_at),
                           "bytes": len(res.body), "attempts": res.attempts}
    if res.redirects:
        sig["redirects"] = res.redirects
    if charset:
        sig["charset"] = charset
    if res.content_type:
        sig["content_type"] = res.content_type
    return sig


def page_kind(res: FetchResult) -> str:
    """`html`, `text`, `feed` or the media type of something that is not a page."""
    mt = media_type(res.content_type)
    if mt in HTML_TYPES:
        return "html"
    if mt == "text/plain":
        return "text"
    if mt in FEED_TYPES:
        return "feed"
    if not mt or mt in ("application/octet-stream", "binary/octet-stream"):
        sniffed = sniff_kind(res.body)
        return sniffed if sniffed != "other" else (mt or "unknown content type")
    return mt


def result_to_article(res: FetchResult, opts: ReadOptions, *, id: str | None = None) -> Article | ItemError:
    """One fetch result as an article (or the reason it is not one). Logs it in the store."""
    store = opts.store
    log_fetch(res, store)
    url = res.url
    if not res.ok:
        return ItemError(url, res.error or "fetch failed")
    if res.not_modified:
        stored = store.article_by_url(url) if store is not None else None
        if stored is None:
            return ItemError(url, "HTTP 304 but no stored copy of the page")
        stored.signals["fetch"] = {**fetch_signals(res), "not_modified": True}
        return stored
    kind = page_kind(res)
    if kind == "feed":
        return ItemError(url, f"not an HTML page ({media_type(res.content_type) or 'a feed'}); "
                              "read feeds with --feed")
    if kind not in ("html", "text"):
        return ItemError(url, f"not an HTML page ({kind})")
    text, charset = decode_page(res.body, header_charset(res.content_type))
    final = res.final_url or url
    if kind == "text":
        art = extract_text(text, id=id or url, url=final, source=url)
    else:
        art = extract_html(text, id=id or url, url=final, source=url)
    art.signals["fetch"] = fetch_signals(res, charset)
    art.signals["fetched_at"] = art.signals["fetch"]["fetched_at"]
    return art


def fetch_pages(urls: Iterable[str], opts: ReadOptions, session: FetchSession) -> Iterator[Article | ItemError]:
    """Fetch pages concurrently; yield their articles in the order of `urls`."""
    store = opts.store
    requests = ((u, validators_for(u, store)) for u in urls)
    for res in session.fetch_ordered(requests):
        try:
            yield result_to_article(res, opts)
        except Exception as exc:  # one bad page never stops the others
            yield ItemError(res.url, f"{type(exc).__name__}: {exc}")


def fetch_article(url: str, opts: ReadOptions) -> Article | ItemError:
    """Fetch one page and extract it; every failure is an `ItemError`."""
    with FetchSession(opts.fetch_config()) as session:
        session.trust([url])
        return next(fetch_pages([url], opts, session))
