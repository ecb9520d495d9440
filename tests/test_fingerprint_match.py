from __future__ import annotations

import subprocess
import sys

import numpy as np

from tests.conftest import OTHER, WIRE
from tracer.fingerprint import (
    MinHasher,
    estimate_jaccard,
    fingerprint,
    fingerprints,
    positional_shingles,
    shingle_batch,
    story_text,
    tokenize,
)
from tracer.index import band_keys, candidate_pairs, estimated_containment
from tracer.match import cluster, overlap, passages, verify
from tracer.model import Match

TEXT = "\n".join(WIRE)


def test_normalisation_makes_case_and_width_irrelevant() -> None:
    a = fingerprint("The Council VOTED on Tuesday")
    b = fingerprint("the council voted on ｔｕｅｓｄａｙ")
    assert np.array_equal(a.signature, b.signature)


def test_cjk_is_tokenised_by_character_and_spans_point_into_the_text() -> None:
    text = "新华社北京电 Hello U.S. don't"
    toks = tokenize(text)
    assert [t for t, _s, _e in toks][:3] == ["新", "华", "社"]
    assert [t for t, _s, _e in toks][-3:] == ["hello", "u.s", "don't"]
    for tok, s, e in toks:
        assert text[s:e].casefold() == tok


def test_batch_shingles_equal_single_text_shingles() -> None:
    texts = [TEXT, "\n".join(OTHER), "short one", "", "新华社北京电 " + WIRE[0]]
    b = shingle_batch(texts)
    for i, t in enumerate(texts):
        assert np.array_equal(b.get(i), fingerprint(t).shingles)
    assert len(b.get(3)) == 0 and len(b.get(2)) == 1


def test_positional_shingles_are_the_same_hashes_as_the_set() -> None:
    fp = fingerprint(TEXT)
    assert set(positional_shingles(fp.tokens, 3).tolist()) == set(fp.shingles.tolist())


def test_quoted_shingles_are_not_narration() -> None:
    fp = fingerprint('The minister said "we will not raise taxes this year or next" before leaving the hall.')
    assert 0 < len(fp.narration) < len(fp.shingles)
    quoted_only = fingerprint('"we will not raise taxes this year or next"')
    assert np.intersect1d(fp.narration, quoted_only.shingles).size == 0


def test_signature_is_identical_in_another_process() -> None:
    code = ("import sys; from tracer.fingerprint import fingerprint; "
            "sys.stdout.write(fingerprint(sys.stdin.read()).signature.tobytes().hex())")
    out = subprocess.run([sys.executable, "-c", code], input=TEXT, capture_output=True, text=True,
                         env={"PYTHONHASHSEED": "123", "PATH": ""}, check=True).stdout
    assert out == fingerprint(TEXT).signature.tobytes().hex()


def test_minhash_estimates_jaccard() -> None:
    a = fingerprint(TEXT)
    b = fingerprint("\n".join(WIRE[:3]))
    true = len(a.shingle_set & b.shingle_set) / len(a.shingle_set | b.shingle_set)
    assert abs(estimate_jaccard(a.signature, b.signature) - true) < 0.15
    assert estimate_jaccard(a.signature, fingerprint("\n".join(OTHER)).signature) < 0.1


def test_signatures_of_a_batch_equal_one_at_a_time() -> None:
    texts = [TEXT, "\n".join(OTHER), "tiny text here"]
    _b, sigs = fingerprints(texts)
    h = MinHasher()
    for t, s in zip(texts, sigs, strict=True):
        assert np.array_equal(s, h.signature(fingerprint(t).shingles))


def test_credit_and_boilerplate_lines_leave_the_fingerprint() -> None:
    body = TEXT
    credited = "By Sam Writer\n" + body + "\nCopyright 2025 The Associated Press. All rights reserved.\nPost to Facebook"
    st = story_text(credited)
    assert "Copyright" not in st and "Facebook" not in st and len(st) == len(credited)
    assert set(fingerprint(credited).shingles.tolist()) >= set(fingerprint(body).shingles.tolist())
    assert overlap(fingerprint(credited).shingles, fingerprint(body).shingles) == len(fingerprint(body).shingles)


