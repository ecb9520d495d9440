#!/usr/bin/env python3
"""Copy clusters on the labelled corpora in ../shared/data, per half of the fixed split.

    python scripts/eval_dedup.py [--data ../shared/data] [-v] [--corpus helsinki]

Runs `tracer dedup` through its CLI (as ../shared/tools/score.py does) on each corpus and
scores pairwise P/R/F1 and ARI on each half of the split: a story family (gold cluster)
goes to a half by `scripts/_split.half(cluster id)`; a predicted or gold pair counts in a
half when one of its articles is in it. With `-v` the false and missed pairs are listed
for half 0 only (the tuning half): half 1 is held back, its errors are never read.
Exits 0 with a note when the data is absent.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import shlex
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _split import half  # noqa: E402

TRACER = shlex.split(os.environ.get("TRACER", "tracer"))


def groups(assign: dict[str, str]) -> set[tuple[str, str]]:
    by: dict[str, list[str]] = {}
    for k, c in assign.items():
        by.setdefault(c, []).append(k)
    return {tuple(sorted(p)) for m in by.values() for p in itertools.combinations(m, 2)}


def prf(pred: set, gold: set) -> tuple[float, float, float]:
    tp = len(pred & gold)
    p = tp / len(pred) if pred else 1.0
    r = tp / len(gold) if gold else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def ari(pred: dict[str, str], gold: dict[str, str]) -> float:
    from collections import Counter

    def c2(n: int) -> int:
        return n * (n - 1) // 2
    keys = list(gold)
    cont = Counter((pred[k], gold[k]) for k in keys)
    a, b = Counter(pred[k] for k in keys), Counter(gold[k] for k in keys)
    idx, sa, sb = sum(map(c2, cont.values())), sum(map(c2, a.values())), sum(map(c2, b.values()))
    exp = sa * sb / c2(len(keys)) if len(keys) > 1 else 0.0
    mx = (sa + sb) / 2
    return 1.0 if mx == exp else (idx - exp) / (mx - exp)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", default=str(Path(__file__).resolve().parents[1] / ".." / "shared" / "data"))
    ap.add_argument("--corpus", action="append")
    ap.add_argument("-v", action="store_true")
    args = ap.parse_args()
    root = Path(args.data) / "corpora"
    if not root.is_dir():
        print(f"no evaluation data at {root}: nothing to score")
        return 0
    for name in args.corpus or ("census", "spotify", "helsinki"):
        gold = {g["id"]: g["cluster"] for g in map(json.loads, open(root / f"{name}_clusters.jsonl"))}
        out = subprocess.run(TRACER + ["dedup", str(root / f"{name}_articles.csv"), "--format", "jsonl",
                                       "--paragraph-sep", " ### ", "--date-field", "scrape_time"],
                             capture_output=True, text=True, check=True).stdout
        got = {str(x["id"]): str(x["cluster"]) for x in map(json.loads, out.splitlines()) if "cluster" in x}
        pred = {i: got.get(i, "missing:" + i) for i in gold}
        pp, gp = groups(pred), groups(gold)
        side = {i: half(c) for i, c in gold.items()}
        info = {}
        pairs_file = root / f"{name}_pairs.jsonl"
        if pairs_file.exists():
            for x in map(json.loads, open(pairs_file)):
                info[tuple(sorted((x["a"], x["b"])))] = x
        for h in (0, 1):
            keep = {i for i, s in side.items() if s == h}
            sel_p = {p for p in pp if p[0] in keep or p[1] in keep}
            sel_g = {p for p in gp if p[0] in keep or p[1] in keep}
            p, r, f = prf(sel_p, sel_g)
            sub = {i: pred[i] for i in keep}
            print(f"dedup {name:8s} half {h}: P={p:.3f} R={r:.3f} F1={f:.3f} "
                  f"ARI={ari(sub, {i: gold[i] for i in keep}):.3f} ({len(keep)} articles, {len(sel_g)} gold pairs)")
            if args.v and h == 0:
                for x in sorted(sel_p - sel_g):
                    print("   false", x, gold[x[0]], gold[x[1]], _why(info.get(x)))
                for x in sorted(sel_g - sel_p):
                    print("   missed", x, gold[x[0]], pred[x[0]], pred[x[1]], _why(info.get(x)))
        p, r, f = prf(pp, gp)
        print(f"dedup {name:8s} all   : P={p:.3f} R={r:.3f} F1={f:.3f} ARI={ari(pred, gold):.3f}")
    return 0


def _why(x: dict | None) -> str:
    if not x:
        return ""
    return f"[{x['decision']} c={x['containment']:.2f} cut={x.get('cut_for_clustering')}] {x['why'][:90]}"


if __name__ == "__main__":
    sys.exit(main())
