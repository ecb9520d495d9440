"""Normalisation, shingling and MinHash signatures.

Text is NFKC-normalised and casefolded, split into word tokens (character tokens for
CJK/Thai, whose words are not space-separated), and tokens are hashed once with xxhash.
Shingle hashes are combined from token hashes with numpy, and the MinHash signature of
a whole document is one vectorised affine-hash-and-min over all its shingles — no
per-shingle Python call. Credit lines are left out: they are not the story.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

import numpy as np
import xxhash

from tracer.model import Credit

PRIME32 = np.uint64(4294967291)  # largest prime below 2^32
_TOKEN = re.compile(r"[^\W_]+(?:['’.][^\W_]+)*", re.UNICODE)
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\u0e00-\u0e7f]")


@dataclass(frozen=True)
class FingerprintParams:
    """What a signature depends on; recorded in the store so runs never mix schemes."""

    num_perm: int = 128
    shingle: int = 3
    bands: int = 32
    seed: int = 1
    scheme: str = "xxh32-tok/affine-p32-v1"

    @property
    def rows(self) -> int:
        return self.num_perm // self.bands

    def to_dict(self) -> dict[str, object]:
        return {"num_perm": self.num_perm, "shingle": self.shingle, "bands": self.bands,
                "seed": self.seed, "scheme": self.scheme}


DEFAULT_PARAMS = FingerprintParams()


def normalize(text: str) -> str:
    return unicodedata.normalize("NFKC", text).casefold()


def tokenize(text: str) -> list[tuple[str, int, int]]:
    """Tokens with their character spans in `text` (spans survive NFKC for most text)."""
    out = []
    for m in _TOKEN.finditer(text):
        tok = m.group(0)
        if _CJK.search(tok):
            for i, ch in enumerate(tok):
                out.append((normalize(ch), m.start() + i, m.start() + i + 1))
        else:
            out.append((normalize(tok), m.start(), m.end()))
    return out


def story_text(text: str, credits: list[Credit] | None = None) -> str:
    """The text without the lines that hold credits (bylines, datelines' credit, footers).

    Lines are blanked rather than removed so character offsets stay valid.
    """
    if not credits:
        return text
    spans = [(c.start, c.end) for c in credits if c.start is not None and c.zone in ("byline", "footer")]
    if not spans:
        return text
    chars = list(text)
    for s, e in spans:
        ls = text.rfind("\n", 0, s) + 1
        le = text.find("\n", e)
        le = len(text) if le < 0 else le
        if le - ls < 300:
            for i in range(ls, le):
                chars[i] = " "
    return "".join(chars)


def token_hashes(tokens: list[tuple[str, int, int]]) -> np.ndarray:
    cache: dict[str, int] = {}
    out = np.empty(len(tokens), dtype=np.uint64)
    for i, (tok, _s, _e) in enumerate(tokens):
        h = cache.get(tok)
        if h is None:
            h = cache[tok] = xxhash.xxh32_intdigest(tok.encode("utf-8"))
        out[i] = h
    return out


def shingle_hashes(tok_hashes: np.ndarray, n: int) -> np.ndarray:
    """Hashes of every n-token window (one window for a text shorter than n)."""
    if len(tok_hashes) == 0:
        return np.empty(0, dtype=np.uint64)
    if len(tok_hashes) < n:
        n = len(tok_hashes)
    k = len(tok_hashes) - n + 1
    acc = np.zeros(k, dtype=np.uint64)
    mult = np.uint64(0x9E3779B97F4A7C15)
    with np.errstate(over="ignore"):
        for j in range(n):
            acc = (acc * mult) ^ tok_hashes[j:j + k]
        acc ^= acc >> np.uint64(29)
        acc *= np.uint64(0xBF58476D1CE4E5B9)
        acc ^= acc >> np.uint64(32)
    return acc & np.uint64(0xFFFFFFFF)


class MinHasher:
    """Vectorised MinHash: h_i(x) = (a_i·x + b_i) mod p, p = 2^32−5, min over shingles.

    Shingle hashes and a_i are below 2^32, so a_i·x fits in 64 bits and the whole
    signature is a handful of numpy operations per document.
    """

    def __init__(self, params: FingerprintParams = DEFAULT_PARAMS):
        self.params = params
        rng = np.random.RandomState(params.seed)
        self.a = rng.randint(1, int(PRIME32), size=params.num_perm, dtype=np.uint64)
        self.b = rng.randint(0, int(PRIME32), size=params.num_perm, dtype=np.uint64)

    def signature(self, shingles: np.ndarray) -> np.ndarray:
        if len(shingles) == 0:
            return np.full(self.params.num_perm, np.iinfo(np.uint32).max, dtype=np.uint32)
        sh = np.unique(shingles)
        out = np.full(self.params.num_perm, np.iinfo(np.uint64).max, dtype=np.uint64)
        step = max(1, 65536 // self.params.num_perm)
        for i in range(0, len(sh), step):
            hv = (sh[i:i + step, None] % PRIME32 * self.a + self.b) % PRIME32
            np.minimum(out, hv.min(axis=0), out=out)
        return out.astype(np.uint32)


@dataclass
class Fingerprint:
    """Tokens, shingle hashes and signature of one article's story text."""

    tokens: list[tuple[str, int, int]]
    shingles: np.ndarray
    signature: np.ndarray

    @property
    def shingle_set(self) -> set[int]:
        return set(self.shingles.tolist())


def fingerprint(text: str, credits: list[Credit] | None = None, hasher: MinHasher | None = None) -> Fingerprint:
    hasher = hasher or MinHasher()
    tokens = tokenize(story_text(text, credits))
    sh = shingle_hashes(token_hashes(tokens), hasher.params.shingle)
    return Fingerprint(tokens=tokens, shingles=sh, signature=hasher.signature(sh))


def estimate_jaccard(a: np.ndarray, b: np.ndarray) -> float:
    return float(np.mean(a == b))
