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
and `RULES`, the `CopyRules` every copy decision reads.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np

from tracer.fingerprint import _HASH_BITS, Fingerprint, positional_shingles
from tracer.model import Cluster, Match, Passage


@dataclass(frozen=True)
class CopyRules:
    """Every threshold of the copy decision, in one frozen object (issue 14).

    Saved in the store beside `FingerprintParams` (`Store` re-verifies stored copies
    when they change), so `dedup`, `trace`, `report`, `check`, `feeds` and the Spark
    engine decide with the same numbers. Candidates: LSH pairs sharing `min_bands`
    bins (one for a text under `short_text` shingles) in buckets of at most
    `max_bucket`, whose estimated containment reaches `min_estimated_containment`.
    Verification: `min_containment` of the shorter text's shingles (at least
    `min_shared` of them, and the texts at least `min_story` long), `min_narration`
    of it outside quotation marks. Clustering: `strong_share` and `min_part_share`
    (see `cluster`).
    """

    min_containment: float = 1 / 3      # share of the shorter text found in the other
    min_narration: float = 0.25         # same, counting only shingles outside quotation marks
    min_shared: int = 12                # shingles; below this a "copy" is a phrase
    min_story: int = 8                  # shingles: shorter (a share bar, a lone headline) is no story to copy
    min_estimated_containment: float = 0.2  # LSH estimate below which a candidate is not verified
    short_text: int = 80                # shingles: a text this short fills few bins (one shared key suffices)
    max_bucket: int = 256               # larger LSH buckets are common phrases, ignored
    strong_share: float = 0.3           # each text holds this much of the other: versions of one story
    min_part_share: float = 0.1         # a story with copies of its own joins a host only when it is this much of it
    passage_tokens: int = 8             # a shared passage is at least this long …
    passage_gap: int = 6                # … and runs across gaps of up to this many tokens

    def to_dict(self) -> dict[str, float | int]:
        return dict(self.__dict__)


RULES = CopyRules()
# The names other modules read; each is the field of `RULES`, never a second number.
MIN_CONTAINMENT = RULES.min_containment
MIN_NARRATION = RULES.min_narration
MIN_SHARED = RULES.min_shared
MIN_STORY = RULES.min_story
MIN_ESTIMATED_CONTAINMENT = RULES.min_estimated_containment
STRONG_SHARE = RULES.strong_share
MIN_PART_SHARE = RULES.min_part_share
MIN_PASSAGE_TOKENS = RULES.passage_tokens
MAX_GAP_TOKENS = RULES.passage_gap


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
        if min(self.len_a, self.len_b) < MIN_STORY:
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


_RANK_SHIFT = np.uint64(_HASH_BITS)


