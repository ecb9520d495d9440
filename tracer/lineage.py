"""The directed lineage graph of a story family, and the evidence for every edge.

Direction comes from evidence, in this order of strength: a declared credit (the copy
names the other's publisher or its agency), a cross-domain canonical link, containment
asymmetry (a trimmed copy is contained in its source, not the reverse), known wire
agencies (roots), and publication times. Every edge lists what it rests on; when
signals disagree the lineage says so in `notes` instead of hiding it.
"""

from __future__ import annotations

from collections.abc import Iterable
from urllib.parse import urlsplit

from tracer.credits.gazetteer import default_gazetteer, fold
from tracer.model import Article, Edge, Lineage, Match

ORG_PREFIX = "org:"


def _org_keys(art: Article) -> set[str]:
    """Every name an article's own publisher goes by (folded)."""
    keys: set[str] = set()
    gaz = default_gazetteer()
    for name in filter(None, [art.publisher, *(c.name for c in art.credits if c.role == "publisher")]):
        keys.add(fold(name))
        org = gaz.lookup(name)
        if org is not None:
            keys.update(fold(a) for a in (org.name, org.short, *org.aliases))
    if art.url:
        host = (urlsplit(art.url).hostname or "").removeprefix("www.")
        if host:
            keys.add(fold(host))
    return keys


def _credited_keys(art: Article) -> set[str]:
    """Names of every organisation the article credits as a source (folded)."""
    keys: set[str] = set()
    for c in art.credits:
        if c.role in ("source", "contributor") and c.kind == "organization":
            keys.add(fold(c.name))
            if c.agency:
                keys.add(fold(c.agency))
    keys.update(fold(x) for x in art.chain[1:])
    return keys


def _is_wire(art: Article) -> bool:
    gaz = default_gazetteer()
    for name in filter(None, [art.publisher, *(c.name for c in art.credits if c.role == "publisher")]):
        org = gaz.lookup(name)
        if org is not None and org.is_wire:
            return True
    return False


def credits_other(copy: Article, source: Article) -> bool:
    """Does `copy` credit `source`'s publisher (or the agency it is)?"""
    return bool(_credited_keys(copy) & _org_keys(source))


def direct(a: Article, b: Article, m: Match) -> tuple[str, str, list[str], float, list[str]]:
    """Decide who copied whom for one match: (from_id, to_id, evidence, confidence, conflicts)."""
    votes: list[tuple[str, float, str]] = []  # (source id, weight, why)
    if credits_other(a, b):
        votes.append((b.id, 3.0, f"{a.id} credits {b.publisher or b.id}"))
    if credits_other(b, a):
        votes.append((a.id, 3.0, f"{b.id} credits {a.publisher or a.id}"))
    for x, y in ((a, b), (b, a)):
        can = x.signals.get("canonical") if x.signals else None
        if can and y.url and can.rstrip("/") == y.url.rstrip("/") and x.url != y.url:
            votes.append((y.id, 2.5, f"{x.id} has canonical link to {y.url}"))
    if abs(m.containment_a - m.containment_b) >= 0.15:
        src = b.id if m.containment_a > m.containment_b else a.id
        votes.append((src, 1.0, f"containment asymmetry: {m.containment_a:.2f} of {a.id} is in {b.id}, "
                                f"{m.containment_b:.2f} of {b.id} in {a.id}"))
    if _is_wire(a) != _is_wire(b):
        src = a.id if _is_wire(a) else b.id
        votes.append((src, 1.5, f"{src} is a wire agency"))
    if a.date and b.date and a.date[:19] != b.date[:19]:
        src = a.id if a.date < b.date else b.id
        votes.append((src, 1.0, f"{src} published earlier ({min(a.date, b.date)})"))
    score = {a.id: 0.0, b.id: 0.0}
    for sid, w, _why in votes:
        score[sid] += w
    src = a.id if score[a.id] > score[b.id] else b.id if score[b.id] > score[a.id] else (
        a.id if len(a.text) >= len(b.text) else b.id)
    dst = b.id if src == a.id else a.id
    evidence = [why for sid, _w, why in votes if sid == src]
    conflicts = [why for sid, _w, why in votes if sid != src]
    total = sum(score.values())
    conf = 0.5 if total == 0 else 0.5 + 0.5 * (score[src] - score[dst]) / total
    return src, dst, evidence or ["fuller text (no other evidence)"], conf, conflicts


