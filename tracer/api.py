"""The public functions behind every CLI command: `credits`, `dedup`, `trace`.

Each takes inputs as CONTRACT.md describes them (paths, URLs, corpora, `-`) and returns
plain result objects whose `to_dict()`/`rows()` give the JSON of the contract.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from tracer.engine import Engine, credit
from tracer.errors import InputError
from tracer.inputs import Input, input_list, read_any, read_one
from tracer.match import cluster_row
from tracer.model import Article, Cluster, ItemError, Lineage, Match, Passage
from tracer.progress import note, stage, staged
from tracer.reports.story import CorpusReport, Story
from tracer.sources import ReadOptions
from tracer.store import Store


def credits(inputs: Iterable[Input], options: ReadOptions | None = None) -> Iterator[Article | ItemError]:
    """Yield every input article with its credits and chain (or an `ItemError`).

    `inputs`: paths, URLs, `Article`s or record dicts (see `tracer.inputs`)."""
    return _credited(read_any(inputs, options))  # refuses a bare string now, not at the first next()


def _credited(items: Iterator[Article | ItemError]) -> Iterator[Article | ItemError]:
    for item in items:
        if isinstance(item, Article):
            credit(item)
        yield item


@dataclass
class DedupResult:
    ids: list[str]
    clusters: list[Cluster]
    matches: list[Match]
    errors: list[ItemError] = field(default_factory=list)
    stats: dict[str, int] = field(default_factory=dict)
    articles: dict[str, Article] = field(default_factory=dict)  # the read articles, with credits (for check)
    translations: list[Match] | None = None  # None: translated copies were not searched for

    def assignment(self) -> dict[str, Cluster]:
        return {m: c for c in self.clusters for m in c.members}

    def rows(self) -> list[dict[str, Any]]:
        """One CONTRACT.md object per input article, in input order."""
        by_id = self.assignment()
        out = []
        for i in self.ids:
            row = cluster_row(by_id[i], i)
            if self.translations is not None:
                row["translations"] = [{"id": m.other(i), "similarity": round(m.similarity, 4),
                                        "anchors": m.anchors[:12]} for m in self.translations if i in (m.a, m.b)]
            out.append(row)
        return out


def dedup(inputs: Iterable[Input], options: ReadOptions | None = None, *, db: str | None = None,
          threshold: float | None = None, progress: Callable[..., None] | None = None,
          workers: int | None = None, translations: bool = False, keep_articles: bool = False) -> DedupResult:
    """Group copies among the inputs (and, with a store on disk, everything already stored).

    Without a store everything stays in memory and credits are not parsed (the
    fingerprint never depends on them). With a store (`db` or `$TRACER_DB`) the new
    articles' LSH band keys are looked up in the store and verified copies are kept
    there, so adding articles and re-running gives the clusters of one batch run.
    `progress(stage, done, total)` is called as articles are read ("read") and pairs
    verified ("verify"). `threshold` is a minimum similarity-or-containment for a copy.
    `translations` also looks for translated copies across languages (anchor alignment;
    slower, so off by default); `keep_articles` keeps the read articles, with their
    credits, in `DedupResult.articles`.
    """
    progress = staged(progress)

    def tick_read() -> None:
        if progress:
            progress("read", 1, None)

    with Store(db) as store:
        keep = keep_articles or translations
        eng = Engine(store, keep_articles=keep, workers=workers)
        ing = eng.ingest(read_any(inputs, with_store(options, store)), on_item=tick_read if progress else None,
                         with_credits=keep)
        stage(progress, "fingerprint", eng.stats.read, eng.stats.read)  # done batch by batch while reading
        scope, matches, clusters = eng.copies(progress, threshold)
        note(progress, "verify", f"{len(matches):,} copies")
        stage(progress, "cluster", len(clusters), len(clusters))
        note(progress, "cluster", f"{sum(1 for c in clusters if len(c.members) > 1):,} with copies")
        found = _translations(eng, [i for i in scope if i in eng.articles], None, matches) if translations else None
        result = DedupResult(ids=ing.ids, clusters=clusters, matches=matches, errors=ing.errors,
                             stats=eng.stats.as_dict(), translations=found)
        if keep:
            result.articles = {i: eng.articles[i] for i in ing.ids if i in eng.articles}
        return result


@dataclass
class TraceResult:
    article: Article
    matches: list[Match]
    relations: dict[str, str]
    lineage: Lineage
    articles: dict[str, Article]
    errors: list[ItemError] = field(default_factory=list)
    passages: dict[tuple[str, str], list[Passage]] = field(default_factory=dict)
    discovery: dict[str, Any] | None = None  # with discover=True: how each source was found (tracer.discovery)

    def story(self) -> Story:
        """The target's family as one `Story`, for the md/html/prov reports."""
        return Story(id=self.article.id, articles=self.articles, lineage=self.lineage,
                     passages=self.passages, focus=self.article.id)

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
                "errors": [e.to_dict() for e in self.errors],
                **({"discovery": self.discovery} if self.discovery is not None else {})}


