"""Verification of candidate pairs, shared passages, and chain-free clustering.

LSH only proposes candidates. A pair becomes a `Match` when exact containment on the
shingle sets says a substantial part of the shorter text is in the other one *and*
that part is not only quotations: two outlets quoting the same speech share the quotes
but not the narration, so the narration (shingles outside quotation marks) must be
shared too. Shared passages are then aligned on token positions, mapped back to
character offsets in both texts and marked verbatim or edited (rapidfuzz scores the
edited ones).

Public surface (stable): `verify(a_id, fa, b_id, fb)`, `overlap(a, b)`,
`passages(fa, ta, fb, tb, n)`, `cluster(ids, lengths, matches, dates)`,
`shared_fraction(fa, fb)`, and the thresholds below.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np

from tracer.fingerprint import Fingerprint, positional_shingles
from tracer.model import Cluster, Match, Passage

MIN_CONTAINMENT = 0.4     # share of the shorter text found in the other
MIN_NARRATION = 0.25      # same, counting only shingles outside quotation marks
MIN_SHARED = 12           # shingles; below this a "copy" is a phrase
MIN_PASSAGE_TOKENS = 8
MAX_GAP_TOKENS = 6
COMPOSITE_PART = 0.7      # a text this much inside a page is one of its parts …
COMPOSITE_SHARE = 0.15    # … when it also makes this much of the page (not a headline-and-dek teaser)


def overlap(a: np.ndarray, b: np.ndarray) -> int:
    """Size of the intersection of two sorted unique uint64 arrays."""
    if len(a) == 0 or len(b) == 0:
        return 0
    if len(a) > len(b):
        a, b = b, a
    pos = np.searchsorted(b, a)
    pos[pos == len(b)] = 0
    return int(np.count_nonzero(b[pos] == a))


@dataclass(frozen=True)
class PairStats:
    shared: int
    len_a: int
    len_b: int
    narr_shared: int
    narr_a: int
    narr_b: int

    @property
    def containment(self) -> float:
        return self.shared / max(1, min(self.len_a, self.len_b))

    @property
    def narration(self) -> float:
        return self.narr_shared / max(1, min(self.narr_a, self.narr_b))

    def is_copy(self, min_containment: float = MIN_CONTAINMENT, min_shared: int = MIN_SHARED) -> bool:
        if self.len_a == 0 or self.len_b == 0:
            return False
        if self.shared < min(min_shared, self.len_a, self.len_b) or self.containment < min_containment:
            return False
        short_narr = self.narr_a if self.len_a <= self.len_b else self.narr_b
        short_len = min(self.len_a, self.len_b)
        if short_narr < 0.3 * short_len:  # the shorter text is mostly quotes: judge it whole
            return True
        return self.narration >= MIN_NARRATION


def pair_stats(sa: np.ndarray, na: np.ndarray, sb: np.ndarray, nb: np.ndarray) -> PairStats:
    return PairStats(overlap(sa, sb), len(sa), len(sb), overlap(na, nb), len(na), len(nb))


def _gather(offsets: np.ndarray, docs: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Flat positions of all shingles of `docs` (CSR `offsets`), and which entry of `docs` each is."""
    lens = offsets[docs + 1] - offsets[docs]
    total = int(lens.sum())
    pos = np.repeat(offsets[docs], lens) + (np.arange(total) - np.repeat(np.cumsum(lens) - lens, lens))
    return pos, np.repeat(np.arange(len(docs)), lens)


