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

Layout: `leads` (the page's own links), `outlets` (the gazetteer), `listings` (feeds and
sitemaps), `rank` (candidate ranking), `_common` (candidate, budget, window, URL helpers);
this module joins them.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tracer.discovery._common import (
    CREDIT_LINK,
    OUTLET_FEED,
    PAGE_LINK,
    SITEMAP,
    STORE,
    Budget,
    Candidate,
    Crawler,
    Request,
    Window,
    is_web,
    parse_date,
    same_page,
)
from tracer.discovery.leads import page_leads
from tracer.discovery.listings import autodiscover, feed_items, outlet_items, sitemap_items
from tracer.discovery.outlets import Outlet, Outlets, credited_outlets, load_outlets, outlet_for
from tracer.discovery.rank import rank
from tracer.model import Article, ItemError

if TYPE_CHECKING:
    from tracer.api import TraceResult
    from tracer.sources import ReadOptions
    from tracer.sources._fetch import FetchSession

__all__ = ["CREDIT_LINK", "OUTLET_FEED", "PAGE_LINK", "SITEMAP", "STORE", "Budget", "Candidate", "Discovery",
           "Outlet", "Outlets", "Request", "Window", "autodiscover", "credited_outlets", "discover", "feed_items",
           "load_outlets", "outlet_for", "outlet_items", "page_leads", "rank", "run_discovery", "sitemap_items",
           "store_candidates", "trace_discovered"]


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
    window = window or Window(parse_date(article.date))
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
        found = [c for c in found if not (article.url and same_page(c.url, article.url))]
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
        if not is_web(url) or url in known or art.id == article.id:
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
            elif is_web(target):
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
                    if (got.url and art.url and same_page(got.url, art.url)) or any(a.id == got.id for a in fetched):
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
