"""The outlets gazetteer: where a credited organisation publishes (home page, domains,
feeds, sitemaps, language editions), as data in `credits/outlets.json`."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from tracer.credits.gazetteer import Gazetteer, default_gazetteer, fold
from tracer.discovery._common import host_of, is_web
from tracer.model import Article


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
        host = host_of(url)
        for o in self.by_name.values():
            if any(host == d or host.endswith("." + d) for d in o.domains):
                return o
        return None


def _outlet(name: str, d: dict[str, Any]) -> Outlet:
    home = d.get("home")
    domains = tuple(x.lower() for x in d.get("domains", ()))
    if home and not domains:
        domains = (host_of(home),)
    editions = {str(k).lower(): str(v) for k, v in (d.get("editions") or {}).items() if is_web(str(v))}
    domains = tuple(dict.fromkeys([*domains, *(host_of(v) for v in editions.values())]))
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

