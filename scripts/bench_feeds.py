"""`tracer feeds` against feedparser's own parse time, on the same feeds in one run.

Usage: python scripts/bench_feeds.py [FEED_DIR] [--runs N]
(default: ../shared/data/feeds beside the checkout, the 26 real feeds)

Prints the median seconds of (a) feedparser.parse over every feed's bytes, the floor no
feed reader can beat, and (b) the whole `tracer feeds` job (read, group, write Atom),
split into its stages, and the ratio b/a. Issue 20's floor: at most 2x.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

import feedparser

from tracer.feeds import emit_stories, read_feed_items, write_feed


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folder", nargs="?", default=str(Path(__file__).resolve().parents[2] / "shared" / "data" / "feeds"))
    ap.add_argument("--runs", type=int, default=3)
    a = ap.parse_args()
    folder = Path(a.folder)
    if not folder.is_dir():
        print(f"no feed folder at {folder}; pass one as the first argument", file=sys.stderr)
        return 2
    paths = sorted(p for p in folder.iterdir() if p.suffix in (".rss", ".xml", ".atom"))
    blobs = [p.read_bytes() for p in paths]
    fp, read, group, write, total = [], [], [], [], []
    for _ in range(a.runs):
        t0 = time.perf_counter()
        n_fp = sum(len(feedparser.parse(b).entries) for b in blobs)
        fp.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        items, errors = read_feed_items([str(p) for p in paths])
        t1 = time.perf_counter()
        result = emit_stories(items, errors)
        t2 = time.perf_counter()
        write_feed(result, "atom")
        t3 = time.perf_counter()
        read.append(t1 - t0)
        group.append(t2 - t1)
        write.append(t3 - t2)
        total.append(t3 - t0)
    m = statistics.median
    print(f"{len(paths)} feeds, {n_fp} entries (feedparser), {len(items)} items and {len(result.stories)} stories "
          f"(tracer), median of {a.runs} runs")
    print(f"feedparser.parse alone: {m(fp):.2f} s")
    print(f"tracer feeds:           {m(total):.2f} s (read {m(read):.2f}, group {m(group):.2f}, "
          f"write {m(write):.2f})")
    print(f"ratio tracer/feedparser: {m(total) / m(fp):.2f}x (floor: at most 2x)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
