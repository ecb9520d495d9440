"""Sources the page names outside its text, read from the candidates `tracer.source_markup`
finds: a labelled source line in an element of its own ('Quelle: dpa', 'Mit Material von dpa'),
the wire named beside the date in the info line under the headline ('12.05.2026 · dpa/AFP',
'14:30 Uhr (dpa)'), `data-source`/`data-agency` attributes, and `<meta name="source">`.

A labelled line is read like a text line, for the agencies and outlets it names (known to the
gazetteer, marked by an outlet's word, or a site's host as broadcasters' desks sign: 'Quelle:
hessenbeispiel.de/bb'); a partner's repost note ('This article originally appeared on X') vouches
for any name it gives, and a press release's issuer line ('Originaltext: Example GmbH') names
the body that wrote it, an organisation author. A page with more than two such lines lists the sources of its facts; an
office or a reference work named there is no source of the text. The info line, the attributes and the bare source tag are read only for names the
gazetteer knows as wire agencies: a date line's other parts (a section, a place, a reading
time) and an attribute's other values ('api', 'cms') are no sources.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from tracer.credits.cjk import read_info_line
from tracer.credits.gazetteer import Gazetteer, is_generic_agency
from tracer.credits.lexicon import LEXICON
from tracer.credits.names import is_domain, is_outlet_name
from tracer.credits.parser import read_line
from tracer.credits.signals import signal_values
from tracer.model import Article, Credit

# the info line's parts: at marks, and at 'with' and 'and' ('Le Journal Exemple avec AFP', 'dpa und AFP')
_PARTS = re.compile(r"\s*(?:[|·•,;/()\[\]]|\s[-–—]\s|\s(?:avec|mit|with|con|com|met|und|and|et|y|e)\s)\s*")


def _wires(text: str, gaz: Gazetteer, zone: str, evidence: str) -> list[Credit]:
    """The wire agencies among a line's parts ('dpa/AFP', '(dpa)'), each part a wire's name whole."""
    out: list[Credit] = []
    for part in _PARTS.split(text):
        part = part.strip(" .:")
        if not part or len(part) > 40 or any(ch.isdigit() for ch in part):
            continue
        org = gaz.lookup(part)
        if org is not None and org.is_wire and org.type == "agency":
            out.append(Credit(name=org.name, kind="organization", role="source", zone=zone, evidence=evidence,
                              agency=org.agency, confidence=0.75))
    return out


# 'Quelle: Agenturen': the wires credited as a group, a source as the text zone reads it too


def _desk_coded(name: str, line: str) -> bool:
    """'Quelle: Beispielradio/jr': a name signed with an editor's code after a slash, as broadcasters'
    and regional desks sign their copy, is the house whose text it is."""
    return re.search(re.escape(name) + r"\s*/\s*[a-zäöü]{1,4}\b", line) is not None


@lru_cache(maxsize=4)
def _leads(key: str) -> tuple[str, ...]:
    return tuple(sorted({p.casefold() for p in LEXICON[key]}, key=len, reverse=True))


def _opens_with(line: str, key: str) -> bool:
    """Does the line open with one of the lexicon's `key` phrases? 'originally': a partner's
    repost note ('This article originally appeared on X', 'Cet article a été publié initialement
    sur X'), whose phrase says the name after it is the outlet the text came from;
    'issuer_labels': a press release's issuer ('Originaltext: Example GmbH')."""
    low = line.casefold()
    return any(low.startswith(p) and low[len(p):len(p) + 1] in (" ", ":") for p in _leads(key))


def page_source_credits(article: Article, gaz: Gazetteer) -> list[Credit]:
    """Source credits from the page's labelled source lines, info line, attributes and source tag."""
    sig = article.signals or {}
    out: list[Credit] = []
    lines = signal_values(sig, "source_lines")
    for line in lines if len(lines) <= 2 else []:  # many source lines: the sources of facts, boxes, charts
        found = read_line(line, 0, gaz, article.publisher, in_head=False, in_tail=True)
        repost = _opens_with(line, "originally")
        if _opens_with(line, "issuer_labels"):  # the body that issued a press release: its author
            out += [replace(c, zone="footer", evidence=line, start=None, end=None) for c in found
                    if c.kind == "organization" and c.role == "author"]
        out += [replace(c, zone="footer", evidence=line, start=None, end=None) for c in found
                if c.kind == "organization" and c.role in ("source", "contributor")
                and (c.agency is not None or repost or is_outlet_name(c.name) or is_domain(c.name)
                     or gaz.lookup(c.name) is not None or is_generic_agency(c.name) or _desk_coded(c.name, line))]
    for line in signal_values(sig, "info_lines")[:8]:
        # a Chinese info line labels its writers and editor too ('来源：新华网 作者：张伟 责任编辑：王芳')
        out += read_info_line(line, gaz) or _wires(line, gaz, "byline", line)
    for val in signal_values(sig, "data_sources")[:8]:
        out += _wires(val, gaz, "meta", f'data-source="{val}"')
    for name in signal_values(sig, "providers")[:2]:
        # a portal's provider slot: the partner, when the name is an outlet's (known, by its words, a host)
        org = gaz.lookup(name)
        if org is not None or is_outlet_name(name, lead=True) or is_domain(name):
            out.append(Credit(name=org.name if org else name, kind="organization", role="source", zone="byline",
                              evidence=f"provider: {name[:120]}", agency=org.agency if org else None,
                              confidence=0.75))
    from tracer.credits.html import url_host  # at call time: html imports this module

    own = url_host(article.url or "")
    for href in signal_values(sig, "original_links")[:2]:
        # 'Read the original article' linking to another site: the outlet whose story this is
        host = url_host(href)
        if host and host != own and not host.endswith("." + own) and not own.endswith("." + host):
            org = gaz.by_host(host)
            out.append(Credit(name=org.name if org else host, kind="organization", role="source", zone="footer",
                              evidence=f"original article: {href[:120]}", agency=org.agency if org else None,
                              confidence=0.7))
    meta = sig.get("meta") if isinstance(sig.get("meta"), dict) else {}
    for val in (meta or {}).get("source", [])[:2]:
        if isinstance(val, str):
            out += _wires(val, gaz, "meta", f'<meta name="source" content="{val[:120]}">')
    return out
