"""tracer's MinHash fingerprints as datasketch `LeanMinHash` objects.

A team that already runs datasketch's `MinHashLSH` (in memory, or on its Redis or
Cassandra storage) can index tracer's fingerprints there: the same story text, shingles
and one-permutation MinHash that `tracer dedup` bands (see `tracer.fingerprint`), so
copies that tracer finds collide in their index too. Bin agreement between two of these
signatures estimates the Jaccard similarity of the two story texts, which is what
`MinHashLSH` and `LeanMinHash.jaccard` assume. Only compare signatures made with the
same `FingerprintParams`, never with MinHashes datasketch computed itself (another hash
family): each `LeanMinHash` carries a seed derived from tracer's parameters, so
`jaccard` refuses such a mix; a `MinHashLSH` cannot tell, so give it one kind only. With
datasketch ≥ 2.0 they are labelled `scheme="affine32"`, the label of its uint32 storage
(the values are tracer's one-permutation bins, not datasketch's affine permutations).

datasketch is an optional dependency (`pip install 'tracer-news[datasketch]'`): tracer's
own pipeline bands signatures with numpy and never needs it.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

import numpy as np

from tracer.errors import TracerError
from tracer.fingerprint import DEFAULT_PARAMS, FingerprintParams, MinHasher, fingerprints, story_text
from tracer.inputs import Input, read_any
from tracer.model import Article, ItemError
from tracer.sources import ReadOptions

if TYPE_CHECKING:
    from datasketch import LeanMinHash

BATCH = 500  # articles fingerprinted at once (the vectorised path)


def _lean_minhash():
    try:
        from datasketch import LeanMinHash
    except ImportError as exc:
        raise TracerError("tracer.signatures needs datasketch: pip install 'tracer-news[datasketch]'") from exc
    return LeanMinHash


def lean_seed(params: FingerprintParams) -> int:
    """The `seed` each LeanMinHash carries: tracer's parameters folded into 32 bits, so
    that `jaccard` against a MinHash datasketch computed itself (seed 1 by default, another
    hash family) raises instead of answering nonsense."""
    key = json.dumps(params.to_dict(), sort_keys=True).encode("utf-8")
    return int.from_bytes(hashlib.blake2b(key, digest_size=4).digest(), "big")


def signatures(inputs: Iterable[Input], options: ReadOptions | None = None, *,
               params: FingerprintParams = DEFAULT_PARAMS) -> Iterator[tuple[str, LeanMinHash] | ItemError]:
    """Yield `(article id, LeanMinHash)` for every input article, in input order, or an
    `ItemError` for an input that could not be read. `inputs` as for `tracer.dedup`."""
    lean = _lean_minhash()
    return _signed(read_any(inputs, options), lean, params)  # a lone string is refused here, at the call


def _signed(items: Iterator[Article | ItemError], lean: type, params: FingerprintParams
            ) -> Iterator[tuple[str, LeanMinHash] | ItemError]:
    hasher = MinHasher(params)

    seed = lean_seed(params)

    def flush(batch: list[Article]) -> Iterator[tuple[str, LeanMinHash]]:
        _sb, sigs = fingerprints([story_text(a.text) for a in batch], hasher)
        for art, sig in zip(batch, sigs, strict=True):
            try:  # datasketch ≥ 2.0 labels the storage: uint32 values, 0xFFFFFFFF = empty, as tracer's
                yield art.id, lean(seed=seed, hashvalues=sig, scheme="affine32")
            except TypeError:  # datasketch 1.x: no schemes, uint64 storage
                yield art.id, lean(seed=seed, hashvalues=sig.astype(np.uint64))

    batch: list[Article] = []
    for item in items:
        if isinstance(item, ItemError):
            yield from flush(batch) if batch else ()
            batch = []
            yield item
            continue
        batch.append(item)
        if len(batch) >= BATCH:
            yield from flush(batch)
            batch = []
    if batch:
        yield from flush(batch)


__all__ = ["signatures"]