def test_trimmed_copy_verified_by_containment_not_jaccard() -> None:
    full, trimmed = fingerprint(TEXT), fingerprint("\n".join(WIRE[:2]))
    m = verify("full", full, "trim", trimmed)
    assert m is not None
    assert m.similarity < 0.5 and m.containment_b > 0.95
    assert verify("full", full, "other", fingerprint("\n".join(OTHER))) is None


def test_shared_quotes_alone_are_not_a_copy() -> None:
    speech = ('"We will build three new bus lines, extend the tram to the northern districts and keep fares '
              'where they are for every family in this city," the mayor said.')
    a = fingerprint(speech + "\nThe speech came after a long council debate about borrowing costs and schools.")
    b = fingerprint("Residents gathered outside city hall on a rainy evening to hear the announcement.\n" + speech)
    assert verify("a", a, "b", b) is None
    assert verify("a", a, "a2", fingerprint(speech + "\nThe speech came after a long council debate about "
                                                     "borrowing costs and schools today.")) is not None


def test_passages_have_offsets_in_both_texts_and_kinds() -> None:
    other = "Unrelated opening sentence about something else entirely.\n" + WIRE[1] + "\n" + WIRE[3].replace(
        "debate", "discussion")
    fa, fb = fingerprint(TEXT), fingerprint(other)
    ps = passages(fa, TEXT, fb, other, 3)
    assert ps
    for p in ps:
        a = TEXT[p.target[0]:p.target[1]]
        b = other[p.other[0]:p.other[1]]
        if p.kind == "verbatim":
            assert a.lower() == b.lower()
        else:
            assert 0 < p.score < 1
    assert {p.kind for p in ps} == {"verbatim", "edited"}
    assert any("Mayor Jane Holloway" in TEXT[p.target[0]:p.target[1]] for p in ps)


def test_lsh_counts_make_trimmed_copies_candidates_but_not_unrelated_texts() -> None:
    texts = [TEXT, TEXT.replace("twelve", "ten"), "\n".join(OTHER), "\n".join(WIRE[:2])]
    b, sigs = fingerprints(texts)
    i, j, shared = candidate_pairs(band_keys(sigs, MinHasher().params), 3)
    pairs = set(zip(i.tolist(), j.tolist(), strict=True))
    assert (0, 1) in pairs and (0, 3) in pairs
    assert not any(2 in p for p in pairs)
    est = estimated_containment(shared, b.lengths()[i], b.lengths()[j], 128)
    trimmed = (i == 0) & (j == 3)
    assert est[trimmed][0] > 0.5


def test_band_keys_of_an_empty_text_never_match() -> None:
    b, sigs = fingerprints(["", "", TEXT])
    i, _j, _c = candidate_pairs(band_keys(sigs, MinHasher().params), 1)
    assert len(i) == 0


def test_common_phrase_buckets_are_ignored() -> None:
    keys = np.zeros((50, 4), dtype=np.int64)
    keys[:3, 1:] = 7
    i, j, c = candidate_pairs(keys, 3, max_bucket=10)
    assert set(zip(i.tolist(), j.tolist(), strict=True)) == {(0, 1), (0, 2), (1, 2)} and (c == 3).all()


def test_short_texts_need_only_one_shared_band() -> None:
    keys = np.array([[1, 2, 3, 4], [1, 9, 9, 9], [1, 8, 8, 8]], dtype=np.int64)
    i, _j, _c = candidate_pairs(keys, 3, lengths=np.array([500, 500, 500]))
    assert len(i) == 0
    i, j, _c = candidate_pairs(keys, 3, lengths=np.array([500, 500, 40]))
    assert set(zip(i.tolist(), j.tolist(), strict=True)) == {(0, 2), (1, 2)}


def test_versions_of_one_story_stay_one_cluster_even_when_first_and_last_share_little() -> None:
    # v1 -> v2 -> v3, each keeping most of the one before; v1 and v3 are not verified copies
    ms = [Match("v1", "v2", 0.5, 0.7, 0.6), Match("v2", "v3", 0.5, 0.6, 0.65)]
    cl = cluster(["v1", "v2", "v3"], [120, 110, 105], ms)
    assert [sorted(c.members) for c in cl] == [["v1", "v2", "v3"]]
    c = cl[0]
    assert c.representative == "v1"
    # v3 was never verified against the representative: its figures are those of its link to v2
    assert c.via == {"v3": "v2"}
    assert (c.similarity["v3"], c.containment["v3"]) == (0.5, 0.65)


