"""The directed lineage graph of a story family, and the evidence for every edge.

Nodes are the articles of the family plus the organisations they credit that are not in
the corpus (`org:VOA` when only copies of a VOA report are present). Edges say that
`to` derives from `from_`, with a kind (`verbatim`, `partial`, `translation` for text
relations; `declared` for a credit with no text to back it; `canonical` for a canonical
or `isBasedOn` link with no text relation) and the evidence they rest on.

Direction comes from evidence, weighed in this order: a declared credit (the copy names
the other's publisher or its agency), a canonical / `isBasedOn` link, known wire agencies
(roots), containment asymmetry (a trimmed copy is contained in its source, not the
reverse) and publication times. Each edge lists what it rests on and, in `conflicts`,
what points the other way; the lineage repeats every conflict in `notes` so a reader
sees it instead of having it hidden by the vote.

`disclosure` holds the decision of `tracer.disclosure` for every copy (undisclosed,
unverified, credited, credits-other-source, same-publisher, with its evidence);
`undisclosed` lists the copies it flags. Reports and `check` read both, never a rule of
their own.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from tracer.credits.gazetteer import default_gazetteer, fold
from tracer.dates import compare as compare_dates
from tracer.disclosure import ORG_PREFIX, TEXT_KINDS, decide_all
from tracer.model import Article, Credit, Edge, Lineage, Match

VERBATIM_CONTAINMENT = 0.9

# Weights of the direction signals (a vote for the side each signal names as source).
W_CREDIT = 3.0
W_CANONICAL = 2.5
W_WIRE = 1.5
W_CONTAINMENT = 1.0
W_DATE = 1.0
MIN_ASYMMETRY = 0.15


def _org_names(art: Article) -> list[str]:
    return [n for n in [art.publisher, *(c.name for c in art.credits if c.role == "publisher")] if n]


def _org_keys(art: Article) -> set[str]:
    """Every name an article's own publisher goes by (folded), and its host name."""
    keys: set[str] = set()
    gaz = default_gazetteer()
    for name in _org_names(art):
        keys.add(fold(name))
        org = gaz.lookup(name)
        if org is not None:
            keys.update(fold(a) for a in (org.name, org.short, *org.aliases))
    if art.url:
        host = (urlsplit(art.url).hostname or "").removeprefix("www.")
        if host:
            keys.add(fold(host))
    keys.discard("")
    return keys


def _source_credits(art: Article) -> list[Credit]:
    return [c for c in art.credits if c.role in ("source", "contributor") and c.kind == "organization"]


def _credited_keys(art: Article) -> set[str]:
    """Names of every organisation the article credits as a source (folded)."""
    keys: set[str] = set()
    gaz = default_gazetteer()
    for c in _source_credits(art):
        keys.add(fold(c.name))
        if c.agency:
            keys.add(fold(c.agency))
        org = gaz.lookup(c.agency or c.name)
        if org is not None:
            keys.update(fold(a) for a in (org.name, org.short))
    keys.update(fold(x) for x in art.chain[1:])
    keys.discard("")
    return keys


def _is_wire(art: Article) -> bool:
    gaz = default_gazetteer()
    return any((org := gaz.lookup(n)) is not None and org.is_wire for n in _org_names(art))


def _credit_for(copy: Article, source: Article) -> Credit | None:
    """The credit in `copy` that names `source`'s publisher, if any (the strongest one)."""
    keys = _org_keys(source)
    gaz = default_gazetteer()
    found = []
    for c in _source_credits(copy):
        names = {fold(c.name), fold(c.agency or "")}
        org = gaz.lookup(c.agency or c.name)
        if org is not None:
            names.update(fold(a) for a in (org.name, org.short))
        if names & keys:
            found.append(c)
    return max(found, key=lambda c: c.confidence, default=None)


def credits_other(copy: Article, source: Article) -> bool:
    """Does `copy` credit `source`'s publisher (or the agency it is)?"""
    return bool(_credited_keys(copy) & _org_keys(source))


def credit_evidence(art: Article, credit: Credit | None, name: str) -> str:
    """One line of evidence for a declared credit, with its zone, text and span."""
    if credit is None:
        return f"{art.id} credits {name}"
    span = f" at {credit.start}-{credit.end}" if credit.start is not None else ""
    return f'{art.id} credits {name} ({credit.zone}: "{" ".join(credit.evidence.split())}"{span})'


