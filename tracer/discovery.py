"""Discovery: from one article to the pages it came from, with no corpus given (issue 19).

A republished page usually says where to look. It credits an outlet ("/ VOA",
"Source: Reuters", "(AP)"), it may link to the original (canonical, `og:url`, JSON-LD
`isBasedOn`, `original-source`, "Read the original", a link inside the credit line), and
the credited outlet lists its stories by date in feeds and news sitemaps. `discover()`
follows those leads and returns ranked `Candidate`s; `trace_discovered()` fetches the
best few and hands them to the ordinary `tracer.api.trace` as its corpus, so copies are
verified by the one copy core, never here.

Everything discovered is untrusted input: every request goes through the shared fetcher
(robots.txt, per-host intervals, size limits, the fetch policy) and a request and time
budget bounds the whole run. The outlets gazetteer (`credits/outlets.json`) says where
a credited organisation publishes; feed autodiscovery on its home page and the
`Sitemap:` lines of its robots.txt (read anyway before the first request) do the rest.
"""

from __future__ import annotations

import dataclasses
import json
import re
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email.utils import parsedate_to_datetime
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urljoin, urlsplit

from tracer.credits.gazetteer import Gazetteer, default_gazetteer, fold
from tracer.model import Article, ItemError

if TYPE_CHECKING:
    from tracer.api import TraceResult
    from tracer.sources import ReadOptions
    from tracer.sources._fetch import FetchResult, FetchSession

# How a candidate was found; the lineage shows it for every fetched source.
CREDIT_LINK, OUTLET_FEED, SITEMAP, STORE, PAGE_LINK = "credit link", "outlet feed", "sitemap", "store", "page link"
_PRIOR = {CREDIT_LINK: 1.0, OUTLET_FEED: 0.0, SITEMAP: 0.0, STORE: 0.0, PAGE_LINK: -0.2}
_FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/feed+xml", "application/rdf+xml")
_SITEMAP_ACCEPT = "application/xml,text/xml;q=0.9,*/*;q=0.1"
_SKIP_ANCESTORS = {"nav", "header", "footer", "aside", "form", "menu"}


@dataclass
class Candidate:
    """A page that may be a source of the article, and how discovery came to it."""

    url: str
    how: str                    # CREDIT_LINK, OUTLET_FEED, SITEMAP, STORE or PAGE_LINK
    via: str | None = None      # the page, feed or sitemap it was listed on
    lead: str | None = None     # the signal: "canonical", "isBasedOn", "credit line", an anchor text…
    title: str | None = None
    summary: str | None = None
    date: str | None = None
    org: str | None = None      # the credited organisation it belongs to
    score: float = 0.0

    def to_dict(self) -> dict[str, Any]:
        return {"url": self.url, "how": self.how, "via": self.via, "lead": self.lead, "title": self.title,
                "date": self.date, "org": self.org, "score": round(self.score, 4)}


@dataclass
class Outlet:
    name: str
    home: str | None = None
    domains: tuple[str, ...] = ()
    feeds: tuple[str, ...] = ()
    sitemaps: tuple[str, ...] = ()
    editions: dict[str, str] = field(default_factory=dict)  # language → home page of that edition

    def edition(self, lang: str | None) -> Outlet | None:
        """The outlet's edition in `lang` (its own feeds and sitemaps), when it has one."""
        home = self.editions.get((lang or "").split("-")[0].lower())
        if not home or home == self.home:
            return None
        return Outlet(name=self.name, home=home, domains=self.domains)


@dataclass
class Outlets:
    """Credited organisation → where it publishes (names folded as in the credits gazetteer)."""

    by_name: dict[str, Outlet]
    link_cues: tuple[str, ...] = ()

    def find(self, name: str, gaz: Gazetteer | None = None) -> Outlet | None:
        gaz = gaz or default_gazetteer()
        org = gaz.lookup(name)
        for key in ([org.name, *(n for n in org.names())] if org is not None else [name]):
            found = self.by_name.get(fold(key))
            if found is not None:
                return found
        return None

    def owner(self, url: str) -> Outlet | None:
        """The outlet whose domains hold `url`'s host."""
        host = _host(url)
        for o in self.by_name.values():
            if any(host == d or host.endswith("." + d) for d in o.domains):
                return o
        return None


