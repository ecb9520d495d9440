"""Markdown with a Mermaid lineage diagram: renders on GitHub and as a CI job summary.

Article text, titles and ids are untrusted: Markdown and inline HTML are neutralised by
`md_escape`, and Mermaid labels are quoted with every character outside a small safe
set written as a Mermaid entity code (`#60;`), so no label can close its quotes, start
a directive (`click`, `%%{init}`) or inject HTML.
"""

from __future__ import annotations

import re

from tracer.model import ORG_PREFIX, TEXT_KINDS, Edge
from tracer.reports.story import Story

_MD_SPECIAL = re.compile(r"([\\`*_\[\]|~])")
_MERMAID_SAFE = re.compile(r"[A-Za-z0-9 ,.:/()'_\-]")


def md_escape(text: object) -> str:
    """Escape a string for Markdown inline text (tables included): no markup, no HTML."""
    s = " ".join(str(text).split())
    s = s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
    return _MD_SPECIAL.sub(r"\\\1", s)


def mermaid_label(text: object, limit: int = 60) -> str:
    """A quoted Mermaid label; anything outside a safe set becomes an entity code."""
    s = " ".join(str(text).split())
    if len(s) > limit:
        s = s[: limit - 1] + "…"
    out = []
    for ch in s:
        out.append(ch if _MERMAID_SAFE.fullmatch(ch) or (ch.isalnum() and ord(ch) < 0x3000)
                   else f"#{ord(ch)};")
    return '"' + "".join(out) + '"'


def node_label(story: Story, nid: str) -> str:
    if nid.startswith(ORG_PREFIX):
        return f"{nid[len(ORG_PREFIX):]} (credited, not in corpus)"
    art = story.articles.get(nid)
    if art is None:
        return nid
    name = nid.rsplit("/", 1)[-1] if "/" in nid and not nid.startswith("http") else nid
    return f"{art.publisher}: {name}" if art.publisher else name


def edge_label(e: Edge) -> str:
    if e.containment is not None:
        return f"{e.kind} {e.containment:.2f}"
    return e.kind


def mermaid(story: Story) -> str:
    """The Mermaid flowchart of one story's lineage (without the code fence)."""
    lin = story.lineage
    ids = sorted({n["id"] for n in lin.nodes} | {lin.origin} - {None})  # type: ignore[operator]
    key = {n: f"n{i}" for i, n in enumerate(ids)}
    lines = ["flowchart TD"]
    for n in ids:
        shape = ("([", "])") if n.startswith(ORG_PREFIX) else ("[", "]")
        lines.append(f"  {key[n]}{shape[0]}{mermaid_label(node_label(story, n))}{shape[1]}")
    for e in lin.edges:
        if e.from_ in key and e.to in key:
            arrow = "-.->" if e.kind not in TEXT_KINDS else "-->"
            lines.append(f"  {key[e.from_]} {arrow}|{mermaid_label(edge_label(e), 40)}| {key[e.to]}")
    lines.append("  classDef origin fill:#d8f5d0,stroke:#2a7a1f")
    lines.append("  classDef undisclosed fill:#fbd5d5,stroke:#b3261e")
    if lin.origin in key:
        lines.append(f"  class {key[lin.origin]} origin")  # type: ignore[index]
    und = [key[n] for n in lin.undisclosed if n in key]
    if und:
        lines.append(f"  class {','.join(und)} undisclosed")
    return "\n".join(lines)


def story_markdown(story: Story, level: int = 2) -> str:
    lin = story.lineage
    h = "#" * level
    out = [f"{h} {md_escape(story.title)}", ""]
    if lin.origin:
        conf = f" (confidence {lin.origin_confidence:.2f})" if lin.origin_confidence is not None else ""
        out.append(f"**Origin:** {md_escape(node_label(story, lin.origin))}{conf}")
        if lin.origin_evidence:
            out.append(f"— {md_escape('; '.join(lin.origin_evidence))}")
        out.append("")
    out += ["```mermaid", mermaid(story), "```", ""]
    out += ["| article | publisher | date | derives from | kind | similarity | containment | credits |",
            "|---|---|---|---|---|---|---|---|"]
    parents: dict[str, list[Edge]] = {}
    for e in lin.edges:
        parents.setdefault(e.to, []).append(e)
    undisclosed = set(lin.undisclosed)
    for nid in sorted(story.articles):
        art = story.articles[nid]
        ins = parents.get(nid, [])
        srcs = [c for c in art.credits if c.role in ("source", "contributor")]
        credits = ", ".join(md_escape(c.agency or c.name) for c in srcs) or "none"
        dis = story.disclosure(nid)
        flag = " **UNDISCLOSED**" if nid in undisclosed else (f" _{md_escape(dis.relation)}_" if dis else "")
        fig = next((e for e in ins if e.similarity is not None), None)
        out.append("| " + " | ".join([
            md_escape(nid) + flag, md_escape(art.publisher or ""), md_escape((art.date or "")[:10]),
            ", ".join(md_escape(node_label(story, e.from_)) for e in ins) or ("origin" if nid == lin.origin else ""),
            ", ".join(md_escape(e.kind) for e in ins),
            f"{fig.similarity:.2f}" if fig and fig.similarity is not None else "",
            f"{fig.containment:.2f}" if fig and fig.containment is not None else "", credits]) + " |")
    out.append("")
    if lin.undisclosed:
        out.append("**Undisclosed copies** (verified copies of a declared source that credit no source at all): "
                   + ", ".join(md_escape(x) for x in lin.undisclosed))
        out.append("")
    flagged = [d for d in lin.disclosure if d.relation in ("undisclosed", "unverified")]
    for d in flagged:
        zones = ", ".join(f"{z}: {v}" for z, v in d.zones.items())
        out.append(f"- {md_escape(d.id)} — {md_escape(d.relation)}, confidence {d.confidence:.2f}, "
                   f"{d.text_chars} characters read ({md_escape(zones)}): {md_escape(d.evidence[-1])}")
    if flagged:
        out.append("")
    out.append("<details><summary>Evidence for every edge</summary>")
    out.append("")
    for e in lin.edges:
        out.append(f"- {md_escape(e.from_)} → {md_escape(e.to)} ({md_escape(e.kind)}, "
                   f"confidence {e.confidence:.2f})")
        for why in e.evidence:
            out.append(f"  - {md_escape(why)}")
        for c in e.conflicts:
            out.append(f"  - conflict: {md_escape(c)}")
    out += ["", "</details>", ""]
    notes = [n for n in lin.notes if " are siblings " not in n]
    if notes:
        out += [f"> note: {md_escape(n)}" for n in notes] + [""]
    return "\n".join(out)


def markdown(stories: list[Story], title: str = "tracer lineage report", summary: str | None = None) -> str:
    """A whole Markdown document: one section (with its Mermaid diagram) per story."""
    out = [f"# {md_escape(title)}", ""]
    if summary:
        out += [md_escape(summary), ""]
    if not stories:
        out.append("No copies found.")
    for s in stories:
        out.append(story_markdown(s))
    return "\n".join(out).rstrip() + "\n"