def credit_dict(credit: Credit | None) -> dict[str, Any] | None:
    return None if credit is None else {"name": credit.name, "agency": credit.agency, "zone": credit.zone,
                                        "evidence": credit.evidence, "start": credit.start, "end": credit.end}


def _based_on(art: Article) -> list[str]:
    """URLs the page itself says it is based on: a canonical link and JSON-LD isBasedOn."""
    out: list[str] = []
    sig = art.signals or {}
    can = sig.get("canonical")
    if isinstance(can, str):
        out.append(can)
    for obj in sig.get("jsonld") or []:
        if not isinstance(obj, dict):
            continue
        for key in ("isBasedOn", "isBasedOnUrl"):
            val = obj.get(key)
            for v in val if isinstance(val, list) else [val]:
                if isinstance(v, str):
                    out.append(v)
                elif isinstance(v, dict):
                    out.extend(x for x in (v.get("url"), v.get("@id")) if isinstance(x, str))
    return out


def _same_url(a: str, b: str) -> bool:
    def norm(u: str) -> str:
        p = urlsplit(u.strip())
        return (p.hostname or "").removeprefix("www.") + p.path.rstrip("/")
    return norm(a) == norm(b)


def points_to(x: Article, y: Article) -> str | None:
    """The canonical / isBasedOn URL in `x` that names `y`'s address, if any."""
    if not y.url or (x.url and _same_url(x.url, y.url)):
        return None
    return next((u for u in _based_on(x) if _same_url(u, y.url)), None)


@dataclass
class Direction:
    """Who copied whom for one pair, with the votes for and against."""

    source: str
    copy: str
    evidence: list[str]
    confidence: float
    conflicts: list[str] = field(default_factory=list)
    credit: Credit | None = None


def _confidence(margin: float) -> float:
    """0.5 with no net evidence, about 0.9 for one credit, towards 1 as evidence piles up."""
    return 0.5 + 0.5 * (1.0 - math.exp(-max(margin, 0.0) / 2.0))


def decide(a: Article, b: Article, m: Match) -> Direction:
    """Weigh every direction signal for one verified match."""
    votes: list[tuple[str, float, str]] = []  # (source id, weight, why)
    credits: dict[str, Credit | None] = {}
    for x, y in ((a, b), (b, a)):
        if credits_other(x, y):
            c = credits[y.id] = _credit_for(x, y)
            votes.append((y.id, W_CREDIT, credit_evidence(x, c, y.publisher or y.id)))
    for x, y in ((a, b), (b, a)):
        url = points_to(x, y)
        if url:
            votes.append((y.id, W_CANONICAL, f"{x.id} declares canonical/isBasedOn {url}"))
    if _is_wire(a) != _is_wire(b):
        w = a if _is_wire(a) else b
        votes.append((w.id, W_WIRE, f"{w.publisher or w.id} is a wire agency (a root)"))
    if abs(m.containment_a - m.containment_b) >= MIN_ASYMMETRY:
        src = b.id if m.containment_a > m.containment_b else a.id
        votes.append((src, W_CONTAINMENT, f"containment asymmetry: {m.containment_a:.2f} of {a.id} is in {b.id}, "
                                          f"{m.containment_b:.2f} of {b.id} in {a.id}"))
    if order := compare_dates(a.date, b.date):  # parsed UTC dates; undated or the same time: no vote
        early, late = (a, b) if order < 0 else (b, a)
        votes.append((early.id, W_DATE, f"{early.id} published earlier ({early.date} < {late.date})"))
    score = {a.id: 0.0, b.id: 0.0}
    for sid, w, _why in votes:
        score[sid] += w
    if score[a.id] != score[b.id]:
        src = a.id if score[a.id] > score[b.id] else b.id
    else:
        src = a.id if len(a.text) >= len(b.text) else b.id
    dst = b.id if src == a.id else a.id
    evidence = [why for sid, _w, why in votes if sid == src] or ["fuller text (no other evidence)"]
    conflicts = [why for sid, _w, why in votes if sid != src]
    return Direction(src, dst, evidence, _confidence(score[src] - score[dst]), conflicts, credits.get(src))


def text_kind(m: Match) -> str:
    if m.method == "translation":
        return "translation"
    return "verbatim" if m.containment >= VERBATIM_CONTAINMENT else "partial"