def batch_pair_stats(hashes: np.ndarray, narration: np.ndarray, offsets: np.ndarray,
                     a: np.ndarray, b: np.ndarray, chunk: int = 4000) -> list[PairStats]:
    """`PairStats` of many pairs at once over one CSR of per-text sorted unique shingles.

    Per chunk of pairs, the shingles of the chunk's longer sides are keyed
    (rank << `_HASH_BITS` | hash: shingle hashes are `_HASH_BITS` wide), which is sorted already, and the shorter sides are looked up
    in them with one `searchsorted` — the verification of tens of thousands of
    candidate pairs costs a few numpy calls over the texts involved, not over the corpus.
    The pairs of a chunk are taken in the order of their longer side, so the lookups
    walk the keys forwards (a random order cost ten times as much in cache misses).
    """
    offsets = np.asarray(offsets, dtype=np.int64)
    lens = np.diff(offsets)
    out: list[PairStats] = []
    nl_cache: dict[int, int] = {}
    starts = offsets.tolist()

    def narr_len(x: int) -> int:
        v = nl_cache.get(x)
        if v is None:
            v = nl_cache[x] = int(np.count_nonzero(narration[offsets[x]:offsets[x + 1]]))
        return v

    def joined(docs: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        d = docs.tolist()
        if not d:
            return np.zeros(0, np.uint64), np.zeros(0, bool)
        return (np.concatenate([hashes[starts[x]:starts[x + 1]] for x in d]).astype(np.uint64, copy=False),
                np.concatenate([narration[starts[x]:starts[x + 1]] for x in d]))

    for k in range(0, len(a), chunk):
        pa, pb = np.asarray(a[k:k + chunk], dtype=np.int64), np.asarray(b[k:k + chunk], dtype=np.int64)
        a_short = lens[pa] <= lens[pb]
        short, long_ = np.where(a_short, pa, pb), np.where(a_short, pb, pa)
        longs, rank = np.unique(long_, return_inverse=True)
        order = np.argsort(rank, kind="stable")
        short, rank = short[order], rank[order]
        lh, ln = joined(longs)
        keys = (np.repeat(np.arange(len(longs), dtype=np.uint64), lens[longs]) << _RANK_SHIFT) | lh
        sh, sn = joined(short)
        slens = lens[short]
        which = np.repeat(np.arange(len(short)), slens)
        q = (np.repeat(rank.astype(np.uint64), slens) << _RANK_SHIFT) | sh
        if len(keys):
            at = np.searchsorted(keys, q)
            at[at == len(keys)] = 0
            found = keys[at] == q
            # narration on both sides: the shorter's own flag and that of the key it found
            nfound = found & sn & ln[at]
        else:
            found = nfound = np.zeros(len(q), dtype=bool)
        shared = np.empty(len(pa), dtype=np.int64)
        nshared = np.empty(len(pa), dtype=np.int64)
        shared[order] = np.bincount(which, weights=found, minlength=len(pa))
        nshared[order] = np.bincount(which, weights=nfound, minlength=len(pa))
        for x, y, sh_, ns in zip(pa.tolist(), pb.tolist(), shared.tolist(), nshared.tolist(), strict=True):
            out.append(PairStats(sh_, int(lens[x]), int(lens[y]), ns, narr_len(x), narr_len(y)))
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


class _Links:
    """Verified links as per-article maps, with the share of each side found in the other."""

    def __init__(self, ids: list[str], matches: Iterable[Match]):
        self.index = {a: i for i, a in enumerate(ids)}
        self.adj: list[dict[int, Match]] = [{} for _ in ids]
        for m in matches:
            i, j = self.index.get(m.a), self.index.get(m.b)
            if i is None or j is None or i == j:
                continue
            old = self.adj[i].get(j)
            if old is None or (m.containment, m.similarity) > (old.containment, old.similarity):
                self.adj[i][j] = self.adj[j][i] = m

    def cov(self, i: int, j: int) -> float:
        """Share of i's text found in j."""
        m = self.adj[i][j]
        return m.containment_a if self.index[m.a] == i else m.containment_b

    def strong(self, i: int, j: int) -> bool:
        """Each text holds a substantial share of the other: versions of one story, not a part of a page."""
        return min(self.cov(i, j), self.cov(j, i)) >= STRONG_SHARE


class _Groups:
    """Union-find with deterministic roots (the smallest index)."""

    def __init__(self, n: int):
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, i: int, j: int) -> None:
        a, b = self.find(i), self.find(j)
        if a != b:
            self.parent[max(a, b)] = min(a, b)


def _split_by_links(members: list[int], links: _Links) -> list[list[int]]:
    """`members` grouped by the strong links among them (connected components of the induced graph).

    Only strong links count: that one text holds a part of the other (a weak link) does
    not make them one story."""
    g = _Groups(len(members))
    pos = {x: k for k, x in enumerate(members)}
    for k, x in enumerate(members):
        for y in links.adj[x]:
            if y in pos and links.strong(x, y):
                g.union(k, pos[y])
    out: dict[int, list[int]] = {}
    for k, x in enumerate(members):
        out.setdefault(g.find(k), []).append(x)
    return list(out.values())


