"""The numpy tokeniser finds exactly the regex tokens, and hashes them exactly as before.

`tracer.token_scan` replaced one `re.findall` and one dict lookup per token occurrence;
signatures must not move by one bit (the store, Spark and earlier runs rely on them).
"""

from __future__ import annotations

import hashlib
import itertools
import random
import sys

import numpy as np
import pytest

import tracer.fingerprint  # noqa: F401  (the module, not the function `tracer.fingerprint`)
import tracer.token_scan as ts
import tracer.token_windows as tw
from tracer.fingerprint import MinHasher, shingle_batch, token_hash

fp = sys.modules["tracer.fingerprint"]

ALPHABET = list("ab.'’ \n\"“”«»_-,1x\x00\t") + ["中", "文", "ก", "\u0e3f", "é", "\ud800", "😀", "Ⅷ", "²", "ß",
                                                "İ", "ﬁ", "\u0301", "Ａ", "〝", "＂", "\u00ad", "\u200b",
                                                "\u200d", "\ufeff"]


def regex_tokens(text: str) -> list[str]:
    return fp._pattern(text).findall(text)


def regex_hashes(texts: list[str]) -> tuple[np.ndarray, np.ndarray]:
    lists = [regex_tokens(t) for t in texts]
    flat = list(itertools.chain.from_iterable(lists))
    return (np.array([token_hash(t) for t in flat], dtype=np.uint64),
            np.array([len(x) for x in lists], dtype=np.int64))


def random_texts(rng: random.Random, k: int, length: int = 40) -> list[str]:
    return ["".join(rng.choice(ALPHABET) for _ in range(rng.randint(0, length))) for _ in range(k)]


def scanned_tokens(texts: list[str]) -> list[list[str]]:
    sc = ts.scan(texts)
    assert sc is not None
    toks = [sc.text[s:e] for s, e in zip(sc.starts.tolist(), sc.ends.tolist(), strict=True)]
    out, at = [], 0
    for c in sc.counts.tolist():
        out.append(toks[at:at + c])
        at += c
    return out


def test_scan_finds_the_regex_tokens_of_every_text() -> None:
    rng = random.Random(5)
    for _ in range(400):
        texts = random_texts(rng, rng.randint(1, 6))
        assert scanned_tokens(texts) == [regex_tokens(t) for t in texts]


def test_words_joined_by_apostrophes_and_periods_and_scripts_without_spaces() -> None:
    texts = ["U.S. officials don’t say 'no'.", "新华社北京电 A.B..C x'", "«Ça» va\n\n“bien”", "", "..."]
    assert scanned_tokens(texts) == [regex_tokens(t) for t in texts]
    assert scanned_tokens(["新华社 U.S."])[0] == ["新", "华", "社", "U.S"]
    # the regex path itself, on every Python 3.11 (3.11.0-3.11.2 mis-match a possessive group)
    assert regex_tokens("U.S. say 'no'. x' A.B..C") == ["U.S", "say", "no", "x", "A.B", "C"]


def test_every_code_point_is_classed_as_the_regexes_class_it() -> None:
    word = fp.re.compile(fp._W)  # letters and digits, combining accents, invisible format characters
    for c in range(0x110000):
        ch = chr(c)
        if ch == "\n" or ch in ts.QUOTES or ts._CJK_CHAR.match(ch):
            want = ts.SINGLE
        elif ch in ts.JOINERS:
            want = ts.JOIN
        else:
            want = ts.WORD if word.match(ch) else ts.OTHER
        assert ts.char_class(ch) == want


def test_token_hashes_equal_the_regex_path() -> None:
    rng = random.Random(11)
    for _ in range(200):
        texts = random_texts(rng, rng.randint(0, 8))
        got, counts = fp._raw_token_hashes(texts)
        want, want_counts = regex_hashes(texts)
        assert np.array_equal(counts, want_counts) and np.array_equal(got, want)


def test_batches_larger_than_a_chunk_and_texts_larger_than_a_chunk(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ts, "CHUNK_CHARS", 64)
    rng = random.Random(3)
    texts = random_texts(rng, 30, 50) + ["word " * 40, "x" * 200]
    assert len(ts.chunks(texts)) > 3
    assert ts.scan(texts) is None  # too large for one scan: cut by the caller
    got, counts = fp._raw_token_hashes(texts)
    want, want_counts = regex_hashes(texts)
    assert np.array_equal(counts, want_counts) and np.array_equal(got, want)


