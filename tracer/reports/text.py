"""Terminal reports with rich. Article text is untrusted: it is never parsed as markup."""

from __future__ import annotations

from typing import Any

from rich.console import Console, RenderableType
from rich.markup import escape
from rich.rule import Rule
from rich.table import Table
from rich.tree import Tree

from tracer.model import ORG_PREFIX, Article, ItemError
from tracer.reports.story import CorpusReport, Story

FULL_WIDTH = 100_000  # "unlimited" for files and pipes: rich would otherwise crop at 80 columns


def emit(console: Console, renderable: RenderableType, width: int = FULL_WIDTH) -> None:
    """Print a tree or table without ever cropping it: on a terminal its lines wrap at the
    terminal's width; to a file or pipe every line is whole (`trace > file` once lost the
    confidence figures and showed ids as "samples/vo…")."""
    if console.is_terminal:
        console.print(renderable, soft_wrap=False)
        return
    saved = console._width  # rich caps a print's width at the console's (80 off a terminal)
    console.width = width
    try:
        console.print(renderable, soft_wrap=False)
    finally:
        console._width = saved


def id_column(table: Table, ids: list[str], header: str = "id") -> None:
    """An id column that shows whole ids: they do not wrap or shrink, other columns give way."""
    table.add_column(header, no_wrap=True, min_width=max((len(i) for i in ids), default=2))


def credits_text(item: Article | ItemError, console: Console) -> None:
    if isinstance(item, ItemError):
        return
    head = f"[bold]{escape(item.id)}[/bold]"
    if item.chain:
        head += "  " + " ← ".join(f"[cyan]{escape(x)}[/cyan]" for x in item.chain)
    console.print(head)
    for c in item.credits:
        agency = f" [{escape(c.agency)}]" if c.agency else ""
        console.print(f"  {escape(c.role):<11} {escape(c.kind):<12} {escape(c.name)}{escape(agency)}"
                      f"  [dim]{escape(c.zone)}: {escape(_short(c.evidence))}[/dim]")
    if not item.credits:
        console.print("  [dim](no credits found)[/dim]")


