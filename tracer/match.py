"""Verification of candidate pairs, shared passages, and chain-free clustering.

LSH only proposes candidates. A pair becomes a `Match` when the exact containment of
its shingle sets says a substantial part of the shorter text is in the longer one; the
shared passages are then aligned on token positions and mapped back to character
offsets in both texts, marked verbatim or edited.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from rapidfuzz import fuzz

from tracer.fingerprint import Fingerprint
from tracer.model import Cluster, Match, Passage

MIN_CONTAINMENT = 0.4
MIN_SHARED = 12
MIN_PASSAGE_TOKENS = 8
MAX_GAP_TOKENS = 6


@dataclass
class Verified:
    match: Match
    shared: int


def verify(a_id: str, fa: Fingerprint, b_id: str, fb: Fingerprint,
           min_containment: float = MIN_CONTAINMENT, min_shared: int = MIN_SHARED) -> Match | None:
    """A `Match` when enough of the shorter text is shared, else None."""
    sa, sb = fa.shingle_set, fb.shingle_set
    if not sa or not sb:
        return None
    shared = len(sa & sb)
    ca, cb = shared / len(sa), shared / len(sb)
    if shared < min(min_shared, len(sa), len(sb)) or max(ca, cb) < min_containment:
        return None
    return Match(a=a_id, b=b_id, similarity=shared / len(sa | sb), containment_a=ca, containment_b=cb)


def passages(fa: Fingerprint, ta: str, fb: Fingerprint, tb: str, n: int) -> list[Passage]:
    """Shared passages of two texts, with character spans in each (a = target)."""
    if len(fa.shingles) == 0 or len(fb.shingles) == 0:
        return []
    pos_b: dict[int, int] = {}
    for j, h in enumerate(fb.shingles.tolist()):
        pos_b.setdefault(h, j)
    runs: list[list[int]] = []  # [a_start_tok, a_end_tok, b_start_tok, b_end_tok]
    for i, h in enumerate(fa.shingles.tolist()):
        j = pos_b.get(h)
        if j is None:
            continue
        a_end, b_end = i + n, j + n
        if runs and i <= runs[-1][1] + MAX_GAP_TOKENS and 0 <= j - runs[-1][3] + n <= MAX_GAP_TOKENS + n:
            r = runs[-1]
            r[1], r[3] = max(r[1], a_end), max(r[3], b_end)
        else:
            runs.append([i, a_end, j, b_end])
    out = []
    for a0, a1, b0, b1 in runs:
        a1, b1 = min(a1, len(fa.tokens)), min(b1, len(fb.tokens))
        if a1 - a0 < MIN_PASSAGE_TOKENS:
            continue
        sa, ea = fa.tokens[a0][1], fa.tokens[a1 - 1][2]
        sb, eb = fb.tokens[b0][1], fb.tokens[b1 - 1][2]
        toks_a = [t[0] for t in fa.tokens[a0:a1]]
        toks_b = [t[0] for t in fb.tokens[b0:b1]]
        if toks_a == toks_b:
            out.append(Passage(target=(sa, ea), other=(sb, eb), kind="verbatim", score=1.0))
        else:
            score = fuzz.ratio(ta[sa:ea], tb[sb:eb]) / 100.0
            out.append(Passage(target=(sa, ea), other=(sb, eb), kind="edited", score=score))
    return out


def cluster(ids: list[str], lengths: list[int], matches: Iterable[Match],
            dates: list[str | None] | None = None) -> list[Cluster]:
    """Star clustering: each member is verified directly against its cluster's centre.

    Centres are taken greedily: the article with the most verified copies first (ties:
    the fullest text, then the earliest date). Every still-unassigned article that
    matches the centre joins it. Nothing joins through a third article, so weak links
    cannot chain two stories together.
    """
    index = {a: i for i, a in enumerate(ids)}
    adj: dict[int, dict[int, Match]] = {i: {} for i in range(len(ids))}
    for m in matches:
        i, j = index.get(m.a), index.get(m.b)
        if i is None or j is None or i == j:
            continue
        adj[i][j] = m
        adj[j][i] = m
    dates = dates or [None] * len(ids)
    order = sorted(range(len(ids)), key=lambda i: (-len(adj[i]), -lengths[i], dates[i] or "~", i))
    assigned: dict[int, int] = {}
    clusters: list[Cluster] = []
    for c in order:
        if c in assigned:
            continue
        members = [c] + sorted((j for j in adj[c] if j not in assigned), key=lambda j: index[ids[j]])
        for j in members:
            assigned[j] = c
        cl = Cluster(id="", representative=ids[c], members=[ids[j] for j in sorted(members)])
        cl.similarity[ids[c]] = 1.0
        cl.containment[ids[c]] = 1.0
        for j in members[1:]:
            m = adj[c][j]
            cl.similarity[ids[j]] = m.similarity
            cl.containment[ids[j]] = m.containment
        clusters.append(cl)
    clusters.sort(key=lambda cl: index[cl.members[0]])
    for k, cl in enumerate(clusters, 1):
        cl.id = f"c{k}"
    return clusters


def shared_fraction(fa: Fingerprint, fb: Fingerprint) -> float:
    """Containment of the shorter text in the longer one (exact, on shingle sets)."""
    sa, sb = fa.shingle_set, fb.shingle_set
    if not sa or not sb:
        return 0.0
    return len(sa & sb) / min(len(sa), len(sb))


__all__ = ["verify", "passages", "cluster", "shared_fraction"]
