#!/usr/bin/env python3
"""Benchmark `tracer dedup` against the naive datasketch pipeline, in the same run.

    python scripts/bench_dedup.py [--n 10000] [--rounds 1] [--out DIR] [--db]

Builds a corpus of N articles — from real text when ../shared/data (or $TRACER_DATA)
is present: sentences pooled from the real pages and articles there, recombined into
originals, synthetic otherwise — of which about a third are edited copies of another
article (trimmed, sentences dropped, words changed, credit lines added; the ground
truth). Then times, alternating, end to end (process start to output):

* naive: datasketch `MinHash.update` per word 5-gram (SHA-1, 128 permutations),
  `MinHashLSH(threshold=0.5)`, union-find over query results;
* tracer: `tracer dedup FILE --format jsonl`;

and prints seconds, docs/s, peak RSS (of each child process) and pairwise P/R/F1 of
both against the ground truth, and the speed ratio.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import random
import re
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(os.environ.get("TRACER_DATA", ROOT.parent / "shared" / "data"))
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
_SENT = re.compile(r"(?<=[.!?。！？])\s+")
CREDITS = ["(AP) —", "Reuters reported.", "Copyright 2024 The Associated Press. All rights reserved.",
           "This story was originally published by Voice of America.", "— AFP", "Source: dpa",
           "Reporting by Jane Doe; Editing by John Roe", "The Associated Press contributed to this report."]


# -- corpus ------------------------------------------------------------------------
def real_sentences() -> list[list[str]]:
    """Sentence pools, one per source language/collection, from the real data when present."""
    pools: dict[str, list[str]] = defaultdict(list)
    csv.field_size_limit(10**9)
    gt = DATA / "pages" / "scrapinghub-aeb" / "ground-truth.json"
    if gt.exists():
        for v in json.loads(gt.read_text("utf-8")).values():
            pools["en"].extend(_SENT.split(v.get("articleBody") or ""))
    for name in ("census", "spotify"):
        p = DATA / "corpora" / f"{name}_articles.csv"
        if p.exists():
            for r in csv.DictReader(p.open(encoding="utf-8")):
                pools["en"].extend(_SENT.split(r["text"].replace(" ### ", " ")))
    p = DATA / "semeval" / "dev_pairs.csv"
    if p.exists():
        for r in csv.DictReader(p.open(encoding="utf-8")):
            for t, lang in ((r["text_1"], r["lang1"]), (r["text_2"], r["lang2"])):
                pools[lang].extend(_SENT.split(t))
    out = []
    for sents in pools.values():
        uniq = list(dict.fromkeys(s.strip() for s in sents if 40 <= len(s.strip()) <= 400))
        if len(uniq) >= 200:
            out.append(uniq)
    return out


def synthetic_sentences(rng: random.Random, n: int = 30000) -> list[list[str]]:
    vocab = [("".join(rng.choice("bcdfghjklmnprstvwz") + rng.choice("aeiou") for _ in range(rng.randint(1, 4))))
             for _ in range(20000)]
    weights = [1 / (i + 1) for i in range(len(vocab))]
    sents = [" ".join(rng.choices(vocab, weights, k=rng.randint(10, 30))).capitalize() + "." for _ in range(n)]
    return [sents]


def edit(rng: random.Random, paras: list[str], words: list[str]) -> list[str]:
    """An edited copy: trimmed, sentences dropped, words changed, credit lines added."""
    out = list(paras)
    kind = rng.random()
    if kind < 0.4:  # trimmed to the first third .. two thirds
        out = out[:max(2, int(len(out) * rng.uniform(0.33, 0.7)))]
    elif kind < 0.7:  # sentences dropped
        out = [p for p in out if rng.random() > 0.25] or out[:2]
    if rng.random() < 0.6:  # words changed
        changed = []
        for p in out:
            ws = p.split()
            for _ in range(max(1, len(ws) // 25)):
                ws[rng.randrange(len(ws))] = rng.choice(words)
            changed.append(" ".join(ws))
        out = changed
    if rng.random() < 0.5:
        out = [rng.choice(CREDITS)] + out
    if rng.random() < 0.5:
        out = out + [rng.choice(CREDITS)]
    return out


class SentenceSource:
    """Real sentences, each used once; when a pool runs dry, its sentences come back with
    their words shuffled, so two originals never share text by accident (the ground
    truth would otherwise call real overlaps "not a copy")."""

    def __init__(self, pools: list[list[str]], rng: random.Random):
        self.rng = rng
        self.pools = pools
        self.queues = [[] for _ in pools]
        self.rounds = [0 for _ in pools]

    def _shuffled(self, s: str) -> str:
        """The sentence's words in another order; characters, for scripts written without spaces."""
        words = s.split()
        if len(words) < 4 or _CJK.search(s):
            return "".join(self.rng.sample(s, len(s)))
        return " ".join(self.rng.sample(words, len(words)))

    def take(self, p: int, k: int) -> list[str]:
        out = []
        while len(out) < k:
            if not self.queues[p]:
                fresh = list(self.pools[p])
                self.rng.shuffle(fresh)
                if self.rounds[p]:
                    fresh = [self._shuffled(s) for s in fresh]
                self.rounds[p] += 1
                self.queues[p] = fresh
            out.append(self.queues[p].pop())
        return out


