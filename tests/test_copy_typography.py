"""A republished copy is the same text whatever its typography: the shingles do not see it.

Republishers' systems change apostrophes (curly or straight), insert soft hyphens and
zero-width characters inside words, store accents decomposed (NFD), leave HTML character
references in the text, use ligatures, full-width digits and no-break or thin spaces. None
of that is an edit of the story, so none may move a shingle.
"""

from __future__ import annotations

import re
import unicodedata

import pytest

import tracer
from tracer.fingerprint import fingerprint, story_text, tokenize
from tracer.match import pair_stats

STORY = """Council approves new bridge for Exampleton's harbour
EXAMPLETON — The town council of Exampleton voted on Tuesday to build a new footbridge across the harbour, ending a debate that had divided residents for nearly five years.
The mayor, Élodie Marchetti-Sørensen, said the bridge "won't be finished before the autumn of next year" but that the first contracts would be signed within weeks.
Opponents had argued that the structure would block the view from the old fish market and that the town's finances couldn't carry a project of that size.
The council's finance officer told members that the bridge would cost about 4,500,000 crowns, of which the regional fund would pay half.
Fishermen's associations welcomed the decision, saying the crossing would shorten the walk from the pier to the station by twenty minutes.
Work on the foundations is expected to begin in the spring, weather permitting, and the harbour will stay open to boats throughout."""

OTHER = """Library extends opening hours in Sampleville
SAMPLEVILLE — The public library of Sampleville will stay open until nine in the evening from next month, its director announced on Friday.
Students had asked for longer hours during the examination period, and a petition gathered more than two thousand signatures in a fortnight.
The director said extra staff would be paid from a grant by a local foundation that supports reading programmes for children and adults.
The reading rooms on the second floor will be renovated over the summer, with new lamps, chairs and a quiet area for people working on laptops.
Volunteers will run a weekly club for teenagers who want to write for the library's newsletter, starting in the autumn term."""


def curly(t: str) -> str:
    return re.sub(r"(?<=\w)'(?=\w)", "’", t).replace(' "', " “").replace('" ', "” ")


def soft_hyphens(t: str) -> str:
    return re.sub(r"\b([A-Za-z]{4})([a-z]{4,})", "\\1\u00ad\\2", t)


def zero_width(t: str) -> str:
    return re.sub(r"\b([a-z]{3})([a-z]{3,})", lambda m: m.group(1) + "\u200b\u200d\ufeff"[len(m.group(0)) % 3]
                  + m.group(2), t)


def entities(t: str) -> str:
    return t.replace("'", "&#8217;").replace('"', "&quot;").replace("—", "&mdash;").replace("É", "&Eacute;")


def ligatures_and_fullwidth(t: str) -> str:
    return t.replace("fi", "ﬁ").replace("ff", "ﬀ").translate({ord(c): 0xFF10 + ord(c) - 48 for c in "0123456789"})


def spaces(t: str) -> str:
    return re.sub(r"\b(\w{1,3}) ", "\\1\u00a0", t).replace(" — ", "\u2009—\u2009")


EDITS = {"curly apostrophes": curly, "soft hyphens": soft_hyphens, "zero-width characters": zero_width,
         "decomposed accents": lambda t: unicodedata.normalize("NFD", t), "HTML entities": entities,
         "ligatures and full-width digits": ligatures_and_fullwidth, "no-break and thin spaces": spaces,
         "all at once": lambda t: entities(zero_width(soft_hyphens(curly(unicodedata.normalize("NFD", t)))))}


@pytest.mark.parametrize("edit", list(EDITS))
def test_typographic_copy_has_the_same_shingles(edit: str) -> None:
    copy = EDITS[edit](STORY)
    assert copy != STORY
    a, b = fingerprint(STORY), fingerprint(copy)
    assert a.shingle_set == b.shingle_set
    assert set(a.narration.tolist()) == set(b.narration.tolist())  # quotes still tell narration apart


def test_words_broken_by_invisible_characters_are_one_token() -> None:
    assert [t for t, _s, _e in tokenize("inter\u00adnational zero\u200bwidth co\u2060op")] == [
        "international", "zerowidth", "coop"]
    # a run of invisible characters between words is no token at all
    assert [t for t, _s, _e in tokenize("alpha \u200b\u200d beta")] == ["alpha", "beta"]
    assert [t for t, _s, _e in tokenize("don’t donʼt don't")] == ["don't"] * 3
    assert [t for t, _s, _e in tokenize("cafe\u0301 café")] == ["café", "café"]
    # the zero-width non-joiner parts a Persian word's pieces where other writers put a space
    assert tokenize("می\u200cخواهم") == tokenize("می خواهم")