def batch_pair_stats(hashes: np.ndarray, narration: np.ndarray, offsets: np.ndarray,
                     a: np.ndarray, b: np.ndarray, chunk: int = 4000) -> list[PairStats]:
    """`PairStats` of many pairs at once over one CSR of per-text sorted unique shingles.

    Per chunk of pairs, the shingles of the chunk's longer sides are keyed
    (rank << 41 | hash), which is sorted already, and the shorter sides are looked up
    in them with one `searchsorted` — the verification of tens of thousands of
    candidate pairs costs a few numpy calls over the texts involved, not over the corpus.
    """
    offsets = np.asarray(offsets, dtype=np.int64)
    lens = np.diff(offsets)
    out: list[PairStats] = []
    nl_cache: dict[int, int] = {}

    def narr_len(x: int) -> int:
        v = nl_cache.get(x)
        if v is None:
            v = nl_cache[x] = int(np.count_nonzero(narration[offsets[x]:offsets[x + 1]]))
        return v

    for k in range(0, len(a), chunk):
        pa, pb = np.asarray(a[k:k + chunk], dtype=np.int64), np.asarray(b[k:k + chunk], dtype=np.int64)
        a_short = lens[pa] <= lens[pb]
        short, long_ = np.where(a_short, pa, pb), np.where(a_short, pb, pa)
        longs, rank = np.unique(long_, return_inverse=True)
        lpos, lwhich = _gather(offsets, longs)
        keys = (lwhich.astype(np.uint64) << np.uint64(41)) | hashes[lpos].astype(np.uint64)
        pos, which = _gather(offsets, short)
        q = (rank[which].astype(np.uint64) << np.uint64(41)) | hashes[pos].astype(np.uint64)
        if len(keys):
            at = np.searchsorted(keys, q)
            at[at == len(keys)] = 0
            found = keys[at] == q
            # narration on both sides: the shorter's own flag and that of the key it found
            nfound = found & narration[pos] & narration[lpos][at]
        else:
            found = nfound = np.zeros(len(q), dtype=bool)
        shared = np.bincount(which, weights=found, minlength=len(pa)).astype(np.int64)
        nshared = np.bincount(which, weights=nfound, minlength=len(pa)).astype(np.int64)
        for x, y, sh, ns in zip(pa.tolist(), pb.tolist(), shared.tolist(), nshared.tolist(), strict=True):
            out.append(PairStats(sh, int(lens[x]), int(lens[y]), ns, narr_len(x), narr_len(y)))
    return out


def to_match(a_id: str, b_id: str, st: PairStats) -> Match:
    union = st.len_a + st.len_b - st.shared
    return Match(a=a_id, b=b_id, similarity=st.shared / max(1, union),
                 containment_a=st.shared / max(1, st.len_a), containment_b=st.shared / max(1, st.len_b))


def verify(a_id: str, fa: Fingerprint, b_id: str, fb: Fingerprint,
           min_containment: float = MIN_CONTAINMENT, min_shared: int = MIN_SHARED) -> Match | None:
    """A `Match` when a substantial, not-only-quoted part of the shorter text is shared, else None.

    A short page (headline and dek) the exact check refuses is aligned word by word
    (`tracer.aligned`), so a headline-style rewrite of the wire's opening still counts.
    """
    st = pair_stats(fa.shingles, fa.narration, fb.shingles, fb.narration)
    if st.is_copy(min_containment, min_shared):
        return to_match(a_id, b_id, st)
    from tracer.aligned import aligned_match, needs_alignment  # aligned imports this module

    return aligned_match(a_id, fa.text, b_id, fb.text, st) if needs_alignment(st) else None


def passages(fa: Fingerprint, ta: str, fb: Fingerprint, tb: str, n: int) -> list[Passage]:
    """Shared passages of two texts, with character spans in each (a = target).

    Runs of shared shingles in token order are joined across small gaps; a run whose
    tokens are identical on both sides is verbatim, otherwise edited with its
    rapidfuzz similarity as score.
    """
    from rapidfuzz import fuzz  # imported here: only trace needs it

    toks_a, toks_b = fa.tokens, fb.tokens
    pa, pb = positional_shingles(toks_a, n), positional_shingles(toks_b, n)
    if len(pa) == 0 or len(pb) == 0:
        return []
    pos_b: dict[int, int] = {}
    for j, h in enumerate(pb.tolist()):
        pos_b.setdefault(h, j)
    n_eff = min(n, len(toks_a), len(toks_b))
    runs: list[list[int]] = []  # [a_start_tok, a_end_tok, b_start_tok, b_end_tok]
    for i, h in enumerate(pa.tolist()):
        j = pos_b.get(h)
        if j is None:
            continue
        a_end, b_end = i + n_eff, j + n_eff
        if runs and i <= runs[-1][1] + MAX_GAP_TOKENS and 0 <= j - runs[-1][3] + n_eff <= MAX_GAP_TOKENS + n_eff:
            r = runs[-1]
            r[1], r[3] = max(r[1], a_end), max(r[3], b_end)
        else:
            runs.append([i, a_end, j, b_end])
    out = []
    for a0, a1, b0, b1 in runs:
        a1, b1 = min(a1, len(toks_a)), min(b1, len(toks_b))
        if a1 - a0 < MIN_PASSAGE_TOKENS:
            continue
        sa, ea = toks_a[a0][1], toks_a[a1 - 1][2]
        sb, eb = toks_b[b0][1], toks_b[b1 - 1][2]
        if [t[0] for t in toks_a[a0:a1]] == [t[0] for t in toks_b[b0:b1]]:
            out.append(Passage(target=(sa, ea), other=(sb, eb), kind="verbatim", score=1.0))
        else:
            score = fuzz.ratio(ta[sa:ea], tb[sb:eb]) / 100.0
            out.append(Passage(target=(sa, ea), other=(sb, eb), kind="edited", score=score))
    return out


