"""Site boilerplate in copy verification: a passage one site puts under many different stories.

A subscribe blurb, a newsroom-contact paragraph, an "about us" footer or a sidebar of
teasers is the same text on every page of a site. On short stories it can be a third
or more of the text, and then two unrelated stories of that site pass the copy rule
(`tracer.match.PairStats.is_copy`) on the footer alone: a feed deduplicated per site
collapsed into one cluster.

Why verification and not fingerprinting: which passages are a site's boilerplate
depends on the corpus (the other pages of the site), while fingerprints are stored and
reused incrementally under one scheme string. So fingerprints stay as they are and a
verified pair whose two sides have a site is judged again here:

* the shared shingles S of the pair are looked up in the site's other pages;
* a *witness* is another page of the site holding at least `MIN_SHARED` shingles of S
  whose own text outside S is a story (at least `MIN_SHARED` shingles) unrelated to
  either side's text outside S (at most `MAX_REST_OVERLAP`, 5 %, of the shorter in
  common: the few phrases two unrelated stories share by chance): a page of another
  story carrying the same passage. A later version of the same story, a shorter
  version or a page that is only the passage are no witnesses. The bar is low on
  purpose: a wire story's versions through the day (new lead, shared background
  paragraphs) share names and phrases outside the shared paragraphs; with "less than
  a third in common" as the bar, such a version counted as a witness and the shared
  background as boilerplate, and the labelled wire corpus lost half its recall;
* with at least `MIN_WITNESSES` witnesses, the part of S the witnesses hold is the
  site's boilerplate: it is removed from both sides and the pair must pass the copy
  rule again on what remains. Versions and updates of one story share their body, which
  no witness holds, and still match; a side that is (almost) all boilerplate, a page
  that is only the footer, keeps the plain decision (the clustering treats such a
  passage page as a hub).

Pairs of two different sites are judged only against a passage that is boilerplate on
*both* (each site has its own witness): a syndicator's sign-off both outlets put under
everything it supplies joins no unrelated stories, while a story one site copied from
the other is the same text on both but sits beside no other story on either, and stays
a copy. The site is the publisher, else the host of the URL; an article with neither is
not judged. The copy a pair keeps reports the figures without the boilerplate.

The credits parser has its own, line-based clutter finder (`tracer.credits.clutter`):
short head/tail lines repeated on half a site's pages. It does not fit here: footers
are long, can stand mid-text (a sidebar) and feed texts often have no line breaks, so
this module works on shingles, which every text has; and its "half the site's pages"
rule lost the sign-off case (see docs/dedup.md).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TypeVar
from urllib.parse import urlsplit

import numpy as np

from tracer.fingerprint import _HASH_BITS
from tracer.match import MIN_SHARED, MIN_STORY, PairStats, overlap, pair_stats, to_match
from tracer.model import Match

MIN_WITNESSES = 1     # other pages of other stories that carry the passage (the pair itself makes two more)
MAX_REST_OVERLAP = 0.05  # a witness's own text shares at most this much with either side's (chance phrases)
MAX_HOLDERS = 64      # pages read per shingle: bounds a lookup on a site of thousands of pages
MAX_WITNESSES = 8     # enough to know the passage; bounds the work on a site with thousands of pages
_DOC_BITS = 64 - _HASH_BITS  # shingle hashes are `_HASH_BITS` wide: the page number fits beside them
_DOC_SHIFT = np.uint64(_DOC_BITS)
Shingles = Callable[[int], tuple[np.ndarray, np.ndarray]]


def site_key(publisher: str | None, url: str | None) -> str:
    """The site an article belongs to: its publisher (case-folded), else its URL's host without `www.`."""
    p = (publisher or "").strip().lower()
    if p:
        return p
    if not url:
        return ""
    try:
        host = urlsplit(str(url).strip()).hostname or ""
    except ValueError:
        return ""
    return host.removeprefix("www.")


