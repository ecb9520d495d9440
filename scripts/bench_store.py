"""How much a re-run saves: ingest time of a fresh store vs re-runs over the same corpus.

    python scripts/bench_store.py [--n 3000]

Baseline, measured in the same run: ingesting N synthetic articles into a new store
(credits, fingerprints, one transaction per batch). Then the same ingest again over the
full store (nothing changed: nothing is rewritten or fingerprinted), and a resume after
an ingest stopped half-way. Prints seconds and the ratio to the baseline.
"""

from __future__ import annotations

import argparse
import json
import random
import tempfile
import time
from pathlib import Path

from tracer.engine import Engine
from tracer.sources import ReadOptions, read_inputs
from tracer.store import Store

SEP = " ### "


def write_corpus(path: Path, n: int, seed: int = 1) -> None:
    rng = random.Random(seed)
    vocab = ["".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(rng.randint(3, 9))) for _ in range(5000)]
    with open(path, "w", encoding="utf-8") as fh:
        for i in range(n):
            paras = [" ".join(rng.choice(vocab) for _ in range(rng.randint(30, 60))) + "." for _ in range(5)]
            if i % 5 == 0:
                paras.insert(0, "By Jane Doe")
            fh.write(json.dumps({"id": f"a{i}", "text": SEP.join(paras), "publisher": f"P{i % 13}"}) + "\n")


def ingest(db: Path, corpus: Path, limit: int | None = None) -> tuple[float, dict[str, int]]:
    items = read_inputs([str(corpus)], ReadOptions(paragraph_sep=SEP))
    if limit is not None:
        items = (x for k, x in enumerate(items) if k < limit)
    start = time.perf_counter()
    with Store(db) as st:
        eng = Engine(st)
        eng.ingest(items)
    return time.perf_counter() - start, eng.stats.as_dict()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=3000)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        d = Path(tmp)
        corpus = d / "corpus.jsonl"
        write_corpus(corpus, args.n)
        base, s1 = ingest(d / "a.db", corpus)
        again, s2 = ingest(d / "a.db", corpus)
        ingest(d / "b.db", corpus, limit=args.n // 2)
        resume, s3 = ingest(d / "b.db", corpus)
        size = Store(d / "a.db").size()
    print(f"{args.n} articles, store {size / 1e6:.1f} MB")
    print(f"{'fresh ingest (baseline)':<28} {base:7.2f} s  1.00   {args.n / base:7.0f} articles/s  "
          f"fingerprinted {s1['stored']}")
    print(f"{'re-run, nothing changed':<28} {again:7.2f} s  {again / base:.2f}   "
          f"fingerprinted {s2['stored']}, unchanged {s2['unchanged']}")
    print(f"{'resume after half':<28} {resume:7.2f} s  {resume / base:.2f}   "
          f"fingerprinted {s3['stored']}, unchanged {s3['unchanged']}")


if __name__ == "__main__":
    main()