def _outlet(name: str, d: dict[str, Any]) -> Outlet:
    home = d.get("home")
    domains = tuple(x.lower() for x in d.get("domains", ()))
    if home and not domains:
        domains = (_host(home),)
    editions = {str(k).lower(): str(v) for k, v in (d.get("editions") or {}).items() if _web(str(v))}
    domains = tuple(dict.fromkeys([*domains, *(_host(v) for v in editions.values())]))
    return Outlet(name=name, home=home, domains=domains, feeds=tuple(d.get("feeds", ())),
                  sitemaps=tuple(d.get("sitemaps", ())), editions=editions)


@lru_cache(maxsize=1)
def _default_data() -> dict[str, Any]:
    return json.loads(resources.files("tracer.credits").joinpath("outlets.json").read_text("utf-8"))


def load_outlets(extra: str | Path | dict[str, Any] | None = None) -> Outlets:
    """The outlets gazetteer, with `extra` (a file or dict of the same shape) added on top."""
    data = _default_data()
    entries = dict(data.get("outlets", {}))
    cues = list(data.get("link_cues", []))
    if extra is not None:
        more = extra if isinstance(extra, dict) else json.loads(Path(extra).read_text("utf-8"))
        entries.update(more.get("outlets", more) if isinstance(more, dict) else {})
        cues += list(more.get("link_cues", [])) if isinstance(more.get("link_cues"), list) else []
    by_name = {fold(n): _outlet(n, d) for n, d in entries.items() if isinstance(d, dict)}
    return Outlets(by_name=by_name, link_cues=tuple(cues))


# -- the budget and the requests ------------------------------------------------------------
@dataclass
class Budget:
    """At most `max_requests` HTTP requests (robots.txt and redirects included) and `max_time` s."""

    max_requests: int = 20
    max_time: float = 60.0
    requests: int = 0
    started: float = field(default_factory=time.monotonic)

    def left(self) -> bool:
        return self.requests < self.max_requests and time.monotonic() - self.started < self.max_time

    @property
    def elapsed(self) -> float:
        return time.monotonic() - self.started


@dataclass
class Request:
    url: str
    purpose: str
    status: int | None
    error: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"url": self.url, "purpose": self.purpose, "status": self.status, "error": self.error}


class Crawler:
    """One discovery run's fetching: the session, the budget and the log of requests."""

    def __init__(self, session: FetchSession, budget: Budget, progress: Callable[[str], None] | None = None):
        self.session, self.budget, self.progress = session, budget, progress
        self.log: list[Request] = []
        self._hosts: set[str] = set()

    def get(self, url: str, purpose: str, *, accept: str | None = None) -> FetchResult | None:
        """Fetch within the budget (None when it is spent); every request is logged."""
        if not self.budget.left():
            return None
        from tracer.sources._fetch import PAGE_ACCEPT, host_key

        if self.progress:
            b = self.budget
            self.progress(f"{b.requests}/{b.max_requests} requests, {b.elapsed:.0f}/{b.max_time:.0f}s · {purpose}: {url}")
        self._robots(host_key(url))
        res = self.session.fetch(url, accept=accept or PAGE_ACCEPT)
        for hop in res.redirects[1:] + ([res.final_url] if res.redirects and res.final_url else []):
            self._robots(host_key(hop))  # a redirect to another host reads its robots.txt too
        self.budget.requests += max(res.attempts, 0)
        self.log.append(Request(url, purpose, res.status, res.error))
        return res


    def _robots(self, key: str) -> None:
        """Count the robots.txt request the fetcher makes before its first request to a host."""
        if key not in self._hosts and self.session.config.polite:
            self._hosts.add(key)
            self.budget.requests += 1


