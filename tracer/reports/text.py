"""Terminal reports with rich. Article text is untrusted: it is never parsed as markup."""

from __future__ import annotations

from typing import Any

from rich.console import Console
from rich.markup import escape
from rich.table import Table
from rich.tree import Tree

from tracer.model import Article, ItemError


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
    s = " ".join(s.split())
    return s if len(s) <= n else s[: n - 1] + "…"


def dedup_text(result: Any, console: Console) -> None:
    clusters = [c for c in result.clusters if len(c.members) > 1]
    console.print(f"[bold]{len(result.ids)}[/bold] articles, [bold]{len(result.clusters)}[/bold] clusters, "
                  f"[bold]{len(clusters)}[/bold] with copies")
    for c in clusters:
        table = Table(title=f"{c.id}: {len(c.members)} articles", title_justify="left", show_edge=False)
        table.add_column("id")
        table.add_column("similarity", justify="right")
        table.add_column("containment", justify="right")
        for m in c.members:
            mark = " (representative)" if m == c.representative else ""
            table.add_row(escape(m) + mark, f"{c.similarity.get(m, 0):.2f}", f"{c.containment.get(m, 0):.2f}")
        console.print(table)


def trace_text(result: Any, console: Console) -> None:
    d = result.to_dict()
    art, lin = d["article"], d["lineage"]
    console.print(f"[bold]{escape(art['title'] or art['id'])}[/bold]")
    console.print(f"  {escape(art['id'])}  publisher: {escape(str(art['publisher']))}  "
                  f"chain: {escape(' ← '.join(art['chain']) or '-')}")
    origin = lin["origin"]
    tree = Tree(f"[green]origin[/green] {escape(str(origin))}")
    children: dict[str, list[dict[str, Any]]] = {}
    for e in lin["edges"]:
        children.setdefault(e["from"], []).append(e)
    seen = {origin}

    def grow(node: Tree, nid: str) -> None:
        for e in children.get(nid, []):
            if e["to"] in seen:
                continue
            seen.add(e["to"])
            flag = " [red]UNDISCLOSED[/red]" if e["to"] in lin["undisclosed"] else ""
            sub = node.add(f"{escape(e['to'])} [dim]({escape(e['kind'])}, {e['confidence']:.2f})[/dim]{flag}"
                           f"\n[dim]{escape('; '.join(_short(x, 100) for x in e['evidence'][:2]))}[/dim]")
            grow(sub, e["to"])

    grow(tree, origin)
    console.print(tree)
    if d["matches"]:
        table = Table(show_edge=False, title="matches", title_justify="left")
        for col in ("id", "publisher", "relation", "similarity", "containment", "passages"):
            table.add_column(col)
        for m in d["matches"]:
            table.add_row(escape(m["id"]), escape(str(m["publisher"])), escape(m["relation"]),
                          f"{m['similarity']:.2f}", f"{m['containment']:.2f}", str(len(m["passages"])))
        console.print(table)
    else:
        console.print("[dim]no copies found[/dim]")
    for note in lin.get("notes", []):
        console.print(f"[yellow]note:[/yellow] {escape(note)}")
