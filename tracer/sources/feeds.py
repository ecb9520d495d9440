"""RSS/Atom feed items as articles (feedparser)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from tracer.extract import extract_html
from tracer.model import Article, ItemError
from tracer.sources.options import ReadOptions


def parse_feed_bytes(data: bytes, where: str, opts: ReadOptions) -> Iterator[Article | ItemError]:
    """Yield one article per feed entry; a broken feed yields one `ItemError`."""
    import feedparser

    parsed = feedparser.parse(data)
    if parsed.bozo and not parsed.entries:
        yield ItemError(where, f"not a readable feed: {parsed.get('bozo_exception', 'parse error')}")
        return
    outlet = parsed.feed.get("title")
    for n, entry in enumerate(parsed.entries, 1):
        guid = entry.get("id") or entry.get("link") or f"{where}#{n}"
        body = ""
        if entry.get("content"):
            body = entry["content"][0].get("value", "")
        body = body or entry.get("summary", "") or ""
        title = entry.get("title")
        html = f"<html><body><article><h1>{_esc(title or '')}</h1>{body}</article></body></html>"
        art = extract_html(html, id=guid, url=entry.get("link"), source=where)
        if not art.text.strip():
            art.text = title or ""
            art.errors = []
        art.title = title or art.title
        art.publisher = outlet or art.publisher
        art.date = entry.get("published") or entry.get("updated") or art.date
        art.signals["feed"] = {"feed": where, "guid": guid, "outlet": outlet}
        yield art


def _esc(s: str) -> str:
    from html import escape

    return escape(s)


def read_feed_file(path: Path, opts: ReadOptions) -> Iterator[Article | ItemError]:
    try:
        data = path.read_bytes()
    except OSError as exc:
        yield ItemError(str(path), f"cannot read: {exc}")
        return
    yield from parse_feed_bytes(data, str(path), opts)


def fetch_feed(url: str, opts: ReadOptions) -> Iterator[Article | ItemError]:
    import httpx

    try:
        resp = httpx.get(url, follow_redirects=True, timeout=opts.timeout, headers={"User-Agent": opts.user_agent})
    except httpx.HTTPError as exc:
        yield ItemError(url, f"fetch failed: {type(exc).__name__}: {exc}")
        return
    if resp.status_code >= 400:
        yield ItemError(url, f"HTTP {resp.status_code}")
        return
    yield from parse_feed_bytes(resp.content, url, opts)
