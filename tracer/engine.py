"""The pipeline that joins the stages: read → extract → credits → fingerprint → store → match.

`Engine` owns one store and a compact in-memory `Corpus` of the fingerprints it made in
this run (ids, lengths, dates, signatures, unique shingle sets as flat arrays — no
Article objects unless asked to keep them). Fingerprinting runs on batches, in a pool
of worker processes for large inputs (both cores), in input order.

Two ways to find copies:
* `corpus_matches()` — everything in memory: LSH counts over all signatures at once.
* `store_matches()` — with a store on disk: the new articles' band keys are looked up
  in the store's `bands` table, verified copies are kept in its `copies` table, and
  the clusters are computed over the whole store, so adding articles and re-running
  gives the clusters of one batch run without rebuilding anything.
The public commands in `tracer.api` are thin functions over it.
"""

from __future__ import annotations

import ctypes
import multiprocessing
import os
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field

import numpy as np

from tracer.aligned import aligned_containment, aligned_match, needs_alignment
from tracer.boilerplate import SiteJudge, rejudged, site_key
from tracer.fingerprint import (
    DEFAULT_PARAMS,
    Fingerprint,
    FingerprintParams,
    MinHasher,
    ShingleBatch,
    fingerprints,
    story_text,
)
from tracer.index import MAX_BUCKET, SHORT_TEXT, band_keys, candidate_pairs, estimated_containment
from tracer.match import (
    MIN_ESTIMATED_CONTAINMENT,
    PairStats,
    batch_pair_stats,
    cluster,
    pair_stats,
    passages,
    to_match,
    verify,
)
from tracer.model import Article, Cluster, ItemError, Match, Passage
from tracer.procs import die_with_parent
from tracer.store import Store, signature_basis

BATCH = 500
PARALLEL_AFTER = BATCH   # articles past which worker processes are worth starting
EXHAUSTIVE_FOCUS = 20_000
Progress = Callable[[str, int, int | None], None]


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


