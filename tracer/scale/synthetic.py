"""Synthetic news corpora with known copies, for the Spark parity test and the scale benchmark.

Why synthetic: the parity test must run on any machine (no shared data), and the scale
benchmark needs up to a million articles. Stories are random word sequences from a
made-up vocabulary (so unrelated stories share almost no shingles), grouped into
families: an original plus copies that are verbatim with a credit line, trimmed to their
first paragraphs, lightly edited (words swapped), merged with another story's brief, or
a teaser page (share bar, a new headline and a dek that is one of the story's sentences
with a fifth of its words dropped, as headline style does) — the kinds of reuse the
matching engine must group. A block of identical short notices
makes one LSH bucket larger than the star threshold, and a few records are bad on
purpose (invalid JSON, no text, blank text, a repeated id) so both engines meet the
same bad input.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import numpy as np

_SYLLABLES = ["ka", "lo", "mi", "ne", "ru", "ta", "vo", "shi", "den", "bar", "tel", "qui", "pra", "sol", "gen",
              "mar", "ost", "ul", "ve", "zan", "dor", "fi", "hak", "jun", "per", "ris", "tok", "wen", "yl", "ex"]
_AGENCIES = ["(AP)", "(Reuters)", "(AFP)", "/ VOA", "Source: dpa", "Burimi: VOA"]


def _vocabulary(rng: np.random.Generator, size: int) -> list[str]:
    """`size` distinct made-up words of two to four syllables, in a seeded random order."""
    pairs = [a + b for a in _SYLLABLES for b in _SYLLABLES]
    words = sorted(set(pairs) | {p + s for p in pairs for s in _SYLLABLES})
    pick = rng.permutation(len(words))[:size]
    return [words[int(i)] for i in pick]


class _Writer:
    def __init__(self, seed: int, vocab_size: int = 20_000):
        self.rng = np.random.default_rng(seed)
        self.vocab = _vocabulary(self.rng, vocab_size)

    def paragraphs(self, n_paras: int, words: tuple[int, int] = (35, 70)) -> list[str]:
        lens = self.rng.integers(*words, size=n_paras)
        idx = self.rng.integers(0, len(self.vocab), int(lens.sum())).tolist()
        vocab, out, at = self.vocab, [], 0
        for n in lens.tolist():
            p = " ".join([vocab[i] for i in idx[at:at + n]])
            out.append(p[:1].upper() + p[1:] + ".")
            at += n
        return out

    def edit(self, paras: list[str], rate: float = 0.06) -> list[str]:
        out = []
        for p in paras:
            ws = p.split(" ")
            hits = self.rng.random(len(ws)) < rate
            for i in np.flatnonzero(hits):
                ws[i] = self.vocab[int(self.rng.integers(0, len(self.vocab)))]
            out.append(" ".join(ws))
        return out


def synthetic_records(n: int, seed: int = 7, *, bad: bool = True, big_bucket: int = 0,
                      paras: tuple[int, int] = (3, 9), words: tuple[int, int] = (35, 70)) -> Iterator[dict | str]:
    """About `n` corpus records (dicts, or a raw string for a deliberately bad line).

    Each record has `id`, `text` (paragraphs separated by newlines), `publisher`, `date`
    and `story` (the family it was built from, a hint for eyeballing, not a label the
    engines read). A story has `paras` paragraphs of `words` words (ranges, end excluded).
    """
    w = _Writer(seed)
    rng = w.rng
    paras_range = paras
    recs: list[dict | str] = []
    fam = 0
    briefs: list[list[str]] = []
    while len(recs) < n:
        fam += 1
        paras = w.paragraphs(int(rng.integers(*paras_range)), words)
        day = f"2026-0{1 + fam % 9}-{10 + fam % 18:02d}T{fam % 24:02d}:00:00Z"
        family = [{"text": "\n".join(paras), "publisher": f"outlet{fam % 97}", "date": day}]
        kinds = rng.choice(["verbatim", "trimmed", "edited", "merged", "teaser"], p=[0.24, 0.24, 0.24, 0.18, 0.1],
                           size=int(rng.choice([0, 0, 0, 1, 1, 2, 3])))
        for k, kind in enumerate(kinds):
            credit = _AGENCIES[int(rng.integers(0, len(_AGENCIES)))]
            if kind == "verbatim":
                body = [f"By Staff {credit}", *paras]
            elif kind == "trimmed":
                body = paras[:max(1, int(len(paras) * rng.uniform(0.3, 0.7)))]
            elif kind == "edited":
                body = w.edit(paras)
            elif kind == "teaser":
                words_ = paras[0].rstrip(".").split(" ")
                at = int(rng.integers(0, max(1, len(words_) - 24)))
                dek = [x for x in words_[at:at + 24] if rng.random() >= 0.2]
                body = ["Share Facebook Twitter Email", w.paragraphs(1, (7, 10))[0], " ".join(dek) + "."]
            else:
                other = briefs[int(rng.integers(0, len(briefs)))] if briefs else w.paragraphs(1)
                body = [*other[:1], *paras]
            family.append({"text": "\n".join(body), "publisher": f"outlet{(fam + k + 1) % 97}",
                           "date": day.replace("T", "T1") if k % 2 else day})
        briefs.append(paras[:1])
        if len(briefs) > 50:
            briefs.pop(0)
        for r in family:
            r["story"] = f"s{fam}"
        recs.extend(family)
    if big_bucket:
        notice = "This page is temporarily unavailable in your region please try again later or visit our home page"
        recs.extend({"text": notice, "publisher": "cdn", "date": None, "story": "notice"} for _ in range(big_bucket))
    order = rng.permutation(len(recs))
    shuffled = [recs[int(i)] for i in order]
    for i, r in enumerate(shuffled):
        if isinstance(r, dict):
            r["id"] = f"a{i:07d}"
    if bad and len(shuffled) > 20:
        shuffled[3] = "{not json"
        shuffled[5] = {"id": "no-text", "publisher": "x"}
        shuffled[7] = {"id": "blank", "text": "   \n  "}
        dup = dict(shuffled[11]) if isinstance(shuffled[11], dict) else {"text": "x"}
        shuffled.append({**dup, "text": dup.get("text", "") + "\nAn extra closing line."})
        noid = dict(shuffled[13]) if isinstance(shuffled[13], dict) else {"text": "y"}
        noid.pop("id", None)
        shuffled[13] = noid
    yield from shuffled


def write_jsonl(path: str | Path, n: int, seed: int = 7, **kw: object) -> int:
    """Write `synthetic_records(n, seed)` as JSON Lines; returns the number of lines."""
    count = 0
    with open(path, "w", encoding="utf-8") as fh:
        for rec in synthetic_records(n, seed, **kw):  # type: ignore[arg-type]
            fh.write((rec if isinstance(rec, str) else json.dumps(rec, ensure_ascii=False)) + "\n")
            count += 1
    return count


def edited_clusters(n_clusters: int, size: int, seed: int = 3, *, edit_rate: float = 0.04,
                    paras: int = 6) -> list[dict]:
    """`n_clusters` stories of `size` articles each: an original and lightly edited copies.

    Why: every copy shares text with every other, the worst case for a report that shows
    pairs (siblings grow with the square of `size`), so the HTML report's size and time
    can be measured against it. Each record has `id`, `text`, `publisher`, `date`, `url`.
    """
    w = _Writer(seed)
    out: list[dict] = []
    for c in range(n_clusters):
        body = w.paragraphs(paras)
        for k in range(size):
            text = body if k == 0 else w.edit(body, edit_rate)
            out.append({"id": f"c{c}-{k}", "text": "\n".join(text), "publisher": f"outlet{k}",
                        "date": f"2026-01-{1 + k % 28:02d}T{k % 24:02d}:00:00Z",
                        "url": f"https://outlet{k}.example/news/{c}"})
    return out
