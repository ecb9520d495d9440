"""Self-contained HTML: an index of the stories, and per story its lineage graph as
interactive SVG, each article's card and the shared passages of each edge.

Nothing is loaded from the network: the graph is SVG laid out here (layers by depth
from the origin), the style and a small script are inline. Article text is untrusted:
jinja2 autoescapes everything, the script never builds markup from data (it only
toggles classes and `hidden` on elements rendered here), a Content-Security-Policy
allows no script but ours (by hash), and only http(s) article URLs become links.

Why the size stays linear in the corpus (issue 20): a report that showed, for every edge,
both sides' passages in full grew with the square of a cluster (188 MB for 2,572
articles). Here each article's card is rendered once, only lineage edges (about one per
article) carry passages, a passage's text is shown once (a second edge using the same
span links to it), long passages are clipped to their opening and close, and siblings
are listed without passages. Long stories fold their cards and edges after the first few.
"""

from __future__ import annotations

import base64
import functools
import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from importlib import resources
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from markupsafe import Markup, escape
from rapidfuzz.distance import Indel

from tracer.model import ORG_PREFIX, TEXT_KINDS
from tracer.reports.story import Story

if TYPE_CHECKING:
    from jinja2 import Environment, Template

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


# -- passages -------------------------------------------------------------------------
CLIP_HEAD, CLIP_TAIL = 300, 90  # characters of a long passage kept (opening, close)
MAX_ROWS = 12  # passages shown per edge when the document is one story (trace)
CORPUS_ROWS = 4  # … and in a corpus report, where an edge's first passages are evidence enough
OPEN_EDGES, SHOWN_EDGES, SHOWN_CARDS = 3, 20, 12  # longer stories fold the rest away
MAX_SIBLINGS_PER_ARTICLE = 2


def _runs(text: str, other: str, kind: str) -> list[tuple[bool, str]]:
    """`text` as runs of (same as `other`, chunk): a word-level diff, adjacent runs merged."""
    if kind == "verbatim":
        return [(True, text)]
    a, b = _TOKEN.findall(text), _TOKEN.findall(other)
    runs: list[list[Any]] = []
    for op in Indel.opcodes(a, b):  # rapidfuzz: a word-level diff, fast on long passages
        chunk = "".join(a[op.src_start:op.src_end])
        if not chunk:
            continue
        same = op.tag == "equal" or chunk.isspace()
        if runs and runs[-1][0] == same:
            runs[-1][1] += chunk
        else:
            runs.append([same, chunk])
    return [(same, chunk) for same, chunk in runs]


def _markup(runs: Iterable[tuple[bool | None, str]]) -> Markup:
    """Runs as `<mark>` elements (escaped by hand: this is the hot loop of a big report)."""
    parts = []
    for same, chunk in runs:
        if same is None:
            parts.append(f'<span class="cut">{escape(chunk)}</span>')
        else:
            parts.append(f'<mark class="{"verbatim" if same else "edited"}">{escape(chunk)}</mark>')
    return Markup("".join(parts))


def _cuts(text: str, head: int = CLIP_HEAD, tail: int = CLIP_TAIL) -> tuple[int, int] | None:
    """Where a long text is cut (end of its opening, start of its close), at spaces; None if short."""
    total = len(text)
    if total <= head + tail + 40:
        return None
    sp = text.rfind(" ", 0, head)
    cut_a = sp if sp > head // 2 else head
    sp = text.find(" ", total - tail)
    cut_b = sp + 1 if 0 <= sp < total - tail // 2 else total - tail
    return cut_a, cut_b


def clipped_runs(text: str, other: str, kind: str) -> list[tuple[bool | None, str]]:
    """The runs of a passage's opening and close only, diffed against the matching ends of `other`.

    Diffing only what is shown keeps a long edited passage cheap; the other side's window
    is twice as long (plus slack), so words it moved a little still align.
    """
    cuts = _cuts(text)
    if cuts is None:
        return list(_runs(text, other, kind))
    a, b = cuts
    slack = 2 * max(a, len(text) - b) + 200
    head = _runs(text[:a], other[:slack], kind)
    tail = _runs(text[b:], other[-slack:], kind)
    return [*head, (None, f" … {b - a:,} characters … "), *tail]


