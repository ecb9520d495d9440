"""LSH banding over all signatures at once, and candidate pairs from shared buckets.

Why counting bands: copies that keep a third of a story have Jaccard ≈ 0.3 but
containment ≈ 1. Classic banding (b bands × r rows, one shared band suffices) needs
r ≥ 4 to stay selective and then misses them. With one-permutation bins as bands
(`rows=1`), the number of shared band keys of two articles is ≈ K·Jaccard, and
requiring `min_bands` (3 of 128) of them finds pairs down to Jaccard ≈ 0.03 — a short
copy inside an article ten times longer — while an unrelated pair rarely shares three.
The estimated containment that follows from the count and the two set sizes then
decides which pairs are worth exact verification (`tracer.match`).

Public surface (stable): `band_keys(signatures, params)`, `bucket_codes(keys)`, `candidate_pairs(keys, ...)`,
`estimated_containment(counts, len_a, len_b, num_perm)`. The same keys are what the
store's `bands` table holds, so incremental runs find the same candidates.
"""

from __future__ import annotations

import numpy as np

from tracer.fingerprint import _GOLD as _MIX
from tracer.fingerprint import FingerprintParams
from tracer.match import RULES

EMPTY_KEY = np.int64(-1)
MAX_BUCKET = RULES.max_bucket
SHORT_TEXT = RULES.short_text  # shingles: a text this short fills few bins, so one shared band key makes a candidate


def band_keys(signatures: np.ndarray, params: FingerprintParams) -> np.ndarray:
    """(n, bands) int64 keys for an (n, num_perm) uint32 signature matrix.

    With one row per band the key is the bin value itself. Rows of an empty text
    (all 0xFFFFFFFF) get `EMPTY_KEY`, which never makes a candidate.
    """
    sig = np.asarray(signatures, dtype=np.uint32)
    n = len(sig)
    if params.rows == 1:
        keys = sig[:, :params.bands].astype(np.int64)
    else:
        s = sig[:, :params.bands * params.rows].astype(np.uint64).reshape(n, params.bands, params.rows)
        acc = np.zeros((n, params.bands), dtype=np.uint64)
        with np.errstate(over="ignore"):
            for r in range(params.rows):
                acc = (acc ^ s[:, :, r]) * _MIX
                acc ^= acc >> np.uint64(31)
        keys = (acc >> np.uint64(1)).astype(np.int64)
    empty = (sig == np.uint32(0xFFFFFFFF)).all(axis=1)
    keys[empty] = EMPTY_KEY
    return keys


def bucket_codes(keys: np.ndarray) -> np.ndarray:
    """One int64 code per (band, key) of an (n, bands) key matrix: a bucket is a code.

    A hash of both (not the pair), so buckets group on one integer column — in numpy
    here and in Spark's shuffle (`tracer.scale.spark`) alike. Entries for `EMPTY_KEY`
    are codes too; callers drop them.
    """
    keys = np.asarray(keys, dtype=np.int64)
    nb = keys.shape[1] if keys.ndim == 2 else 0
    with np.errstate(over="ignore"):
        return ((keys.astype(np.uint64) * _MIX)
                ^ (np.arange(nb, dtype=np.uint64) * np.uint64(0xD6E8FEB86659FD93))).view(np.int64)


