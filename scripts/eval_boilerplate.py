"""Site boilerplate against copy finding, measured on invented corpora (no real data needed).

Each corpus has several outlets. Every outlet publishes short stories (40–140 words of
invented words, Zipf-distributed so stories share common phrases as real ones do) and
puts its own furniture on them: a footer (subscribe blurb, newsroom contact) of a given
length, and on some outlets a sidebar of teasers in the middle. The truth has copies too:
  * syndication: a story republished by another outlet, trimmed or not, with that outlet's
    footer, sometimes with a syndicator's sign-off paragraph appended;
  * same-site updates: a later version of a story on its own site (a paragraph added and a
    word changed; or its last paragraph rewritten — the hard case for a boilerplate rule);
  * a same-site digest page holding the opening of three of the site's stories.
Pairs are scored against the story families (a digest belongs to the story it holds most
of, as the clustering rule says). "before" runs the same records without publisher and
URL (no site known: nothing is judged as boilerplate, the old behaviour); "now" with them.

    python scripts/eval_boilerplate.py [--seeds 2] [--stories 30]
"""

from __future__ import annotations

import argparse
import itertools
import random
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import tracer  # noqa: E402
from tracer.model import Article  # noqa: E402

SYLL = ["ka", "lo", "mi", "ne", "ru", "ta", "vo", "si", "pe", "da", "gu", "ri", "zo", "fa", "te", "bo"]


def lexicon(rng: random.Random, n: int = 3000) -> list[str]:
    words: set[str] = set()
    while len(words) < n:
        words.add("".join(rng.choice(SYLL) for _ in range(rng.randint(1, 4))))
    return sorted(words)


class Writer:
    def __init__(self, rng: random.Random):
        self.rng = rng
        self.words = lexicon(rng)
        self.weights = [1 / (k + 1) for k in range(len(self.words))]  # Zipf: common phrases recur

    def sentence(self) -> str:
        w = self.rng.choices(self.words, self.weights, k=self.rng.randint(8, 18))
        return " ".join(w).capitalize() + "."

    def paragraph(self, words: int) -> str:
        out: list[str] = []
        while sum(len(s.split()) for s in out) < words:
            out.append(self.sentence())
        return " ".join(out)

    def body(self, words: int) -> list[str]:
        paras, left = [], words
        while left > 0:
            n = min(left, self.rng.randint(25, 45))
            paras.append(self.paragraph(n))
            left -= n
        return paras


def corpus(seed: int, stories: int, footer_words: int) -> tuple[list[Article], dict[str, str]]:
    """Articles and their story family (id -> family)."""
    rng = random.Random(seed)
    w = Writer(rng)
    outlets = [f"outlet{k}.test" for k in range(5)]
    footer = {o: w.paragraph(footer_words) if footer_words else "" for o in outlets}
    sidebar = {o: "\n".join(w.sentence() for _ in range(4)) if k % 2 else "" for k, o in enumerate(outlets)}
    signoff = w.paragraph(40)  # the syndicator's paragraph under everything it republishes
    arts: list[Article] = []
    fam: dict[str, str] = {}

    def page(aid: str, outlet: str, paras: list[str], family: str, url: bool = False) -> None:
        parts = [f"Headline {aid}"] + paras[:1] + ([sidebar[outlet]] if sidebar[outlet] else []) + paras[1:]
        if footer[outlet]:
            parts.append(footer[outlet])
        # half the outlets are known by their URL only (the host is the site)
        arts.append(Article(id=aid, text="\n".join(parts), publisher=None if url else outlet,
                            url=f"https://www.{outlet}/{aid}" if url else None))
        fam[aid] = family

    for k, outlet in enumerate(outlets):
        by_url = k % 2 == 1
        bodies = []
        for s in range(stories):
            sid = f"{outlet}-s{s}"
            paras = w.body(rng.randint(40, 140))
            bodies.append((sid, paras))
            page(sid, outlet, paras, sid, by_url)
            roll = rng.random()
            if roll < 0.15:  # an update: a paragraph added, a word changed
                upd = list(paras)
                upd[0] = upd[0].replace(upd[0].split()[3], "changed", 1)
                page(f"{sid}-u1", outlet, upd + [w.paragraph(30)], sid, by_url)
                page(f"{sid}-u2", outlet, upd + [w.paragraph(30), w.paragraph(30)], sid, by_url)
            elif roll < 0.22 and len(paras) > 2:  # an update that rewrites its last paragraph
                page(f"{sid}-r1", outlet, paras[:-1] + [w.paragraph(35)], sid, by_url)
            elif roll < 0.40:  # syndicated to another outlet, maybe trimmed, maybe with a sign-off
                other = outlets[(k + rng.randint(1, len(outlets) - 1)) % len(outlets)]
                copy = paras[: max(1, len(paras) - rng.randint(0, 1))]
                if rng.random() < 0.5:
                    copy = copy + [signoff]
                page(f"{sid}-syn", other, copy, sid, outlets.index(other) % 2 == 1)
        if stories >= 6:  # a digest of the openings of three stories; it joins the first one
            picks = rng.sample(bodies, 3)
            page(f"{outlet}-digest", outlet, [p[1][0] for p in picks], picks[0][0], by_url)
    return arts, fam


def pairs_of(groups: dict[str, list[str]]) -> set[tuple[str, str]]:
    return {tuple(sorted(p)) for g in groups.values() for p in itertools.combinations(g, 2)}


def score(arts: list[Article], fam: dict[str, str], sites: bool) -> tuple[float, float, int]:
    if not sites:
        arts = [Article(id=a.id, text=a.text) for a in arts]
    res = tracer.dedup(arts)
    got: dict[str, list[str]] = defaultdict(list)
    for cl in res.clusters:
        got[cl.id] = list(cl.members)
    truth: dict[str, list[str]] = defaultdict(list)
    for aid, f in fam.items():
        truth[f].append(aid)
    # a digest links to the story it mostly holds; its other two stories are not its family
    p, t = pairs_of(got), pairs_of(truth)
    tp = len(p & t)
    return tp / max(1, len(p)), tp / max(1, len(t)), len(p - t)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seeds", type=int, default=2)
    ap.add_argument("--stories", type=int, default=30, help="original stories per outlet")
    a = ap.parse_args()
    print("footer  seed  articles | before: P     R     false | now: P     R     false")
    for footer_words in (0, 30, 75, 150):
        for seed in range(a.seeds):
            arts, fam = corpus(1000 * footer_words + seed, a.stories, footer_words)
            bp, br, bf = score(arts, fam, sites=False)
            np_, nr, nf = score(arts, fam, sites=True)
            print(f"{footer_words:>6}  {seed:>4}  {len(arts):>8} |       {bp:.3f} {br:.3f} {bf:>5} |"
                  f"      {np_:.3f} {nr:.3f} {nf:>5}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
