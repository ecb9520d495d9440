"""Who an article says produced it: credits from the HTML and from the text, merged.

`parse_credits()` reads both zones of DESIGN.md — the raw HTML (meta tags, JSON-LD,
canonical link) and the head/tail lines of the extracted text — and `credit_chain()`
orders the result as publisher first, then upstream sources nearest first.
"""

from __future__ import annotations

from tracer.credits.gazetteer import Gazetteer, Org, default_gazetteer, fold
from tracer.credits.html import parse_html_credits
from tracer.credits.parser import parse_text_credits
from tracer.model import Article, Credit

__all__ = ["parse_credits", "credit_chain", "attach_credits", "Gazetteer", "Org", "default_gazetteer"]


def parse_credits(article: Article, gazetteer: Gazetteer | None = None) -> list[Credit]:
    """All credits an article declares, text zones first, then HTML-only evidence."""
    gaz = gazetteer or default_gazetteer()
    credits = parse_text_credits(article.text, article.publisher, gaz)
    if article.signals:
        credits.extend(parse_html_credits(article, gaz))
    return _dedupe(credits)


def _dedupe(credits: list[Credit]) -> list[Credit]:
    seen: set[tuple[str, str, str, int | None]] = set()
    out = []
    for c in credits:
        key = (fold(c.agency or c.name), c.role, c.zone, c.start)
        if key not in seen:
            seen.add(key)
            out.append(c)
    return out


def credit_chain(article: Article, credits: list[Credit]) -> list[str]:
    """Publisher first, then the credited sources, nearest first, each named once."""
    chain: list[str] = []
    keys: set[str] = set()

    def add(name: str | None) -> None:
        if name and fold(name) not in keys:
            keys.add(fold(name))
            chain.append(name)

    pubs = [c for c in credits if c.role == "publisher" and c.kind == "organization"]
    publisher = (pubs[0].agency or pubs[0].name) if pubs else article.publisher
    add(publisher)
    gaz = default_gazetteer()
    own = gaz.lookup(publisher) if publisher else None
    if own is not None:  # "AP News" crediting AP is the agency's own story, not a copy
        keys.update(fold(a) for a in (own.name, own.short, *own.aliases))
    zone_rank = {"footer": 0, "dateline": 1, "byline": 2, "jsonld": 3, "meta": 4, "canonical": 5, "body": 6}
    sources = sorted((c for c in credits if c.role == "source" and c.kind == "organization"),
                     key=lambda c: (zone_rank.get(c.zone, 9), -c.confidence))
    for c in sources:
        add(c.agency or c.name)
    return chain


def attach_credits(article: Article, gazetteer: Gazetteer | None = None) -> Article:
    """Parse an article's credits and chain and store them on it; returns the article."""
    article.credits = parse_credits(article, gazetteer)
    article.chain = credit_chain(article, article.credits)
    if article.publisher is None:
        pubs = [c for c in article.credits if c.role == "publisher"]
        if pubs:
            article.publisher = pubs[0].name
    return article
