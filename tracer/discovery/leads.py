"""Leads on the page itself: provenance signals (isBasedOn, original-source, a canonical on
another outlet), links in credit lines or cued as the original, and its other body links."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any
from urllib.parse import urljoin

from tracer.credits.gazetteer import Gazetteer, default_gazetteer
from tracer.discovery._common import CREDIT_LINK, PAGE_LINK, Candidate, is_web, same_page, site_of
from tracer.discovery.outlets import Outlets, load_outlets
from tracer.model import Article

_SKIP_ANCESTORS = {"nav", "header", "footer", "aside", "form", "menu"}


def _jsonld_urls(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, list):
        return [u for v in value for u in _jsonld_urls(v)]
    if isinstance(value, dict):
        return [u for k in ("url", "@id", "sameAs") for u in _jsonld_urls(value.get(k))][:1]
    return []


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
        if not is_web(key) or key in seen or (here and same_page(key, here)):
            return
        if how == CREDIT_LINK and lead in ("canonical", "og:url") and (
                site_of(key) == site_of(here) or (own is not None and outlets.owner(key) is own)):
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

