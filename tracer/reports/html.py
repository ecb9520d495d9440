"""One self-contained HTML file: the lineage graph as interactive SVG, credits, passages.

Nothing is loaded from the network: the graph is SVG laid out here (layers by depth
from the origin), the style and a small script are inline. Article text is untrusted:
jinja2 autoescapes everything, the script never builds markup from data (it only
toggles classes on elements rendered here), and a Content-Security-Policy allows no
script but ours (by hash), so even a missed escape could not execute.
"""

from __future__ import annotations

import base64
import hashlib
import re
from dataclasses import dataclass, field
from importlib import resources
from typing import Any

from jinja2 import Environment, select_autoescape
from markupsafe import Markup, escape
from rapidfuzz.distance import Indel

from tracer.lineage import ORG_PREFIX, TEXT_KINDS
from tracer.reports.story import Story

NODE_W, NODE_H, GAP_X, GAP_Y, PAD = 190, 46, 24, 70, 16
MAX_PER_ROW = 6
_TOKEN = re.compile(r"\s+|[^\s]+")


@dataclass
class Node:
    key: str
    id: str
    label: str
    sub: str
    x: float = 0.0
    y: float = 0.0
    classes: list[str] = field(default_factory=list)


def _short(s: str, n: int) -> str:
    s = " ".join(str(s).split())
    return s if len(s) <= n else s[: n - 1] + "…"


def layout(story: Story, prefix: str) -> tuple[list[Node], list[dict[str, Any]], float, float]:
    """Nodes on layers by depth from the roots; returns nodes, edges, width, height."""
    lin = story.lineage
    ids = sorted({n["id"] for n in lin.nodes})
    parents: dict[str, list[str]] = {n: [] for n in ids}
    for e in lin.edges:
        if e.to in parents and e.from_ in parents:
            parents[e.to].append(e.from_)
    depth: dict[str, int] = {}

    def d(n: str, seen: frozenset[str] = frozenset()) -> int:
        if n not in depth:
            ps = [p for p in parents[n] if p not in seen]
            depth[n] = 0 if not ps else 1 + max(d(p, seen | {n}) for p in ps)
        return depth[n]

    layers: dict[int, list[str]] = {}
    for n in ids:
        layers.setdefault(d(n), []).append(n)
    # the origin leads its layer; others by date then id
    for k in layers:
        layers[k].sort(key=lambda n: (n != lin.origin, _date(story, n), n))
    # a wide layer wraps onto several rows so the graph stays readable
    # (continuation rows are staggered by half a slot so arrows pass between the nodes above)
    rows: list[list[str]] = []
    wrapped: set[int] = set()
    for k in sorted(layers):
        row = layers[k]
        for i in range(0, len(row), MAX_PER_ROW):
            if i:
                wrapped.add(len(rows))
            rows.append(row[i:i + MAX_PER_ROW])
    width = max(len(r) + (0.5 if j in wrapped else 0) for j, r in enumerate(rows)) * (NODE_W + GAP_X) - GAP_X + 2 * PAD
    height = len(rows) * (NODE_H + GAP_Y) - GAP_Y + 2 * PAD
    nodes: dict[str, Node] = {}
    und = set(lin.undisclosed)
    for k, row in enumerate(rows):
        row_w = len(row) * (NODE_W + GAP_X) - GAP_X
        shift = 0.0
        if wrapped and len(row) == MAX_PER_ROW:  # full rows: the continuation half a slot right
            shift = (NODE_W + GAP_X) / 4 * (1 if k in wrapped else -1)
        x0 = (width - row_w) / 2 + shift
        for i, n in enumerate(row):
            key = f"{prefix}-n{len(nodes)}"
            if n.startswith(ORG_PREFIX):
                label, sub, cls = n[len(ORG_PREFIX):], "credited · not in corpus", ["org"]
            else:
                art = story.articles[n]
                label = art.publisher or n.rsplit("/", 1)[-1]
                sub = " · ".join(x for x in ((art.date or "")[:10], n.rsplit("/", 1)[-1]) if x)
                cls = ["article"]
            if n == lin.origin:
                cls.append("origin")
            if n in und:
                cls.append("undisclosed")
            if n == story.focus:
                cls.append("focus")
            nodes[n] = Node(key, n, _short(label, 26), _short(sub, 29), x0 + i * (NODE_W + GAP_X),
                            PAD + k * (NODE_H + GAP_Y), cls)
    edges = []
    for j, e in enumerate(lin.edges):
        a, b = nodes.get(e.from_), nodes.get(e.to)
        if a is None or b is None:
            continue
        x1, y1 = a.x + NODE_W / 2, a.y + NODE_H
        x2, y2 = b.x + NODE_W / 2, b.y
        if b.y <= a.y:  # same layer or upwards: leave from the side
            x1, y1, x2, y2 = a.x + NODE_W, a.y + NODE_H / 2, b.x, b.y + NODE_H / 2
        my = (y1 + y2) / 2
        edges.append({"key": f"{prefix}-e{j}", "edge": e, "from": a.key, "to": b.key,
                      "path": f"M{x1:.1f},{y1:.1f} C{x1:.1f},{my:.1f} {x2:.1f},{my:.1f} {x2:.1f},{y2:.1f}",
                      "lx": (x1 + x2) / 2, "ly": my,
                      "label": "" if b.y - a.y > NODE_H + GAP_Y else
                      e.kind + (f" {e.containment:.2f}" if e.containment is not None else ""),
                      "classes": ["edge", e.kind, "text" if e.kind in TEXT_KINDS else "declared-only"]})
    return list(nodes.values()), edges, width, height