def _pairs_in_groups(members: np.ndarray, starts: np.ndarray, sizes: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """All (a, b) pairs inside each group `members[starts[g]:starts[g]+sizes[g]]`, without a Python loop."""
    if len(sizes) == 0:
        return np.zeros(0, np.int64), np.zeros(0, np.int64)
    # the element at local rank p of a group of size s pairs with the s-1-p elements after it
    pos = np.arange(int(sizes.sum())) - np.repeat(np.cumsum(sizes) - sizes, sizes)
    glob = np.repeat(starts, sizes) + pos
    counts = np.repeat(sizes, sizes) - 1 - pos
    left = np.repeat(glob, counts)
    off = np.arange(int(counts.sum())) - np.repeat(np.cumsum(counts) - counts, counts)
    return members[left], members[left + 1 + off]


def _grouped_exact(keys: np.ndarray) -> tuple[np.ndarray, np.ndarray] | None:
    """Bucket members sorted by bucket, then index: (bucket id, member) — the grouping of the
    bucket codes, without their stable argsort.

    With one row per band a key is a 32-bit bin value, so (band, key, index) packs into one
    int64 whose plain sort (SIMD; a tenth of a stable argsort) groups the buckets with
    their members in index order. A bucket is a (band, key) here and a code elsewhere (the
    store, Spark): the two groupings agree unless two buckets share a code, which is
    checked (distinct codes = distinct buckets). None when keys are hashes of several rows,
    the corpus is too large to pack, or codes collide: the caller sorts the codes.
    """
    n, nb = keys.shape
    flat = keys.ravel()
    live = np.flatnonzero(flat != EMPTY_KEY)
    if len(live) == 0:
        return None
    kv = flat[live]
    band_bits, doc_bits = max(1, (nb - 1).bit_length()), max(1, (n - 1).bit_length())
    if 32 + band_bits + doc_bits > 63 or kv.min() < 0 or kv.max() >= 1 << 32:
        return None
    if nb & (nb - 1) == 0:  # a power of two (the default): a mask and a shift
        band, doc = live & (nb - 1), live >> (nb.bit_length() - 1)
    else:
        band, doc = live % nb, live // nb
    packed = (((band << 32) | kv) << doc_bits) | doc
    packed.sort()
    bucket = packed >> doc_bits
    codes = np.sort(bucket_codes(keys).ravel()[live])
    if np.count_nonzero(codes[1:] != codes[:-1]) != np.count_nonzero(bucket[1:] != bucket[:-1]):
        return None
    return bucket, packed & ((1 << doc_bits) - 1)


def candidate_pairs(keys: np.ndarray, min_bands: int = 1, max_bucket: int = MAX_BUCKET,
                    lengths: np.ndarray | None = None, short: int = SHORT_TEXT,
                    ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Index pairs (i < j) sharing at least `min_bands` band keys, with their counts.

    With `lengths` (shingle counts), a pair whose shorter text has fewer than `short`
    shingles needs one shared key only: a headline-and-standfirst page inside a long
    article fills too few bins to reach `min_bands`.

    Buckets larger than `max_bucket` are common phrases: they are ignored (as the
    store's `band_candidates` ignores them, so runs with and without a store agree).
    A family of more than `max_bucket` near-identical copies therefore needs its other
    bins to stay under the cap — a known limit.
    Returns arrays (i, j, shared) sorted by (i, j).
    """
    keys = np.asarray(keys, dtype=np.int64)
    n, nb = keys.shape if keys.ndim == 2 else (0, 0)
    if n < 2:
        z = np.zeros(0, np.int64)
        return z, z, z
    grouped = _grouped_exact(keys)
    if grouped is None:
        doc = np.repeat(np.arange(n, dtype=np.int64), nb)
        packed = bucket_codes(keys).ravel()
        live = keys.ravel() != EMPTY_KEY
        # one stable argsort groups the buckets and keeps each bucket's members in index order
        packed, doc = packed[live], doc[live]
        order = np.argsort(packed, kind="stable")
        k, doc = packed[order], doc[order]
    else:
        k, doc = grouped
    new = np.ones(len(k), dtype=bool)
    new[1:] = k[1:] != k[:-1]
    starts = np.flatnonzero(new)
    sizes = np.diff(np.concatenate((starts, [len(k)])))
    small = (sizes > 1) & (sizes <= max_bucket)
    a, b = _pairs_in_groups(doc, starts[small], sizes[small])
    code = np.minimum(a, b) * n + np.maximum(a, b)
    uniq, counts = np.unique(code, return_counts=True)
    i, j = uniq // n, uniq % n
    keep = counts >= min_bands
    if lengths is not None:
        lengths = np.asarray(lengths)
        keep |= np.minimum(lengths[i], lengths[j]) < short
    return i[keep], j[keep], counts[keep].astype(np.int64)


def estimated_containment(shared: np.ndarray, len_a: np.ndarray, len_b: np.ndarray,
                          num_perm: int) -> np.ndarray:
    """Containment of the smaller set implied by `shared` equal bins of `num_perm`.

    J ≈ shared/K, and |A∩B| = J·(|A|+|B|)/(1+J).
    """
    j = np.asarray(shared, dtype=np.float64) / num_perm
    la, lb = np.asarray(len_a, dtype=np.float64), np.asarray(len_b, dtype=np.float64)
    inter = j * (la + lb) / (1.0 + j)
    return np.minimum(1.0, inter / np.maximum(1.0, np.minimum(la, lb)))