def build(n: int, seed: int = 7) -> tuple[list[dict], dict[str, int]]:
    rng = random.Random(seed)
    pools = real_sentences() or synthetic_sentences(rng)
    weights = [len(p) for p in pools]
    words = [w for p in pools for s in p[:2000] for w in s.split()][:50000]
    source = SentenceSource(pools, rng)
    n_orig = n - n // 3
    docs, gold = [], {}
    for i in range(n_orig):
        p = rng.choices(range(len(pools)), weights)[0]
        paras = source.take(p, rng.randint(12, 32))
        docs.append({"id": f"o{i}", "text": "\n".join(paras), "_paras": paras})
        gold[f"o{i}"] = i
    for k in range(n - n_orig):
        src = rng.randrange(n_orig)
        docs.append({"id": f"c{k}", "text": "\n".join(edit(rng, docs[src]["_paras"], words))})
        gold[f"c{k}"] = src
    hard_cases(rng, source, pools, weights, docs, gold, n_orig)
    rng.shuffle(docs)
    for d in docs:
        d.pop("_paras", None)
    return docs, gold


def hard_cases(rng: random.Random, source: SentenceSource, pools: list[list[str]], weights: list[int],
               docs: list[dict], gold: dict[str, int], n_orig: int) -> None:
    """The cases that break naive clustering (issue 14), about a fifth of the corpus on top:

    * distinct stories sharing one passage (10-25 % of each): separate clusters;
    * hub texts made of one sentence from each of eight stories: alone;
    * version chains: each version keeps most of the one before, first and last share
      little: one cluster;
    * digests: several paragraphs of one story and briefs of two others: with the first.
    """
    originals = [d for d in docs if d["id"].startswith("o")]
    label = n_orig
    for k in range(max(1, n_orig // 20)):
        p = rng.choices(range(len(pools)), weights)[0]
        shared = source.take(p, rng.randint(2, 4))
        for side in "ab":  # two new stories with one passage in common
            paras = source.take(p, rng.randint(12, 20))
            at = rng.randrange(len(paras))
            docs.append({"id": f"s{k}{side}", "text": "\n".join(paras[:at] + shared + paras[at:])})
            gold[f"s{k}{side}"] = label
            label += 1
        hub = [d["_paras"][rng.randrange(3)] for d in rng.sample(originals, 8)]
        docs.append({"id": f"h{k}", "text": "\n".join(hub)})
        gold[f"h{k}"] = label
        label += 1
        v = source.take(p, rng.randint(14, 20))
        for j in range(3):  # a wire story updated twice
            docs.append({"id": f"v{k}.{j}", "text": "\n".join(v)})
            gold[f"v{k}.{j}"] = label
            v = v[len(v) // 3:] + source.take(p, len(v) // 3 + 1)
        label += 1
        main, *briefs = rng.sample(originals, 3)
        digest = main["_paras"][:8] + [s for b in briefs for s in b["_paras"][:2]]
        docs.append({"id": f"d{k}", "text": "\n".join(digest)})
        gold[f"d{k}"] = gold[main["id"]]


# -- naive pipeline (run in a child process) ---------------------------------------------
NAIVE = r'''
import json, sys
from datasketch import MinHash, MinHashLSH
docs = [json.loads(x) for x in open(sys.argv[1], encoding="utf-8")]
lsh = MinHashLSH(threshold=0.5, num_perm=128)
sigs = {}
for d in docs:
    w = d["text"].split()
    m = MinHash(num_perm=128)
    for i in range(max(1, len(w) - 4)):
        m.update(" ".join(w[i:i + 5]).encode("utf-8"))
    sigs[d["id"]] = m
    lsh.insert(d["id"], m)
parent = {k: k for k in sigs}
def find(x):
    while parent[x] != x:
        parent[x] = parent[parent[x]]
        x = parent[x]
    return x
for k, m in sigs.items():
    for o in lsh.query(m):
        a, b = find(k), find(o)
        if a != b:
            parent[a] = b
for k in sigs:
    print(json.dumps({"id": k, "cluster": find(k)}))
'''


def prf(pred: dict[str, str], gold: dict[str, int]) -> tuple[float, float, float]:
    def pairs(assign):
        groups = defaultdict(list)
        for k, v in assign.items():
            groups[v].append(k)
        return {(a, b) for g in groups.values() for i, a in enumerate(sorted(g)) for b in sorted(g)[i + 1:]}
    p, g = pairs({k: pred.get(k, "missing:" + k) for k in gold}), pairs(gold)
    tp = len(p & g)
    prec = tp / len(p) if p else 0.0
    rec = tp / len(g) if g else 0.0
    return prec, rec, (2 * prec * rec / (prec + rec) if prec + rec else 0.0)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=10000)
    ap.add_argument("--rounds", type=int, default=1)
    ap.add_argument("--out", default=None, help="directory for the corpus file (default: a temp dir)")
    ap.add_argument("--db", action="store_true", help="also time tracer with an on-disk store (--db)")
    ap.add_argument("--skip-naive", action="store_true", help="time tracer only")
    args = ap.parse_args()
    out = Path(args.out or tempfile.mkdtemp(prefix="bench-dedup-"))
    out.mkdir(parents=True, exist_ok=True)
    docs, gold = build(args.n)
    path = out / f"corpus-{args.n}.jsonl"
    with path.open("w", encoding="utf-8") as f:
        for d in docs:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    src = "real text" if DATA.exists() else "synthetic text"
    print(f"corpus: {len(docs)} articles ({src}), {path.stat().st_size / 1e6:.1f} MB, "
          f"{sum(1 for k in gold if k.startswith('c'))} edited copies")
    naive_py = out / "naive_dedup.py"
    naive_py.write_text(NAIVE, "utf-8")
    tracer_bin = Path(sys.executable).with_name("tracer")
    tracer_cmd = [str(tracer_bin) if tracer_bin.exists() else "tracer", "dedup", str(path), "--format", "jsonl"]
    runs: dict[str, list[tuple[float, int, dict[str, str], float]]] = defaultdict(list)
    for _ in range(args.rounds):
        if not args.skip_naive:
            runs["naive"].append(child([sys.executable, str(naive_py), str(path)]))
        runs["tracer"].append(child(tracer_cmd))
        if args.db:
            db = out / "bench.db"
            for p in out.glob("bench.db*"):
                p.unlink()
            runs["tracer --db"].append(child(tracer_cmd + ["--db", str(db)]))
    best, cpu = {}, {}
    for name, rs in runs.items():
        dt = min(r[0] for r in rs)
        rss = max(r[1] for r in rs)
        p, r, f = prf(rs[-1][2], gold)
        best[name] = dt
        cpu[name] = min(r[3] for r in rs)
        print(f"{name:12s} {dt:7.2f} s wall  {cpu[name]:7.2f} s CPU  {len(docs) / dt:8.0f} docs/s  "
              f"peak RSS {rss / 2**20:6.0f} MB  pairwise P={p:.3f} R={r:.3f} F1={f:.3f}")
    if "naive" in best:
        print(f"speed-up tracer vs naive: {best['naive'] / best['tracer']:.1f}x wall, "
              f"{cpu['naive'] / cpu['tracer']:.1f}x CPU time (load average {os.getloadavg()[0]:.1f} "
              f"on {os.cpu_count()} cores)")


def child(cmd: list[str]) -> tuple[float, int, dict[str, str], float]:
    """Run one child, measuring its own peak RSS with wait4."""
    t0 = time.perf_counter()
    with tempfile.TemporaryFile("w+", encoding="utf-8") as so:
        proc = subprocess.Popen(cmd, stdout=so, stderr=subprocess.PIPE, text=True)
        _pid, status, usage = os.wait4(proc.pid, 0)
        dt = time.perf_counter() - t0
        err = proc.stderr.read() if proc.stderr else ""
        if os.waitstatus_to_exitcode(status):
            sys.exit(f"{cmd[0]} failed: {err[-500:]}")
        so.seek(0)
        got = {}
        for line in so:
            if line.strip():
                x = json.loads(line)
                got[str(x["id"])] = str(x["cluster"])
    return dt, usage.ru_maxrss * 1024, got, usage.ru_utime + usage.ru_stime


if __name__ == "__main__":
    main()