def cluster(ids: list[str], lengths: list[int], matches: Iterable[Match],
            dates: list[str | None] | None = None) -> list[Cluster]:
    """Clusters: connected components of verified copy links after composite links are cut.

    Why this shape (issue 14): star clustering around one centre splits a wire story
    updated through the day (the first and last versions share little), while plain
    connected components let one page that holds several stories (a digest, a live page,
    a snippet list, a caption or passage many stories share) glue them together. So:

    1. **Versions.** A link is *strong* when each text holds at least `STRONG_SHARE` of
       the other (versions, trimmed and edited copies). Strong links join — except at a
       page whose strong neighbours fall into groups with no strong link between them and whose
       parts cannot overlap (their shares of the page add up to no more than the whole):
       that page is two stories side by side, and keeps only the group that makes up
       most of it. A version between two others shares text with both, so it overlaps.
       But when one of those groups is itself a part of the other (a brief that the
       other group's pages host), the page shares that group's text only through the
       hosted brief: it is a shorter version of the host (a digest, a live page), and
       its link to the brief's group is cut (step 2 may still join that group as a part).
    2. **Parts.** A *weak* link has one side mostly inside the other but small there (a
       brief, a teaser, a snippet inside a story, a story inside a digest). Between the
       groups of step 1, a host group holding parts of two or more groups that are not
       linked to each other is a digest: it keeps the part that makes up most of it, and
       its links to the others are cut. A part joins one host only, the one it is
       most inside (a passage many stories share is a hub, not glue); hosts that are one
       story join through their own links. A part that has copies of its own joins a
       host group only when at least half of that group's members hold it and it makes
       up at least `MIN_PART_SHARE` of a host: a story that one page of another group
       quotes (a brief appended to a story, an item of a roundup) is in that page, not
       in that group's story.
    Every member is related to the representative (the fullest text, then the earliest,
    then input order) when the two were verified, else to the member it was verified
    against (`Cluster.via`).
    """
    n = len(ids)
    links = _Links(ids, matches)
    dates = dates or [None] * n
    groups = _Groups(n)
    kept = [set(_strong_neighbours_kept(c, links)) for c in range(n)]
    for c in range(n):  # 1. versions: a strong link both ends keep
        for j in kept[c]:
            if c in kept[j]:
                groups.union(c, j)
    _join_parts(n, links, groups, lengths)  # 2. parts
    comps: dict[int, list[int]] = {}
    for i in range(n):
        comps.setdefault(groups.find(i), []).append(i)
    clusters: list[Cluster] = []
    for members in comps.values():
        rep = min(members, key=lambda i: (-lengths[i], dates[i] or "~", i))
        cl = Cluster(id="", representative=ids[rep], members=[ids[j] for j in members])
        inside = set(members)
        for j in members:
            if j == rep:
                cl.similarity[ids[j]] = cl.containment[ids[j]] = 1.0
                continue
            m = links.adj[j].get(rep)
            if m is None:
                best = max((k for k in links.adj[j] if k in inside),
                           key=lambda k: (links.adj[j][k].containment, -k), default=None)
                m = links.adj[j][best] if best is not None else None
                if best is not None:
                    cl.via[ids[j]] = ids[best]
            cl.similarity[ids[j]] = m.similarity if m else 0.0
            cl.containment[ids[j]] = m.containment if m else 0.0
        clusters.append(cl)
    clusters.sort(key=lambda cl: links.index[cl.members[0]])
    for k, cl in enumerate(clusters, 1):
        cl.id = f"c{k}"
    return clusters


def cluster_row(cl: Cluster, member: str, cluster_id: str | None = None) -> dict[str, object]:
    """The CONTRACT.md dedup object of one member (every engine writes rows with this)."""
    row: dict[str, object] = {"id": member, "cluster": cluster_id or cl.id, "representative": cl.representative,
                              "similarity": round(cl.similarity.get(member, 0.0), 4),
                              "containment": round(cl.containment.get(member, 0.0), 4), "size": len(cl.members)}
    if member in cl.via:
        row["via"] = cl.via[member]
    return row