# -- leads on the page itself ------------------------------------------------------------------
def _host(url: str) -> str:
    try:
        h = (urlsplit(url).hostname or "").lower()
    except ValueError:
        return ""
    return h[4:] if h.startswith("www.") else h


def _same_page(a: str, b: str) -> bool:
    """Same host and path, scheme and trailing slash aside."""
    pa, pb = urlsplit(a), urlsplit(b)
    return _host(a) == _host(b) and pa.path.rstrip("/") == pb.path.rstrip("/")


def _web(url: str | None) -> bool:
    return bool(url) and str(url).startswith(("http://", "https://"))


def _jsonld_urls(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, list):
        return [u for v in value for u in _jsonld_urls(v)]
    if isinstance(value, dict):
        return [u for k in ("url", "@id", "sameAs") for u in _jsonld_urls(value.get(k))][:1]
    return []


def _site(url: str) -> str:
    """The registrable domain (m.example.com and www.example.com are one site)."""
    try:
        from courlan import extract_domain

        found = extract_domain(url)
    except Exception:  # an odd URL is compared by its host
        found = None
    host = _host(url)
    if found:
        return found
    # an unlisted suffix (a local name, an IP address): the last two labels of a name
    return host if host.replace(".", "").isdigit() else ".".join(host.split(".")[-2:])


@lru_cache(maxsize=8)
def _cue_pattern(extra: tuple[str, ...] = ()) -> re.Pattern[str]:
    """"Read the original", "Originally published on", "Source:" … in many languages."""
    from tracer.credits.lexicon import phrases

    cues = set(extra) | set(phrases("originally")) | set(phrases("source_labels"))
    alt = "|".join(re.escape(c.rstrip(":").strip()) for c in sorted(cues, key=len, reverse=True) if c.strip())
    return re.compile(rf"(?<!\w)(?:{alt})(?!\w)", re.I)


def page_leads(article: Article, outlets: Outlets | None = None, gaz: Gazetteer | None = None) -> list[Candidate]:
    """Links the page itself gives: provenance signals, credit lines, and its other links."""
    outlets = outlets or load_outlets()
    gaz = gaz or default_gazetteer()
    here = article.url or ""
    own = outlets.owner(here) if here else None
    out: list[Candidate] = []
    seen: set[str] = set()

    def add(url: str | None, how: str, lead: str, text: str | None = None) -> None:
        if not url or not isinstance(url, str):
            return
        url = urljoin(here, url.strip()) if here else url.strip()  # relative links too
        key = url.split("#", 1)[0]
        if not _web(key) or key in seen or (here and _same_page(key, here)):
            return
        if how == CREDIT_LINK and lead in ("canonical", "og:url") and (
                _site(key) == _site(here) or (own is not None and outlets.owner(key) is own)):
            return  # the page's own address at its own outlet: not a source
        seen.add(key)
        owner = outlets.owner(key)
        out.append(Candidate(key, how, via=here or article.id, lead=lead, title=text,
                             org=owner.name if owner else None))

    sig = article.signals or {}
    meta = sig.get("meta") or {}
    for obj in sig.get("jsonld") or []:
        if isinstance(obj, dict):
            for u in _jsonld_urls(obj.get("isBasedOn") or obj.get("isBasedOnUrl")):
                add(u, CREDIT_LINK, "isBasedOn")
    for key in ("original-source", "syndication-source"):
        for u in meta.get(key, []):
            add(u, CREDIT_LINK, key)
    add(sig.get("canonical"), CREDIT_LINK, "canonical")
    for u in meta.get("og:url", []):
        add(u, CREDIT_LINK, "og:url")
    for href, text, context in _body_links(article.html or ""):
        if _credit_link(text, context, article, gaz, outlets, href, here):
            add(href, CREDIT_LINK, "credit line" if text.strip() else "link", text or context[:80])
        else:
            add(href, PAGE_LINK, "link", text)
    return out


