"""Measure `tracer.compare` on the SemEval-2022 pairs in ../shared/data (when present).

Prints AUC (Overall ≤ 1.5 vs ≥ 3.5) and Pearson with −Overall for cross-language,
same-language and all pairs, for tracer's score and for reference measures computed in
the same run (word-3-gram Jaccard ≈ plain MinHash, char-5-gram Jaccard, capitalised
words + numbers Jaccard). `--folds K` reports the same figures per fold of a K-fold
split (nothing is fitted; the folds show the spread). `--lang` measures language
identification on the same texts.

    python scripts/eval_compare.py [--data ../shared/data] [--folds 5] [--lang]
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
import time
from pathlib import Path

import numpy as np

from tracer.compare import compare_sides, side
from tracer.fingerprint import shingle_hashes, token_hashes, tokenize


def auc(pos: list[float], neg: list[float]) -> float:
    if not pos or not neg:
        return float("nan")
    p, n = np.array(pos)[:, None], np.array(neg)[None, :]
    return float(((p > n).sum() + 0.5 * (p == n).sum()) / (len(pos) * len(neg)))


def pearson(x: list[float], y: list[float]) -> float:
    return float(np.corrcoef(x, y)[0, 1]) if len(x) > 2 else float("nan")


def jacc(a: set, b: set) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0


def w3(t: str) -> set:
    return set(shingle_hashes(token_hashes(tokenize(t)), 3).tolist())


def c5(t: str) -> set:
    t = re.sub(r"\s+", " ", t.casefold())
    return {t[i:i + 5] for i in range(max(1, len(t) - 4))}


def capnum(t: str) -> set:
    return {w for w in re.findall(r"\b(?:[A-Z]\w+|\d+)\b", t)}


def report(name: str, rows: list[dict], scores: list[float]) -> None:
    for sub, sel in (("cross", [i for i, r in enumerate(rows) if r["lang1"] != r["lang2"]]),
                     ("mono", [i for i, r in enumerate(rows) if r["lang1"] == r["lang2"]]),
                     ("all", list(range(len(rows))))):
        pos = [scores[i] for i in sel if float(rows[i]["Overall"]) <= 1.5]
        neg = [scores[i] for i in sel if float(rows[i]["Overall"]) >= 3.5]
        pr = pearson([scores[i] for i in sel], [-float(rows[i]["Overall"]) for i in sel])
        print(f"{name:14s} {sub:5s} AUC={auc(pos, neg):.3f} Pearson={pr:.3f} ({len(sel)} pairs)")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", default=str(Path(__file__).resolve().parents[2] / "shared" / "data"))
    ap.add_argument("--folds", type=int, default=0)
    ap.add_argument("--lang", action="store_true")
    ap.add_argument("--no-lang-hint", action="store_true", help="detect languages instead of using the labels")
    args = ap.parse_args()
    path = Path(args.data) / "semeval" / "dev_pairs.csv"
    if not path.exists():
        print(f"no data at {path}", file=sys.stderr)
        return 1
    rows, seen = [], set()
    for r in csv.DictReader(open(path, encoding="utf-8")):
        if r["pair_id"] not in seen:
            seen.add(r["pair_id"])
            rows.append(r)
    if args.lang:
        from tracer.lang import detect
        items = [(r["lang1"], r["text_1"]) for r in rows] + [(r["lang2"], r["text_2"]) for r in rows]
        items = [(lg, t) for lg, t in items if t.strip()]
        for n in (60, 200, 2000):
            t0 = time.perf_counter()
            ok = sum(detect(t[:n]) == lg for lg, t in items)
            dt = time.perf_counter() - t0
            print(f"lang {n:5d} chars: accuracy {ok / len(items):.3f}  {len(items) / dt:.0f} texts/s")
    t0 = time.perf_counter()
    ours = []
    for r in rows:
        hint = (None, None) if args.no_lang_hint else (r["lang1"], r["lang2"])
        ours.append(compare_sides(side(r["text_1"], hint[0]), side(r["text_2"], hint[1])).score)
    dt = time.perf_counter() - t0
    print(f"tracer compare: {len(rows)} pairs in {dt:.2f}s")
    report("tracer", rows, ours)
    report("word3-jaccard", rows, [jacc(w3(r["text_1"]), w3(r["text_2"])) for r in rows])
    report("char5-jaccard", rows, [jacc(c5(r["text_1"]), c5(r["text_2"])) for r in rows])
    report("capnum-jacc", rows, [jacc(capnum(r["text_1"]), capnum(r["text_2"])) for r in rows])
    if args.folds:
        rng = np.random.RandomState(0)
        fold = rng.randint(0, args.folds, size=len(rows))
        for k in range(args.folds):
            idx = [i for i in range(len(rows)) if fold[i] == k]
            report(f"fold {k}", [rows[i] for i in idx], [ours[i] for i in idx])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