def test_entities_are_resolved_in_place_and_offsets_stay_valid() -> None:
    text = "AT&amp;T didn&#8217;t say &quot;no&quot; &mdash; caf&eacute; &bogus; &#x27;ok&#39;s"
    story = story_text(text)
    assert len(story) == len(text)
    toks = tokenize(story)
    assert [t for t, _s, _e in toks] == ["at", "t", "didn't", "say", "no", "café", "bogus", "ok's"]
    # spans point into the original text: the passage offsets of `trace` stay right
    assert [text[s:e] for t, s, e in toks][2] == "didn&#8217;t"
    assert story_text("no references & here; 5 < 6") == "no references & here; 5 < 6"


def test_trimmed_copy_with_other_typography_is_found_and_unrelated_story_is_not() -> None:
    """A wire copy cut from the bottom *and* run through another system's typography."""
    paras = STORY.split("\n")
    copy = entities(soft_hyphens(curly("\n".join(paras[:3]))))
    st = pair_stats(*(lambda f: (f.shingles, f.narration))(fingerprint(STORY)),
                    *(lambda f: (f.shingles, f.narration))(fingerprint(copy)))
    assert st.containment == 1.0
    res = tracer.dedup([{"id": "wire", "text": STORY}, {"id": "copy", "text": copy},
                        {"id": "other", "text": OTHER}, {"id": "other-copy", "text": zero_width(OTHER)}])
    where = {m: c.id for c in res.clusters for m in c.members}
    assert where["wire"] == where["copy"]
    assert where["other"] == where["other-copy"]
    assert where["wire"] != where["other"]
    row = {r["id"]: r for r in res.rows()}["copy"]
    assert row["containment"] == 1.0


def test_combining_marks_stay_inside_their_words() -> None:
    """Vowel signs and hamza are combining marks: a word is not cut at them (Python's \\w would)."""
    hindi = "नगर परिषद ने नए पुल के निर्माण की घोषणा की"
    assert [t for t, _s, _e in tokenize(hindi)] == hindi.split()
    arabic = "أعلن المجلس البلدي في مدينة المثال عن بناء جسر جديد فوق الميناء"
    assert [t for t, _s, _e in tokenize(unicodedata.normalize("NFD", arabic))] == arabic.split()


@pytest.mark.parametrize("text", [
    "أعلن المجلس البلدي في مدينة المثال يوم الثلاثاء عن بناء جسر جديد فوق الميناء بعد نقاش طويل بين السكان "
    "وقال رئيس البلدية إن الأشغال ستبدأ في الربيع المقبل إذا سمح الطقس بذلك",
    "नगर परिषद ने मंगलवार को बंदरगाह पर नए पुल के निर्माण की घोषणा की और कहा कि काम अगले वसंत में शुरू होगा "
    "महापौर ने बताया कि \u0958रीब पाँच साल की बहस के बाद यह \u095eैसला लिया गया",  # precomposed nukta letters
    "시의회는 화요일 항구를 가로지르는 새 다리를 짓기로 의결했으며 시장은 공사가 내년 봄에 시작될 것이라고 말했다 "
    "주민들은 오랜 논쟁 끝에 내려진 결정을 환영했다"])
def test_decomposed_copy_in_other_scripts_has_the_same_shingles(text: str) -> None:
    copy = unicodedata.normalize("NFD", text)
    assert copy != text
    assert fingerprint(text).shingle_set == fingerprint(copy).shingle_set


@pytest.mark.parametrize("edit", ["soft hyphens", "zero-width characters", "HTML entities", "all at once"])
def test_compare_reads_a_typographic_copy_as_the_same_text(edit: str) -> None:
    from tracer.compare import compare

    copy = EDITS[edit](STORY)
    got = compare(STORY, copy)
    assert got.same_story and got.score == compare(STORY, STORY).score
    assert compare(copy, OTHER).score == pytest.approx(compare(STORY, OTHER).score, abs=0.02)


def test_a_story_without_line_breaks_that_ends_in_a_photo_credit_keeps_its_text() -> None:
    """A copy whose paragraphs were merged into one line is no caption line: only its credit is blanked."""
    one_line = " ".join(STORY.split("\n")) + " (Example Photo/Jane Roe)"
    story = story_text(one_line)
    assert "footbridge across the harbour" in story and "Example Photo" not in story
    st = pair_stats(*(lambda f: (f.shingles, f.narration))(fingerprint(STORY)),
                    *(lambda f: (f.shingles, f.narration))(fingerprint(one_line)))
    assert st.containment > 0.95
    # a caption line of its own is still blanked whole
    captioned = STORY + "\nThe old fish market at dawn, seen from the pier. (Example Photo/Jane Roe)"
    assert "fish market at dawn" not in story_text(captioned)
