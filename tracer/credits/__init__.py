"""Who an article says produced it: credits from the HTML and from the text, merged.

`parse_credits()` reads both zones of DESIGN.md — the raw HTML (meta tags, JSON-LD,
canonical link, byline and credit nodes) and the head/tail lines of the extracted text —
decides which organisation is the publisher of this copy, and merges what both zones
say into one credit per name and role (text evidence first, since it has a span).
`credit_chain()` orders the result as publisher first, then upstream sources nearest
first.
"""

from __future__ import annotations

import re
from dataclasses import replace

from tracer.credits.casing import recase
from tracer.credits.clutter import repeated_lines
from tracer.credits.gazetteer import Gazetteer, Org, default_gazetteer, fold
from tracer.credits.html import parse_html_credits, trafilatura_author
from tracer.credits.names import site_initials
from tracer.credits.parser import parse_text_credits, read_line
from tracer.credits.signals import signal_values
from tracer.credits.vote import vote
from tracer.model import Article, Credit

__all__ = ["parse_credits", "credit_chain", "attach_credits", "Gazetteer", "Org", "default_gazetteer",
           "parse_text_credits", "read_line", "same_outlet", "effective_publisher", "repeated_lines"]

_TLDS = {"com", "net", "org", "co", "uk", "de", "at", "ch", "fr", "es", "it", "nl", "pl", "cz", "hr", "rs", "ba",
         "ru", "ua", "tr", "se", "no", "dk", "al", "info", "news", "eu", "us", "ca", "au", "in", "br", "www", "edu",
         "gov", "tv", "online", "cl", "uy", "mx", "ar", "cu", "be", "pt", "me", "mk", "si", "sk", "hu", "ro", "bg"}


_EDITION_WORDS = ("online", "digital", "plus", "web", "interactive", "mobile", "edition", "ausgabe", "enligne")


def _squash(s: str) -> str:
    s = fold(s)
    s = re.sub(r"^the\s+", "", s)
    return s.replace(" ", "")


def _publisher_keys(publisher: str | None, gaz: Gazetteer) -> set[str]:
    if not publisher:
        return set()
    keys = {_squash(publisher)}
    host = publisher.split("/")[0].lower()
    if "." in host and " " not in host:
        labels = [x for x in host.split(".")[:-1] if x and x not in _TLDS]  # the last label is a TLD ('.test' too)
        keys.update(labels)
        keys.update(x.replace("-", "") for x in labels)  # 'beispiel-zeitung.de' is the Beispiel Zeitung
    org = gaz.lookup(publisher)
    if org is not None:
        keys.update(_squash(n) for n in org.names())
    return {k for k in keys if k}


def same_outlet(credit: Credit, publisher: str | None, gaz: Gazetteer | None = None) -> bool:
    """Is this organisation credit the article's own publisher ('CBS News' on cbsnews.com)?"""
    gaz = gaz or default_gazetteer()
    keys = _publisher_keys(publisher, gaz)
    if not keys or credit.kind != "organization":
        return False
    org = gaz.lookup(credit.name) if credit.agency is None else gaz.lookup(credit.agency)
    names = org.names() if org is not None else (credit.name,)
    # 'The Atlantic' on theatlantic.com: the article kept in the host name
    if any(_squash(n) in keys or fold(n).replace(" ", "") in keys for n in names):
        return True
    # "Example News Video" on example.com: an unknown outlet named after the site is the site.
    first = fold(credit.name).split()[:1]
    if org is None and first and len(first[0]) >= 4 and first[0] in keys:
        return True
    # "Beispiel Zeitung Online", "Example Gazette Digital": the site's name and its edition's word
    if org is None and any(_squash(credit.name) == k + w for k in keys for w in _EDITION_WORDS):
        return True
    # "BK" in '(BK mit dpa)' on the Beispiel Kurier: an unknown name that is the site's initials
    if org is None and credit.name.isupper() and credit.name == site_initials(publisher):
        return True
    # "9to5mac.com" credited on the site named "9to5Mac": compare host labels too.
    return any(bool(_publisher_keys(n, gaz) & keys) for n in names if "." in n and " " not in n)


def effective_publisher(article: Article, gaz: Gazetteer | None = None) -> str | None:
    """Who published this copy: the page's own og:site_name beats trafilatura's sitename,
    which on a syndicated page is often the wire it carries (SFGate → 'Associated Press')."""
    meta = article.signals.get("meta") if isinstance(article.signals.get("meta"), dict) else {}
    sites = [v for v in (meta or {}).get("og:site_name", []) if isinstance(v, str) and v.strip()]
    if sites:
        site = re.split(r"\s+[|–—-]\s+", sites[0].strip())[0].strip()
        if site and len(site) <= 60:
            return site
    return article.publisher


