#!/usr/bin/env python3
"""Benchmark: the local engine against Spark `local[2]`, and Spark's time/memory trend with corpus size.

Each run is a child process (so its memory is its own); the parent samples the memory
of the child's whole process tree (driver, JVM, Python workers) from /proc — the sum of
resident sizes every 0.2 s (an upper bound: forked workers' shared pages count once per
process), the sum of proportional set sizes every second, and the machine's memory in
use above what it was at the start — and kills a run that passes `--timeout`. Corpora are synthetic news with copies
(`tracer.scale.synthetic`), written once into `--data`. Where both engines ran on the
same size, it prints Spark's time as a ratio of the local engine's, and whether their
rows are identical (a SHA-256 over the JSONL rows).

    python scripts/bench_spark.py --sizes 10000,100000 --engines local,spark
    python scripts/bench_spark.py --sizes 1000000 --engines spark --timeout 3000

One JSON object per run is appended to `--log` (default bench_spark.jsonl).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def pss(pid: int) -> int:
    """Proportional set size in bytes: shared pages (forked Python workers) counted once overall."""
    try:
        with open(f"/proc/{pid}/smaps_rollup") as fh:
            for line in fh:
                if line.startswith("Pss:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    return 0


def used_memory() -> int:
    """The machine's memory in use (MemTotal - MemAvailable), in bytes."""
    info = {}
    with open("/proc/meminfo") as fh:
        for line in fh:
            k, v = line.split(":", 1)
            info[k] = int(v.split()[0]) * 1024
    return info["MemTotal"] - info["MemAvailable"]


def tree(root: int) -> tuple[list[int], int]:
    """PIDs of `root` and all its descendants, and the sum of their resident bytes (Linux
    /proc). The sum counts pages shared by forked workers once per process: an upper bound."""
    children: dict[int, list[int]] = {}
    rss: dict[int, int] = {}
    for d in os.listdir("/proc"):
        if not d.isdigit():
            continue
        try:
            with open(f"/proc/{d}/stat") as fh:
                parts = fh.read().rsplit(")", 1)[1].split()
            children.setdefault(int(parts[1]), []).append(int(d))
            rss[int(d)] = int(parts[21]) * os.sysconf("SC_PAGE_SIZE")
        except (OSError, IndexError, ValueError):
            continue
    total, stack, pids = 0, [root], []
    while stack:
        p = stack.pop()
        pids.append(p)
        total += rss.get(p, 0)
        stack.extend(children.get(p, []))
    return pids, total


def corpus(data: Path, n: int, seed: int, short: bool = False) -> Path:
    from tracer.scale.synthetic import write_jsonl

    path = data / f"synthetic-{n}-s{seed}{'-short' if short else ''}.jsonl"
    if not path.exists():
        t = time.perf_counter()
        tmp = path.with_suffix(".tmp")
        size = {"paras": (1, 3), "words": (20, 45)} if short else {}
        lines = write_jsonl(tmp, n, seed=seed, bad=False, big_bucket=300, **size)
        tmp.rename(path)
        print(f"wrote {path} ({lines} lines, {path.stat().st_size / 1e6:.0f} MB) in {time.perf_counter() - t:.0f} s",
              flush=True)
    return path