def _date(story: Story, n: str) -> str:
    art = story.articles.get(n)
    return (art.date or "~") if art else "~"


def marked(text: str, other: str, kind: str) -> Markup:
    """One side of a passage, with the words the other side lacks marked as edits."""
    if kind == "verbatim":
        return Markup('<mark class="verbatim">{}</mark>').format(text)
    a, b = _TOKEN.findall(text), _TOKEN.findall(other)
    runs: list[list] = []  # [is_equal, text], adjacent runs of one kind merged
    for op in Indel.opcodes(a, b):  # rapidfuzz: a word-level diff, fast on long passages
        chunk = "".join(a[op.src_start:op.src_end])
        if not chunk:
            continue
        same = op.tag == "equal" or chunk.isspace()
        if runs and runs[-1][0] == same:
            runs[-1][1] += chunk
        else:
            runs.append([same, chunk])
    out = [Markup('<mark class="{}">{}</mark>').format("verbatim" if same else "edited", chunk)
           for same, chunk in runs]
    return Markup("").join(out)


def passage_rows(story: Story, source: str, copy: str, limit: int = 60) -> list[dict[str, Any]]:
    """The side-by-side rows of one edge: source excerpt, copy excerpt, both marked."""
    src, cp = story.articles.get(source), story.articles.get(copy)
    if src is None or cp is None:
        return []
    rows = []
    for s_span, c_span, p in story.passages_between(source, copy)[:limit]:
        s_text, c_text = src.text[s_span[0]:s_span[1]], cp.text[c_span[0]:c_span[1]]
        rows.append({"kind": p.kind, "score": p.score, "s_span": s_span, "c_span": c_span,
                     "src_html": marked(s_text, c_text, p.kind), "copy_html": marked(c_text, s_text, p.kind)})
    return rows


def _asset(name: str) -> str:
    return resources.files("tracer.reports").joinpath("templates", name).read_text("utf-8")


def _env() -> Environment:
    env = Environment(autoescape=select_autoescape(default=True, default_for_string=True))
    env.filters["short"] = _short
    return env


def html(stories: list[Story], title: str = "tracer lineage report", summary: str | None = None) -> str:
    """The whole report as one HTML document (a string)."""
    script = _asset("report.js")
    digest = base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode("ascii")
    views = []
    for k, s in enumerate(stories):
        nodes, edges, w, h = layout(s, f"s{k}")
        by_id = {n.id: n for n in nodes}
        for ed in edges:
            e = ed["edge"]
            ed["rows"] = passage_rows(s, e.from_, e.to) if e.kind in TEXT_KINDS else []
        sibs = [{"key": f"s{k}-r{j}", "edge": e, "rows": passage_rows(s, e.from_, e.to)}
                for j, e in enumerate(s.lineage.siblings)]
        views.append({"story": s, "siblings": sibs, "key": f"s{k}", "nodes": nodes, "edges": edges, "w": w, "h": h,
                      "by_id": by_id, "notes": [n for n in s.lineage.notes if " are siblings " not in n],
                      "articles": [(by_id[i], s.articles[i]) for i in sorted(s.articles)
                                                   if i in by_id]})
    tpl = _env().from_string(_asset("report.html.j2"))
    return tpl.render(title=title, summary=summary, views=views, script=Markup(script),
                      csp=f"default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
                          f"script-src 'sha256-{digest}'", NODE_W=NODE_W, NODE_H=NODE_H,
                      ORG_PREFIX=ORG_PREFIX, escape=escape)
