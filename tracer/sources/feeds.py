"""RSS/Atom feed items as articles (feedparser), with item identity and optional full text.

Feed bytes come from the same polite fetcher as pages (or from a file) and are handed
to feedparser as bytes, so it sees the XML encoding declaration itself.

Item identity: an item is the same item as one already read when it has the same
(feed, guid), else the same normalised link (courlan; `utm_*` and fragments stripped),
else — with `fetch_pages` — the same canonical URL on its page. Repeats are dropped, so
one article listed in an outlet's "top stories" and "world" feeds is read once.

Feeds are untrusted XML. A feed that declares its own entities is refused before any
parser sees it (the "billion laughs" expansion attack); a feed that is not XML, or has
no items, is one `ItemError`, never a crash.
"""

from __future__ import annotations

import re
import time
from collections.abc import Iterator
from html import escape, unescape
from pathlib import Path
from typing import Any

from tracer.extract import html_signals
from tracer.model import Article, ItemError
from tracer.sources._fetch import FEED_ACCEPT, FetchResult, FetchSession
from tracer.sources.options import ReadOptions

_ENTITY = re.compile(rb"<!ENTITY", re.I)
_ROOT = re.compile(rb"<(?:rss|feed|rdf:RDF|channel)[\s>]", re.I)


def normalise_link(link: str | None) -> str | None:
    """A link without tracking parameters (utm_*, fbclid, …) and fragment, for identity."""
    if not link or not link.strip():
        return None
    link = link.strip()
    try:
        from courlan import normalize_url

        link = normalize_url(link, strict=False)
    except Exception:  # an unparsable link is still an identity, as written
        pass
    return link.split("#", 1)[0]


def entity_attack(data: bytes) -> bool:
    """True when the document declares XML entities in its DTD (expansion attacks)."""
    root = _ROOT.search(data)
    return _ENTITY.search(data, 0, root.start() if root else len(data)) is not None


def _iso(parsed: Any) -> str | None:
    try:
        return time.strftime("%Y-%m-%dT%H:%M:%SZ", parsed) if parsed else None
    except (TypeError, ValueError):
        return None


_BLOCK = frozenset({"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr", "section",
                    "article", "figure", "figcaption", "pre", "ul", "ol", "table", "hr"})
_INVISIBLE = re.compile("[\u200b-\u200f\u2060\ufeff\u00ad]")  # zero-width marks and soft hyphens
_DROP = frozenset({"script", "style", "noscript", "iframe", "object", "embed", "template", "svg", "math"})


def snippet_text(body: str) -> str:
    """The text of a feed item's summary or content HTML: one line per block, no markup.

    A feed snippet is a few paragraphs, not a page: no boilerplate to remove, so a plain
    walk of the lxml tree is enough (page extraction is for `--fetch-pages`).
    """
    if not body or not body.strip():
        return ""
    if "<" not in body:
        return _stripped(body)
    from lxml import etree
    from lxml import html as lxml_html

    try:
        root = lxml_html.fragment_fromstring(body, create_parent="div")
    except Exception:  # unparsable markup: its text without tags
        return _stripped(body)
    parts: list[str] = []
    skipped: set[Any] = set()
    walker = etree.iterwalk(root, events=("start", "end", "comment", "pi"))  # no recursion: depth is untrusted
    for event, el in walker:
        tag = el.tag.lower() if isinstance(el.tag, str) else None  # None: a comment or instruction
        if event in ("comment", "pi"):
            if el.tail:
                parts.append(el.tail)
            continue
        if event == "start":
            if tag is None or tag in _DROP:
                walker.skip_subtree()
                skipped.add(el)
                if el.tail:
                    parts.append(el.tail)
                continue
            if tag in _BLOCK:
                parts.append("\n")
            if el.text:
                parts.append(el.text)
            continue
        if el in skipped:
            continue
        if tag in _BLOCK:
            parts.append("\n")
        if el.tail and el is not root:
            parts.append(el.tail)
    text = "\n".join(" ".join(ln.split()) for ln in _INVISIBLE.sub("", "".join(parts)).splitlines() if ln.strip())
    return text or _stripped(body)  # nothing from the tree (nesting past the parser's limit): strip the tags