@dataclass
class Corpus:
    """Fingerprints of this run's articles, in flat arrays (a few bytes per shingle)."""

    ids: list[str] = field(default_factory=list)
    index: dict[str, int] = field(default_factory=dict)
    dates: list[str | None] = field(default_factory=list)
    stories: dict[str, str] = field(default_factory=dict)
    texts: list[str] = field(default_factory=list)  # raw texts, for aligning short pages (`tracer.aligned`)
    sites: list[str] = field(default_factory=list)  # publisher, else host: for site boilerplate (`tracer.boilerplate`)
    _sigs: list[np.ndarray] = field(default_factory=list)
    _batches: list[ShingleBatch] = field(default_factory=list)
    _where: list[tuple[int, int]] = field(default_factory=list)
    _flat: tuple[np.ndarray, np.ndarray, np.ndarray] | None = None

    def add(self, ids: list[str], dates: list[str | None], batch: ShingleBatch, sigs: np.ndarray,
            texts: list[str] | None = None, sites: list[str] | None = None) -> list[int]:
        """Add a batch; returns the corpus positions of its articles (duplicates keep the first)."""
        b = len(self._batches)
        self._batches.append(batch)
        self._sigs.append(sigs)
        out = []
        for k, (aid, date) in enumerate(zip(ids, dates, strict=True)):
            if aid in self.index:
                out.append(self.index[aid])
                continue
            self.index[aid] = len(self.ids)
            out.append(len(self.ids))
            self.ids.append(aid)
            self.dates.append(date)
            self.texts.append(texts[k] if texts is not None else "")
            self.sites.append(sites[k] if sites is not None else "")
            self._where.append((b, k))
        return out

    def __len__(self) -> int:
        return len(self.ids)

    def shingles(self, i: int) -> tuple[np.ndarray, np.ndarray]:
        b, k = self._where[i]
        sb = self._batches[b]
        return sb.get(k), sb.get_narration(k)

    def length(self, i: int) -> int:
        b, k = self._where[i]
        o = self._batches[b].offsets
        return int(o[k + 1] - o[k])

    def lengths(self) -> np.ndarray:
        return np.fromiter((self.length(i) for i in range(len(self.ids))), dtype=np.int64, count=len(self.ids))

    def flat(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """All unique shingles, their narration marks and the CSR offsets, in corpus order."""
        if self._flat is not None and len(self._flat[2]) == len(self.ids) + 1:
            return self._flat
        if len(self._where) == sum(len(b) for b in self._batches):  # no duplicate ids: concatenate
            h = np.concatenate([b.hashes for b in self._batches]) if self._batches else np.zeros(0, np.uint64)
            q = np.concatenate([b.narration for b in self._batches]) if self._batches else np.zeros(0, bool)
            lens = np.concatenate([b.lengths() for b in self._batches]) if self._batches else np.zeros(0, np.int64)
        else:
            parts = [self.shingles(i) for i in range(len(self.ids))]
            h = np.concatenate([p[0] for p in parts])
            lens = np.fromiter((self.length(i) for i in range(len(self.ids))), dtype=np.int64)
            q = np.concatenate([self._batches[b].narration[self._batches[b].offsets[k]:self._batches[b].offsets[k + 1]]
                                for b, k in self._where])
        self._flat = (h, q, np.concatenate(([0], np.cumsum(lens))).astype(np.int64))
        return self._flat

    def signatures(self) -> np.ndarray:
        if not self._where:
            return np.zeros((0, DEFAULT_PARAMS.num_perm), dtype=np.uint32)
        rows = np.fromiter((b for b, _k in self._where), dtype=np.int64, count=len(self._where))
        cols = np.fromiter((k for _b, k in self._where), dtype=np.int64, count=len(self._where))
        out = np.empty((len(self._where), self._sigs[0].shape[1]), dtype=np.uint32)
        for b, s in enumerate(self._sigs):
            sel = rows == b
            out[sel] = s[cols[sel]]
        return out


def tune_malloc() -> None:
    """Keep large numpy temporaries on the heap instead of fresh mmaps (glibc only).

    Above glibc's mmap threshold each temporary array is mapped, page-faulted in and
    unmapped again; over a large input that was ~15 % of a dedup's time, in the kernel
    (measured: 10k articles, 1.29 s → 0.74 s of system time, wall −13 %). Freed memory
    up to 256 MB stays with the process for reuse. A no-op where mallopt is missing.
    """
    if not sys.platform.startswith("linux"):
        return
    try:
        libc = ctypes.CDLL(None)
        mallopt = libc.mallopt
    except (OSError, AttributeError):
        return
    for param, value in ((-3, 256 << 20), (-1, 256 << 20), (-2, 64 << 20)):  # MMAP_THRESHOLD, TRIM, TOP_PAD
        mallopt(ctypes.c_int(param), ctypes.c_int(value))


def credit(item: Article) -> None:
    """Attach the credits to one article; a parser failure becomes an error of that article.

    The parser loads on first use: `dedup` without a store never parses credits."""
    from tracer.credits import attach_credits

    try:
        attach_credits(item)
    except Exception as exc:  # a parser bug must not lose the article
        item.errors.append(ItemError(item.id, f"credit parsing failed: {type(exc).__name__}: {exc}"))


def _fingerprint_worker(texts: list[str], params: FingerprintParams) -> tuple[ShingleBatch, np.ndarray]:
    return fingerprints([story_text(t) for t in texts], MinHasher(params))


class Engine:
    batch_size = BATCH  # articles per fingerprint batch and per ingest transaction

    def __init__(self, store: Store, params: FingerprintParams = DEFAULT_PARAMS, *,
                 keep_articles: bool = True, workers: int | None = None):
        self.store = store
        self.params = params
        self.hasher = MinHasher(params)
        self.keep_articles = keep_articles
        self.workers = workers if workers is not None else min(2, os.cpu_count() or 1)
        self.persistent = store.path != ":memory:"
        if self.persistent:  # band keys are random B-tree inserts: give SQLite a real page cache
            store.db.execute("PRAGMA cache_size=-131072")
            store.db.execute("PRAGMA temp_store=MEMORY")
        self.articles: dict[str, Article] = {}
        self.corpus = Corpus()
        self.new_rids: list[int] = []
        self.rid_of: dict[str, int] = {}
        self._fps: dict[str, Fingerprint] = {}
        self._pool: ProcessPoolExecutor | None = None
        self.stats = Stats()

    # -- ingest ------------------------------------------------------------------------
    def prepare(self, items: Iterable[Article | ItemError], with_credits: bool = True) -> Iterator[Article | ItemError]:
        """Attach credits to every article (when asked); errors pass through."""
        for item in items:
            if isinstance(item, ItemError):
                self.stats.failed += 1
                yield item
                continue
            self.stats.read += 1
            if with_credits:
                credit(item)
            yield item

    def ingest(self, items: Iterable[Article | ItemError], on_item: Callable[[], None] | None = None,
               with_credits: bool = True) -> Ingested:
        """Fingerprint articles in batches (in worker processes for large inputs) and store them.

        Credits are parsed when asked (and always when the store is on disk, since the
        store keeps them). The fingerprint never depends on them, so a run with or
        without a store finds the same copies.
        """
        out = Ingested()
        batch: list[Article] = []
        pending: deque[tuple[list[Article], Future[tuple[ShingleBatch, np.ndarray]] | None]] = deque()
        held: list[Article] = []
        seen = 0
        try:
            for item in self.prepare(items, with_credits or self.persistent):
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
                seen += 1
                if len(batch) >= self.batch_size:
                    if seen <= self.batch_size:  # the first batch waits: is the input large?
                        held, batch = batch, []
                        continue
                    if held:  # a second batch: the first goes to the workers too, when worth it
                        pending.append(self._submit(held, parallel=seen > PARALLEL_AFTER))
                        held = []
                    pending.append(self._submit(batch, parallel=seen > PARALLEL_AFTER))
                    batch = []
                    while len(pending) > 2 * max(1, self.workers):
                        self._collect(*pending.popleft())
            large = seen > PARALLEL_AFTER
            if held:
                pending.append(self._submit(held, parallel=large))
            if batch:
                pending.append(self._submit(batch, parallel=large and len(pending) > 0))
            while pending:
                self._collect(*pending.popleft())
        finally:
            if self._pool is not None:
                self._pool.shutdown(cancel_futures=True)
                self._pool = None
        return out

    def _submit(self, batch: list[Article], parallel: bool,
                ) -> tuple[list[Article], Future[tuple[ShingleBatch, np.ndarray]] | None]:
        if self.persistent:
            batch = self._skip_unchanged(batch)
            if not batch:
                return batch, None
        if parallel and self.workers > 1:
            if self._pool is None:
                tune_malloc()  # before the fork: the workers inherit it
                ctx = multiprocessing.get_context("fork")
                self._pool = ProcessPoolExecutor(self.workers, mp_context=ctx, initializer=die_with_parent,
                                                 initargs=(os.getpid(),))  # a killed dedup leaves no workers
            return batch, self._pool.submit(_fingerprint_worker, [a.text for a in batch], self.params)
        return batch, None

    def _skip_unchanged(self, batch: list[Article]) -> list[Article]:
        """Resume: drop the articles the store already holds with the same signature
        basis (the fingerprint reads the text only): they are not fingerprinted again,
        and not written again unless their metadata or credits changed. An id given
        twice in one batch counts with its last version."""
        batch = list({a.id: a for a in batch}.values())
        known = self.store.lookup(a.id for a in batch)
        todo = []
        for art in batch:
            stored = known.get(art.id)
            if stored is not None and stored[2] == signature_basis(art.text, ()):
                if stored[1] != Store.record_hash(art):  # metadata or credits changed, not the text
                    with self.store.transaction():
                        self.store.put_article(art)
                self.rid_of[art.id] = stored[0]
                if self.keep_articles:
                    self.articles.setdefault(art.id, art)
                self.stats.unchanged += 1
            else:
                todo.append(art)
        return todo

    def _collect(self, batch: list[Article], fut: Future[tuple[ShingleBatch, np.ndarray]] | None) -> None:
        if not batch:
            return
        stories = [story_text(a.text) for a in batch] if fut is None or self.keep_articles else []
        sb, sigs = fut.result() if fut is not None else fingerprints(stories, self.hasher)
        pos = self.corpus.add([a.id for a in batch], [a.date for a in batch], sb, sigs,
                              None if self.persistent else [a.text for a in batch],
                              [site_key(a.publisher, a.url) for a in batch])
        if self.keep_articles:
            for a, story in zip(batch, stories, strict=True):
                self.articles.setdefault(a.id, a)
                self.corpus.stories.setdefault(a.id, story)
        if self.persistent:
            self._write(batch, pos)

    def _write(self, batch: list[Article], pos: list[int]) -> None:
        """One batch in one transaction, so a killed run leaves whole batches only.

        A re-run resumes: an article stored with the same record (text, metadata,
        credits) is not written again, and one whose signature basis is unchanged keeps
        its signature and bands.
        """
        keys = band_keys(np.stack([self._sig(i) for i in pos]), self.params)
        known = self.store.lookup(a.id for a in batch)
        sig_rows = []
        with self.store.transaction():
            for art, i, k in zip(batch, pos, keys, strict=True):
                basis = signature_basis(art.text, ())
                stored = known.get(art.id)
                if stored is not None and stored[1] == Store.record_hash(art) and stored[2] == basis:
                    self.rid_of[art.id] = stored[0]
                    self.stats.unchanged += 1
                    continue
                rid, changed = self.store.put_article(art)
                self.rid_of[art.id] = rid
                if changed or stored is None or stored[2] != basis:
                    sig_rows.append((rid, self._sig(i), self.corpus.length(i), k, basis))
                    self.store.forget_copies(rid)
                    self.new_rids.append(rid)
                    self.stats.stored += 1
                else:
                    self.stats.unchanged += 1
            self.store.put_signatures([r[:4] for r in sig_rows])
            self.store.set_signature_basis([(r[4], r[0]) for r in sig_rows])

    def _sig(self, i: int) -> np.ndarray:
        b, k = self.corpus._where[i]
        return self.corpus._sigs[b][k]

    # -- per-article fingerprints (trace) ------------------------------------------------
    def fingerprint(self, art: Article) -> Fingerprint:
        self.articles.setdefault(art.id, art)
        fp = self._fps.get(art.id)
        if fp is None:
            i = self.corpus.index.get(art.id)
            story = self.corpus.stories.get(art.id) if i is not None else None
            if i is not None and story is not None:
                sh, narr = self.corpus.shingles(i)
                fp = Fingerprint(text=story, shingles=sh, narration=narr, signature=self._sig(i),
                                 n=self.params.shingle)
            else:
                from tracer.fingerprint import fingerprint

                fp = fingerprint(art.text, None, self.hasher)
            self._fps[art.id] = fp
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
        if focus is not None:
            fi = ids.index(focus)
            if len(ids) <= EXHAUSTIVE_FOCUS:
                pairs = [(min(fi, j), max(fi, j)) for j in range(len(ids)) if j != fi]
            else:
                a, b, _c = candidate_pairs(band_keys(np.stack([f.signature for f in fps]), self.params),
                                           self.params.min_bands)
                pairs = [(int(x), int(y)) for x, y in zip(a, b, strict=True) if fi in (x, y)]
        elif exhaustive:
            pairs = [(i, j) for i in range(len(ids)) for j in range(i + 1, len(ids))]
        else:
            a, b, _c = candidate_pairs(band_keys(np.stack([f.signature for f in fps]), self.params),
                                       self.params.min_bands)
            pairs = list(zip(a.tolist(), b.tolist(), strict=True))
        self.stats.candidates += len(pairs)
        out = [m for i, j in pairs if (m := verify(ids[i], fps[i], ids[j], fps[j])) is not None]
        out = self._judge_matches(ids, fps, out)
        self.stats.verified += len(out)
        return out

    def _judge_matches(self, ids: list[str], fps: list[Fingerprint], found: list[Match]) -> list[Match]:
        """`found` among `ids` with each site's boilerplate discounted (`tracer.boilerplate`)."""
        judge = SiteJudge({k: site_key(self.articles[a].publisher, self.articles[a].url) for k, a in enumerate(ids)},
                          lambda k: (fps[k].shingles, fps[k].narration))
        pos = {a: k for k, a in enumerate(ids)}
        return [m for _i, _j, _t, m in rejudged(((pos[m.a], pos[m.b], None, m) for m in found), judge)]

    def corpus_matches(self, progress: Progress | None = None) -> list[Match]:
        """Verified copies among all articles of this run (no store): LSH counts, estimate, exact check."""
        c = self.corpus
        if len(c) < 2:
            return []
        sigs = c.signatures()
        lengths = c.lengths()
        a, b, shared = candidate_pairs(band_keys(sigs, self.params), self.params.min_bands, MAX_BUCKET, lengths)
        est = estimated_containment(shared, lengths[a], lengths[b], self.params.num_perm)
        keep = est >= MIN_ESTIMATED_CONTAINMENT
        a, b = a[keep], b[keep]
        self.stats.candidates += len(a)
        if progress:
            progress("verify", 0, len(a))
        flat, narr, offsets = c.flat()
        judge = SiteJudge(dict(enumerate(c.sites)), c.shingles)
        out = []
        for i, j, st in zip(a.tolist(), b.tolist(), batch_pair_stats(flat, narr, offsets, a, b), strict=True):
            if st.is_copy():
                if (left := judge.judge(i, j, st)) is not None:
                    out.append(to_match(c.ids[i], c.ids[j], left))
            elif needs_alignment(st) and (m := aligned_match(c.ids[i], c.texts[i], c.ids[j], c.texts[j], st,
                                                             stories=False)):
                out.append(m)
        if progress:
            progress("verify", len(a), len(a))
        self.stats.verified += len(out)
        return out

    def store_matches(self, progress: Progress | None = None) -> tuple[list[str], list[int], list[str | None], list[Match]]:
        """Verify the new articles' candidates from the store's bands; return the whole store's copy graph."""
        st = self.store
        todo = st.unsearched()  # this run's new articles, and any stored without a search (trace)
        cands = st.band_candidates(todo, self.params.min_bands, MAX_BUCKET, SHORT_TEXT)
        lengths = st.signature_lengths([r for p in cands for r in p[:2]])
        rows = []
        keep = []
        for ra, rb, shared in cands:
            est = estimated_containment(np.array([shared]), np.array([lengths[ra]]), np.array([lengths[rb]]),
                                        self.params.num_perm)[0]
            if est >= MIN_ESTIMATED_CONTAINMENT:
                keep.append((ra, rb))
        self.stats.candidates += len(keep)
        shingles = self._shingles_for({r for p in keep for r in p})
        short = []
        for k, (ra, rb) in enumerate(keep):
            if progress and k % 2000 == 0:
                progress("verify", k, len(keep))
            ps = pair_stats(*shingles[ra], *shingles[rb])
            if ps.is_copy():
                rows.append(_copy_row(ra, rb, ps))
            elif needs_alignment(ps):
                short.append((ra, rb, ps))
        texts = st.texts({r for ra, rb, _p in short for r in (ra, rb)}) if short else {}
        for ra, rb, ps in short:
            if (m := aligned_match(str(ra), texts[ra], str(rb), texts[rb], ps, stories=False)) is not None:
                rows.append((ra, rb, m.similarity, m.containment_a, m.containment_b))
        rows = self._judge_sites(rows, todo)
        self.stats.verified += len(rows)
        st.put_copies(rows, searched=todo)
        return st.copy_graph()

    def _judge_sites(self, rows: list[tuple[int, int, float, float, float]], todo: list[int],
                     ) -> list[tuple[int, int, float, float, float]]:
        """Site boilerplate with a store (`tracer.boilerplate`): this run's same-site copies, and the
        stored copies of the sites this run added to, judged against every stored page of their site.

        Stored copies are judged again because a new page of a site can be the witness that
        makes a passage two older pages share that site's boilerplate; so the store keeps the
        copies one batch run over the same articles finds (witnesses only grow with the store).
        """
        st = self.store
        sites = st.site_keys(site_key)
        touched = {sites[r] for r in todo if sites.get(r)}
        if not touched:
            return rows
        new = {(ra, rb) for ra, rb, *_ in rows}

        def in_scope(ra: int, rb: int) -> bool:  # both have a site, and this run added to one of them
            return bool(sites.get(ra)) and bool(sites.get(rb)) and (sites[ra] in touched or sites[rb] in touched)

        judged = [(ra, rb) for ra, rb in new if in_scope(ra, rb)]
        judged += [(ra, rb) for ra, rb in st.copy_pairs() if (ra, rb) not in new and in_scope(ra, rb)]
        if not judged:
            return rows
        need = {sites[r] for pair in judged for r in pair}
        members = {r: s for r, s in sites.items() if s in need}
        shingles = self._shingles_for(set(members))
        judge = SiteJudge(members, shingles.__getitem__)
        drop, redo = set(), {}
        for ra, rb in judged:
            ps = pair_stats(*shingles[ra], *shingles[rb])
            if not ps.is_copy():
                continue  # an aligned short page is left as it is
            left = judge.judge(ra, rb, ps)
            if left is None:
                drop.add((ra, rb))
            elif left is not ps:
                redo[ra, rb] = _copy_row(ra, rb, left)
        if drop - new:
            st.drop_copies(sorted(drop - new))
        old = [row for pair, row in redo.items() if pair not in new]
        if old:
            st.put_copies(old)
        return [redo.get((r[0], r[1]), r) for r in rows if (r[0], r[1]) not in drop]

    def _shingles_for(self, rids: set[int]) -> dict[int, tuple[np.ndarray, np.ndarray]]:
        """Shingle sets of stored articles: from this run when fingerprinted here, else from their stored text."""
        out: dict[int, tuple[np.ndarray, np.ndarray]] = {}
        by_rid = {r: self.corpus.index[a] for a, r in self.rid_of.items() if a in self.corpus.index}
        missing = []
        for r in rids:
            if r in by_rid:
                out[r] = self.corpus.shingles(by_rid[r])
            else:
                missing.append(r)
        for k in range(0, len(missing), BATCH):
            chunk = missing[k:k + BATCH]
            texts = self.store.texts(chunk)
            sb, _sigs = fingerprints([story_text(texts[r]) for r in chunk], self.hasher)
            for j, r in enumerate(chunk):
                out[r] = (sb.get(j), sb.get_narration(j))
        return out

    def add_passages(self, m: Match, target: str) -> Match:
        """Fill in the shared passages of a match, with `target` as the first side."""
        other = m.other(target)
        fa, fb = self.fingerprint(self.articles[target]), self.fingerprint(self.articles[other])
        if m.method == "aligned":  # a short page: its aligned segments are the evidence
            short_first = len(fa.shingles) <= len(fb.shingles)
            al = aligned_containment(fa.text, fb.text) if short_first else aligned_containment(fb.text, fa.text)
            m.passages = al.passages if short_first else [
                Passage(target=p.other, other=p.target, kind=p.kind, score=p.score) for p in al.passages]
            return m
        m.passages = passages(fa, self.articles[target].text, fb, self.articles[other].text, self.params.shingle)
        return m

    def copies(self, progress: Progress | None = None, threshold: float | None = None,
               ) -> tuple[list[str], list[Match], list[Cluster]]:
        """The one copy-finding path every command takes: candidates → verify → clusters.

        In memory: LSH over this run's signatures; with a store on disk: this run's new
        articles against the store's bands, clustered over the whole store. Returns the
        ids in scope, the verified copies and the clusters. `threshold` drops copies whose
        similarity and containment are both below it (before clustering).
        """
        if self.persistent:
            scope, lengths, dates, matches = self.store_matches(progress)
        else:
            scope, matches = self.corpus.ids, self.corpus_matches(progress)
            lengths, dates = self.corpus.lengths().tolist(), self.corpus.dates
        if threshold is not None:
            matches = [m for m in matches if m.similarity >= threshold or m.containment >= threshold]
        return scope, matches, cluster(scope, lengths, matches, dates)


def _copy_row(ra: int, rb: int, ps: PairStats) -> tuple[int, int, float, float, float]:
    """A verified copy as the store keeps it: (a, b, similarity, containment of a, containment of b)."""
    return ra, rb, _sim(ps), ps.shared / max(1, ps.len_a), ps.shared / max(1, ps.len_b)


def _sim(ps: PairStats) -> float:
    return ps.shared / max(1, ps.len_a + ps.len_b - ps.shared)
