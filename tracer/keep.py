"""Which article of each copy cluster to keep: the deduplicated corpus and what it drops.

`tracer dedup` tells which articles are copies; a data team wants the corpus without
them (text-dedup and datatrove write the kept documents and the removed ones). The
clusters come from `api.dedup` unchanged; this module only picks one member per
cluster by a named rule and says, for every other member, which kept id it duplicates.

Rules:
  first     the member read first (input order): reproducible, needs nothing.
  earliest  the member with the earliest publication date (undated members after dated
            ones; ties in input order): the likeliest original.
  longest   the member with the most text (ties in input order): the fullest version.
  credited  a member that declares where its text came from (a source, wire or agency
            credit) before one that does not, then the earliest: the copy that keeps
            the attribution.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import TYPE_CHECKING, Any

from tracer.errors import InputError
from tracer.model import Article, Match
from tracer.records import out_format, source_records, write_records

if TYPE_CHECKING:
    from tracer.api import DedupResult
    from tracer.sources import ReadOptions

KEEP_RULES = ("first", "earliest", "longest", "credited")


def parse_when(value: str | None) -> datetime | None:
    """A date or timestamp string as an aware datetime (UTC when no zone), or None.

    ISO 8601 directly; RFC 822 and other spellings ("May 31, 2019 5:45 PM") through
    dateutil (trafilatura brings it; the standard library's RFC 822 parser is the
    fallback, not the first try: it misreads "5:45 PM").
    """
    if not value or not value.strip():
        return None
    v = value.strip()
    dt: datetime | None = None
    try:
        dt = datetime.fromisoformat(v.replace("Z", "+00:00"))
    except ValueError:
        try:
            from dateutil import parser as du

            dt = du.parse(v)
        except ImportError:  # pragma: no cover - dateutil comes with trafilatura
            dt = None
        except (ValueError, OverflowError, TypeError):
            return None
    if dt is None:
        try:
            dt = parsedate_to_datetime(v)
        except (TypeError, ValueError, IndexError):
            return None
    return dt if dt.tzinfo is not None else dt.replace(tzinfo=UTC)


@dataclass
class Removed:
    """One dropped article: the kept article it duplicates, and how close the two are."""

    id: str
    duplicate_of: str
    cluster: str
    similarity: float | None = None
    containment: float | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "duplicate_of": self.duplicate_of, "cluster": self.cluster,
                "similarity": None if self.similarity is None else round(self.similarity, 4),
                "containment": None if self.containment is None else round(self.containment, 4)}


@dataclass
class Deduplicated:
    """The kept ids (input order, with their cluster) and the removed ones."""

    keep: str
    kept: list[str]
    removed: list[Removed]
    cluster_of: dict[str, str]
    result: DedupResult
    stats: dict[str, int] = field(default_factory=dict)
    written: dict[str, int] = field(default_factory=dict)  # rows written per file kind
    id_field: str = "id"  # the corpus field of the ids, to check a re-read record is the article

    def kept_records(self) -> Iterator[dict[str, Any]]:
        """The kept articles' original records (every column of the input) plus `cluster`."""
        extra = {i: {"cluster": self.cluster_of[i]} for i in self.kept}
        return source_records(self.kept, self.result.articles, extra, self.id_field)

    def removed_records(self) -> Iterator[dict[str, Any]]:
        """The removed articles' original records plus `cluster`, `duplicate_of` and the figures."""
        extra = {r.id: {k: v for k, v in r.to_dict().items() if k != "id"} for r in self.removed}
        return source_records([r.id for r in self.removed], self.result.articles, extra, self.id_field)

    def write(self, kept: str | None = None, removed: str | None = None) -> dict[str, int]:
        """Write the kept corpus and the removed records (JSONL, CSV or Parquet by extension)."""
        for path in (kept, removed):  # an unwritable format fails before anything is written
            if path:
                out_format(path)
        out = {}
        if kept:
            out["kept"] = write_records(kept, self.kept_records())
        if removed:
            out["removed"] = write_records(removed, self.removed_records())
        return out


def _declares_source(art: Article | None) -> bool:
    if art is None:
        return False
    return any(c.role == "source" or c.agency for c in art.credits if c.role != "photo") or len(art.chain) > 1


def _order_key(rule: str, pos: int, art: Article | None) -> tuple[Any, ...]:
    if rule == "first" or art is None:
        return (pos,)
    if rule == "longest":
        return (-len(art.text), pos)
    when = parse_when(art.date)
    dated = (0, when.timestamp()) if when else (1, 0.0)
    if rule == "earliest":
        return (*dated, pos)
    return (0 if _declares_source(art) else 1, *dated, pos)  # credited