def child(engine: str, path: str, master: str, n: int, driver_mem: str) -> None:
    """One run; prints one JSON line with its own timings and a digest of its rows."""
    t0 = time.perf_counter()
    if engine == "local":
        import tracer

        res = tracer.dedup([path])
        rows, stats = res.rows(), res.stats
    else:
        os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
        from tracer.scale import dedup_spark

        parts = max(4, n // 10_000)
        conf = {"spark.ui.enabled": "false", "spark.ui.showConsoleProgress": "false",
                "spark.driver.memory": driver_mem, "spark.sql.shuffle.partitions": str(parts),
                "spark.default.parallelism": str(parts), "spark.local.dir": tempfile.gettempdir()}
        with tempfile.TemporaryDirectory(prefix="tracer-bench-out-") as out:
            collect = n <= 200_000
            res = dedup_spark([path], master=master, conf=conf, out=out, collect=collect)
            rows, stats = (res.rows() if collect else None), res.stats
    digest = None
    if rows is not None:
        h = hashlib.sha256()
        for r in rows:
            h.update((json.dumps(r, sort_keys=True) + "\n").encode())
        digest = h.hexdigest()[:16]
    n_rows = len(rows) if rows is not None else stats.get("articles")
    clusters = len({r["cluster"] for r in rows}) if rows is not None else stats.get("clusters")
    print(json.dumps({"seconds_inside": round(time.perf_counter() - t0, 2), "rows": n_rows, "clusters": clusters,
                      "digest": digest, "stats": stats}), flush=True)


def run(engine: str, path: Path, n: int, args: argparse.Namespace) -> dict:
    cmd = [sys.executable, __file__, "--child", engine, str(path), "--master", args.master, "--n", str(n),
           "--driver-memory", args.driver_memory]
    t0 = time.perf_counter()
    err = open(f"{args.log}.{engine}-{n}.stderr", "w")  # Spark's own log, for a run that fails
    p = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=err, text=True, start_new_session=True)
    peak = peak_pss = peak_used = 0
    base_used = used_memory()
    timed_out = False
    ticks = 0
    while p.poll() is None:
        pids, rss = tree(p.pid)
        peak = max(peak, rss)
        peak_used = max(peak_used, used_memory() - base_used)
        if ticks % 5 == 0:  # smaps_rollup is slower to read: once a second
            peak_pss = max(peak_pss, sum(pss(q) for q in pids))
        ticks += 1
        if time.perf_counter() - t0 > args.timeout:
            for pid in pids:  # the run's own processes (driver, JVM, workers), by PID
                try:
                    os.kill(pid, signal.SIGKILL)
                except ProcessLookupError:
                    pass
            timed_out = True
            break
        time.sleep(0.2)
    out = p.communicate()[0]
    err.close()
    wall = time.perf_counter() - t0
    rec = {"engine": engine, "n": n, "master": args.master if engine == "spark" else None,
           "wall_s": round(wall, 1), "peak_rss_mb": round(peak / 2**20), "peak_pss_mb": round(peak_pss / 2**20),
           "peak_used_mb": round(peak_used / 2**20), "rc": p.returncode,
           "timed_out": timed_out, "loadavg_1m": round(os.getloadavg()[0], 1)}
    lines = [ln for ln in (out or "").splitlines() if ln.startswith("{")]
    if lines:
        rec.update(json.loads(lines[-1]))
    rec["docs_per_s"] = round(n / wall, 1) if p.returncode == 0 else None
    return rec


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default="10000,100000", help="comma-separated corpus sizes")
    ap.add_argument("--engines", default="local,spark")
    ap.add_argument("--master", default="local[2]")
    ap.add_argument("--driver-memory", default="8g")
    ap.add_argument("--data", default=os.path.join(tempfile.gettempdir(), "tracer-bench-data"))
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--timeout", type=float, default=590.0, help="seconds per run")
    ap.add_argument("--log", default="bench_spark.jsonl")
    ap.add_argument("--short", action="store_true", help="short articles (1-2 paragraphs, ~300 B) instead of "
                                                          "news-length ones (3-8 paragraphs, ~2.5 KB)")
    ap.add_argument("--generate-only", action="store_true", help="write the corpora and stop")
    ap.add_argument("--child", nargs=2, metavar=("ENGINE", "PATH"), help=argparse.SUPPRESS)
    ap.add_argument("--n", type=int, default=0, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        child(args.child[0], args.child[1], args.master, args.n, args.driver_memory)
        return
    data = Path(args.data)
    data.mkdir(parents=True, exist_ok=True)
    results: list[dict] = []
    for n in [int(s) for s in args.sizes.split(",")]:
        path = corpus(data, n, args.seed, args.short)
        if args.generate_only:
            continue
        for engine in args.engines.split(","):
            rec = run(engine, path, n, args)
            results.append(rec)
            with open(args.log, "a") as fh:
                fh.write(json.dumps(rec) + "\n")
            print(f"{engine:5} n={n:>8}  {rec['wall_s']:>7.1f} s  peak RSS sum {rec['peak_rss_mb']:>6} MB  "
                  f"PSS {rec['peak_pss_mb']:>6} MB  machine +{rec['peak_used_mb']:>6} MB  "
                  f"{rec['docs_per_s'] or 0:>7.1f} docs/s  clusters={rec.get('clusters')}  rc={rec['rc']}"
                  f"{'  TIMEOUT' if rec['timed_out'] else ''}  load={rec['loadavg_1m']}", flush=True)
    by = {(r["engine"], r["n"]): r for r in results}
    for n in sorted({r["n"] for r in results}):
        lo, sp = by.get(("local", n)), by.get(("spark", n))
        if lo and sp and lo["rc"] == 0 and sp["rc"] == 0:
            same = lo.get("digest") is not None and lo.get("digest") == sp.get("digest")
            print(f"n={n}: spark/local time {sp['wall_s'] / lo['wall_s']:.2f}x, "
                  f"memory {sp['peak_rss_mb'] / max(1, lo['peak_rss_mb']):.2f}x, identical rows: {same}")


if __name__ == "__main__":
    main()