class SiteIndex:
    """The shingles of one site's pages, sorted once, to find the pages holding a set of shingles."""

    def __init__(self, members: list[int], shingles: Shingles):
        self.members = members
        self.shingles = shingles
        parts = [shingles(m)[0] for m in members]
        lens = np.fromiter((len(p) for p in parts), dtype=np.int64, count=len(parts))
        h = np.concatenate(parts) if parts else np.zeros(0, np.uint64)
        doc = np.repeat(np.arange(len(members), dtype=np.int64), lens)
        if len(members) < 1 << _DOC_BITS:  # one sort of (hash, page) packed in 64 bits: faster than argsort
            key = np.sort((h.astype(np.uint64) << _DOC_SHIFT) | doc.astype(np.uint64))
            h, doc = key >> _DOC_SHIFT, (key & np.uint64((1 << _DOC_BITS) - 1)).astype(np.int64)
        else:
            order = np.argsort(h, kind="stable")
            h, doc = h[order], doc[order]
        # only shingles on two or more of the site's pages can be a passage a witness shares with
        # a page of the pair: the others (most of every text) are dropped, so lookups stay small
        if len(h):
            first = np.concatenate(([True], h[1:] != h[:-1]))
            starts = np.flatnonzero(first)
            runs = np.diff(np.append(starts, len(h)))
            keep = np.repeat(runs >= 2, runs)
            h, doc = h[keep], doc[keep]
        self.hashes, self.docs = h, doc

    def holding(self, s: np.ndarray, at_least: int) -> list[tuple[int, int]]:
        """(member, count) of the pages holding at least `at_least` of the shingles `s`, most first."""
        if len(s) == 0 or len(self.hashes) == 0:
            return []
        lo = np.searchsorted(self.hashes, s, "left")
        hi = np.searchsorted(self.hashes, s, "right")
        # a footer's shingles are on every page of the site: read the first `MAX_HOLDERS` pages of each
        # (pages in index order, so the same pages come first for every shingle of one passage)
        n = np.minimum(hi - lo, MAX_HOLDERS)
        if not n.any():
            return []
        starts = np.repeat(lo - np.concatenate(([0], np.cumsum(n)[:-1])), n)
        idx = starts + np.arange(int(n.sum()))
        counts = np.bincount(self.docs[idx], minlength=len(self.members))
        hit = np.flatnonzero(counts >= at_least)
        hit = hit[np.argsort(-counts[hit], kind="stable")]
        return [(self.members[k], int(counts[k])) for k in hit.tolist()]


def _related(x: np.ndarray, y: np.ndarray) -> bool:
    """Two texts (outside the shared passage) may tell one story: more in common than two
    unrelated stories share by chance (a few common phrases)."""
    if len(x) == 0 or len(y) == 0:
        return False
    n = overlap(x, y)
    return n >= 3 and n > MAX_REST_OVERLAP * min(len(x), len(y))


def _held_by_witnesses(a: int, b: int, shared: np.ndarray, rest_a: np.ndarray, rest_b: np.ndarray,
                       index: SiteIndex) -> np.ndarray:
    """The part of `shared` that pages of other stories on `index`'s site hold (empty: fewer
    than `MIN_WITNESSES` such pages)."""
    held: list[np.ndarray] = []
    for c, _n in index.holding(shared, MIN_SHARED):
        if c in (a, b):
            continue
        sc = index.shingles(c)[0]
        rest_c = np.setdiff1d(sc, shared, assume_unique=True)
        if len(rest_c) < MIN_SHARED or _related(rest_c, rest_a) or _related(rest_c, rest_b):
            continue  # the passage alone, a version of a's or b's story: no witness
        held.append(np.intersect1d(shared, sc, assume_unique=True))
        if len(held) >= MAX_WITNESSES:
            break
    if len(held) < MIN_WITNESSES:
        return np.zeros(0, np.uint64)
    return np.unique(np.concatenate(held))


def boilerplate_of(a: int, b: int, indexes: list[SiteIndex]) -> np.ndarray:
    """The shingles a and b share that are boilerplate on every site in `indexes` (one site when
    a and b are of one site; both sites otherwise). Empty when none is."""
    sa, sb = indexes[0].shingles(a)[0], indexes[0].shingles(b)[0]
    shared = np.intersect1d(sa, sb, assume_unique=True)
    if len(shared) < MIN_SHARED:
        return np.zeros(0, np.uint64)
    rest_a = np.setdiff1d(sa, shared, assume_unique=True)
    rest_b = np.setdiff1d(sb, shared, assume_unique=True)
    boiler = shared
    for index in indexes:
        boiler = np.intersect1d(boiler, _held_by_witnesses(a, b, boiler, rest_a, rest_b, index), assume_unique=True)
        if len(boiler) == 0:
            break
    return boiler


