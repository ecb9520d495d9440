"""Short pages (headline + dek) rewritten from a story are copies (tracer.aligned)."""

from __future__ import annotations

import json
from pathlib import Path

from tracer import dedup
from tracer.aligned import aligned_containment, needs_alignment
from tracer.fingerprint import fingerprint, story_text
from tracer.match import PairStats, cluster, verify
from tracer.model import Match

STORY = "\n".join([
    "NEW YORK (AP) — A Republican redistricting expert advocated for adding a citizenship question to the "
    "census to give an electoral edge to his party, opponents of the move alleged in a court filing Thursday.",
    "The filing in Manhattan federal court said a trove of newly discovered documents revealed that Thomas "
    "Hofeller, a longtime Republican gerrymandering guru, played a key role in pushing the administration to "
    "include a citizenship question on the census for the first time since 1950.",
    "Lawyers for the opponents said the files, found on his computer drives after he died last year, also "
    "showed that he contributed vital language to a department letter used to justify the question.",
    "The department denied those claims on Friday and called the filing a baseless conspiracy theory that "
    "distracts from the merits of the case now before the justices in Washington.",
    "A ruling is expected by the end of June, when the court usually hands down its biggest decisions of the "
    "term, and the census forms must be printed soon after that date.",
])
DEK = ("A trove of newly discovered documents revealed longtime Republican gerrymandering guru played key role "
       "in pushing to include citizenship question")
TEASER = "\n".join(["Facebook Twitter Email Print", "Lawyers: Docs show census changed to give party edge", DEK,
                    "Post to Facebook", "Lawyers: Docs show census changed to give party edge   " + DEK,
                    "Join the Conversation"])


def test_a_headline_style_dek_is_found_word_for_word_in_order() -> None:
    al = aligned_containment(story_text(TEASER), story_text(STORY))
    # headline (9 words) + dek (20 words); the share bar and the repeated line do not count
    assert al.words == 29
    assert al.found == 20
    assert 0.6 < al.containment < 0.7
    (p,) = al.passages
    short, long_ = story_text(TEASER), story_text(STORY)
    assert short[p.target[0]:p.target[1]] == DEK
    assert long_[p.other[0]:p.other[1]].startswith("a trove of newly discovered documents revealed that Thomas")
    assert long_[p.other[0]:p.other[1]].endswith("include a citizenship question")
    assert p.kind == "edited" and p.score == 1.0


def test_the_exact_check_refuses_the_teaser_and_alignment_accepts_it() -> None:
    fa, fb = fingerprint(TEASER), fingerprint(STORY)
    from tracer.match import pair_stats

    st = pair_stats(fa.shingles, fa.narration, fb.shingles, fb.narration)
    assert not st.is_copy() and needs_alignment(st)
    m = verify("teaser", fa, "story", fb)
    assert m is not None and m.method == "aligned"
    assert m.containment_a > 0.6 and m.containment_b < 0.2


def test_quoted_words_and_unrelated_pages_are_not_found() -> None:
    quoted = ('Senator says: "a trove of newly discovered documents revealed that a longtime Republican '
              'gerrymandering guru played a key role in pushing to include a citizenship question"')
    assert aligned_containment(quoted, story_text(STORY)).found == 0
    other = "Storm closes harbour as ferries stay in port\nFerry operators cancelled every crossing on Friday"
    assert aligned_containment(other, story_text(STORY)).found == 0


def test_long_texts_and_pairs_without_shared_text_are_not_aligned() -> None:
    assert not needs_alignment(PairStats(shared=30, len_a=400, len_b=900, narr_shared=30, narr_a=400, narr_b=900))
    assert not needs_alignment(PairStats(shared=1, len_a=40, len_b=900, narr_shared=1, narr_a=40, narr_b=900))
    assert needs_alignment(PairStats(shared=5, len_a=40, len_b=900, narr_shared=5, narr_a=40, narr_b=900))


def test_a_teaser_does_not_make_its_story_a_composite() -> None:
    # F holds all of the teaser T (a sliver of F) and of the second half H: one story, not two
    ids = ["F", "G", "T", "H"]
    ms = [Match("F", "G", 0.9, 0.95, 0.95), Match("T", "F", 0.02, 0.7, 0.04), Match("T", "G", 0.02, 0.7, 0.04),
          Match("H", "F", 0.45, 0.9, 0.48), Match("H", "G", 0.45, 0.9, 0.47)]
    groups = sorted(sorted(c.members) for c in cluster(ids, [700, 690, 40, 330], ms))
    assert groups == [["F", "G", "H", "T"]]


def _rows() -> list[dict[str, str]]:
    second = "\n".join(STORY.split("\n")[2:])
    return [{"id": "wire", "text": STORY}, {"id": "copy", "text": "By Staff\n" + STORY},
            {"id": "teaser", "text": TEASER}, {"id": "half", "text": second},
            {"id": "other", "text": "Storm closes harbour as ferries stay in port\nFerry operators cancelled every "
                                    "crossing on Friday as winds reached gale force along the coast, and the "
                                    "harbour master said the port would stay shut until Sunday morning at least."}]


def test_dedup_puts_the_teaser_with_its_story_in_memory_and_in_a_store(tmp_path: Path) -> None:
    rows = _rows()
    src = tmp_path / "all.jsonl"
    src.write_text("".join(json.dumps(r) + "\n" for r in rows), "utf-8")
    batch = dedup([str(src)])
    groups = sorted(sorted(c.members) for c in batch.clusters)
    assert groups == [["copy", "half", "teaser", "wire"], ["other"]]
    row = {r["id"]: r for r in batch.rows()}["teaser"]
    assert row["containment"] > 0.6  # the aligned figure, not the shingle one
    db = str(tmp_path / "s.db")
    for k, part in enumerate((rows[:2], rows[2:])):  # the teaser arrives in a second run
        p = tmp_path / f"p{k}.jsonl"
        p.write_text("".join(json.dumps(r) + "\n" for r in part), "utf-8")
        inc = dedup([str(p)], db=db)
    assert sorted(sorted(c.members) for c in inc.clusters) == groups


def test_trace_shows_the_aligned_dek_as_the_shared_passage(tmp_path: Path) -> None:
    from tracer import trace

    paths = []
    for r in _rows()[:3]:
        p = tmp_path / f"{r['id']}.txt"
        p.write_text(r["text"], "utf-8")
        paths.append(str(p))
    res = trace(paths[2], paths[:2])
    m = next(x for x in res.matches if x.method == "aligned")
    teaser = Path(paths[2]).read_text("utf-8")
    assert [teaser[p.target[0]:p.target[1]] for p in m.passages] == [DEK]


def test_a_dek_that_paraphrases_a_quote_of_the_other_story_is_not_a_copy() -> None:
    # the short page's ‘single quotes’ are not read as quotes, but the story quotes the words
    story = STORY + '\nThe minister added: "Only the government had the means, the motive and the opportunity ' \
                    'to strike at the census before the court could rule on it."'
    teaser = ("Census fight and the history of redistricting\n"
              "Only the government had ‘the means, the motive and the opportunity’ to strike at the census")
    al = aligned_containment(story_text(teaser), story_text(story))
    assert al.found == 0 and al.passages == []
    assert verify("teaser", fingerprint(teaser), "story", fingerprint(story)) is None