def _collide(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every token key a function of its length only, on both grouping paths: "ab" and "cd" collide."""
    monkeypatch.setattr(ts, "_powers", (np.zeros(1 << 22, np.uint64), np.zeros(1 << 22, np.uint64)))
    monkeypatch.setattr(tw, "_K1", np.uint64(0))
    monkeypatch.setattr(tw, "_K2", np.uint64(0))
    monkeypatch.setattr(tw, "splitmix64", lambda h: h & np.uint64(0))


def test_colliding_keys_are_caught_and_the_regex_path_gives_the_same_hashes(monkeypatch: pytest.MonkeyPatch) -> None:
    _collide(monkeypatch)
    for texts in (["ab cd", "ef"], ["ab 𝐀b cd"]):  # packed windows; an astral letter: the hashed path
        assert ts.scan(texts) is None
        got, counts = fp._raw_token_hashes(texts)
        want, want_counts = regex_hashes(texts)
        assert np.array_equal(got, want) and np.array_equal(counts, want_counts)


def test_a_group_never_mixes_a_token_with_a_longer_one_of_the_same_head(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = ["abcdefgh abcdefghij", "abcdefghij abcdefgh"]  # the same first eight characters
    for text in texts:
        sc = ts.scan([text])
        assert sc is not None and len(sc.first) == 2
    _collide(monkeypatch)
    for text in texts:
        assert ts.scan([text]) is None


def test_a_key_colliding_with_a_token_met_before_is_caught(monkeypatch: pytest.MonkeyPatch) -> None:
    _collide(monkeypatch)
    table = ts.TokenTable(token_hash)
    first = ts.scan(["ab"])
    assert first is not None and table.hashes(first) is not None
    again = ts.scan(["ab ab"])
    assert again is not None and table.hashes(again).tolist() == [token_hash("ab")]
    other = ts.scan(["cd"])  # same key as "ab", other characters
    assert other is not None and table.hashes(other) is None


def test_a_colliding_key_is_caught_past_the_head_windows_and_across_paths(monkeypatch: pytest.MonkeyPatch) -> None:
    _collide(monkeypatch)
    table = ts.TokenTable(token_hash)
    first = ts.scan(["abcdefghij"])
    assert first is not None and first.head is not None and table.hashes(first) is not None
    other = ts.scan(["abcdefghik"])  # same key, same head windows (8 characters), another tail
    assert other is not None and table.hashes(other) is None
    # a token added by the hashed path (an astral letter in it) has no head windows: checked by characters
    monkeypatch.setattr(ts, "_LEN_MIX", np.uint64(0))  # every key 0 on both paths
    table = ts.TokenTable(token_hash)
    astral = ts.scan(["𝐀b"])
    assert astral is not None and astral.head is None and table.hashes(astral) is not None
    same_key = ts.scan(["ab"])
    assert same_key is not None and same_key.head is not None and table.hashes(same_key) is None


@pytest.mark.parametrize("astral", ["", "𝐀"])  # packed windows; an astral letter in a token: the hashed path
def test_long_tokens_sharing_a_prefix_are_told_apart(astral: str) -> None:
    # tokens past the packed windows (16 characters) differ only in their tails, or only in length
    stem = "x" * 8 + "y" * 8
    words = [stem + "a", stem + "b", stem + "ab", stem, stem[:12], stem[:12] + "z", "q" * 40, "q" * 39 + "r",
             stem + "a" * 30, "ab’cd.ef" * 5, "ab’cd.eg" * 5, astral + stem]
    rng = random.Random(8)
    texts = [" ".join(rng.choice(words) for _ in range(rng.randint(0, 20))) for _ in range(30)]
    sc = ts.scan(texts)
    assert sc is not None
    toks = [sc.text[a:b] for a, b in zip(sc.starts.tolist(), sc.ends.tolist(), strict=True)]
    assert len(set(toks)) == len(sc.first)
    assert all(toks[f] == t for f, t in zip(sc.first[sc.group].tolist(), toks, strict=True))
    got, counts = fp._raw_token_hashes(texts)
    want, want_counts = regex_hashes(texts)
    assert np.array_equal(got, want) and np.array_equal(counts, want_counts)


def test_the_token_table_is_bounded() -> None:
    table = ts.TokenTable(token_hash, limit=5)
    for k in range(4):
        sc = ts.scan([f"w{k}a w{k}b w{k}c"])
        assert sc is not None and table.hashes(sc) is not None
        assert len(table.keys) <= 5


# The signatures of this invented corpus, as the regex tokeniser made them before the numpy
# one (sha256 of shingles, narration marks, offsets and signatures): the scheme is pinned.
PINNED = "0d6f7e48340dcf5d"


def pinned_corpus() -> list[str]:
    rng = random.Random(2024)
    words = ["council", "vote", "Tuesday", "U.S.", "don't", "«quoted»", "“speech”", "新华社", "Ελλάδα", "straße",
             "ﬁnal", "Ⅷ", "2024", "e-mail", "O'Neil", "\n", "北京", "กรุงเทพ", "..."]
    return [" ".join(rng.choice(words) for _ in range(rng.randint(0, 120))) for _ in range(60)]


def corpus_digest(texts: list[str]) -> str:
    b = shingle_batch(texts)
    sig = MinHasher().signatures(b)
    h = hashlib.sha256()
    for a in (b.hashes, b.narration, b.offsets, sig):
        h.update(np.ascontiguousarray(a).tobytes())
    return h.hexdigest()[:16]


def test_fingerprints_are_pinned_to_the_scheme() -> None:
    assert corpus_digest(pinned_corpus()) == PINNED
