from __future__ import annotations

import numpy as np

from tests.conftest import OTHER, WIRE
from tracer.fingerprint import (
    MinHasher,
    estimate_jaccard,
    fingerprint,
    shingle_hashes,
    token_hashes,
    tokenize,
)
from tracer.index import band_keys, candidate_pairs
from tracer.match import cluster, passages, verify

TEXT = "\n".join(WIRE)


def test_normalisation_makes_case_and_width_irrelevant() -> None:
    a = fingerprint("The Council VOTED on Tuesday")
    b = fingerprint("the council voted on ｔｕｅｓｄａｙ")
    assert np.array_equal(a.signature, b.signature)


def test_cjk_is_tokenised_by_character() -> None:
    toks = [t for t, _s, _e in tokenize("新华社北京电 hello")]
    assert toks[:3] == ["新", "华", "社"] and toks[-1] == "hello"


def test_minhash_estimates_jaccard() -> None:
    a = fingerprint(TEXT)
    b = fingerprint("\n".join(WIRE[:3]))
    true = len(a.shingle_set & b.shingle_set) / len(a.shingle_set | b.shingle_set)
    assert abs(estimate_jaccard(a.signature, b.signature) - true) < 0.15
    assert estimate_jaccard(a.signature, fingerprint("\n".join(OTHER)).signature) < 0.1


def test_signature_is_deterministic_across_hashers() -> None:
    sh = shingle_hashes(token_hashes(tokenize(TEXT)), 3)
    assert np.array_equal(MinHasher().signature(sh), MinHasher().signature(sh))


def test_trimmed_copy_verified_by_containment_not_jaccard() -> None:
    full, trimmed = fingerprint(TEXT), fingerprint("\n".join(WIRE[:2]))
    m = verify("full", full, "trim", trimmed)
    assert m is not None
    assert m.similarity < 0.5 and m.containment_b > 0.95
    assert verify("full", full, "other", fingerprint("\n".join(OTHER))) is None


def test_passages_have_offsets_in_both_texts() -> None:
    other = "Unrelated opening sentence about something else entirely.\n" + WIRE[1] + "\n" + WIRE[3].replace(
        "six hours", "seven hours")
    fa, fb = fingerprint(TEXT), fingerprint(other)
    ps = passages(fa, TEXT, fb, other, 3)
    assert ps
    for p in ps:
        a = TEXT[p.target[0]:p.target[1]]
        b = other[p.other[0]:p.other[1]]
        if p.kind == "verbatim":
            assert a.lower() == b.lower()
    assert {p.kind for p in ps} >= {"verbatim"}
    assert any("Mayor Jane Holloway" in TEXT[p.target[0]:p.target[1]] for p in ps)


def test_lsh_bands_make_near_duplicates_candidates() -> None:
    fps = [fingerprint(TEXT), fingerprint(TEXT.replace("twelve", "ten")), fingerprint("\n".join(OTHER))]
    hasher = MinHasher()
    keys = band_keys(np.stack([f.signature for f in fps]), hasher.params)
    pairs = candidate_pairs(keys)
    assert (0, 1) in pairs and (0, 2) not in pairs


def test_clusters_do_not_chain_through_a_bridge() -> None:
    from tracer.model import Match

    # a~b and b~c but not a~c: star clustering keeps a and c apart unless both match the centre
    ms = [Match("a", "b", 0.5, 0.6, 0.6), Match("b", "c", 0.5, 0.6, 0.6), Match("c", "d", 0.9, 0.9, 0.9),
          Match("d", "e", 0.9, 0.9, 0.9), Match("c", "e", 0.9, 0.9, 0.9)]
    cl = cluster(["a", "b", "c", "d", "e"], [10, 10, 10, 10, 10], ms)
    groups = sorted(sorted(c.members) for c in cl)
    # c has the most verified copies and becomes a centre; b matches c directly and joins;
    # a only matches b, so it must not be chained in through b.
    assert groups == [["a"], ["b", "c", "d", "e"]]