def _credit_link(text: str, context: str, article: Article, gaz: Gazetteer, outlets: Outlets,
                 href: str, here: str) -> bool:
    """A link in a credit line, named like a credited source, or cued as the original (the
    anchor says so, or its short paragraph starts with a cue: "Source: <a>…</a>")."""
    cue = _cue_pattern(outlets.link_cues)
    if cue.search(text) or (len(context) < 200 and cue.match(context.lstrip())):
        return True
    sources = [c for c in article.credits if c.kind == "organization" and c.role == "source"]
    for c in sources:
        if c.evidence and c.evidence.strip() and context.strip() and (
                c.evidence.strip() in context or context.strip() in c.evidence):
            return True
        org = gaz.lookup(c.agency or c.name)
        if org is not None and gaz.lookup(text.strip()) is org:
            return True
        o = outlets.find(c.agency or c.name, gaz)
        if o is not None and outlets.owner(urljoin(here, href)) is o:
            return True
    return False


def _body_links(html: str) -> list[tuple[str, str, str]]:
    """(href, anchor text, text of the enclosing block) for links outside navigation."""
    if not html.strip():
        return []
    from lxml import html as lxml_html

    try:
        tree = lxml_html.document_fromstring(html)
    except Exception:
        return []
    out = []
    for a in tree.iterfind(".//a"):
        href = (a.get("href") or "").strip()
        if not href or href.startswith(("#", "mailto:", "javascript:", "tel:")):
            continue
        anc = [x for x in a.iterancestors() if isinstance(x.tag, str)]
        if any(x.tag in _SKIP_ANCESTORS for x in anc):
            continue
        block = next((x for x in anc if x.tag in ("p", "li", "div", "section", "article", "blockquote", "td")), None)
        text = " ".join(" ".join(a.itertext()).split())
        context = " ".join(" ".join(block.itertext()).split()) if block is not None else text
        out.append((href, text, context))
        if len(out) >= 200:
            break
    return out


# -- leads at the credited outlets ---------------------------------------------------------------
def credited_outlets(article: Article, outlets: Outlets, gaz: Gazetteer | None = None) -> list[tuple[str, Outlet]]:
    """(credited name, outlet) for every credited source organisation that is not the page's own."""
    from tracer.credits import same_outlet

    gaz = gaz or default_gazetteer()
    own = outlets.owner(article.url) if article.url else None
    found: list[tuple[str, Outlet]] = []
    for c in article.credits:
        if c.kind != "organization" or c.role not in ("source", "author", "contributor"):
            continue
        if same_outlet(c, article.publisher, gaz):
            continue
        o = outlet_for(c.agency or c.name, outlets, gaz) or outlet_for(c.name, outlets, gaz)
        if o is None or o is own or any(o is x for _n, x in found):
            continue
        found.append((c.agency or c.name, o))
    return found


def outlet_for(name: str, outlets: Outlets, gaz: Gazetteer | None = None) -> Outlet | None:
    """Where a credited organisation publishes: the outlets gazetteer, else the name itself
    when it is a domain ("Oilprice.com" publishes there)."""
    from tracer.credits.names import is_domain

    found = outlets.find(name, gaz)
    if found is not None:
        return found
    host = name.strip().lower().removeprefix("www.")
    if not is_domain(host) or " " in host:
        return None
    return Outlet(name=name.strip(), home=f"https://{host}/", domains=(host,))


def _parse_date(value: Any) -> datetime | None:
    if value is None:
        return None
    if isinstance(value, time.struct_time):
        try:
            return datetime(*value[:6], tzinfo=UTC)
        except (TypeError, ValueError):
            return None
    s = str(value).strip()
    if not s:
        return None
    try:
        d = datetime.fromisoformat(s.replace("Z", "+00:00"))
    except ValueError:
        try:
            d = parsedate_to_datetime(s)
        except (TypeError, ValueError, IndexError):
            return None
    return d if d.tzinfo else d.replace(tzinfo=UTC)