def marked(text: str, other: str, kind: str, clip: bool = False) -> Markup:
    """One side of a passage, with the words the other side lacks marked as edits."""
    return _markup(clipped_runs(text, other, kind) if clip else _runs(text, other, kind))


class _Shown:
    """Which article spans a report has already shown, so each passage's text appears once."""

    def __init__(self, prefix: str):
        self.prefix = prefix
        self.ids: dict[tuple[str, tuple[int, int]], str] = {}

    def first(self, article: str, span: tuple[int, int]) -> tuple[str, bool]:
        """The passage's element id, and whether this is its first showing."""
        key = (article, (int(span[0]), int(span[1])))
        if key in self.ids:
            return self.ids[key], False
        self.ids[key] = f"{self.prefix}-p{len(self.ids)}"
        return self.ids[key], True


def passage_rows(story: Story, source: str, copy: str, limit: int = MAX_ROWS,
                 shown: _Shown | None = None) -> list[dict[str, Any]]:
    """The side-by-side rows of one edge: source excerpt, copy excerpt, both marked and clipped.

    A side whose span was already shown (another edge of the same source) is a link to it.
    """
    src, cp = story.articles.get(source), story.articles.get(copy)
    if src is None or cp is None:
        return []
    shown = shown or _Shown("p")
    rows = []
    for s_span, c_span, p in story.passages_between(source, copy)[:limit]:
        s_text, c_text = src.text[s_span[0]:s_span[1]], cp.text[c_span[0]:c_span[1]]
        s_id, s_new = shown.first(source, s_span)
        c_id, c_new = shown.first(copy, c_span)
        rows.append({"kind": p.kind, "score": p.score, "s_span": s_span, "c_span": c_span,
                     "s_id": s_id, "c_id": c_id, "s_new": s_new, "c_new": c_new,
                     "src_html": marked(s_text, c_text, p.kind, clip=True) if s_new else None,
                     "copy_html": marked(c_text, s_text, p.kind, clip=True) if c_new else None})
    return rows


# -- links ----------------------------------------------------------------------------
def safe_url(url: str | None) -> str | None:
    """`url` if it is an absolute http(s) address a link may point to, else None.

    Article URLs are untrusted: `javascript:`, `data:` and relative or malformed addresses
    are shown as text, never linked.
    """
    if not url or len(url) > 2048 or any(ch.isspace() or ord(ch) < 32 for ch in url):
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    return url


# -- the document ---------------------------------------------------------------------
def _asset(name: str) -> str:
    return resources.files("tracer.reports").joinpath("templates", name).read_text("utf-8")


def _env() -> Environment:
    from jinja2 import Environment, select_autoescape  # on first render: most commands never render html

    env = Environment(autoescape=select_autoescape(default=True, default_for_string=True),
                      trim_blocks=True, lstrip_blocks=True)
    env.filters["short"] = _short
    env.filters["link"] = safe_url
    return env


@functools.lru_cache(maxsize=1)
def _template() -> Template:
    """The compiled template (compiling takes longer than rendering a small story)."""
    return _env().from_string(_asset("report.html.j2"))


def _terms(story: Story) -> str:
    """What the index's search box matches a story on: its title, publishers and ids."""
    words = {story.title.lower()}
    for a in story.articles.values():
        words.update(x.lower() for x in (a.id, a.publisher, a.title) if x)
    return _short(" | ".join(sorted(words)), 2000)


def story_counts(story: Story) -> dict[str, Any]:
    lin = story.lineage
    origin = story.articles.get(lin.origin or "")
    return {"articles": len(story.articles), "edges": len(lin.edges), "undisclosed": len(lin.undisclosed),
            "origin": (origin.publisher or origin.id) if origin else (lin.origin or "").removeprefix(ORG_PREFIX)}