def build_lineage(articles: dict[str, Article], matches: Iterable[Match], focus: str | None = None) -> Lineage:
    """Lineage of a family of articles connected by verified matches."""
    lin = Lineage(origin=None)
    edges: list[Edge] = []
    matches = list(matches)
    for m in matches:
        a, b = articles.get(m.a), articles.get(m.b)
        if a is None or b is None or a.id == b.id:
            continue
        d = decide(a, b, m)
        ev = list(d.evidence) + [f"similarity {m.similarity:.2f}, containment {m.containment:.2f}"]
        if m.anchors:
            ev.append("shared anchors: " + ", ".join(m.anchors[:12]))
        edges.append(Edge(from_=d.source, to=d.copy, kind=text_kind(m), evidence=ev,  # type: ignore[arg-type]
                          confidence=d.confidence, conflicts=d.conflicts, credit=credit_dict(d.credit),
                          similarity=m.similarity, containment=m.containment))
    org_nodes: dict[str, str] = {}
    edges += _declared_edges(articles, edges, org_nodes)
    edges += _canonical_edges(articles, edges)
    edges = _drop_sibling_edges(edges, articles, lin)
    for e in edges:
        if e.conflicts:
            lin.notes.append(f"conflicting evidence on {e.from_} → {e.to}: " + "; ".join(e.conflicts))
    lin.edges = sorted(edges, key=lambda e: (e.from_, e.to))
    nodes = set(articles) | set(org_nodes.values())
    _choose_origin(lin, nodes, articles, focus)
    for n in sorted(nodes):
        if n.startswith(ORG_PREFIX):
            lin.nodes.append({"id": n, "type": "organization", "name": n[len(ORG_PREFIX):],
                              "in_corpus": False})
        else:
            art = articles[n]
            lin.nodes.append({"id": n, "type": "article", "publisher": art.publisher, "title": art.title,
                              "date": art.date, "url": art.url, "chain": art.chain})
    lin.disclosure = decide_all(lin, articles, matches)
    lin.undisclosed = [d.id for d in lin.disclosure if d.relation == "undisclosed"]
    for d in lin.disclosure:
        if d.relation == "same-publisher":
            lin.notes.append(f"{d.id} repeats {', '.join(d.sources)} of the same publisher "
                             f"({articles[d.id].publisher}): not undisclosed")
        elif d.relation == "unverified":
            lin.notes.append(f"{d.id} is unverified: {d.evidence[-1]}")
    return lin


def _declared_edges(articles: dict[str, Article], edges: list[Edge], org_nodes: dict[str, str]) -> list[Edge]:
    """Edges from each article's nearest credited source: merged into a text edge when one exists."""
    out: list[Edge] = []
    for art in articles.values():
        for name in art.chain[1:2]:
            key = fold(name)
            target = next((o.id for o in articles.values() if o.id != art.id and key in _org_keys(o)), None)
            cred = next((c for c in _source_credits(art) if key in {fold(c.agency or ""), fold(c.name)}), None)
            line = credit_evidence(art, cred, name)
            if target is None:
                target = org_nodes.setdefault(key, ORG_PREFIX + name)
            text = [e for e in edges if {e.from_, e.to} == {target, art.id}]
            if text:
                e = text[0]
                if e.from_ == art.id:  # the text vote went against the credit: say so
                    e.conflicts.append(f"{line}, but the other evidence makes {art.id} the source")
                elif not any(x.startswith(f"{art.id} credits") for x in e.evidence):
                    e.evidence.insert(0, line)
                if e.credit is None and e.from_ == target:
                    e.credit = credit_dict(cred)
                continue
            out.append(Edge(from_=target, to=art.id, kind="declared", evidence=[line],
                            confidence=cred.confidence if cred else 0.8, credit=credit_dict(cred)))
    return out


def _canonical_edges(articles: dict[str, Article], edges: list[Edge]) -> list[Edge]:
    """A canonical / isBasedOn link to another article with no text edge between them."""
    out: list[Edge] = []
    linked = {frozenset((e.from_, e.to)) for e in edges}
    for x in articles.values():
        for y in articles.values():
            if x.id == y.id or frozenset((x.id, y.id)) in linked:
                continue
            url = points_to(x, y)
            if url:
                out.append(Edge(from_=y.id, to=x.id, kind="canonical", confidence=0.85,
                                evidence=[f"{x.id} declares canonical/isBasedOn {url}"]))
                linked.add(frozenset((x.id, y.id)))
    return out