def _stripped(body: str) -> str:
    text = _INVISIBLE.sub("", unescape(re.sub(r"<[^>]*>", "\n", body)))
    return "\n".join(" ".join(ln.split()) for ln in text.splitlines() if ln.strip())


def _entry_article(entry: Any, n: int, where: str, outlet: str | None, lang: str | None = None) -> Article:
    guid = (entry.get("id") or "").strip() or None
    link = (entry.get("link") or "").strip() or None
    norm = normalise_link(link)
    body = ""
    if entry.get("content"):
        body = entry["content"][0].get("value", "") or ""
    body = body or entry.get("summary", "") or ""
    title = entry.get("title")
    html = f"<html><body><article><h1>{escape(title or '')}</h1>{body}</article></body></html>"
    art_id = norm or (f"{where}#{guid}" if guid else f"{where}#{n}")
    # The item's own fields, not page extraction (issue 20): trafilatura and its date
    # search took 93% of reading 26 feeds for a snippet whose title and date the feed gives.
    marked_up = "class=" in body or "<meta" in body or "<script" in body or "<link" in body
    signals = html_signals(html) if marked_up else {"meta": {}, "jsonld": [], "nodes": []}  # else nothing to find
    art = Article(id=art_id, text=snippet_text(body), url=link, source=where, html=html, signals=signals, lang=lang)
    if not art.text.strip():
        art.text = title or ""
    art.signals.pop("canonical", None)  # a feed snippet has no canonical of its own
    art.title = title or art.title
    art.publisher = outlet or art.publisher
    art.date = entry.get("published") or entry.get("updated") or art.date
    art.signals["feed"] = {"feed": where, "guid": guid or link or f"{where}#{n}", "link": link, "outlet": outlet,
                           "normalised_link": norm,
                           "published": _iso(entry.get("published_parsed") or entry.get("updated_parsed"))}
    return art


def _keys(art: Article) -> list[str]:
    f = art.signals["feed"]
    keys = [f"guid:{f['feed']}\x00{f['guid']}"]
    if f.get("normalised_link"):
        keys.append(f"link:{f['normalised_link']}")
    return keys


def parse_feed_bytes(data: bytes, where: str, opts: ReadOptions, *, session: FetchSession | None = None,
                     seen: set[str] | None = None) -> Iterator[Article | ItemError]:
    """Yield one article per distinct feed item; a broken or hostile feed yields one `ItemError`."""
    import feedparser

    seen = seen if seen is not None else set()
    if entity_attack(data):
        yield ItemError(where, "feed declares XML entities (possible entity-expansion attack); refused")
        return
    try:
        parsed = feedparser.parse(data)
    except Exception as exc:  # feedparser is robust, but this is untrusted input
        yield ItemError(where, f"not a readable feed: {type(exc).__name__}: {exc}")
        return
    if not parsed.entries:
        reason = parsed.get("bozo_exception") if parsed.bozo else None
        version = parsed.get("version")
        if reason is not None or not version:
            yield ItemError(where, f"not a readable feed: {reason or 'no RSS/Atom content'}")
        return
    outlet = parsed.feed.get("title")
    lang = (parsed.feed.get("language") or "").split("-")[0].lower() or None
    items: list[Article] = []
    cap = max(1, opts.max_feed_items)
    for n, entry in enumerate(parsed.entries[:cap], 1):
        try:
            art = _entry_article(entry, n, where, outlet, lang)
        except Exception as exc:  # one odd item never loses the others
            yield ItemError(f"{where}#{n}", f"unreadable feed item: {type(exc).__name__}: {exc}")
            continue
        keys = _keys(art)
        if any(k in seen for k in keys):
            continue
        seen.update(keys)
        items.append(art)
    if opts.fetch_pages and session is not None:
        yield from _with_pages(items, opts, session, seen)
    else:
        yield from items
    if len(parsed.entries) > cap:
        yield ItemError(where, f"feed has {len(parsed.entries)} items; only the first {cap} were read "
                               "(ReadOptions.max_feed_items)")
    warning = malformed(parsed)
    if warning:
        yield ItemError(where, f"malformed feed ({warning}); the {min(cap, len(parsed.entries))} items "
                               "found were read, others may be missing")


