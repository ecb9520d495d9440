"""LSH banding over all signatures at once, and candidate pairs from shared buckets.

A signature of `num_perm` values is cut into `bands` bands of `rows` values; each band
is hashed to one 64-bit key. Two articles are candidates when they share a key in any
band. Banding is done for a whole batch with numpy, never one insert at a time.
"""

from __future__ import annotations

import numpy as np

from tracer.fingerprint import FingerprintParams

_MIX = np.uint64(0x9E3779B97F4A7C15)


def band_keys(signatures: np.ndarray, params: FingerprintParams) -> np.ndarray:
    """(n, bands) int64 keys for an (n, num_perm) uint32 signature matrix."""
    sig = np.asarray(signatures, dtype=np.uint64).reshape(len(signatures), params.bands, params.rows)
    acc = np.zeros(sig.shape[:2], dtype=np.uint64)
    with np.errstate(over="ignore"):
        for r in range(params.rows):
            acc = (acc ^ sig[:, :, r]) * _MIX
            acc ^= acc >> np.uint64(31)
    return acc.view(np.int64)


def candidate_pairs(keys: np.ndarray, max_bucket: int = 200) -> set[tuple[int, int]]:
    """Index pairs (i < j) that share a band key.

    Buckets larger than `max_bucket` (boilerplate shared by many pages) are linked as a
    star to their first member instead of all pairs, which keeps the count linear.
    """
    pairs: set[tuple[int, int]] = set()
    n, nb = keys.shape
    for b in range(nb):
        col = keys[:, b]
        order = np.argsort(col, kind="stable")
        sorted_keys = col[order]
        bounds = np.flatnonzero(np.diff(sorted_keys)) + 1
        starts = np.concatenate(([0], bounds))
        ends = np.concatenate((bounds, [n]))
        for s, e in zip(starts[(ends - starts) > 1], ends[(ends - starts) > 1], strict=True):
            members = np.sort(order[s:e])
            if e - s > max_bucket:
                head = int(members[0])
                pairs.update((head, int(m)) for m in members[1:])
            else:
                ms = members.tolist()
                pairs.update((ms[i], ms[j]) for i in range(len(ms)) for j in range(i + 1, len(ms)))
    return pairs