def build_lineage(articles: dict[str, Article], matches: Iterable[Match], focus: str | None = None) -> Lineage:
    """Lineage of a family of articles connected by verified matches."""
    lin = Lineage(origin=None)
    matches = list(matches)
    edges: list[Edge] = []
    incoming: dict[str, list[Edge]] = {}
    for m in matches:
        a, b = articles.get(m.a), articles.get(m.b)
        if a is None or b is None:
            continue
        src, dst, evidence, conf, conflicts = direct(a, b, m)
        kind = "translation" if m.method == "translation" else "verbatim" if m.containment >= 0.9 else "partial"
        ev = list(evidence) + [f"similarity {m.similarity:.2f}, containment {m.containment:.2f}"]
        if m.anchors:
            ev.append("shared anchors: " + ", ".join(m.anchors[:12]))
        e = Edge(from_=src, to=dst, kind=kind, evidence=ev, confidence=conf)
        edges.append(e)
        incoming.setdefault(dst, []).append(e)
        if conflicts:
            lin.notes.append(f"conflicting evidence on {src} → {dst}: " + "; ".join(conflicts))
    edges = _drop_sibling_edges(edges, articles)
    incoming = {}
    for e in edges:
        incoming.setdefault(e.to, []).append(e)
    # Declared credits to organisations: to the matching article when present, else an org node.
    org_nodes: dict[str, str] = {}
    for art in articles.values():
        for name in art.chain[1:2]:
            target = next((o.id for o in articles.values() if o.id != art.id and fold(name) in _org_keys(o)), None)
            if target is None:
                target = org_nodes.setdefault(fold(name), ORG_PREFIX + name)
            if any(e.from_ == target and e.to == art.id for e in edges):
                for e in edges:
                    if e.from_ == target and e.to == art.id:
                        e.evidence.insert(0, f"{art.id} credits {name}")
                continue
            cred = next((c for c in art.credits if c.role == "source" and fold(c.agency or c.name) == fold(name)), None)
            ev = [f"{art.id} credits {name}" + (f' ({cred.zone}: "{cred.evidence}")' if cred else "")]
            e = Edge(from_=target, to=art.id, kind="declared", evidence=ev,
                     confidence=cred.confidence if cred else 0.8)
            edges.append(e)
            incoming.setdefault(art.id, []).append(e)
    lin.edges = edges
    nodes = set(articles) | set(org_nodes.values())
    roots = [n for n in nodes if not any(e.to == n for e in edges)]
    gaz = default_gazetteer()

    def root_rank(n: str) -> tuple[int, int, str]:
        if n.startswith(ORG_PREFIX):
            org = gaz.lookup(n[len(ORG_PREFIX):])
            return (0 if org is not None and org.is_wire else 1, 0, n)
        art = articles[n]
        out_deg = sum(1 for e in edges if e.from_ == n)
        return (0 if _is_wire(art) else 2, -out_deg, art.date or "~")

    connected = {e.from_ for e in edges} | {e.to for e in edges}
    candidates = [r for r in roots if r in connected] or ([focus] if focus else [])
    lin.origin = min(candidates, key=root_rank) if candidates else focus
    for n in sorted(nodes):
        if n.startswith(ORG_PREFIX):
            lin.nodes.append({"id": n, "type": "organization", "name": n[len(ORG_PREFIX):]})
        else:
            art = articles[n]
            lin.nodes.append({"id": n, "type": "article", "publisher": art.publisher, "title": art.title,
                              "date": art.date, "url": art.url, "chain": art.chain})
    # Undisclosed: a copy (incoming text edge) that credits neither its source nor the origin.
    for dst, ins in sorted(incoming.items()):
        text_ins = [e for e in ins if e.kind in ("verbatim", "partial", "translation")]
        if not text_ins:
            continue
        art = articles[dst]
        credited = _credited_keys(art)
        ok = False
        for e in text_ins:
            src = articles.get(e.from_)
            if src is not None and (credited & _org_keys(src) or credited & _credited_keys(src)):
                ok = True
        if lin.origin and lin.origin.startswith(ORG_PREFIX) and fold(lin.origin[len(ORG_PREFIX):]) in credited:
            ok = True
        if not ok:
            lin.undisclosed.append(dst)
            if credited:
                lin.notes.append(f"{dst} credits {', '.join(art.chain[1:])}, not the article it shares text with")
    return lin


def _drop_sibling_edges(edges: list[Edge], articles: dict[str, Article]) -> list[Edge]:
    """Keep one parent per copy when two candidate parents are themselves related.

    When y shares text with both x and z, and x derives from z, then x and y are
    siblings (both copies of z): the x → y edge is dropped. The parent kept is the one
    y credits, else the one with the most outgoing edges (closest to the origin).
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
            credited = src is not None and credits_other(art, src)
            return (1 if credited else 0, out_deg.get(e.from_, 0), e.confidence)

        best = max(ins, key=rank)
        for e in ins:
            if e is best:
                continue
            if any(x.from_ == best.from_ and x.to == e.from_ for x in edges):
                drop.add(id(e))
    return [e for e in edges if id(e) not in drop]