# feedparser's bozo exceptions that say nothing about lost items: a charset label
# overridden by the one that decodes, a feed served with a non-XML content type.
_HARMLESS_BOZO = ("CharacterEncodingOverride", "NonXMLContentType")


def malformed(parsed: Any) -> str | None:
    """Why feedparser had to guess (its bozo flag), when that may have cost items."""
    exc = parsed.get("bozo_exception") if parsed.get("bozo") else None
    if exc is None or type(exc).__name__ in _HARMLESS_BOZO:
        return None
    return " ".join(f"{type(exc).__name__}: {exc}".split())[:200]


def _with_pages(items: list[Article], opts: ReadOptions, session: FetchSession,
                seen: set[str]) -> Iterator[Article | ItemError]:
    """Replace each item's snippet by its page's full text (the snippet stays on failure)."""
    from tracer.sources.http import fetch_pages

    linked = [a for a in items if a.url and a.url.startswith(("http://", "https://"))]
    pages = fetch_pages((a.url for a in linked), opts, session)
    by_item = {id(a): p for a, p in zip(linked, pages, strict=True)}
    for art in items:
        page = by_item.get(id(art))
        if page is None:
            yield art
            continue
        if isinstance(page, ItemError) or not page.text.strip():
            reason = page.error if isinstance(page, ItemError) else "no article text on the page"
            art.errors.append(ItemError(art.url or art.id, f"item page not used: {reason}"))
            yield art
            continue
        canonical = normalise_link(page.signals.get("canonical"))
        if canonical:
            key = f"link:{canonical}"
            if key in seen and key not in _keys(art):
                continue  # the same page under another link
            seen.add(key)
        feed = art.signals["feed"]
        page.id, page.source = art.id, feed["feed"]
        page.title = page.title or art.title
        page.publisher = page.publisher or art.publisher
        page.date = page.date or art.date
        page.signals["feed"] = {**feed, "page": True}
        yield page


def read_feed_file(path: Path, opts: ReadOptions, *, session: FetchSession | None = None,
                   seen: set[str] | None = None) -> Iterator[Article | ItemError]:
    try:
        data = path.read_bytes()
    except OSError as exc:
        yield ItemError(str(path), f"cannot read: {exc}")
        return
    yield from parse_feed_bytes(data, str(path), opts, session=session, seen=seen)


def feed_from_result(res: FetchResult, opts: ReadOptions, *, session: FetchSession | None = None,
                     seen: set[str] | None = None) -> Iterator[Article | ItemError]:
    """The items of a fetched feed (the fetch is logged in the store)."""
    from tracer.sources.http import log_fetch

    log_fetch(res, opts.store)
    if not res.ok:
        yield ItemError(res.url, res.error or "fetch failed")
        return
    if res.not_modified:
        yield ItemError(res.url, "HTTP 304 for a feed")
        return
    yield from parse_feed_bytes(res.body, res.url, opts, session=session, seen=seen)


def fetch_feed(url: str, opts: ReadOptions) -> Iterator[Article | ItemError]:
    """Fetch one feed politely and yield its items."""
    with FetchSession(opts.fetch_config()) as session:
        session.trust([url])
        res = session.fetch(url, accept=FEED_ACCEPT)
        yield from feed_from_result(res, opts, session=session)