def judge(a: int, b: int, st: PairStats, indexes: list[SiteIndex]) -> PairStats | None:
    """A pair that passed the copy rule, judged without its sites' boilerplate:
    the stats of what remains when it is still a copy (`st` itself when no boilerplate is
    involved), or None when it is not. The figures of a copy then measure the story, not
    the furniture: the clustering's strong/weak links read them (a digest page and two
    of the stories it holds, all under one long footer, looked like versions of each other)."""
    boiler = boilerplate_of(a, b, indexes)
    if len(boiler) == 0:
        return st
    (sa, na), (sb, nb) = indexes[0].shingles(a), indexes[0].shingles(b)
    ra, rb = np.setdiff1d(sa, boiler, assume_unique=True), np.setdiff1d(sb, boiler, assume_unique=True)
    if min(len(ra), len(rb)) < MIN_STORY:  # a page that is the passage itself: the plain decision
        return st
    left = pair_stats(ra, np.setdiff1d(na, boiler, assume_unique=True), rb,
                      np.setdiff1d(nb, boiler, assume_unique=True))
    return left if left.is_copy() else None


class SiteJudge:
    """Judges verified pairs among a set of articles, building each site's index on first need."""

    def __init__(self, sites: dict[int, str], shingles: Shingles):
        self.sites = sites
        self.shingles = shingles
        self._members: dict[str, list[int]] | None = None
        self._index: dict[str, SiteIndex] = {}

    def judged(self, a: int, b: int) -> bool:
        """Whether the pair can be judged: both sides have a site."""
        return bool(self.sites.get(a)) and bool(self.sites.get(b))

    def _site_index(self, site: str) -> SiteIndex | None:
        if self._members is None:
            self._members = {}
            for x, s in self.sites.items():
                if s:
                    self._members.setdefault(s, []).append(x)
        index = self._index.get(site)
        if index is None:
            members = self._members.get(site, [])
            if len(members) < 1 + MIN_WITNESSES:  # the page itself and its witnesses
                return None
            index = self._index[site] = SiteIndex(sorted(members), self.shingles)
        return index

    def judge(self, a: int, b: int, st: PairStats) -> PairStats | None:
        """The stats of a verified pair without its sites' boilerplate (`st` when there is none),
        or None when they are copies only through it. One site: its boilerplate. Two sites: only
        a passage that each of the two sites puts under other stories (a syndicator's sign-off
        that both outlets carry on everything it supplies): a story one site copied from
        the other is the same text on both, but no other page of either site holds it."""
        if not self.judged(a, b):
            return st
        indexes = []
        for site in dict.fromkeys((self.sites[a], self.sites[b])):
            index = self._site_index(site)
            if index is None:
                return st
            indexes.append(index)
        return judge(a, b, st, indexes)


K = TypeVar("K")


def rejudged(found: Iterable[tuple[int, int, K, Match]], judge: SiteJudge) -> list[tuple[int, int, K, Match]]:
    """Verified matches `(a, b, tag, match)` (a, b: the judge's article numbers) with each site's
    boilerplate discounted: kept as they are, kept with the figures left without the
    boilerplate, or dropped when the sides are copies only through it. An aligned match (a
    short page found inside a long one) was not decided on shared shingles and is kept."""
    out = []
    for a, b, tag, m in found:
        if m.method == "aligned" or not judge.judged(a, b):
            out.append((a, b, tag, m))
            continue
        sa, na = judge.shingles(a)
        sb, nb = judge.shingles(b)
        st = pair_stats(sa, na, sb, nb)
        left = judge.judge(a, b, st)
        if left is st:
            out.append((a, b, tag, m))
        elif left is not None:
            out.append((a, b, tag, to_match(m.a, m.b, left)))
    return out
