#!/usr/bin/env python3
"""Copy *links* (before clustering) against the helsinki pair decisions, per half of the split.

    python scripts/eval_links.py [--data ../shared/data] [-v]

`eval_dedup.py` scores clusters; one wrong link can cost a hundred pairs there, so it hides
which decision failed. This script scores the verified links tracer's one copy path
(`tracer.api.dedup`) finds against `helsinki_pairs.jsonl`: every pair the annotators read
(all pairs whose shorter text shares ≥ 0.15 word-5-gram containment) with its decision
(`copy` / `not_copy`) and whether it is a composite link cut for clustering. A link tracer
finds on a pair nobody labelled shares under 0.15, so it counts as a false link.

Per half (a pair belongs to the half of its first article's gold cluster):
* link P/R/F1 against the `copy` decisions (cut or not: a cut link is still a copy);
* cut accuracy: of the gold-cut links tracer found, how many end in different clusters,
  and of the kept copy links, how many end in one cluster.
With `-v` the errors of half 0 are listed (half 1 is held back: its errors are never read).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _split import half  # noqa: E402

from tracer.api import dedup  # noqa: E402
from tracer.sources.options import ReadOptions  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", default=str(Path(__file__).resolve().parents[1] / ".." / "shared" / "data"))
    ap.add_argument("-v", action="store_true")
    args = ap.parse_args()
    root = Path(args.data) / "corpora"
    if not (root / "helsinki_pairs.jsonl").exists():
        print(f"no evaluation data at {root}: nothing to score")
        return 0
    gold = {g["id"]: g["cluster"] for g in map(json.loads, open(root / "helsinki_clusters.jsonl"))}
    pairs = {tuple(sorted((x["a"], x["b"]))): x for x in map(json.loads, open(root / "helsinki_pairs.jsonl"))}
    res = dedup([str(root / "helsinki_articles.csv")],
                ReadOptions(paragraph_sep=" ### ", date_field="scrape_time"))
    found = {tuple(sorted((m.a, m.b))): m for m in res.matches}
    where = {m: c.id for c in res.clusters for m in c.members}
    for h in (0, 1):
        def mine(p: tuple[str, str], h: int = h) -> bool:
            return half(gold[p[0]]) == h
        gcopy = {p for p, x in pairs.items() if x["decision"] == "copy" and mine(p)}
        got = {p for p in found if mine(p)}
        tp = len(got & gcopy)
        pr, rc = tp / max(1, len(got)), tp / max(1, len(gcopy))
        cut = [p for p in got & gcopy if pairs[p].get("cut_for_clustering")]
        kept = [p for p in got & gcopy if not pairs[p].get("cut_for_clustering")]
        cut_ok = sum(where[p[0]] != where[p[1]] for p in cut)
        kept_ok = sum(where[p[0]] == where[p[1]] for p in kept)
        print(f"links helsinki half {h}: P={pr:.3f} R={rc:.3f} F1={2 * pr * rc / max(1e-9, pr + rc):.3f} "
              f"({len(got)} found, {len(gcopy)} gold copy links); cut {cut_ok}/{len(cut)} apart, "
              f"kept {kept_ok}/{len(kept)} together")
        if args.v and h == 0:
            for p in sorted(got - gcopy):
                m, x = found[p], pairs.get(p)
                print(f"   false  {p} cov={m.containment_a:.2f}/{m.containment_b:.2f} {m.method} "
                      f"gold={'unlabelled' if x is None else x['decision']} {gold[p[0]]}/{gold[p[1]]}"
                      + (f" :: {x['why'][:80]}" if x else ""))
            for p in sorted(gcopy - got):
                x = pairs[p]
                print(f"   missed {p} c5={x['containment']:.2f} cut={x.get('cut_for_clustering')} "
                      f"{gold[p[0]]}/{gold[p[1]]} :: {x['why'][:80]}")
            for p in cut:
                if where[p[0]] == where[p[1]]:
                    m = found[p]
                    print(f"   joined-cut {p} cov={m.containment_a:.2f}/{m.containment_b:.2f} "
                          f"{gold[p[0]]}/{gold[p[1]]} :: {pairs[p]['why'][:80]}")
            for p in kept:
                if where[p[0]] != where[p[1]]:
                    m = found[p]
                    print(f"   split  {p} cov={m.containment_a:.2f}/{m.containment_b:.2f} "
                          f"{gold[p[0]]}/{gold[p[1]]} :: {pairs[p]['why'][:80]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