@dataclass
class Window:
    """Items dated from `before` days ahead of the article to `after` days past it are kept."""

    center: datetime | None
    before: float = 7.0
    after: float = 1.0

    def holds(self, when: datetime | None) -> bool:
        if self.center is None or when is None:
            return True  # an undated item (or article) is not ruled out by date
        return self.center - timedelta(days=self.before) <= when <= self.center + timedelta(days=self.after + 1)


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
        if not loc or not _web(loc):
            continue
        if kind == "sitemapindex" or name == "sitemap":
            children.append((urljoin(where, loc), _parse_date(_child_text(el, "lastmod"))))
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
        if not _web(urljoin(where, link)):
            continue
        when = e.get("published_parsed") or e.get("updated_parsed")
        d = _parse_date(when)
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
            if _web(url) and url not in out:
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
        if it.url in seen or not window.holds(_parse_date(it.date)):
            continue
        it.org = outlet.name
        seen.add(it.url)
        kept.append(it)
    return kept


# -- ranking ------------------------------------------------------------------------------------
def _lead_text(article: Article, chars: int = 400) -> str:
    return (article.text or "")[:chars]


def rank(article: Article, candidates: list[Candidate],
         cache: dict[tuple[str | None, str | None], float] | None = None) -> list[Candidate]:
    """Score candidates by title (and summary or anchor) similarity to the article, across
    languages (`tracer.compare`: word bigrams within a language, anchors across), plus a
    prior for how they were found; best first."""
    from tracer.compare import compare_sides, side

    title = side(article.title or "", article.lang)
    both = side(f"{article.title or ''}\n{_lead_text(article)}", article.lang)
    cache = {} if cache is None else cache  # (title, summary) → similarity, when ranking again
    for c in candidates:
        key = (c.title, c.summary)
        if key not in cache:
            s = 0.0
            if c.title or c.summary:
                s = compare_sides(title, side(c.title or c.summary or "")).score
            if c.summary:
                s = max(s, compare_sides(both, side(f"{c.title or ''}\n{c.summary}")).score)
            cache[key] = s
        c.score = cache[key] + _PRIOR.get(c.how, 0.0)
    return sorted(candidates, key=lambda c: -c.score)


# -- the public entry -------------------------------------------------------------------------------
@dataclass
class Discovery:
    """What one discovery run found and what it cost."""

    candidates: list[Candidate]
    requests: list[Request]
    budget: Budget
    notes: list[str] = field(default_factory=list)


def discover(article: Article, options: ReadOptions | None = None, *, outlets: Outlets | str | Path | None = None,
             budget: Budget | None = None, window: Window | None = None, session: FetchSession | None = None,
             progress: Callable[[str], None] | None = None, store: Any = None) -> list[Candidate]:
    """Candidate source pages of `article`, best first (see the module docstring)."""
    return run_discovery(article, options, outlets=outlets, budget=budget, window=window, session=session,
                         progress=progress, store=store).candidates