def test_a_page_of_two_stories_side_by_side_does_not_glue_them() -> None:
    # b is half story A, half story C (each half a strong share); A and C share nothing
    ms = [Match("a", "b", 0.35, 0.55, 0.5), Match("b", "c", 0.3, 0.45, 0.5), Match("c", "d", 0.9, 0.9, 0.9)]
    groups = sorted(sorted(c.members) for c in cluster(["a", "b", "c", "d"], [10, 20, 10, 10], ms))
    assert groups == [["a", "b"], ["c", "d"]]


def test_a_passage_many_stories_share_is_not_glue() -> None:
    # h (a hub: one passage) lies wholly inside s1, s2 and s3, which are three different stories
    ms = [Match("h", "s1", 0.15, 1.0, 0.15), Match("h", "s2", 0.14, 0.95, 0.14), Match("h", "s3", 0.15, 0.9, 0.15),
          Match("s3", "t3", 0.9, 0.95, 0.95)]
    groups = sorted(sorted(c.members) for c in cluster(["h", "s1", "s2", "s3", "t3"], [20, 130, 140, 130, 128], ms))
    assert groups == [["h", "s1"], ["s2"], ["s3", "t3"]]


def test_a_digest_hosting_briefs_of_several_stories_keeps_only_its_main_one() -> None:
    # digest versions g1, g2 (one story) host a brief of X (x1, x2) and a brief of Y (y1)
    ms = [Match("g1", "g2", 0.9, 0.95, 0.95),
          Match("x1", "g1", 0.1, 0.8, 0.15), Match("x2", "g2", 0.1, 0.75, 0.14), Match("x1", "x2", 0.9, 0.95, 0.95),
          Match("y1", "g1", 0.05, 0.9, 0.08)]
    groups = sorted(sorted(c.members) for c in cluster(["g1", "g2", "x1", "x2", "y1"], [300, 310, 60, 62, 30], ms))
    assert groups == [["g1", "g2", "x1", "x2"], ["y1"]]


def test_a_shorter_digest_version_sharing_only_a_hosted_brief_stays_with_its_digest() -> None:
    # d1, d2: two versions of a live page (d1 is almost all inside d2); d2 hosts briefs of story S
    # (s1, s2) and of story T (t1, its main item). d1 carries the same S brief, a third of d1 and
    # half of s1: a strong link in figures, but d1 shares S's text only through the brief d2
    # hosts, so it is d2's version, not S's; the live page then keeps its main item only.
    ms = [Match("d1", "d2", 0.3, 0.95, 0.32), Match("s1", "s2", 0.9, 0.95, 0.95),
          Match("d1", "s1", 0.25, 0.34, 0.5), Match("s1", "d2", 0.12, 0.55, 0.15), Match("s2", "d2", 0.12, 0.5, 0.14),
          Match("t1", "d2", 0.2, 0.9, 0.25)]
    groups = sorted(sorted(c.members) for c in cluster(["d1", "d2", "s1", "s2", "t1"], [100, 300, 90, 92, 80], ms))
    assert groups == [["d1", "d2", "t1"], ["s1", "s2"]]


def test_a_version_between_two_others_still_joins_both() -> None:
    # v2 is strongly linked to v1 and v3; v1 is a part of v3 (the rule above must not split a chain)
    ms = [Match("v1", "v2", 0.5, 0.7, 0.6), Match("v2", "v3", 0.5, 0.6, 0.65), Match("v1", "v3", 0.2, 0.5, 0.25)]
    groups = sorted(sorted(c.members) for c in cluster(["v1", "v2", "v3"], [100, 120, 200], ms))
    assert groups == [["v1", "v2", "v3"]]


def test_a_travelling_story_that_is_a_small_item_of_one_page_stays_apart() -> None:
    # r1..r3: one story and its copies; the roundup page holds a trimmed r (7 % of the page)
    ms = [Match("r1", "r2", 0.9, 0.95, 0.95), Match("r1", "r3", 0.9, 0.95, 0.95), Match("r2", "r3", 0.9, 0.95, 0.95),
          Match("r1", "roundup", 0.05, 0.6, 0.07), Match("r2", "roundup", 0.05, 0.55, 0.07)]
    groups = sorted(sorted(c.members) for c in cluster(["r1", "r2", "r3", "roundup"], [80, 82, 81, 700], ms))
    assert groups == [["r1", "r2", "r3"], ["roundup"]]
    # a one-off brief of the same size inside a long story is that story's brief: it joins
    ms = [Match("brief", "long", 0.05, 0.9, 0.07), Match("long", "long-copy", 0.9, 0.95, 0.95)]
    groups = sorted(sorted(c.members) for c in cluster(["brief", "long", "long-copy"], [50, 700, 690], ms))
    assert groups == [["brief", "long", "long-copy"]]