def _drop_sibling_edges(edges: list[Edge], articles: dict[str, Article], lin: Lineage) -> list[Edge]:
    """Keep one parent per copy when two candidate parents are themselves related.

    When y shares text with both x and z, and x derives from z, then x and y are
    siblings (both copies of z): the x → y edge is dropped. The parent kept is the one
    y credits, else the one with the most outgoing edges (closest to the origin). Two
    copies that credit the same outside organisation are siblings too. Dropped edges
    stay in `lin.siblings`: their shared text is evidence a reader may want to see.
    """
    out_deg: dict[str, int] = {}
    for e in edges:
        out_deg[e.from_] = out_deg.get(e.from_, 0) + 1
    by_dst: dict[str, list[Edge]] = {}
    for e in edges:
        by_dst.setdefault(e.to, []).append(e)
    drop: set[int] = set()
    for dst, ins in by_dst.items():
        if len(ins) < 2:
            continue
        art = articles[dst]

        def rank(e: Edge, art: Article = art) -> tuple[int, int, float]:
            src = articles.get(e.from_)
            credited = (src is not None and credits_other(art, src)) or (
                e.from_.startswith(ORG_PREFIX) and fold(e.from_[len(ORG_PREFIX):]) in _credited_keys(art))
            return (1 if credited else 0, out_deg.get(e.from_, 0), e.confidence)

        best = max(ins, key=rank)
        for e in ins:
            if e is best or e.kind not in TEXT_KINDS:
                continue
            if any(x.from_ == best.from_ and x.to == e.from_ for x in edges):
                drop.add(id(e))
                lin.siblings.append(e)
                lin.notes.append(f"{e.from_} and {dst} are siblings (both derive from {best.from_})")
    return [e for e in edges if id(e) not in drop]


def _choose_origin(lin: Lineage, nodes: set[str], articles: dict[str, Article], focus: str | None) -> None:
    """The root of the family: a wire agency first, then the most-copied, earliest root."""
    edges = lin.edges
    gaz = default_gazetteer()
    roots = [n for n in nodes if not any(e.to == n for e in edges)]

    def root_rank(n: str) -> tuple[int, int, str]:
        out_deg = sum(1 for e in edges if e.from_ == n)
        if n.startswith(ORG_PREFIX):
            org = gaz.lookup(n[len(ORG_PREFIX):])
            return (0 if org is not None and org.is_wire else 1, -out_deg, n)
        art = articles[n]
        return (0 if _is_wire(art) else 2, -out_deg, art.date or "~")

    connected = {e.from_ for e in edges} | {e.to for e in edges}
    candidates = sorted((r for r in roots if r in connected), key=root_rank)
    if not candidates:
        lin.origin = focus
        lin.origin_confidence = None if focus is None else 0.5
        if focus is not None:
            lin.origin_evidence = ["no copy or source found: the article stands alone"]
        return
    origin = lin.origin = candidates[0]
    outs = [e for e in edges if e.from_ == origin]
    why: list[str] = []
    if origin.startswith(ORG_PREFIX):
        why.append(f"credited by {', '.join(sorted(e.to for e in outs))}; not in the corpus")
        org = gaz.lookup(origin[len(ORG_PREFIX):])
        if org is not None and org.is_wire:
            why.append(f"{org.name} is a wire agency")
    else:
        art = articles[origin]
        credited_by = [e.to for e in outs if any(x.startswith(f"{e.to} credits") for x in e.evidence)]
        if credited_by:
            why.append(f"credited by {', '.join(sorted(credited_by))}")
        if _is_wire(art):
            why.append(f"{art.publisher} is a wire agency")
        why.append(f"no incoming edge; {len(outs)} direct cop{'y' if len(outs) == 1 else 'ies'}")
    conf = max((e.confidence for e in outs), default=0.5)
    if len(candidates) > 1:
        others = ", ".join(candidates[1:])
        lin.notes.append(f"several roots: {origin} chosen over {others}")
        conf = min(conf, 0.6)
    lin.origin_confidence = conf
    lin.origin_evidence = why
