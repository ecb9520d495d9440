"""The pipeline that joins the stages: read → extract → credits → fingerprint → store → match.

`Engine` owns one store and the fingerprints of the articles it has seen in this run.
The public commands in `tracer.api` are thin functions over it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

import numpy as np

from tracer.credits import attach_credits
from tracer.fingerprint import DEFAULT_PARAMS, Fingerprint, FingerprintParams, MinHasher, fingerprint
from tracer.index import band_keys, candidate_pairs
from tracer.match import cluster, passages, verify
from tracer.model import Article, Cluster, ItemError, Match
from tracer.store import Store

BATCH = 500
EXHAUSTIVE_FOCUS = 20_000
EXHAUSTIVE_ALL = 0


@dataclass
class Stats:
    """Per-stage counters, shown in progress and summaries."""

    read: int = 0
    failed: int = 0
    stored: int = 0
    unchanged: int = 0
    candidates: int = 0
    verified: int = 0

    def as_dict(self) -> dict[str, int]:
        return dict(self.__dict__)


@dataclass
class Ingested:
    ids: list[str] = field(default_factory=list)
    errors: list[ItemError] = field(default_factory=list)


class Engine:
    def __init__(self, store: Store, params: FingerprintParams = DEFAULT_PARAMS):
        self.store = store
        self.params = params
        self.hasher = MinHasher(params)
        self.articles: dict[str, Article] = {}
        self._fps: dict[str, Fingerprint] = {}
        self.stats = Stats()

    # -- ingest ------------------------------------------------------------------------
    def prepare(self, items: Iterable[Article | ItemError]) -> Iterator[Article | ItemError]:
        """Attach credits to every article; errors pass through."""
        for item in items:
            if isinstance(item, ItemError):
                self.stats.failed += 1
                yield item
                continue
            self.stats.read += 1
            try:
                attach_credits(item)
            except Exception as exc:  # a parser bug must not lose the article
                item.errors.append(ItemError(item.id, f"credit parsing failed: {type(exc).__name__}: {exc}"))
            yield item

    def ingest(self, items: Iterable[Article | ItemError], on_item: Callable[[], None] | None = None) -> Ingested:
        """Store articles with their credits and signatures, in one transaction per batch."""
        out = Ingested()
        batch: list[Article] = []
        for item in self.prepare(items):
            if on_item:
                on_item()
            if isinstance(item, ItemError):
                out.errors.append(item)
                continue
            out.errors.extend(item.errors)
            if not item.text.strip():
                continue
            out.ids.append(item.id)
            batch.append(item)
            if len(batch) >= BATCH:
                self._write(batch)
                batch = []
        if batch:
            self._write(batch)
        return out

    def _write(self, batch: list[Article]) -> None:
        fps = [self.fingerprint(a) for a in batch]
        keys = band_keys(np.stack([f.signature for f in fps]), self.params)
        with self.store.transaction():
            for art, fp, k in zip(batch, fps, keys, strict=True):
                rid, changed = self.store.put_article(art)
                if changed or not self.store.has_signature(rid):
                    self.store.put_signature(rid, fp.signature, len(fp.shingles), k)
                    self.stats.stored += 1
                else:
                    self.stats.unchanged += 1

    def fingerprint(self, art: Article) -> Fingerprint:
        self.articles[art.id] = art
        fp = self._fps.get(art.id)
        if fp is None:
            fp = self._fps[art.id] = fingerprint(art.text, art.credits, self.hasher)
        return fp

    def load_all(self) -> list[str]:
        """Bring every stored article into this run (for matching against the whole store)."""
        ids = []
        for art in self.store.iter_articles():
            if art.id not in self.articles:
                self.articles[art.id] = art
            ids.append(art.id)
        return ids

    # -- matching ----------------------------------------------------------------------
    def matches(self, ids: list[str], focus: str | None = None, exhaustive: bool = False) -> list[Match]:
        """Verified matches among `ids` (only those involving `focus` when given).

        `exhaustive` verifies every pair instead of LSH candidates: for small families.
        """
        if len(ids) < 2:
            return []
        fps = [self.fingerprint(self.articles[i]) for i in ids]
        keys = band_keys(np.stack([f.signature for f in fps]), self.params)
        if focus is not None:
            # One article against a scope: exact verification against every article is
            # cheap up to tens of thousands and misses no trimmed copy; LSH beyond that.
            fi = ids.index(focus)
            if len(ids) <= EXHAUSTIVE_FOCUS:
                hits = np.arange(len(ids))
            else:
                hits = np.flatnonzero((keys == keys[fi]).any(axis=1))
            pairs = {(min(fi, int(j)), max(fi, int(j))) for j in hits if j != fi}
        elif exhaustive or len(ids) <= EXHAUSTIVE_ALL:
            pairs = {(i, j) for i in range(len(ids)) for j in range(i + 1, len(ids))}
        else:
            pairs = candidate_pairs(keys)
        self.stats.candidates += len(pairs)
        out = []
        for i, j in sorted(pairs):
            m = verify(ids[i], fps[i], ids[j], fps[j])
            if m is not None:
                out.append(m)
        self.stats.verified += len(out)
        return out

    def add_passages(self, m: Match, target: str) -> Match:
        """Fill in the shared passages of a match, with `target` as the first side."""
        other = m.other(target)
        fa, fb = self.fingerprint(self.articles[target]), self.fingerprint(self.articles[other])
        m.passages = passages(fa, self.articles[target].text, fb, self.articles[other].text, self.params.shingle)
        return m

    def clusters(self, ids: list[str], matches: list[Match]) -> list[Cluster]:
        lengths = [len(self.fingerprint(self.articles[i]).shingles) for i in ids]
        dates = [self.articles[i].date for i in ids]
        return cluster(ids, lengths, matches, dates)