def test_a_short_page_inside_a_story_joins_it() -> None:
    ms = [Match("teaser", "story", 0.1, 0.9, 0.1), Match("story", "copy", 0.9, 0.95, 0.95)]
    groups = sorted(sorted(c.members) for c in cluster(["teaser", "story", "copy"], [20, 200, 198], ms))
    assert groups == [["copy", "story", "teaser"]]


def test_composite_page_goes_with_the_story_that_is_most_of_it() -> None:
    # D = story Y (40 %) on top of story X (60 %); x1, x2 copies of X; y1, y2 copies of Y
    ids = ["D", "X", "x1", "x2", "Y", "y1", "y2"]
    lengths = [150, 90, 85, 88, 60, 58, 59]
    ms = [Match("D", "X", 0.6, 0.6, 1.0), Match("D", "x1", 0.55, 0.56, 0.98), Match("D", "x2", 0.58, 0.58, 0.99),
          Match("D", "Y", 0.4, 0.4, 1.0), Match("D", "y1", 0.38, 0.38, 0.98), Match("D", "y2", 0.39, 0.39, 0.99),
          Match("X", "x1", 0.9, 0.95, 0.95), Match("X", "x2", 0.9, 0.95, 0.95), Match("x1", "x2", 0.9, 0.9, 0.9),
          Match("Y", "y1", 0.9, 0.95, 0.95), Match("Y", "y2", 0.9, 0.95, 0.95), Match("y1", "y2", 0.9, 0.9, 0.9)]
    groups = sorted(sorted(c.members) for c in cluster(ids, lengths, ms))
    assert groups == [["D", "X", "x1", "x2"], ["Y", "y1", "y2"]]


def test_representative_is_the_fullest_then_earliest() -> None:
    ms = [Match("a", "b", 0.9, 0.95, 0.95), Match("a", "c", 0.9, 0.95, 0.95), Match("b", "c", 0.9, 0.95, 0.95)]
    cl = cluster(["a", "b", "c"], [50, 90, 90], ms, dates=["2024-01-03", "2024-01-02", "2024-01-01"])
    assert cl[0].representative == "c"
    assert cl[0].similarity["c"] == 1.0


def test_batch_verification_equals_pairwise_verification() -> None:
    from tracer.match import batch_pair_stats, pair_stats

    texts = [TEXT, "\n".join(WIRE[:3]), "\n".join(OTHER), 'He said "' + WIRE[2] + '" today.\n' + WIRE[4], ""]
    b = shingle_batch(texts)
    a_idx = np.array([0, 0, 1, 3, 0, 2])
    b_idx = np.array([1, 2, 3, 0, 4, 1])
    got = batch_pair_stats(b.hashes, b.narration, b.offsets, a_idx, b_idx, chunk=2)
    for i, j, st in zip(a_idx.tolist(), b_idx.tolist(), got, strict=True):
        assert st == pair_stats(b.get(i), b.get_narration(i), b.get(j), b.get_narration(j))


def test_boilerplate_is_looked_for_at_line_starts_exactly_as_a_regex_scan_would() -> None:
    import random

    from tracer.fingerprint import _BOILER, _BOILER_NL, _line_spans

    rng = random.Random(5)
    pieces = ["Facebook", "Twitter", "Email", "Share this story", "Related: more news", "Posted!",
              "© 2024 The Outlet", "https://example.com/x", "The council met on Tuesday.", "", "  ",
              "Reporting by A. Writer", "He said: 'Read more: nothing'", "x Print"]
    for _ in range(300):
        text = "\n".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        lo = rng.randint(0, len(text))
        hi = rng.randint(lo, len(text))
        want = [(m.start(), m.end()) for m in _BOILER.finditer(text, lo, hi)]
        assert list(_line_spans(_BOILER, _BOILER_NL, text, lo, hi)) == want