def _strong_neighbours_kept(c: int, links: _Links) -> list[int]:
    """The strong neighbours `c` joins: all of them, unless they form unlinked groups whose parts of c
    cannot overlap; then the group that makes up most of c (ties: the fuller link, then the earlier index)."""
    strong = sorted(j for j in links.adj[c] if links.strong(c, j))
    if len(strong) < 2:
        return strong
    parts = _split_by_links(strong, links)
    if len(parts) == 1:
        return strong
    share = [max(links.cov(c, j) for j in p) for p in parts]
    order = sorted(range(len(parts)), key=lambda k: (-share[k], min(parts[k])))
    kept = [order[0]]
    for k in order[1:]:  # a group whose part of c must overlap a kept one's is the same story
        if any(_hosted_in(parts[k], parts[q], links) for q in kept):
            continue  # c shares k's text only through the brief a kept group hosts: a composite link
        if all(share[k] + share[q] > 1.0 for q in kept):
            kept.append(k)
    return sorted(j for k in kept for j in parts[k])


def _hosted_in(small: list[int], big: list[int], links: _Links) -> bool:
    """Some member of `small` is a part of some member of `big` (a weak link, `small`'s side inside)."""
    bs = set(big)
    return any(y in bs and not links.strong(x, y) and links.cov(x, y) > links.cov(y, x)
               for x in small for y in links.adj[x])


def _join_parts(n: int, links: _Links, groups: _Groups, lengths: list[int]) -> None:
    """Step 2 of `cluster`: weak links between the version groups, digests and hubs cut."""
    root = [groups.find(i) for i in range(n)]
    size: dict[int, int] = {}
    for r in root:
        size[r] = size.get(r, 0) + 1
    linked: set[tuple[int, int]] = set()
    hosts: dict[int, dict[int, float]] = {}    # part group -> host group -> best share of the part inside it
    pieces: dict[int, dict[int, float]] = {}   # host group -> part group -> best share of the host it makes
    holders: dict[tuple[int, int], set[int]] = {}  # (part group, host group) -> the host members holding it
    for i in range(n):
        for j in links.adj[i]:
            gi, gj = root[i], root[j]
            if gi == gj:
                continue
            linked.add((gi, gj))
            if links.strong(i, j) or links.cov(i, j) < links.cov(j, i) or (
                    links.cov(i, j) == links.cov(j, i) and lengths[i] > lengths[j]):
                continue  # i is the part; strong links left here were cut in step 1
            hosts.setdefault(gi, {})[gj] = max(hosts.get(gi, {}).get(gj, 0.0), links.cov(i, j))
            pieces.setdefault(gj, {})[gi] = max(pieces.get(gj, {}).get(gi, 0.0), links.cov(j, i))
            holders.setdefault((gi, gj), set()).add(j)

    def unlinked(gs: Iterable[int]) -> bool:
        gs = sorted(gs)
        return any((a, b) not in linked for k, a in enumerate(gs) for b in gs[k + 1:])

    # a digest keeps the part that makes up most of it, and no other
    dominant = {h: max(ps, key=lambda p: (ps[p], -p)) for h, ps in pieces.items() if len(ps) >= 2 and unlinked(ps)}
    joins: list[tuple[int, int]] = []
    for p in sorted(hosts):
        hs = {h: v for h, v in hosts[p].items() if dominant.get(h, p) == p}
        if size[p] > 1:  # a story with copies of its own that one page of a group quotes is not that group's story
            hs = {h: v for h, v in hs.items() if 2 * len(holders[p, h]) >= size[h] and pieces[h][p] >= MIN_PART_SHARE}
        if hs:  # a part joins one host: hosts that are one story join by their own links
            joins.append((p, max(hs, key=lambda h: (hs[h], size[h], -h))))
    for a, b in joins:
        groups.union(a, b)


__all__ = ["MIN_CONTAINMENT", "MIN_NARRATION", "MIN_SHARED", "PairStats", "cluster", "overlap", "pair_stats",
           "passages", "to_match", "verify", "CopyRules", "RULES", "cluster_row"]