def _view(s: Story, key: str, rows: int = MAX_ROWS) -> dict[str, Any]:
    """Everything the template needs for one story, each passage rendered at most once."""
    nodes, edges, w, h = layout(s, key)
    by_id = {n.id: n for n in nodes}
    shown = _Shown(key)
    for ed in edges:
        e = ed["edge"]
        ed["rows"] = passage_rows(s, e.from_, e.to, limit=rows, shown=shown) if e.kind in TEXT_KINDS else []
        ed["more_rows"] = max(0, len(s.passages_between(e.from_, e.to)) - rows) if ed["rows"] else 0
    cap = max(10, MAX_SIBLINGS_PER_ARTICLE * len(s.articles))
    sibs = [{"key": f"{key}-r{j}", "edge": e} for j, e in enumerate(s.lineage.siblings[:cap])]
    notes = [n for n in s.lineage.notes if " are siblings " not in n]
    return {"story": s, "key": key, "nodes": nodes, "edges": edges, "w": w, "h": h, "by_id": by_id,
            "siblings": sibs, "more_siblings": len(s.lineage.siblings) - len(sibs),
            "notes": notes[:20], "more_notes": max(0, len(notes) - 20), "counts": story_counts(s),
            "articles": [(by_id[i], s.articles[i]) for i in sorted(s.articles) if i in by_id]}


def _render(title: str, summary: str | None, views: list[dict[str, Any]], index: list[dict[str, Any]],
            totals: dict[str, int], home: str | None = None) -> str:
    script = _asset("report.js")
    digest = base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode("ascii")
    tpl = _template()
    return tpl.render(title=title, summary=summary, views=views, index=index, totals=totals, home=home,
                      script=Markup(script),
                      csp=f"default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
                          f"script-src 'sha256-{digest}'", NODE_W=NODE_W, NODE_H=NODE_H,
                      ORG_PREFIX=ORG_PREFIX, OPEN_EDGES=OPEN_EDGES, SHOWN_EDGES=SHOWN_EDGES,
                      SHOWN_CARDS=SHOWN_CARDS)


def _index(stories: list[Story], href: Any) -> tuple[list[dict[str, Any]], dict[str, int]]:
    rows = [{"key": f"s{k}", "href": href(k), "title": s.title, "terms": _terms(s), **story_counts(s)}
            for k, s in enumerate(stories)]
    totals = {"stories": len(rows), "articles": sum(r["articles"] for r in rows),
              "edges": sum(r["edges"] for r in rows), "undisclosed": sum(r["undisclosed"] for r in rows)}
    return rows, totals


def html(stories: list[Story], title: str = "tracer lineage report", summary: str | None = None) -> str:
    """The whole report as one HTML document (a string): an index, then every story."""
    index, totals = _index(stories, lambda k: f"#s{k}")
    rows = MAX_ROWS if len(stories) == 1 else CORPUS_ROWS
    views = [_view(s, f"s{k}", rows) for k, s in enumerate(stories)]
    return _render(title, summary, views, index if len(stories) > 1 else [], totals)


def story_file(k: int) -> str:
    return f"story-{k + 1:05d}.html"


def html_pages(stories: list[Story], title: str = "tracer lineage report",
               summary: str | None = None) -> Iterable[tuple[str, str]]:
    """The report as several documents: `index.html` and one file per story, as (name, html).

    Yielded one at a time, so a caller writing them to disk never holds the whole report.
    """
    index, totals = _index(stories, story_file)
    yield "index.html", _render(title, summary, [], index, totals)
    for k, s in enumerate(stories):
        yield story_file(k), _render(f"{s.title} · {title}", None, [_view(s, f"s{k}", CORPUS_ROWS)], [], totals,
                                     home="index.html")
