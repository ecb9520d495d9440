"""An outlet's listings: feed autodiscovery, RSS/Atom items and (news) sitemaps, read
safely (entity declarations refused, gzip bounded) and kept within the date window."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import datetime
from typing import Any
from urllib.parse import urljoin

from tracer.discovery._common import OUTLET_FEED, SITEMAP, Candidate, Crawler, Window, is_web, parse_date
from tracer.discovery.outlets import Outlet

_FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/feed+xml", "application/rdf+xml")
_SITEMAP_ACCEPT = "application/xml,text/xml;q=0.9,*/*;q=0.1"


def _safe_xml(body: bytes) -> Any:
    """An XML tree of an untrusted document, or None (entity declarations are refused)."""
    from lxml import etree

    if re.search(rb"<!ENTITY", body[:65536], re.I):
        return None
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, recover=True)
    try:
        return etree.fromstring(body, parser)
    except Exception:
        return None


def _local(tag: Any) -> str:
    return tag.rsplit("}", 1)[-1].lower() if isinstance(tag, str) else ""


def _child_text(el: Any, *names: str) -> str | None:
    for x in el.iter():
        if _local(x.tag) in names and (x.text or "").strip():
            return x.text.strip()
    return None


def _gunzip(body: bytes, limit: int = 50_000_000) -> bytes | None:
    """A gzip file's content (sitemap.xml.gz), bounded; other bytes as they are; None if corrupt."""
    if not body.startswith(b"\x1f\x8b"):
        return body
    import zlib

    d = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:
        out = d.decompress(body, limit + 1)
    except zlib.error:
        return None
    return None if len(out) > limit else out


def _news_title(el: Any) -> str | None:
    """The item's news:title (not an image:title or video:title beside it)."""
    for x in el.iter():
        if _local(x.tag) == "title" and (x.text or "").strip():
            parent = x.getparent()
            if parent is None or _local(parent.tag) in ("news", "url"):
                return x.text.strip()
    return None


def sitemap_items(body: bytes, where: str) -> tuple[list[Candidate], list[tuple[str, datetime | None]]]:
    """A sitemap's URLs (with news:title and dates) and, for an index, its child sitemaps.
    Gzipped sitemaps (`.xml.gz`) are read too."""
    body = _gunzip(body) or b""
    root = _safe_xml(body)
    if root is None:
        return [], []
    items, children = [], []
    kind = _local(root.tag)
    for el in root:
        name = _local(el.tag)
        loc = _child_text(el, "loc")
        if not loc or not is_web(loc):
            continue
        if kind == "sitemapindex" or name == "sitemap":
            children.append((urljoin(where, loc), parse_date(_child_text(el, "lastmod"))))
        elif name == "url":
            date = _child_text(el, "publication_date") or _child_text(el, "lastmod")
            items.append(Candidate(urljoin(where, loc), SITEMAP, via=where, lead="news sitemap",
                                   title=_news_title(el), date=date))
    return items, children


def feed_items(body: bytes, where: str) -> list[Candidate]:
    """A feed's items (link, title, summary, date); an unsafe or broken feed has none."""
    from tracer.sources.feeds import entity_attack

    if entity_attack(body):
        return []
    import feedparser

    try:
        parsed = feedparser.parse(body)
    except Exception:
        return []
    out = []
    for e in parsed.entries:
        link = (e.get("link") or "").strip()
        if not is_web(urljoin(where, link)):
            continue
        when = e.get("published_parsed") or e.get("updated_parsed")
        d = parse_date(when)
        summary = re.sub(r"<[^>]+>", " ", e.get("summary") or "")
        out.append(Candidate(urljoin(where, link), OUTLET_FEED, via=where, lead="feed item", title=e.get("title"),
                             summary=" ".join(summary.split())[:600] or None,
                             date=d.isoformat() if d else None))
    return out


