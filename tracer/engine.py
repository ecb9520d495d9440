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
from tracer.store import Store, signature_basis

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
    batch_size = BATCH  # articles per ingest transaction

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
        """Store articles with their credits and signatures, in one transaction per batch.

        A killed ingest leaves the store at its last committed batch; running it again
        resumes: articles stored with the same content are recognised by id and neither
        written nor fingerprinted again.
        """
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
            if len(batch) >= self.batch_size:
                self._write(batch)
                batch = []
        if batch:
            self._write(batch)
        return out

    def _write(self, batch: list[Article]) -> None:
        """One batch: skip what the store already holds, fingerprint the rest, then write
        everything in one short transaction (fingerprinting happens outside it, so the
        write lock is held only for the inserts)."""
        batch = list({a.id: a for a in batch}.values())  # an id given twice: its last version counts
        known = self.store.lookup(a.id for a in batch)
        todo: list[tuple[Article, str, str]] = []  # (article, record hash, signature basis)
        for art in batch:
            if self.articles.get(art.id) not in (None, art):
                self._fps.pop(art.id, None)  # a new version of an article seen earlier in this run
            self.articles[art.id] = art
            rh, basis = Store.record_hash(art), signature_basis(art.text, art.credits)
            stored = known.get(art.id)
            if stored is not None and stored[1] == rh and stored[2] == basis:
                self.stats.unchanged += 1
                continue
            todo.append((art, rh, basis))
        if not todo:
            return
        need = [(art, basis) for art, _rh, basis in todo if known.get(art.id, (0, None, None))[2] != basis]
        keys = self._band_keys([art for art, _b in need])
        with self.store.transaction():
            for art, _rh, basis in todo:
                rid, _changed = self.store.put_article(art)
                k = keys.get(art.id)
                if k is None and self.store.lookup([art.id])[art.id][2] != basis:
                    k = self._band_keys([art])[art.id]  # another writer changed it since `lookup`
                if k is not None:
                    fp = self.fingerprint(art)
                    self.store.put_signature(rid, fp.signature, len(fp.shingles), k, basis)
                    self.stats.stored += 1
                else:
                    self.stats.unchanged += 1

    def _band_keys(self, arts: list[Article]) -> dict[str, np.ndarray]:
        if not arts:
            return {}
        fps = [self.fingerprint(a) for a in arts]
        keys = band_keys(np.stack([f.signature for f in fps]), self.params)
        return {a.id: k for a, k in zip(arts, keys, strict=True)}

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
