"""Candidate pairs and pair statistics stay exactly what they were, on their fast paths.

`candidate_pairs` groups buckets by a plain sort of packed (band, key, index) instead of
a stable argsort of the bucket codes, and `batch_pair_stats` visits the pairs of a chunk
in the order of their longer side: both must give what the direct computations give.
"""

from __future__ import annotations

import numpy as np
import pytest

import tracer.index as ix
from tracer.fingerprint import shingle_batch
from tracer.index import EMPTY_KEY, candidate_pairs
from tracer.match import batch_pair_stats, pair_stats


def by_codes(keys: np.ndarray, min_bands: int, max_bucket: int, lengths: np.ndarray | None) -> tuple:
    """The candidate pairs straight from the definition: documents sharing bucket codes."""
    n, nb = keys.shape
    codes = ix.bucket_codes(keys)
    buckets: dict[int, list[int]] = {}
    for d in range(n):
        for band in range(nb):
            if keys[d, band] != EMPTY_KEY:
                buckets.setdefault(int(codes[d, band]), []).append(d)
    counts: dict[tuple[int, int], int] = {}
    for members in buckets.values():
        if 1 < len(members) <= max_bucket:
            for x in range(len(members)):
                for y in range(x + 1, len(members)):
                    counts[members[x], members[y]] = counts.get((members[x], members[y]), 0) + 1
    out = sorted((i, j, c) for (i, j), c in counts.items()
                 if c >= min_bands or (lengths is not None and min(lengths[i], lengths[j]) < ix.SHORT_TEXT))
    return tuple(np.array([p[k] for p in out], dtype=np.int64) for k in range(3))


def same(got: tuple, want: tuple) -> bool:
    return all(np.array_equal(g, w) for g, w in zip(got, want, strict=True))


@pytest.mark.parametrize("bands", [128, 24, 7])
def test_sorted_packing_finds_the_pairs_the_bucket_codes_define(bands: int) -> None:
    rng = np.random.default_rng(bands)
    keys = rng.integers(0, 40, size=(60, bands)).astype(np.int64)  # few values: many shared buckets
    keys[5] = EMPTY_KEY  # an empty text
    keys[7, ::2] = EMPTY_KEY
    keys[9] = rng.integers(0, 1 << 32, size=bands)  # full-width bin values
    lengths = rng.integers(1, 200, size=60)
    assert ix._grouped_exact(keys) is not None
    for min_bands, max_bucket in ((1, 50), (3, 8), (5, 60)):
        want = by_codes(keys, min_bands, max_bucket, lengths)
        assert same(candidate_pairs(keys, min_bands, max_bucket, lengths), want)


def test_keys_that_are_not_bin_values_take_the_code_sort() -> None:
    rng = np.random.default_rng(1)
    keys = rng.integers(-(1 << 62), 1 << 62, size=(30, 16)).astype(np.int64)  # hashes of several rows
    keys[:10, :4] = 12345
    assert ix._grouped_exact(keys) is None
    assert same(candidate_pairs(keys, 2, 50), by_codes(keys, 2, 50, None))


def test_buckets_sharing_a_code_are_caught(monkeypatch: pytest.MonkeyPatch) -> None:
    # bands 0 and 1 given one code for every key: the code grouping joins their buckets
    real = ix.bucket_codes

    def colliding(keys: np.ndarray) -> np.ndarray:
        codes = real(keys)
        codes[:, 1] = real(np.asarray(keys)[:, 1:2])[:, 0]  # band 1's keys coded as band 0's
        return codes

    monkeypatch.setattr(ix, "bucket_codes", colliding)
    keys = np.array([[1, 2, 3, 4], [2, 1, 3, 4], [5, 6, 7, 8]], dtype=np.int64)
    assert ix._grouped_exact(keys) is None
    got = candidate_pairs(keys, 1, 50)
    assert same(got, by_codes(keys, 1, 50, None))
    assert [x.tolist() for x in got] == [[0], [1], [4]]  # bands 2 and 3, and the two crossed buckets


def test_batch_pair_stats_equal_pairwise_stats_in_any_pair_order() -> None:
    rng = np.random.default_rng(4)
    words = [f"w{k}" for k in range(300)]
    texts = [" ".join(rng.choice(words, size=int(rng.integers(0, 120)))) for _ in range(40)]
    texts += ['"' + texts[3] + '" and more of it', texts[10][: len(texts[10]) // 2]]
    b = shingle_batch(texts)
    pairs = [(int(i), int(j)) for i, j in rng.integers(0, len(texts), size=(300, 2)) if i != j]
    a_, b_ = np.array([p[0] for p in pairs]), np.array([p[1] for p in pairs])
    for chunk in (7, 4000):
        got = batch_pair_stats(b.hashes, b.narration, b.offsets, a_, b_, chunk=chunk)
        want = [pair_stats(b.get(i), b.get_narration(i), b.get(j), b.get_narration(j)) for i, j in pairs]
        assert got == want
