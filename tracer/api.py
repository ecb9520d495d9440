"""The public functions behind every CLI command: `credits`, `dedup`, `trace`.

Each takes inputs as CONTRACT.md describes them (paths, URLs, corpora, `-`) and returns
plain result objects whose `to_dict()`/`rows()` give the JSON of the contract.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from tracer.credits import attach_credits
from tracer.engine import Engine
from tracer.errors import InputError
from tracer.lineage import build_lineage
from tracer.match import cluster
from tracer.model import Article, Cluster, ItemError, Lineage, Match
from tracer.sources import ReadOptions, read_inputs
from tracer.store import Store


def credits(inputs: Iterable[str], options: ReadOptions | None = None) -> Iterator[Article | ItemError]:
    """Yield every input article with its credits and chain (or an `ItemError`)."""
    for item in read_inputs(inputs, options):
        if isinstance(item, Article):
            try:
                attach_credits(item)
            except Exception as exc:  # a parser bug must not lose the article
                item.errors.append(ItemError(item.id, f"credit parsing failed: {type(exc).__name__}: {exc}"))
        yield item


@dataclass
class DedupResult:
    ids: list[str]
    clusters: list[Cluster]
    matches: list[Match]
    errors: list[ItemError] = field(default_factory=list)
    stats: dict[str, int] = field(default_factory=dict)

    def assignment(self) -> dict[str, Cluster]:
        return {m: c for c in self.clusters for m in c.members}

    def rows(self) -> list[dict[str, Any]]:
        """One CONTRACT.md object per input article, in input order."""
        by_id = self.assignment()
        out = []
        for i in self.ids:
            c = by_id[i]
            out.append({"id": i, "cluster": c.id, "representative": c.representative,
                        "similarity": round(c.similarity.get(i, 0.0), 4),
                        "containment": round(c.containment.get(i, 0.0), 4),
                        "size": len(c.members)})
        return out


def dedup(inputs: Iterable[str], options: ReadOptions | None = None, *, db: str | None = None,
          threshold: float | None = None, progress: Callable[..., None] | None = None,
          workers: int | None = None) -> DedupResult:
    """Group copies among the inputs (and, with a store on disk, everything already stored).

    Without a store everything stays in memory and credits are not parsed (the
    fingerprint never depends on them). With a store (`db` or `$TRACER_DB`) the new
    articles' LSH band keys are looked up in the store and verified copies are kept
    there, so adding articles and re-running gives the clusters of one batch run.
    `progress(stage, done, total)` is called as articles are read ("read") and pairs
    verified ("verify"). `threshold` is a minimum similarity-or-containment for a copy.
    """
    def tick_read() -> None:
        if progress:
            progress("read", 1, None)

    with Store(db) as store:
        eng = Engine(store, keep_articles=False, workers=workers)
        ing = eng.ingest(read_inputs(inputs, options), on_item=tick_read if progress else None,
                         with_credits=False)
        if eng.persistent:
            scope, lengths, dates, matches = eng.store_matches(progress)
        else:
            scope, matches = eng.corpus.ids, eng.corpus_matches(progress)
        if threshold is not None:
            matches = [m for m in matches if m.similarity >= threshold or m.containment >= threshold]
        if eng.persistent:
            clusters = cluster(scope, lengths, matches, dates)
        else:
            clusters = eng.corpus_clusters(matches)
        return DedupResult(ids=ing.ids, clusters=clusters, matches=matches, errors=ing.errors,
                           stats=eng.stats.as_dict())


@dataclass
class TraceResult:
    article: Article
    matches: list[Match]
    relations: dict[str, str]
    lineage: Lineage
    articles: dict[str, Article]
    errors: list[ItemError] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        a = self.article
        matches = []
        for m in self.matches:
            other = self.articles[m.other(a.id)]
            ca, cb = (m.containment_a, m.containment_b) if m.a == a.id else (m.containment_b, m.containment_a)
            matches.append({"id": other.id, "publisher": other.publisher, "title": other.title, "url": other.url,
                            "similarity": round(m.similarity, 4), "containment": round(m.containment, 4),
                            "containment_target": round(ca, 4), "containment_other": round(cb, 4),
                            "relation": self.relations[other.id], "method": m.method,
                            "credits": [c.to_dict() for c in other.credits], "chain": other.chain,
                            "anchors": m.anchors,
                            "passages": [p.to_dict() for p in m.passages]})
        return {"article": {"id": a.id, "url": a.url, "publisher": a.publisher, "title": a.title, "date": a.date,
                            "credits": [c.to_dict() for c in a.credits], "chain": a.chain},
                "matches": matches, "lineage": self.lineage.to_dict(),
                "errors": [e.to_dict() for e in self.errors]}


def trace(target: str, corpus: Sequence[str] = (), options: ReadOptions | None = None, *,
          db: str | None = None) -> TraceResult:
    """The lineage of one article against a corpus (or, without one, the store)."""
    with Store(db) as store:
        eng = Engine(store)
        tgt = eng.ingest(read_inputs([target], options))
        if not tgt.ids:
            reason = "; ".join(e.error for e in tgt.errors) or "no article text"
            raise InputError(f"cannot read {target}: {reason}")
        focus = tgt.ids[0]
        ing = eng.ingest(read_inputs(corpus, options)) if corpus else None
        errors = tgt.errors + (ing.errors if ing else [])
        scope = eng.load_all() if (db not in (None, ":memory:") or not corpus) else list(
            dict.fromkeys([focus, *(ing.ids if ing else [])]))
        mine = eng.matches(scope, focus=focus)
        family = [focus] + [m.other(focus) for m in mine]
        among = [m for m in eng.matches(family, exhaustive=True) if focus not in (m.a, m.b)]
        for m in mine:
            eng.add_passages(m, focus)
        arts = {i: eng.articles[i] for i in family}
        lineage = build_lineage(arts, mine + among, focus=focus)
        relations = _relations(focus, mine, lineage)
        mine.sort(key=lambda m: -m.containment)
        if db not in (None, ":memory:"):
            store.put_edges(lineage.edges)
        return TraceResult(article=eng.articles[focus], matches=mine, relations=relations, lineage=lineage,
                           articles=arts, errors=errors)


def _relations(focus: str, mine: list[Match], lineage: Lineage) -> dict[str, str]:
    """Each match's relation to the target: its source, its copy, a sibling or a translation."""
    rel = {}
    for m in mine:
        other = m.other(focus)
        if m.method == "translation":
            rel[other] = "translation"
            continue
        direct = [e for e in lineage.edges if {e.from_, e.to} == {focus, other}]
        if direct and direct[0].from_ == other:
            rel[other] = "source"
        elif direct:
            rel[other] = "copy"
        else:
            rel[other] = "sibling"
    return rel