def run_discovery(article: Article, options: ReadOptions | None = None, *,
                  outlets: Outlets | str | Path | None = None, budget: Budget | None = None,
                  window: Window | None = None, session: FetchSession | None = None,
                  progress: Callable[[str], None] | None = None, store: Any = None,
                  crawler: Crawler | None = None, linked_outlets: set[str] | None = None) -> Discovery:
    """`discover()` with what it cost: the requests made and the budget left.
    `linked_outlets` names outlets whose story the page's links already reached (their feeds are not read)."""
    from tracer.credits import attach_credits
    from tracer.sources import ReadOptions
    from tracer.sources._fetch import FetchSession

    opts = options or ReadOptions()
    ol = outlets if isinstance(outlets, Outlets) else load_outlets(outlets)
    budget = budget or Budget()
    if not article.credits and not article.chain:
        try:
            attach_credits(article)
        except Exception:  # no credits: the page's links still lead somewhere
            pass
    window = window or Window(_parse_date(article.date))
    if crawler is not None:
        session, budget = crawler.session, crawler.budget
    own_session = session is None
    session = session or FetchSession(opts.fetch_config())
    crawler = crawler or Crawler(session, budget, progress)
    notes: list[str] = []
    from tracer.compare import SAME_STORY  # a candidate this close to the article ends the search

    scores: dict[tuple[str | None, str | None], float] = {}

    def enough(items: list[Candidate]) -> bool:
        return any(c.score >= SAME_STORY for c in rank(article, [c for c in items if c.how != PAGE_LINK], scores))

    try:
        leads = page_leads(article, ol)
        linked = linked_outlets or set()
        found = list(leads)
        stored = store_candidates(store, article, ol, {c.url for c in found})
        found += stored
        for name, outlet in credited_outlets(article, ol):
            if outlet.name in linked:
                continue  # the page's link reached this outlet's story: its feeds are not needed
            if enough([c for c in stored if c.org == outlet.name]):
                notes.append(f"the store holds {name}'s story: its feeds were not read")
                continue
            if not budget.left():
                notes.append(f"budget spent before the outlet of {name} was read")
                break
            # the edition in the article's language first: a translation's original may be there
            for where in filter(None, (outlet.edition(article.lang), outlet)):
                items = outlet_items(where, crawler, window, enough=enough)
                found += items
                if enough(items) or not budget.left():
                    break
        found = [c for c in found if not (article.url and _same_page(c.url, article.url))]
    finally:
        if own_session:
            session.close()
    return Discovery(candidates=rank(article, _dedupe(found), scores), requests=crawler.log, budget=budget,
                     notes=notes)


def _dedupe(cands: list[Candidate]) -> list[Candidate]:
    order = {CREDIT_LINK: 0, OUTLET_FEED: 1, SITEMAP: 2, STORE: 3, PAGE_LINK: 4}
    best: dict[str, Candidate] = {}
    for c in cands:
        key = c.url.split("#", 1)[0].rstrip("/")
        old = best.get(key)
        if old is None or order.get(c.how, 9) < order.get(old.how, 9):
            if old is not None:
                c.title, c.summary, c.date = c.title or old.title, c.summary or old.summary, c.date or old.date
            best[key] = c
        else:
            old.title, old.summary, old.date = old.title or c.title, old.summary or c.summary, old.date or c.date
    return list(best.values())


def store_candidates(store: Any, article: Article, outlets: Outlets, known: set[str],
                     limit: int = 50_000) -> list[Candidate]:
    """Stored articles (earlier feeds or crawls) from the credited outlets, at no request."""
    if store is None or getattr(store, "path", None) in (None, ":memory:"):
        return []
    credited = {o.name for _n, o in credited_outlets(article, outlets)}
    if not credited:
        return []
    out = []
    for n, art in enumerate(store.iter_articles()):
        if n >= limit:
            break
        url = art.url or art.id
        if not _web(url) or url in known or art.id == article.id:
            continue
        o = outlets.owner(url)
        if o is not None and o.name in credited:
            out.append(Candidate(url, STORE, via="store", lead="stored article", title=art.title,
                                 summary=(art.text or "")[:400], date=art.date, org=o.name))
    return out


def _same_story(a: Article, b: Article) -> bool:
    """Does a linked page tell the article's story (tracer.compare, any languages)? Only
    decides whether to search further; what is a copy is the trace's verdict."""
    from tracer.compare import compare

    return compare(a.text[:4000], b.text[:4000], a.lang, b.lang).same_story