def trace(target: Input, corpus: Sequence[Input] = (), options: ReadOptions | None = None, *,
          db: str | None = None, discover: bool = False, **discover_options: Any) -> TraceResult:
    """The lineage of one article against a corpus (or, without one, the store).

    `target` is one path, URL, `Article` or record dict; `corpus` a list of them. With
    `discover=True` the corpus is found from the article itself
    (`tracer.discovery.trace_discovered`: credit links, the credited outlets' feeds and
    sitemaps, the store; `discover_options` are its budgets).
    """
    from tracer.lineage import build_lineage  # loaded on first use, like the credit parser

    corpus = input_list(corpus, "corpus")
    if discover:
        from tracer.discovery import trace_discovered

        return trace_discovered(target, options, db=db, corpus=corpus, **discover_options)
    with Store(db) as store:
        eng = Engine(store)
        options = with_store(options, store)
        tgt = eng.ingest(read_one(target, options))
        if not tgt.ids:
            reason = "; ".join(e.error for e in tgt.errors) or "no article text"
            name = target.id if isinstance(target, Article) else target.get("id") if isinstance(target, dict) else target
            raise InputError(f"cannot read {name}: {reason}")
        focus = tgt.ids[0]
        ing = eng.ingest(read_any(corpus, options, "corpus")) if corpus else None
        errors = tgt.errors + (ing.errors if ing else [])
        scope = eng.load_all() if (db not in (None, ":memory:") or not corpus) else list(
            dict.fromkeys([focus, *(ing.ids if ing else [])]))
        mine = eng.matches(scope, focus=focus)
        mine += _translations(eng, scope, focus, mine)  # issue 8: copies in other languages
        family = [focus] + [m.other(focus) for m in mine]
        among = [m for m in eng.matches(family, exhaustive=True) if focus not in (m.a, m.b)]
        for m in mine:
            if m.method != "translation":  # translation matches carry aligned paragraphs already
                eng.add_passages(m, focus)
        arts = {i: eng.articles[i] for i in family}
        lineage = build_lineage(arts, mine + among, focus=focus)
        found = {(focus, m.other(focus)): m.passages for m in mine}
        found.update(_edge_passages(eng, lineage, among))
        relations = _relations(focus, mine, lineage)
        mine.sort(key=lambda m: -m.containment)
        if db not in (None, ":memory:"):
            store.put_edges(lineage.edges)
        return TraceResult(article=eng.articles[focus], matches=mine, relations=relations, lineage=lineage,
                           articles=arts, errors=errors, passages=found)


def _edge_passages(eng: Engine, lineage: Lineage, matches: list[Match],
                   siblings: bool = True) -> dict[tuple[str, str], list[Passage]]:
    """Shared passages of every text edge, keyed (copy, source): the copy is the target side.

    `siblings=False` skips sibling pairs: a corpus report lists them without passages, and
    in a cluster of n copies of one parent there are n²/2 of them (issue 20).
    """
    by_pair = {frozenset((m.a, m.b)): m for m in matches}
    out: dict[tuple[str, str], list[Passage]] = {}
    for e in [*lineage.edges, *(lineage.siblings if siblings else [])]:
        m = by_pair.get(frozenset((e.from_, e.to)))
        if m is None or e.kind not in ("verbatim", "partial"):
            continue
        out[(e.to, e.from_)] = list(eng.add_passages(m, e.to).passages)
    return out


EXHAUSTIVE_FAMILY = 16  # up to this size every pair of a family is verified for its lineage (issue 20)