def _merge_kept_copies(kept: list[str], removed: list[Removed], arts: dict[str, Article],
                       rank: Callable[[str], tuple[Any, ...]], cluster_of: dict[str, str]) -> set[str]:
    """Cluster the kept articles among themselves; of a cluster only the best by `rank` stays.

    Why a second pass: which pairs become candidates depends on the corpus (an LSH
    bucket crowded by many copies of one story is skipped), so two articles the full
    run never compared can be copies once the crowd is gone, and `dedup` on the kept
    corpus would find them. Each dropped article is removed as a duplicate of the one
    kept, and so are the members that pointed at it. Returns the dropped ids.
    """
    from tracer.engine import Engine
    from tracer.store import Store

    here = [arts[i] for i in kept if i in arts]
    if len(here) < 2:
        return set()
    with Store(":memory:") as store:
        eng = Engine(store, keep_articles=False, workers=1)
        eng.ingest(iter(here), with_credits=False)
        _scope, _matches, clusters = eng.copies()  # what `dedup` on the kept corpus would group
    pairs = [(c.representative, m) for c in clusters for m in c.members if m != c.representative]
    parent = {i: i for i in kept}

    def root(i: str) -> str:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for a, b in pairs:
        if a in parent and b in parent:
            ra, rb = root(a), root(b)
            if ra != rb:
                parent[max(ra, rb, key=rank)] = min(ra, rb, key=rank)
    dropped = {i for i in kept if root(i) != i}
    for i in dropped:
        removed.append(Removed(i, root(i), cluster_of[i]))
    for r in removed:
        if r.duplicate_of in dropped:
            r.duplicate_of = root(r.duplicate_of)
            r.similarity = r.containment = None
    return dropped


def choose_kept(result: DedupResult, keep: str = "first") -> Deduplicated:
    """Pick one article per cluster by `keep` (see KEEP_RULES); every other is removed.

    `result` must hold the articles (`api.dedup(..., keep_articles=True)`) for every rule
    but `first`. A member the rule prefers is passed over (`stats["passed_over"]`) when it
    is a verified copy of an article already kept for another cluster. Articles only in the store (an earlier run) are never kept or removed:
    only this run's inputs are written out.
    """
    if keep not in KEEP_RULES:
        raise InputError(f"unknown keep rule {keep!r}; use one of {', '.join(KEEP_RULES)}")
    pos = {i: k for k, i in reversed(list(enumerate(result.ids)))}
    arts = result.articles
    pairs: dict[frozenset[str], Match] = {frozenset((m.a, m.b)): m for m in result.matches}
    linked: dict[str, set[str]] = {}
    for m in result.matches:
        linked.setdefault(m.a, set()).add(m.b)
        linked.setdefault(m.b, set()).add(m.a)
    kept: set[str] = set()
    removed: list[Removed] = []
    cluster_of: dict[str, str] = {}
    passed_over = 0
    for c in result.clusters:
        here = [m for m in c.members if m in pos]
        if not here:
            continue
        for m in here:
            cluster_of[m] = c.id
        ranked = sorted(here, key=lambda m: _order_key(keep, pos[m], arts.get(m)))
        # Star clusters can put two copies of one text in different clusters (each joined
        # its own centre): skip a member that is a verified copy of one already kept, so
        # the kept corpus holds no copies (`dedup` on it finds none).
        best = next((m for m in ranked if not linked.get(m, set()) & kept), ranked[0])
        passed_over += best != ranked[0]
        kept.add(best)
        for m in here:
            if m == best:
                continue
            match = pairs.get(frozenset((m, best)))
            if match is not None:
                sim, cont = match.similarity, match.containment
            elif best == c.representative:
                sim, cont = c.similarity.get(m), c.containment.get(m)
            else:
                sim = cont = None
            removed.append(Removed(m, best, c.id, sim, cont))
    kept_ids = [i for i in dict.fromkeys(result.ids) if i in kept]
    merged = _merge_kept_copies(kept_ids, removed, arts, lambda m: _order_key(keep, pos[m], arts.get(m)),
                                cluster_of)
    kept_ids = [i for i in kept_ids if i not in merged]
    removed.sort(key=lambda r: pos[r.id])
    return Deduplicated(keep=keep, kept=kept_ids, removed=removed, cluster_of=cluster_of, result=result,
                        stats={"articles": len(pos), "kept": len(kept_ids), "removed": len(removed),
                               "clusters": len({cluster_of[i] for i in kept_ids}), "passed_over": passed_over,
                               "merged": len(merged)})


def deduplicate(inputs: Iterable[str], options: ReadOptions | None = None, *, keep: str = "first",
                out: str | None = None, removed: str | None = None, db: str | None = None,
                threshold: float | None = None, progress: Callable[..., None] | None = None,
                workers: int | None = None) -> Deduplicated:
    """`tracer dedup --keep RULE -o OUT --removed REMOVED` as one call.

    Groups copies with `api.dedup`, keeps one article per cluster by `keep`, and writes
    the kept corpus (original records plus `cluster`) to `out` and the removed ones (plus
    `duplicate_of`) to `removed` when given; JSONL, CSV or Parquet by extension.
    """
    from tracer.api import dedup
    from tracer.sources import ReadOptions

    if keep not in KEEP_RULES:
        raise InputError(f"unknown keep rule {keep!r}; use one of {', '.join(KEEP_RULES)}")
    for path in (out, removed):
        if path:
            out_format(path)
    result = dedup(inputs, options, db=db, threshold=threshold, progress=progress, workers=workers,
                   keep_articles=True)
    d = choose_kept(result, keep)
    d.id_field = (options or ReadOptions()).id_field
    d.written = d.write(out, removed)
    return d