def parse_credits(article: Article, gazetteer: Gazetteer | None = None,
                  boilerplate: frozenset[str] = frozenset()) -> list[Credit]:
    """All credits an article declares: text zones first, then HTML-only evidence, merged.

    `boilerplate`: lines this article's site repeats on many pages (`repeated_lines()`)."""
    gaz = gazetteer or default_gazetteer()
    publisher = effective_publisher(article, gaz)
    credits = parse_text_credits(article.text, publisher, gaz, boilerplate)
    if article.signals:
        credits.extend(parse_html_credits(article, gaz))
        if not any(c.role in ("author", "contributor") for c in credits):
            # last resort: trafilatura's guess (a source the text names, "Quelle: Example Office", is no writer)
            read = [c.name for c in credits]
            # the outlet read already at the start of the extractor's guess ('EXAMPLE LEDGER STAFF NOVEMBER' of
            # 'By EXAMPLE LEDGER STAFF' and its date, the site signing): the same byline, its date's word glued on
            outlets = [k for c in credits if c.kind == "organization"
                       for k in (re.sub(r"^the\s+", "", fold(c.name)),) if len(k) >= 4]
            # the extractor's guess cut short ('एजेंस' of the byline's 'एजेंसी': it drops a last vowel sign)
            # is the byline node read already
            credits.extend(c for c in trafilatura_author(article.signals, gaz)
                           if not any(len(r) > len(c.name) and r.startswith(c.name) for r in read)
                           and not any(fold(c.name).startswith(k + " ") for k in outlets))
    figures = {" ".join(x.split()) for x in signal_values(article.signals, "figure_sources")}
    if figures:  # 'Quelle: Statistisches Landesamt' under a chart: the chart's source, never the text's
        credits = [replace(c, role="photo") if c.kind == "organization" and c.role == "source"
                   and " ".join(c.evidence.split()) in figures else c for c in credits]
    credits = [_resolve_publisher(c, publisher, gaz) for c in credits]
    return _merge(recase(article, vote(article, credits)))


def _resolve_publisher(c: Credit, publisher: str | None, gaz: Gazetteer) -> Credit:
    if c.kind != "organization" or c.role in ("photo", "publisher", "author"):
        return c
    if same_outlet(c, publisher, gaz):
        return replace(c, role="publisher")
    if publisher is None and c.zone == "byline" and c.role == "source":
        org = gaz.lookup(c.agency or c.name)
        if org is None or not org.is_wire:  # "Nga A2 CNN" on a page that names no site
            return replace(c, role="publisher")
    return c


def _merge(credits: list[Credit]) -> list[Credit]:
    """One credit per (name, kind, role, zone): the first (text zones, with a span) wins.

    The same credit read in another zone stays a credit of its own — a dateline *and* a
    footer naming AFP are two pieces of evidence, and CI policies ask for exactly that —
    and each such corroboration raises the confidence of the others a little.
    """
    out: dict[tuple[str, str, str, str], Credit] = {}
    for c in credits:
        key = (fold(c.agency or c.name), c.kind, c.role, _zone_group(c.zone))
        if key not in out:
            out[key] = c
    merged = list(out.values())
    zones: dict[tuple[str, str, str], int] = {}
    for c in merged:
        k = (fold(c.agency or c.name), c.kind, c.role)
        zones[k] = zones.get(k, 0) + 1
    return [replace(c, confidence=min(0.99, c.confidence + 0.03 * (zones[(fold(c.agency or c.name), c.kind,
                                                                          c.role)] - 1)))
            for c in merged]


def _zone_group(zone: str) -> str:
    """HTML byline nodes and text bylines are one zone: the same line read twice."""
    return "byline" if zone in ("byline", "meta", "jsonld") else zone


def credit_chain(article: Article, credits: list[Credit]) -> list[str]:
    """Publisher first, then the credited sources, nearest first, each named once."""
    chain: list[str] = []
    keys: set[str] = set()

    def add(name: str | None) -> None:
        if name and fold(name) not in keys:
            keys.add(fold(name))
            chain.append(name)

    pubs = [c for c in credits if c.role == "publisher" and c.kind == "organization"]
    publisher = effective_publisher(article) or ((pubs[0].agency or pubs[0].name) if pubs else None)
    gaz = default_gazetteer()
    own = gaz.lookup(publisher) if publisher else None
    add(own.short if own is not None and own.agency else publisher)
    if own is not None:  # "AP News" crediting AP is the agency's own story, not a copy
        keys.update(fold(a) for a in own.names())
    zone_rank = {"footer": 0, "dateline": 1, "byline": 2, "jsonld": 3, "meta": 4, "canonical": 5, "body": 6}
    sources = sorted((c for c in credits if c.role in ("source", "contributor") and c.kind == "organization"),
                     key=lambda c: (c.role != "source", zone_rank.get(c.zone, 9), -c.confidence))
    for c in sources:
        add(c.agency or c.name)
    return chain


def attach_credits(article: Article, gazetteer: Gazetteer | None = None,
                   boilerplate: frozenset[str] = frozenset()) -> Article:
    """Parse an article's credits and chain and store them on it; returns the article."""
    article.credits = parse_credits(article, gazetteer, boilerplate)
    site = effective_publisher(article, gazetteer)
    if site and article.publisher and fold(site) != fold(article.publisher):
        article.publisher = site
    article.chain = credit_chain(article, article.credits)
    if article.publisher is None:
        pubs = [c for c in article.credits if c.role == "publisher"]
        if pubs:
            article.publisher = pubs[0].agency or pubs[0].name
    return article