# -- discovery, then the ordinary trace ---------------------------------------------------------------
def trace_discovered(target: str | Article, options: ReadOptions | None = None, *, db: str | None = None,
                     corpus: Sequence[str | Article] = (), outlets: Outlets | str | Path | None = None,
                     max_requests: int = 20, max_time: float = 60.0, max_fetch: int = 4, min_score: float = 0.15,
                     progress: Callable[[str], None] | None = None) -> TraceResult:
    """Read the target, discover its candidate sources, fetch the best few, and trace it
    against them with `tracer.api.trace` (the one copy core). The result's `discovery`
    says how every fetched source was found and lists every request made."""
    from tracer.api import trace, with_store
    from tracer.errors import InputError
    from tracer.sources import ReadOptions, read_inputs
    from tracer.sources._fetch import FetchSession
    from tracer.sources.http import result_to_article
    from tracer.store import Store

    opts = options or ReadOptions()
    budget = Budget(max_requests=max_requests, max_time=max_time)
    with Store(db) as store:
        opts = with_store(opts, store)
        cfg = opts.fetch_config()  # no single request outlives the time budget
        cfg = dataclasses.replace(cfg, total_timeout=min(cfg.total_timeout or cfg.timeout * 3, max_time))
        session = FetchSession(cfg)
        crawler = Crawler(session, budget, progress)
        try:
            if isinstance(target, Article):
                art: Article | ItemError = target
            elif _web(target):
                res = crawler.get(target, "the article")
                art = ItemError(target, "request budget spent") if res is None else result_to_article(res, opts)
            else:
                art = next(iter(read_inputs([target], opts)), ItemError(target, "no article"))
            if isinstance(art, ItemError):
                raise InputError(f"cannot read {target}: {art.error}")
            ol = outlets if isinstance(outlets, Outlets) else load_outlets(outlets)
            fetched: list[Article] = []
            errors: list[ItemError] = []
            landed: set[str] = set()  # final URLs fetched: one page is fetched once

            def fetch(cands: list[Candidate]) -> None:
                for c in cands:
                    if c.url in landed:
                        continue
                    stored = store.article_by_url(c.url) if db not in (None, ":memory:") else None
                    if stored is not None:
                        got: Article | ItemError = stored
                    else:
                        res = crawler.get(c.url, f"candidate ({c.how})")
                        if res is None:
                            return
                        landed.update(filter(None, (c.url, res.final_url)))
                        got = result_to_article(res, opts, id=res.final_url or res.url)  # where it landed
                    if isinstance(got, ItemError):
                        errors.append(got)
                        continue
                    if (got.url and art.url and _same_page(got.url, art.url)) or any(a.id == got.id for a in fetched):
                        continue  # redirected back to the article itself, or to a page already fetched
                    got.signals["discovery"] = c.to_dict()
                    fetched.append(got)

            # The page's own credit links first: where they land, that outlet needs no search.
            fetch([c for c in page_leads(art, ol) if c.how == CREDIT_LINK][:max_fetch])
            linked = {o.name for a in fetched if (o := ol.owner(a.url or a.id)) is not None and _same_story(art, a)}
            found = run_discovery(art, opts, outlets=ol, store=store, crawler=crawler,
                                  linked_outlets=linked)
            fetch([c for c in found.candidates if c.how != CREDIT_LINK and c.score >= min_score][:max_fetch])
        finally:
            session.close()
    result = trace(art, [*corpus, *fetched], options, db=db)
    result.errors = errors + result.errors
    how = {a.id: a.signals["discovery"] for a in fetched}
    given = {c if isinstance(c, str) else c.id for c in corpus}
    for i in result.articles:
        if i != result.article.id and i not in how and i not in given:
            how[i] = {"url": result.articles[i].url or i, "how": STORE, "via": "store", "lead": "stored article"}
    result.discovery = {"found": {i: d for i, d in how.items() if i in result.articles},
                        "candidates": [c.to_dict() for c in found.candidates[:20]],
                        "fetched": [a.id for a in fetched],
                        "requests": [r.to_dict() for r in crawler.log],
                        "request_count": budget.requests, "seconds": round(budget.elapsed, 3),
                        "notes": found.notes}
    return result

