"""The one view every report renders: a story family with its lineage and shared passages.

`tracer trace` gives one story (the target's family); `tracer report` gives one per copy
cluster of a corpus. Renderers (text, md, html, prov) take a list of `Story` so both
commands share them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from tracer.model import Article, ItemError, Lineage, Passage


@dataclass
class Story:
    """A story family: its articles, lineage and shared passages.

    `passages[(x, y)]` holds passages whose `target` span is in article x and whose
    `other` span is in article y (x is the copy side of an edge, y its source).
    """

    id: str
    articles: dict[str, Article]
    lineage: Lineage
    passages: dict[tuple[str, str], list[Passage]] = field(default_factory=dict)
    focus: str | None = None

    @property
    def title(self) -> str:
        order = [self.focus, self.lineage.origin, *sorted(self.articles)]
        for n in order:
            art = self.articles.get(n or "")
            if art is not None and art.title:
                return art.title
        # No titles (e.g. a CSV dump): the opening words of the origin's (or fullest) text.
        arts = [a for a in (self.articles.get(n or "") for n in order) if a is not None and a.text.strip()]
        if arts:
            art = arts[0] if arts[0].id in (self.focus, self.lineage.origin) else max(arts, key=lambda a: len(a.text))
            line = max(art.text.strip().splitlines()[:3], key=len)
            words = " ".join(line.split()).split(" ")
            return " ".join(words[:14]) + (" …" if len(words) > 14 else "")
        return self.focus or self.lineage.origin or self.id

    def disclosure(self, nid: str) -> Any | None:
        """The lineage's disclosure decision for one copy (`tracer.disclosure.Disclosure`), if any."""
        return next((d for d in self.lineage.disclosure if d.id == nid), None)

    def passages_between(self, source: str, copy: str) -> list[tuple[tuple[int, int], tuple[int, int], Passage]]:
        """Passages of an edge as (span in source, span in copy, passage)."""
        if (copy, source) in self.passages:
            return [(p.other, p.target, p) for p in self.passages[(copy, source)]]
        if (source, copy) in self.passages:
            return [(p.target, p.other, p) for p in self.passages[(source, copy)]]
        return []


@dataclass
class CorpusReport:
    """Every story family of a corpus (clusters with at least two articles)."""

    stories: list[Story]
    ids: list[str]
    errors: list[ItemError] = field(default_factory=list)
    stats: dict[str, int] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {"articles": len(self.ids), "stories": [
            {"id": s.id, "title": s.title, "members": sorted(s.articles),
             "lineage": s.lineage.to_dict()} for s in self.stories],
            "errors": [e.to_dict() for e in self.errors], "stats": dict(self.stats)}
