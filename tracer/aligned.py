"""Edit-tolerant containment for short pages: a headline and a standfirst against a story.

Why: many scraped pages hold no body, only a headline and a dek (standfirst) rewritten
from the wire story's opening in headline style: articles and appositions dropped
("documents revealed longtime Republican guru played key role" for "documents revealed
that X, a longtime Republican guru, played a key role"). Every dropped word breaks the
word 3-grams around it, so the exact shingle containment of such a page is low (a
quarter, say) although every word of its dek is the wire's, in the wire's order.

So when the shorter text of a candidate pair is short (`tracer.index.SHORT_TEXT`
shingles) and shares a little verbatim text (`MIN_SHARED_SHINGLES`), and the exact check
said no, each of its segments (lines, and scraped fields separated by runs of spaces;
boilerplate and repeats left out) is aligned to the longer text on tokens: the longest
common subsequence (rapidfuzz, in C) with the best window of the longer text. A
segment counts as found when `SEGMENT_COVER` of its words outside quotation marks come
back in order within a window at most twice its length; the pair is a copy when the
found words make `tracer.match.MIN_CONTAINMENT` of the page's words and at least
`tracer.match.MIN_SHARED`. Quoted words never count as found, on either side (a
segment found where the longer text is mostly inside quotation marks is not found):
two outlets quoting one speaker are not copies. The aligned segments are the evidence (edited passages with
character spans on both sides).

Public surface: `aligned_containment(short_text, long_text)`, `needs_alignment(stats)`,
`aligned_match(a_id, text_a, b_id, text_b, stats)`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from rapidfuzz.distance import LCSseq

from tracer.fingerprint import _QUOTES, is_boilerplate, story_text, tokenize
from tracer.index import SHORT_TEXT
from tracer.match import MIN_CONTAINMENT, MIN_SHARED, PairStats
from tracer.model import Match, Passage

MIN_SHARED_SHINGLES = 2   # verbatim shingles (word 3-grams) the pair must share before alignment is tried
SEGMENT_COVER = 0.8       # share of a segment's unquoted words found in order
MIN_SEGMENT_WORDS = 6     # shorter segments (a kicker, a label) are never "found"
_SEGMENT = re.compile(r"\n|[ \t\u00a0]{3,}")
_MARKS = re.compile(f"[{_QUOTES}\n]")
_QUOTED = re.compile(f"[{_QUOTES}][^{_QUOTES}\n]{{1,400}}[{_QUOTES}]")  # a quoted span within a line


@dataclass
class Alignment:
    """How much of a short text is found, edit-tolerantly, in a longer one."""

    words: int = 0          # words of the short text's distinct, non-boilerplate segments
    found: int = 0          # words of those segments found in order in the longer text
    passages: list[Passage] = field(default_factory=list)  # target = the short text

    @property
    def containment(self) -> float:
        return self.found / self.words if self.words else 0.0


def _segments(text: str) -> list[tuple[int, int]]:
    """Character spans of the distinct, non-boilerplate segments of a text."""
    out, seen, pos = [], set(), 0
    for m in [*_SEGMENT.finditer(text), None]:
        end = m.start() if m else len(text)
        s, e = pos, end
        pos = m.end() if m else len(text)
        seg = text[s:e].strip()
        if not seg or is_boilerplate(seg):
            continue
        key = tuple(t for t, _a, _b in tokenize(seg))
        if key and key not in seen:
            seen.add(key)
            lead = len(text[s:e]) - len(text[s:e].lstrip())
            out.append((s + lead, s + lead + len(seg)))
    return out


def aligned_containment(short_text: str, long_text: str) -> Alignment:
    """Share of `short_text`'s words found in order in `long_text`, segment by segment.

    Both are story texts (`tracer.fingerprint.story_text`). Quoted words of a segment
    count in its length but never as found, and a segment found in a stretch of the
    longer text that is mostly inside quotation marks is not found either.
    """
    long_toks = tokenize(long_text)
    words = [t for t, _s, _e in long_toks]
    quoted: list[bool] | None = None
    res = Alignment()
    for s, e in _segments(short_text):
        seg = short_text[s:e]
        toks = tokenize(seg)
        res.words += len(toks)
        narr = [t for t, _a, _b in tokenize(_QUOTED.sub(" ", seg))]
        m = len(narr)
        if m < MIN_SEGMENT_WORDS or not words:
            continue
        width, step = 2 * m, max(1, m // 4)
        best, at = 0, 0
        for start in range(0, max(1, len(words) - m + step), step):
            score = LCSseq.similarity(narr, words[start:start + width], score_cutoff=best + 1)
            if score > best:
                best, at = score, start
                if best == m:
                    break
        if best < SEGMENT_COVER * m:
            continue
        first, last = _tightest(narr, words, at, width, best)
        if quoted is None:
            quoted = _quoted(long_text, long_toks)
        if 2 * sum(quoted[first:last + 1]) > last + 1 - first:
            continue  # the other text quotes these words: a shared quote, not a copy
        res.found += best
        res.passages.append(Passage(target=(s, e), other=(long_toks[first][1], long_toks[last][2]),
                                    kind="edited", score=round(best / m, 4)))
    return res


def _quoted(text: str, toks: list[tuple[str, int, int]]) -> list[bool]:
    """Per token: inside double quotation marks (odd count since its line began)?"""
    marks = [(m.start(), m.group()) for m in _MARKS.finditer(text)]
    out, k, inside = [], 0, False
    for _t, start, _e in toks:
        while k < len(marks) and marks[k][0] < start:
            inside = False if marks[k][1] == "\n" else not inside
            k += 1
        out.append(inside)
    return out


def _tightest(narr: list[str], words: list[str], at: int, width: int, best: int) -> tuple[int, int]:
    """First and last token of the shortest stretch of `words[at:at+width]` that still
    holds the whole common subsequence: the passage, without stray matches of "a"."""
    lo, hi = at, min(len(words), at + width)
    while lo + 1 < hi and LCSseq.similarity(narr, words[lo + 1:hi], score_cutoff=best) >= best:
        lo += 1
    while hi - 1 > lo and LCSseq.similarity(narr, words[lo:hi - 1], score_cutoff=best) >= best:
        hi -= 1
    return lo, hi - 1


def needs_alignment(st: PairStats) -> bool:
    """A pair the exact check refused that may still be a headline-and-dek page of the other."""
    return (0 < min(st.len_a, st.len_b) < SHORT_TEXT and st.shared >= MIN_SHARED_SHINGLES
            and not st.is_copy())


def aligned_match(a_id: str, text_a: str, b_id: str, text_b: str, st: PairStats,
                  stories: bool = True) -> Match | None:
    """The `Match` of a short page found edit-tolerantly in the other text, else None.

    `text_a`/`text_b` are story texts when `stories`, else raw article texts.
    Containment of the short side is the aligned share of its words; the long side's
    is scaled by the shingle counts; similarity stays the exact shingle Jaccard.
    """
    if not stories:
        text_a, text_b = story_text(text_a), story_text(text_b)
    a_short = st.len_a <= st.len_b
    al = aligned_containment(text_a, text_b) if a_short else aligned_containment(text_b, text_a)
    if al.found < MIN_SHARED or al.containment < MIN_CONTAINMENT:
        return None
    c_short = al.containment
    c_long = min(1.0, c_short * min(st.len_a, st.len_b) / max(1, max(st.len_a, st.len_b)))
    union = st.len_a + st.len_b - st.shared
    return Match(a=a_id, b=b_id, similarity=st.shared / max(1, union),
                 containment_a=c_short if a_short else c_long, containment_b=c_long if a_short else c_short,
                 method="aligned")


__all__ = ["MIN_SHARED_SHINGLES", "SEGMENT_COVER", "Alignment", "aligned_containment", "aligned_match",
           "needs_alignment"]