def autodiscover(body: bytes, where: str) -> list[str]:
    """Feed links a home page declares (`<link rel="alternate" type="application/rss+xml">`)."""
    from lxml import html as lxml_html

    from tracer.extract import decode_bytes

    try:
        tree = lxml_html.document_fromstring(decode_bytes(body))
    except Exception:
        return []
    out = []
    for link in tree.iterfind(".//link"):
        rel = (link.get("rel") or "").lower().split()
        typ = (link.get("type") or "").lower().split(";")[0].strip()
        if "alternate" in rel and typ in _FEED_TYPES and link.get("href"):
            url = urljoin(where, link.get("href").strip())
            if is_web(url) and url not in out:
                out.append(url)
    return out


def _sitemap_order(window: Window) -> Callable[[str], tuple[bool, bool, bool]]:
    """Sitemaps worth reading first: news sitemaps (the last two days, with titles), then
    ones named for the article's month or day (sitemap-2025-02.xml, /2025/02/13.xml), then
    ones of posts or articles."""
    marks: tuple[str, ...] = ()
    if window.center is not None:
        y, m = window.center.year, window.center.month
        marks = (f"{y}-{m:02d}", f"{y}/{m:02d}", f"{y}_{m:02d}", f"{y}{m:02d}")

    def key(url: str) -> tuple[bool, bool, bool]:
        low = url.lower()
        return ("news" not in low, not any(k in low for k in marks),
                not any(w in low for w in ("post", "article", "stor")))
    return key


def outlet_items(outlet: Outlet, crawler: Crawler, window: Window, *, max_feeds: int = 2, max_sitemaps: int = 2,
                 enough: Callable[[list[Candidate]], bool] | None = None) -> list[Candidate]:
    """Items of an outlet's feeds and news sitemaps within the date window.

    Feeds come from the gazetteer, else from the home page's feed links; sitemaps from the
    gazetteer, else from the `Sitemap:` lines of the robots.txt the first request read.
    When `enough(items)` says the feeds already list the story, sitemaps are not read.
    """
    from tracer.sources._fetch import FEED_ACCEPT

    feeds = list(outlet.feeds)
    sitemaps = list(outlet.sitemaps)
    home = outlet.home or (f"https://{outlet.domains[0]}/" if outlet.domains else None)
    if home and not feeds:
        res = crawler.get(home, f"home page of {outlet.name}")
        if res is not None and res.ok and res.body:
            feeds = autodiscover(res.body, res.final_url or home)
    items: list[Candidate] = []
    for f in feeds[:max_feeds]:
        res = crawler.get(f, f"feed of {outlet.name}", accept=FEED_ACCEPT)
        if res is not None and res.ok and res.body:
            items += feed_items(res.body, res.final_url or f)
    items = _in_window(items, window, outlet)
    if enough is not None and items and enough(items):
        return items
    if not sitemaps:
        for where in filter(None, (home, *feeds[:max_feeds])):
            sitemaps += crawler.session.fetcher.robots_sitemaps(where)
    order = _sitemap_order(window)
    todo = sorted(dict.fromkeys(sitemaps), key=order)[:max_sitemaps]
    opened = 0
    while todo and opened < max_sitemaps + 2:
        sm = todo.pop(0)
        res = crawler.get(sm, f"sitemap of {outlet.name}", accept=_SITEMAP_ACCEPT)
        opened += 1
        if res is None or not res.ok or not res.body:
            continue
        found, children = sitemap_items(res.body, res.final_url or sm)
        items += _in_window(found, window, outlet)
        # an index: its newsiest child sitemaps, then the ones last modified in the window
        kids = [u for u, when in children if window.holds(when)]
        todo = sorted(dict.fromkeys(kids), key=order)[:max_sitemaps] + todo
    return items


def _in_window(items: list[Candidate], window: Window, outlet: Outlet) -> list[Candidate]:
    kept, seen = [], set()
    for it in items:
        if it.url in seen or not window.holds(parse_date(it.date)):
            continue
        it.org = outlet.name
        seen.add(it.url)
        kept.append(it)
    return kept