def _short(s: str, n: int = 80) -> str:
    """A one-line snippet of at most about `n` characters, cut between words."""
    s = " ".join(s.split())
    if len(s) <= n:
        return s
    cut = s.rfind(" ", 0, n)
    return s[: cut if cut > n // 2 else n - 1] + " …"


def dedup_text(result: Any, console: Console) -> None:
    clusters = [c for c in result.clusters if len(c.members) > 1]
    console.print(f"[bold]{len(result.ids)}[/bold] articles, [bold]{len(result.clusters)}[/bold] clusters, "
                  f"[bold]{len(clusters)}[/bold] with copies")
    for c in clusters:
        table = Table(title=f"{c.id}: {len(c.members)} articles", title_justify="left", show_edge=False)
        labels = [m + (" (representative)" if m == c.representative else "") for m in c.members]
        id_column(table, labels)
        table.add_column("similarity", justify="right", no_wrap=True)
        table.add_column("containment", justify="right", no_wrap=True)
        for m, label in zip(c.members, labels, strict=True):
            table.add_row(escape(label), f"{c.similarity.get(m, 0):.2f}", f"{c.containment.get(m, 0):.2f}")
        emit(console, table)


def _label(story: Story, nid: str) -> str:
    """A node as people read it: publisher, date and id (all escaped)."""
    if nid.startswith(ORG_PREFIX):
        return f"[bold cyan]{escape(nid[len(ORG_PREFIX):])}[/bold cyan] [dim](credited, not in corpus)[/dim]"
    art = story.articles.get(nid)
    if art is None:
        return escape(nid)
    pub = f"[bold]{escape(art.publisher)}[/bold] " if art.publisher else ""
    date = f" [dim]{escape(art.date[:10])}[/dim]" if art.date else ""
    return f"{pub}{escape(nid)}{date}"


def _credit_line(story: Story, nid: str) -> str:
    art = story.articles.get(nid)
    if art is None:
        return ""
    srcs = [c for c in art.credits if c.role in ("source", "contributor")]
    if not srcs:
        return "credits: [dim]none[/dim]"
    return "credits: " + "; ".join(f"{escape(c.agency or c.name)} [dim]({escape(c.zone)}: "
                                   f"\"{escape(_short(c.evidence, 40))}\")[/dim]" for c in srcs[:3])


def story_text(story: Story, console: Console) -> None:
    """One story as a tree: origin → intermediaries → copies, with the evidence of each edge."""
    lin = story.lineage
    origin = lin.origin
    conf = f" [dim](confidence {lin.origin_confidence:.2f})[/dim]" if lin.origin_confidence is not None else ""
    root = Tree(f"[green]origin[/green] {_label(story, str(origin))}{conf}")
    for why in lin.origin_evidence:
        root.add(f"[dim]{escape(' '.join(why.split()))}[/dim]")
    children: dict[str, list[Any]] = {}
    for e in lin.edges:
        children.setdefault(e.from_, []).append(e)
    seen = {origin}
    undisclosed = set(lin.undisclosed)

    def grow(node: Tree, nid: str) -> None:
        for e in sorted(children.get(nid, []), key=lambda e: e.to):
            if e.to in seen:
                continue
            seen.add(e.to)
            dis = story.disclosure(e.to)
            flag = " [bold red]UNDISCLOSED[/bold red]" if e.to in undisclosed else (
                f" [yellow]{escape(dis.relation)}[/yellow]" if dis is not None and dis.relation == "unverified"
                else f" [dim]{escape(dis.relation)}[/dim]" if dis is not None else "")
            figures = ""
            if e.similarity is not None:
                figures = f", similarity {e.similarity:.2f}, containment {e.containment:.2f}"
            sub = node.add(f"{_label(story, e.to)}{flag}")
            sub.add(f"[dim]{escape(e.kind)}{figures}, confidence {e.confidence:.2f}[/dim]")
            cl = _credit_line(story, e.to)
            if cl:
                sub.add(cl)
            if dis is not None and dis.relation in ("undisclosed", "unverified") and dis.evidence:
                sub.add(f"[dim]{escape(_short(dis.evidence[-1], 150))} (confidence {dis.confidence:.2f})[/dim]")
            for why in e.evidence[:3]:
                if not why.startswith("similarity "):
                    sub.add(f"[dim]{escape(' '.join(why.split()))}[/dim]")
            for c in e.conflicts:
                sub.add(f"[yellow]conflict:[/yellow] {escape(' '.join(c.split()))}")
            n_pass = len(story.passages_between(e.from_, e.to))
            if n_pass:
                sub.add(f"[dim]{n_pass} shared passage{'s' if n_pass != 1 else ''}[/dim]")
            grow(sub, e.to)

    grow(root, str(origin))
    emit(console, root)
    # Other roots (the evidence did not join them under the origin): shown, not hidden.
    targets = {e.to for e in lin.edges}
    for other in sorted({e.from_ for e in lin.edges} - targets - {origin}):
        if other in seen:
            continue
        seen.add(other)
        tree = Tree(f"[yellow]also a root[/yellow] {_label(story, other)}")
        grow(tree, other)
        emit(console, tree)
    for note in lin.notes:
        if " are siblings " in note:
            continue
        console.print(f"[yellow]note:[/yellow] {escape(note)}")


def trace_text(result: Any, console: Console) -> None:
    d = result.to_dict()
    art = d["article"]
    console.print(f"[bold]{escape(art['title'] or art['id'])}[/bold]")
    console.print(f"  {escape(art['id'])}  publisher: {escape(str(art['publisher']))}  "
                  f"chain: {escape(' ← '.join(art['chain']) or '-')}")
    story_text(result.story(), console)
    if d["matches"]:
        rows = [(m["id"], str(m["publisher"]),
                 m["relation"] + (" UNDISCLOSED" if m["id"] in d["lineage"]["undisclosed"] else ""),
                 f"{m['similarity']:.2f}", f"{m['containment']:.2f}", str(len(m["passages"]))) for m in d["matches"]]
        heads = ("id", "publisher", "relation", "similarity", "containment", "passages")
        natural = sum(max(len(h), *(len(r[k]) for r in rows)) + 3 for k, h in enumerate(heads))
        if console.is_terminal and natural > console.width:  # too narrow for whole cells: one match per block
            console.print("[bold]matches[/bold]")
            for r in rows:
                console.print(f" {escape(r[0])}")
                console.print(f"     {escape(r[1])} · {escape(r[2])} · similarity {r[3]} · containment {r[4]} · "
                              f"{r[5]} passages", soft_wrap=False)
            return
        table = Table(show_edge=False, title="matches", title_justify="left")
        id_column(table, [r[0] for r in rows])
        for col in heads[1:3]:
            table.add_column(col, overflow="fold")
        for col in heads[3:]:
            table.add_column(col, justify="right", no_wrap=True)
        for r in rows:
            table.add_row(*(escape(x) for x in r))
        emit(console, table)
    else:
        console.print("[dim]no copies found[/dim]")
    if d.get("discovery") is not None:
        _discovery_text(d["discovery"], console)


def _discovery_text(disc: dict[str, Any], console: Console) -> None:
    """How `trace --discover` found each source, and what the search cost."""
    console.print(f"discovery: {disc['request_count']} requests in {disc['seconds']:.1f}s, "
                  f"{len(disc['candidates'])} candidates, {len(disc['fetched'])} fetched")
    for i, how in disc["found"].items():
        via = f" via {escape(str(how['via']))}" if how.get("via") else ""
        console.print(f"  {escape(i)} found by {escape(how['how'])}{via}")
    for note in disc.get("notes", []):
        console.print(f"  [dim]{escape(note)}[/dim]")


def corpus_text(report: CorpusReport, console: Console) -> None:
    """Every story of a corpus, one tree each."""
    n_und = sum(len(s.lineage.undisclosed) for s in report.stories)
    console.print(f"[bold]{len(report.ids)}[/bold] articles, [bold]{len(report.stories)}[/bold] stories with "
                  f"copies, [bold red]{n_und}[/bold red] undisclosed cop{'y' if n_und == 1 else 'ies'}")
    for s in report.stories:
        title = f"{escape(s.id)}: {escape(_short(s.title, 70))} ({len(s.articles)} articles)"
        emit(console, Rule(title, align="left"), width=max(80, len(s.id) + len(_short(s.title, 70)) + 30))
        story_text(s, console)
