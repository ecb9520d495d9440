"""Credits from the raw HTML: meta tags, JSON-LD and a cross-domain canonical link."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

from tracer.credits.gazetteer import Gazetteer
from tracer.model import Article, Credit


def _names(value: Any) -> list[tuple[str, str | None]]:
    """(name, @type) pairs from a JSON-LD value: a string, an object or a list."""
    if isinstance(value, str):
        return [(value, None)]
    if isinstance(value, dict):
        name = value.get("name") or value.get("legalName")
        if isinstance(name, str):
            return [(name, value.get("@type") if isinstance(value.get("@type"), str) else None)]
        return []
    if isinstance(value, list):
        return [x for v in value for x in _names(v)]
    return []


def _credit(name: str, role: str, zone: str, evidence: str, gaz: Gazetteer, typ: str | None,
            confidence: float) -> Credit:
    org = gaz.lookup(name)
    if org is not None:
        return Credit(name=org.name, kind="organization", role=role, zone=zone, evidence=evidence,
                      agency=org.agency, confidence=confidence)
    kind = "organization" if (typ and typ != "Person") or role == "publisher" else "person"
    if kind == "person" and role == "source":
        role = "author"
    return Credit(name=name.strip(), kind=kind, role=role if kind == "organization" or role != "publisher" else "author",
                  zone=zone, evidence=evidence, confidence=confidence - 0.1)


def parse_html_credits(article: Article, gaz: Gazetteer) -> list[Credit]:
    sig = article.signals
    out: list[Credit] = []
    meta = sig.get("meta", {})
    for key in ("author", "article:author", "dc.creator", "byl", "parsely-author"):
        for val in meta.get(key, []):
            if val.startswith("http"):
                continue
            org = gaz.lookup(val)
            role = "source" if org is not None and org.is_wire else "author"
            out.append(_credit(val, role, "meta", f'<meta name="{key}" content="{val}">', gaz, None, 0.8))
    for key in ("original-source", "syndication-source", "dc.source"):
        for val in meta.get(key, []):
            out.append(_credit(val, "source", "meta", f'<meta name="{key}" content="{val}">', gaz, "Organization", 0.85))
    for obj in sig.get("jsonld", []):
        if not isinstance(obj, dict):
            continue
        for key, role in (("author", "author"), ("sourceOrganization", "source"), ("isBasedOn", "source"),
                          ("creditText", "source")):
            for name, typ in _names(obj.get(key)):
                if name.startswith("http"):
                    continue
                org = gaz.lookup(name)
                r = "source" if (org is not None and org.is_wire and role == "author") else role
                out.append(_credit(name, r, "jsonld", f'"{key}": "{name}"', gaz, typ, 0.85))
    canonical = sig.get("canonical")
    if canonical and article.url:
        a, b = urlsplit(canonical).hostname or "", urlsplit(article.url).hostname or ""
        if a and b and _site(a) != _site(b):
            out.append(Credit(name=_site(a), kind="organization", role="source", zone="canonical",
                              evidence=f'<link rel="canonical" href="{canonical}">', confidence=0.7))
    return out


def _site(host: str) -> str:
    host = host.lower()
    return host[4:] if host.startswith("www.") else host
