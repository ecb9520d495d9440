"""Benchmark `tracer compare`: 1,000 pairs, against a plain word-shingle Jaccard baseline.

Pairs are built from the project's own samples (English and Albanian paragraphs, about
1,000 characters a side like title + opening of a news article): a third translations,
a third same-language partial copies, a third unrelated. Languages are NOT given, so
language identification is included. Prints the CPU time of the baseline (word-3-gram
Jaccard, the plain MinHash measure computed exactly), of `tracer.compare` in-process,
and of the `tracer compare` CLI end to end (pinned to one core with taskset when
available), and their ratios.

    python scripts/bench_compare.py [--pairs 1000]
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from tracer.compare import compare
from tracer.fingerprint import positional_shingles, tokenize
from tracer.sources import read_inputs

ROOT = Path(__file__).resolve().parents[1]


def chunks(text: str, size: int = 1000) -> list[str]:
    paras = [p for p in text.split("\n") if p.strip()]
    out, cur = [], ""
    for p in paras:
        cur = (cur + "\n" + p).strip()
        if len(cur) >= size:
            out.append(cur)
            cur = ""
    return out or [text[:size]]


def make_pairs(n: int) -> list[dict[str, str]]:
    arts = {Path(a.id).name: a.text for a in read_inputs([str(ROOT / "samples")]) if hasattr(a, "text")}
    sq = chunks(arts.get("a2cnn-hegseth-sq.html", ""))
    en = [c for name, t in arts.items() if name != "a2cnn-hegseth-sq.html" for c in chunks(t)]
    rng = random.Random(8)
    pairs = []
    for i in range(n):
        kind = i % 3
        if kind == 0:
            a, b = rng.choice(sq), rng.choice(en)
        elif kind == 1:
            a = rng.choice(en)
            b = " ".join(a.split()[rng.randint(0, 40):])
        else:
            a, b = rng.choice(en), rng.choice(sq)[::-1]
        pairs.append({"id": str(i), "a": a, "b": b})
    return pairs


def baseline(pairs: list[dict[str, str]]) -> float:
    t0 = time.process_time()
    for p in pairs:
        sa = set(positional_shingles(tokenize(p["a"]), 3).tolist())
        sb = set(positional_shingles(tokenize(p["b"]), 3).tolist())
        _ = len(sa & sb) / max(1, len(sa | sb))
    return time.process_time() - t0


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--pairs", type=int, default=1000)
    args = ap.parse_args()
    pairs = make_pairs(args.pairs)
    compare("warm up", "the models")  # loads calendar tables and language models once
    t_base = baseline(pairs)
    t0 = time.process_time()
    for p in pairs:
        compare(p["a"], p["b"])
    t_lib = time.process_time() - t0
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as f:
        for p in pairs:
            f.write(json.dumps(p, ensure_ascii=False) + "\n")
    cmd = [sys.executable, "-m", "tracer", "compare", "--pairs", f.name, "--format", "jsonl"]
    if shutil.which("taskset"):
        cmd = ["taskset", "-c", "0", *cmd]
    t0, c0 = time.perf_counter(), resource.getrusage(resource.RUSAGE_CHILDREN)
    r = subprocess.run(cmd, capture_output=True, text=True)
    c1 = resource.getrusage(resource.RUSAGE_CHILDREN)
    t_wall = time.perf_counter() - t0
    t_cli = (c1.ru_utime - c0.ru_utime) + (c1.ru_stime - c0.ru_stime)
    Path(f.name).unlink()
    n_out = len(r.stdout.splitlines())
    print(f"{args.pairs} pairs (languages detected, not given)")
    print("CPU seconds (the machine may be shared; wall time is shown for the CLI too)")
    print(f"baseline word-3-gram Jaccard : {t_base:6.2f} s  ({args.pairs / t_base:7.0f} pairs/s)")
    print(f"tracer.compare (library)     : {t_lib:6.2f} s  ({args.pairs / t_lib:7.0f} pairs/s)  "
          f"{t_lib / t_base:4.1f}x baseline")
    print(f"tracer compare CLI, one core : {t_cli:6.2f} s CPU, {t_wall:6.2f} s wall ({n_out} lines, exit "
          f"{r.returncode})  {t_cli / t_base:4.1f}x baseline  target < 10 s: {'ok' if t_cli < 10 else 'MISSED'}")
    return 0 if r.returncode == 0 and n_out == args.pairs else 1


if __name__ == "__main__":
    raise SystemExit(main())