def report(inputs: Iterable[Input], options: ReadOptions | None = None, *, db: str | None = None,
           threshold: float | None = None, progress: Callable[..., None] | None = None,
           translations: bool = True) -> CorpusReport:
    """The lineage of every story in a corpus: one `Story` per copy cluster of two or more.

    Clusters come from the same matching as `dedup`; within each cluster of up to
    EXHAUSTIVE_FAMILY articles every pair is verified, so the lineage sees intermediaries
    and siblings; a bigger cluster uses the pairs the matching verified (every pair
    would make the report grow with the square of a cluster).
    With `translations` (the default, as `trace` does) translated copies are searched
    across languages and join the story of the article they translate, as `translation`
    edges; a translated pair outside any story becomes a story of its own.
    `progress(stage, done, total)` as for `dedup` (see `tracer.progress`), plus "lineage".
    """
    from tracer.lineage import build_lineage

    progress = staged(progress)
    with Store(db) as store:
        eng = Engine(store)
        # credits only for the articles of a story (below): a corpus is mostly singletons
        ing = eng.ingest(read_any(inputs, options), on_item=(lambda: progress("read", 1, None)) if progress else None,
                         with_credits=False)
        stage(progress, "fingerprint", eng.stats.read, eng.stats.read)
        persistent = db not in (None, ":memory:")
        scope, matches, found = eng.copies(progress, threshold)  # the clusters `dedup` gives, by its path
        extra = _translated_members(eng, scope, found, matches) if translations else {}
        gained = {c.id: [i for i in extra.get(c.id, ([], []))[0] if i not in c.members] for c in found}
        families = [c for c in found if len(c.members) + len(gained[c.id]) >= 2]
        note(progress, "verify", f"{len(matches):,} copies")
        stage(progress, "cluster", len(found), len(found))
        note(progress, "cluster", f"{len(families):,} with copies")
        stories: list[Story] = []
        within: dict[str, list[Match]] = {}
        where = {m: c.id for c in families for m in c.members}
        for m in matches:
            if where.get(m.a) is not None and where.get(m.a) == where.get(m.b):
                within.setdefault(where[m.a], []).append(m)
        for k, c in enumerate(families):
            stage(progress, "lineage", k, len(families))
            members = list(c.members) + gained[c.id]
            for i in members:  # a store's clusters reach articles of earlier runs
                if i not in eng.articles:
                    eng.articles[i] = eng.store.get_article(i)
            if len(c.members) <= EXHAUSTIVE_FAMILY:
                fam = eng.matches(c.members, exhaustive=True)
                if threshold is not None:
                    fam = [m for m in fam if m.similarity >= threshold or m.containment >= threshold]
            else:  # every pair of a big family is n²/2 verifications: the pairs matching found suffice
                fam = within.get(c.id, [])
            tr = extra.get(c.id, ([], []))[1]
            arts = {i: eng.articles[i] for i in members}
            if not persistent:  # a store parsed them on the way in
                for a in arts.values():
                    credit(a)
            lineage = build_lineage(arts, fam + tr)
            passages = _edge_passages(eng, lineage, fam, siblings=False)
            passages.update(_translation_passages(lineage, tr))
            stories.append(Story(id=c.id, articles=arts, lineage=lineage, passages=passages))
            if persistent:
                store.put_edges(lineage.edges)
        stage(progress, "lineage", len(families), len(families))
        return CorpusReport(stories=stories, ids=ing.ids, errors=ing.errors, stats=eng.stats.as_dict())


# -- translated copies (issue 8) ---------------------------------------------------------
def _translated_members(eng: Engine, scope: list[str], clusters: list[Cluster], matches: list[Match]
                        ) -> dict[str, tuple[list[str], list[Match]]]:
    """Cluster id → (articles its story gains, translation matches it shows).

    A translation joins the story of the article it translates (the side in a cluster of
    two or more); between two lone articles it makes the first one's cluster a story; a
    translation between two stories shows in the first one's."""
    found = _translations(eng, [i for i in scope if i in eng.articles], None, matches)
    if not found:
        return {}
    cid = {m: c.id for c in clusters for m in c.members}
    size = {c.id: len(c.members) for c in clusters}
    order = {c.id: k for k, c in enumerate(clusters)}
    out: dict[str, tuple[list[str], list[Match]]] = {}
    for m in found:
        ca, cb = cid.get(m.a), cid.get(m.b)
        if ca is None or cb is None:
            continue
        home = (ca if size[ca] > 1 else cb) if (size[ca] > 1) != (size[cb] > 1) else min(ca, cb, key=order.get)
        gained, shown = out.setdefault(home, ([], []))
        gained.extend(i for i in (m.a, m.b) if cid[i] != home and i not in gained)
        shown.append(m)
    return out


def _translation_passages(lineage: Lineage, found: list[Match]) -> dict[tuple[str, str], list[Passage]]:
    """Aligned paragraphs of every translation edge, keyed (copy, source) like `_edge_passages`."""
    by_pair = {frozenset((m.a, m.b)): m for m in found}
    out: dict[tuple[str, str], list[Passage]] = {}
    for e in lineage.edges:
        m = by_pair.get(frozenset((e.from_, e.to)))
        if m is None or e.kind != "translation":
            continue
        same = m.a == e.to  # passages are a-side first: flip them when the copy is the b side
        out[(e.to, e.from_)] = [p if same else Passage(target=p.other, other=p.target, kind=p.kind, score=p.score)
                                for p in m.passages]
    return out



def _translations(eng: Engine, scope: list[str], focus: str | None, known: list[Match]) -> list[Match]:
    """Translation matches (anchor alignment across languages) not already matched by text."""
    from tracer.crosslingual import translation_matches

    seen = {frozenset((m.a, m.b)) for m in known}
    return [m for m in translation_matches(eng.articles, scope, focus=focus) if frozenset((m.a, m.b)) not in seen]


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


def with_store(options: ReadOptions | None, store: Store) -> ReadOptions:
    """Options whose fetches are logged in `store` and answered from it on HTTP 304."""
    import dataclasses

    opts = options or ReadOptions()
    return opts if opts.store is not None else dataclasses.replace(opts, store=store)
