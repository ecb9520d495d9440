"""Measure `tracer.compare` on the SemEval-2022 and NTREX pairs in ../shared/data (when present).

Every figure is printed per half of the fixed split (`scripts/_split.py`): SemEval pairs
by `pair_id`, NTREX pairs by their source document (`doc_a`, the English document every
pair of it starts from). Half 0 is the one rules may be tuned on; half 1 is held back.

* SemEval: AUC (Overall ≤ 1.5 vs ≥ 3.5) and Pearson with −Overall for cross-language,
  same-language and all pairs, for tracer's score and, with `--refs`, for reference
  measures computed in the same run (word-3-gram Jaccard ≈ plain MinHash, char-5-gram
  Jaccard, capitalised words + numbers Jaccard).
* NTREX: cross-language AUC (same document vs another document's translation), AUC per
  language, and the accuracy of `same_story` (one threshold for every language pair).

`--lang` measures language identification on the SemEval texts; `--no-lang-hint`
detects languages instead of using the labels.

    python scripts/eval_compare.py [--data ../shared/data] [--refs] [--lang] [--no-lang-hint]
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _split import half  # noqa: E402

from tracer.compare import Rarity, compare_sides, side  # noqa: E402
from tracer.fingerprint import positional_shingles, tokenize  # noqa: E402


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
    return set(positional_shingles(tokenize(t), 3).tolist())


def c5(t: str) -> set:
    t = re.sub(r"\s+", " ", t.casefold())
    return {t[i:i + 5] for i in range(max(1, len(t) - 4))}


def capnum(t: str) -> set:
    return {w for w in re.findall(r"\b(?:[A-Z]\w+|\d+)\b", t)}


def semeval_report(name: str, rows: list[dict], scores: list[float]) -> None:
    for h in (0, 1):
        parts = []
        for sub, sel in (("cross", [i for i, r in enumerate(rows) if r["lang1"] != r["lang2"]]),
                         ("mono", [i for i, r in enumerate(rows) if r["lang1"] == r["lang2"]]),
                         ("all", list(range(len(rows))))):
            sel = [i for i in sel if half(rows[i]["pair_id"]) == h]
            pos = [scores[i] for i in sel if float(rows[i]["Overall"]) <= 1.5]
            neg = [scores[i] for i in sel if float(rows[i]["Overall"]) >= 3.5]
            pr = pearson([scores[i] for i in sel], [-float(rows[i]["Overall"]) for i in sel])
            parts.append(f"{sub} AUC={auc(pos, neg):.3f} r={pr:.3f} ({len(sel)})")
        print(f"semeval {name:14s} half {h}: " + "  ".join(parts))


def ntrex_report(rows: list[dict], got: list[tuple[float, bool]], verbose: bool) -> None:
    for h in (0, 1):
        idx = [i for i, r in enumerate(rows) if half(r["doc_a"]) == h]
        cross = [i for i in idx if rows[i]["a_lang"] != rows[i]["b_lang"]]

        def a(sel: list[int]) -> float:
            return auc([got[i][0] for i in sel if rows[i]["label"] == 1], [got[i][0] for i in sel if rows[i]["label"] == 0])

        def acc(sel: list[int]) -> float:
            return sum(got[i][1] == (rows[i]["label"] == 1) for i in sel) / len(sel) if sel else float("nan")
        langs = sorted({rows[i]["b_lang"] for i in cross})
        per = {lg: a([i for i in cross if rows[i]["b_lang"] == lg]) for lg in langs}
        print(f"ntrex   half {h}: cross AUC={a(cross):.3f} en-en AUC={a([i for i in idx if i not in set(cross)]):.3f} "
              f"same_story accuracy={acc(idx):.3f} (cross {acc(cross):.3f}) min language AUC={min(per.values()):.3f} "
              f"({len(idx)} pairs, {len({rows[i]['doc_a'] for i in idx})} documents)")
        print(f"ntrex   half {h} AUC by language: " + " ".join(f"{lg}={v:.3f}" for lg, v in per.items()))
        if verbose:
            print(f"ntrex   half {h} accuracy by language: "
                  + " ".join(f"{lg}={acc([i for i in cross if rows[i]['b_lang'] == lg]):.2f}" for lg in langs))
            for p in ("opening", "full"):
                for n in ("hard", "random"):
                    ps = [got[i][0] for i in cross if rows[i]["label"] == 1 and rows[i]["kind"] == p]
                    ns = [got[i][0] for i in cross if rows[i].get("negative") == n]
                    print(f"ntrex   half {h} positives {p} vs negatives {n}: AUC={auc(ps, ns):.3f}")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", default=str(Path(__file__).resolve().parents[2] / "shared" / "data"))
    ap.add_argument("--lang", action="store_true")
    ap.add_argument("--refs", action="store_true", help="also print the reference measures")
    ap.add_argument("--no-lang-hint", action="store_true", help="detect languages instead of using the labels")
    ap.add_argument("--only", choices=("semeval", "ntrex"), default=None)
    ap.add_argument("-v", "--verbose", action="store_true")
    ap.add_argument("--no-rarity", action="store_true", help="every anchor and word weighs 1 (as a single compare)")
    args = ap.parse_args()
    data = Path(args.data)
    path = data / "semeval" / "dev_pairs.csv"
    if args.only != "ntrex" and path.exists():
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
        sides = []
        for r in rows:
            hint = (None, None) if args.no_lang_hint else (r["lang1"], r["lang2"])
            sides.append((side(r["text_1"], hint[0]), side(r["text_2"], hint[1])))
        rar = None if args.no_rarity else Rarity.of(sides)
        ours = [compare_sides(a, b, rarity=rar).score for a, b in sides]
        print(f"semeval: {len(rows)} pairs in {time.perf_counter() - t0:.2f}s")
        semeval_report("tracer", rows, ours)
        if args.refs:
            semeval_report("word3-jaccard", rows, [jacc(w3(r["text_1"]), w3(r["text_2"])) for r in rows])
            semeval_report("char5-jaccard", rows, [jacc(c5(r["text_1"]), c5(r["text_2"])) for r in rows])
            semeval_report("capnum-jacc", rows, [jacc(capnum(r["text_1"]), capnum(r["text_2"])) for r in rows])
    elif args.only != "ntrex":
        print(f"no data at {path}", file=sys.stderr)
    npath = data / "ntrex" / "pairs.jsonl"
    if args.only != "semeval" and npath.exists():
        nrows = [json.loads(x) for x in open(npath, encoding="utf-8")]
        t0 = time.perf_counter()
        cache: dict[tuple[str, str | None], object] = {}

        def sd(text: str, lg: str | None):  # the English document recurs in many pairs
            k = (text, lg)
            if k not in cache:
                cache[k] = side(text, lg)
            return cache[k]
        got = []
        pairs = []
        for r in nrows:
            hint = (None, None) if args.no_lang_hint else (r["a_lang"], r["b_lang"])
            pairs.append((sd(r["a"], hint[0]), sd(r["b"], hint[1])))
        rar = None if args.no_rarity else Rarity.of(pairs)
        for a, b in pairs:
            c = compare_sides(a, b, rarity=rar)
            got.append((c.score, c.same_story))
        print(f"ntrex: {len(nrows)} pairs in {time.perf_counter() - t0:.2f}s")
        ntrex_report(nrows, got, args.verbose)
        if args.refs:
            ref = [jacc(capnum(r["a"]), capnum(r["b"])) for r in nrows]
            print("ntrex reference: capitalised words + numbers Jaccard")
            ntrex_report(nrows, [(s, False) for s in ref], False)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