def cluster(ids: list[str], lengths: list[int], matches: Iterable[Match],
            dates: list[str | None] | None = None) -> list[Cluster]:
    """Star clustering without chaining; composites go with their main story.

    1. Centres are chosen greedily — most verified copies first, then the fullest
       text, then the earliest date — and an article adjacent to a chosen centre is
       never a centre itself.
    2. Every other article joins the adjacent centre that shares most of its text.
       Nothing joins through a third article, so weak links cannot chain stories.
    3. A composite page (it holds most of two texts that do not match each other,
       each a substantial share of the page — a teaser of one paragraph and the
       story's second half are two pieces of one story, not two stories) is considered last as a centre, so it cannot pull two stories together; it
       joins the centre of the story that makes up most of it.
    The representative is the fullest member (then the earliest, then input order);
    `similarity`/`containment` relate each member to it when the two were verified,
    else to its centre.
    """
    index = {a: i for i, a in enumerate(ids)}
    n = len(ids)
    adj: list[dict[int, Match]] = [{} for _ in range(n)]
    for m in matches:
        i, j = index.get(m.a), index.get(m.b)
        if i is None or j is None or i == j:
            continue
        adj[i][j] = m
        adj[j][i] = m
    dates = dates or [None] * n

    def cov(i: int, j: int) -> float:
        """Share of i's text found in j."""
        m = adj[i][j]
        return m.containment_a if index[m.a] == i else m.containment_b

    composite = [False] * n
    for c in range(n):
        parts = [a for a in adj[c] if cov(a, c) >= COMPOSITE_PART and cov(c, a) >= COMPOSITE_SHARE]
        if len(parts) >= 2:
            parts = parts[:24]
            composite[c] = any(b not in adj[a] for k, a in enumerate(parts) for b in parts[k + 1:])
    order = sorted(range(n), key=lambda i: (composite[i], -len(adj[i]), -lengths[i], dates[i] or "~", i))
    rank = {c: r for r, c in enumerate(order)}
    centres: set[int] = set()
    for c in order:
        if not any(j in centres for j in adj[c]):
            centres.add(c)
    assigned: dict[int, int] = {c: c for c in centres}
    for i in range(n):
        if i not in centres:
            best = max((j for j in adj[i] if j in centres), key=lambda j: (cov(i, j), -rank[j]))
            assigned[i] = best
    groups: dict[int, list[int]] = {}
    for i in range(n):
        groups.setdefault(assigned[i], []).append(i)
    clusters: list[Cluster] = []
    for centre, members in groups.items():
        rep = min(members, key=lambda i: (-lengths[i], dates[i] or "~", i))
        cl = Cluster(id="", representative=ids[rep], members=[ids[j] for j in members])
        for j in members:
            if j == rep:
                cl.similarity[ids[j]] = cl.containment[ids[j]] = 1.0
                continue
            m = adj[j].get(rep) or adj[j].get(centre)
            cl.similarity[ids[j]] = m.similarity if m else 0.0
            cl.containment[ids[j]] = m.containment if m else 0.0
        clusters.append(cl)
    clusters.sort(key=lambda cl: index[cl.members[0]])
    for k, cl in enumerate(clusters, 1):
        cl.id = f"c{k}"
    return clusters


def shared_fraction(fa: Fingerprint, fb: Fingerprint) -> float:
    """Containment of the shorter text in the longer one (exact, on shingle sets)."""
    if len(fa.shingles) == 0 or len(fb.shingles) == 0:
        return 0.0
    return overlap(fa.shingles, fb.shingles) / min(len(fa.shingles), len(fb.shingles))


__all__ = ["MIN_CONTAINMENT", "MIN_NARRATION", "MIN_SHARED", "PairStats", "cluster", "overlap", "pair_stats",
           "passages", "shared_fraction", "to_match", "verify"]
